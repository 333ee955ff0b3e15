/**
 * `docker save` tarballs as image sources, in both formats Docker writes:
 * - Docker ≥25: an OCI image layout inside the tar (oci-layout, index.json, blobs/…), read as a layout;
 * - legacy: manifest.json + <config>.json + <id>/layer.tar, for which an OCI manifest is synthesised.
 * The tar is scanned once by reading its headers only (no layer byte is read for that); blobs are then
 * served as byte ranges of the file, so layers are never loaded in memory.
 * An archive of several images (`docker save a b`, `podman save -m`) is read one image at a time,
 * chosen as skopeo does: `docker-archive:FILE:REF` by one of its RepoTags, `docker-archive:FILE:@N` by
 * its position in manifest.json. `ctr images export --platform` writes the whole multi-platform index
 * with one platform's blobs; its manifest.json names that platform's config, which picks the entry.
 */
import { createHash, type Hash } from 'node:crypto'
import { readBlobFile } from './file-stream.js'
import { open, type FileHandle } from 'node:fs/promises'
import { posix } from 'node:path'
import { Readable, Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { SourceError } from '../util/errors.js'
import { isAttestation } from './attestation.js'
import { checkContent, describe } from './digest.js'
import {
  imageBlob,
  parseJson,
  readOciLayout,
  verified,
  type ImageSource,
  type LayoutFiles
} from './layout.js'
import { parseReference } from './reference.js'
import {
  isIndexMediaType,
  MAX_MANIFEST_BYTES,
  MediaType,
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest
} from './types.js'

/** Where an entry's data lies in the tar. */
interface TarEntry {
  name: string
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other'
  offset: number
  size: number
  linkname: string
}

/** One image of a legacy manifest.json. */
interface LegacyManifestEntry {
  Config: string
  RepoTags?: string[] | null
  Layers: string[]
}

/** Which image of a multi-image archive: by one of its RepoTags, or by its position in manifest.json. */
export interface ArchiveSelector {
  image?: string
  index?: number
}

const BLOCK = 512
const GZIP_MAGIC = [0x1f, 0x8b]
/** Symlink chains longer than this are refused (a loop, or a crafted archive). */
const MAX_LINK_HOPS = 8
/** Nested indexes followed at most when looking for the manifest of a config. */
const MAX_INDEX_DEPTH = 4

/** Opens one image of a `docker save` tarball (either format): the only one, or the one `selector` names. */
export async function openDockerArchive(file: string, selector: ArchiveSelector = {}): Promise<ImageSource> {
  const suffix =
    selector.index !== undefined ? `:@${selector.index}` : selector.image ? `:${selector.image}` : ''
  const label = `docker-archive:${file}${suffix}`
  const entries = await scanTar(file, label)
  const archive = new Archive(file, label, entries)
  if (entries.has('oci-layout') && entries.has('index.json')) return openOciArchive(archive, selector)
  if (entries.has('manifest.json')) return openLegacyArchive(archive, selector)
  throw new SourceError(`${label} is not a docker save archive: it has neither index.json nor manifest.json.`)
}

/**
 * Docker ≥25 (and ctr export): the archive is an OCI layout. One image manifest is read directly;
 * otherwise manifest.json says which image (a selector, or the one platform ctr exported).
 */
async function openOciArchive(archive: Archive, selector: ArchiveSelector): Promise<ImageSource> {
  const files = archive.layoutFiles()
  const index = parseJson(
    await archive.read('index.json', MAX_MANIFEST_BYTES),
    `${archive.label}: index.json`
  ) as ImageIndex
  const digests = [...new Set((index.manifests ?? []).map(descriptor => descriptor.digest))]
  const only = digests.length === 1 ? index.manifests.find(entry => entry.digest === digests[0]) : undefined
  const selecting = selector.image !== undefined || selector.index !== undefined
  // One image; or, with the containerd image store, one image and its attestations in an index.
  if (
    only !== undefined &&
    !selecting &&
    (!isIndexMediaType(only.mediaType) || (await holdsOneImage(archive, only)))
  ) {
    return readOciLayout(files, archive.label, { digest: only.digest })
  }
  if (!archive.has('manifest.json')) {
    if (only !== undefined && isIndexMediaType(only.mediaType)) {
      throw new SourceError(
        `${archive.label} holds a multi-platform image index (docker save with the containerd image store). ` +
          'Save one platform: docker save --platform os/arch -o FILE IMAGE, or use docker buildx --output type=oci and oci-layout:DIR@DIGEST.'
      )
    }
    throw severalImages(archive.label, digests.length)
  }
  const image = pickImage(await readManifestJson(archive), selector, archive.label)
  const config = configDigestOf(image.Config)
  const manifest =
    config === undefined ? undefined : await findManifestWithConfig(archive, index.manifests ?? [], config, 0)
  if (manifest === undefined) {
    throw new SourceError(
      `${archive.label}: no image manifest in the archive has the config ${image.Config} that manifest.json names.`
    )
  }
  return readOciLayout(files, archive.label, { digest: manifest })
}

/**
 * The digest of the image manifest present in the archive whose config is `config`, searching
 * index.json and the nested indexes it holds (a ctr export lacks the other platforms' manifests).
 */
async function findManifestWithConfig(
  archive: Archive,
  entries: Descriptor[],
  config: string,
  depth: number
): Promise<string | undefined> {
  for (const entry of entries) {
    const path = blobPathOf(entry?.digest)
    if (path === undefined || !archive.has(path) || entry.size > MAX_MANIFEST_BYTES) continue
    const bytes = await archive.read(path, MAX_MANIFEST_BYTES)
    checkContent(bytes, entry, `manifest in ${archive.label}`)
    const manifest = parseJson(bytes, `${archive.label}: ${entry.digest}`) as Partial<
      ImageManifest & ImageIndex
    >
    if (isIndexMediaType(entry.mediaType) && Array.isArray(manifest.manifests) && depth < MAX_INDEX_DEPTH) {
      const found = await findManifestWithConfig(archive, manifest.manifests, config, depth + 1)
      if (found !== undefined) return found
    } else if (manifest.config?.digest === config) {
      return entry.digest
    }
  }
  return undefined
}

/** True when the archive holds `index` and it lists one image (attestations aside) whose manifest it holds. */
async function holdsOneImage(archive: Archive, index: Descriptor): Promise<boolean> {
  const path = blobPathOf(index.digest)
  if (path === undefined || !archive.has(path) || index.size > MAX_MANIFEST_BYTES) return false
  const bytes = await archive.read(path, MAX_MANIFEST_BYTES)
  checkContent(bytes, index, `index in ${archive.label}`)
  const manifests = (parseJson(bytes, `${archive.label}: ${index.digest}`) as Partial<ImageIndex>).manifests
  const images = Array.isArray(manifests) ? manifests.filter(entry => !isAttestation(entry)) : []
  const image = images.length === 1 ? blobPathOf(images[0]?.digest) : undefined
  return image !== undefined && archive.has(image)
}

async function readManifestJson(archive: Archive): Promise<LegacyManifestEntry[]> {
  const { label } = archive
  const images = parseJson(await archive.read('manifest.json', MAX_MANIFEST_BYTES), `${label}: manifest.json`)
  if (!Array.isArray(images) || images.length === 0)
    throw new SourceError(`${label}: manifest.json lists no images.`)
  return images as LegacyManifestEntry[]
}

/** The manifest.json entry the selector names, or the only image. */
function pickImage(
  images: LegacyManifestEntry[],
  selector: ArchiveSelector,
  label: string
): LegacyManifestEntry {
  if (selector.index !== undefined) {
    const image = images[selector.index]
    if (image === undefined) {
      throw new SourceError(
        `${label}: the archive holds ${images.length} images (@0 to @${images.length - 1}). ${listImages(images)}`
      )
    }
    return image
  }
  if (selector.image !== undefined) {
    const wanted = normaliseImageName(selector.image)
    const named = images.filter(image =>
      (image.RepoTags ?? []).some(tag => normaliseImageName(tag) === wanted)
    )
    if (named.length === 0)
      throw new SourceError(`${label}: no image is tagged '${selector.image}'. ${listImages(images)}`)
    if (new Set(named.map(image => image.Config)).size > 1) {
      throw new SourceError(
        `${label}: '${selector.image}' names ${named.length} images; pick one by position. ${listImages(images)}`
      )
    }
    return named[0]
  }
  const configs = new Set(images.map(image => image.Config))
  if (configs.size > 1) throw severalImages(label, configs.size, images)
  return images[0]
}

/** `app:1`, `library/app:1` and `docker.io/library/app:1` are one name, as docker and skopeo see it. */
function normaliseImageName(name: string): string {
  try {
    const reference = parseReference(name)
    return `${reference.registry}/${reference.repository}:${reference.tag ?? 'latest'}`
  } catch {
    return name
  }
}

/** "@0 localhost/built:amd64, @1 localhost/built:arm64". */
function listImages(images: LegacyManifestEntry[]): string {
  const listed = images.map((image, i) => `@${i} ${(image.RepoTags ?? []).join(' ') || '(untagged)'}`)
  return `Its images: ${listed.join(', ')}.`
}

/** `blobs/sha256/<hex>` (OCI archives) or `<hex>.json` (legacy) → `sha256:<hex>`. */
function configDigestOf(path: unknown): string | undefined {
  if (typeof path !== 'string') return undefined
  const match = /(?:^|\/)([a-f0-9]{64})(?:\.json)?$/.exec(path)
  return match ? `sha256:${match[1]}` : undefined
}

function blobPathOf(digest: unknown): string | undefined {
  return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest)
    ? `blobs/sha256/${digest.slice('sha256:'.length)}`
    : undefined
}

/** Legacy format: the manifest is synthesised; layers are the uncompressed layer.tar files (their diff_ids). */
async function openLegacyArchive(archive: Archive, selector: ArchiveSelector): Promise<ImageSource> {
  const { label } = archive
  const image = pickImage(await readManifestJson(archive), selector, label)
  if (typeof image.Config !== 'string' || !Array.isArray(image.Layers)) {
    throw new SourceError(`${label}: manifest.json has no Config or Layers for its image.`)
  }

  const configBytes = await archive.read(image.Config, MAX_MANIFEST_BYTES)
  const configDescriptor = describe(configBytes, MediaType.OciConfig)
  const config = parseJson(configBytes, `${label}: config ${image.Config}`) as ImageConfig
  const diffIds = config.rootfs?.diff_ids ?? []
  if (diffIds.length !== image.Layers.length) {
    throw new SourceError(
      `${label}: the config lists ${diffIds.length} diff_ids but manifest.json lists ${image.Layers.length} layers.`
    )
  }

  const layerEntries = new Map<string, TarEntry>()
  const layers: Descriptor[] = []
  for (const [i, path] of image.Layers.entries()) {
    const entry = archive.entry(path)
    const { descriptor, diffId } = await hashLayer(archive, entry)
    if (diffId !== diffIds[i]) {
      throw new SourceError(
        `${label}: layer ${i + 1} (${path}) hashes to diff_id ${diffId} but the image config lists ${diffIds[i]}; the archive is corrupted or was altered.`
      )
    }
    layerEntries.set(descriptor.digest, entry)
    layers.push(descriptor)
  }

  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    config: configDescriptor,
    layers
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  const blobs = [configDescriptor, ...layers]
  return {
    label,
    manifest: { descriptor: describe(bytes, MediaType.OciManifest), bytes, manifest },
    config,
    blobs,
    attestations: [],
    async openBlob(wanted) {
      const blob = imageBlob(blobs, wanted, label)
      const stream =
        blob === configDescriptor
          ? Readable.from([configBytes])
          : archive.stream(layerEntries.get(blob.digest)!)
      return verified(stream, blob, `blob in ${label}`)
    }
  }
}

/**
 * Hashes a layer.tar once: its digest, and its diff_id (the digest of the uncompressed tar). Docker
 * writes uncompressed layers, where both are the same; a gzip layer (magic 1f8b) is gunzipped for the
 * diff_id and pushed as it is, with the gzip media type.
 */
async function hashLayer(
  archive: Archive,
  entry: TarEntry
): Promise<{ descriptor: Descriptor; diffId: string }> {
  const head = entry.size >= 2 ? await archive.readRange(entry, 2) : Buffer.alloc(0)
  const gzipped = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]
  const blobHash = createHash('sha256')
  const diffHash = createHash('sha256')
  if (gzipped)
    await pipeline(archive.stream(entry), hashing(blobHash), createGunzip(), hashing(diffHash), discard())
  else await pipeline(archive.stream(entry), hashing(blobHash), discard())
  const digest = `sha256:${blobHash.digest('hex')}`
  return {
    descriptor: {
      mediaType: gzipped ? MediaType.OciLayerGzip : MediaType.OciLayer,
      digest,
      size: entry.size
    },
    diffId: gzipped ? `sha256:${diffHash.digest('hex')}` : digest
  }
}

function hashing(hash: Hash): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      callback(null, chunk)
    }
  })
}

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, callback) => callback() })
}

function severalImages(label: string, count: number, images?: LegacyManifestEntry[]): SourceError {
  if (count === 0) return new SourceError(`${label} holds no images.`)
  return new SourceError(
    `${label} holds ${count} images; a manifests line reads one. ` +
      `Pick one with docker-archive:FILE:REF (one of its tags) or docker-archive:FILE:@N (its position), or save each image on its own: docker save -o FILE IMAGE:TAG.` +
      (images ? ` ${listImages(images)}` : '')
  )
}

/** Random access to the entries of a scanned tar. */
class Archive {
  constructor(
    readonly file: string,
    readonly label: string,
    private readonly entries: Map<string, TarEntry>
  ) {}

  /** The regular file at `path`, following symlinks and hard links (docker save links repeated layers). */
  entry(path: string): TarEntry {
    let name = normaliseName(path)
    for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
      const entry = this.entries.get(name)
      if (entry === undefined) throw new SourceError(`${this.label} has no entry '${path}'.`)
      if (entry.type === 'file') return entry
      if (entry.type === 'symlink')
        name = normaliseName(posix.join(posix.dirname(entry.name), entry.linkname))
      else if (entry.type === 'hardlink') name = normaliseName(entry.linkname)
      else throw new SourceError(`${this.label}: entry '${path}' is not a regular file.`)
    }
    throw new SourceError(`${this.label}: entry '${path}' is a chain of more than ${MAX_LINK_HOPS} links.`)
  }

  has(path: string): boolean {
    return this.entries.has(normaliseName(path))
  }

  async read(path: string, maxBytes: number): Promise<Buffer> {
    const entry = this.entry(path)
    if (entry.size > maxBytes) {
      throw new SourceError(
        `${this.label}: entry '${path}' is ${entry.size} bytes, more than the ${maxBytes} allowed.`
      )
    }
    return this.readRange(entry, entry.size)
  }

  async readRange(entry: TarEntry, length: number): Promise<Buffer> {
    const handle = await open(this.file, 'r')
    try {
      return await readExactly(handle, entry.offset, length, this.label)
    } finally {
      await handle.close()
    }
  }

  stream(entry: TarEntry): Readable {
    // createReadStream's `end` is inclusive, and an empty range must still be an (empty) stream.
    if (entry.size === 0) return Readable.from([])
    return readBlobFile(this.file, { start: entry.offset, end: entry.offset + entry.size - 1 })
  }

  /** The archive as the files of an OCI layout (Docker ≥25 format). */
  layoutFiles(): LayoutFiles {
    return {
      where: `archive ${this.file}`,
      read: async (path, maxBytes) => (this.has(path) ? this.read(path, maxBytes) : undefined),
      open: async path => (this.has(path) ? this.stream(this.entry(path)) : undefined)
    }
  }
}

/**
 * Reads the tar's headers (ustar, pax extended headers and GNU long names), skipping over entry data,
 * and records where each entry's data lies. Later entries with the same name replace earlier ones,
 * as when a tar is extracted.
 */
async function scanTar(file: string, label: string): Promise<Map<string, TarEntry>> {
  const handle = await openArchive(file, label)
  try {
    const fileSize = (await handle.stat()).size
    const entries = new Map<string, TarEntry>()
    let position = 0
    let longName: string | undefined
    let longLink: string | undefined
    let pax: Record<string, string> = {}
    while (position + BLOCK <= fileSize) {
      const header = await readExactly(handle, position, BLOCK, label)
      if (position === 0 && header[0] === GZIP_MAGIC[0] && header[1] === GZIP_MAGIC[1]) {
        throw new SourceError(
          `${label} is gzip-compressed; give the uncompressed tar that docker save writes (gunzip it first).`
        )
      }
      if (header.every(byte => byte === 0)) break
      checkHeaderChecksum(header, position, label)
      const typeflag = String.fromCharCode(header[156])
      const size = Number(pax.size ?? readSize(header, position, label))
      const dataOffset = position + BLOCK
      if (dataOffset + size > fileSize) {
        throw new SourceError(
          `${label} is truncated: an entry at offset ${position} runs past the end of the file.`
        )
      }
      position = dataOffset + Math.ceil(size / BLOCK) * BLOCK

      if (typeflag === 'L' || typeflag === 'K' || typeflag === 'x') {
        const data = await readExactly(handle, dataOffset, size, label)
        if (typeflag === 'L') longName = cString(data)
        else if (typeflag === 'K') longLink = cString(data)
        else pax = parsePax(data, label)
        continue
      }
      if (typeflag === 'g') continue

      const name = normaliseName(pax.path ?? longName ?? headerName(header))
      const linkname = pax.linkpath ?? longLink ?? cString(header.subarray(157, 257))
      entries.set(name, { name, type: entryType(typeflag), offset: dataOffset, size, linkname })
      longName = longLink = undefined
      pax = {}
    }
    return entries
  } finally {
    await handle.close()
  }
}

async function openArchive(file: string, label: string): Promise<FileHandle> {
  try {
    return await open(file, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new SourceError(`${label}: no such file.`)
    if (code === 'EISDIR')
      throw new SourceError(`${label} is a directory; for an OCI layout write oci-layout:DIR.`)
    throw error
  }
}

async function readExactly(
  handle: FileHandle,
  position: number,
  length: number,
  label: string
): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  let filled = 0
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled)
    if (bytesRead === 0) throw new SourceError(`${label} is truncated at offset ${position + filled}.`)
    filled += bytesRead
  }
  return buffer
}

/** The header checksum tells a tar header from anything else (e.g. a compressed or non-tar file). */
function checkHeaderChecksum(header: Buffer, position: number, label: string): void {
  const stored = parseInt(cString(header.subarray(148, 156)).trim(), 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]
  if (stored !== sum) {
    throw new SourceError(`${label} is not a tar archive (bad header checksum at offset ${position}).`)
  }
}

/** Octal, or base-256 (high bit set) for entries of 8 GiB and more, as GNU tar and Docker write them. */
function readSize(header: Buffer, position: number, label: string): number {
  const field = header.subarray(124, 136)
  let size: number
  if (field[0] & 0x80) {
    let value = BigInt(field[0] & 0x7f)
    for (const byte of field.subarray(1)) value = (value << 8n) | BigInt(byte)
    size = Number(value)
  } else {
    const text = cString(field).trim()
    size = text === '' ? 0 : parseInt(text, 8)
  }
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new SourceError(`${label}: invalid entry size in the tar header at offset ${position}.`)
  }
  return size
}

/** ustar splits long names into prefix + name; GNU tar uses the prefix field for other data. */
function headerName(header: Buffer): string {
  const name = cString(header.subarray(0, 100))
  const isUstar = header.subarray(257, 263).toString('latin1') === 'ustar\0'
  const prefix = isUstar ? cString(header.subarray(345, 500)) : ''
  return prefix ? `${prefix}/${name}` : name
}

/** Pax records: "<length> <key>=<value>\n", the length counting the whole record. */
function parsePax(data: Buffer, label: string): Record<string, string> {
  const records: Record<string, string> = {}
  let position = 0
  while (position < data.length && data[position] !== 0) {
    const space = data.indexOf(0x20, position)
    const length = parseInt(data.subarray(position, space).toString('latin1'), 10)
    if (space < 0 || !Number.isSafeInteger(length) || length <= 0) {
      throw new SourceError(`${label}: malformed pax extended header.`)
    }
    const record = data.subarray(space + 1, position + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    records[record.slice(0, equals)] = record.slice(equals + 1)
    position += length
  }
  return records
}

function entryType(typeflag: string): TarEntry['type'] {
  switch (typeflag) {
    case '0':
    case '\0':
    case '7':
      return 'file'
    case '1':
      return 'hardlink'
    case '2':
      return 'symlink'
    case '5':
      return 'directory'
    default:
      return 'other'
  }
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0)
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8')
}

/** 'blobs/sha256/x', './blobs/sha256/x' and '/blobs/sha256/x/' all name the same entry. */
function normaliseName(name: string): string {
  return posix
    .normalize(name)
    .replace(/^(\.\/|\/)+/, '')
    .replace(/\/+$/, '')
}
