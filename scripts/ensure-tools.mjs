// Makes sure the Debian tools the demo and the tests use are installed: installs them with apt-get when
// missing and running as root, else stops with a message saying what to install.
import { execFileSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'

const PACKAGES = { 'docker-registry': 'docker-registry', skopeo: 'skopeo', umoci: 'umoci', openssl: 'openssl' }

function has(tool) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export function ensureTools(tools = Object.keys(PACKAGES)) {
  const missing = tools.filter(tool => !has(tool))
  if (missing.length === 0) return
  const packages = missing.map(tool => PACKAGES[tool] ?? tool)
  if (process.getuid?.() !== 0) {
    throw new Error(`missing ${missing.join(', ')}: install them with 'sudo apt-get install -y ${packages.join(' ')}'`)
  }
  console.error(`installing ${packages.join(' ')} with apt-get…`)
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  })
}

// `node scripts/ensure-tools.mjs TOOL…` (npm run bench): the same check from a package script.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureTools(process.argv.length > 2 ? process.argv.slice(2) : undefined)
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
