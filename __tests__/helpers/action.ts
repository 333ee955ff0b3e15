/**
 * Runs the bundled action (dist/index.js) as GitHub runs it: INPUT_* environment, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, workflow commands on stdout. Build dist/ first (`npm run package`).
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

export interface ActionRun {
  code: number
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER\nvalue\nDELIMITER`). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}

/** `env` adds to a minimal environment (PATH, a fresh HOME, the output files), e.g. GITHUB_SHA. */
/** `entry`: dist/index.js for the root action, dist/sign.js or dist/verify.js for the sub-actions. */
export async function runAction(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  entry = 'dist/index.js'
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'signet-action-'))
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const environment: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, ...files, ...env }
  for (const [name, value] of Object.entries(inputs)) environment[`INPUT_${name.toUpperCase()}`] = value
  const result = await promisify(execFile)(process.execPath, [entry], { env: environment }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout })
  )
  return {
    ...result,
    outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
  }
}
