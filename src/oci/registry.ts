/**
 * Folder oci/: the registry client (reference, auth, transport, operations, referrers), local image
 * sources (layouts, archives) and the OCI data model. May import: util/.
 *
 * The registry client, split by resource as regclient's `scheme/reg`: manifests, blobs, tags and
 * referrers of a repository (registry/), and the catalog of a registry, over one Transport.
 */
import type { Readable } from 'node:stream'
import type { Reference } from './reference.js'
import { Blobs, type BlobOpener, type BlobPushOptions, type BlobPushResult } from './registry/blobs.js'
import { listCatalog } from './registry/catalog.js'
import { Manifests, type FetchedManifest, type PushedManifest } from './registry/manifests.js'
import { Referrers } from './registry/referrers.js'
import { RepositoryTransport } from './registry/repository-transport.js'
import { RunMemory } from './registry/run-memory.js'
import { Tags } from './registry/tags.js'
import { Transport, type TransportOptions } from './transport.js'
import type { Descriptor } from './types.js'

export type RegistryClientOptions = TransportOptions
export type { BlobPushResult, FetchedManifest, PushedManifest }
export { MONOLITHIC_UPLOAD_MAX_BYTES, UPLOAD_CHUNK_BYTES } from './registry/blobs.js'

export class RegistryClient {
  private readonly transport: Transport
  /** What this client learnt in its run: manifests, referrer lists, each registry's referrers API. */
  private readonly memory = new RunMemory()

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.transport = new Transport(options)
  }

  repository(ref: Pick<Reference, 'registry' | 'repository'>): Repository {
    return new Repository(this.transport, ref.registry, ref.repository, this.options, this.memory)
  }

  /**
   * The repository names of a registry (`/v2/_catalog`, following `Link` pagination), or undefined when
   * the registry does not let this client list them (401, 403, 404: common on hosted registries), so the
   * caller can fall back to repositories it was told about.
   */
  catalog(registry: string): Promise<string[] | undefined> {
    return listCatalog(this.transport, registry)
  }

  /** Closes keep-alive sockets; the client is unusable afterwards. */
  async close(): Promise<void> {
    await this.transport.close()
  }
}

/** Operations on one repository of one registry: each resource's own module does the work. */
export class Repository {
  private readonly manifests: Manifests
  private readonly blobs: Blobs
  private readonly tags: Tags
  private readonly referrerList: Referrers

  constructor(
    transport: Transport,
    readonly registry: string,
    readonly name: string,
    options: RegistryClientOptions = {},
    memory: RunMemory = new RunMemory()
  ) {
    const repository = new RepositoryTransport(transport, registry, name, options)
    this.tags = new Tags(repository)
    this.manifests = new Manifests(repository, this.tags, memory)
    this.blobs = new Blobs(repository, memory)
    this.referrerList = new Referrers(repository, this.manifests, memory)
  }

  /** The descriptor a tag or digest points at, from a HEAD (a GET when the registry sends no digest). */
  resolve(reference: string): Promise<Descriptor> {
    return this.manifests.resolve(reference)
  }

  /**
   * The manifest bytes, checked against the digest asked for (or the registry's digest header for a tag),
   * fetched once per digest and run.
   */
  fetchManifest(reference: string): Promise<FetchedManifest> {
    return this.manifests.fetch(reference)
  }

  manifestExists(reference: string): Promise<boolean> {
    return this.manifests.exists(reference)
  }

  /** PUTs a manifest under a tag, or under its own digest when no tag is given. */
  async pushManifest(bytes: Buffer, mediaType: string, reference?: string): Promise<PushedManifest> {
    return this.manifests.push(bytes, mediaType, reference)
  }

  /** Points a tag at a manifest already in the repository. */
  tag(descriptor: Descriptor, tag: string): Promise<void> {
    return this.manifests.tag(descriptor, tag)
  }

  blobExists(digest: string): Promise<boolean> {
    return this.blobs.exists(digest)
  }

  /** A stream of the blob that fails unless its bytes match the descriptor's size and digest. */
  fetchBlob(descriptor: Descriptor): Promise<Readable> {
    return this.blobs.fetch(descriptor)
  }

  /** A small blob (config, envelope) in memory, verified; refuses descriptors larger than `maxBytes`. */
  fetchBlobBytes(descriptor: Descriptor, maxBytes: number): Promise<Buffer> {
    return this.blobs.fetchBytes(descriptor, maxBytes)
  }

  /** Uploads a blob unless the repository has it: by mount, one PUT or PATCH chunks (see Blobs.push). */
  pushBlob(descriptor: Descriptor, open: BlobOpener, options: BlobPushOptions = {}): Promise<BlobPushResult> {
    return this.blobs.push(descriptor, open, options)
  }

  /** Every tag, following `Link` pagination. */
  listTags(): Promise<string[]> {
    return this.tags.list()
  }

  /**
   * The referrers of a manifest, optionally of one artifact type (referrers API, else the tag schema),
   * listed once per run unless this client pushes a referrer of it.
   */
  referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    return this.referrerList.list(digest, artifactType)
  }

  /** Pushes a manifest that has a `subject`, and lists it in the referrers tag where the registry does not. */
  pushReferrer(bytes: Buffer, mediaType: string): Promise<PushedManifest> {
    return this.referrerList.push(bytes, mediaType)
  }
}
