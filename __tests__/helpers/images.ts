/**
 * Test images built without Docker: OCI image layouts and `docker save` tarballs (legacy and Docker ≥25
 * formats) with real tar layers of pseudo-random bytes. Layers are streamed to disk and hashed while
 * written, so benchmarks can ask for 100 MB+ layers without holding them in memory.
 */
import { createCipheriv, createHash, randomBytes, type Hash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { PassThrough, Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import * as tar from 'tar-stream'
import { MediaType, type Descriptor, type ImageIndex, type Platform } from '../../src/oci/types.js'

export interface TestImage {
  /** The OCI layout directory. */
  dir: string
  tag: string
  manifest: Descriptor
  config: Descriptor
  layers: Descriptor[]
  platform: Platform
}

export interface OciLayoutOptions {
  /** Default: a new temporary directory. An existing layout gets the image added (same tag replaced). */
  dir?: string
  /** Default 'latest'. */
  tag?: string
  /** Default linux/amd64. */
  platform?: Platform
  /** Bytes of pseudo-random data per layer, default [1024, 2048]. */
  layerSizes?: number[]
  /** The same seed (and options) gives the same bytes and digests; default random. */
  seed?: string
  gzip?: boolean
}

const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' }
const DEFAULT_LAYER_SIZES = [1024, 2048]
const CHUNK_BYTES = 64 * 1024
/** A fixed mtime keeps seeded layers byte-identical across runs. */
const FIXED_MTIME = new Date('2024-01-01T00:00:00Z')

interface BuiltLayer {
  descriptor: Descriptor
  diffId: string
  file: string
}

interface BuiltImage {
  config: { descriptor: Descriptor; bytes: Buffer }
  layers: BuiltLayer[]
  platform: Platform
}

export async function makeOciLayout(options: OciLayoutOptions = {}): Promise<TestImage> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'signet-layout-')))
  const tag = options.tag ?? 'latest'
  const blobDir = join(dir, 'blobs', 'sha256')
  await mkdir(blobDir, { recursive: true })

  const image = await buildImage(blobDir, options)
  await writeFile(blobPath(dir, image.config.descriptor.digest), image.config.bytes)
  const manifestBytes = manifestBytesOf(
    image,
    image.layers.map(layer => layer.descriptor)
  )
  const manifest = describeBytes(manifestBytes, MediaType.OciManifest)
  await writeFile(blobPath(dir, manifest.digest), manifestBytes)

  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  const index = await readIndex(dir)
  const others = index.manifests.filter(
    entry => entry.annotations?.['org.opencontainers.image.ref.name'] !== tag
  )
  index.manifests = [
    ...others,
    { ...manifest, annotations: { 'org.opencontainers.image.ref.name': tag }, platform: image.platform }
  ]
  await writeFile(join(dir, 'index.json'), JSON.stringify(index, null, 2))

  return {
    dir,
    tag,
    manifest,
    config: image.config.descriptor,
    layers: image.layers.map(layer => layer.descriptor),
    platform: image.platform
  }
}

export interface DockerArchiveOptions {
  /** Default: `image.tar` in a new temporary directory. */
  file?: string
  /** 'legacy': manifest.json + <id>/layer.tar; 'oci': Docker ≥25, an OCI layout inside the tar. */
  format: 'legacy' | 'oci'
  platform?: Platform
  layerSizes?: number[]
  seed?: string
  /** Legacy only: put each layer under a directory whose name is longer than 100 characters. */
  longLayerPaths?: boolean
  /** Legacy only: store this config's diff_ids instead of the real ones (to test the diff_id check). */
  diffIds?: string[]
}

/**
 * A `docker save` tarball. `manifest` is the manifest Signet reads from (oci) or synthesises for
 * (legacy) the archive: for legacy archives an OCI manifest over the config bytes and the uncompressed
 * layers, with the keys in Signet's order — spelled out here independently so tests cross-check it.
 */
export async function makeDockerArchive(
  options: DockerArchiveOptions
): Promise<{ file: string; manifest: Descriptor }> {
  const work = await mkdtemp(join(tmpdir(), 'signet-archive-'))
  const file = options.file ?? join(work, 'image.tar')
  const layerDir = join(work, 'layers')
  await mkdir(layerDir)
  try {
    const image = await buildImage(layerDir, { ...options, gzip: false })
    const configBytes =
      options.diffIds === undefined ? image.config.bytes : configBytesOf(image.platform, options.diffIds)
    const configDigest = describeBytes(configBytes, MediaType.OciConfig)
    const hex = (digest: string): string => digest.slice('sha256:'.length)
    const entries: ArchiveEntry[] = []
    let manifest: Descriptor

    if (options.format === 'legacy') {
      const layerPaths = image.layers.map((layer, i) => {
        const id = hex(layer.diffId)
        return options.longLayerPaths
          ? `${id}-${'long-directory-name-'.repeat(5)}${i}/layer.tar`
          : `${id}/layer.tar`
      })
      image.layers.forEach((layer, i) => {
        const layerDirName = dirname(layerPaths[i])
        entries.push({ name: `${layerDirName}/VERSION`, content: Buffer.from('1.0') })
        entries.push({
          name: `${layerDirName}/json`,
          content: Buffer.from(JSON.stringify({ id: layerDirName }))
        })
        entries.push({ name: layerPaths[i], file: layer.file })
      })
      entries.push({ name: `${hex(configDigest.digest)}.json`, content: configBytes })
      entries.push({
        name: 'manifest.json',
        content: dockerManifestJson(`${hex(configDigest.digest)}.json`, layerPaths)
      })
      const synthesised = manifestBytesOf(
        { ...image, config: { descriptor: configDigest, bytes: configBytes } },
        image.layers.map(layer => ({
          mediaType: MediaType.OciLayer,
          digest: layer.diffId,
          size: layer.descriptor.size
        }))
      )
      manifest = describeBytes(synthesised, MediaType.OciManifest)
    } else {
      const manifestBytes = manifestBytesOf(
        image,
        image.layers.map(layer => layer.descriptor)
      )
      manifest = describeBytes(manifestBytes, MediaType.OciManifest)
      const blob = (digest: string): string => `blobs/sha256/${hex(digest)}`
      entries.push({ name: 'blobs/sha256/', directory: true })
      for (const layer of image.layers)
        entries.push({ name: blob(layer.descriptor.digest), file: layer.file })
      entries.push({ name: blob(image.config.descriptor.digest), content: image.config.bytes })
      entries.push({ name: blob(manifest.digest), content: manifestBytes })
      const index: ImageIndex = {
        schemaVersion: 2,
        mediaType: MediaType.OciIndex,
        manifests: [
          {
            ...manifest,
            annotations: {
              'io.containerd.image.name': 'docker.io/library/signet-test:latest',
              'org.opencontainers.image.ref.name': 'latest'
            }
          }
        ]
      }
      entries.push({ name: 'index.json', content: Buffer.from(JSON.stringify(index)) })
      entries.push({
        name: 'oci-layout',
        content: Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' }))
      })
      entries.push({
        name: 'manifest.json',
        content: dockerManifestJson(
          blob(image.config.descriptor.digest),
          image.layers.map(layer => blob(layer.descriptor.digest))
        )
      })
    }
    entries.push({
      name: 'repositories',
      content: Buffer.from(JSON.stringify({ 'signet-test': { latest: hex(manifest.digest) } }))
    })
    await mkdir(dirname(file), { recursive: true })
    await writeTar(file, entries)
    return { file, manifest }
  } finally {
    await rm(layerDir, { recursive: true, force: true })
  }
}

/** Pseudo-random bytes: an AES-256-CTR keystream, fast enough for 100 MB+ layers and reproducible by seed. */
export function pseudoRandomStream(size: number, seed?: string): Readable {
  const key = seed === undefined ? randomBytes(32) : createHash('sha256').update(seed).digest()
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16))
  const zeros = Buffer.alloc(CHUNK_BYTES)
  let remaining = size
  return new Readable({
    read() {
      if (remaining === 0) {
        this.push(null)
        return
      }
      const length = Math.min(remaining, CHUNK_BYTES)
      remaining -= length
      this.push(cipher.update(zeros.subarray(0, length)))
    }
  })
}

async function buildImage(layerDir: string, options: OciLayoutOptions): Promise<BuiltImage> {
  const platform = options.platform ?? DEFAULT_PLATFORM
  const sizes = options.layerSizes ?? DEFAULT_LAYER_SIZES
  const layers: BuiltLayer[] = []
  for (const [i, size] of sizes.entries()) {
    const seed = options.seed === undefined ? undefined : `${options.seed}/layer-${i}`
    layers.push(await writeLayer(layerDir, i, size, seed, options.gzip === true))
  }
  const bytes = configBytesOf(
    platform,
    layers.map(layer => layer.diffId)
  )
  return { config: { descriptor: describeBytes(bytes, MediaType.OciConfig), bytes }, layers, platform }
}

/** One tar layer (a single file of `size` pseudo-random bytes) written to `<dir>/<hex>`, hashed on the way. */
async function writeLayer(dir: string, index: number, size: number, seed: string | undefined, gzip: boolean) {
  const temporary = join(dir, `.layer-${index}-${process.pid}-${Date.now()}`)
  const diffHash = createHash('sha256')
  const blobHash = createHash('sha256')
  const pack = tar.pack()
  const written = pipeline(
    pack,
    hashing(diffHash),
    gzip ? createGzip() : new PassThrough(),
    hashing(blobHash),
    createWriteStream(temporary)
  )
  const entry = pack.entry({ name: `layer-${index}/data.bin`, size, mtime: FIXED_MTIME, mode: 0o644 })
  await pipeline(pseudoRandomStream(size, seed), entry)
  pack.finalize()
  await written

  const digest = `sha256:${blobHash.digest('hex')}`
  const file = join(dir, digest.slice('sha256:'.length))
  await rename(temporary, file)
  const mediaType = gzip ? MediaType.OciLayerGzip : MediaType.OciLayer
  return {
    descriptor: { mediaType, digest, size: (await stat(file)).size },
    diffId: `sha256:${diffHash.digest('hex')}`,
    file
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

function configBytesOf(platform: Platform, diffIds: string[]): Buffer {
  const config: Record<string, unknown> = { architecture: platform.architecture, os: platform.os }
  if (platform.variant) config.variant = platform.variant
  config.config = {}
  config.rootfs = { type: 'layers', diff_ids: diffIds }
  return Buffer.from(JSON.stringify(config))
}

function manifestBytesOf(image: Pick<BuiltImage, 'config'>, layers: Descriptor[]): Buffer {
  const { mediaType, digest, size } = image.config.descriptor
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: { mediaType, digest, size },
      layers: layers.map(layer => ({ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }))
    })
  )
}

function dockerManifestJson(config: string, layers: string[]): Buffer {
  return Buffer.from(JSON.stringify([{ Config: config, RepoTags: ['signet-test:latest'], Layers: layers }]))
}

function describeBytes(bytes: Buffer, mediaType: string): Descriptor {
  return {
    mediaType,
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    size: bytes.length
  }
}

function blobPath(dir: string, digest: string): string {
  const [algorithm, hex] = digest.split(':')
  return join(dir, 'blobs', algorithm, hex)
}

async function readIndex(dir: string): Promise<ImageIndex> {
  try {
    return JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as ImageIndex
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] }
  }
}

export type ArchiveEntry =
  | { name: string; content: Buffer }
  | { name: string; file: string }
  | { name: string; directory: true }
  | { name: string; symlink: string }

/** Writes a tar (tar-stream: ustar, pax headers for long names) streaming file entries from disk. */
export async function writeTar(file: string, entries: ArchiveEntry[]): Promise<void> {
  const pack = tar.pack()
  const written = pipeline(pack, createWriteStream(file))
  for (const entry of entries) {
    const header = { name: entry.name, mtime: FIXED_MTIME }
    if ('content' in entry) {
      await new Promise<void>((resolve, reject) =>
        pack.entry({ ...header, mode: 0o644 }, entry.content, error => (error ? reject(error) : resolve()))
      )
    } else if ('file' in entry) {
      const size = (await stat(entry.file)).size
      await pipeline(createReadStream(entry.file), pack.entry({ ...header, size, mode: 0o644 }))
    } else if ('directory' in entry) {
      pack.entry({ ...header, type: 'directory', mode: 0o755 })
    } else {
      pack.entry({ ...header, type: 'symlink', linkname: entry.symlink })
    }
  }
  pack.finalize()
  await written
}
