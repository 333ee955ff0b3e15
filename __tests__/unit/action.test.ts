/** The action as GitHub runs it: INPUT_* environment, GITHUB_OUTPUT file, workflow commands on stdout. */
import { spawnSync } from 'node:child_process'

function runAction(inputs: Record<string, string>): { status: number | null; stdout: string } {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const result = spawnSync(process.execPath, ['dist/index.js'], { env, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout }
}

// dist/ is committed and rebuilt by CI before the tests, so this runs exactly what GitHub runs.

test('dist/index.js with mode=bogus fails with a message naming mode and no stack trace', () => {
  const { status, stdout } = runAction({ mode: 'bogus' })
  expect(status).toBe(1)
  expect(stdout).toContain("::error::Invalid input 'mode': got 'bogus'. Expected one of: sign, verify.")
  expect(stdout).not.toMatch(/\n\s+at /)
})

test('a secret input is masked before any other output', () => {
  const { stdout } = runAction({
    mode: 'sign',
    password: 'hunter2-registry-password',
    username: 'u',
    image: 'not a ref'
  })
  const mask = stdout.indexOf('::add-mask::hunter2-registry-password')
  expect(mask).toBeGreaterThanOrEqual(0)
  expect(stdout.indexOf('::error::')).toBeGreaterThan(mask)
})
