/**
 * Where the attestations of a multi-arch image sit. `actions/attest-build-provenance` attests whatever
 * digest the workflow gives it: the index's (docker/build-push-action's `digest` output) or each
 * platform's. So for an index under a policy with GitHub-attestation signers, the report says, per
 * platform, which digest carries Sigstore bundles and which one the verdict used; and when the index
 * itself is not attested but the one selected platform is, that platform's own digest is verified in its
 * place (and pinned), since what runs is exactly that manifest.
 */
import type { ContentSource } from '../oci/content.js'
import { selectEntries } from '../oci/image-index.js'
import { isSigstoreBundleMediaType } from '../oci/signature-discovery.js'
import { formatPlatform } from '../oci/platform.js'
import type { Descriptor, FetchedManifest, ImageIndex, Platform } from '../oci/types.js'
import { isIndexMediaType } from '../oci/types.js'
import type { PolicyDecision } from '../trust/policy.js'
import { mapWithLimit } from '../util/concurrency.js'
import { errorMessage, VerificationError } from '../util/errors.js'
import type { EngineContext } from './context.js'
import type { VerifyPlan } from './plan.js'
import { checkSignatures, type SignatureOutcome, type SignatureReport } from './signatures.js'

/** A digest of the image and how many Sigstore bundles its referrers list. */
export interface AttestationPlacement {
  digest: string
  /** The platform of an entry; absent for the index itself. */
  platform?: string
  bundles: number
  /** The verdict rests on this digest's signatures. */
  used: boolean
}

const LISTINGS_AT_ONCE = 4

export interface ImageSignatureCheck {
  subject: Descriptor
  /** The manifest `subject` names, fetched once per image. */
  signedRoot: () => Promise<FetchedManifest>
  decision: PolicyDecision
  selection: { scenario?: string; platform?: Platform }
  plan: Pick<VerifyPlan, 'maxSignatures' | 'scenarioAnnotation'>
  repository: ContentSource
  /** Where the signature rows and the attestation placements are written. */
  report: { signatures: SignatureReport[]; attestations?: AttestationPlacement[] }
  context: EngineContext
}

/**
 * The signature step of an image: its signatures judged under the policy; when the index fails and a
 * GitHub-attestation signer could accept the one selected platform by its own digest, that platform
 * (`attestedEntry`, then verified and pinned in the index's place). For an index under such signers the
 * report gets where the attestations sit, whatever the verdict.
 */
export async function checkImageSignatures(
  check: ImageSignatureCheck
): Promise<{ outcome: SignatureOutcome; attestedEntry?: Descriptor }> {
  const { subject, decision, repository, report, context } = check
  const judge = (digest: Descriptor) =>
    checkSignatures(digest, decision, repository, check.plan.maxSignatures, report.signatures, context)
  const attestations = judgesAttestations(decision) && isIndexMediaType(subject.mediaType)
  let used = subject.digest
  try {
    try {
      return { outcome: await judge(subject) }
    } catch (error) {
      // The index is not attested: the one platform selected may be, by its own digest.
      if (!(error instanceof VerificationError) || !attestations) throw error
      const entry = selectedEntry(await check.signedRoot(), check.selection, check.plan.scenarioAnnotation)
      if (entry === undefined) throw error
      const outcome = await judge(entry).catch((entryError: unknown) => {
        throw new VerificationError(
          `${errorMessage(error)}; the selected platform's own digest ${entry.digest}: ${errorMessage(entryError)}`,
          { cause: entryError }
        )
      })
      used = entry.digest
      return { outcome, attestedEntry: entry }
    }
  } finally {
    if (attestations) {
      // A report, not a check: a listing that fails counts as no bundles there.
      report.attestations = await check
        .signedRoot()
        .then(root => attestationPlacements(root, repository, used))
        .catch(() => undefined)
      if (report.attestations !== undefined)
        context.log.info(`Attestations by digest: ${describePlacements(report.attestations)}`)
    }
  }
}

/** The policy has a GitHub-attestation signer: only then are platforms looked at. */
function judgesAttestations(decision: PolicyDecision): boolean {
  return (decision.signers ?? []).some(signer => signer.kind === 'github-attestation')
}

/**
 * The one entry of `root` the selection asks for, when `root` is an index and exactly one entry is
 * selected: the platform manifest that may carry its own attestation.
 */
function selectedEntry(
  root: FetchedManifest,
  selection: { scenario?: string; platform?: Platform },
  scenarioAnnotation: string
): Descriptor | undefined {
  if (!isIndexMediaType(root.descriptor.mediaType)) return undefined
  if (selection.scenario === undefined && selection.platform === undefined) return undefined
  try {
    const entries = selectEntries(root.manifest as ImageIndex, selection, scenarioAnnotation)
    return entries.length === 1 ? entries[0] : undefined
  } catch {
    // No such entry: the content check reports it in its own words.
    return undefined
  }
}

/** The index and each runnable platform entry, with the bundles listed for each. */
async function attestationPlacements(
  root: FetchedManifest,
  repository: Pick<ContentSource, 'referrers'>,
  used: string
): Promise<AttestationPlacement[]> {
  const index = root.manifest as ImageIndex
  const entries = index.manifests.filter(entry => entry.platform?.os !== 'unknown')
  const targets = [
    { digest: root.descriptor.digest, platform: undefined as string | undefined },
    ...entries.map(entry => ({
      digest: entry.digest,
      platform: entry.platform && formatPlatform(entry.platform)
    }))
  ]
  return mapWithLimit(targets, LISTINGS_AT_ONCE, async ({ digest, platform }) => {
    const listed = await repository.referrers(digest).catch(() => [])
    // GitHub's attestations list their type; a bundle listed as another type is not counted here.
    const bundles = listed.filter(entry => isSigstoreBundleMediaType(entry.artifactType))
    return {
      digest,
      ...(platform !== undefined && { platform }),
      bundles: bundles.length,
      used: digest === used
    }
  })
}

/** `index: 0, linux/amd64: 1 (used), linux/arm64: 1`: where the bundles sit, for the log and the reason. */
function describePlacements(placements: AttestationPlacement[]): string {
  return placements
    .map(
      placement =>
        `${placement.platform ?? 'index'}: ${placement.bundles} bundle${placement.bundles === 1 ? '' : 's'}${placement.used ? ' (used)' : ''}`
    )
    .join(', ')
}
