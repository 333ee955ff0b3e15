/**
 * Folder trust/: keys, chains, envelopes, signature manifests and trust policy. May import: oci/, util/.
 *
 * The Notary Project's signature rules (signature specification v1.1, signing scheme `notary.x509`):
 * what a signature's protected header must say, the payload it signs, and how the signature, its chain,
 * its signing time and expiry and its countersignature are judged against trusted roots and identities
 * at notation's verification levels. The rules read a format-neutral DecodedEnvelope
 * (notary-envelope.ts) that each envelope format produces: JWS (jws.ts) and COSE (cose.ts).
 */
import type { X509Certificate } from '@peculiar/x509'
import { VerificationError } from '../util/errors.js'
import type { Descriptor } from '../oci/types.js'
import { checkChainStructure, checkTrusted, checkValidAt } from './chain-rules.js'
import { publicKeyOf, subjectOf } from './certificates.js'
import { assembleCose, coseCountersignatureOf, COSE_MEDIA_TYPE, decodeCose, encodeCoseParts } from './cose.js'
import {
  assembleJws,
  countersignatureOf as jwsCountersignatureOf,
  decodeJws,
  encodeJwsParts,
  JWS_MEDIA_TYPE
} from './jws.js'
import {
  describeKey,
  SUPPORTED_KEYS,
  unsupportedKeyReason,
  type SigningAlgorithm
} from './key-description.js'
import {
  isObject,
  malformed,
  NotaryHeader as Header,
  NUMBERS,
  parseJsonObject,
  rfc3339Seconds,
  type DecodedEnvelope
} from './notary-envelope.js'
import type { SigningIdentity } from './signing-identity.js'
import { hashOf, isSigningAlgorithm, signBytes, verifyBytes, type HashName } from './signature-algorithms.js'
import { verifyTimestampToken, type TrustedTimestamp } from './timestamp.js'
import { formatIdentities, identityMatches, type TrustedIdentity } from './trusted-identities.js'

export { COSE_MEDIA_TYPE, JWS_MEDIA_TYPE, signBytes }

/** The envelope formats Signet signs in (`signature-format`, as notation's `--signature-format`), by media type. */
export const ENVELOPE_MEDIA_TYPES = { jws: JWS_MEDIA_TYPE, cose: COSE_MEDIA_TYPE } as const
export type EnvelopeFormat = keyof typeof ENVELOPE_MEDIA_TYPES

interface EnvelopeFormatReader {
  /** Checks the format's own syntax and hands the Notary rules what they read. */
  decode(envelope: Uint8Array): DecodedEnvelope
  /** The countersignature and the signature it covers, leniently (undefined when absent or unreadable). */
  countersignatureOf(envelope: Uint8Array): { token: Buffer; signature: Buffer } | undefined
}

/** The envelope formats verifyEnvelope reads, by media type. */
const FORMATS = new Map<string, EnvelopeFormatReader>([
  [JWS_MEDIA_TYPE, { decode: decodeJws, countersignatureOf: jwsCountersignatureOf }],
  [COSE_MEDIA_TYPE, { decode: decodeCose, countersignatureOf: coseCountersignatureOf }]
])

const PAYLOAD_CONTENT_TYPE = 'application/vnd.cncf.notary.payload.v1+json'
const SIGNING_SCHEME_X509 = 'notary.x509'

/** Critical headers this verifier understands; any other entry of `crit` fails verification, as the spec requires. */
const UNDERSTOOD_CRITICAL: readonly string[] = [Header.signingScheme, Header.expiry]

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

/** An envelope (JWS unless `options.format` says cose) signing `target` (its media type, digest, size and annotations). */
export function createEnvelope(
  target: Descriptor,
  identity: SigningIdentity,
  options: EnvelopeOptions
): Buffer {
  const parts = envelopeToSign(target, identity.algorithm, options)
  return parts.assemble(signBytes(parts.signingInput, identity.key, identity.algorithm), identity.chain)
}

export interface EnvelopeOptions {
  signingAgent: string
  signingTime?: Date
  expiry?: Date
  /** Default jws. */
  format?: EnvelopeFormat
}

/** An envelope before its signature: what a key held elsewhere (HSM, KMS) signs, and how it is finished. */
export interface EnvelopeToSign {
  mediaType: string
  /** The bytes to sign: the JWS signing input, or the COSE Sig_structure. */
  signingInput: Buffer
  /** The envelope around a raw `signature` (RSASSA-PSS, or ECDSA r||s) made by the leaf of `chain`. */
  assemble(signature: Buffer, chain: X509Certificate[]): Buffer
}

/** The protected header and payload for `target`, signed with `algorithm`, in the format asked. */
export function envelopeToSign(
  target: Descriptor,
  algorithm: SigningAlgorithm,
  options: EnvelopeOptions
): EnvelopeToSign {
  const header = notaryProtectedHeader(algorithm, options)
  const payload = Buffer.from(JSON.stringify(notaryPayload(target)))
  const unprotected = { [Header.signingAgent]: options.signingAgent }
  if (options.format === 'cose') {
    const parts = encodeCoseParts(header, payload)
    return {
      mediaType: COSE_MEDIA_TYPE,
      signingInput: parts.signingInput,
      assemble: (signature, chain) => assembleCose(parts, signature, chain, unprotected)
    }
  }
  const parts = encodeJwsParts(header, payload)
  return {
    mediaType: JWS_MEDIA_TYPE,
    signingInput: parts.signingInput,
    assemble: (signature, chain) => assembleJws(parts, signature, chain, unprotected)
  }
}

/**
 * The protected header a signature made with `algorithm` carries, by member name, times as Dates (each
 * format encodes them its own way): the signing scheme and time, and the expiry when one is asked, each
 * listed in `crit` as the specification requires.
 */
export function notaryProtectedHeader(
  algorithm: SigningAlgorithm,
  options: Pick<EnvelopeOptions, 'signingTime' | 'expiry'>
): Record<string, unknown> {
  const header: Record<string, unknown> = {
    alg: algorithm,
    cty: PAYLOAD_CONTENT_TYPE,
    [Header.signingScheme]: SIGNING_SCHEME_X509,
    [Header.signingTime]: options.signingTime ?? new Date(),
    crit: [Header.signingScheme]
  }
  if (options.expiry !== undefined) {
    header[Header.expiry] = options.expiry
    header.crit = [Header.signingScheme, Header.expiry]
  }
  return header
}

/** The Notary payload (`{"targetArtifact": …}`) for `target`. */
export function notaryPayload(target: Descriptor): { targetArtifact: Descriptor } {
  return { targetArtifact: payloadDescriptor(target) }
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
 * Adds an RFC 3161 countersignature to a finished envelope of `mediaType`: `stamp` gets the signature
 * value (the bytes the spec says a TSA timestamps, in either format) and the hash of the envelope's own
 * algorithm (what notation asks the TSA for), and returns the DER token, which goes into the unprotected
 * header. Nothing signed changes.
 */
export async function addTimestamp(
  envelope: Buffer,
  mediaType: string,
  stamp: (signatureValue: Buffer, hash: HashName) => Promise<Buffer>
): Promise<Buffer> {
  const decoded = decodeEnvelope(envelope, mediaType)
  const { alg } = checkProtectedHeader(decoded)
  const token = await stamp(decoded.signature, hashOf(alg))
  return decoded.withTimestampToken(token)
}

/**
 * An envelope's countersignature token and the signature value it should cover; undefined when absent,
 * unreadable, or of a format Signet does not read. Lenient on purpose: it only tells a signer whether a
 * signature it finds already carries a token, which is then verified in full.
 */
export function countersignatureOf(
  envelope: Uint8Array,
  mediaType: string
): { token: Buffer; signature: Buffer } | undefined {
  return FORMATS.get(mediaType)?.countersignatureOf(envelope)
}

/** An envelope of `mediaType` as the Notary rules read it, its format's syntax checked; nothing verified yet. */
export function decodeEnvelope(envelope: Uint8Array, mediaType: string): DecodedEnvelope {
  const format = FORMATS.get(mediaType)
  if (format === undefined) throw new VerificationError(`unsupported signature envelope type ${mediaType}`)
  return format.decode(envelope)
}

function payloadDescriptor(target: Descriptor): Descriptor {
  const descriptor: Descriptor = { mediaType: target.mediaType, digest: target.digest, size: target.size }
  if (target.annotations !== undefined && Object.keys(target.annotations).length > 0) {
    descriptor.annotations = target.annotations
  }
  return descriptor
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
  const decoded = decodeEnvelope(envelope, mediaType)
  const header = checkProtectedHeader(decoded)
  const target = parsePayload(decoded.payload)
  const chain = decoded.certificateChain()
  checkSignature(decoded, header.alg, chain[0])

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
    timestamp = checkAuthenticTime(decoded, chain, now, options.timestamp)
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
    timestamped: decoded.timestamped,
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
  decoded: DecodedEnvelope,
  chain: X509Certificate[],
  now: Date,
  tsa: VerifyOptions['timestamp']
): TrustedTimestamp | undefined {
  const expired = chain.some(cert => now > cert.notAfter)
  if (tsa === undefined || (tsa.verify === 'afterCertExpiry' && !expired)) {
    checkValidAt(chain, now)
    return undefined
  }
  const token = decoded.timestampToken()
  if (token === undefined) {
    throw new VerificationError('no timestamp countersignature was found in the signature envelope')
  }
  const timestamp = verifyTimestampToken(token, decoded.signature, tsa.roots)
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

interface ProtectedHeader {
  alg: SigningAlgorithm
  signingTime: Date
  expiry?: Date
}

/** The signing scheme, critical headers, algorithm, content type and times the specification requires. */
function checkProtectedHeader(decoded: DecodedEnvelope): ProtectedHeader {
  const header = decoded.protectedHeader
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
  if (!isSigningAlgorithm(alg)) throw new VerificationError(`unsupported signature algorithm ${String(alg)}`)
  if (header.cty !== PAYLOAD_CONTENT_TYPE)
    throw malformed(`content type (cty) is ${String(header.cty)}, not ${PAYLOAD_CONTENT_TYPE}`)
  const time = (name: string): Date | undefined =>
    header[name] === undefined ? undefined : decoded.decodeTime(header[name], name)
  const signingTime = time(Header.signingTime)
  if (signingTime === undefined) throw malformed(`the protected header lacks ${Header.signingTime}`)
  return { alg, signingTime, expiry: time(Header.expiry) }
}

function parsePayload(payload: Buffer): Descriptor {
  const parsed = parseJsonObject(payload.toString('utf8'), 'the payload', ['targetArtifact.annotations'])
  const target = parsed.targetArtifact
  if (!isObject(target)) throw malformed('the payload has no targetArtifact object')
  const { mediaType, digest, size, annotations } = target
  if (typeof mediaType !== 'string' || mediaType === '')
    throw malformed('targetArtifact.mediaType is missing')
  if (typeof digest !== 'string' || !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest)) {
    throw malformed('targetArtifact.digest is not a digest')
  }
  // Go decodes size into an int64: '1e1' or '10.0' fail there, so they fail here too.
  const sizeText = parsed[NUMBERS]?.get('targetArtifact.size') ?? ''
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

function checkSignature(decoded: DecodedEnvelope, alg: SigningAlgorithm, leaf: X509Certificate): void {
  const key = publicKeyOf(leaf)
  const { description, algorithm } = describeKey(key)
  if (algorithm === undefined)
    throw new VerificationError(
      `the leaf certificate has ${unsupportedKeyReason(description)} (supported: ${SUPPORTED_KEYS})`
    )
  if (algorithm !== alg) {
    throw new VerificationError(
      `alg ${alg} does not match the ${description} leaf key (expects ${algorithm})`
    )
  }
  if (!verifyBytes(decoded.signingInput, decoded.signature, key, alg)) {
    throw new VerificationError('signature does not verify')
  }
}
