/**
 * Sign and verify through a broken network: transient faults on every request type are survived with
 * the same index bytes as a fault-free run; a permanent failure at each step of sign names the step,
 * leaves no tag on an unsigned index, and a re-run succeeds; two signers racing on the same referrers
 * tag both end up listed. The real docker-registry sits behind the fault-injecting proxy.
 */
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { StepError } from '../../src/util/steps.js'
import type { VerifyResult } from '../../src/verify/verify.js'
import {
  requestTypes,
  startFaultProxy,
  type FaultAction,
  type FaultProxy,
  type ProxiedRequest
} from '../helpers/fault-proxy.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { fallbackSignatures, rawManifest } from '../helpers/independent.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { recordingLog, runSign, runVerify } from '../helpers/signet.js'

/** Runs per fault type; CI runs the full 20, a quick local check can ask for fewer. */
const RUNS = Number(process.env.SIGNET_FAULT_RUNS ?? 20)
const FAULT_SHARE = 0.1
const ENV = { SOURCE_DATE_EPOCH: '1700000000' }

let registry: TestRegistry
let proxy: FaultProxy
let pki: TestPki
let amd64: TestImage
let arm64: TestImage
/** The index digest of a run without faults: every faulty run must publish exactly these bytes. */
let referenceDigest: string

const signInputs = (repository: string, signer: TestPki = pki, extra: Record<string, string> = {}) => ({
  image: `${proxy.host}/${repository}:1.0`,
  'insecure-registries': proxy.host,
  manifests: [
    `oci-layout:${amd64.dir}:${amd64.tag} scenario=a`,
    `oci-layout:${arm64.dir}:${arm64.tag} scenario=b`
  ].join('\n'),
  'signing-key': signer.keyPem,
  'signing-cert-chain': signer.chainPem,
  ...extra
})
const verifyInputs = (repository: string, roots = pki.rootPem) => ({
  image: `${proxy.host}/${repository}:1.0`,
  'insecure-registries': proxy.host,
  'trust-roots': roots
})
const reasons = (result: VerifyResult) => result.images.flatMap(image => image.reasons).join('; ')

beforeAll(async () => {
  registry = await startRegistry()
  proxy = await startFaultProxy({ target: registry.host })
  pki = await makePki()
  // Small images: the loops below run sign and verify many times on a 2-core machine.
  amd64 = await makeOciLayout({
    platform: { os: 'linux', architecture: 'amd64' },
    seed: 'faults-amd64',
    layerSizes: [3000]
  })
  arm64 = await makeOciLayout({
    platform: { os: 'linux', architecture: 'arm64' },
    seed: 'faults-arm64',
    layerSizes: [2000]
  })
  referenceDigest = (await runSign(signInputs('faults/reference'), { env: ENV })).digest
})
afterEach(() => {
  proxy.rules = []
  proxy.oneAtATime = false
})
afterAll(async () => {
  await proxy?.stop()
  await registry?.stop()
})

const gets = (r: ProxiedRequest) => r.method === 'GET'
const transientFaults: [string, FaultAction, (r: ProxiedRequest) => boolean][] = [
  ['HTTP 500', { kind: 'status', status: 500 }, requestTypes.any],
  ['HTTP 502', { kind: 'status', status: 502 }, requestTypes.any],
  ['HTTP 503 with Retry-After', { kind: 'status', status: 503, retryAfter: '0' }, requestTypes.any],
  ['HTTP 429 without Retry-After', { kind: 'status', status: 429 }, requestTypes.any],
  ['connection reset before the answer', { kind: 'reset' }, requestTypes.any],
  ['connection reset mid-body', { kind: 'reset-mid-body' }, gets],
  ['stall', { kind: 'stall', ms: 50 }, requestTypes.any]
]

describe('10 % transient faults on every request type', () => {
  // Every run mixes all fault types (each an equal part of the 10 %): with the client's fixed 300 ms
  // retry backoff, a separate loop per type would not fit the time budget of one test file.
  test(`sign and verify succeed in ${RUNS} of ${RUNS} runs and publish the fault-free index`, async () => {
    const share = 1 - Math.pow(1 - FAULT_SHARE, 1 / transientFaults.length)
    const failures: string[] = []
    const injected = new Map<string, number>()
    for (let run = 1; run <= RUNS; run++) {
      const repository = `transient/run-${run}`
      proxy.reseed(run)
      proxy.rules = transientFaults.map(([, action, match]) => ({ match, share, action }))
      const start = proxy.requests.length
      try {
        const signed = await runSign(signInputs(repository), { env: ENV })
        const verified = await runVerify(verifyInputs(repository))
        if (signed.digest !== referenceDigest)
          failures.push(`run ${run}: index ${signed.digest}, expected ${referenceDigest}`)
        if (!verified.verified) failures.push(`run ${run}: verify rejected: ${reasons(verified)}`)
      } catch (error) {
        failures.push(`run ${run}: ${(error as Error).message}`)
      }
      for (const request of proxy.requests.slice(start)) {
        if (request.fault) injected.set(request.fault, (injected.get(request.fault) ?? 0) + 1)
      }
    }
    expect(failures).toEqual([])
    // The runs really went through faults, of every kind once there are enough runs to draw them.
    const total = [...injected.values()].reduce((sum, count) => sum + count, 0)
    expect(total).toBeGreaterThanOrEqual(RUNS)
    if (RUNS >= 10)
      expect([...injected.keys()].sort()).toEqual([
        'reset',
        'reset-mid-body',
        'stall',
        'status 429',
        'status 500',
        'status 502',
        'status 503'
      ])
    if (process.env.SIGNET_FAULT_FIGURES)
      process.stderr.write(
        `faults injected over ${RUNS} runs: ${JSON.stringify(Object.fromEntries(injected))}\n`
      )
  })
})

describe('a permanent failure at each step of sign', () => {
  const platformDigests = () => [amd64.manifest.digest, arm64.manifest.digest]
  const manifestPut = (r: ProxiedRequest, reference: string) =>
    requestTypes.manifestPut(r) && r.url.endsWith(`/manifests/${reference}`)
  const signaturePut = (r: ProxiedRequest) =>
    requestTypes.manifestPut(r) &&
    /\/manifests\/sha256:/.test(r.url) &&
    ![referenceDigest, ...platformDigests()].some(d => r.url.endsWith(d))

  const steps: [string, string, (r: ProxiedRequest) => boolean][] = [
    ['blob upload', 'push blobs', requestTypes.uploadStart],
    ['platform manifest PUT', 'push platform manifests', r => manifestPut(r, arm64.manifest.digest)],
    ['index PUT', 'push index', r => manifestPut(r, referenceDigest)],
    ['signature PUT', 'push signatures', signaturePut],
    [
      'referrers tag PUT',
      'push signatures',
      r => requestTypes.manifestPut(r) && /\/manifests\/sha256-/.test(r.url)
    ],
    ['final tag PUT', 'move tags', r => manifestPut(r, '1.0')]
  ]

  test.each(steps)(
    '%s: the error names "%s", no tag names an unsigned index, a re-run succeeds',
    async (label, step, match) => {
      const repository = `permanent/${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`
      proxy.rules = [{ match, action: { kind: 'status', status: 500 } }]
      let failure: unknown
      try {
        await runSign(signInputs(repository), { env: ENV })
      } catch (error) {
        failure = error
      }
      expect(failure).toBeInstanceOf(StepError)
      expect((failure as Error).message).toMatch(new RegExp(`^${step}: `))
      expect(proxy.requests.some(r => r.fault === 'status 500' && match(r))).toBe(true)

      // Straight at the registry, past the proxy: the tag is absent, or its index is signed.
      const tagged = await rawManifest(registry.host, repository, '1.0')
      if (tagged.status === 200) {
        expect(await fallbackSignatures(registry.host, repository, referenceDigest)).not.toHaveLength(0)
      } else {
        expect(tagged.status).toBe(404)
      }

      proxy.rules = []
      const rerun = await runSign(signInputs(repository), { env: ENV })
      expect(rerun.digest).toBe(referenceDigest)
      expect(await fallbackSignatures(registry.host, repository, referenceDigest)).toHaveLength(1)
      const verified = await runVerify(verifyInputs(repository))
      expect(reasons(verified)).toBe('')
    }
  )
})

describe('two signers racing on the same referrers tag', () => {
  test('both signatures end up listed for the index and for each platform manifest', async () => {
    const other = await makePki({ rootSubject: 'CN=Other Root' })
    // Reads of a referrers tag go to the registry in pairs, so both signers read it before either
    // writes it: the registry keeps the last write, and one signer must notice its entry is gone.
    // One request at a time: both also push the same image, and docker-registry's own storage is not
    // safe for that (a manifest PUT next to another's read of the same link file: "blob unknown").
    const referrersTag = (r: ProxiedRequest) => /\/race\/app\/manifests\/sha256-/.test(r.url)
    proxy.oneAtATime = true
    proxy.rules = [
      {
        match: r => requestTypes.manifestGet(r) && referrersTag(r),
        action: { kind: 'gather', count: 2, ms: 10_000 }
      }
    ]
    const start = proxy.requests.length
    const [first, second] = await Promise.all([
      runSign(signInputs('race/app'), { env: ENV }),
      runSign(signInputs('race/app', other), { env: ENV })
    ])
    expect(first.digest).toBe(second.digest)
    proxy.rules = []
    // Each of the three tags (index, two platforms) lost an update and was written again.
    const tagWrites = new Map<string, number>()
    for (const request of proxy.requests.slice(start))
      if (requestTypes.manifestPut(request) && referrersTag(request))
        tagWrites.set(request.url, (tagWrites.get(request.url) ?? 0) + 1)
    expect([...tagWrites.values()]).toEqual([3, 3, 3])
    for (const subject of [first.digest, amd64.manifest.digest, arm64.manifest.digest]) {
      const listed = (await fallbackSignatures(registry.host, 'race/app', subject)).map(s => s.manifest)
      expect(listed).toHaveLength(2)
    }
    expect(new Set([...first.signatureDigests, ...second.signatureDigests]).size).toBe(6)
    // Each signer's roots accept the image on their own.
    expect(reasons(await runVerify(verifyInputs('race/app')))).toBe('')
    expect(reasons(await runVerify(verifyInputs('race/app', other.rootPem)))).toBe('')
  })
})

/**
 * docker-registry rewrites a repository's link to a blob or manifest in place, so another client pushing
 * the same content at once can leave a link empty or gone, and the registry refuses a manifest whose
 * content it holds (MANIFEST_BLOB_UNKNOWN). Reproduced here by removing the link just before the PUT:
 * sign pushes that content again and repeats the PUT; the published index is the same as without.
 */
describe('content whose repository link was lost before a manifest PUT (MANIFEST_BLOB_UNKNOWN)', () => {
  const linkOf = (repository: string, kind: '_layers' | '_manifests/revisions', digest: string) =>
    join(
      registry.storageDir,
      'docker/registry/v2/repositories',
      repository,
      kind,
      'sha256',
      digest.slice(7),
      'link'
    )
  const putsOf = (repository: string, reference: string, from: number) =>
    proxy.requests
      .slice(from)
      .filter(r => r.method === 'PUT' && r.url === `/v2/${repository}/manifests/${reference}`)

  test.each([
    [
      'a platform manifest, its layer lost: the layer is uploaded again',
      'relink/layer',
      () => amd64.manifest.digest,
      (repository: string) => linkOf(repository, '_layers', amd64.layers[0].digest)
    ],
    [
      'the index, a platform manifest lost: that manifest is pushed again',
      'relink/child',
      () => referenceDigest,
      (repository: string) => linkOf(repository, '_manifests/revisions', arm64.manifest.digest)
    ]
  ])('%s, then the PUT is repeated', async (_name, repository, reference, link) => {
    const from = proxy.requests.length
    proxy.rules = [
      {
        match: r => r.method === 'PUT' && r.url === `/v2/${repository}/manifests/${reference()}`,
        times: 1,
        action: { kind: 'change-registry', change: () => rm(link(repository)) }
      }
    ]
    const log = recordingLog()
    const signed = await runSign(signInputs(repository), { env: ENV, log })
    expect(signed.digest).toBe(referenceDigest)
    expect(putsOf(repository, reference(), from)).toHaveLength(2)
    expect(log.lines.filter(line => line.includes('MANIFEST_BLOB_UNKNOWN'))).toHaveLength(1)
    expect(await readFile(link(repository), 'utf8')).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(reasons(await runVerify(verifyInputs(repository)))).toBe('')
  })

  test('lost again on every retry: the refusal is the run error, and no tag names the index', async () => {
    const repository = 'relink/always'
    const from = proxy.requests.length
    proxy.rules = [
      {
        match: r => r.method === 'PUT' && r.url === `/v2/${repository}/manifests/${amd64.manifest.digest}`,
        action: {
          kind: 'change-registry',
          change: () => rm(linkOf(repository, '_layers', amd64.layers[0].digest), { force: true })
        }
      }
    ]
    let failure: unknown
    try {
      await runSign(signInputs(repository), { env: ENV })
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(StepError)
    expect((failure as Error).message).toMatch(/^push platform manifests: .*MANIFEST_BLOB_UNKNOWN/)
    // The first PUT and two retries.
    expect(putsOf(repository, amd64.manifest.digest, from)).toHaveLength(3)
    expect((await rawManifest(registry.host, repository, '1.0')).status).toBe(404)
  })
})
