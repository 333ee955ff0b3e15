/**
 * Keys, certificate chains and trusted identities, with the Notary Project's certificate rules.
 * Everything here is synchronous: certificate signatures are checked with node:crypto, and
 * @peculiar/x509 is used for parsing names and extensions only.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  X509Certificate as NodeCertificate,
  type KeyObject
} from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Extension, X509Certificate } from '@peculiar/x509'
import { InputError, VerificationError } from '../util/errors.js'
import { describeSecret } from '../util/sanitize.js'
import { x509 } from './x509.js'

export type SigningAlgorithm = 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512'

export interface SigningIdentity {
  key: KeyObject
  /** Leaf first; the root is included when known. */
  chain: X509Certificate[]
  algorithm: SigningAlgorithm
}

export type TrustedIdentity = '*' | { subject: Record<string, string> }

const SUPPORTED_KEYS = 'RSA 2048, 3072 or 4096 bits, or EC P-256, P-384 or P-521'

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

// ---------------------------------------------------------------------------------------------
// Inputs: PEM content or a file path

/**
 * An input that takes PEM content or a path: the content when it has a PEM armour line, else the file.
 * The value is echoed in the error only when it looks like a path and the input is not `secret`; a
 * secret input's value is described (length, armour label), never shown, whatever it holds.
 */
export function readPemInput(value: string, input: string, options: { secret?: boolean } = {}): string {
  if (value.includes('-----BEGIN')) return value
  const path = value.trim()
  try {
    return readFileSync(path, 'utf8')
  } catch {
    const shown = options.secret
      ? ` (${describeSecret(value)}; the value is not shown)`
      : path.length <= 256 && !/\s/.test(path)
        ? `: ${path}`
        : ' (value not shown)'
    throw new InputError(input, `${input} is neither PEM content nor a readable file${shown}`)
  }
}

/** Every CERTIFICATE block of a PEM text, in order. */
export function loadCertificates(pem: string, input: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []
  if (
    blocks.length === 0 &&
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem) &&
    input !== 'signing-cert-chain'
  ) {
    // A verifier needs the root's certificate only; a private key here is a secret in the wrong place.
    throw new InputError(
      input,
      `${input} holds a private key, not a certificate: a verifier never needs a private key. Pass the root CA's certificate ('-----BEGIN CERTIFICATE-----'), and keep the key secret.`
    )
  }
  if (blocks.length === 0) {
    throw new InputError(
      input,
      `${input} holds no PEM certificate (expected '-----BEGIN CERTIFICATE-----' blocks)`
    )
  }
  return blocks.map((block, index) => {
    try {
      const cert = new x509.X509Certificate(block)
      nodeCertificate(cert)
      return cert
    } catch {
      throw new InputError(input, `${input}: certificate #${index + 1} is not a valid X.509 certificate`)
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Signing identity

/**
 * The private key and chain to sign with, refused up front (before anything is pushed) when the key is
 * unsupported or does not match the leaf, or when verification would reject the chain.
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
    throw new InputError('signing-key', `signing-key is an ${description} key; supported: ${SUPPORTED_KEYS}`)
  }
  // The order first: a reversed chain also breaks the chain rules, but its order is what to fix.
  const given = loadCertificates(options.chain, 'signing-cert-chain')
  const keySpki = createPublicKey(key).export({ type: 'spki', format: 'der' })
  const keyCert = given.findIndex(cert => keySpki.equals(Buffer.from(cert.publicKey.rawData)))
  if (keyCert > 0) {
    throw new InputError(
      'signing-cert-chain',
      `signing-cert-chain looks reversed or out of order: it must be leaf first (the leaf, then intermediates, then the root), but it starts with "${subjectOf(given[0])}" and signing-key belongs to certificate #${keyCert + 1} of ${given.length}, "${subjectOf(given[keyCert])}".`
    )
  }
  const chain = loadSigningChain(options)
  if (keyCert < 0) {
    throw new InputError(
      'signing-key',
      `signing-key does not match the public key of the leaf certificate "${subjectOf(chain[0])}" (the first certificate of signing-cert-chain)`
    )
  }
  return { key, chain, algorithm }
}

/**
 * The `signing-cert-chain` to sign with (completed with its root from `trustRoots`), refused up front when
 * verification would reject it. For keys Signet cannot hold (a PKCS#11 token), the leaf says the algorithm.
 */
export function loadSigningChain(options: {
  chain: string
  trustRoots?: X509Certificate[]
  now?: Date
}): X509Certificate[] {
  const chain = completeChain(loadCertificates(options.chain, 'signing-cert-chain'), options.trustRoots ?? [])
  const now = options.now ?? new Date()
  try {
    checkChainStructure(chain, now)
    checkValidAt(chain, now)
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error
    throw new InputError('signing-cert-chain', `signing-cert-chain would fail verification: ${error.message}`)
  }
  return chain
}

function parsePrivateKey(pem: string, passphrase: string | undefined): KeyObject {
  const encrypted =
    pem.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----') || pem.includes('Proc-Type: 4,ENCRYPTED')
  if (encrypted && !passphrase) {
    throw new InputError(
      'signing-key-passphrase',
      'signing-key is encrypted: set signing-key-passphrase to its passphrase'
    )
  }
  try {
    return createPrivateKey({ key: pem, format: 'pem', passphrase: encrypted ? passphrase : undefined })
  } catch {
    if (encrypted) {
      throw new InputError(
        'signing-key-passphrase',
        'signing-key-passphrase does not decrypt signing-key (wrong passphrase?)'
      )
    }
    throw new InputError(
      'signing-key',
      'signing-key is not a readable PEM private key (expected PKCS#8, PKCS#1 RSA, SEC1 EC, or encrypted PKCS#8)'
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

// ---------------------------------------------------------------------------------------------
// Chain validation (Notary Project certificate requirements)

/**
 * Throws VerificationError('certificate chain: …') unless `chain` (leaf first) is a valid code-signing
 * chain that ends in one of `trustRoots` and whose certificates are all valid at signing time and now.
 */
export function validateChain(
  chain: X509Certificate[],
  trustRoots: X509Certificate[],
  times: { signingTime: Date; now: Date }
): void {
  checkChainStructure(chain, times.signingTime)
  checkTrusted(chain, trustRoots)
  checkValidAt(chain, times.now)
}

/** The chain's links, extensions and validity at signing time: everything but trust and "valid now". */
export function checkChainStructure(chain: X509Certificate[], signingTime: Date): void {
  if (chain.length === 0) throw chainError('it is empty')
  chain.forEach(checkSignatureHash)
  if (chain.length === 1) {
    if (!isSelfSigned(chain[0])) {
      throw chainError(
        `the only certificate, "${subjectOf(chain[0])}", is not self-signed: add its issuing CA certificates after it, up to the root`
      )
    }
  } else {
    for (let index = 0; index < chain.length - 1; index++) {
      const cert = chain[index]
      const role = index === 0 ? 'leaf' : 'intermediate'
      if (isSelfSigned(cert)) {
        throw chainError(
          `${role} "${subjectOf(cert)}" is self-signed; only the last certificate (the root) may be`
        )
      }
      if (!isIssuedBy(cert, chain[index + 1])) {
        throw chainError(
          `"${subjectOf(cert)}" is not issued by the next certificate "${subjectOf(chain[index + 1])}" (its signature does not verify with that key)`
        )
      }
    }
    const root = chain[chain.length - 1]
    if (!isSelfSigned(root)) {
      throw chainError(
        `the last certificate "${subjectOf(root)}" is not a self-signed root: the chain must end with its root CA`
      )
    }
    chain.slice(1).forEach((cert, index) => checkCaCertificate(cert, index))
  }
  checkLeafCertificate(chain[0])
  for (const cert of chain) {
    if (signingTime < cert.notBefore) {
      throw chainError(
        `"${subjectOf(cert)}" was not yet valid at signing time ${iso(signingTime)} (valid from ${iso(cert.notBefore)})`
      )
    }
    if (signingTime > cert.notAfter) {
      throw chainError(
        `"${subjectOf(cert)}" had expired at signing time ${iso(signingTime)} (expired on ${iso(cert.notAfter)})`
      )
    }
  }
}

/** The chain's root (last certificate) must be one of `trustRoots`, compared by DER bytes. */
export function checkTrusted(chain: X509Certificate[], trustRoots: X509Certificate[]): void {
  const root = chain[chain.length - 1]
  const [thumbprint] = thumbprintsOf([root])
  if (!thumbprintsOf(trustRoots).includes(thumbprint)) {
    throw chainError(`root "${subjectOf(root)}" (sha256 ${thumbprint}) is not one of the trusted roots`)
  }
}

/** Every certificate must be valid at `now`. */
export function checkValidAt(chain: X509Certificate[], now: Date): void {
  for (const cert of chain) {
    if (now < cert.notBefore)
      throw chainError(`"${subjectOf(cert)}" is not yet valid (valid from ${iso(cert.notBefore)})`)
    if (now > cert.notAfter) throw chainError(`"${subjectOf(cert)}" expired on ${iso(cert.notAfter)}`)
  }
}

const OID = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37'
}

/** EKUs that make a certificate something other than a code-signing certificate. */
const FORBIDDEN_LEAF_EKUS: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '2.5.29.37.0': 'anyExtendedKeyUsage'
}

const FORBIDDEN_LEAF_KEY_USAGES: [number, string][] = [
  [x509.KeyUsageFlags.keyEncipherment, 'keyEncipherment'],
  [x509.KeyUsageFlags.dataEncipherment, 'dataEncipherment'],
  [x509.KeyUsageFlags.keyAgreement, 'keyAgreement'],
  [x509.KeyUsageFlags.keyCertSign, 'keyCertSign'],
  [x509.KeyUsageFlags.cRLSign, 'cRLSign'],
  [x509.KeyUsageFlags.encipherOnly, 'encipherOnly'],
  [x509.KeyUsageFlags.decipherOnly, 'decipherOnly']
]

export function extension(cert: X509Certificate, oid: string): Extension | undefined {
  return cert.extensions.find(candidate => candidate.type === oid)
}

function checkLeafCertificate(leaf: X509Certificate): void {
  const name = `leaf "${subjectOf(leaf)}"`
  const basic = extension(leaf, OID.basicConstraints)
  if (basic !== undefined && new x509.BasicConstraintsExtension(basic.rawData).ca) {
    throw chainError(
      `${name} is a CA certificate (basicConstraints CA:TRUE); sign with an end-entity code-signing certificate`
    )
  }
  const keyUsage = extension(leaf, OID.keyUsage)
  if (keyUsage === undefined || !keyUsage.critical) {
    throw chainError(`${name} needs a critical keyUsage extension with digitalSignature`)
  }
  const usages = new x509.KeyUsagesExtension(keyUsage.rawData).usages
  if ((usages & x509.KeyUsageFlags.digitalSignature) === 0) {
    throw chainError(`${name} lacks the digitalSignature key usage`)
  }
  const forbidden = FORBIDDEN_LEAF_KEY_USAGES.filter(([flag]) => (usages & flag) !== 0).map(
    ([, label]) => label
  )
  if (forbidden.length > 0) {
    throw chainError(
      `${name} has key usage ${forbidden.join(', ')}; a code-signing leaf may only have digitalSignature`
    )
  }
  const eku = extension(leaf, OID.extKeyUsage)
  if (eku !== undefined) {
    const usagesOids = new x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String)
    const bad = usagesOids.filter(oid => oid in FORBIDDEN_LEAF_EKUS).map(oid => FORBIDDEN_LEAF_EKUS[oid])
    if (bad.length > 0) {
      throw chainError(
        `${name} has the extended key usage ${bad.join(', ')}, which code signing forbids (use codeSigning)`
      )
    }
  }
  const key = describeKey(publicKeyOf(leaf))
  if (key.algorithm === undefined) {
    throw chainError(`${name} has an unsupported ${key.description} key; supported: ${SUPPORTED_KEYS}`)
  }
}

/** `caBelow` = how many CA certificates sit between this one and the leaf (its path length must allow them). */
export function checkCaCertificate(cert: X509Certificate, caBelow: number): void {
  const name = `CA "${subjectOf(cert)}"`
  const basic = extension(cert, OID.basicConstraints)
  const constraints = basic === undefined ? undefined : new x509.BasicConstraintsExtension(basic.rawData)
  if (basic === undefined || !basic.critical || !constraints?.ca) {
    throw chainError(`${name} needs a critical basicConstraints extension with CA:TRUE`)
  }
  if (constraints.pathLength !== undefined && constraints.pathLength < caBelow) {
    throw chainError(
      `${name} allows path length ${constraints.pathLength} but ${caBelow} CA certificates follow it`
    )
  }
  const keyUsage = extension(cert, OID.keyUsage)
  if (keyUsage === undefined || !keyUsage.critical) {
    throw chainError(`${name} needs a critical keyUsage extension with keyCertSign`)
  }
  if ((new x509.KeyUsagesExtension(keyUsage.rawData).usages & x509.KeyUsageFlags.keyCertSign) === 0) {
    throw chainError(`${name} lacks the keyCertSign key usage`)
  }
}

const ALLOWED_CERT_HASHES = ['SHA-256', 'SHA-384', 'SHA-512']

export function checkSignatureHash(cert: X509Certificate): void {
  let hash: string | undefined
  try {
    const algorithm = cert.signatureAlgorithm as { hash?: { name?: string } | string }
    hash = typeof algorithm.hash === 'string' ? algorithm.hash : algorithm.hash?.name
  } catch {
    hash = undefined
  }
  if (hash === undefined || !ALLOWED_CERT_HASHES.includes(hash.toUpperCase())) {
    throw chainError(
      `"${subjectOf(cert)}" is signed with ${hash ?? 'an unsupported algorithm'}; certificates must be signed with SHA-256, SHA-384 or SHA-512`
    )
  }
}

function chainError(reason: string): VerificationError {
  return new VerificationError(`certificate chain: ${reason}`)
}

function iso(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z')
}

// ---------------------------------------------------------------------------------------------
// Certificate primitives

const nodeCertificates = new WeakMap<X509Certificate, NodeCertificate>()

/** node:crypto's view of a certificate, for synchronous signature checks. */
function nodeCertificate(cert: X509Certificate): NodeCertificate {
  let node = nodeCertificates.get(cert)
  if (node === undefined) {
    node = new NodeCertificate(Buffer.from(cert.rawData))
    nodeCertificates.set(cert, node)
  }
  return node
}

export function publicKeyOf(cert: X509Certificate): KeyObject {
  return nodeCertificate(cert).publicKey
}

/** Issued by = `issuer`'s key verifies the signature and the names chain (decided by signature, not by DN alone). */
export function isIssuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  if (cert.issuer !== issuer.subject) return false
  try {
    return nodeCertificate(cert).verify(publicKeyOf(issuer))
  } catch {
    return false
  }
}

export function isSelfSigned(cert: X509Certificate): boolean {
  return isIssuedBy(cert, cert)
}

/** The subject DN as notation prints it, e.g. 'C=US, ST=WA, L=Seattle, O=Notary, CN=Notation Test Root'. */
export function subjectOf(cert: X509Certificate): string {
  return cert.subject
}

/** Lowercase hex SHA-256 of each certificate's DER, as in the io.cncf.notary.x509chain.thumbprint#S256 annotation. */
export function thumbprintsOf(chain: X509Certificate[]): string[] {
  return chain.map(cert => createHash('sha256').update(Buffer.from(cert.rawData)).digest('hex'))
}

// ---------------------------------------------------------------------------------------------
// Trusted identities (notation's x509.subject rules)

const IDENTITY_PREFIX = 'x509.subject:'
const MANDATORY_DN_ATTRIBUTES = ['C', 'ST', 'O']

/**
 * Lines `x509.subject: C=US, ST=WA, O=Acme, CN=release` or `*`. As notation: each DN needs C, ST and O,
 * has no repeated or multi-valued attributes, '*' stands alone, and no DN may be a subset of another.
 */
export function parseTrustedIdentities(lines: string[], input = 'trusted-identities'): TrustedIdentity[] {
  const values = lines.map(line => line.trim()).filter(line => line !== '')
  if (values.includes('*')) {
    if (values.length > 1) {
      throw new InputError(input, `${input}: the wildcard '*' cannot be combined with other identities`)
    }
    return ['*']
  }
  const identities = values.map(value => {
    if (!value.startsWith(IDENTITY_PREFIX)) {
      throw new InputError(
        input,
        `${input}: '${value}' must be '*' or 'x509.subject: C=…, ST=…, O=…[, CN=…]'`
      )
    }
    const dn = value.slice(IDENTITY_PREFIX.length).trim()
    try {
      return { subject: parseDistinguishedName(dn) }
    } catch (error) {
      throw new InputError(input, `${input}: ${(error as Error).message}`)
    }
  })
  identities.forEach((first, index) =>
    identities.slice(index + 1).forEach(second => {
      if (isSubset(first.subject, second.subject) || isSubset(second.subject, first.subject)) {
        throw new InputError(
          input,
          `${input}: the identities ${formatDn(first.subject)} and ${formatDn(second.subject)} overlap`
        )
      }
    })
  )
  return identities
}

/** The identities as a person wrote them, for messages: `C=US, ST=WA, O=Acme, CN=release; …`. */
export function formatIdentities(identities: TrustedIdentity[]): string {
  return identities.map(identity => (identity === '*' ? '*' : formatDn(identity.subject))).join('; ')
}

/** True when the leaf subject carries every attribute of one trusted DN with the same value, or for '*'. */
export function identityMatches(cert: X509Certificate, identities: TrustedIdentity[]): boolean {
  if (identities.includes('*')) return true
  const leaf = subjectAttributes(cert)
  if (leaf === undefined) return false
  return identities.some(identity => identity !== '*' && isSubset(identity.subject, leaf))
}

/** The leaf subject as attribute → value; undefined when an attribute repeats (notation cannot match those). */
function subjectAttributes(cert: X509Certificate): Record<string, string> | undefined {
  const attributes: Record<string, string> = {}
  for (const rdn of cert.subjectName.toJSON()) {
    const entries = Object.entries(rdn)
    if (entries.length !== 1) return undefined
    const [type, values] = entries[0]
    const key = type.toUpperCase()
    if (values.length !== 1 || key in attributes) return undefined
    attributes[key] = values[0]
  }
  return attributes
}

function isSubset(part: Record<string, string>, whole: Record<string, string>): boolean {
  return Object.entries(part).every(([key, value]) => whole[key] === value)
}

function formatDn(dn: Record<string, string>): string {
  return `"${Object.entries(dn)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ')}"`
}

/** RFC 4514 DN text → attribute map (escapes honoured; types upper-cased). */
function parseDistinguishedName(dn: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const rdn of splitUnescaped(dn, ',')) {
    if (splitUnescaped(rdn, '+').length > 1)
      throw new Error(`DN "${dn}" has a multi-valued RDN, which is not supported`)
    const equals = rdn.indexOf('=')
    const type = rdn.slice(0, equals).trim().toUpperCase()
    const value = unescapeDnValue(rdn.slice(equals + 1).trim())
    if (equals <= 0 || !/^[A-Z][A-Z0-9-]*$|^\d+(\.\d+)+$/.test(type) || value === '') {
      throw new Error(`DN "${dn}" is not valid: expected TYPE=value pairs separated by commas (RFC 4514)`)
    }
    if (type in attributes) throw new Error(`DN "${dn}" repeats the attribute ${type}`)
    attributes[type] = value
  }
  const missing = MANDATORY_DN_ATTRIBUTES.filter(key => !(key in attributes))
  if (missing.length > 0)
    throw new Error(`DN "${dn}" lacks ${missing.join(', ')}; it must contain at least C, ST and O`)
  return attributes
}

function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\\' && index + 1 < text.length) {
      current += char + text[++index]
    } else if (char === separator) {
      parts.push(current)
      current = ''
    } else {
      current += char
    }
  }
  parts.push(current)
  return parts
}

function unescapeDnValue(value: string): string {
  const unquoted =
    value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value
  // Runs of \XX escapes are UTF-8 bytes; any other escaped character stands for itself.
  return unquoted.replace(
    /((?:\\[0-9a-fA-F]{2})+)|\\(.)/g,
    (_match, hex: string | undefined, char: string | undefined) =>
      hex !== undefined ? Buffer.from(hex.replace(/\\/g, ''), 'hex').toString('utf8') : (char ?? '')
  )
}
