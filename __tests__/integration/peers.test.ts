/**
 * What podman 4.3 and containerd 1.6 (`ctr`) write, as sign sources, and what they make of Signet's
 * output, against a real docker-registry: `podman save -m` multi-image archives (`docker-archive:FILE:REF`
 * and `:@N`), podman's `oci-dir` names (`localhost/built:arm64`), `ctr images export --platform`
 * archives (the whole index, one platform's blobs), pulling an ambiguous platform, and the verified
 * store opened with the exact skopeo/umoci/podman commands the README gives.
 */
import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ensureTools } from '../../scripts/ensure-tools.mjs'
import { silentLog } from '../../src/util/log.js'
import { SignetError } from '../../src/util/errors.js'
import { runVerify as runVerifyMode } from '../../src/run/verify.js'
import type { ImageIndex } from '../../src/oci/types.js'
import { makeTwoPlatforms } from '../helpers/buildkit.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { tool } from '../helpers/independent.js'
import {
  lowercaseTempDir,
  startContainerd,
  startPodman,
  type Containerd,
  type Podman
} from '../helpers/peers.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import {
  inputSource,
  recordingLog,
  runSign,
  runVerify,
  signInputsFor,
  verifyInputsFor
} from '../helpers/signet.js'

ensureTools(['docker-registry', 'skopeo', 'umoci', 'podman', 'ctr', 'containerd'])

let registry: TestRegistry
let pki: TestPki
let podman: Podman
let containerd: Containerd | undefined
let work: string
let amd64: TestImage
let arm64: TestImage
/** `podman save -m` of localhost/built:amd64 and localhost/built:arm64. */
let multiArchive: string

beforeAll(async () => {
  registry = await startRegistry()
  pki = await makePki()
  podman = await startPodman()
  work = await lowercaseTempDir('signet-peers')
  ;({ amd64, arm64 } = await makeTwoPlatforms(join(work, 'build'), 'peers'))
  for (const image of [amd64, arm64]) {
    const id = (await podman.run(['pull', '-q', `oci:${image.dir}:${image.tag}`])).trim()
    await podman.run(['tag', id, `localhost/built:${image.tag}`])
  }
  multiArchive = join(work, 'multi.tar')
  await podman.run(['save', '-m', '-o', multiArchive, 'localhost/built:amd64', 'localhost/built:arm64'])
}, 120_000)
afterAll(async () => {
  await containerd?.stop()
  await podman?.stop()
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

const signInputs = (repository: string, manifests: string[]) =>
  signInputsFor(registry.host, pki)(repository, manifests)
const verifyInputs = (image: string, extra: Record<string, string> = {}) =>
  verifyInputsFor(registry.host, pki.rootPem)(image, extra)
/** What podman pulls for `platform` of `image` (plain HTTP): the image's config digest. */
const podmanPull = async (platform: string, image: string) =>
  `sha256:${(await podman.run(['pull', '-q', '--tls-verify=false', '--platform', platform, image])).trim()}`
/** The config digest podman gives an image (its ID). */
const podmanConfig = async (reference: string) =>
  `sha256:${(await podman.run(['image', 'inspect', '--format', '{{.Id}}', reference])).trim()}`

describe('podman save -m: one archive, several images', () => {
  test('without a selector the images are listed; :REF and :@N pick one, as skopeo does', async () => {
    const error = await runSign(
      signInputs('peers/unpicked', [`docker-archive:${multiArchive} scenario=x`])
    ).then(
      () => undefined,
      (caught: unknown) => caught as SignetError
    )
    expect(error).toBeInstanceOf(SignetError)
    expect(error!.exitCode).toBe(2)
    expect(error!.message).toContain('Its images: @0 localhost/built:amd64, @1 localhost/built:arm64.')

    const signed = await runSign(
      signInputs('peers/app', [
        `docker-archive:${multiArchive}:@0 scenario=x86`,
        `docker-archive:${multiArchive}:localhost/built:arm64 scenario=arm`
      ])
    )
    expect(signed.manifests.map(entry => entry.platform)).toEqual(['linux/amd64', 'linux/arm64/v8'])
    const verified = await runVerify(verifyInputs(`${registry.host}/peers/app:1.0`))
    expect(verified.images[0].reasons).toEqual([])

    // podman, pulling the signed index by platform, gets the image it saved as localhost/built:arm64.
    const pulled = await podmanPull('linux/arm64', `${registry.host}/peers/app:1.0`)
    expect(pulled).toBe(await podmanConfig('localhost/built:arm64'))
    expect(pulled).toBe(arm64.config.digest)
  })

  test("podman's oci-dir names the image localhost/built:arm64; oci-layout:DIR:localhost/built:arm64 reads it", async () => {
    const dir = join(work, 'oci-dir')
    await podman.run(['save', '--format', 'oci-dir', '-o', dir, 'localhost/built:arm64'])
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as ImageIndex
    expect(index.manifests.map(entry => entry.annotations?.['org.opencontainers.image.ref.name'])).toEqual([
      'localhost/built:arm64'
    ])
    const signed = await runSign(
      signInputs('peers/ocidir', [`oci-layout:${dir}:localhost/built:arm64 scenario=arm`])
    )
    expect(signed.manifests[0].digest).toBe(index.manifests[0].digest)
    expect(signed.manifests[0].platform).toBe('linux/arm64/v8')
  })
})

describe('ctr images export --platform', () => {
  test('the archive holds the whole index but one platform: the entry its manifest.json names is read', async () => {
    containerd = await startContainerd()
    const image = `${registry.host}/peers/ctr:1.0`
    const source = await runSign(
      signInputs('peers/ctr', [
        `oci-layout:${amd64.dir}:${amd64.tag} scenario=x86`,
        `oci-layout:${arm64.dir}:${arm64.tag} scenario=arm`
      ])
    )
    await containerd.ctr([
      'images',
      'pull',
      '--plain-http',
      '--snapshotter',
      'native',
      '--platform',
      'linux/arm64/v8',
      image
    ])
    const archive = join(work, 'ctr.tar')
    await containerd.ctr(['images', 'export', '--platform', 'linux/arm64/v8', archive, image])

    // What ctr wrote: the root is the signed index itself; the amd64 manifest is not in the archive.
    const unpacked = join(work, 'ctr-unpacked')
    await mkdir(unpacked)
    await promisify(execFile)('tar', ['-xf', archive, '-C', unpacked])
    const root = JSON.parse(await readFile(join(unpacked, 'index.json'), 'utf8')) as ImageIndex
    expect(root.manifests.map(entry => entry.digest)).toEqual([source.digest])
    const blobs = await readdir(join(unpacked, 'blobs', 'sha256'))
    expect(blobs).toContain(arm64.manifest.digest.slice('sha256:'.length))
    expect(blobs).not.toContain(amd64.manifest.digest.slice('sha256:'.length))

    const signed = await runSign(signInputs('peers/from-ctr', [`docker-archive:${archive} scenario=arm`]))
    expect(signed.manifests.map(entry => [entry.digest, entry.platform])).toEqual([
      [arm64.manifest.digest, 'linux/arm64/v8']
    ])
  })
})

describe('an ambiguous platform, pulled by podman', () => {
  test('podman silently takes the first entry of the platform: sign warns, verify by platform refuses', async () => {
    const other = await makeOciLayout({
      dir: join(work, 'build'),
      tag: 'amd64-other',
      platform: { os: 'linux', architecture: 'amd64' },
      seed: 'peers-amd64-other'
    })
    const log = recordingLog()
    await runSign(
      signInputs('peers/ambiguous', [
        `oci-layout:${amd64.dir}:${amd64.tag} scenario=kernel-3.10`,
        `oci-layout:${other.dir}:${other.tag} scenario=kernel-5.15`
      ]),
      { log }
    )
    expect(log.lines.some(line => /^warning: Entries share a platform \(linux\/amd64/.test(line))).toBe(true)
    const pulled = await podmanPull('linux/amd64', `${registry.host}/peers/ambiguous:1.0`)
    expect(pulled).toBe(amd64.config.digest)
    const byPlatform = await runVerify(
      verifyInputs(`${registry.host}/peers/ambiguous:1.0`, { platform: 'linux/amd64' })
    )
    expect(byPlatform.verified).toBe(false)
    expect(byPlatform.images[0].reasons[0]).toMatch(
      /is ambiguous: 2 entries match .*select one with 'scenario'/
    )
  })
})

describe("the verified store, opened with the README's commands", () => {
  /** The ```sh block under "Use the verified store with skopeo, umoci and podman", a command a line. */
  async function readmeCommands(): Promise<string[]> {
    const readme = await readFile('README.md', 'utf8')
    const section = readme.split('### Use the verified store with skopeo, umoci and podman')[1]
    const block = /```sh\n([\s\S]*?)```/.exec(section ?? '')
    expect(block).not.toBeNull()
    return block![1].split('\n').filter(line => line.trim() !== '')
  }

  test('each command opens the verified entry (a scenario of a two-platform index)', async () => {
    const store = join(work, 'verified')
    const image = `${registry.host}/peers/app:1.0`
    const inputs = inputSource({ mode: 'verify', ...verifyInputs(image, { scenario: 'arm', store }) })
    const run = await runVerifyMode(inputs, { log: silentLog, maskSecret: () => undefined, env: {} })
    expect(run.result.images[0].reasons).toEqual([])
    const ref = run.result.images[0].ref!
    const armDigest = run.result.images[0].digest!
    expect(ref).toBe(`${registry.host}/peers/app@${armDigest}`)

    const commands = await readmeCommands()
    expect(commands.map(line => line.split(' ')[0])).toEqual([
      'skopeo',
      'skopeo',
      'skopeo',
      'umoci',
      'podman'
    ])
    const runnerTemp = await lowercaseTempDir('signet-runner-temp')
    const outputs: string[] = []
    for (const command of commands) {
      // podman runs sandboxed here; the line itself is the README's.
      const script = `podman() { command podman ${podman.flags.join(' ')} "$@"; }\n${command}`
      const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], {
        env: { ...process.env, STORE: store, REF: ref, IMAGE: image, RUNNER_TEMP: runnerTemp },
        maxBuffer: 16 * 1024 * 1024
      })
      outputs.push(stdout)
    }
    const [byRef, byTag] = outputs
      .slice(0, 2)
      .map(text => JSON.parse(text) as { Digest: string; Architecture: string })
    expect(byRef.Digest).toBe(armDigest)
    expect(byRef.Architecture).toBe('arm64')
    expect(byTag.Digest).toBe(armDigest)
    // skopeo's archive holds the arm64 config; umoci's bundle the arm64 layer's file; podman the arm64 image.
    const copied = (
      await tool('skopeo', ['inspect', '--config', `docker-archive:${join(runnerTemp, 'verified.tar')}`])
    ).toString()
    expect(JSON.parse(copied).architecture).toBe('arm64')
    expect((await readdir(join(runnerTemp, 'bundle', 'rootfs', 'layer-0'))).sort()).toEqual(['data.bin'])
    expect(`sha256:${outputs[4].trim().split('\n').pop()}`).toBe(arm64.config.digest)

    // The amd64 entry was never selected, so none of its blobs are in the store: nothing names it.
    const stored = await readdir(join(store, 'blobs', 'sha256'))
    expect(stored).not.toContain(amd64.config.digest.slice('sha256:'.length))
  })
})
