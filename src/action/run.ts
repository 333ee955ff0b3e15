/**
 * Folder action/: the GitHub face. Owns run(), reading inputs from @actions/core, outputs, the job
 * summary and annotations. May import: every folder below the faces; the only static user of @actions/*.
 *
 * The action: read inputs, run the mode, set outputs, write the job summary; one failure funnel.
 */
import * as core from '@actions/core'
import { Inputs, SECRET_INPUTS } from '../inputs/contract.js'
import { withoutSecrets } from '../inputs/secrets.js'
import { errorMessage } from '../util/errors.js'
import { readSweepInputs, type InputSource } from '../inputs/read-inputs.js'
import { readInputsWithRules } from '../rules/apply.js'
import type { Log } from '../util/log.js'
import {
  failureTable,
  rejectionMessage,
  signOutputs,
  signTable,
  verifyOutputs,
  verifyTable,
  type OutputValues,
  type Table
} from '../report/outputs.js'
import { sign } from '../sign/sign.js'
import { sweep, sweepTable } from '../sign/sweep.js'
import { annotateFailures } from '../gate/gate.js'
import { annotateWorkloads } from '../gate/workloads.js'
import { summaryHtml } from '../report/summary-html.js'
import { runVerify } from '../verify/run.js'
import { oneLine, safeLines } from '../util/sanitize.js'
import { actionMode } from './sub-action.js'

/** core.info prints its text raw, where the runner would run a `::command` line: every line goes through oneLine. */
export const actionLog: Log = {
  info: message => core.info(oneLine(message)),
  warning: message => core.warning(oneLine(message)),
  debug: message => core.debug(oneLine(message)),
  group: (title, body) => core.group(oneLine(title), body)
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
    if (source.get(Inputs.Mode) === 'sign' && source.get(Inputs.Sweep) !== '') {
      const result = await sweep(readSweepInputs(source), source, { log: actionLog, maskSecret })
      await writeSummary(sweepTable(result))
      if (result.counts.failed > 0)
        core.setFailed(`Sweep: ${result.counts.failed} repositories or tags failed`)
      return
    }
    const inputs = readInputsWithRules(source)
    if (inputs.mode === 'sign') {
      const result = await sign(inputs, { log: actionLog, maskSecret })
      setOutputs(signOutputs(result))
      await writeSummary(signTable(result))
    } else {
      const { result, gate, workloads } = await runVerify(inputs, {
        log: actionLog,
        maskSecret,
        root: process.env.GITHUB_WORKSPACE
      })
      setOutputs(verifyOutputs(result))
      // Annotations land on the FROM line of each failing Dockerfile, in the pull request's diff.
      if (gate !== undefined)
        annotateFailures(gate.images, gate.result, (message, properties) =>
          core.error(oneLine(message), { ...properties, title: oneLine(properties.title) })
        )
      await writeSummary(verifyTable(result, gate, workloads))
      if (workloads !== undefined) {
        // Errors on the image: line of each rejected image; notices suggesting a digest for tag-given ones.
        annotateWorkloads(workloads.images, workloads.result, (level, message, properties) => {
          const safe = { ...properties, title: oneLine(properties.title) }
          return level === 'error' ? core.error(oneLine(message), safe) : core.notice(oneLine(message), safe)
        })
      }
      if (!result.verified) core.setFailed(safeLines(rejectionMessage(result)))
    }
  } catch (error) {
    // Masked by the runner already; a message quoting a secret input is cut all the same (inputs/secrets.ts).
    core.setFailed(withoutSecrets(safeLines(errorMessage(error)), { get: name => core.getInput(name) }))
    // The summary says what failed too: an early failure is otherwise a job with no summary at all.
    const failure = failureTable(mode, error)
    const rows = failure.rows.map(row =>
      row.map(cell => withoutSecrets(oneLine(cell), { get: name => core.getInput(name) }))
    )
    await writeSummary({ ...failure, rows }).catch(() => undefined)
  }
}

function setOutputs(outputs: OutputValues): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}

async function writeSummary(table: Table): Promise<void> {
  // Without GITHUB_STEP_SUMMARY (local runs) there is no summary file to write.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(summaryHtml(table)).write()
}
