/** Runs a command to completion and measures it: wall time and peak resident memory (VmHWM). */
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Measured {
  seconds: number
  /** Peak resident set of the process, from /proc/<pid>/status VmHWM polled until exit. */
  peakRssBytes: number
  stdout: string
}

const RSS_POLL_MS = 10

async function highWaterMark(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status)
    return match ? Number(match[1]) * 1024 : undefined
  } catch {
    return undefined // exited between polls
  }
}

/**
 * The environment every measured tool runs in: PATH and HOME (and what `extra` adds), as a workflow step
 * starts a tool, and nothing else of the shell that runs the bench. A variable that one tool reads at
 * start and its peer does not would time the machine, not the tools: NODE_EXTRA_CA_CERTS, which some
 * sandboxes set to the whole system bundle, costs every Node process about 50 ms before its first line,
 * while Go tools read CA files only when they open a TLS connection (nothing here does).
 */
export function toolEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_COMPILE_CACHE: CODE_CACHE_DIR, ...extra }
}

/**
 * Where the CLI keeps its compiled code during a bench (src/cli/code-cache.ts; on a user's machine,
 * ~/.cache/signet): the bench's own, so each bench starts without one, warms it untimed as a user's
 * first run would, and times start-up both ways (bench/latency.ts). Go tools ignore the variable.
 */
export const CODE_CACHE_DIR = join(tmpdir(), `signet-bench-code-cache-${process.pid}`)

/** Runs `command` in `env` (the tool environment by default); rejects with its stderr when it exits non-zero. */
export async function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = toolEnvironment()
): Promise<Measured> {
  const started = process.hrtime.bigint()
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-8000)))
  let peak = 0
  let exited = false
  const exit = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', code => {
      exited = true
      resolve(code)
    })
  })
  // VmHWM only grows, so the last value read before the process goes away is its peak so far.
  const poll = (async () => {
    while (!exited && child.pid !== undefined) {
      peak = Math.max(peak, (await highWaterMark(child.pid)) ?? 0)
      await new Promise(resolve => setTimeout(resolve, RSS_POLL_MS))
    }
  })()
  const code = await exit
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  await poll
  if (code !== 0) {
    throw new Error(`${command} ${args.slice(0, 3).join(' ')}… exited ${code}:\n${stderr}`)
  }
  return { seconds, peakRssBytes: peak, stdout }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
