/**
 * The cosign key signer against signatures cosign 3.1.1 made (both formats, every key type it signs
 * with), and the cosign-key reader's refusals. The fixtures are what cosign pushed to a registry; the
 * integration test makes new ones and compares verdicts with `cosign verify`.
 */
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CosignKeySigner } from '../../src/trust/cosign/cosign-signer.js'
import { keySignatureVerifies, parseCosignPublicKeys } from '../../src/trust/cosign/public-keys.js'
import { InputError } from '../../src/util/errors.js'
import type { Match, Mismatch } from '../../src/trust/accepted-signer.js'
import { candidatesFrom, sha256 } from '../helpers/signature-candidates.js'

const DIR = '__tests__/fixtures/cosign'
const KEY_TYPES = ['p256', 'p384', 'p521', 'rsa', 'ed25519'] as const
const imageManifest = readFileSync(join(DIR, 'image-manifest.json'))
const IMAGE = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: sha256(imageManifest),
  size: imageManifest.length
}
const OTHER_IMAGE = { ...IMAGE, digest: sha256('another image') }

const file = (type: string, name: string) => readFileSync(join(DIR, type, name))
const keyOf = (type: string) => parseCosignPublicKeys(file(type, 'key.pub').toString(), 'cosign-key')[0]
const signerOf = (type: string) => new CosignKeySigner(keyOf(type))
const bundleArtifact = (type: string) => ({
  format: 'sigstore-bundle' as const,
  manifest: file(type, 'bundle-manifest.json'),
  blobs: [file(type, 'bundle.json')]
})
const legacyArtifact = (type: string) => ({
  format: 'cosign-simple-signing' as const,
  manifest: file(type, 'legacy-manifest.json'),
  blobs: [file(type, 'legacy-payload.json')]
})

test('the fixtures sign the image manifest they sit next to', () => {
  expect(IMAGE.digest).toBe('sha256:4475e2eb5a3b21203e13803dc130b36a13318852ff69cf0abf9e79fae553f842')
})

describe.each(KEY_TYPES)('cosign 3.1.1 signatures by a %s key', type => {
  test('the right key accepts the bundle and the legacy signature', async () => {
    const result = (await signerOf(type).verify(
      IMAGE,
      candidatesFrom([bundleArtifact(type), legacyArtifact(type)])
    )) as Match
    expect(result.matched).toBe(true)
    expect(result.rejected).toEqual([])
    expect(result.signatures).toHaveLength(2)
    expect(new Set(result.signatures.map(signature => signature.identity))).toEqual(
      new Set([`key:${keyOf(type).fingerprint}`])
    )
    expect(result.signatures[0].artifact).toBe(sha256(file(type, 'bundle-manifest.json')))
  })

  test.each(['bundle', 'legacy'] as const)('another key rejects the %s signature', async format => {
    const other = type === 'p256' ? 'rsa' : 'p256'
    const artifact = format === 'bundle' ? bundleArtifact(type) : legacyArtifact(type)
    const result = (await signerOf(other).verify(IMAGE, candidatesFrom([artifact]))) as Mismatch
    expect(result.matched).toBe(false)
    expect(result.couldNotComplete).toBe(false)
    expect(result.reason).toMatch(format === 'bundle' ? /names another key/ : /does not verify with this key/)
  })

  test.each(['bundle', 'legacy'] as const)(
    'a %s signature moved onto another image is rejected',
    async format => {
      const artifact = format === 'bundle' ? bundleArtifact(type) : legacyArtifact(type)
      const result = (await signerOf(type).verify(OTHER_IMAGE, candidatesFrom([artifact]))) as Mismatch
      expect(result.matched).toBe(false)
      expect(result.reason).toMatch(
        format === 'bundle'
          ? /statement's subject is sha256:4475e2eb.*signs another artifact/
          : /signature of another image/
      )
    }
  )
})

test('cosign 3.1.1 signs P-384 with SHA-384 and Ed25519 keys as Ed25519ph (what its own verify rejects)', async () => {
  for (const [type, label] of [
    ['p384', 'ECDSA P-384'],
    ['p521', 'ECDSA P-521'],
    ['ed25519', 'Ed25519']
  ] as const) {
    const key = keyOf(type)
    expect(key.algorithm).toBe(label)
    const manifest = JSON.parse(file(type, 'legacy-manifest.json').toString()) as {
      layers: { annotations: Record<string, string> }[]
    }
    const signature = Buffer.from(
      manifest.layers[0].annotations['dev.cosignproject.cosign/signature'],
      'base64'
    )
    const payload = file(type, 'legacy-payload.json')
    expect(await keySignatureVerifies(key, payload, signature)).toBe(true)
    expect(await keySignatureVerifies(key, Buffer.concat([payload, Buffer.from(' ')]), signature)).toBe(false)
  }
})

test('a bundle whose signature was altered is rejected, and so is a legacy layer without signature', async () => {
  const bundle = JSON.parse(file('p256', 'bundle.json').toString()) as {
    dsseEnvelope: { signatures: { sig: string }[] }
  }
  const sig = Buffer.from(bundle.dsseEnvelope.signatures[0].sig, 'base64')
  sig[sig.length - 5] ^= 1
  bundle.dsseEnvelope.signatures[0].sig = sig.toString('base64')
  const altered = Buffer.from(JSON.stringify(bundle))
  const manifest = JSON.parse(file('p256', 'bundle-manifest.json').toString()) as {
    layers: { digest: string; size: number }[]
  }
  manifest.layers[0] = { ...manifest.layers[0], digest: sha256(altered), size: altered.length }
  const forged = {
    format: 'sigstore-bundle' as const,
    manifest: Buffer.from(JSON.stringify(manifest)),
    blobs: [altered]
  }
  const result = (await signerOf('p256').verify(IMAGE, candidatesFrom([forged]))) as Mismatch
  expect(result.reason).toMatch(/bundle signature does not verify with this key/)

  const legacy = JSON.parse(file('p256', 'legacy-manifest.json').toString()) as {
    layers: { annotations?: Record<string, string> }[]
  }
  delete legacy.layers[0].annotations
  const unsigned = { ...legacyArtifact('p256'), manifest: Buffer.from(JSON.stringify(legacy)) }
  expect(((await signerOf('p256').verify(IMAGE, candidatesFrom([unsigned]))) as Mismatch).reason).toMatch(
    /no signature annotation/
  )
})

test('a blob that cannot be fetched leaves the verdict open', async () => {
  const missing = { ...bundleArtifact('p256'), blobs: [] }
  const result = (await signerOf('p256').verify(IMAGE, candidatesFrom([missing]))) as Mismatch
  expect(result.matched).toBe(false)
  expect(result.reason).toMatch(/not found/)
})

test('no cosign signature at all says so', async () => {
  const result = (await signerOf('p256').verify(IMAGE, candidatesFrom([]))) as Mismatch
  expect(result).toMatchObject({ matched: false, couldNotComplete: false })
  expect(result.reason).toBe(`no cosign signature of ${IMAGE.digest} was found`)
})

describe('cosign-key', () => {
  const pub = (type: string) => file(type, 'key.pub').toString()

  test('reads several concatenated keys, once each, with their bundle hint', () => {
    const keys = parseCosignPublicKeys(`${pub('p256')}\n${pub('rsa')}\n${pub('p256')}`, 'cosign-key')
    expect(keys.map(key => key.algorithm)).toEqual(['ECDSA P-256', 'RSA-2048'])
    const bundle = JSON.parse(file('p256', 'bundle.json').toString()) as {
      verificationMaterial: { publicKey: { hint: string } }
    }
    expect(keys[0].hint).toBe(bundle.verificationMaterial.publicKey.hint)
  })

  test.each([
    [
      'a PEM private key',
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
        type: 'pkcs8',
        format: 'pem'
      }) as string,
      /holds a private key/
    ],
    [
      'a cosign private key',
      '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\neyJrZGYiOnt9fQ==\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n',
      /holds a private key/
    ],
    [
      'a certificate',
      '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      /is a 'CERTIFICATE', not a public key/
    ],
    ['no PEM', 'not a key', /holds no PEM public key/],
    [
      'a secp256k1 key',
      generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey.export({
        type: 'spki',
        format: 'pem'
      }) as string,
      /EC secp256k1; cosign keys are/
    ],
    [
      'a 1024-bit RSA key',
      generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
        type: 'spki',
        format: 'pem'
      }) as string,
      /RSA-1024; cosign keys are/
    ]
  ])('refuses %s as a bad input naming cosign-key', (_name, text, message) => {
    let thrown: unknown
    try {
      parseCosignPublicKeys(text, 'cosign-key')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect((thrown as InputError).input).toBe('cosign-key')
    expect((thrown as Error).message).toMatch(message)
    expect((thrown as Error).message).not.toContain('eyJrZGYiOnt9fQ')
  })
})
