/**
 * The bundled action (dist/, or SIGNET_DIST to run another build) as the runner runs it: inputs as
 * INPUT_<NAME> environment (upper-cased, dashes kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * workflow commands on stdout. Integration tests only: build dist/ first (`npm run package`).
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface BuiltActionOptions {
  /** Added to the runner's environment (PATH, HOME, the two files), e.g. GITHUB_WORKSPACE; may set HOME. */
  env?: NodeJS.ProcessEnv
  /** index.js for the root action, sign.js or verify.js for the sub-actions. */
  entry?: 'index.js' | 'sign.js' | 'verify.js'
}

export interface BuiltActionRun {
  code: number | null
  stdout: string
  stderr: string
  /** The outputs, parsed from GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** The GITHUB_OUTPUT file as written. */
  outputFile: string
  /** The GITHUB_STEP_SUMMARY file as written. */
  summary: string
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER\nvalue\nDELIMITER`). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]] = match[3]
  return outputs
}

export async function runBuiltAction(
  inputs: Record<string, string>,
  options: BuiltActionOptions = {}
): Promise<BuiltActionRun> {
  // HOME and the two files: a folder of the run's own, removed afterwards.
  const dir = await mkdtemp(join(tmpdir(), 'signet-action-'))
  try {
    const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') }
    for (const file of Object.values(files)) await writeFile(file, '')
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, ...options.env, ...files }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    const entry = join(process.env.SIGNET_DIST ?? 'dist', options.entry ?? 'index.js')
    const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    // Decoded as streams: a character split between two chunks stays whole.
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', resolve)
    })
    const outputFile = await readFile(files.GITHUB_OUTPUT, 'utf8')
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(outputFile),
      outputFile,
      summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8')
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
