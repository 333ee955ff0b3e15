/**
 * cosign 3.1.1 signs images in a real docker-registry (2.8.2, no referrers API), offline, with keys of
 * every type it takes and in both of its formats; Signet's discovery pass and cosign key signer judge each
 * case, and so does `cosign verify --key k.pub --insecure-ignore-tlog`. The verdicts must agree, except
 * where cosign 3.1.1 rejects its own signatures (P-384, P-521, Ed25519 keys: it signs with SHA-384,
 * SHA-512 and Ed25519ph, and verifies with SHA-256 and pure Ed25519), which this test pins as such.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ensureTools } from '../../scripts/ensure-tools.mjs'
import { RegistryClient } from '../../src/oci/registry.js'
import { cosignSignatureTag, discoverSignatures } from '../../src/oci/signature-discovery.js'
import { describe as describeContent } from '../../src/oci/digest.js'
import type { Descriptor, ImageIndex, ImageManifest } from '../../src/oci/types.js'
import { CosignKeySigner } from '../../src/trust/cosign/cosign-signer.js'
import { parseCosignPublicKeys } from '../../src/trust/cosign/public-keys.js'
import type { SignerResult } from '../../src/trust/accepted-signer.js'
import { cosignIn } from '../helpers/cosign.js'
import { pushUnsigned } from '../helpers/craft.js'
import { makeOciLayout } from '../helpers/images.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'

ensureTools(['cosign', 'skopeo', 'docker-registry'])
const run = promisify(execFile)

type KeyType = 'p256' | 'p384' | 'p521' | 'rsa' | 'ed25519'
type Format = 'bundle' | 'legacy'
type Verdict = 'accepted' | 'rejected'

let registry: TestRegistry
let client: RegistryClient
let work: string
let imageCount = 0
let cosign: ReturnType<typeof cosignIn>

beforeAll(async () => {
  registry = await startRegistry({ countRequests: true })
  client = new RegistryClient({ insecureRegistries: [registry.host] })
  work = await mkdtemp(join(tmpdir(), 'signet-cosign-'))
  cosign = cosignIn(work)
  await cosign.generateKeyPair('p256')
  await cosign.generateKeyPair('other')
  const openssl: Record<Exclude<KeyType, 'p256'>, string[]> = {
    p384: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'],
    p521: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521'],
    rsa: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
    ed25519: ['-algorithm', 'ed25519']
  }
  for (const [type, args] of Object.entries(openssl)) {
    await run('openssl', ['genpkey', ...args, '-out', join(work, `${type}.pem`)])
    await cosign.cosign([
      'import-key-pair',
      '--key',
      join(work, `${type}.pem`),
      '--output-key-prefix',
      join(work, type)
    ])
  }
}, 120_000)

afterAll(async () => {
  await client?.close()
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

/** A fresh image, pushed unsigned: `host/cosign/imgN@digest`. */
async function pushImage(): Promise<{ repository: string; subject: Descriptor; reference: string }> {
  const name = `img${++imageCount}`
  const image = await makeOciLayout({ seed: `cosign-peer-${name}`, layerSizes: [512] })
  const subject = await pushUnsigned(registry.host, `cosign/${name}`, 'v1', image)
  return {
    repository: `cosign/${name}`,
    subject,
    reference: `${registry.host}/cosign/${name}@${subject.digest}`
  }
}

const cosignSign = (key: string, reference: string, format: Format) => cosign.sign(key, reference, format)

async function cosignVerdict(key: string, reference: string): Promise<Verdict> {
  return (await cosign.accepts(key, reference)) ? 'accepted' : 'rejected'
}

async function signetResult(
  key: string,
  repository: string,
  subject: Descriptor,
  on: RegistryClient = client
): Promise<SignerResult> {
  const repo = on.repository({ registry: registry.host, repository })
  const found = await discoverSignatures(repo, subject.digest, { maxArtifacts: 100 })
  const [cosignKey] = parseCosignPublicKeys(await readFile(join(work, `${key}.pub`), 'utf8'), 'cosign-key')
  return new CosignKeySigner(cosignKey).verify(subject, found)
}

const verdictOf = (result: SignerResult): Verdict => (result.matched ? 'accepted' : 'rejected')

describe.each<[KeyType, Verdict]>([
  ['p256', 'accepted'],
  ['rsa', 'accepted'],
  ['p384', 'rejected'],
  ['p521', 'rejected'],
  ['ed25519', 'rejected']
])('a %s key (cosign verify on its own signature: %s)', (key, cosignOnOwn) => {
  test.each<Format>(['bundle', 'legacy'])(
    '%s format: the right key accepts, another key rejects',
    async format => {
      const { repository, subject, reference } = await pushImage()
      await cosignSign(key, reference, format)
      const right = await signetResult(key, repository, subject)
      expect(verdictOf(right)).toBe('accepted')
      expect(await cosignVerdict(key, reference)).toBe(cosignOnOwn)
      const wrong = await signetResult('other', repository, subject)
      expect(verdictOf(wrong)).toBe('rejected')
      expect(await cosignVerdict('other', reference)).toBe('rejected')
    }
  )
})

test('a bundle moved onto another image is rejected by both', async () => {
  const a = await pushImage()
  await cosignSign('p256', a.reference, 'bundle')
  const repo = client.repository({ registry: registry.host, repository: a.repository })
  const [entry] = await repo.referrers(a.subject.digest)
  const signature = (await repo.fetchManifest(entry.digest)).manifest as ImageManifest
  // The same bundle, attached to image C in A's repository (the bundle blob is already there).
  const image = await makeOciLayout({ seed: 'cosign-peer-moved-bundle', layerSizes: [512] })
  const c = await pushUnsigned(registry.host, a.repository, 'c', image)
  const moved = Buffer.from(JSON.stringify({ ...signature, subject: c }))
  await repo.pushReferrer(moved, signature.mediaType ?? 'application/vnd.oci.image.manifest.v1+json')
  const reference = `${registry.host}/${a.repository}@${c.digest}`
  const result = await signetResult('p256', a.repository, c)
  expect(verdictOf(result)).toBe('rejected')
  expect(result.matched ? '' : result.reason).toMatch(
    /statement's subject is sha256:.*signs another artifact/
  )
  expect(await cosignVerdict('p256', reference)).toBe('rejected')
})

test('a legacy signature moved onto another image, or with an edited payload, is rejected by both', async () => {
  const a = await pushImage()
  await cosignSign('p256', a.reference, 'legacy')
  const repo = client.repository({ registry: registry.host, repository: a.repository })
  const sig = await repo.fetchManifest(cosignSignatureTag(a.subject.digest))
  const image = await makeOciLayout({ seed: 'cosign-peer-moved-legacy', layerSizes: [512] })
  const c = await pushUnsigned(registry.host, a.repository, 'c', image)
  await repo.pushManifest(sig.bytes, sig.descriptor.mediaType, cosignSignatureTag(c.digest))
  const moved = await signetResult('p256', a.repository, c)
  expect(verdictOf(moved)).toBe('rejected')
  expect(moved.matched ? '' : moved.reason).toMatch(/signature of another image/)
  expect(await cosignVerdict('p256', `${registry.host}/${a.repository}@${c.digest}`)).toBe('rejected')

  // A's payload edited (a space added), pushed as a new layer of A's .sig manifest, signature kept.
  const manifest = sig.manifest as ImageManifest
  const payload = await repo.fetchBlobBytes(manifest.layers[0], 1 << 20)
  const edited = Buffer.concat([payload, Buffer.from(' ')])
  const layer = { ...manifest.layers[0], ...describeContent(edited, manifest.layers[0].mediaType) }
  await repo.pushBlob(layer, () => edited)
  const forged = Buffer.from(JSON.stringify({ ...manifest, layers: [layer] }))
  await repo.pushManifest(forged, sig.descriptor.mediaType, cosignSignatureTag(a.subject.digest))
  const result = await signetResult('p256', a.repository, a.subject)
  expect(verdictOf(result)).toBe('rejected')
  expect(result.matched ? '' : result.reason).toMatch(/does not verify with this key/)
  expect(await cosignVerdict('p256', a.reference)).toBe('rejected')
})

test("discovery finds cosign 3.1.1's bundle although the tag index lists it as the empty type, with fewer requests than cosign", async () => {
  const a = await pushImage()
  await cosignSign('p256', a.reference, 'bundle')
  const index = (
    await client
      .repository({ registry: registry.host, repository: a.repository })
      .fetchManifest(`sha256-${a.subject.digest.slice(7)}`)
  ).manifest as ImageIndex
  expect(index.manifests.map(entry => entry.artifactType)).toEqual(['application/vnd.oci.empty.v1+json'])

  // A run of its own: a client remembers for its run what it learnt of the registry (no referrers API).
  const run = new RegistryClient({ insecureRegistries: [registry.host] })
  const before = registry.requests.length
  const result = await signetResult('p256', a.repository, a.subject, run).finally(() => run.close())
  const signetRequests = registry.requests.slice(before)
  expect(verdictOf(result)).toBe('accepted')
  const afterSignet = registry.requests.length
  expect(await cosignVerdict('p256', a.reference)).toBe('accepted')
  const cosignRequests = registry.requests.slice(afterSignet)
  // Signet: referrers API (404), tag index, HEAD .sig (404), bundle manifest, bundle blob.
  expect(signetRequests.map(line => line.split(' ')[0])).toEqual(['GET', 'GET', 'HEAD', 'GET', 'GET'])
  expect(signetRequests.length).toBeLessThan(cosignRequests.filter(line => !line.endsWith('/v2/')).length)
})
