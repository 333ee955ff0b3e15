/**
 * The verified store with the real verify engine and a real docker-registry: recorded on a miss,
 * verified offline on a hit (no blob requests), a tampered store discarded and re-fetched, and the
 * store read by skopeo; a docker archive exported from it read by skopeo too.
 * verify reads each image through verifyWithStore's `sourceFor` (the engine's source hook).
 */
import { execFileSync } from 'node:child_process'
import { readFile, rm, writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { VerifyInputs } from '../../src/inputs/verify-inputs.js'
import { sha256Digest } from '../../src/oci/digest.js'
import { RegistryClient } from '../../src/oci/registry.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'

import { verifyWithStore } from '../../src/store/cache.js'
import { LayoutStore, writeDockerArchive } from '../../src/store/layout-store.js'
import { readInputs } from '../../src/inputs/read-inputs.js'
import { inputRequests, inputSource, recordingLog, runSign, verifyWith } from '../helpers/signet.js'

let registry: TestRegistry
let pki: TestPki
let amd64: TestImage
let arm64: TestImage
let work: string
let client: RegistryClient
let inputs: VerifyInputs

beforeAll(async () => {
  registry = await startRegistry({ countRequests: true })
  pki = await makePki()
  amd64 = await makeOciLayout({
    platform: { os: 'linux', architecture: 'amd64' },
    seed: 'store-amd64',
    layerSizes: [200_000, 3_000]
  })
  arm64 = await makeOciLayout({
    platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    seed: 'store-arm64'
  })
  await runSign({
    image: `${registry.host}/app/release:1.0`,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${amd64.dir}:${amd64.tag} scenario=x86\noci-layout:${arm64.dir}:${arm64.tag} scenario=arm`,
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem
  })
  work = await mkdtemp(join(tmpdir(), 'signet-store-it-'))
  client = new RegistryClient({ insecureRegistries: [registry.host] })
  inputs = readInputs(
    inputSource({
      mode: 'verify',
      image: `${registry.host}/app/release:1.0`,
      'insecure-registries': registry.host,
      'trust-roots': pki.rootPem,
      store: join(work, 'store')
    })
  ) as VerifyInputs
})
afterAll(async () => {
  await client?.close()
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

function runWithStore(dir: string, log = recordingLog()) {
  return verifyWithStore({
    dir,
    references: inputs.images,
    remote: reference => client.repository(reference),
    verify: (sourceFor, resolved) =>
      verifyWith(
        inputs,
        inputRequests(inputs).map((request, index) => ({ ...request, resolved: resolved[index] })),
        { log, sourceFor }
      ),
    trust: inputs.trust,
    log
  })
}

const blobGets = (requests: string[]) => requests.filter(line => /^GET \/v2\/.*\/blobs\//.test(line))

test('miss: verified from the registry and recorded; hit: verified offline with no blob requests', async () => {
  const dir = join(work, 'store')
  const first = await runWithStore(dir)
  expect(first.result.images[0].reasons).toEqual([])
  expect(first.result.verified).toBe(true)
  expect(first.fromStore).toBe(false)
  const name = `${registry.host}/app/release:1.0`
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'))
  expect(
    index.manifests.find(
      (entry: { annotations?: Record<string, string> }) =>
        entry.annotations?.['org.opencontainers.image.ref.name'] === name
    )?.digest
  ).toBe(first.result.images[0].digest)
  // the signature manifest is listed too, so the store's referrers finds it offline
  expect(
    index.manifests.some(
      (entry: { artifactType?: string }) => entry.artifactType === 'application/vnd.cncf.notary.signature'
    )
  ).toBe(true)

  const before = registry.requests.length
  const second = await runWithStore(dir)
  expect(second.result.verified).toBe(true)
  expect(second.fromStore).toBe(true)
  expect(second.result.images[0].blobs).toEqual(first.result.images[0].blobs)
  expect(second.result.images[0].signer).toBe(pki.leafSubject)
  const during = registry.requests.slice(before)
  expect(blobGets(during)).toEqual([])
  // only the tag resolution touched the registry
  expect(
    during.every(line => line.startsWith('HEAD /v2/app/release/manifests/1.0') || line === 'GET /v2/')
  ).toBe(true)

  // independent tools read the store as an OCI layout
  const inspected = JSON.parse(
    execFileSync('skopeo', ['inspect', '--override-arch', 'arm64', `oci:${dir}:${name}`]).toString()
  )
  expect(inspected.Architecture).toBe('arm64')
  // skopeo reports the digest of the manifest it resolved the name to: the signed index
  expect(inspected.Digest).toBe(first.result.images[0].digest)
  execFileSync(
    'skopeo',
    [
      'copy',
      '--preserve-digests',
      '--dest-oci-accept-uncompressed-layers',
      '--override-arch',
      'amd64',
      `oci:${dir}:${name}`,
      `oci:${join(work, 'copy')}:x`
    ],
    { stdio: 'pipe' }
  )
  expect(
    JSON.parse(execFileSync('skopeo', ['inspect', `oci:${join(work, 'copy')}:x`]).toString()).Layers
  ).toEqual(amd64.layers.map(layer => layer.digest))
})

test('a tampered store blob is detected, the store discarded with a warning, and the image re-fetched', async () => {
  const dir = join(work, 'store')
  const layer = amd64.layers[0]
  const store = await LayoutStore.open(dir)
  const bytes = await readFile(store.blobPath(layer.digest))
  bytes[1000] ^= 0xff
  await writeFile(store.blobPath(layer.digest), bytes)

  const log = recordingLog()
  const before = registry.requests.length
  const outcome = await runWithStore(dir, log)
  expect(outcome.result.verified).toBe(true)
  expect(outcome.fromStore).toBe(false)
  expect(log.lines.join('\n')).toMatch(
    new RegExp(
      `warning: The local store at .* failed verification \\(.*layer ${layer.digest} of linux/amd64: digest mismatch`
    )
  )
  expect(blobGets(registry.requests.slice(before))).toContain(`GET /v2/app/release/blobs/${layer.digest}`)
  expect(sha256Digest(await readFile(store.blobPath(layer.digest)))).toBe(layer.digest)
})

test('writeDockerArchive exports one platform image that skopeo reads as a docker archive', async () => {
  const store = await LayoutStore.open(join(work, 'store'))
  const file = join(work, 'arm64.tar')
  await writeDockerArchive(store, arm64.manifest, file, 'app/release:1.0-arm64')
  const inspected = JSON.parse(execFileSync('skopeo', ['inspect', `docker-archive:${file}`]).toString())
  expect(inspected.Architecture).toBe('arm64')
  expect(inspected.Layers).toHaveLength(arm64.layers.length)
})
