/**
 * Notary COSE envelopes (src/trust/cose.ts, read by the Notary rules of src/trust/envelope.ts) and the
 * CBOR under them (src/trust/cbor.ts): upstream's envelopes read with upstream's facts and verdicts
 * (notation-core-go's conformance vector, notation-go's cose_signature.sig), notation-core-go's envelope
 * error cases redone on bytes, Signet's own envelopes round-tripped, core deterministic encoding, and the
 * countersignature.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { VerificationError } from '../../src/util/errors.js'
import { MediaType, type Descriptor } from '../../src/oci/types.js'
import { decodeStrict, encodeDeterministic, Tagged } from '../../src/trust/cbor.js'
import { coseCountersignatureOf, decodeCose } from '../../src/trust/cose.js'
import {
  addTimestamp,
  COSE_MEDIA_TYPE,
  countersignatureOf,
  createEnvelope,
  envelopeToSign,
  signatureVerifies,
  verifyEnvelope,
  type VerifyOptions
} from '../../src/trust/envelope.js'
import type { DecodedEnvelope } from '../../src/trust/notary-envelope.js'
import { loadSigningIdentity, type SigningIdentity } from '../../src/trust/pki.js'
import { x509 } from '../../src/trust/x509.js'
import { makePki, type KeySpec } from '../helpers/pki.js'

const FIXTURES = resolve(process.cwd(), '__tests__/fixtures')
const TARGET: Descriptor = {
  mediaType: MediaType.OciIndex,
  digest: `sha256:${'ab'.repeat(32)}`,
  size: 1234,
  annotations: { 'dev.signet.test': 'yes' }
}
const SIGNING_TIME = new Date('2026-12-01T10:00:00Z')

type HeaderMap = Map<number | string, unknown>
interface Sign1 {
  protectedHeader: HeaderMap
  unprotected: HeaderMap
  payload: Uint8Array
  signature: Uint8Array
}

/** The four members of a COSE_Sign1, the protected header decoded (tags allowed everywhere: a test's view). */
function open(envelope: Uint8Array): Sign1 {
  const message = decodeStrict(envelope, { tags: () => true }) as Tagged
  const [protectedBytes, unprotected, payload, signature] = message.value as [
    Uint8Array,
    HeaderMap,
    Uint8Array,
    Uint8Array
  ]
  const protectedHeader = decodeStrict(protectedBytes, { tags: () => true }) as HeaderMap
  return { protectedHeader, unprotected, payload, signature }
}

function close(sign1: Sign1): Buffer {
  return encodeDeterministic(
    new Tagged(18, [
      encodeDeterministic(sign1.protectedHeader),
      sign1.unprotected,
      sign1.payload,
      sign1.signature
    ])
  )
}

/** The facts the Notary rules read, decoded as the rules decode them. */
function facts(decoded: DecodedEnvelope) {
  const header = decoded.protectedHeader
  const time = (name: string) =>
    header[name] === undefined ? undefined : decoded.decodeTime(header[name], name)
  return {
    algorithm: header.alg,
    signingTime: time('io.cncf.notary.signingTime'),
    expiry: time('io.cncf.notary.expiry'),
    chain: decoded.certificateChain(),
    timestampToken: decoded.timestampToken(),
    payload: decoded.payload
  }
}

/** Refused with `message` by the COSE reader or the Notary rules after it (trusting `roots`). */
function expectRefused(envelope: Uint8Array, message: RegExp, options: Partial<VerifyOptions> = {}): void {
  let thrown: unknown
  try {
    verifyEnvelope(envelope, COSE_MEDIA_TYPE, { trustRoots: [], trustedIdentities: ['*'], ...options })
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(VerificationError)
  expect((thrown as Error).message).toMatch(message)
}

describe('notation-core-go conformance vector (signature/cose/testdata/conformance.json)', () => {
  const conformance = JSON.parse(
    readFileSync(join(FIXTURES, 'notation-core-go-cose/conformance.json'), 'utf8')
  ) as {
    signingTime: number
    expiry: number
    payload: string
    protectedHeaders: { cborHex: string }
    unprotectedHeaders: { cborHex: string }
    expectedOutput: { cborHex: string }
  }
  const expected = Buffer.from(conformance.expectedOutput.cborHex, 'hex')

  test('its protected header is the core deterministic encoding of its own map (go-cose SortCoreDeterministic)', () => {
    const bytes = Buffer.from(conformance.protectedHeaders.cborHex, 'hex')
    const header = decodeStrict(bytes, { tags: [1] }) as HeaderMap
    // Re-insert the entries in reverse and shuffled orders: the encoding must not depend on them.
    const reversed = new Map([...header.entries()].reverse())
    expect(encodeDeterministic(reversed).equals(bytes)).toBe(true)
    expect(encodeDeterministic(header).equals(bytes)).toBe(true)
  })

  test('the whole expected output re-encodes byte for byte', () => {
    const sign1 = open(expected)
    expect(close(sign1).equals(expected)).toBe(true)
    expect(encodeDeterministic(sign1.unprotected).toString('hex')).toBe(
      conformance.unprotectedHeaders.cborHex.toLowerCase()
    )
  })

  test('upstream verdict as published (extended critical attribute signedCritKey1, no x5chain): refused', () => {
    // notation-core-go's Content() reads signedCritKey1 as a critical extended attribute and then finds no
    // certificate chain (InvalidSignatureError). Signet refuses the critical header it does not understand
    // first, as the signature specification asks (notation 1.3.2 lets one pass: README, deviations).
    expectRefused(expected, /^unknown critical header signedCritKey1$/)
  })

  test('with the chain added and signedCritKey1 dropped (as testVerify prepares it), upstream’s facts', () => {
    const sign1 = open(expected)
    sign1.protectedHeader.delete('signedCritKey1')
    sign1.protectedHeader.set(2, ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry'])
    const der = readFileSync(join(FIXTURES, 'notation-go/wabbit-networks.io.crt'))
    sign1.unprotected.set(
      33,
      [new x509.X509Certificate(der.toString('utf8')).rawData].map(b => new Uint8Array(b))
    )
    const read = facts(decodeCose(close(sign1)))
    expect(read.algorithm).toBe('PS384')
    expect(read.signingTime?.getTime()).toBe(conformance.signingTime * 1000)
    expect(read.expiry?.getTime()).toBe(conformance.expiry * 1000)
    expect(read.payload.toString('hex').toUpperCase()).toBe(conformance.payload)
    expect(read.payload.toString()).toBe('hello COSE')
    expect(read.chain).toHaveLength(1)
    expect(read.timestampToken).toBeUndefined()
    expect(sign1.unprotected.get('io.cncf.notary.signingAgent')).toBe('NotationConformanceTest/1.0.0')
  })
})

describe('notation-go cose_signature.sig (a COSE envelope notation 1.0 made)', () => {
  const envelope = readFileSync(join(FIXTURES, 'notation-go/cose_signature.sig'))

  const leaf = () => decodeCose(envelope).certificateChain()[0]
  const TARGET_481 = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: 'sha256:19dbd2e48e921426ee8ace4dc892edfb2ecdc1d1a72d5416c83670c30acecef0',
    size: 481
  }

  test('reads with its facts', () => {
    const read = facts(decodeCose(envelope))
    expect(read.algorithm).toBe('PS256')
    expect(read.signingTime?.toISOString()).toBe('2023-03-14T04:45:22.000Z')
    expect(read.expiry).toBeUndefined()
    expect(JSON.parse(read.payload.toString())).toEqual({ targetArtifact: TARGET_481 })
    expect(read.chain.map(cert => cert.subject)).toEqual([expect.stringMatching(/CN=alpine/)])
    expect(open(envelope).unprotected.get('io.cncf.notary.signingAgent')).toBe('Notation/1.0.0')
  })

  test('upstream verdict: ACCEPT when its own self-signed leaf is the trust root, its target the layout manifest', () => {
    const verified = verifyEnvelope(envelope, COSE_MEDIA_TYPE, {
      trustRoots: [leaf()],
      trustedIdentities: ['*'],
      now: new Date('2026-11-23T12:00:00Z')
    })
    expect(verified.target).toEqual(TARGET_481)
    expect(verified.signer).toBe('C=US, ST=WA, L=Seattle, O=Notary, CN=alpine')
    expect(verified.algorithm).toBe('PS256')
    expect(verified.timestamped).toBe(false)
  })

  test('Sig_structure is ["Signature1", protected, h\'\', payload], and the signature covers it', () => {
    const decoded = decodeCose(envelope)
    const structure = decodeStrict(decoded.signingInput, { tags: [] }) as unknown[]
    expect(structure[0]).toBe('Signature1')
    expect(Buffer.from(structure[2] as Uint8Array)).toHaveLength(0)
    expect(Buffer.from(structure[3] as Uint8Array).equals(decoded.payload)).toBe(true)
    expect(decodeStrict(structure[1] as Uint8Array, { tags: [1] })).toBeInstanceOf(Map)
    expect(signatureVerifies(decoded.signingInput, decoded.signature, leaf(), 'PS256')).toBe(true)
  })

  test('notation’s encoding is core deterministic: it re-encodes byte for byte', () => {
    expect(close(open(envelope)).equals(envelope)).toBe(true)
  })

  test('one byte of the signature, the payload or the protected header changed: refused', () => {
    const options = { trustRoots: [leaf()], now: new Date('2026-11-23T12:00:00Z') }
    const signature = open(envelope)
    signature.signature = Buffer.from(signature.signature)
    signature.signature[10] ^= 1
    expectRefused(close(signature), /^signature does not verify$/, options)
    const payload = open(envelope)
    payload.payload = Buffer.from(Buffer.from(payload.payload).toString().replace('481', '482'))
    expectRefused(close(payload), /^signature does not verify$/, options)
    const header = open(envelope)
    header.protectedHeader.set('io.cncf.notary.signingTime', new Tagged(1, 1678769123))
    expectRefused(close(header), /^signature does not verify$/, options)
  })
})

describe('Signet’s COSE envelopes', () => {
  const keys: KeySpec[] = [
    { kind: 'ec', curve: 'P-256' },
    { kind: 'ec', curve: 'P-384' },
    { kind: 'ec', curve: 'P-521' },
    { kind: 'rsa', bits: 2048 }
  ]
  const identities = new Map<string, SigningIdentity>()
  const identity = async (spec: KeySpec): Promise<SigningIdentity> => {
    const name = JSON.stringify(spec)
    if (!identities.has(name)) {
      const pki = await makePki({ key: spec, levels: 3 })
      identities.set(name, loadSigningIdentity({ key: pki.keyPem, chain: pki.chainPem }))
    }
    return identities.get(name) as SigningIdentity
  }

  test.each(keys)('%j: signs, reads back with the facts it was given, and verifies', async spec => {
    const signer = await identity(spec)
    // Within the test chain's validity (from an hour ago), in whole seconds as the envelope keeps it.
    const signingTime = new Date(Math.floor(Date.now() / 1000) * 1000)
    const expiry = new Date(signingTime.getTime() + 86_400_000)
    const envelope = createEnvelope(TARGET, signer, {
      signingAgent: 'signet/test',
      signingTime,
      expiry,
      format: 'cose'
    })
    const decoded = decodeCose(envelope)
    const read = facts(decoded)
    expect(read.algorithm).toBe(signer.algorithm)
    expect(read.signingTime).toEqual(signingTime)
    expect(read.expiry).toEqual(expiry)
    expect(read.chain.map(cert => cert.subject)).toEqual(signer.chain.map(cert => cert.subject))
    expect(JSON.parse(read.payload.toString())).toEqual({ targetArtifact: TARGET })
    expect(open(envelope).unprotected.get('io.cncf.notary.signingAgent')).toBe('signet/test')
    if (spec.kind === 'ec') {
      // Raw r||s, two field elements: RFC 9053 §2.1.
      expect(decoded.signature).toHaveLength({ 'P-256': 64, 'P-384': 96, 'P-521': 132 }[spec.curve])
    }
    const verified = verifyEnvelope(envelope, COSE_MEDIA_TYPE, {
      trustRoots: [signer.chain[signer.chain.length - 1]],
      trustedIdentities: ['*'],
      now: signingTime
    })
    expect(verified).toMatchObject({ target: TARGET, algorithm: signer.algorithm, expiry })
  })

  test('the protected header notation writes: alg, crit, content type, scheme, tag-1 times, nothing else', async () => {
    const signer = await identity(keys[0])
    const sign1 = open(
      createEnvelope(TARGET, signer, { signingAgent: 'a', signingTime: SIGNING_TIME, format: 'cose' })
    )
    expect([...sign1.protectedHeader.entries()]).toEqual([
      [1, -7],
      [2, ['io.cncf.notary.signingScheme']],
      [3, 'application/vnd.cncf.notary.payload.v1+json'],
      ['io.cncf.notary.signingTime', new Tagged(1, SIGNING_TIME.getTime() / 1000)],
      ['io.cncf.notary.signingScheme', 'notary.x509']
    ])
    expect([...sign1.unprotected.keys()]).toEqual([33, 'io.cncf.notary.signingAgent'])
    expect(Array.isArray(sign1.unprotected.get(33))).toBe(true)
  })

  test('deterministic: the same input gives the same bytes to sign and the same envelope', async () => {
    const signer = await identity(keys[0])
    const options = {
      signingAgent: 'signet/test',
      signingTime: SIGNING_TIME,
      expiry: new Date(2e12),
      format: 'cose' as const
    }
    const first = envelopeToSign(TARGET, 'ES256', options)
    const second = envelopeToSign(
      { ...TARGET, annotations: Object.fromEntries(Object.entries(TARGET.annotations ?? {}).reverse()) },
      'ES256',
      options
    )
    expect(first.mediaType).toBe(COSE_MEDIA_TYPE)
    expect(second.signingInput.equals(first.signingInput)).toBe(true)
    const signature = Buffer.alloc(64, 7)
    expect(first.assemble(signature, signer.chain).equals(second.assemble(signature, signer.chain))).toBe(
      true
    )
  })

  test('countersigning stamps the signature bytes with the algorithm’s hash and changes nothing signed', async () => {
    const signer = await identity({ kind: 'ec', curve: 'P-384' })
    const envelope = createEnvelope(TARGET, signer, {
      signingAgent: 'a',
      signingTime: SIGNING_TIME,
      format: 'cose'
    })
    const before = decodeCose(envelope)
    expect(before.timestamped).toBe(false)
    expect(countersignatureOf(envelope, COSE_MEDIA_TYPE)).toBeUndefined()
    const asked: Array<[Buffer, string]> = []
    const token = Buffer.from('30030201ff', 'hex')
    const stamped = await addTimestamp(envelope, COSE_MEDIA_TYPE, async (signature, hash) => {
      asked.push([signature, hash])
      return token
    })
    expect(asked).toEqual([[before.signature, 'sha384']])
    const after = decodeCose(stamped)
    expect(after.timestamped).toBe(true)
    expect(after.timestampToken()).toEqual(token)
    expect(after.signingInput.equals(before.signingInput)).toBe(true)
    expect(after.signature.equals(before.signature)).toBe(true)
    expect(countersignatureOf(stamped, COSE_MEDIA_TYPE)).toEqual({ token, signature: before.signature })
    expect(coseCountersignatureOf(Buffer.from('not cose'))).toBeUndefined()
  })
})

describe('core deterministic encoding (RFC 8949 §4.2.1)', () => {
  const label = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.string({ maxLength: 30 }))
  const entries = fc.uniqueArray(fc.tuple(label, fc.oneof(fc.integer(), fc.string(), fc.uint8Array())), {
    selector: ([key]) => key,
    maxLength: 12
  })

  test('map keys come out sorted by their encoded bytes, whatever the insertion order', () => {
    fc.assert(
      fc.property(entries, fc.infiniteStream(fc.nat()), (pairs, randoms) => {
        const shuffled = [...pairs].sort(() => (randoms.next().value % 3) - 1)
        const bytes = encodeDeterministic(new Map(pairs))
        expect(encodeDeterministic(new Map(shuffled)).equals(bytes)).toBe(true)
        const keys = [...(decodeStrict(bytes, { tags: [] }) as Map<unknown, unknown>).keys()]
        const encodedKeys = keys.map(key => encodeDeterministic(key))
        for (let index = 1; index < encodedKeys.length; index++) {
          expect(Buffer.compare(encodedKeys[index - 1], encodedKeys[index])).toBe(-1)
        }
      })
    )
  })

  test('shortest integer and length forms, definite lengths', () => {
    expect(encodeDeterministic(23).toString('hex')).toBe('17')
    expect(encodeDeterministic(24).toString('hex')).toBe('1818')
    expect(encodeDeterministic(-39).toString('hex')).toBe('3826')
    expect(encodeDeterministic(new Uint8Array(24)).subarray(0, 2).toString('hex')).toBe('5818')
    expect(encodeDeterministic([1, [2]]).toString('hex')).toBe('82018102')
    // Integers before text, shorter text before longer: the order of their encodings.
    expect(
      encodeDeterministic(
        new Map<unknown, unknown>([
          ['b', 0],
          ['aa', 0],
          [10, 0],
          [-1, 0]
        ])
      ).toString('hex')
    ).toBe('a40a002000616200626161' + '00')
  })
})

describe('strict reading: what notation-core-go refuses (signature/cose/envelope_test.go), on bytes', () => {
  let valid: Buffer
  let trust: Partial<VerifyOptions>
  beforeAll(async () => {
    const pki = await makePki({ key: { kind: 'rsa', bits: 3072 } })
    const signer = loadSigningIdentity({ key: pki.keyPem, chain: pki.chainPem })
    valid = createEnvelope(TARGET, signer, {
      signingAgent: 'signet/test',
      expiry: new Date(Date.now() + 86_400_000),
      format: 'cose'
    })
    trust = { trustRoots: [pki.root] }
  })
  const mutate = (change: (sign1: Sign1) => void): Buffer => {
    const sign1 = open(valid)
    change(sign1)
    return close(sign1)
  }
  const verify = (envelope: Buffer, options: Partial<VerifyOptions> = {}) =>
    verifyEnvelope(envelope, COSE_MEDIA_TYPE, {
      trustedIdentities: ['*'],
      trustRoots: [],
      ...trust,
      ...options
    })

  test('the unmutated envelope verifies (so every refusal below is the mutation’s doing)', () => {
    expect(verify(mutate(() => undefined))).toMatchObject({ target: TARGET, algorithm: 'PS384' })
  })

  test.each<[string, (sign1: Sign1) => void, RegExp]>([
    ['empty crit header', s => s.protectedHeader.set(2, []), /"crit" must be a non-empty array/],
    ['invalid crit header', s => s.protectedHeader.set(2, 'invalid'), /"crit" must be a non-empty array/],
    [
      'required headers not marked critical',
      s => s.protectedHeader.set(2, ['io.cncf.notary.expiry']),
      /io\.cncf\.notary\.signingScheme must be listed in "crit"/
    ],
    [
      'unknown critical header',
      s => {
        s.protectedHeader.set('io.example.new', 1)
        s.protectedHeader.set(2, ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry', 'io.example.new'])
      },
      /^unknown critical header io\.example\.new$/
    ],
    [
      'missing critical header',
      s => s.protectedHeader.delete('io.cncf.notary.expiry'),
      /critical header io\.cncf\.notary\.expiry is not present/
    ],
    [
      'signingScheme of the wrong type',
      s => s.protectedHeader.set('io.cncf.notary.signingScheme', 0),
      /^unsupported signing scheme 0$/
    ],
    [
      'unsupported signingScheme',
      s => s.protectedHeader.set('io.cncf.notary.signingScheme', 'unsupported'),
      /^unsupported signing scheme unsupported$/
    ],
    ['algorithm not found', s => s.protectedHeader.delete(1), /^unsupported signature algorithm undefined$/],
    ['algorithm Ed25519 (-8)', s => s.protectedHeader.set(1, -8), /^unsupported signature algorithm -8$/],
    [
      'algorithm as text, which JWS would read',
      s => s.protectedHeader.set(1, 'PS384'),
      /^unsupported signature algorithm "PS384" \(COSE numbers its algorithms\)$/
    ],
    ['a text label "alg" beside label 1', s => s.protectedHeader.set('alg', 'PS384'), /text label "alg"/],
    [
      'crit naming label 1 (alg), which this verifier does not process as critical',
      s => s.protectedHeader.set(2, ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry', 1]),
      /^unknown critical header alg$/
    ],
    [
      'crit naming an integer label the Notary spec does not define',
      s => {
        s.protectedHeader.set(99, 'x')
        s.protectedHeader.set(2, ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry', 99])
      },
      /"crit" must be a non-empty array of strings/
    ],
    [
      'signingTime with tag 0',
      s => s.protectedHeader.set('io.cncf.notary.signingTime', new Tagged(0, '2026-12-01T10:00:00Z')),
      /signingTime is not a CBOR tag 1 epoch time/
    ],
    [
      'expiry with tag 0',
      s => s.protectedHeader.set('io.cncf.notary.expiry', new Tagged(0, '2030-01-01T00:00:00Z')),
      /expiry is not a CBOR tag 1 epoch time/
    ],
    [
      'signingTime without a tag',
      s => s.protectedHeader.set('io.cncf.notary.signingTime', 1764583200),
      /signingTime is not a CBOR tag 1 epoch time/
    ],
    [
      'signingTime as text',
      s => s.protectedHeader.set('io.cncf.notary.signingTime', 'invalid'),
      /signingTime is not a CBOR tag 1 epoch time/
    ],
    [
      'tag 1 over text',
      s => s.protectedHeader.set('io.cncf.notary.signingTime', new Tagged(1, 'x')),
      /signingTime is not an epoch time/
    ],
    [
      'missing signingTime',
      s => s.protectedHeader.delete('io.cncf.notary.signingTime'),
      /lacks io\.cncf\.notary\.signingTime/
    ],
    ['missing content type', s => s.protectedHeader.delete(3), /content type \(cty\) is undefined/],
    ['content type of the wrong type', s => s.protectedHeader.set(3, 0), /content type \(cty\) is 0/],
    ['x5chain missing', s => s.unprotected.delete(33), /x5chain \(label 33\) is not a non-empty array/],
    ['x5chain empty', s => s.unprotected.set(33, []), /x5chain \(label 33\) is not a non-empty array/],
    ['x5chain leaf of the wrong type', s => s.unprotected.set(33, [0]), /x5chain\[0\] is not a byte string/],
    [
      'x5chain a single byte string (RFC 9360 allows it; notation reads only arrays)',
      s => s.unprotected.set(33, (s.unprotected.get(33) as Uint8Array[])[0]),
      /x5chain \(label 33\) is not a non-empty array/
    ],
    ['signature missing', s => (s.signature = new Uint8Array()), /signature is not a non-empty byte string/],
    [
      'verification plugin required',
      s => s.protectedHeader.set('io.cncf.notary.verificationPlugin', 'com.example.plugin'),
      /requires verification plugin com\.example\.plugin/
    ],
    [
      'authenticSigningTime with notary.x509',
      s => s.protectedHeader.set('io.cncf.notary.authenticSigningTime', new Tagged(1, 1)),
      /authenticSigningTime must not be present/
    ],
    [
      'a label in both buckets',
      s => s.unprotected.set(3, 'application/vnd.cncf.notary.payload.v1+json'),
      /header 3 is both protected and unprotected/
    ]
  ])('%s', (_name, change, message) => {
    expectRefused(mutate(change), message, trust)
  })

  test('a timestampSignature of the wrong type: ignored without TSA trust (as notation), refused with it', () => {
    const envelope = mutate(s => s.unprotected.set('io.cncf.notary.timestampSignature', 'MIIB'))
    expect(verify(envelope).timestamped).toBe(true)
    expectRefused(envelope, /timestampSignature is not a byte string/, {
      ...trust,
      timestamp: { roots: [], verify: 'always' }
    })
  })

  test('a detached payload (nil) is refused', () => {
    const sign1 = open(valid)
    const bytes = encodeDeterministic(
      new Tagged(18, [encodeDeterministic(sign1.protectedHeader), sign1.unprotected, null, sign1.signature])
    )
    expectRefused(bytes, /payload is detached/)
  })

  test('an untagged COSE_Sign1, or another tag, is refused (go-cose: "invalid COSE_Sign1_Tagged object")', () => {
    const sign1 = open(valid)
    const members = [
      encodeDeterministic(sign1.protectedHeader),
      sign1.unprotected,
      sign1.payload,
      sign1.signature
    ]
    expectRefused(encodeDeterministic(members), /not a tagged COSE_Sign1/)
    expectRefused(encodeDeterministic(new Tagged(98, members)), /tag 98 at byte 0 is not allowed/)
    expectRefused(
      encodeDeterministic(new Tagged(18, new Tagged(18, members))),
      /tag 18 at byte 1 is not allowed/
    )
  })

  test('a tag in the unprotected header is refused (go-cose reads the message with tags forbidden)', () => {
    expectRefused(
      mutate(s => s.unprotected.set('io.example', new Tagged(1, 0))),
      /tag 1 at byte \d+ is not allowed/
    )
  })

  test('an empty protected header is refused: a Notary envelope needs its signed headers', () => {
    const sign1 = open(valid)
    expectRefused(
      encodeDeterministic(
        new Tagged(18, [new Uint8Array(), sign1.unprotected, sign1.payload, sign1.signature])
      ),
      /protected header is empty/
    )
  })
})
