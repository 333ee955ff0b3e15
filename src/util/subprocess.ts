/**
 * Runs a helper program (a notation plugin, OpenSC's pkcs11-tool) with a request on stdin and bounded
 * output, and kills it when it outlives its time. Arguments go straight to the program (no shell), so
 * nothing is interpreted; secrets belong on stdin or in the environment, never in `args`, because any
 * local user can read another process's command line.
 */
import { spawn } from 'node:child_process'

export interface ProcessResult {
  /** The exit code; null when the process was killed by a signal (see `timedOut`). */
  code: number | null
  stdout: Buffer
  stderr: Buffer
  timedOut: boolean
  /** True when stdout or stderr passed `maxOutputBytes` and was cut (the process is then killed). */
  truncated: boolean
}

export interface ProcessOptions {
  stdin?: string | Buffer
  /** The whole environment of the child (not merged with process.env: the caller decides). */
  env?: NodeJS.ProcessEnv
  timeoutMs: number
  /** Per stream; notation's plugin client allows 64 MiB. */
  maxOutputBytes: number
}

/** Resolves with the outcome; rejects only when the program cannot be started at all (ENOENT, EACCES). */
export function runProcess(file: string, args: string[], options: ProcessOptions): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: options.env, stdio: ['pipe', 'pipe', 'pipe'] })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let sizes = [0, 0]
    let timedOut = false
    let truncated = false
    const kill = (): void => {
      // SIGKILL: a hung plugin may ignore SIGTERM, and nothing it could still write is wanted.
      child.kill('SIGKILL')
    }
    const timer = setTimeout(() => {
      timedOut = true
      kill()
    }, options.timeoutMs)
    const collect = (chunks: Buffer[], index: 0 | 1) => (chunk: Buffer) => {
      if (truncated) return
      sizes = index === 0 ? [sizes[0] + chunk.length, sizes[1]] : [sizes[0], sizes[1] + chunk.length]
      if (sizes[index] > options.maxOutputBytes) {
        truncated = true
        kill()
        return
      }
      chunks.push(chunk)
    }
    child.stdout.on('data', collect(stdout, 0))
    child.stderr.on('data', collect(stderr, 1))
    child.on('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', code => {
      clearTimeout(timer)
      resolve({
        code,
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr),
        timedOut,
        truncated
      })
    })
    // A program that exits without reading its input closes the pipe: that is its answer, not ours to fail on.
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.stdin ?? '')
  })
}

/**
 * Variables a helper program never needs and that may hold secrets: the action's inputs (`INPUT_*`),
 * Signet's own (`SIGNET_*`: the CLI's password, key and passphrase), and the runner's tokens.
 */
const WITHHELD = [
  /^INPUT_/i,
  /^SIGNET_/i,
  /^ACTIONS_RUNTIME_TOKEN$/i,
  /^ACTIONS_ID_TOKEN_REQUEST_/i,
  /^GITHUB_TOKEN$/i
]

/**
 * The environment a helper program gets: ours, because a plugin needs its cloud credentials (AWS_*,
 * AZURE_*, …) and a PKCS#11 module its configuration (SOFTHSM2_CONF, …), less WITHHELD. A caller adds
 * what the helper is meant to read (the PIN variable `pkcs11-tool` is pointed at).
 */
export function helperEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !WITHHELD.some(pattern => pattern.test(name)))
  )
}

/**
 * Text another program wrote, fit for one log line: control characters (ANSI escapes, workflow
 * commands starting a new line) become spaces and the length is capped.
 */
export function sanitizeOutput(text: string, maxLength = 500): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()
  return flat.length > maxLength ? `${flat.slice(0, maxLength)}…` : flat
}
