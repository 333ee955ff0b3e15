/**
 * Notary Project signature envelopes in COSE (`application/cose`; signature specification v1.1 and
 * notation-core-go `signature/cose`): a tagged COSE_Sign1 (CBOR tag 18, RFC 9052) with the Notary payload
 * attached.
 *
 *   protected   {1: alg, 2: crit, 3: "application/vnd.cncf.notary.payload.v1+json",
 *                "io.cncf.notary.signingScheme": "notary.x509", "io.cncf.notary.signingTime": 1(epoch),
 *                ? "io.cncf.notary.expiry": 1(epoch)}
 *   unprotected {33: [leaf DER, …, root DER], "io.cncf.notary.signingAgent": tstr,
 *                ? "io.cncf.notary.timestampSignature": RFC 3161 token over the signature bytes}
 *   signature   over Sig_structure = ["Signature1", protected, h'', payload]; ECDSA raw r||s, RSASSA-PSS
 *
 * Reading is strict (cbor.ts: one reading only; tag 18 at the top and nowhere else outside the protected
 * header; no detached payload) and yields the same facts the Notary rules check for a JWS envelope.
 * Writing is core deterministic CBOR, so a signature's bytes depend on nothing but its content.
 */
import type { X509Certificate } from '@peculiar/x509'
import { VerificationError } from '../util/errors.js'
import type { Descriptor } from '../oci/types.js'
import { CborError, decodeStrict, encodeDeterministic, Tagged } from './cbor.js'
import type { SigningAlgorithm, SigningIdentity } from './pki.js'
import { notaryPayload, signBytes, type EnvelopeOptions } from './envelope.js'

/** Envelopes larger than this are refused unread, as for JWS (the Notary spec's limit). */
export const MAX_COSE_ENVELOPE_BYTES = 32 * 1024 * 1024

const TAG_COSE_SIGN1 = 18
const TAG_EPOCH_TIME = 1

/** COSE header labels (RFC 9052 §3.1, RFC 9360 for x5chain) and the Notary ones (text labels). */
const Label = {
  alg: 1,
  crit: 2,
  contentType: 3,
  x5chain: 33,
  signingScheme: 'io.cncf.notary.signingScheme',
  signingTime: 'io.cncf.notary.signingTime',
  authenticSigningTime: 'io.cncf.notary.authenticSigningTime',
  expiry: 'io.cncf.notary.expiry',
  verificationPlugin: 'io.cncf.notary.verificationPlugin',
  signingAgent: 'io.cncf.notary.signingAgent',
  timestampSignature: 'io.cncf.notary.timestampSignature'
} as const

const PAYLOAD_CONTENT_TYPE = 'application/vnd.cncf.notary.payload.v1+json'
const SIGNING_SCHEME_X509 = 'notary.x509'

/** Critical headers this verifier understands; any other entry of `crit` fails verification. */
const UNDERSTOOD_CRITICAL: readonly HeaderLabel[] = [Label.signingScheme, Label.expiry]

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

type HeaderLabel = number | string
type HeaderMap = Map<HeaderLabel, unknown>

/** What the Notary rules check, read from a COSE_Sign1 envelope whose form and headers are valid. */
export interface CoseEnvelope {
  algorithm: SigningAlgorithm
  signingTime: Date
  expiry?: Date
  /** x5chain, DER, leaf first. */
  certificates: Buffer[]
  signingAgent?: string
  /** The RFC 3161 token (DER), when the envelope is countersigned. */
  timestampToken?: Buffer
  /** The Notary payload JSON. */
  payload: Buffer
  signature: Buffer
  /** The Sig_structure: the bytes the signature covers. */
  signedBytes: Buffer
}

function malformed(reason: string): VerificationError {
  return new VerificationError(`malformed envelope: ${reason}`)
}

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * Reads a Notary COSE envelope strictly. Throws VerificationError naming the first problem: bytes that
 * are not a tagged COSE_Sign1 in strict CBOR, a header of the wrong type, an unknown critical header,
 * a signing scheme or algorithm Signet does not verify.
 */
export function parseCoseEnvelope(envelope: Uint8Array): CoseEnvelope {
  if (envelope.length > MAX_COSE_ENVELOPE_BYTES) {
    throw malformed(`the COSE envelope is ${envelope.length} bytes, more than ${MAX_COSE_ENVELOPE_BYTES}`)
  }
  const [protectedBytes, unprotected, payload, signature] = parseSign1(envelope)
  const protectedHeader = parseProtectedHeader(protectedBytes)
  for (const label of unprotected.keys()) {
    if (protectedHeader.map.has(label)) {
      throw malformed(`header ${String(label)} is both protected and unprotected`)
    }
  }
  return {
    algorithm: protectedHeader.algorithm,
    signingTime: protectedHeader.signingTime,
    expiry: protectedHeader.expiry,
    certificates: parseChain(unprotected.get(Label.x5chain)),
    signingAgent: optionalText(unprotected.get(Label.signingAgent)),
    timestampToken: optionalBytes(unprotected, Label.timestampSignature),
    payload,
    signature,
    signedBytes: sigStructure(protectedBytes, payload)
  }
}

/** The four members of a tagged COSE_Sign1, each of the right type. */
function parseSign1(envelope: Uint8Array): [Buffer, HeaderMap, Buffer, Buffer] {
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
  return [Buffer.from(protectedBytes), unprotected, Buffer.from(payload), Buffer.from(signature)]
}

interface ProtectedHeader {
  map: HeaderMap
  algorithm: SigningAlgorithm
  signingTime: Date
  expiry?: Date
}

function parseProtectedHeader(bytes: Buffer): ProtectedHeader {
  if (bytes.length === 0) throw malformed('the protected header is empty')
  let header: unknown
  try {
    // Any tag may appear in a protected header (tag 1 does); only the Notary times are read as tags.
    header = decodeStrict(bytes, { tags: () => true, maxDepth: MAX_DEPTH })
  } catch (error) {
    throw cborError(error, 'the protected header')
  }
  if (!isHeaderMap(header)) throw malformed('the protected header is not a map')

  const scheme = header.get(Label.signingScheme)
  if (scheme === undefined) throw malformed(`the protected header lacks ${Label.signingScheme}`)
  if (typeof scheme !== 'string') throw malformed(`${Label.signingScheme} is not text`)
  if (scheme !== SIGNING_SCHEME_X509) throw new VerificationError(`unsupported signing scheme ${scheme}`)
  checkCritical(header)
  if (header.has(Label.verificationPlugin)) {
    throw new VerificationError(
      `the signature requires verification plugin ${describe(header.get(Label.verificationPlugin))}`
    )
  }
  if (header.has(Label.authenticSigningTime)) {
    throw malformed(
      `${Label.authenticSigningTime} must not be present with signing scheme ${SIGNING_SCHEME_X509}`
    )
  }

  const alg = header.get(Label.alg)
  const algorithm = typeof alg === 'number' ? ALGORITHM_OF.get(alg) : undefined
  if (algorithm === undefined) throw new VerificationError(`unsupported signature algorithm ${describe(alg)}`)
  const contentType = header.get(Label.contentType)
  if (contentType !== PAYLOAD_CONTENT_TYPE) {
    throw malformed(`content type (label 3) is ${describe(contentType)}, not ${PAYLOAD_CONTENT_TYPE}`)
  }
  const signingTime = parseEpochTime(header, Label.signingTime)
  if (signingTime === undefined) throw malformed(`the protected header lacks ${Label.signingTime}`)
  return { map: header, algorithm, signingTime, expiry: parseEpochTime(header, Label.expiry) }
}

/** `crit` (RFC 9052 §3.1): a non-empty array of labels, each present, each one this verifier understands. */
function checkCritical(header: HeaderMap): void {
  const crit = header.get(Label.crit)
  if (!Array.isArray(crit) || crit.length === 0 || !crit.every(isLabel)) {
    throw malformed('the protected header "crit" (label 2) must be a non-empty array of labels')
  }
  for (const label of crit) {
    if (!UNDERSTOOD_CRITICAL.includes(label)) {
      throw new VerificationError(`unknown critical header ${String(label)}`)
    }
    if (!header.has(label)) throw malformed(`critical header ${String(label)} is not present`)
  }
  for (const label of UNDERSTOOD_CRITICAL) {
    if (header.has(label) && !crit.includes(label)) throw malformed(`${label} must be listed in "crit"`)
  }
}

/** A Notary time: CBOR tag 1 over an epoch integer (notation writes integers; RFC 8949 also allows floats). */
function parseEpochTime(header: HeaderMap, label: string): Date | undefined {
  const value = header.get(label)
  if (value === undefined) return undefined
  if (!(value instanceof Tagged) || value.tag !== TAG_EPOCH_TIME) {
    throw malformed(`${label} is not a CBOR tag 1 epoch time`)
  }
  const seconds = value.value
  const time = typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined
  if (time === undefined || Number.isNaN(time.getTime())) throw malformed(`${label} is not an epoch time`)
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

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function optionalBytes(header: HeaderMap, label: string): Buffer | undefined {
  const value = header.get(label)
  if (value === undefined) return undefined
  if (!(value instanceof Uint8Array)) throw malformed(`${label} is not a byte string`)
  return value.length === 0 ? undefined : Buffer.from(value)
}

function isHeaderMap(value: unknown): value is HeaderMap {
  return value instanceof Map && [...value.keys()].every(isLabel)
}

function isLabel(value: unknown): value is HeaderLabel {
  return (typeof value === 'number' && Number.isSafeInteger(value)) || typeof value === 'string'
}

function describe(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value instanceof Tagged) return `tag ${value.tag}`
  if (value instanceof Uint8Array) return 'a byte string'
  return value === undefined ? 'missing' : typeof value
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

/** The signed parts of a COSE envelope before the signature: what a key held elsewhere signs. */
export interface CoseToSign {
  /** The protected header's encoded map (the bstr's content). */
  protected: Buffer
  /** The Notary payload JSON. */
  payload: Buffer
  /** Sig_structure: the bytes to sign. */
  signingInput: Buffer
}

/** The protected header and payload for `target`, signed with `algorithm`. */
export function coseToSign(
  target: Descriptor,
  algorithm: SigningAlgorithm,
  options: EnvelopeOptions
): CoseToSign {
  const crit: HeaderLabel[] = [Label.signingScheme]
  const header: HeaderMap = new Map<HeaderLabel, unknown>([
    [Label.alg, COSE_ALGORITHM[algorithm]],
    [Label.crit, crit],
    [Label.contentType, PAYLOAD_CONTENT_TYPE],
    [Label.signingScheme, SIGNING_SCHEME_X509],
    [Label.signingTime, epochTime(options.signingTime ?? new Date())]
  ])
  if (options.expiry !== undefined) {
    header.set(Label.expiry, epochTime(options.expiry))
    crit.push(Label.expiry)
  }
  const protectedBytes = encodeDeterministic(header)
  const payload = Buffer.from(JSON.stringify(notaryPayload(target)))
  return { protected: protectedBytes, payload, signingInput: sigStructure(protectedBytes, payload) }
}

/** The tagged COSE_Sign1 around `parts` and a raw `signature` (RSASSA-PSS, or ECDSA r||s) by the chain's leaf. */
export function assembleCoseEnvelope(
  parts: CoseToSign,
  signature: Buffer,
  chain: X509Certificate[],
  signingAgent: string
): Buffer {
  const unprotected: HeaderMap = new Map<HeaderLabel, unknown>([
    [Label.x5chain, chain.map(cert => new Uint8Array(cert.rawData))],
    [Label.signingAgent, signingAgent]
  ])
  return encodeSign1(parts.protected, unprotected, parts.payload, signature)
}

/** A COSE envelope signing `target` with a key Signet holds (a PEM key). */
export function createCoseEnvelope(
  target: Descriptor,
  identity: SigningIdentity,
  options: EnvelopeOptions
): Buffer {
  const parts = coseToSign(target, identity.algorithm, options)
  // The same primitives as JWS (RFC 9053 §2): ECDSA r||s, RSASSA-PSS with salt = hash length.
  const signature = signBytes(parts.signingInput, identity.key, identity.algorithm)
  return assembleCoseEnvelope(parts, signature, identity.chain, options.signingAgent)
}

/**
 * Adds an RFC 3161 countersignature to a finished COSE envelope: `stamp` gets the signature bytes and
 * the hash of the envelope's algorithm (what notation asks the TSA for) and returns the DER token, which
 * goes into the unprotected header. The protected header, payload and signature keep their bytes.
 */
export async function addCoseTimestamp(
  envelope: Buffer,
  stamp: (signature: Buffer, hash: 'sha256' | 'sha384' | 'sha512') => Promise<Buffer>
): Promise<Buffer> {
  const [protectedBytes, unprotected, payload, signature] = parseSign1(envelope)
  const { algorithm } = parseProtectedHeader(protectedBytes)
  const token = await stamp(signature, hashOf(algorithm))
  const stamped = new Map(unprotected)
  stamped.set(Label.timestampSignature, new Uint8Array(token))
  return encodeSign1(protectedBytes, stamped, payload, signature)
}

/** A COSE envelope's countersignature token and the signature it should cover; undefined when absent. */
export function coseCountersignatureOf(
  envelope: Uint8Array
): { token: Buffer; signature: Buffer } | undefined {
  try {
    const [, unprotected, , signature] = parseSign1(envelope)
    const token = optionalBytes(unprotected, Label.timestampSignature)
    return token === undefined ? undefined : { token, signature }
  } catch {
    return undefined
  }
}

function encodeSign1(
  protectedBytes: Buffer,
  unprotected: HeaderMap,
  payload: Buffer,
  signature: Buffer
): Buffer {
  return encodeDeterministic(new Tagged(TAG_COSE_SIGN1, [protectedBytes, unprotected, payload, signature]))
}

/** Tag 1 over whole seconds, as notation writes times. */
function epochTime(date: Date): Tagged {
  return new Tagged(TAG_EPOCH_TIME, Math.floor(date.getTime() / 1000))
}

function hashOf(algorithm: SigningAlgorithm): 'sha256' | 'sha384' | 'sha512' {
  return `sha${algorithm.slice(2)}` as 'sha256' | 'sha384' | 'sha512'
}
