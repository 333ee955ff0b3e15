/**
 * RFC 3161 timestamps as the Notary Project uses them: a TSA countersigns the hash of the signature
 * value (for JWS, the decoded `signature` bytes), and the token travels in the unprotected header
 * `io.cncf.notary.timestampSignature`. A verified token proves the signature existed at `genTime` (±
 * accuracy), so the signing chain can be judged at that time instead of now.
 *
 * Token checks (RFC 3161, RFC 5816, the trust policy spec's "authentic timestamp"): SignedData over a
 * TSTInfo; its message imprint (SHA-2) equals the hash of the signature; one signer, whose certificate
 * is in the token, is named by the signing-certificate-v2 attribute, and whose signature over the signed
 * attributes (content type TSTInfo, message digest of the TSTInfo) verifies; that certificate has only
 * the timeStamping EKU, marked critical, and chains through CA certificates to a trusted TSA root, all
 * valid at genTime.
 */
import { createHash, randomBytes } from 'node:crypto'
import { AsnConvert, OctetString } from '@peculiar/asn1-schema'
import { ContentInfo, SignedData, id_signedData, type SignerInfo } from '@peculiar/asn1-cms'
import { MessageImprint, PKIStatus, TimeStampReq, TimeStampResp, TSTInfo } from '@peculiar/asn1-tsp'
import { AlgorithmIdentifier, Certificate } from '@peculiar/asn1-x509'
import type { X509Certificate } from '@peculiar/x509'
import { VerificationError } from '../util/errors.js'
import { HASH_OIDS, verifyAsn1Signature } from './asn1-signature.js'
import { FetchError, type HttpFetcher } from './http-fetch.js'
import {
  extension,
  isCaCertificate,
  isIssuedBy,
  isSelfSigned,
  publicKeyOf,
  subjectOf,
  thumbprintsOf
} from './certificates.js'
import { checkCaCertificate, checkSignatureHash } from './chain-rules.js'
import { x509 } from './x509.js'
import { decodeOid, derChildren, derContent, toArrayBuffer, unsignedInteger } from './der.js'

export interface TrustedTimestamp {
  /** TSTInfo.genTime. */
  time: Date
  /** genTime ± accuracy: the signature existed somewhere in [lower, upper]. */
  lower: Date
  upper: Date
  /** The TSA certificate's subject. */
  tsa: string
  /** TSA certificate first, its trusted root last. */
  chain: X509Certificate[]
}

const OID = {
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  timeStamping: '1.3.6.1.5.5.7.3.8',
  extKeyUsage: '2.5.29.37',
  /** RFC 3628 baseline time-stamp policy: accuracy of one second when none is stated. */
  baselinePolicy: '0.4.0.2023.1.1'
}
const SHA256_OID = '2.16.840.1.101.3.4.2.1'
const OID_OF_HASH: Record<string, string> = Object.fromEntries(
  Object.entries(HASH_OIDS).map(([oid, name]) => [name, oid])
)

/** RFC 3161 timestamp responses are small; anything past this is not one. */
const MAX_RESPONSE_BYTES = 1024 * 1024
const TIMEOUT_MS = 15_000

function timestampError(reason: string): VerificationError {
  return new VerificationError(`timestamp: ${reason}`)
}

// ---------------------------------------------------------------------------------------------
// Requesting a timestamp (sign)

/**
 * Asks the TSA at `url` to countersign `signature` (hashed with `hash`, the signature algorithm's own
 * hash as notation does) and checks the answer completely, nonce included, before returning the token
 * (a DER ContentInfo). Throws VerificationError('timestamp: …') naming what was wrong.
 */
export async function requestTimestamp(options: {
  url: string
  signature: Buffer
  hash: 'sha256' | 'sha384' | 'sha512'
  tsaRoots: X509Certificate[]
  fetcher: HttpFetcher
}): Promise<{ token: Buffer; timestamp: TrustedTimestamp }> {
  const { query, nonce } = timestampQuery(options.signature, options.hash)
  let body: Buffer
  try {
    body = await options.fetcher.fetch(options.url, {
      what: 'timestamp',
      accept: ['application/timestamp-reply'],
      body: query,
      contentType: 'application/timestamp-query',
      timeoutMs: TIMEOUT_MS,
      maxBytes: MAX_RESPONSE_BYTES
    })
  } catch (error) {
    if (error instanceof FetchError) throw timestampError(error.message)
    throw error
  }
  const token = tokenOfResponse(body)
  const timestamp = verifyTimestampToken(token, options.signature, options.tsaRoots, nonce)
  return { token, timestamp }
}

/**
 * The DER TimeStampReq for `signature` and the nonce it carries, made from 8 `random` bytes. The nonce
 * must be a positive INTEGER in DER's minimal form, so its first byte is kept in 0x01–0x7f: 0x80 and
 * above would read as negative, and a leading 0x00 before a byte below 0x80 is padding DER forbids
 * (OpenSSL's TSA refuses such a query as "Bad request format", which was one request in 256).
 */
export function timestampQuery(
  signature: Buffer,
  hash: 'sha256' | 'sha384' | 'sha512',
  random: Buffer = randomBytes(8)
): { query: Buffer; nonce: Buffer } {
  const nonce = Buffer.from(random)
  nonce[0] = nonce[0] & 0x7f || 0x01
  const request = new TimeStampReq({
    messageImprint: new MessageImprint({
      hashAlgorithm: new AlgorithmIdentifier({ algorithm: OID_OF_HASH[hash] }),
      hashedMessage: new OctetString(createHash(hash).update(signature).digest())
    }),
    nonce: toArrayBuffer(nonce),
    certReq: true
  })
  return { query: Buffer.from(AsnConvert.serialize(request)), nonce }
}

function tokenOfResponse(body: Buffer): Buffer {
  let response: TimeStampResp
  try {
    response = AsnConvert.parse(body, TimeStampResp)
  } catch {
    throw timestampError('the TSA answer is not an RFC 3161 TimeStampResp')
  }
  const status = response.status.status
  if (status !== PKIStatus.granted && status !== PKIStatus.grantedWithMods) {
    const text = response.status.statusString?.join('; ')
    throw timestampError(`the TSA refused (status ${status}${text ? `: ${text}` : ''})`)
  }
  if (response.timeStampToken === undefined) throw timestampError('the TSA granted but sent no token')
  return Buffer.from(AsnConvert.serialize(response.timeStampToken))
}

// ---------------------------------------------------------------------------------------------
// Verifying a token

/**
 * Verifies an RFC 3161 token over `signature` against `tsaRoots` (and, when asked for one, the nonce
 * sent). Throws VerificationError('timestamp: …').
 */
export function verifyTimestampToken(
  token: Uint8Array,
  signature: Buffer,
  tsaRoots: X509Certificate[],
  nonce?: Buffer
): TrustedTimestamp {
  const signedData = parseSignedData(token)
  if (signedData.encapContentInfo.eContentType !== OID.tstInfo) {
    throw timestampError(`the token holds ${signedData.encapContentInfo.eContentType}, not a TSTInfo`)
  }
  const content = signedData.encapContentInfo.eContent?.single
  if (content === undefined) throw timestampError('the token has no TSTInfo content')
  const tstInfoBytes = Buffer.from(content.buffer)
  let info: TSTInfo
  try {
    info = AsnConvert.parse(tstInfoBytes, TSTInfo)
  } catch {
    throw timestampError('the TSTInfo does not parse')
  }
  checkImprint(info, signature)
  if (nonce !== undefined) {
    const echoed = info.nonce === undefined ? undefined : unsignedInteger(Buffer.from(info.nonce))
    if (echoed === undefined || !echoed.equals(unsignedInteger(nonce))) {
      throw timestampError('the TSA answer does not carry the nonce sent (a replayed or foreign answer)')
    }
  }

  if (signedData.signerInfos.length !== 1) {
    throw timestampError(`the token has ${signedData.signerInfos.length} signers, not one`)
  }
  const signerInfo = signedData.signerInfos[0]
  const certificates = tokenCertificates(signedData)
  const signer = findSigner(signerInfo, certificates)
  checkSignerInfo(signerInfo, rawSignedAttributes(token), signer, tstInfoBytes)

  const chain = tsaChain(signer, certificates, tsaRoots)
  const time = info.genTime
  for (const cert of chain) {
    if (time < cert.notBefore || time > cert.notAfter) {
      throw timestampError(
        `TSA certificate "${subjectOf(cert)}" was not valid at the timestamp's time ${time.toISOString()}`
      )
    }
  }
  const accuracyMs = accuracyOf(info)
  return {
    time,
    lower: new Date(time.getTime() - accuracyMs),
    upper: new Date(time.getTime() + accuracyMs),
    tsa: subjectOf(signer),
    chain
  }
}

function parseSignedData(token: Uint8Array): SignedData {
  try {
    const info = AsnConvert.parse(token, ContentInfo)
    if (info.contentType !== id_signedData) throw new Error('not SignedData')
    return AsnConvert.parse(info.content, SignedData)
  } catch {
    throw timestampError('the countersignature is not a CMS SignedData timestamp token')
  }
}

function checkImprint(info: TSTInfo, signature: Buffer): void {
  const hash = HASH_OIDS[info.messageImprint.hashAlgorithm.algorithm]
  if (hash === undefined) {
    throw timestampError(
      `message imprint hash ${info.messageImprint.hashAlgorithm.algorithm} is not SHA-256, SHA-384 or SHA-512`
    )
  }
  const expected = createHash(hash).update(signature).digest()
  if (!expected.equals(Buffer.from(info.messageImprint.hashedMessage.buffer))) {
    throw timestampError(
      'the message imprint is not the hash of this signature (the token timestamps something else)'
    )
  }
}

/** accuracy in ms: stated, else 1 s under the baseline policy, else 0 (the trust policy spec's rule). */
function accuracyOf(info: TSTInfo): number {
  const accuracy = info.accuracy
  if (accuracy === undefined) return info.policy === OID.baselinePolicy ? 1000 : 0
  return (accuracy.seconds ?? 0) * 1000 + (accuracy.millis ?? 0) + (accuracy.micros ?? 0) / 1000
}

function tokenCertificates(signedData: SignedData): X509Certificate[] {
  const certificates: X509Certificate[] = []
  for (const choice of signedData.certificates ?? []) {
    if (choice.certificate === undefined) continue
    try {
      const cert = new x509.X509Certificate(AsnConvert.serialize(choice.certificate))
      publicKeyOf(cert)
      certificates.push(cert)
    } catch {
      throw timestampError('a certificate in the token does not parse')
    }
  }
  return certificates
}

function findSigner(signerInfo: SignerInfo, certificates: X509Certificate[]): X509Certificate {
  const { issuerAndSerialNumber, subjectKeyIdentifier } = signerInfo.sid
  const found = certificates.find(cert => {
    const parsed = AsnConvert.parse(cert.rawData, Certificate)
    if (issuerAndSerialNumber !== undefined) {
      return (
        Buffer.from(parsed.tbsCertificate.serialNumber).equals(
          Buffer.from(issuerAndSerialNumber.serialNumber)
        ) &&
        Buffer.from(AsnConvert.serialize(parsed.tbsCertificate.issuer)).equals(
          Buffer.from(AsnConvert.serialize(issuerAndSerialNumber.issuer))
        )
      )
    }
    const ski = extension(cert, '2.5.29.14')
    return (
      subjectKeyIdentifier !== undefined &&
      ski !== undefined &&
      Buffer.from(new x509.SubjectKeyIdentifierExtension(ski.rawData).keyId, 'hex').equals(
        Buffer.from(subjectKeyIdentifier.buffer)
      )
    )
  })
  if (found === undefined) {
    throw timestampError('the TSA certificate is not in the token (ask the TSA for it: certReq)')
  }
  return found
}

/**
 * The signed attributes exactly as encoded in the token (the signature covers those bytes; the parser
 * keeps no raw copy of them): ContentInfo → [0] SignedData → last SET (signerInfos) → first SignerInfo →
 * its [0] element.
 */
function rawSignedAttributes(token: Uint8Array): Buffer | undefined {
  try {
    const signedData = derChildren(derChildren(Buffer.from(token))[1])[0]
    const signerInfos = derChildren(signedData).at(-1)
    const signerInfo = signerInfos === undefined ? undefined : derChildren(signerInfos)[0]
    return signerInfo === undefined ? undefined : derChildren(signerInfo).find(child => child[0] === 0xa0)
  } catch {
    return undefined
  }
}

function checkSignerInfo(
  signerInfo: SignerInfo,
  rawAttributes: Buffer | undefined,
  signer: X509Certificate,
  tstInfo: Buffer
): void {
  const attributes = signerInfo.signedAttrs
  if (attributes === undefined || rawAttributes === undefined) {
    throw timestampError('the token has no signed attributes')
  }
  const value = (oid: string): Buffer | undefined => {
    const found = attributes.filter(attribute => attribute.attrType === oid)
    if (found.length !== 1 || found[0].attrValues.length !== 1) return undefined
    return Buffer.from(found[0].attrValues[0])
  }
  const contentType = value(OID.contentType)
  if (contentType === undefined || decodeOid(contentType) !== OID.tstInfo) {
    throw timestampError('the signed content-type attribute is not TSTInfo')
  }
  const digestName = HASH_OIDS[signerInfo.digestAlgorithm.algorithm]
  if (digestName === undefined) {
    throw timestampError(`the token's digest algorithm ${signerInfo.digestAlgorithm.algorithm} is not SHA-2`)
  }
  const messageDigest = value(OID.messageDigest)
  const expected = createHash(digestName).update(tstInfo).digest()
  if (
    messageDigest === undefined ||
    !Buffer.from(AsnConvert.parse(messageDigest, OctetString).buffer).equals(expected)
  ) {
    throw timestampError('the signed message digest does not match the TSTInfo')
  }
  const signingCertificate = value(OID.signingCertificateV2)
  if (signingCertificate === undefined) {
    throw timestampError('the token lacks the signing-certificate-v2 attribute (RFC 5816)')
  }
  if (!essCertMatches(signingCertificate, signer)) {
    throw timestampError('the signing-certificate-v2 attribute names another certificate than the signer')
  }
  // The signature covers the DER of the attributes as a SET, not as the [0] IMPLICIT field they sit in.
  const signed = Buffer.from(rawAttributes)
  signed[0] = 0x31
  let valid: boolean
  try {
    valid = verifyAsn1Signature(
      signed,
      signerInfo.signatureAlgorithm,
      Buffer.from(signerInfo.signature.buffer),
      publicKeyOf(signer),
      signerInfo.digestAlgorithm.algorithm
    )
  } catch (error) {
    throw timestampError(`the TSA signature uses an ${(error as Error).message}`)
  }
  if (!valid) throw timestampError(`the TSA signature does not verify with "${subjectOf(signer)}"'s key`)
}

/** The first ESSCertIDv2 of SigningCertificateV2 must hash to the signer's certificate. */
function essCertMatches(attribute: Buffer, signer: X509Certificate): boolean {
  try {
    const certs = derChildren(derChildren(attribute)[0])
    const id = derChildren(certs[0])
    let hashOid = SHA256_OID
    let index = 0
    if (id[0][0] === 0x30) {
      hashOid = AsnConvert.parse(id[0], AlgorithmIdentifier).algorithm
      index = 1
    }
    const hash = HASH_OIDS[hashOid]
    if (hash === undefined || id[index][0] !== 0x04) return false
    const certHash = derContent(id[index])
    return createHash(hash).update(Buffer.from(signer.rawData)).digest().equals(certHash)
  } catch {
    return false
  }
}

/** The TSA certificate, then CA certificates (from the token) up to one of `tsaRoots`. */
function tsaChain(
  signer: X509Certificate,
  certificates: X509Certificate[],
  tsaRoots: X509Certificate[]
): X509Certificate[] {
  checkTimestampingLeaf(signer)
  const trusted = new Set(thumbprintsOf(tsaRoots))
  const chain = [signer]
  for (let depth = 0; depth < 8; depth++) {
    const last = chain[chain.length - 1]
    if (trusted.has(thumbprintsOf([last])[0]) && isSelfSigned(last)) return checkedChain(chain)
    const root = tsaRoots.find(candidate => isIssuedBy(last, candidate))
    if (root !== undefined) return checkedChain([...chain, root])
    if (isSelfSigned(last)) break
    const issuer = certificates.find(candidate => !chain.includes(candidate) && isIssuedBy(last, candidate))
    if (issuer === undefined) break
    chain.push(issuer)
  }
  throw timestampError(
    `the TSA certificate "${subjectOf(signer)}" does not chain to a trusted TSA root (timestamp-roots or a tsa trust store)`
  )
}

function checkedChain(chain: X509Certificate[]): X509Certificate[] {
  try {
    chain.forEach(checkSignatureHash)
    chain.slice(1).forEach((cert, index) => checkCaCertificate(cert, index))
  } catch (error) {
    throw timestampError(`TSA ${(error as Error).message}`)
  }
  return chain
}

/** RFC 3161 §2.3: the TSA certificate has exactly one EKU, timeStamping, and it is critical. */
function checkTimestampingLeaf(cert: X509Certificate): void {
  const eku = extension(cert, OID.extKeyUsage)
  const usages = eku === undefined ? [] : new x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String)
  if (eku === undefined || !eku.critical || usages.length !== 1 || usages[0] !== OID.timeStamping) {
    throw timestampError(
      `TSA certificate "${subjectOf(cert)}" must have a critical extended key usage of timeStamping only`
    )
  }
  if (isCaCertificate(cert)) {
    throw timestampError(`TSA certificate "${subjectOf(cert)}" is a CA certificate`)
  }
}
