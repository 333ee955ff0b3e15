/**
 * One signer interface for every key backend (a PEM key, a PKCS#11 token, a notation signing plugin),
 * and the one place that turns a signer's output into an envelope Signet will push. Whatever a
 * backend returns is checked as a verifier would before it is used: a raw signature must verify with
 * the leaf of the chain it came with, under the algorithm asked for; an envelope made by a plugin must
 * verify, sign exactly the requested target, and carry a chain that meets the Notary certificate rules
 * (and reaches `trust-roots`, when given).
 */
import type { X509Certificate } from '@peculiar/x509'
import { SigningError, VerificationError, errorMessage } from '../util/errors.js'
import type { Descriptor } from '../oci/types.js'
import {
  decodeEnvelope,
  ENVELOPE_MEDIA_TYPES,
  envelopeToSign,
  notaryPayload,
  signatureVerifies,
  targetMatches,
  verifyEnvelope,
  type EnvelopeOptions
} from './envelope.js'
import { publicKeyOf, subjectOf } from './certificates.js'
import { checkChainStructure, checkTrusted, checkValidAt } from './chain-rules.js'
import { describeKey, type SigningAlgorithm } from './key-description.js'

export interface RawSignature {
  /** RSASSA-PSS (salt = hash length) or raw ECDSA r||s, over the signing input. */
  signature: Buffer
  algorithm: SigningAlgorithm
  /** Leaf first. */
  chain: X509Certificate[]
}

/** A key that signs bytes: Signet builds the envelope around the signature (PEM, PKCS#11, RAW plugins). */
export interface RawSigner {
  kind: 'raw'
  /** Known before signing: from the key, the leaf, or the plugin's describe-key. */
  algorithm: SigningAlgorithm
  /** Names the input, for the log and errors: "signing-plugin com.example.kms (1.2.0)". */
  description: string
  sign(signingInput: Buffer): Promise<RawSignature>
}

/** A plugin that returns whole envelopes (notation's SIGNATURE_GENERATOR.ENVELOPE). */
export interface EnvelopeSigner {
  kind: 'envelope'
  description: string
  /**
   * `payload` is the Notary payload JSON; returns an envelope of `mediaType` (JWS or COSE, as notation's
   * signatureEnvelopeType) and signature manifest annotations.
   */
  generateEnvelope(
    payload: Buffer,
    options: { expirySeconds?: number; mediaType: string }
  ): Promise<{ envelope: Buffer; annotations: Record<string, string> }>
}

export type Signer = RawSigner | EnvelopeSigner

export interface SignedEnvelope {
  envelope: Buffer
  /** The envelope's format: the signature manifest's layer media type. */
  mediaType: string
  chain: X509Certificate[]
  /** Extra signature manifest annotations (from an envelope plugin). */
  annotations: Record<string, string>
}

export interface SignEnvelopeOptions extends EnvelopeOptions {
  /** When given, the chain a backend returns must end in one of these roots. */
  trustRoots?: X509Certificate[]
  now: Date
}

/** Signs `target` with `signer`; throws SigningError when the backend's output cannot be used. */
export async function signEnvelope(
  target: Descriptor,
  signer: Signer,
  options: SignEnvelopeOptions
): Promise<SignedEnvelope> {
  return signer.kind === 'raw'
    ? signRaw(target, signer, options)
    : signWithEnvelopePlugin(target, signer, options)
}

async function signRaw(
  target: Descriptor,
  signer: RawSigner,
  options: SignEnvelopeOptions
): Promise<SignedEnvelope> {
  const parts = envelopeToSign(target, signer.algorithm, options)
  const result = await signer.sign(parts.signingInput)
  const refuse = (reason: string): SigningError => new SigningError(`${signer.description}: ${reason}`)
  if (result.chain.length === 0) throw refuse('it returned no certificate chain')
  if (result.algorithm !== signer.algorithm) {
    throw refuse(`it signed with ${result.algorithm}, but the key was described as ${signer.algorithm}`)
  }
  const leaf = result.chain[0]
  const leafKey = describeKey(publicKeyOf(leaf))
  if (leafKey.algorithm !== signer.algorithm) {
    throw refuse(
      `the leaf certificate "${subjectOf(leaf)}" has an ${leafKey.description} key, which does not sign ${signer.algorithm}`
    )
  }
  if (!signatureVerifies(parts.signingInput, result.signature, leaf, signer.algorithm)) {
    throw refuse(
      `its signature does not verify with the leaf certificate "${subjectOf(leaf)}" (the key and the certificate do not match, or the payload was altered)`
    )
  }
  checkChain(result.chain, options.signingTime ?? options.now, options, refuse)
  return {
    envelope: parts.assemble(result.signature, result.chain),
    mediaType: parts.mediaType,
    chain: result.chain,
    annotations: {}
  }
}

/** targetArtifact members notation's plugin signer accepts; a plugin adding others is refused as notation does. */
const KNOWN_TARGET_MEMBERS = [
  'mediaType',
  'digest',
  'size',
  'urls',
  'annotations',
  'data',
  'platform',
  'artifactType'
]

async function signWithEnvelopePlugin(
  target: Descriptor,
  signer: EnvelopeSigner,
  options: SignEnvelopeOptions
): Promise<SignedEnvelope> {
  const payload = notaryPayload(target)
  const expirySeconds =
    options.expiry === undefined
      ? undefined
      : Math.max(1, Math.round((options.expiry.getTime() - options.now.getTime()) / 1000))
  const mediaType = ENVELOPE_MEDIA_TYPES[options.format ?? 'jws']
  const { envelope, annotations } = await signer.generateEnvelope(Buffer.from(JSON.stringify(payload)), {
    expirySeconds,
    mediaType
  })
  const refuse = (reason: string): SigningError =>
    new SigningError(`${signer.description}: the envelope it returned is refused: ${reason}`)
  let verified
  try {
    // Integrity and signature here; the chain rules follow, against trust-roots only when given.
    verified = verifyEnvelope(envelope, mediaType, {
      trustRoots: [],
      trustedIdentities: ['*'],
      level: 'audit',
      now: options.now
    })
  } catch (error) {
    throw refuse(errorMessage(error))
  }
  const mismatch = targetMatches(verified.target, target)
  if (mismatch !== undefined) throw refuse(mismatch)
  for (const [key, value] of Object.entries(payload.targetArtifact.annotations ?? {})) {
    if (verified.target.annotations?.[key] !== value)
      throw refuse(`it changed or dropped the annotation ${key}`)
  }
  const added = addedTargetMembers(decodeEnvelope(envelope, mediaType).payload)
  if (added.length > 0) throw refuse(`it added unknown payload members: ${added.join(', ')}`)
  checkChain(verified.chain, verified.signingTime, options, refuse)
  return { envelope, mediaType, chain: verified.chain, annotations }
}

function checkChain(
  chain: X509Certificate[],
  signingTime: Date,
  options: SignEnvelopeOptions,
  refuse: (reason: string) => SigningError
): void {
  try {
    checkChainStructure(chain, signingTime)
    checkValidAt(chain, options.now)
    if (options.trustRoots !== undefined && options.trustRoots.length > 0)
      checkTrusted(chain, options.trustRoots)
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error
    throw refuse(error.message)
  }
}

/** Members of the signed payload (and its targetArtifact) beyond the ones a Notary payload may carry. */
function addedTargetMembers(signedPayload: Buffer): string[] {
  // verifyEnvelope has already parsed this payload as a JSON object with a targetArtifact object.
  const payload = JSON.parse(signedPayload.toString('utf8')) as Record<string, unknown>
  const target = payload.targetArtifact as Record<string, unknown>
  return [
    ...Object.keys(payload).filter(key => key !== 'targetArtifact'),
    ...Object.keys(target)
      .filter(key => !KNOWN_TARGET_MEMBERS.includes(key))
      .map(key => `targetArtifact.${key}`)
  ]
}
