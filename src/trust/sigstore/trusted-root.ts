/**
 * Sigstore trusted roots (`trusted_root.json`): the Fulcio CAs, transparency logs, CT logs and timestamp
 * authorities of one Sigstore instance, as the Sigstore TUF repository publishes them or
 * `gh attestation trusted-root` prints them (one root per line, public good then GitHub's).
 *
 * What a keyless signature must show follows the instance, read from what its root lists (as
 * `gh attestation verify` configures sigstore-go per instance): a root with transparency logs (public
 * good) requires a log entry, one with CT logs requires an SCT in the certificate, and every keyless
 * signature needs at least one verified time (a log's signed entry timestamp or an RFC 3161 timestamp),
 * since a Fulcio certificate is valid for minutes only. GitHub's private instance lists neither kind of
 * log, so a signed timestamp is what it requires.
 */
import { createHash, createPublicKey, X509Certificate } from 'node:crypto'
import { PublicKeyDetails, TrustedRoot, type TransparencyLogInstance } from '@sigstore/protobuf-specs'
import type { TrustMaterial } from '@sigstore/verify'
import { errorMessage, InputError, VerificationError } from '../../util/errors.js'

export interface SigstoreInstance {
  /** The CA's host ("fulcio.sigstore.dev", "fulcio.githubapp.com"), for messages. */
  name: string
  /** SHA-256 of the trusted root as given: what a cached verdict under it is keyed by. */
  digest: string
  /**
   * The root as @sigstore/verify reads it, built on first use: @sigstore/verify is loaded when a keyless
   * signature is checked, not when the inputs are read. Every key and certificate was parsed at input time.
   */
  trust: () => Promise<InstanceTrust>
  requiresTlog: boolean
  requiresSct: boolean
  /** Transparency and CT logs by log id (base64): for reports. */
  logNames: Map<string, string>
  ctLogNames: Map<string, string>
}

export interface InstanceTrust {
  material: TrustMaterial
  /** TSAs by their signing certificate's serial (hex, as @sigstore/verify reads it): for reports. */
  timestampAuthorityNames: Map<string, string>
}

/** The log keys @sigstore/verify reads as PKCS #1 (RSA); every other key is SPKI. */
const PKCS1_KEY_DETAILS = [
  PublicKeyDetails.PKCS1_RSA_PKCS1V5,
  PublicKeyDetails.PKIX_RSA_PKCS1V5,
  PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256,
  PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256,
  PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
]

const MEDIA_TYPES = [
  'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  'application/vnd.dev.sigstore.trustedroot.v0.1+json',
  'application/vnd.dev.sigstore.trustedroot.v0.2+json'
]

/** One trusted root (JSON) or several (JSON lines, as `gh attestation trusted-root` prints them). */
export function parseTrustedRoots(text: string, input: string): SigstoreInstance[] {
  const documents = jsonDocuments(text, input)
  if (documents.length === 0) throw new InputError(input, `${input} holds no trusted root`)
  return documents.map((document, index) =>
    trustedRoot(document, documents.length > 1 ? `${input} (root #${index + 1})` : input, input)
  )
}

function jsonDocuments(text: string, input: string): unknown[] {
  try {
    return [JSON.parse(text)]
  } catch {
    // JSON lines: one root per non-empty line.
  }
  const lines = text.split(/\r?\n/).filter(line => line.trim() !== '')
  return lines.map((line, index) => {
    try {
      return JSON.parse(line) as unknown
    } catch (error) {
      const where = lines.length > 1 ? ` (line ${index + 1})` : ''
      throw new InputError(
        input,
        `${input} is not a Sigstore trusted_root.json${where}: ${errorMessage(error)}. Expected the JSON of 'gh attestation trusted-root' or the Sigstore TUF repository's trusted_root.json.`
      )
    }
  })
}

function trustedRoot(document: unknown, what: string, input: string): SigstoreInstance {
  const fail = (detail: string): never => {
    throw new InputError(input, `${what} is not a usable Sigstore trusted root: ${detail}`)
  }
  const mediaType = (document as { mediaType?: unknown } | null)?.mediaType
  if (typeof mediaType !== 'string' || !MEDIA_TYPES.includes(mediaType)) {
    fail(
      `its mediaType is ${typeof mediaType === 'string' ? `'${mediaType.slice(0, 100)}'` : 'missing'} (expected ${MEDIA_TYPES[0]} or a v0.2 trusted root)`
    )
  }
  let root: TrustedRoot
  try {
    root = TrustedRoot.fromJSON(document)
  } catch (error) {
    return fail(errorMessage(error))
  }
  if (root.certificateAuthorities.length === 0) fail('it lists no certificate authority (Fulcio)')
  // Every key and certificate is read now, as @sigstore/verify's toTrustMaterial will read it when a
  // signature is checked (keys with node:crypto as it does, certificates with node:crypto's X.509 parser):
  // a root that cannot be used is refused here, naming the input. A time range without its start would be
  // read as "since the beginning of time": refuse it instead.
  for (const [kind, logs] of [
    ['transparency log', root.tlogs],
    ['CT log', root.ctlogs]
  ] as const) {
    logs.forEach((log, index) => {
      const key = log.publicKey
      if (key?.rawBytes === undefined || key.rawBytes.length === 0)
        return fail(`${kind} #${index + 1} has no public key`)
      if (key.validFor?.start === undefined) fail(`${kind} #${index + 1}'s key has no start of validity`)
      if (logIdOf(log) === undefined) fail(`${kind} #${index + 1} has no log id`)
      const type = PKCS1_KEY_DETAILS.includes(key.keyDetails) ? 'pkcs1' : 'spki'
      try {
        createPublicKey({ key: Buffer.from(key.rawBytes), format: 'der', type })
      } catch (error) {
        fail(`${kind} #${index + 1}'s key cannot be read (${errorMessage(error)})`)
      }
    })
  }
  for (const [kind, authorities] of [
    ['certificate authority', root.certificateAuthorities],
    ['timestamp authority', root.timestampAuthorities]
  ] as const) {
    authorities.forEach((authority, index) => {
      const certificates = authority.certChain?.certificates ?? []
      if (certificates.length === 0) fail(`${kind} #${index + 1} has no certificates`)
      if (authority.validFor?.start === undefined) fail(`${kind} #${index + 1} has no start of validity`)
      certificates.forEach((certificate, position) => {
        try {
          new X509Certificate(Buffer.from(certificate.rawBytes))
        } catch (error) {
          fail(`${kind} #${index + 1}'s certificate #${position + 1} cannot be read (${errorMessage(error)})`)
        }
      })
    })
  }
  let trust: Promise<InstanceTrust> | undefined
  return {
    name: instanceName(root),
    digest: createHash('sha256').update(JSON.stringify(document)).digest('hex'),
    trust: () => (trust ??= trustOf(root, what)),
    requiresTlog: root.tlogs.length > 0,
    requiresSct: root.ctlogs.length > 0,
    logNames: new Map(
      root.tlogs.map((log, index) => [
        Buffer.from(logIdOf(log)!).toString('base64'),
        log.baseUrl || `transparency log #${index + 1}`
      ])
    ),
    ctLogNames: new Map(
      root.ctlogs.map((log, index) => [
        Buffer.from(logIdOf(log)!).toString('base64'),
        log.baseUrl || `CT log #${index + 1}`
      ])
    )
  }
}

/** A log's id as @sigstore/verify takes it: the checkpoint key's id when given, else the log id. */
function logIdOf(log: TransparencyLogInstance): Uint8Array | undefined {
  return log.checkpointKeyId ? log.checkpointKeyId.keyId : log.logId?.keyId
}

async function trustOf(root: TrustedRoot, what: string): Promise<InstanceTrust> {
  const { toTrustMaterial } = await import('@sigstore/verify')
  let material: TrustMaterial
  try {
    material = toTrustMaterial(root)
  } catch (error) {
    // Input-time checks read every key and certificate; should @sigstore/verify still refuse one, no
    // signature is accepted under this root.
    throw new VerificationError(`${what} is not a usable Sigstore trusted root: ${errorMessage(error)}`)
  }
  return {
    material,
    timestampAuthorityNames: new Map(
      root.timestampAuthorities.map((authority, index) => [
        material.timestampAuthorities[index].certChain[0].serialNumber.toString('hex'),
        authority.uri || authority.subject?.commonName || `timestamp authority #${index + 1}`
      ])
    )
  }
}

/** The first CA's host: its URI is a URL in the public-good root, a bare host in GitHub's. */
function instanceName(root: TrustedRoot): string {
  const authority = root.certificateAuthorities[0]
  const uri = authority.uri.includes('://') ? authority.uri : `https://${authority.uri}`
  try {
    return new URL(uri).host
  } catch {
    return authority.subject?.organization || 'a Sigstore instance'
  }
}
