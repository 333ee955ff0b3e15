/**
 * Cross-checks with independent tools: the images the test helper builds are valid for umoci and
 * skopeo, and Signet reads what umoci builds and agrees with skopeo on docker-save archives.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { openDockerArchive } from '../../src/oci/docker-archive.js'
import { openOciLayout } from '../../src/oci/layout.js'
import { formatPlatform, platformFromConfig } from '../../src/oci/platform.js'
import { makeDockerArchive, makeOciLayout } from '../helpers/images.js'

const run = (command: string, args: string[]): string =>
  execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe' })
const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

interface SkopeoInspect {
  Digest: string
  Architecture: string
  Os: string
  Layers: string[]
}

let scratch: string
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'signet-tools-'))
})
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('helper layouts are valid for umoci and skopeo', () => {
  test.each([
    ['uncompressed amd64', { platform: { os: 'linux', architecture: 'amd64' }, gzip: false }],
    ['gzip arm64/v8', { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }, gzip: true }]
  ])('%s', async (_name, options) => {
    const dir = join(scratch, 'layout')
    const image = await makeOciLayout({
      ...options,
      dir,
      tag: 'v1',
      seed: 'tools',
      layerSizes: [5000, 300_000]
    })
    await makeOciLayout({ dir, tag: 'other', seed: 'tools-other' })

    expect(run('umoci', ['ls', '--layout', dir]).trim().split('\n').sort()).toEqual(['other', 'v1'])
    run('umoci', ['stat', '--image', `${dir}:v1`])
    // unpack decompresses and untars every layer and checks each against its digest and the diff_ids.
    const bundle = join(scratch, 'bundle')
    run('umoci', ['unpack', '--rootless', '--image', `${dir}:v1`, bundle])
    expect(
      run('ls', [join(bundle, 'rootfs')])
        .trim()
        .split('\n')
    ).toEqual(['layer-0', 'layer-1'])

    const inspect = JSON.parse(run('skopeo', ['inspect', `oci:${dir}:v1`])) as SkopeoInspect
    expect(inspect.Digest).toBe(image.manifest.digest)
    expect(inspect.Architecture).toBe(options.platform.architecture)
    expect(inspect.Os).toBe('linux')
    expect(inspect.Layers).toEqual(image.layers.map(layer => layer.digest))
  })
})

test('a layout built by umoci is read with the platform umoci configured', async () => {
  const layout = join(scratch, 'umoci')
  const bundle = join(scratch, 'bundle')
  run('umoci', ['init', '--layout', layout])
  run('umoci', ['new', '--image', `${layout}:arm`])
  run('umoci', ['unpack', '--rootless', '--image', `${layout}:arm`, bundle])
  await writeFile(join(bundle, 'rootfs', 'hello.txt'), 'hello from umoci\n')
  run('umoci', ['repack', '--refresh-bundle', '--image', `${layout}:arm`, bundle])
  run('umoci', ['config', '--image', `${layout}:arm`, '--architecture', 'arm64', '--os', 'linux'])

  const source = await openOciLayout(layout, { tag: 'arm' })
  expect(formatPlatform(platformFromConfig(source.config))).toBe('linux/arm64')
  const inspect = JSON.parse(run('skopeo', ['inspect', `oci:${layout}:arm`])) as SkopeoInspect
  expect(source.manifest.descriptor.digest).toBe(inspect.Digest)
  expect(source.blobs.slice(1).map(layer => layer.digest)).toEqual(inspect.Layers)
  expect(source.blobs).toHaveLength(2)
  for (const blob of source.blobs)
    expect(sha256(await readAll(await source.openBlob(blob)))).toBe(blob.digest)
})

describe('docker-save archives: Signet and skopeo agree on config and layers', () => {
  test.each(['legacy', 'oci'] as const)('%s format', async format => {
    const archive = await makeDockerArchive({
      file: join(scratch, `${format}.tar`),
      format,
      platform: { os: 'linux', architecture: 'ppc64le' },
      layerSizes: [10_000, 200_000],
      seed: `tools-${format}`
    })
    const source = await openDockerArchive(archive.file)
    const raw = JSON.parse(run('skopeo', ['inspect', '--raw', `docker-archive:${archive.file}`])) as {
      config: { digest: string; size: number }
      layers: Array<{ digest: string; size: number }>
    }
    expect(source.manifest.manifest.config.digest).toBe(raw.config.digest)
    expect(source.manifest.manifest.config.size).toBe(raw.config.size)
    expect(source.manifest.manifest.layers.map(({ digest, size }) => ({ digest, size }))).toEqual(
      raw.layers.map(({ digest, size }) => ({ digest, size }))
    )
    const config = JSON.parse(run('skopeo', ['inspect', '--config', `docker-archive:${archive.file}`]))
    expect(config.architecture).toBe('ppc64le')
    expect(source.config.architecture).toBe('ppc64le')
  })
})
