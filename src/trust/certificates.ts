/**
 * Certificates: read from PEM text, and the primitives every check is built on (public key, issued-by,
 * self-signed, subject, thumbprint, extensions). Certificate signatures are checked with node:crypto,
 * synchronously; @peculiar/x509 parses names and extensions.
 */
import { createHash, X509Certificate as NodeCertificate, type KeyObject } from 'node:crypto'
import type { Extension, X509Certificate } from '@peculiar/x509'
import { TrustInputError } from './errors.js'
import { x509 } from './x509.js'

/** PEM text that should hold certificates holds none (`none`), or one of them cannot serve. */
export class CertificateError extends TrustInputError<'certificates'> {
  constructor(
    readonly problem: 'none' | 'unreadable' | 'not-a-ca',
    wording: (names: { certificates: string }) => string
  ) {
    super('certificates', wording, { certificates: 'the PEM text' })
  }
}

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g

/** Every CERTIFICATE block of a PEM text, in order; a CertificateError when there is none or one is broken. */
export function loadCertificates(pem: string): X509Certificate[] {
  const blocks = pem.match(CERTIFICATE_BLOCK) ?? []
  if (blocks.length === 0) {
    throw new CertificateError(
      'none',
      names =>
        `${names.certificates} holds no PEM certificate (expected '-----BEGIN CERTIFICATE-----' blocks)`
    )
  }
  return blocks.map((block, index) => {
    try {
      const cert = new x509.X509Certificate(block)
      nodeCertificate(cert)
      return remember(cert)
    } catch {
      throw new CertificateError(
        'unreadable',
        names => `${names.certificates}: certificate #${index + 1} is not a valid X.509 certificate`
      )
    }
  })
}

/**
 * Certificates already parsed in this process, by their DER: an envelope carries its root, which is a
 * trusted root read from PEM before, and a gate over many images by one signer meets the same chain in
 * every envelope; parsing is most of an envelope's cost (about 4 ms a certificate). Bounded, oldest out
 * first; a parsed certificate is never changed by its users.
 */
const parsedCertificates = new Map<string, X509Certificate>()
const PARSED_CERTIFICATES_KEPT = 64

function remember(cert: X509Certificate): X509Certificate {
  const key = Buffer.from(cert.rawData).toString('base64')
  if (parsedCertificates.size >= PARSED_CERTIFICATES_KEPT && !parsedCertificates.has(key))
    parsedCertificates.delete(parsedCertificates.keys().next().value as string)
  parsedCertificates.set(key, cert)
  return cert
}

/** The certificate of these DER bytes, parsed once per process; throws when they are not one. */
export function certificateFromDer(der: Buffer): X509Certificate {
  const known = parsedCertificates.get(der.toString('base64'))
  if (known !== undefined) return known
  const cert = new x509.X509Certificate(der)
  nodeCertificate(cert)
  return remember(cert)
}

const nodeCertificates = new WeakMap<X509Certificate, NodeCertificate>()

/** node:crypto's view of a certificate, for synchronous signature checks. */
function nodeCertificate(cert: X509Certificate): NodeCertificate {
  let node = nodeCertificates.get(cert)
  if (node === undefined) {
    node = new NodeCertificate(Buffer.from(cert.rawData))
    nodeCertificates.set(cert, node)
  }
  return node
}

export function publicKeyOf(cert: X509Certificate): KeyObject {
  return nodeCertificate(cert).publicKey
}

/** Issued by = `issuer`'s key verifies the signature and the names chain (decided by signature, not by DN alone). */
export function isIssuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  if (cert.issuer !== issuer.subject) return false
  try {
    return nodeCertificate(cert).verify(publicKeyOf(issuer))
  } catch {
    return false
  }
}

export function isSelfSigned(cert: X509Certificate): boolean {
  return isIssuedBy(cert, cert)
}

/** A basicConstraints extension says CA:TRUE (critical or not: Go's x509 IsCA, as notation reads it). */
export function isCaCertificate(cert: X509Certificate): boolean {
  const basic = extension(cert, BASIC_CONSTRAINTS_OID)
  return basic !== undefined && new x509.BasicConstraintsExtension(basic.rawData).ca
}

const BASIC_CONSTRAINTS_OID = '2.5.29.19'

/** The subject DN as notation prints it, e.g. 'C=US, ST=WA, L=Seattle, O=Notary, CN=Notation Test Root'. */
export function subjectOf(cert: X509Certificate): string {
  return cert.subject
}

/** Lowercase hex SHA-256 of each certificate's DER, as in the io.cncf.notary.x509chain.thumbprint#S256 annotation. */
export function thumbprintsOf(chain: X509Certificate[]): string[] {
  return chain.map(cert => createHash('sha256').update(Buffer.from(cert.rawData)).digest('hex'))
}

export function extension(cert: X509Certificate, oid: string): Extension | undefined {
  return cert.extensions.find(candidate => candidate.type === oid)
}
