import { RegistryError } from '../../util/errors.js'
import { sha256Digest } from '../digest.js'
import { sleep } from '../transport.js'
import { MediaType, type Descriptor, type ImageIndex, type ImageManifest } from '../types.js'
import type { Manifests, PushedManifest } from './manifests.js'
import { MAX_PAGES, pageBody, parseJson, readPage, type Page } from './pages.js'
import { addReferrer, filterByArtifactType, referrerDescriptor, referrersTag } from './referrers-tag.js'
import type { RepositoryTransport } from './repository-transport.js'
import { RunMemory } from './run-memory.js'
import { settled, unwrap } from '../../util/settled.js'

/** Rounds of read-modify-write of the referrers tag when another writer races us (412). */
const MAX_REFERRERS_TAG_UPDATES = 8
/** How long a referrers tag update settles before it is read back (jittered, so racing writers diverge). */
const REFERRERS_SETTLE_MS = 100

/**
 * The referrers of a repository's manifests (regclient `scheme/reg/referrer.go`): listed through the
 * referrers API, or the referrers tag schema where the registry has no API; pushed so that either finds
 * them.
 */
export class Referrers {
  constructor(
    private readonly repository: RepositoryTransport,
    private readonly manifests: Manifests,
    private readonly memory: RunMemory = new RunMemory()
  ) {}

  /**
   * The referrers of a manifest, optionally of one artifact type: the referrers API, or on 404 the
   * referrers tag schema (`sha256-<hex>` holding an index; absent means none). Listed once per run.
   * While the registry's answer to the API is unknown, both are asked at once (one round trip instead
   * of two on a registry without the API); the answer is remembered for the rest of the run, and
   * listings that start meanwhile wait for it rather than ask the API too. A listing of one artifact
   * type is read from the run's listing of every referrer when there is one, so a caller that listed
   * them all early (verify, while it resolves) leaves nothing to ask for later.
   */
  list(digest: string, artifactType?: string): Promise<Descriptor[]> {
    const { fullName } = this.repository
    const every = artifactType === undefined ? undefined : this.memory.knownReferrers(fullName, digest)
    if (every !== undefined) return every.then(listed => filterByArtifactType(listed, artifactType))
    return this.memory.referrers(fullName, digest, artifactType, () => this.listOnce(digest, artifactType))
  }

  private async listOnce(digest: string, artifactType?: string): Promise<Descriptor[]> {
    const { registry } = this.repository
    // Not awaited unless pending: the first listing must claim finding out before another one looks.
    const known = this.memory.referrersApi(registry)
    const api = known instanceof Promise ? await known : known
    if (api === false) return this.fromTag(digest, artifactType)
    if (api === true) return (await this.fromApi(digest, artifactType)) ?? this.fromTag(digest, artifactType)
    const learnt = this.memory.findOutReferrersApi(registry)
    const fromTag = settled(this.fromTag(digest, artifactType))
    try {
      const listed = await this.fromApi(digest, artifactType).finally(() => fromTag)
      learnt(listed !== undefined)
      return listed ?? unwrap(await fromTag)
    } catch (error) {
      learnt(undefined)
      throw error
    }
  }

  /** The referrers API's listing, or undefined when the registry has no such API (404 on the first page). */
  private async fromApi(digest: string, artifactType?: string): Promise<Descriptor[] | undefined> {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''
    let target: string | undefined = `/v2/${this.repository.name}/referrers/${digest}${query}`
    const found: Descriptor[] = []
    for (let page = 0; target && page < MAX_PAGES; page++) {
      const what = `referrers of ${digest} in ${this.repository.fullName}`
      const answer: Page | undefined = await this.repository.exchange(
        {
          method: 'GET',
          target,
          headers: { accept: MediaType.OciIndex },
          expect: [200, 404],
          what: `GET ${what}`
        },
        async response => {
          if (response.status !== 404) return readPage(response)
          await response.body.dump()
          return undefined
        }
      )
      if (!answer) {
        if (page > 0) throw new RegistryError(`GET ${what}: a next page vanished (HTTP 404)`, 404)
        return undefined
      }
      const index = parseJson<ImageIndex>(pageBody(answer, `GET ${what}`), what)
      const listed = answer.filteredBy.includes('artifactType')
        ? (index.manifests ?? [])
        : filterByArtifactType(index.manifests ?? [], artifactType)
      // Pages that repeat (a Link back to an earlier page) list each referrer once.
      found.push(...listed.filter(entry => !found.some(known => known.digest === entry.digest)))
      target = answer.next
    }
    return found
  }

  private async fromTag(digest: string, artifactType?: string): Promise<Descriptor[]> {
    const fetched = await this.manifests.fetchIfExists(referrersTag(digest))
    if (!fetched) return []
    const index = fetched.manifest.manifest as ImageIndex
    return filterByArtifactType(index.manifests ?? [], artifactType)
  }

  /**
   * Pushes a manifest that has a `subject`. When the registry does not index it itself (no OCI-Subject
   * in the answer), adds it to the referrers tag index with a read-modify-write guarded by ETag, and
   * reads it back until the entry is listed (registries without conditional PUTs lose racing updates).
   */
  async push(bytes: Buffer, mediaType: string): Promise<PushedManifest> {
    const manifest = parseJson<ImageManifest>(bytes, 'the referrer manifest')
    if (!manifest.subject?.digest) {
      throw new RegistryError(
        `Referrer manifest ${sha256Digest(bytes)} has no subject: nothing to attach it to`
      )
    }
    // The run's listings of this subject are out of date from now on (and until the push is done).
    const subject = manifest.subject.digest
    const forget = () => this.memory.forgetReferrers(this.repository.fullName, subject)
    forget()
    try {
      return await this.pushListed(bytes, mediaType, manifest, subject)
    } finally {
      forget()
    }
  }

  private async pushListed(
    bytes: Buffer,
    mediaType: string,
    manifest: ImageManifest,
    subject: string
  ): Promise<PushedManifest> {
    const pushed = await this.manifests.push(bytes, mediaType)
    if (pushed.subjectAccepted) return pushed
    const entry = referrerDescriptor(manifest, pushed.descriptor)
    const tag = referrersTag(subject)
    for (let round = 1; round <= MAX_REFERRERS_TAG_UPDATES; round++) {
      const current = await this.manifests.fetchIfExists(tag)
      const updated = addReferrer(current?.manifest.manifest as ImageIndex | undefined, entry)
      if (!updated) return pushed
      const result = await this.manifests.push(updated, MediaType.OciIndex, tag, current?.etag)
      if (result.preconditionFailed) continue
      // Registries that ignore If-Match (distribution 2.8) let a concurrent writer overwrite this update
      // with an index it read before: after a moment, the next round reads back and re-adds a lost entry.
      await sleep(REFERRERS_SETTLE_MS / 2 + Math.random() * REFERRERS_SETTLE_MS)
    }
    throw new RegistryError(
      `Updating the referrers tag ${tag} of ${this.repository.fullName}: other writers changed it ${MAX_REFERRERS_TAG_UPDATES} times in a row; retry`,
      412
    )
  }
}
