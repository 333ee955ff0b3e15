import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, truncate, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Readable } from 'node:stream'
import { ContentMismatchError, SourceError } from '../../src/util/errors.js'
import { InvalidSourceError } from '../../src/oci/errors.js'
import { openOciLayout } from '../../src/oci/layout.js'
import { openSource, parseSourceSpec } from '../../src/oci/source.js'
import { MediaType, type Descriptor, type ImageIndex, type ImageManifest } from '../../src/oci/types.js'
import { makeDockerArchive, makeOciLayout, type TestImage } from '../helpers/images.js'

const blobFile = (dir: string, digest: string): string =>
  join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length))
const sha256 = (bytes: Buffer | string): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a rejection')
}

async function writeJsonBlob(dir: string, value: unknown, mediaType: string): Promise<Descriptor> {
  const bytes = Buffer.from(JSON.stringify(value))
  const descriptor = { mediaType, digest: sha256(bytes), size: bytes.length }
  await writeFile(blobFile(dir, descriptor.digest), bytes)
  return descriptor
}

async function setIndexJson(dir: string, manifests: Descriptor[]): Promise<void> {
  await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests }))
}

let scratch: string
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'signet-layout-test-'))
})
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('parseSourceSpec', () => {
  test.each([
    ['oci-layout:./out/amd64:v1', { kind: 'oci-layout', dir: './out/amd64', tag: 'v1' }],
    ['oci-layout:out', { kind: 'oci-layout', dir: 'out' }],
    ['oci-layout:/a:b/c', { kind: 'oci-layout', dir: '/a:b/c' }],
    ['oci-layout:/a:b/c:t', { kind: 'oci-layout', dir: '/a:b/c', tag: 't' }],
    [
      `oci-layout:out@sha256:${'a'.repeat(64)}`,
      { kind: 'oci-layout', dir: 'out', digest: `sha256:${'a'.repeat(64)}` }
    ],
    ['docker-archive:./img.tar', { kind: 'docker-archive', file: './img.tar' }],
    [
      'registry.example.com:5000/team/app:1.0',
      { kind: 'registry', reference: 'registry.example.com:5000/team/app:1.0' }
    ]
  ])('%s', (spec, expected) => {
    expect(parseSourceSpec(spec)).toEqual(expected)
  })

  test.each([
    ['oci-layout:', /names no directory/],
    ['oci-layout::v1', /names no directory/],
    ['oci-layout:out:', /no tag/],
    ['oci-layout:out@sha256:abc', /invalid digest 'sha256:abc'/],
    ['docker-archive:', /names no file/]
  ])('rejects %s', (spec, message) => {
    expect(() => parseSourceSpec(spec)).toThrow(InvalidSourceError)
    expect(() => parseSourceSpec(spec)).toThrow(message)
  })
})

describe('openOciLayout', () => {
  let amd64: TestImage
  let arm64: TestImage
  beforeEach(async () => {
    amd64 = await makeOciLayout({ dir: scratch, tag: 'amd64', seed: 'layout-amd64' })
    arm64 = await makeOciLayout({
      dir: scratch,
      tag: 'arm64',
      seed: 'layout-arm64',
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
      layerSizes: [3000],
      gzip: true
    })
  })

  test('by tag: manifest bytes, config, and blobs in push order', async () => {
    const source = await openOciLayout(scratch, { tag: 'arm64' })
    expect(source.label).toBe(`oci-layout:${scratch}:arm64`)
    expect(source.manifest.descriptor).toEqual(arm64.manifest)
    expect(sha256(source.manifest.bytes)).toBe(arm64.manifest.digest)
    expect(source.manifest.manifest.layers).toEqual(arm64.layers)
    expect(source.config).toMatchObject({ os: 'linux', architecture: 'arm64', variant: 'v8' })
    expect(source.blobs).toEqual([arm64.config, ...arm64.layers])
  })

  test('by digest', async () => {
    const source = await openOciLayout(scratch, { digest: amd64.manifest.digest })
    expect(source.manifest.descriptor).toEqual(amd64.manifest)
    expect(source.label).toBe(`oci-layout:${scratch}@${amd64.manifest.digest}`)
    expect(source.config.architecture).toBe('amd64')
  })

  test('several images and no selector: the error lists the tags', async () => {
    const error = await caught(openOciLayout(scratch))
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toMatch(/holds 2 images; pick one with :TAG or @DIGEST\. Available: amd64, arm64\./)
  })

  test('an unknown tag or digest lists what is there', async () => {
    expect((await caught(openOciLayout(scratch, { tag: 'riscv' }))).message).toMatch(
      /no tag 'riscv' .*Available: amd64, arm64/
    )
    const absent = sha256('absent')
    expect((await caught(openOciLayout(scratch, { digest: absent }))).message).toContain(
      `no manifest ${absent}`
    )
  })

  test('a single image needs no selector', async () => {
    const only = await makeOciLayout({ dir: join(scratch, 'single'), tag: 'v1', seed: 'single' })
    const source = await openOciLayout(only.dir)
    expect(source.manifest.descriptor).toEqual(only.manifest)
  })

  test('openBlob returns a fresh, complete stream on every call', async () => {
    const source = await openOciLayout(scratch, { tag: 'amd64' })
    for (const blob of source.blobs) {
      const expected = await readFile(blobFile(scratch, blob.digest))
      const first = await readAll(await source.openBlob(blob))
      const second = await readAll(await source.openBlob(blob))
      expect(first.equals(expected)).toBe(true)
      expect(second.equals(expected)).toBe(true)
    }
    const foreign = await caught(source.openBlob(arm64.layers[0]))
    expect(foreign).toBeInstanceOf(SourceError)
    expect(foreign.message).toContain(`blob ${arm64.layers[0].digest}`)
  })

  test('a corrupted layer file is caught while streaming', async () => {
    const source = await openOciLayout(scratch, { tag: 'amd64' })
    const layer = amd64.layers[1]
    const bytes = await readFile(blobFile(scratch, layer.digest))
    bytes[bytes.length - 1] ^= 0xff
    await writeFile(blobFile(scratch, layer.digest), bytes)
    const error = await caught(readAll(await source.openBlob(layer)))
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect(error.message).toMatch(new RegExp(`${layer.digest}: digest mismatch`))

    await truncate(blobFile(scratch, layer.digest), 10)
    const short = await caught(readAll(await source.openBlob(layer)))
    expect(short.message).toMatch(/size mismatch \(expected \d+ bytes, got 10\)/)
  })

  test('a missing layer file fails openBlob (not open) with a SourceError naming the digest', async () => {
    await unlink(blobFile(scratch, amd64.layers[0].digest))
    const source = await openOciLayout(scratch, { tag: 'amd64' })
    const error = await caught(source.openBlob(amd64.layers[0]))
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toContain(`blob ${amd64.layers[0].digest} is missing`)
  })

  test('a missing config blob fails open, naming the digest', async () => {
    await unlink(blobFile(scratch, amd64.config.digest))
    const error = await caught(openOciLayout(scratch, { tag: 'amd64' }))
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toContain(`blob ${amd64.config.digest} is missing`)
  })

  test('a manifest blob that does not match index.json is refused', async () => {
    const path = blobFile(scratch, amd64.manifest.digest)
    await writeFile(
      path,
      (await readFile(path)).toString('utf8').replace('"schemaVersion":2', '"schemaVersion":2 ')
    )
    const error = await caught(openOciLayout(scratch, { tag: 'amd64' }))
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect(error.message).toContain(amd64.manifest.digest)
  })

  test('a multi-platform index is refused, with its platform manifests to pick from; @digest picks one', async () => {
    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: [
        { ...amd64.manifest, platform: amd64.platform },
        { ...arm64.manifest, platform: arm64.platform }
      ]
    }
    const indexDescriptor = await writeJsonBlob(scratch, index, MediaType.OciIndex)
    await setIndexJson(scratch, [
      { ...indexDescriptor, annotations: { 'org.opencontainers.image.ref.name': 'multi' } }
    ])
    const error = await caught(openOciLayout(scratch, { tag: 'multi' }))
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toContain('multi-platform image index')
    expect(error.message).toContain(`linux/amd64 @${amd64.manifest.digest}`)
    expect(error.message).toContain(`linux/arm64/v8 @${arm64.manifest.digest}`)
    const picked = await openOciLayout(scratch, { digest: arm64.manifest.digest })
    expect(picked.manifest.descriptor).toEqual(arm64.manifest)
  })

  test('Docker media types are read as they are', async () => {
    const manifest = JSON.parse((await readFile(blobFile(scratch, arm64.manifest.digest))).toString('utf8'))
    const docker: ImageManifest = {
      schemaVersion: 2,
      mediaType: MediaType.DockerManifest,
      config: { ...manifest.config, mediaType: MediaType.DockerConfig },
      layers: manifest.layers.map((layer: Descriptor) => ({ ...layer, mediaType: MediaType.DockerLayerGzip }))
    }
    const descriptor = await writeJsonBlob(scratch, docker, MediaType.DockerManifest)
    await setIndexJson(scratch, [descriptor])
    const source = await openOciLayout(scratch)
    expect(source.manifest.descriptor).toEqual(descriptor)
    expect(source.blobs.map(blob => blob.mediaType)).toEqual([
      MediaType.DockerConfig,
      MediaType.DockerLayerGzip
    ])
    expect(sha256(await readAll(await source.openBlob(source.blobs[1])))).toBe(arm64.layers[0].digest)
  })

  test('an artifact (not an image manifest) is refused', async () => {
    await setIndexJson(scratch, [{ ...amd64.manifest, mediaType: 'application/vnd.example+json' }])
    expect((await caught(openOciLayout(scratch))).message).toMatch(/not an image manifest/)
  })

  test('a digest that would escape blobs/ is refused before touching the filesystem', async () => {
    await setIndexJson(scratch, [
      { mediaType: MediaType.OciManifest, digest: 'sha256:../../etc/passwd', size: 1 }
    ])
    const error = await caught(openOciLayout(scratch))
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toMatch(/valid digest/)
  })

  test('a directory that is not a layout, or of another layout version', async () => {
    expect((await caught(openOciLayout(join(scratch, 'blobs')))).message).toMatch(/no oci-layout file/)
    await writeFile(join(scratch, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '2.0.0' }))
    expect((await caught(openOciLayout(scratch))).message).toMatch(/imageLayoutVersion "2.0.0"; only 1.0.0/)
  })
})

describe('the notation-go test vector layout (read in place)', () => {
  const dir = resolve(process.cwd(), '__tests__/fixtures/notation-go/oci-layout')
  const layer = 'sha256:63b65145d645c1250c391b2d16ebe53b3747c295ca8ba2fcb6b0cf064a4dc21c'

  test('tag v2: the manifest and config are read; the absent layer fails openBlob naming its digest', async () => {
    const source = await openOciLayout(dir, { tag: 'v2' })
    expect(source.manifest.descriptor).toEqual({
      mediaType: MediaType.OciManifest,
      digest: 'sha256:19dbd2e48e921426ee8ace4dc892edfb2ecdc1d1a72d5416c83670c30acecef0',
      size: 481
    })
    expect(source.config).toMatchObject({ os: 'linux', architecture: 'amd64' })
    expect(source.blobs.map(blob => blob.digest)).toEqual([
      'sha256:572996c3caeacea40b947911a9dda21516c082b5a64af30048a02a6f5eb956d4',
      layer
    ])
    const config = await readAll(await source.openBlob(source.blobs[0]))
    expect(sha256(config)).toBe(source.blobs[0].digest)
    const error = await caught(source.openBlob(source.blobs[1]))
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toContain(layer)
  })
})

describe('openSource', () => {
  test('dispatches layouts and docker archives; registry references are not local', async () => {
    const image = await makeOciLayout({ dir: join(scratch, 'layout'), tag: 'v1', seed: 'dispatch' })
    const fromLayout = await openSource(parseSourceSpec(`oci-layout:${image.dir}:v1`))
    expect(fromLayout.manifest.descriptor).toEqual(image.manifest)

    const archive = await makeDockerArchive({
      file: join(scratch, 'image.tar'),
      format: 'legacy',
      seed: 'dispatch'
    })
    const fromArchive = await openSource(parseSourceSpec(`docker-archive:${archive.file}`))
    expect(fromArchive.manifest.descriptor).toEqual(archive.manifest)

    await expect(openSource(parseSourceSpec('registry.example.com/app:1'))).rejects.toThrow(SourceError)
  })
})
