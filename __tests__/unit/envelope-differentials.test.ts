/**
 * Same bytes, same verdict as notation (notation-go), unless Signet is stricter for a reason: JSON that
 * two parsers read two ways is refused; RSASSA-PSS salts of any valid length are accepted, as notation
 * does. notation's own verdicts on these envelopes are measured in integration/notation-differentials.
 */
import { VerificationError } from '../../src/util/errors.js'
import type { Descriptor } from '../../src/oci/types.js'
import { JWS_MEDIA_TYPE, verifyEnvelope } from '../../src/trust/envelope.js'
import { craftJws, type CraftOptions } from '../helpers/craft.js'
import { makePki, type TestPki } from '../helpers/pki.js'

const TARGET: Descriptor = {
  mediaType: 'application/vnd.oci.image.index.v1+json',
  digest: `sha256:${'ab'.repeat(32)}`,
  size: 1234
}
const OTHER = `sha256:${'cd'.repeat(32)}`

let ec: TestPki
let rsa: TestPki
beforeAll(async () => {
  ;[ec, rsa] = await Promise.all([makePki(), makePki({ key: { kind: 'rsa', bits: 2048 } })])
})

function verdict(envelope: Buffer, pki: TestPki): string {
  try {
    const verified = verifyEnvelope(envelope, JWS_MEDIA_TYPE, {
      trustRoots: [pki.root],
      trustedIdentities: ['*']
    })
    return `accepted ${verified.target.digest} ${verified.target.size}`
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error
    return `rejected: ${error.message}`
  }
}

const craft = (options: Partial<CraftOptions> = {}, pki = ec): Buffer =>
  craftJws(TARGET, { key: pki.key, chain: pki.chain, ...options })

const target = (fields: string): string =>
  `{"targetArtifact":{"mediaType":"${TARGET.mediaType}","digest":"${TARGET.digest}",${fields}}}`

const header = (extra: string): string =>
  `{"alg":"ES256","cty":"application/vnd.cncf.notary.payload.v1+json","io.cncf.notary.signingScheme":"notary.x509","io.cncf.notary.signingTime":"${new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')}","crit":["io.cncf.notary.signingScheme"]${extra}}`

test('the crafted baseline verifies', () => {
  expect(verdict(craft({ payloadText: target('"size":1234') }), ec)).toBe(`accepted ${TARGET.digest} 1234`)
  expect(verdict(craft({ protectedText: header('') }), ec)).toBe(`accepted ${TARGET.digest} 1234`)
})

test.each([
  [
    'a duplicate targetArtifact',
    `{"targetArtifact":{"mediaType":"x","digest":"${OTHER}","size":1},"targetArtifact":${target('"size":1234').slice(18, -1)}}`,
    /duplicate key "targetArtifact"/
  ],
  [
    'a case-variant TargetArtifact',
    `${target('"size":1234').slice(0, -1)},"TargetArtifact":{"mediaType":"x","digest":"${OTHER}","size":1}}`,
    /"targetArtifact" and "TargetArtifact" .* differ only in case/
  ],
  [
    'a duplicate digest',
    target(`"digest":"${OTHER}","size":1234`),
    /duplicate key "digest" in targetArtifact/
  ],
  [
    'a case-variant Size',
    target('"size":1234,"Size":99'),
    /"size" and "Size" in targetArtifact differ only in case/
  ],
  ['a size Go folds (U+017F)', target('"size":1234,"\u017fize":99'), /differ only in case/],
  ['a size written 1.234e3', target('"size":1.234e3'), /targetArtifact\.size is not a size/],
  ['a size written 1234.0', target('"size":1234.0'), /targetArtifact\.size is not a size/],
  [
    'a duplicate annotation',
    target('"size":1234,"annotations":{"a":"1","a":"2"}'),
    /duplicate key "a" in targetArtifact\.annotations/
  ]
])('a payload with %s is rejected', (_name, payloadText, reason) => {
  expect(verdict(craft({ payloadText }), ec)).toMatch(reason)
})

test('annotations that differ only in case are distinct map keys, as in Go', () => {
  const payloadText = target('"size":1234,"annotations":{"org.A":"1","org.a":"2"}')
  expect(verdict(craft({ payloadText }), ec)).toBe(`accepted ${TARGET.digest} 1234`)
})

test.each([
  ['a duplicate alg', header(',"alg":"ES256"'), /duplicate key "alg"/],
  ['a case-variant Alg', header(',"Alg":"PS256"'), /"alg" and "Alg" .* differ only in case/],
  [
    'a case-variant signing time',
    header(',"io.cncf.notary.SigningTime":"2020-01-01T00:00:00Z"'),
    /differ only in case/
  ],
  ['a duplicate crit', header(',"crit":["io.cncf.notary.signingScheme"]'), /duplicate key "crit"/]
])('a protected header with %s is rejected', (_name, protectedText, reason) => {
  expect(verdict(craft({ protectedText }), ec)).toMatch(reason)
})

test('an envelope with a duplicate member or a case-variant x5c is rejected', () => {
  const text = craft().toString('utf8')
  const duplicated = Buffer.from(`{"payload":"e30",${text.slice(1)}`)
  expect(verdict(duplicated, ec)).toMatch(/duplicate key "payload"/)
  const jws = JSON.parse(text) as { header: Record<string, unknown> }
  const variant = text.replace('"x5c":', `"X5C":${JSON.stringify(jws.header.x5c)},"x5c":`)
  expect(verdict(Buffer.from(variant), ec)).toMatch(/"X5C" and "x5c" in header differ only in case/)
})

test.each([0, 20, 32, 64, 222])(
  'RSASSA-PSS with a %d-byte salt is accepted, as notation accepts it',
  saltLength => {
    expect(verdict(craft({ alg: 'PS256', saltLength }, rsa), rsa)).toBe(`accepted ${TARGET.digest} 1234`)
  }
)

test('RSASSA-PSS with any salt still fails on a changed payload', () => {
  const envelope = JSON.parse(craft({ alg: 'PS256', saltLength: 0 }, rsa).toString('utf8'))
  envelope.payload = Buffer.from(target('"size":1235')).toString('base64url')
  expect(verdict(Buffer.from(JSON.stringify(envelope)), rsa)).toBe('rejected: signature does not verify')
})
