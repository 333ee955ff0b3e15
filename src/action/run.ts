/**
 * Folder action/: the GitHub face. Owns run(), reading inputs from @actions/core, outputs, the job
 * summary and annotations; fills the ports only it can (the Actions cache, a pull request's files).
 * May import: run/, report/, sign/, rules/, gate/, store/, verify/, inputs/, trust/, oci/, util/.
 *
 * The action: read inputs, run the mode, set outputs, write the job summary; one failure funnel.
 */
import * as core from '@actions/core'
import { Inputs, SECRET_INPUTS } from '../inputs/contract.js'
import { withoutSecrets } from '../inputs/secrets.js'
import type { InputSource } from '../inputs/input-values.js'
import { readMode } from '../inputs/mode.js'
import { failureTable, type OutputValues, type Table } from '../report/outputs.js'
import type { Annotation, ModeRun } from '../report/run-result.js'
import { summaryHtml } from '../report/summary-html.js'
import type { RunEnvironment } from '../run/context.js'
import { errorMessage } from '../util/errors.js'
import type { Log } from '../util/log.js'
import { oneLine, safeLines } from '../util/sanitize.js'
import { actionsCache } from './actions-cache.js'
import { changedFiles } from './pull-request.js'
import { actionMode } from './sub-action.js'

/**
 * Every secret input cut from text the action prints, in each spelling (inputs/secrets.ts): the runner
 * masks only a secret's exact value, and not in the job summary's HTML.
 */
const redacted = (text: string): string => withoutSecrets(text, { get: name => core.getInput(name) })

/**
 * core.info prints its text raw, where the runner would run a `::command` line: every line goes through
 * oneLine, after the secrets are cut.
 */
export const actionLog: Log = {
  info: message => core.info(oneLine(redacted(message))),
  warning: message => core.warning(oneLine(redacted(message))),
  debug: message => core.debug(oneLine(redacted(message))),
  group: (title, body) => core.group(oneLine(redacted(title)), body)
}

/** Inputs from the workflow; secrets are masked before anything else can print them. */
export function actionInputs(): InputSource {
  for (const name of SECRET_INPUTS) maskSecret(core.getInput(name))
  const mode = actionMode(core.getInput(Inputs.Mode))
  return { get: name => (name === Inputs.Mode ? mode : core.getInput(name)) }
}

/** Masks a secret and each of its lines, since the runner matches log lines one at a time. */
export function maskSecret(secret: string): void {
  if (secret === '') return
  core.setSecret(secret)
  for (const line of secret.split(/\r?\n/)) {
    if (line.trim().length >= 8 && !line.startsWith('-----')) core.setSecret(line.trim())
  }
}

export async function run(): Promise<void> {
  let mode: string | undefined
  try {
    mode = core.getInput(Inputs.Mode) || undefined
    const source = actionInputs()
    const environment: RunEnvironment = { log: actionLog, maskSecret, env: process.env }
    // Each mode's engines load on use; a verify's first reads start while they load (run/warm-up.ts).
    let outcome: ModeRun<unknown>
    if (readMode(source) === 'sign') {
      const { runSign } = await import('../run/sign.js')
      outcome = await runSign(source, environment)
    } else {
      const { runWarmVerify } = await import('../run/warm-up.js')
      outcome = await runWarmVerify(source, environment, { cache: actionsCache, changedFiles })
    }
    setOutputs(outcome.outputs)
    for (const annotation of outcome.annotations) annotate(annotation)
    await writeSummary(outcome.table)
    if (outcome.failure !== undefined) core.setFailed(safeLines(redacted(outcome.failure)))
  } catch (error) {
    // Masked by the runner already; a message quoting a secret input is cut all the same (inputs/secrets.ts),
    // before escaping, so a multi-line secret is still found. Every error Signet throws is one line: a line
    // break in it came from a value (a file name, an image), so it is shown escaped, never as a new line.
    core.setFailed(oneLine(redacted(errorMessage(error))))
    // The summary says what failed too: an early failure is otherwise a job with no summary at all.
    const failure = failureTable(mode, error)
    const rows = failure.rows.map(row => row.map(cell => oneLine(cell)))
    await writeSummary({ ...failure, rows }).catch(() => undefined)
  }
}

/** An annotation on its file line, in the pull request's diff; untrusted text kept to one line. */
function annotate({ level, message, file, startLine, title }: Annotation): void {
  const properties = { file, startLine, title: oneLine(redacted(title)) }
  if (level === 'error') core.error(oneLine(redacted(message)), properties)
  else core.notice(oneLine(redacted(message)), properties)
}

function setOutputs(outputs: OutputValues): void {
  for (const [name, value] of Object.entries(outputs))
    if (value !== undefined) core.setOutput(name, redacted(value))
}

async function writeSummary(table: Table): Promise<void> {
  // Without GITHUB_STEP_SUMMARY (local runs) there is no summary file to write.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  // Every cell is cut before it is escaped into HTML, where an escaped secret would no longer match.
  await core.summary.addRaw(summaryHtml(redactedTable(table))).write()
}

/** The table with every text in it (cells, tooltips, notes) cut of secrets. */
function redactedTable(table: Table): Table {
  const cut = (value: unknown): unknown =>
    typeof value === 'string'
      ? redacted(value)
      : Array.isArray(value)
        ? value.map(cut)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, cut(entry)]))
          : value
  return cut(table) as Table
}
