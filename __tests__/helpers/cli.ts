/** The built CLI (dist/cli/index.js, or an installed `signet` bin) run as a user runs it: a process. */
import { spawn } from 'node:child_process'

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  /** The environment beyond PATH and HOME. */
  env?: NodeJS.ProcessEnv
  /** Written to stdin, which is then closed (closed at once when absent). */
  stdin?: string
  /** The program to run instead of `node dist/cli/index.js`, e.g. an installed bin. */
  bin?: string
  cwd?: string
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const [program, programArgs] =
    options.bin === undefined ? [process.execPath, ['dist/cli/index.js', ...args]] : [options.bin, args]
  const child = spawn(program, programArgs, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env }
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdin.end(options.stdin ?? '')
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}
