// The main job: a throwaway root CA → intermediate → code-signing leaf, two small platform images,
// signed under two scenario tags into a local registry, verified whole and by scenario, then one byte
// of a layer flipped in the registry's storage and verify rejecting it, naming the layer.
//
// REGISTRY=host:port uses a running registry (REGISTRY_STORAGE=<its root directory> enables the tamper
// step); otherwise a docker-registry is started on a free loopback port and stopped at the end.
// --keep keeps the work directory (keys, layouts, registry config) and says where it is.
//
// Every command is echoed as a shell would take it (quoted, from the work directory, with `signet`
// defined as a shell function first), so it can be pasted. No ANSI codes when piped or with NO_COLOR.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, readSync, writeSync, closeSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ensureTools } from './ensure-tools.mjs'

const keep = process.argv.includes('--keep')
const cli = resolve('dist/cli/index.js')
const work = mkdtempSync(join(tmpdir(), 'signet-demo-'))
const color = process.stdout.isTTY === true && !process.env.NO_COLOR
const bold = text => (color ? `\x1b[1m${text}\x1b[0m` : text)
const say = text => console.log(`\n${bold(`▶ ${text}`)}`)
const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] }).toString()
const indent = text => text.replace(/^(?=.)/gm, '  ')

/** A word as a POSIX shell reads it back unchanged. */
function quote(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/** Runs the CLI as the echoed command would: Signet's log (stderr) and its result (stdout), both shown. */
function signet(args, expectFailure = false, env = {}) {
  // Secrets go through the environment, as the README recommends: never on a command line (ps, history).
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${quote(value)} `)
  console.log(`$ ${assignments.join('')}signet ${args.map(quote).join(' ')}`)
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, ...env, NO_COLOR: color ? process.env.NO_COLOR : '1' }
  })
  process.stdout.write(indent(result.stderr))
  process.stdout.write(indent(result.stdout))
  if (expectFailure ? result.status !== 1 : result.status !== 0) {
    throw new Error(`signet ${args[0]} exited ${result.status}, expected ${expectFailure ? 1 : 0}`)
  }
  return result
}

async function freePort() {
  return new Promise(done => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => done(port))
    })
  })
}

async function startRegistry() {
  const storage = join(work, 'storage')
  const port = await freePort()
  const config = join(work, 'registry.yml')
  writeFileSync(config, `version: 0.1\nlog: { level: error }\nstorage:\n  filesystem: { rootdirectory: ${storage} }\n  delete: { enabled: true }\nhttp: { addr: 127.0.0.1:${port} }\n`)
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' })
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/v2/`).then(r => r.ok, () => false)) return { host: `127.0.0.1:${port}`, storage, child }
    await new Promise(r => setTimeout(r, 100))
  }
  child.kill()
  throw new Error('docker-registry did not start')
}

function makePki() {
  const ext = (name, body) => writeFileSync(join(work, name), body)
  ext('ca.ext', 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n')
  ext('leaf.ext', 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n')
  const key = name => run('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', name])
  key('root.key'); key('intermediate.key'); key('leaf.key')
  run('openssl', ['req', '-x509', '-new', '-key', 'root.key', '-subj', '/C=US/ST=WA/O=Acme Demo/CN=Acme Demo Root CA', '-days', '365', '-sha256', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', 'root.pem'])
  run('openssl', ['req', '-new', '-key', 'intermediate.key', '-subj', '/C=US/ST=WA/O=Acme Demo/CN=Acme Demo Signing CA', '-out', 'intermediate.csr'])
  run('openssl', ['x509', '-req', '-in', 'intermediate.csr', '-CA', 'root.pem', '-CAkey', 'root.key', '-CAcreateserial', '-days', '365', '-sha256', '-extfile', 'ca.ext', '-out', 'intermediate.pem'])
  run('openssl', ['req', '-new', '-key', 'leaf.key', '-subj', '/C=US/ST=WA/O=Acme Demo/CN=release', '-out', 'leaf.csr'])
  run('openssl', ['x509', '-req', '-in', 'leaf.csr', '-CA', 'intermediate.pem', '-CAkey', 'intermediate.key', '-CAcreateserial', '-days', '365', '-sha256', '-extfile', 'leaf.ext', '-out', 'leaf.pem'])
  writeFileSync(join(work, 'chain.pem'), readFileSync(join(work, 'leaf.pem'), 'utf8') + readFileSync(join(work, 'intermediate.pem'), 'utf8'))
  // The key as CI would hold it in a secret: encrypted PKCS#8.
  run('openssl', ['pkcs8', '-topk8', '-in', 'leaf.key', '-passout', 'pass:demo-passphrase', '-out', 'leaf-encrypted.key'])
}

function makeImages() {
  run('umoci', ['init', '--layout', 'images'])
  for (const arch of ['amd64', 'arm64']) {
    writeFileSync(join(work, `motd-${arch}`), `hello from ${arch}\n`)
    run('umoci', ['new', '--image', `images:${arch}`])
    run('umoci', ['insert', '--image', `images:${arch}`, join(work, `motd-${arch}`), '/etc/motd'])
    run('umoci', ['config', '--image', `images:${arch}`, '--os', 'linux', '--architecture', arch])
  }
}

/** Flips one byte in the middle of a blob's data file in the registry's filesystem storage. */
function flipByte(storage, digest) {
  const hex = digest.slice('sha256:'.length)
  const file = join(storage, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data')
  const fd = openSync(file, 'r+')
  const byte = Buffer.alloc(1)
  readSync(fd, byte, 0, 1, 10)
  byte[0] ^= 0xff
  writeSync(fd, byte, 0, 1, 10)
  closeSync(fd)
}

let registry
try {
  ensureTools(process.env.REGISTRY ? ['umoci', 'openssl'] : ['docker-registry', 'umoci', 'openssl'])
  registry = process.env.REGISTRY ? { host: process.env.REGISTRY, storage: process.env.REGISTRY_STORAGE } : await startRegistry()
  const image = `${registry.host}/demo/app:1.0`
  const common = ['--insecure-registries', registry.host]

  // Only a kept directory is offered to `cd` into: without --keep it is gone when the demo ends.
  if (keep) {
    say(`Work directory ${work}, kept at the end (--keep); to run the commands below yourself:`)
    console.log(`$ cd ${quote(work)}`)
  } else {
    say(`Work directory ${work}, deleted at the end (npm run demo -- --keep keeps it); the commands, as run there:`)
  }
  console.log(`$ signet() { node ${quote(cli)} "$@"; }`)

  say(`Registry ${registry.host}; a throwaway root CA → intermediate → code-signing leaf (openssl)`)
  makePki()
  console.log(run('openssl', ['x509', '-in', 'leaf.pem', '-noout', '-subject', '-issuer']).trim())

  say('Two platform images in an OCI layout (umoci): linux/amd64 and linux/arm64')
  makeImages()

  say('Sign: push both, publish one index with scenario tags, sign index and platform manifests')
  signet(['sign', '--image', image, ...common,
    '--manifests', 'oci-layout:images:amd64 scenario=kernel-5.15',
    '--manifests', 'oci-layout:images:arm64 scenario=kernel-4.19.90,edge',
    '--signing-key', 'leaf-encrypted.key',
    '--signing-cert-chain', 'chain.pem', '--trust-roots', 'root.pem'], false,
    { SIGNET_SIGNING_KEY_PASSPHRASE: 'demo-passphrase' })

  say('Verify the whole index: signature, chain to the root, every manifest, config and layer re-hashed')
  signet(['verify', '--image', image, ...common, '--trust-roots', 'root.pem', '--trusted-identities', 'x509.subject: C=US, ST=WA, O=Acme Demo, CN=release'])

  say('Verify one scenario: the reference handed on is pinned to that entry')
  signet(['verify', '--image', image, ...common, '--trust-roots', 'root.pem', '--scenario', 'kernel-4.19.90'])

  say('An unknown scenario is rejected, listing the available ones')
  signet(['verify', '--image', image, ...common, '--trust-roots', 'root.pem', '--scenario', 'kernel-9.9'], true)

  if (registry.storage) {
    // The arm64 image's manifest, from the layout it was signed from.
    const layout = JSON.parse(readFileSync(join(work, 'images/index.json'), 'utf8'))
    const arm64 = layout.manifests.find(entry => entry.annotations?.['org.opencontainers.image.ref.name'] === 'arm64')
    const manifest = JSON.parse(readFileSync(join(work, 'images/blobs/sha256', arm64.digest.slice(7)), 'utf8'))
    const layer = manifest.layers.at(-1).digest
    say(`Tamper: flip one byte of layer ${layer.slice(0, 19)}… in the registry's storage`)
    flipByte(registry.storage, layer)
    signet(['verify', '--image', image, ...common, '--trust-roots', 'root.pem'], true)
    flipByte(registry.storage, layer)
  } else {
    say('Tamper step skipped: set REGISTRY_STORAGE to the registry root directory to run it')
  }
  say('Demo done: signed, verified, selected, and a tampered layer caught')
} finally {
  registry?.child?.kill()
  if (keep) {
    console.log(`\nKept ${work} (keys, chain, OCI layout${registry?.child ? ', registry storage' : ''}).`)
    if (registry?.child) console.log(`Start its registry again with: docker-registry serve ${quote(join(work, 'registry.yml'))}`)
  } else {
    rmSync(work, { recursive: true, force: true })
  }
}
