/**
 * The data model of the release flows: BuildKit attestations in the assembled index and in selections,
 * shared platforms, `docker-archive:FILE:REF|:@N` specs, and multi-image archives in the Docker ≥25
 * (OCI) format chosen by manifest.json.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { SourceError } from '../../src/util/errors.js'
import { InvalidIndexError, InvalidSourceError } from '../../src/oci/errors.js'
import { splitSinglePlatformIndex } from '../../src/oci/attestation.js'
import { openDockerArchive } from '../../src/oci/docker-archive.js'
import {
  buildImageIndex,
  DEFAULT_SCENARIO_ANNOTATION,
  selectEntries,
  sharedPlatforms,
  type IndexEntry
} from '../../src/oci/image-index.js'
import { parseSourceSpec } from '../../src/oci/source.js'
import { MediaType, type Descriptor, type ImageIndex } from '../../src/oci/types.js'
import { addBuildkitIndex } from '../helpers/buildkit.js'
import { makeOciLayout, writeTar } from '../helpers/images.js'

const KEY = DEFAULT_SCENARIO_ANNOTATION
const digestOf = (name: string) => `sha256:${createHash('sha256').update(name).digest('hex')}`
const manifest = (name: string): Descriptor => ({
  mediaType: MediaType.OciManifest,
  digest: digestOf(name),
  size: 100
})
const attestationOf = (image: Descriptor, name = `att-${image.digest}`): Descriptor => ({
  ...manifest(name),
  platform: { architecture: 'unknown', os: 'unknown' },
  annotations: {
    'vnd.docker.reference.type': 'attestation-manifest',
    'vnd.docker.reference.digest': image.digest
  }
})

const amd = manifest('amd')
const arm = manifest('arm')
const entries: IndexEntry[] = [
  { descriptor: amd, platform: { os: 'linux', architecture: 'amd64' }, scenarios: ['x86'] },
  { descriptor: arm, platform: { os: 'linux', architecture: 'arm64' }, scenarios: ['arm'] }
]

describe('attestations in the assembled index', () => {
  test('they follow the platform entries, as BuildKit wrote them (platform, annotations sorted)', () => {
    const attestation = attestationOf(arm)
    const { index, bytes } = buildImageIndex(entries, {
      scenarioAnnotation: KEY,
      annotations: {},
      attestations: [attestation]
    })
    expect(index.manifests.map(entry => entry.digest)).toEqual([amd.digest, arm.digest, attestation.digest])
    expect(index.manifests[2]).toEqual(attestation)
    expect(bytes.toString()).toContain(
      `{"mediaType":"${MediaType.OciManifest}","digest":"${attestation.digest}","size":100,"platform":{"architecture":"unknown","os":"unknown"},"annotations":{"vnd.docker.reference.digest":"${arm.digest}","vnd.docker.reference.type":"attestation-manifest"}}`
    )
  })

  test('an attestation of an image not in the index, or given twice, is refused', () => {
    const build = (attestations: Descriptor[]) =>
      buildImageIndex(entries, { scenarioAnnotation: KEY, annotations: {}, attestations })
    expect(() => build([attestationOf(manifest('elsewhere'))])).toThrow(InvalidIndexError)
    expect(() => build([attestationOf(manifest('elsewhere'))])).toThrow(
      /which is not one of the index entries/
    )
    expect(() => build([attestationOf(amd), attestationOf(amd)])).toThrow(/is given twice/)
    expect(() => build([{ ...amd, digest: digestOf('plain') }])).toThrow(/describes nothing/)
  })

  test('selections never pick an attestation; no selection reaches it', () => {
    const { index } = buildImageIndex(entries, {
      scenarioAnnotation: KEY,
      annotations: {},
      attestations: [attestationOf(amd), attestationOf(arm)]
    })
    expect(selectEntries(index, {}, KEY)).toHaveLength(4)
    expect(selectEntries(index, { platform: { os: 'linux', architecture: 'arm64' } }, KEY)).toEqual([
      index.manifests[1]
    ])
    expect(() => selectEntries(index, { platform: { os: 'unknown', architecture: 'unknown' } }, KEY)).toThrow(
      'no entry has platform unknown/unknown (platforms: linux/amd64, linux/arm64)'
    )
  })

  test('splitSinglePlatformIndex: one image with its attestation; several images are listed', () => {
    const single: ImageIndex = {
      schemaVersion: 2,
      manifests: [{ ...amd, platform: { os: 'linux', architecture: 'amd64' } }, attestationOf(amd)]
    }
    expect(splitSinglePlatformIndex(single, 'src', digestOf('i'))).toEqual({
      image: single.manifests[0],
      attestations: [single.manifests[1]]
    })
    const multi: ImageIndex = {
      schemaVersion: 2,
      manifests: [...single.manifests, { ...arm, platform: { os: 'linux', architecture: 'arm64' } }]
    }
    expect(() => splitSinglePlatformIndex(multi, 'src', digestOf('i'))).toThrow(
      `src is a multi-platform index (${digestOf('i')}) with 2 images; each manifests line is one platform image. ` +
        `Name one platform manifest by digest and give each platform its own line. Its entries: ${amd.digest} (linux/amd64), ` +
        `${attestationOf(amd).digest} (attestation of ${amd.digest}), ${arm.digest} (linux/arm64).`
    )
  })
})

test('sharedPlatforms names each platform several entries share', () => {
  const third: IndexEntry = {
    descriptor: manifest('c'),
    platform: { os: 'linux', architecture: 'amd64' },
    scenarios: ['k5']
  }
  expect(sharedPlatforms(entries)).toEqual([])
  expect(sharedPlatforms([...entries, third])).toEqual(['linux/amd64: x86 and k5'])
})

describe('docker-archive:FILE[:REF|:@N]', () => {
  test.each([
    ['docker-archive:a.tar', { kind: 'docker-archive', file: 'a.tar' }],
    ['docker-archive:a.tar:@1', { kind: 'docker-archive', file: 'a.tar', index: 1 }],
    [
      'docker-archive:a.tar:localhost/built:arm64',
      { kind: 'docker-archive', file: 'a.tar', image: 'localhost/built:arm64' }
    ]
  ])('%s', (spec, expected) => {
    expect(parseSourceSpec(spec)).toEqual(expected)
  })

  test.each([
    ['docker-archive::x', /names no file/],
    ['docker-archive:a.tar:', /ends with ':' but no image/],
    ['docker-archive:a.tar:@x', /'@x' is not a position like @0/],
    ['docker-archive:a.tar:@-1', /not a position/]
  ])('rejects %s', (spec, message) => {
    expect(() => parseSourceSpec(spec)).toThrow(InvalidSourceError)
    expect(() => parseSourceSpec(spec)).toThrow(message)
  })
})

describe('a Docker ≥25 archive of two images', () => {
  let scratch: string
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'signet-release-sources-'))
  })
  afterAll(async () => rm(scratch, { recursive: true, force: true }))

  test('manifest.json picks the image by RepoTags or position; none given lists them', async () => {
    const dir = join(scratch, 'layout')
    const first = await makeOciLayout({ dir, tag: 'a', seed: 'first' })
    const second = await makeOciLayout({
      dir,
      tag: 'b',
      seed: 'second',
      platform: { os: 'linux', architecture: 'arm64' }
    })
    const blob = (digest: string) => `blobs/sha256/${digest.slice('sha256:'.length)}`
    const manifestJson = [
      {
        Config: blob(first.config.digest),
        RepoTags: ['app:a'],
        Layers: first.layers.map(layer => blob(layer.digest))
      },
      {
        Config: blob(second.config.digest),
        RepoTags: ['app:b'],
        Layers: second.layers.map(layer => blob(layer.digest))
      }
    ]
    const names = execFileSync('find', ['.', '-type', 'f'], { cwd: dir, encoding: 'utf8' }).trim().split('\n')
    const file = join(scratch, 'two.tar')
    await writeTar(file, [
      ...names.map(name => ({ name, file: join(dir, name) })),
      { name: 'manifest.json', content: Buffer.from(JSON.stringify(manifestJson)) }
    ])
    expect(
      (await openDockerArchive(file, { image: 'docker.io/library/app:b' })).manifest.descriptor.digest
    ).toBe(second.manifest.digest)
    expect((await openDockerArchive(file, { index: 0 })).manifest.descriptor.digest).toBe(
      first.manifest.digest
    )
    await expect(openDockerArchive(file)).rejects.toThrow(SourceError)
    await expect(openDockerArchive(file)).rejects.toThrow(
      /holds 2 images; .*Its images: @0 app:a, @1 app:b\./
    )
    await expect(openDockerArchive(file, { index: 2 })).rejects.toThrow(/holds 2 images \(@0 to @1\)/)
    await expect(openDockerArchive(file, { image: 'app:c' })).rejects.toThrow(/no image is tagged 'app:c'/)
    expect(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')).manifests).toHaveLength(2)
  })

  test('docker save with the containerd image store: one image and its attestation in an index', async () => {
    const dir = join(scratch, 'buildkit')
    const image = await makeOciLayout({ dir, tag: 'a', seed: 'attested' })
    const built = await addBuildkitIndex([image], 'built')
    const names = execFileSync('find', ['blobs', '-type', 'f'], { cwd: dir, encoding: 'utf8' })
      .trim()
      .split('\n')
    const layoutIndex = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [built.index] }
    const file = join(scratch, 'attested.tar')
    await writeTar(file, [
      ...names.map(name => ({ name, file: join(dir, name) })),
      { name: 'oci-layout', content: Buffer.from('{"imageLayoutVersion":"1.0.0"}') },
      { name: 'index.json', content: Buffer.from(JSON.stringify(layoutIndex)) }
    ])
    const source = await openDockerArchive(file)
    expect(source.manifest.descriptor.digest).toBe(image.manifest.digest)
    expect(source.attestations.map(attestation => attestation.descriptor)).toEqual([built.attestation])
    expect(source.attestations[0].blobs.map(blob => blob.digest)).toEqual(
      built.attestationBlobs.map(blob => blob.digest)
    )
  })
})
