/** What a run hands a face to render: the same shape for every mode, so faces hold no mode logic. */
import type { OutputValues, Table } from './outputs.js'

/** A message on a file line: a GitHub annotation in the action, a `file:line: level: message` line in the CLI. */
export interface Annotation {
  level: 'error' | 'notice'
  message: string
  file: string
  startLine: number
  title: string
}

export interface ModeRun<Result> {
  /** The whole result (the CLI's --json, the library's return value). */
  result: Result
  /** The summary table: the job summary in the action, the text table in the CLI. */
  table: Table
  outputs: OutputValues
  annotations: Annotation[]
  /** Why the run failed, when it did: the action's failure message. */
  failure?: string
  /** The CLI's exit code (util/errors.ts EXIT). */
  exitCode: number
}
