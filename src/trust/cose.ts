/**
 * The COSE envelope format of the Notary Project signature specification (`application/cose`, as
 * notation-core-go `signature/cose` writes and reads it): a tagged COSE_Sign1 (CBOR tag 18, RFC 9052)
 * with the Notary payload attached.
 *
 *   protected   {1: alg, 2: crit, 3: "application/vnd.cncf.notary.payload.v1+json",
 *                "io.cncf.notary.signingScheme": "notary.x509", "io.cncf.notary.signingTime": 1(epoch),
 *                ? "io.cncf.notary.expiry": 1(epoch)}
 *   unprotected {33: [leaf DER, …, root DER], "io.cncf.notary.signingAgent": tstr,
 *                ? "io.cncf.notary.timestampSignature": RFC 3161 token over the signature bytes}
 *   signature   over Sig_structure = ["Signature1", protected, h'', payload]; ECDSA raw r||s, RSASSA-PSS
 *
 * This module checks the format (strict CBOR, cbor.ts: one reading only; tag 18 at the top and no tag
 * elsewhere outside the protected header, as go-cose reads it; no detached payload) and decodes it into
 * the shape the Notary rules read (DecodedEnvelope), with the protected header under the names the
 * rules use ('alg' as a SigningAlgorithm name, 'crit', 'cty', the io.cncf.notary.* labels). It also
 * encodes what a signer produces, in core deterministic CBOR: a signature's bytes depend on nothing but
 * its content. The rules themselves are in envelope.ts.
 */
import type { X509Certificate } from '@peculiar/x509'
import { VerificationError } from '../util/errors.js'
import { CborError, decodeStrict, encodeDeterministic, Tagged } from './cbor.js'
import type { SigningAlgorithm } from './key-description.js'
import { chainCertificate, malformed, NotaryHeader, type DecodedEnvelope } from './notary-envelope.js'
import { isSigningAlgorithm } from './signature-algorithms.js'

export const COSE_MEDIA_TYPE = 'application/cose'

/** Envelopes larger than this are refused unread, as for JWS (the Notary spec's limit). */
const MAX_COSE_ENVELOPE_BYTES = 32 * 1024 * 1024

const TAG_COSE_SIGN1 = 18
const TAG_EPOCH_TIME = 1

/** The COSE labels of the parameters the rules read by their JWS names (RFC 9052 §3.1). */
const LABEL_OF_NAME = new Map<unknown, number>([
  ['alg', 1],
  ['crit', 2],
  ['cty', 3]
])
const NAME_OF_LABEL = new Map<unknown, string>(
  [...LABEL_OF_NAME].map(([name, label]) => [label, name as string])
)
/** x5chain (RFC 9360): an array of DER certificates, leaf first. */
const X5CHAIN = 33

/** COSE algorithm identifiers (IANA "COSE Algorithms") of the algorithms the Notary spec allows. */
const COSE_ALGORITHM: Record<SigningAlgorithm, number> = {
  PS256: -37,
  PS384: -38,
  PS512: -39,
  ES256: -7,
  ES384: -35,
  ES512: -36
}
const ALGORITHM_OF = new Map<number, SigningAlgorithm>(
  Object.entries(COSE_ALGORITHM).map(([name, id]) => [id, name as SigningAlgorithm])
)

/** Containers nest at most this deep in a Notary COSE envelope (tag > array > map > array, with room). */
const MAX_DEPTH = 8

type Label = number | string
type HeaderMap = Map<Label, unknown>

/** The four members of a COSE_Sign1. */
interface Sign1 {
  /** The protected header's encoded map (the bstr's content), as signed. */
  protected: Buffer
  unprotected: HeaderMap
  payload: Buffer
  signature: Buffer
}

/** The signed parts of a COSE envelope before the signature: what a key held elsewhere signs. */
export interface CoseToSign {
  /** The protected header's encoded map (the bstr's content). */
  protected: Buffer
  /** The Notary payload JSON. */
  payload: Buffer
  /** Sig_structure: the bytes to sign. */
  signingInput: Buffer
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A COSE envelope as the Notary rules read it; a malformed-envelope error for anything but strict COSE_Sign1. */
export function decodeCose(envelope: Uint8Array): DecodedEnvelope {
  const sign1 = parseSign1(envelope)
  const header = parseProtectedHeader(sign1.protected)
  for (const label of sign1.unprotected.keys()) {
    // RFC 9052 §3: a label must not appear in both buckets (which would a verifier read?).
    if (header.has(label)) throw malformed(`header ${String(label)} is both protected and unprotected`)
  }
  return {
    protectedHeader: namedHeader(header),
    decodeTime: epochTime,
    payload: sign1.payload,
    signingInput: sigStructure(sign1.protected, sign1.payload),
    signature: sign1.signature,
    certificateChain: () =>
      parseChain(sign1.unprotected.get(X5CHAIN)).map((der, index) =>
        chainCertificate(der, `x5chain[${index}]`)
      ),
    timestamped: sign1.unprotected.has(NotaryHeader.timestampSignature),
    timestampToken: () => timestampToken(sign1.unprotected),
    withTimestampToken: token => {
      const unprotected = new Map(sign1.unprotected)
      unprotected.set(NotaryHeader.timestampSignature, new Uint8Array(token))
      return encodeSign1({ ...sign1, unprotected })
    }
  }
}

/**
 * A COSE envelope's countersignature token and the signature it should cover; undefined when absent or
 * when the envelope is no COSE_Sign1. Lenient on purpose: it only tells a signer whether a signature it
 * finds already carries a token, which is then verified in full.
 */
export function coseCountersignatureOf(
  envelope: Uint8Array
): { token: Buffer; signature: Buffer } | undefined {
  try {
    const sign1 = parseSign1(envelope)
    const token = timestampToken(sign1.unprotected)
    return token === undefined ? undefined : { token, signature: sign1.signature }
  } catch {
    return undefined
  }
}

function parseSign1(envelope: Uint8Array): Sign1 {
  if (envelope.length > MAX_COSE_ENVELOPE_BYTES) {
    throw malformed(`the COSE envelope is ${envelope.length} bytes, more than ${MAX_COSE_ENVELOPE_BYTES}`)
  }
  let message: unknown
  try {
    // Tag 18 at the very start and nowhere else (go-cose reads the message with tags forbidden).
    message = decodeStrict(envelope, {
      tags: (tag, offset) => tag === TAG_COSE_SIGN1 && offset === 0,
      maxDepth: MAX_DEPTH
    })
  } catch (error) {
    throw cborError(error, 'the COSE envelope')
  }
  if (!(message instanceof Tagged) || message.tag !== TAG_COSE_SIGN1) {
    throw malformed('not a tagged COSE_Sign1 (CBOR tag 18)')
  }
  const members = message.value
  if (!Array.isArray(members) || members.length !== 4) {
    throw malformed('COSE_Sign1 is not an array of four members')
  }
  const [protectedBytes, unprotected, payload, signature] = members as unknown[]
  if (!(protectedBytes instanceof Uint8Array)) throw malformed('the protected header is not a byte string')
  if (!isHeaderMap(unprotected)) throw malformed('the unprotected header is not a map')
  if (payload === null) throw malformed('the payload is detached; a Notary envelope carries it')
  if (!(payload instanceof Uint8Array)) throw malformed('the payload is not a byte string')
  if (!(signature instanceof Uint8Array) || signature.length === 0) {
    throw malformed('the signature is not a non-empty byte string')
  }
  return {
    protected: Buffer.from(protectedBytes),
    unprotected,
    payload: Buffer.from(payload),
    signature: Buffer.from(signature)
  }
}

function parseProtectedHeader(bytes: Buffer): HeaderMap {
  if (bytes.length === 0) throw malformed('the protected header is empty')
  let header: unknown
  try {
    // Any tag may appear in a protected header (tag 1 does); only the Notary times are read as tags.
    header = decodeStrict(bytes, { tags: () => true, maxDepth: MAX_DEPTH })
  } catch (error) {
    throw cborError(error, 'the protected header')
  }
  if (!isHeaderMap(header)) throw malformed('the protected header is not a map')
  return header
}

/**
 * The protected header under the names the rules read: labels 1, 2 and 3 as 'alg', 'crit' and 'cty'
 * (the algorithm as its SigningAlgorithm name; crit's labels renamed alike), text labels as they are.
 * Other integer labels have no name the rules know; one listed in crit stays a number, which the rules
 * refuse. A text label spelling one of those names would be read twice: refused.
 */
function namedHeader(header: HeaderMap): Record<string, unknown> {
  // No prototype: a label "__proto__" or "toString" is a label like any other.
  const named = Object.create(null) as Record<string, unknown>
  for (const [label, value] of header) {
    if (typeof label === 'string') {
      if (LABEL_OF_NAME.has(label)) throw malformed(`the protected header has a text label "${label}"`)
      named[label] = value
    } else if (NAME_OF_LABEL.has(label)) {
      named[NAME_OF_LABEL.get(label) as string] = value
    }
  }
  if (named.alg !== undefined) named.alg = algorithmName(named.alg)
  if (Array.isArray(named.crit)) {
    named.crit = named.crit.map(entry => NAME_OF_LABEL.get(entry) ?? entry)
  }
  return named
}

/** COSE numbers algorithms; a number the Notary spec does not allow stays a number, which the rules refuse. */
function algorithmName(alg: unknown): unknown {
  if (typeof alg === 'number') return ALGORITHM_OF.get(alg) ?? alg
  // A text algorithm ('PS384') is a COSE name no registry defines; taken as JWS's, it would pass.
  throw new VerificationError(
    `unsupported signature algorithm ${JSON.stringify(alg)} (COSE numbers its algorithms)`
  )
}

/** A Notary time: CBOR tag 1 over epoch seconds (notation writes integers; RFC 8949 also allows floats). */
function epochTime(value: unknown, name: string): Date {
  if (!(value instanceof Tagged) || value.tag !== TAG_EPOCH_TIME) {
    throw malformed(`${name} is not a CBOR tag 1 epoch time`)
  }
  const seconds = value.value
  const time = typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined
  if (time === undefined || Number.isNaN(time.getTime())) throw malformed(`${name} is not an epoch time`)
  return time
}

/** x5chain as notation writes and reads it: an array of DER certificates, even for one. */
function parseChain(value: unknown): Buffer[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw malformed('x5chain (label 33) is not a non-empty array of certificates')
  }
  return value.map((entry: unknown, index) => {
    if (!(entry instanceof Uint8Array)) throw malformed(`x5chain[${index}] is not a byte string`)
    return Buffer.from(entry)
  })
}

function timestampToken(unprotected: HeaderMap): Buffer | undefined {
  const value = unprotected.get(NotaryHeader.timestampSignature)
  if (value === undefined) return undefined
  if (!(value instanceof Uint8Array))
    throw malformed(`${NotaryHeader.timestampSignature} is not a byte string`)
  return value.length === 0 ? undefined : Buffer.from(value)
}

function isHeaderMap(value: unknown): value is HeaderMap {
  return value instanceof Map && [...value.keys()].every(isLabel)
}

function isLabel(value: unknown): value is Label {
  return (typeof value === 'number' && Number.isSafeInteger(value)) || typeof value === 'string'
}

function cborError(error: unknown, what: string): unknown {
  return error instanceof CborError ? malformed(`${what} is not strict CBOR: ${error.message}`) : error
}

/** Sig_structure for COSE_Sign1 (RFC 9052 §4.4), no external data. */
function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Buffer {
  return encodeDeterministic(['Signature1', protectedBytes, new Uint8Array(0), payload])
}

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * The encoded protected header and payload. `header` is by member name, as the rules read it ('alg' a
 * SigningAlgorithm name, 'crit', 'cty', io.cncf.notary.* names); times are Dates, written as tag 1 over
 * whole seconds, as notation writes them.
 */
export function encodeCoseParts(header: Record<string, unknown>, payload: Buffer): CoseToSign {
  const labelled: HeaderMap = new Map()
  for (const [name, value] of Object.entries(header)) {
    labelled.set(LABEL_OF_NAME.get(name) ?? name, coseValue(name, value))
  }
  const encoded = encodeDeterministic(labelled)
  return { protected: encoded, payload, signingInput: sigStructure(encoded, payload) }
}

function coseValue(name: string, value: unknown): unknown {
  if (name === 'alg' && isSigningAlgorithm(value)) return COSE_ALGORITHM[value]
  if (name === 'crit' && Array.isArray(value)) {
    return value.map(entry => LABEL_OF_NAME.get(entry) ?? entry)
  }
  if (value instanceof Date) return new Tagged(TAG_EPOCH_TIME, Math.floor(value.getTime() / 1000))
  return value
}

/** The tagged COSE_Sign1 around `parts` and a raw `signature`, with the chain as x5chain and `unprotected` after it. */
export function assembleCose(
  parts: CoseToSign,
  signature: Buffer,
  chain: X509Certificate[],
  unprotected: Record<string, unknown>
): Buffer {
  const header: HeaderMap = new Map<Label, unknown>([
    [X5CHAIN, chain.map(cert => new Uint8Array(cert.rawData))],
    ...Object.entries(unprotected)
  ])
  return encodeSign1({ protected: parts.protected, unprotected: header, payload: parts.payload, signature })
}

function encodeSign1(sign1: Sign1): Buffer {
  return encodeDeterministic(
    new Tagged(TAG_COSE_SIGN1, [sign1.protected, sign1.unprotected, sign1.payload, sign1.signature])
  )
}
