/**
 * The README's CLI section as a new user runs it: `npm pack` in the clone, then in an empty directory
 * (holding only what the README says the user brings: the packed file, an OCI layout `./out`, a notation
 * envelope and its root) every line of the recipe as written, `npm install -g` into a temporary prefix
 * included, each to the exit status its comment documents. Only the registry address is the test's own.
 */
import { execFile } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { makeOciLayout } from '../helpers/images.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'

const run = promisify(execFile)
const VECTORS = resolve('__tests__/fixtures/notation-go')
/** The address the README's lines use; the test's registry listens elsewhere. */
const README_REGISTRY = '127.0.0.1:5000'

interface RecipeLine {
  command: string
  exitCode: number
}

/** The lines between the cli-recipe markers: continuations joined, `# exit N` read (0 when absent). */
function cliRecipe(): RecipeLine[] {
  const readme = readFileSync('README.md', 'utf8')
  const block = /<!-- cli-recipe:start -->\n```sh\n([\s\S]*?)```\n<!-- cli-recipe:end -->/.exec(readme)?.[1]
  if (block === undefined) throw new Error('README.md has no cli-recipe block')
  return block
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter(line => line.trim() !== '')
    .map(command => ({ command, exitCode: Number(/#\s*exit (\d)\b/.exec(command)?.[1] ?? 0) }))
}

let root: string
let registry: TestRegistry

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'signet-install-'))
  registry = await startRegistry()
}, 120_000)
afterAll(async () => {
  await registry?.stop()
  rmSync(root, { recursive: true, force: true })
})

test('every README CLI line runs from an empty directory after installing the packed CLI', async () => {
  const lines = cliRecipe()
  // The recipe installs the package and never reaches for npx.
  expect(lines[0].command).toMatch(/^npm install -g \.\/signet-dev-signet-\*\.tgz\b/)
  expect(readFileSync('README.md', 'utf8')).not.toMatch(/npx (@signet-dev\/)?signet\b/)

  // npm's own cache and global prefix under the temp dir: nothing from or into the machine's.
  const npmEnv = {
    npm_config_cache: join(root, 'npm-cache'),
    npm_config_prefix: join(root, 'prefix'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    // The package has no runtime dependencies: installing it needs no registry.
    npm_config_offline: 'true'
  }
  const work = join(root, 'work')
  mkdirSync(work)
  await run('npm', ['pack', '--pack-destination', work], { env: { ...process.env, ...npmEnv } })
  expect(readdirSync(work)).toEqual([expect.stringMatching(/^signet-dev-signet-.*\.tgz$/)])
  // What the README says the user brings.
  await makeOciLayout({ dir: join(work, 'out'), tag: 'amd64', seed: 'install-amd64' })
  await makeOciLayout({
    dir: join(work, 'out'),
    tag: 'arm64',
    platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    seed: 'install-arm64'
  })
  copyFileSync(join(VECTORS, 'ca_valid_sig_env.json'), join(work, 'sig.jws'))
  copyFileSync(join(VECTORS, 'NotationTestRoot.pem'), join(work, 'notation-root.pem'))

  // One shell runs the recipe (so `export` carries on), recording each line's exit status.
  const codes = join(root, 'codes')
  const script = lines
    .map(({ command }) => `${command.split(README_REGISTRY).join(registry.host)}\necho $? >> '${codes}'`)
    .join('\n')
  writeFileSync(join(root, 'recipe.sh'), `${script}\n`)
  const home = join(root, 'home')
  mkdirSync(home)
  const env = {
    ...npmEnv,
    HOME: home,
    // The prefix's bin first; node from where this test runs; the system's tools after.
    PATH: [join(root, 'prefix', 'bin'), dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(
      delimiter
    )
  }
  const result = await run('bash', [join(root, 'recipe.sh')], { cwd: work, env, maxBuffer: 16 << 20 }).catch(
    (error: { stdout: string; stderr: string }) => error
  )
  const got = readFileSync(codes, 'utf8').trim().split('\n').map(Number)
  const report = lines.map((line, i) => `${got[i]} (expected ${line.exitCode}): ${line.command}`)
  expect({ report, stderr: got.every((code, i) => code === lines[i].exitCode) ? '' : result.stderr }).toEqual(
    {
      report: lines.map(line => `${line.exitCode} (expected ${line.exitCode}): ${line.command}`),
      stderr: ''
    }
  )
  // The installed bin, not the clone's: it is the prefix's `signet` that ran.
  const { stdout } = await run('bash', ['-c', 'command -v signet'], { cwd: work, env })
  expect(stdout.trim()).toBe(join(root, 'prefix', 'bin', 'signet'))
  // `-o json` printed the verified result.
  expect(result.stdout).toMatch(/"verified":true/)
}, 300_000)
