/**
 * Revocation of a certificate chain (the trust policy spec's "certificate revocation evaluation"): for
 * each certificate, OCSP at its AIA responders first, then the CRLs of its distribution points when OCSP
 * gives no answer; a certificate with neither is not revocable. Only base CRLs are used (a delta CRL, or
 * a base CRL that points to one, leaves the status unknown).
 *
 * OCSP: a signed response by the issuer or by a delegated responder (issued by the issuer, OCSPSigning
 * EKU, valid now), a single response for this certificate with thisUpdate ≤ now ≤ nextUpdate (nextUpdate
 * required, as notation does). CRL: signed by the issuer, issued under its name, thisUpdate ≤ now ≤
 * nextUpdate. A revoked certificate whose entry states an invalidity date after a trusted timestamp is
 * treated as good, per the spec's rule; any other revocation stands.
 *
 * A CRL Signet cannot fully read is not used (RFC 5280 §5.2, §5.3, §6.3.3): a critical extension it does
 * not process, on the CRL or on any entry; an indirect CRL; an issuing distribution point whose scope
 * leaves this certificate out (CA or end-entity only, attribute certificates only, some reasons only, or
 * another distribution point). "Not listed" in such a CRL proves nothing, so the status stays unknown.
 */
import { createHash } from 'node:crypto'
import { AsnConvert, OctetString } from '@peculiar/asn1-schema'
import {
  BasicOCSPResponse,
  CertID,
  OCSPRequest,
  OCSPResponse,
  OCSPResponseStatus,
  Request,
  TBSRequest,
  id_pkix_ocsp_basic
} from '@peculiar/asn1-ocsp'
import {
  AlgorithmIdentifier,
  AuthorityInfoAccessSyntax,
  Certificate,
  CertificateList,
  CRLDistributionPoints,
  CRLReason,
  CRLReasons,
  InvalidityDate,
  IssuingDistributionPoint,
  type Extension
} from '@peculiar/asn1-x509'
import type { X509Certificate } from '@peculiar/x509'
import { verifyAsn1Signature } from './asn1-signature.js'
import { derChildren } from './der.js'
import type { HttpFetcher } from './http-fetch.js'
import {
  extension,
  isCaCertificate,
  isIssuedBy,
  isSelfSigned,
  publicKeyOf,
  subjectOf
} from './certificates.js'
import type { TrustedTimestamp } from './timestamp.js'
import { x509 } from './x509.js'

export type RevocationStatus = 'good' | 'revoked' | 'unknown' | 'not revocable'

export interface CertificateRevocation {
  subject: string
  status: RevocationStatus
  source?: 'OCSP' | 'CRL'
  url?: string
  revokedAt?: Date
  reason?: string
  /** Why the status is unknown, or what made a listed revocation not count. */
  detail?: string
}

export interface RevocationOptions {
  fetcher: HttpFetcher
  now: Date
  /** A verified timestamp of the signature, for the invalidity-date rule. */
  timestamp?: TrustedTimestamp
}

const OID = {
  aia: '1.3.6.1.5.5.7.1.1',
  ocsp: '1.3.6.1.5.5.7.48.1',
  crlDistributionPoints: '2.5.29.31',
  deltaCrlIndicator: '2.5.29.27',
  freshestCrl: '2.5.29.46',
  crlReason: '2.5.29.21',
  invalidityDate: '2.5.29.24',
  holdInstructionCode: '2.5.29.23',
  certificateIssuer: '2.5.29.29',
  authorityKeyIdentifier: '2.5.29.35',
  issuerAltName: '2.5.29.18',
  crlNumber: '2.5.29.20',
  issuingDistributionPoint: '2.5.29.28',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
  extKeyUsage: '2.5.29.37',
  sha1: '1.3.14.3.2.26'
}
const OCSP_TIMEOUT_MS = 5_000
const CRL_TIMEOUT_MS = 5_000
const OCSP_MAX_BYTES = 64 * 1024
const CRL_MAX_BYTES = 8 * 1024 * 1024
/**
 * CRL extensions read or safely ignored (RFC 5280 §5.2); a critical one outside this set makes the CRL
 * unusable. Delta CRL indicator and Freshest CRL are refused on their own, critical or not.
 */
const PROCESSED_CRL_EXTENSIONS = new Set([
  OID.authorityKeyIdentifier,
  OID.issuerAltName,
  OID.crlNumber,
  OID.issuingDistributionPoint
])
/** CRL entry extensions read or safely ignored (§5.3); certificateIssuer means an indirect CRL, refused. */
const PROCESSED_ENTRY_EXTENSIONS = new Set([OID.crlReason, OID.invalidityDate, OID.holdInstructionCode])
/** Clock skew allowed between this machine and a responder for thisUpdate. */
const SKEW_MS = 5 * 60 * 1000

/** Every certificate's status, leaf first, checked side by side. */
export function checkChainRevocation(
  chain: X509Certificate[],
  options: RevocationOptions
): Promise<CertificateRevocation[]> {
  return Promise.all(chain.map((cert, index) => checkCertificate(cert, chain[index + 1] ?? cert, options)))
}

/** The first certificate that is revoked, else the first whose status is unknown; undefined when all pass. */
export function revocationProblem(results: CertificateRevocation[]): CertificateRevocation | undefined {
  return (
    results.find(result => result.status === 'revoked') ?? results.find(result => result.status === 'unknown')
  )
}

/** One line for a revoked or unknown certificate, as a rejection or a warning. */
export function describeRevocation(result: CertificateRevocation, role = 'certificate'): string {
  if (result.status === 'revoked') {
    const when = result.revokedAt ? ` on ${result.revokedAt.toISOString().replace('.000Z', 'Z')}` : ''
    return `${role} "${result.subject}" is revoked${when}${result.reason ? ` (${result.reason})` : ''} according to ${result.source} ${result.url}`
  }
  return `${role} "${result.subject}" revocation status is unknown: ${result.detail ?? 'no answer'}`
}

async function checkCertificate(
  cert: X509Certificate,
  issuer: X509Certificate,
  options: RevocationOptions
): Promise<CertificateRevocation> {
  const subject = subjectOf(cert)
  const ocspUrls = accessUrls(cert)
  const crlUrls = distributionPointUrls(cert)
  if (ocspUrls.length === 0 && crlUrls.length === 0) return { subject, status: 'not revocable' }
  if (isSelfSigned(cert) && cert !== issuer) return { subject, status: 'not revocable' }
  const failures: string[] = []
  for (const url of ocspUrls) {
    try {
      return { subject, source: 'OCSP', url, ...(await ocspStatus(cert, issuer, url, options)) }
    } catch (error) {
      failures.push(`OCSP ${url}: ${(error as Error).message}`)
    }
  }
  for (const url of crlUrls) {
    try {
      return { subject, source: 'CRL', url, ...(await crlStatus(cert, issuer, url, options)) }
    } catch (error) {
      failures.push(`CRL ${url}: ${(error as Error).message}`)
    }
  }
  return { subject, status: 'unknown', detail: failures.join('; ') }
}

type Status = Pick<CertificateRevocation, 'status' | 'revokedAt' | 'reason' | 'detail'>

function parsedExtension<T>(cert: X509Certificate, oid: string, type: new () => T): T | undefined {
  const found = extension(cert, oid)
  if (found === undefined) return undefined
  return AsnConvert.parse(found.value, type)
}

/** http URLs of the AIA OCSP responders (notation uses http only: responses are signed). */
function accessUrls(cert: X509Certificate): string[] {
  const aia = parsedExtension(cert, OID.aia, AuthorityInfoAccessSyntax) ?? []
  return aia
    .filter(entry => entry.accessMethod === OID.ocsp)
    .map(entry => entry.accessLocation.uniformResourceIdentifier)
    .filter((url): url is string => url !== undefined && /^http:\/\//i.test(url))
}

function distributionPointUrls(cert: X509Certificate): string[] {
  return distributionPoints(cert).flatMap(point =>
    (point.distributionPoint?.fullName ?? [])
      .map(name => name.uniformResourceIdentifier)
      .filter((url): url is string => url !== undefined && /^http:\/\//i.test(url))
  )
}

function distributionPoints(cert: X509Certificate): CRLDistributionPoints {
  return parsedExtension(cert, OID.crlDistributionPoints, CRLDistributionPoints) ?? []
}

/** An entry's revocation, unless its invalidity date falls after a trusted timestamp (the spec's rule). */
function revoked(
  revokedAt: Date,
  reasonCode: number | undefined,
  invalidity: Date | undefined,
  timestamp: TrustedTimestamp | undefined
): Status {
  const reason = reasonCode === undefined ? undefined : (CRLReasons[reasonCode] ?? `reason ${reasonCode}`)
  if (timestamp !== undefined && invalidity !== undefined && invalidity > timestamp.upper) {
    return {
      status: 'good',
      detail: `revoked on ${revokedAt.toISOString()}, invalid from ${invalidity.toISOString()}, after the trusted timestamp ${timestamp.time.toISOString()}`
    }
  }
  return { status: 'revoked', revokedAt, reason }
}

function extensionsValue<T>(
  extensions: Extension[] | undefined,
  oid: string,
  type: new () => T
): T | undefined {
  const found = extensions?.find(candidate => candidate.extnID === oid)
  return found === undefined ? undefined : AsnConvert.parse(found.extnValue.buffer, type)
}

function checkFreshness(thisUpdate: Date, nextUpdate: Date | undefined, now: Date, what: string): void {
  if (thisUpdate.getTime() > now.getTime() + SKEW_MS) {
    throw new Error(`${what} thisUpdate ${thisUpdate.toISOString()} is in the future`)
  }
  if (nextUpdate === undefined) throw new Error(`${what} has no nextUpdate`)
  if (now > nextUpdate) throw new Error(`expired ${what} (nextUpdate ${nextUpdate.toISOString()})`)
}

// ---------------------------------------------------------------------------------------------
// OCSP (RFC 6960)

async function ocspStatus(
  cert: X509Certificate,
  issuer: X509Certificate,
  url: string,
  options: RevocationOptions
): Promise<Status> {
  const certId = certIdOf(cert, issuer)
  const request = new OCSPRequest({
    tbsRequest: new TBSRequest({ requestList: [new Request({ reqCert: certId })] })
  })
  const body = await options.fetcher.fetch(url, {
    what: 'OCSP',
    accept: ['application/ocsp-response'],
    body: Buffer.from(AsnConvert.serialize(request)),
    contentType: 'application/ocsp-request',
    // No nonce: the same certificate gets the same request, and one answer serves every signature.
    cache: true,
    timeoutMs: OCSP_TIMEOUT_MS,
    maxBytes: OCSP_MAX_BYTES
  })
  let response: OCSPResponse
  try {
    response = AsnConvert.parse(body, OCSPResponse)
  } catch {
    throw new Error('the answer is not an OCSP response')
  }
  if (response.responseStatus !== OCSPResponseStatus.successful) {
    throw new Error(
      `the responder answered ${OCSPResponseStatus[response.responseStatus] ?? response.responseStatus}`
    )
  }
  if (response.responseBytes?.responseType !== id_pkix_ocsp_basic)
    throw new Error('not a basic OCSP response')
  const basicBytes = Buffer.from(response.responseBytes.response.buffer)
  const basic = AsnConvert.parse(basicBytes, BasicOCSPResponse)
  checkOcspSignature(basic, derChildren(basicBytes)[0], issuer, options.now)

  const single = basic.tbsResponseData.responses.find(candidate => sameCertId(candidate.certID, certId))
  if (single === undefined) throw new Error('the response does not cover this certificate')
  checkFreshness(single.thisUpdate, single.nextUpdate, options.now, 'OCSP response')
  const status = single.certStatus
  if (status.good !== undefined) return { status: 'good' }
  if (status.revoked !== undefined) {
    const invalidity = extensionsValue(single.singleExtensions, OID.invalidityDate, InvalidityDate)
    return revoked(
      status.revoked.revocationTime,
      status.revoked.revocationReason?.reason,
      invalidity?.value,
      options.timestamp
    )
  }
  return { status: 'unknown', detail: 'the responder does not know this certificate' }
}

function certIdOf(cert: X509Certificate, issuer: X509Certificate): CertID {
  const issuerTbs = AsnConvert.parse(issuer.rawData, Certificate).tbsCertificate
  const sha1 = (data: ArrayBuffer): OctetString =>
    new OctetString(createHash('sha1').update(Buffer.from(data)).digest())
  return new CertID({
    hashAlgorithm: new AlgorithmIdentifier({ algorithm: OID.sha1, parameters: null }),
    issuerNameHash: sha1(AsnConvert.serialize(issuerTbs.subject)),
    issuerKeyHash: sha1(issuerTbs.subjectPublicKeyInfo.subjectPublicKey),
    serialNumber: AsnConvert.parse(cert.rawData, Certificate).tbsCertificate.serialNumber
  })
}

function sameCertId(a: CertID, b: CertID): boolean {
  const bytes = (value: ArrayBuffer | OctetString): Buffer =>
    Buffer.from(value instanceof OctetString ? value.buffer : value)
  return (
    a.hashAlgorithm.algorithm === b.hashAlgorithm.algorithm &&
    bytes(a.issuerNameHash).equals(bytes(b.issuerNameHash)) &&
    bytes(a.issuerKeyHash).equals(bytes(b.issuerKeyHash)) &&
    bytes(a.serialNumber).equals(bytes(b.serialNumber))
  )
}

/** Signed by the issuer itself, or by a delegated responder the issuer certified for OCSP signing. */
function checkOcspSignature(basic: BasicOCSPResponse, tbs: Buffer, issuer: X509Certificate, now: Date): void {
  const signature = Buffer.from(basic.signature)
  const verifies = (signer: X509Certificate): boolean => {
    try {
      return verifyAsn1Signature(tbs, basic.signatureAlgorithm, signature, publicKeyOf(signer))
    } catch {
      return false
    }
  }
  if (verifies(issuer)) return
  for (const certificate of basic.certs ?? []) {
    const delegate = new x509.X509Certificate(AsnConvert.serialize(certificate))
    if (!verifies(delegate)) continue
    if (!isIssuedBy(delegate, issuer))
      throw new Error(`responder "${subjectOf(delegate)}" is not certified by the issuer`)
    const eku = extension(delegate, OID.extKeyUsage)
    const usages = eku === undefined ? [] : new x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String)
    if (!usages.includes(OID.ocspSigning)) {
      throw new Error(`responder "${subjectOf(delegate)}" lacks the OCSPSigning extended key usage`)
    }
    if (now < delegate.notBefore || now > delegate.notAfter) {
      throw new Error(`responder certificate "${subjectOf(delegate)}" is not valid now`)
    }
    return
  }
  throw new Error('the response signature does not verify with the issuer or a delegated responder')
}

// ---------------------------------------------------------------------------------------------
// CRL (RFC 5280)

async function crlStatus(
  cert: X509Certificate,
  issuer: X509Certificate,
  url: string,
  options: RevocationOptions
): Promise<Status> {
  const body = await options.fetcher.fetch(url, {
    what: 'CRL',
    accept: ['application/pkix-crl', 'application/x-pkcs7-crl', 'application/octet-stream'],
    timeoutMs: CRL_TIMEOUT_MS,
    maxBytes: CRL_MAX_BYTES
  })
  let crl: CertificateList
  let tbs: Buffer
  try {
    crl = AsnConvert.parse(body, CertificateList)
    tbs = derChildren(body)[0]
  } catch {
    throw new Error('the answer is not a DER CRL')
  }
  const issuerTbs = AsnConvert.parse(issuer.rawData, Certificate).tbsCertificate
  if (
    !Buffer.from(AsnConvert.serialize(crl.tbsCertList.issuer)).equals(
      Buffer.from(AsnConvert.serialize(issuerTbs.subject))
    )
  ) {
    throw new Error(`the CRL is issued by someone else than "${subjectOf(issuer)}"`)
  }
  let valid: boolean
  try {
    valid = verifyAsn1Signature(tbs, crl.signatureAlgorithm, Buffer.from(crl.signature), publicKeyOf(issuer))
  } catch (error) {
    throw new Error(`the CRL uses an ${(error as Error).message}`)
  }
  if (!valid) throw new Error(`the CRL signature does not verify with "${subjectOf(issuer)}"'s key`)
  const extensions = crl.tbsCertList.crlExtensions ?? []
  if (extensions.some(ext => ext.extnID === OID.deltaCrlIndicator)) {
    throw new Error('a delta CRL, not a base CRL (delta CRLs are not supported)')
  }
  if (extensions.some(ext => ext.extnID === OID.freshestCrl)) {
    throw new Error('the CRL points to a delta CRL (Freshest CRL), which is not supported')
  }
  checkCrlUsable(crl, cert)
  checkFreshness(
    crl.tbsCertList.thisUpdate.getTime(),
    crl.tbsCertList.nextUpdate?.getTime(),
    options.now,
    'CRL'
  )
  const serial = Buffer.from(AsnConvert.parse(cert.rawData, Certificate).tbsCertificate.serialNumber)
  const entry = (crl.tbsCertList.revokedCertificates ?? []).find(candidate =>
    Buffer.from(candidate.userCertificate).equals(serial)
  )
  if (entry === undefined) return { status: 'good' }
  const reason = extensionsValue(entry.crlEntryExtensions, OID.crlReason, CRLReason)?.reason
  if (reason === CRLReasons.removeFromCRL) return { status: 'good' }
  const invalidity = extensionsValue(entry.crlEntryExtensions, OID.invalidityDate, InvalidityDate)
  return revoked(entry.revocationDate.getTime(), reason, invalidity?.value, options.timestamp)
}

/**
 * Throws when RFC 5280 forbids using the CRL for `cert`: a critical extension Signet does not process
 * (§5.2), on the CRL or on any entry (§5.3: the whole CRL, since such an entry may change how the
 * others read), an indirect CRL, or an issuing distribution point whose scope excludes `cert` (§6.3.3).
 */
function checkCrlUsable(crl: CertificateList, cert: X509Certificate): void {
  const extensions = crl.tbsCertList.crlExtensions ?? []
  const unknown = extensions.find(ext => ext.critical && !PROCESSED_CRL_EXTENSIONS.has(ext.extnID))
  if (unknown !== undefined)
    throw new Error(`the CRL has a critical extension ${unknown.extnID} that Signet does not process`)
  for (const entry of crl.tbsCertList.revokedCertificates ?? []) {
    for (const ext of entry.crlEntryExtensions ?? []) {
      if (ext.extnID === OID.certificateIssuer)
        throw new Error('the CRL is indirect (an entry names a certificate issuer), which is not supported')
      if (ext.critical && !PROCESSED_ENTRY_EXTENSIONS.has(ext.extnID))
        throw new Error(`a CRL entry has a critical extension ${ext.extnID} that Signet does not process`)
    }
  }
  // Honoured whether marked critical (as §5.2.5 requires) or not: a scope only ever narrows the CRL.
  const scope = extensionsValue(extensions, OID.issuingDistributionPoint, IssuingDistributionPoint)
  if (scope !== undefined) checkScope(scope, cert)
}

/** The issuing distribution point's scope includes `cert` (§6.3.3 b), or throws saying why not. */
function checkScope(scope: IssuingDistributionPoint, cert: X509Certificate): void {
  const isCa = isCaCertificate(cert)
  if (scope.onlyContainsAttributeCerts) throw new Error('the CRL lists attribute certificates only')
  if (scope.onlyContainsCACerts && !isCa)
    throw new Error('the CRL lists CA certificates only, and this is an end-entity certificate')
  if (scope.onlyContainsUserCerts && isCa)
    throw new Error('the CRL lists end-entity certificates only, and this is a CA certificate')
  if (scope.onlySomeReasons !== undefined)
    throw new Error('the CRL covers only some revocation reasons, which is not supported')
  if (scope.indirectCRL) throw new Error('the CRL is indirect, which is not supported')
  const point = scope.distributionPoint
  if (point === undefined) return
  if (point.fullName === undefined)
    throw new Error('the CRL names its distribution point relative to its issuer, which is not supported')
  const der = (name: object): string => Buffer.from(AsnConvert.serialize(name)).toString('hex')
  const covered = new Set(point.fullName.map(der))
  const named = distributionPoints(cert).flatMap(candidate => candidate.distributionPoint?.fullName ?? [])
  if (!named.some(name => covered.has(der(name))))
    throw new Error("the CRL's distribution point is none of this certificate's")
}
