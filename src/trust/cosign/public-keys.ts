/**
 * cosign public keys (the `cosign-key` input, `cosign: { key: … }` signers) and the signature algorithms
 * cosign signs with. cosign 3.1.1 picks the hash from the key (sigstore-go's defaults): ECDSA P-256 with
 * SHA-256, P-384 with SHA-384, P-521 with SHA-512, RSA PKCS #1 v1.5 with SHA-256, and Ed25519 keys as
 * Ed25519ph (RFC 8032's pre-hashed variant, which node:crypto lacks: @noble/curves checks it, loaded only
 * when an Ed25519 signature is checked, so reading keys costs no start-up time). Earlier
 * cosign signed every ECDSA key with SHA-256 and Ed25519 keys as pure Ed25519, and cosign 3.1.1's own
 * `verify --key` still expects that (it rejects what it signs with P-384, P-521 and Ed25519 keys), so
 * both generations are accepted: each is a standard scheme for that key, and neither lets a signature
 * made for one message pass for another.
 */
import { createHash, createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto'
import { InputError } from '../../util/errors.js'

export interface CosignPublicKey {
  key: KeyObject
  /** "ECDSA P-256", "RSA-3072", "Ed25519". */
  algorithm: string
  /** base64 SHA-256 of the SPKI DER: the `publicKey.hint` cosign writes into a bundle. */
  hint: string
  /** `sha256:<hex>` of the SPKI DER, as reports name the key. */
  fingerprint: string
}

/** ECDSA curves cosign signs with, and the hashes accepted for each (its current default first). */
const ECDSA_HASHES: Record<string, { curve: string; hashes: string[] }> = {
  prime256v1: { curve: 'P-256', hashes: ['sha256'] },
  secp384r1: { curve: 'P-384', hashes: ['sha384', 'sha256'] },
  secp521r1: { curve: 'P-521', hashes: ['sha512', 'sha256'] }
}
const MIN_RSA_BITS = 2048
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g

/**
 * Every public key of a PEM text (several may be concatenated). A private key (PEM, cosign's encrypted
 * one) is refused without quoting it: a verifier needs the public half only.
 */
export function parseCosignPublicKeys(pem: string, input: string): CosignPublicKey[] {
  const blocks = [...pem.matchAll(PEM_BLOCK)]
  if (blocks.some(([, label]) => label.includes('PRIVATE KEY'))) {
    throw new InputError(
      input,
      `${input} holds a private key: a verifier needs only the public key. Pass the '.pub' file cosign wrote next to it (or 'cosign public-key --key <key>'), and keep the private key secret.`
    )
  }
  if (blocks.length === 0) {
    throw new InputError(
      input,
      `${input} holds no PEM public key (expected '-----BEGIN PUBLIC KEY-----' blocks)`
    )
  }
  const keys = blocks.map(([block, label], index) => {
    if (label !== 'PUBLIC KEY' && label !== 'RSA PUBLIC KEY') {
      throw new InputError(
        input,
        `${input}: block #${index + 1} is a '${label}', not a public key. Expected '-----BEGIN PUBLIC KEY-----' blocks.`
      )
    }
    let key: KeyObject
    try {
      key = createPublicKey(block)
    } catch {
      throw new InputError(input, `${input}: public key #${index + 1} cannot be read as a PEM public key`)
    }
    return describeCosignKey(key, `${input}: public key #${index + 1}`, input)
  })
  // The same key given twice is one signer: `require` must not count it twice.
  return keys.filter((key, index) => keys.findIndex(other => other.hint === key.hint) === index)
}

function describeCosignKey(key: KeyObject, what: string, input: string): CosignPublicKey {
  const spki = key.export({ format: 'der', type: 'spki' })
  const digest = createHash('sha256').update(spki).digest()
  const identify = (algorithm: string): CosignPublicKey => ({
    key,
    algorithm,
    hint: digest.toString('base64'),
    fingerprint: `sha256:${digest.toString('hex')}`
  })
  const details = key.asymmetricKeyDetails ?? {}
  if (key.asymmetricKeyType === 'ec') {
    const known = ECDSA_HASHES[details.namedCurve ?? '']
    if (known) return identify(`ECDSA ${known.curve}`)
  }
  if (key.asymmetricKeyType === 'rsa' && (details.modulusLength ?? 0) >= MIN_RSA_BITS) {
    return identify(`RSA-${details.modulusLength}`)
  }
  if (key.asymmetricKeyType === 'ed25519') return identify('Ed25519')
  const shown =
    key.asymmetricKeyType === 'ec'
      ? `EC ${details.namedCurve}`
      : key.asymmetricKeyType === 'rsa'
        ? `RSA-${details.modulusLength}`
        : String(key.asymmetricKeyType)
  throw new InputError(
    input,
    `${what} is ${shown}; cosign keys are ECDSA P-256, P-384 or P-521, RSA of ${MIN_RSA_BITS} bits or more, or Ed25519`
  )
}

/** Whether `signature` (DER for ECDSA, raw for RSA and Ed25519) signs `data` with `key`, as cosign signs. */
export async function keySignatureVerifies(
  key: CosignPublicKey,
  data: Buffer,
  signature: Buffer
): Promise<boolean> {
  const type = key.key.asymmetricKeyType
  if (type === 'ed25519') {
    const { ed25519ph } = await import('@noble/curves/ed25519.js')
    // Strict RFC 8032 encodings (no ZIP-215 leniency), as OpenSSL checks pure Ed25519.
    const raw = Buffer.from(key.key.export({ format: 'jwk' }).x as string, 'base64url')
    return (
      noThrow(() => ed25519ph.verify(signature, data, raw, { zip215: false })) ||
      noThrow(() => cryptoVerify(null, data, key.key, signature))
    )
  }
  if (type === 'rsa') return noThrow(() => cryptoVerify('sha256', data, key.key, signature))
  const hashes = ECDSA_HASHES[key.key.asymmetricKeyDetails?.namedCurve ?? '']?.hashes ?? []
  return hashes.some(hash =>
    noThrow(() => cryptoVerify(hash, data, { key: key.key, dsaEncoding: 'der' }, signature))
  )
}

/** A malformed signature is a signature that does not verify. */
function noThrow(check: () => boolean): boolean {
  try {
    return check()
  } catch {
    return false
  }
}
