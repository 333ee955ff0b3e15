/**
 * The accepted-signer inputs as signers the verify engine runs: each `cosign-key` key, the Sigstore
 * identity, each `signers` item; the `trust-roots` signer is the policy's own (policyOf), not repeated.
 * Built once per run (or once per rule), so keys, certificates and trusted roots are parsed once.
 * May import: verify/, inputs/, trust/, oci/, util/.
 */
import { Inputs } from '../inputs/contract.js'
import { acceptedSigner, type SignerInputs, type SignerSpec } from '../inputs/signer-inputs.js'
import { trustedIdentitiesInput, trustRootsInput } from '../inputs/trust-inputs.js'
import type { AcceptedSigner } from '../trust/accepted-signer.js'
import { simplePolicy } from '../trust/policy.js'
import { NotarySigner } from '../verify/notary-signer.js'

/** The signers besides the step's (or rule's) own `trust-roots`. */
export function otherSigners(inputs: SignerInputs): AcceptedSigner[] {
  return inputs.signers.filter(spec => spec.origin !== Inputs.TrustRoots).map(signerOf)
}

function signerOf(spec: SignerSpec): AcceptedSigner {
  if (spec.kind !== 'notation') return acceptedSigner(spec)
  const roots = trustRootsInput(spec.trustRoots, spec.origin)
  const identities = trustedIdentitiesInput(spec.identities, spec.origin)
  return new NotarySigner(simplePolicy(roots, identities).forRepository(''), spec.origin)
}
