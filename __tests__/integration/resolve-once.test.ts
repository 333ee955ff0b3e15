/**
 * One resolve per run, with or without the store: the tag is asked of the registry once, and everything
 * after (cache key, offline check, signature, selection, recording) works on that digest. Counted through
 * a proxy in front of a real docker-registry, on the verify command both faces run (run/verify.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InputSource } from '../../src/inputs/input-values.js'
import { runVerify } from '../../src/run/verify.js'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { makeOciLayout } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inputSource, recordingLog, runSign } from '../helpers/signet.js'

let registry: TestRegistry
let proxy: FaultProxy
let pki: TestPki
let work: string
let signedDigest: string

beforeAll(async () => {
  registry = await startRegistry()
  proxy = await startFaultProxy({ target: registry.host })
  pki = await makePki()
  const image = await makeOciLayout({
    platform: { os: 'linux', architecture: 'amd64' },
    seed: 'resolve-once'
  })
  ;({ digest: signedDigest } = await runSign({
    image: `${registry.host}/app/once:1.0`,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${image.dir}:${image.tag} scenario=x86`,
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem
  }))
  work = await mkdtemp(join(tmpdir(), 'signet-resolve-once-'))
})
afterAll(async () => {
  await proxy?.stop()
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

function inputs(extra: Record<string, string> = {}): InputSource {
  return inputSource({
    mode: 'verify',
    image: `${proxy.host}/app/once:1.0`,
    'insecure-registries': proxy.host,
    'trust-roots': pki.rootPem,
    scenario: 'x86',
    ...extra
  })
}

/** Requests for the tag itself (HEAD or GET of /manifests/1.0) during `body`. */
async function tagRequests(body: () => Promise<unknown>): Promise<string[]> {
  const before = proxy.requests.length
  await body()
  return proxy.requests
    .slice(before)
    .filter(request => request.url === '/v2/app/once/manifests/1.0')
    .map(request => `${request.method} ${request.url}`)
}

test.each([
  // One GET: the manifest's bytes are kept for the selection (a HEAD, then a GET by digest, before).
  ['without a store', {}, 'GET'],
  ['with a store, first run (recorded)', { store: 'store' }, 'HEAD'],
  ['with a store, second run (verified from the store)', { store: 'store' }, 'HEAD'],
  ['with an output archive (a throwaway store)', { 'output-archive': 'image.tar' }, 'HEAD']
])('%s: the tag is resolved once', async (_name, extra: Record<string, string>, method: string) => {
  const paths = Object.fromEntries(Object.entries(extra).map(([name, value]) => [name, join(work, value)]))
  let verified: boolean | undefined
  const requests = await tagRequests(async () => {
    const run = await runVerify(inputs(paths), { log: recordingLog(), maskSecret: () => undefined, env: {} })
    verified = run.result.verified
  })
  expect(verified).toBe(true)
  expect(requests).toEqual([`${method} /v2/app/once/manifests/1.0`])
})

/** Every request to the registry during `body`, as "METHOD path". */
async function allRequests(body: () => Promise<unknown>): Promise<string[]> {
  const before = proxy.requests.length
  await body()
  return proxy.requests.slice(before).map(request => `${request.method} ${request.url.split('?')[0]}`)
}

test('signature only, by tag, on a registry without the referrers API: 1 request by tag, 4 by digest', async () => {
  let verified: boolean | undefined
  const requests = await allRequests(async () => {
    const run = await runVerify(inputs({ 'verify-layers': 'false' }), {
      log: recordingLog(),
      maskSecret: () => undefined,
      env: {}
    })
    verified = run.result.verified
  })
  expect(verified).toBe(true)
  const ping = requests.filter(request => request === 'GET /v2/')
  const rest = requests.filter(request => request !== 'GET /v2/')
  expect(ping.length).toBeLessThanOrEqual(1)
  expect(rest.filter(request => request.endsWith('/manifests/1.0'))).toEqual([
    'GET /v2/app/once/manifests/1.0'
  ])
  // The referrers API (404) and the referrers tag together, then the signature manifest and envelope.
  expect(rest.filter(request => !request.endsWith('/manifests/1.0'))).toHaveLength(4)
  expect(rest).toHaveLength(5)
})

test('signature only, by digest: its signatures are listed while it is fetched, 5 requests in all', async () => {
  // When each request reached the registry: the digest's manifest is held back, and the listing must
  // arrive while it is, not after its answer.
  const arrived = new Map<string, number>()
  const stallMs = 1000
  proxy.rules = [
    {
      match: request => {
        if (request.url.includes('/referrers/')) arrived.set('listing', Date.now())
        const manifest = request.url === `/v2/app/once/manifests/${signedDigest}`
        if (manifest) arrived.set('manifest', Date.now())
        return manifest
      },
      action: { kind: 'stall', ms: stallMs }
    }
  ]
  let verified: boolean | undefined
  const requests = await allRequests(async () => {
    const run = await runVerify(
      inputs({ image: `${proxy.host}/app/once@${signedDigest}`, 'verify-layers': 'false' }),
      { log: recordingLog(), maskSecret: () => undefined, env: {} }
    )
    verified = run.result.verified
  })
  proxy.rules = []
  expect(verified).toBe(true)
  const listing = arrived.get('listing') as number
  const manifest = arrived.get('manifest') as number
  expect(listing - manifest).toBeLessThan(stallMs)
  // The manifest, the referrers API (404) and the referrers tag, then the signature manifest and envelope.
  const rest = requests.filter(request => request !== 'GET /v2/')
  expect(rest.filter(request => request.includes('/manifests/sha256:'))).toHaveLength(2)
  expect(rest).toHaveLength(5)
})

test('full verify: the content is fetched and re-hashed while the signature is looked for', async () => {
  // The listing of the signatures (the referrers tag) is held back: the content's blobs are asked for
  // meanwhile, not after it.
  const arrived = new Map<string, number>()
  const stallMs = 1000
  proxy.rules = [
    {
      match: request => {
        if (request.url.includes('/blobs/') && !arrived.has('blob')) arrived.set('blob', Date.now())
        const listing = request.url.startsWith('/v2/app/once/manifests/sha256-')
        if (listing) arrived.set('listing', Date.now())
        return listing
      },
      action: { kind: 'stall', ms: stallMs }
    }
  ]
  let run: Awaited<ReturnType<typeof runVerify>> | undefined
  try {
    run = await runVerify(inputs(), { log: recordingLog(), maskSecret: () => undefined, env: {} })
  } finally {
    proxy.rules = []
  }
  expect(run.result.verified).toBe(true)
  expect(run.result.images[0].blobs.checked).toBeGreaterThan(1)
  expect((arrived.get('blob') as number) - (arrived.get('listing') as number)).toBeLessThan(stallMs)
})

test('a run that meets the same image three times asks the registry as often as for one', async () => {
  const run = (images: string) =>
    allRequests(() =>
      runVerify(inputs({ image: images, 'max-concurrency': '3' }), {
        log: recordingLog(),
        maskSecret: () => undefined,
        env: {}
      })
    )
  const image = `${proxy.host}/app/once:1.0`
  const once = await run(image)
  let report: Awaited<ReturnType<typeof runVerify>> | undefined
  const thrice = await allRequests(async () => {
    report = await runVerify(inputs({ image: [image, image, image].join('\n'), 'max-concurrency': '3' }), {
      log: recordingLog(),
      maskSecret: () => undefined,
      env: {}
    })
  })
  expect(thrice.sort()).toEqual(once.sort())
  expect(report?.result.verified).toBe(true)
  expect(report?.result.images.map(image => image.verifiedOnce)).toEqual([undefined, true, true])
  expect(report?.table.rows.length).toBe(3)
})

test.each([
  ['3 at once', '3', true],
  ['one after another', '1', false]
])(
  'images of one run verified %s: each log in its own group, in the order asked',
  async (_name, concurrency: string, overlapping: boolean) => {
    const images = [
      `${proxy.host}/app/once:1.0`,
      `${proxy.host}/app/once@${signedDigest}`,
      `${proxy.host}/app/missing:1`
    ]
    // The first image's tag is held back: images verified at once ask for the others meanwhile.
    proxy.rules = [
      {
        match: request => request.url === '/v2/app/once/manifests/1.0',
        action: { kind: 'stall', ms: 400 }
      }
    ]
    const log = recordingLog()
    let run: Awaited<ReturnType<typeof runVerify>> | undefined
    const requests = await allRequests(async () => {
      run = await runVerify(inputs({ image: images.join('\n'), 'max-concurrency': concurrency }), {
        log,
        maskSecret: () => undefined,
        env: {}
      })
    })
    proxy.rules = []
    expect(run?.result.images.map(image => image.verdict)).toEqual(['verified', 'verified', 'rejected'])
    // The first blob asked for (an envelope) comes after a resolve, a listing and a signature manifest:
    // images verified at once ask for the third image before it, one after another only after it.
    const missing = requests.indexOf('GET /v2/app/missing/manifests/1')
    const firstBlob = requests.findIndex(request => request.includes('/blobs/'))
    expect(missing < firstBlob).toBe(overlapping)
    // Each group holds its own image's lines, and the groups come in the order of the images.
    const groups = log.lines.filter(line => line.startsWith('group: '))
    expect(groups).toEqual(images.map(image => `group: Verify ${image}`))
    const third = log.lines.indexOf(groups[2])
    expect(log.lines.slice(third).some(line => line.includes('not found'))).toBe(true)
    expect(log.lines.slice(0, third).some(line => line.includes('not found'))).toBe(false)
  }
)
