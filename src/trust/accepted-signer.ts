/**
 * Accepted signers of every kind behind one interface, and the `require` rule over them. A signer is one
 * configured source of trust (a notation root + identities, a cosign key, a Sigstore identity, a GitHub
 * repository's attestations, a pinned digest); it looks at the signature artifacts that one discovery pass
 * found for a manifest and says whether any of them is its signature of that manifest, and whose.
 *
 * `require` counts distinct signers: each configured signer that matched counts once, and two that matched
 * only through the same key or certificate identity count once together (a key listed twice, or a
 * regexp identity that the same certificate satisfies, must not pass `require: 2` alone).
 */
import type { Descriptor, ImageManifest } from '../oci/types.js'
import { couldNotComplete, errorMessage, InputError } from '../util/errors.js'
import type { Verdict } from '../util/verdict.js'
import type { Log } from '../util/log.js'
import type { HttpFetcher } from './http-fetch.js'
import type { RevocationStatus } from './revocation.js'

export type SignerKind = 'notation' | 'cosign' | 'sigstore' | 'github-attestation' | 'pinned'

/** A signature artifact as discovery found it (the port a signer reads through; oci/ fills it). */
export interface CandidateArtifact {
  format: 'notary' | 'sigstore-bundle' | 'cosign-simple-signing'
  foundIn: 'referrers' | 'cosign-signature-tag'
  descriptor: Descriptor
  manifest: ImageManifest
}

/** Everything one discovery pass found for a manifest: the artifacts, and their blobs on demand. */
export interface SignatureCandidates {
  artifacts: readonly CandidateArtifact[]
  blob(descriptor: Descriptor, maxBytes: number): Promise<Buffer>
}

/** What shows that a signature existed at a time: a transparency-log entry or a signed timestamp. */
export type Evidence =
  | { kind: 'tlog'; log: string; index: string; time?: string }
  | { kind: 'timestamp'; authority: string; time: string }
  | { kind: 'sct'; log: string }

/** One signature that passed every check of its signer. */
export interface MatchedSignature {
  /** The signature manifest that carried it (and the layer, when a manifest holds several). */
  artifact: string
  /** Who signed, as the report's "Signed by" column shows it: a key fingerprint or a certificate identity. */
  signer: string
  /** What two signatures must differ in to count as two signers: a key id or a certificate identity. */
  identity: string
  /** When it was signed, as proven by the evidence (the earliest), or as claimed when nothing proves it. */
  time?: string
  timeProven?: boolean
  evidence: Evidence[]
  /** Facts a report may show (the predicate type, the repository and workflow of an attestation). */
  details?: Record<string, string>
  /** What a Notary Project signature adds: its chain, countersignature and revocation statuses. */
  notary?: NotaryDetail
}

/** The report's view of a Notary Project signature that verified. */
export interface NotaryDetail {
  /** Subjects of the certificate chain, leaf first. */
  chain: string[]
  /** The verified RFC 3161 countersignature; `timestamped` alone when present but not required. */
  timestamp?: { time: string; tsa: string }
  timestamped?: boolean
  revocation?: RevocationReport[]
  warnings?: string[]
  /**
   * The chain and identity were checked; false when the statement's level (audit) let an untrusted
   * signature pass: it passes, but is never named as the image's signer.
   */
  authentic: boolean
}

/** One certificate's revocation status as the report shows it. */
export interface RevocationReport {
  chain: 'signing' | 'timestamping'
  certificate: string
  status: RevocationStatus
  source?: 'OCSP' | 'CRL'
  url?: string
  revokedAt?: string
  reason?: string
  detail?: string
}

export interface Match {
  matched: true
  kind: SignerKind
  /** The configured signer, as `describe()` names it. */
  signer: string
  /** Every signature of this signer that verified (one is enough; all count for distinctness). */
  signatures: MatchedSignature[]
  /** Why the other artifacts this signer could read did not verify (for the report's detail). */
  rejected: RejectedArtifact[]
}

export interface RejectedArtifact {
  artifact: string
  reason: string
  /** The check could not run (a blob could not be fetched): no verdict on this artifact. */
  couldNotComplete?: boolean
}

/**
 * No signature of this signer verified. `couldNotComplete` covers the artifacts it examined; what
 * discovery itself could not read (`DiscoveredSignatures.unread`) is the caller's to weigh: a missing
 * requirement with anything unread is "could not complete", not "rejected".
 */
export interface Mismatch {
  matched: false
  kind: SignerKind
  signer: string
  /** One line: why nothing matched (no artifact of this kind, or each one's reason). */
  reason: string
  rejected: RejectedArtifact[]
  /** Some artifact could not be checked at all: a matching signature may have been missed. */
  couldNotComplete: boolean
}

export type SignerResult = Match | Mismatch

export interface AcceptedSigner {
  readonly kind: SignerKind
  /** One line naming this signer in reports: "cosign key ECDSA P-256 sha256:ab12…". */
  describe(): string
  /**
   * Everything that decides this signer's verdicts (a key, roots, trusted roots, a policy), as one
   * string: a verdict cached under one fingerprint is never reused under another.
   */
  fingerprint(): string
  verify(subject: Descriptor, candidates: SignatureCandidates, context: VerifyContext): Promise<SignerResult>
}

export interface VerifyContext {
  /**
   * The verification time (tests pin it). Keyless and key signers judge certificates at verified
   * timestamps, never now; a Notary signer checks its chain's validity now.
   */
  now: Date
  /**
   * Every signature of a signer is wanted, not only the first that verifies: set when more than one
   * distinct signer is required, since a largest matching may need a signer's second identity.
   */
  everySignature?: boolean
  /** OCSP and CRL exchanges of the run (a Notary signer checks revocation with them). */
  fetcher?: HttpFetcher
  /** Where a signer writes warnings it passes with (a Notary signature's logged checks). */
  log?: Log
}

/** Signer kinds that read cosign's legacy `sha256-<hex>.sig` tag: discovery looks it up only for them. */
export function readsCosignSignatureTag(signers: readonly AcceptedSigner[]): boolean {
  return signers.some(signer => signer.kind === 'cosign' || signer.kind === 'sigstore')
}

/** How many distinct signers must match: any one, every configured one, or a number. */
export type Requirement = { kind: 'any' } | { kind: 'all' } | { kind: 'count'; count: number }

export interface RequirementOutcome {
  satisfied: boolean
  /** Distinct signers that matched (the largest set with pairwise different identities). */
  distinct: number
  needed: number
  /** One line for the report: "2 of 2 required signers matched" or why not. */
  summary: string
}

/** The number of distinct signers `requirement` asks for among `configured` signers. */
function signersNeeded(requirement: Requirement, configured: number): number {
  if (requirement.kind === 'any') return 1
  if (requirement.kind === 'all') return configured
  return requirement.count
}

/**
 * Whether the results meet the requirement. Distinct signers are counted as a largest matching between
 * configured signers and identities: signer A (a regexp) and signer B (one identity) matched by the same
 * certificate count once, unless A also matched another identity.
 */
export function evaluateRequirement(
  requirement: Requirement,
  results: readonly SignerResult[]
): RequirementOutcome {
  const needed = signersNeeded(requirement, results.length)
  const identities = results.map(result =>
    result.matched ? [...new Set(result.signatures.map(signature => signature.identity))] : []
  )
  const distinct = largestMatching(identities)
  const satisfied = distinct >= needed && needed > 0
  const matchedSigners = results.filter(result => result.matched).length
  const shared =
    matchedSigners > distinct ? ` (${matchedSigners} matched, some through the same key or identity)` : ''
  const summary = satisfied
    ? `${distinct} distinct signer${distinct === 1 ? '' : 's'} matched, ${needed} required`
    : `${distinct} distinct signer${distinct === 1 ? '' : 's'} matched${shared}, ${needed} required`
  return { satisfied, distinct, needed, summary }
}

/** Maximum bipartite matching (signers ↔ identities) by augmenting paths; sizes are a handful each. */
function largestMatching(identitiesOf: string[][]): number {
  const owner = new Map<string, number>()
  const assign = (signer: number, visited: Set<string>): boolean => {
    for (const identity of identitiesOf[signer]) {
      if (visited.has(identity)) continue
      visited.add(identity)
      const current = owner.get(identity)
      if (current === undefined || assign(current, visited)) {
        owner.set(identity, signer)
        return true
      }
    }
    return false
  }
  let count = 0
  for (let signer = 0; signer < identitiesOf.length; signer++) if (assign(signer, new Set())) count++
  return count
}

/** A Mismatch from the reasons of the artifacts a signer examined. */
export function mismatch(
  kind: SignerKind,
  signer: string,
  rejected: RejectedArtifact[],
  noneReason: string
): Mismatch {
  const reason =
    rejected.length === 0
      ? noneReason
      : rejected.map(entry => `${entry.artifact}: ${entry.reason}`).join('; ')
  return {
    matched: false,
    kind,
    signer,
    reason,
    rejected,
    couldNotComplete: rejected.some(entry => entry.couldNotComplete === true)
  }
}

/** Something discovery could not read (a listing, a manifest): the port of oci/'s `UnreadPart`. */
export interface UnreadPart {
  what: string
  reason: string
  couldNotComplete: boolean
}

export interface Judgement {
  verdict: Verdict
  requirement: RequirementOutcome
  /** Each configured signer's result, in the order given. */
  results: SignerResult[]
  /** Why the image is not verified: the requirement, then each signer that did not match and why. */
  reason?: string
}

/**
 * Every accepted signer over one discovery pass, and the verdict under `requirement`. Short of the
 * requirement, the verdict is "error" (no verdict on the image) when a signature could not be checked or
 * discovery could not read a listing or manifest, since the missing signer may be there; else "rejected".
 * A signer that throws is a mismatch with the error's reason, never a crash of the check.
 */
export async function judgeSigners(
  subject: Descriptor,
  candidates: SignatureCandidates & { unread?: readonly UnreadPart[] },
  signers: readonly AcceptedSigner[],
  requirement: Requirement,
  context: VerifyContext
): Promise<Judgement> {
  const results: SignerResult[] = []
  const everySignature = signersNeeded(requirement, signers.length) > 1
  for (const signer of signers) {
    try {
      results.push(await signer.verify(subject, candidates, { ...context, everySignature }))
    } catch (error) {
      if (error instanceof InputError) throw error
      results.push({
        ...mismatch(signer.kind, signer.describe(), [], errorMessage(error)),
        couldNotComplete: couldNotComplete(error)
      })
    }
  }
  const outcome = evaluateRequirement(requirement, results)
  if (outcome.satisfied) return { verdict: 'verified', requirement: outcome, results }
  const unread = candidates.unread ?? []
  const incomplete =
    results.some(result => !result.matched && result.couldNotComplete) ||
    unread.some(part => part.couldNotComplete)
  const why = [
    ...results.flatMap(result => (result.matched ? [] : [`${result.signer}: ${result.reason}`])),
    ...unread.map(part => `${part.what} could not be read: ${part.reason}`)
  ]
  return {
    verdict: incomplete ? 'error' : 'rejected',
    requirement: outcome,
    results,
    reason: [outcome.summary, ...why].join('; ')
  }
}
