/**
 * The package as npm users get it: `npm pack`, installed from the tarball into an empty project outside
 * the repository with no registry access (`--offline`: the package has no runtime dependencies, the
 * bundles hold everything), then its `signet` bin run from there.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { runCli } from '../helpers/cli.js'

const run = promisify(execFile)
const VECTORS = resolve(process.cwd(), '__tests__/fixtures/notation-go')
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string
  version: string
  bin: Record<string, string>
  dependencies?: Record<string, string>
}

let dir: string
let bin: string
let files: string[]

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signet-package-'))
  // Its own npm cache: nothing comes from the machine's, and nothing is left in it.
  const env = {
    ...process.env,
    npm_config_cache: join(dir, 'npm-cache'),
    npm_config_update_notifier: 'false'
  }
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { env })
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[]
  files = packed.files.map(file => file.path)
  const project = join(dir, 'project')
  await run('mkdir', [project])
  writeFileSync(join(project, 'package.json'), '{"name":"consumer","private":true}\n')
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)], {
    cwd: project,
    env
  })
  bin = join(project, 'node_modules', '.bin', 'signet')
}, 120_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('the package has a scoped name, the signet bin and no runtime dependencies', () => {
  expect(manifest.name).toMatch(/^@[a-z0-9-]+\/signet$/)
  expect(manifest.bin).toEqual({ signet: 'dist/cli/index.js' })
  expect(manifest.dependencies ?? {}).toEqual({})
})

test('the tarball holds the bundles, the action files, README and LICENSE, and nothing else', () => {
  const outside = files.filter(
    path =>
      !path.startsWith('dist/') &&
      ![
        'package.json',
        'README.md',
        'LICENSE',
        'action.yml',
        'sign/action.yml',
        'verify/action.yml'
      ].includes(path)
  )
  expect(outside).toEqual([])
  for (const path of [
    'dist/index.js',
    'dist/sign.js',
    'dist/verify.js',
    'dist/cli/index.js',
    'dist/lib/index.js'
  ])
    expect(files).toContain(path)
  expect(files.filter(path => /\.ts$|__tests__|^src\//.test(path))).toEqual([])
})

test('the installed bin prints its version and help from outside the repository', async () => {
  const version = await runCli(['--version'], { bin, cwd: dir })
  expect(version).toMatchObject({ code: 0, stdout: `signet/${manifest.version}\n` })
  const help = await runCli(['verify', '--help'], { bin, cwd: dir })
  expect(help.code).toBe(0)
  expect(help.stdout).toMatch(/^ {2}--trust-roots VALUE$/m)
})

test('the installed bin verifies a notation envelope, and rejects a tampered one with exit 1', async () => {
  const roots = ['--trust-roots', join(VECTORS, 'NotationTestRoot.pem')]
  const valid = await runCli(
    ['verify-envelope', '--envelope', join(VECTORS, 'ca_valid_sig_env.json'), ...roots],
    {
      bin,
      cwd: dir
    }
  )
  expect(valid.stdout).toMatch(
    /^verified: .* sha256:60043cf45eaebc4c0867fea485a039b598f52fd09fd5b07b0b2d2f88fad9d74e/
  )
  expect(valid.code).toBe(0)
  const invalid = await runCli(
    ['verify-envelope', '--envelope', join(VECTORS, 'ca_invalid_sig_env.json'), ...roots],
    { bin, cwd: dir }
  )
  expect(invalid.stdout).toMatch(/^rejected: /)
  expect(invalid.code).toBe(1)
})
