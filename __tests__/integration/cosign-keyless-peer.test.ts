/**
 * Keyless signatures minted by a local Sigstore stand-in (Fulcio + CT log, Rekor, TSA), pushed to a real
 * docker-registry as cosign pushes them (a bundle referrer in the `sha256-<hex>` tag index, or the legacy
 * `.sig` tag with certificate and Rekor annotations), and judged offline against the stand-in's
 * trusted_root.json by Signet (discovery + Sigstore signer) and by `cosign verify --trusted-root`, with
 * cosign's identity flags. Each case changes one thing; the verdicts must agree.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ensureTools, toolPath } from '../../scripts/ensure-tools.mjs'
import { describe as describeContent } from '../../src/oci/digest.js'
import { RegistryClient } from '../../src/oci/registry.js'
import { cosignSignatureTag, discoverSignatures } from '../../src/oci/signature-discovery.js'
import { MediaType, type Descriptor } from '../../src/oci/types.js'
import { SigstoreSigner } from '../../src/trust/sigstore/keyless-signers.js'
import { parseTrustedRoots } from '../../src/trust/sigstore/trusted-root.js'
import type { SignerResult } from '../../src/trust/accepted-signer.js'
import { attachBundle as attachBundleTo } from '../helpers/cosign.js'
import { pushUnsigned } from '../helpers/craft.js'
import { makeOciLayout } from '../helpers/images.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { SigstoreStandIn, type MintOptions } from '../helpers/sigstore-stand-in.js'

ensureTools(['cosign', 'skopeo', 'docker-registry'])
const COSIGN = toolPath('cosign')
const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
const ISSUER = 'https://token.actions.githubusercontent.com'

type Verdict = 'accepted' | 'rejected'

let registry: TestRegistry
let client: RegistryClient
let work: string
let standIn: SigstoreStandIn
let images = 0

beforeAll(async () => {
  registry = await startRegistry()
  client = new RegistryClient({ insecureRegistries: [registry.host] })
  work = await mkdtemp(join(tmpdir(), 'signet-keyless-'))
  standIn = await SigstoreStandIn.start()
  await writeFile(join(work, 'trusted_root.json'), standIn.trustedRoot())
})

afterAll(async () => {
  await client?.close()
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

async function pushImage(): Promise<{ repository: string; subject: Descriptor }> {
  const repository = `keyless/img${++images}`
  const image = await makeOciLayout({ seed: `keyless-${images}`, layerSizes: [256] })
  return { repository, subject: await pushUnsigned(registry.host, repository, 'v1', image) }
}

/** A bundle as cosign 3 attaches it: a referrer whose one layer is the bundle. */
const attachBundle = (repository: string, subject: Descriptor, bundle: Buffer) =>
  attachBundleTo(registry.host, repository, subject, bundle)

/** A legacy keyless signature as cosign 2 attaches it: the `.sig` tag, one annotated simple-signing layer. */
async function attachLegacy(
  repository: string,
  subject: Descriptor,
  legacy: { payload: Buffer; annotations: Record<string, string> }
): Promise<void> {
  const repo = client.repository({ registry: registry.host, repository })
  const layer = {
    ...describeContent(legacy.payload, 'application/vnd.dev.cosign.simplesigning.v1+json'),
    annotations: legacy.annotations
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      os: '',
      config: {},
      rootfs: { type: 'layers', diff_ids: [layer.digest] }
    })
  )
  const configDescriptor = describeContent(config, MediaType.OciConfig)
  await repo.pushBlob(layer, () => legacy.payload)
  await repo.pushBlob(configDescriptor, () => config)
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    config: configDescriptor,
    layers: [layer]
  }
  await repo.pushManifest(
    Buffer.from(JSON.stringify(manifest)),
    MediaType.OciManifest,
    cosignSignatureTag(subject.digest)
  )
}

async function cosignVerdict(
  repository: string,
  subject: Descriptor,
  identity = IDENTITY,
  issuer = ISSUER
): Promise<Verdict> {
  try {
    await promisify(execFile)(
      COSIGN,
      [
        'verify',
        '--trusted-root',
        join(work, 'trusted_root.json'),
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        issuer,
        '--allow-insecure-registry',
        `${registry.host}/${repository}@${subject.digest}`
      ],
      { env: { PATH: process.env.PATH, HOME: work } }
    )
    return 'accepted'
  } catch {
    return 'rejected'
  }
}

async function signetResult(
  repository: string,
  subject: Descriptor,
  identity = IDENTITY,
  issuer = ISSUER
): Promise<SignerResult> {
  const found = await discoverSignatures(
    client.repository({ registry: registry.host, repository }),
    subject.digest,
    { maxArtifacts: 100 }
  )
  const instances = parseTrustedRoots(standIn.trustedRoot(), 'sigstore-trusted-root')
  return new SigstoreSigner(instances, { identity, issuer }).verify(subject, found)
}

const cases: [
  string,
  'bundle' | 'legacy',
  Partial<MintOptions>,
  { identity?: string; issuer?: string; moved?: boolean },
  Verdict,
  RegExp?
][] = [
  ['valid', 'bundle', {}, {}, 'accepted', undefined],
  ['valid, with a signed timestamp too', 'bundle', { timestamp: true }, {}, 'accepted', undefined],
  [
    'wrong identity',
    'bundle',
    {},
    { identity: 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main' },
    'rejected',
    /identity is/
  ],
  ['wrong issuer', 'bundle', {}, { issuer: 'https://accounts.google.com' }, 'rejected', /OIDC issuer is/],
  [
    'missing log entry (a signed timestamp only)',
    'bundle',
    { tlog: false, timestamp: true },
    {},
    'rejected',
    /expected 1 tlog entries, got 0/
  ],
  [
    'expired certificate without timestamp',
    'bundle',
    { tlog: false, issuedAt: new Date(Date.now() - 3600_000) },
    {},
    'rejected',
    /no transparency-log entry with a signed time/
  ],
  ['moved onto another image', 'bundle', {}, { moved: true }, 'rejected', /signs another artifact/],
  ['legacy, valid', 'legacy', {}, {}, 'accepted', undefined],
  ['legacy, valid, with a signed timestamp too', 'legacy', { timestamp: true }, {}, 'accepted', undefined],
  [
    'legacy, wrong identity',
    'legacy',
    {},
    { identity: 'https://github.com/acme/other/.github/workflows/release.yml@refs/heads/main' },
    'rejected',
    /identity is/
  ],
  ['legacy, missing log entry', 'legacy', { tlog: false }, {}, 'rejected', /no transparency-log entry/],
  [
    'legacy, moved onto another image',
    'legacy',
    {},
    { moved: true },
    'rejected',
    /signature of another image/
  ]
]

test.each(cases)('%s: Signet and cosign agree', async (_name, format, mint, check, expected, reason) => {
  const { repository, subject } = await pushImage()
  // A moved signature was made for another image and attached to this one.
  const signed = check.moved ? (await pushImage()).subject : subject
  const options = { subject: signed.digest, identity: IDENTITY, ...mint }
  if (format === 'bundle') await attachBundle(repository, subject, await standIn.bundle(options))
  else await attachLegacy(repository, subject, await standIn.legacy(options))
  const result = await signetResult(repository, subject, check.identity, check.issuer)
  expect(result.matched ? 'accepted' : 'rejected').toBe(expected)
  if (reason !== undefined) expect(result.matched ? '' : result.reason).toMatch(reason)
  expect(await cosignVerdict(repository, subject, check.identity, check.issuer)).toBe(expected)
})
