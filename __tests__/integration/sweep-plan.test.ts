/**
 * A sweep over several repositories runs on one plan and one context: one registry client for the run,
 * the rules file read once, and each rule's key opened once however many repositories it signs (a sweep
 * used to make N+1 clients and read the rules N+1 times). Counted from the run's own debug lines, which
 * the places that open a client, read the rules and open a key write (the layering test holds that a
 * registry client is built nowhere else in run/ and the engines).
 */
import { rm } from 'node:fs/promises'
import { pushUnsigned } from '../helpers/craft.js'
import { makeOciLayout } from '../helpers/images.js'
import { namespaceKeys, writeSweepRules } from '../helpers/namespaces.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inputSource, recordingLog, runSweep } from '../helpers/signet.js'

let registry: TestRegistry
let dir: string

beforeAll(async () => {
  registry = await startRegistry()
  ;({ dir } = await namespaceKeys())
})
afterAll(async () => {
  await registry?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('six repositories under two rules: one client, the rules read once, two keys opened', async () => {
  const image = await makeOciLayout({ seed: 'sweep-plan' })
  const repositories = ['prod/a', 'prod/b', 'prod/c', 'dev/a', 'dev/b', 'dev/c']
  for (const repository of repositories) await pushUnsigned(registry.host, `acme/${repository}`, '1.0', image)
  const rules = await writeSweepRules(registry.host, dir)
  const log = recordingLog()
  const result = await runSweep(
    inputSource({
      mode: 'sign',
      sweep: `${registry.host}/acme`,
      'insecure-registries': registry.host,
      rules
    }),
    log
  )
  expect(result.rows.map(row => [row.repository.slice(registry.host.length + 1), row.action])).toEqual(
    [...repositories].sort().map(repository => [`acme/${repository}`, 'signed'])
  )
  const count = (pattern: RegExp) => log.lines.filter(line => pattern.test(line)).length
  expect(count(/^debug: Registry client opened for this run$/)).toBe(1)
  expect(count(/^debug: Rules read from /)).toBe(1)
  expect(count(/^debug: Opening the signing key of /)).toBe(2)
})
