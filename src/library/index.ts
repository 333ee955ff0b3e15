/**
 * Folder library/: the package's `exports` entry, re-exporting the engine for other tools.
 * May import: run/, report/, sign/, rules/, gate/, store/, verify/, inputs/, trust/, oci/, util/. Nothing from the other faces.
 *
 * The library face (`import … from '@signet-dev/signet'`): the verifier and its building blocks, for other tools.
 */
export { verify, type VerifyCallOptions } from './verify.js'
export { PLAN_DEFAULTS, type VerifyPlan, type VerifyRequest } from '../verify/plan.js'
export type { VerifyResult, ImageReport, Verdict } from '../verify/verify.js'
export { runSign, type SignRun } from '../run/sign.js'
export { runVerify, type VerifyRun } from '../run/verify.js'
export type { SignResult } from '../sign/sign.js'
export { verifyEnvelopeFile, type EnvelopeVerdict } from '../verify/envelope-file.js'
export { verifyEnvelope, createEnvelope, targetMatches } from '../trust/envelope.js'
// The loaders as the library has always offered them: content or path, errors naming the input.
export {
  certificatesInput as loadCertificates,
  signingIdentityInput as loadSigningIdentity,
  trustedIdentitiesInput as parseTrustedIdentities,
  trustPolicyInput as loadTrustPolicy
} from '../inputs/trust-inputs.js'
export { validateChain } from '../trust/pki.js'
export { simplePolicy } from '../trust/policy.js'
export { RegistryClient } from '../oci/registry.js'
export { parseReference, formatReference } from '../oci/reference.js'
export { buildImageIndex, selectEntries } from '../oci/image-index.js'
export * from '../util/errors.js'
export * from '../oci/errors.js'
export { loadRules, parseRules, matchRule, type RulesFile, type Rule } from '../rules/rules.js'
export { policyOf, rulesPolicy } from '../rules/apply.js'
export type { SweepResult } from '../sign/sweep.js'
export { imagesOfWorkloadFile } from '../gate/workloads.js'
