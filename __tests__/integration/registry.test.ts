import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { jest } from '@jest/globals'
import { ContentMismatchError, RegistryError } from '../../src/util/errors.js'
import { describe as describeContent, sha256Digest, VerifyingStream } from '../../src/oci/digest.js'
import { verified } from '../../src/oci/layout.js'
import { RegistryClient, UPLOAD_CHUNK_BYTES, type Repository } from '../../src/oci/registry.js'
import {
  EMPTY_DESCRIPTOR,
  MediaType,
  type Descriptor,
  type ImageIndex,
  type ImageManifest
} from '../../src/oci/types.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'

// Async on purpose: the request-counting proxy lives in this process and must keep serving skopeo.
const run = promisify(execFile)

const NOTARY = 'application/vnd.cncf.notary.signature'

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value))
}

function blobPath(registry: TestRegistry, digest: string): string {
  const hex = digest.slice('sha256:'.length)
  return join(registry.storageDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data')
}

/** Pushes a config and one layer and returns an image manifest (not yet pushed) that uses them. */
async function pushImageParts(
  repo: Repository,
  architecture: string
): Promise<{ bytes: Buffer; layer: Buffer }> {
  const config = json({ architecture, os: 'linux', rootfs: { type: 'layers', diff_ids: [] } })
  const layer = gzipSync(randomBytes(1024))
  const configDescriptor = describeContent(config, MediaType.OciConfig)
  // Really gzip: skopeo would compress an uncompressed layer on copy and change the digests.
  const layerDescriptor = describeContent(layer, MediaType.OciLayerGzip)
  await repo.pushBlob(configDescriptor, () => config)
  await repo.pushBlob(layerDescriptor, () => layer)
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    config: configDescriptor,
    layers: [layerDescriptor]
  }
  return { bytes: json(manifest), layer }
}

describe('registry client against docker-registry 2.8.2', () => {
  let registry: TestRegistry
  let client: RegistryClient

  beforeAll(async () => {
    registry = await startRegistry({ countRequests: true })
    client = new RegistryClient({ insecureRegistries: [registry.host], retryBaseDelayMs: 10 })
  })

  afterAll(async () => {
    await client.close()
    await registry.stop()
  })

  const requestsSince = (start: number) => registry.requests.slice(start)

  test('a small blob goes up in one POST + PUT and comes back verified', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'blobs/small' })
    const content = randomBytes(4096)
    const descriptor = describeContent(content, MediaType.OciLayer)
    const start = registry.requests.length
    expect(await repo.pushBlob(descriptor, () => content)).toBe('uploaded')
    const methods = requestsSince(start).map(line => line.split(' ')[0])
    expect(methods).toEqual(['HEAD', 'POST', 'PUT'])
    expect(await repo.blobExists(descriptor.digest)).toBe(true)
    expect((await repo.fetchBlobBytes(descriptor, 1 << 20)).equals(content)).toBe(true)
  })

  test('a blob larger than a chunk goes up in PATCH chunks from a stream, and HEAD skips it next time', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'blobs/large' })
    const content = randomBytes(UPLOAD_CHUNK_BYTES * 2 + 12345)
    const descriptor = describeContent(content, MediaType.OciLayerGzip)
    const pieces = Array.from({ length: Math.ceil(content.length / 65536) }, (_, i) =>
      content.subarray(i * 65536, (i + 1) * 65536)
    )
    const progress: number[] = []
    const start = registry.requests.length
    const result = await repo.pushBlob(descriptor, () => Readable.from(pieces), {
      onProgress: sent => progress.push(sent)
    })
    expect(result).toBe('uploaded')
    const lines = requestsSince(start)
    expect(lines.filter(line => line.startsWith('PATCH '))).toHaveLength(3)
    expect(lines.at(-1)).toMatch(
      new RegExp(`^PUT /v2/blobs/large/blobs/uploads/.*digest=${descriptor.digest.replace(':', '%3A')}`)
    )
    expect(progress).toEqual([UPLOAD_CHUNK_BYTES, UPLOAD_CHUNK_BYTES * 2, content.length])

    // Streamed back through the verifying stream.
    const chunks: Buffer[] = []
    for await (const chunk of await repo.fetchBlob(descriptor)) chunks.push(chunk as Buffer)
    expect(sha256Digest(Buffer.concat(chunks))).toBe(descriptor.digest)

    const again = registry.requests.length
    expect(await repo.pushBlob(descriptor, () => content)).toBe('exists')
    expect(requestsSince(again)).toEqual([`HEAD /v2/blobs/large/blobs/${descriptor.digest}`])
  })

  test('a blob is mounted from another repository of the same registry', async () => {
    const source = client.repository({ registry: registry.host, repository: 'mount/source' })
    const target = client.repository({ registry: registry.host, repository: 'mount/target' })
    const content = randomBytes(2048)
    const descriptor = describeContent(content, MediaType.OciLayer)
    await source.pushBlob(descriptor, () => content)
    const start = registry.requests.length
    expect(await target.pushBlob(descriptor, () => content, { mountFrom: 'mount/source' })).toBe('mounted')
    expect(requestsSince(start).filter(line => line.startsWith('PUT') || line.startsWith('PATCH'))).toEqual(
      []
    )
    expect(await target.blobExists(descriptor.digest)).toBe(true)
  })

  test('a mount of a blob the source lacks continues as an ordinary upload', async () => {
    const target = client.repository({ registry: registry.host, repository: 'mount/fallback' })
    const content = randomBytes(100)
    const descriptor = describeContent(content, MediaType.OciLayer)
    expect(await target.pushBlob(descriptor, () => content, { mountFrom: 'mount/empty' })).toBe('uploaded')
    expect(await target.blobExists(descriptor.digest)).toBe(true)
  })

  test('a source whose bytes do not match the descriptor is refused and nothing is committed', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'blobs/mismatch' })
    const descriptor = describeContent(Buffer.from('the real content'), MediaType.OciLayer)
    await expect(repo.pushBlob(descriptor, () => Buffer.from('other content!!!'))).rejects.toThrow(
      ContentMismatchError
    )
    expect(await repo.blobExists(descriptor.digest)).toBe(false)
  })

  test('a source that already checks the descriptor is hashed once, and its mismatch still stops the commit', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'blobs/checked-source' })
    const hashed = jest.spyOn(VerifyingStream.prototype, '_transform')
    try {
      const content = randomBytes(UPLOAD_CHUNK_BYTES + 4096)
      const descriptor = describeContent(content, MediaType.OciLayer)
      const open = () => verified(Readable.from([content]), descriptor, 'blob in the test source')
      expect(await repo.pushBlob(descriptor, open)).toBe('uploaded')
      const bytesHashed = hashed.mock.calls.reduce((sum, [chunk]) => sum + (chunk as Buffer).length, 0)
      expect(bytesHashed).toBe(content.length)

      const expected = describeContent(Buffer.from('the signed content'), MediaType.OciLayer)
      const tampered = () =>
        verified(Readable.from([Buffer.from('a tampered content')]), expected, 'blob in the test source')
      await expect(repo.pushBlob(expected, tampered)).rejects.toThrow(
        /blob in the test source .*digest mismatch/
      )
      expect(await repo.blobExists(expected.digest)).toBe(false)
    } finally {
      hashed.mockRestore()
    }
  })

  test('a blob tampered with on the registry disk fails verification on fetch', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'blobs/tampered' })
    const content = Buffer.from('{"architecture":"amd64","os":"linux"}')
    const descriptor = describeContent(content, MediaType.OciConfig)
    await repo.pushBlob(descriptor, () => content)
    await writeFile(
      blobPath(registry, descriptor.digest),
      Buffer.from('{"architecture":"arm64","os":"linux"}')
    )
    await expect(repo.fetchBlobBytes(descriptor, 1024)).rejects.toThrow(/digest mismatch/)
    await expect(repo.fetchBlobBytes(descriptor, 10)).rejects.toThrow(/more than the 10 allowed/)
  })

  test('manifests and an index with per-entry annotations round-trip byte for byte; tags list and move', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'app/multi' })
    const amd64 = await pushImageParts(repo, 'amd64')
    const arm64 = await pushImageParts(repo, 'arm64')
    const amd64Pushed = await repo.pushManifest(amd64.bytes, MediaType.OciManifest)
    const arm64Pushed = await repo.pushManifest(arm64.bytes, MediaType.OciManifest)
    expect(amd64Pushed.descriptor).toEqual(describeContent(amd64.bytes, MediaType.OciManifest))
    expect(amd64Pushed.subjectAccepted).toBe(false)

    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: [
        {
          ...amd64Pushed.descriptor,
          platform: { architecture: 'amd64', os: 'linux' },
          annotations: { 'dev.signet.scenario': 'prod,gpu' }
        },
        {
          ...arm64Pushed.descriptor,
          platform: { architecture: 'arm64', os: 'linux' },
          annotations: { 'dev.signet.scenario': 'edge' }
        }
      ],
      annotations: { 'org.opencontainers.image.source': 'https://example.invalid/repo' }
    }
    // Unusual spacing must survive too: the registry stores bytes, not JSON.
    const indexBytes = Buffer.from(JSON.stringify(index, null, 3) + '\n')
    const pushedIndex = await repo.pushManifest(indexBytes, MediaType.OciIndex, 'v1')

    const fetched = await repo.fetchManifest('v1')
    expect(fetched.bytes.equals(indexBytes)).toBe(true)
    expect(fetched.descriptor).toEqual(pushedIndex.descriptor)
    expect((fetched.manifest as ImageIndex).manifests[0].annotations).toEqual({
      'dev.signet.scenario': 'prod,gpu'
    })
    expect(await repo.resolve('v1')).toEqual(pushedIndex.descriptor)
    expect(await repo.resolve(pushedIndex.descriptor.digest)).toEqual(pushedIndex.descriptor)
    expect((await repo.fetchManifest(amd64Pushed.descriptor.digest)).bytes.equals(amd64.bytes)).toBe(true)

    expect(await repo.manifestExists('v2')).toBe(false)
    await repo.tag(pushedIndex.descriptor, 'v2')
    expect(await repo.manifestExists('v2')).toBe(true)
    expect((await repo.listTags()).sort()).toEqual(['v1', 'v2'])

    await expect(repo.resolve('missing')).rejects.toThrow(
      /Manifest 'missing' not found in 127\.0\.0\.1:\d+\/app\/multi/
    )
  })

  test('two referrers of one subject are listed through the tag schema, without duplicates on re-push', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'app/signed' })
    const image = await pushImageParts(repo, 'amd64')
    const subject = (await repo.pushManifest(image.bytes, MediaType.OciManifest)).descriptor
    await repo.pushBlob(EMPTY_DESCRIPTOR, () => Buffer.from('{}'))

    const referrer = async (annotation: string, artifactType: string) => {
      const envelope = Buffer.from(`{"signature":"${annotation}"}`)
      const layer = describeContent(envelope, 'application/jose+json')
      await repo.pushBlob(layer, () => envelope)
      const manifest: ImageManifest = {
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        artifactType,
        config: EMPTY_DESCRIPTOR,
        layers: [layer],
        subject,
        annotations: { 'io.cncf.notary.x509chain.thumbprint#S256': `["${annotation}"]` }
      }
      return json(manifest)
    }
    const first = await referrer('one', NOTARY)
    const second = await referrer('two', 'application/vnd.example.sbom')
    const firstPushed = await repo.pushReferrer(first, MediaType.OciManifest)
    const secondPushed = await repo.pushReferrer(second, MediaType.OciManifest)
    await repo.pushReferrer(first, MediaType.OciManifest)

    const all = await repo.referrers(subject.digest)
    expect(all).toEqual([
      {
        ...firstPushed.descriptor,
        artifactType: NOTARY,
        annotations: { 'io.cncf.notary.x509chain.thumbprint#S256': '["one"]' }
      },
      {
        ...secondPushed.descriptor,
        artifactType: 'application/vnd.example.sbom',
        annotations: { 'io.cncf.notary.x509chain.thumbprint#S256': '["two"]' }
      }
    ])
    expect((await repo.referrers(subject.digest, NOTARY)).map(d => d.digest)).toEqual([
      firstPushed.descriptor.digest
    ])

    const tagIndex = await repo.fetchManifest(`sha256-${subject.digest.slice(7)}`)
    expect(tagIndex.descriptor.mediaType).toBe(MediaType.OciIndex)
    expect((tagIndex.manifest as ImageIndex).manifests).toHaveLength(2)
    expect(await repo.referrers(sha256Digest('no such subject'))).toEqual([])
  })

  test('skopeo reads back exactly what the client pushed', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'app/skopeo' })
    const image = await pushImageParts(repo, 'amd64')
    const pushed = await repo.pushManifest(image.bytes, MediaType.OciManifest, 'latest')
    const { stdout: raw } = await run(
      'skopeo',
      [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${registry.host}/app/skopeo@${pushed.descriptor.digest}`
      ],
      { encoding: 'buffer' }
    )
    expect(raw.equals(image.bytes)).toBe(true)

    const layout = await mkdtemp(join(tmpdir(), 'signet-skopeo-'))
    try {
      await run('skopeo', [
        'copy',
        '--quiet',
        '--src-tls-verify=false',
        `docker://${registry.host}/app/skopeo@${pushed.descriptor.digest}`,
        `oci:${layout}:copied`
      ])
      const layoutIndex = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as ImageIndex
      expect(layoutIndex.manifests[0].digest).toBe(pushed.descriptor.digest)
      const layerDigest = sha256Digest(image.layer)
      expect((await readFile(join(layout, 'blobs/sha256', layerDigest.slice(7)))).equals(image.layer)).toBe(
        true
      )
    } finally {
      await rm(layout, { recursive: true, force: true })
    }
  })

  test('a manifest referring to a missing blob is refused with the registry code', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'app/broken' })
    const missing: Descriptor = describeContent(Buffer.from('never pushed'), MediaType.OciLayer)
    const manifest = json({ schemaVersion: 2, mediaType: MediaType.OciManifest, config: missing, layers: [] })
    const error = await repo.pushManifest(manifest, MediaType.OciManifest).catch(e => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error.status).toBe(400)
    expect(error.ociCode).toBe('MANIFEST_BLOB_UNKNOWN')
    expect(error.message).toMatch(
      /^PUT manifest 'sha256:[0-9a-f]{64}' of 127\.0\.0\.1:\d+\/app\/broken failed: HTTP 400 MANIFEST_BLOB_UNKNOWN/
    )
  })
})

describe('authentication and TLS against docker-registry', () => {
  test('basic auth: works with the password, which is handed to onSecret, and fails clearly without it', async () => {
    const registry = await startRegistry({ auth: 'basic' })
    const secrets: string[] = []
    const client = new RegistryClient({
      insecureRegistries: [registry.host],
      credentials: { get: async () => ({ username: registry.username, password: registry.password }) },
      onSecret: secret => secrets.push(secret)
    })
    const anonymous = new RegistryClient({ insecureRegistries: [registry.host] })
    const wrong = new RegistryClient({
      insecureRegistries: [registry.host],
      credentials: { get: async () => ({ username: registry.username, password: 'wrong' }) }
    })
    try {
      const repo = client.repository({ registry: registry.host, repository: 'private/app' })
      const content = Buffer.from('secret layer')
      const descriptor = describeContent(content, MediaType.OciLayer)
      expect(await repo.pushBlob(descriptor, () => content)).toBe('uploaded')
      expect((await repo.fetchBlobBytes(descriptor, 100)).toString()).toBe('secret layer')
      expect(secrets).toContain(registry.password)
      expect(secrets).toContain(Buffer.from(`${registry.username}:${registry.password}`).toString('base64'))

      const denied = anonymous.repository({ registry: registry.host, repository: 'private/app' })
      await expect(denied.blobExists(descriptor.digest)).rejects.toThrow(
        /HTTP 401.*requires authentication and no credentials for it were found: run 'docker login/
      )
      const refused = wrong.repository({ registry: registry.host, repository: 'private/app' })
      const error = await refused.blobExists(descriptor.digest).catch(e => e)
      expect(error).toBeInstanceOf(RegistryError)
      expect(error.status).toBe(401)
      expect(error.message).toMatch(/HTTP 401.*refused the credentials it was sent/)
      expect(error.message).not.toContain('wrong')
    } finally {
      await Promise.all([client.close(), anonymous.close(), wrong.close()])
      await registry.stop()
    }
  })

  test('token auth: fetches a bearer token per scope once and reuses it', async () => {
    const registry = await startRegistry({ auth: 'token' })
    const secrets: string[] = []
    const client = new RegistryClient({
      insecureRegistries: [registry.host],
      credentials: { get: async () => ({ username: registry.username, password: registry.password }) },
      onSecret: secret => secrets.push(secret)
    })
    try {
      const repo = client.repository({ registry: registry.host, repository: 'team/app' })
      const image = await pushImageParts(repo, 'amd64')
      const pushed = await repo.pushManifest(image.bytes, MediaType.OciManifest, 'v1')
      expect((await repo.fetchManifest('v1')).descriptor).toEqual(pushed.descriptor)
      expect(await repo.listTags()).toEqual(['v1'])
      const requests = registry.tokenServer?.requests ?? []
      // One token for pull (the first HEAD) and one for pull,push (the upload); then cached.
      expect(requests.map(request => request.scopes.join(' ')).sort()).toEqual([
        'repository:team/app:pull',
        'repository:team/app:pull,push'
      ])
      expect(requests.every(request => request.authenticated)).toBe(true)
      expect(secrets.length).toBeGreaterThanOrEqual(3) // password, Basic value, tokens
    } finally {
      await client.close()
      await registry.stop()
    }
  })

  test('TLS: trusted with the test CA, refused without it with a message that says how to fix it', async () => {
    const registry = await startRegistry({ tls: true })
    const trusting = new RegistryClient({ caCertificates: registry.caPem })
    const distrusting = new RegistryClient({ maxAttempts: 1 })
    try {
      const content = Buffer.from('over tls')
      const descriptor = describeContent(content, MediaType.OciLayer)
      const repo = trusting.repository({ registry: registry.host, repository: 'tls/app' })
      expect(await repo.pushBlob(descriptor, () => content)).toBe('uploaded')
      expect(await repo.blobExists(descriptor.digest)).toBe(true)
      const untrusted = distrusting.repository({ registry: registry.host, repository: 'tls/app' })
      await expect(untrusted.blobExists(descriptor.digest)).rejects.toThrow(
        /TLS certificate of 127\.0\.0\.1:\d+ is not trusted.*registry-ca/
      )
    } finally {
      await Promise.all([trusting.close(), distrusting.close()])
      await registry.stop()
    }
  })

  test('plain HTTP is never used unless the host is listed in insecure-registries', async () => {
    const registry = await startRegistry()
    const client = new RegistryClient({ maxAttempts: 1 })
    try {
      const repo = client.repository({ registry: registry.host, repository: 'plain/app' })
      await expect(repo.manifestExists('latest')).rejects.toThrow(/did not answer TLS.*insecure-registries/)
    } finally {
      await client.close()
      await registry.stop()
    }
  })
})
