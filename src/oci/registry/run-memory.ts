import type { Descriptor, FetchedManifest } from '../types.js'

/**
 * What one RegistryClient learns during a run and need not ask again (regclient's cache and feature
 * set, oras-go's `referrersState`): manifests by digest (content-addressed, hashed when fetched, so they
 * cannot go stale), referrer lists by subject digest (dropped when this client pushes a referrer of that
 * subject), and whether each registry has the referrers API. Entries are promises, so callers that ask
 * at the same time share one request; a failed request is forgotten, so the next caller asks again.
 */
export class RunMemory {
  private readonly manifests = new Map<string, Promise<FetchedManifest>>()
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
