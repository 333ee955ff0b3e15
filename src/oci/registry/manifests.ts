import { ContentMismatchError, errorMessage, RegistryError } from '../../util/errors.js'
import { checkContent, describe, isDigest, sha256Digest } from '../digest.js'
import { readBody, type TransportResponse } from '../transport.js'
import {
  MANIFEST_MEDIA_TYPES,
  MAX_MANIFEST_BYTES,
  MediaType,
  type Descriptor,
  type FetchedManifest,
  type Manifest
} from '../types.js'
import type { RepositoryTransport } from './repository-transport.js'
import { RunMemory } from './run-memory.js'
import type { Tags } from './tags.js'

export type { FetchedManifest }

export interface PushedManifest {
  descriptor: Descriptor
  /** The registry answered with `OCI-Subject`: it indexes the manifest's subject itself (referrers API). */
  subjectAccepted: boolean
}

/** A fetched manifest with the ETag it was served with (for a conditional update). */
export interface ManifestVersion {
  manifest: FetchedManifest
  etag?: string
}

/** Tags named in a "not found" message at most; the rest are counted. */
const MAX_TAGS_SHOWN = 20
/** The distribution-spec tag grammar: what a tag list may show a person. */
const TAG_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
/** `sha256-<hex>` tags hold referrers (signatures), not images: not worth listing as candidates. */
const REFERRERS_TAG = /^sha256-[0-9a-f]{64}$/

const ACCEPT_MANIFESTS = MANIFEST_MEDIA_TYPES.join(', ')

function mediaTypeOf(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';')[0].trim()
  return type && MANIFEST_MEDIA_TYPES.includes(type) ? type : undefined
}

/**
 * The manifests of a repository (regclient `scheme/reg/manifest.go`): resolve, fetch (hashed against
 * the digest asked for, size-capped), push (checked against the digest the registry echoes), tag.
 */
export class Manifests {
  constructor(
    private readonly repository: RepositoryTransport,
    private readonly tags: Tags,
    private readonly memory: RunMemory = new RunMemory()
  ) {}

  private path(reference: string): string {
    return `/v2/${this.repository.name}/manifests/${reference}`
  }

  /** The descriptor a tag or digest points at, from a HEAD (a GET when the registry sends no digest). */
  async resolve(reference: string): Promise<Descriptor> {
    const { fullName } = this.repository
    const known = isDigest(reference)
      ? this.memory.knownManifest(fullName, reference)
      : this.memory.knownTag(fullName, reference)
    if (known) return (await known).descriptor
    const response = await this.head(reference)
    if (response.status === 404) throw await this.notFound(reference)
    const digest = response.header('docker-content-digest')
    const size = Number(response.header('content-length'))
    const mediaType = mediaTypeOf(response.header('content-type'))
    if (!digest || !isDigest(digest) || !Number.isSafeInteger(size) || !mediaType) {
      return (await this.fetch(reference)).descriptor
    }
    if (isDigest(reference) && digest !== reference) {
      throw new ContentMismatchError(
        `Manifest ${reference} of ${this.repository.fullName}: the registry reports digest ${digest}`,
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
  private async notFound(reference: string): Promise<RegistryError> {
    const { registry, name, fullName } = this.repository
    const error = (detail: string) =>
      new RegistryError(
        `Manifest '${reference}' not found in ${fullName}: ${detail}`,
        404,
        'MANIFEST_UNKNOWN'
      )
    let tags: string[]
    try {
      tags = (await this.tags.list()).filter(tag => TAG_NAME.test(tag) && !REFERRERS_TAG.test(tag))
    } catch (listing) {
      if (listing instanceof RegistryError && listing.status === 404) {
        return error(`the repository ${name} does not exist on ${registry}: check the repository name`)
      }
      const why = listing instanceof RegistryError && listing.status ? `: HTTP ${listing.status}` : ''
      return error(`check the repository name and the tag or digest (its tags cannot be listed${why})`)
    }
    if (tags.length === 0) return error(`the repository ${name} has no tags: check the repository name`)
    if (isDigest(reference)) return error('no manifest with this digest: check the digest')
    tags.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    const shown = tags.slice(0, MAX_TAGS_SHOWN).join(', ')
    const more = tags.length > MAX_TAGS_SHOWN ? ` and ${tags.length - MAX_TAGS_SHOWN} more` : ''
    return error(`the tag is not among its ${tags.length} tags: ${shown}${more}`)
  }

  /**
   * The manifest bytes, checked against the digest asked for (or the registry's digest header for a
   * tag). Asked once per digest and per tag and run: a manifest fetched by tag is remembered under its
   * digest too, so the caller that resolved a tag with this GET never asks for the same bytes again.
   */
  async fetch(reference: string): Promise<FetchedManifest> {
    const { fullName } = this.repository
    if (isDigest(reference)) return this.memory.manifest(fullName, reference, () => this.fetchOnce(reference))
    return this.memory.taggedManifest(fullName, reference, async () => {
      const fetched = await this.fetchOnce(reference)
      this.memory.rememberManifest(fullName, fetched)
      return fetched
    })
  }

  private async fetchOnce(reference: string): Promise<FetchedManifest> {
    const fetched = await this.fetchIfExists(reference)
    if (!fetched) throw await this.notFound(reference)
    return fetched.manifest
  }

  /** The manifest and its ETag, or undefined when the registry has none under `reference` (404). */
  async fetchIfExists(reference: string): Promise<ManifestVersion | undefined> {
    const what = `manifest '${reference}' of ${this.repository.fullName}`
    return this.repository.exchange(
      {
        method: 'GET',
        target: this.path(reference),
        headers: { accept: ACCEPT_MANIFESTS },
        expect: [200, 404],
        what: `GET ${what}`
      },
      response => this.read(reference, what, response)
    )
  }

  private async read(
    reference: string,
    what: string,
    response: TransportResponse
  ): Promise<ManifestVersion | undefined> {
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
      checkContent(
        bytes,
        { digest: expectedDigest, size: bytes.length },
        `Manifest of ${this.repository.fullName}`
      )
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

  async exists(reference: string): Promise<boolean> {
    return (await this.head(reference)).status === 200
  }

  /** A HEAD of a manifest, answered 200 (headers carry its digest and size) or 404; the body is drained. */
  private async head(reference: string): Promise<TransportResponse> {
    const response = await this.repository.send({
      method: 'HEAD',
      target: this.path(reference),
      headers: { accept: ACCEPT_MANIFESTS },
      expect: [200, 404],
      what: `HEAD manifest '${reference}' of ${this.repository.fullName}`
    })
    await response.body.dump()
    return response
  }

  /**
   * PUTs a manifest under a tag, or under its own digest when no tag is given. With `ifMatch` (an ETag)
   * the PUT is conditional, and a 412 (someone else wrote first) is answered, not thrown.
   */
  async push(
    bytes: Buffer,
    mediaType: string,
    reference?: string,
    ifMatch?: string
  ): Promise<PushedManifest & { preconditionFailed?: boolean }> {
    const descriptor = describe(bytes, mediaType)
    const target = reference ?? descriptor.digest
    const what = `manifest '${target}' of ${this.repository.fullName}`
    if (bytes.length > MAX_MANIFEST_BYTES) {
      throw new RegistryError(
        `Refusing to push ${what}: ${bytes.length} bytes, more than the ${MAX_MANIFEST_BYTES} registries accept`
      )
    }
    const response = await this.repository
      .send({
        method: 'PUT',
        target: this.path(target),
        headers: { 'content-type': mediaType, ...(ifMatch && { 'if-match': ifMatch }) },
        body: bytes,
        push: true,
        expect: ifMatch ? [200, 201, 412] : [200, 201],
        what: `PUT ${what}`
      })
      // Whatever the tag pointed at before, this run asks again (the PUT may have landed even if it failed).
      .finally(() => reference !== undefined && this.memory.forgetTag(this.repository.fullName, reference))
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

  /** Points a tag at a manifest already in the repository. */
  async tag(descriptor: Descriptor, tag: string): Promise<void> {
    const fetched = await this.fetch(descriptor.digest)
    await this.push(fetched.bytes, descriptor.mediaType, tag)
  }
}
