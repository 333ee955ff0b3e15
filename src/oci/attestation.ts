/**
 * BuildKit attestations (SBOM, provenance). docker/build-push-action ≥ v4 pushes, even for one platform,
 * an image index holding the image manifest and an attestation manifest: platform `unknown/unknown`,
 * annotated `vnd.docker.reference.type: attestation-manifest` and `vnd.docker.reference.digest: <the
 * image manifest it describes>`. Such an index is one platform image with its attestations; Signet
 * carries them into the index it assembles, as `docker buildx imagetools create` does. Data model only.
 */
import { SourceError } from '../util/errors.js'
import { formatPlatform } from './platform.js'
import type { Descriptor, ImageIndex } from './types.js'

export const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type'
export const REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest'
export const ATTESTATION_MANIFEST = 'attestation-manifest'

/**
 * An index entry that describes another entry (never a runnable image, never selected by platform): it
 * must carry BuildKit's annotation, the `unknown/unknown` platform nothing can run, and, given the index's
 * entries, point at one of its images. Anything else is an image, whatever its annotations say: an entry
 * with a runnable platform would otherwise be pulled by docker or skopeo while Signet never selects it.
 */
export function isAttestation(descriptor: Descriptor, manifests?: readonly Descriptor[]): boolean {
  if (!hasAttestationShape(descriptor)) return false
  if (manifests === undefined) return true
  const described = attestedDigest(descriptor)
  return manifests.some(entry => entry.digest === described && !hasAttestationShape(entry))
}

function hasAttestationShape(descriptor: Descriptor): boolean {
  return (
    descriptor.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST &&
    descriptor.platform?.os === 'unknown' &&
    descriptor.platform.architecture === 'unknown'
  )
}

/** The entry an attestation describes. */
export function attestedDigest(descriptor: Descriptor): string | undefined {
  return descriptor.annotations?.[REFERENCE_DIGEST_ANNOTATION]
}

/**
 * The one image of a BuildKit single-platform index and the attestations of that image. An index with
 * several images (a real multi-platform index) or none is refused with its entries listed, so the user
 * can name one by digest; attestations of other images are dropped (there are none in such an index).
 */
export function splitSinglePlatformIndex(
  index: ImageIndex,
  label: string,
  digest: string
): { image: Descriptor; attestations: Descriptor[] } {
  const manifests = Array.isArray(index.manifests) ? index.manifests : []
  const images = manifests.filter(entry => !isAttestation(entry, manifests))
  if (images.length !== 1) {
    const listing = manifests.map(describeEntry).join(', ')
    throw new SourceError(
      `${label} is a multi-platform index (${digest}) with ${images.length} images; each manifests line is one platform image. ` +
        `Name one platform manifest by digest and give each platform its own line. Its entries: ${listing || 'none'}.`
    )
  }
  const [image] = images
  return {
    image,
    attestations: manifests.filter(
      entry => isAttestation(entry, manifests) && attestedDigest(entry) === image.digest
    )
  }
}

/** "sha256:… linux/amd64" or "sha256:… attestation of sha256:…", for listings in messages. */
export function describeEntry(entry: Descriptor): string {
  if (isAttestation(entry)) return `${entry.digest} (attestation of ${attestedDigest(entry) ?? '?'})`
  return `${entry.digest} (${entry.platform ? formatPlatform(entry.platform) : 'no platform'})`
}
