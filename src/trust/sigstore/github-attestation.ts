/**
 * GitHub artifact attestations (`actions/attest`, `actions/attest-build-provenance`): which repository's
 * workflows may have made them, turned into an identity policy the way `gh attestation verify` builds
 * its own (cli/cli `pkg/cmd/attestation/verify/policy.go` and `verification/extensions.go`):
 *
 * - the certificate's source repository owner URI is `https://github.com/<owner>`, and with a repository
 *   its source repository URI is `https://github.com/<owner>/<repo>` (compared case-insensitively);
 * - the issuer is GitHub Actions' (`https://token.actions.githubusercontent.com`) unless told otherwise;
 * - the signing workflow (the SAN) is under `https://github.com/<signer-repository>/`, or starts with
 *   `https://github.com/<signer-workflow>`, or by default is under the repository (else the owner);
 * - with a source ref, the certificate's source repository ref equals it.
 *
 * The predicate type (SLSA provenance v1 by default) is checked on the statement, with its subject.
 */
import type { IdentityPolicy } from './identity-policy.js'

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'

export interface GitHubAttestationOptions {
  /** `owner/repo`: the repository whose workflow built the image. */
  repository?: string
  /** The organization or user; implied by `repository`. */
  owner?: string
  predicateType?: string
  /** `owner/repo/.github/workflows/file.yml`, optionally with `@ref`: the workflow that signed (reusable ones too). */
  signerWorkflow?: string
  /** `owner/repo` of the signing workflow, when it lives outside the built repository. */
  signerRepository?: string
  /** `refs/heads/main`, `refs/tags/v1.2.3`: the ref the workflow ran on. */
  sourceRef?: string
  issuer?: string
  /** GitHub's host, `github.com` unless GitHub Enterprise. */
  host?: string
}

export interface GitHubAttestationPolicy {
  policy: IdentityPolicy
  predicateType: string
  /** One line naming the expectation in reports. */
  description: string
}

export function githubAttestationPolicy(options: GitHubAttestationOptions): GitHubAttestationPolicy {
  const host = options.host ?? 'github.com'
  const owner = options.owner ?? options.repository?.split('/')[0]
  if (owner === undefined) throw new Error('a GitHub attestation policy needs an owner or a repository')
  const base = `https://${host}`
  const under = (path: string) => new RegExp(`^${escapeRegExp(`${base}/${path}/`)}`, 'i')
  const identityRegexp =
    options.signerRepository !== undefined
      ? under(options.signerRepository)
      : options.signerWorkflow !== undefined
        ? new RegExp(`^${escapeRegExp(`${base}/${options.signerWorkflow}`)}`)
        : under(options.repository ?? owner)
  const predicateType = options.predicateType ?? SLSA_PROVENANCE_V1
  const policy: IdentityPolicy = {
    identityRegexp,
    issuer: options.issuer ?? GITHUB_ACTIONS_ISSUER,
    extensions: {
      sourceRepositoryOwnerURI: `${base}/${owner}`,
      ...(options.repository !== undefined && { sourceRepositoryURI: `${base}/${options.repository}` }),
      ...(options.sourceRef !== undefined && { sourceRepositoryRef: options.sourceRef })
    }
  }
  const what = options.repository ?? owner
  const signer = options.signerWorkflow ?? options.signerRepository
  const description = [
    `GitHub attestation (${predicateType}) of ${what}`,
    signer !== undefined ? `signed by ${signer}` : undefined,
    options.sourceRef !== undefined ? `on ${options.sourceRef}` : undefined
  ]
    .filter(part => part !== undefined)
    .join(' ')
  return { policy, predicateType, description }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
