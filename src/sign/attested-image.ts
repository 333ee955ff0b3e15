/**
 * A registry source that is an index rather than an image manifest: what docker/build-push-action's
 * `digest` names when BuildKit adds its provenance (and SBOM) attestations, the default since v4. Its
 * one image becomes the platform entry and its attestation manifests ride along into the signed index;
 * an index of several images is refused with its entries listed (attestation.ts).
 */
import { SourceError } from '../util/errors.js'
import { splitSinglePlatformIndex } from '../oci/attestation.js'
import { manifestBlobs, type AttachedManifest } from '../oci/layout.js'
import type { FetchedManifest, Repository } from '../oci/registry.js'
import { isIndexMediaType, type Descriptor, type ImageIndex } from '../oci/types.js'

/** The image manifest of a single-platform BuildKit index, and the attestations of that image. */
export async function readAttestedImage(
  repository: Repository,
  index: FetchedManifest,
  text: string
): Promise<{ image: FetchedManifest; attestations: AttachedManifest[] }> {
  const split = splitSinglePlatformIndex(
    index.manifest as ImageIndex,
    `manifests: '${text}'`,
    index.descriptor.digest
  )
  const image = await fetchChild(repository, split.image)
  const attestations: AttachedManifest[] = []
  for (const entry of split.attestations) {
    const attestation = await fetchChild(repository, entry)
    attestations.push({
      descriptor: entry,
      bytes: attestation.bytes,
      blobs: manifestBlobs(attestation.bytes, `manifests: attestation ${entry.digest} of '${text}'`)
    })
  }
  return { image, attestations }
}

/** A manifest an index lists, fetched by digest; it must be the image manifest the entry says it is. */
async function fetchChild(repository: Repository, entry: Descriptor): Promise<FetchedManifest> {
  const child = await repository.fetchManifest(entry.digest)
  if (child.descriptor.mediaType !== entry.mediaType || isIndexMediaType(child.descriptor.mediaType)) {
    throw new SourceError(
      `${entry.digest} is listed as ${entry.mediaType} but the registry serves ${child.descriptor.mediaType}; expected an image manifest.`
    )
  }
  return child
}
