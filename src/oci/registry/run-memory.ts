import type { Descriptor, FetchedManifest } from '../types.js'

/**
 * What one RegistryClient learns during a run and need not ask again (regclient's cache and feature
 * set, oras-go's `referrersState`): manifests by digest (content-addressed, hashed when fetched, so they
 * cannot go stale), what each tag pointed at when first asked (one run sees one answer per tag, and a gate
 * that meets a tag in twenty files resolves it once; dropped when this client pushes the tag), small blobs
 * by digest (envelopes and bundles, hashed when fetched), referrer lists by subject digest (dropped when
 * this client pushes a referrer of that subject), and whether each registry has the referrers API. Entries
 * are promises, so callers that ask at the same time share one request; a failed request is forgotten, so
 * the next caller asks again.
 */
export class RunMemory {
  private readonly manifests = new Map<string, Promise<FetchedManifest>>()
  private readonly tags = new Map<string, Promise<FetchedManifest>>()
  private readonly smallBlobs = new Map<string, Promise<Buffer>>()
  private readonly referrerLists = new Map<string, Promise<Descriptor[]>>()
  private readonly referrersApiAnswers = new Map<string, boolean | Promise<boolean | undefined>>()

  /** The manifest `digest` of `repository` (`registry/name`), fetched by `fetch` on the first ask. */
  manifest(
    repository: string,
    digest: string,
    fetch: () => Promise<FetchedManifest>
  ): Promise<FetchedManifest> {
    return remember(this.manifests, `${repository}@${digest}`, fetch)
  }

  /** Records a manifest fetched another way (by tag), under its digest. */
  rememberManifest(repository: string, manifest: FetchedManifest): void {
    this.manifests.set(`${repository}@${manifest.descriptor.digest}`, Promise.resolve(manifest))
  }

  /** The manifest when it was fetched (or is being fetched) in this run: a HEAD for it need not be sent. */
  knownManifest(repository: string, digest: string): Promise<FetchedManifest> | undefined {
    return this.manifests.get(`${repository}@${digest}`)
  }

  /** The manifest `tag` of `repository` pointed at when this run first asked, fetched by `fetch` then. */
  taggedManifest(
    repository: string,
    tag: string,
    fetch: () => Promise<FetchedManifest>
  ): Promise<FetchedManifest> {
    return remember(this.tags, `${repository}:${tag}`, fetch)
  }

  /** The tag's manifest when it was fetched (or is being fetched) in this run. */
  knownTag(repository: string, tag: string): Promise<FetchedManifest> | undefined {
    return this.tags.get(`${repository}:${tag}`)
  }

  /** Forgets what `tag` pointed at: this client just pushed it. */
  forgetTag(repository: string, tag: string): void {
    this.tags.delete(`${repository}:${tag}`)
  }

  /** A small blob of `repository` by digest and size, fetched (and digest-checked) by `fetch` on the first ask. */
  smallBlob(repository: string, descriptor: Descriptor, fetch: () => Promise<Buffer>): Promise<Buffer> {
    return remember(this.smallBlobs, `${repository}@${descriptor.digest} ${descriptor.size}`, fetch)
  }

  referrers(
    repository: string,
    subject: string,
    artifactType: string | undefined,
    list: () => Promise<Descriptor[]>
  ): Promise<Descriptor[]> {
    return remember(this.referrerLists, `${repository}@${subject} ${artifactType ?? ''}`, list)
  }

  /** The listing of every referrer of `subject` when it was asked for (or is being asked for) in this run. */
  knownReferrers(repository: string, subject: string): Promise<Descriptor[]> | undefined {
    return this.referrerLists.get(`${repository}@${subject} `)
  }

  /** Forgets the referrer lists of `subject` (of every artifact type): a referrer was just pushed. */
  forgetReferrers(repository: string, subject: string): void {
    const prefix = `${repository}@${subject} `
    for (const key of this.referrerLists.keys()) if (key.startsWith(prefix)) this.referrerLists.delete(key)
  }

  /**
   * Whether `registry` answers the referrers API, once a listing found out; while the first listing is
   * still finding out, its answer to come (undefined if it failed, and the caller finds out itself).
   */
  referrersApi(registry: string): boolean | Promise<boolean | undefined> | undefined {
    return this.referrersApiAnswers.get(registry)
  }

  /**
   * Claims finding out whether `registry` has the referrers API: callers that ask meanwhile wait for the
   * answer instead of asking the registry too. Settle with what the listing learnt (undefined: nothing).
   */
  findOutReferrersApi(registry: string): (available: boolean | undefined) => void {
    let settle: (available: boolean | undefined) => void = () => undefined
    this.referrersApiAnswers.set(registry, new Promise(resolve => (settle = resolve)))
    return available => {
      if (available === undefined) this.referrersApiAnswers.delete(registry)
      else this.referrersApiAnswers.set(registry, available)
      settle(available)
    }
  }
}

function remember<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const known = map.get(key)
  if (known !== undefined) return known
  const loading = load()
  map.set(key, loading)
  loading.catch(() => {
    if (map.get(key) === loading) map.delete(key)
  })
  return loading
}
