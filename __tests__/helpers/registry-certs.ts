import { webcrypto } from 'node:crypto'
import * as x509 from '@peculiar/x509'

x509.cryptoProvider.set(webcrypto as unknown as Crypto)

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }
const DAY_MS = 24 * 60 * 60 * 1000

/** A certificate with its PEM private key (PKCS#8) and CryptoKey, for signing tokens or serving TLS. */
export interface TestCertificate {
  certPem: string
  keyPem: string
  certDerBase64: string
  privateKey: CryptoKey
}

async function generateKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair
}

async function toTestCertificate(cert: x509.X509Certificate, keys: CryptoKeyPair): Promise<TestCertificate> {
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)
  return {
    certPem: cert.toString('pem'),
    keyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'),
    certDerBase64: Buffer.from(cert.rawData).toString('base64'),
    privateKey: keys.privateKey
  }
}

function validity(): { notBefore: Date; notAfter: Date } {
  const now = Date.now()
  return { notBefore: new Date(now - DAY_MS), notAfter: new Date(now + DAY_MS) }
}

function serial(): string {
  return Buffer.from(webcrypto.getRandomValues(new Uint8Array(8))).toString('hex').replace(/^[89a-f]/, '1')
}

/** A self-signed certificate, used as its own trust anchor (token signing) or as a test CA. */
export async function selfSignedCertificate(commonName: string, isCa: boolean): Promise<TestCertificate> {
  const keys = await generateKeys()
  const extensions: x509.Extension[] = [new x509.BasicConstraintsExtension(isCa, undefined, true)]
  extensions.push(
    new x509.KeyUsagesExtension(
      isCa ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.digitalSignature : x509.KeyUsageFlags.digitalSignature,
      true
    )
  )
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${commonName}`,
    ...validity(),
    signingAlgorithm: ALGORITHM,
    keys,
    extensions
  })
  return toTestCertificate(cert, keys)
}

/** A TLS server certificate for 127.0.0.1 (IP SAN: Go ignores the CN) issued by `ca`. */
export async function serverCertificate(ca: TestCertificate): Promise<TestCertificate> {
  const keys = await generateKeys()
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: 'CN=127.0.0.1',
    issuer: new x509.X509Certificate(ca.certPem).subject,
    ...validity(),
    signingAlgorithm: ALGORITHM,
    publicKey: keys.publicKey,
    signingKey: ca.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'ip', value: '127.0.0.1' }])
    ]
  })
  return toTestCertificate(cert, keys)
}
