/**
 * A first run as the README teaches it: the openssl recipe, run line by line as printed, makes a PKI
 * Signet signs and verifies with; `signet cert generate-test` makes one that notation accepts too.
 */
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { main } from '../../src/cli/main.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { runSign, runVerify } from '../helpers/signet.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'

const NOTATION = join(
  process.env.XDG_CACHE_HOME || join(process.env.HOME ?? '', '.cache'),
  'signet-tools/notation/usr/bin/notation'
)

let registry: TestRegistry
let image: TestImage
let work: string

// A fresh machine installs the tools first (apt-get): longer than a test's two minutes.
beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/ensure-tools.mjs', 'openssl', 'notation'], { stdio: 'inherit' })
  work = mkdtempSync(join(tmpdir(), 'signet-first-run-'))
  registry = await startRegistry()
  image = await makeOciLayout({ seed: 'first-run' })
}, 600_000)
afterAll(async () => {
  await registry?.stop()
  rmSync(work, { recursive: true, force: true })
})

/** The commands of the README's openssl recipe, in order (continued lines joined). */
function readmeRecipe(): string[] {
  const readme = readFileSync('README.md', 'utf8')
  const block = /<!-- openssl-recipe:start -->\s*```sh\n([\s\S]*?)```\s*<!-- openssl-recipe:end -->/.exec(
    readme
  )?.[1]
  if (block === undefined) throw new Error('README.md has no openssl recipe between its markers')
  return block
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .filter(line => line.trim() !== '' && !line.trim().startsWith('#'))
}

test("the README's openssl recipe, line by line, makes a chain Signet signs and verifies with", async () => {
  const dir = join(work, 'openssl')
  mkdirSync(dir)
  const lines = readmeRecipe()
  expect(lines.length).toBeGreaterThanOrEqual(10)
  for (const line of lines) {
    // Each line as a user pastes it; a failure names the line.
    await promisify(execFile)('sh', ['-c', line], { cwd: dir }).catch((error: { stderr: string }) => {
      throw new Error(`README line failed: ${line}\n${error.stderr}`)
    })
  }
  for (const file of ['key.pem', 'chain.pem', 'root.pem']) expect(existsSync(join(dir, file))).toBe(true)

  const reference = `${registry.host}/first-run/openssl:1.0`
  const signed = await runSign({
    image: reference,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${image.dir}:${image.tag} scenario=edge`,
    'signing-key': join(dir, 'key.pem'),
    'signing-cert-chain': join(dir, 'chain.pem')
  })
  expect(signed.signer).toBe('C=US, ST=WA, O=Acme, CN=release')
  const verified = await runVerify({
    image: reference,
    'insecure-registries': registry.host,
    'trust-roots': join(dir, 'root.pem'),
    'trusted-identities': 'x509.subject: C=US, ST=WA, O=Acme, CN=release'
  })
  expect(verified.images[0].reasons).toEqual([])
  expect(verified.verified).toBe(true)
})

test('cert generate-test: Signet signs with it; notation and Signet both verify the signature', async () => {
  const dir = join(work, 'generated')
  let stdout = ''
  const code = await main(['cert', 'generate-test', dir, '--json'], {
    stdout: text => void (stdout += text),
    stderr: () => undefined,
    env: {}
  })
  expect(code).toBe(0)
  const paths = JSON.parse(stdout) as Record<string, string>
  const reference = `${registry.host}/first-run/generated:1.0`
  const signed = await runSign({
    image: reference,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${image.dir}:${image.tag} scenario=edge`,
    'signing-key': paths['signing-key'],
    'signing-cert-chain': paths['signing-cert-chain']
  })
  const verified = await runVerify({
    image: reference,
    'insecure-registries': registry.host,
    'trust-roots': paths['trust-roots'],
    'trusted-identities': paths['trusted-identities']
  })
  expect(verified.verified).toBe(true)

  // notation, with the root in its trust store and the printed identity in its policy.
  const config = join(work, 'notation-config')
  const store = join(config, 'notation', 'truststore', 'x509', 'ca', 'test')
  mkdirSync(store, { recursive: true })
  writeFileSync(join(store, 'root.pem'), readFileSync(paths['trust-roots']))
  writeFileSync(
    join(config, 'notation', 'trustpolicy.json'),
    JSON.stringify({
      version: '1.0',
      trustPolicies: [
        {
          name: 'first-run',
          registryScopes: ['*'],
          signatureVerification: { level: 'strict' },
          trustStores: ['ca:test'],
          trustedIdentities: [paths['trusted-identities']]
        }
      ]
    })
  )
  const notation = await promisify(execFile)(
    NOTATION,
    ['verify', '--insecure-registry', `${registry.host}/first-run/generated@${signed.digest}`],
    { env: { PATH: process.env.PATH, HOME: work, XDG_CONFIG_HOME: config } }
  ).then(
    ({ stdout: out }) => ({ code: 0, out }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      out: error.stdout + error.stderr
    })
  )
  expect(notation.out).toMatch(/Successfully verified signature/)
  expect(notation.code).toBe(0)
})
