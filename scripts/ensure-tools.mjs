// Makes sure the Debian tools the demo and the tests use are there.
// - Tools of this machine's Debian release (docker-registry, skopeo, softhsm2, …) are installed with
//   apt-get when missing and running as root, else it stops with a message saying what to install.
// - Peers only packaged in Debian's newer suites (notation, oras, crane, cosign: static Go binaries) are
//   downloaded with apt-get into a private apt state dir and unpacked with dpkg -x into a cache folder,
//   never installed system-wide. `toolPath(name)` answers the binary's path. containerd 2.x comes this way
//   too, as `containerd2` (Debian's package `containerd`), beside this release's containerd 1.6.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Command → Debian package of this machine's release. */
const PACKAGES = {
  'docker-registry': 'docker-registry',
  skopeo: 'skopeo',
  umoci: 'umoci',
  openssl: 'openssl',
  podman: 'podman',
  ctr: 'containerd',
  containerd: 'containerd',
  'softhsm2-util': 'softhsm2',
  'pkcs11-tool': 'opensc',
  chromium: 'chromium'
}
/** What the default call (tests, CI) makes sure of. */
const DEFAULT_TOOLS = ['docker-registry', 'skopeo', 'umoci', 'openssl']

/** Command → package of Debian's newer suites, unpacked into the cache. */
const NEWER_SUITE_PACKAGES = {
  notation: 'notation',
  oras: 'oras',
  crane: 'crane',
  cosign: 'cosign',
  containerd2: 'containerd'
}
/** Tools whose binary is not named after the tool (the package also holds `ctr`: toolPath('containerd2', 'ctr')). */
const NEWER_SUITE_BINARIES = { containerd2: 'containerd' }
/** Suites searched, in order: notation 1.3 is in forky (testing) but not trixie. */
const NEWER_SUITES = ['forky', 'trixie', 'testing']
const MIRROR = 'http://deb.debian.org/debian'

const CACHE = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'signet-tools')

function has(tool) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function aptInstall(packages) {
  if (process.getuid?.() !== 0) {
    throw new Error(`missing ${packages.join(', ')}: install them with 'sudo apt-get install -y ${packages.join(' ')}'`)
  }
  console.error(`installing ${packages.join(' ')} with apt-get…`)
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  })
}

/** Path of a newer-suite tool's binary (or another binary of its package) in the cache (it may not exist yet). */
export function toolPath(tool, binary = NEWER_SUITE_BINARIES[tool] ?? tool) {
  return join(CACHE, tool, 'usr', 'bin', binary)
}

function unpackFromNewerSuite(tools) {
  const state = join(CACHE, '.apt')
  for (const dir of ['lists/partial', 'cache/archives/partial', 'etc/sources.list.d', 'etc/preferences.d', 'debs']) {
    mkdirSync(join(state, dir), { recursive: true })
  }
  writeFileSync(
    join(state, 'etc/sources.list'),
    NEWER_SUITES.map(suite => `deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${MIRROR} ${suite} main\n`).join('')
  )
  writeFileSync(join(state, 'status'), '')
  const options = [
    'APT::Sandbox::User=root',
    `Dir::State=${state}`,
    `Dir::State::Lists=${join(state, 'lists')}`,
    `Dir::State::status=${join(state, 'status')}`,
    `Dir::Cache=${join(state, 'cache')}`,
    `Dir::Etc::SourceList=${join(state, 'etc/sources.list')}`,
    `Dir::Etc::SourceParts=${join(state, 'etc/sources.list.d')}`,
    `Dir::Etc::Preferences=${join(state, 'etc/preferences')}`,
    `Dir::Etc::PreferencesParts=${join(state, 'etc/preferences.d')}`
  ].flatMap(option => ['-o', option])
  console.error(`downloading ${tools.join(' ')} from Debian ${NEWER_SUITES[0]} into ${CACHE}…`)
  execFileSync('apt-get', [...options, 'update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] })
  const debs = join(state, 'debs')
  rmSync(debs, { recursive: true, force: true })
  mkdirSync(debs)
  execFileSync('apt-get', [...options, 'download', ...tools.map(tool => NEWER_SUITE_PACKAGES[tool])], {
    cwd: debs,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  for (const tool of tools) {
    const deb = readdirSync(debs).find(name => name.startsWith(`${NEWER_SUITE_PACKAGES[tool]}_`))
    if (!deb) throw new Error(`apt-get download fetched no package for ${tool}`)
    execFileSync('dpkg', ['-x', join(debs, deb), join(CACHE, tool)])
    if (!existsSync(toolPath(tool))) throw new Error(`${deb} holds no usr/bin/${NEWER_SUITE_BINARIES[tool] ?? tool}`)
  }
}

export function ensureTools(tools = DEFAULT_TOOLS) {
  const newer = tools.filter(tool => tool in NEWER_SUITE_PACKAGES && !existsSync(toolPath(tool)))
  const missing = tools.filter(tool => !(tool in NEWER_SUITE_PACKAGES) && !has(tool))
  if (missing.length > 0) aptInstall([...new Set(missing.map(tool => PACKAGES[tool] ?? tool))])
  if (newer.length > 0) unpackFromNewerSuite(newer)
}

// `node scripts/ensure-tools.mjs TOOL…` (npm run bench, .ci/run): the same check from a script.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureTools(process.argv.length > 2 ? process.argv.slice(2) : undefined)
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
