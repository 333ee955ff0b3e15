/**
 * Folder store/: the local verified store and its cache port (the action fills it with the Actions cache).
 * May import: verify/, inputs/, trust/, oci/, util/.
 *
 * The local verified store: an OCI image layout directory holding every image verify accepted (indexes,
 * manifests, configs, layers and their signatures), so later steps can use them offline (`skopeo copy
 * oci:DIR:REF`, `docker load` of an exported archive). The store is never trusted: it serves the same
 * ContentSource calls as a registry and checks every byte it serves against its digest, so a tampered
 * store (e.g. a poisoned cache entry) fails verification exactly as a tampered registry would.
 */
import { createWriteStream } from 'node:fs'
import { readBlobFile } from '../oci/file-stream.js'
import { open, readFile, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform, type Readable, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream'
import { finished } from 'node:stream/promises'
import tar from 'tar-stream'
import type { ContentSource } from '../oci/content.js'
import { errorMessage, SignetError } from '../util/errors.js'
import type { Log } from '../util/log.js'
import { Progress, type BlobProgress } from '../util/progress.js'
import { checkContent, isDigest, VerifyingStream } from '../oci/digest.js'
import {
  blobPath,
  createLayout,
  emptyIndex,
  INDEX_FILE,
  LAYOUT_FILE,
  layoutMarker,
  parseIndex,
  readIndexFile,
  REF_NAME_ANNOTATION,
  temporaryPath,
  writeIndexFile,
  writeWhole
} from '../oci/layout-format.js'
import { canonicalRepositoryName } from '../oci/canonical.js'
import type { Reference } from '../oci/reference.js'
import type { FetchedManifest } from '../oci/registry.js'
import { isCosignSignatureTag } from '../oci/signature-discovery.js'
import {
  isIndexMediaType,
  MAX_MANIFEST_BYTES,
  MediaType,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Manifest
} from '../oci/types.js'

/**
 * Signet's own name for the signed manifest a verified reference resolved to: what an offline verify
 * resolves. Kept apart from `ref.name`, which tools follow and which therefore names only what is
 * complete in the store (the selected entry, whose blobs were all fetched, not the whole index).
 */
export const STORE_REFERENCE_ANNOTATION = 'dev.signet.store.reference'

/** The store is missing something, or holds something that does not match its digest or its layout. */
export class StoreError extends SignetError {
  readonly code = 'STORE'
  readonly exitCode = 1
}

export class LayoutStore implements ContentSource {
  /** index.json updates are chained so concurrent recordings never lose an entry. */
  private indexWrite: Promise<void> = Promise.resolve()

  private constructor(
    readonly dir: string,
    private index: ImageIndex
  ) {}

  /** Opens the layout at `dir`, creating `oci-layout` and an empty `index.json` when missing. */
  static async open(dir: string): Promise<LayoutStore> {
    await createLayout(dir)
    const bytes = await readIndexFile(dir)
    if (bytes === undefined) return new LayoutStore(dir, emptyIndex())
    const indexPath = join(dir, INDEX_FILE)
    const parsed = parseIndex(bytes)
    if ('notJson' in parsed) {
      throw new StoreError(`${indexPath} is not valid JSON (${parsed.notJson}): discard the store`)
    }
    if ('noManifests' in parsed) {
      throw new StoreError(`${indexPath} has no 'manifests' list: it is not an OCI image layout index`)
    }
    return new LayoutStore(dir, parsed.index)
  }

  /** The index.json entries (named images and signature manifests). */
  get entries(): readonly Descriptor[] {
    return this.index.manifests
  }

  /** A stored reference name ('registry/repo:tag') or a digest listed in index.json. */
  async resolve(reference: string): Promise<Descriptor> {
    const named = (key: string) =>
      this.index.manifests.find(candidate => candidate.annotations?.[key] === reference)
    const entry = isDigest(reference)
      ? this.index.manifests.find(candidate => candidate.digest === reference)
      : (named(STORE_REFERENCE_ANNOTATION) ?? named(REF_NAME_ANNOTATION))
    if (entry === undefined) throw new StoreError(`'${reference}' is not in the store ${this.dir}`)
    return { mediaType: entry.mediaType, digest: entry.digest, size: entry.size }
  }

  /**
   * The store seen as one registry repository, as verify addresses it: a tag resolves through the
   * stored name 'registry/repo:tag' (canonical, as cache.ts's storeName), a digest through index.json.
   */
  repository(ref: Pick<Reference, 'registry' | 'repository'>): ContentSource {
    const named = (reference: string) =>
      isDigest(reference) ? reference : `${canonicalRepositoryName(ref)}:${reference}`
    return {
      resolve: reference => this.resolve(named(reference)),
      fetchManifest: reference => this.fetchManifest(named(reference)),
      fetchBlob: descriptor => this.fetchBlob(descriptor),
      fetchBlobBytes: (descriptor, maxBytes) => this.fetchBlobBytes(descriptor, maxBytes),
      referrers: (digest, artifactType) => this.referrers(digest, artifactType),
      // Tags the store named while recording (cosign's `.sig` tags): found offline as the registry had them.
      manifestExists: tag =>
        this.resolve(named(tag)).then(
          () => true,
          () => false
        )
    }
  }

  /** A stored manifest by digest (or by stored name), its bytes checked against the digest. */
  async fetchManifest(reference: string): Promise<FetchedManifest> {
    const digest = isDigest(reference) ? reference : (await this.resolve(reference)).digest
    const file = this.blobPath(digest)
    const size = await fileSize(file, `manifest ${digest}`)
    if (size > MAX_MANIFEST_BYTES) {
      throw new StoreError(
        `manifest ${digest} in the store is ${size} bytes, over the ${MAX_MANIFEST_BYTES} limit`
      )
    }
    const bytes = await readFile(file)
    checkContent(bytes, { digest, size: bytes.byteLength }, `stored manifest`)
    const manifest = parseManifest(bytes, digest)
    const mediaType = manifest.mediaType ?? (isIndex(manifest) ? MediaType.OciIndex : MediaType.OciManifest)
    return { descriptor: { mediaType, digest, size: bytes.byteLength }, bytes, manifest }
  }

  /** A stored blob, streamed through a size + digest check (a tampered file fails at its end). */
  async fetchBlob(descriptor: Descriptor): Promise<Readable> {
    const file = this.blobPath(descriptor.digest)
    await fileSize(file, `blob ${descriptor.digest}`)
    const verifying = new VerifyingStream(descriptor, 'stored blob')
    const reading = readBlobFile(file)
    reading.on('error', error => verifying.destroy(error))
    return reading.pipe(verifying)
  }

  async fetchBlobBytes(descriptor: Descriptor, maxBytes: number): Promise<Buffer> {
    if (descriptor.size > maxBytes) {
      throw new StoreError(
        `blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${maxBytes} allowed here`
      )
    }
    const file = this.blobPath(descriptor.digest)
    const size = await fileSize(file, `blob ${descriptor.digest}`)
    if (size > maxBytes) {
      throw new StoreError(
        `stored blob ${descriptor.digest} is ${size} bytes, over the ${maxBytes} allowed here`
      )
    }
    const bytes = await readFile(file)
    checkContent(bytes, descriptor, 'stored blob')
    return bytes
  }

  /**
   * Signature (or other referrer) manifests listed in index.json whose subject is `digest`. The
   * manifests are read unverified only to filter; verify fetches each again through its digest check.
   */
  async referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    const found: Descriptor[] = []
    for (const entry of this.index.manifests) {
      const named =
        entry.annotations?.[REF_NAME_ANNOTATION] !== undefined ||
        entry.annotations?.[STORE_REFERENCE_ANNOTATION] !== undefined
      if (named || isIndexMediaType(entry.mediaType)) continue
      let manifest: ImageManifest
      try {
        manifest = JSON.parse(await readFile(this.blobPath(entry.digest), 'utf8')) as ImageManifest
      } catch {
        continue
      }
      const type = manifest.artifactType ?? manifest.config?.mediaType
      if (manifest.subject?.digest !== digest || (artifactType !== undefined && type !== artifactType))
        continue
      found.push({
        mediaType: entry.mediaType,
        digest: entry.digest,
        size: entry.size,
        ...(type !== undefined && { artifactType: type }),
        ...(manifest.annotations !== undefined && { annotations: manifest.annotations })
      })
    }
    return found
  }

  /**
   * A tee over `source`: everything fetched through it is also written into the store. A blob file
   * appears only after its whole stream passed the digest check (temp file, then rename), so an
   * interrupted or corrupted download never leaves a file that looks complete. Nothing is buffered
   * beyond a stream chunk. Manifests with a `subject` (signatures) are listed in index.json so
   * `referrers` finds them offline; images are named by `addReference` once verified.
   */
  recording(source: ContentSource, ref: Pick<Reference, 'registry' | 'repository'>): ContentSource {
    return {
      resolve: reference => source.resolve(reference),
      fetchManifest: async reference => {
        const fetched = await source.fetchManifest(reference)
        checkContent(fetched.bytes, fetched.descriptor, 'manifest')
        await this.writeBlob(fetched.descriptor.digest, fetched.bytes)
        if ((fetched.manifest as ImageManifest).subject !== undefined) {
          await this.addReferrer(fetched.descriptor, fetched.manifest as ImageManifest)
        } else if (isCosignSignatureTag(reference)) {
          // A legacy cosign signature is found by its tag alone: name it, so the store finds it offline.
          await this.addReference(`${canonicalRepositoryName(ref)}:${reference}`, fetched.descriptor)
        }
        return fetched
      },
      fetchBlob: async descriptor => {
        const upstream = (await source.fetchBlob(descriptor)) as Readable
        const verifying = new VerifyingStream(descriptor, 'blob')
        const tee = new FileTee(this.blobPath(descriptor.digest))
        // pipeline destroys every stream on any error, so the consumer of `tee` sees it.
        return pipeline(upstream, verifying, tee, () => undefined)
      },
      fetchBlobBytes: async (descriptor, maxBytes) => {
        const bytes = await source.fetchBlobBytes(descriptor, maxBytes)
        checkContent(bytes, descriptor, 'blob')
        await this.writeBlob(descriptor.digest, bytes)
        return bytes
      },
      referrers: (digest, artifactType) => source.referrers(digest, artifactType),
      ...(source.manifestExists !== undefined && {
        manifestExists: source.manifestExists.bind(source)
      })
    }
  }

  /**
   * Names a stored image in index.json ('registry/repo:tag' or 'registry/repo@digest'), replacing an
   * older entry of the same name.
   */
  async addReference(name: string, descriptor: Descriptor): Promise<void> {
    await this.updateIndex(manifests => [
      ...manifests.filter(entry => entry.annotations?.[REF_NAME_ANNOTATION] !== name),
      {
        mediaType: descriptor.mediaType,
        digest: descriptor.digest,
        size: descriptor.size,
        annotations: { [REF_NAME_ANNOTATION]: name }
      }
    ])
  }

  /**
   * Names a verified image: `name` (the reference as verify was given it) on the signed manifest it
   * resolved to, for Signet; and for skopeo, umoci and podman, `ref.name`s on the image verify pinned
   * (the selected entry when a scenario or platform chose one): the printed `ref`, and `name` too when
   * it is a tag. Earlier entries of these names are replaced.
   */
  async nameVerified(image: {
    name: string
    signed: Descriptor
    pinnedRef: string
    pinned: Descriptor
    tagged: boolean
  }): Promise<void> {
    const toolNames = [...new Set([image.pinnedRef, ...(image.tagged ? [image.name] : [])])]
    const entry = (descriptor: Descriptor, annotations: Record<string, string>): Descriptor => ({
      mediaType: descriptor.mediaType,
      digest: descriptor.digest,
      size: descriptor.size,
      annotations
    })
    await this.updateIndex(manifests => [
      ...manifests.filter(
        existing =>
          existing.annotations?.[STORE_REFERENCE_ANNOTATION] !== image.name &&
          !toolNames.includes(existing.annotations?.[REF_NAME_ANNOTATION] ?? '')
      ),
      entry(image.signed, { [STORE_REFERENCE_ANNOTATION]: image.name }),
      ...toolNames.map(name => entry(image.pinned, { [REF_NAME_ANNOTATION]: name }))
    ])
  }

  /** Removes everything in the store (a tampered or stale one) and starts an empty layout. */
  async discard(): Promise<void> {
    await this.indexWrite
    await rm(this.dir, { recursive: true, force: true })
    await createLayout(this.dir)
    this.index = emptyIndex()
    await this.updateIndex(manifests => manifests)
  }

  /** The file of a digest; only well-formed sha256 digests map to a path (no traversal via the digest). */
  blobPath(digest: string): string {
    if (!isDigest(digest) || !digest.startsWith('sha256:')) {
      throw new StoreError(`'${digest}' is not a sha256 digest: the store holds sha256 blobs only`)
    }
    return join(this.dir, blobPath(digest))
  }

  private async addReferrer(descriptor: Descriptor, manifest: ImageManifest): Promise<void> {
    const artifactType = manifest.artifactType ?? manifest.config?.mediaType
    await this.updateIndex(manifests =>
      manifests.some(entry => entry.digest === descriptor.digest)
        ? manifests
        : [
            ...manifests,
            {
              mediaType: descriptor.mediaType,
              digest: descriptor.digest,
              size: descriptor.size,
              ...(artifactType !== undefined && { artifactType })
            }
          ]
    )
  }

  private async writeBlob(digest: string, bytes: Buffer): Promise<void> {
    await writeWhole(this.blobPath(digest), bytes)
  }

  private updateIndex(change: (manifests: Descriptor[]) => Descriptor[]): Promise<void> {
    const write = this.indexWrite.then(async () => {
      this.index = { ...this.index, manifests: change(this.index.manifests) }
      await writeIndexFile(this.dir, this.index)
    })
    // A failed write must not block later ones; the caller still sees the failure.
    this.indexWrite = write.catch(() => undefined)
    return write
  }
}

/**
 * Writes a `docker load`-able tarball of one platform image from the store, Docker ≥25 style: an OCI
 * layout (oci-layout, index.json, blobs/sha256/…) plus the manifest.json older loaders read. Blobs are
 * streamed from the store through their digest checks, one at a time.
 */
export async function writeDockerArchive(
  store: LayoutStore,
  manifest: Pick<Descriptor, 'digest'>,
  file: string,
  repoTag?: string,
  /** Gets progress of big layers and the archive's line (blobs, bytes, seconds, MB/s). */
  log?: Log
): Promise<void> {
  const image = await store.fetchManifest(manifest.digest)
  if (isIndex(image.manifest)) {
    const platforms = image.manifest.manifests
      .map(
        entry =>
          `${entry.digest}${entry.platform ? ` (${entry.platform.os}/${entry.platform.architecture})` : ''}`
      )
      .join(', ')
    throw new StoreError(
      `${manifest.digest} is an image index; an archive holds one platform image: pass one of ${platforms}`
    )
  }
  const { config, layers } = image.manifest
  const refName = repoTag?.slice(repoTag.lastIndexOf(':') + 1)
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaType.OciIndex,
    manifests: [
      {
        ...image.descriptor,
        ...(repoTag !== undefined && {
          annotations: { 'io.containerd.image.name': repoTag, [REF_NAME_ANNOTATION]: refName as string }
        })
      }
    ]
  }
  const dockerManifest = [
    {
      Config: blobPath(config.digest),
      RepoTags: repoTag === undefined ? [] : [repoTag],
      Layers: layers.map(layer => blobPath(layer.digest))
    }
  ]

  const pack = tar.pack()
  const output = createWriteStream(file)
  const written = finished(pack.pipe(output))
  try {
    await addEntry(pack, LAYOUT_FILE, layoutMarker())
    await addEntry(pack, INDEX_FILE, Buffer.from(JSON.stringify(index)))
    await addEntry(pack, 'manifest.json', Buffer.from(JSON.stringify(dockerManifest)))
    await addEntry(pack, blobPath(image.descriptor.digest), image.bytes)
    const seen = new Set<string>()
    const progress = log && new Progress(log, 'Archived')
    for (const blob of [config, ...layers]) {
      if (seen.has(blob.digest)) continue
      seen.add(blob.digest)
      const entry = pack.entry({ name: blobPath(blob.digest), size: blob.size })
      const transfer = progress?.start(blob.digest, blob.size)
      await finished((await store.fetchBlob(blob)).pipe(counting(transfer)).pipe(entry))
      transfer?.finish()
    }
    pack.finalize()
    await written
    if (progress) log?.info(progress.summary())
  } catch (error) {
    pack.destroy()
    output.destroy()
    await rm(file, { force: true })
    throw error
  }
}

/** Passes chunks on, telling `transfer` how many bytes went by. */
function counting(transfer: BlobProgress | undefined): Transform {
  return new Transform({
    transform: (chunk: Buffer, _encoding, callback) => {
      transfer?.advance(chunk.length)
      callback(null, chunk)
    }
  })
}

/** Passes chunks on while writing them to a temp file; renames it into place only at a clean end. */
class FileTee extends Transform {
  private readonly temporary: string
  private handle?: Promise<FileHandle>
  private renamed = false

  constructor(private readonly target: string) {
    super()
    this.temporary = temporaryPath(target)
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.handle ??= open(this.temporary, 'w')
    this.handle
      .then(handle => handle.write(chunk))
      .then(
        () => callback(null, chunk),
        error => callback(error as Error)
      )
  }

  override _flush(callback: TransformCallback): void {
    this.handle ??= open(this.temporary, 'w')
    this.handle
      .then(handle => handle.close())
      .then(() => rename(this.temporary, this.target))
      .then(
        () => {
          this.renamed = true
          callback()
        },
        error => callback(error as Error)
      )
  }

  /** Destroyed before a clean end (an error, or the reader gave up): the partial file goes. */
  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (this.renamed || this.handle === undefined) {
      callback(error)
      return
    }
    const handle = this.handle
    this.handle = undefined
    Promise.resolve(handle)
      .then(opened => opened?.close())
      .catch(() => undefined)
      .then(() => unlink(this.temporary))
      .catch(() => undefined)
      .then(() => callback(error))
  }
}

function addEntry(pack: tar.Pack, name: string, content: Buffer): Promise<void> {
  return new Promise((resolve, reject) =>
    pack.entry({ name, size: content.byteLength }, content, error => (error ? reject(error) : resolve()))
  )
}

function parseManifest(bytes: Buffer, digest: string): Manifest {
  let manifest: Manifest
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as Manifest
  } catch (error) {
    throw new StoreError(`stored manifest ${digest} is not JSON (${errorMessage(error)})`)
  }
  if (manifest === null || typeof manifest !== 'object' || manifest.schemaVersion !== 2) {
    throw new StoreError(`stored manifest ${digest} is not an OCI/Docker schema 2 manifest`)
  }
  return manifest
}

function isIndex(manifest: Manifest): manifest is ImageIndex {
  return Array.isArray((manifest as ImageIndex).manifests)
}

async function fileSize(file: string, what: string): Promise<number> {
  try {
    return (await stat(file)).size
  } catch {
    throw new StoreError(`${what} is missing from the store (${file})`)
  }
}
