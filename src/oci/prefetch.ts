/**
 * The first reads of a verify, asked while the run's code is still loading (issue 27: a CLI process spends
 * about 0.1 s loading its certificate and policy code, which is several round trips to a distant
 * registry). The reads are the ones every verify of the image makes first, in the order it makes them:
 * the manifest (by tag or digest), the referrers of its digest, the signature manifests among them, the
 * envelope of the first Notary signature (the one a Notary signer reads first, and in the end alone when
 * it passes), and, when every entry of an index is to be re-hashed, the index's child manifests.
 *
 * They land in the client's memory of the run (registry/run-memory.ts), where the run finds them, or the
 * request still in flight, instead of asking again. Nothing is trusted for having been read early: the
 * manifests were digest-checked as every fetch is, and the run checks signatures and content as if it had
 * read them itself. A read that fails is dropped here and asked again by the run, which reports it.
 */
import { mapWithLimit } from '../util/concurrency.js'
import type { Repository } from './registry.js'
import { discoverSignatures } from './signature-discovery.js'
import { isIndexMediaType, type ImageIndex } from './types.js'

/** An envelope read ahead at most: they are a few KiB; a larger one waits for the run. */
const PREFETCHED_ENVELOPE_BYTES = 64 * 1024
/** Reads in flight per image: the client bounds the connections per registry anyway. */
const CONCURRENCY = 4

export interface PrefetchOptions {
  /** Whether the run re-hashes every entry of an index (no scenario or platform selected, `verify-layers` on). */
  childManifests: boolean
  /** Whether the run has a Notary signer (`trust-roots`), which reads the first Notary envelope. */
  notaryEnvelope: boolean
  /** Signature manifests the run reads at most (`max-signatures`). */
  maxSignatures: number
}

export async function prefetchImage(
  repository: Repository,
  reference: { tag?: string; digest?: string },
  options: PrefetchOptions
): Promise<void> {
  const ignore = () => undefined
  // By digest, the listing need not wait for the manifest (as the run asks them).
  if (reference.digest !== undefined) repository.referrers(reference.digest).catch(ignore)
  const root = await repository.fetchManifest(reference.digest ?? reference.tag ?? 'latest').catch(ignore)
  if (root === undefined) return
  const children =
    options.childManifests && isIndexMediaType(root.descriptor.mediaType)
      ? mapWithLimit((root.manifest as ImageIndex).manifests ?? [], CONCURRENCY, entry =>
          repository.fetchManifest(entry.digest).catch(ignore)
        )
      : undefined
  const signatures = discoverSignatures(repository, root.descriptor.digest, {
    maxArtifacts: options.maxSignatures,
    cosignSignatureTag: false
  }).then(async discovered => {
    const notary = discovered.artifacts.find(artifact => artifact.format === 'notary')
    // A Notary signature manifest has exactly one layer, its envelope; a malformed one is the run's to reject.
    const layers = notary?.manifest.layers
    const envelope = Array.isArray(layers) && layers.length === 1 ? layers[0] : undefined
    if (
      options.notaryEnvelope &&
      typeof envelope?.digest === 'string' &&
      envelope.size <= PREFETCHED_ENVELOPE_BYTES
    )
      await discovered.blob(envelope, PREFETCHED_ENVELOPE_BYTES)
  })
  await Promise.all([children, signatures.catch(ignore)])
}
