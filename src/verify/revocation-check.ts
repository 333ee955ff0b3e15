/**
 * Revocation as a verification step (after the envelope verified): the signing chain under the policy's
 * `revocation` action, and, when a countersignature verified, the TSA chain under the authentic
 * timestamp's enforcement (enforced at strict, logged otherwise), as notation does. A revoked
 * certificate, or one whose status cannot be had, rejects when enforced and warns when logged.
 */
import { VerificationError } from '../util/errors.js'
import type { VerifiedEnvelope } from '../trust/envelope.js'
import type { PolicyDecision } from '../trust/policy.js'
import type { RevocationReport } from '../trust/accepted-signer.js'
import {
  checkChainRevocation,
  describeRevocation,
  revocationProblem,
  type CertificateRevocation,
  type RevocationOptions
} from '../trust/revocation.js'

export type { RevocationReport }

export async function checkRevocation(
  verified: VerifiedEnvelope,
  decision: PolicyDecision,
  options: Omit<RevocationOptions, 'timestamp'>
): Promise<{ reports: RevocationReport[]; warnings: string[] }> {
  const reports: RevocationReport[] = []
  const warnings: string[] = []
  const judge = async (
    chain: 'signing' | 'timestamping',
    results: Promise<CertificateRevocation[]>,
    enforced: boolean
  ): Promise<void> => {
    const statuses = await results
    reports.push(...statuses.map(result => toReport(chain, result)))
    const problem = revocationProblem(statuses)
    if (problem === undefined) return
    const message = describeRevocation(problem, `${chain} certificate`)
    if (enforced) throw new VerificationError(message)
    warnings.push(message)
  }
  if (decision.revocation !== 'skip') {
    await judge(
      'signing',
      checkChainRevocation(verified.chain, { ...options, timestamp: verified.timestamp }),
      decision.revocation === 'enforce'
    )
  }
  if (verified.timestamp !== undefined) {
    await judge(
      'timestamping',
      checkChainRevocation(verified.timestamp.chain, options),
      decision.level === 'strict'
    )
  }
  return { reports, warnings }
}

function toReport(chain: RevocationReport['chain'], result: CertificateRevocation): RevocationReport {
  return {
    chain,
    certificate: result.subject,
    status: result.status,
    source: result.source,
    url: result.url,
    revokedAt: result.revokedAt?.toISOString(),
    reason: result.reason,
    detail: result.detail
  }
}
