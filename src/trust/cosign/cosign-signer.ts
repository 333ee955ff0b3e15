/**
 * The cosign key signer: signatures by one cosign public key, in both of cosign's formats, checked offline
 * as `cosign verify --key k.pub --insecure-ignore-tlog` checks them (a transparency-log entry, if any, is
 * not required and not checked: a key signer trusts the key alone).
 *
 * - Sigstore bundle (cosign 3): a DSSE envelope, keyed by the key's hint, over an in-toto statement with
 *   predicate type `https://sigstore.dev/cosign/sign/v1` whose subject is the image digest.
 * - Legacy (`.sig` tag): each simple-signing layer's payload, signed by the key, naming the image digest.
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
  type SignerResult
} from '../accepted-signer.js'
import { bundleLayers, MAX_BUNDLE_BYTES } from '../sigstore/bundle-layers.js'
import { checkStatement, COSIGN_SIGN_PREDICATE, parseStatement } from '../sigstore/statement.js'
import { keySignatureVerifies, type CosignPublicKey } from './public-keys.js'
import { checkSimpleSigningPayload, MAX_PAYLOAD_BYTES, simpleSigningLayers } from './simple-signing.js'

const CREATED_ANNOTATION = 'org.opencontainers.image.created'

export class CosignKeySigner implements AcceptedSigner {
  readonly kind = 'cosign'

  constructor(private readonly key: CosignPublicKey) {}

  describe(): string {
    return `cosign key ${this.key.algorithm} ${this.key.fingerprint}`
  }

  fingerprint(): string {
    return this.describe()
  }

  async verify(subject: Descriptor, candidates: SignatureCandidates): Promise<SignerResult> {
    const signatures: MatchedSignature[] = []
    const rejected: RejectedArtifact[] = []
    for (const artifact of candidates.artifacts) {
      const parts =
        artifact.format === 'sigstore-bundle'
          ? bundleLayers(artifact.manifest).map(layer => ({
              layer,
              check: () => this.checkBundle(layer, subject, candidates)
            }))
          : artifact.format === 'cosign-simple-signing'
            ? simpleSigningLayers(artifact.manifest).map(legacy => ({
                layer: legacy.layer,
                check: () => this.checkLegacy(legacy, subject, candidates)
              }))
            : []
      for (const { layer, check } of parts) {
        const name =
          parts.length > 1
            ? `${artifact.descriptor.digest} (layer ${layer.digest})`
            : artifact.descriptor.digest
        try {
          await check()
          signatures.push(this.matched(name, artifact))
        } catch (error) {
          rejected.push({
            artifact: name,
            reason: errorMessage(error),
            couldNotComplete: couldNotComplete(error)
          })
        }
      }
    }
    if (signatures.length > 0)
      return { matched: true, kind: this.kind, signer: this.describe(), signatures, rejected }
    return mismatch(
      this.kind,
      this.describe(),
      rejected,
      `no cosign signature of ${subject.digest} was found`
    )
  }

  private matched(name: string, artifact: CandidateArtifact): MatchedSignature {
    const created = artifact.manifest.annotations?.[CREATED_ANNOTATION]
    return {
      artifact: name,
      signer: this.describe(),
      identity: `key:${this.key.fingerprint}`,
      // A key signature carries no proof of time: the manifest's creation time is the signer's claim.
      ...(created !== undefined &&
        !Number.isNaN(Date.parse(created)) && { time: created, timeProven: false }),
      evidence: []
    }
  }

  private async checkBundle(
    layer: Descriptor,
    subject: Descriptor,
    candidates: SignatureCandidates
  ): Promise<void> {
    // @sigstore/bundle is loaded when a bundle is read, not when the signer is built (start-up time).
    const { dsseOf, parseBundle, preAuthEncoding } = await import('../sigstore/bundle.js')
    const bundle = parseBundle(await candidates.blob(layer, MAX_BUNDLE_BYTES))
    const material = bundle.verificationMaterial.content
    if (material.$case !== 'publicKey') {
      throw new VerificationError('the bundle is signed with a certificate (keyless), not with a key')
    }
    if (material.publicKey.hint !== '' && material.publicKey.hint !== this.key.hint) {
      throw new VerificationError(`the bundle names another key (hint ${material.publicKey.hint})`)
    }
    const envelope = dsseOf(bundle)
    if (envelope === undefined) {
      throw new VerificationError('the bundle holds a message signature (of a file), not a DSSE envelope')
    }
    if (
      !(await keySignatureVerifies(
        this.key,
        preAuthEncoding(envelope.payloadType, envelope.payload),
        envelope.signature
      ))
    ) {
      throw new VerificationError('the bundle signature does not verify with this key')
    }
    checkStatement(
      parseStatement(envelope.payloadType, envelope.payload),
      subject.digest,
      COSIGN_SIGN_PREDICATE
    )
  }

  private async checkLegacy(
    legacy: ReturnType<typeof simpleSigningLayers>[number],
    subject: Descriptor,
    candidates: SignatureCandidates
  ): Promise<void> {
    if (legacy.signature.length === 0) throw new VerificationError('the layer has no signature annotation')
    const payload = await candidates.blob(legacy.layer, MAX_PAYLOAD_BYTES)
    if (!(await keySignatureVerifies(this.key, payload, legacy.signature))) {
      throw new VerificationError('the signature does not verify with this key')
    }
    checkSimpleSigningPayload(payload, subject.digest)
  }
}
