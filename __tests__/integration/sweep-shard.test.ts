/**
 * A sweep split over a matrix (`shard: I/N`) against a real docker-registry: the shards take every
 * repository exactly once, sign exactly what one unsplit sweep signs, and `signet report merge` of their
 * reports equals the unsplit report. 40 repositories keep it quick; `npm run bench` can go larger.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mergeReports } from '../../src/report/merge.js'
import type { SweepResult } from '../../src/sign/sweep.js'
import { pushUnsigned } from '../helpers/craft.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { namespaceKeys } from '../helpers/namespaces.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inputSource, runSweep } from '../helpers/signet.js'
import { main } from '../../src/cli/main.js'

const REPOSITORIES = 40
const SHARDS = 4

let registry: TestRegistry
let keys: string
let work: string
let rules: string

beforeAll(async () => {
  registry = await startRegistry()
  ;({ dir: keys } = await namespaceKeys())
  work = await mkdtemp(join(tmpdir(), 'signet-sweep-shard-'))
  rules = join(work, 'rules.yml')
  await writeFile(
    rules,
    [
      'version: 1',
      'rules:',
      `  - match: ${registry.host}/fleet/**`,
      `    sign: { key: ${keys}/dev.key, cert-chain: ${keys}/dev-chain.pem }`,
      ''
    ].join('\n')
  )
  const images: TestImage[] = [
    await makeOciLayout({ seed: 'shard-a' }),
    await makeOciLayout({ seed: 'shard-b' })
  ]
  for (let at = 0; at < REPOSITORIES; at++) {
    const name = `fleet/service-${String(at).padStart(2, '0')}`
    await pushUnsigned(registry.host, name, '1.0', images[at % 2])
    // Every third repository has a second digest: rows within a repository keep their order in a merge.
    if (at % 3 === 0) await pushUnsigned(registry.host, name, '2.0', images[(at + 1) % 2])
  }
}, 120_000)
afterAll(async () => {
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
  if (keys) await rm(keys, { recursive: true, force: true })
})

function sweepWith(values: Record<string, string>): Promise<SweepResult> {
  return runSweep(
    inputSource({
      mode: 'sign',
      sweep: `${registry.host}/fleet`,
      'insecure-registries': registry.host,
      rules,
      ...values
    })
  )
}

const shards = Array.from({ length: SHARDS }, (_, at) => `${at + 1}/${SHARDS}`)
const signedRows = (result: SweepResult) =>
  result.rows.map(({ repository, tags, digest, action }) => ({ repository, tags, digest, action }))

test('shards 1/4 … 4/4 sign exactly what one sweep signs, and their merged report is the unsplit one', async () => {
  const whole = await sweepWith({ 'dry-run': 'true' })
  expect(whole.counts['would sign']).toBe(REPOSITORIES + Math.ceil(REPOSITORIES / 3))

  // Each repository in exactly one shard, and no shard empty (a hash, not a position, splits them).
  const dryShards = []
  for (const shard of shards) dryShards.push(await sweepWith({ 'dry-run': 'true', shard }))
  const owners = dryShards.flatMap(result => [...new Set(result.rows.map(row => row.repository))])
  expect(owners.sort()).toEqual([...new Set(whole.rows.map(row => row.repository))].sort())
  for (const result of dryShards) expect(result.rows.length).toBeGreaterThan(0)
  expect(mergeReports(dryShards.map((json, at) => ({ file: `dry-${at}.json`, json }))).result).toEqual(whole)

  // The real sweep, split: every shard writes its report as a matrix job would.
  const files: string[] = []
  for (const shard of shards) {
    const result = await sweepWith({ shard })
    expect(result.shard).toBe(shard)
    const file = join(work, `shard-${shard.replace('/', '-of-')}.json`)
    await writeFile(file, JSON.stringify(result))
    files.push(file)
  }
  const out: string[] = []
  const code = await main(['report', 'merge', ...files, '--json'], {
    stdout: text => out.push(text),
    stderr: () => undefined,
    env: {}
  })
  expect(code).toBe(0)
  const merged = JSON.parse(out.join('')) as SweepResult
  expect(merged.counts.signed).toBe(whole.counts['would sign'])
  expect(signedRows(merged)).toEqual(
    signedRows(whole).map(row => ({ ...row, action: row.action === 'would sign' ? 'signed' : row.action }))
  )
  // Nothing left unsigned, nothing signed twice.
  const after = await sweepWith({ 'dry-run': 'true' })
  expect(after.counts['would sign']).toBe(0)
  expect(after.counts['already signed']).toBe(whole.counts['would sign'])
}, 300_000)

test('a merge with a shard missing or given twice is refused (exit 2), naming what is wrong', async () => {
  const reports = []
  for (const shard of shards) reports.push(await sweepWith({ 'dry-run': 'true', shard }))
  const files = reports.map((json, at) => ({ file: `s${at + 1}.json`, json }))
  expect(() => mergeReports(files.slice(0, 3))).toThrow(/Shard 4\/4 missing/)
  expect(() => mergeReports([...files, files[1]])).toThrow(/Shard 2\/4 is given twice/)
  const err: string[] = []
  const missing = join(work, 'missing.json')
  const code = await main(['report', 'merge', missing], {
    stdout: () => undefined,
    stderr: text => err.push(text),
    env: {}
  })
  expect(code).toBe(2)
  expect(err.join('')).toContain('cannot read the report')
}, 120_000)
