/**
 * `signet report merge`: the JSON reports of the jobs of a matrix (`shard: I/N`) as one result, with the
 * table and exit code one unsplit run would have given. A merge refuses what would hide a job: a shard
 * missing or given twice, reports of different splits, sweeps of different kinds (dry run or not).
 */
import { countRows, type SweepAction, type SweepResult, type SweepRow } from '../sign/sweep.js'
import { EXIT, InputError } from '../util/errors.js'
import { combineVerdicts } from '../util/verdict.js'
import type { VerifyResult } from '../verify/verify.js'
import { sweepTable, verifyTable, type Table } from './outputs.js'

/** One report file: its name (for messages) and its parsed JSON. */
export interface ReportFile {
  file: string
  json: unknown
}

export type MergedReport =
  | { kind: 'sweep'; result: SweepResult; table: Table; exitCode: number }
  | { kind: 'verify'; result: VerifyResult; table: Table; exitCode: number }

/** The argument the errors name (the CLI's positional `FILE`). */
const ARGUMENT = 'FILE'
const SWEEP_ACTIONS: readonly string[] = [
  'signed',
  'already signed',
  'would sign',
  'skipped',
  'failed'
] satisfies SweepAction[]

export function mergeReports(files: ReportFile[]): MergedReport {
  if (files.length === 0)
    throw new InputError(ARGUMENT, 'Nothing to merge: give the JSON report of each job.')
  const kinds = files.map(kindOf)
  if (kinds.some(kind => kind !== kinds[0])) {
    throw new InputError(
      ARGUMENT,
      'Cannot merge a sweep report with a verify report: give reports of one run.'
    )
  }
  const ordered = inShardOrder(files)
  if (kinds[0] === 'sweep') {
    const result = mergeSweeps(ordered.map(file => ({ file: file.file, sweep: file.json as SweepResult })))
    return {
      kind: 'sweep',
      result,
      table: sweepTable(result),
      exitCode: result.counts.failed === 0 ? EXIT.OK : EXIT.FAILED
    }
  }
  const images = ordered.flatMap(file => (file.json as VerifyResult).images)
  const verdict = combineVerdicts(images.map(image => image.verdict))
  const result: VerifyResult = { verified: verdict === 'verified', verdict, images }
  return {
    kind: 'verify',
    result,
    table: verifyTable(result),
    exitCode: { verified: EXIT.OK, rejected: EXIT.FAILED, error: EXIT.INCOMPLETE }[verdict]
  }
}

function kindOf({ file, json }: ReportFile): 'sweep' | 'verify' {
  if (isObject(json) && Array.isArray(json.rows) && isObject(json.counts)) {
    for (const row of json.rows as unknown[]) {
      if (!isObject(row) || typeof row.repository !== 'string' || !SWEEP_ACTIONS.includes(String(row.action)))
        throw notAReport(file)
    }
    return 'sweep'
  }
  if (isObject(json) && Array.isArray(json.images) && typeof json.verdict === 'string') {
    for (const image of json.images as unknown[]) {
      if (!isObject(image) || typeof image.image !== 'string' || typeof image.verdict !== 'string')
        throw notAReport(file)
    }
    return 'verify'
  }
  throw notAReport(file)
}

function notAReport(file: string): InputError {
  return new InputError(
    ARGUMENT,
    `${file} is not a Signet JSON report: give the 'report' output of a sweep or verify job (or its --json output).`
  )
}

/**
 * The reports in shard order, after checking they are the shards of one split, each once. Reports
 * without a shard are one unsplit run each: they merge in the order given.
 */
function inShardOrder(files: ReportFile[]): ReportFile[] {
  const shards = files.map(file => {
    const shard = (file.json as { shard?: unknown }).shard
    const match = typeof shard === 'string' ? /^(\d+)\/(\d+)$/.exec(shard) : null
    if (shard !== undefined && match === null) throw notAReport(file.file)
    return match ? { index: Number(match[1]), count: Number(match[2]) } : undefined
  })
  if (shards.every(shard => shard === undefined)) return files
  if (shards.some(shard => shard === undefined)) {
    throw new InputError(
      ARGUMENT,
      'Some reports are shards of a matrix and some are not: merge one split only.'
    )
  }
  const count = shards[0]?.count as number
  if (shards.some(shard => shard?.count !== count)) {
    throw new InputError(
      ARGUMENT,
      'The reports come from splits of different sizes (shard I/N with different N).'
    )
  }
  const byIndex = new Map<number, ReportFile>()
  files.forEach((file, at) => {
    const index = shards[at]?.index as number
    const twice = byIndex.get(index)
    if (twice !== undefined)
      throw new InputError(
        ARGUMENT,
        `Shard ${index}/${count} is given twice: ${twice.file} and ${file.file}.`
      )
    byIndex.set(index, file)
  })
  const missing = Array.from({ length: count }, (_, at) => at + 1).filter(index => !byIndex.has(index))
  if (missing.length > 0) {
    // A missing job's repositories or images were checked by nobody: no verdict without them.
    throw new InputError(
      ARGUMENT,
      `Shard${missing.length === 1 ? '' : 's'} ${missing.map(index => `${index}/${count}`).join(', ')} missing: give the report of every job of the matrix.`
    )
  }
  return [...byIndex.keys()].sort((a, b) => a - b).map(index => byIndex.get(index) as ReportFile)
}

/**
 * One sweep's result from its shards: the rows of every repository, ordered by repository as a sweep
 * of the catalog lists them, and the counts of those rows.
 */
function mergeSweeps(sweeps: { file: string; sweep: SweepResult }[]): SweepResult {
  const [first] = sweeps
  for (const { file, sweep } of sweeps) {
    if (sweep.dryRun !== first.sweep.dryRun || sweep.listedFrom !== first.sweep.listedFrom) {
      throw new InputError(
        ARGUMENT,
        `${file} is not from the same sweep as ${first.file}: dry run or repository list differ.`
      )
    }
  }
  const rows: SweepRow[] = sweeps
    .flatMap(({ sweep }) => sweep.rows)
    .sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0))
  return { dryRun: first.sweep.dryRun, listedFrom: first.sweep.listedFrom, rows, counts: countRows(rows) }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
