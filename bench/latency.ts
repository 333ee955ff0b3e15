/**
 * The latency suite of `npm run bench` (issue 27): each operation of the table through a relay
 * that adds a round trip (BENCH_RTT_MS, default 30 ms) between the tools and a loopback docker-registry,
 * Signet beside its peer, median of BENCH_REPEAT runs interleaved, and the requests each made as the
 * registry counted them (a counting proxy behind the relay). Small images: what is measured is how many
 * round trips wait on each other, not bandwidth.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeOciLayout, type TestImage } from '../__tests__/helpers/images.js'
import { makeNotationHome, type NotationHome } from '../__tests__/helpers/notation.js'
import { makePki } from '../__tests__/helpers/pki.js'
import { startRegistry, type TestRegistry } from '../__tests__/helpers/registry.js'
import { toolPath } from '../scripts/ensure-tools.mjs'
import { bareNodeSeconds } from './cold-start.js'
import { SIGNET_CLI, signetSign, signetVerify, skopeoCopy, type Keys } from './commands.js'
import { startLatencyRelay, type LatencyRelay } from './latency-relay.js'
import { measure, median, toolEnvironment, type Measured } from './process.js'
import { row, type Row } from './table.js'

export interface LatencyConfig {
  rttMs: number
  repeat: number
  /** Images of the gate run. */
  gateImages: number
}

const say = (text: string) => process.stderr.write(`bench: ${text}\n`)
const KB = 1024

interface Fixture {
  work: string
  registry: TestRegistry
  relay: LatencyRelay
  keys: Keys
  notation: NotationHome
  /** The signed 2-platform index, as seen through the relay. */
  image: string
  gate: string[]
}

/** A measured command and the requests the registry saw while it ran. */
interface Sample {
  seconds: number
  requests: number
}

async function counted(registry: TestRegistry, run: () => Promise<Measured | number>): Promise<Sample> {
  const before = registry.requests.length
  const outcome = await run()
  const seconds = typeof outcome === 'number' ? outcome : outcome.seconds
  return { seconds, requests: registry.requests.length - before }
}

const node = (args: string[]) => measure(process.execPath, args)

function notation(fixture: Fixture, args: string[]): Promise<Measured> {
  const home = fixture.notation.configHome
  return measure(toolPath('notation'), args, toolEnvironment({ HOME: home, XDG_CONFIG_HOME: home }))
}

/** Two small platform images (2 layers of 256 KiB each), fresh bytes per `seed`. */
async function twoPlatforms(dir: string, seed: string): Promise<TestImage[]> {
  const images: TestImage[] = []
  // One after another: both write the same layout's index.
  for (const [at, architecture] of (['amd64', 'arm64'] as const).entries()) {
    images.push(
      await makeOciLayout({
        dir,
        tag: `p${at}`,
        platform: { os: 'linux', architecture },
        layerSizes: [256 * KB, 256 * KB],
        seed: `${seed}-${architecture}`,
        gzip: true
      })
    )
  }
  return images
}

const layoutLines = (images: TestImage[]) =>
  images.map(image => `oci-layout:${image.dir}:${image.tag} scenario=on-${image.platform.architecture}`)

async function setUp(config: LatencyConfig): Promise<Fixture> {
  const work = await mkdtemp(join(tmpdir(), 'signet-bench-latency-'))
  const registry = await startRegistry({ countRequests: true })
  const relay = await startLatencyRelay(registry.host, config.rttMs)
  const pki = await makePki()
  const keys: Keys = {
    key: join(work, 'key.pem'),
    chain: join(work, 'chain.pem'),
    root: join(work, 'root.pem')
  }
  await writeFile(keys.key, pki.keyPem)
  await writeFile(keys.chain, pki.chainPem)
  await writeFile(keys.root, pki.rootPem)
  const home = makeNotationHome(pki.rootPem)
  await mkdir(join(home.configHome, 'notation'), { recursive: true })
  await writeFile(
    join(home.configHome, 'notation', 'signingkeys.json'),
    JSON.stringify({ default: 'bench', keys: [{ name: 'bench', keyPath: keys.key, certPath: keys.chain }] })
  )
  // Signed directly (untimed): the relay is for the measured runs.
  const images = await twoPlatforms(join(work, 'layout'), 'latency')
  say(`signing the verify fixtures (untimed): 1 + ${config.gateImages} images`)
  await node(signetSign(registry.host, `${registry.host}/lat/app:1`, layoutLines(images), keys))
  const gate: string[] = []
  for (let at = 0; at < config.gateImages; at++) {
    const layout = await twoPlatforms(join(work, `gate-${at}`), `gate-${at}`)
    await node(signetSign(registry.host, `${registry.host}/lat/gate-${at}:1`, layoutLines(layout), keys))
    gate.push(`${relay.host}/lat/gate-${at}:1`)
  }
  // A user's second run: the CLI's compiled code is kept (bench/process.ts CODE_CACHE_DIR); signing above
  // kept sign's, this keeps verify's. The start-up rows time a run without it.
  await node(signetVerify(registry.host, `${registry.host}/lat/app:1`, keys))
  return { work, registry, relay, keys, notation: home, image: `${relay.host}/lat/app:1`, gate }
}

interface Operation {
  measurement: string
  peer: string
  target: string
  /** Signet ÷ peer at most, for `met`. */
  ratio: number
  /** `met` also needs no more requests than the peer. */
  requestsAtMostPeer?: boolean
  signet(fixture: Fixture, round: number): Promise<Measured | number>
  baseline(fixture: Fixture, round: number): Promise<Measured | number>
}

const signatureOnly = (fixture: Fixture, images: string[]) => [
  SIGNET_CLI,
  'verify',
  ...images.flatMap(image => ['--image', image]),
  '--insecure-registries',
  fixture.relay.host,
  '--trust-roots',
  fixture.keys.root,
  '--verify-layers',
  'false',
  '--json'
]

function operations(config: LatencyConfig): Operation[] {
  return [
    {
      measurement: 'full verify, one 2-platform index',
      peer: 'crane validate --remote',
      target: '≤ 0.5×, requests ≤ crane',
      ratio: 0.5,
      requestsAtMostPeer: true,
      signet: fixture => node(signetVerify(fixture.relay.host, fixture.image, fixture.keys)),
      baseline: fixture => measure(toolPath('crane'), ['validate', '--remote', fixture.image, '--insecure'])
    },
    {
      measurement: 'signature only (verify-layers: false)',
      peer: 'notation verify',
      target: '≤ 1.0×',
      ratio: 1,
      signet: fixture => node(signatureOnly(fixture, [fixture.image])),
      baseline: fixture => notation(fixture, ['verify', '--insecure-registry', fixture.image])
    },
    {
      measurement: `gate of ${config.gateImages} images, signature only`,
      peer: `notation verify ×${config.gateImages}`,
      target: '≤ 0.25×',
      ratio: 0.25,
      signet: fixture => node(signatureOnly(fixture, fixture.gate)),
      baseline: async fixture => {
        let seconds = 0
        for (const image of fixture.gate)
          seconds += (await notation(fixture, ['verify', '--insecure-registry', image])).seconds
        return seconds
      }
    },
    {
      measurement: 'sign 2 platforms',
      peer: 'skopeo copy ×2 + notation sign ×2',
      target: '≤ 0.8×',
      ratio: 0.8,
      signet: async (fixture, round) => {
        const images = await twoPlatforms(join(fixture.work, `sign-${round}`), `sign-${round}`)
        const target = `${fixture.relay.host}/lat/sign-${round}:1`
        return node(signetSign(fixture.relay.host, target, layoutLines(images), fixture.keys))
      },
      baseline: async (fixture, round) => {
        const images = await twoPlatforms(join(fixture.work, `peer-${round}`), `peer-${round}`)
        let seconds = 0
        for (const image of images) {
          const repository = `${fixture.relay.host}/lat/peer-${round}`
          const copy = skopeoCopy(`oci:${image.dir}:${image.tag}`, `docker://${repository}:${image.tag}`)
          seconds += (await measure('skopeo', copy)).seconds
          const signed = `${repository}@${image.manifest.digest}`
          seconds += (await notation(fixture, ['sign', '--insecure-registry', signed])).seconds
        }
        return seconds
      }
    }
  ]
}

/**
 * `signet --version` beside `node -e 0`, what the process costs before any request: warm (the CLI's
 * compiled code kept from an earlier run, as on a user's second run) and cold (none kept: a machine's
 * first run, or NODE_DISABLE_COMPILE_CACHE).
 */
async function startUp(repeat: number): Promise<Row[]> {
  const warm: number[] = []
  const cold: number[] = []
  const bare: number[] = []
  const uncached = toolEnvironment({ NODE_DISABLE_COMPILE_CACHE: '1' })
  await node([SIGNET_CLI, '--version'])
  for (let at = 0; at < Math.max(5, repeat); at++) {
    warm.push((await node([SIGNET_CLI, '--version'])).seconds)
    cold.push((await measure(process.execPath, [SIGNET_CLI, '--version'], uncached)).seconds)
    bare.push(await bareNodeSeconds())
  }
  const startUpRow = (measurement: string, seconds: number[]) =>
    row({
      measurement,
      unit: 's',
      signet: median(seconds),
      baseline: median(bare),
      baselineName: 'node -e 0',
      target: '(informational)'
    })
  return [startUpRow('signet --version', warm), startUpRow('signet --version, no code cache', cold)]
}

export async function latencySuite(config: LatencyConfig): Promise<Row[]> {
  say(`latency suite: ${config.rttMs} ms round trip, median of ${config.repeat}`)
  const fixture = await setUp(config)
  try {
    const rows: Row[] = []
    for (const operation of operations(config)) {
      const signet: Sample[] = []
      const peer: Sample[] = []
      for (let round = 1; round <= config.repeat; round++) {
        say(`${operation.measurement}: round ${round} of ${config.repeat}`)
        signet.push(await counted(fixture.registry, () => operation.signet(fixture, round)))
        peer.push(await counted(fixture.registry, () => operation.baseline(fixture, round)))
      }
      const requests = {
        signet: median(signet.map(sample => sample.requests)),
        baseline: median(peer.map(sample => sample.requests))
      }
      const measured = row({
        measurement: `${operation.measurement} @ ${config.rttMs} ms RTT`,
        unit: 's',
        signet: median(signet.map(sample => sample.seconds)),
        baseline: median(peer.map(sample => sample.seconds)),
        baselineName: operation.peer,
        target: operation.target,
        requests
      })
      const requestsMet = !operation.requestsAtMostPeer || requests.signet <= requests.baseline
      rows.push({ ...measured, met: (measured.ratio ?? Infinity) <= operation.ratio && requestsMet })
    }
    rows.push(...(await startUp(config.repeat)))
    return rows
  } finally {
    await fixture.relay.stop()
    await fixture.registry.stop()
    await rm(fixture.work, { recursive: true, force: true })
    await rm(fixture.notation.configHome, { recursive: true, force: true })
  }
}
