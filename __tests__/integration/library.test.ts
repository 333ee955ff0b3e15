/**
 * The README's library example, run as written (only the registry host and the root file differ) from a
 * module inside the package, so `@signet-dev/signet` resolves through the package's own `exports` to the
 * built dist/lib: a signed two-scenario index verifies and pins the selected entry; another root rejects.
 */
import { execFile } from 'node:child_process'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { makeOciLayout } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { runSign } from '../helpers/signet.js'

const run = promisify(execFile)
let registry: TestRegistry
let pki: TestPki
let other: TestPki
let selected: string
const example = join(process.cwd(), `.library-example-${process.pid}.mjs`)

beforeAll(async () => {
  registry = await startRegistry()
  ;[pki, other] = await Promise.all([makePki(), makePki()])
  const amd64 = await makeOciLayout({ platform: { os: 'linux', architecture: 'amd64' }, seed: 'lib-amd64' })
  const arm64 = await makeOciLayout({ platform: { os: 'linux', architecture: 'arm64' }, seed: 'lib-arm64' })
  selected = arm64.manifest.digest
  await runSign({
    image: `${registry.host}/acme/app:1.4.0`,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${amd64.dir}:${amd64.tag} scenario=kernel-5.15\noci-layout:${arm64.dir}:${arm64.tag} scenario=kernel-4.19.90`,
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem
  })
})
afterAll(async () => {
  await registry?.stop()
  await rm(example, { force: true })
})

/** The README's ```js block under "As a library", pointed at this registry and `rootFile`. */
async function readmeExample(rootFile: string): Promise<string> {
  const readme = await readFile('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('### As a library'))
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1]
  if (code === undefined) throw new Error('README has no js block under "As a library"')
  return code.replaceAll('localhost:5000', registry.host).replace("'root.pem'", JSON.stringify(rootFile))
}

async function runExample(rootPem: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const rootFile = `${example}.root.pem`
  await writeFile(rootFile, rootPem)
  await writeFile(example, await readmeExample(rootFile))
  try {
    const { stdout, stderr } = await run(process.execPath, [example])
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  } finally {
    await rm(rootFile, { force: true })
  }
}

test('the README example verifies the signed index and prints the selected entry, pinned', async () => {
  const { code, stdout } = await runExample(pki.rootPem)
  expect(code).toBe(0)
  // kernel-4.19.90 is the arm64 entry: the pinned reference is that entry's, not the index's.
  expect(stdout.trim()).toBe(`${registry.host}/acme/app@${selected}`)
})

test('the same example under another root throws with the reason', async () => {
  const { code, stderr } = await runExample(other.rootPem)
  expect(code).not.toBe(0)
  expect(stderr).toMatch(/no valid signature/)
})
