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
import { checkedContent, formatSize } from '../util/progress.js'
import { StepError } from '../util/steps.js'
import type { RevocationReport } from '../verify/revocation-check.js'
import type { FileUse } from '../verify/plan.js'
import type { ImageReport, SignatureReport, VerifyResult } from '../verify/verify.js'
import { oneLine } from '../util/sanitize.js'
import { combineVerdicts } from '../util/verdict.js'

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

/**
 * `digest`, `ref` and `signer` hold a line per verified image, in the order verified (the `image` input's,
 * then the gates'): a rejected image has no line, so no value in them was ever not verified. Which image
 * was rejected, and its resolved digest, is in `report`.
 */
export function verifyOutputs(result: VerifyResult): OutputValues {
  const verified = result.images.filter(image => image.verified)
  return {
    [Outputs.Verified]: String(result.verified),
    [Outputs.Digest]: verified.map(image => image.digest ?? '').join('\n'),
    [Outputs.Ref]: verified.map(image => image.ref ?? '').join('\n'),
    // A DN with a line break would shift every later image's line: one line per image, whatever it holds.
    [Outputs.Signer]: verified.map(image => oneLine(image.signer ?? '')).join('\n'),
    [Outputs.Report]: JSON.stringify(result)
  }
}

/**
 * The one headline of a verify run: the table's title (CLI stdout, job summary), the CLI's last stderr
 * line and the first line of the action's failure. Its verdict is the run's, so its words match the exit
 * code: a rejection (exit 1) outweighs an image that could not be checked (exit 3), which outweighs a
 * pass (exit 0).
 */
export function verifyHeadline(images: readonly ImageReport[]): string {
  if (images.length === 0) return 'No image to verify'
  const count = (n: number): string => `${n} image${n === 1 ? '' : 's'}`
  const rejected = images.filter(image => image.verdict === 'rejected').length
  const unchecked = images.filter(image => image.verdict === 'error').length
  const verdict = combineVerdicts(images.map(image => image.verdict))
  if (verdict === 'verified') return `Verified ${count(images.length)}`
  if (verdict === 'error')
    return `Verification could not complete: ${unchecked} of ${count(images.length)} could not be checked`
  const also = unchecked > 0 ? `, ${unchecked} more could not be checked` : ''
  return `Verification failed: ${rejected} of ${count(images.length)} rejected${also}`
}

export interface Table {
  title: string
  header: string[]
  rows: string[][]
  /** Lines after the table: what does not fit a cell, such as a rejection's reason in full. */
  notes?: string[]
  /**
   * The job summary's view of the same rows when the text table is too wide for a browser: fewer
   * columns of short lines, the whole values in tooltips and behind a click (report/summary-html.ts).
   */
  summary?: { header: string[]; rows: SummaryCell[][] }
}

/** A job summary cell: short lines (digests shortened), the whole value as a tooltip, more behind a click. */
export interface SummaryCell {
  lines: string[]
  title?: string
  details?: string
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
    `Signed at: ${result.signedAt ?? 'unknown (the signature kept from an earlier run has no created time)'}`,
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
  { header: 'Signed by', value: ({ report }) => signedByCell(report) },
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
    header: 'Checked',
    value: ({ report }) =>
      report.verifiedOnce
        ? 'verified once, above'
        : report.blobs.checked > 0
          ? checkedContent(report.blobs)
          : ''
  }
]

/**
 * Who signed, per accepted signer that matched: a Notary signer by its certificate subject (as before
 * other kinds existed), the others prefixed by their kind: `cosign: key ECDSA P-256 sha256:…`.
 */
function signedByCell(report: ImageReport, short: (signer: string) => string = signer => signer): string {
  const signedBy = report.signedBy ?? []
  if (signedBy.length === 0) return short(report.signer ?? '')
  const entries = signedBy.map(entry =>
    entry.kind === 'notation' ? short(entry.signer) : `${entry.kind}: ${entry.signer}`
  )
  return distinct(entries).join('; ')
}

/** The signature the verdict rests on; the JSON report has every signature examined, with its reason. */
function acceptedSignature(report: ImageReport): SignatureReport | undefined {
  return report.signatures.find(signature => signature.verified)
}

/**
 * What was checked, once per chain: `signing: OCSP: good (2 certificates), 1 without revocation info;
 * timestamping: no revocation info in the certificates: not checked`. A certificate with no OCSP or CRL
 * address (a root, most test chains) cannot be checked, which is said as such rather than as a status.
 */
export function revocationCell(reports: RevocationReport[] | undefined): string {
  if (reports === undefined || reports.length === 0) return ''
  return (['signing', 'timestamping'] as const)
    .flatMap(chain => {
      const certificates = reports.filter(report => report.chain === chain)
      return certificates.length === 0 ? [] : [`${chain}: ${chainRevocation(certificates)}`]
    })
    .join('; ')
}

function chainRevocation(certificates: RevocationReport[]): string {
  const checked = certificates.filter(report => report.status !== 'not revocable')
  if (checked.length === 0) return 'no revocation info in the certificates: not checked'
  const counts = new Map<string, number>()
  for (const report of checked) {
    const phrase = report.source ? `${report.source}: ${report.status}` : `status ${report.status}`
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1)
  }
  const phrases = [...counts].map(([phrase, n]) => (n === 1 ? phrase : `${phrase} (${n} certificates)`))
  const unchecked = certificates.length - checked.length
  if (unchecked > 0) phrases.push(`${unchecked} without revocation info`)
  return phrases.join(', ')
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
  const usedBy = gate !== undefined || workloads !== undefined
  const table = tableOf(
    verifyHeadline(shown),
    usedBy ? [USED_BY_COLUMN, ...VERIFY_COLUMNS] : VERIFY_COLUMNS,
    rows,
    rejected.map(
      image =>
        `${image.verdict === 'error' ? 'Could not check' : 'Rejected'} ${image.image}: ${image.reasons.join('; ')}`
    )
  )
  const columns = usedBy ? SUMMARY_COLUMNS : SUMMARY_COLUMNS.slice(1)
  return {
    ...table,
    summary: {
      header: columns.map(column => column.header),
      rows: rows.map(row => columns.map(column => column.cell(row)))
    }
  }
}

const VERDICT_BADGES: Record<ImageReport['verdict'], string> = {
  verified: '✅ verified',
  rejected: '❌ rejected',
  error: '⚠️ not checked'
}

/**
 * The job summary's columns: what the text table says in six columns of short lines, so a 1000 px page
 * shows them all (GitHub lays a summary table out at its widest content, then scrolls it). Each value
 * left out or shortened is in the cell's tooltip; a rejection's reason opens from its verdict.
 */
const SUMMARY_COLUMNS: { header: string; cell: (row: VerifyRow) => SummaryCell }[] = [
  {
    header: 'Used by',
    cell: ({ usedBy }) => ({ lines: [usedBy?.replace(/ \(.*\)$/, '') ?? ''], title: usedBy })
  },
  {
    header: 'Image',
    cell: ({ report }) => {
      const pinned = report.verified ? report.digest : undefined
      return {
        lines: [report.image, ...(pinned ? [pinned] : [])],
        title: [report.image, ...(pinned ? [`pinned: ${pinned}`] : [])].join('\n')
      }
    }
  },
  {
    header: 'Verdict',
    cell: ({ report }) => ({
      lines: [VERDICT_BADGES[report.verdict]],
      ...(report.reasons.length > 0 ? { details: report.reasons.join('; ') } : {})
    })
  },
  {
    header: 'Scenario / platform',
    cell: ({ report }) => ({
      lines: [
        distinct(report.selected.flatMap(s => s.scenarios)).join(', '),
        distinct(report.selected.flatMap(s => (s.platform ? [s.platform] : []))).join(', ')
      ]
    })
  },
  {
    header: 'Signed by',
    cell: ({ report }) => {
      const accepted = acceptedSignature(report)
      const signedAt = wholeSeconds(accepted?.signingTime ?? '')
      const timestamp = accepted?.timestamp
      return {
        lines: [signedByCell(report, commonName), signedAt.replace('T', ' ').replace(/:\d\dZ$/, 'Z')],
        title: [
          signedByCell(report),
          signedAt ? `signed at ${signedAt}` : '',
          timestamp ? `timestamp ${wholeSeconds(timestamp.time)} by ${timestamp.tsa}` : ''
        ]
          .filter(Boolean)
          .join('\n')
      }
    }
  },
  {
    header: 'Checks',
    cell: ({ report }) => {
      const revocation = acceptedSignature(report)?.revocation
      const checked = report.blobs.checked > 0 ? checkedContent(report.blobs) : ''
      return {
        lines: [
          revocation && revocation.length > 0 ? `revocation: ${revocationBrief(revocation)}` : '',
          checked
        ],
        title: revocationCell(revocation) || undefined
      }
    }
  }
]

/** `CN=release` of a DN, or the DN when it has none. */
function commonName(dn: string): string {
  return /(?:^|,\s*)CN=((?:[^,\\]|\\.)*)/.exec(dn)?.[1] ?? dn
}

/** The revocation cell in a word or two: `good (OCSP, CRL)`, `revoked`, `unknown`, `not checked`. */
function revocationBrief(reports: RevocationReport[]): string {
  const checked = reports.filter(report => report.status !== 'not revocable')
  if (checked.length === 0) return 'not checked'
  for (const status of ['revoked', 'unknown'] as const)
    if (checked.some(report => report.status === status)) return status
  const sources = distinct(checked.flatMap(report => (report.source ? [report.source] : [])))
  return `good${sources.length > 0 ? ` (${sources.join(', ')})` : ''}`
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

/** The action's failure, on one line: the run's headline, then the reasons of every image not verified. */
export function rejectionMessage(result: VerifyResult): string {
  // One line: GitHub shows an annotation's line breaks, so no image value may start a line of its own.
  const reasons = result.images
    .filter(image => !image.verified)
    .map(
      image =>
        `${oneLine(image.image)}: ${image.verdict === 'error' ? 'could not be checked: ' : ''}${image.reasons.map(oneLine).join('; ')}`
    )
  return [verifyHeadline(result.images), ...reasons].join(' | ')
}

/** Registry-supplied text is untrusted: escape it before it goes into the job summary's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}
