/**
 * Folder report/: results turned into outputs and tables, shared by both faces.
 * May import: inputs/ (the output names), the modes' result types, util/. No face.
 *
 * Turning results into outputs and a summary table: shared by the action (job summary) and the CLI.
 */
import { Outputs, type OutputName } from '../inputs/contract.js'
import type { SignResult } from '../sign/sign.js'
import type { VerifyResult } from '../verify/verify.js'
import { oneLine } from '../util/sanitize.js'

export type OutputValues = Partial<Record<OutputName, string>>

export function signOutputs(result: SignResult): OutputValues {
  return {
    [Outputs.Digest]: result.digest,
    [Outputs.Ref]: result.ref,
    [Outputs.Manifests]: JSON.stringify(result.manifests),
    [Outputs.SignatureDigests]: result.signatureDigests.join('\n'),
    [Outputs.Report]: JSON.stringify(result)
  }
}

/** With several images, `digest`, `ref` and `signer` hold a line per image, in input order. */
export function verifyOutputs(result: VerifyResult): OutputValues {
  return {
    [Outputs.Verified]: String(result.verified),
    [Outputs.Digest]: result.images.map(image => image.digest ?? '').join('\n'),
    [Outputs.Ref]: result.images.map(image => image.ref ?? '').join('\n'),
    // A DN with a line break would shift every later image's line: one line per image, whatever it holds.
    [Outputs.Signer]: result.images.map(image => oneLine(image.signer ?? '')).join('\n'),
    [Outputs.Report]: JSON.stringify(result)
  }
}

export interface Table {
  title: string
  header: string[]
  rows: string[][]
}

export function signTable(result: SignResult): Table {
  return {
    title: `Signed ${result.ref} (tags: ${result.tags.join(', ')}; ${result.signatureDigests.length} signatures)`,
    header: ['Scenarios', 'Platform', 'Digest', 'Source'],
    rows: result.manifests.map(entry => [
      entry.scenarios.join(', '),
      entry.platform,
      entry.digest,
      entry.source
    ])
  }
}

export function verifyTable(result: VerifyResult): Table {
  return {
    title: {
      verified: 'Verified',
      rejected: 'Verification failed',
      error: 'Verification could not complete'
    }[result.verdict],
    header: ['Image', 'Verdict', 'Pinned reference', 'Signer', 'Blobs re-hashed', 'Reason'],
    rows: result.images.map(image => [
      image.image,
      image.verdict,
      image.ref ?? '',
      image.signer ?? '',
      `${image.blobs.checked} (${image.blobs.bytes} bytes)`,
      image.reasons.join('; ')
    ])
  }
}

/** The reasons of every image not verified, a line each, as setFailed and the CLI print them. */
export function rejectionMessage(result: VerifyResult): string {
  return result.images
    .filter(image => !image.verified)
    .map(
      image =>
        `${image.image}: ${image.verdict === 'error' ? 'could not complete: ' : ''}${image.reasons.map(oneLine).join('; ')}`
    )
    .join('\n')
}

/** Registry-supplied text is untrusted: escape it before it goes into the job summary's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}
