import { ContentMismatchError } from '../util/errors.js'
import type { Reference } from './reference.js'
import type { Repository } from './registry.js'
import type { Descriptor, ImageConfig } from './types.js'

/**
 * What verify reads content from: a registry repository, or a local verified store (an OCI layout) that
 * serves the same calls. Every read is checked against its digest by the source itself.
 */
export type ContentSource = Pick<
  Repository,
  'resolve' | 'fetchManifest' | 'fetchBlob' | 'fetchBlobBytes' | 'referrers'
> &
  /** Whether a tag exists (cosign's legacy `.sig` tag is looked up with it); a source may lack it. */
  Partial<Pick<Repository, 'manifestExists'>>

/** Chooses the source for one image, given its registry repository (e.g. a store, or a recording tee). */
export type SourceFor = (reference: Reference, remote: ContentSource) => ContentSource

/** Image configs are small JSON documents; a larger one is refused rather than read into memory. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024

/** The image config a manifest names, fetched (digest-checked by the source) and parsed. */
export async function fetchImageConfig(
  source: Pick<ContentSource, 'fetchBlobBytes'>,
  config: Descriptor
): Promise<ImageConfig> {
  const bytes = await source.fetchBlobBytes(config, MAX_CONFIG_BYTES)
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8'))
  } catch {
    parsed = undefined
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    const detail = 'not a JSON image config'
    throw new ContentMismatchError(`config ${config.digest}: ${detail}`, config.digest, detail)
  }
  return parsed as ImageConfig
}
