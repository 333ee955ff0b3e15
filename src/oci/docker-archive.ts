/**
 * `docker save` tarballs as image sources, in both formats Docker writes:
 * - Docker ≥25: an OCI image layout inside the tar (oci-layout, index.json, blobs/…), read as a layout;
 * - legacy: manifest.json + <config>.json + <id>/layer.tar, for which an OCI manifest is synthesised.
 * The tar is read by tar.ts: its headers only, once; blobs are served as byte ranges of the file, so
 * layers are never loaded in memory.
 * An archive of several images (`docker save a b`, `podman save -m`) is read one image at a time,
 * chosen as skopeo does: `docker-archive:FILE:REF` by one of its RepoTags, `docker-archive:FILE:@N` by
 * its position in manifest.json. `ctr images export --platform` writes the whole multi-platform index
 * with one platform's blobs; its manifest.json names that platform's config, which picks the entry.
 */
import { createHash, type Hash } from 'node:crypto'
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
import { blobPath, INDEX_FILE, LAYOUT_FILE } from './layout-format.js'
import { parseReference } from './reference.js'
import { isGzip, TarArchive, type TarEntry } from './tar.js'
import {
  isIndexMediaType,
  MAX_MANIFEST_BYTES,
  MediaType,
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest
} from './types.js'

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

/** Nested indexes followed at most when looking for the manifest of a config. */
const MAX_INDEX_DEPTH = 4

/** Opens one image of a `docker save` tarball (either format): the only one, or the one `selector` names. */
export async function openDockerArchive(file: string, selector: ArchiveSelector = {}): Promise<ImageSource> {
  const suffix =
    selector.index !== undefined ? `:@${selector.index}` : selector.image ? `:${selector.image}` : ''
  const label = `docker-archive:${file}${suffix}`
  const archive = await TarArchive.open(file, label)
  if (archive.has(LAYOUT_FILE) && archive.has(INDEX_FILE)) return openOciArchive(archive, selector)
  if (archive.has('manifest.json')) return openLegacyArchive(archive, selector)
  throw new SourceError(`${label} is not a docker save archive: it has neither index.json nor manifest.json.`)
}

/**
 * Docker ≥25 (and ctr export): the archive is an OCI layout. One image manifest is read directly;
 * otherwise manifest.json says which image (a selector, or the one platform ctr exported).
 */
async function openOciArchive(archive: TarArchive, selector: ArchiveSelector): Promise<ImageSource> {
  const files = layoutFiles(archive)
  const index = parseJson(
    await archive.read(INDEX_FILE, MAX_MANIFEST_BYTES),
    `${archive.label}: ${INDEX_FILE}`
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
  archive: TarArchive,
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
async function holdsOneImage(archive: TarArchive, index: Descriptor): Promise<boolean> {
  const path = blobPathOf(index.digest)
  if (path === undefined || !archive.has(path) || index.size > MAX_MANIFEST_BYTES) return false
  const bytes = await archive.read(path, MAX_MANIFEST_BYTES)
  checkContent(bytes, index, `index in ${archive.label}`)
  const manifests = (parseJson(bytes, `${archive.label}: ${index.digest}`) as Partial<ImageIndex>).manifests
  const images = Array.isArray(manifests) ? manifests.filter(entry => !isAttestation(entry, manifests)) : []
  const image = images.length === 1 ? blobPathOf(images[0]?.digest) : undefined
  return image !== undefined && archive.has(image)
}

async function readManifestJson(archive: TarArchive): Promise<LegacyManifestEntry[]> {
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
  return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest) ? blobPath(digest) : undefined
}

/** Legacy format: the manifest is synthesised; layers are the uncompressed layer.tar files (their diff_ids). */
async function openLegacyArchive(archive: TarArchive, selector: ArchiveSelector): Promise<ImageSource> {
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
  archive: TarArchive,
  entry: TarEntry
): Promise<{ descriptor: Descriptor; diffId: string }> {
  const head = entry.size >= 2 ? await archive.readRange(entry, 2) : Buffer.alloc(0)
  const gzipped = isGzip(head)
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

/** The archive as the files of an OCI layout (Docker ≥25 format). */
function layoutFiles(archive: TarArchive): LayoutFiles {
  return {
    where: `archive ${archive.file}`,
    read: async (path, maxBytes) => (archive.has(path) ? archive.read(path, maxBytes) : undefined),
    open: async path => (archive.has(path) ? archive.stream(archive.entry(path)) : undefined)
  }
}
