/**
 * The JWS format apart from the Notary rules: what decodeJws hands the rules (the format-neutral
 * DecodedEnvelope), what it leaves for later (chain, countersignature), and how signed parts are encoded.
 */
import { createEnvelope, notaryProtectedHeader } from '../../src/trust/envelope.js'
import { assembleJws, countersignatureOf, decodeJws, encodeJwsParts } from '../../src/trust/jws.js'
import { loadSigningIdentity, type SigningIdentity } from '../../src/trust/signing-identity.js'
import { isSigningAlgorithm, signBytes, verifyBytes } from '../../src/trust/signature-algorithms.js'
import { publicKeyOf } from '../../src/trust/certificates.js'
import type { Descriptor } from '../../src/oci/types.js'
import { makePki, type TestPki } from '../helpers/pki.js'

const TARGET: Descriptor = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  size: 42
}
const TOKEN_MEMBER = 'io.cncf.notary.timestampSignature'

let pki: TestPki
let identity: SigningIdentity
let envelope: Buffer
beforeAll(async () => {
  pki = await makePki()
  identity = loadSigningIdentity({ key: pki.keyPem, chain: pki.chainPem })
  envelope = createEnvelope(TARGET, identity, { signingAgent: 'signet/test' })
})

type JwsJson = { payload: string; protected: string; header: Record<string, unknown>; signature: string }
const edit = (change: (jws: JwsJson) => void): Buffer => {
  const jws = JSON.parse(envelope.toString('utf8')) as JwsJson
  change(jws)
  return Buffer.from(JSON.stringify(jws))
}

test('decodeJws hands over the protected header, payload, signing input and signature', () => {
  const jws = JSON.parse(envelope.toString('utf8')) as JwsJson
  const decoded = decodeJws(envelope)
  expect(decoded.protectedHeader).toMatchObject({
    alg: 'ES256',
    'io.cncf.notary.signingScheme': 'notary.x509'
  })
  expect(JSON.parse(decoded.payload.toString('utf8'))).toEqual({ targetArtifact: TARGET })
  expect(decoded.signingInput.toString()).toBe(`${jws.protected}.${jws.payload}`)
  expect(verifyBytes(decoded.signingInput, decoded.signature, publicKeyOf(pki.chain[0]), 'ES256')).toBe(true)
  expect(decoded.certificateChain().map(cert => cert.subject)).toEqual(pki.chain.map(cert => cert.subject))
  expect([decoded.timestamped, decoded.timestampToken()]).toEqual([false, undefined])
})

test('a broken chain is reported only when the rules reach it', () => {
  const decoded = decodeJws(edit(jws => void (jws.header.x5c = ['not base64!'])))
  expect(decoded.protectedHeader.alg).toBe('ES256')
  expect(() => decoded.certificateChain()).toThrow('malformed envelope: x5c[0] is not standard base64')
})

test('the format itself is checked at once', () => {
  expect(() => decodeJws(edit(jws => void (jws.payload = `${jws.payload}=`)))).toThrow(
    'malformed envelope: payload is not unpadded base64url'
  )
  expect(() =>
    decodeJws(edit(jws => void (jws.protected = Buffer.from('[1]').toString('base64url'))))
  ).toThrow('malformed envelope: the protected header is not a JSON object')
})

test('a countersignature goes into the unprotected header; nothing signed changes', () => {
  const token = Buffer.from([0x30, 0x03, 0x02, 0x01, 0x07])
  const stamped = decodeJws(envelope).withTimestampToken(token)
  const before = JSON.parse(envelope.toString('utf8')) as JwsJson
  const after = JSON.parse(stamped.toString('utf8')) as JwsJson
  expect(Object.keys(after)).toEqual(Object.keys(before))
  expect([after.payload, after.protected, after.signature]).toEqual([
    before.payload,
    before.protected,
    before.signature
  ])
  expect(after.header[TOKEN_MEMBER]).toBe(token.toString('base64'))
  const decoded = decodeJws(stamped)
  expect([decoded.timestamped, decoded.timestampToken()]).toEqual([true, token])
  expect(countersignatureOf(stamped)).toEqual({ token, signature: decoded.signature })
})

test('an empty countersignature is none; a malformed one is refused by the verifier, skipped by countersignatureOf', () => {
  const empty = decodeJws(edit(jws => void (jws.header[TOKEN_MEMBER] = '')))
  expect([empty.timestamped, empty.timestampToken()]).toEqual([true, undefined])
  const broken = edit(jws => void (jws.header[TOKEN_MEMBER] = 42))
  expect(() => decodeJws(broken).timestampToken()).toThrow(
    `malformed envelope: ${TOKEN_MEMBER} is not standard base64`
  )
  expect(countersignatureOf(broken)).toBeUndefined()
  expect(countersignatureOf(Buffer.from('not an envelope'))).toBeUndefined()
})

test('encodeJwsParts keeps member order and writes times as RFC 3339 seconds', () => {
  const header = notaryProtectedHeader('PS384', {
    signingTime: new Date('2026-11-23T10:00:00.789Z'),
    expiry: new Date('2027-01-01T00:00:00Z')
  })
  const parts = encodeJwsParts(header, Buffer.from('{}'))
  expect(Buffer.from(parts.protected, 'base64url').toString()).toBe(
    '{"alg":"PS384","cty":"application/vnd.cncf.notary.payload.v1+json","io.cncf.notary.signingScheme":"notary.x509","io.cncf.notary.signingTime":"2026-11-23T10:00:00Z","crit":["io.cncf.notary.signingScheme","io.cncf.notary.expiry"],"io.cncf.notary.expiry":"2027-01-01T00:00:00Z"}'
  )
  expect(parts.payload).toBe('e30')
  expect(parts.signingInput.toString()).toBe(`${parts.protected}.e30`)
  const assembled = JSON.parse(assembleJws(parts, Buffer.from([1, 2]), pki.chain, { agent: 'a' }).toString())
  expect(Object.keys(assembled)).toEqual(['payload', 'protected', 'header', 'signature'])
  expect(Object.keys(assembled.header)).toEqual(['x5c', 'agent'])
  expect(assembled.signature).toBe('AQI')
})

describe('signature algorithms', () => {
  test('sign and verify round trip; a signature of the wrong length is no signature', async () => {
    const rsa = await makePki({ key: { kind: 'rsa', bits: 2048 } })
    const input = Buffer.from('signing input')
    for (const [key, leaf, algorithm] of [
      [identity.key, pki.chain[0], 'ES256'],
      [loadSigningIdentity({ key: rsa.keyPem, chain: rsa.chainPem }).key, rsa.chain[0], 'PS256']
    ] as const) {
      const signature = signBytes(input, key, algorithm)
      expect(verifyBytes(input, signature, publicKeyOf(leaf), algorithm)).toBe(true)
      expect(verifyBytes(Buffer.from('other input'), signature, publicKeyOf(leaf), algorithm)).toBe(false)
      expect(verifyBytes(input, signature.subarray(1), publicKeyOf(leaf), algorithm)).toBe(false)
    }
  })

  test('isSigningAlgorithm knows the six Notary algorithms', () => {
    expect(['PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'].every(isSigningAlgorithm)).toBe(true)
    expect([isSigningAlgorithm('RS256'), isSigningAlgorithm(-7), isSigningAlgorithm(undefined)]).toEqual([
      false,
      false,
      false
    ])
  })
})
