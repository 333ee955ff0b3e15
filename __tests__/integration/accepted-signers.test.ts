/**
 * The verify pipeline with accepted signers of every kind, end to end against docker-registry 2.8.2:
 * Notary signatures made by Signet, cosign 3.1.1 signatures made offline with a key (both formats),
 * keyless bundles minted by the local Sigstore stand-in, and a pinned frontend; one discovery pass per
 * image (counted at the registry), `require` over distinct signers, the rules file's `signers:`, and the
 * Dockerfile gate's annotations naming the signer kind that passed each line. cosign's own verdict is
 * compared wherever cosign has one.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureTools } from '../../scripts/ensure-tools.mjs'
import { RegistryClient } from '../../src/oci/registry.js'
import type { Descriptor } from '../../src/oci/types.js'
import { runVerify as runVerifyMode } from '../../src/run/verify.js'
import { attachBundle, cosignIn, type CosignFormat } from '../helpers/cosign.js'
import { pushUnsigned } from '../helpers/craft.js'
import { makeOciLayout } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inputSource, recordingLog, runSign, runVerify } from '../helpers/signet.js'
import { SigstoreStandIn, type MintOptions } from '../helpers/sigstore-stand-in.js'

ensureTools(['cosign', 'skopeo', 'docker-registry'])
const IDENTITY = 'https://github.com/acme/base/.github/workflows/release.yml@refs/heads/main'
const ISSUER = 'https://token.actions.githubusercontent.com'

let registry: TestRegistry
let pki: TestPki
let work: string
let standIn: SigstoreStandIn
/** Digests of the images the tests share, by repository. */
const digests: Record<string, string> = {}
let cosign: ReturnType<typeof cosignIn>
const reference = (repository: string) => `${registry.host}/${repository}@${digests[repository]}`

/** One signed index (one platform) pushed and signed by Signet: `repository:1`. */
async function signWithSignet(repository: string, seed: string): Promise<void> {
  const image = await makeOciLayout({ seed, layerSizes: [512] })
  const result = await runSign({
    image: `${registry.host}/${repository}:1`,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${image.dir}:${image.tag} scenario=x86`,
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem
  })
  digests[repository] = result.digest
}

/** One unsigned image pushed as `repository:1`. */
async function pushPlain(repository: string, seed: string): Promise<void> {
  const image = await makeOciLayout({ seed, layerSizes: [512] })
  digests[repository] = (await pushUnsigned(registry.host, repository, '1', image)).digest
}

const cosignSign = (repository: string, format: CosignFormat) =>
  cosign.sign('cosign', reference(repository), format)

async function cosignVerdict(repository: string, key: string): Promise<'verified' | 'rejected'> {
  return (await cosign.accepts(key, reference(repository))) ? 'verified' : 'rejected'
}

/**
 * A keyless bundle from the stand-in, attached as cosign 3 and `actions/attest` attach it (a referrer
 * holding the bundle) to `digest` (default the image's own).
 */
async function attachKeyless(
  repository: string,
  mint: Partial<MintOptions> = {},
  digest = digests[repository]
): Promise<void> {
  const bundle = await standIn.bundle({ subject: digest, identity: IDENTITY, issuer: ISSUER, ...mint })
  const client = new RegistryClient({ insecureRegistries: [registry.host] })
  const subject = await client
    .repository({ registry: registry.host, repository })
    .resolve(digest)
    .finally(() => client.close())
  await attachBundle(registry.host, repository, subject, bundle)
}

beforeAll(async () => {
  registry = await startRegistry({ countRequests: true })
  pki = await makePki()
  work = await mkdtemp(join(tmpdir(), 'signet-accepted-'))
  standIn = await SigstoreStandIn.start()
  await writeFile(join(work, 'root.pem'), pki.rootPem)
  await writeFile(join(work, 'trusted_root.json'), standIn.trustedRoot())
  cosign = cosignIn(work)
  for (const key of ['cosign', 'other']) await cosign.generateKeyPair(key)

  await signWithSignet('app/notary', 'accepted-notary')
  await signWithSignet('app/both', 'accepted-both')
  await cosignSign('app/both', 'bundle')
  await signWithSignet('app/strict', 'accepted-strict')
  await pushPlain('base/cosign', 'accepted-cosign')
  await cosignSign('base/cosign', 'legacy')
  await pushPlain('base/keyless', 'accepted-keyless')
  await attachKeyless('base/keyless')
  await pushPlain('frontend/syntax', 'accepted-frontend')
}, 300_000)

afterAll(async () => {
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

const verifyInputs = (repository: string, extra: Record<string, string>) => ({
  image: reference(repository),
  'insecure-registries': registry.host,
  ...extra
})

test('a cosign key alone verifies a legacy cosign signature, content re-hashed; another key is rejected, as cosign says', async () => {
  const right = await runVerify(verifyInputs('base/cosign', { 'cosign-key': join(work, 'cosign.pub') }))
  expect(right.verdict).toBe('verified')
  const [image] = right.images
  expect(image.signedBy?.map(entry => entry.kind)).toEqual(['cosign'])
  expect(image.signer).toMatch(/^cosign key ECDSA P-256 sha256:[0-9a-f]{64}$/)
  expect(image.blobs.checked).toBeGreaterThan(1)
  expect(await cosignVerdict('base/cosign', 'cosign')).toBe('verified')

  const wrong = await runVerify(verifyInputs('base/cosign', { 'cosign-key': join(work, 'other.pub') }))
  expect(wrong.verdict).toBe('rejected')
  expect(wrong.images[0].reasons.join()).toMatch(/does not verify with this key|no valid signature/)
  expect(await cosignVerdict('base/cosign', 'other')).toBe('rejected')
})

test('a tampered layer is rejected although the cosign signature over the digest still verifies', async () => {
  await pushPlain('base/tampered', 'accepted-tampered')
  await cosignSign('base/tampered', 'bundle')
  const blobs = join(registry.storageDir, 'docker/registry/v2/blobs/sha256')
  // The image's only layer (512 bytes): rewritten on disk, same length, so the size check passes.
  const client = new RegistryClient({ insecureRegistries: [registry.host] })
  const manifest = await client
    .repository({ registry: registry.host, repository: 'base/tampered' })
    .fetchManifest(digests['base/tampered'])
    .finally(() => client.close())
  const layer = (manifest.manifest as { layers: Descriptor[] }).layers[0].digest.slice('sha256:'.length)
  expect((await readdir(join(blobs, layer.slice(0, 2)))).includes(layer)).toBe(true)
  await writeFile(join(blobs, layer.slice(0, 2), layer, 'data'), Buffer.alloc(512, 1))

  expect(await cosignVerdict('base/tampered', 'cosign')).toBe('verified')
  const result = await runVerify(verifyInputs('base/tampered', { 'cosign-key': join(work, 'cosign.pub') }))
  expect(result.verdict).toBe('rejected')
  expect(result.images[0].checks.find(check => check.name === 'signature')?.passed).toBe(true)
  expect(result.images[0].reasons.join()).toMatch(new RegExp(`layer sha256:${layer}`))
})

test('require 2 asks for a Notary and a cosign signature: both present verifies, one alone is rejected naming the other', async () => {
  const inputs = (repository: string) =>
    verifyInputs(repository, {
      'trust-roots': pki.rootPem,
      'cosign-key': join(work, 'cosign.pub'),
      require: '2'
    })
  const both = await runVerify(inputs('app/both'))
  expect(both.verdict).toBe('verified')
  expect(both.images[0].signedBy?.map(entry => entry.kind)).toEqual(['notation', 'cosign'])
  expect(both.images[0].signer).toBe(pki.leafSubject)

  const notaryOnly = await runVerify(inputs('app/notary'))
  expect(notaryOnly.verdict).toBe('rejected')
  const [reason] = notaryOnly.images[0].reasons
  expect(reason).toMatch(/1 distinct signer matched, 2 required/)
  expect(reason).toMatch(/cosign key ECDSA P-256 sha256:[0-9a-f]{64}: no cosign signature of sha256:/)
  // The Notary signature did verify: the rejection says so in the report, not as a pass.
  expect(notaryOnly.images[0].signatures.filter(signature => signature.verified).map(s => s.kind)).toEqual([
    'notation'
  ])
})

test('one discovery pass serves every signer: each listing and signature manifest is fetched once', async () => {
  const path = (digest: string) => digest.replace(':', '-')
  const before = registry.requests.length
  const result = await runVerify(
    verifyInputs('app/both', {
      'trust-roots': pki.rootPem,
      'cosign-key': join(work, 'cosign.pub'),
      require: 'all',
      'verify-layers': 'false'
    })
  )
  expect(result.verdict).toBe('verified')
  const requests = registry.requests.slice(before).filter(line => !line.endsWith(' /v2/'))
  const count = (pattern: RegExp) => requests.filter(line => pattern.test(line)).length
  const subject = digests['app/both']
  expect(count(new RegExp(`/referrers/${subject}`))).toBe(1)
  expect(count(new RegExp(`/manifests/${path(subject)}$`))).toBe(1)
  expect(count(new RegExp(`^HEAD .*/manifests/${path(subject)}\\.sig$`))).toBe(1)
  const signatureManifests = result.images[0].signatures.map(signature => signature.digest)
  expect(signatureManifests).toHaveLength(2)
  for (const digest of signatureManifests) expect(count(new RegExp(`/manifests/${digest}$`))).toBe(1)
  // The image itself, its two signature manifests and their two blobs: nothing asked twice.
  expect(new Set(requests).size).toBe(requests.length)

  // Notary roots alone: cosign's legacy tag is not looked up at all.
  const notaryOnly = registry.requests.length
  await runVerify(verifyInputs('app/both', { 'trust-roots': pki.rootPem, 'verify-layers': 'false' }))
  expect(registry.requests.slice(notaryOnly).filter(line => line.endsWith('.sig'))).toEqual([])
})

test('one rules file gates a repository of every signer kind; the Dockerfile gate names the kind that passed each line', async () => {
  const host = registry.host
  const rules = join(work, 'signet-rules.yaml')
  await writeFile(
    rules,
    [
      'version: 1',
      'rules:',
      `  - match: ${host}/app/**`,
      `    verify: { trust-roots: ${join(work, 'root.pem')} }`,
      `  - match: ${host}/app/both`,
      '    verify:',
      `      trust-roots: ${join(work, 'root.pem')}`,
      `      cosign-key: ${join(work, 'cosign.pub')}`,
      '      require: 2',
      `  - match: ${host}/app/strict`,
      '    verify:',
      `      trust-roots: ${join(work, 'root.pem')}`,
      `      cosign-key: ${join(work, 'cosign.pub')}`,
      '      require: all',
      `  - match: ${host}/base/cosign`,
      `    verify: { cosign-key: ${join(work, 'cosign.pub')} }`,
      `  - match: ${host}/base/keyless`,
      '    verify:',
      '      signers:',
      `        - sigstore: { trusted-root: ${join(work, 'trusted_root.json')}, identity: "${IDENTITY}", issuer: "${ISSUER}" }`,
      `  - match: ${host}/frontend/**`,
      `    verify: { signers: [ { pinned: ["${digests['frontend/syntax']}"] } ] }`,
      ''
    ].join('\n')
  )
  const root = join(work, 'repo')
  await mkdir(root, { recursive: true })
  await writeFile(
    join(root, 'Dockerfile'),
    [
      `# syntax=${host}/frontend/syntax:1`,
      `FROM ${host}/app/both:1 AS both`,
      `FROM ${host}/base/cosign:1 AS cosign`,
      `FROM ${host}/base/keyless:1 AS keyless`,
      `FROM ${host}/app/notary:1 AS notary`,
      `FROM ${host}/app/strict:1`,
      ''
    ].join('\n')
  )
  const log = recordingLog()
  const outcome = await runVerifyMode(
    inputSource({
      mode: 'verify',
      dockerfiles: 'Dockerfile',
      rules,
      'insecure-registries': host,
      'verify-layers': 'false'
    }),
    { log, maskSecret: () => undefined, env: { GITHUB_WORKSPACE: root } }
  )
  const byLine = new Map(outcome.annotations.map(annotation => [annotation.startLine, annotation]))
  const notice = (line: number) => {
    const annotation = byLine.get(line)
    expect(annotation?.level).toBe('notice')
    return annotation?.message ?? ''
  }
  expect(notice(1)).toMatch(/signed by pinned: pinned sha256:/)
  expect(notice(2)).toMatch(/signed by notation: .*CN=release; cosign: cosign key ECDSA P-256/)
  expect(notice(3)).toMatch(/signed by cosign: cosign key ECDSA P-256/)
  expect(notice(4)).toMatch(new RegExp(`signed by sigstore: .*${IDENTITY.replace(/[./]/g, '\\$&')}`))
  expect(notice(5)).toMatch(/signed by notation: .*CN=release$/)
  const strict = byLine.get(6)
  expect(strict?.level).toBe('error')
  expect(strict?.message).toMatch(/1 distinct signer matched, 2 required/)
  expect(outcome.exitCode).toBe(1)
  expect(outcome.table.header).toContain('Signed by')
})

test('a multi-arch index attested per platform: the selected platform verifies by its own digest, and the report says where attestations sit', async () => {
  const amd64 = await makeOciLayout({
    platform: { os: 'linux', architecture: 'amd64' },
    seed: 'attest-amd64'
  })
  const arm64 = await makeOciLayout({
    platform: { os: 'linux', architecture: 'arm64' },
    seed: 'attest-arm64'
  })
  const signed = await runSign({
    image: `${registry.host}/app/attested:1`,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${amd64.dir}:${amd64.tag} scenario=x86\noci-layout:${arm64.dir}:${arm64.tag} scenario=arm`,
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem
  })
  digests['app/attested'] = signed.digest
  // actions/attest-build-provenance run on the amd64 image's digest only.
  await attachKeyless(
    'app/attested',
    {
      predicateType: 'https://slsa.dev/provenance/v1',
      extensions: {
        sourceRepositoryOwnerURI: 'https://github.com/acme',
        sourceRepositoryURI: 'https://github.com/acme/base'
      }
    },
    amd64.manifest.digest
  )
  const attestation = (platform?: string) =>
    runVerify(
      verifyInputs('app/attested', {
        'sigstore-trusted-root': join(work, 'trusted_root.json'),
        signers: '- github-attestation: { repository: acme/base }',
        ...(platform !== undefined && { platform })
      })
    )

  const chosen = await attestation('linux/amd64')
  expect(chosen.verdict).toBe('verified')
  const [image] = chosen.images
  expect(image.ref).toBe(`${registry.host}/app/attested@${amd64.manifest.digest}`)
  expect(image.signedBy?.map(entry => entry.kind)).toEqual(['github-attestation'])
  expect(image.blobs.checked).toBeGreaterThan(1)
  expect(image.attestations).toEqual([
    { digest: signed.digest, bundles: 0, used: false },
    { digest: amd64.manifest.digest, platform: 'linux/amd64', bundles: 1, used: true },
    { digest: arm64.manifest.digest, platform: 'linux/arm64', bundles: 0, used: false }
  ])

  const other = await attestation('linux/arm64')
  expect(other.verdict).toBe('rejected')
  expect(other.images[0].reasons.join()).toMatch(
    new RegExp(
      `no GitHub attestation of ${signed.digest}.*the selected platform's own digest ${arm64.manifest.digest}: .*no GitHub attestation`
    )
  )
  // The whole index, no platform chosen: one platform's attestation vouches for no other.
  const whole = await attestation()
  expect(whole.verdict).toBe('rejected')
  expect(whole.images[0].attestations?.map(placement => placement.bundles)).toEqual([0, 1, 0])
})

test('the verified store keeps cosign signatures of both formats: a second run verifies from the store alone', async () => {
  await pushPlain('base/stored-bundle', 'accepted-stored-bundle')
  await cosignSign('base/stored-bundle', 'bundle')
  for (const repository of ['base/cosign', 'base/stored-bundle']) {
    const inputs = verifyInputs(repository, {
      'cosign-key': join(work, 'cosign.pub'),
      store: join(work, `store-${repository.replace('/', '-')}`)
    })
    expect((await runVerify(inputs)).verdict).toBe('verified')
    const before = registry.requests.length
    const log = recordingLog()
    expect((await runVerify(inputs, { log })).verdict).toBe('verified')
    expect(log.lines.filter(line => line.startsWith('warning:'))).toEqual([])
    // Only the reference's resolve reaches the registry: signatures, manifests and blobs come from the store.
    const requests = registry.requests.slice(before).filter(line => !line.endsWith(' /v2/'))
    expect(requests).toEqual([`HEAD /v2/${repository}/manifests/${digests[repository]}`])
  }
})
