/**
 * The signing identity: a private key and its certificate chain (leaf first), refused up front, before
 * anything is pushed, when the key is unsupported or does not match the leaf, or when verification
 * would reject the chain.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import type { X509Certificate } from '@peculiar/x509'
import { VerificationError } from '../util/errors.js'
import { checkChainStructure, checkValidAt } from './chain-rules.js'
import { CertificateError, isIssuedBy, isSelfSigned, loadCertificates, subjectOf } from './certificates.js'
import { TrustInputError } from './errors.js'
import {
  describeKey,
  SUPPORTED_KEYS,
  unsupportedKeyReason,
  type SigningAlgorithm
} from './key-description.js'

export interface SigningIdentity {
  key: KeyObject
  /** Leaf first; the root is included when known. */
  chain: X509Certificate[]
  algorithm: SigningAlgorithm
}

type IdentityPart = 'key' | 'passphrase' | 'chain'

/** The key, its passphrase or the chain cannot sign; `part` is the one to fix. */
export class SigningIdentityError extends TrustInputError<IdentityPart> {
  constructor(part: IdentityPart, wording: (names: Record<IdentityPart, string>) => string) {
    super(part, wording, {
      key: 'the signing key',
      passphrase: 'the passphrase',
      chain: 'the certificate chain'
    })
  }
}

/**
 * The private key (PEM) and chain (PEM, leaf first) to sign with. A chain that stops below its root is
 * completed from `trustRoots`; `now` is the signing time the chain is checked at.
 */
export function loadSigningIdentity(options: {
  key: string
  passphrase?: string
  chain: string
  trustRoots?: X509Certificate[]
  now?: Date
}): SigningIdentity {
  const key = parsePrivateKey(options.key, options.passphrase)
  const { description, algorithm } = describeKey(key)
  if (algorithm === undefined) {
    throw new SigningIdentityError(
      'key',
      names => `${names.key} is ${unsupportedKeyReason(description)}; supported: ${SUPPORTED_KEYS}`
    )
  }
  // The order first: a reversed chain also breaks the chain rules, but its order is what to fix.
  const given = chainCertificates(options.chain)
  const keySpki = createPublicKey(key).export({ type: 'spki', format: 'der' })
  const keyCert = given.findIndex(cert => keySpki.equals(Buffer.from(cert.publicKey.rawData)))
  if (keyCert > 0) {
    throw new SigningIdentityError(
      'chain',
      names =>
        `${names.chain} looks reversed or out of order: it must be leaf first (the leaf, then intermediates, then the root), but it starts with "${subjectOf(given[0])}" and ${names.key} belongs to certificate #${keyCert + 1} of ${given.length}, "${subjectOf(given[keyCert])}".`
    )
  }
  const chain = loadSigningChain(options)
  if (keyCert < 0) {
    throw new SigningIdentityError(
      'key',
      names =>
        `${names.key} does not match the public key of the leaf certificate "${subjectOf(chain[0])}" (the first certificate of ${names.chain})`
    )
  }
  return { key, chain, algorithm }
}

/**
 * The chain to sign with (completed with its root from `trustRoots`), refused up front when
 * verification would reject it. For keys Signet cannot hold (a PKCS#11 token), the leaf says the algorithm.
 */
export function loadSigningChain(options: {
  chain: string
  trustRoots?: X509Certificate[]
  now?: Date
}): X509Certificate[] {
  const chain = completeChain(chainCertificates(options.chain), options.trustRoots ?? [])
  const now = options.now ?? new Date()
  try {
    checkChainStructure(chain, now)
    checkValidAt(chain, now)
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error
    throw new SigningIdentityError(
      'chain',
      names => `${names.chain} would fail verification: ${error.message}`
    )
  }
  return chain
}

function chainCertificates(pem: string): X509Certificate[] {
  try {
    return loadCertificates(pem)
  } catch (error) {
    if (!(error instanceof CertificateError)) throw error
    throw new SigningIdentityError('chain', names => error.messageFor({ certificates: names.chain }))
  }
}

function parsePrivateKey(pem: string, passphrase: string | undefined): KeyObject {
  const encrypted =
    pem.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----') || pem.includes('Proc-Type: 4,ENCRYPTED')
  if (encrypted && !passphrase) {
    throw new SigningIdentityError(
      'passphrase',
      names => `${names.key} is encrypted: set ${names.passphrase} to its passphrase`
    )
  }
  try {
    return createPrivateKey({ key: pem, format: 'pem', passphrase: encrypted ? passphrase : undefined })
  } catch {
    if (encrypted) {
      throw new SigningIdentityError(
        'passphrase',
        names => `${names.passphrase} does not decrypt ${names.key} (wrong passphrase?)`
      )
    }
    throw new SigningIdentityError(
      'key',
      names =>
        `${names.key} is not a readable PEM private key (expected PKCS#8, PKCS#1 RSA, SEC1 EC, or encrypted PKCS#8)`
    )
  }
}

/** Appends the root from `trustRoots` when the chain stops below it (a common way to ship chains). */
function completeChain(chain: X509Certificate[], trustRoots: X509Certificate[]): X509Certificate[] {
  const last = chain[chain.length - 1]
  if (isSelfSigned(last)) return chain
  const root = trustRoots.find(candidate => isIssuedBy(last, candidate))
  return root === undefined ? chain : [...chain, root]
}
