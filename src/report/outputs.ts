/**
 * Folder report/: results turned into outputs and tables, shared by both faces.
 * May import: sign/, gate/, store/, verify/, inputs/, util/. No face.
 *
 * Turning results into outputs and a summary table: shared by the action (job summary) and the CLI.
 */
import { Outputs, type OutputName } from '../inputs/contract.js'
import type { UsedImage } from '../gate/gate.js'
import type { WorkloadImageUse } from '../gate/workloads.js'
import type { SignedEntry, SignResult } from '../sign/sign.js'
import type { SweepResult } from '../sign/sweep.js'
import { errorMessage, InputError } from '../util/errors.js'
import { formatSize } from '../util/progress.js'
import { StepError } from '../util/steps.js'
import type { RevocationReport } from '../verify/revocation-check.js'
import type { FileUse } from '../verify/plan.js'
import type { ImageReport, SignatureReport, VerifyResult } from '../verify/verify.js'
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
  /** Lines after the table: what does not fit a cell, such as a rejection's reason in full. */
  notes?: string[]
}

/** One column of a table: its header and how a row shows in it. Tables are built from column lists. */
export interface Column<Row> {
  header: string
  value: (row: Row) => string
  /** Left out when no row has a value in it (e.g. timestamps, when no signature carries one). */
  optional?: boolean
}

export function tableOf<Row>(title: string, columns: Column<Row>[], rows: Row[], notes?: string[]): Table {
  const shown = columns.filter(column => !column.optional || rows.some(row => column.value(row) !== ''))
  return {
    title,
    header: shown.map(column => column.header),
    rows: rows.map(row => shown.map(column => column.value(row))),
    ...(notes !== undefined && notes.length > 0 ? { notes } : {})
  }
}

export function signTable(result: SignResult): Table {
  const { blobs } = result
  return tableOf(`Signed ${result.ref}`, SIGN_COLUMNS, result.manifests, [
    `Tags: ${result.tags.join(', ')}`,
    `Signer: ${result.signer}`,
    `Signed at: ${result.signedAt}`,
    `Signatures: ${result.signatureDigests.length} (the index${result.signatureDigests.length > 1 ? ' and each platform manifest' : ''})`,
    `Blobs: ${blobs.uploaded} uploaded (${formatSize(blobs.bytesUploaded)}), ${blobs.mounted} mounted, ${blobs.exists} already present`
  ])
}

const SIGN_COLUMNS: Column<SignedEntry>[] = [
  { header: 'Scenarios', value: entry => entry.scenarios.join(', ') },
  { header: 'Platform', value: entry => entry.platform },
  { header: 'Digest', value: entry => entry.digest },
  { header: 'Source', value: entry => entry.source }
]

/** A row of the verify table: an image's report, and for the gates the file line that uses it. */
export interface VerifyRow {
  report: ImageReport
  usedBy?: string
}

/** The verify table's columns, in order; more checks (timestamps, revocation) add theirs here. */
export const VERIFY_COLUMNS: Column<VerifyRow>[] = [
  { header: 'Image', value: ({ report }) => report.image },
  { header: 'Verdict', value: ({ report }) => report.verdict },
  {
    header: 'Scenario',
    value: ({ report }) => distinct(report.selected.flatMap(s => s.scenarios)).join(', ')
  },
  {
    header: 'Platform',
    value: ({ report }) => distinct(report.selected.flatMap(s => (s.platform ? [s.platform] : []))).join(', ')
  },
  { header: 'Pinned digest', value: ({ report }) => (report.verified ? (report.digest ?? '') : '') },
  { header: 'Signer', value: ({ report }) => report.signer ?? '' },
  {
    header: 'Signed at',
    value: ({ report }) =>
      wholeSeconds(report.signatures.find(signature => signature.verified)?.signingTime ?? '')
  },
  {
    header: 'Timestamp',
    optional: true,
    value: ({ report }) => {
      const timestamp = acceptedSignature(report)?.timestamp
      return timestamp === undefined ? '' : `${wholeSeconds(timestamp.time)} by ${timestamp.tsa}`
    }
  },
  {
    header: 'Revocation',
    optional: true,
    value: ({ report }) => revocationCell(acceptedSignature(report)?.revocation)
  },
  {
    header: 'Blobs',
    value: ({ report }) =>
      report.verifiedOnce
        ? 'verified once, above'
        : report.blobs.checked > 0
          ? `${report.blobs.checked} (${formatSize(report.blobs.bytes)})`
          : ''
  }
]

/** The signature the verdict rests on; the JSON report has every signature examined, with its reason. */
function acceptedSignature(report: ImageReport): SignatureReport | undefined {
  return report.signatures.find(signature => signature.verified)
}

/** "signing: good (OCSP), good (CRL), not revocable; timestamping: good (CRL)", leaf first. */
function revocationCell(reports: RevocationReport[] | undefined): string {
  if (reports === undefined || reports.length === 0) return ''
  return (['signing', 'timestamping'] as const)
    .map(chain => {
      const statuses = reports
        .filter(report => report.chain === chain)
        .map(report => (report.source ? `${report.status} (${report.source})` : report.status))
      return statuses.length === 0 ? undefined : `${chain}: ${statuses.join(', ')}`
    })
    .filter(text => text !== undefined)
    .join('; ')
}

const USED_BY_COLUMN: Column<VerifyRow> = { header: 'Used by', value: row => row.usedBy ?? '' }

/**
 * One table for a verify run: the `image` input's images, then a row for each file line that uses an
 * image (the PR gate's Dockerfile lines, the workload gate's `image:` lines) with a "Used by" column, so
 * no image shows twice and no run writes a second table. A rejection's reason follows the table in full,
 * once.
 */
export function verifyTable(
  result: VerifyResult,
  gate?: UsedImage<FileUse>[],
  workloads?: UsedImage<WorkloadImageUse>[]
): Table {
  const elsewhere = new Set([...(gate ?? []), ...(workloads ?? [])].map(image => image.report))
  const shown = result.images.filter(report => !elsewhere.has(report))
  const rows: VerifyRow[] = shown.map(report => ({ report }))
  for (const { uses, report } of gate ?? []) {
    shown.push(report)
    for (const use of uses) rows.push({ report, usedBy: `${use.file}:${use.line}` })
  }
  for (const { uses, report } of workloads ?? []) {
    shown.push(report)
    for (const use of uses) rows.push({ report, usedBy: `${use.file}:${use.line} (${use.where})` })
  }
  const rejected = shown.filter(image => !image.verified)
  const count = `${shown.length} image${shown.length === 1 ? '' : 's'}`
  const incomplete = rejected.some(image => image.verdict === 'error')
  const title =
    rejected.length === 0
      ? `Verified ${count}`
      : incomplete
        ? `Verification could not complete: ${rejected.length} of ${count} not verified`
        : `Verification failed: ${rejected.length} of ${count} rejected`
  return tableOf(
    title,
    gate === undefined && workloads === undefined ? VERIFY_COLUMNS : [USED_BY_COLUMN, ...VERIFY_COLUMNS],
    rows,
    rejected.map(
      image =>
        `${image.verdict === 'error' ? 'Not verified' : 'Rejected'} ${image.image}: ${image.reasons.join('; ')}`
    )
  )
}

/** One row per digest: repository, tags, digest, rule, action, detail. */
export function sweepTable(result: SweepResult): Table {
  const { counts } = result
  const done = result.dryRun ? `${counts['would sign']} would be signed` : `${counts.signed} signed`
  return {
    title: `Sweep${result.dryRun ? ' (dry run)' : ''}: ${done}, ${counts['already signed']} already signed, ${counts.skipped} skipped, ${counts.failed} failed`,
    header: ['Repository', 'Tags', 'Digest', 'Rule', 'Action', 'Detail'],
    rows: result.rows.map(row => [
      row.repository,
      row.tags.join(', '),
      row.digest ?? '',
      row.rule ?? '',
      row.action,
      row.detail
    ])
  }
}

/** A run that ended before its result: what failed (the step or the input) and why. */
export function failureTable(mode: string | undefined, error: unknown): Table {
  const what =
    error instanceof InputError
      ? `input '${error.input}'`
      : error instanceof StepError
        ? error.step
        : (mode ?? 'signet')
  return {
    title: `Signet ${mode ?? ''} failed`.replace('  ', ' '),
    header: ['What failed', 'Error'],
    rows: [[what, errorMessage(error)]]
  }
}

/** Signing times carry whole seconds (RFC 3339 in the envelope): no `.000` in a table. */
function wholeSeconds(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z')
}

function distinct(values: string[]): string[] {
  return [...new Set(values)]
}

/** The reasons of every image not verified, a line each, as setFailed and the CLI print them. */
export function rejectionMessage(result: VerifyResult): string {
  return result.images
    .filter(image => !image.verified)
    .map(
      image =>
        `${oneLine(image.image)}: ${image.verdict === 'error' ? 'could not complete: ' : ''}${image.reasons.map(oneLine).join('; ')}`
    )
    .join('\n')
}

/** Registry-supplied text is untrusted: escape it before it goes into the job summary's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}
