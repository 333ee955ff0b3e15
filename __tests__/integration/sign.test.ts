/** The sign mode against a real docker-registry, cross-checked with skopeo and plain node:crypto. */
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sha256Digest } from '../../src/oci/digest.js'
import { StepError } from '../../src/util/steps.js'
import { makeDockerArchive, makeOciLayout, type TestImage } from '../helpers/images.js'
import {
  fallbackSignatures,
  independentlyVerifyJws,
  rawManifest,
  tagsOf,
  tool
} from '../helpers/independent.js'
import { encodeKey, makePki, type KeySpec, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { recordingLog, runSign } from '../helpers/signet.js'

let registry: TestRegistry
let pki: TestPki
let amd64: TestImage
let arm64: TestImage
let s390x: TestImage

beforeAll(async () => {
  registry = await startRegistry({ countRequests: true })
  pki = await makePki()
  amd64 = await makeOciLayout({
    platform: { os: 'linux', architecture: 'amd64' },
    seed: 'amd64',
    layerSizes: [200_000, 30_000]
  })
  arm64 = await makeOciLayout({
    platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    seed: 'arm64',
    layerSizes: [150_000]
  })
  s390x = await makeOciLayout({
    platform: { os: 'linux', architecture: 's390x' },
    seed: 's390x',
    layerSizes: [1000],
    gzip: true
  })
})
afterAll(async () => registry?.stop())

const layoutLine = (image: TestImage, options: string): string =>
  `oci-layout:${image.dir}:${image.tag} ${options}`
const baseInputs = (repository: string, manifests: string[], signer: TestPki = pki) => ({
  image: `${registry.host}/${repository}:1.0`,
  'insecure-registries': registry.host,
  manifests: manifests.join('\n'),
  'signing-key': signer.keyPem,
  'signing-cert-chain': signer.chainPem
})
const requestsSince = (start: number, pattern: RegExp): string[] =>
  registry.requests.slice(start).filter(line => pattern.test(line))

describe('sign', () => {
  test('two OCI layouts become one signed, scenario-tagged index that skopeo reads back', async () => {
    const log = recordingLog()
    const result = await runSign(
      baseInputs('app/two', [
        layoutLine(amd64, 'scenario=kernel-5.15'),
        layoutLine(arm64, 'scenario=kernel-4.19.90,edge')
      ]),
      {
        log,
        env: {
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'acme/app',
          GITHUB_SHA: 'abc123',
          SOURCE_DATE_EPOCH: '1700000000'
        }
      }
    )
    const tagged = await rawManifest(registry.host, 'app/two', '1.0')
    expect(sha256Digest(tagged.bytes)).toBe(result.digest)
    const index = JSON.parse(tagged.bytes.toString())
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(
      index.manifests.map((m: { digest: string; platform: object; annotations: object }) => [
        m.digest,
        m.platform,
        m.annotations
      ])
    ).toEqual([
      [
        amd64.manifest.digest,
        { architecture: 'amd64', os: 'linux' },
        { 'dev.signet.scenario': 'kernel-5.15' }
      ],
      [
        arm64.manifest.digest,
        { architecture: 'arm64', os: 'linux', variant: 'v8' },
        { 'dev.signet.scenario': 'kernel-4.19.90,edge' }
      ]
    ])
    expect(index.annotations).toEqual({
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.revision': 'abc123',
      'org.opencontainers.image.source': 'https://github.com/acme/app'
    })
    expect(result.ref).toBe(`${registry.host}/app/two@${result.digest}`)
    expect(result.manifests).toEqual([
      {
        source: `oci-layout:${amd64.dir}:${amd64.tag}`,
        scenarios: ['kernel-5.15'],
        platform: 'linux/amd64',
        digest: amd64.manifest.digest
      },
      {
        source: `oci-layout:${arm64.dir}:${arm64.tag}`,
        scenarios: ['kernel-4.19.90', 'edge'],
        platform: 'linux/arm64/v8',
        digest: arm64.manifest.digest
      }
    ])
    expect(log.lines).toContain('group: Push blobs')

    // skopeo, an independent client, copies the whole index and both platforms.
    const out = mkdtempSync(join(tmpdir(), 'signet-skopeo-'))
    await tool('skopeo', [
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      `docker://${registry.host}/app/two:1.0`,
      `oci:${out}:copy`
    ])
    const copied = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))
    expect(copied.manifests[0].digest).toBe(result.digest)

    // One signature for the index and one per platform manifest, each verifiable with plain node:crypto.
    expect(result.signatureDigests).toHaveLength(3)
    for (const subject of [result.digest, amd64.manifest.digest, arm64.manifest.digest]) {
      const signatures = await fallbackSignatures(registry.host, 'app/two', subject)
      expect(signatures).toHaveLength(1)
      const { manifest, envelope } = signatures[0]
      expect(manifest).toMatchObject({
        artifactType: 'application/vnd.cncf.notary.signature',
        config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2 },
        subject: { digest: subject }
      })
      const jws = independentlyVerifyJws(envelope)
      expect(jws.payload.targetArtifact.digest).toBe(subject)
      expect(jws.protectedHeader).toMatchObject({
        alg: 'ES256',
        'io.cncf.notary.signingScheme': 'notary.x509'
      })
      expect(jws.chain.map(cert => cert.fingerprint256)).toEqual(
        pki.chain.map(cert => new X509Certificate(Buffer.from(cert.rawData)).fingerprint256)
      )
    }
  })

  test('three platforms, one of them from a docker-archive, and sign-platform-manifests=false signs the index only', async () => {
    const archive = await makeDockerArchive({
      format: 'legacy',
      platform: { os: 'linux', architecture: 'ppc64le' },
      seed: 'ppc'
    })
    const result = await runSign({
      ...baseInputs('app/three', [
        layoutLine(amd64, 'scenario=a'),
        layoutLine(s390x, 'scenario=b'),
        `docker-archive:${archive.file} scenario=c`
      ]),
      'sign-platform-manifests': 'false'
    })
    expect(result.manifests.map(entry => entry.platform)).toEqual([
      'linux/amd64',
      'linux/s390x',
      'linux/ppc64le'
    ])
    expect(result.manifests[2].digest).toBe(archive.manifest.digest)
    expect(result.signatureDigests).toHaveLength(1)
    expect(await fallbackSignatures(registry.host, 'app/three', amd64.manifest.digest)).toHaveLength(0)
    const raw = await tool('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${registry.host}/app/three@${result.manifests[2].digest}`
    ])
    expect(sha256Digest(raw)).toBe(archive.manifest.digest)
  })

  test('a re-run is idempotent: same index, no blob uploaded twice, tags moved again', async () => {
    const inputs = {
      ...baseInputs('app/rerun', [layoutLine(amd64, 'scenario=x'), layoutLine(arm64, 'scenario=y')]),
      tags: 'latest'
    }
    const env = { SOURCE_DATE_EPOCH: '1700000000' }
    const first = await runSign(inputs, { env })
    const before = registry.requests.length
    const second = await runSign(inputs, { env })
    expect(second.digest).toBe(first.digest)
    // amd64: config + 2 layers, arm64: config + 1 layer; all present already.
    expect(second.blobs).toEqual({ exists: 5, mounted: 0, uploaded: 0, bytesUploaded: 0 })
    expect(requestsSince(before, /^(POST|PATCH|PUT) \/v2\/app\/rerun\/blobs\/uploads/)).toEqual([])
    expect(
      (await tagsOf(registry.host, 'app/rerun')).filter(tag => !tag.startsWith('sha256-')).sort()
    ).toEqual(['1.0', 'latest'])
  })

  test('matrix case: platform images already pushed by digest are assembled and signed moving zero layer bytes', async () => {
    for (const [image, repo] of [
      [amd64, 'build/amd64'],
      [arm64, 'build/arm64']
    ] as const) {
      await tool('skopeo', [
        'copy',
        '--preserve-digests',
        '--dest-tls-verify=false',
        `oci:${image.dir}:${image.tag}`,
        `docker://${registry.host}/${repo}:ci`
      ])
    }
    const before = registry.requests.length
    const result = await runSign(
      baseInputs('app/matrix', [
        `${registry.host}/build/amd64@${amd64.manifest.digest} scenario=kernel-5.15`,
        `${registry.host}/build/arm64@${arm64.manifest.digest} scenario=kernel-4.19.90`
      ])
    )
    expect(result.blobs.uploaded).toBe(0)
    expect(result.blobs.bytesUploaded).toBe(0)
    expect(result.blobs.mounted).toBe(5)
    // Only signature blobs (the empty config and the envelopes) are uploaded; no image blob is.
    const imageBlobs = [...amd64.layers, amd64.config, ...arm64.layers, arm64.config].map(blob =>
      encodeURIComponent(blob.digest)
    )
    const uploads = requestsSince(before, /^(PATCH|PUT) \/v2\/app\/matrix\/blobs\/uploads/)
    expect(uploads).toHaveLength(4)
    expect(uploads.filter(line => imageBlobs.some(digest => line.includes(digest)))).toEqual([])
    expect(
      requestsSince(before, /^GET \/v2\/build\/.*\/blobs\//).filter(
        line => !line.includes(amd64.config.digest) && !line.includes(arm64.config.digest)
      )
    ).toEqual([])
    expect(result.manifests.map(entry => entry.platform)).toEqual(['linux/amd64', 'linux/arm64/v8'])
  })

  const keySpecs: KeySpec[] = [
    { kind: 'rsa', bits: 2048 },
    { kind: 'rsa', bits: 3072 },
    { kind: 'rsa', bits: 4096 },
    { kind: 'ec', curve: 'P-256' },
    { kind: 'ec', curve: 'P-384' },
    { kind: 'ec', curve: 'P-521' }
  ]
  const ALG: Record<string, string> = {
    'rsa-2048': 'PS256',
    'rsa-3072': 'PS384',
    'rsa-4096': 'PS512',
    'ec-P-256': 'ES256',
    'ec-P-384': 'ES384',
    'ec-P-521': 'ES512'
  }
  test.each(
    keySpecs.map(spec => [spec.kind === 'rsa' ? `rsa-${spec.bits}` : `ec-${spec.curve}`, spec] as const)
  )('signs with a %s key', async (name, key) => {
    const signer = await makePki({ key })
    const repository = `keys/${name.toLowerCase()}`
    const result = await runSign({
      ...baseInputs(repository, [layoutLine(s390x, 'scenario=k')], signer),
      'sign-platform-manifests': 'false'
    })
    const [signature] = await fallbackSignatures(registry.host, repository, result.digest)
    expect(independentlyVerifyJws(signature.envelope).protectedHeader.alg).toBe(ALG[name])
  })

  test.each([1, 2, 3] as const)(
    'signs with a %i-level chain, and an encrypted PKCS#8 key with its passphrase',
    async levels => {
      const signer = await makePki({ levels })
      const repository = `chains/level${levels}`
      const result = await runSign({
        ...baseInputs(repository, [layoutLine(s390x, 'scenario=k')], signer),
        'signing-key': encodeKey(signer.key, 'pkcs8-encrypted', 'correct horse'),
        'signing-key-passphrase': 'correct horse',
        'sign-platform-manifests': 'false'
      })
      const [signature] = await fallbackSignatures(registry.host, repository, result.digest)
      expect(independentlyVerifyJws(signature.envelope).chain).toHaveLength(levels)
    }
  )
})

describe('sign refuses before pushing anything', () => {
  const refusals: [string, () => Promise<Record<string, string>>, RegExp][] = [
    [
      'a key that does not match the leaf',
      async () => ({ 'signing-key': (await makePki()).keyPem }),
      /match/i
    ],
    [
      'an expired leaf',
      async () =>
        chainOf(
          await makePki({ leaf: { notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') } })
        ),
      /expired|not valid/i
    ],
    [
      'a leaf that is not yet valid',
      async () =>
        chainOf(
          await makePki({ leaf: { notBefore: new Date('2099-01-01'), notAfter: new Date('2100-01-01') } })
        ),
      /not yet valid|not valid/i
    ],
    ['a CA certificate as leaf', async () => chainOf(await makePki({ leaf: { ca: true } })), /CA/],
    [
      'a leaf with the serverAuth EKU',
      async () => chainOf(await makePki({ leaf: { eku: ['1.3.6.1.5.5.7.3.1'] } })),
      /serverAuth|extended key usage|EKU/i
    ],
    [
      'an RSA-1024 key',
      async () => chainOf(await makePki({ key: { kind: 'rsa', bits: 1024 as 2048 } })),
      /1024/
    ],
    [
      'a wrong passphrase',
      async () => ({
        'signing-key': encodeKey(pki.key, 'pkcs8-encrypted', 'right'),
        'signing-key-passphrase': 'wrong'
      }),
      /passphrase/i
    ]
  ]
  test.each(refusals)(
    '%s: exit code 2, its own message, and no tag or blob in the registry',
    async (name, change, message) => {
      const repository = `refused/${name
        .replace(/[^a-z0-9]+/gi, '-')
        .toLowerCase()
        .replace(/^-|-$/g, '')}`
      const before = registry.requests.length
      const error = await runSign({
        ...baseInputs(repository, [layoutLine(amd64, 'scenario=x')]),
        ...(await change())
      }).catch(e => e)
      expect(error).toBeInstanceOf(StepError)
      expect(error.exitCode).toBe(2)
      expect(error.message).toMatch(/^check signing key and certificate chain: /)
      expect(error.message).toMatch(message)
      expect(requestsSince(before, new RegExp(`/v2/${repository}/`))).toEqual([])
      expect(await tagsOf(registry.host, repository)).toEqual([])
    }
  )
})

function chainOf(signer: TestPki): Record<string, string> {
  return { 'signing-key': signer.keyPem, 'signing-cert-chain': signer.chainPem }
}
