/**
 * The keyless signers: a Sigstore identity (cosign's `--certificate-identity[-regexp]` and
 * `--certificate-oidc-issuer` against a trusted root), and a GitHub repository's artifact attestations.
 * Both read Sigstore bundles keyed by a Fulcio certificate, verified offline (verify-bundle.ts), whose
 * in-toto statement names the image digest; the Sigstore signer also reads cosign's legacy keyless
 * signatures (`.sig` tag). Each signature is checked in full before its identity is judged, so a
 * rejection names the first check that failed: a forged signature is never reported as "wrong identity".
 * The Sigstore libraries (bundle.ts, verify-bundle.ts and what they use) are imported when a signature is
 * checked, not when a signer is built from the inputs: a verify that trusts only Notary never loads them.
 */
import { couldNotComplete, errorMessage, VerificationError } from '../../util/errors.js'
import type { Descriptor } from '../../oci/types.js'
import {
  mismatch,
  type AcceptedSigner,
  type CandidateArtifact,
  type MatchedSignature,
  type RejectedArtifact,
  type SignatureCandidates,
  type SignerKind,
  type SignerResult
} from '../accepted-signer.js'
import {
  checkSimpleSigningPayload,
  MAX_PAYLOAD_BYTES,
  simpleSigningLayers
} from '../cosign/simple-signing.js'
import { bundleLayers, MAX_BUNDLE_BYTES } from './bundle-layers.js'
import { describeIdentity, type FulcioIdentity } from './fulcio-certificate.js'
import { githubAttestationPolicy, type GitHubAttestationOptions } from './github-attestation.js'
import { describePolicy, identityMismatch, type IdentityPolicy } from './identity-policy.js'
import { checkStatement, COSIGN_SIGN_PREDICATE, parseStatement } from './statement.js'
import type { SigstoreInstance } from './trusted-root.js'
import type { VerifiedKeyless } from './verify-bundle.js'

/** One signature of an artifact to check: a name for reports and the check itself. */
interface Part {
  name: string
  check: () => Promise<{ verified: VerifiedKeyless; details: Record<string, string> }>
}

abstract class KeylessSigner implements AcceptedSigner {
  abstract readonly kind: SignerKind

  constructor(
    protected readonly instances: readonly SigstoreInstance[],
    protected readonly policy: IdentityPolicy
  ) {}

  abstract describe(): string

  /** The policy as described (identity, issuer, repository…) and each trusted root's digest. */
  fingerprint(): string {
    return JSON.stringify([this.kind, this.describe(), this.instances.map(instance => instance.digest)])
  }

  /** The signatures of `artifact` this signer reads. */
  protected abstract parts(
    artifact: CandidateArtifact,
    subject: Descriptor,
    candidates: SignatureCandidates
  ): Part[]

  async verify(subject: Descriptor, candidates: SignatureCandidates): Promise<SignerResult> {
    const signatures: MatchedSignature[] = []
    const rejected: RejectedArtifact[] = []
    for (const artifact of candidates.artifacts) {
      for (const part of this.parts(artifact, subject, candidates)) {
        try {
          const { verified, details } = await part.check()
          const wrong = identityMismatch(verified.identity, this.policy)
          if (wrong !== undefined) throw new VerificationError(wrong)
          signatures.push(matched(part.name, verified, details))
        } catch (error) {
          rejected.push({
            artifact: part.name,
            reason: errorMessage(error),
            couldNotComplete: couldNotComplete(error)
          })
        }
      }
    }
    if (signatures.length > 0)
      return { matched: true, kind: this.kind, signer: this.describe(), signatures, rejected }
    return mismatch(this.kind, this.describe(), rejected, this.noneFound(subject))
  }

  protected abstract noneFound(subject: Descriptor): string

  /**
   * Each Sigstore bundle layer of `artifact`: parsed, keyless, DSSE, verified, its statement signing
   * `subject` with `predicateType`.
   */
  protected bundleParts(
    artifact: CandidateArtifact,
    subject: Descriptor,
    candidates: SignatureCandidates,
    predicateType: string
  ): Part[] {
    const layers = bundleLayers(artifact.manifest)
    return layers.map(layer => ({
      name: partName(artifact, layer, layers.length),
      check: async () => {
        const [{ dsseOf, parseBundle }, { verifyKeylessBundle }] = await Promise.all([
          import('./bundle.js'),
          import('./verify-bundle.js')
        ])
        const bundle = parseBundle(await candidates.blob(layer, MAX_BUNDLE_BYTES))
        if (bundle.verificationMaterial.content.$case === 'publicKey')
          throw new VerificationError('the bundle is signed with a key, not keyless')
        const envelope = dsseOf(bundle)
        if (envelope === undefined)
          throw new VerificationError('the bundle holds a message signature (of a file), not a DSSE envelope')
        const verified = await verifyKeylessBundle(bundle, this.instances)
        const statement = parseStatement(envelope.payloadType, envelope.payload)
        checkStatement(statement, subject.digest, predicateType)
        return { verified, details: { format: 'sigstore bundle', predicateType: statement.predicateType } }
      }
    }))
  }
}

export class SigstoreSigner extends KeylessSigner {
  readonly kind = 'sigstore'

  describe(): string {
    return `sigstore ${describePolicy(this.policy)}`
  }

  protected noneFound(subject: Descriptor): string {
    return `no keyless cosign signature of ${subject.digest} was found`
  }

  protected parts(artifact: CandidateArtifact, subject: Descriptor, candidates: SignatureCandidates): Part[] {
    if (artifact.format === 'sigstore-bundle')
      return this.bundleParts(artifact, subject, candidates, COSIGN_SIGN_PREDICATE)
    if (artifact.format !== 'cosign-simple-signing') return []
    // Key-signed legacy layers (no certificate) are the cosign key signer's, not examined here.
    const layers = simpleSigningLayers(artifact.manifest).filter(layer => layer.certificate !== undefined)
    return layers.map(layer => ({
      name: partName(artifact, layer.layer, layers.length),
      check: async () => {
        const [{ legacyKeylessBundle }, { verifyKeylessBundle }] = await Promise.all([
          import('./legacy-keyless.js'),
          import('./verify-bundle.js')
        ])
        const payload = await candidates.blob(layer.layer, MAX_PAYLOAD_BYTES)
        const verified = await verifyKeylessBundle(
          legacyKeylessBundle(layer, payload),
          this.instances,
          payload
        )
        checkSimpleSigningPayload(payload, subject.digest)
        return { verified, details: { format: 'cosign legacy signature' } }
      }
    }))
  }
}

export class GitHubAttestationSigner extends KeylessSigner {
  readonly kind = 'github-attestation'
  private readonly predicateType: string
  private readonly description: string

  constructor(instances: readonly SigstoreInstance[], options: GitHubAttestationOptions) {
    const built = githubAttestationPolicy(options)
    super(instances, built.policy)
    this.predicateType = built.predicateType
    this.description = built.description
  }

  describe(): string {
    return this.description
  }

  protected noneFound(subject: Descriptor): string {
    return `no GitHub attestation of ${subject.digest} was found`
  }

  protected parts(artifact: CandidateArtifact, subject: Descriptor, candidates: SignatureCandidates): Part[] {
    if (artifact.format !== 'sigstore-bundle') return []
    return this.bundleParts(artifact, subject, candidates, this.predicateType)
  }
}

function partName(artifact: CandidateArtifact, layer: Descriptor, layers: number): string {
  return layers > 1 ? `${artifact.descriptor.digest} (layer ${layer.digest})` : artifact.descriptor.digest
}

function matched(name: string, verified: VerifiedKeyless, details: Record<string, string>): MatchedSignature {
  const identity: FulcioIdentity = verified.identity
  const extensions = identity.extensions
  return {
    artifact: name,
    signer: describeIdentity(identity),
    identity: `fulcio:${identity.issuer ?? ''} ${identity.subjectAlternativeNames[0] ?? ''}`,
    time: verified.time.toISOString(),
    timeProven: true,
    evidence: verified.evidence,
    details: {
      ...details,
      instance: verified.instance,
      ...(extensions.sourceRepositoryURI !== undefined && { repository: extensions.sourceRepositoryURI }),
      ...(extensions.sourceRepositoryRef !== undefined && { ref: extensions.sourceRepositoryRef }),
      ...(extensions.buildSignerURI !== undefined && { workflow: extensions.buildSignerURI })
    }
  }
}
