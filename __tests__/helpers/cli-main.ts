/** The CLI's main() in-process, with what it printed and its exit status. */
import { main } from '../../src/cli/main.js'

export async function runMain(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runMainWithEnv({}, ...argv)
}

/** main() with `env` as its environment (where it reads the SIGNET_* secrets). */
export async function runMainWithEnv(
  env: NodeJS.ProcessEnv,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: t => void (stdout += t), stderr: t => void (stderr += t), env })
  return { code, stdout, stderr }
}
