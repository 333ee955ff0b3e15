/**
 * Throwaway certificates for a first run, as `notation cert generate-test` makes: a root CA, an
 * intermediate CA and a code-signing leaf with its key, shaped to pass the Notary Project certificate
 * rules Signet enforces (and notation too). NOT for production: the keys are made and kept in clear.
 */
import { randomBytes, webcrypto } from 'node:crypto'
import type { Extension, X509Certificate } from '@peculiar/x509'
import { x509 } from './x509.js'

const CODE_SIGNING_OID = '1.3.6.1.5.5.7.3.3'
const DAY_MS = 24 * 3600 * 1000
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }

type CryptoKeyPair = webcrypto.CryptoKeyPair
type CryptoKey = webcrypto.CryptoKey

export interface TestCertificates {
  /** PEM: the leaf's private key, PKCS#8, unencrypted. */
  key: string
  /** PEM: leaf, intermediate, root (leaf first, as signing-cert-chain wants it). */
  chain: string
  /** PEM: the root CA certificate, for trust-roots. */
  root: string
  /** The leaf's subject, for trusted-identities. */
  subject: string
}

export interface TestCertificateOptions {
  /** The leaf's common name; default `signet-test`. */
  commonName?: string
  /** Days the leaf is valid; the CAs outlive it. Default 365. */
  days?: number
  now?: Date
}

export async function generateTestCertificates(
  options: TestCertificateOptions = {}
): Promise<TestCertificates> {
  const now = options.now ?? new Date()
  const days = options.days ?? 365
  // Valid from an hour ago: a clock a little behind on the verifier must not reject a fresh chain.
  const notBefore = new Date(now.getTime() - 3600 * 1000)
  const caNotAfter = new Date(now.getTime() + (days + 365) * DAY_MS)
  const organisation = 'C=US, ST=WA, O=Signet Test (not for production)'
  const [rootKeys, intermediateKeys, leafKeys] = await Promise.all([keyPair(), keyPair(), keyPair()])

  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `${organisation}, CN=Signet Test Root CA`,
    keys: rootKeys,
    notBefore,
    notAfter: caNotAfter,
    signingAlgorithm: ALGORITHM,
    extensions: await caExtensions(rootKeys.publicKey, undefined)
  })
  const intermediate = await issue(root, rootKeys, intermediateKeys.publicKey, {
    subject: `${organisation}, CN=Signet Test Intermediate CA`,
    notBefore,
    notAfter: caNotAfter,
    // pathLength 0: it may issue leaves only.
    extensions: await caExtensions(intermediateKeys.publicKey, 0)
  })
  const subject = `${organisation}, CN=${options.commonName ?? 'signet-test'}`
  const leaf = await issue(intermediate, intermediateKeys, leafKeys.publicKey, {
    subject,
    notBefore,
    notAfter: new Date(now.getTime() + days * DAY_MS),
    // The Notary Project leaf: critical digitalSignature only, codeSigning EKU, not a CA.
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([CODE_SIGNING_OID], false),
      await x509.SubjectKeyIdentifierExtension.create(leafKeys.publicKey)
    ]
  })
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', leafKeys.privateKey))
  return {
    key: pem('PRIVATE KEY', pkcs8),
    chain: [leaf, intermediate, root].map(cert => cert.toString('pem')).join('\n') + '\n',
    root: root.toString('pem') + '\n',
    subject: leaf.subject
  }
}

async function keyPair(): Promise<CryptoKeyPair> {
  return webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])
}

async function issue(
  issuer: X509Certificate,
  issuerKeys: CryptoKeyPair,
  publicKey: CryptoKey,
  cert: { subject: string; notBefore: Date; notAfter: Date; extensions: Extension[] }
): Promise<X509Certificate> {
  return x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: cert.subject,
    issuer: issuer.subjectName,
    publicKey,
    signingKey: issuerKeys.privateKey,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    signingAlgorithm: ALGORITHM,
    extensions: [...cert.extensions, await x509.AuthorityKeyIdentifierExtension.create(issuerKeys.publicKey)]
  })
}

/** Critical CA:TRUE and critical keyCertSign, as the Notary Project requires of every CA. */
async function caExtensions(publicKey: CryptoKey, pathLength: number | undefined): Promise<Extension[]> {
  return [
    new x509.BasicConstraintsExtension(true, pathLength, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    await x509.SubjectKeyIdentifierExtension.create(publicKey)
  ]
}

/** A positive 127-bit serial: unique without a registry of issued serials. */
function serial(): string {
  const bytes = randomBytes(16)
  bytes[0] &= 0x7f
  return bytes.toString('hex')
}

function pem(label: string, der: Buffer): string {
  const base64 = der.toString('base64').replace(/.{1,64}/g, line => `${line}\n`)
  return `-----BEGIN ${label}-----\n${base64}-----END ${label}-----\n`
}
