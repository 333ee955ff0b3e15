/**
 * Folder oci/: the registry client (reference, auth, transport, operations, referrers), local image
 * sources (layouts, archives) and the OCI data model. May import: util/.
 */
import { Readable, pipeline } from 'node:stream'
import { ContentMismatchError, RegistryError, SignetError, errorMessage } from '../util/errors.js'
import { checkContent, describe, isDigest, sha256Digest, VerifyingStream } from './digest.js'
import { repositoryName, type Reference } from './reference.js'
import { addReferrer, filterByArtifactType, referrerDescriptor, referrersTag } from './referrers.js'
import {
  isTransientError,
  nextLink,
  readBody,
  repositoryScope,
  retryDelayMs,
  sleep,
  Transport,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_BASE_DELAY_MS,
  type TransportOptions,
  type TransportRequest,
  type TransportResponse
} from './transport.js'
import {
  MANIFEST_MEDIA_TYPES,
  MAX_MANIFEST_BYTES,
  MediaType,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Manifest
} from './types.js'

export type RegistryClientOptions = TransportOptions

export interface FetchedManifest {
  descriptor: Descriptor
  bytes: Buffer
  manifest: Manifest
}

export interface PushedManifest {
  descriptor: Descriptor
  /** The registry answered with `OCI-Subject`: it indexes the manifest's subject itself (referrers API). */
  subjectAccepted: boolean
}

export type BlobPushResult = 'exists' | 'mounted' | 'uploaded'

/** Blobs up to this size go up in one PUT; larger ones in PATCH chunks. */
export const MONOLITHIC_UPLOAD_MAX_BYTES = 8 * 1024 * 1024
/**
 * The size of each PATCH of a chunked upload, streamed from the source (not held in memory). Each PATCH
 * ends in a round trip the upload waits on; 32 MiB measured faster than 8 MiB and level with 64 MiB
 * (npm run bench, loopback docker-registry).
 */
export const UPLOAD_CHUNK_BYTES = 32 * 1024 * 1024
/** Rounds of read-modify-write of the referrers tag when another writer races us (412). */
const MAX_REFERRERS_TAG_UPDATES = 8
/** How long a referrers tag update settles before it is read back (jittered, so racing writers diverge). */
const REFERRERS_SETTLE_MS = 100
/** Pages of referrers or tags followed at most, against registries that link in circles. */
const MAX_PAGES = 100
/** Tags named in a "not found" message at most; the rest are counted. */
const MAX_TAGS_SHOWN = 20
/** The distribution-spec tag grammar: what a tag list may show a person. */
const TAG_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
/** `sha256-<hex>` tags hold referrers (signatures), not images: not worth listing as candidates. */
const REFERRERS_TAG = /^sha256-[0-9a-f]{64}$/

const ACCEPT_MANIFESTS = MANIFEST_MEDIA_TYPES.join(', ')

export class RegistryClient {
  private readonly transport: Transport

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.transport = new Transport(options)
  }

  repository(ref: Pick<Reference, 'registry' | 'repository'>): Repository {
    return new Repository(this.transport, ref.registry, ref.repository, this.options)
  }

  /**
   * The repository names of a registry (`/v2/_catalog`, following `Link` pagination), or undefined when
   * the registry does not let this client list them (401, 403, 404: common on hosted registries), so the
   * caller can fall back to repositories it was told about.
   */
  async catalog(registry: string): Promise<string[] | undefined> {
    const names: string[] = []
    let target: string | undefined = '/v2/_catalog?n=1000'
    for (let page = 0; target && page < MAX_PAGES; page++) {
      const what = `GET catalog of ${registry}`
      let response: TransportResponse
      try {
        response = await this.transport.request({
          method: 'GET',
          registry,
          target,
          scopes: ['registry:catalog:*'],
          expect: [200, 401, 403, 404],
          what
        })
      } catch (error) {
        if (error instanceof RegistryError && [401, 403].includes(error.status ?? 0)) return undefined
        throw error
      }
      if (response.status !== 200) {
        await response.body.dump()
        if (page > 0) throw new RegistryError(`${what}: a next page vanished (HTTP ${response.status})`)
        return undefined
      }
      const listing = await readPage(response)
      if (!listing.body)
        throw new RegistryError(`${what}: the answer is larger than ${MAX_MANIFEST_BYTES} bytes`)
      const parsed = parseJson<{ repositories?: unknown }>(listing.body, `the catalog of ${registry}`)
      if (!Array.isArray(parsed.repositories) || !parsed.repositories.every(name => typeof name === 'string'))
        throw new RegistryError(`${what}: the answer has no list of repository names`)
      names.push(...(parsed.repositories as string[]))
      target = listing.next
    }
    return names
  }

  /** Closes keep-alive sockets; the client is unusable afterwards. */
  async close(): Promise<void> {
    await this.transport.close()
  }
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';')[0].trim()
  return type && MANIFEST_MEDIA_TYPES.includes(type) ? type : undefined
}

/** Operations on one repository of one registry. */
export class Repository {
  private readonly fullName: string
  private readonly maxAttempts: number
  private readonly retryBaseDelayMs: number

  constructor(
    private readonly transport: Transport,
    readonly registry: string,
    readonly name: string,
    options: RegistryClientOptions = {}
  ) {
    this.fullName = repositoryName({ registry, repository: name })
    this.maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)
    this.retryBaseDelayMs = options.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS
  }

  private send(
    request: Omit<TransportRequest, 'registry' | 'scopes'> & { push?: boolean; scopes?: string[] }
  ): Promise<TransportResponse> {
    const own = repositoryScope(this.name, request.push ? ['pull', 'push'] : ['pull'])
    return this.transport.request({
      ...request,
      registry: this.registry,
      scopes: [own, ...(request.scopes ?? [])]
    })
  }

  /**
   * Sends a request and reads its answer with `read`. A connection lost while the body was being read
   * (after the transport already handed the response over) becomes a RegistryError and the whole
   * exchange is repeated like any transient failure; errors `read` raises itself pass through.
   */
  private async exchange<T>(
    request: Omit<TransportRequest, 'registry' | 'scopes'> & { push?: boolean; scopes?: string[] },
    read: (response: TransportResponse) => Promise<T>
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const response = await this.send(request)
      try {
        return await read(response)
      } catch (error) {
        if (error instanceof SignetError) throw error
        const failure = bodyInterrupted(request.what, error)
        if (attempt >= this.maxAttempts || !isTransientError(failure)) throw failure
        await sleep(retryDelayMs(attempt, this.retryBaseDelayMs))
      }
    }
  }

  private manifestPath(reference: string): string {
    return `/v2/${this.name}/manifests/${reference}`
  }

  private blobPath(digest: string): string {
    return `/v2/${this.name}/blobs/${digest}`
  }

  /** The descriptor a tag or digest points at, from a HEAD (a GET when the registry sends no digest). */
  async resolve(reference: string): Promise<Descriptor> {
    const response = await this.headManifest(reference)
    if (response.status === 404) throw await this.manifestNotFound(reference)
    const digest = response.header('docker-content-digest')
    const size = Number(response.header('content-length'))
    const mediaType = mediaTypeOf(response.header('content-type'))
    if (!digest || !isDigest(digest) || !Number.isSafeInteger(size) || !mediaType) {
      return (await this.fetchManifest(reference)).descriptor
    }
    if (isDigest(reference) && digest !== reference) {
      throw new ContentMismatchError(
        `Manifest ${reference} of ${this.fullName}: the registry reports digest ${digest}`,
        reference,
        `digest mismatch (registry reports ${digest})`
      )
    }
    return { mediaType, digest, size }
  }

  /**
   * A 404 for a manifest, saying what is missing: the repository (a misspelled name looks like a missing
   * tag otherwise) or the tag, with the tags there are. The tag list is registry text: only names that
   * are valid tags are shown, and at most MAX_TAGS_SHOWN of them.
   */
  private async manifestNotFound(reference: string): Promise<RegistryError> {
    const error = (detail: string) =>
      new RegistryError(
        `Manifest '${reference}' not found in ${this.fullName}: ${detail}`,
        404,
        'MANIFEST_UNKNOWN'
      )
    let tags: string[]
    try {
      tags = (await this.listTags()).filter(tag => TAG_NAME.test(tag) && !REFERRERS_TAG.test(tag))
    } catch (listing) {
      if (listing instanceof RegistryError && listing.status === 404) {
        return error(
          `the repository ${this.name} does not exist on ${this.registry}: check the repository name`
        )
      }
      const why = listing instanceof RegistryError && listing.status ? `: HTTP ${listing.status}` : ''
      return error(`check the repository name and the tag or digest (its tags cannot be listed${why})`)
    }
    if (tags.length === 0) return error(`the repository ${this.name} has no tags: check the repository name`)
    if (isDigest(reference)) return error('no manifest with this digest: check the digest')
    tags.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    const shown = tags.slice(0, MAX_TAGS_SHOWN).join(', ')
    const more = tags.length > MAX_TAGS_SHOWN ? ` and ${tags.length - MAX_TAGS_SHOWN} more` : ''
    return error(`the tag is not among its ${tags.length} tags: ${shown}${more}`)
  }

  /** The manifest bytes, checked against the digest asked for (or the registry's digest header for a tag). */
  async fetchManifest(reference: string): Promise<FetchedManifest> {
    const fetched = await this.fetchManifestIfExists(reference)
    if (!fetched) throw await this.manifestNotFound(reference)
    return fetched.manifest
  }

  private async fetchManifestIfExists(
    reference: string
  ): Promise<{ manifest: FetchedManifest; etag?: string } | undefined> {
    const what = `manifest '${reference}' of ${this.fullName}`
    return this.exchange(
      {
        method: 'GET',
        target: this.manifestPath(reference),
        headers: { accept: ACCEPT_MANIFESTS },
        expect: [200, 404],
        what: `GET ${what}`
      },
      response => this.readManifest(reference, what, response)
    )
  }

  private async readManifest(
    reference: string,
    what: string,
    response: TransportResponse
  ): Promise<{ manifest: FetchedManifest; etag?: string } | undefined> {
    if (response.status === 404) {
      await response.body.dump()
      return undefined
    }
    const tooLarge = () =>
      new RegistryError(
        `Refusing ${what}: larger than the ${MAX_MANIFEST_BYTES} bytes allowed for a manifest`
      )
    if (Number(response.header('content-length')) > MAX_MANIFEST_BYTES) {
      await response.body.dump()
      throw tooLarge()
    }
    const bytes = await readBody(response.body, MAX_MANIFEST_BYTES)
    if (!bytes) throw tooLarge()

    const expectedDigest = isDigest(reference) ? reference : response.header('docker-content-digest')
    if (expectedDigest && isDigest(expectedDigest))
      checkContent(bytes, { digest: expectedDigest, size: bytes.length }, `Manifest of ${this.fullName}`)
    const digest = expectedDigest && isDigest(expectedDigest) ? expectedDigest : sha256Digest(bytes)

    let manifest: Manifest
    try {
      manifest = JSON.parse(bytes.toString('utf8')) as Manifest
    } catch (error) {
      throw new RegistryError(`${what} is not valid JSON: ${errorMessage(error)}`, 200, 'MANIFEST_INVALID')
    }
    if (typeof manifest !== 'object' || manifest === null || manifest.schemaVersion !== 2) {
      throw new RegistryError(`${what} is not a schemaVersion 2 manifest or index`, 200, 'MANIFEST_INVALID')
    }
    const mediaType =
      mediaTypeOf(response.header('content-type')) ??
      manifest.mediaType ??
      ('manifests' in manifest ? MediaType.OciIndex : MediaType.OciManifest)
    return {
      manifest: { descriptor: { mediaType, digest, size: bytes.length }, bytes, manifest },
      etag: response.header('etag')
    }
  }

  async manifestExists(reference: string): Promise<boolean> {
    return (await this.headManifest(reference)).status === 200
  }

  /** A HEAD of a manifest, answered 200 (headers carry its digest and size) or 404; the body is drained. */
  private async headManifest(reference: string): Promise<TransportResponse> {
    const response = await this.send({
      method: 'HEAD',
      target: this.manifestPath(reference),
      headers: { accept: ACCEPT_MANIFESTS },
      expect: [200, 404],
      what: `HEAD manifest '${reference}' of ${this.fullName}`
    })
    await response.body.dump()
    return response
  }

  /** PUTs a manifest under a tag, or under its own digest when no tag is given. */
  async pushManifest(bytes: Buffer, mediaType: string, reference?: string): Promise<PushedManifest> {
    return this.putManifest(bytes, mediaType, reference)
  }

  private async putManifest(
    bytes: Buffer,
    mediaType: string,
    reference?: string,
    ifMatch?: string
  ): Promise<PushedManifest & { preconditionFailed?: boolean }> {
    const descriptor = describe(bytes, mediaType)
    const target = reference ?? descriptor.digest
    const what = `manifest '${target}' of ${this.fullName}`
    if (bytes.length > MAX_MANIFEST_BYTES) {
      throw new RegistryError(
        `Refusing to push ${what}: ${bytes.length} bytes, more than the ${MAX_MANIFEST_BYTES} registries accept`
      )
    }
    const response = await this.send({
      method: 'PUT',
      target: this.manifestPath(target),
      headers: { 'content-type': mediaType, ...(ifMatch && { 'if-match': ifMatch }) },
      body: bytes,
      push: true,
      expect: ifMatch ? [200, 201, 412] : [200, 201],
      what: `PUT ${what}`
    })
    await response.body.dump()
    if (response.status === 412) return { descriptor, subjectAccepted: false, preconditionFailed: true }
    const echoed = response.header('docker-content-digest')
    if (echoed && echoed.startsWith('sha256:') && echoed !== descriptor.digest) {
      throw new ContentMismatchError(
        `Pushed ${what}: the registry stored digest ${echoed}, expected ${descriptor.digest}`,
        descriptor.digest,
        `digest mismatch (registry reports ${echoed})`
      )
    }
    return { descriptor, subjectAccepted: response.header('oci-subject') !== undefined }
  }

  async blobExists(digest: string): Promise<boolean> {
    const response = await this.send({
      method: 'HEAD',
      target: this.blobPath(digest),
      expect: [200, 404],
      followRedirects: true,
      what: `HEAD blob ${digest} of ${this.fullName}`
    })
    await response.body.dump()
    return response.status === 200
  }

  /**
   * A stream of the blob that fails unless its bytes match the descriptor's size and digest. A
   * connection lost mid-body is resumed with a Range request from the last byte received (from the
   * start, skipping what was read, when the registry ignores Range), so the hash sees every byte once.
   */
  async fetchBlob(descriptor: Descriptor): Promise<Readable> {
    const first = await this.requestBlob(descriptor, 0)
    const verifying = new VerifyingStream(descriptor, `Blob of ${this.fullName}`)
    // pipeline destroys both ends on error; the error reaches whoever reads `verifying`.
    pipeline(Readable.from(this.resumingBody(descriptor, first)), verifying, () => undefined)
    return verifying
  }

  private requestBlob(descriptor: Descriptor, offset: number): Promise<TransportResponse> {
    return this.send({
      method: 'GET',
      target: this.blobPath(descriptor.digest),
      headers: offset > 0 ? { range: `bytes=${offset}-` } : undefined,
      expect: offset > 0 ? [200, 206] : [200],
      followRedirects: true,
      what: `GET blob ${descriptor.digest} of ${this.fullName}${offset > 0 ? ` (from byte ${offset})` : ''}`
    })
  }

  private async *resumingBody(descriptor: Descriptor, first: TransportResponse): AsyncGenerator<Buffer> {
    let response = first
    let received = 0
    let skip = 0
    for (let attempt = 1; ; attempt++) {
      try {
        for await (const data of response.body) {
          let chunk = data as Buffer
          if (skip > 0) {
            const dropped = Math.min(skip, chunk.length)
            skip -= dropped
            chunk = chunk.subarray(dropped)
          }
          received += chunk.length
          if (chunk.length > 0) yield chunk
        }
        return
      } catch (error) {
        const failure = bodyInterrupted(`GET blob ${descriptor.digest} of ${this.fullName}`, error)
        if (attempt >= this.maxAttempts || !isTransientError(failure)) throw failure
        await sleep(retryDelayMs(attempt, this.retryBaseDelayMs))
        response = await this.requestBlob(descriptor, received)
        if (response.status === 200) skip = received
      }
    }
  }

  /** A small blob (config, envelope) in memory, verified; refuses descriptors larger than `maxBytes`. */
  async fetchBlobBytes(descriptor: Descriptor, maxBytes: number): Promise<Buffer> {
    if (descriptor.size > maxBytes) {
      throw new RegistryError(
        `Refusing blob ${descriptor.digest} of ${this.fullName}: its descriptor says ${descriptor.size} bytes, more than the ${maxBytes} allowed here`
      )
    }
    const chunks: Buffer[] = []
    for await (const chunk of await this.fetchBlob(descriptor)) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }

  /**
   * Uploads a blob unless the repository has it: a cross-repository mount when `mountFrom` is given,
   * else one PUT (small blobs) or PATCH chunks. A transient failure restarts the upload from a fresh
   * `open()`, because a half-received upload session cannot be trusted to resume.
   */
  async pushBlob(
    descriptor: Descriptor,
    open: () => Promise<Readable> | Readable | Buffer,
    options: { mountFrom?: string; onProgress?: (sentBytes: number) => void } = {}
  ): Promise<BlobPushResult> {
    if (await this.blobExists(descriptor.digest)) return 'exists'
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.uploadBlob(descriptor, open, options)
      } catch (error) {
        if (attempt >= this.maxAttempts || !isTransientError(error)) throw error
        await sleep(retryDelayMs(attempt, this.retryBaseDelayMs))
      }
    }
  }

  private async uploadBlob(
    descriptor: Descriptor,
    open: () => Promise<Readable> | Readable | Buffer,
    options: { mountFrom?: string; onProgress?: (sentBytes: number) => void }
  ): Promise<BlobPushResult> {
    const what = `blob ${descriptor.digest} to ${this.fullName}`
    const mountFrom = options.mountFrom !== this.name ? options.mountFrom : undefined
    const query = mountFrom
      ? `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(mountFrom)}`
      : ''
    const started = await this.send({
      method: 'POST',
      target: `/v2/${this.name}/blobs/uploads/${query}`,
      push: true,
      scopes: mountFrom ? [repositoryScope(mountFrom, ['pull'])] : [],
      expect: mountFrom ? [201, 202] : [202],
      retry: false,
      what: `POST ${mountFrom ? `mount of ${what} from ${mountFrom}` : `upload of ${what}`}`
    })
    await started.body.dump()
    if (started.status === 201) return 'mounted'
    let location = this.uploadLocation(started, what)

    const verified = verifiedSource(await open(), descriptor, `Source of blob for ${this.fullName}`)
    let sent = 0
    try {
      if (descriptor.size <= MONOLITHIC_UPLOAD_MAX_BYTES) {
        const body = Buffer.concat(await verified.toArray())
        await this.finishUpload(location, descriptor.digest, body, what)
        options.onProgress?.(body.length)
        return 'uploaded'
      }
      const parts = new StreamParts(verified, descriptor.digest, `Source of blob for ${this.fullName}`)
      while (sent < descriptor.size) {
        const length = Math.min(UPLOAD_CHUNK_BYTES, descriptor.size - sent)
        const range = `${sent}-${sent + length - 1}`
        const response = await this.send({
          method: 'PATCH',
          target: location.toString(),
          headers: {
            'content-type': 'application/octet-stream',
            'content-range': range,
            'content-length': String(length)
          },
          body: Readable.from(parts.take(length), { objectMode: false }),
          push: true,
          expect: [202],
          retry: false,
          what: `PATCH ${what} (bytes ${range})`
        })
        await response.body.dump()
        if (parts.position !== sent + length) {
          throw new RegistryError(
            `PATCH ${what} (bytes ${range}): the registry answered before reading it all`
          )
        }
        location = this.uploadLocation(response, what)
        sent += length
        options.onProgress?.(sent)
      }
      // The end of the source is where the verifying stream reports a digest mismatch: before the commit.
      await parts.finish()
      await this.finishUpload(location, descriptor.digest, Buffer.alloc(0), what)
      return 'uploaded'
    } catch (error) {
      // A source failing mid-PATCH reaches the transport as a broken request: report the source's error.
      throw verified.errored ?? error
    } finally {
      verified.destroy()
    }
  }

  private async finishUpload(location: URL, digest: string, body: Buffer, what: string): Promise<void> {
    const url = new URL(location)
    url.searchParams.set('digest', digest)
    const response = await this.send({
      method: 'PUT',
      target: url.toString(),
      headers: { 'content-type': 'application/octet-stream' },
      body,
      push: true,
      expect: [201],
      retry: false,
      what: `PUT ${what}`
    })
    await response.body.dump()
  }

  private uploadLocation(response: TransportResponse, what: string): URL {
    const location = response.header('location')
    if (!location)
      throw new RegistryError(`Upload of ${what}: the registry sent no Location`, response.status)
    return new URL(location, response.url)
  }

  /** Every tag, following `Link` pagination. */
  async listTags(): Promise<string[]> {
    const tags: string[] = []
    let target: string | undefined = `/v2/${this.name}/tags/list`
    for (let page = 0; target && page < MAX_PAGES; page++) {
      const what = `GET tags of ${this.fullName}`
      const listing: Page = await this.exchange({ method: 'GET', target, expect: [200], what }, readPage)
      if (!listing.body)
        throw new RegistryError(`${what}: the answer is larger than ${MAX_MANIFEST_BYTES} bytes`)
      const parsed = parseJson<{ tags?: string[] | null }>(listing.body, `the tag list of ${this.fullName}`)
      tags.push(...(parsed.tags ?? []))
      target = listing.next
    }
    return tags
  }

  /**
   * The referrers of a manifest, optionally of one artifact type: the referrers API, or on 404 the
   * referrers tag schema (`sha256-<hex>` holding an index; absent means none).
   */
  async referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''
    let target: string | undefined = `/v2/${this.name}/referrers/${digest}${query}`
    const found: Descriptor[] = []
    for (let page = 0; target && page < MAX_PAGES; page++) {
      const what = `referrers of ${digest} in ${this.fullName}`
      const answer: Page | undefined = await this.exchange(
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
        return this.referrersFromTag(digest, artifactType)
      }
      if (!answer.body)
        throw new RegistryError(`GET ${what}: the answer is larger than ${MAX_MANIFEST_BYTES} bytes`)
      const index = parseJson<ImageIndex>(answer.body, what)
      const listed = answer.filteredBy.includes('artifactType')
        ? (index.manifests ?? [])
        : filterByArtifactType(index.manifests ?? [], artifactType)
      // Pages that repeat (a Link back to an earlier page) list each referrer once.
      found.push(...listed.filter(entry => !found.some(known => known.digest === entry.digest)))
      target = answer.next
    }
    return found
  }

  private async referrersFromTag(digest: string, artifactType?: string): Promise<Descriptor[]> {
    const fetched = await this.fetchManifestIfExists(referrersTag(digest))
    if (!fetched) return []
    const index = fetched.manifest.manifest as ImageIndex
    return filterByArtifactType(index.manifests ?? [], artifactType)
  }

  /**
   * Pushes a manifest that has a `subject`. When the registry does not index it itself (no OCI-Subject
   * in the answer), adds it to the referrers tag index with a read-modify-write guarded by ETag, and
   * reads it back until the entry is listed (registries without conditional PUTs lose racing updates).
   */
  async pushReferrer(bytes: Buffer, mediaType: string): Promise<PushedManifest> {
    const manifest = parseJson<ImageManifest>(bytes, 'the referrer manifest')
    if (!manifest.subject?.digest) {
      throw new RegistryError(
        `Referrer manifest ${sha256Digest(bytes)} has no subject: nothing to attach it to`
      )
    }
    const pushed = await this.pushManifest(bytes, mediaType)
    if (pushed.subjectAccepted) return pushed
    const entry = referrerDescriptor(manifest, pushed.descriptor)
    const tag = referrersTag(manifest.subject.digest)
    for (let round = 1; round <= MAX_REFERRERS_TAG_UPDATES; round++) {
      const current = await this.fetchManifestIfExists(tag)
      const updated = addReferrer(current?.manifest.manifest as ImageIndex | undefined, entry)
      if (!updated) return pushed
      const result = await this.putManifest(updated, MediaType.OciIndex, tag, current?.etag)
      if (result.preconditionFailed) continue
      // Registries that ignore If-Match (distribution 2.8) let a concurrent writer overwrite this update
      // with an index it read before: after a moment, the next round reads back and re-adds a lost entry.
      await sleep(REFERRERS_SETTLE_MS / 2 + Math.random() * REFERRERS_SETTLE_MS)
    }
    throw new RegistryError(
      `Updating the referrers tag ${tag} of ${this.fullName}: other writers changed it ${MAX_REFERRERS_TAG_UPDATES} times in a row; retry`,
      412
    )
  }

  /** Points a tag at a manifest already in the repository. */
  async tag(descriptor: Descriptor, tag: string): Promise<void> {
    const fetched = await this.fetchManifest(descriptor.digest)
    await this.pushManifest(fetched.bytes, descriptor.mediaType, tag)
  }
}

/** One page of a paginated listing (tags, referrers). */
interface Page {
  /** Undefined when the page is larger than a manifest may be. */
  body?: Buffer
  next?: string
  /** The filters the registry says it applied (`OCI-Filters-Applied`). */
  filteredBy: string[]
}

async function readPage(response: TransportResponse): Promise<Page> {
  return {
    body: await readBody(response.body, MAX_MANIFEST_BYTES),
    next: nextLink(response.header('link'), response.url),
    filteredBy: (response.header('oci-filters-applied') ?? '').split(',').map(filter => filter.trim())
  }
}

/** A connection that broke off while a body was read, as a RegistryError (transient when the cause is). */
function bodyInterrupted(what: string, error: unknown): RegistryError {
  return new RegistryError(
    `${what} failed: the connection broke off while reading the answer (${errorMessage(error)})`,
    undefined,
    undefined,
    { cause: error }
  )
}

function parseJson<T>(bytes: Buffer, what: string): T {
  try {
    return JSON.parse(bytes.toString('utf8')) as T
  } catch (error) {
    throw new RegistryError(`${what} is not valid JSON: ${errorMessage(error)}`)
  }
}

/**
 * Everything read from an upload source is hashed on the way: a source that does not match its
 * descriptor fails before the upload is committed, with a ContentMismatchError. A source that is itself
 * a check of this descriptor (a layout or registry blob stream) is used as it is, not hashed twice.
 */
function verifiedSource(source: Readable | Buffer, descriptor: Descriptor, what: string): VerifyingStream {
  if (source instanceof VerifyingStream && source.verifies(descriptor)) return source
  const verifying = new VerifyingStream(descriptor, what)
  pipeline(Buffer.isBuffer(source) ? Readable.from([source]) : source, verifying, () => undefined)
  return verifying
}

/**
 * Consecutive parts of one stream, each of a given length and streamed as it is sent (nothing is held
 * beyond the chunk in hand; a chunk that straddles two parts is split).
 */
class StreamParts {
  private readonly chunks: AsyncIterator<unknown>
  private leftover: Buffer | undefined
  /** Bytes handed out so far. */
  position = 0

  constructor(
    stream: Readable,
    private readonly digest: string,
    private readonly what: string
  ) {
    this.chunks = stream[Symbol.asyncIterator]()
  }

  async *take(length: number): AsyncGenerator<Buffer> {
    for (let remaining = length; remaining > 0;) {
      let chunk = this.leftover ?? (await this.nextChunk())
      this.leftover = undefined
      if (chunk.length > remaining) {
        this.leftover = chunk.subarray(remaining)
        chunk = chunk.subarray(0, remaining)
      }
      remaining -= chunk.length
      this.position += chunk.length
      yield chunk
    }
  }

  /** Reads the end of the stream, so its final checks run; fails when bytes are left over. */
  async finish(): Promise<void> {
    if (this.leftover !== undefined || !(await this.chunks.next()).done) {
      throw this.mismatch(`size mismatch (more than the ${this.position} bytes uploaded)`)
    }
  }

  private mismatch(detail: string): ContentMismatchError {
    return new ContentMismatchError(`${this.what} ${this.digest}: ${detail}`, this.digest, detail)
  }

  private async nextChunk(): Promise<Buffer> {
    const next = await this.chunks.next()
    if (next.done) throw this.mismatch(`size mismatch (the source ended after ${this.position} bytes)`)
    return Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value as Uint8Array)
  }
}
