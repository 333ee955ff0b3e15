/**
 * Who may have signed: cosign's `--certificate-identity` / `--certificate-identity-regexp` /
 * `--certificate-oidc-issuer`, and the GitHub artifact attestation checks of `gh attestation verify`
 * (`--repo`, `--owner`, `--signer-workflow`, `--signer-repo`, `--source-ref`, `--cert-oidc-issuer`), as
 * one policy over a Fulcio certificate's identity.
 *
 * Regular expressions are cosign's and gh's (Go RE2, unanchored unless the pattern anchors itself);
 * Go's leading `(?i)` flag, which gh itself writes, becomes JavaScript's `i` flag.
 */
import { oneLine } from '../../util/sanitize.js'
import type { FulcioField, FulcioIdentity } from './fulcio-certificate.js'

export interface IdentityPolicy {
  /** A SAN value must equal this. */
  identity?: string
  /** A SAN value must match this. */
  identityRegexp?: RegExp
  /** The OIDC issuer must equal this. */
  issuer?: string
  /** Fulcio extensions that must equal these values (case-insensitively: they are GitHub URLs and refs). */
  extensions?: Partial<Record<FulcioField, string>>
}

/** A Go regular expression as JavaScript runs it; throws SyntaxError when it does not compile. */
export function goRegexp(pattern: string): RegExp {
  const caseless = pattern.startsWith('(?i)')
  return new RegExp(caseless ? pattern.slice(4) : pattern, caseless ? 'iu' : 'u')
}

/** Why a certificate's identity does not meet the policy, or undefined when it does. */
export function identityMismatch(identity: FulcioIdentity, policy: IdentityPolicy): string | undefined {
  // The repository, owner and ref first: for an attestation, the most telling mismatch.
  for (const [field, wanted] of Object.entries(policy.extensions ?? {}) as [FulcioField, string][]) {
    const actual = identity.extensions[field]
    if (actual === undefined || actual.toLowerCase() !== wanted.toLowerCase()) {
      const shown = actual === undefined ? 'missing' : `'${oneLine(actual.slice(0, 200))}'`
      return `the certificate's ${field} is ${shown}, not '${wanted}'`
    }
  }
  const names = identity.subjectAlternativeNames
  const shownNames =
    names.length === 0 ? 'none' : names.map(name => `'${oneLine(name.slice(0, 200))}'`).join(', ')
  if (policy.identity !== undefined && !names.includes(policy.identity)) {
    return `the certificate's identity is ${shownNames}, not '${policy.identity}'`
  }
  if (policy.identityRegexp !== undefined && !names.some(name => policy.identityRegexp?.test(name))) {
    return `the certificate's identity ${shownNames} does not match ${policy.identityRegexp}`
  }
  if (policy.issuer !== undefined && identity.issuer !== policy.issuer) {
    const shown = identity.issuer === undefined ? 'missing' : `'${oneLine(identity.issuer.slice(0, 200))}'`
    return `the certificate's OIDC issuer is ${shown}, not '${policy.issuer}'`
  }
  return undefined
}

/** The policy as one line, for naming the signer in reports. */
export function describePolicy(policy: IdentityPolicy): string {
  const parts = [
    policy.identity !== undefined ? `identity ${policy.identity}` : undefined,
    policy.identityRegexp !== undefined ? `identity ~ ${policy.identityRegexp}` : undefined,
    policy.issuer !== undefined ? `issuer ${policy.issuer}` : undefined,
    ...Object.entries(policy.extensions ?? {}).map(([field, value]) => `${field} ${value}`)
  ]
  return parts.filter(part => part !== undefined).join(', ')
}
