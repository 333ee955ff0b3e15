/**
 * The Notary signing algorithms as bytes in, bytes out: RSASSA-PSS with salt = hash length and ECDSA
 * with raw r||s signatures, as JWS (RFC 7518) and COSE (RFC 9053) both encode them. Every envelope
 * format signs and verifies through here.
 */
import { constants, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto'
import type { SigningAlgorithm } from './key-description.js'

export type HashName = 'sha256' | 'sha384' | 'sha512'

const HASH_OF: Record<SigningAlgorithm, { name: HashName; bytes: number }> = {
  PS256: { name: 'sha256', bytes: 32 },
  PS384: { name: 'sha384', bytes: 48 },
  PS512: { name: 'sha512', bytes: 64 },
  ES256: { name: 'sha256', bytes: 32 },
  ES384: { name: 'sha384', bytes: 48 },
  ES512: { name: 'sha512', bytes: 64 }
}

/** Raw r||s signature length per ECDSA algorithm (two field elements of the curve). */
const ECDSA_SIGNATURE_BYTES: Partial<Record<SigningAlgorithm, number>> = { ES256: 64, ES384: 96, ES512: 132 }

/**
 * A name of the algorithm table. Asked with `in`: an inherited name ('toString') passes here and is
 * refused later, as an algorithm the leaf key does not sign; verdict messages depend on that order.
 */
export function isSigningAlgorithm(value: unknown): value is SigningAlgorithm {
  return typeof value === 'string' && value in HASH_OF
}

/** The hash `algorithm` signs with: also what a TSA is asked to timestamp the signature with. */
export function hashOf(algorithm: SigningAlgorithm): HashName {
  return HASH_OF[algorithm].name
}

/** A raw signature with a key Signet holds (a PEM key). */
export function signBytes(input: Buffer, key: KeyObject, algorithm: SigningAlgorithm): Buffer {
  const hash = HASH_OF[algorithm]
  // PSS salt = hash length and raw r||s ECDSA signatures, as JWS (RFC 7518) and the Notary spec require.
  return algorithm.startsWith('PS')
    ? cryptoSign(hash.name, input, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: hash.bytes })
    : cryptoSign(hash.name, input, { key, dsaEncoding: 'ieee-p1363' })
}

/** True when `signature` over `input` verifies with `key` under `algorithm`; false for any malformed signature. */
export function verifyBytes(
  input: Buffer,
  signature: Buffer,
  key: KeyObject,
  algorithm: SigningAlgorithm
): boolean {
  const hash = HASH_OF[algorithm]
  try {
    if (algorithm.startsWith('PS')) {
      // Any salt length, as notation-go (rsa.PSSSaltLengthAuto) and KMS signers that use the maximum:
      // the encoding fixes the salt length, so reading it from the signature admits no other message;
      // the salt only randomises the signer's output and pinning it adds no forgery resistance.
      const options = {
        key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_AUTO
      }
      return cryptoVerify(hash.name, input, options, signature)
    }
    if (signature.length !== ECDSA_SIGNATURE_BYTES[algorithm]) return false
    return cryptoVerify(hash.name, input, { key, dsaEncoding: 'ieee-p1363' }, signature)
  } catch {
    // OpenSSL throws on some malformed signatures (wrong length for the key) instead of returning false.
    return false
  }
}
