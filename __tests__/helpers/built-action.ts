/**
 * The bundled action (dist/index.js, or SIGNET_DIST/index.js to run another build) as the runner runs it:
 * inputs as INPUT_* environment, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files in `dir`, stdout and stderr kept.
 */
import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface BuiltActionRun {
  code: number | null
  stdout: string
  stderr: string
  /** The GITHUB_OUTPUT file as written. */
  outputs: string
  /** The GITHUB_STEP_SUMMARY file as written. */
  summary: string
}

export async function runBuiltAction(
  inputs: Record<string, string>,
  dir: string,
  env: NodeJS.ProcessEnv = {}
): Promise<BuiltActionRun> {
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') }
  for (const file of Object.values(files)) await writeFile(file, '')
  const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, ...env, ...files }
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [join(process.env.SIGNET_DIST ?? 'dist', 'index.js')], {
    env: childEnv
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  return {
    code,
    stdout,
    stderr,
    outputs: await readFile(files.GITHUB_OUTPUT, 'utf8'),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8')
  }
}
