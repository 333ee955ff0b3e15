/**
 * The action's run() as the runner starts it (INPUT_* environment, workflow commands on stdout), from
 * the source: a refused input fails the step with one message and no stack trace, and secrets are
 * masked before anything else is printed. The bundle is run by the integration suite.
 */
import { runActionInProcess } from '../helpers/action-in-process.js'

test('mode=bogus fails the step with a message naming mode and no stack trace', async () => {
  const { code, stdout } = await runActionInProcess({ mode: 'bogus' })
  expect(code).toBe(1)
  expect(stdout).toContain("::error::Invalid input 'mode': got 'bogus'. Expected one of: sign, verify.")
  expect(stdout).not.toMatch(/\n\s+at /)
})

test('a secret input is masked before any other output', async () => {
  const { stdout } = await runActionInProcess({
    mode: 'sign',
    password: 'hunter2-registry-password',
    username: 'u',
    image: 'not a ref'
  })
  const mask = stdout.indexOf('::add-mask::hunter2-registry-password')
  expect(mask).toBeGreaterThanOrEqual(0)
  expect(stdout.indexOf('::error::')).toBeGreaterThan(mask)
})

test('a secret that reaches a run by another way (here, inside the image name) is cut from the log, outputs, annotations and summary', async () => {
  // The runner would mask the exact value in the log only; the summary, the outputs and a percent-encoded
  // spelling are the action's to cut.
  const secret = 'hunterpasswordvalue'
  const { stdout, outputFile, summary } = await runActionInProcess({
    mode: 'verify',
    image: `127.0.0.1:9/${secret}:1`,
    'insecure-registries': '127.0.0.1:9',
    'trust-roots': '__tests__/fixtures/notation-go/wabbit-networks.io.crt',
    username: 'u',
    password: secret
  })
  const printed = stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  for (const [channel, text] of Object.entries({ log: printed, outputs: outputFile, summary })) {
    expect([channel, text.includes(secret)]).toEqual([channel, false])
  }
  expect(printed).toContain('127.0.0.1:9/***:1')
  expect(outputFile).toContain('***')
})
