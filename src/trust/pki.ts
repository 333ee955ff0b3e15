/**
 * Keys, certificate chains and trusted identities, with the Notary Project's certificate rules: one
 * import for callers outside trust/. Each subject has its own module:
 * - certificates.ts: PEM certificate loading and the certificate primitives;
 * - signing-identity.ts: the private key and chain to sign with;
 * - chain-rules.ts: chain validation (structure, CA rules, leaf rules, validity, trust);
 * - trusted-identities.ts: `x509.subject:` identities (parse, format, match);
 * - key-description.ts: what a key is and the algorithm it signs with.
 */
export {
  extension,
  isIssuedBy,
  isSelfSigned,
  loadCertificates,
  publicKeyOf,
  subjectOf,
  thumbprintsOf
} from './certificates.js'
export {
  checkCaCertificate,
  checkChainStructure,
  checkSignatureHash,
  checkTrusted,
  checkValidAt,
  validateChain
} from './chain-rules.js'
export { describeKey, type SigningAlgorithm } from './key-description.js'
export { loadSigningChain, loadSigningIdentity, type SigningIdentity } from './signing-identity.js'
export {
  formatIdentities,
  identityMatches,
  parseTrustedIdentities,
  type TrustedIdentity
} from './trusted-identities.js'
