/**
 * Signatures inside ASN.1 structures that Signet checks itself: a CMS SignerInfo (RFC 3161 tokens),
 * an OCSP BasicOCSPResponse and a CRL. Only SHA-2 with RSA PKCS #1 v1.5 or ECDSA is accepted (what TSAs,
 * OCSP responders and CAs use); SHA-1 is refused like SHA-1 certificates, and so, for now, is RSASSA-PSS.
 */
import { verify as cryptoVerify, type KeyObject } from 'node:crypto'
import type { AlgorithmIdentifier } from '@peculiar/asn1-x509'

export const HASH_OIDS: Record<string, 'sha256' | 'sha384' | 'sha512'> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512'
}

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1'
const EC_PUBLIC_KEY = '1.2.840.10045.2.1'
/** sha*WithRSAEncryption and ecdsa-with-SHA* → their hash (the key says which of RSA or ECDSA). */
const SIGNATURE_HASHES: Record<string, 'sha256' | 'sha384' | 'sha512'> = {
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512'
}

/**
 * True when `signature` over `data` verifies with `key` under `algorithm`. CMS names a bare key
 * algorithm (rsaEncryption, id-ecPublicKey) and the digest apart: pass that digest as `digestOid`.
 * Throws (with the algorithm's OID) when the algorithm is not one Signet accepts.
 */
export function verifyAsn1Signature(
  data: Buffer,
  algorithm: AlgorithmIdentifier,
  signature: Buffer,
  key: KeyObject,
  digestOid?: string
): boolean {
  const oid = algorithm.algorithm
  const hash = SIGNATURE_HASHES[oid]
  const digest = digestOid === undefined ? undefined : HASH_OIDS[digestOid]
  try {
    if (hash !== undefined) return cryptoVerify(hash, data, key, signature)
    if ((oid === RSA_ENCRYPTION || oid === EC_PUBLIC_KEY) && digest !== undefined) {
      return cryptoVerify(digest, data, key, signature)
    }
  } catch {
    // OpenSSL throws on some malformed signatures instead of returning false.
    return false
  }
  throw new Error(`unsupported signature algorithm ${oid}${digestOid ? ` with digest ${digestOid}` : ''}`)
}
