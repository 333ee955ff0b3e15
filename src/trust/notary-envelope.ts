/**
 * What the Notary Project rules (envelope.ts) read from a signature envelope, whatever its format: the
 * format-neutral shape each format's parser (jws.ts; COSE next) hands over, the header names of the
 * signature specification, and the pieces every format shares (strict JSON, DER certificates,
 * "malformed envelope" errors).
 */
import type { X509Certificate } from '@peculiar/x509'
import { VerificationError } from '../util/errors.js'
import { certificateFromDer, publicKeyOf } from './certificates.js'
import { parseStrictJson, StrictJsonError } from './strict-json.js'

/** Header names of the Notary Project signature specification (v1.1). */
export const NotaryHeader = {
  signingScheme: 'io.cncf.notary.signingScheme',
  signingTime: 'io.cncf.notary.signingTime',
  authenticSigningTime: 'io.cncf.notary.authenticSigningTime',
  expiry: 'io.cncf.notary.expiry',
  verificationPlugin: 'io.cncf.notary.verificationPlugin',
  signingAgent: 'io.cncf.notary.signingAgent',
  timestampSignature: 'io.cncf.notary.timestampSignature'
} as const

/**
 * One envelope as the Notary rules read it. The format has checked its own syntax; the rules check the
 * rest, in the order the specification gives (header, payload, chain, signature). So the parts a
 * verifier reaches later, the certificate chain and the countersignature, are decoded on demand: a broken
 * chain is never reported ahead of a broken header, and a token is decoded only when TSA trust asks.
 */
export interface DecodedEnvelope {
  /**
   * The protected header by member name: 'alg' (a SigningAlgorithm name, for formats that number
   * algorithms), 'cty', 'crit', and the io.cncf.notary.* headers, with the values the format decoded.
   */
  protectedHeader: Record<string, unknown>
  /** A time header (signing time, expiry) in the format's encoding, as a Date; malformed() otherwise. */
  decodeTime(value: unknown, name: string): Date
  /** The Notary payload JSON, as signed. */
  payload: Buffer
  /** The bytes the signature covers (JWS: ASCII(BASE64URL(protected) '.' BASE64URL(payload))). */
  signingInput: Buffer
  /** The signature value: what a timestamp countersigns. */
  signature: Buffer
  /** The certificate chain of the unprotected header, leaf first. */
  certificateChain(): X509Certificate[]
  /** True when the unprotected header has a countersignature member at all (even an empty one). */
  timestamped: boolean
  /** The countersignature's RFC 3161 token (DER); undefined when absent or empty. */
  timestampToken(): Buffer | undefined
  /** The same envelope with `token` as its countersignature; nothing signed changes. */
  withTimestampToken(token: Buffer): Buffer
}

export function malformed(reason: string): VerificationError {
  return new VerificationError(`malformed envelope: ${reason}`)
}

/** The literal text of each number of a parsed object, kept off its enumerable members. */
export const NUMBERS = Symbol('numbers')

/**
 * A JSON object read once for every verifier: keys that collide under Go's case-insensitive matching
 * (notation reads these documents with encoding/json) are refused, as are duplicates, which JSON.parse
 * and Go would resolve silently and perhaps differently (strict-json.ts). `maps` are exact-key maps.
 */
export function parseJsonObject(
  text: string,
  what: string,
  maps: string[] = []
): Record<string, unknown> & { [NUMBERS]?: Map<string, string> } {
  let parsed: ReturnType<typeof parseStrictJson>
  try {
    parsed = parseStrictJson(text, maps)
  } catch (error) {
    if (error instanceof StrictJsonError && error.collision) {
      throw malformed(`${what}: ${error.message}`)
    }
    throw malformed(`${what} is not JSON`)
  }
  if (!isObject(parsed.value)) throw malformed(`${what} is not a JSON object`)
  return Object.assign(parsed.value, { [NUMBERS]: parsed.numbers })
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One certificate of an envelope's chain, from its DER; `name` says where it sat (e.g. 'x5c[1]'). */
export function chainCertificate(der: Buffer, name: string): X509Certificate {
  let cert: X509Certificate
  try {
    cert = certificateFromDer(der)
    publicKeyOf(cert)
  } catch {
    throw malformed(`${name} is not a DER X.509 certificate`)
  }
  // A parser may stop at the end of the certificate; bytes after it would go unsigned and unseen.
  if (derLength(der) !== der.length) throw malformed(`${name} has bytes after the certificate`)
  return cert
}

/** The length of a DER value from its tag and length octets (definite form, as DER requires). */
function derLength(der: Buffer): number {
  if (der.length < 2) return -1
  const first = der[1]
  if (first < 0x80) return 2 + first
  const octets = first & 0x7f
  if (octets === 0 || octets > 4 || der.length < 2 + octets) return -1
  return 2 + octets + der.readUIntBE(2, octets)
}

/** RFC 3339 with second precision, UTC: what notation writes and what the spec's examples show. */
export function rfc3339Seconds(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}
