/**
 * The OCI manifest that carries a Notary Project signature as a referrer of the signed manifest:
 * artifactType `application/vnd.cncf.notary.signature`, the empty config, the envelope as its only layer,
 * `subject` = the signed descriptor, and the chain's thumbprints and creation time as annotations.
 */
import type { X509Certificate } from '@peculiar/x509'
import { VerificationError } from '../util/errors.js'
import { describe, isDigest } from '../oci/digest.js'
import {
  EMPTY_DESCRIPTOR,
  MAX_MANIFEST_BYTES,
  MediaType,
  type Descriptor,
  type ImageManifest
} from '../oci/types.js'
import { thumbprintsOf } from './certificates.js'

export const NOTARY_SIGNATURE_ARTIFACT_TYPE = 'application/vnd.cncf.notary.signature'

const THUMBPRINT_ANNOTATION = 'io.cncf.notary.x509chain.thumbprint#S256'
export const CREATED_ANNOTATION = 'org.opencontainers.image.created'

export function buildSignatureManifest(
  envelope: Buffer,
  envelopeMediaType: string,
  subject: Descriptor,
  chain: X509Certificate[],
  created: Date,
  /** Annotations an envelope-generating signing plugin asked for; Signet's own win on a clash. */
  extraAnnotations: Record<string, string> = {}
): { bytes: Buffer; descriptor: Descriptor; envelopeDescriptor: Descriptor } {
  const envelopeDescriptor = describe(envelope, envelopeMediaType)
  const annotations = {
    ...extraAnnotations,
    [THUMBPRINT_ANNOTATION]: JSON.stringify(thumbprintsOf(chain)),
    [CREATED_ANNOTATION]: created.toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    artifactType: NOTARY_SIGNATURE_ARTIFACT_TYPE,
    config: EMPTY_DESCRIPTOR,
    layers: [envelopeDescriptor],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  if (bytes.length > MAX_MANIFEST_BYTES) {
    throw new Error(
      `signature manifest of ${bytes.length} bytes exceeds the ${MAX_MANIFEST_BYTES}-byte manifest limit`
    )
  }
  // The referrers index entry repeats artifactType and annotations so readers can filter without fetching.
  const descriptor = {
    ...describe(bytes, MediaType.OciManifest),
    artifactType: NOTARY_SIGNATURE_ARTIFACT_TYPE,
    annotations
  }
  return { bytes, descriptor, envelopeDescriptor }
}

/**
 * The envelope descriptor (and subject, thumbprints) of a Notary signature manifest; undefined for other
 * artifacts. Accepts the older form without artifactType whose config.mediaType names the signature type.
 * Throws VerificationError when the manifest claims to be a Notary signature but is malformed.
 */
export function parseSignatureManifest(
  bytes: Buffer
): { envelope: Descriptor; subject?: Descriptor; thumbprints?: string[] } | undefined {
  let manifest: Partial<ImageManifest>
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as Partial<ImageManifest>
  } catch {
    throw malformed('it is not JSON')
  }
  return signatureManifestParts(manifest)
}

/** `parseSignatureManifest` of a manifest already parsed (as discovery fetched it). */
export function signatureManifestParts(
  manifest: Partial<ImageManifest>
): { envelope: Descriptor; subject?: Descriptor; thumbprints?: string[] } | undefined {
  if (typeof manifest !== 'object' || manifest === null) throw malformed('it is not a JSON object')
  const isNotary =
    manifest.artifactType === NOTARY_SIGNATURE_ARTIFACT_TYPE ||
    (manifest.artifactType === undefined && manifest.config?.mediaType === NOTARY_SIGNATURE_ARTIFACT_TYPE)
  if (!isNotary) return undefined

  if (manifest.mediaType !== undefined && manifest.mediaType !== MediaType.OciManifest) {
    throw malformed(`its mediaType is ${manifest.mediaType}, not ${MediaType.OciManifest}`)
  }
  if (!Array.isArray(manifest.layers) || manifest.layers.length !== 1) {
    throw malformed(`it must have exactly one layer (the envelope), found ${manifest.layers?.length ?? 0}`)
  }
  const envelope = checkDescriptor(manifest.layers[0], 'its layer')
  const subject =
    manifest.subject === undefined ? undefined : checkDescriptor(manifest.subject, 'its subject')
  const thumbprints = parseThumbprints(manifest.annotations?.[THUMBPRINT_ANNOTATION])
  return { envelope, subject, thumbprints }
}

function parseThumbprints(value: unknown): string[] | undefined {
  if (value === undefined) return undefined
  let parsed: unknown
  try {
    parsed = typeof value === 'string' ? JSON.parse(value) : undefined
  } catch {
    parsed = undefined
  }
  if (
    !Array.isArray(parsed) ||
    !parsed.every(entry => typeof entry === 'string' && /^[0-9a-fA-F]{64}$/.test(entry))
  ) {
    throw malformed(`the ${THUMBPRINT_ANNOTATION} annotation is not a JSON array of SHA-256 hex strings`)
  }
  return parsed.map((entry: string) => entry.toLowerCase())
}

function checkDescriptor(value: unknown, what: string): Descriptor {
  const descriptor = value as Partial<Descriptor> | undefined
  if (
    typeof descriptor !== 'object' ||
    descriptor === null ||
    typeof descriptor.mediaType !== 'string' ||
    typeof descriptor.digest !== 'string' ||
    !isDigest(descriptor.digest) ||
    typeof descriptor.size !== 'number' ||
    !Number.isSafeInteger(descriptor.size) ||
    descriptor.size < 0
  ) {
    throw malformed(`${what} is not a valid descriptor (mediaType, sha256/sha512 digest, size)`)
  }
  return { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size }
}

function malformed(reason: string): VerificationError {
  return new VerificationError(`malformed Notary signature manifest: ${reason}`)
}
