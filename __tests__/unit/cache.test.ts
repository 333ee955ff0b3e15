/**
 * The store's cache: keys, the real @actions/cache against a local stand-in for the Actions cache
 * service (its v1 REST API on 127.0.0.1), and the verify-with-store flow with a content-checking verify.
 */
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { jest } from '@jest/globals'
import { actionsCache } from '../../src/action/actions-cache.js'
import {
  restoreStore,
  saveStore,
  storeCacheKey,
  storeName,
  trustFingerprint,
  verifyWithStore,
  type CacheApi
} from '../../src/store/cache.js'
import type { ContentSource, SourceFor } from '../../src/oci/content.js'
import { errorMessage } from '../../src/util/errors.js'
import type { TrustInputs } from '../../src/inputs/verify-inputs.js'
import { describe as describeContent, sha256Digest, VerifyingStream } from '../../src/oci/digest.js'
import { parseReference, type Reference } from '../../src/oci/reference.js'
import { MediaType, type Descriptor, type ImageManifest } from '../../src/oci/types.js'
import { LayoutStore } from '../../src/store/layout-store.js'
import { resultOf, type VerifyResult } from '../../src/verify/verify.js'
import type { Log } from '../../src/util/log.js'

const ROOTS: TrustInputs = { kind: 'roots', trustRoots: 'PEM-A', trustedIdentities: ['*'] }
const DIGEST_A = sha256Digest('a')
const DIGEST_B = sha256Digest('b')

/** Keeps every line (helpers/signet.ts has the same, but importing it loads the whole engine). */
function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: message => void lines.push(message),
    warning: message => void lines.push(`warning: ${message}`),
    debug: () => undefined,
    group: (_title, body) => body()
  }
}

let work: string
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'signet-cache-'))
})
afterEach(async () => rm(work, { recursive: true, force: true }))

describe('storeCacheKey and trustFingerprint', () => {
  test('the key depends on the set of digests and the trust fingerprint only', () => {
    const key = storeCacheKey([DIGEST_A, DIGEST_B], 'trust-1')
    expect(key).toMatch(/^signet-store-[0-9a-f]{64}$/)
    expect(storeCacheKey([DIGEST_B, DIGEST_A, DIGEST_A], 'trust-1')).toBe(key)
    expect(storeCacheKey([DIGEST_A], 'trust-1')).not.toBe(key)
    expect(storeCacheKey([DIGEST_A, DIGEST_B], 'trust-2')).not.toBe(key)
  })

  test('the fingerprint changes with roots, identities, and the policy files', async () => {
    const base = await trustFingerprint(ROOTS)
    expect(await trustFingerprint({ ...ROOTS })).toBe(base)
    expect(await trustFingerprint({ ...ROOTS, trustRoots: 'PEM-B' })).not.toBe(base)
    expect(await trustFingerprint({ ...ROOTS, trustedIdentities: ['x509.subject: CN=a'] })).not.toBe(base)

    const storeDir = join(work, 'truststore')
    await mkdir(join(storeDir, 'x509', 'ca', 'acme'), { recursive: true })
    await writeFile(join(work, 'trustpolicy.json'), '{"version":"1.0"}')
    await writeFile(join(storeDir, 'x509', 'ca', 'acme', 'root.pem'), 'ROOT-1')
    const policy: TrustInputs = {
      kind: 'policy',
      trustPolicy: join(work, 'trustpolicy.json'),
      trustStore: storeDir
    }
    const first = await trustFingerprint(policy)
    await writeFile(join(storeDir, 'x509', 'ca', 'acme', 'root.pem'), 'ROOT-2')
    const second = await trustFingerprint(policy)
    await writeFile(join(work, 'trustpolicy.json'), '{"version":"1.0","x":1}')
    const third = await trustFingerprint(policy)
    expect(new Set([first, second, third]).size).toBe(3)
  })

  test('storeName makes the default tag explicit', () => {
    expect(storeName(parseReference('r.example/app'))).toBe('r.example/app:latest')
    // the store key is the canonical name: one image, one entry, whatever the spelling
    expect(storeName(parseReference('R.EXAMPLE:443/app:1'))).toBe('r.example/app:1')
    expect(storeName(parseReference('LOCALHOST:5000/app:1'))).toBe('127.0.0.1:5000/app:1')
    expect(storeName(parseReference('index.docker.io/alpine:3'))).toBe('docker.io/library/alpine:3')
    expect(storeName(parseReference(`r.example/app@${DIGEST_A}`))).toBe(`r.example/app@${DIGEST_A}`)
  })
})

/** The Actions cache service v1 REST API, in memory: what @actions/cache calls on a runner. */
async function startCacheService() {
  const entries = new Map<string, { version: string; archive: Buffer }>()
  const uploads = new Map<
    number,
    { key: string; version: string; chunks: { start: number; data: Buffer }[] }
  >()
  const calls: string[] = []
  let failRestore = false
  let nextId = 1
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', chunk => chunks.push(chunk as Buffer))
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      const body = Buffer.concat(chunks)
      calls.push(`${request.method} ${url.pathname}`)
      const json = (status: number, value: unknown) => {
        response.writeHead(status, { 'Content-Type': 'application/json' })
        response.end(JSON.stringify(value))
      }
      const upload = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname)
      if (request.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
        if (failRestore) return json(500, { message: 'service down' })
        const version = url.searchParams.get('version')
        const key = (url.searchParams.get('keys') ?? '').split(',')[0]
        const entry = entries.get(key)
        if (entry === undefined || entry.version !== version) {
          response.writeHead(204).end()
          return
        }
        const { port } = server.address() as AddressInfo
        return json(200, {
          cacheKey: key,
          archiveLocation: `http://127.0.0.1:${port}/download/${encodeURIComponent(key)}`
        })
      }
      if (request.method === 'GET' && url.pathname.startsWith('/download/')) {
        const entry = entries.get(decodeURIComponent(url.pathname.slice('/download/'.length)))
        if (entry === undefined) return json(404, {})
        response.writeHead(200, { 'Content-Length': entry.archive.byteLength })
        response.end(entry.archive)
        return
      }
      if (request.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
        const { key, version } = JSON.parse(body.toString()) as { key: string; version: string }
        if (entries.has(key) || [...uploads.values()].some(u => u.key === key)) {
          return json(409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${key}` })
        }
        const cacheId = nextId++
        uploads.set(cacheId, { key, version, chunks: [] })
        return json(201, { cacheId })
      }
      if (request.method === 'PATCH' && upload) {
        const start = Number(/bytes (\d+)-/.exec(request.headers['content-range'] ?? '')?.[1])
        uploads.get(Number(upload[1]))?.chunks.push({ start, data: body })
        response.writeHead(204).end()
        return
      }
      if (request.method === 'POST' && upload) {
        const pending = uploads.get(Number(upload[1]))
        if (pending === undefined) return json(404, {})
        const archive = Buffer.concat(pending.chunks.sort((a, b) => a.start - b.start).map(c => c.data))
        entries.set(pending.key, { version: pending.version, archive })
        uploads.delete(Number(upload[1]))
        response.writeHead(204).end()
        return
      }
      json(404, { message: `unexpected ${request.method} ${url.pathname}` })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    entries,
    calls,
    failRestores: (fail: boolean) => (failRestore = fail),
    stop: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}

describe('restoreStore/saveStore through the real @actions/cache', () => {
  const savedEnv = { ...process.env }
  let service: Awaited<ReturnType<typeof startCacheService>>
  let stdout: { mockRestore(): void }

  beforeEach(async () => {
    service = await startCacheService()
    delete process.env.ACTIONS_CACHE_SERVICE_V2
    delete process.env.GITHUB_SERVER_URL
    process.env.ACTIONS_CACHE_URL = service.url
    process.env.ACTIONS_RUNTIME_TOKEN = 'test-runtime-token'
    process.env.RUNNER_TEMP = join(work, 'runner-temp')
    process.env.GITHUB_WORKSPACE = work
    // @actions/cache reports through workflow commands on stdout; keep the test output readable.
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })
  afterEach(async () => {
    stdout.mockRestore()
    process.env = { ...savedEnv }
    await service.stop()
  })

  test('save, lose the directory, restore it byte for byte; another key misses', async () => {
    const dir = join(work, 'store')
    const store = await LayoutStore.open(dir)
    const blob = Buffer.from('cached layer bytes')
    await writeFile(store.blobPath(sha256Digest(blob)), blob)
    await store.addReference('r.example/app:1', describeContent(blob, MediaType.OciManifest))
    const index = await readFile(join(dir, 'index.json'))
    const log = recordingLog()
    const key = storeCacheKey([DIGEST_A], 'trust')

    await saveStore(dir, key, actionsCache, log)
    expect(service.entries.has(key)).toBe(true)
    await rm(dir, { recursive: true })

    expect(await restoreStore(dir, storeCacheKey([DIGEST_B], 'trust'), actionsCache, log)).toBe(false)
    expect(existsSync(dir)).toBe(false)
    expect(await restoreStore(dir, key, actionsCache, log)).toBe(true)
    expect(await readFile(store.blobPath(sha256Digest(blob)))).toEqual(blob)
    expect(await readFile(join(dir, 'index.json'))).toEqual(index)
    expect(log.lines).toContain(`Saved the verified store to the cache (${key})`)
    expect(service.calls).toEqual(
      expect.arrayContaining(['POST /_apis/artifactcache/caches', 'GET /_apis/artifactcache/cache'])
    )
  })

  test('saving a key that exists, and a failing service, only inform or warn', async () => {
    const dir = join(work, 'store')
    await LayoutStore.open(dir)
    const log = recordingLog()
    const key = storeCacheKey([DIGEST_A], 'trust')
    await saveStore(dir, key, actionsCache, log)
    await expect(saveStore(dir, key, actionsCache, log)).resolves.toBeUndefined()
    expect(log.lines.at(-1)).toMatch(/was not saved to the cache/)

    service.failRestores(true)
    await expect(restoreStore(dir, key, actionsCache, log)).resolves.toBe(false)
  })

  test('without a cache service (outside GitHub Actions) restore and save are skipped with a note', async () => {
    delete process.env.ACTIONS_CACHE_URL
    const log = recordingLog()
    const dir = join(work, 'store')
    await LayoutStore.open(dir)
    expect(await restoreStore(dir, 'signet-store-x', actionsCache, log)).toBe(false)
    await saveStore(dir, 'signet-store-x', actionsCache, log)
    expect(log.lines.filter(line => /cache service is not available/.test(line))).toHaveLength(2)
    expect(service.calls).toEqual([])
  })
})

test('cache API errors become warnings', async () => {
  const failing: CacheApi = {
    restoreCache: async () => {
      throw new Error('Key Validation Error')
    },
    saveCache: async () => {
      throw new Error('network down')
    }
  }
  const log = recordingLog()
  expect(await restoreStore(work, 'k', failing, log)).toBe(false)
  await saveStore(work, 'k', failing, log)
  expect(log.lines).toEqual([
    'warning: Could not restore the store from the cache (k): Key Validation Error',
    'warning: Could not save the store to the cache (k): network down'
  ])
})

/** An image in memory, served like a registry repository that counts what it sends. */
function memoryRegistry() {
  const layer = Buffer.from('layer '.repeat(1000))
  const config = Buffer.from('{"architecture":"amd64","os":"linux"}')
  const manifestBytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: describeContent(config, MediaType.OciConfig),
      layers: [describeContent(layer, MediaType.OciLayer)]
    })
  )
  const manifest = describeContent(manifestBytes, MediaType.OciManifest)
  const blobs = new Map([config, layer].map(blob => [sha256Digest(blob), blob]))
  const counts = { resolves: 0, blobs: 0, manifests: 0 }
  const source: ContentSource = {
    resolve: async () => {
      counts.resolves++
      return manifest
    },
    fetchManifest: async () => {
      counts.manifests++
      return { descriptor: manifest, bytes: manifestBytes, manifest: JSON.parse(manifestBytes.toString()) }
    },
    fetchBlob: async descriptor => {
      counts.blobs++
      return Readable.from([blobs.get(descriptor.digest) as Buffer]).pipe(
        new VerifyingStream(descriptor, 'blob')
      )
    },
    fetchBlobBytes: async descriptor => blobs.get(descriptor.digest) as Buffer,
    referrers: async () => []
  }
  return { source, counts, manifest, layer: describeContent(layer, MediaType.OciLayer) }
}

/** Stands in for verify: takes the resolved digest, then re-hashes the manifest and every blob through the source. */
function contentVerify(references: Reference[], remote: ContentSource) {
  return async (sourceFor: SourceFor, descriptors: Descriptor[]): Promise<VerifyResult> => {
    const images = []
    for (const [index, reference] of references.entries()) {
      const source = sourceFor(reference, remote)
      const report = {
        image: storeName(reference),
        verified: false,
        verdict: 'rejected',
        reasons: [] as string[]
      } as unknown as VerifyResult['images'][number]
      try {
        const resolved = descriptors[index]
        const fetched = await source.fetchManifest(resolved.digest)
        const manifest = fetched.manifest as ImageManifest
        for (const blob of [manifest.config, ...manifest.layers] as Descriptor[]) {
          await pipeline(await source.fetchBlob(blob), new Writable({ write: (_c, _e, done) => done() }))
        }
        report.verified = true
        report.verdict = 'verified'
        report.digest = resolved.digest
      } catch (error) {
        report.reasons.push(errorMessage(error))
      }
      images.push(report)
    }
    return resultOf(images)
  }
}

/** A CacheApi that copies directories to and from a local folder, as a cache would. */
function folderCache(root: string): CacheApi & { saved: string[] } {
  const api = {
    saved: [] as string[],
    restoreCache: async ([dir]: string[], key: string) => {
      if (!existsSync(join(root, key))) return undefined
      await rm(dir, { recursive: true, force: true })
      await cp(join(root, key), dir, { recursive: true })
      return key
    },
    saveCache: async ([dir]: string[], key: string) => {
      api.saved.push(key)
      await cp(dir, join(root, key), { recursive: true })
      return 1
    }
  }
  return api
}

describe('verifyWithStore', () => {
  test('miss → recorded and saved; hit in a fresh job → verified offline; tampered → discarded and refetched', async () => {
    const registry = memoryRegistry()
    const references = [parseReference('r.example/app:1.0')]
    const cache = folderCache(join(work, 'cache'))
    const run = (dir: string, log = recordingLog()) =>
      verifyWithStore({
        dir,
        references,
        remote: () => registry.source,
        verify: contentVerify(references, registry.source),
        cache,
        trust: ROOTS,
        log
      })

    const first = await run(join(work, 'job1'))
    expect(first.result.verified).toBe(true)
    expect(first.fromStore).toBe(false)
    expect(cache.saved).toEqual([storeCacheKey([registry.manifest.digest], await trustFingerprint(ROOTS))])
    expect(registry.counts.blobs).toBe(2)

    const second = await run(join(work, 'job2'))
    expect(second.result.verified).toBe(true)
    expect(second.fromStore).toBe(true)
    expect(registry.counts.blobs).toBe(2)
    expect(registry.counts.manifests).toBe(1)

    const store = await LayoutStore.open(join(work, 'job2'))
    const bytes = await readFile(store.blobPath(registry.layer.digest))
    bytes[0] ^= 1
    await writeFile(store.blobPath(registry.layer.digest), bytes)
    const log = recordingLog()
    const third = await run(join(work, 'job2'), log)
    // job2's directory is restored from the cache again before use, so tamper the cache entry instead.
    expect(third.fromStore).toBe(true)

    const entry = join(work, 'cache', cache.saved[0])
    const cached = await LayoutStore.open(entry)
    await writeFile(cached.blobPath(registry.layer.digest), bytes)
    const fourth = await run(join(work, 'job3'), log)
    expect(fourth.result.verified).toBe(true)
    expect(fourth.fromStore).toBe(false)
    expect(log.lines.join('\n')).toMatch(
      new RegExp(
        `warning: The cached store at .*job3 failed verification \\(.*stored blob ${registry.layer.digest}: digest mismatch`
      )
    )
    expect(registry.counts.blobs).toBe(4)
    expect(await readFile(join(work, 'job3', 'blobs', 'sha256', registry.layer.digest.slice(7)))).not.toEqual(
      bytes
    )
  })

  test('a failed verification records no name and saves nothing', async () => {
    const registry = memoryRegistry()
    const references = [parseReference('r.example/app:1.0')]
    const cache = folderCache(join(work, 'cache'))
    const broken: ContentSource = {
      ...registry.source,
      fetchBlob: async () => Readable.from([Buffer.from('wrong')])
    }
    const outcome = await verifyWithStore({
      dir: join(work, 'store'),
      references,
      remote: () => broken,
      verify: contentVerify(references, broken),
      cache,
      trust: ROOTS,
      log: recordingLog()
    })
    expect(outcome.result.verified).toBe(false)
    expect(outcome.store.entries).toEqual([])
    expect(cache.saved).toEqual([])
  })
})
