import type { Reference } from './oci/reference.js'
import type { Repository } from './oci/registry.js'

/**
 * What verify reads content from: a registry repository, or a local verified store (an OCI layout) that
 * serves the same calls. Every read is checked against its digest by the source itself.
 */
export type ContentSource = Pick<
  Repository,
  'resolve' | 'fetchManifest' | 'fetchBlob' | 'fetchBlobBytes' | 'referrers'
>

/** Chooses the source for one image, given its registry repository (e.g. a store, or a recording tee). */
export type SourceFor = (reference: Reference, remote: ContentSource) => ContentSource
