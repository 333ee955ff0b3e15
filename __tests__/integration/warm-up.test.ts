/**
 * The warm-up (run/warm-up.ts, oci/prefetch.ts): `signet verify` reads an image's manifest,
 * signatures and envelopes while its engines load, and the run finds them in the client's memory. Against
 * a real docker-registry behind a recording proxy: the CLI's run asks the registry exactly what the
 * same run without a warm-up asks, none of it twice, and reaches the same verdict; the client's memory
 * answers a tag and a small blob once per run, and asks again for a tag this client has just pushed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prefetchImage, type PrefetchOptions } from '../../src/oci/prefetch.js'
import { RegistryClient, type FetchedManifest } from '../../src/oci/registry.js'
import type { ImageIndex } from '../../src/oci/types.js'
import { runVerify } from '../../src/run/verify.js'
import { runMain } from '../helpers/cli-main.js'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { makeOciLayout } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inputSource, recordingLog, runSign } from '../helpers/signet.js'

let registry: TestRegistry
let proxy: FaultProxy
let pki: TestPki
let otherPki: TestPki
let work: string
let rootPath: string
let otherRootPath: string
let bothRootsPath: string
let signedDigest: string

beforeAll(async () => {
  registry = await startRegistry()
  proxy = await startFaultProxy({ target: registry.host })
  pki = await makePki()
  work = await mkdtemp(join(tmpdir(), 'signet-warm-up-'))
  const manifests: string[] = []
  for (const architecture of ['amd64', 'arm64'] as const) {
    const image = await makeOciLayout({
      dir: join(work, 'layout'),
      tag: architecture,
      platform: { os: 'linux', architecture },
      seed: `warm-up-${architecture}`
    })
    manifests.push(`oci-layout:${image.dir}:${image.tag} scenario=on-${architecture}`)
  }
  ;({ digest: signedDigest } = await runSign({
    image: `${registry.host}/warm/app:1`,
    'insecure-registries': registry.host,
    manifests: manifests.join('\n'),
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem
  }))
  // Signed by two signers: two Notary signatures of one index (SOURCE_DATE_EPOCH pins its created time, so
  // both signs build the same index), either of which passes under both roots.
  otherPki = await makePki()
  for (const signer of [pki, otherPki])
    await runSign(
      {
        image: `${registry.host}/warm/twice:1`,
        'insecure-registries': registry.host,
        manifests: manifests.join('\n'),
        'signing-key': signer.keyPem,
        'signing-cert-chain': signer.chainPem
      },
      { env: { SOURCE_DATE_EPOCH: '1700000000' } }
    )
  rootPath = join(work, 'root.pem')
  await writeFile(rootPath, pki.rootPem)
  otherRootPath = join(work, 'other-root.pem')
  await writeFile(otherRootPath, (await makePki()).rootPem)
  bothRootsPath = join(work, 'both-roots.pem')
  await writeFile(bothRootsPath, pki.rootPem + otherPki.rootPem)
})
afterAll(async () => {
  await proxy?.stop()
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

/** The requests the proxy saw during `body`, as `METHOD url`. */
async function requestsOf(body: () => Promise<unknown>): Promise<string[]> {
  const before = proxy.requests.length
  await body()
  return proxy.requests.slice(before).map(request => `${request.method} ${request.url}`)
}

const signedIndex = (fetched: FetchedManifest) => fetched.manifest as ImageIndex

const repeated = (requests: string[]) => requests.filter((request, at) => requests.indexOf(request) !== at)

describe.each([
  ['signature only', 'app', ['--verify-layers', 'false']],
  ['every blob re-hashed', 'app', []],
  ['one scenario', 'app', ['--scenario', 'on-arm64']],
  ['two signatures, either passes', 'twice', ['--verify-layers', 'false', '--trust-roots', 'BOTH_ROOTS']]
])('%s', (_name, repository: string, given: string[]) => {
  test('the CLI asks the registry what the run alone asks, nothing twice, and verifies', async () => {
    const flags = given.map(flag => (flag === 'BOTH_ROOTS' ? bothRootsPath : flag))
    const trust = flags.includes('--trust-roots') ? [] : ['--trust-roots', rootPath]
    const argv = [
      'verify',
      '--image',
      `${proxy.host}/warm/${repository}:1`,
      '--insecure-registries',
      proxy.host,
      ...flags,
      ...trust
    ]
    let cli = { code: -1, stdout: '', stderr: '' }
    const withWarmUp = await requestsOf(async () => {
      cli = await runMain(...argv, '--json')
    })
    expect(cli.code).toBe(0)
    expect(JSON.parse(cli.stdout)).toMatchObject({ verified: true })

    const values: Record<string, string> = {}
    for (let at = 1; at < argv.length; at += 2) values[argv[at].slice(2)] = argv[at + 1]
    let verified: boolean | undefined
    const alone = await requestsOf(async () => {
      const run = await runVerify(inputSource({ mode: 'verify', ...values }), {
        log: recordingLog(),
        maskSecret: () => undefined,
        env: {}
      })
      verified = run.result.verified
    })
    expect(verified).toBe(true)
    expect([...withWarmUp].sort()).toEqual([...alone].sort())
    expect(repeated(withWarmUp)).toEqual([])
  })
})

test('a signature from another root is rejected, whatever the warm-up read', async () => {
  const run = await runMain(
    'verify',
    '--image',
    `${proxy.host}/warm/app:1`,
    '--insecure-registries',
    proxy.host,
    '--verify-layers',
    'false',
    '--trust-roots',
    otherRootPath
  )
  expect(run.code).toBe(1)
  expect(run.stderr).toMatch(/no valid signature/)
})

describe('prefetchImage reads what the run reads first, and no more', () => {
  /** The requests of one prefetch of warm/twice:1 (two Notary signatures) with `options`. */
  async function prefetched(options: Partial<PrefetchOptions>): Promise<string[]> {
    const client = new RegistryClient({ insecureRegistries: [proxy.host] })
    try {
      return await requestsOf(() =>
        prefetchImage(
          client.repository({ registry: proxy.host, repository: 'warm/twice' }),
          { tag: '1' },
          { childManifests: false, notaryEnvelope: true, maxSignatures: 100, ...options }
        )
      )
    } finally {
      await client.close()
    }
  }
  const signatureManifests = (requests: string[]) =>
    requests.filter(request => /^GET \/v2\/warm\/twice\/manifests\/sha256:/.test(request))
  const blobs = (requests: string[]) => requests.filter(request => request.includes('/blobs/'))

  test('every signature manifest listed, and the envelope of the first alone', async () => {
    const requests = await prefetched({})
    expect(signatureManifests(requests)).toHaveLength(2)
    expect(blobs(requests)).toHaveLength(1)
  })

  test('no more signature manifests than max-signatures', async () => {
    expect(signatureManifests(await prefetched({ maxSignatures: 1 }))).toHaveLength(1)
  })

  test('no envelope without a Notary signer', async () => {
    const requests = await prefetched({ notaryEnvelope: false })
    expect(signatureManifests(requests)).toHaveLength(2)
    expect(blobs(requests)).toEqual([])
  })
})

describe("the client's memory of a run", () => {
  test('a tag is asked once, and again once this client has pushed it', async () => {
    const client = new RegistryClient({ insecureRegistries: [proxy.host] })
    const repository = client.repository({ registry: proxy.host, repository: 'warm/app' })
    const tagReads = (requests: string[], tag: string) =>
      requests.filter(request => request === `GET /v2/warm/app/manifests/${tag}`)
    try {
      const reads = await requestsOf(async () => {
        const both = await Promise.all([repository.fetchManifest('1'), repository.fetchManifest('1')])
        expect(both.map(fetched => fetched.descriptor.digest)).toEqual([signedDigest, signedDigest])
        expect((await repository.resolve('1')).digest).toBe(signedDigest)
      })
      expect(tagReads(reads, '1')).toHaveLength(1)

      const signed = (await repository.fetchManifest(signedDigest)).descriptor
      const entry = signedIndex(await repository.fetchManifest(signedDigest)).manifests[0]
      await repository.tag(entry, 'moving')
      expect((await repository.fetchManifest('moving')).descriptor.digest).toBe(entry.digest)
      await repository.tag(signed, 'moving')
      const again = await requestsOf(async () => {
        expect((await repository.fetchManifest('moving')).descriptor.digest).toBe(signedDigest)
      })
      expect(tagReads(again, 'moving')).toHaveLength(1)
    } finally {
      await client.close()
    }
  })

  test('a small blob is fetched once per run, and refused before any request beyond what the caller allows', async () => {
    const client = new RegistryClient({ insecureRegistries: [proxy.host] })
    const repository = client.repository({ registry: proxy.host, repository: 'warm/app' })
    try {
      const index = signedIndex(await repository.fetchManifest(signedDigest))
      const image = (await repository.fetchManifest(index.manifests[0].digest)).manifest as {
        config: { digest: string; size: number; mediaType: string }
        layers: { digest: string; size: number; mediaType: string }[]
      }
      const blobRequests = (requests: string[], digest: string) =>
        requests.filter(request => request === `GET /v2/warm/app/blobs/${digest}`)
      const reads = await requestsOf(async () => {
        const [a, b] = await Promise.all([
          repository.fetchBlobBytes(image.config, 1024 * 1024),
          repository.fetchBlobBytes(image.config, 1024 * 1024)
        ])
        expect(a.equals(b)).toBe(true)
        await repository.fetchBlobBytes(image.config, 1024 * 1024)
      })
      expect(blobRequests(reads, image.config.digest)).toHaveLength(1)
      // A caller that allows less is refused before any request, remembered or not.
      const refused = await requestsOf(() =>
        expect(repository.fetchBlobBytes(image.config, image.config.size - 1)).rejects.toThrow(
          /Refusing blob/
        )
      )
      expect(refused).toEqual([])
    } finally {
      await client.close()
    }
  })
})
