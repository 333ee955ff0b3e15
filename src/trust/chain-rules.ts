/**
 * The Notary Project's certificate chain rules: the structure of a chain (links, CA rules, leaf rules,
 * certificate signature hashes), trust (the root is a trusted one), and validity in time. Each check
 * throws VerificationError('certificate chain: …') naming the first certificate that breaks a rule.
 */
import type { X509Certificate } from '@peculiar/x509'
import { VerificationError } from '../util/errors.js'
import {
  extension,
  isCaCertificate,
  isIssuedBy,
  isSelfSigned,
  publicKeyOf,
  subjectOf,
  thumbprintsOf
} from './certificates.js'
import { describeKey, SUPPORTED_KEYS } from './key-description.js'
import { x509 } from './x509.js'

/**
 * Throws VerificationError('certificate chain: …') unless `chain` (leaf first) is a valid code-signing
 * chain that ends in one of `trustRoots` and whose certificates are all valid at signing time and now.
 */
export function validateChain(
  chain: X509Certificate[],
  trustRoots: X509Certificate[],
  times: { signingTime: Date; now: Date }
): void {
  checkChainStructure(chain, times.signingTime)
  checkTrusted(chain, trustRoots)
  checkValidAt(chain, times.now)
}

/** The chain's links, extensions and validity at signing time: everything but trust and "valid now". */
export function checkChainStructure(chain: X509Certificate[], signingTime: Date): void {
  if (chain.length === 0) throw chainError('it is empty')
  chain.forEach(checkSignatureHash)
  if (chain.length === 1) {
    if (!isSelfSigned(chain[0])) {
      throw chainError(
        `the only certificate, "${subjectOf(chain[0])}", is not self-signed: add its issuing CA certificates after it, up to the root`
      )
    }
  } else {
    for (let index = 0; index < chain.length - 1; index++) {
      const cert = chain[index]
      const role = index === 0 ? 'leaf' : 'intermediate'
      if (isSelfSigned(cert)) {
        throw chainError(
          `${role} "${subjectOf(cert)}" is self-signed; only the last certificate (the root) may be`
        )
      }
      if (!isIssuedBy(cert, chain[index + 1])) {
        throw chainError(
          `"${subjectOf(cert)}" is not issued by the next certificate "${subjectOf(chain[index + 1])}" (its signature does not verify with that key)`
        )
      }
    }
    const root = chain[chain.length - 1]
    if (!isSelfSigned(root)) {
      throw chainError(
        `the last certificate "${subjectOf(root)}" is not a self-signed root: the chain must end with its root CA`
      )
    }
    chain.slice(1).forEach((cert, index) => checkCaCertificate(cert, index))
  }
  checkLeafCertificate(chain[0])
  for (const cert of chain) {
    if (signingTime < cert.notBefore) {
      throw chainError(
        `"${subjectOf(cert)}" was not yet valid at signing time ${iso(signingTime)} (valid from ${iso(cert.notBefore)})`
      )
    }
    if (signingTime > cert.notAfter) {
      throw chainError(
        `"${subjectOf(cert)}" had expired at signing time ${iso(signingTime)} (expired on ${iso(cert.notAfter)})`
      )
    }
  }
}

/** The chain's root (last certificate) must be one of `trustRoots`, compared by DER bytes. */
export function checkTrusted(chain: X509Certificate[], trustRoots: X509Certificate[]): void {
  const root = chain[chain.length - 1]
  const [thumbprint] = thumbprintsOf([root])
  if (!thumbprintsOf(trustRoots).includes(thumbprint)) {
    throw chainError(`root "${subjectOf(root)}" (sha256 ${thumbprint}) is not one of the trusted roots`)
  }
}

/** Every certificate must be valid at `now`. */
export function checkValidAt(chain: X509Certificate[], now: Date): void {
  for (const cert of chain) {
    if (now < cert.notBefore)
      throw chainError(`"${subjectOf(cert)}" is not yet valid (valid from ${iso(cert.notBefore)})`)
    if (now > cert.notAfter) throw chainError(`"${subjectOf(cert)}" expired on ${iso(cert.notAfter)}`)
  }
}

const OID = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37'
}

/** EKUs that make a certificate something other than a code-signing certificate. */
const FORBIDDEN_LEAF_EKUS: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '2.5.29.37.0': 'anyExtendedKeyUsage'
}

const FORBIDDEN_LEAF_KEY_USAGES: [number, string][] = [
  [x509.KeyUsageFlags.keyEncipherment, 'keyEncipherment'],
  [x509.KeyUsageFlags.dataEncipherment, 'dataEncipherment'],
  [x509.KeyUsageFlags.keyAgreement, 'keyAgreement'],
  [x509.KeyUsageFlags.keyCertSign, 'keyCertSign'],
  [x509.KeyUsageFlags.cRLSign, 'cRLSign'],
  [x509.KeyUsageFlags.encipherOnly, 'encipherOnly'],
  [x509.KeyUsageFlags.decipherOnly, 'decipherOnly']
]

function checkLeafCertificate(leaf: X509Certificate): void {
  const name = `leaf "${subjectOf(leaf)}"`
  if (isCaCertificate(leaf)) {
    throw chainError(
      `${name} is a CA certificate (basicConstraints CA:TRUE); sign with an end-entity code-signing certificate`
    )
  }
  const keyUsage = extension(leaf, OID.keyUsage)
  if (keyUsage === undefined || !keyUsage.critical) {
    throw chainError(`${name} needs a critical keyUsage extension with digitalSignature`)
  }
  const usages = new x509.KeyUsagesExtension(keyUsage.rawData).usages
  if ((usages & x509.KeyUsageFlags.digitalSignature) === 0) {
    throw chainError(`${name} lacks the digitalSignature key usage`)
  }
  const forbidden = FORBIDDEN_LEAF_KEY_USAGES.filter(([flag]) => (usages & flag) !== 0).map(
    ([, label]) => label
  )
  if (forbidden.length > 0) {
    throw chainError(
      `${name} has key usage ${forbidden.join(', ')}; a code-signing leaf may only have digitalSignature`
    )
  }
  const eku = extension(leaf, OID.extKeyUsage)
  if (eku !== undefined) {
    const usagesOids = new x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String)
    const bad = usagesOids.filter(oid => oid in FORBIDDEN_LEAF_EKUS).map(oid => FORBIDDEN_LEAF_EKUS[oid])
    if (bad.length > 0) {
      throw chainError(
        `${name} has the extended key usage ${bad.join(', ')}, which code signing forbids (use codeSigning)`
      )
    }
  }
  const key = describeKey(publicKeyOf(leaf))
  if (key.algorithm === undefined) {
    throw chainError(`${name} has an unsupported ${key.description} key; supported: ${SUPPORTED_KEYS}`)
  }
}

/** `caBelow` = how many CA certificates sit between this one and the leaf (its path length must allow them). */
export function checkCaCertificate(cert: X509Certificate, caBelow: number): void {
  const name = `CA "${subjectOf(cert)}"`
  const basic = extension(cert, OID.basicConstraints)
  const constraints = basic === undefined ? undefined : new x509.BasicConstraintsExtension(basic.rawData)
  if (basic === undefined || !basic.critical || !constraints?.ca) {
    throw chainError(`${name} needs a critical basicConstraints extension with CA:TRUE`)
  }
  if (constraints.pathLength !== undefined && constraints.pathLength < caBelow) {
    throw chainError(
      `${name} allows path length ${constraints.pathLength} but ${caBelow} CA certificates follow it`
    )
  }
  const keyUsage = extension(cert, OID.keyUsage)
  if (keyUsage === undefined || !keyUsage.critical) {
    throw chainError(`${name} needs a critical keyUsage extension with keyCertSign`)
  }
  if ((new x509.KeyUsagesExtension(keyUsage.rawData).usages & x509.KeyUsageFlags.keyCertSign) === 0) {
    throw chainError(`${name} lacks the keyCertSign key usage`)
  }
}

const ALLOWED_CERT_HASHES = ['SHA-256', 'SHA-384', 'SHA-512']

export function checkSignatureHash(cert: X509Certificate): void {
  let hash: string | undefined
  try {
    const algorithm = cert.signatureAlgorithm as { hash?: { name?: string } | string }
    hash = typeof algorithm.hash === 'string' ? algorithm.hash : algorithm.hash?.name
  } catch {
    hash = undefined
  }
  if (hash === undefined || !ALLOWED_CERT_HASHES.includes(hash.toUpperCase())) {
    throw chainError(
      `"${subjectOf(cert)}" is signed with ${hash ?? 'an unsupported algorithm'}; certificates must be signed with SHA-256, SHA-384 or SHA-512`
    )
  }
}

function chainError(reason: string): VerificationError {
  return new VerificationError(`certificate chain: ${reason}`)
}

function iso(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z')
}
