/**
 * The verified store across jobs: restored from and saved to the Actions cache, keyed by the verified
 * digests and the trust configuration. A restored store is a hint, never a verdict: verifyWithStore
 * re-verifies it offline (signatures checked again, every blob re-hashed from disk) and falls back to
 * the registry, recording a fresh store, whenever anything in it does not verify.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ContentSource, SourceFor } from '../oci/content.js'
import { errorMessage } from '../util/errors.js'
import { isContent } from '../inputs/content-or-path.js'
import type { TrustInputs } from '../inputs/verify-inputs.js'
import type { Log } from '../util/log.js'
import { formatReference, type Reference } from '../oci/reference.js'
import { canonicalReference } from '../oci/canonical.js'
import type { Descriptor } from '../oci/types.js'
import { LayoutStore } from './layout-store.js'
import type { VerifyResult } from '../verify/verify.js'

const KEY_PREFIX = 'signet-store-'

/** What Signet needs of the Actions cache: a port the action fills (action/actions-cache.ts); tests pass a fake. */
export interface CacheApi {
  /** The key restored, or undefined on a miss. */
  restoreCache(paths: string[], key: string): Promise<string | undefined>
  /** The cache id, or -1 when nothing was saved. */
  saveCache(paths: string[], key: string): Promise<number>
  /** False when no cache service is configured (outside GitHub Actions): restore and save are skipped. */
  isAvailable?(): boolean | Promise<boolean>
}

/** A face with no cache service (the CLI): `cache: true` restores and saves nothing, and says so. */
export const NO_CACHE_SERVICE: CacheApi = {
  restoreCache: async () => undefined,
  saveCache: async () => -1,
  isAvailable: () => false
}

/**
 * 'signet-store-<sha256>' over the sorted digests and the trust fingerprint: the same images under the
 * same trust configuration share an entry; a new digest or a changed trust root makes a new one.
 */
export function storeCacheKey(digests: string[], trustFingerprint: string): string {
  const sorted = [...new Set(digests)].sort()
  const hash = createHash('sha256').update(JSON.stringify({ digests: sorted, trust: trustFingerprint }))
  return KEY_PREFIX + hash.digest('hex')
}

/**
 * A hash of the trust configuration: roots and identities, or the notation trust policy and every file
 * of its trust store. Paths are read, so editing a file in place changes the fingerprint too.
 */
export async function trustFingerprint(trust: TrustInputs, signers: string[] = []): Promise<string> {
  const hash = createHash('sha256')
  if (signers.length > 0) hash.update(JSON.stringify({ signers }))
  if (trust.kind === 'none') {
    hash.update(JSON.stringify({ notary: 'none' }))
  } else if (trust.kind === 'roots') {
    hash.update(JSON.stringify({ roots: trust.trustRoots, identities: [...trust.trustedIdentities].sort() }))
  } else if (trust.kind === 'rules') {
    // The rules text; a store is re-verified on reuse, so a changed file a rule names is caught there.
    const rules = isContent(trust.rules, 'yaml')
      ? trust.rules
      : await readFile(trust.rules.trim(), 'utf8').catch(() => trust.rules)
    hash.update(JSON.stringify({ rules }))
  } else {
    const policy = isContent(trust.trustPolicy, 'json')
      ? trust.trustPolicy
      : await readFile(trust.trustPolicy.trim(), 'utf8').catch(() => trust.trustPolicy)
    hash.update(JSON.stringify({ policy }))
    for (const file of await filesUnder(trust.trustStore)) {
      hash.update(JSON.stringify({ file: file.slice(trust.trustStore.length) }))
      hash.update(await readFile(file))
    }
  }
  return hash.digest('hex')
}

/** Restores the store directory under exactly `key`; true on a hit. Cache failures only warn. */
export async function restoreStore(dir: string, key: string, api: CacheApi, log: Log): Promise<boolean> {
  if ((await api.isAvailable?.()) === false) {
    log.info('The Actions cache service is not available here (not on a GitHub runner?): store not restored')
    return false
  }
  try {
    const restored = await api.restoreCache([dir], key)
    if (restored === key) {
      log.info(`Restored the verified store from the cache (${key}); it is re-verified before use`)
      return true
    }
    log.info(`No cached store for ${key}`)
    return false
  } catch (error) {
    log.warning(`Could not restore the store from the cache (${key}): ${errorMessage(error)}`)
    return false
  }
}

/** Saves the store directory under `key`. A failed save (key taken, service down) only warns. */
export async function saveStore(dir: string, key: string, api: CacheApi, log: Log): Promise<void> {
  if ((await api.isAvailable?.()) === false) {
    log.info('The Actions cache service is not available here (not on a GitHub runner?): store not saved')
    return
  }
  try {
    const id = await api.saveCache([dir], key)
    if (id === -1) log.info(`The store was not saved to the cache (${key}); see the messages above`)
    else log.info(`Saved the verified store to the cache (${key})`)
  } catch (error) {
    log.warning(`Could not save the store to the cache (${key}): ${errorMessage(error)}`)
  }
}

/** Where verify reads an image from: given the reference and its registry repository. */

export interface StoreRun {
  /** The store directory (input `store`). */
  dir: string
  /** The references verify will be asked for, in order. */
  references: Reference[]
  /** A registry repository for a reference (only `resolve` is called here: no blob bytes move). */
  remote: (reference: Reference) => ContentSource
  /**
   * Runs verify over the same references, reading each through `sourceFor`, on the descriptors they
   * resolved to here (one resolve per reference and run, as verify itself would do without the store).
   */
  verify: (sourceFor: SourceFor, resolved: Descriptor[]) => Promise<VerifyResult>
  /** Restore/save through this cache; undefined = store only, no cache. */
  cache?: CacheApi
  trust: TrustInputs
  /** The other accepted signers' fingerprints (keys, trusted roots, identity policies): part of the trust. */
  signers?: string[]
  log: Log
}

export interface StoreOutcome {
  result: VerifyResult
  /** True when the images were verified from the store alone (no registry reads beyond tag resolution). */
  fromStore: boolean
  store: LayoutStore
}

/**
 * The store flow: resolve the references to digests, once (a manifest HEAD each) → cache key → restore →
 * verify offline against the store; on a pass, done. Otherwise (miss, tag moved, tampered or partial
 * store) verify against the registry while recording into the store, name the verified images in it and
 * save it to the cache. A store that failed verification is discarded first (with a warning); a store
 * that merely lacks an image is kept, so steps sharing one store add to it.
 */
export async function verifyWithStore(run: StoreRun): Promise<StoreOutcome> {
  const { dir, log } = run
  const resolved = await Promise.all(
    run.references.map(ref => run.remote(ref).resolve(ref.digest ?? ref.tag ?? 'latest'))
  )
  const digests = resolved.map(descriptor => descriptor.digest)
  const key = storeCacheKey(digests, await trustFingerprint(run.trust, run.signers))
  const restored = run.cache === undefined ? false : await restoreStore(dir, key, run.cache, log)
  const store = await LayoutStore.open(dir)

  if (await holdsAll(store, run.references, digests)) {
    const offline = await run.verify(reference => store.repository(reference), resolved)
    if (offline.verified) return { result: offline, fromStore: true, store }
    const reasons = offline.images.flatMap(image => image.reasons.map(reason => `${image.image}: ${reason}`))
    log.warning(
      `The ${restored ? 'cached' : 'local'} store at ${dir} failed verification (${reasons.join('; ')}): discarding it and fetching from the registry`
    )
    await store.discard()
  }

  const result = await run.verify((reference, remote) => store.recording(remote, reference), resolved)
  // The resolved (signed) descriptor names the image in the store once verify has accepted it.
  for (const [index, image] of result.images.entries()) {
    const reference = run.references[index]
    const signed = resolved[index]
    if (!image.verified) continue
    // verify's digest is the selected entry's when a scenario or platform chose one.
    const digest = image.digest ?? signed.digest
    const pinned = digest === signed.digest ? signed : (await store.fetchManifest(digest)).descriptor
    await store.nameVerified({
      name: storeName(reference),
      signed,
      pinnedRef: formatReference({ registry: reference.registry, repository: reference.repository, digest }),
      pinned,
      tagged: reference.digest === undefined
    })
  }
  if (result.verified && run.cache !== undefined) await saveStore(dir, key, run.cache, log)
  return { result, fromStore: false, store }
}

/**
 * The name an image gets in the store: the reference with its canonical name (oci/canonical.ts), with
 * verify's default tag 'latest' made explicit, so `store.repository(ref).resolve(tag)` finds it.
 */
export function storeName(reference: Reference): string {
  const untagged = reference.tag === undefined && reference.digest === undefined
  return formatReference(canonicalReference(untagged ? { ...reference, tag: 'latest' } : reference))
}

/** Every reference is named in the store and points at the digest the registry gives it now. */
async function holdsAll(store: LayoutStore, references: Reference[], digests: string[]): Promise<boolean> {
  for (const [index, reference] of references.entries()) {
    const stored = await store.resolve(storeName(reference)).catch(() => undefined)
    if (stored?.digest !== digests[index]) return false
  }
  return references.length > 0
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries
    .filter(entry => entry.isFile())
    .map(entry => join(entry.parentPath, entry.name))
    .sort()
}
