/**
 * A registry that lies: every lie is caught with a typed error naming the blob or manifest, memory
 * stays bounded against an endless body, nothing is retried that must not be, and a redirect to
 * another host never carries the registry's credentials. The real docker-registry sits behind the
 * fault proxy, which tells the lies.
 */
import { randomBytes } from 'node:crypto'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ContentMismatchError, RegistryError, SignetError } from '../../src/util/errors.js'
import { describe as describeContent } from '../../src/oci/digest.js'
import { RegistryClient, type Repository } from '../../src/oci/registry.js'
import { MediaType, type Descriptor, type ImageManifest } from '../../src/oci/types.js'
import {
  requestTypes,
  startFaultProxy,
  type FaultProxy,
  type ProxiedRequest
} from '../helpers/fault-proxy.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'

const RETRY_BASE_DELAY_MS = 5

interface PushedImage {
  manifest: Descriptor
  config: Descriptor
  layer: Descriptor
}

async function pushImage(repo: Repository, layerBytes: number): Promise<PushedImage> {
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } })
  )
  const layer = randomBytes(layerBytes)
  const configDescriptor = describeContent(config, MediaType.OciConfig)
  const layerDescriptor = describeContent(layer, MediaType.OciLayer)
  await repo.pushBlob(configDescriptor, () => config)
  await repo.pushBlob(layerDescriptor, () => layer)
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    config: configDescriptor,
    layers: [layerDescriptor]
  }
  const pushed = await repo.pushManifest(Buffer.from(JSON.stringify(manifest)), MediaType.OciManifest, 'v1')
  return { manifest: pushed.descriptor, config: configDescriptor, layer: layerDescriptor }
}

/** Reads a blob to the end, keeping nothing. */
async function drain(repo: Repository, descriptor: Descriptor): Promise<void> {
  await pipeline(
    await repo.fetchBlob(descriptor),
    new Writable({ write: (_chunk, _encoding, done) => done() })
  )
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection, got success')
}

const forDigest = (digest: string, type: (r: ProxiedRequest) => boolean) => (r: ProxiedRequest) =>
  type(r) && r.url.includes(digest)

describe('a lying registry (anonymous)', () => {
  let registry: TestRegistry
  let proxy: FaultProxy
  let client: RegistryClient
  let repo: Repository
  let image: PushedImage

  beforeAll(async () => {
    registry = await startRegistry()
    proxy = await startFaultProxy({ target: registry.host, seed: 7 })
    client = new RegistryClient({ insecureRegistries: [proxy.host], retryBaseDelayMs: RETRY_BASE_DELAY_MS })
    repo = client.repository({ registry: proxy.host, repository: 'hostile/app' })
    image = await pushImage(repo, 300_000)
  })
  // Each test is a run of its own: a client remembers the manifests it fetched for its run.
  beforeEach(async () => {
    await client.close()
    client = new RegistryClient({ insecureRegistries: [proxy.host], retryBaseDelayMs: RETRY_BASE_DELAY_MS })
    repo = client.repository({ registry: proxy.host, repository: 'hostile/app' })
  })
  afterEach(() => {
    proxy.rules = []
  })
  afterAll(async () => {
    await client?.close()
    await proxy?.stop()
    await registry?.stop()
  })

  const requestsFor = (start: number, digest: string, method: string) =>
    proxy.requests.slice(start).filter(r => r.method === method && r.url.includes(digest))

  test('other bytes than the blob digest: ContentMismatchError naming the blob, asked once', async () => {
    proxy.rules = [
      { match: forDigest(image.layer.digest, requestTypes.blobGet), action: { kind: 'swap-bytes' } }
    ]
    const start = proxy.requests.length
    const error = await caught(drain(repo, image.layer))
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect((error as Error).message).toContain(image.layer.digest)
    expect((error as Error).message).toMatch(/digest mismatch/)
    expect(requestsFor(start, image.layer.digest, 'GET')).toHaveLength(1)
  })

  test('a truncated blob: ContentMismatchError with the size mismatch', async () => {
    proxy.rules = [
      { match: forDigest(image.layer.digest, requestTypes.blobGet), action: { kind: 'truncate' } }
    ]
    const error = await caught(drain(repo, image.layer))
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect((error as Error).message).toContain(image.layer.digest)
    expect((error as Error).message).toContain(
      `size mismatch (expected ${image.layer.size} bytes, got ${Math.floor(image.layer.size / 2)})`
    )
  })

  test('a short Content-Length on a blob: caught as a size mismatch', async () => {
    proxy.rules = [
      {
        match: forDigest(image.layer.digest, requestTypes.blobGet),
        action: { kind: 'lie-content-length', delta: -1000 }
      }
    ]
    const error = await caught(drain(repo, image.layer))
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect((error as Error).message).toContain(`got ${image.layer.size - 1000}`)
  })

  test('a long Content-Length then a closed connection: a typed error naming the blob', async () => {
    proxy.rules = [
      {
        match: forDigest(image.layer.digest, requestTypes.blobGet),
        action: { kind: 'lie-content-length', delta: 1000 }
      }
    ]
    const error = await caught(drain(repo, image.layer))
    expect(error).toBeInstanceOf(SignetError)
    expect((error as Error).message).toContain(image.layer.digest)
  })

  test('a connection reset halfway through a blob: a typed error naming the blob', async () => {
    proxy.rules = [
      { match: forDigest(image.layer.digest, requestTypes.blobGet), action: { kind: 'reset-mid-body' } }
    ]
    const error = await caught(drain(repo, image.layer))
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toContain(image.layer.digest)
  })

  test('a connection reset once mid-blob is resumed from the byte reached, and the whole is verified', async () => {
    proxy.rules = [
      {
        match: forDigest(image.layer.digest, requestTypes.blobGet),
        times: 1,
        action: { kind: 'reset-mid-body' }
      }
    ]
    const start = proxy.requests.length
    await drain(repo, image.layer)
    const gets = requestsFor(start, image.layer.digest, 'GET')
    expect(gets).toHaveLength(2)
    expect(gets[0].range).toBeUndefined()
    expect(gets[1].range).toMatch(/^bytes=[1-9]\d*-$/)
  })

  test('a manifest body cut off once is fetched again', async () => {
    proxy.rules = [
      {
        match: forDigest(image.manifest.digest, requestTypes.manifestGet),
        times: 1,
        action: { kind: 'reset-mid-body' }
      }
    ]
    const start = proxy.requests.length
    expect((await repo.fetchManifest(image.manifest.digest)).descriptor).toEqual(image.manifest)
    expect(requestsFor(start, image.manifest.digest, 'GET')).toHaveLength(2)
  })

  test('other bytes than the manifest digest: ContentMismatchError naming the manifest, asked once', async () => {
    proxy.rules = [
      { match: forDigest(image.manifest.digest, requestTypes.manifestGet), action: { kind: 'swap-bytes' } }
    ]
    const start = proxy.requests.length
    const error = await caught(repo.fetchManifest(image.manifest.digest))
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect((error as Error).message).toContain(image.manifest.digest)
    expect(requestsFor(start, image.manifest.digest, 'GET')).toHaveLength(1)
  })

  test('a tag whose bytes differ from the digest the registry names: ContentMismatchError', async () => {
    proxy.rules = [
      {
        match: r => requestTypes.manifestGet(r) && r.url.endsWith('/manifests/v1'),
        action: { kind: 'swap-bytes' }
      }
    ]
    const error = await caught(repo.fetchManifest('v1'))
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect((error as Error).message).toMatch(/Manifest of .*hostile\/app/)
  })

  test.each([
    ['with Content-Length', false],
    ['chunked, length unknown up front', true]
  ])('a manifest over 4 MiB (%s) is refused, naming the manifest', async (_label, chunked) => {
    proxy.rules = [
      {
        match: forDigest(image.manifest.digest, requestTypes.manifestGet),
        action: { kind: 'huge-manifest', chunked }
      }
    ]
    const error = await caught(repo.fetchManifest(image.manifest.digest))
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toContain(`manifest '${image.manifest.digest}'`)
    expect((error as Error).message).toContain('4194304 bytes')
  })

  test('an endless blob is cut at the descriptor size, with bounded memory', async () => {
    const size = 96 * 1024 * 1024
    const fake: Descriptor = { mediaType: MediaType.OciLayer, digest: `sha256:${'e'.repeat(64)}`, size }
    proxy.rules = [{ match: forDigest(fake.digest, requestTypes.blobGet), action: { kind: 'endless' } }]
    global.gc?.()
    const before = process.memoryUsage()
    let peakHeap = before.heapUsed
    let peakRss = before.rss
    const sampler = setInterval(() => {
      const now = process.memoryUsage()
      peakHeap = Math.max(peakHeap, now.heapUsed)
      peakRss = Math.max(peakRss, now.rss)
    }, 5)
    let error: unknown
    try {
      error = await caught(drain(repo, fake))
    } finally {
      clearInterval(sampler)
    }
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect((error as Error).message).toContain(fake.digest)
    expect((error as Error).message).toContain(`more than the expected ${size} bytes`)
    // It read the whole descriptor size, yet held only a few chunks at a time.
    expect(proxy.endlessBytesSent).toBeGreaterThan(size)
    expect(peakHeap - before.heapUsed).toBeLessThan(48 * 1024 * 1024)
    expect(peakRss - before.rss).toBeLessThan(96 * 1024 * 1024)
  })

  test.each([401, 403, 404] as const)('HTTP %i is not retried', async status => {
    proxy.rules = [
      {
        match: forDigest(image.manifest.digest, requestTypes.manifestGet),
        action: { kind: 'status', status }
      }
    ]
    const start = proxy.requests.length
    const error = await caught(repo.fetchManifest(image.manifest.digest))
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toContain(image.manifest.digest)
    expect(requestsFor(start, image.manifest.digest, 'GET')).toHaveLength(1)
  })

  test.each([
    [500, undefined],
    [502, undefined],
    [503, '0'],
    [429, '0']
  ] as const)('HTTP %i (Retry-After %s) is retried and then succeeds', async (status, retryAfter) => {
    proxy.rules = [
      {
        match: forDigest(image.manifest.digest, requestTypes.manifestGet),
        times: 2,
        action: { kind: 'status', status, retryAfter }
      }
    ]
    const start = proxy.requests.length
    const fetched = await repo.fetchManifest(image.manifest.digest)
    expect(fetched.descriptor).toEqual(image.manifest)
    expect(requestsFor(start, image.manifest.digest, 'GET')).toHaveLength(3)
  })

  test('a blob upload answered with a digest mismatch is not retried', async () => {
    const content = randomBytes(2048)
    const descriptor = describeContent(content, MediaType.OciLayer)
    const lying = { ...descriptor, digest: `sha256:${'0'.repeat(64)}` }
    const start = proxy.requests.length
    const error = await caught(repo.pushBlob(lying, () => content))
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect((error as Error).message).toContain(lying.digest)
    expect(proxy.requests.slice(start).filter(r => r.method === 'POST')).toHaveLength(1)
  })
})

describe('a blob redirected to another host (Basic auth registry)', () => {
  let registry: TestRegistry
  let proxy: FaultProxy
  let client: RegistryClient

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' })
    proxy = await startFaultProxy({ target: registry.host })
    const credentials = { get: async () => ({ username: registry.username, password: registry.password }) }
    client = new RegistryClient({
      insecureRegistries: [proxy.host],
      credentials,
      retryBaseDelayMs: RETRY_BASE_DELAY_MS
    })
  })
  afterAll(async () => {
    await client?.close()
    await proxy?.stop()
    await registry?.stop()
  })

  test('the other host gets the request without Authorization, and the bytes are still verified', async () => {
    const repo = client.repository({ registry: proxy.host, repository: 'hostile/redirect' })
    const image = await pushImage(repo, 50_000)
    proxy.rules = [{ match: requestTypes.blobGet, action: { kind: 'redirect' } }]
    await drain(repo, image.layer)
    await drain(repo, image.config)
    // The registry itself did get credentials: the proxy saw them on the original requests.
    const originals = proxy.requests.filter(r => r.fault === 'redirect')
    expect(originals).toHaveLength(2)
    expect(originals.every(r => r.authorization?.startsWith('Basic '))).toBe(true)
    expect(proxy.redirected.map(r => r.url.split('/').pop())).toEqual([
      image.layer.digest,
      image.config.digest
    ])
    expect(proxy.redirected.map(r => r.authorization)).toEqual([undefined, undefined])
  })
})
