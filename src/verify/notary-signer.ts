/**
 * The Notary Project signer: signatures by a certificate that chains to a policy statement's roots and
 * is one of its trusted identities, checked as notation checks them (envelope, chain, identity, target,
 * timestamp, revocation), over the Notary signatures one discovery pass found. Lives in verify/ because
 * revocation is a verification step (with the run's fetcher, given in the verify context).
 */
import { thumbprintsOf } from '../trust/certificates.js'
import { targetMatches, verifyEnvelope, type VerifiedEnvelope } from '../trust/envelope.js'
import type { PolicyDecision } from '../trust/policy.js'
import { subjectOf } from '../trust/pki.js'
import { signatureManifestParts } from '../trust/signature-manifest.js'
import {
  mismatch,
  type AcceptedSigner,
  type CandidateArtifact,
  type MatchedSignature,
  type RejectedArtifact,
  type RevocationReport,
  type SignatureCandidates,
  type SignerResult,
  type VerifyContext
} from '../trust/accepted-signer.js'
import type { Descriptor } from '../oci/types.js'
import { couldNotComplete, errorMessage, InputError, VerificationError } from '../util/errors.js'
import { checkRevocation } from './revocation-check.js'

/** Envelopes larger than this are refused (the Notary Project's own limit). */
const MAX_ENVELOPE_BYTES = 32 * 1024 * 1024

export class NotarySigner implements AcceptedSigner {
  readonly kind = 'notation'

  /**
   * @param decision the policy statement whose roots, identities, level, timestamp and revocation rules apply
   * @param name how reports name this signer ("trust-roots", a rule, a `signers` item)
   */
  constructor(
    private readonly decision: PolicyDecision,
    private readonly name = decision.name
  ) {}

  describe(): string {
    return `notation ${this.name}`
  }

  fingerprint(): string {
    const { decision } = this
    return JSON.stringify({
      roots: thumbprintsOf(decision.trustRoots),
      identities: decision.trustedIdentities,
      level: decision.level,
      tsaRoots: thumbprintsOf(decision.tsaRoots),
      verifyTimestamp: decision.verifyTimestamp,
      revocation: decision.revocation
    })
  }

  /** Each Notary signature in the order listed; the first that passes is enough unless all are wanted. */
  async verify(
    subject: Descriptor,
    candidates: SignatureCandidates,
    context: VerifyContext
  ): Promise<SignerResult> {
    const signatures: MatchedSignature[] = []
    const rejected: RejectedArtifact[] = []
    for (const artifact of candidates.artifacts) {
      if (artifact.format !== 'notary') continue
      try {
        signatures.push(await this.check(artifact, subject, candidates, context))
        if (!context.everySignature) break
      } catch (error) {
        if (error instanceof InputError) throw error
        const reason = errorMessage(error)
        rejected.push({
          artifact: artifact.descriptor.digest,
          reason,
          couldNotComplete: couldNotComplete(error)
        })
        // The image's reason lists every signature's: at info level this would print each twice.
        context.log?.debug(`Signature ${artifact.descriptor.digest} rejected: ${reason}`)
      }
    }
    if (signatures.length > 0)
      return { matched: true, kind: this.kind, signer: this.describe(), signatures, rejected }
    return mismatch(this.kind, this.describe(), rejected, `no signature found for ${subject.digest}`)
  }

  private async check(
    artifact: CandidateArtifact,
    subject: Descriptor,
    candidates: SignatureCandidates,
    context: VerifyContext
  ): Promise<MatchedSignature> {
    const { now, fetcher } = context
    // A caller error, not a verdict: revocation is part of the check and needs the run's fetcher.
    if (fetcher === undefined) throw new Error("a Notary signer needs the run's fetcher to check revocation")
    const parts = signatureManifestParts(artifact.manifest)
    if (parts === undefined) throw new VerificationError('not a Notary Project signature manifest')
    if (parts.subject !== undefined && parts.subject.digest !== subject.digest) {
      throw new VerificationError(
        `signature manifest's subject is ${parts.subject.digest}, not ${subject.digest}`
      )
    }
    const envelope = await candidates.blob(parts.envelope, MAX_ENVELOPE_BYTES)
    const { decision } = this
    const verified = verifyEnvelope(envelope, parts.envelope.mediaType, {
      trustRoots: decision.trustRoots,
      trustedIdentities: decision.trustedIdentities,
      level: decision.level,
      now,
      timestamp:
        decision.tsaRoots.length > 0
          ? { roots: decision.tsaRoots, verify: decision.verifyTimestamp }
          : undefined
    })
    // The payload names what was signed: a signature of another image listed here (replay) fails.
    const wrongTarget = targetMatches(verified.target, subject)
    if (wrongTarget !== undefined)
      throw new VerificationError(`signed target differs from ${subject.digest}: ${wrongTarget}`)
    const revocation = await checkRevocation(verified, decision, { fetcher, now })
    const warnings = [...verified.warnings, ...revocation.warnings]
    for (const warning of warnings)
      context.log?.warning(`signature ${artifact.descriptor.digest}: ${warning}`)
    return matched(artifact.descriptor.digest, verified, {
      revocation: revocation.reports.length > 0 ? revocation.reports : undefined,
      warnings: warnings.length > 0 ? warnings : undefined
    })
  }
}

function matched(
  artifact: string,
  verified: VerifiedEnvelope,
  extra: { revocation?: RevocationReport[]; warnings?: string[] }
): MatchedSignature {
  const timestamp =
    verified.timestamp === undefined
      ? undefined
      : { time: verified.timestamp.time.toISOString(), tsa: verified.timestamp.tsa }
  return {
    artifact,
    signer: verified.signer,
    // Two statements that accept the same leaf certificate are one signer, not two.
    identity: `x509:${thumbprintsOf(verified.chain.slice(0, 1))[0]}`,
    // The signing time the signature claims; a verified countersignature proves it came before its own.
    time: verified.signingTime.toISOString(),
    timeProven: timestamp !== undefined,
    evidence:
      timestamp === undefined ? [] : [{ kind: 'timestamp', authority: timestamp.tsa, time: timestamp.time }],
    notary: {
      chain: verified.chain.map(subjectOf),
      timestamp,
      timestamped: verified.timestamped,
      authentic: verified.authentic,
      ...extra
    }
  }
}
