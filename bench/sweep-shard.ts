/**
 * The sharded sweep of `npm run bench` (issue 27; BENCH_SUITE=sweep runs it alone): a namespace of
 * BENCH_SWEEP_REPOSITORIES (200) repositories, every third with a second digest under another tag, swept
 * by the built CLI once unsplit and once as `shard: 1/4 … 4/4` (four processes at once, as the jobs of a
 * matrix run), through the latency relay (BENCH_RTT_MS). Two namespaces of the same images, one per way,
 * so both sign for real. Reports the time and the requests of each way, and fails unless the shards
 * signed exactly what the unsplit sweep signed, left nothing unsigned, and `signet report merge` of their
 * reports equals the unsplit report (the approach of __tests__/integration/sweep-shard.test.ts).
 */
import { createReadStream } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeOciLayout, type TestImage } from '../__tests__/helpers/images.js'
import { makePki } from '../__tests__/helpers/pki.js'
import { startRegistry, type TestRegistry } from '../__tests__/helpers/registry.js'
import { RegistryClient } from '../src/oci/registry.js'
import type { Descriptor } from '../src/oci/types.js'
import type { SweepResult, SweepRow } from '../src/sign/sweep.js'
import { SIGNET_CLI } from './commands.js'
import { startLatencyRelay, type LatencyRelay } from './latency-relay.js'
import { measure } from './process.js'
import { row, type Row } from './table.js'

export interface SweepConfig {
  repositories: number
  shards: number
  rttMs: number
}

const say = (text: string) => process.stderr.write(`bench: ${text}\n`)

interface Fixture {
  work: string
  registry: TestRegistry
  relay: LatencyRelay
  rules: string
}

function blobFile(image: TestImage, digest: string): string {
  return join(image.dir, 'blobs', 'sha256', digest.slice('sha256:'.length))
}

/** Pushes an image from its OCI layout under `repository:tag`, its blobs mounted from `mountFrom`. */
async function pushImage(
  client: RegistryClient,
  host: string,
  repository: string,
  tag: string,
  image: TestImage,
  mountFrom?: string
): Promise<void> {
  const target = client.repository({ registry: host, repository })
  const blobs: Descriptor[] = [image.config, ...image.layers]
  for (const blob of blobs) {
    await target.pushBlob(blob, () => createReadStream(blobFile(image, blob.digest)), { mountFrom })
  }
  const manifest = await readFile(blobFile(image, image.manifest.digest))
  await target.pushManifest(manifest, image.manifest.mediaType, tag)
}

const repositoryName = (namespace: string, at: number) =>
  `${namespace}/service-${String(at).padStart(3, '0')}`

/** The namespace's repositories, unsigned: every one with `1.0`, every third with `2.0` of the other image. */
async function pushNamespace(
  host: string,
  namespace: string,
  count: number,
  images: TestImage[]
): Promise<void> {
  const client = new RegistryClient({ insecureRegistries: [host] })
  try {
    // Outside the namespace: the sweep does not see it.
    const seed = `seed/${namespace}`
    for (const image of images) await pushImage(client, host, seed, image.tag, image)
    for (let at = 0; at < count; at++) {
      const name = repositoryName(namespace, at)
      await pushImage(client, host, name, '1.0', images[at % 2], seed)
      if (at % 3 === 0) await pushImage(client, host, name, '2.0', images[(at + 1) % 2], seed)
    }
  } finally {
    await client.close()
  }
}

async function setUp(config: SweepConfig): Promise<Fixture> {
  const work = await mkdtemp(join(tmpdir(), 'signet-bench-sweep-'))
  const registry = await startRegistry({ countRequests: true })
  const relay = await startLatencyRelay(registry.host, config.rttMs)
  const pki = await makePki()
  await writeFile(join(work, 'key.pem'), pki.keyPem)
  await writeFile(join(work, 'chain.pem'), pki.chainPem)
  const rules = join(work, 'rules.yml')
  await writeFile(
    rules,
    [
      'version: 1',
      'rules:',
      `  - match: ${relay.host}/**`,
      `    sign: { key: ${join(work, 'key.pem')}, cert-chain: ${join(work, 'chain.pem')} }`,
      ''
    ].join('\n')
  )
  const images = [
    await makeOciLayout({ dir: join(work, 'layout'), tag: 'a', seed: 'sweep-a' }),
    await makeOciLayout({ dir: join(work, 'layout'), tag: 'b', seed: 'sweep-b' })
  ]
  say(`pushing 2 namespaces of ${config.repositories} unsigned repositories (untimed)`)
  // Directly, not through the relay: set-up is not measured.
  await pushNamespace(registry.host, 'whole', config.repositories, images)
  await pushNamespace(registry.host, 'split', config.repositories, images)
  return { work, registry, relay, rules }
}

function sweepArgs(fixture: Fixture, namespace: string, extra: string[] = []): string[] {
  return [
    SIGNET_CLI,
    'sign',
    '--sweep',
    `${fixture.relay.host}/${namespace}`,
    '--insecure-registries',
    fixture.relay.host,
    '--rules',
    fixture.rules,
    '--json',
    ...extra
  ]
}

/** A sweep row as both ways must agree on it: its repository named without the namespace, no detail. */
function comparable(rows: SweepRow[], namespace: string) {
  return rows.map(({ repository, tags, digest, rule, action }) => ({
    repository: repository.replace(`/${namespace}/`, '/NAMESPACE/'),
    tags,
    digest,
    rule: rule?.replace(`/${namespace}/`, '/NAMESPACE/'),
    action
  }))
}

function expectEqual(what: string, actual: unknown, expected: unknown): void {
  const [a, b] = [JSON.stringify(actual), JSON.stringify(expected)]
  if (a !== b) throw new Error(`sharded sweep: ${what} differs from the unsplit sweep:\n${a}\n${b}`)
}

export async function sweepSuite(config: SweepConfig): Promise<Row[]> {
  say(
    `sweep suite: ${config.repositories} repositories, unsplit vs ${config.shards} shards at once, ${config.rttMs} ms round trip`
  )
  const fixture = await setUp(config)
  try {
    const node = (args: string[]) => measure(process.execPath, args)
    const counted = async <T>(run: () => Promise<T>) => {
      const before = fixture.registry.requests.length
      const outcome = await run()
      return { outcome, requests: fixture.registry.requests.length - before }
    }

    say('unsplit sweep')
    const whole = await counted(() => node(sweepArgs(fixture, 'whole')))
    const wholeResult = JSON.parse(whole.outcome.stdout) as SweepResult

    say(`${config.shards} shards at once`)
    const shards = Array.from({ length: config.shards }, (_, at) => `${at + 1}/${config.shards}`)
    const started = process.hrtime.bigint()
    const split = await counted(() =>
      Promise.all(shards.map(shard => node(sweepArgs(fixture, 'split', ['--shard', shard]))))
    )
    const splitSeconds = Number(process.hrtime.bigint() - started) / 1e9
    const files: string[] = []
    for (const [at, run] of split.outcome.entries()) {
      const file = join(fixture.work, `shard-${at + 1}.json`)
      await writeFile(file, run.stdout)
      files.push(file)
    }
    const merged = JSON.parse(
      (await node([SIGNET_CLI, 'report', 'merge', ...files, '--json'])).stdout
    ) as SweepResult

    // What one sweep signed, the shards signed, and their merged report is that sweep's report.
    expectEqual('the signed rows', comparable(merged.rows, 'split'), comparable(wholeResult.rows, 'whole'))
    expectEqual('the counts', merged.counts, wholeResult.counts)
    expectEqual(
      'the listing',
      [merged.dryRun, merged.listedFrom],
      [wholeResult.dryRun, wholeResult.listedFrom]
    )
    // Nothing left unsigned, nothing signed twice.
    const after = JSON.parse(
      (await node(sweepArgs(fixture, 'split', ['--dry-run', 'true']))).stdout
    ) as SweepResult
    expectEqual('what is signed afterwards', after.counts['already signed'], wholeResult.counts.signed)
    if (after.counts['would sign'] !== 0)
      throw new Error(`sharded sweep left ${after.counts['would sign']} unsigned`)

    const signed = wholeResult.counts.signed
    const slowest = Math.max(...split.outcome.map(run => run.seconds))
    say(`${signed} digests signed both ways; shards' merged report equals the unsplit one`)
    return [
      row({
        measurement: `sweep of ${config.repositories} repositories, ${config.shards} shards at once @ ${config.rttMs} ms RTT`,
        unit: 's',
        signet: splitSeconds,
        baseline: whole.outcome.seconds,
        baselineName: 'one unsplit sweep',
        target: 'same signed set and merged report',
        met: true,
        requests: { signet: split.requests, baseline: whole.requests }
      }),
      row({
        measurement: `sweep, slowest of ${config.shards} shards`,
        unit: 's',
        signet: slowest,
        baseline: whole.outcome.seconds,
        baselineName: 'one unsplit sweep',
        target: `≈ 1/${config.shards} (informational)`
      })
    ]
  } finally {
    await fixture.relay.stop()
    await fixture.registry.stop()
    await rm(fixture.work, { recursive: true, force: true })
  }
}
