/**
 * The built CLI (dist/cli) keeps V8's code cache as src/cli/code-cache.ts says: written after a run that did
 * its work, under the command's name, and never when the user turned Node's compile cache off.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../helpers/cli.js'

let work: string
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'signet-cli-code-cache-'))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

test('a run that did its work writes its command’s cache, a run refused for bad input writes none', async () => {
  const env = { NODE_COMPILE_CACHE: join(work, 'node-cache') }
  const refused = await runCli(['verify', '--no-such-flag'], { env })
  expect(refused.code).toBe(2)
  const version = await runCli(['--version'], { env })
  expect(version.code).toBe(0)
  const written = readdirSync(join(work, 'node-cache', 'signet'))
  expect(written).toEqual([expect.stringMatching(/^[0-9a-f]{32}-signet-.+\.bin$/)])
  // The next run reads it and says the same.
  expect(await runCli(['--version'], { env })).toEqual(version)
  expect(readdirSync(join(work, 'node-cache', 'signet'))).toEqual(written)
})

test('NODE_DISABLE_COMPILE_CACHE leaves no cache', async () => {
  const env = { NODE_COMPILE_CACHE: join(work, 'node-cache'), NODE_DISABLE_COMPILE_CACHE: '1' }
  expect((await runCli(['--version'], { env })).code).toBe(0)
  expect(readdirSync(work)).toEqual([])
})
