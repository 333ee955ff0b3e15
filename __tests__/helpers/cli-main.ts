/** The CLI's main() in-process, with what it printed and its exit status. */
import { main } from '../../src/cli/main.js'

export interface MainRun {
  code: number
  stdout: string
  stderr: string
}

export async function runMain(...argv: string[]): Promise<MainRun> {
  return runMainWith(argv)
}

/** main() with `env` as its environment (where it reads the SIGNET_* secrets). */
export async function runMainWithEnv(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<MainRun> {
  return runMainWith(argv, { env })
}

/** main() with an environment (`SIGNET_*` secrets) and what stdin holds (`--password-stdin`). */
export async function runMainWith(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string } = {}
): Promise<MainRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    env: options.env ?? {},
    readStdin: async () => options.stdin ?? ''
  })
  return { code, stdout, stderr }
}
