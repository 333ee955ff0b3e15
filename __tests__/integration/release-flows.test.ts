/**
 * The release flows users really run, against a real docker-registry with skopeo as the peer:
 * docker/build-push-action's output (an index of one image + its provenance attestation) as a source,
 * ambiguous platforms, a repository copied with `skopeo sync` (its referrers tag index rewritten), and
 * re-runs of the bundled action (dist/index.js: build it with `npm run package`) publishing nothing new.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { SignetError } from '../../src/util/errors.js'
import { sha256Digest } from '../../src/oci/digest.js'
import { RegistryClient } from '../../src/oci/registry.js'
import { EMPTY_DESCRIPTOR, MediaType, type Descriptor, type ImageIndex } from '../../src/oci/types.js'
import { runBuiltAction } from '../helpers/built-action.js'
import { addBuildkitIndex, IN_TOTO, makeTwoPlatforms, type BuildkitIndex } from '../helpers/buildkit.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { rawManifest, tagsOf, tool } from '../helpers/independent.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { recordingLog, runSign, runVerify, signInputsFor, verifyInputsFor } from '../helpers/signet.js'

let registry: TestRegistry
let pki: TestPki
let amd64: TestImage
let arm64: TestImage
let work: string
/** build-push-action's output for amd64, in amd64's layout and pushed as ci/app@<index>. */
let built: BuildkitIndex

const ENV = { SOURCE_DATE_EPOCH: '1700000000' }

beforeAll(async () => {
  registry = await startRegistry({ countRequests: true })
  pki = await makePki()
  work = await mkdtemp(join(tmpdir(), 'signet-release-flows-'))
  ;({ amd64, arm64 } = await makeTwoPlatforms(join(work, 'build'), 'flows'))
  built = await addBuildkitIndex([amd64], 'amd64-build')
  // What build-push-action pushes with push-by-digest: the index (and its children) under the digest.
  await copyAll(`oci:${amd64.dir}:amd64-build`, `ci/app:amd64-build`)
  await copyAll(`oci:${arm64.dir}:arm64`, `ci/app:arm64`)
})
afterAll(async () => {
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

async function copyAll(source: string, destination: string): Promise<void> {
  await tool('skopeo', [
    'copy',
    '--all',
    '--preserve-digests',
    '--dest-tls-verify=false',
    source,
    `docker://${registry.host}/${destination}`
  ])
}

const signInputs = (repository: string, manifests: string[]) =>
  signInputsFor(registry.host, pki)(repository, manifests)
const verifyInputs = (image: string, extra: Record<string, string> = {}) =>
  verifyInputsFor(registry.host, pki.rootPem)(image, extra)

async function indexOf(repository: string, reference: string): Promise<ImageIndex> {
  const { status, bytes } = await rawManifest(registry.host, repository, reference)
  expect(status).toBe(200)
  return JSON.parse(bytes.toString('utf8')) as ImageIndex
}

async function rejection(promise: Promise<unknown>): Promise<SignetError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(SignetError)
  return error as SignetError
}

describe("docker/build-push-action's output (an image + its attestation) as a manifests source", () => {
  test('registry source: the attestation is carried into the index, pointing at its image', async () => {
    const log = recordingLog()
    const signed = await runSign(
      signInputs('release/app', [
        `${registry.host}/ci/app@${built.index.digest} scenario=kernel-5.15`,
        `${registry.host}/ci/app@${arm64.manifest.digest} scenario=kernel-4.19.90`
      ]),
      { env: ENV, log }
    )
    expect(signed.manifests.map(entry => entry.digest)).toEqual([
      amd64.manifest.digest,
      arm64.manifest.digest
    ])
    const index = await indexOf('release/app', signed.digest)
    expect(index.manifests.map(entry => entry.digest)).toEqual([
      amd64.manifest.digest,
      arm64.manifest.digest,
      built.attestation.digest
    ])
    // As BuildKit wrote it: unknown/unknown, and its reference annotation names the amd64 entry.
    expect(index.manifests[2]).toEqual(built.attestation)
    expect(index.manifests[2].annotations?.['vnd.docker.reference.digest']).toBe(index.manifests[0].digest)
    expect(log.lines.join('\n')).toMatch(/\+1 attestation/)

    // The peer: skopeo copies the whole index, attestation included, from the release repository.
    const copy = join(work, 'copy')
    await tool('skopeo', [
      'copy',
      '--all',
      '--src-tls-verify=false',
      `docker://${registry.host}/release/app:1.0`,
      `oci:${copy}:all`
    ])
    const inTotoLayer = built.attestationBlobs[1]
    expect(inTotoLayer.mediaType).toBe(IN_TOTO)
    const copied = await tool('skopeo', ['inspect', '--raw', `oci:${copy}:all`])
    expect(JSON.parse(copied.toString()).manifests[2]).toEqual(built.attestation)
    // …and picking by platform, it takes the image, never the attestation.
    for (const arch of ['amd64', 'arm64']) {
      const config = await tool('skopeo', [
        'inspect',
        '--config',
        '--override-os',
        'linux',
        '--override-arch',
        arch,
        '--tls-verify=false',
        `docker://${registry.host}/release/app:1.0`
      ])
      expect(JSON.parse(config.toString()).architecture).toBe(arch)
    }
  })

  test('an oci-layout source holding the same output gives the same index digest', async () => {
    const fromRegistry = await runSign(
      signInputs('release/same', [
        `${registry.host}/ci/app@${built.index.digest} scenario=kernel-5.15`,
        `${registry.host}/ci/app@${arm64.manifest.digest} scenario=kernel-4.19.90`
      ]),
      { env: ENV }
    )
    const fromLayout = await runSign(
      signInputs('release/same', [
        `oci-layout:${amd64.dir}:amd64-build scenario=kernel-5.15`,
        `oci-layout:${arm64.dir}:arm64 scenario=kernel-4.19.90`
      ]),
      { env: ENV }
    )
    expect(fromLayout.digest).toBe(fromRegistry.digest)
  })

  test('verify re-hashes the attestation with everything else; no selection ever picks it', async () => {
    const image = `${registry.host}/release/app:1.0`
    const start = registry.requests.length
    const all = await runVerify(verifyInputs(image))
    expect(all.images[0].reasons).toEqual([])
    expect(all.verified).toBe(true)
    const fetched = registry.requests.slice(start)
    for (const blob of built.attestationBlobs) {
      expect(fetched).toContain(`GET /v2/release/app/blobs/${blob.digest}`)
    }
    expect(all.images[0].selected.map(entry => entry.digest)).toContain(built.attestation.digest)

    const byScenario = await runVerify(verifyInputs(image, { scenario: 'kernel-5.15' }))
    expect(byScenario.images[0].digest).toBe(amd64.manifest.digest)
    const byPlatform = await runVerify(verifyInputs(image, { platform: 'linux/amd64' }))
    expect(byPlatform.images[0].reasons).toEqual([])
    expect(byPlatform.images[0].digest).toBe(amd64.manifest.digest)
    const unknown = await runVerify(verifyInputs(image, { platform: 'unknown/unknown' }))
    expect(unknown.verified).toBe(false)
    expect(unknown.images[0].reasons[0]).toMatch(
      /no entry has platform unknown\/unknown \(platforms: linux\/amd64, linux\/arm64\/v8\)$/
    )
  })

  test('a tampered attestation layer fails verify', async () => {
    // A registry copy whose in-toto blob is replaced: same digest claimed, other bytes served.
    const { storageDir } = registry
    const layer = built.attestationBlobs[1]
    const hex = layer.digest.slice('sha256:'.length)
    const file = join(storageDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data')
    const original = await readFile(file)
    await writeFile(file, Buffer.from(original.toString().replace('mobyproject', 'MOBYPROJECT')))
    try {
      const result = await runVerify(verifyInputs(`${registry.host}/release/app:1.0`))
      expect(result.verified).toBe(false)
      expect(result.images[0].reasons[0]).toContain(`layer ${layer.digest}`)
    } finally {
      await writeFile(file, original)
    }
  })

  test('a real multi-platform index is refused, its entries listed; nothing is pushed', async () => {
    const multi = await addBuildkitIndex([amd64, arm64], 'multi')
    await copyAll(`oci:${amd64.dir}:multi`, 'ci/app:multi')
    const error = await rejection(
      runSign(signInputs('release/refused', [`${registry.host}/ci/app@${multi.index.digest} scenario=x`]))
    )
    expect(error.exitCode).toBe(2)
    expect(error.message).toContain(`is a multi-platform index (${multi.index.digest}) with 2 images`)
    expect(error.message).toContain(`${amd64.manifest.digest} (linux/amd64)`)
    expect(error.message).toContain(`${arm64.manifest.digest} (linux/arm64/v8)`)
    expect(error.message).toContain(`(attestation of ${amd64.manifest.digest})`)
    expect(await tagsOf(registry.host, 'release/refused')).toEqual([])

    const fromLayout = await rejection(
      runSign(signInputs('release/refused', [`oci-layout:${amd64.dir}:multi scenario=x`]))
    )
    expect(fromLayout.message).toMatch(
      /multi-platform image index.*Its platform manifests: linux\/amd64 @sha256/
    )
    expect(await tagsOf(registry.host, 'release/refused')).toEqual([])
  })
})

describe('ambiguous platforms', () => {
  test('sign warns when entries share a platform; verify by that platform is an error listing them', async () => {
    const other = await makeOciLayout({
      platform: { os: 'linux', architecture: 'amd64' },
      seed: 'other-amd64'
    })
    const log = recordingLog()
    await runSign(
      signInputs('ambiguous/app', [
        `oci-layout:${amd64.dir}:${amd64.tag} scenario=kernel-3.10`,
        `oci-layout:${other.dir}:${other.tag} scenario=kernel-5.15`
      ]),
      { log }
    )
    expect(log.lines.filter(line => line.startsWith('warning:'))).toEqual([
      'warning: Entries share a platform (linux/amd64: kernel-3.10 and kernel-5.15): docker, podman and containerd pulling by platform silently take the first; only a scenario selects the others.'
    ])
    const image = `${registry.host}/ambiguous/app:1.0`
    const byPlatform = await runVerify(verifyInputs(image, { platform: 'linux/amd64' }))
    expect(byPlatform.verified).toBe(false)
    expect(byPlatform.images[0].reasons[0]).toBe(
      `platform linux/amd64 is ambiguous: 2 entries match (${amd64.manifest.digest} linux/amd64 [kernel-3.10]; ${other.manifest.digest} linux/amd64 [kernel-5.15]); select one with 'scenario' instead`
    )
    const byScenario = await runVerify(
      verifyInputs(image, { scenario: 'kernel-5.15', platform: 'linux/amd64' })
    )
    expect(byScenario.images[0].digest).toBe(other.manifest.digest)
  })
})

describe('a repository copied with skopeo sync', () => {
  test('its rewritten referrers tag index lacks artifactType; the signatures are still found', async () => {
    const signed = await runSign(
      signInputs('sync/app', [`oci-layout:${arm64.dir}:${arm64.tag} scenario=kernel-4.19.90`])
    )
    await tool('skopeo', [
      'sync',
      '--all',
      '--src',
      'docker',
      '--dest',
      'docker',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `${registry.host}/sync/app`,
      `${registry.host}/mirror`
    ])
    const tag = signed.digest.replace(':', '-')
    const original = await indexOf('sync/app', tag)
    const copied = await indexOf('mirror/app', tag)
    expect(original.manifests.map(entry => entry.artifactType)).toEqual([
      'application/vnd.cncf.notary.signature'
    ])
    // The peer's rewrite: same signature manifest, no artifactType on the entry.
    expect(copied.manifests.map(entry => entry.digest)).toEqual(original.manifests.map(entry => entry.digest))
    expect(copied.manifests.map(entry => entry.artifactType)).toEqual([undefined])

    const result = await runVerify(
      verifyInputs(`${registry.host}/mirror/app:1.0`, { scenario: 'kernel-4.19.90' })
    )
    expect(result.images[0].reasons).toEqual([])
    expect(result.verified).toBe(true)
    expect(result.images[0].signatures.map(signature => signature.digest)).toEqual([
      original.manifests[0].digest
    ])
  })
})

describe('untyped referrers entries that are not signatures', () => {
  /** Adds, untyped as skopeo sync leaves entries, an SBOM-like referrer of `subject` to its referrers tag. */
  async function addUntypedReferrer(repository: string, subject: Descriptor): Promise<string> {
    const client = new RegistryClient({ insecureRegistries: [registry.host] })
    try {
      const repo = client.repository({ registry: registry.host, repository })
      const sbom = Buffer.from('{"sbom":true}')
      const layer = { mediaType: 'application/spdx+json', digest: sha256Digest(sbom), size: sbom.length }
      await repo.pushBlob(EMPTY_DESCRIPTOR, () => Buffer.from('{}'))
      await repo.pushBlob(layer, () => sbom)
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MediaType.OciManifest,
          artifactType: 'application/spdx+json',
          config: EMPTY_DESCRIPTOR,
          layers: [layer],
          subject
        })
      )
      const pushed = await repo.pushManifest(manifest, MediaType.OciManifest)
      const tag = subject.digest.replace(':', '-')
      const current = await rawManifest(registry.host, repository, tag)
      const index: ImageIndex =
        current.status === 200
          ? (JSON.parse(current.bytes.toString('utf8')) as ImageIndex)
          : { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] }
      index.manifests.push({
        mediaType: MediaType.OciManifest,
        digest: pushed.descriptor.digest,
        size: manifest.length
      })
      await repo.pushManifest(Buffer.from(JSON.stringify(index)), MediaType.OciIndex, tag)
      return pushed.descriptor.digest
    } finally {
      await client.close()
    }
  }

  test('are skipped: they neither count as rejected signatures nor stand in for a missing one', async () => {
    const signed = await runSign(
      signInputs('untyped/signed', [`oci-layout:${arm64.dir}:${arm64.tag} scenario=arm`])
    )
    const index = {
      mediaType: MediaType.OciIndex,
      digest: signed.digest,
      size: (await rawManifest(registry.host, 'untyped/signed', signed.digest)).bytes.length
    }
    await addUntypedReferrer('untyped/signed', index)
    const result = await runVerify(verifyInputs(`${registry.host}/untyped/signed:1.0`))
    expect(result.verified).toBe(true)
    expect(result.images[0].signatures).toHaveLength(1)
    expect(result.images[0].signatures[0].verified).toBe(true)

    // An unsigned image whose only referrer is an untyped SBOM: no signature, as before.
    await copyAll(`oci:${arm64.dir}:${arm64.tag}`, 'untyped/unsigned:1.0')
    await addUntypedReferrer('untyped/unsigned', arm64.manifest)
    const unsigned = await runVerify(verifyInputs(`${registry.host}/untyped/unsigned:1.0`))
    expect(unsigned.verified).toBe(false)
    expect(unsigned.images[0].reasons).toEqual([`no signature found for ${arm64.manifest.digest}`])
    expect(unsigned.images[0].signatures).toEqual([])
  })
})

describe('re-running a release job (the bundled action)', () => {
  const SHA = 'a'.repeat(40)
  const actionInputs = (repository: string) => ({
    mode: 'sign',
    ...signInputs(repository, [`oci-layout:${arm64.dir}:${arm64.tag} scenario=kernel-4.19.90`]),
    'sign-platform-manifests': 'true',
    'scenario-annotation': 'dev.signet.scenario'
  })
  const createdOf = async (repository: string, digest: string) =>
    (await indexOf(repository, digest)).annotations?.['org.opencontainers.image.created']

  test('the same commit gives the same index and reuses its signatures (created = the push event commit time)', async () => {
    const event = join(work, 'event.json')
    await writeFile(
      event,
      JSON.stringify({
        ref: 'refs/tags/v1.0',
        head_commit: { id: SHA, timestamp: '2026-11-29T10:00:00+01:00', message: 'release' }
      })
    )
    const github = {
      GITHUB_SHA: SHA,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SERVER_URL: 'https://github.com'
    }
    const first = await runBuiltAction(actionInputs('rerun/app'), { env: github })
    expect(first.stdout).not.toMatch(/::error::/)
    expect(first.code).toBe(0)
    const again = await runBuiltAction(actionInputs('rerun/app'), { env: github })
    expect(again.code).toBe(0)
    expect(again.outputs.digest).toBe(first.outputs.digest)
    expect(again.outputs['signature-digests']).toBe(first.outputs['signature-digests'])
    expect(again.stdout).toMatch(/already signed by this certificate chain/)
    expect(await createdOf('rerun/app', first.outputs.digest)).toBe('2026-11-29T09:00:00Z')
    expect(first.stdout).toContain(
      'Index created time 2026-11-29T09:00:00Z: commit time from the event payload'
    )
    // Only one signature per subject exists: the re-run pushed none.
    const referrers = await indexOf('rerun/app', first.outputs.digest.replace(':', '-'))
    expect(referrers.manifests).toHaveLength(1)
  })

  test('without a payload naming the commit, its time comes from git log in the checkout', async () => {
    const checkout = join(work, 'checkout')
    const git = (...args: string[]) =>
      promisify(execFile)('git', ['-C', checkout, ...args], {
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'a',
          GIT_AUTHOR_EMAIL: 'a@example.com',
          GIT_COMMITTER_NAME: 'a',
          GIT_COMMITTER_EMAIL: 'a@example.com',
          GIT_COMMITTER_DATE: '@1700000000 +0000'
        }
      })
    await mkdir(checkout)
    await git('init', '-q')
    await git('commit', '-q', '--allow-empty', '-m', 'release')
    const sha = (await git('rev-parse', 'HEAD')).stdout.trim()
    const github = { GITHUB_SHA: sha, GITHUB_WORKSPACE: checkout, GITHUB_EVENT_NAME: 'workflow_dispatch' }
    const first = await runBuiltAction(actionInputs('rerun/git'), { env: github })
    expect(first.code).toBe(0)
    expect(await createdOf('rerun/git', first.outputs.digest)).toBe('2023-11-14T22:13:20Z')
    const again = await runBuiltAction(actionInputs('rerun/git'), { env: github })
    expect(again.outputs.digest).toBe(first.outputs.digest)

    // SOURCE_DATE_EPOCH still wins; with nothing to go by, created is now (and the digest moves).
    const pinned = await runBuiltAction(actionInputs('rerun/git'), {
      env: { ...github, SOURCE_DATE_EPOCH: '1600000000' }
    })
    expect(await createdOf('rerun/git', pinned.outputs.digest)).toBe('2020-09-13T12:26:40Z')
    const unpinned = await runBuiltAction(actionInputs('rerun/now'))
    const created = await createdOf('rerun/now', unpinned.outputs.digest)
    expect(Math.abs(Date.parse(created!) - Date.now())).toBeLessThan(60_000)
  })
})
