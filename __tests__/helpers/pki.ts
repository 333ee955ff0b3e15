/**
 * Test PKIs made on the fly with @peculiar/x509 and WebCrypto: a root CA, an optional intermediate and
 * a code-signing leaf whose properties (validity, CA flag, key usage, EKU, signature hash, key type) a
 * test can bend to exercise each refusal. CA keys are always EC P-256 (fast); only the leaf key follows
 * `key`, so RSA-4096 is generated only when a test asks for it.
 */
import { createPrivateKey, webcrypto, type KeyObject } from 'node:crypto'
import type { Extension, X509Certificate } from '@peculiar/x509'
import { x509 } from '../../src/trust/x509.js'

export type KeySpec =
  { kind: 'rsa'; bits: 2048 | 3072 | 4096 } | { kind: 'ec'; curve: 'P-256' | 'P-384' | 'P-521' }

export type KeyUsageName =
  | 'digitalSignature'
  | 'nonRepudiation'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'cRLSign'

type CryptoKeyPair = webcrypto.CryptoKeyPair

export const CODE_SIGNING_OID = '1.3.6.1.5.5.7.3.3'

export interface LeafOptions {
  notBefore?: Date
  notAfter?: Date
  /** Adds a critical basicConstraints CA:TRUE. */
  ca?: boolean
  /** EKU OIDs; default [codeSigning]; [] leaves the extension out. */
  eku?: string[]
  /** Default digitalSignature; [] leaves the extension out. */
  keyUsage?: KeyUsageName | KeyUsageName[]
  /** Default true, as notation requires. */
  keyUsageCritical?: boolean
  /** Default 'C=US, ST=WA, L=Seattle, O=Signet Test, CN=release'. */
  subject?: string
  /** Hash of the issuer's signature over the leaf; default SHA-256 (SHA-1 to test its refusal). */
  signatureHash?: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'
}

export interface MakePkiOptions {
  key?: KeySpec
  /** 1 = a self-signed leaf that is its own root; 2 = root → leaf (default); 3 = root → intermediate → leaf. */
  levels?: 1 | 2 | 3
  leaf?: LeafOptions
  rootSubject?: string
  /** basicConstraints pathLenConstraint of the root (default none). */
  rootPathLength?: number
}

export interface TestPki {
  rootPem: string
  /** Leaf first, then the intermediate (levels 3), then the root (levels 2 and 3). */
  chainPem: string
  /** The leaf's private key, PKCS#8 PEM. */
  keyPem: string
  key: KeyObject
  leafSubject: string
  root: X509Certificate
  /** Leaf first, root last (for levels 1: the leaf alone). */
  chain: X509Certificate[]
  /**
   * Another leaf with the same subject and issuer for a key held elsewhere (a token's), and its chain.
   * Absent for levels 1 (a self-signed leaf has no issuer to ask).
   */
  issueFor?: (publicKey: webcrypto.CryptoKey) => Promise<{ chain: X509Certificate[]; chainPem: string }>
}

const DEFAULT_LEAF_SUBJECT = 'C=US, ST=WA, L=Seattle, O=Signet Test, CN=release'
const DEFAULT_ROOT_SUBJECT = 'C=US, ST=WA, O=Signet Test, CN=Signet Test Root'
const INTERMEDIATE_SUBJECT = 'C=US, ST=WA, O=Signet Test, CN=Signet Test Intermediate'
const HOUR = 3600_000
const DAY = 24 * HOUR

const KEY_USAGE_FLAGS: Record<KeyUsageName, number> = {
  digitalSignature: x509.KeyUsageFlags.digitalSignature,
  nonRepudiation: x509.KeyUsageFlags.nonRepudiation,
  keyEncipherment: x509.KeyUsageFlags.keyEncipherment,
  dataEncipherment: x509.KeyUsageFlags.dataEncipherment,
  keyAgreement: x509.KeyUsageFlags.keyAgreement,
  keyCertSign: x509.KeyUsageFlags.keyCertSign,
  cRLSign: x509.KeyUsageFlags.cRLSign
}

/** Generates a WebCrypto key pair; RSA-1024 is allowed too (`bits: 1024 as 2048`) for refusal tests. */
export async function generateKeys(spec: KeySpec): Promise<CryptoKeyPair> {
  const algorithm =
    spec.kind === 'rsa'
      ? {
          name: 'RSASSA-PKCS1-v1_5',
          modulusLength: spec.bits,
          publicExponent: new Uint8Array([1, 0, 1]),
          hash: 'SHA-256'
        }
      : { name: 'ECDSA', namedCurve: spec.curve }
  return (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair
}

async function toKeyObject(keys: CryptoKeyPair): Promise<KeyObject> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey))
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
}

function signingAlgorithm(
  issuerKeys: CryptoKeyPair,
  hash = 'SHA-256'
): webcrypto.EcdsaParams | webcrypto.RsaHashedImportParams {
  return issuerKeys.privateKey.algorithm.name === 'ECDSA'
    ? { name: 'ECDSA', hash }
    : { name: 'RSASSA-PKCS1-v1_5', hash }
}

async function caExtensions(keys: CryptoKeyPair, pathLength?: number): Promise<Extension[]> {
  return [
    new x509.BasicConstraintsExtension(true, pathLength, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey)
  ]
}

function leafExtensions(leaf: LeafOptions): Extension[] {
  const usages = leaf.keyUsage === undefined ? ['digitalSignature' as const] : [leaf.keyUsage].flat()
  const extensions: Extension[] = []
  if (usages.length > 0) {
    const flags = usages.reduce((all, name) => all | KEY_USAGE_FLAGS[name], 0)
    extensions.push(new x509.KeyUsagesExtension(flags, leaf.keyUsageCritical ?? true))
  }
  const eku = leaf.eku ?? [CODE_SIGNING_OID]
  if (eku.length > 0) extensions.push(new x509.ExtendedKeyUsageExtension(eku, false))
  if (leaf.ca) extensions.push(new x509.BasicConstraintsExtension(true, undefined, true))
  return extensions
}

function toPem(certs: X509Certificate[]): string {
  return certs.map(cert => cert.toString('pem')).join('\n') + '\n'
}

/** A fresh PKI; default: EC P-256 leaf, root → leaf, leaf valid now-1h → now+1y, KU digitalSignature, EKU codeSigning. */
export async function makePki(options: MakePkiOptions = {}): Promise<TestPki> {
  const now = Date.now()
  const leafOptions = options.leaf ?? {}
  const levels = options.levels ?? 2
  const leafNotBefore = leafOptions.notBefore ?? new Date(now - HOUR)
  const leafNotAfter = leafOptions.notAfter ?? new Date(now + 365 * DAY)
  const leafKeys = await generateKeys(options.key ?? { kind: 'ec', curve: 'P-256' })
  const leafSubject = leafOptions.subject ?? DEFAULT_LEAF_SUBJECT

  if (levels === 1) {
    const leaf = await x509.X509CertificateGenerator.createSelfSigned({
      name: leafSubject,
      keys: leafKeys,
      notBefore: leafNotBefore,
      notAfter: leafNotAfter,
      signingAlgorithm: signingAlgorithm(leafKeys, leafOptions.signatureHash),
      extensions: leafExtensions(leafOptions)
    })
    return finish([leaf], leafKeys)
  }

  // CAs outlive the leaf on both sides, so a leaf that is expired or not yet valid is the only fault.
  const caNotBefore = new Date(Math.min(now - DAY, leafNotBefore.getTime() - DAY))
  const caNotAfter = new Date(Math.max(now + 10 * 365 * DAY, leafNotAfter.getTime() + DAY))
  const rootKeys = await generateKeys({ kind: 'ec', curve: 'P-256' })
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    name: options.rootSubject ?? DEFAULT_ROOT_SUBJECT,
    keys: rootKeys,
    notBefore: caNotBefore,
    notAfter: caNotAfter,
    signingAlgorithm: signingAlgorithm(rootKeys),
    extensions: await caExtensions(rootKeys, options.rootPathLength)
  })
  let issuer = { cert: root, keys: rootKeys }
  const intermediates: X509Certificate[] = []
  if (levels === 3) {
    const keys = await generateKeys({ kind: 'ec', curve: 'P-256' })
    const cert = await x509.X509CertificateGenerator.create({
      subject: INTERMEDIATE_SUBJECT,
      issuer: root.subjectName,
      publicKey: keys.publicKey,
      signingKey: rootKeys.privateKey,
      notBefore: caNotBefore,
      notAfter: caNotAfter,
      signingAlgorithm: signingAlgorithm(rootKeys),
      extensions: await caExtensions(keys, 0)
    })
    intermediates.push(cert)
    issuer = { cert, keys }
  }
  const issueLeaf = (publicKey: webcrypto.CryptoKey) =>
    x509.X509CertificateGenerator.create({
      subject: leafSubject,
      issuer: issuer.cert.subjectName,
      publicKey,
      signingKey: issuer.keys.privateKey,
      notBefore: leafNotBefore,
      notAfter: leafNotAfter,
      signingAlgorithm: signingAlgorithm(issuer.keys, leafOptions.signatureHash),
      extensions: leafExtensions(leafOptions)
    })
  const leaf = await issueLeaf(leafKeys.publicKey)
  const pki = await finish([leaf, ...intermediates, root], leafKeys)
  pki.issueFor = async publicKey => {
    const chain = [await issueLeaf(publicKey), ...intermediates, root]
    return { chain, chainPem: toPem(chain) }
  }
  return pki
}

async function finish(chain: X509Certificate[], leafKeys: CryptoKeyPair): Promise<TestPki> {
  const key = await toKeyObject(leafKeys)
  const root = chain[chain.length - 1]
  return {
    rootPem: toPem([root]),
    chainPem: toPem(chain),
    keyPem: encodeKey(key, 'pkcs8'),
    key,
    leafSubject: chain[0].subject,
    root,
    chain
  }
}

/** The private key as PEM in one of the formats Signet reads. pkcs1 is RSA only, sec1 EC only. */
export function encodeKey(
  key: KeyObject,
  format: 'pkcs8' | 'pkcs1' | 'sec1' | 'pkcs8-encrypted',
  passphrase?: string
): string {
  if (format === 'pkcs8-encrypted') {
    if (passphrase === undefined) throw new Error('encodeKey: pkcs8-encrypted needs a passphrase')
    return key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }).toString()
  }
  return key
    .export({ type: format, format: 'pem' } as Parameters<KeyObject['export']>[0] & { format: 'pem' })
    .toString()
}
