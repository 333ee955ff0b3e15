/**
 * Messages a new user meets against a real docker-registry (issue #16): a misspelled repository told
 * apart from a missing tag, and a rejection's reason printed once in the log and once in the result.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import { pushUnsigned } from '../helpers/craft.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'

let registry: TestRegistry
let pki: TestPki
let image: TestImage
let dir: string

beforeAll(async () => {
  registry = await startRegistry()
  pki = await makePki()
  image = await makeOciLayout({ seed: 'messages' })
  dir = await mkdtemp(join(tmpdir(), 'signet-messages-'))
  await writeFile(join(dir, 'root.pem'), pki.rootPem)
  await pushUnsigned(registry.host, 'team/app', '1.0', image)
  await pushUnsigned(registry.host, 'team/app', '1.1', image)
})
afterAll(async () => {
  await registry?.stop()
  await rm(dir, { recursive: true, force: true })
})

async function verify(reference: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(
    [
      'verify',
      '--image',
      reference,
      '--insecure-registries',
      registry.host,
      '--trust-roots',
      join(dir, 'root.pem')
    ],
    { stdout: t => void (stdout += t), stderr: t => void (stderr += t), env: {} }
  )
  return { code, stdout, stderr }
}

test('a misspelled repository says the repository does not exist', async () => {
  const { code, stdout } = await verify(`${registry.host}/team/apq:1.0`)
  expect(code).toBe(1)
  expect(stdout).toContain(
    `Manifest '1.0' not found in ${registry.host}/team/apq: the repository team/apq does not exist on ${registry.host}: check the repository name`
  )
})

test('a missing tag lists the tags the repository has', async () => {
  const { code, stdout } = await verify(`${registry.host}/team/app:2.0`)
  expect(code).toBe(1)
  expect(stdout).toContain(
    `Manifest '2.0' not found in ${registry.host}/team/app: the tag is not among its 2 tags: 1.0, 1.1`
  )
})

test('a rejection: the reason once in the log (stderr), once in the result (stdout), and a verdict line', async () => {
  const { code, stdout, stderr } = await verify(`${registry.host}/team/app:1.0`)
  expect(code).toBe(1)
  const reason = `no signature found for ${image.manifest.digest}`
  expect(stderr.split(reason)).toHaveLength(2)
  expect(stdout.split(reason)).toHaveLength(2)
  expect(stdout).toContain(`Rejected ${registry.host}/team/app:1.0: ${reason}`)
  expect(stderr.trimEnd().split('\n').at(-1)).toBe(
    'signet: Verification failed: 1 of 1 image rejected (reasons above)'
  )
})
