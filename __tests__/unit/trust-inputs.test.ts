/**
 * The boundary between trust/ and inputs/: trust/ refuses bad material with its own TrustInputError
 * (exit 2) that names no input; inputs/ turns it into the InputError of the input that gave the part at
 * fault, worded as Signet has always worded it.
 */
import { certificateFromDer, CertificateError, loadCertificates } from '../../src/trust/certificates.js'
import { chainCertificate } from '../../src/trust/notary-envelope.js'
import { TrustInputError } from '../../src/trust/errors.js'
import { checkTsaRoots } from '../../src/trust/policy.js'
import {
  loadSigningChain,
  loadSigningIdentity,
  SigningIdentityError
} from '../../src/trust/signing-identity.js'
import { TrustedIdentityError, parseTrustedIdentities } from '../../src/trust/trusted-identities.js'
import {
  certificatesInput,
  signingChainInput,
  signingIdentityInput,
  trustedIdentitiesInput,
  trustRootsInput,
  tsaRootsInput
} from '../../src/inputs/trust-inputs.js'
import { EXIT, InputError } from '../../src/util/errors.js'
import { encodeKey, makePki, type TestPki } from '../helpers/pki.js'
import { thrown } from '../helpers/thrown.js'

let pki: TestPki
let other: TestPki
beforeAll(async () => {
  ;[pki, other] = await Promise.all([makePki({ levels: 3 }), makePki()])
})

const INPUT_NAMES = /signing-key|signing-cert-chain|trust-roots|timestamp-roots|trusted-identities/

describe('trust/ names no input', () => {
  test.each<[string, () => unknown, abstract new (...args: never[]) => TrustInputError, () => string]>([
    [
      'PEM without certificates',
      () => loadCertificates('hello'),
      CertificateError,
      () => "the PEM text holds no PEM certificate (expected '-----BEGIN CERTIFICATE-----' blocks)"
    ],
    [
      'an encrypted key without passphrase',
      () => loadSigningIdentity({ key: encodeKey(pki.key, 'pkcs8-encrypted', 'pw'), chain: pki.chainPem }),
      SigningIdentityError,
      () => 'the signing key is encrypted: set the passphrase to its passphrase'
    ],
    [
      'a key of another chain',
      () => loadSigningIdentity({ key: other.keyPem, chain: pki.chainPem }),
      SigningIdentityError,
      () =>
        `the signing key does not match the public key of the leaf certificate "${pki.chain[0].subject}" (the first certificate of the certificate chain)`
    ],
    [
      'a chain that holds only a key',
      () => loadSigningChain({ chain: pki.keyPem }),
      SigningIdentityError,
      () => "the certificate chain holds no PEM certificate (expected '-----BEGIN CERTIFICATE-----' blocks)"
    ],
    [
      'a wildcard among identities',
      () => parseTrustedIdentities(['*', 'x509.subject: C=US, ST=WA, O=Acme']),
      TrustedIdentityError,
      () => "trusted identities: the wildcard '*' cannot be combined with other identities"
    ]
  ])('%s: its own error, exit 2, plain words', (_name, run, type, message) => {
    const error = thrown(run)
    expect(error).toBeInstanceOf(type)
    expect(error).not.toBeInstanceOf(InputError)
    expect((error as TrustInputError).exitCode).toBe(EXIT.BAD_INPUT)
    expect(error.message).toBe(message())
    expect(error.message).not.toMatch(INPUT_NAMES)
  })

  test('a TSA leaf given as a root', () => {
    const error = thrown(() => checkTsaRoots([pki.chain[0]]))
    expect(error).toBeInstanceOf(CertificateError)
    expect((error as CertificateError).problem).toBe('not-a-ca')
    expect(error.message).toMatch(/^the PEM text: certificate #1 \(".*CN=release"\) is not a CA certificate/)
  })
})

describe('inputs/ names the input', () => {
  test.each<[string, () => unknown, string, () => string]>([
    [
      'a key of another chain',
      () => signingIdentityInput({ key: other.keyPem, chain: pki.chainPem }),
      'signing-key',
      () =>
        `signing-key does not match the public key of the leaf certificate "${pki.chain[0].subject}" (the first certificate of signing-cert-chain)`
    ],
    [
      'a wrong passphrase',
      () =>
        signingIdentityInput({
          key: encodeKey(pki.key, 'pkcs8-encrypted', 'right'),
          passphrase: 'wrong',
          chain: pki.chainPem
        }),
      'signing-key-passphrase',
      () => 'signing-key-passphrase does not decrypt signing-key (wrong passphrase?)'
    ],
    [
      'a chain that holds only a key: no hint about verifiers, it is the signer’s own chain',
      () => signingChainInput({ chain: pki.keyPem }),
      'signing-cert-chain',
      () => "signing-cert-chain holds no PEM certificate (expected '-----BEGIN CERTIFICATE-----' blocks)"
    ],
    [
      'a broken certificate',
      () =>
        certificatesInput('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', 'timestamp-roots'),
      'timestamp-roots',
      () => 'timestamp-roots: certificate #1 is not a valid X.509 certificate'
    ],
    [
      'a private key as trust roots',
      () => certificatesInput(pki.keyPem, 'trust-roots'),
      'trust-roots',
      () =>
        "trust-roots holds a private key, not a certificate: a verifier never needs a private key. Pass the root CA's certificate ('-----BEGIN CERTIFICATE-----'), and keep the key secret."
    ],
    [
      'a private key as the signer’s own chain (a library caller naming it): no verifier hint',
      () => certificatesInput(pki.keyPem, 'signing-cert-chain'),
      'signing-cert-chain',
      () => "signing-cert-chain holds no PEM certificate (expected '-----BEGIN CERTIFICATE-----' blocks)"
    ],
    [
      'an identity without O',
      () => trustedIdentitiesInput(['x509.subject: C=US, ST=WA']),
      'trusted-identities',
      () => 'trusted-identities: DN "C=US, ST=WA" lacks O; it must contain at least C, ST and O'
    ]
  ])('%s', (_name, run, input, message) => {
    const error = thrown(run)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe(input)
    expect(error.message).toBe(message())
  })

  test('a TSA leaf given as timestamp-roots', () => {
    const error = thrown(() => tsaRootsInput([pki.chain[0]], 'timestamp-roots'))
    expect((error as InputError).input).toBe('timestamp-roots')
    expect(error.message).toMatch(
      /^timestamp-roots: certificate #1 \(".*CN=release"\) is not a CA certificate/
    )
  })

  test('good material passes through unchanged', () => {
    expect(signingIdentityInput({ key: pki.keyPem, chain: pki.chainPem }).chain).toHaveLength(3)
    expect(certificatesInput(pki.rootPem, 'trust-roots')[0].subject).toBe(pki.root.subject)
  })
})

describe('trusted roots: a CA certificate or self-signed, as notation requires of a trust store', () => {
  let selfSigned: TestPki
  beforeAll(async () => {
    selfSigned = await makePki({ levels: 1 })
  })
  const pem = (cert: { toString(format: 'pem'): string }) => `${cert.toString('pem')}\n`

  test('a root CA and a self-signed signing certificate are trusted', () => {
    expect(trustRootsInput(pki.rootPem, 'trust-roots').map(cert => cert.subject)).toEqual([pki.root.subject])
    expect(trustRootsInput(selfSigned.rootPem, 'trust-roots')).toHaveLength(1)
  })

  test('an intermediate CA among trust-roots is a CA: trusted', () => {
    expect(trustRootsInput(pki.rootPem + pem(pki.chain[1]), 'trust-roots')).toHaveLength(2)
  })

  test('a leaf among trust-roots is refused, naming the input and the certificate', () => {
    const error = thrown(() => trustRootsInput(pki.rootPem + pem(pki.chain[0]), 'trust-roots'))
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('trust-roots')
    expect(error.message).toBe(
      `trust-roots: certificate #2 ("${pki.chain[0].subject}") is neither a CA certificate (basicConstraints CA:TRUE) nor self-signed, and notation refuses it as a trusted certificate; give the root CA certificate your signers' chains end in`
    )
  })
})

describe('a certificate is parsed once per process', () => {
  test("an envelope's root is the trusted root already read, one object", () => {
    const [root] = loadCertificates(other.rootPem)
    expect(chainCertificate(Buffer.from(other.root.rawData), 'x5c[1]')).toBe(root)
    expect(certificateFromDer(Buffer.from(other.root.rawData))).toBe(root)
  })

  test('bytes after a known certificate are still refused', () => {
    const der = Buffer.concat([Buffer.from(other.root.rawData), Buffer.from([0])])
    loadCertificates(other.rootPem)
    expect(thrown(() => chainCertificate(der, 'x5c[1]')).message).toMatch(
      /x5c\[1\] has bytes after the certificate/
    )
  })
})
