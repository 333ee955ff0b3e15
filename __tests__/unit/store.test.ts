/** The local verified store on its own: an in-memory source stands in for the registry. */
import { createReadStream, existsSync, readdirSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import tar from 'tar-stream'
import type { ContentSource } from '../../src/oci/content.js'
import { ContentMismatchError } from '../../src/util/errors.js'
import { describe as describeContent, sha256Digest, VerifyingStream } from '../../src/oci/digest.js'
import { MediaType, type Descriptor } from '../../src/oci/types.js'
import { REF_NAME_ANNOTATION } from '../../src/oci/layout-format.js'
import { LayoutStore, StoreError, writeDockerArchive } from '../../src/store/layout-store.js'
import { recordingLog } from '../helpers/signet.js'

/** The repository the recordings are of (it names the cosign `.sig` tags it records). */
const APP = { registry: 'r.example', repository: 'app' }
const SIGNATURE_TYPE = 'application/vnd.cncf.notary.signature'

/** A tiny image (config + two layers), a signature manifest for it, served from memory. */
function makeImage() {
  const layers = [Buffer.from('layer one '.repeat(500)), Buffer.from('layer two '.repeat(300))]
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: layers.map(layer => sha256Digest(layer)) }
    })
  )
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: describeContent(config, MediaType.OciConfig),
      layers: layers.map(layer => describeContent(layer, MediaType.OciLayer))
    })
  )
  const manifestDescriptor = describeContent(manifest, MediaType.OciManifest)
  const envelope = Buffer.from('{"payload":"x"}')
  const signature = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      artifactType: SIGNATURE_TYPE,
      config: { mediaType: MediaType.OciEmpty, digest: sha256Digest('{}'), size: 2 },
      layers: [describeContent(envelope, 'application/jose+json')],
      subject: manifestDescriptor,
      annotations: { 'org.opencontainers.image.created': '2024-01-01T00:00:00Z' }
    })
  )
  const blobs = new Map<string, Buffer>([config, ...layers, envelope].map(blob => [sha256Digest(blob), blob]))
  const manifests = new Map<string, Buffer>([
    [manifestDescriptor.digest, manifest],
    [sha256Digest(signature), signature]
  ])
  return {
    config: describeContent(config, MediaType.OciConfig),
    layers: layers.map(layer => describeContent(layer, MediaType.OciLayer)),
    manifest: manifestDescriptor,
    signature: describeContent(signature, MediaType.OciManifest),
    envelope: describeContent(envelope, 'application/jose+json'),
    blobs,
    manifests
  }
}

type Image = ReturnType<typeof makeImage>

/** Serves the image like a registry repository would, counting blob reads. */
function memorySource(
  image: Image,
  tags: Record<string, string> = {}
): ContentSource & { blobReads: number } {
  const source = {
    blobReads: 0,
    resolve: async (reference: string) => {
      const digest = tags[reference] ?? reference
      const bytes = image.manifests.get(digest)
      if (bytes === undefined) throw new Error(`unknown ${reference}`)
      return { mediaType: MediaType.OciManifest, digest, size: bytes.byteLength }
    },
    fetchManifest: async (reference: string) => {
      const digest = tags[reference] ?? reference
      const bytes = image.manifests.get(digest) as Buffer
      return {
        descriptor: { mediaType: MediaType.OciManifest, digest, size: bytes.byteLength },
        bytes,
        manifest: JSON.parse(bytes.toString())
      }
    },
    fetchBlob: async (descriptor: Descriptor) => {
      source.blobReads++
      return Readable.from([image.blobs.get(descriptor.digest) as Buffer]).pipe(
        new VerifyingStream(descriptor, 'blob')
      )
    },
    fetchBlobBytes: async (descriptor: Descriptor) => image.blobs.get(descriptor.digest) as Buffer,
    referrers: async (digest: string) =>
      digest === image.manifest.digest ? [{ ...image.signature, artifactType: SIGNATURE_TYPE }] : []
  }
  return source as unknown as ContentSource & { blobReads: number }
}

async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Reads everything `verify` would through `source`. */
async function readThrough(source: ContentSource, image: Image, tag: string): Promise<void> {
  const resolved = await source.resolve(tag)
  await source.fetchManifest(resolved.digest)
  for (const blob of [image.config, ...image.layers]) await readAll(await source.fetchBlob(blob))
  const [referrer] = await source.referrers(resolved.digest, SIGNATURE_TYPE)
  await source.fetchManifest(referrer.digest)
  await source.fetchBlobBytes(image.envelope, 1024)
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-store-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

test('open creates an empty OCI image layout', async () => {
  const store = await LayoutStore.open(join(dir, 'store'))
  expect(JSON.parse(await readFile(join(dir, 'store', 'oci-layout'), 'utf8'))).toEqual({
    imageLayoutVersion: '1.0.0'
  })
  await store.addReference('r.example/a:1', {
    mediaType: MediaType.OciManifest,
    digest: sha256Digest('x'),
    size: 1
  })
  const index = JSON.parse(await readFile(join(dir, 'store', 'index.json'), 'utf8'))
  expect(index.schemaVersion).toBe(2)
  expect(index.manifests).toEqual([
    {
      mediaType: MediaType.OciManifest,
      digest: sha256Digest('x'),
      size: 1,
      annotations: { [REF_NAME_ANNOTATION]: 'r.example/a:1' }
    }
  ])
  // Re-opening reads what was written.
  expect((await LayoutStore.open(join(dir, 'store'))).entries).toHaveLength(1)
})

test('recording writes everything read; the store then serves it alone, verified', async () => {
  const image = makeImage()
  const remote = memorySource(image, { '1.0': image.manifest.digest })
  const store = await LayoutStore.open(dir)
  await readThrough(store.recording(remote, APP), image, '1.0')
  await store.addReference('r.example/app:1.0', image.manifest)
  const readsBefore = remote.blobReads

  for (const digest of [...image.blobs.keys(), ...image.manifests.keys()]) {
    expect(existsSync(store.blobPath(digest))).toBe(true)
  }
  expect(readdirSync(join(dir, 'blobs', 'sha256')).filter(name => name.endsWith('.tmp'))).toEqual([])

  const local = store.repository({ registry: 'r.example', repository: 'app' })
  expect(await local.resolve('1.0')).toEqual(image.manifest)
  await readThrough(local, image, '1.0')
  expect(remote.blobReads).toBe(readsBefore)
  expect(await readAll(await local.fetchBlob(image.layers[1]))).toEqual(
    image.blobs.get(image.layers[1].digest)
  )
  const [referrer] = await local.referrers(image.manifest.digest, SIGNATURE_TYPE)
  expect(referrer).toMatchObject({ digest: image.signature.digest, artifactType: SIGNATURE_TYPE })
  expect(referrer.annotations).toEqual({ 'org.opencontainers.image.created': '2024-01-01T00:00:00Z' })
  expect(await local.referrers(image.manifest.digest, 'application/other')).toEqual([])
  await expect(local.resolve('2.0')).rejects.toThrow(StoreError)
  await expect(local.resolve('2.0')).rejects.toThrow(/'r\.example\/app:2\.0' is not in the store/)
})

test('a tampered blob in the store fails when streamed, naming the blob', async () => {
  const image = makeImage()
  const store = await LayoutStore.open(dir)
  await readThrough(store.recording(memorySource(image, { v: image.manifest.digest }), APP), image, 'v')
  const layer = image.layers[0]
  const bytes = await readFile(store.blobPath(layer.digest))
  bytes[10] ^= 1
  await writeFile(store.blobPath(layer.digest), bytes)

  const error = await readAll(await store.fetchBlob(layer)).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ContentMismatchError)
  expect((error as ContentMismatchError).digest).toBe(layer.digest)
  expect((error as Error).message).toMatch(new RegExp(`stored blob ${layer.digest}: digest mismatch`))
})

test('a tampered manifest and a missing blob are typed errors naming the digest', async () => {
  const image = makeImage()
  const store = await LayoutStore.open(dir)
  await readThrough(store.recording(memorySource(image, { v: image.manifest.digest }), APP), image, 'v')
  await writeFile(
    store.blobPath(image.manifest.digest),
    (image.manifests.get(image.manifest.digest) as Buffer).toString().replace('amd', 'AMD') + ' '
  )
  await expect(store.fetchManifest(image.manifest.digest)).rejects.toThrow(ContentMismatchError)
  await rm(store.blobPath(image.config.digest))
  await expect(store.fetchBlob(image.config)).rejects.toThrow(
    new RegExp(`blob ${image.config.digest} is missing from the store`)
  )
  await expect(store.fetchBlobBytes(image.envelope, 4)).rejects.toThrow(/over the 4 allowed/)
})

test('recording leaves no blob file when the upstream content is wrong', async () => {
  const image = makeImage()
  const layer = image.layers[0]
  const lying: ContentSource = {
    ...memorySource(image),
    // A registry that serves other bytes than asked for, without checking them itself.
    fetchBlob: async () => Readable.from([Buffer.from('not the layer')])
  }
  const store = await LayoutStore.open(dir)
  const stream = await store.recording(lying, APP).fetchBlob(layer)
  await expect(readAll(stream)).rejects.toThrow(/size mismatch|digest mismatch/)
  await new Promise(resolve => setTimeout(resolve, 20))
  expect(readdirSync(join(dir, 'blobs', 'sha256'))).toEqual([])
})

test('a recorded blob file appears only after its stream has ended', async () => {
  const image = makeImage()
  const layer = image.layers[0]
  const bytes = image.blobs.get(layer.digest) as Buffer
  const upstream = new PassThrough()
  const slow: ContentSource = { ...memorySource(image), fetchBlob: async () => upstream }
  const store = await LayoutStore.open(dir)
  const stream = await store.recording(slow, APP).fetchBlob(layer)
  const consumed = pipeline(stream, new Writable({ write: (_chunk, _encoding, done) => done() }))
  upstream.write(bytes.subarray(0, 100))
  await new Promise(resolve => setTimeout(resolve, 20))
  expect(existsSync(store.blobPath(layer.digest))).toBe(false)
  upstream.end(bytes.subarray(100))
  await consumed
  expect(await readFile(store.blobPath(layer.digest))).toEqual(bytes)
})

test('discard removes everything and leaves an empty layout', async () => {
  const image = makeImage()
  const store = await LayoutStore.open(dir)
  await readThrough(store.recording(memorySource(image, { v: image.manifest.digest }), APP), image, 'v')
  await store.addReference('r.example/app:v', image.manifest)
  await store.discard()
  expect(readdirSync(join(dir, 'blobs', 'sha256'))).toEqual([])
  expect(store.entries).toEqual([])
  expect(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')).manifests).toEqual([])
  expect((await LayoutStore.open(dir)).entries).toEqual([])
})

test('writeDockerArchive: manifest.json, index.json and blobs agree and hash to their names', async () => {
  const image = makeImage()
  const store = await LayoutStore.open(dir)
  await readThrough(store.recording(memorySource(image, { v: image.manifest.digest }), APP), image, 'v')
  const file = join(dir, 'image.tar')
  const log = recordingLog()
  await writeDockerArchive(store, image.manifest, file, 'r.example/app:v', log)
  // The run's line: the config and layers written, with bytes, seconds and rate.
  const bytes = [image.config, ...image.layers].reduce((sum, blob) => sum + blob.size, 0)
  expect(log.lines).toEqual([
    expect.stringMatching(
      new RegExp(
        `^Archived ${1 + image.layers.length} blobs, ${(bytes / 1024).toFixed(1)} KiB in \\d+\\.\\d s \\(`
      )
    )
  ])

  const entries = new Map<string, Buffer>()
  const extract = tar.extract()
  extract.on('entry', (header, stream, next) => {
    readAll(stream).then(content => {
      entries.set(header.name, content)
      next()
    }, next)
  })
  await pipeline(createReadStream(file), extract)

  const hex = (descriptor: Descriptor) => `blobs/sha256/${descriptor.digest.slice(7)}`
  expect(JSON.parse((entries.get('manifest.json') as Buffer).toString())).toEqual([
    { Config: hex(image.config), RepoTags: ['r.example/app:v'], Layers: image.layers.map(hex) }
  ])
  const index = JSON.parse((entries.get('index.json') as Buffer).toString())
  expect(index.manifests[0]).toMatchObject({ digest: image.manifest.digest, size: image.manifest.size })
  expect(index.manifests[0].annotations['io.containerd.image.name']).toBe('r.example/app:v')
  expect(entries.has('oci-layout')).toBe(true)
  for (const descriptor of [image.manifest, image.config, ...image.layers]) {
    const content = entries.get(hex(descriptor)) as Buffer
    expect(sha256Digest(content)).toBe(descriptor.digest)
  }
})

test('writeDockerArchive refuses an index and names its platform manifests', async () => {
  const image = makeImage()
  const indexBytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: [{ ...image.manifest, platform: { os: 'linux', architecture: 'amd64' } }]
    })
  )
  const store = await LayoutStore.open(dir)
  await writeFile(store.blobPath(sha256Digest(indexBytes)), indexBytes)
  const file = join(dir, 'x.tar')
  await expect(writeDockerArchive(store, { digest: sha256Digest(indexBytes) }, file)).rejects.toThrow(
    new RegExp(`is an image index.*${image.manifest.digest} \\(linux/amd64\\)`)
  )
  expect(existsSync(file)).toBe(false)
})
