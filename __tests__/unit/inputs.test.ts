/** Inputs through the real @actions/core (INPUT_* environment), as the runner passes them. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jest } from '@jest/globals'
import { actionInputs } from '../../src/action/run.js'
import { readInputs } from '../../src/inputs/read-inputs.js'
import type { SignInputs } from '../../src/inputs/sign-inputs.js'
import type { VerifyInputs } from '../../src/inputs/verify-inputs.js'
import { InputError } from '../../src/util/errors.js'

const PEM_KEY =
  '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----\n'
const PEM_CERT = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'

function withInputs<T>(inputs: Record<string, string>, body: () => T): T {
  const saved = { ...process.env }
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
  try {
    return body()
  } finally {
    process.env = saved
  }
}

const EMPTY_FILE = join(mkdtempSync(join(tmpdir(), 'signet-inputs-')), 'empty.pem')
writeFileSync(EMPTY_FILE, '')

const read = (inputs: Record<string, string>) => withInputs(inputs, () => readInputs(actionInputs()))

// actionInputs masks secret inputs with `::add-mask::` commands on stdout; keep them out of the test log.
beforeEach(() => jest.spyOn(process.stdout, 'write').mockImplementation(() => true))
afterEach(() => jest.restoreAllMocks())

const signBase = {
  mode: 'sign',
  image: 'ghcr.io/acme/app:1.4.0',
  manifests:
    'oci-layout:./out/amd64 scenario=kernel-5.15\n\ndocker-archive:./arm64.tar scenario=kernel-4.19.90,edge platform=linux/arm64/v8',
  'signing-key': PEM_KEY,
  'signing-cert-chain': PEM_CERT
}
const verifyBase = { mode: 'verify', image: 'ghcr.io/acme/app:1.4.0', 'trust-roots': PEM_CERT }

describe('sign inputs', () => {
  test('a complete sign configuration becomes one typed object', () => {
    const inputs = read({
      ...signBase,
      tags: 'latest\n1.4',
      annotations: 'org.example.team=core\nnote=a=b'
    }) as SignInputs
    expect(inputs.mode).toBe('sign')
    expect(inputs.image).toMatchObject({ registry: 'ghcr.io', repository: 'acme/app', tag: '1.4.0' })
    expect(inputs.manifests).toHaveLength(2)
    expect(inputs.manifests[0]).toMatchObject({
      source: { kind: 'oci-layout', dir: './out/amd64' },
      scenarios: ['kernel-5.15']
    })
    expect(inputs.manifests[0].platform).toBeUndefined()
    expect(inputs.manifests[1]).toMatchObject({
      source: { kind: 'docker-archive', file: './arm64.tar' },
      scenarios: ['kernel-4.19.90', 'edge'],
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }
    })
    expect(inputs.tags).toEqual(['latest', '1.4'])
    expect(inputs.annotations).toEqual({ 'org.example.team': 'core', note: 'a=b' })
    expect(inputs.signPlatformManifests).toBe(true)
    expect(inputs.signatureFormat).toBe('jws')
    expect(inputs.scenarioAnnotation).toBe('dev.signet.scenario')
    // The runner trims input values; PEM parsers do not mind.
    expect(inputs.signer).toMatchObject({ kind: 'pem', key: PEM_KEY.trim() })
  })

  test("signature-format picks the envelope format, as notation's --signature-format", () => {
    expect((read({ ...signBase, 'signature-format': 'cose' }) as SignInputs).signatureFormat).toBe('cose')
    expect((read({ ...signBase, 'signature-format': 'jws' }) as SignInputs).signatureFormat).toBe('jws')
  })

  test('PEM inputs also take a path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signet-inputs-'))
    writeFileSync(join(dir, 'key.pem'), PEM_KEY)
    const inputs = read({ ...signBase, 'signing-key': join(dir, 'key.pem') }) as SignInputs
    expect(inputs.signer).toMatchObject({ kind: 'pem', key: PEM_KEY })
  })

  test.each([
    [{ mode: 'bogus' }, 'mode', /Invalid input 'mode': got 'bogus'. Expected one of: sign, verify/],
    [{ mode: '' }, 'mode', /no mode was given/],
    [{ image: '' }, 'image', /Missing input 'image'/],
    [{ image: 'ghcr.io/acme/app' }, 'image', /must name a tag/],
    [
      { image: 'ghcr.io/acme/app:1@sha256:' + 'a'.repeat(64) },
      'image',
      /must name a tag to publish and no digest/
    ],
    [{ image: 'ghcr.io/Acme/App:1' }, 'image', /image/],
    [{ manifests: '' }, 'manifests', /Missing input 'manifests'/],
    [{ manifests: 'oci-layout:./a scenario=' }, 'manifests', /'scenario=' is not a single/],
    [{ manifests: 'oci-layout:./a scenario=a,,b' }, 'manifests', /empty scenario tag/],
    [{ manifests: 'oci-layout:./a flavour=x' }, 'manifests', /unknown option 'flavour'/],
    [{ manifests: 'oci-layout:./a scenario=a scenario=b' }, 'manifests', /not a single/],
    [{ manifests: 'oci-layout:./a platform=linux' }, 'manifests', /linux/],
    [{ tags: '-bad' }, 'tags', /Invalid value in 'tags': '-bad'/],
    [{ annotations: 'novalue' }, 'annotations', /Expected 'key=value'/],
    [{ 'signing-key': '' }, 'signing-key', /Missing input 'signing-key'/],
    [{ 'signing-key': '/nonexistent/key.pem' }, 'signing-key', /signing-key/],
    [{ 'signing-cert-chain': '' }, 'signing-cert-chain', /Missing input 'signing-cert-chain'/],
    [{ 'sign-platform-manifests': 'yes' }, 'sign-platform-manifests', /Expected 'true' or 'false'/],
    [{ 'signature-format': 'COSE' }, 'signature-format', /'COSE'\. Expected one of: jws, cose/],
    [{ username: 'bot' }, 'password', /'username' and 'password' go together/],
    [{ 'insecure-registries': 'http://x' }, 'insecure-registries', /Expected host:port/],
    [{ 'scenario-annotation': 'bad key!' }, 'scenario-annotation', /scenario-annotation/]
  ])('rejects %j naming %s', (change, input, message) => {
    let error: unknown
    try {
      read({ ...signBase, ...change })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe(input)
    expect((error as Error).message).toMatch(message)
  })
})

describe('verify inputs', () => {
  test('defaults apply and several images are read a line each', () => {
    const inputs = read({ ...verifyBase, image: 'ghcr.io/acme/app:1\nalpine' }) as VerifyInputs
    expect(inputs.images.map(image => `${image.registry}/${image.repository}`)).toEqual([
      'ghcr.io/acme/app',
      'docker.io/library/alpine'
    ])
    expect(inputs.trust).toEqual({
      kind: 'roots',
      trustRoots: PEM_CERT.trim(),
      trustedIdentities: ['*'],
      revocation: 'enforce'
    })
    expect(inputs.verifyLayers).toBe(true)
    expect(inputs.maxSignatures).toBe(100)
    expect(inputs.cache).toBe(false)
  })

  test('selection, policy files and gate inputs', () => {
    const inputs = read({
      mode: 'verify',
      image: 'ghcr.io/acme/app:1',
      'trust-policy': '{}',
      'trust-store': './store',
      scenario: 'kernel-3.10',
      platform: 'linux/arm64',
      'verify-layers': 'false',
      'max-signatures': '7',
      'build-args': 'BASE=alpine',
      'allowed-registries': 'ghcr.io\n*.example.com'
    }) as VerifyInputs
    expect(inputs.trust).toEqual({ kind: 'policy', trustPolicy: '{}', trustStore: './store' })
    expect(inputs.scenario).toBe('kernel-3.10')
    expect(inputs.platform).toMatchObject({ os: 'linux', architecture: 'arm64' })
    expect(inputs.verifyLayers).toBe(false)
    expect(inputs.maxSignatures).toBe(7)
    expect(inputs.buildArgs).toEqual({ BASE: 'alpine' })
    expect(inputs.allowedRegistries).toEqual(['ghcr.io', '*.example.com'])
  })

  test.each([
    [{ image: '' }, 'image', /Missing input 'image'/],
    [{ 'trust-roots': '' }, 'trust-roots', /Missing input 'trust-roots'/],
    [{ 'trust-policy': '{}' }, 'trust-policy', /exclude each other/],
    [{ 'trust-roots': '', 'trust-policy': '{}' }, 'trust-store', /go together/],
    [{ 'max-signatures': '0' }, 'max-signatures', /whole number/],
    [{ 'max-signatures': 'many' }, 'max-signatures', /whole number/],
    [{ 'verify-layers': 'maybe' }, 'verify-layers', /'true' or 'false'/],
    [{ platform: 'linux' }, 'platform', /platform/],
    [{ cache: 'true' }, 'cache', /'store' is not set/],
    [{ 'allowed-registries': 'https://ghcr.io' }, 'allowed-registries', /host or \*\.domain/],
    [{ 'build-args': 'NOEQUALS' }, 'build-args', /build-args/],
    [{ 'trusted-identities': '# to do\n#' }, 'trusted-identities', /lists no identity/],
    [{ 'trust-roots': EMPTY_FILE }, 'trust-roots', /is empty; give the PEM root certificates/]
  ])('rejects %j naming %s', (change, input, message) => {
    let error: unknown
    try {
      read({ ...verifyBase, ...change })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe(input)
    expect((error as Error).message).toMatch(message)
  })
})
