/**
 * `npm run bench`: Signet against skopeo on a loopback docker-registry (issue 6), against notation,
 * crane and skopeo through a latency relay, and a sharded sweep against an unsplit one (issue 27,
 * bench/latency.ts and bench/sweep-shard.ts; BENCH_SUITE=latency,sweep runs those alone). Builds a multi-platform
 * image from pseudo-random layers, times the built CLI and action as users run them (median of
 * BENCH_REPEAT runs, Signet and skopeo interleaved), prints the table and writes it to
 * .bench-build/results.json. Everything it starts (registry, proxy, temp dirs) is stopped and removed.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeOciLayout, type TestImage } from '../__tests__/helpers/images.js'
import { makePki } from '../__tests__/helpers/pki.js'
import { startRegistry, type TestRegistry } from '../__tests__/helpers/registry.js'
import { toolPath } from '../scripts/ensure-tools.mjs'
import type { Platform } from '../src/oci/types.js'
import { startByteProxy, type ByteProxy } from './byte-proxy.js'
import { bareNodeSeconds, coldStartSeconds } from './cold-start.js'
import { SIGNET_ACTION, signetSign, signetVerify, skopeoCopy, type Keys } from './commands.js'
import { MB, readConfig, type BenchConfig } from './config.js'
import { sha256MegabytesPerSecond } from './hash-ceiling.js'
import { latencySuite } from './latency.js'
import { sweepSuite } from './sweep-shard.js'
import { CODE_CACHE_DIR, measure, median, type Measured } from './process.js'
import { renderTable, row, type Row } from './table.js'

const PLATFORMS: Platform[] = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64' },
  { os: 'linux', architecture: 'ppc64le' },
  { os: 'linux', architecture: 's390x' },
  { os: 'linux', architecture: 'riscv64' },
  { os: 'linux', architecture: '386' }
]
const RESULTS_FILE = '.bench-build/results.json'
const COLD_START_RUNS = 5

const say = (text: string) => process.stderr.write(`bench: ${text}\n`)
const node = (args: string[]) => measure(process.execPath, args)
const skopeo = (args: string[]) => measure('skopeo', args)
const crane = (args: string[]) => measure(toolPath('crane'), args)

interface Fixture {
  work: string
  registry: TestRegistry
  proxy: ByteProxy
  keys: Keys
  images: TestImage[]
  /** The signed index the verify runs read. */
  signed: string
  layerDigests: Set<string>
  totalBytes: number
}

function scenarioOf(image: TestImage): string {
  return `on-${image.platform.architecture}`
}

function layoutLine(image: TestImage): string {
  return `oci-layout:${image.dir}:${image.tag} scenario=${scenarioOf(image)}`
}

/** Bytes of layers (not configs, manifests or signatures) that crossed the proxy. */
function layerBytesMoved(fixture: Fixture): number {
  let bytes = 0
  for (const [digest, moved] of fixture.proxy.bytesByDigest)
    if (fixture.layerDigests.has(digest)) bytes += moved
  return bytes
}

async function setUp(config: BenchConfig): Promise<Fixture> {
  const work = await mkdtemp(join(tmpdir(), 'signet-bench-'))
  const registry = await startRegistry()
  let proxy: ByteProxy | undefined
  try {
    proxy = await startByteProxy(registry.host)
    const pki = await makePki()
    const keys: Keys = {
      key: join(work, 'key.pem'),
      chain: join(work, 'chain.pem'),
      root: join(work, 'root.pem')
    }
    await writeFile(keys.key, pki.keyPem)
    await writeFile(keys.chain, pki.chainPem)
    await writeFile(keys.root, pki.rootPem)

    const images = await buildImages(config, join(work, 'layout'), 'verify')
    const totalBytes = images.reduce(
      (sum, image) => sum + image.config.size + image.layers.reduce((bytes, layer) => bytes + layer.size, 0),
      0
    )
    const signed = `${registry.host}/bench/app:1`
    say(`signing ${signed} (untimed set-up)`)
    await node(signetSign(registry.host, signed, images.map(layoutLine), keys))
    return { work, registry, proxy, keys, images, signed, layerDigests: layerDigestsOf(images), totalBytes }
  } catch (error) {
    // main() stops a fixture it got; one that failed half-way is stopped here.
    await proxy?.stop()
    await registry.stop()
    await rm(work, { recursive: true, force: true })
    throw error
  }
}

/** One OCI layout holding every platform image; `seed` makes its layers differ from other builds'. */
async function buildImages(config: BenchConfig, dir: string, seed: string): Promise<TestImage[]> {
  const layerBytes = Math.floor((config.totalMegabytes * MB) / (config.platforms * config.layersPerPlatform))
  say(
    `building ${config.platforms} platforms × ${config.layersPerPlatform} layers of ${(layerBytes / MB).toFixed(1)} MB`
  )
  const images: TestImage[] = []
  for (let i = 0; i < config.platforms; i++) {
    const platform = PLATFORMS[i % PLATFORMS.length]
    images.push(
      await makeOciLayout({
        dir,
        tag: `p${i}`,
        platform: i < PLATFORMS.length ? platform : { ...platform, variant: `v${i}` },
        layerSizes: Array.from({ length: config.layersPerPlatform }, () => layerBytes),
        seed: `${seed}-${i}`,
        // Compressed, as real images are: the transfers compared then carry the same bytes.
        gzip: true
      })
    )
  }
  return images
}

function layerDigestsOf(images: TestImage[]): Set<string> {
  return new Set(images.flatMap(image => image.layers.map(layer => layer.digest)))
}

interface Samples {
  verify: number[]
  skopeoAll: number[]
  craneValidate: number[]
  verifyScenario: number[]
  skopeoPlatform: number[]
  sign: number[]
  skopeoPush: number[]
  rerun: number[]
  rerunLayerBytes: number[]
  matrix: number[]
  matrixLayerBytes: number[]
}

/** Signet's verify must really have re-hashed every byte, or its time means nothing. */
function checkVerified(run: Measured, atLeastBytes: number): void {
  const result = JSON.parse(run.stdout) as { verified: boolean; images: { blobs: { bytes: number } }[] }
  const bytes = result.images.reduce((sum, image) => sum + image.blobs.bytes, 0)
  if (!result.verified || bytes < atLeastBytes) {
    throw new Error(`verify re-hashed ${bytes} bytes, expected at least ${atLeastBytes}: ${run.stdout}`)
  }
}

async function repetition(
  fixture: Fixture,
  config: BenchConfig,
  round: number,
  samples: Samples
): Promise<void> {
  const { registry, keys, work } = fixture
  const host = registry.host
  const scratch = join(work, `oci-${round}`)
  const chosen = fixture.images[fixture.images.length - 1]

  const verify = await node(signetVerify(host, fixture.signed, keys))
  checkVerified(verify, fixture.totalBytes)
  samples.verify.push(verify.seconds)
  samples.skopeoAll.push(
    (await skopeo(skopeoCopy(`docker://${fixture.signed}`, `oci:${scratch}:all`, true))).seconds
  )
  await rm(scratch, { recursive: true, force: true })
  // crane reads every blob too (and un-gzips each layer to check its diff ID): issue 27's loopback yardstick.
  samples.craneValidate.push((await crane(['validate', '--remote', fixture.signed, '--insecure'])).seconds)

  const scenario = await node(signetVerify(host, fixture.signed, keys, scenarioOf(chosen)))
  checkVerified(
    scenario,
    chosen.layers.reduce((sum, layer) => sum + layer.size, 0)
  )
  samples.verifyScenario.push(scenario.seconds)
  const pinned = `docker://${host}/bench/app@${chosen.manifest.digest}`
  samples.skopeoPlatform.push((await skopeo(skopeoCopy(pinned, `oci:${scratch}:one`))).seconds)
  await rm(scratch, { recursive: true, force: true })

  // Fresh layers each round, and other ones for each tool: skopeo remembers where it saw a blob (its
  // blob-info cache) and would mount instead of upload, Signet would find them present, and the registry
  // takes a blob it already stores faster than a new one (measured: Signet's sign of the same layers
  // into a second repository took 10-15 % less). Both must move every byte of content new to the registry.
  const layout = join(work, `layout-${round}`)
  const images = await buildImages(config, layout, `round-${round}`)
  const skopeoLayout = join(work, `skopeo-layout-${round}`)
  const skopeoImages = await buildImages(config, skopeoLayout, `skopeo-round-${round}`)
  for (const digest of [...layerDigestsOf(images), ...layerDigestsOf(skopeoImages)])
    fixture.layerDigests.add(digest)
  const target = `${host}/bench/sign-${round}:1`
  samples.sign.push((await node(signetSign(host, target, images.map(layoutLine), keys))).seconds)
  let pushed = 0
  for (const image of skopeoImages) {
    const destination = `docker://${host}/bench/skopeo-${round}:${image.tag}`
    pushed += (await skopeo(skopeoCopy(`oci:${image.dir}:${image.tag}`, destination))).seconds
  }
  samples.skopeoPush.push(pushed)

  // Re-run and matrix go through the byte-counting proxy (a little slower than direct, never faster).
  const proxied = fixture.proxy.host
  fixture.proxy.reset()
  const again = `${proxied}/bench/sign-${round}:1`
  samples.rerun.push((await node(signetSign(proxied, again, images.map(layoutLine), keys))).seconds)
  samples.rerunLayerBytes.push(layerBytesMoved(fixture))

  fixture.proxy.reset()
  const matrixLines = skopeoImages.map(
    image => `${proxied}/bench/skopeo-${round}@${image.manifest.digest} scenario=${scenarioOf(image)}`
  )
  const matrix = `${proxied}/bench/matrix-${round}:1`
  samples.matrix.push((await node(signetSign(proxied, matrix, matrixLines, keys))).seconds)
  samples.matrixLayerBytes.push(layerBytesMoved(fixture))
  await rm(layout, { recursive: true, force: true })
  await rm(skopeoLayout, { recursive: true, force: true })
}

/** Peak RSS of verify (and of skopeo copying it) on an image with one big layer. */
async function bigLayer(fixture: Fixture, config: BenchConfig): Promise<{ signet: number; skopeo: number }> {
  const { registry, keys, work } = fixture
  say(`building and pushing one ${config.bigLayerMegabytes} MB layer`)
  const image = await makeOciLayout({
    dir: join(work, 'big'),
    tag: 'big',
    layerSizes: [config.bigLayerMegabytes * MB],
    seed: 'big'
  })
  const reference = `${registry.host}/bench/big:1`
  await node(signetSign(registry.host, reference, [`oci-layout:${image.dir}:big scenario=big`], keys))
  await rm(image.dir, { recursive: true, force: true })
  const verify = await node(signetVerify(registry.host, reference, keys))
  checkVerified(verify, config.bigLayerMegabytes * MB)
  const scratch = join(work, 'oci-big')
  const copy = await skopeo(skopeoCopy(`docker://${reference}`, `oci:${scratch}:big`, true))
  await rm(scratch, { recursive: true, force: true })
  return { signet: verify.peakRssBytes / MB, skopeo: copy.peakRssBytes / MB }
}

async function coldStart(fixture: Fixture): Promise<{ signet: number; node: number }> {
  const action: number[] = []
  const bare: number[] = []
  for (let i = 0; i < COLD_START_RUNS; i++) {
    action.push(await coldStartSeconds(SIGNET_ACTION, fixture.keys.root))
    bare.push(await bareNodeSeconds())
  }
  return { signet: median(action), node: median(bare) }
}

function tableOf(
  samples: Samples,
  big: { signet: number; skopeo: number },
  cold: { signet: number; node: number },
  hashCeiling: number,
  totalBytes: number
): Row[] {
  const m = (values: number[]) => median(values)
  const verifyRow = row({
    measurement: 'verify, full re-hash',
    unit: 's',
    signet: m(samples.verify),
    baseline: m(samples.skopeoAll),
    target: '≤ 0.5× skopeo copy --all'
  })
  const craneRow = row({
    measurement: 'verify, full re-hash (loopback)',
    unit: 's',
    signet: m(samples.verify),
    baseline: m(samples.craneValidate),
    baselineName: 'crane validate --remote',
    target: '≤ 0.66× (no slower than at issue 27)'
  })
  const scenarioRow = row({
    measurement: 'verify, one scenario',
    unit: 's',
    signet: m(samples.verifyScenario),
    baseline: m(samples.skopeoPlatform),
    target: '≤ 0.5× skopeo copy (platform)'
  })
  const signRow = row({
    measurement: 'sign from OCI layouts',
    unit: 's',
    signet: m(samples.sign),
    baseline: m(samples.skopeoPush),
    target: '≤ 0.8× skopeo copy per platform'
  })
  const rerunRow = row({
    measurement: 'sign re-run, all present',
    unit: 's',
    signet: m(samples.rerun),
    baseline: m(samples.sign),
    baselineName: 'first sign',
    target: '≤ 0.05× first sign'
  })
  const rows: Row[] = [
    { ...verifyRow, met: (verifyRow.ratio ?? Infinity) <= 0.5 },
    { ...craneRow, met: (craneRow.ratio ?? Infinity) <= 0.66 },
    { ...scenarioRow, met: (scenarioRow.ratio ?? Infinity) <= 0.5 },
    { ...signRow, met: (signRow.ratio ?? Infinity) <= 0.8 },
    { ...rerunRow, met: (rerunRow.ratio ?? Infinity) <= 0.05 },
    row({
      measurement: 'sign re-run, layer bytes moved',
      unit: 'bytes',
      signet: Math.max(...samples.rerunLayerBytes),
      target: '0',
      met: Math.max(...samples.rerunLayerBytes) === 0
    }),
    row({
      measurement: 'matrix assemble + sign',
      unit: 's',
      signet: m(samples.matrix),
      target: '(informational)'
    }),
    row({
      measurement: 'matrix, layer bytes moved',
      unit: 'bytes',
      signet: Math.max(...samples.matrixLayerBytes),
      target: '0',
      met: Math.max(...samples.matrixLayerBytes) === 0
    }),
    row({
      measurement: 'peak RSS, verify of a 1-layer image',
      unit: 'MB',
      signet: big.signet,
      baseline: big.skopeo,
      target: '≤ 150 MB',
      met: big.signet <= 150
    }),
    row({
      measurement: 'cold start to first request',
      unit: 's',
      signet: cold.signet,
      baseline: cold.node,
      baselineName: 'node -e 0',
      target: '≤ 0.3 s',
      met: cold.signet <= 0.3
    }),
    row({
      measurement: 'verify throughput (full)',
      unit: 'MB/s',
      signet: totalBytes / MB / m(samples.verify),
      baseline: hashCeiling,
      baselineName: 'SHA-256 ceiling',
      target: '(distance to the hash limit)'
    })
  ]
  return rows
}

async function main(): Promise<void> {
  const config = readConfig()
  say(`config ${JSON.stringify(config)}`)
  // Said, since a variable Node reads at start changes every Node row (bench/process.ts toolEnvironment).
  if (process.env.NODE_EXTRA_CA_CERTS !== undefined)
    say("tools run with PATH and HOME only: this shell's NODE_EXTRA_CA_CERTS is not passed to any of them")
  const latencyRows = config.suites.includes('latency')
    ? await latencySuite({ rttMs: config.rttMs, repeat: config.repeat, gateImages: config.gateImages })
    : []
  if (config.suites.includes('sweep')) {
    latencyRows.push(
      ...(await sweepSuite({
        repositories: config.sweepRepositories,
        shards: config.sweepShards,
        rttMs: config.rttMs
      }))
    )
  }
  if (!config.suites.includes('transfer')) {
    process.stdout.write(`\n${renderTable(latencyRows)}\n`)
    await mkdir('.bench-build', { recursive: true })
    await writeFile(RESULTS_FILE, JSON.stringify({ config, rows: latencyRows }, null, 2) + '\n')
    say(`results written to ${RESULTS_FILE}`)
    return
  }
  const hashCeiling = sha256MegabytesPerSecond()
  say(`node:crypto SHA-256 on in-memory data: ${hashCeiling.toFixed(0)} MB/s`)
  const fixture = await setUp(config)
  try {
    const samples: Samples = {
      verify: [],
      skopeoAll: [],
      craneValidate: [],
      verifyScenario: [],
      skopeoPlatform: [],
      sign: [],
      skopeoPush: [],
      rerun: [],
      rerunLayerBytes: [],
      matrix: [],
      matrixLayerBytes: []
    }
    for (let round = 1; round <= config.repeat; round++) {
      say(`repetition ${round} of ${config.repeat}`)
      await repetition(fixture, config, round, samples)
    }
    const big = await bigLayer(fixture, config)
    const cold = await coldStart(fixture)
    const rows = [...tableOf(samples, big, cold, hashCeiling, fixture.totalBytes), ...latencyRows]
    process.stdout.write(
      `\n${renderTable(rows)}\n\nSHA-256 ceiling (node:crypto, in memory): ${hashCeiling.toFixed(0)} MB/s\n`
    )
    await mkdir('.bench-build', { recursive: true })
    await writeFile(
      RESULTS_FILE,
      JSON.stringify({ config, hashCeilingMBps: hashCeiling, rows, samples }, null, 2) + '\n'
    )
    say(`results written to ${RESULTS_FILE}`)
  } finally {
    await fixture.proxy.stop()
    await fixture.registry.stop()
    await rm(fixture.work, { recursive: true, force: true })
  }
}

main()
  .catch(error => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    )
    process.exitCode = 1
  })
  .finally(() => rm(CODE_CACHE_DIR, { recursive: true, force: true }))
