/**
 * signEnvelope: what a key backend returns is checked as a verifier would before Signet uses it. The
 * backends here are in-process signers over real keys (the interface, not a stand-in for a peer); the
 * real plugin and token run in the key-backends integration test.
 */
import { sign as cryptoSign } from 'node:crypto'
import { signEnvelope, type EnvelopeSigner, type RawSigner } from '../../src/trust/signer.js'
import { signBytes, verifyEnvelope, JWS_MEDIA_TYPE } from '../../src/trust/envelope.js'
import { loadSigningIdentity, type SigningIdentity } from '../../src/trust/pki.js'
import { SigningError } from '../../src/util/errors.js'
import { makePki, type TestPki } from '../helpers/pki.js'

const TARGET = {
  mediaType: 'application/vnd.oci.image.index.v1+json',
  digest: `sha256:${'ab'.repeat(32)}`,
  size: 1234
}
const NOW = new Date()
let pki: TestPki
let identity: SigningIdentity

beforeAll(async () => {
  pki = await makePki()
  identity = loadSigningIdentity({ key: pki.keyPem, chain: pki.chainPem })
})

const rawSigner = (sign: RawSigner['sign']): RawSigner => ({
  kind: 'raw',
  algorithm: 'ES256',
  description: 'test signer',
  sign
})

/** An envelope plugin that signs `payload` as the test plugin does, after `edit` changes it. */
function envelopeSigner(edit: (payload: Record<string, unknown>) => void = () => undefined): EnvelopeSigner {
  return {
    kind: 'envelope',
    description: 'test envelope plugin',
    generateEnvelope: async payload => {
      const parsed = JSON.parse(payload.toString()) as Record<string, unknown>
      edit(parsed)
      const header = {
        alg: 'ES256',
        cty: 'application/vnd.cncf.notary.payload.v1+json',
        'io.cncf.notary.signingScheme': 'notary.x509',
        'io.cncf.notary.signingTime': NOW.toISOString().replace(/\.\d+Z$/, 'Z'),
        crit: ['io.cncf.notary.signingScheme']
      }
      const parts = [JSON.stringify(header), JSON.stringify(parsed)].map(text =>
        Buffer.from(text).toString('base64url')
      )
      const signature = signBytes(Buffer.from(parts.join('.')), identity.key, 'ES256')
      const envelope = {
        payload: parts[1],
        protected: parts[0],
        header: { x5c: identity.chain.map(cert => Buffer.from(cert.rawData).toString('base64')) },
        signature: signature.toString('base64url')
      }
      return { envelope: Buffer.from(JSON.stringify(envelope)), annotations: { 'com.example.kms': 'key-7' } }
    }
  }
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(SigningError)
  return (error as Error).message
}

test('a raw signature becomes an envelope that verifies', async () => {
  const signed = await signEnvelope(
    TARGET,
    rawSigner(async input => ({
      signature: signBytes(input, identity.key, 'ES256'),
      algorithm: 'ES256',
      chain: identity.chain
    })),
    { signingAgent: 'signet/test', now: NOW, trustRoots: [pki.root] }
  )
  const verified = verifyEnvelope(signed.envelope, JWS_MEDIA_TYPE, {
    trustRoots: [pki.root],
    trustedIdentities: ['*']
  })
  expect(verified.target).toEqual(TARGET)
  expect(signed.chain).toBe(identity.chain)
})

test('a raw signature is refused when it is DER instead of r||s, or made with another algorithm', async () => {
  const der = rawSigner(async input => ({
    signature: cryptoSign('sha256', input, identity.key),
    algorithm: 'ES256',
    chain: identity.chain
  }))
  expect(await refusal(signEnvelope(TARGET, der, { signingAgent: 'a', now: NOW }))).toMatch(
    /^test signer: its signature does not verify with the leaf certificate/
  )
  const otherAlgorithm = rawSigner(async input => ({
    signature: signBytes(input, identity.key, 'ES256'),
    algorithm: 'ES384',
    chain: identity.chain
  }))
  expect(await refusal(signEnvelope(TARGET, otherAlgorithm, { signingAgent: 'a', now: NOW }))).toMatch(
    /it signed with ES384, but the key was described as ES256/
  )
})

test('a raw signer whose chain does not reach trust-roots is refused', async () => {
  const stranger = await makePki()
  const signer = rawSigner(async input => ({
    signature: signBytes(input, identity.key, 'ES256'),
    algorithm: 'ES256',
    chain: identity.chain
  }))
  expect(
    await refusal(signEnvelope(TARGET, signer, { signingAgent: 'a', now: NOW, trustRoots: [stranger.root] }))
  ).toMatch(/is not one of the trusted roots/)
})

test("an envelope plugin's envelope is kept byte for byte, with its manifest annotations", async () => {
  const signed = await signEnvelope(TARGET, envelopeSigner(), {
    signingAgent: 'a',
    now: NOW,
    trustRoots: [pki.root]
  })
  expect(signed.annotations).toEqual({ 'com.example.kms': 'key-7' })
  expect(JSON.parse(signed.envelope.toString()).header).not.toHaveProperty('io.cncf.notary.signingAgent')
})

test.each([
  [
    'another size',
    (p: Record<string, unknown>) => ((p.targetArtifact as { size: number }).size = 1),
    /signed size 1 is not 1234/
  ],
  [
    'an unknown payload member',
    (p: Record<string, unknown>) => (p.extra = true),
    /it added unknown payload members: extra/
  ],
  [
    'an unknown target member',
    (p: Record<string, unknown>) => ((p.targetArtifact as Record<string, unknown>).colour = 'blue'),
    /it added unknown payload members: targetArtifact\.colour/
  ]
])('an envelope plugin that signs %s is refused', async (_name, edit, reason) => {
  expect(await refusal(signEnvelope(TARGET, envelopeSigner(edit), { signingAgent: 'a', now: NOW }))).toMatch(
    new RegExp(`^test envelope plugin: the envelope it returned is refused: ${reason.source}`)
  )
})

test('an envelope that does not parse is refused, not trusted', async () => {
  const broken: EnvelopeSigner = {
    kind: 'envelope',
    description: 'test envelope plugin',
    generateEnvelope: async () => ({ envelope: Buffer.from('{"payload":1}'), annotations: {} })
  }
  expect(await refusal(signEnvelope(TARGET, broken, { signingAgent: 'a', now: NOW }))).toMatch(
    /malformed envelope/
  )
})
