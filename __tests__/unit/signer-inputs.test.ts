/**
 * The accepted-signer inputs: what each becomes, and every bad input refused with the input's name.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPairSync } from 'node:crypto'
import { acceptedSigner, readSignerInputs, type SignerSpec } from '../../src/inputs/signer-inputs.js'
import type { InputName } from '../../src/inputs/contract.js'
import { InputError } from '../../src/util/errors.js'

const P256 = readFileSync('__tests__/fixtures/cosign/p256/key.pub', 'utf8')
const RSA = readFileSync('__tests__/fixtures/cosign/rsa/key.pub', 'utf8')
const ROOT_PATH = '__tests__/fixtures/sigstore/gh-cli/trusted_root.json'
const GITHUB_ROOT_PATH = '__tests__/fixtures/sigstore/github/trusted-root-github-2024.json'
const NOTARY_ROOT = readFileSync('__tests__/fixtures/notation-go/wabbit-networks.io.crt', 'utf8')
const DIGEST = `sha256:${'ab'.repeat(32)}`

const read = (values: Partial<Record<InputName, string>>, options = {}) =>
  readSignerInputs({ get: name => values[name] ?? '' }, options)

function refusal(values: Partial<Record<InputName, string>>): InputError {
  try {
    read(values)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('accepted')
}

test('nothing set: no signer, any one required', () => {
  expect(read({})).toEqual({ signers: [], require: { kind: 'any' } })
})

test('the simple inputs add up to one list: notation, each cosign key, the Sigstore identity', () => {
  const { signers, require } = read({
    'trust-roots': NOTARY_ROOT,
    'cosign-key': `${P256}${RSA}`,
    'sigstore-trusted-root': ROOT_PATH,
    'certificate-identity-regexp': '(?i)^https://github.com/ACME/',
    'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com',
    require: 'all'
  })
  expect(signers.map(signer => [signer.kind, signer.origin])).toEqual([
    ['notation', 'trust-roots'],
    ['cosign', 'cosign-key (key #1)'],
    ['cosign', 'cosign-key (key #2)'],
    ['sigstore', 'certificate-identity inputs']
  ])
  expect(signers[0]).toMatchObject({ identities: ['*'] })
  const keyless = signers[3] as Extract<SignerSpec, { kind: 'sigstore' }>
  expect(keyless.instances[0].name).toBe('fulcio.sigstore.dev')
  expect(
    keyless.policy.identityRegexp?.test('https://github.com/acme/app/.github/workflows/x.yml@refs/heads/main')
  ).toBe(true)
  expect(require).toEqual({ kind: 'all' })
  expect(
    signers
      .slice(1)
      .map(signer => acceptedSigner(signer as Exclude<SignerSpec, { kind: 'notation' }>).describe())
  ).toEqual([
    expect.stringMatching(/^cosign key ECDSA P-256 sha256:[0-9a-f]{64}$/),
    expect.stringMatching(/^cosign key RSA-2048 sha256:/),
    'sigstore identity ~ /^https:\\/\\/github.com\\/ACME\\//iu, issuer https://token.actions.githubusercontent.com'
  ])
})

test('the signers list: every kind, paths read from the base directory, the trusted root by default', () => {
  const dir = mkdtempSync(join(tmpdir(), 'signet-signers-'))
  writeFileSync(join(dir, 'cosign.pub'), P256)
  writeFileSync(join(dir, 'github.json'), readFileSync(GITHUB_ROOT_PATH))
  const { signers, require } = read(
    {
      'sigstore-trusted-root': readFileSync(ROOT_PATH, 'utf8'),
      signers: [
        `- notation: { trust-roots: ${JSON.stringify(NOTARY_ROOT)}, identities: ["x509.subject: C=US, O=Acme, CN=release"] }`,
        '- cosign: { key: cosign.pub }',
        "- sigstore: { issuer: https://token.actions.githubusercontent.com, identity-regexp: '^https://github.com/chainguard-images/' }",
        '- github-attestation: { trusted-root: github.json, repository: acme/app, signer-workflow: acme/app/.github/workflows/release.yml, ref: refs/heads/main }',
        `- pinned: [ "${DIGEST}" ]`
      ].join('\n'),
      require: '5'
    },
    { baseDir: dir }
  )
  expect(signers.map(signer => signer.kind)).toEqual([
    'notation',
    'cosign',
    'sigstore',
    'github-attestation',
    'pinned'
  ])
  expect(signers[0]).toMatchObject({
    identities: ['x509.subject: C=US, O=Acme, CN=release'],
    origin: 'signers item #1 (notation)'
  })
  expect((signers[2] as Extract<SignerSpec, { kind: 'sigstore' }>).instances[0].name).toBe(
    'fulcio.sigstore.dev'
  )
  const github = signers[3] as Extract<SignerSpec, { kind: 'github-attestation' }>
  expect(github.instances[0].name).toBe('fulcio.githubapp.com')
  expect(github.options).toMatchObject({ repository: 'acme/app', sourceRef: 'refs/heads/main' })
  expect(acceptedSigner(github).describe()).toBe(
    'GitHub attestation (https://slsa.dev/provenance/v1) of acme/app signed by acme/app/.github/workflows/release.yml on refs/heads/main'
  )
  expect(acceptedSigner(signers[4] as Exclude<SignerSpec, { kind: 'notation' }>).describe()).toBe(
    `pinned ${DIGEST}`
  )
  expect(require).toEqual({ kind: 'count', count: 5 })
})

const privateKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
  type: 'pkcs8',
  format: 'pem'
}) as string
const KEYLESS = {
  'sigstore-trusted-root': ROOT_PATH,
  'certificate-identity': 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
  'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
}

test.each<[string, Partial<Record<InputName, string>>, InputName, RegExp]>([
  ['a private key as cosign-key', { 'cosign-key': privateKey }, 'cosign-key', /holds a private key/],
  [
    'a cosign-key path that does not exist',
    { 'cosign-key': 'keys/missing.pub' },
    'cosign-key',
    /neither PEM content nor a readable file: keys\/missing.pub/
  ],
  [
    'a malformed trusted root',
    { ...KEYLESS, 'sigstore-trusted-root': '{"mediaType": "x"}' },
    'sigstore-trusted-root',
    /not a usable Sigstore trusted root: its mediaType is 'x'/
  ],
  [
    'a trusted root that is not JSON',
    { ...KEYLESS, 'sigstore-trusted-root': 'README.md' },
    'sigstore-trusted-root',
    /not a Sigstore trusted_root.json/
  ],
  [
    'a trusted root that nothing uses',
    { 'sigstore-trusted-root': ROOT_PATH },
    'sigstore-trusted-root',
    /nothing uses it/
  ],
  [
    'identity flags without a trusted root',
    { 'certificate-identity': KEYLESS['certificate-identity'] },
    'certificate-identity',
    /needs 'sigstore-trusted-root'/
  ],
  [
    'an issuer without a trusted root',
    { 'certificate-oidc-issuer': KEYLESS['certificate-oidc-issuer'] },
    'certificate-oidc-issuer',
    /needs 'sigstore-trusted-root'/
  ],
  [
    'an identity without issuer',
    { ...KEYLESS, 'certificate-oidc-issuer': '' },
    'certificate-oidc-issuer',
    /is missing: keyless signatures need the OIDC issuer/
  ],
  [
    'an issuer without identity',
    { ...KEYLESS, 'certificate-identity': '' },
    'certificate-identity',
    /is missing: keyless signatures need the expected signer/
  ],
  [
    'both identity and regexp',
    { ...KEYLESS, 'certificate-identity-regexp': '^https://' },
    'certificate-identity',
    /exclude each other/
  ],
  [
    'a regexp that does not compile',
    { ...KEYLESS, 'certificate-identity': '', 'certificate-identity-regexp': '^https://github.com/(acme' },
    'certificate-identity-regexp',
    /is not a valid regular expression/
  ],
  [
    'an unknown signer kind',
    { signers: '- x509: { roots: a.pem }' },
    'signers',
    /item #1: unknown signer kind 'x509'; expected one of notation, cosign, sigstore, github-attestation, pinned/
  ],
  [
    'an unknown field',
    { signers: '- cosign: { key: a.pub, hint: x }' },
    'signers',
    /item #1: unknown field 'hint' for cosign; expected key/
  ],
  [
    'two kinds in one item',
    { signers: `- cosign: { key: a.pub }\n  pinned: ["${DIGEST}"]` },
    'signers',
    /item #1: expected one signer/
  ],
  ['a list that is not one', { signers: 'cosign: { key: a.pub }' }, 'signers', /must be a YAML list/],
  ['invalid YAML', { signers: '- cosign: { key: a.pub' }, 'signers', /is not valid YAML/],
  [
    'a pinned value that is no digest',
    { signers: '- pinned: [ latest ]' },
    'signers',
    /'pinned' takes a list of manifest digests/
  ],
  [
    'a private key in a cosign item',
    { signers: `- cosign: { key: ${JSON.stringify(privateKey)} }` },
    'signers',
    /holds a private key/
  ],
  [
    'a GitHub attestation without repository',
    { signers: `- github-attestation: { trusted-root: ${ROOT_PATH} }` },
    'signers',
    /item #1: 'repository' \(owner\/repo\) or 'owner' is missing/
  ],
  [
    'a repository that is not owner/repo',
    { signers: `- github-attestation: { trusted-root: ${ROOT_PATH}, repository: acme }` },
    'signers',
    /'repository' must be owner\/repo/
  ],
  [
    'a keyless item without trusted root',
    { signers: '- sigstore: { identity: x, issuer: y }' },
    'signers',
    /item #1: 'trusted-root' is missing/
  ],
  [
    'a keyless item without issuer',
    { signers: `- sigstore: { trusted-root: ${ROOT_PATH}, identity: x }` },
    'signers',
    /item #1: 'issuer' is missing/
  ],
  [
    'require above the number of signers',
    { 'cosign-key': P256, require: '2' },
    'require',
    /asks for 2 distinct signers but 1 is configured/
  ],
  [
    'require that is neither any, all nor a number',
    { 'cosign-key': P256, require: 'most' },
    'require',
    /Expected 'any', 'all', or how many/
  ]
])('refuses %s, naming the input', (_name, values, input, message) => {
  const error = refusal(values)
  expect(error.input).toBe(input)
  expect(error.message).toMatch(message)
  expect(error.message).not.toContain('PRIVATE KEY-----\nMI')
})

test('the same key given twice is one signer, so require 2 cannot pass on it', () => {
  expect(read({ 'cosign-key': `${P256}\n${P256}` }).signers).toHaveLength(1)
  expect(refusal({ 'cosign-key': `${P256}\n${P256}`, require: '2' }).input).toBe('require')
})
