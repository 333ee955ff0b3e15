/**
 * Folder trust/: keys, chains, envelopes, signature manifests and trust policy. May import: oci/, util/.
 *
 * Notary Project signature envelopes (signature specification v1.1), JWS flavour, signing scheme
 * `notary.x509`: create one over a target descriptor, and verify one against trusted roots and
 * identities with notation's verification levels.
 */
import { constants, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto'
import type { X509Certificate } from '@peculiar/x509'
import { VerificationError } from '../util/errors.js'
import type { Descriptor } from '../oci/types.js'
import {
  checkChainStructure,
  checkTrusted,
  checkValidAt,
  describeKey,
  formatIdentities,
  identityMatches,
  publicKeyOf,
  subjectOf,
  type SigningAlgorithm,
  type SigningIdentity,
  type TrustedIdentity
} from './pki.js'
import { x509 } from './x509.js'
import { verifyTimestampToken, type TrustedTimestamp } from './timestamp.js'
import { parseStrictJson, StrictJsonError } from './strict-json.js'

export const JWS_MEDIA_TYPE = 'application/jose+json'
export const COSE_MEDIA_TYPE = 'application/cose'

const PAYLOAD_CONTENT_TYPE = 'application/vnd.cncf.notary.payload.v1+json'
const SIGNING_SCHEME_X509 = 'notary.x509'

const Header = {
  signingScheme: 'io.cncf.notary.signingScheme',
  signingTime: 'io.cncf.notary.signingTime',
  authenticSigningTime: 'io.cncf.notary.authenticSigningTime',
  expiry: 'io.cncf.notary.expiry',
  verificationPlugin: 'io.cncf.notary.verificationPlugin',
  signingAgent: 'io.cncf.notary.signingAgent',
  timestampSignature: 'io.cncf.notary.timestampSignature'
} as const

/** Critical headers this verifier understands; any other entry of `crit` fails verification, as the spec requires. */
const UNDERSTOOD_CRITICAL: readonly string[] = [Header.signingScheme, Header.expiry]

const HASH_OF: Record<SigningAlgorithm, { name: 'sha256' | 'sha384' | 'sha512'; bytes: number }> = {
  PS256: { name: 'sha256', bytes: 32 },
  PS384: { name: 'sha384', bytes: 48 },
  PS512: { name: 'sha512', bytes: 64 },
  ES256: { name: 'sha256', bytes: 32 },
  ES384: { name: 'sha384', bytes: 48 },
  ES512: { name: 'sha512', bytes: 64 }
}

/** Raw r||s signature length per ECDSA algorithm (two field elements of the curve). */
const ECDSA_SIGNATURE_BYTES: Partial<Record<SigningAlgorithm, number>> = { ES256: 64, ES384: 96, ES512: 132 }

export type VerificationLevel = 'strict' | 'permissive' | 'audit' | 'skip'

/** notation's `verifyTimestamp`: check the countersignature always, or only once the chain has expired. */
export type VerifyTimestamp = 'always' | 'afterCertExpiry'

export interface VerifyOptions {
  trustRoots: X509Certificate[]
  trustedIdentities: TrustedIdentity[]
  now?: Date
  /** Default strict. */
  level?: VerificationLevel
  /** TSA roots (`timestamp-roots`, `tsa:` stores); with them a valid countersignature is required. */
  timestamp?: { roots: X509Certificate[]; verify: VerifyTimestamp }
}

export interface VerifiedEnvelope {
  target: Descriptor
  /** The leaf certificate's subject DN. */
  signer: string
  signingTime: Date
  expiry?: Date
  algorithm: SigningAlgorithm
  chain: X509Certificate[]
  /** The countersignature, when TSA trust is configured and it verified. */
  timestamp?: TrustedTimestamp
  /** True when the envelope carries a countersignature (verified or not). */
  timestamped: boolean
  /** Checks that failed but, at this level, are only logged. */
  warnings: string[]
  /** The chain reaches a trusted root and the signer is a trusted identity (false only when `audit` let it pass). */
  authentic: boolean
}

// ---------------------------------------------------------------------------------------------
// Signing

/** A flattened JWS JSON envelope signing `target` (its media type, digest, size and annotations). */
export function createEnvelope(
  target: Descriptor,
  identity: SigningIdentity,
  options: EnvelopeOptions
): Buffer {
  const parts = envelopeToSign(target, identity.algorithm, options)
  const signature = signBytes(parts.signingInput, identity.key, identity.algorithm)
  return assembleEnvelope(parts, signature, identity.chain, options.signingAgent)
}

export interface EnvelopeOptions {
  signingAgent: string
  signingTime?: Date
  expiry?: Date
}

/** The signed parts of an envelope, before the signature: what a key held elsewhere (HSM, KMS) signs. */
export interface EnvelopeToSign {
  protected: string
  payload: string
  /** ASCII(BASE64URL(protected) '.' BASE64URL(payload)), the JWS signing input. */
  signingInput: Buffer
}

/** The protected header and payload for `target`, signed with `algorithm`. */
export function envelopeToSign(
  target: Descriptor,
  algorithm: SigningAlgorithm,
  options: EnvelopeOptions
): EnvelopeToSign {
  const protectedHeader: Record<string, unknown> = {
    alg: algorithm,
    cty: PAYLOAD_CONTENT_TYPE,
    [Header.signingScheme]: SIGNING_SCHEME_X509,
    [Header.signingTime]: rfc3339Seconds(options.signingTime ?? new Date()),
    crit: [Header.signingScheme]
  }
  if (options.expiry !== undefined) {
    protectedHeader[Header.expiry] = rfc3339Seconds(options.expiry)
    protectedHeader.crit = [Header.signingScheme, Header.expiry]
  }
  const encodedProtected = base64url(JSON.stringify(protectedHeader))
  const encodedPayload = base64url(JSON.stringify(notaryPayload(target)))
  return {
    protected: encodedProtected,
    payload: encodedPayload,
    signingInput: Buffer.from(`${encodedProtected}.${encodedPayload}`)
  }
}

/** The Notary payload (`{"targetArtifact": …}`) for `target`. */
export function notaryPayload(target: Descriptor): { targetArtifact: Descriptor } {
  return { targetArtifact: payloadDescriptor(target) }
}

/** The envelope around `parts` and a raw JWS `signature` (RSASSA-PSS, or ECDSA r||s) made by the chain's leaf. */
export function assembleEnvelope(
  parts: EnvelopeToSign,
  signature: Buffer,
  chain: X509Certificate[],
  signingAgent: string
): Buffer {
  const envelope = {
    payload: parts.payload,
    protected: parts.protected,
    header: {
      x5c: chain.map(cert => Buffer.from(cert.rawData).toString('base64')),
      [Header.signingAgent]: signingAgent
    },
    signature: signature.toString('base64url')
  }
  return Buffer.from(JSON.stringify(envelope))
}

/** True when `signature` over `input` verifies with the leaf's public key under `algorithm`. */
export function signatureVerifies(
  input: Buffer,
  signature: Buffer,
  leaf: X509Certificate,
  algorithm: SigningAlgorithm
): boolean {
  return verifyBytes(input, signature, publicKeyOf(leaf), algorithm)
}

/**
 * Adds an RFC 3161 countersignature to a finished envelope: `stamp` gets the signature value (the bytes
 * the spec says a TSA timestamps for JWS) and the hash of the envelope's own algorithm (what notation
 * asks the TSA for), and returns the DER token, which goes into the unprotected header. Nothing signed
 * changes.
 */
export async function addTimestamp(
  envelope: Buffer,
  stamp: (signatureValue: Buffer, hash: 'sha256' | 'sha384' | 'sha512') => Promise<Buffer>
): Promise<Buffer> {
  const jws = parseJws(envelope)
  const { alg } = parseProtectedHeader(jws.protected)
  const token = await stamp(Buffer.from(jws.signature, 'base64url'), HASH_OF[alg].name)
  jws.header = { ...jws.header, [Header.timestampSignature]: token.toString('base64') }
  return Buffer.from(JSON.stringify(jws))
}

/** An envelope's countersignature token and the signature value it should cover; undefined when absent. */
export function countersignatureOf(envelope: Uint8Array): { token: Buffer; signature: Buffer } | undefined {
  try {
    const jws = parseJws(envelope)
    const token = jws.header[Header.timestampSignature]
    if (typeof token !== 'string' || token === '') return undefined
    return { token: Buffer.from(token, 'base64'), signature: Buffer.from(jws.signature, 'base64url') }
  } catch {
    return undefined
  }
}

function payloadDescriptor(target: Descriptor): Descriptor {
  const descriptor: Descriptor = { mediaType: target.mediaType, digest: target.digest, size: target.size }
  if (target.annotations !== undefined && Object.keys(target.annotations).length > 0) {
    descriptor.annotations = target.annotations
  }
  return descriptor
}

/** A raw JWS signature with a key Signet holds (a PEM key). */
export function signBytes(input: Buffer, key: KeyObject, algorithm: SigningAlgorithm): Buffer {
  const hash = HASH_OF[algorithm]
  // PSS salt = hash length and raw r||s ECDSA signatures, as JWS (RFC 7518) and the Notary spec require.
  return algorithm.startsWith('PS')
    ? cryptoSign(hash.name, input, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: hash.bytes })
    : cryptoSign(hash.name, input, { key, dsaEncoding: 'ieee-p1363' })
}

function verifyBytes(input: Buffer, signature: Buffer, key: KeyObject, algorithm: SigningAlgorithm): boolean {
  const hash = HASH_OF[algorithm]
  try {
    if (algorithm.startsWith('PS')) {
      // Any salt length, as notation-go (rsa.PSSSaltLengthAuto) and KMS signers that use the maximum:
      // the encoding fixes the salt length, so reading it from the signature admits no other message;
      // the salt only randomises the signer's output and pinning it adds no forgery resistance.
      const options = {
        key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_AUTO
      }
      return cryptoVerify(hash.name, input, options, signature)
    }
    if (signature.length !== ECDSA_SIGNATURE_BYTES[algorithm]) return false
    return cryptoVerify(hash.name, input, { key, dsaEncoding: 'ieee-p1363' }, signature)
  } catch {
    // OpenSSL throws on some malformed signatures (wrong length for the key) instead of returning false.
    return false
  }
}

// ---------------------------------------------------------------------------------------------
// Verification

/**
 * Verifies an envelope. Integrity (format, critical headers, signing scheme, algorithm, signature) is
 * always enforced; authenticity (chain to a trusted root, valid at signing time; trusted identity) is
 * logged only at `audit`; "certificates valid now" and expiry are logged at `permissive` and `audit`.
 * Throws VerificationError with one line naming the first enforced check that failed.
 */
export function verifyEnvelope(
  envelope: Uint8Array,
  mediaType: string,
  options: VerifyOptions
): VerifiedEnvelope {
  const level = options.level ?? 'strict'
  if (level === 'skip') throw new Error("verifyEnvelope: level 'skip' means the caller verifies nothing")
  const now = options.now ?? new Date()
  if (mediaType !== JWS_MEDIA_TYPE)
    throw new VerificationError(`unsupported signature envelope type ${mediaType}`)

  const jws = parseJws(envelope)
  const header = parseProtectedHeader(jws.protected)
  const target = parsePayload(jws.payload)
  const chain = parseCertificateChain(jws.header)
  checkSignature(jws, header.alg, chain[0])

  const warnings: string[] = []
  const check = (enforced: boolean, run: () => void): boolean => {
    try {
      run()
      return true
    } catch (error) {
      if (enforced || !(error instanceof VerificationError)) throw error
      warnings.push(error.message)
      return false
    }
  }
  const authenticityEnforced = level !== 'audit'
  const timeEnforced = level === 'strict'
  const trustedChain = check(authenticityEnforced, () => {
    checkChainStructure(chain, header.signingTime)
    checkTrusted(chain, options.trustRoots)
  })
  const trustedSigner = check(authenticityEnforced, () => {
    if (!identityMatches(chain[0], options.trustedIdentities)) {
      throw new VerificationError(
        `signer "${subjectOf(chain[0])}" is not a trusted identity (trusted: ${formatIdentities(options.trustedIdentities)})`
      )
    }
  })
  let timestamp: TrustedTimestamp | undefined
  check(timeEnforced, () => {
    timestamp = checkAuthenticTime(jws, chain, now, options.timestamp)
  })
  check(timeEnforced, () => {
    if (header.expiry !== undefined && now > header.expiry) {
      throw new VerificationError(`signature expired on ${rfc3339Seconds(header.expiry)}`)
    }
  })
  return {
    target,
    signer: subjectOf(chain[0]),
    signingTime: header.signingTime,
    expiry: header.expiry,
    algorithm: header.alg,
    chain,
    timestamp,
    timestamped: Header.timestampSignature in jws.header,
    warnings,
    authentic: trustedChain && trustedSigner
  }
}

/**
 * The trust policy spec's "authentic timestamp" for notary.x509: with TSA trust configured (and, under
 * `afterCertExpiry`, a certificate of the chain expired), a countersignature must be present and verify,
 * and genTime ± accuracy must lie within every certificate's validity; otherwise every certificate must
 * be valid now. Returns the verified timestamp, if one was required.
 */
function checkAuthenticTime(
  jws: Jws,
  chain: X509Certificate[],
  now: Date,
  tsa: VerifyOptions['timestamp']
): TrustedTimestamp | undefined {
  const expired = chain.some(cert => now > cert.notAfter)
  if (tsa === undefined || (tsa.verify === 'afterCertExpiry' && !expired)) {
    checkValidAt(chain, now)
    return undefined
  }
  const encoded = jws.header[Header.timestampSignature]
  if (encoded === undefined || encoded === '') {
    throw new VerificationError('no timestamp countersignature was found in the signature envelope')
  }
  if (typeof encoded !== 'string' || !BASE64.test(encoded) || encoded.length % 4 !== 0) {
    throw malformed(`${Header.timestampSignature} is not standard base64`)
  }
  const timestamp = verifyTimestampToken(
    Buffer.from(encoded, 'base64'),
    Buffer.from(jws.signature, 'base64url'),
    tsa.roots
  )
  for (const cert of chain) {
    if (timestamp.lower < cert.notBefore) {
      throw new VerificationError(
        `timestamp: ${rfc3339Seconds(timestamp.time)} may be before "${subjectOf(cert)}" became valid (${rfc3339Seconds(cert.notBefore)})`
      )
    }
    if (timestamp.upper > cert.notAfter) {
      throw new VerificationError(
        `timestamp: ${rfc3339Seconds(timestamp.time)} may be after "${subjectOf(cert)}" expired (${rfc3339Seconds(cert.notAfter)})`
      )
    }
  }
  return timestamp
}

/** undefined when the signed target and the resolved descriptor agree on digest, size and media type. */
export function targetMatches(target: Descriptor, resolved: Descriptor): string | undefined {
  const differences: string[] = []
  if (target.digest !== resolved.digest) differences.push(`digest ${target.digest} is not ${resolved.digest}`)
  if (target.size !== resolved.size) differences.push(`size ${target.size} is not ${resolved.size}`)
  if (target.mediaType !== resolved.mediaType) {
    differences.push(`media type ${target.mediaType} is not ${resolved.mediaType}`)
  }
  return differences.length === 0 ? undefined : `signed ${differences.join('; ')}`
}

interface Jws {
  payload: string
  protected: string
  header: Record<string, unknown>
  signature: string
}

const JWS_MEMBERS = ['header', 'payload', 'protected', 'signature']
const BASE64URL = /^[A-Za-z0-9_-]*$/
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

function malformed(reason: string): VerificationError {
  return new VerificationError(`malformed envelope: ${reason}`)
}

function parseJws(envelope: Uint8Array): Jws {
  const parsed = parseJsonObject(Buffer.from(envelope).toString('utf8'), 'the envelope')
  const members = Object.keys(parsed).sort()
  if (members.join() !== JWS_MEMBERS.join()) {
    throw malformed(
      `expected exactly the members payload, protected, header, signature (got ${members.join(', ')})`
    )
  }
  for (const member of ['payload', 'protected', 'signature']) {
    const value = parsed[member]
    if (typeof value !== 'string' || !BASE64URL.test(value) || value.length % 4 === 1 || value === '') {
      throw malformed(`${member} is not unpadded base64url`)
    }
  }
  if (!isObject(parsed.header)) throw malformed('header is not a JSON object')
  return parsed as unknown as Jws
}

/**
 * A JSON object read once for every verifier: keys that collide under Go's case-insensitive matching
 * (notation reads these documents with encoding/json) are refused, as are duplicates, which JSON.parse
 * and Go would resolve silently and perhaps differently (strict-json.ts). `maps` are exact-key maps.
 */
function parseJsonObject(
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

/** The literal text of each number of a parsed object, kept off its enumerable members. */
const NUMBERS = Symbol('numbers')

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

interface ProtectedHeader {
  alg: SigningAlgorithm
  signingTime: Date
  expiry?: Date
}

function parseProtectedHeader(encoded: string): ProtectedHeader {
  const header = parseJsonObject(Buffer.from(encoded, 'base64url').toString('utf8'), 'the protected header')
  const scheme = header[Header.signingScheme]
  if (scheme === undefined) throw malformed(`the protected header lacks ${Header.signingScheme}`)
  if (scheme !== SIGNING_SCHEME_X509)
    throw new VerificationError(`unsupported signing scheme ${String(scheme)}`)

  const crit = header.crit
  if (!Array.isArray(crit) || crit.length === 0 || !crit.every(entry => typeof entry === 'string')) {
    throw malformed('the protected header "crit" must be a non-empty array of strings')
  }
  for (const name of crit as string[]) {
    if (!UNDERSTOOD_CRITICAL.includes(name)) throw new VerificationError(`unknown critical header ${name}`)
    if (!(name in header)) throw malformed(`critical header ${name} is not present`)
  }
  for (const name of UNDERSTOOD_CRITICAL) {
    if (name in header && !crit.includes(name)) throw malformed(`${name} must be listed in "crit"`)
  }
  if (Header.verificationPlugin in header) {
    throw new VerificationError(
      `the signature requires verification plugin ${String(header[Header.verificationPlugin])}`
    )
  }
  if (Header.authenticSigningTime in header) {
    throw malformed(
      `${Header.authenticSigningTime} must not be present with signing scheme ${SIGNING_SCHEME_X509}`
    )
  }

  const alg = header.alg
  if (typeof alg !== 'string' || !(alg in HASH_OF))
    throw new VerificationError(`unsupported signature algorithm ${String(alg)}`)
  if (header.cty !== PAYLOAD_CONTENT_TYPE)
    throw malformed(`content type (cty) is ${String(header.cty)}, not ${PAYLOAD_CONTENT_TYPE}`)
  const signingTime = parseTime(header[Header.signingTime], Header.signingTime)
  if (signingTime === undefined) throw malformed(`the protected header lacks ${Header.signingTime}`)
  return {
    alg: alg as SigningAlgorithm,
    signingTime,
    expiry: parseTime(header[Header.expiry], Header.expiry)
  }
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

function parseTime(value: unknown, name: string): Date | undefined {
  if (value === undefined) return undefined
  const time = typeof value === 'string' && RFC3339.test(value) ? new Date(value) : undefined
  if (time === undefined || Number.isNaN(time.getTime())) throw malformed(`${name} is not an RFC 3339 time`)
  return time
}

function parsePayload(encoded: string): Descriptor {
  const payload = parseJsonObject(Buffer.from(encoded, 'base64url').toString('utf8'), 'the payload', [
    'targetArtifact.annotations'
  ])
  const target = payload.targetArtifact
  if (!isObject(target)) throw malformed('the payload has no targetArtifact object')
  const { mediaType, digest, size, annotations } = target
  if (typeof mediaType !== 'string' || mediaType === '')
    throw malformed('targetArtifact.mediaType is missing')
  if (typeof digest !== 'string' || !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest)) {
    throw malformed('targetArtifact.digest is not a digest')
  }
  // Go decodes size into an int64: '1e1' or '10.0' fail there, so they fail here too.
  const sizeText = payload[NUMBERS]?.get('targetArtifact.size') ?? ''
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0 || !/^(0|[1-9]\d*)$/.test(sizeText))
    throw malformed('targetArtifact.size is not a size')
  const descriptor: Descriptor = { mediaType, digest, size }
  if (annotations !== undefined) {
    if (!isObject(annotations) || !Object.values(annotations).every(value => typeof value === 'string')) {
      throw malformed('targetArtifact.annotations is not a map of strings')
    }
    descriptor.annotations = annotations as Record<string, string>
  }
  return descriptor
}

function parseCertificateChain(header: Record<string, unknown>): X509Certificate[] {
  const x5c = header.x5c
  if (!Array.isArray(x5c) || x5c.length === 0) throw malformed('x5c holds no certificate')
  return x5c.map((entry: unknown, index) => {
    if (typeof entry !== 'string' || !BASE64.test(entry) || entry.length % 4 !== 0) {
      throw malformed(`x5c[${index}] is not standard base64`)
    }
    const der = Buffer.from(entry, 'base64')
    let cert: X509Certificate
    try {
      cert = new x509.X509Certificate(der)
      publicKeyOf(cert)
    } catch {
      throw malformed(`x5c[${index}] is not a DER X.509 certificate`)
    }
    // A parser may stop at the end of the certificate; bytes after it would go unsigned and unseen.
    if (derLength(der) !== der.length) throw malformed(`x5c[${index}] has bytes after the certificate`)
    return cert
  })
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

function checkSignature(jws: Jws, alg: SigningAlgorithm, leaf: X509Certificate): void {
  const key = publicKeyOf(leaf)
  const { description, algorithm } = describeKey(key)
  if (algorithm === undefined)
    throw new VerificationError(`the leaf certificate has an unsupported ${description} key`)
  if (algorithm !== alg) {
    throw new VerificationError(
      `alg ${alg} does not match the ${description} leaf key (expects ${algorithm})`
    )
  }
  const input = Buffer.from(`${jws.protected}.${jws.payload}`)
  if (!verifyBytes(input, Buffer.from(jws.signature, 'base64url'), key, alg)) {
    throw new VerificationError('signature does not verify')
  }
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url')
}

/** RFC 3339 with second precision, UTC: what notation writes and what the spec's examples show. */
function rfc3339Seconds(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}
