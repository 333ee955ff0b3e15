/**
 * The signature step of verify: one discovery pass finds every signature artifact of the digest, each
 * accepted signer of the repository's policy (Notary roots, cosign keys, Sigstore identities, GitHub
 * attestations, pins) judges them, and the policy's `require` decides. The report gets a row per
 * signature examined and the image's "Signed by" list.
 */
import { discoverSignatures, type DiscoveredSignatures } from '../oci/signature-discovery.js'
import type { ContentSource } from '../oci/content.js'
import type { Descriptor } from '../oci/types.js'
import {
  judgeSigners,
  readsCosignSignatureTag,
  type AcceptedSigner,
  type Evidence,
  type Judgement,
  type RevocationReport,
  type SignerKind,
  type SignerResult
} from '../trust/accepted-signer.js'
import type { PolicyDecision } from '../trust/policy.js'
import { IncompleteError, VerificationError } from '../util/errors.js'
import type { EngineContext } from './context.js'
import { NotarySigner } from './notary-signer.js'

/** One signature examined for an image: verified by one of the accepted signers, or why not. */
export interface SignatureReport {
  /** The signature manifest (and layer, when a manifest holds several). */
  digest: string
  verified: boolean
  /** The accepted signer's kind that examined it. */
  kind?: SignerKind
  reason?: string
  signer?: string
  signingTime?: string
  /** Subjects of the certificate chain, leaf first, when the envelope could be read. */
  chain?: string[]
  /** The verified RFC 3161 countersignature; `timestamped` alone when it was present but not required. */
  timestamp?: { time: string; tsa: string }
  timestamped?: boolean
  /** Revocation status of each certificate of the signing chain (and of the TSA chain), when checked. */
  revocation?: RevocationReport[]
  /** Transparency-log entries, SCTs and timestamps that back a keyless or key signature. */
  evidence?: Evidence[]
  warnings?: string[]
}

/** A signer that matched: the report's "Signed by". */
export interface SignedBy {
  kind: SignerKind
  /** Who signed: a certificate subject or identity, a key fingerprint, a pinned digest. */
  signer: string
  /** The configured signer that accepted it. */
  acceptedBy: string
  time?: string
  timeProven?: boolean
  evidence: Evidence[]
  details?: Record<string, string>
}

export interface SignatureOutcome {
  /** The image's signer for outputs: the first authentic match, in the order signers are configured. */
  signer?: string
  /** The first matched signature's manifest digest, for the log line. */
  digest: string
  authentic: boolean
  signedBy: SignedBy[]
}

/** The accepted signers of a policy decision: its Notary roots (when it has any), then the others. */
export function acceptedSignersOf(decision: PolicyDecision): AcceptedSigner[] {
  const notary = decision.trustRoots.length > 0 ? [new NotarySigner(decision)] : []
  return [...notary, ...(decision.signers ?? [])]
}

/**
 * Finds and judges the signatures of `subject`; returns who signed, or throws why not: a
 * VerificationError (rejected) or an IncompleteError / the transport's own error (could not complete).
 */
export async function checkSignatures(
  subject: Descriptor,
  decision: PolicyDecision,
  repository: ContentSource,
  maxSignatures: number,
  reports: SignatureReport[],
  context: EngineContext
): Promise<SignatureOutcome> {
  const signers = acceptedSignersOf(decision)
  if (signers.length === 0)
    throw new VerificationError(
      `policy '${decision.name}' accepts no signer: nothing can verify ${subject.digest}`
    )
  const discovered = await discoverSignatures(repository, subject.digest, {
    maxArtifacts: maxSignatures,
    cosignSignatureTag: readsCosignSignatureTag(signers)
  })
  if (discovered.notExamined > 0) {
    const found = discovered.notExamined + discovered.artifacts.length
    context.log.warning(`${found} signatures found; examining the first ${maxSignatures} (max-signatures)`)
  }
  const requirement = decision.require ?? { kind: 'any' }
  const judgement = await judgeSigners(subject, discovered, signers, requirement, {
    now: context.now,
    fetcher: context.fetcher,
    log: context.log
  })
  reports.push(...judgement.results.flatMap(result => signatureRows(result, signers.length > 1)))
  // A signature manifest that could not be read is reported too: it might have been the valid one.
  for (const part of discovered.unread)
    if (part.digest !== undefined) reports.push({ digest: part.digest, verified: false, reason: part.reason })
  if (judgement.verdict === 'verified') return outcomeOf(judgement.results)
  throw failure(subject, discovered, judgement, signers.length === 1 && requirement.kind !== 'count')
}

function outcomeOf(results: SignerResult[]): SignatureOutcome {
  const matches = results.flatMap(result =>
    result.matched ? result.signatures.map(signature => ({ result, signature })) : []
  )
  // An audit-level pass whose chain or identity did not check out is never named as a signer.
  const trusted = matches.filter(({ signature }) => signature.notary?.authentic !== false)
  return {
    signer: trusted[0]?.signature.signer,
    digest: (trusted[0] ?? matches[0]).signature.artifact,
    authentic: trusted.length > 0,
    signedBy: trusted.map(({ result, signature }) => ({
      kind: result.kind,
      signer: signature.signer,
      acceptedBy: result.signer,
      time: signature.time,
      timeProven: signature.timeProven,
      evidence: signature.evidence,
      details: signature.details
    }))
  }
}

/** The report rows of one signer: each signature it verified, each one it read and refused. */
function signatureRows(result: SignerResult, namedBySigner: boolean): SignatureReport[] {
  const verified: SignatureReport[] = result.matched
    ? result.signatures.map(signature => ({
        digest: signature.artifact,
        verified: true,
        kind: result.kind,
        signer: signature.signer,
        signingTime: signature.time,
        chain: signature.notary?.chain,
        timestamp: signature.notary?.timestamp,
        timestamped: signature.notary?.timestamped,
        revocation: signature.notary?.revocation,
        evidence: signature.evidence.length > 0 ? signature.evidence : undefined,
        warnings: signature.notary?.warnings
      }))
    : []
  const refused = result.rejected.map(entry => ({
    digest: entry.artifact,
    verified: false,
    kind: result.kind,
    // With several signers, the same artifact may be read by more than one: say whose reason it is.
    reason: namedBySigner ? `${result.signer}: ${entry.reason}` : entry.reason
  }))
  return [...verified, ...refused]
}

/**
 * Why the requirement was not met. With one signer the words are notation's own ("no signature found",
 * "no valid signature"); with several, the requirement and each signer's reason. Anything that could not
 * be read or checked makes it "could not complete": the missing signature may have been there.
 */
function failure(
  subject: Descriptor,
  discovered: DiscoveredSignatures,
  judgement: Judgement,
  single: boolean
): Error {
  const rejected = judgement.results.flatMap(result => (result.matched ? [] : result.rejected))
  // A listing (not a signature manifest, which names its digest) that could not be read.
  const listing = discovered.unread.find(part => part.couldNotComplete && part.digest === undefined)
  if (single && listing !== undefined && rejected.length === 0) {
    // Nothing was examined because the listing itself failed: report that failure as it came.
    return listing.cause instanceof Error ? listing.cause : new IncompleteError(listing.reason)
  }
  if (!single) {
    const reason = `signature requirement not met for ${subject.digest}: ${judgement.reason ?? ''}`
    return judgement.verdict === 'error' ? new IncompleteError(reason) : new VerificationError(reason)
  }
  const unread = discovered.unread.map(part => `${part.what} could not be read: ${part.reason}`)
  const [only] = judgement.results
  // Nothing of this signer's was there: its own words ("no signature found for …", "… is not pinned").
  if (rejected.length === 0 && unread.length === 0 && !only.matched) return new VerificationError(only.reason)
  const reasons = [...rejected.map(entry => `${entry.artifact}: ${entry.reason}`), ...unread].join('; ')
  // A signature that could not be fetched might have been the valid one: no verdict, only an error.
  if (judgement.verdict === 'error')
    return new IncompleteError(`could not check every signature of ${subject.digest} (${reasons})`)
  return new VerificationError(`no valid signature for ${subject.digest} (${reasons})`)
}
