/**
 * `signet report merge FILE…`: the JSON reports of a matrix's jobs (each job's `report` output, or its
 * `--json` output) merged into the one table, JSON and exit code of the whole run.
 */
import { readFileSync } from 'node:fs'
import type { ReportFile } from '../report/merge.js'
import { errorMessage, InputError } from '../util/errors.js'
import { jsonLine } from '../util/sanitize.js'
import type { Command } from './command.js'
import { formatTable } from './table-text.js'

export const reportMergeCommand: Command = {
  name: 'report merge',
  summary: "merge the JSON reports of a matrix's shards into one table and exit code",
  args: [
    {
      name: 'FILE',
      description: "A job's JSON report (its 'report' output, or `signet … --json`), a file each.",
      repeated: true,
      completion: 'files'
    }
  ],
  flags: [],
  details:
    'Refuses a merge with a shard missing or given twice: a job that did not report checked nothing.\nExit 0 when everything merged is verified or signed, 1 when something was rejected or failed, 3 when something could not be checked.',
  async run({ flags, io, json }) {
    const files = (flags.args.get('FILE') ?? []).map(readReport)
    const { mergeReports } = await import('../report/merge.js')
    const merged = mergeReports(files)
    if (json) {
      io.stdout(`${jsonLine(merged.result)}\n`)
    } else {
      const { table } = merged
      io.stdout(formatTable(table))
    }
    return merged.exitCode
  }
}

function readReport(file: string): ReportFile {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(error)
    throw new InputError('FILE', `${file}: cannot read the report (${reason}).`)
  }
  try {
    return { file, json: JSON.parse(text) as unknown }
  } catch (error) {
    throw new InputError('FILE', `${file} is not JSON (${errorMessage(error)}): give a job's JSON report.`)
  }
}
