/**
 * Folder library/: the package's `exports` entry, re-exporting the engine for other tools.
 * May import: the modes, rules/, trust/, oci/, util/. Nothing from the other faces.
 *
 * The library face (`import … from '@signet-dev/signet'`): the verifier and its building blocks, for other tools.
 */
export { sign, type SignResult } from '../sign/sign.js'
export { verify, type VerifyResult, type ImageReport, type Verdict } from '../verify/verify.js'
export { verifyEnvelopeFile, type EnvelopeVerdict } from '../verify/envelope-file.js'
export { verifyEnvelope, createEnvelope, targetMatches } from '../trust/envelope.js'
export { loadCertificates, loadSigningIdentity, validateChain, parseTrustedIdentities } from '../trust/pki.js'
export { loadTrustPolicy, simplePolicy } from '../trust/policy.js'
export { RegistryClient } from '../oci/registry.js'
export { parseReference, formatReference } from '../oci/reference.js'
export { buildImageIndex, selectEntries } from '../oci/image-index.js'
export * from '../util/errors.js'
export { loadRules, parseRules, matchRule, type RulesFile, type Rule } from '../rules/rules.js'
export { rulesPolicy } from '../rules/apply.js'
export { sweep, type SweepResult } from '../sign/sweep.js'
export { imagesOfWorkloadFile } from '../gate/workloads.js'
