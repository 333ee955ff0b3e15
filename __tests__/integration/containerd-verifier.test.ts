/**
 * The node gate against containerd 2.1.9 (Debian forky/sid's, in a temp root) and a real docker-registry:
 * `signet containerd-verifier install` writes the verifier into containerd's bin_dir, and `ctr images
 * pull` (the transfer service, which runs the verifiers) pulls a Signet-signed multi-arch index, whole
 * and one platform, and is refused an unsigned image, one signed under another root, a tag moved to an
 * index whose signature covers another digest, and an image whose signature registry is unreachable
 * (pulled through a hosts.toml mirror), with Signet's reason in ctr's error. CRI's PullImage (the
 * kubelet's call) is judged the same, unless a CRI setting makes containerd fall back to its local pull,
 * which no verifier sees. Without the verifier all of them pull (the control). The verifier is also called directly with containerd's arguments: the
 * decision is on the digest given, never the tag read again, the verify step and the node reach the
 * same verdicts from one rules file, and each call is timed, cold and warm, against containerd's 10 s.
 *
 * The CLI is bundled from src/ (scripts/build-cli.mjs) into a temp dir first, so this tests the code, not a stale dist/
 * (in CI, dist/ itself: .ci/run checked it is the source's bundle).
 */
import { execFile } from 'node:child_process'
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join, resolve as resolvePath } from 'node:path'
import { promisify } from 'node:util'
import { ensureTools } from '../../scripts/ensure-tools.mjs'
import { RegistryClient } from '../../src/oci/registry.js'
import type { Descriptor, ImageIndex } from '../../src/oci/types.js'
import { makeTwoPlatforms } from '../helpers/buildkit.js'
import { attachSignature, craftJws, pushUnsigned } from '../helpers/craft.js'
import { startContainerd2, run, type Containerd2, type CtrRun } from '../helpers/containerd2.js'
import { criPullImage } from '../helpers/cri.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { lowercaseTempDir } from '../helpers/peers.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { runSign, signInputsFor } from '../helpers/signet.js'

ensureTools(['docker-registry', 'skopeo', 'umoci', 'containerd2'])

const DESCRIPTOR_TYPE = 'application/vnd.oci.descriptor.v1+json'

let registry: TestRegistry
let containerd: Containerd2
let pki: TestPki
let otherPki: TestPki
let work: string
let cli: string
let wrapper: string
/** A loopback port nothing listens on: the name a hosts.toml mirror stands in for. */
let deadHost: string
let hostsDir: string
let amd64: TestImage
let arm64: TestImage
const images: Record<'signed' | 'unsigned' | 'otherRoot' | 'moved' | 'noPlatformSignatures', Descriptor> =
  {} as never

const ref = (repository: string, tag = '1.0') => `${registry.host}/${repository}:${tag}`

beforeAll(async () => {
  work = await lowercaseTempDir('signet-node')
  // The bundle is what a node runs. In CI, dist/ was just checked to be what `npm run package` makes of
  // this source; elsewhere it may be older than the source, so the CLI is bundled from src/ here as
  // `npm run package` bundles it (or SIGNET_CLI_BUNDLE names a directory where that was done).
  cli =
    process.env.SIGNET_CLI_BUNDLE ?? (process.env.CI === 'true' ? resolvePath('dist/cli') : join(work, 'cli'))
  if (cli === join(work, 'cli')) await promisify(execFile)(process.execPath, ['scripts/build-cli.mjs', cli])
  registry = await startRegistry()
  deadHost = `127.0.0.1:${await unusedPort()}`
  pki = await makePki()
  otherPki = await makePki({ rootSubject: 'C=US, O=Elsewhere, CN=Other Root' })
  await writeFile(join(work, 'root.pem'), pki.rootPem)
  await writeFile(
    join(work, 'rules.yml'),
    [
      'version: 1',
      'rules:',
      `  - match: "${registry.host}/node/**"`,
      '    verify: { trust-roots: root.pem, identities: ["*"] }',
      `  - match: "${deadHost}/node/**"`,
      '    verify: { trust-roots: root.pem, identities: ["*"] }',
      '  - match: "**"',
      '    verify: reject',
      ''
    ].join('\n')
  )
  ;({ amd64, arm64 } = await makeTwoPlatforms(join(work, 'build'), 'node'))
  const manifests = [
    `oci-layout:${amd64.dir}:${amd64.tag} scenario=a`,
    `oci-layout:${arm64.dir}:${arm64.tag} scenario=b`
  ]
  const sign = (repository: string, signer: TestPki, extra: Record<string, string> = {}) =>
    runSign({ ...signInputsFor(registry.host, signer)(repository, manifests), ...extra })
  const descriptorOf = async (repository: string, tag = '1.0') => resolve(repository, tag)
  await sign('node/signed', pki)
  images.signed = await descriptorOf('node/signed')
  // Its own image: the index's amd64 image is signed wherever the index is.
  const lone = await makeOciLayout({ dir: join(work, 'build'), tag: 'lone', seed: 'node-lone' })
  await pushUnsigned(registry.host, 'node/unsigned', '1.0', lone)
  images.unsigned = await descriptorOf('node/unsigned')
  await sign('node/other-root', otherPki)
  images.otherRoot = await descriptorOf('node/other-root')
  await sign('node/no-platform-signatures', pki, { 'sign-platform-manifests': 'false' })
  images.noPlatformSignatures = await descriptorOf('node/no-platform-signatures')
  // The moved tag: a signed index A, then an index B (A with one more annotation) carrying A's own
  // signature, and the tag moved to B. B's signature is valid, but it covers A's digest.
  await sign('node/moved', pki)
  const first = await resolve('node/moved', '1.0')
  const index = await fetchIndex('node/moved', first.digest)
  const moved = Buffer.from(
    JSON.stringify({ ...index, annotations: { ...index.annotations, 'org.example.moved': 'yes' } })
  )
  images.moved = await pushManifest('node/moved', moved, first.mediaType, '1.0')
  await attachSignature(
    registry.host,
    'node/moved',
    images.moved,
    craftJws(first, { key: pki.key, chain: pki.chain }),
    pki.chain
  )
  // The mirror: pulls of deadHost/… go to the registry, while the signatures stay at deadHost.
  hostsDir = join(work, 'hosts')
  await mkdir(join(hostsDir, deadHost), { recursive: true })
  await writeFile(
    join(hostsDir, deadHost, 'hosts.toml'),
    [
      `server = "http://${registry.host}"`,
      `[host."http://${registry.host}"]`,
      '  capabilities = ["pull", "resolve"]',
      ''
    ].join('\n')
  )
  // The registry itself over plain HTTP, for CRI (which reads registries from hosts.toml only).
  await mkdir(join(hostsDir, registry.host), { recursive: true })
  await writeFile(
    join(hostsDir, registry.host, 'hosts.toml'),
    [
      `server = "http://${registry.host}"`,
      `[host."http://${registry.host}"]`,
      '  capabilities = ["pull", "resolve"]',
      ''
    ].join('\n')
  )
  containerd = await startContainerd2()
  const installed = await run(
    process.execPath,
    [
      join(cli, 'index.js'),
      'containerd-verifier',
      'install',
      '--bin-dir',
      containerd.binDir,
      '--rules',
      join(work, 'rules.yml'),
      '--insecure-registries',
      registry.host,
      '--insecure-registries',
      deadHost,
      '--cache-dir',
      join(work, 'verdicts')
    ],
    '',
    work
  )
  expect(installed).toMatchObject({ code: 0, stderr: '' })
  wrapper = join(containerd.binDir, 'signet')
}, 600_000)

afterAll(async () => {
  await containerd?.stop()
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

async function unusedPort(): Promise<number> {
  const { createServer } = await import('node:net')
  const server = createServer()
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise<void>(done => server.close(() => done()))
  return port
}

async function withRepository<T>(
  repository: string,
  body: (repo: ReturnType<RegistryClient['repository']>) => Promise<T>
): Promise<T> {
  const client = new RegistryClient({ insecureRegistries: [registry.host] })
  try {
    return await body(client.repository({ registry: registry.host, repository }))
  } finally {
    await client.close()
  }
}

const resolve = (repository: string, reference: string) =>
  withRepository(repository, repo => repo.resolve(reference))
const fetchIndex = (repository: string, digest: string) =>
  withRepository(repository, async repo => (await repo.fetchManifest(digest)).manifest as ImageIndex)
const pushManifest = (repository: string, bytes: Buffer, mediaType: string, tag: string) =>
  withRepository(repository, async repo => (await repo.pushManifest(bytes, mediaType, tag)).descriptor)

/** `ctr images pull` through the transfer service (never --local, which skips every verifier). */
async function pull(reference: string, extra: string[] = []): Promise<CtrRun> {
  const pulled = await containerd.ctr(['images', 'pull', '--plain-http', ...extra, reference])
  await containerd.ctr(['images', 'rm', '--sync', reference])
  return pulled
}

/** The wrapper install wrote, called as containerd calls it. */
function callVerifier(name: string, descriptor: Descriptor, extra: string[] = []): Promise<CtrRun> {
  return run(
    wrapper,
    ['-name', name, '-digest', descriptor.digest, '-stdin-media-type', DESCRIPTOR_TYPE, ...extra],
    `${JSON.stringify({ mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size })}\n`
  )
}

const blockedLine = (reference: string, digest: string) =>
  `image verifier bindir blocked pull of ${reference} with digest ${digest} for reason: verifier signet rejected image`

describe('install', () => {
  test('writes an executable wrapper with the flags baked in, and no secret', async () => {
    const mode = (await stat(wrapper)).mode & 0o777
    expect(mode).toBe(0o755)
    const script = await readFile(wrapper, 'utf8')
    expect(script).toMatch(/^#!\/bin\/sh\n/)
    expect(script).toContain(`cd '${work}' ||`)
    expect(script).toContain(`'--rules=${join(work, 'rules.yml')}'`)
    expect(script).toContain(`'--cache-dir=${join(work, 'verdicts')}'`)
    expect(script).toContain(`'${join(cli, 'index.js')}'`)
    expect(script).not.toMatch(/password/)
  })
})

describe('ctr images pull through containerd 2.1.9 with the verifier installed', () => {
  test('the signed multi-arch index pulls, whole and one platform', async () => {
    const whole = await pull(ref('node/signed'))
    expect(whole.stderr).not.toMatch(/blocked/)
    expect(whole.code).toBe(0)
    const arm = await pull(ref('node/signed'), ['--platform', 'linux/arm64'])
    expect(arm.stderr).not.toMatch(/blocked/)
    expect(arm.code).toBe(0)
  })

  test.each([
    [
      'unsigned',
      'node/unsigned',
      () => images.unsigned,
      /signet rejected sha256:[0-9a-f]{64}: no signature found for sha256:/
    ],
    [
      'signed under another root',
      'node/other-root',
      () => images.otherRoot,
      /signet rejected sha256:[0-9a-f]{64}: no valid signature for sha256:.*(certificate|root|trust)/i
    ],
    [
      'tag moved to an index whose signature covers another digest',
      'node/moved',
      () => images.moved,
      /signet rejected sha256:[0-9a-f]{64}: no valid signature .*signed target differs/
    ]
  ])("%s: refused, with Signet's reason in ctr's error", async (_what, repository, image, reason) => {
    const refused = await pull(ref(repository))
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toContain(blockedLine(ref(repository), image().digest))
    expect(refused.stderr).toMatch(reason)
  })

  test('an image whose signature registry is unreachable (pulled through a mirror) is refused, saying so', async () => {
    const name = `${deadHost}/node/signed:1.0`
    const refused = await pull(name, ['--hosts-dir', hostsDir])
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toContain(`verifier signet rejected image (exit code 3)`)
    expect(refused.stderr).toMatch(
      new RegExp(
        `signet could not verify sha256:[0-9a-f]{64}, so it blocks it: .*${deadHost.replace(/\./g, '\\.')}`
      )
    )
  })

  test("the verifier ran for each pull: its log lines are in containerd's debug log", () => {
    expect(containerd.logs()).toMatch(/image_verifier=signet stream=stderr/)
  })
})

describe('CRI (kubelet) pulls through containerd 2.1.9: PullImage on its socket', () => {
  /** containerd with CRI served and the verifier install wrote copied into its bin_dir. */
  const withCri = async (imageConfig: string[] = []) => {
    const node = await startContainerd2({ cri: { configPath: hostsDir, imageConfig } })
    await copyFile(wrapper, join(node.binDir, 'signet'))
    return node
  }

  test('by default (transfer service) the verifier judges pod images: signed pulls, unsigned is refused', async () => {
    const node = await withCri()
    try {
      const signed = await criPullImage(node.socket, ref('node/signed'))
      expect(signed).toMatchObject({ status: 0, message: '' })
      expect(signed.imageRef).toMatch(/^sha256:/)
      const unsigned = await criPullImage(node.socket, ref('node/unsigned'))
      expect(unsigned.status).not.toBe(0)
      expect(unsigned.message).toContain(`failed to pull and unpack image "${ref('node/unsigned')}"`)
      expect(unsigned.message).toContain(blockedLine(ref('node/unsigned'), images.unsigned.digest))
      expect(unsigned.message).toMatch(/signet rejected sha256:[0-9a-f]{64}: no signature found/)
    } finally {
      await node.stop()
    }
  })

  test('a CRI image setting the transfer service lacks falls back to the local pull: no verifier runs', async () => {
    const node = await withCri(['max_concurrent_downloads = 2'])
    try {
      expect(node.logs()).toContain("Found 'MaxConcurrentDownloads' in CRI config")
      const unsigned = await criPullImage(node.socket, ref('node/unsigned'))
      expect(unsigned).toMatchObject({ status: 0, message: '' })
    } finally {
      await node.stop()
    }
  })
})

describe('the control: the same pulls without the verifier', () => {
  test('every image pulls', async () => {
    const away = join(work, 'verifier-away')
    await rename(wrapper, away)
    try {
      expect(await readdir(containerd.binDir)).toEqual([])
      const results = await Promise.all(
        ['node/signed', 'node/unsigned', 'node/other-root', 'node/moved'].map(async repository => [
          repository,
          (await pull(ref(repository))).code
        ])
      )
      expect(results).toEqual([
        ['node/signed', 0],
        ['node/unsigned', 0],
        ['node/other-root', 0],
        ['node/moved', 0]
      ])
      const mirrored = await pull(`${deadHost}/node/signed:1.0`, ['--hosts-dir', hostsDir])
      expect(mirrored.code).toBe(0)
    } finally {
      await rename(away, wrapper)
    }
  })
})

describe('the verifier called as containerd calls it', () => {
  test('the decision is on the digest given, never the tag read again', async () => {
    // The tag node/signed:1.0 names a signed index; the digest containerd resolved is the unsigned one.
    const moved = await callVerifier(ref('node/signed'), images.unsigned)
    expect(moved).toMatchObject({ code: 1 })
    expect(moved.stdout).toMatch(new RegExp(`^signet rejected ${images.unsigned.digest}: no signature found`))
    // And the other way round: the tag names an unsigned image, the resolved digest is signed.
    const signed = await callVerifier(ref('node/unsigned'), images.signed)
    // The signature lives in node/signed, not node/unsigned: the repository named is where it is looked up.
    expect(signed.code).toBe(1)
    const inPlace = await callVerifier(ref('node/signed', 'gone'), images.signed)
    expect(inPlace).toMatchObject({ code: 0 })
    expect(inPlace.stdout).toMatch(new RegExp(`^signet verified: ${images.signed.digest} is signed by `))
  })

  test('a platform manifest listed in a signed index is accepted; unlisted, or by digest alone, it is not', async () => {
    const index = await fetchIndex('node/no-platform-signatures', images.noPlatformSignatures.digest)
    const [entry] = index.manifests
    // By digest there is no tag to find the index by: the manifest's own signature is all there is.
    const byDigest = await callVerifier(`${registry.host}/node/no-platform-signatures@${entry.digest}`, entry)
    expect(byDigest).toMatchObject({ code: 1 })
    expect(byDigest.stdout).toMatch(new RegExp(`^signet rejected ${entry.digest}: no signature found`))
    // An image the index does not list, under its tag: nothing vouches for it.
    const unlisted = await callVerifier(ref('node/no-platform-signatures'), images.unsigned)
    expect(unlisted).toMatchObject({ code: 1 })
    const listed = await callVerifier(ref('node/no-platform-signatures'), entry)
    expect(listed).toMatchObject({ code: 0 })
    expect(listed.stdout).toContain(
      `${entry.digest} is listed in the signed index ${images.noPlatformSignatures.digest}`
    )
  })

  test('verify_on_run: -operation run with the wrapper on stdin re-verifies (from the cache when fresh)', async () => {
    const wrapped = (operation: string, descriptor: Descriptor) =>
      run(
        wrapper,
        [
          '-name',
          ref('node/signed'),
          '-digest',
          descriptor.digest,
          '-stdin-media-type',
          DESCRIPTOR_TYPE,
          '-operation',
          operation
        ],
        `${JSON.stringify({ operation, descriptor, annotations: { 'io.kubernetes.pod.namespace': 'default' } })}\n`
      )
    const allowed = await wrapped('run', images.signed)
    expect(allowed.code).toBe(0)
    expect(allowed.stdout).toMatch(/^signet verified: /)
    // Verified once (by this call or an earlier one), the verdict is kept: the next start asks no registry.
    const again = await wrapped('run', images.signed)
    expect(again).toMatchObject({ code: 0 })
    expect(again.stdout).toMatch(/\(kept since \d{4}-/)
    const refused = await wrapped('run', images.unsigned)
    expect(refused.code).toBe(1)
  })

  test('the verify step and the node reach the same verdicts from one rules file', async () => {
    const cases = ['node/signed', 'node/unsigned', 'node/other-root', 'node/moved', 'elsewhere/app']
    const verdicts = await Promise.all(
      cases.map(async repository => {
        // The step's run (the CLI face of it), in the directory the rules' relative paths start from.
        const step = await run(
          process.execPath,
          [
            join(cli, 'index.js'),
            'verify',
            ref(repository),
            '--rules',
            'rules.yml',
            '--insecure-registries',
            registry.host,
            '--json'
          ],
          '',
          work
        )
        const resolved = repository === 'elsewhere/app' ? images.signed : await resolve(repository, '1.0')
        const node = await callVerifier(ref(repository), resolved)
        return [repository, (JSON.parse(step.stdout) as { verified: boolean }).verified, node.code === 0]
      })
    )
    expect(verdicts).toEqual([
      ['node/signed', true, true],
      ['node/unsigned', false, false],
      ['node/other-root', false, false],
      ['node/moved', false, false],
      ['elsewhere/app', false, false]
    ])
  })

  // Each call is timed (median and worst of 20, cold and warm) and printed beside containerd's 10 s limit,
  // as the issue asks; only the cache behaviour is asserted: no speed target lives in a test.
  test('a verdict is kept: warm calls answer from the cache, cold ones verify again (each call timed)', async () => {
    const calls = 20
    const verdicts = join(work, 'verdicts')
    const time = async (cold: boolean) => {
      const times: number[] = []
      for (let i = 0; i < calls; i++) {
        if (cold) await rm(verdicts, { recursive: true, force: true })
        const started = process.hrtime.bigint()
        const called = await callVerifier(ref('node/signed'), images.signed)
        times.push(Number(process.hrtime.bigint() - started) / 1e6)
        expect(called.code).toBe(0)
        expect(called.stdout.includes('(kept since')).toBe(!cold)
      }
      times.sort((a, b) => a - b)
      return `median ${((times[calls / 2 - 1] + times[calls / 2]) / 2).toFixed(0)} ms, worst ${times[calls - 1].toFixed(0)} ms`
    }
    await callVerifier(ref('node/signed'), images.signed)
    const warm = await time(false)
    const cold = await time(true)
    process.stderr.write(
      `containerd-verifier per call (${calls} calls; containerd's per_verifier_timeout is 10 s): cold ${cold}; warm ${warm}\n`
    )
  }, 300_000)

  test('bad stdin, a missing flag, an unreadable policy: non-zero, one line, no stack trace', async () => {
    const bad = [
      await run(
        wrapper,
        ['-name', ref('node/signed'), '-digest', images.signed.digest, '-stdin-media-type', DESCRIPTOR_TYPE],
        'not json\n'
      ),
      await run(wrapper, ['-name', ref('node/signed'), '-stdin-media-type', DESCRIPTOR_TYPE], '{}\n'),
      await run(
        process.execPath,
        [
          join(cli, 'index.js'),
          'containerd-verifier',
          '--rules',
          join(work, 'missing-rules.yml'),
          '-name',
          ref('node/signed'),
          '-digest',
          images.signed.digest,
          '-stdin-media-type',
          DESCRIPTOR_TYPE
        ],
        `${JSON.stringify(images.signed)}\n`
      )
    ]
    for (const result of bad) {
      expect(result.code).toBe(2)
      expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1)
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /)
    }
    expect(bad[0].stdout).toMatch(/^signet: stdin is not JSON/)
    expect(bad[1].stdout).toMatch(/^signet: Missing flag '-digest'/)
    expect(bad[2].stdout).toMatch(/missing-rules\.yml/)
  })
})
