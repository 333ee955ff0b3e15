/**
 * Keyless Sigstore signatures verified offline against trusted roots, with @sigstore/verify: the Fulcio
 * certificate chains to a CA of the root at a verified time, its SCT verifies against a CT log of the root,
 * each transparency-log entry verifies (inclusion proof against a signed checkpoint, or the log's signed
 * entry timestamp) and records this very signature, each RFC 3161 timestamp verifies against a TSA of the
 * root, and the signature verifies with the certificate's key. What the instance requires (a log entry,
 * an SCT) follows its root (see trusted-root.ts).
 *
 * Two checks are Signet's own, before @sigstore/verify runs: a certificate-keyed bundle with no time at all
 * is refused with the reason (@sigstore/verify 3.1.1 and 4.1.3 would fail on it with a TypeError when no
 * timestamp is required), and each log entry must name the bundle's own certificate (sigstore-go checks
 * this; an entry logged for another certificate is no evidence for this one). Where @sigstore/verify 3 (the
 * line that runs on Node 20) falls short of 4, log-entry-checks.ts does as 4 does.
 */
import { X509Certificate as SigstoreCertificate } from '@sigstore/core'
import {
  PolicyError,
  toSignedEntity,
  Verifier,
  VerificationError as SigstoreError,
  type SignedEntity
} from '@sigstore/verify'
import { errorMessage, VerificationError } from '../../util/errors.js'
import type { Evidence } from '../accepted-signer.js'
import type { Bundle } from './bundle.js'
import { fulcioIdentity, type FulcioIdentity } from './fulcio-certificate.js'
import { entriesOwnLogs, withSignedDigest } from './log-entry-checks.js'
import type { InstanceTrust, SigstoreInstance } from './trusted-root.js'

export interface VerifiedKeyless {
  /** The instance whose root the signature chains to. */
  instance: string
  identity: FulcioIdentity
  evidence: Evidence[]
  /** The earliest verified time (a log's integrated time or a TSA's): when it was signed at the latest. */
  time: Date
}

/**
 * Verifies a certificate-keyed bundle against the first of `instances` that accepts it. `artifact` is the
 * signed bytes of a message-signature bundle (a DSSE bundle carries its payload).
 */
export async function verifyKeylessBundle(
  bundle: Bundle,
  instances: readonly SigstoreInstance[],
  artifact?: Buffer
): Promise<VerifiedKeyless> {
  const leaf = leafCertificate(bundle)
  let entity: SignedEntity
  try {
    entity = toSignedEntity(bundle, artifact)
  } catch (error) {
    throw new VerificationError(`the bundle cannot be read for verification (${errorMessage(error)})`)
  }
  entity = withSignedDigest(entity, bundle)
  const identity = fulcioIdentity(leaf)
  if (entity.timestamps.length === 0) {
    throw new VerificationError(
      `the bundle has no transparency-log entry with a signed time and no RFC 3161 timestamp: nothing shows the certificate (valid ${identity.notBefore.toISOString()} to ${identity.notAfter.toISOString()}) was used while it was valid`
    )
  }
  checkLogEntriesName(bundle, leaf)
  const failures: string[] = []
  for (const instance of instances) {
    let trust: InstanceTrust
    try {
      trust = await instance.trust()
      const verifier = new Verifier(entriesOwnLogs(trust.material, bundle), {
        tlogThreshold: instance.requiresTlog ? 1 : 0,
        ctlogThreshold: instance.requiresSct ? 1 : 0,
        timestampThreshold: 1
      })
      verifier.verify(entity)
    } catch (error) {
      failures.push(`${instances.length > 1 ? `${instance.name}: ` : ''}${describeFailure(error)}`)
      continue
    }
    const evidence = evidenceOf(bundle, entity, instance, trust)
    const times = evidence.flatMap(item =>
      'time' in item && item.time !== undefined ? [Date.parse(item.time)] : []
    )
    return { instance: instance.name, identity, evidence, time: new Date(Math.min(...times)) }
  }
  throw new VerificationError(failures.join('; '))
}

/**
 * The leaf certificate's DER; a key-signed bundle is not keyless. A chain (v0.1 bundles) may carry
 * intermediates but no root: the roots are the trusted root's, never the signer's to supply.
 */
function leafCertificate(bundle: Bundle): Buffer<ArrayBuffer> {
  const material = bundle.verificationMaterial.content
  if (material.$case === 'certificate') return Buffer.from(material.certificate.rawBytes)
  if (material.$case !== 'x509CertificateChain')
    throw new VerificationError('the bundle is signed with a key, not with a Fulcio certificate (keyless)')
  const chain = material.x509CertificateChain.certificates.map(cert => Buffer.from(cert.rawBytes))
  for (const der of chain.slice(1)) {
    let selfIssued: boolean
    try {
      const cert = SigstoreCertificate.parse(der)
      selfIssued = cert.subject.equals(cert.issuer)
    } catch {
      throw new VerificationError("a certificate of the bundle's chain cannot be parsed")
    }
    if (selfIssued) throw new VerificationError("the bundle's certificate chain includes a root certificate")
  }
  return chain[0]
}

/** Every log entry must have been logged for this certificate: its body names the signer's certificate. */
function checkLogEntriesName(bundle: Bundle, leaf: Buffer): void {
  bundle.verificationMaterial.tlogEntries.forEach((entry, index) => {
    const named = certificatesNamedBy(entry.canonicalizedBody)
    if (named !== undefined && !named.some(der => der.equals(leaf))) {
      throw new VerificationError(
        `transparency-log entry #${index + 1} (log index ${entry.logIndex}) was logged for another certificate`
      )
    }
  })
}

/**
 * The certificates (DER) a Rekor entry body records as the signer's: PEM (base64) in v1 bodies, DER in
 * Rekor v2's; undefined for a body whose kind names none this way (its own checks then apply).
 */
function certificatesNamedBy(body: Buffer): Buffer[] | undefined {
  let parsed: { spec?: Record<string, unknown> }
  try {
    parsed = JSON.parse(body.toString('utf8')) as { spec?: Record<string, unknown> }
  } catch {
    return undefined // @sigstore/verify rejects a body that is not JSON
  }
  const spec = parsed.spec ?? {}
  const fromPem = (value: unknown): Buffer[] => {
    if (typeof value !== 'string') return []
    const text = Buffer.from(value, 'base64').toString('utf8')
    const base64 = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(text)?.[1]
    return base64 === undefined ? [] : [Buffer.from(base64.replace(/\s+/g, ''), 'base64')]
  }
  const fromDer = (value: unknown): Buffer[] =>
    typeof value === 'string' ? [Buffer.from(value, 'base64')] : []
  const signature = spec.signature as { publicKey?: { content?: unknown } } | undefined
  if (signature?.publicKey !== undefined) return fromPem(signature.publicKey.content) // hashedrekord 0.0.1
  if (Array.isArray(spec.signatures)) {
    return (spec.signatures as { verifier?: unknown }[]).flatMap(entry => fromPem(entry.verifier)) // dsse 0.0.1
  }
  const envelope = (spec.content as { envelope?: { signatures?: unknown } } | undefined)?.envelope
  if (Array.isArray(envelope?.signatures)) {
    return (envelope.signatures as { publicKey?: unknown }[]).flatMap(entry => fromPem(entry.publicKey)) // intoto
  }
  const v2 = (spec.hashedRekordV002 ?? spec.dsseV002) as
    { signature?: { verifier?: unknown }; signatures?: { verifier?: unknown }[] } | undefined
  if (v2 !== undefined) {
    const verifiers = [v2.signature?.verifier, ...(v2.signatures ?? []).map(entry => entry.verifier)]
    return verifiers.flatMap(verifier =>
      fromDer(
        (verifier as { x509Certificate?: { rawBytes?: unknown } } | undefined)?.x509Certificate?.rawBytes
      )
    )
  }
  return undefined
}

/** The evidence @sigstore/verify checked: every log entry (with its time when signed) and every timestamp. */
function evidenceOf(
  bundle: Bundle,
  entity: SignedEntity,
  instance: SigstoreInstance,
  trust: InstanceTrust
): Evidence[] {
  const logs: Evidence[] = bundle.verificationMaterial.tlogEntries.map(entry => {
    const logId = Buffer.from(entry.logId?.keyId ?? []).toString('base64')
    const timed = entry.inclusionPromise !== undefined && entry.integratedTime !== '0'
    return {
      kind: 'tlog',
      log: instance.logNames.get(logId) ?? `log ${logId}`,
      index: entry.logIndex,
      ...(timed && { time: new Date(Number(entry.integratedTime) * 1000).toISOString() })
    }
  })
  const stamps: Evidence[] = entity.timestamps.flatMap(timestamp =>
    timestamp.$case === 'timestamp-authority'
      ? [
          {
            kind: 'timestamp' as const,
            authority:
              trust.timestampAuthorityNames.get(timestamp.timestamp.signerSerialNumber.toString('hex')) ??
              `a timestamp authority of ${instance.name}`,
            time: timestamp.timestamp.signingTime.toISOString()
          }
        ]
      : []
  )
  const scts: Evidence[] = sctLogIds(bundle).map(logId => ({
    kind: 'sct',
    log: instance.ctLogNames.get(logId) ?? `CT log ${logId}`
  }))
  return [...logs, ...stamps, ...(instance.requiresSct ? scts : [])]
}

/** The CT log ids (base64) of the certificate's embedded SCTs (verified by @sigstore/verify when required). */
function sctLogIds(bundle: Bundle): string[] {
  try {
    const cert = SigstoreCertificate.parse(leafCertificate(bundle))
    return (cert.extSCT?.signedCertificateTimestamps ?? []).map(sct => sct.logID.toString('base64'))
  } catch {
    return []
  }
}

/** Signet's checks' reasons as they are; @sigstore/verify's errors as one line: its message, the cause's. */
function describeFailure(error: unknown): string {
  if (error instanceof VerificationError) return error.message
  if (error instanceof SigstoreError || error instanceof PolicyError) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : ''
    return `${error.message}${cause}`
  }
  // Anything else is @sigstore/verify failing on input it did not expect: still a rejection.
  return `the bundle could not be verified (${errorMessage(error)})`
}
