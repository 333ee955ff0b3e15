/**
 * Untrusted text is one line wherever the action prints it, the final `::error::` included: run()
 * from src/action/run.ts in process, with the runner's INPUT_* environment, its stdout captured.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jest } from '@jest/globals'
import { run } from '../../src/action/run.js'
import { main } from '../../src/cli/main.js'
import { makePki } from '../helpers/pki.js'

/** The workflow-command lines run() printed, with the runner's INPUT_* environment set to `inputs`. */
async function runAction(inputs: Record<string, string>, env: Record<string, string>): Promise<string[]> {
  const saved = { ...process.env }
  const savedExitCode = process.exitCode
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  delete process.env.GITHUB_STEP_SUMMARY
  Object.assign(process.env, env)
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
  let stdout = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
  try {
    await run()
  } finally {
    write.mockRestore()
    process.env = saved
    process.exitCode = savedExitCode
  }
  return stdout.split('\n')
}

test('a newline inside a workload image value does not become extra lines of the final ::error::', async () => {
  const pki = await makePki()
  const workspace = mkdtempSync(join(tmpdir(), 'signet-one-line-'))
  // A quoted YAML scalar may hold a newline: the attacker's text would follow on lines of its own.
  writeFileSync(
    join(workspace, 'deploy.yaml'),
    'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: "evil:1\\nATTACKER LINE: all images verified"\n'
  )
  const lines = await runAction(
    { mode: 'verify', workloads: 'deploy.yaml', 'trust-roots': pki.rootPem },
    { GITHUB_WORKSPACE: workspace }
  )
  const failure = lines.filter(line => line.startsWith('::error::'))
  expect(failure).toHaveLength(1)
  // The value stays visible, its newline shown escaped, on the failure's own line.
  expect(failure[0]).toContain('evil:1\\nATTACKER LINE')
  expect(failure[0]).not.toMatch(/%0A|%0D/)
  const errors = lines.filter(line => line.startsWith('::error'))
  for (const line of errors) expect(line).not.toMatch(/%0AATTACKER/)
})

test('a newline in a file name quoted by a thrown error stays on the ::error:: line', async () => {
  const pki = await makePki()
  const workspace = mkdtempSync(join(tmpdir(), 'signet-one-line-'))
  // git allows line breaks in file names: a pull request can add one the gate then quotes.
  writeFileSync(join(workspace, 'Dockerfile\nATTACKER LINE'), 'FROM\n')
  const lines = await runAction(
    { mode: 'verify', dockerfiles: 'Dockerfile*', 'trust-roots': pki.rootPem },
    { GITHUB_WORKSPACE: workspace }
  )
  const failure = lines.filter(line => line.startsWith('::error::'))
  expect(failure).toHaveLength(1)
  expect(failure[0]).toContain('Dockerfile\\nATTACKER LINE')
  expect(failure[0]).not.toMatch(/%0A|%0D/)
})

test('the CLI prints such an error on one line of stderr too', async () => {
  const pki = await makePki()
  const workspace = mkdtempSync(join(tmpdir(), 'signet-one-line-'))
  writeFileSync(join(workspace, 'Dockerfile\nATTACKER LINE'), 'FROM\n')
  writeFileSync(join(workspace, 'root.pem'), pki.rootPem)
  let stderr = ''
  const io = { stdout: () => undefined, stderr: (text: string) => void (stderr += text), env: {} }
  const code = await main(
    [
      'verify',
      '--dockerfiles',
      join(workspace, 'Dockerfile*'),
      '--trust-roots',
      join(workspace, 'root.pem'),
      '--trusted-identities',
      '*'
    ],
    io
  )
  expect(code).toBe(2)
  expect(stderr).toContain('Dockerfile\\nATTACKER LINE')
  expect(stderr.trimEnd().split('\n')).toHaveLength(1)
})
