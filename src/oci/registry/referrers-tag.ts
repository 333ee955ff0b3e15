import type { Descriptor, ImageIndex, ImageManifest } from '../types.js'
import { MediaType } from '../types.js'

/**
 * The referrers tag schema of distribution-spec v1.1, for registries without the referrers API: the
 * tag `<alg>-<hex>` of a subject holds an image index listing the manifests that refer to it.
 */

/** `sha256:abc…` → `sha256-abc…` (truncated to the 128 characters a tag may have). */
export function referrersTag(subjectDigest: string): string {
  return subjectDigest.replace(':', '-').slice(0, 128)
}

/** The index entry for a referrer: its descriptor plus `artifactType` and annotations, as the API lists it. */
export function referrerDescriptor(manifest: ImageManifest, pushed: Descriptor): Descriptor {
  // The spec takes the config media type as artifact type when the manifest names none.
  const artifactType = manifest.artifactType ?? manifest.config?.mediaType
  return {
    mediaType: pushed.mediaType,
    digest: pushed.digest,
    size: pushed.size,
    ...(artifactType && { artifactType }),
    ...(manifest.annotations && { annotations: manifest.annotations })
  }
}

/**
 * The referrers index with `entry` added (existing entries and annotations kept), serialised; or
 * undefined when the entry is already listed, so nothing needs writing.
 */
export function addReferrer(current: ImageIndex | undefined, entry: Descriptor): Buffer | undefined {
  const manifests = current?.manifests ?? []
  if (manifests.some(existing => existing.digest === entry.digest)) return undefined
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaType.OciIndex,
    manifests: [...manifests, entry],
    ...(current?.annotations && { annotations: current.annotations })
  }
  return Buffer.from(JSON.stringify(index))
}

/**
 * The entries of `artifactType`, and those that name no type at all: copies made by `skopeo sync` or
 * `skopeo copy --all` rewrite the referrers tag index without each entry's `artifactType`, and dropping
 * them would hide the signatures. Callers read such a manifest's own type before using it.
 */
export function filterByArtifactType(descriptors: Descriptor[], artifactType?: string): Descriptor[] {
  return artifactType
    ? descriptors.filter(
        descriptor => descriptor.artifactType === artifactType || descriptor.artifactType === undefined
      )
    : descriptors
}
