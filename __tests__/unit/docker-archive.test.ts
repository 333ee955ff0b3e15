import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { ContentMismatchError, SourceError } from '../../src/util/errors.js'
import { openDockerArchive } from '../../src/oci/docker-archive.js'
import { MediaType } from '../../src/oci/types.js'
import { makeDockerArchive, makeOciLayout, writeTar, type ArchiveEntry } from '../helpers/images.js'

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

/** Unpacks with GNU tar, an independent reader of the archives the helper writes. */
function extract(file: string, dir: string): string[] {
  execFileSync('tar', ['-xf', file, '-C', dir])
  return execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n')
}

let scratch: string
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'signet-archive-test-'))
})
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('legacy docker save archives', () => {
  test('synthesises an OCI manifest over the config and the uncompressed layers (digest = diff_id)', async () => {
    const archive = await makeDockerArchive({
      file: join(scratch, 'legacy.tar'),
      format: 'legacy',
      platform: { os: 'linux', architecture: 'arm', variant: 'v7' },
      layerSizes: [4000, 70_000],
      seed: 'legacy'
    })
    const source = await openDockerArchive(archive.file)
    expect(source.label).toBe(`docker-archive:${archive.file}`)
    expect(source.manifest.descriptor).toEqual(archive.manifest)
    expect(sha256(source.manifest.bytes)).toBe(archive.manifest.digest)
    expect(source.config).toMatchObject({ os: 'linux', architecture: 'arm', variant: 'v7' })
    expect(source.blobs[0].mediaType).toBe(MediaType.OciConfig)
    expect(source.blobs.slice(1).map(layer => layer.mediaType)).toEqual([
      MediaType.OciLayer,
      MediaType.OciLayer
    ])
    expect(source.blobs.slice(1).map(layer => layer.digest)).toEqual(source.config.rootfs?.diff_ids)
    expect(source.blobs).toEqual([source.manifest.manifest.config, ...source.manifest.manifest.layers])

    const unpacked = join(scratch, 'unpacked')
    await mkdir(unpacked)
    const names = extract(archive.file, unpacked)
    const manifestJson = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8'))
    const files = [manifestJson[0].Config, ...manifestJson[0].Layers] as string[]
    for (const [i, blob] of source.blobs.entries()) {
      const expected = await readFile(join(unpacked, files[i]))
      expect((await readAll(await source.openBlob(blob))).equals(expected)).toBe(true)
      expect((await readAll(await source.openBlob(blob))).equals(expected)).toBe(true)
    }
    expect(names).toContain('manifest.json')
  })

  test('a layer that does not hash to its diff_id is refused', async () => {
    const wrong = [sha256('not the layer'), sha256('nor this')]
    const archive = await makeDockerArchive({
      file: join(scratch, 'bad.tar'),
      format: 'legacy',
      diffIds: wrong
    })
    const error = await caught(openDockerArchive(archive.file))
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toMatch(
      new RegExp(
        `layer 1 \\(.*/layer.tar\\) hashes to diff_id sha256:[0-9a-f]{64} but the image config lists ${wrong[0]}`
      )
    )
  })

  test('layer paths longer than 100 characters: tar-stream pax headers, GNU tar long names and pax', async () => {
    const archive = await makeDockerArchive({
      file: join(scratch, 'long.tar'),
      format: 'legacy',
      longLayerPaths: true,
      seed: 'long'
    })
    const unpacked = join(scratch, 'unpacked')
    await mkdir(unpacked)
    const names = extract(archive.file, unpacked)
    const longest = names.reduce((a, b) => (a.length > b.length ? a : b))
    expect(longest.length).toBeGreaterThan(150)

    // tar-stream cannot split such a path into ustar prefix + name, so it writes a pax header.
    expect(String.fromCharCode((await readFile(archive.file))[156])).toBe('x')
    expect((await openDockerArchive(archive.file)).manifest.descriptor).toEqual(archive.manifest)
    for (const format of ['gnu', 'posix']) {
      const repacked = join(scratch, `${format}.tar`)
      execFileSync('tar', [`--format=${format}`, '-cf', repacked, '-C', unpacked, ...names])
      const header = (await readFile(repacked)).subarray(0, 512)
      // The first header is the long-name carrier: GNU 'L' (././@LongLink) or a pax 'x' extended header.
      expect(String.fromCharCode(header[156])).toBe(format === 'gnu' ? 'L' : 'x')
      const source = await openDockerArchive(repacked)
      expect(source.manifest.descriptor).toEqual(archive.manifest)
      const layer = source.blobs[1]
      expect(sha256(await readAll(await source.openBlob(layer)))).toBe(layer.digest)
    }
  })

  test('a layer.tar that is a symlink (docker save links repeated layers) is followed', async () => {
    const archive = await makeDockerArchive({ file: join(scratch, 'a.tar'), format: 'legacy', seed: 'links' })
    const unpacked = join(scratch, 'unpacked')
    await mkdir(unpacked)
    const names = extract(archive.file, unpacked)
    const manifestJson = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8'))
    const [firstLayer] = manifestJson[0].Layers as string[]
    await mkdir(join(unpacked, 'shared'))
    await rename(join(unpacked, firstLayer), join(unpacked, 'shared', 'layer.tar'))
    const entries: ArchiveEntry[] = [
      { name: 'shared/layer.tar', file: join(unpacked, 'shared', 'layer.tar') }
    ]
    for (const name of names) {
      entries.push(
        name === firstLayer ? { name, symlink: '../shared/layer.tar' } : { name, file: join(unpacked, name) }
      )
    }
    const linked = join(scratch, 'linked.tar')
    await writeTar(linked, entries)
    const source = await openDockerArchive(linked)
    expect(source.manifest.descriptor).toEqual(archive.manifest)
    expect(sha256(await readAll(await source.openBlob(source.blobs[1])))).toBe(source.blobs[1].digest)
  })

  test('a gzip-compressed layer.tar is pushed compressed, its diff_id checked uncompressed', async () => {
    const archive = await makeDockerArchive({
      file: join(scratch, 'a.tar'),
      format: 'legacy',
      seed: 'gz',
      layerSizes: [5000]
    })
    const unpacked = join(scratch, 'unpacked')
    await mkdir(unpacked)
    const names = extract(archive.file, unpacked)
    const [layerPath] = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8'))[0]
      .Layers as string[]
    const gzipped = gzipSync(await readFile(join(unpacked, layerPath)))
    await writeFile(join(unpacked, layerPath), gzipped)
    const repacked = join(scratch, 'gz-layer.tar')
    await writeTar(
      repacked,
      names.map(name => ({ name, file: join(unpacked, name) }))
    )
    const source = await openDockerArchive(repacked)
    expect(source.blobs[1]).toEqual({
      mediaType: MediaType.OciLayerGzip,
      digest: sha256(gzipped),
      size: gzipped.length
    })
    expect((await readAll(await source.openBlob(source.blobs[1]))).equals(gzipped)).toBe(true)
  })

  test('an archive changed after it was opened is caught while streaming', async () => {
    const archive = await makeDockerArchive({
      file: join(scratch, 'a.tar'),
      format: 'legacy',
      seed: 'tamper'
    })
    const source = await openDockerArchive(archive.file)
    const layer = source.blobs[2]
    const bytes = await readFile(archive.file)
    const layerBytes = await readAll(await source.openBlob(layer))
    const at = bytes.indexOf(layerBytes)
    expect(at).toBeGreaterThan(0)
    bytes[at + 600] ^= 0xff
    await writeFile(archive.file, bytes)
    const error = await caught(readAll(await source.openBlob(layer)))
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect(error.message).toContain(`${layer.digest}: digest mismatch`)
  })

  test('several images in one archive are refused', async () => {
    const archive = await makeDockerArchive({ file: join(scratch, 'a.tar'), format: 'legacy', seed: 'one' })
    const unpacked = join(scratch, 'unpacked')
    await mkdir(unpacked)
    const names = extract(archive.file, unpacked)
    const [image] = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8'))
    await writeFile(
      join(unpacked, 'other.json'),
      '{"architecture":"arm64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}'
    )
    const two = [image, { Config: 'other.json', RepoTags: ['other:1'], Layers: [] }]
    await writeFile(join(unpacked, 'manifest.json'), JSON.stringify(two))
    const file = join(scratch, 'two.tar')
    await writeTar(
      file,
      [...names, 'other.json'].map(name => ({ name, file: join(unpacked, name) }))
    )
    const error = await caught(openDockerArchive(file))
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toMatch(/holds 2 images; .*docker save -o FILE IMAGE:TAG/)
  })
})

describe('Docker ≥25 archives (an OCI layout inside the tar)', () => {
  test('reads the manifest as stored and serves blobs from the tar', async () => {
    const archive = await makeDockerArchive({
      file: join(scratch, 'oci.tar'),
      format: 'oci',
      platform: { os: 'linux', architecture: 's390x' },
      layerSizes: [100_000, 10],
      seed: 'oci-archive'
    })
    const source = await openDockerArchive(archive.file)
    expect(source.manifest.descriptor).toEqual(archive.manifest)
    expect(sha256(source.manifest.bytes)).toBe(archive.manifest.digest)
    expect(source.config.architecture).toBe('s390x')
    expect(source.blobs).toHaveLength(3)
    for (const blob of source.blobs) {
      const bytes = await readAll(await source.openBlob(blob))
      expect(sha256(bytes)).toBe(blob.digest)
      expect(bytes.length).toBe(blob.size)
    }
  })

  test('the same image saved in either format gives the same manifest digest', async () => {
    const options = { seed: 'same', layerSizes: [2000, 3000] }
    const legacy = await makeDockerArchive({ ...options, file: join(scratch, 'l.tar'), format: 'legacy' })
    const oci = await makeDockerArchive({ ...options, file: join(scratch, 'o.tar'), format: 'oci' })
    const [fromLegacy, fromOci] = await Promise.all([
      openDockerArchive(legacy.file),
      openDockerArchive(oci.file)
    ])
    expect(fromLegacy.manifest.descriptor.digest).toBe(fromOci.manifest.descriptor.digest)
    expect(fromLegacy.manifest.bytes.equals(fromOci.manifest.bytes)).toBe(true)
  })

  test('two images in the archive are refused', async () => {
    const first = await makeOciLayout({ dir: join(scratch, 'layout'), tag: 'a', seed: 'first' })
    await makeOciLayout({ dir: first.dir, tag: 'b', seed: 'second' })
    const names = execFileSync('find', ['.', '-type', 'f'], { cwd: first.dir, encoding: 'utf8' })
      .trim()
      .split('\n')
    const file = join(scratch, 'two.tar')
    await writeTar(
      file,
      names.map(name => ({ name, file: join(first.dir, name) }))
    )
    expect((await caught(openDockerArchive(file))).message).toMatch(/holds 2 images/)
  })
})

describe('files that are not usable docker save archives', () => {
  test('a gzip-compressed tarball', async () => {
    const archive = await makeDockerArchive({ file: join(scratch, 'a.tar'), format: 'legacy' })
    await writeFile(join(scratch, 'a.tar.gz'), gzipSync(await readFile(archive.file)))
    const error = await caught(openDockerArchive(join(scratch, 'a.tar.gz')))
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toMatch(/gzip-compressed; give the uncompressed tar/)
  })

  test('not a tar, truncated, missing, or a tar without manifest.json', async () => {
    await writeFile(join(scratch, 'text'), 'x'.repeat(2048))
    expect((await caught(openDockerArchive(join(scratch, 'text')))).message).toMatch(
      /not a tar archive \(bad header checksum at offset 0\)/
    )

    const archive = await makeDockerArchive({
      file: join(scratch, 'a.tar'),
      format: 'legacy',
      layerSizes: [50_000]
    })
    const bytes = await readFile(archive.file)
    await writeFile(join(scratch, 'cut.tar'), bytes.subarray(0, 20_000))
    expect((await caught(openDockerArchive(join(scratch, 'cut.tar')))).message).toMatch(/truncated/)

    expect((await caught(openDockerArchive(join(scratch, 'absent.tar')))).message).toMatch(/no such file/)

    await writeTar(join(scratch, 'plain.tar'), [{ name: 'hello.txt', content: Buffer.from('hi') }])
    const error = await caught(openDockerArchive(join(scratch, 'plain.tar')))
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toMatch(/not a docker save archive/)
  })
})
