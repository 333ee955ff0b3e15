/** The rules file: parsing with line numbers, validation, most-specific matching, and its use by both modes. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { InputError, VerificationError } from '../../src/util/errors.js'
import type { SignInputs } from '../../src/inputs/sign-inputs.js'
import { loadRules, matchRule, parseRules, SIGN_FIELDS, specificity } from '../../src/rules/rules.js'
import {
  policyOf,
  readInputsWithRules,
  readVerifyInputsWithRules,
  rulesPolicy
} from '../../src/rules/apply.js'
import { main } from '../../src/cli/main.js'
import { parseReference, repositoryName } from '../../src/oci/reference.js'
import type { TestPki } from '../helpers/pki.js'
import { namespaceKeys, PROD_SUBJECT } from '../helpers/namespaces.js'
import { inputSource } from '../helpers/signet.js'

let dir: string
let prod: TestPki
let dev: TestPki
const PROD_ID = `x509.subject: ${PROD_SUBJECT}`

beforeAll(async () => {
  ;({ prod, dev, dir } = await namespaceKeys())
})

function rulesText(): string {
  return [
    'version: 1',
    'rules:',
    '  - match: reg.example/acme/**',
    `    sign: { key: ${dir}/dev.key, cert-chain: ${dir}/dev-chain.pem }`,
    `    verify: { trust-roots: ${dir}/dev-root.pem, identities: ["*"] }`,
    '  - match: reg.example/acme/prod/**',
    `    sign: { key: ${dir}/prod.key, cert-chain: ${dir}/prod-chain.pem }`,
    '    verify:',
    `      trust-roots: ${dir}/prod-root.pem`,
    `      identities: ["${PROD_ID}"]`,
    '  - match: "**"',
    '    verify: reject',
    ''
  ].join('\n')
}

describe('most specific match first', () => {
  const rules = (): ReturnType<typeof parseRules> =>
    parseRules(
      [
        'version: 1',
        'rules:',
        ...[
          '"**"',
          'ghcr.io/**',
          'ghcr.io/acme/**',
          'ghcr.io/acme/*',
          'ghcr.io/acme/app-*',
          'ghcr.io/acme/*/app',
          'ghcr.io/acme/prod/**',
          'ghcr.io/acme/app'
        ].flatMap(match => [`  - match: ${match}`, '    verify: reject'])
      ].join('\n'),
      'r.yml'
    )
  test.each([
    ['ghcr.io/acme/app', 'ghcr.io/acme/app'], // exact beats every glob
    ['ghcr.io/acme/app-web', 'ghcr.io/acme/app-*'], // more literal characters
    ['ghcr.io/acme/web', 'ghcr.io/acme/*'], // bounded * beats **
    ['ghcr.io/acme/prod/web', 'ghcr.io/acme/prod/**'], // more literal segments than ghcr.io/acme/**
    ['ghcr.io/acme/team/app', 'ghcr.io/acme/*/app'],
    ['ghcr.io/acme/a/b/c', 'ghcr.io/acme/**'],
    ['ghcr.io/other/x', 'ghcr.io/**'],
    ['docker.io/library/alpine', '**']
  ])('%s → %s', (repository, pattern) => {
    expect(matchRule(rules(), repository, 'verify')?.match).toBe(pattern)
  })

  test('the order is the documented key: exact, literal segments, fewer **, literal characters', () => {
    expect(specificity('ghcr.io/acme/app')).toEqual([1, 3, 0, 16])
    expect(specificity('ghcr.io/acme/prod/**')).toEqual([0, 3, -1, 18])
    expect(specificity('ghcr.io/acme/*/app')).toEqual([0, 3, 0, 17])
    // ghcr.io/acme/*/app (bounded) outranks ghcr.io/acme/prod/** for a repository both match
    const both = parseRules(
      'version: 1\nrules:\n  - match: ghcr.io/acme/prod/**\n    verify: reject\n  - match: ghcr.io/acme/*/app\n    verify: reject\n',
      'r.yml'
    )
    expect(matchRule(both, 'ghcr.io/acme/prod/app', 'verify')?.match).toBe('ghcr.io/acme/*/app')
  })

  test('equally specific patterns keep file order', () => {
    const tie = parseRules(
      'version: 1\nrules:\n  - match: ghcr.io/a*/x\n    verify: reject\n  - match: ghcr.io/*a/x\n    verify: reject\n',
      'r.yml'
    )
    expect(matchRule(tie, 'ghcr.io/aa/x', 'verify')?.match).toBe('ghcr.io/a*/x')
  })

  test('a section-less rule does not shadow a less specific one that has the section', () => {
    const rules = parseRules(rulesText(), 'r.yml')
    expect(matchRule(rules, 'reg.example/acme/prod/app', 'sign')?.line).toBe(6)
    expect(matchRule(rules, 'reg.example/other/app', 'sign')).toBeUndefined()
    expect(matchRule(rules, 'reg.example/other/app', 'verify')?.match).toBe('**')
  })
})

describe('canonical names before policy: no spelling of a registry escapes its rule', () => {
  const REG = '127.0.0.1:5000'
  const strictRules = (patterns: string[]): string =>
    [
      'version: 1',
      'rules:',
      ...patterns.flatMap(pattern => [
        `  - match: ${pattern}`,
        '    verify:',
        `      trust-roots: ${dir}/prod-root.pem`,
        `      identities: ["${PROD_ID}"]`
      ]),
      '  - match: "**"',
      `    verify: { trust-roots: ${dir}/dev-root.pem, identities: ["*"] }`,
      ''
    ].join('\n')
  /** The decision verify takes for an image: the parsed reference's `registry/repository`. */
  const decisionFor = (rules: string, image: string) =>
    policyOf({ kind: 'rules', rules }).forRepository(repositoryName(parseReference(image)))

  test.each([
    `${REG}/rt/x:1`,
    'LOCALHOST:5000/rt/x:1',
    'localhost:5000/rt/x:1',
    '127.1:5000/rt/x:1',
    '0x7f.0.0.1:5000/rt/x:1',
    '2130706433:5000/rt/x:1',
    '[::1]:5000/rt/x:1',
    'GHCR.IO/acme/prod/x:1',
    'ghcr.io:443/acme/prod/x:1',
    'x:1',
    'docker.io/x:1',
    'docker.io/library/x:1',
    'INDEX.DOCKER.IO/library/x:1',
    'registry-1.docker.io/x:1'
  ])('%s falls to the strict rule', image => {
    const decision = decisionFor(
      strictRules([`${REG}/rt/**`, 'ghcr.io/acme/prod/**', 'docker.io/library/x']),
      image
    )
    expect(decision.trustRoots.map(cert => cert.subject)).toEqual([prod.root.subject])
    expect(decision.trustedIdentities).not.toEqual(['*'])
  })

  test.each([
    ['LOCALHOST:5000/rt/**', '127.0.0.1:5000/rt/x:1'],
    ['localhost:5000/rt/**', '2130706433:5000/rt/x:1'],
    ['GHCR.IO/acme/prod/**', 'ghcr.io/acme/prod/x:1'],
    ['x', 'docker.io/library/x:1'],
    ['docker.io/x', 'x:1'],
    ['index.docker.io/library/x', 'x:1']
  ])('a pattern %s binds %s', (pattern, image) => {
    expect(decisionFor(strictRules([pattern]), image).trustedIdentities).not.toEqual(['*'])
  })

  test('an unrelated repository still falls to the looser rule', () => {
    const rules = strictRules([`${REG}/rt/**`])
    expect(decisionFor(rules, '127.0.0.1:5001/rt/x:1').trustedIdentities).toEqual(['*'])
    expect(decisionFor(rules, '127.0.0.1:5000/other/x:1').trustedIdentities).toEqual(['*'])
  })

  test('two spellings of one pattern are a duplicate, named canonically', () => {
    expect(() =>
      parseRules(
        'version: 1\nrules:\n  - match: ghcr.io/a/**\n    verify: reject\n  - match: GHCR.IO:443/a/**\n    verify: reject\n',
        'r.yml'
      )
    ).toThrow(
      "r.yml:5: rules[1].match: 'GHCR.IO:443/a/**' (canonically 'ghcr.io/a/**') is already the pattern of the rule on line 3"
    )
  })

  test('an uppercase repository path, which would match nothing, is refused', () => {
    expect(() =>
      parseRules('version: 1\nrules:\n  - match: ghcr.io/Acme/prod/**\n    verify: reject\n', 'r.yml')
    ).toThrow("r.yml:3: rules[0].match: 'ghcr.io/Acme/prod/**': repository names are lowercase")
  })

  test('sign rules match canonically too', () => {
    const rules = parseRules(rulesText(), 'r.yml')
    expect(matchRule(rules, 'REG.EXAMPLE/acme/prod/app', 'sign')?.line).toBe(6)
  })
})

describe('bad rules files: exit 2 naming file, line and field', () => {
  const fails = (text: string): string => {
    try {
      parseRules(text, 'rules.yml')
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).exitCode).toBe(2)
      return (error as Error).message
    }
    throw new Error('accepted')
  }
  const rule = (lines: string[]): string => ['version: 1', 'rules:', ...lines].join('\n')

  test.each([
    [
      'unknown key in a rule',
      rule(['  - match: a.io/**', '    verify: reject', '    signer: x']),
      /^rules\.yml:5: rules\[0\]\.signer: unknown key/
    ],
    [
      'unknown key in sign',
      rule(['  - match: a.io/**', '    sign: { keyfile: k.pem }']),
      /^rules\.yml:4: rules\[0\]\.sign\.keyfile: unknown key; expected one of key, cert-chain/
    ],
    ['unknown top-level key', 'version: 1\nrule: []\n', /^rules\.yml:2: rule: unknown key/],
    [
      'invalid glob',
      rule(['  - match: a.io/[abc', '    verify: reject']),
      /^rules\.yml:3: rules\[0\]\.match: 'a\.io\/\[abc' is not a valid glob/
    ],
    [
      'a tag in a pattern',
      rule(['  - match: a.io/app:1.0 x', '    verify: reject']),
      /rules\[0\]\.match: .* has characters/
    ],
    [
      'neither sign nor verify',
      rule(['  - match: a.io/**']),
      /^rules\.yml:3: rules\[0\]: has neither 'sign' nor 'verify'/
    ],
    [
      'key that does not resolve',
      rule(['  - match: a.io/**', '    sign:', '      key: /nonexistent/k.pem']),
      /^rules\.yml:5: rules\[0\]\.sign\.key: '\/nonexistent\/k\.pem' does not resolve/
    ],
    [
      'trust roots that do not resolve',
      rule(['  - match: a.io/**', '    verify: { trust-roots: missing.pem }']),
      /^rules\.yml:4: rules\[0\]\.verify\.trust-roots: 'missing\.pem' does not resolve/
    ],
    [
      'verify without roots',
      rule(['  - match: a.io/**', '    verify: { identities: ["*"] }']),
      /rules\[0\]\.verify\.trust-roots: missing/
    ],
    [
      'a duplicate pattern',
      rule(['  - match: a.io/**', '    verify: reject', '  - match: a.io/**', '    verify: reject']),
      /^rules\.yml:5: rules\[1\]\.match: 'a\.io\/\*\*' is already the pattern of the rule on line 3/
    ],
    [
      'a duplicate key',
      rule(['  - match: a.io/**', '    match: b.io/**', '    verify: reject']),
      /^rules\.yml:4: yaml: Map keys must be unique/
    ],
    ['YAML syntax', rule(['  - match: [a.io', '    verify: reject']), /^rules\.yml:\d+: yaml: /],
    ['no version', 'rules:\n  - match: a\n    verify: reject\n', /version: missing or unsupported/],
    ['empty rules', 'version: 1\nrules: []\n', /rules: expected a list of at least one rule/]
  ])('%s', (_what, text, expected) => {
    expect(fails(text)).toMatch(expected)
  })

  describe('no empty policy: an empty identity list, field or section is refused, never "anyone"', () => {
    const verifyRule = (identities: string): string =>
      rule([
        '  - match: a.io/**',
        '    verify:',
        `      trust-roots: ${dir}/prod-root.pem`,
        `      identities: ${identities}`
      ])
    test.each([
      ['[]', /^rules\.yml:6: rules\[0\]\.verify\.identities: is empty; list the trusted identities/],
      ['""', /^rules\.yml:6: rules\[0\]\.verify\.identities: is empty/],
      ['"  "', /^rules\.yml:6: rules\[0\]\.verify\.identities: is empty/],
      ['[""]', /^rules\.yml:6: rules\[0\]\.verify\.identities: has a blank entry/],
      ['["", " "]', /^rules\.yml:6: rules\[0\]\.verify\.identities: has a blank entry/],
      [`["${PROD_ID}", ""]`, /^rules\.yml:6: rules\[0\]\.verify\.identities: has a blank entry/],
      ['', /^rules\.yml:6: rules\[0\]\.verify\.identities: expected a value/]
    ])('identities: %s', (identities, expected) => {
      expect(fails(verifyRule(identities))).toMatch(expected)
    })

    test.each([
      ['sign: {}', /^rules\.yml:4: rules\[0\]\.sign: is empty; give at least one of key/],
      ['verify: {}', /^rules\.yml:4: rules\[0\]\.verify: is empty; give at least one of trust-roots/],
      ['sign: { plugin: "" }', /^rules\.yml:4: rules\[0\]\.sign\.plugin: is empty; give a value/]
    ])('a rule with nothing to check: %s', (section, expected) => {
      expect(fails(rule(['  - match: a.io/**', `    ${section}`]))).toMatch(expected)
    })

    test('an identity list that holds only comments is refused through the trust inputs', () => {
      const text = verifyRule('["# nobody yet"]').replace('rules.yml', 'rules')
      expect(() => policyOf({ kind: 'rules', rules: text })).toThrow(
        /^rules:6: rules\[0\]\.verify\.identities: Invalid input 'trusted-identities': it lists no identity/
      )
    })

    test('an empty trust-roots file is refused, naming the field line', () => {
      const empty = join(dir, 'empty-root.pem')
      writeFileSync(empty, '\n')
      const text = rule(['  - match: a.io/**', '    verify:', `      trust-roots: ${empty}`])
      expect(() => policyOf({ kind: 'rules', rules: text })).toThrow(
        new RegExp(
          `^rules:5: rules\\[0\\]\\.verify\\.trust-roots: Invalid input 'trust-roots': ${empty} is empty`
        )
      )
      // through the CLI too: exit 2 before any registry is contacted
      let stderr = ''
      const io = { stdout: () => undefined, stderr: (text: string) => void (stderr += text), env: {} }
      const path = join(dir, 'empty-roots-rules.yml')
      writeFileSync(path, text)
      return main(['verify', '--image', '127.0.0.1:1/x:1', '--rules', path], io).then(code => {
        expect(code).toBe(2)
        expect(stderr).toMatch(/empty-roots-rules\.yml:5: rules\[0\]\.verify\.trust-roots: .* is empty/)
      })
    })
  })

  test('a field whose input this build lacks is refused, naming the field', () => {
    // The mapping is a table: a field for an input that has not landed yet is refused, not ignored.
    SIGN_FIELDS['future-field'] = 'future-input'
    try {
      expect(fails(rule(['  - match: a.io/**', '    sign: { future-field: x }']))).toMatch(
        /^rules\.yml:4: rules\[0\]\.sign\.future-field: maps onto the input 'future-input', which this version of Signet does not have/
      )
    } finally {
      delete SIGN_FIELDS['future-field']
    }
  })

  test('a path that is not readable is refused with the input named', () => {
    expect(() => loadRules('/nonexistent/rules.yml')).toThrow(
      "Input 'rules': /nonexistent/rules.yml is neither YAML content nor a readable file."
    )
  })

  test('through the CLI: exit 2, the file, line and field, no stack trace, no request', async () => {
    const path = join(dir, 'cli-bad.yml')
    writeFileSync(path, rule(['  - match: a.io/**', '    verify: { trust-roots: /nonexistent/root.pem }']))
    let stderr = ''
    const io = { stdout: () => undefined, stderr: (text: string) => void (stderr += text), env: {} }
    expect(await main(['verify', '--image', '127.0.0.1:1/x:1', '--rules', path], io)).toBe(2)
    expect(stderr).toBe(
      `signet: ${path}:4: rules[0].verify.trust-roots: '/nonexistent/root.pem' does not resolve: no such file (paths are relative to the working directory)\n`
    )
    stderr = ''
    expect(
      await main(['sign', '--image', '127.0.0.1:1/x:1', '--manifests', 'oci-layout:./o', '--rules', path], io)
    ).toBe(2)
    expect(stderr).toMatch(/^signet: .*cli-bad\.yml:4: rules\[0\]\.verify\.trust-roots: /)
  })

  test('errors from a file name the file', () => {
    const path = join(dir, 'bad.yml')
    writeFileSync(path, rule(['  - match: a.io/**']))
    expect(() => loadRules(path)).toThrow(`${path}:3: rules[0]: has neither`)
  })
})

describe('sign: the rule matching the image supplies the key; explicit inputs win', () => {
  const signValues = (image: string, extra: Record<string, string> = {}) =>
    inputSource({ mode: 'sign', image, manifests: 'oci-layout:./out', rules: rulesText(), ...extra })

  test('two namespaces, two keys', () => {
    const prodInputs = readInputsWithRules(signValues('reg.example/acme/prod/app:1')) as SignInputs
    const devInputs = readInputsWithRules(signValues('reg.example/acme/web:1')) as SignInputs
    expect(prodInputs.signer).toEqual({ kind: 'pem', key: prod.keyPem, certChain: prod.chainPem })
    expect(devInputs.signer).toEqual({ kind: 'pem', key: dev.keyPem, certChain: dev.chainPem })
  })

  test('a rule names a notation plugin and its key id: the plugin inputs, validated as inputs', () => {
    const text = [
      'version: 1',
      'rules:',
      '  - match: a.io/**',
      '    sign:',
      '      plugin: com.example.kms',
      '      key-id: arn:aws:kms:eu-west-1:1:key/prod',
      '      plugin-config: { region: eu-west-1 }',
      ''
    ].join('\n')
    const values = { mode: 'sign', image: 'a.io/x:1', manifests: 'oci-layout:./o', rules: text }
    expect((readInputsWithRules(inputSource(values)) as SignInputs).signer).toEqual({
      kind: 'plugin',
      plugin: 'com.example.kms',
      keyId: 'arn:aws:kms:eu-west-1:1:key/prod',
      config: { region: 'eu-west-1' }
    })
    const bad = text.replace('com.example.kms', 'bad name!')
    expect(() => readInputsWithRules(inputSource({ ...values, rules: bad }))).toThrow(
      /^rules:5: rules\[0\]\.sign\.plugin: Invalid input 'signing-plugin': 'bad name!'/
    )
  })

  test('an explicit signing-key wins over the rule (and its chain is not mixed in)', () => {
    expect(() =>
      readInputsWithRules(signValues('reg.example/acme/prod/app:1', { 'signing-key': prod.keyPem }))
    ).toThrow("Missing input 'signing-cert-chain'")
    const explicit = readInputsWithRules(
      signValues('reg.example/acme/prod/app:1', {
        'signing-key': dev.keyPem,
        'signing-cert-chain': dev.chainPem
      })
    ) as SignInputs
    expect(explicit.signer.kind === 'pem' && explicit.signer.key.trim()).toBe(dev.keyPem.trim())
  })

  test('no rule signs the repository: a clear error', () => {
    expect(() => readInputsWithRules(signValues('reg.example/other/app:1'))).toThrow(
      "No rule in rules with 'sign:' matches reg.example/other/app, and no 'signing-key' was given"
    )
  })

  test("an input error in a rule's value names the rule's line and field", () => {
    // A directory exists (so the file is accepted as written) but is not PEM: sign-inputs refuses it.
    const text = `version: 1\nrules:\n  - match: a.io/**\n    sign:\n      key: ${dir}/dev.key\n      cert-chain: ${dir}\n`
    expect(() =>
      readInputsWithRules(
        inputSource({ mode: 'sign', image: 'a.io/x:1', manifests: 'oci-layout:./o', rules: text })
      )
    ).toThrow(
      /^rules:6: rules\[0\]\.sign\.cert-chain: signing-cert-chain is neither PEM content nor a readable file/
    )
  })
})

describe('verify: trust per image from the rules', () => {
  test('each namespace gets its own roots and identities; reject and no match refuse', () => {
    const policy = policyOf({ kind: 'rules', rules: rulesText() })
    const prodDecision = policy.forRepository('reg.example/acme/prod/app')
    expect(prodDecision.name).toBe('rules:6 (reg.example/acme/prod/**)')
    expect(prodDecision.trustRoots.map(cert => cert.subject)).toEqual([prod.root.subject])
    expect(prodDecision.trustedIdentities).not.toEqual(['*'])
    const devDecision = policy.forRepository('reg.example/acme/web')
    expect(devDecision.trustRoots.map(cert => cert.subject)).toEqual([dev.root.subject])
    expect(devDecision.trustedIdentities).toEqual(['*'])
    expect(() => policy.forRepository('ghcr.io/x/y')).toThrow(VerificationError)
    expect(() => policy.forRepository('ghcr.io/x/y')).toThrow(
      'rejected by rule rules:11 (**) (verify: reject)'
    )
    const noCatchAll = policyOf({
      kind: 'rules',
      rules: rulesText().replace(/ {2}- match: "\*\*"\n {4}verify: reject\n/, '')
    })
    expect(() => noCatchAll.forRepository('ghcr.io/x/y')).toThrow(
      "no rule in rules with 'verify:' matches ghcr.io/x/y"
    )
  })

  test('a bad identity in a rule is an input error naming the rule', () => {
    const text = rulesText().replace(PROD_ID, 'x509.subject: CN=nobody')
    expect(() => policyOf({ kind: 'rules', rules: text })).toThrow(
      /^rules:10: rules\[1\]\.verify\.identities: trusted-identities: /
    )
  })

  test('rules and trust-roots exclude each other', () => {
    expect(() =>
      readInputsWithRules(
        inputSource({ mode: 'verify', image: 'a.io/x:1', rules: rulesText(), 'trust-roots': prod.rootPem })
      )
    ).toThrow("Input 'rules' gives the trust of each image")
  })

  test('verify inputs with rules carry the rules as their trust', () => {
    const inputs = readInputsWithRules(inputSource({ mode: 'verify', image: 'a.io/x:1', rules: rulesText() }))
    expect(inputs.mode === 'verify' && inputs.trust.kind).toBe('rules')
  })
})

test('any text or rules-like document is accepted or refused with an InputError, never another exception', () => {
  const ruleLike = fc.record({
    version: fc.oneof(fc.constant(1), fc.anything({ maxDepth: 0 })),
    rules: fc.array(
      fc.record({
        match: fc.oneof(fc.constantFrom('a.io/**', '**', 'a.io/[x', 'a.io/{a,b}/c'), fc.string()),
        sign: fc.option(
          fc.dictionary(fc.constantFrom('key', 'cert-chain', 'bogus'), fc.anything({ maxDepth: 1 }))
        ),
        verify: fc.option(fc.oneof(fc.constant('reject'), fc.anything({ maxDepth: 2 })))
      })
    )
  })
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        ruleLike.map(value => stringify(value))
      ),
      text => {
        try {
          const rules = parseRules(text, 'fuzz.yml')
          for (const rule of rules.rules) expect(typeof rule.matches('a.io/x')).toBe('boolean')
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
        }
      }
    ),
    { numRuns: 300 }
  )
})

describe("each rule's trust is read once per run", () => {
  test('the policy takes the reading the inputs were checked with: a root file gone since is not read again', () => {
    const root = join(dir, 'read-once-root.pem')
    writeFileSync(root, readFileSync(join(dir, 'prod-root.pem')))
    const text = [
      'version: 1',
      'rules:',
      '  - match: "**"',
      `    verify: { trust-roots: ${root}, identities: ["*"] }`
    ]
    const checked = parseRules(text.join('\n'), 'read-once.yml')
    const unchecked = parseRules(text.join('\n'), 'read-once.yml')
    const source = inputSource({ mode: 'verify', image: 'reg.example/a:1', rules: 'read-once.yml' })
    readVerifyInputsWithRules(source, checked)
    rmSync(root)
    const decision = rulesPolicy(checked).forRepository('reg.example/a')
    expect(decision.trustRoots.map(cert => cert.subject)).toEqual([prod.root.subject])
    // Rules whose trust was not read yet read the file now, and find it gone.
    expect(() => rulesPolicy(unchecked)).toThrow(/read-once\.yml:4: rules\[0\]\.verify\.trust-roots: /)
  })
})
