/**
 * Image sources read from local files: an OCI image layout directory (`oci-layout:DIR[:TAG|@DIGEST]`)
 * or a `docker save` tarball (`docker-archive:FILE`, see docker-archive.ts). Each yields one platform
 * image whose manifest bytes are exactly what will be pushed, and whose blobs stream through a digest
 * check so a corrupted local file fails the upload instead of publishing wrong content.
 */
import { readBlobFile } from './file-stream.js'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { SourceError } from '../util/errors.js'
import { isAttestation, splitSinglePlatformIndex } from './attestation.js'
import { checkContent, isDigest, VerifyingStream } from './digest.js'
import {
  blobPath,
  INDEX_FILE,
  LAYOUT_FILE,
  LAYOUT_VERSION,
  parseIndex,
  REF_NAME_ANNOTATION
} from './layout-format.js'
import { formatPlatform } from './platform.js'
import {
  isIndexMediaType,
  MAX_MANIFEST_BYTES,
  MediaType,
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest
} from './types.js'

/** A manifest carried along with a platform image (a BuildKit attestation), pushed as it is. */
export interface AttachedManifest {
  /** The index entry as the source's index lists it (platform and annotations kept). */
  descriptor: Descriptor
  bytes: Buffer
  /** Its config and layers. */
  blobs: Descriptor[]
}

/** One platform image read from local files. */
export interface ImageSource {
  /** What the user wrote, e.g. 'oci-layout:./out/amd64:v1'. */
  readonly label: string
  /** The manifest bytes exactly as they will be pushed (their digest is `descriptor.digest`). */
  readonly manifest: { descriptor: Descriptor; bytes: Buffer; manifest: ImageManifest }
  readonly config: ImageConfig
  /** Config first, then layers: every blob that must exist before the manifest is pushed. */
  readonly blobs: Descriptor[]
  /** Attestation manifests of the image (from a BuildKit index); `openBlob` serves their blobs too. */
  readonly attestations: AttachedManifest[]
  /** A fresh stream per call (uploads may be retried), failing if the content does not match. */
  openBlob(descriptor: Descriptor): Promise<Readable>
}

const IMAGE_MANIFEST_MEDIA_TYPES: readonly string[] = [MediaType.OciManifest, MediaType.DockerManifest]
/** Nested indexes deeper than this are not searched for a digest (real layouts nest one level). */
const MAX_INDEX_DEPTH = 4

/** Opens one platform image of an OCI image layout directory, chosen by tag (ref.name) or digest. */
export async function openOciLayout(
  dir: string,
  selector: { tag?: string; digest?: string } = {}
): Promise<ImageSource> {
  const suffix = selector.digest ? `@${selector.digest}` : selector.tag ? `:${selector.tag}` : ''
  return readOciLayout(directoryFiles(dir), `oci-layout:${dir}${suffix}`, selector)
}

/** The files of an OCI layout, wherever they are stored (a directory, or entries of a tar archive). */
export interface LayoutFiles {
  /** Names the container in messages, e.g. "directory ./out" or "archive image.tar". */
  readonly where: string
  /** The file's bytes, or undefined when it does not exist. Refuses files larger than `maxBytes`. */
  read(path: string, maxBytes: number): Promise<Buffer | undefined>
  /** A stream of the file, or undefined when it does not exist. */
  open(path: string): Promise<Readable | undefined>
}

function directoryFiles(dir: string): LayoutFiles {
  const where = `directory ${dir}`
  return {
    where,
    async read(path, maxBytes) {
      const size = await sizeOf(join(dir, path))
      if (size === undefined) return undefined
      if (size > maxBytes)
        throw new SourceError(`${path} in ${where} is ${size} bytes, more than the ${maxBytes} allowed.`)
      return readFile(join(dir, path))
    },
    async open(path) {
      if ((await sizeOf(join(dir, path))) === undefined) return undefined
      return readBlobFile(join(dir, path))
    }
  }
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path)
    return info.isFile() ? info.size : undefined
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Reads an OCI image layout (oci-layout + index.json + blobs/) and opens the selected platform image. */
export async function readOciLayout(
  files: LayoutFiles,
  label: string,
  selector: { tag?: string; digest?: string }
): Promise<ImageSource> {
  await checkLayoutVersion(files)
  const index = await readIndexJson(files)
  let descriptor = await selectManifest(files, label, index, selector)
  let attestationEntries: Descriptor[] = []
  if (isIndexMediaType(descriptor.mediaType)) {
    // docker buildx --output type=oci: one image and its attestations in an index.
    const nested = await readNestedIndex(files, descriptor)
    if (
      nested === undefined ||
      nested.manifests.filter(entry => !isAttestation(entry, nested.manifests)).length !== 1
    ) {
      throw await multiPlatformError(files, label, descriptor)
    }
    const split = splitSinglePlatformIndex(nested, label, descriptor.digest)
    descriptor = split.image
    attestationEntries = split.attestations
  }
  if (!IMAGE_MANIFEST_MEDIA_TYPES.includes(descriptor.mediaType)) {
    throw new SourceError(
      `${label}: ${descriptor.digest} has media type '${descriptor.mediaType}', not an image manifest (${IMAGE_MANIFEST_MEDIA_TYPES.join(' or ')}).`
    )
  }

  const bytes = await readBlob(files, label, descriptor, 'manifest')
  const manifest = parseJson(bytes, `${label}: manifest ${descriptor.digest}`) as ImageManifest
  if (manifest.config === undefined || !Array.isArray(manifest.layers)) {
    throw new SourceError(`${label}: manifest ${descriptor.digest} has no config or no layers list.`)
  }
  if (manifest.mediaType !== undefined && manifest.mediaType !== descriptor.mediaType) {
    throw new SourceError(
      `${label}: manifest ${descriptor.digest} says media type '${manifest.mediaType}' but index.json says '${descriptor.mediaType}'.`
    )
  }
  const configBytes = await readBlob(files, label, manifest.config, 'config')
  const config = parseJson(configBytes, `${label}: config ${manifest.config.digest}`) as ImageConfig
  const blobs = [manifest.config, ...manifest.layers.filter(isDistributable)]
  const attestations: AttachedManifest[] = []
  for (const entry of attestationEntries) {
    const attestationBytes = await readBlob(files, label, entry, 'attestation manifest')
    attestations.push({
      descriptor: entry,
      bytes: attestationBytes,
      blobs: manifestBlobs(attestationBytes, `${label}: attestation manifest ${entry.digest}`)
    })
  }
  const served = [...blobs, ...attestations.flatMap(attestation => attestation.blobs)]

  return {
    label,
    manifest: {
      descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size },
      bytes,
      manifest
    },
    config,
    blobs,
    attestations,
    async openBlob(wanted) {
      const blob = imageBlob(served, wanted, label)
      const stream = await files.open(blobPath(blob.digest))
      if (stream === undefined) throw missingBlob(files, label, blob.digest)
      return verified(stream, blob, `blob in ${label}`)
    }
  }
}

/** Config and distributable layers of a manifest's bytes (already digest-checked by the caller). */
export function manifestBlobs(bytes: Buffer, what: string): Descriptor[] {
  const manifest = parseJson(bytes, what) as ImageManifest
  if (manifest?.config === undefined || !Array.isArray(manifest.layers)) {
    throw new SourceError(`${what} has no config or no layers list.`)
  }
  for (const blob of [manifest.config, ...manifest.layers]) checkDescriptorShape(blob, what)
  return [manifest.config, ...manifest.layers.filter(isDistributable)]
}

/** The image's own descriptor for `wanted`: a source serves no blob that is not part of its image. */
export function imageBlob(blobs: Descriptor[], wanted: Descriptor, label: string): Descriptor {
  const blob = blobs.find(candidate => candidate.digest === wanted.digest && candidate.size === wanted.size)
  if (blob === undefined) {
    throw new SourceError(`${label}: blob ${wanted.digest} (${wanted.size} bytes) is not part of this image.`)
  }
  return blob
}

/** Pipes `stream` through a digest and size check; errors of either side end the returned stream. */
export function verified(stream: Readable, descriptor: Descriptor, what: string): Readable {
  const verifying = new VerifyingStream(descriptor, what)
  stream.on('error', error => verifying.destroy(error))
  return stream.pipe(verifying)
}

async function checkLayoutVersion(files: LayoutFiles): Promise<void> {
  const bytes = await files.read(LAYOUT_FILE, 64 * 1024)
  if (bytes === undefined) {
    throw new SourceError(`${files.where} is not an OCI image layout: it has no oci-layout file.`)
  }
  const version = (parseJson(bytes, `${LAYOUT_FILE} in ${files.where}`) as { imageLayoutVersion?: unknown })
    .imageLayoutVersion
  if (version !== LAYOUT_VERSION) {
    throw new SourceError(
      `${files.where} has imageLayoutVersion ${JSON.stringify(version)}; only ${LAYOUT_VERSION} is supported.`
    )
  }
}

async function readIndexJson(files: LayoutFiles): Promise<ImageIndex> {
  const what = `${INDEX_FILE} in ${files.where}`
  const bytes = await files.read(INDEX_FILE, MAX_MANIFEST_BYTES)
  if (bytes === undefined)
    throw new SourceError(`${files.where} is not an OCI image layout: it has no ${INDEX_FILE}.`)
  const parsed = parseIndex(bytes)
  if ('notJson' in parsed) throw new SourceError(`${what} is not valid JSON: ${parsed.notJson}`)
  if ('noManifests' in parsed) throw new SourceError(`${what} has no manifests list.`)
  for (const descriptor of parsed.index.manifests) checkDescriptorShape(descriptor, what)
  return parsed.index
}

async function selectManifest(
  files: LayoutFiles,
  label: string,
  index: ImageIndex,
  selector: { tag?: string; digest?: string }
): Promise<Descriptor> {
  if (selector.digest !== undefined) {
    const found = await findByDigest(files, index, selector.digest, 0)
    if (found === undefined) {
      throw new SourceError(`${label}: no manifest ${selector.digest} in ${files.where}. ${available(index)}`)
    }
    return found
  }
  if (selector.tag !== undefined) {
    const tagged = index.manifests.filter(
      descriptor => descriptor.annotations?.[REF_NAME_ANNOTATION] === selector.tag
    )
    const digests = new Set(tagged.map(descriptor => descriptor.digest))
    if (digests.size === 0)
      throw new SourceError(`${label}: no tag '${selector.tag}' in ${files.where}. ${available(index)}`)
    if (digests.size > 1) {
      throw new SourceError(
        `${label}: tag '${selector.tag}' names ${digests.size} manifests; pick one by @digest.`
      )
    }
    return tagged[0]
  }
  const digests = new Set(index.manifests.map(descriptor => descriptor.digest))
  if (digests.size === 1) return index.manifests[0]
  if (digests.size === 0)
    throw new SourceError(`${label}: ${files.where} holds no images (index.json is empty).`)
  throw new SourceError(
    `${label}: ${files.where} holds ${digests.size} images; pick one with :TAG or @DIGEST. ${available(index)}`
  )
}

/** Looks through index.json and the nested indexes it references (a multi-platform layout). */
async function findByDigest(
  files: LayoutFiles,
  index: ImageIndex,
  digest: string,
  depth: number
): Promise<Descriptor | undefined> {
  const direct = index.manifests.find(descriptor => descriptor.digest === digest)
  if (direct !== undefined || depth >= MAX_INDEX_DEPTH) return direct
  for (const nested of index.manifests.filter(descriptor => isIndexMediaType(descriptor.mediaType))) {
    const child = await readNestedIndex(files, nested)
    const found = child && (await findByDigest(files, child, digest, depth + 1))
    if (found !== undefined) return found
  }
  return undefined
}

async function readNestedIndex(files: LayoutFiles, descriptor: Descriptor): Promise<ImageIndex | undefined> {
  if (descriptor.size > MAX_MANIFEST_BYTES) return undefined
  const bytes = await files.read(blobPath(descriptor.digest), MAX_MANIFEST_BYTES)
  if (bytes === undefined) return undefined
  checkContent(bytes, descriptor, `index in ${files.where}`)
  const index = parseJson(bytes, `index ${descriptor.digest} in ${files.where}`) as ImageIndex
  if (!Array.isArray(index.manifests)) return undefined
  for (const child of index.manifests)
    checkDescriptorShape(child, `index ${descriptor.digest} in ${files.where}`)
  return index
}

async function multiPlatformError(
  files: LayoutFiles,
  label: string,
  descriptor: Descriptor
): Promise<SourceError> {
  const nested = await readNestedIndex(files, descriptor)
  const choices = (nested?.manifests ?? [])
    .filter(child => IMAGE_MANIFEST_MEDIA_TYPES.includes(child.mediaType))
    .map(child => `${child.platform ? formatPlatform(child.platform) : 'unknown platform'} @${child.digest}`)
  const list = choices.length > 0 ? ` Its platform manifests: ${choices.join(', ')}.` : ''
  return new SourceError(
    `${label}: ${descriptor.digest} is a multi-platform image index, but each manifests line is one platform image. ` +
      `Pick one platform manifest by digest (oci-layout:DIR@sha256:…) and give each platform its own line.${list}`
  )
}

async function readBlob(
  files: LayoutFiles,
  label: string,
  descriptor: Descriptor,
  what: string
): Promise<Buffer> {
  checkDescriptorShape(descriptor, `${label}: ${what}`)
  if (descriptor.size > MAX_MANIFEST_BYTES) {
    throw new SourceError(
      `${label}: ${what} ${descriptor.digest} is ${descriptor.size} bytes, more than the ${MAX_MANIFEST_BYTES} allowed.`
    )
  }
  const bytes = await files.read(blobPath(descriptor.digest), MAX_MANIFEST_BYTES)
  if (bytes === undefined) throw missingBlob(files, label, descriptor.digest)
  checkContent(bytes, descriptor, `${what} in ${label}`)
  return bytes
}

/** Digests become file paths, so they are validated first: nothing like '../' reaches the filesystem. */
function checkDescriptorShape(descriptor: Descriptor, where: string): void {
  if (typeof descriptor?.mediaType !== 'string' || !isDigest(String(descriptor.digest))) {
    throw new SourceError(
      `${where}: descriptor ${JSON.stringify(descriptor)} lacks a media type or a valid digest.`
    )
  }
  if (!Number.isSafeInteger(descriptor.size) || descriptor.size < 0) {
    throw new SourceError(
      `${where}: descriptor ${descriptor.digest} has an invalid size ${JSON.stringify(descriptor.size)}.`
    )
  }
}

function missingBlob(files: LayoutFiles, label: string, digest: string): SourceError {
  return new SourceError(
    `${label}: blob ${digest} is missing from ${files.where} (expected at ${blobPath(digest)}).`
  )
}

/** Foreign (non-distributable) layers are fetched from their URLs by clients, never pushed. */
function isDistributable(layer: Descriptor): boolean {
  return !/nondistributable|foreign/.test(layer.mediaType)
}

function available(index: ImageIndex): string {
  const names = index.manifests.map(
    descriptor => descriptor.annotations?.[REF_NAME_ANNOTATION] ?? `@${descriptor.digest} (untagged)`
  )
  return names.length > 0 ? `Available: ${names.join(', ')}.` : 'It holds no images.'
}

export function parseJson(bytes: Buffer, what: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new SourceError(`${what} is not valid JSON: ${(error as Error).message}`)
  }
}
