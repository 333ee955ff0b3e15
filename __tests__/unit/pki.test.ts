import { generateKeyPairSync, webcrypto } from 'node:crypto'
import { InputError, VerificationError } from '../../src/util/errors.js'
import {
  identityMatches,
  loadCertificates,
  loadSigningIdentity,
  parseTrustedIdentities,
  subjectOf,
  thumbprintsOf,
  validateChain
} from '../../src/trust/pki.js'
import {
  certificatesInput,
  signingIdentityInput,
  trustedIdentitiesInput
} from '../../src/inputs/trust-inputs.js'
import { x509 } from '../../src/trust/x509.js'
import { encodeKey, makePki, type TestPki } from '../helpers/pki.js'
import { thrown } from '../helpers/thrown.js'

let pki: TestPki
beforeAll(async () => {
  pki = await makePki()
})

describe('loadCertificates', () => {
  test('all CERTIFICATE blocks, in order', () => {
    const certs = loadCertificates(pki.chainPem)
    expect(certs.map(subjectOf)).toEqual(pki.chain.map(cert => cert.subject))
    expect(thumbprintsOf(certs)).toEqual(thumbprintsOf(pki.chain))
    expect(thumbprintsOf(certs)[0]).toMatch(/^[0-9a-f]{64}$/)
  })

  test.each([
    ['no block', 'hello', /holds no PEM certificate/],
    [
      'a broken block',
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
      /certificate #1 is not a valid X\.509/
    ]
  ])('%s is an InputError', (_name, pem, message) => {
    const error = thrown(() => certificatesInput(pem, 'trust-roots'))
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(message)
  })
})

describe('loadSigningIdentity: keys', () => {
  test.each([
    [{ kind: 'rsa', bits: 2048 }, 'PS256'],
    [{ kind: 'rsa', bits: 3072 }, 'PS384'],
    [{ kind: 'ec', curve: 'P-256' }, 'ES256'],
    [{ kind: 'ec', curve: 'P-384' }, 'ES384'],
    [{ kind: 'ec', curve: 'P-521' }, 'ES512']
  ] as const)('%o signs with %s', async (key, algorithm) => {
    const signer = await makePki({ key })
    expect(loadSigningIdentity({ key: signer.keyPem, chain: signer.chainPem }).algorithm).toBe(algorithm)
  })

  test('reads PKCS#8, PKCS#1 (RSA), SEC1 (EC) and encrypted PKCS#8', async () => {
    const rsa = await makePki({ key: { kind: 'rsa', bits: 2048 } })
    const spki = (pem: string, chain: string, passphrase?: string) =>
      loadSigningIdentity({ key: pem, chain, passphrase }).key.asymmetricKeyDetails
    expect(spki(encodeKey(rsa.key, 'pkcs8'), rsa.chainPem)).toEqual(rsa.key.asymmetricKeyDetails)
    expect(encodeKey(rsa.key, 'pkcs1')).toContain('BEGIN RSA PRIVATE KEY')
    expect(spki(encodeKey(rsa.key, 'pkcs1'), rsa.chainPem)).toEqual(rsa.key.asymmetricKeyDetails)
    expect(encodeKey(pki.key, 'sec1')).toContain('BEGIN EC PRIVATE KEY')
    expect(spki(encodeKey(pki.key, 'sec1'), pki.chainPem)).toEqual({ namedCurve: 'prime256v1' })
    const encrypted = encodeKey(pki.key, 'pkcs8-encrypted', 'correct horse')
    expect(encrypted).toContain('BEGIN ENCRYPTED PRIVATE KEY')
    expect(spki(encrypted, pki.chainPem, 'correct horse')).toEqual({ namedCurve: 'prime256v1' })
  })

  test.each([
    ['a wrong passphrase', 'wrong', /does not decrypt signing-key/],
    ['a missing passphrase', undefined, /signing-key is encrypted: set signing-key-passphrase/]
  ])('%s: InputError on signing-key-passphrase', (_name, passphrase, message) => {
    const error = thrown(() =>
      signingIdentityInput({
        key: encodeKey(pki.key, 'pkcs8-encrypted', 'right'),
        passphrase,
        chain: pki.chainPem
      })
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('signing-key-passphrase')
    expect(error.message).toMatch(message)
  })

  test.each([
    [
      'RSA-1024',
      () => generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey,
      /RSA-1024 key; supported: RSA 2048/
    ],
    [
      'secp256k1',
      () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey,
      /EC secp256k1 key; supported/
    ],
    [
      'Ed25519',
      () => generateKeyPairSync('ed25519').privateKey,
      /ed25519 key, which the Notary Project does not allow/
    ]
  ])('an unsupported %s key is refused, naming what is supported', (_name, makeKey, message) => {
    const error = thrown(() =>
      signingIdentityInput({ key: encodeKey(makeKey(), 'pkcs8'), chain: pki.chainPem })
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('signing-key')
    expect(error.message).toMatch(message)
  })

  test('a key that does not match the leaf', async () => {
    const other = await makePki()
    const error = thrown(() => signingIdentityInput({ key: other.keyPem, chain: pki.chainPem }))
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('signing-key')
    expect(error.message).toMatch(
      /does not match the public key of the leaf certificate "C=US, ST=WA, L=Seattle, O=Signet Test, CN=release"/
    )
  })

  test('garbage is not a key', () => {
    const error = thrown(() =>
      loadSigningIdentity({
        key: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
        chain: pki.chainPem
      })
    )
    expect(error.message).toMatch(/not a readable PEM private key/)
  })
})

describe('loadSigningIdentity: chains', () => {
  test.each([1, 2, 3] as const)('a %i-level chain is accepted whole', async levels => {
    const signer = await makePki({ levels })
    const identity = loadSigningIdentity({ key: signer.keyPem, chain: signer.chainPem })
    expect(thumbprintsOf(identity.chain)).toEqual(thumbprintsOf(signer.chain))
    expect(identity.chain).toHaveLength(levels)
  })

  test('a chain without its root gets the root appended from trustRoots', async () => {
    const signer = await makePki({ levels: 3 })
    const withoutRoot = signer.chain
      .slice(0, 2)
      .map(cert => cert.toString('pem'))
      .join('\n')
    const unrelated = await makePki()
    const identity = loadSigningIdentity({
      key: signer.keyPem,
      chain: withoutRoot,
      trustRoots: [unrelated.root, signer.root]
    })
    expect(thumbprintsOf(identity.chain)).toEqual(thumbprintsOf(signer.chain))
    const error = thrown(() =>
      loadSigningIdentity({ key: signer.keyPem, chain: withoutRoot, trustRoots: [unrelated.root] })
    )
    expect(error.message).toMatch(
      /the last certificate "C=US, ST=WA, O=Signet Test, CN=Signet Test Intermediate" is not a self-signed root/
    )
  })

  const refusals: [string, Parameters<typeof makePki>[0], RegExp][] = [
    [
      'an expired leaf',
      { leaf: { notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') } },
      /CN=release" had expired at signing time .* \(expired on 2021-01-01T00:00:00Z\)/
    ],
    [
      'a leaf not yet valid',
      { leaf: { notBefore: new Date('2099-01-01'), notAfter: new Date('2100-01-01') } },
      /was not yet valid at signing time/
    ],
    ['a CA leaf', { leaf: { ca: true } }, /leaf ".*" is a CA certificate \(basicConstraints CA:TRUE\)/],
    [
      'a leaf without digitalSignature',
      { leaf: { keyUsage: 'nonRepudiation' } },
      /lacks the digitalSignature key usage/
    ],
    [
      'a leaf with keyCertSign too',
      { leaf: { keyUsage: ['digitalSignature', 'keyCertSign'] } },
      /has key usage keyCertSign; a code-signing leaf may only/
    ],
    [
      'a leaf without keyUsage',
      { leaf: { keyUsage: [] } },
      /needs a critical keyUsage extension with digitalSignature/
    ],
    ['a non-critical keyUsage', { leaf: { keyUsageCritical: false } }, /needs a critical keyUsage extension/],
    [
      'a leaf with serverAuth',
      { leaf: { eku: ['1.3.6.1.5.5.7.3.1'] } },
      /has the extended key usage serverAuth, which code signing forbids/
    ],
    [
      'a leaf with anyExtendedKeyUsage',
      { leaf: { eku: ['1.3.6.1.5.5.7.3.3', '2.5.29.37.0'] } },
      /anyExtendedKeyUsage/
    ],
    [
      'a SHA-1 signed leaf',
      { leaf: { signatureHash: 'SHA-1' } },
      /is signed with SHA-1; certificates must be signed with SHA-256/
    ]
  ]
  test.each(refusals)('%s is refused with its own message', async (_name, options, message) => {
    const signer = await makePki(options)
    const error = thrown(() => signingIdentityInput({ key: signer.keyPem, chain: signer.chainPem }))
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('signing-cert-chain')
    expect(error.message).toMatch(/^signing-cert-chain would fail verification: certificate chain: /)
    expect(error.message).toMatch(message)
  })

  test('a leaf without EKU is allowed (codeSigning is recommended, not required)', async () => {
    const signer = await makePki({ leaf: { eku: [] } })
    expect(loadSigningIdentity({ key: signer.keyPem, chain: signer.chainPem }).algorithm).toBe('ES256')
  })

  test('a broken link: the leaf followed by another PKI with the same root DN', async () => {
    const other = await makePki()
    const chain = [pki.chain[0], other.root].map(cert => cert.toString('pem')).join('\n')
    const error = thrown(() => loadSigningIdentity({ key: pki.keyPem, chain }))
    expect(error.message).toMatch(
      /"C=US, ST=WA, L=Seattle, O=Signet Test, CN=release" is not issued by the next certificate/
    )
  })

  test('a lone leaf that is not self-signed', () => {
    const error = thrown(() => loadSigningIdentity({ key: pki.keyPem, chain: pki.chain[0].toString('pem') }))
    expect(error.message).toMatch(/the only certificate, ".*CN=release", is not self-signed/)
  })
})

describe('validateChain', () => {
  const times = () => ({ signingTime: new Date(), now: new Date() })

  test('accepts 1-, 2- and 3-level chains that end in a trusted root', async () => {
    for (const levels of [1, 2, 3] as const) {
      const signer = await makePki({ levels })
      expect(() => validateChain(signer.chain, [signer.root], times())).not.toThrow()
    }
  })

  test('an untrusted root: compared by bytes, not by DN', async () => {
    const other = await makePki()
    expect(other.root.subject).toBe(pki.root.subject)
    const error = thrown(() => validateChain(pki.chain, [other.root], times()))
    expect(error).toBeInstanceOf(VerificationError)
    expect(error.message).toMatch(
      /^certificate chain: root "C=US, ST=WA, O=Signet Test, CN=Signet Test Root" \(sha256 [0-9a-f]{64}\) is not one of the trusted roots$/
    )
  })

  test('a self-signed leaf is legal only when it is itself trusted', async () => {
    const single = await makePki({ levels: 1 })
    expect(() => validateChain(single.chain, [pki.root], times())).toThrow(/not one of the trusted roots/)
  })

  test('certificates must be valid at signing time and now', () => {
    const beforeRoot = new Date(pki.root.notBefore.getTime() - 1000)
    expect(() => validateChain(pki.chain, [pki.root], { signingTime: beforeRoot, now: new Date() })).toThrow(
      /was not yet valid at signing time/
    )
    const afterLeaf = new Date(pki.chain[0].notAfter.getTime() + 1000)
    expect(() => validateChain(pki.chain, [pki.root], { signingTime: new Date(), now: afterLeaf })).toThrow(
      /CN=release" expired on/
    )
  })

  test('a CA whose path length does not allow the CAs below it', async () => {
    const signer = await makePki({ levels: 3, rootPathLength: 0 })
    const error = thrown(() => validateChain(signer.chain, [signer.root], times()))
    expect(error.message).toBe(
      'certificate chain: CA "C=US, ST=WA, O=Signet Test, CN=Signet Test Root" allows path length 0 but 1 CA certificates follow it'
    )
    const allowed = await makePki({ levels: 3, rootPathLength: 1 })
    expect(() => validateChain(allowed.chain, [allowed.root], times())).not.toThrow()
  })

  test('an issuer without a critical CA:TRUE basicConstraints cannot issue', async () => {
    const { subtle } = webcrypto
    const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' }
    const [issuerKeys, leafKeys] = [
      await subtle.generateKey(ecdsa, true, ['sign', 'verify']),
      await subtle.generateKey(ecdsa, true, ['sign', 'verify'])
    ]
    const issuer = await x509.X509CertificateGenerator.createSelfSigned({
      name: 'C=US, ST=WA, O=Acme, CN=not a CA',
      keys: issuerKeys,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
      extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true)]
    })
    const leaf = await x509.X509CertificateGenerator.create({
      subject: 'C=US, ST=WA, O=Acme, CN=leaf',
      issuer: issuer.subjectName,
      publicKey: leafKeys.publicKey,
      signingKey: issuerKeys.privateKey,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
      extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)]
    })
    expect(() => validateChain([leaf, issuer], [issuer], times())).toThrow(
      'certificate chain: CA "C=US, ST=WA, O=Acme, CN=not a CA" needs a critical basicConstraints extension with CA:TRUE'
    )
  })
})

describe('trusted identities', () => {
  test('parses x509.subject lines and *', () => {
    expect(parseTrustedIdentities(['*'])).toEqual(['*'])
    expect(parseTrustedIdentities(['x509.subject: C=US, ST=WA, O=Acme, CN=release', ''])).toEqual([
      { subject: { C: 'US', ST: 'WA', O: 'Acme', CN: 'release' } }
    ])
    expect(parseTrustedIdentities(['x509.subject:C=US,ST=WA,O=Acme\\, Inc.,CN=a\\2Cb'])).toEqual([
      { subject: { C: 'US', ST: 'WA', O: 'Acme, Inc.', CN: 'a,b' } }
    ])
  })

  test.each([
    [['x509.subject: C=US, ST=WA, CN=release'], /lacks O; it must contain at least C, ST and O/],
    [['x509.subject: C=US, C=DE, ST=WA, O=Acme'], /repeats the attribute C/],
    [['x509.subject: C=US+ST=WA, O=Acme'], /multi-valued RDN/],
    [['*', 'x509.subject: C=US, ST=WA, O=Acme'], /wildcard '\*' cannot be combined/],
    [['CN=release'], /must be '\*' or 'x509.subject: C=…/],
    [['x509.subject: C=US, ST=WA, O=Acme', 'x509.subject: C=US, ST=WA, O=Acme, CN=x'], /overlap/]
  ])('%j is refused', (lines, message) => {
    const error = thrown(() => trustedIdentitiesInput(lines, 'trusted-identities'))
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(/^trusted-identities: /)
    expect(error.message).toMatch(message)
  })

  test('every configured attribute must be present and equal in the leaf subject', () => {
    const leaf = pki.chain[0]
    const match = (line: string) => identityMatches(leaf, parseTrustedIdentities([line]))
    expect(match('x509.subject: C=US, ST=WA, O=Signet Test')).toBe(true)
    expect(match('x509.subject: C=US, ST=WA, L=Seattle, O=Signet Test, CN=release')).toBe(true)
    expect(match('x509.subject: C=US, ST=WA, O=Signet Test, CN=other')).toBe(false)
    expect(match('x509.subject: C=US, ST=WA, O=Signet Test, OU=Build')).toBe(false)
    expect(match('x509.subject: C=US, ST=WA, O=signet test')).toBe(false)
    expect(identityMatches(leaf, ['*'])).toBe(true)
    expect(identityMatches(leaf, [])).toBe(false)
  })
})
