/**
 * What a key is, and which Notary Project signing algorithm it signs with: RSA 2048/3072/4096 with
 * RSASSA-PSS (PS256/384/512) and ECDSA P-256/P-384/P-521 (ES256/384/512). Other keys are described but
 * get no algorithm: notation would reject their signatures.
 */
import type { KeyObject } from 'node:crypto'

export type SigningAlgorithm = 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512'

/** The supported keys, for messages that refuse another. */
export const SUPPORTED_KEYS = 'RSA 2048, 3072 or 4096 bits, or EC P-256, P-384 or P-521'

const RSA_ALGORITHMS: Record<number, SigningAlgorithm> = { 2048: 'PS256', 3072: 'PS384', 4096: 'PS512' }
const EC_ALGORITHMS: Record<string, { algorithm: SigningAlgorithm; curve: string }> = {
  prime256v1: { algorithm: 'ES256', curve: 'P-256' },
  secp384r1: { algorithm: 'ES384', curve: 'P-384' },
  secp521r1: { algorithm: 'ES512', curve: 'P-521' }
}

/** What a key is ("RSA-3072", "EC P-256", "EC secp256k1", "ed25519") and its Notary algorithm, if supported. */
export function describeKey(key: KeyObject): { description: string; algorithm?: SigningAlgorithm } {
  const details = key.asymmetricKeyDetails ?? {}
  if (key.asymmetricKeyType === 'rsa') {
    const bits = details.modulusLength ?? 0
    return { description: `RSA-${bits}`, algorithm: RSA_ALGORITHMS[bits] }
  }
  if (key.asymmetricKeyType === 'ec') {
    const known = EC_ALGORITHMS[details.namedCurve ?? '']
    return known
      ? { description: `EC ${known.curve}`, algorithm: known.algorithm }
      : { description: `EC ${details.namedCurve}` }
  }
  return { description: String(key.asymmetricKeyType) }
}

/**
 * Why a key has no Notary algorithm, for messages: EdDSA is named as the Notary Project's own refusal
 * (its signature specification allows RSASSA-PSS and ECDSA only; notation-core-go refuses the key), so a
 * cosign user's Ed25519 key is not mistaken for a Signet limit.
 */
export function unsupportedKeyReason(description: string): string {
  return /^ed(25519|448)$/.test(description)
    ? `an ${description} key, which the Notary Project does not allow`
    : `an unsupported ${description} key`
}
