/**
 * Property tests of the signature envelope verifier: arbitrary or malformed envelopes are refused with a
 * VerificationError (never another exception), and a valid envelope with ONE byte changed anywhere in
 * its protected header, payload, signature or a certificate of its x5c chain is never accepted.
 * Case counts scale with SIGNET_FUZZ_SCALE (1 = the full count CI runs).
 */
import fc from 'fast-check'
import { VerificationError } from '../../src/util/errors.js'
import { MediaType, type Descriptor } from '../../src/oci/types.js'
import {
  createEnvelope,
  JWS_MEDIA_TYPE,
  verifyEnvelope,
  type VerifyOptions
} from '../../src/trust/envelope.js'
import { loadSigningIdentity } from '../../src/trust/pki.js'
import { makePki, type TestPki } from '../helpers/pki.js'

const SCALE = Number(process.env.SIGNET_FUZZ_SCALE ?? 1)
const runs = (full: number) => Math.max(10, Math.round(full * SCALE))

const TARGET: Descriptor = { mediaType: MediaType.OciIndex, digest: `sha256:${'ab'.repeat(32)}`, size: 1234 }

interface Jws {
  protected: string
  payload: string
  signature: string
  header: { x5c: string[]; [key: string]: unknown }
}

let pki: TestPki
let options: VerifyOptions
let valid: Jws

function expectRejected(envelope: Uint8Array): void {
  try {
    verifyEnvelope(envelope, JWS_MEDIA_TYPE, options)
  } catch (error) {
    if (error instanceof VerificationError) return
    throw new Error(`not a VerificationError: ${String(error)}`, { cause: error })
  }
  throw new Error('accepted')
}

beforeAll(async () => {
  pki = await makePki({ levels: 3 })
  const identity = loadSigningIdentity({ key: pki.keyPem, chain: pki.chainPem })
  options = { trustRoots: [pki.root], trustedIdentities: ['*'] }
  const envelope = createEnvelope(TARGET, identity, { signingAgent: 'signet-fuzz', signingTime: new Date() })
  valid = JSON.parse(envelope.toString('utf8')) as Jws
})

test('the unmutated envelope verifies (so every rejection below is the mutation’s doing)', () => {
  const verified = verifyEnvelope(Buffer.from(JSON.stringify(valid)), JWS_MEDIA_TYPE, options)
  expect(verified.target).toEqual(TARGET)
  expect(valid.header.x5c).toHaveLength(3)
})

describe('fuzz: one byte changed in a valid envelope is always rejected', () => {
  type Part = 'protected' | 'payload' | 'signature' | 'x5c'
  const parts: Part[] = ['protected', 'payload', 'signature', 'x5c']

  test('decoded bytes of protected, payload, signature or any x5c certificate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...parts),
        fc.nat({ max: 2 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (part, certificate, position, xor) => {
          const jws: Jws = structuredClone(valid)
          const encoding = part === 'x5c' ? 'base64' : 'base64url'
          const encoded = part === 'x5c' ? jws.header.x5c[certificate] : jws[part]
          const bytes = Buffer.from(encoded, encoding)
          bytes[position % bytes.length] ^= xor
          const mutated = bytes.toString(encoding)
          if (part === 'x5c') jws.header.x5c[certificate] = mutated
          else jws[part] = mutated
          expectRejected(Buffer.from(JSON.stringify(jws)))
        }
      ),
      { numRuns: runs(15_000) }
    )
  })

  test('one byte of the serialised envelope, wherever it falls', () => {
    const bytes = Buffer.from(JSON.stringify(valid))
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (position, xor) => {
        const mutated = Buffer.from(bytes)
        mutated[position] ^= xor
        try {
          const verified = verifyEnvelope(mutated, JWS_MEDIA_TYPE, options)
          // Only bytes outside the signed and certified parts may change (e.g. the signing agent);
          // what was accepted must still be exactly the signed target.
          expect(verified.target).toEqual(TARGET)
          const parsed = JSON.parse(mutated.toString('utf8')) as Jws
          // Signature and certificates are compared decoded: base64 has spellings that decode alike.
          const decoded = (jws: Jws) => [
            jws.protected,
            jws.payload,
            Buffer.from(jws.signature, 'base64url'),
            // Certificates are cut at their DER length: trailing bytes are the known bug tested below.
            ...jws.header.x5c.map(entry => {
              const der = Buffer.from(entry, 'base64')
              return der.subarray(0, derLength(der))
            })
          ]
          expect(decoded(parsed)).toEqual(decoded(valid))
        } catch (error) {
          if (!(error instanceof VerificationError))
            throw new Error(`not a VerificationError: ${String(error)}`, { cause: error })
        }
      }),
      { numRuns: runs(10_000) }
    )
  })
})

/** The length of the DER element at the start of `der` (tag, length octets and content). */
function derLength(der: Buffer): number {
  if (der[1] < 0x80) return 2 + der[1]
  const octets = der[1] & 0x7f
  return 2 + octets + der.subarray(2, 2 + octets).reduce((length, byte) => length * 256 + byte, 0)
}

// Found by the serialised-byte property above (a base64 '=' pad turned into a letter): @peculiar/x509
// and node:crypto ignore bytes after a certificate's DER; notation (Go's x509.ParseCertificate) refuses
// them ("x509: trailing data"), and so does parseCertificateChain now.
test('an x5c certificate followed by extra bytes is refused', () => {
  const jws: Jws = structuredClone(valid)
  jws.header.x5c[0] = Buffer.concat([Buffer.from(jws.header.x5c[0], 'base64'), Buffer.from([0x0c])]).toString(
    'base64'
  )
  expectRejected(Buffer.from(JSON.stringify(jws)))
})

describe('fuzz: arbitrary envelopes are refused with a VerificationError', () => {
  test('arbitrary JSON values and bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.uint8Array({ maxLength: 300 }).map(b => Buffer.from(b).toString('latin1'))
        ),
        text => {
          expectRejected(Buffer.from(text, 'latin1'))
        }
      ),
      { numRuns: runs(8_000) }
    )
  })

  test('envelope-shaped objects with arbitrary members', () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value) ?? '').toString('base64url')
    const shaped = fc.record(
      {
        payload: fc.oneof(
          fc.constant(valid?.payload ?? ''),
          fc.anything().map(b64),
          fc.string(),
          fc.anything()
        ),
        protected: fc.oneof(
          fc
            .record(
              {
                alg: fc.constantFrom('ES256', 'PS256', 'none', 'HS256'),
                crit: fc.anything(),
                cty: fc.anything()
              },
              { requiredKeys: [] }
            )
            .map(b64),
          fc.anything().map(b64),
          fc.anything()
        ),
        header: fc.oneof(
          fc.record({ x5c: fc.oneof(fc.array(fc.base64String()), fc.anything()) }, { requiredKeys: [] }),
          fc.anything()
        ),
        signature: fc.oneof(fc.base64String(), fc.anything()),
        extra: fc.anything()
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(shaped, envelope => {
        expectRejected(Buffer.from(JSON.stringify(envelope)))
      }),
      { numRuns: runs(8_000) }
    )
  })

  test('the valid envelope with its members swapped, dropped or duplicated', () => {
    const keys = ['payload', 'protected', 'header', 'signature'] as const
    fc.assert(
      fc.property(
        fc.subarray([...keys]),
        fc.constantFrom(...keys),
        fc.constantFrom(...keys),
        (kept, from, to) => {
          const source = valid as unknown as Record<string, unknown>
          const envelope: Record<string, unknown> = Object.fromEntries(kept.map(key => [key, source[key]]))
          envelope[to] = source[from]
          if (keys.every(key => envelope[key] === source[key])) return // the valid envelope itself
          expectRejected(Buffer.from(JSON.stringify(envelope)))
        }
      ),
      { numRuns: runs(2_000) }
    )
  })
})
