import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError, VerificationError } from '../../src/util/errors.js'
import { thumbprintsOf } from '../../src/trust/pki.js'
import { loadTrustPolicy, simplePolicy, TrustPolicyError } from '../../src/trust/policy.js'
import { trustPolicyInput } from '../../src/inputs/trust-inputs.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { selfSignedCertificate } from '../helpers/registry-certs.js'
import { thrown } from '../helpers/thrown.js'

let acme: TestPki
let partner: TestPki
let store: string

/** A notation trust store: x509/ca/acme (PEM), x509/ca/partner (DER .cer), x509/signingAuthority/sa. */
beforeAll(async () => {
  ;[acme, partner] = await Promise.all([makePki(), makePki()])
  store = mkdtempSync(join(tmpdir(), 'signet-store-'))
  for (const dir of ['x509/ca/acme', 'x509/ca/partner', 'x509/signingAuthority/sa', 'x509/ca/empty']) {
    mkdirSync(join(store, dir), { recursive: true })
  }
  writeFileSync(join(store, 'x509/ca/acme/root.pem'), acme.rootPem)
  writeFileSync(join(store, 'x509/ca/acme/README.txt'), 'not a certificate, ignored')
  writeFileSync(join(store, 'x509/ca/partner/root.cer'), Buffer.from(partner.root.rawData))
  writeFileSync(join(store, 'x509/signingAuthority/sa/root.crt'), partner.rootPem)
  // TSA stores: a CA root (usable), a self-signed certificate that is no CA (not a TSA root) and a leaf
  // issued by a CA (no trusted certificate at all, for notation); the leaf in a CA store too.
  const leafPem = partner.chainPem.split(/(?<=-----END CERTIFICATE-----)/)[0]
  for (const dir of ['x509/tsa/ts', 'x509/tsa/selfsigned', 'x509/tsa/leaf', 'x509/ca/leaf']) {
    mkdirSync(join(store, dir), { recursive: true })
  }
  writeFileSync(join(store, 'x509/tsa/ts/root.pem'), partner.rootPem)
  writeFileSync(join(store, 'x509/tsa/selfsigned/cert.pem'), selfSignedCertificate('Not a CA', false).certPem)
  writeFileSync(join(store, 'x509/tsa/leaf/leaf.pem'), leafPem)
  writeFileSync(join(store, 'x509/ca/leaf/leaf.pem'), leafPem)
})

interface StatementInput {
  name: string
  registryScopes: string[]
  signatureVerification: { level: string; override?: Record<string, string>; verifyTimestamp?: string }
  trustStores?: string[]
  trustedIdentities?: string[]
}

function statement(name: string, scopes: string[], extra: Partial<StatementInput> = {}): StatementInput {
  return {
    name,
    registryScopes: scopes,
    signatureVerification: { level: 'strict' },
    trustStores: ['ca:acme'],
    trustedIdentities: ['*'],
    ...extra
  }
}

const policyJson = (...statements: StatementInput[]): string =>
  JSON.stringify({ version: '1.0', trustPolicies: statements })

describe('loadTrustPolicy: scope selection', () => {
  const document = () =>
    policyJson(
      statement('acme', ['registry.example.com/acme/app', 'localhost:5000/acme/app'], {
        trustedIdentities: ['x509.subject: C=US, ST=WA, O=Signet Test, CN=release']
      }),
      statement('partner', ['registry.example.com/partner/tool'], {
        trustStores: ['ca:partner', 'signingAuthority:sa'],
        signatureVerification: { level: 'permissive' }
      }),
      statement('everything-else', ['*'], {
        signatureVerification: { level: 'audit' },
        trustStores: ['ca:acme', 'ca:partner']
      }),
      statement('legacy', ['registry.example.com/legacy/app'], {
        signatureVerification: { level: 'skip' },
        trustStores: undefined,
        trustedIdentities: undefined
      })
    )

  test('an exact scope wins over the wildcard', () => {
    const policy = loadTrustPolicy(document(), store)
    const decision = policy.forRepository('registry.example.com/acme/app')
    expect(decision.name).toBe('acme')
    expect(decision.level).toBe('strict')
    expect(thumbprintsOf(decision.trustRoots)).toEqual(thumbprintsOf([acme.root]))
    expect(decision.trustedIdentities).toEqual([
      { subject: { C: 'US', ST: 'WA', O: 'Signet Test', CN: 'release' } }
    ])
    expect(policy.forRepository('localhost:5000/acme/app').name).toBe('acme')
  })

  test('ca stores are roots; signingAuthority stores are loaded but are not roots for notary.x509', () => {
    const decision = loadTrustPolicy(document(), store).forRepository('registry.example.com/partner/tool')
    expect(decision.level).toBe('permissive')
    expect(thumbprintsOf(decision.trustRoots)).toEqual(thumbprintsOf([partner.root]))
  })

  test("other repositories fall to '*', with all its stores", () => {
    const decision = loadTrustPolicy(document(), store).forRepository('ghcr.io/someone/else')
    expect(decision.name).toBe('everything-else')
    expect(decision.level).toBe('audit')
    expect(thumbprintsOf(decision.trustRoots).sort()).toEqual(thumbprintsOf([acme.root, partner.root]).sort())
  })

  test('skip statements have no roots', () => {
    expect(loadTrustPolicy(document(), store).forRepository('registry.example.com/legacy/app')).toEqual({
      name: 'legacy',
      level: 'skip',
      revocation: 'skip',
      tsaRoots: [],
      verifyTimestamp: 'always',
      trustRoots: [],
      trustedIdentities: []
    })
  })

  test('no matching scope and no wildcard: a VerificationError naming the repository', () => {
    const policy = loadTrustPolicy(policyJson(statement('acme', ['registry.example.com/acme/app'])), store)
    const error = thrown(() => policy.forRepository('registry.example.com/other'))
    expect(error).toBeInstanceOf(VerificationError)
    expect(error.message).toMatch(/^no trust policy statement applies to registry\.example\.com\/other/)
  })

  test('the policy may be given as a file path', () => {
    const path = join(store, 'trustpolicy.json')
    writeFileSync(path, document())
    expect(trustPolicyInput(path, store).forRepository('registry.example.com/acme/app').name).toBe('acme')
  })

  test('an override that amounts to a preset level is that level; the revocation override stands apart', () => {
    const overridden = statement('o', ['*'], {
      signatureVerification: {
        level: 'strict',
        override: { expiry: 'log', authenticTimestamp: 'log', revocation: 'skip' }
      }
    })
    const decision = loadTrustPolicy(policyJson(overridden), store).forRepository('a.io/b')
    expect(decision.level).toBe('permissive')
    expect(decision.revocation).toBe('skip')
  })
})

describe('loadTrustPolicy: invalid documents', () => {
  const invalid: [string, () => string, string, RegExp][] = [
    ['not JSON', () => '{ nope', 'trust-policy', /not valid JSON/],
    [
      'a wrong version',
      () => JSON.stringify({ version: '2.0', trustPolicies: [statement('a', ['*'])] }),
      'trust-policy',
      /unsupported version "2\.0"; use "1\.0"/
    ],
    [
      'no version',
      () => JSON.stringify({ trustPolicies: [statement('a', ['*'])] }),
      'trust-policy',
      /"version" is missing/
    ],
    ['no statements', () => policyJson(), 'trust-policy', /at least one statement/],
    [
      'duplicate names',
      () => policyJson(statement('a', ['a.io/x']), statement('a', ['a.io/y'])),
      'trust-policy',
      /two statements are named "a"/
    ],
    [
      "'*' mixed with other scopes",
      () => policyJson(statement('a', ['*', 'a.io/x'])),
      'trust-policy',
      /mixes the wildcard scope '\*' with other scopes/
    ],
    [
      'a scope in two statements',
      () => policyJson(statement('a', ['a.io/x']), statement('b', ['a.io/x'])),
      'trust-policy',
      /"a\.io\/x" appears in more than one statement/
    ],
    [
      'a scope with a tag',
      () => policyJson(statement('a', ['a.io/x:1.0'])),
      'trust-policy',
      /registry scope "a\.io\/x:1\.0"/
    ],
    [
      'an unknown level',
      () => policyJson(statement('a', ['*'], { signatureVerification: { level: 'lenient' } })),
      'trust-policy',
      /level must be one of strict, permissive, audit, skip/
    ],
    [
      'an unknown store type',
      () => policyJson(statement('a', ['*'], { trustStores: ['x509:acme'] })),
      'trust-policy',
      /unsupported trust store type "x509"/
    ],
    [
      'a tsa store holding a self-signed certificate that is not a CA',
      () => policyJson(statement('a', ['*'], { trustStores: ['ca:acme', 'tsa:selfsigned'] })),
      'trust-store',
      /certificate #1 \("CN=Not a CA"\) is not a CA certificate/
    ],
    [
      'a tsa store holding a leaf issued by a CA (notation: not a CA certificate or self-signed)',
      () => policyJson(statement('a', ['*'], { trustStores: ['ca:acme', 'tsa:leaf'] })),
      'trust-store',
      /x509\/tsa\/leaf\/leaf\.pem: certificate #1 \("C=US, .*CN=release"\) is neither a CA certificate \(basicConstraints CA:TRUE\) nor self-signed/
    ],
    [
      'a ca store holding a leaf issued by a CA (notation: not a CA certificate or self-signed)',
      () => policyJson(statement('a', ['*'], { trustStores: ['ca:leaf'] })),
      'trust-store',
      /x509\/ca\/leaf\/leaf\.pem: certificate #1 \("C=US, .*CN=release"\) is neither a CA certificate \(basicConstraints CA:TRUE\) nor self-signed/
    ],
    [
      'an unknown verifyTimestamp',
      () =>
        policyJson(
          statement('a', ['*'], {
            trustStores: ['ca:acme', 'tsa:ts'],
            signatureVerification: { level: 'strict', verifyTimestamp: 'sometimes' }
          })
        ),
      'trust-policy',
      /verifyTimestamp is "sometimes"; use "always" or "afterCertExpiry"/
    ],
    [
      'a store without type',
      () => policyJson(statement('a', ['*'], { trustStores: ['acme'] })),
      'trust-policy',
      /must have the form <type>:<name>/
    ],
    [
      'a missing store',
      () => policyJson(statement('a', ['*'], { trustStores: ['ca:nowhere'] })),
      'trust-store',
      /trust store ca:nowhere not found/
    ],
    [
      'an empty store',
      () => policyJson(statement('a', ['*'], { trustStores: ['ca:empty'] })),
      'trust-store',
      /trust store ca:empty holds no certificate/
    ],
    [
      'no trusted identities',
      () => policyJson(statement('a', ['*'], { trustedIdentities: [] })),
      'trust-policy',
      /needs both trustStores and trustedIdentities/
    ],
    [
      'skip with stores',
      () => policyJson(statement('a', ['*'], { signatureVerification: { level: 'skip' } })),
      'trust-policy',
      /skips verification but lists trust stores/
    ],
    [
      'a DN without O',
      () => policyJson(statement('a', ['*'], { trustedIdentities: ['x509.subject:C=US,ST=WA'] })),
      'trust-policy',
      /statement "a": .*lacks O/
    ],
    [
      'an unsupported override',
      () =>
        policyJson(
          statement('a', ['*'], { signatureVerification: { level: 'strict', override: { expiry: 'log' } } })
        ),
      'trust-policy',
      /combination Signet does not support/
    ],
    [
      'an integrity override',
      () =>
        policyJson(
          statement('a', ['*'], { signatureVerification: { level: 'audit', override: { integrity: 'log' } } })
        ),
      'trust-policy',
      /cannot override the integrity check/
    ]
  ]
  test.each(invalid)('%s is refused', (_name, document, input, message) => {
    const error = thrown(() => trustPolicyInput(document(), store))
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe(input)
    expect(error.message.startsWith(`${input}: `)).toBe(true)
    expect(error.message).toMatch(message)
    // trust/ itself names no input: the same refusal, the parts in plain words.
    const own = thrown(() => loadTrustPolicy(document(), store))
    expect(own).toBeInstanceOf(TrustPolicyError)
    expect(own).not.toBeInstanceOf(InputError)
    expect(own.message).not.toMatch(/trust-policy|trust-store/)
    expect(own.message).toMatch(message)
  })

  test('a missing policy file names the path', () => {
    expect(() => trustPolicyInput('/nonexistent/trustpolicy.json', store)).toThrow(
      'trust-policy is neither JSON content nor a readable file: /nonexistent/trustpolicy.json'
    )
  })
})

test('simplePolicy: one strict statement for every repository, revocation enforced', () => {
  const decision = simplePolicy([acme.root], ['*']).forRepository('any.io/thing')
  expect(decision.name).toBe('trust-roots')
  expect(decision.level).toBe('strict')
  expect(decision.trustRoots).toEqual([acme.root])
  expect(decision.trustedIdentities).toEqual(['*'])
  expect(decision.revocation).toBe('enforce')
  expect(decision.tsaRoots).toEqual([])
})

describe('timestamps and revocation in a trust policy', () => {
  test('a tsa store gives TSA roots; verifyTimestamp defaults to always', () => {
    const decision = loadTrustPolicy(
      policyJson(statement('t', ['*'], { trustStores: ['ca:acme', 'tsa:ts'] })),
      store
    ).forRepository('a.io/b')
    expect(thumbprintsOf(decision.tsaRoots)).toEqual(thumbprintsOf([partner.root]))
    expect(thumbprintsOf(decision.trustRoots)).toEqual(thumbprintsOf([acme.root]))
    expect(decision.verifyTimestamp).toBe('always')
  })

  test.each([
    ['strict', undefined, 'enforce'],
    ['permissive', undefined, 'log'],
    ['audit', undefined, 'log'],
    ['strict', 'log', 'log'],
    ['permissive', 'enforce', 'enforce']
  ])('level %s with revocation override %s: %s', (level, override, expected) => {
    const decision = loadTrustPolicy(
      policyJson(
        statement('r', ['*'], {
          signatureVerification: {
            level,
            verifyTimestamp: 'afterCertExpiry',
            ...(override ? { override: { revocation: override } } : {})
          }
        })
      ),
      store
    ).forRepository('a.io/b')
    expect(decision.revocation).toBe(expected)
    expect(decision.verifyTimestamp).toBe('afterCertExpiry')
  })
})

describe('registry scopes and repositories meet as canonical names', () => {
  const policy = (): ReturnType<typeof loadTrustPolicy> =>
    loadTrustPolicy(
      policyJson(
        statement('strict', ['127.0.0.1:5000/rt/x', 'ghcr.io/acme/prod/x', 'docker.io/library/x'], {
          trustedIdentities: ['x509.subject: C=US, ST=WA, O=Acme, CN=release']
        }),
        statement('anyone', ['*'], { trustStores: ['ca:partner'] })
      ),
      store
    )
  test.each([
    'LOCALHOST:5000/rt/x',
    'localhost:5000/rt/x',
    '127.1:5000/rt/x',
    '0x7f.0.0.1:5000/rt/x',
    '2130706433:5000/rt/x',
    'GHCR.IO/acme/prod/x',
    'docker.io/x',
    'index.docker.io/library/x'
  ])('%s gets the strict statement, not the wildcard', repository => {
    expect(policy().forRepository(repository).name).toBe('strict')
  })

  test('a blank trusted identity is refused, not read as anyone or no one', () => {
    for (const identities of [[''], ['  '], ['*', '']])
      expect(
        thrown(() =>
          loadTrustPolicy(policyJson(statement('s', ['*'], { trustedIdentities: identities })), store)
        ).message
      ).toMatch(/statement "s" trustedIdentities has a blank entry/)
  })

  test('a scope spelled otherwise binds the canonical repository, and duplicates are seen', () => {
    const aliased = loadTrustPolicy(
      policyJson(
        statement('s', ['LOCALHOST:5000/rt/x']),
        statement('w', ['*'], { trustStores: ['ca:partner'] })
      ),
      store
    )
    expect(aliased.forRepository('127.0.0.1:5000/rt/x').name).toBe('s')
    expect(
      thrown(() =>
        loadTrustPolicy(policyJson(statement('a', ['ghcr.io/x']), statement('b', ['GHCR.IO:443/x'])), store)
      ).message
    ).toMatch(/registry scope "GHCR\.IO:443\/x" appears in more than one statement/)
  })
})
