/**
 * The signatures examined per image, as the job summary and the CLI show them: verdict, signing time,
 * the verified countersignature (time and TSA), and the revocation status of each certificate with
 * where it came from (OCSP or CRL).
 */
import type { VerifyResult } from '../verify/verify.js'
import type { RevocationReport } from '../verify/revocation-check.js'
import type { Table } from './outputs.js'

export function signatureTable(result: VerifyResult): Table {
  return {
    title: 'Signatures',
    header: ['Image', 'Signature', 'Verdict', 'Signing time', 'Timestamp', 'TSA', 'Revocation'],
    rows: result.images.flatMap(image =>
      image.signatures.map(signature => [
        image.image,
        signature.digest,
        signature.verified ? 'verified' : `rejected: ${signature.reason ?? ''}`,
        signature.signingTime ?? '',
        signature.timestamp?.time ??
          (signature.timestamped ? 'present, not verified (no TSA roots)' : 'none'),
        signature.timestamp?.tsa ?? '',
        revocationCell(signature.revocation)
      ])
    )
  }
}

/** "signing: good (OCSP), good (CRL), not revocable; timestamping: good (CRL)", leaf first. */
function revocationCell(reports: RevocationReport[] | undefined): string {
  if (reports === undefined || reports.length === 0) return 'not checked'
  const chains = (['signing', 'timestamping'] as const)
    .map(chain => {
      const statuses = reports
        .filter(report => report.chain === chain)
        .map(report => (report.source ? `${report.status} (${report.source})` : report.status))
      return statuses.length === 0 ? undefined : `${chain}: ${statuses.join(', ')}`
    })
    .filter(text => text !== undefined)
  return chains.join('; ')
}
