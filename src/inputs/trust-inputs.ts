/**
 * trust/'s loaders with the inputs named. trust/ throws its own TrustInputError, worded around the part
 * at fault (the certificates, the key, the chain, the policy …); here each part gets the name of the
 * input that gave it, and the error becomes that input's InputError.
 */
import type { X509Certificate } from '@peculiar/x509'
import { InputError } from '../util/errors.js'
import { CertificateError, loadCertificates } from '../trust/certificates.js'
import { TrustInputError, type PartNames } from '../trust/errors.js'
import { parsePkcs11Uri, type Pkcs11Uri } from '../trust/pkcs11-uri.js'
import { checkTrustRoots, checkTsaRoots, loadTrustPolicy, type TrustPolicy } from '../trust/policy.js'
import { loadSigningChain, loadSigningIdentity, type SigningIdentity } from '../trust/signing-identity.js'
import { parseTrustedIdentities, type TrustedIdentity } from '../trust/trusted-identities.js'
import { Inputs } from './contract.js'
import { readContentOrPath } from './content-or-path.js'

const SIGNING_INPUTS = {
  key: Inputs.SigningKey,
  passphrase: Inputs.SigningKeyPassphrase,
  chain: Inputs.SigningCertChain
} as const

const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/

/** A TrustInputError as the InputError of the input `names` gives its part; any other error as it is. */
function inputErrorOf<Part extends string>(error: unknown, names: PartNames<Part>): unknown {
  if (!(error instanceof TrustInputError) || !Object.hasOwn(names, error.part)) return error
  return new InputError(names[error.part as Part], (error as TrustInputError<Part>).messageFor(names))
}

/** Runs a trust/ loader, naming the inputs of its bad-input errors. */
function named<Part extends string, T>(names: PartNames<Part>, load: () => T): T {
  try {
    return load()
  } catch (error) {
    throw inputErrorOf(error, names)
  }
}

/** The certificates of a PEM input (its content), e.g. trust-roots or timestamp-roots. */
export function certificatesInput(pem: string, input: string): X509Certificate[] {
  try {
    return loadCertificates(pem)
  } catch (error) {
    const privateKeyOnly =
      error instanceof CertificateError && error.problem === 'none' && PRIVATE_KEY.test(pem)
    if (privateKeyOnly && input !== Inputs.SigningCertChain) {
      // A verifier needs the root's certificate only; a private key here is a secret in the wrong place.
      throw new InputError(
        input,
        `${input} holds a private key, not a certificate: a verifier never needs a private key. Pass the root CA's certificate ('-----BEGIN CERTIFICATE-----'), and keep the key secret.`
      )
    }
    throw inputErrorOf(error, { certificates: input })
  }
}

/** Trusted roots from a PEM input (its content): each a CA certificate or self-signed, as notation asks. */
export function trustRootsInput(pem: string, input: string): X509Certificate[] {
  const roots = certificatesInput(pem, input)
  return named({ certificates: input }, () => checkTrustRoots(roots))
}

/** TSA roots from `input`, each a CA certificate. */
export function tsaRootsInput(roots: X509Certificate[], input: string): X509Certificate[] {
  return named({ certificates: input }, () => checkTsaRoots(roots))
}

/** The signing-key (PEM content), its passphrase and signing-cert-chain (PEM content) as a signing identity. */
export function signingIdentityInput(options: Parameters<typeof loadSigningIdentity>[0]): SigningIdentity {
  return named(SIGNING_INPUTS, () => loadSigningIdentity(options))
}

/** signing-cert-chain (PEM content) for a key Signet does not hold. */
export function signingChainInput(options: Parameters<typeof loadSigningChain>[0]): X509Certificate[] {
  return named(SIGNING_INPUTS, () => loadSigningChain(options))
}

/** Trusted identity lines of `input` (trusted-identities, or a rule's identities). */
export function trustedIdentitiesInput(
  lines: string[],
  input: string = Inputs.TrustedIdentities
): TrustedIdentity[] {
  return named({ identities: input }, () => parseTrustedIdentities(lines))
}

/** trust-policy (content or path) with the trust-store directory. */
export function trustPolicyInput(policy: string, trustStore: string): TrustPolicy {
  const { text } = readContentOrPath(policy, 'json', Inputs.TrustPolicy)
  return named({ policy: Inputs.TrustPolicy, store: Inputs.TrustStore }, () =>
    loadTrustPolicy(text, trustStore)
  )
}

/** A PKCS#11 URI given as `input` (signing-key). */
export function pkcs11UriInput(text: string, input: string): Pkcs11Uri {
  return named({ uri: input }, () => parsePkcs11Uri(text))
}
