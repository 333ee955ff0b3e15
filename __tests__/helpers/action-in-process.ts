/**
 * The action's run() from the TypeScript source, in this process, with what the runner would give it:
 * inputs as INPUT_<NAME> environment, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, workflow commands
 * read from stdout. No dist/ needed (the bundle itself: helpers/built-action.ts, integration only).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../src/action/run.js'

export interface ActionRun {
  /** process.exitCode as run() left it: 1 after core.setFailed. */
  code: number
  /** Everything written to stdout: workflow commands and log lines. */
  stdout: string
  /** Everything written to stderr (the action writes nothing there; a library might). */
  stderr: string
  /** The GITHUB_OUTPUT file as written. */
  outputFile: string
  /** What this run appended to the GITHUB_STEP_SUMMARY file. */
  summary: string
}

/**
 * One summary file per test file: @actions/core keeps the GITHUB_STEP_SUMMARY path it saw first, so each
 * run reads what it appended.
 */
const folder = mkdtempSync(join(tmpdir(), 'signet-action-'))
const summaryFile = join(folder, 'summary')
writeFileSync(summaryFile, '')
let runs = 0

/** `env` adds to the environment for the run, e.g. RUNNER_DEBUG; the environment is restored afterwards. */
export async function runActionInProcess(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): Promise<ActionRun> {
  const outputFile = join(folder, `output-${++runs}`)
  writeFileSync(outputFile, '')
  const summaryStart = readFileSync(summaryFile).length
  const savedEnv = { ...process.env }
  const savedExitCode = process.exitCode
  const write = process.stdout.write.bind(process.stdout)
  const writeError = process.stderr.write.bind(process.stderr)
  const chunks: string[] = []
  const errorChunks: string[] = []
  // The run sees only what the test gives: no input, runner or workflow variable of this process.
  for (const name of Object.keys(process.env))
    if (/^(INPUT|GITHUB|RUNNER)_/.test(name)) delete process.env[name]
  Object.assign(process.env, env, { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile })
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
  process.exitCode = undefined
  const capture =
    (into: string[]) =>
    (chunk: string | Uint8Array): boolean => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      return true
    }
  process.stdout.write = capture(chunks) as typeof process.stdout.write
  process.stderr.write = capture(errorChunks) as typeof process.stderr.write
  let code: number
  try {
    await run()
  } finally {
    process.stdout.write = write
    process.stderr.write = writeError
    code = Number(process.exitCode ?? 0)
    process.exitCode = savedExitCode
    for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
    Object.assign(process.env, savedEnv)
  }
  return {
    code,
    stdout: chunks.join(''),
    stderr: errorChunks.join(''),
    outputFile: readFileSync(outputFile, 'utf8'),
    summary: readFileSync(summaryFile).subarray(summaryStart).toString('utf8')
  }
}
