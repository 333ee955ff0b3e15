export const id = 411;
export const ids = [411,336];
export const modules = {

/***/ 38450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ verifyAsn1Signature),
/* harmony export */   L: () => (/* binding */ HASH_OIDS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Signatures inside ASN.1 structures that Signet checks itself: a CMS SignerInfo (RFC 3161 tokens),
 * an OCSP BasicOCSPResponse and a CRL. Only SHA-2 with RSA PKCS #1 v1.5 or ECDSA is accepted (what TSAs,
 * OCSP responders and CAs use); SHA-1 is refused like SHA-1 certificates, and so, for now, is RSASSA-PSS.
 */

const HASH_OIDS = {
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512'
};
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
/** sha*WithRSAEncryption and ecdsa-with-SHA* → their hash (the key says which of RSA or ECDSA). */
const SIGNATURE_HASHES = {
    '1.2.840.113549.1.1.11': 'sha256',
    '1.2.840.113549.1.1.12': 'sha384',
    '1.2.840.113549.1.1.13': 'sha512',
    '1.2.840.10045.4.3.2': 'sha256',
    '1.2.840.10045.4.3.3': 'sha384',
    '1.2.840.10045.4.3.4': 'sha512'
};
/**
 * True when `signature` over `data` verifies with `key` under `algorithm`. CMS names a bare key
 * algorithm (rsaEncryption, id-ecPublicKey) and the digest apart: pass that digest as `digestOid`.
 * Throws (with the algorithm's OID) when the algorithm is not one Signet accepts.
 */
function verifyAsn1Signature(data, algorithm, signature, key, digestOid) {
    const oid = algorithm.algorithm;
    const hash = SIGNATURE_HASHES[oid];
    const digest = digestOid === undefined ? undefined : HASH_OIDS[digestOid];
    try {
        if (hash !== undefined)
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(hash, data, key, signature);
        if ((oid === RSA_ENCRYPTION || oid === EC_PUBLIC_KEY) && digest !== undefined) {
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(digest, data, key, signature);
        }
    }
    catch {
        // OpenSSL throws on some malformed signatures instead of returning false.
        return false;
    }
    throw new Error(`unsupported signature algorithm ${oid}${digestOid ? ` with digest ${digestOid}` : ''}`);
}


/***/ }),

/***/ 75624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ CertificateError),
/* harmony export */   Kn: () => (/* binding */ thumbprintsOf),
/* harmony export */   Nl: () => (/* binding */ isSelfSigned),
/* harmony export */   VJ: () => (/* binding */ certificateFromDer),
/* harmony export */   ck: () => (/* binding */ extension),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   kc: () => (/* binding */ publicKeyOf),
/* harmony export */   oD: () => (/* binding */ isCaCertificate),
/* harmony export */   rh: () => (/* binding */ isIssuedBy),
/* harmony export */   vp: () => (/* binding */ loadCertificates)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96135);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28336);
/**
 * Certificates: read from PEM text, and the primitives every check is built on (public key, issued-by,
 * self-signed, subject, thumbprint, extensions). Certificate signatures are checked with node:crypto,
 * synchronously; @peculiar/x509 parses names and extensions.
 */



/** PEM text that should hold certificates holds none (`none`), or one of them cannot serve. */
class CertificateError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustInputError */ .f {
    problem;
    constructor(problem, wording) {
        super('certificates', wording, { certificates: 'the PEM text' });
        this.problem = problem;
    }
}
const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
/** Every CERTIFICATE block of a PEM text, in order; a CertificateError when there is none or one is broken. */
function loadCertificates(pem) {
    const blocks = pem.match(CERTIFICATE_BLOCK) ?? [];
    if (blocks.length === 0) {
        throw new CertificateError('none', names => `${names.certificates} holds no PEM certificate (expected '-----BEGIN CERTIFICATE-----' blocks)`);
    }
    return blocks.map((block, index) => {
        try {
            const cert = new _x509_js__WEBPACK_IMPORTED_MODULE_2__.x509.X509Certificate(block);
            nodeCertificate(cert);
            return remember(cert);
        }
        catch {
            throw new CertificateError('unreadable', names => `${names.certificates}: certificate #${index + 1} is not a valid X.509 certificate`);
        }
    });
}
/**
 * Certificates already parsed in this process, by their DER: an envelope carries its root, which is a
 * trusted root read from PEM before, and a gate over many images by one signer meets the same chain in
 * every envelope; parsing is most of an envelope's cost (about 4 ms a certificate). Bounded, oldest out
 * first; a parsed certificate is never changed by its users.
 */
const parsedCertificates = new Map();
const PARSED_CERTIFICATES_KEPT = 64;
function remember(cert) {
    const key = Buffer.from(cert.rawData).toString('base64');
    if (parsedCertificates.size >= PARSED_CERTIFICATES_KEPT && !parsedCertificates.has(key))
        parsedCertificates.delete(parsedCertificates.keys().next().value);
    parsedCertificates.set(key, cert);
    return cert;
}
/** The certificate of these DER bytes, parsed once per process; throws when they are not one. */
function certificateFromDer(der) {
    const known = parsedCertificates.get(der.toString('base64'));
    if (known !== undefined)
        return known;
    const cert = new _x509_js__WEBPACK_IMPORTED_MODULE_2__.x509.X509Certificate(der);
    nodeCertificate(cert);
    return remember(cert);
}
const nodeCertificates = new WeakMap();
/** node:crypto's view of a certificate, for synchronous signature checks. */
function nodeCertificate(cert) {
    let node = nodeCertificates.get(cert);
    if (node === undefined) {
        node = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(cert.rawData));
        nodeCertificates.set(cert, node);
    }
    return node;
}
function publicKeyOf(cert) {
    return nodeCertificate(cert).publicKey;
}
/** Issued by = `issuer`'s key verifies the signature and the names chain (decided by signature, not by DN alone). */
function isIssuedBy(cert, issuer) {
    if (cert.issuer !== issuer.subject)
        return false;
    try {
        return nodeCertificate(cert).verify(publicKeyOf(issuer));
    }
    catch {
        return false;
    }
}
function isSelfSigned(cert) {
    return isIssuedBy(cert, cert);
}
/** A basicConstraints extension says CA:TRUE (critical or not: Go's x509 IsCA, as notation reads it). */
function isCaCertificate(cert) {
    const basic = extension(cert, BASIC_CONSTRAINTS_OID);
    return basic !== undefined && new _x509_js__WEBPACK_IMPORTED_MODULE_2__.x509.BasicConstraintsExtension(basic.rawData).ca;
}
const BASIC_CONSTRAINTS_OID = '2.5.29.19';
/** The subject DN as notation prints it, e.g. 'C=US, ST=WA, L=Seattle, O=Notary, CN=Notation Test Root'. */
function subjectOf(cert) {
    return cert.subject;
}
/** Lowercase hex SHA-256 of each certificate's DER, as in the io.cncf.notary.x509chain.thumbprint#S256 annotation. */
function thumbprintsOf(chain) {
    return chain.map(cert => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(Buffer.from(cert.rawData)).digest('hex'));
}
function extension(cert, oid) {
    return cert.extensions.find(candidate => candidate.type === oid);
}


/***/ }),

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ decodeOid),
/* harmony export */   XA: () => (/* binding */ toArrayBuffer),
/* harmony export */   bn: () => (/* binding */ derContent),
/* harmony export */   v0: () => (/* binding */ derChildren),
/* harmony export */   wF: () => (/* binding */ unsignedInteger)
/* harmony export */ });
/**
 * The few DER readings that the ASN.1 classes of @peculiar/* do not cover (an OBJECT IDENTIFIER
 * attribute value, the ESS signing-certificate attribute, INTEGER comparison). Definite lengths only,
 * as DER requires; anything else throws.
 */
function readTlv(der, offset) {
    if (offset + 2 > der.length)
        throw new Error('DER: truncated');
    const first = der[offset + 1];
    let length = first;
    let start = offset + 2;
    if (first >= 0x80) {
        const count = first & 0x7f;
        if (count === 0 || count > 4)
            throw new Error('DER: unsupported length');
        length = 0;
        for (let index = 0; index < count; index++)
            length = length * 256 + der[start + index];
        start += count;
    }
    const end = start + length;
    if (end > der.length)
        throw new Error('DER: truncated');
    return { start, end };
}
/** The content octets of the value at the start of `der`. */
function derContent(der) {
    const { start, end } = readTlv(der, 0);
    return der.subarray(start, end);
}
/** The complete encodings (tag, length, content) of each element inside the constructed value `der`. */
function derChildren(der) {
    const content = derContent(der);
    const children = [];
    let offset = 0;
    while (offset < content.length) {
        const { end } = readTlv(content, offset);
        children.push(content.subarray(offset, end));
        offset = end;
    }
    return children;
}
/** Dotted text of an encoded OBJECT IDENTIFIER (tag 6). */
function decodeOid(der) {
    if (der[0] !== 0x06)
        throw new Error('DER: not an OBJECT IDENTIFIER');
    const content = derContent(der);
    const parts = [];
    let value = 0;
    for (const byte of content) {
        value = value * 128 + (byte & 0x7f);
        if ((byte & 0x80) === 0) {
            parts.push(value);
            value = 0;
        }
    }
    const [first, ...rest] = parts;
    const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
    return [...head, ...rest].join('.');
}
/** INTEGER content without its leading zero octets, for comparing values that were encoded apart. */
function unsignedInteger(bytes) {
    let index = 0;
    while (index < bytes.length - 1 && bytes[index] === 0)
        index++;
    return bytes.subarray(index);
}
function toArrayBuffer(bytes) {
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
}


/***/ }),

/***/ 6792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkChainRevocation: () => (/* binding */ checkChainRevocation),
/* harmony export */   describeRevocation: () => (/* binding */ describeRevocation),
/* harmony export */   revocationProblem: () => (/* binding */ revocationProblem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19911);
/* harmony import */ var _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _asn1_signature_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38450);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3257);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75624);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28336);
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
};
const OCSP_TIMEOUT_MS = 5_000;
const CRL_TIMEOUT_MS = 5_000;
const OCSP_MAX_BYTES = 64 * 1024;
const CRL_MAX_BYTES = 8 * 1024 * 1024;
/**
 * CRL extensions read or safely ignored (RFC 5280 §5.2); a critical one outside this set makes the CRL
 * unusable. Delta CRL indicator and Freshest CRL are refused on their own, critical or not.
 */
const PROCESSED_CRL_EXTENSIONS = new Set([
    OID.authorityKeyIdentifier,
    OID.issuerAltName,
    OID.crlNumber,
    OID.issuingDistributionPoint
]);
/** CRL entry extensions read or safely ignored (§5.3); certificateIssuer means an indirect CRL, refused. */
const PROCESSED_ENTRY_EXTENSIONS = new Set([OID.crlReason, OID.invalidityDate, OID.holdInstructionCode]);
/** Clock skew allowed between this machine and a responder for thisUpdate. */
const SKEW_MS = 5 * 60 * 1000;
/** Every certificate's status, leaf first, checked side by side. */
function checkChainRevocation(chain, options) {
    return Promise.all(chain.map((cert, index) => checkCertificate(cert, chain[index + 1] ?? cert, options)));
}
/** The first certificate that is revoked, else the first whose status is unknown; undefined when all pass. */
function revocationProblem(results) {
    return (results.find(result => result.status === 'revoked') ?? results.find(result => result.status === 'unknown'));
}
/** One line for a revoked or unknown certificate, as a rejection or a warning. */
function describeRevocation(result, role = 'certificate') {
    if (result.status === 'revoked') {
        const when = result.revokedAt ? ` on ${result.revokedAt.toISOString().replace('.000Z', 'Z')}` : '';
        return `${role} "${result.subject}" is revoked${when}${result.reason ? ` (${result.reason})` : ''} according to ${result.source} ${result.url}`;
    }
    return `${role} "${result.subject}" revocation status is unknown: ${result.detail ?? 'no answer'}`;
}
async function checkCertificate(cert, issuer, options) {
    const subject = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(cert);
    const ocspUrls = accessUrls(cert);
    const crlUrls = distributionPointUrls(cert);
    if (ocspUrls.length === 0 && crlUrls.length === 0)
        return { subject, status: 'not revocable' };
    if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .isSelfSigned */ .Nl)(cert) && cert !== issuer)
        return { subject, status: 'not revocable' };
    const failures = [];
    for (const url of ocspUrls) {
        try {
            return { subject, source: 'OCSP', url, ...(await ocspStatus(cert, issuer, url, options)) };
        }
        catch (error) {
            failures.push(`OCSP ${url}: ${error.message}`);
        }
    }
    for (const url of crlUrls) {
        try {
            return { subject, source: 'CRL', url, ...(await crlStatus(cert, issuer, url, options)) };
        }
        catch (error) {
            failures.push(`CRL ${url}: ${error.message}`);
        }
    }
    return { subject, status: 'unknown', detail: failures.join('; ') };
}
function parsedExtension(cert, oid, type) {
    const found = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .extension */ .ck)(cert, oid);
    if (found === undefined)
        return undefined;
    return _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(found.value, type);
}
/** http URLs of the AIA OCSP responders (notation uses http only: responses are signed). */
function accessUrls(cert) {
    const aia = parsedExtension(cert, OID.aia, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.AuthorityInfoAccessSyntax) ?? [];
    return aia
        .filter(entry => entry.accessMethod === OID.ocsp)
        .map(entry => entry.accessLocation.uniformResourceIdentifier)
        .filter((url) => url !== undefined && /^http:\/\//i.test(url));
}
function distributionPointUrls(cert) {
    return distributionPoints(cert).flatMap(point => (point.distributionPoint?.fullName ?? [])
        .map(name => name.uniformResourceIdentifier)
        .filter((url) => url !== undefined && /^http:\/\//i.test(url)));
}
function distributionPoints(cert) {
    return parsedExtension(cert, OID.crlDistributionPoints, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLDistributionPoints) ?? [];
}
/** An entry's revocation, unless its invalidity date falls after a trusted timestamp (the spec's rule). */
function revoked(revokedAt, reasonCode, invalidity, timestamp) {
    const reason = reasonCode === undefined ? undefined : (_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLReasons[reasonCode] ?? `reason ${reasonCode}`);
    if (timestamp !== undefined && invalidity !== undefined && invalidity > timestamp.upper) {
        return {
            status: 'good',
            detail: `revoked on ${revokedAt.toISOString()}, invalid from ${invalidity.toISOString()}, after the trusted timestamp ${timestamp.time.toISOString()}`
        };
    }
    return { status: 'revoked', revokedAt, reason };
}
function extensionsValue(extensions, oid, type) {
    const found = extensions?.find(candidate => candidate.extnID === oid);
    return found === undefined ? undefined : _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(found.extnValue.buffer, type);
}
function checkFreshness(thisUpdate, nextUpdate, now, what) {
    if (thisUpdate.getTime() > now.getTime() + SKEW_MS) {
        throw new Error(`${what} thisUpdate ${thisUpdate.toISOString()} is in the future`);
    }
    if (nextUpdate === undefined)
        throw new Error(`${what} has no nextUpdate`);
    if (now > nextUpdate)
        throw new Error(`expired ${what} (nextUpdate ${nextUpdate.toISOString()})`);
}
// ---------------------------------------------------------------------------------------------
// OCSP (RFC 6960)
async function ocspStatus(cert, issuer, url, options) {
    const certId = certIdOf(cert, issuer);
    const request = new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPRequest({
        tbsRequest: new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.TBSRequest({ requestList: [new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.Request({ reqCert: certId })] })
    });
    const body = await options.fetcher.fetch(url, {
        what: 'OCSP',
        accept: ['application/ocsp-response'],
        body: Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(request)),
        contentType: 'application/ocsp-request',
        // No nonce: the same certificate gets the same request, and one answer serves every signature.
        cache: true,
        timeoutMs: OCSP_TIMEOUT_MS,
        maxBytes: OCSP_MAX_BYTES
    });
    let response;
    try {
        response = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(body, _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPResponse);
    }
    catch {
        throw new Error('the answer is not an OCSP response');
    }
    if (response.responseStatus !== _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPResponseStatus.successful) {
        throw new Error(`the responder answered ${_peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPResponseStatus[response.responseStatus] ?? response.responseStatus}`);
    }
    if (response.responseBytes?.responseType !== _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.id_pkix_ocsp_basic)
        throw new Error('not a basic OCSP response');
    const basicBytes = Buffer.from(response.responseBytes.response.buffer);
    const basic = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(basicBytes, _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.BasicOCSPResponse);
    checkOcspSignature(basic, (0,_der_js__WEBPACK_IMPORTED_MODULE_7__/* .derChildren */ .v0)(basicBytes)[0], issuer, options.now);
    const single = basic.tbsResponseData.responses.find(candidate => sameCertId(candidate.certID, certId));
    if (single === undefined)
        throw new Error('the response does not cover this certificate');
    checkFreshness(single.thisUpdate, single.nextUpdate, options.now, 'OCSP response');
    const status = single.certStatus;
    if (status.good !== undefined)
        return { status: 'good' };
    if (status.revoked !== undefined) {
        const invalidity = extensionsValue(single.singleExtensions, OID.invalidityDate, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.InvalidityDate);
        return revoked(status.revoked.revocationTime, status.revoked.revocationReason?.reason, invalidity?.value, options.timestamp);
    }
    return { status: 'unknown', detail: 'the responder does not know this certificate' };
}
function certIdOf(cert, issuer) {
    const issuerTbs = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(issuer.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate;
    const sha1 = (data) => new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(Buffer.from(data)).digest());
    return new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.CertID({
        hashAlgorithm: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.AlgorithmIdentifier({ algorithm: OID.sha1, parameters: null }),
        issuerNameHash: sha1(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(issuerTbs.subject)),
        issuerKeyHash: sha1(issuerTbs.subjectPublicKeyInfo.subjectPublicKey),
        serialNumber: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(cert.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate.serialNumber
    });
}
function sameCertId(a, b) {
    const bytes = (value) => Buffer.from(value instanceof _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString ? value.buffer : value);
    return (a.hashAlgorithm.algorithm === b.hashAlgorithm.algorithm &&
        bytes(a.issuerNameHash).equals(bytes(b.issuerNameHash)) &&
        bytes(a.issuerKeyHash).equals(bytes(b.issuerKeyHash)) &&
        bytes(a.serialNumber).equals(bytes(b.serialNumber)));
}
/** Signed by the issuer itself, or by a delegated responder the issuer certified for OCSP signing. */
function checkOcspSignature(basic, tbs, issuer, now) {
    const signature = Buffer.from(basic.signature);
    const verifies = (signer) => {
        try {
            return (0,_asn1_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyAsn1Signature */ .H)(tbs, basic.signatureAlgorithm, signature, (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .publicKeyOf */ .kc)(signer));
        }
        catch {
            return false;
        }
    };
    if (verifies(issuer))
        return;
    for (const certificate of basic.certs ?? []) {
        const delegate = new _x509_js__WEBPACK_IMPORTED_MODULE_6__.x509.X509Certificate(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(certificate));
        if (!verifies(delegate))
            continue;
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .isIssuedBy */ .rh)(delegate, issuer))
            throw new Error(`responder "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(delegate)}" is not certified by the issuer`);
        const eku = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .extension */ .ck)(delegate, OID.extKeyUsage);
        const usages = eku === undefined ? [] : new _x509_js__WEBPACK_IMPORTED_MODULE_6__.x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String);
        if (!usages.includes(OID.ocspSigning)) {
            throw new Error(`responder "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(delegate)}" lacks the OCSPSigning extended key usage`);
        }
        if (now < delegate.notBefore || now > delegate.notAfter) {
            throw new Error(`responder certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(delegate)}" is not valid now`);
        }
        return;
    }
    throw new Error('the response signature does not verify with the issuer or a delegated responder');
}
// ---------------------------------------------------------------------------------------------
// CRL (RFC 5280)
async function crlStatus(cert, issuer, url, options) {
    const body = await options.fetcher.fetch(url, {
        what: 'CRL',
        accept: ['application/pkix-crl', 'application/x-pkcs7-crl', 'application/octet-stream'],
        timeoutMs: CRL_TIMEOUT_MS,
        maxBytes: CRL_MAX_BYTES
    });
    let crl;
    let tbs;
    try {
        crl = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(body, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CertificateList);
        tbs = (0,_der_js__WEBPACK_IMPORTED_MODULE_7__/* .derChildren */ .v0)(body)[0];
    }
    catch {
        throw new Error('the answer is not a DER CRL');
    }
    const issuerTbs = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(issuer.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate;
    if (!Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(crl.tbsCertList.issuer)).equals(Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(issuerTbs.subject)))) {
        throw new Error(`the CRL is issued by someone else than "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(issuer)}"`);
    }
    let valid;
    try {
        valid = (0,_asn1_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyAsn1Signature */ .H)(tbs, crl.signatureAlgorithm, Buffer.from(crl.signature), (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .publicKeyOf */ .kc)(issuer));
    }
    catch (error) {
        throw new Error(`the CRL uses an ${error.message}`);
    }
    if (!valid)
        throw new Error(`the CRL signature does not verify with "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(issuer)}"'s key`);
    const extensions = crl.tbsCertList.crlExtensions ?? [];
    if (extensions.some(ext => ext.extnID === OID.deltaCrlIndicator)) {
        throw new Error('a delta CRL, not a base CRL (delta CRLs are not supported)');
    }
    if (extensions.some(ext => ext.extnID === OID.freshestCrl)) {
        throw new Error('the CRL points to a delta CRL (Freshest CRL), which is not supported');
    }
    checkCrlUsable(crl, cert);
    checkFreshness(crl.tbsCertList.thisUpdate.getTime(), crl.tbsCertList.nextUpdate?.getTime(), options.now, 'CRL');
    const serial = Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(cert.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate.serialNumber);
    const entry = (crl.tbsCertList.revokedCertificates ?? []).find(candidate => Buffer.from(candidate.userCertificate).equals(serial));
    if (entry === undefined)
        return { status: 'good' };
    const reason = extensionsValue(entry.crlEntryExtensions, OID.crlReason, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLReason)?.reason;
    if (reason === _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLReasons.removeFromCRL)
        return { status: 'good' };
    const invalidity = extensionsValue(entry.crlEntryExtensions, OID.invalidityDate, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.InvalidityDate);
    return revoked(entry.revocationDate.getTime(), reason, invalidity?.value, options.timestamp);
}
/**
 * Throws when RFC 5280 forbids using the CRL for `cert`: a critical extension Signet does not process
 * (§5.2), on the CRL or on any entry (§5.3: the whole CRL, since such an entry may change how the
 * others read), an indirect CRL, or an issuing distribution point whose scope excludes `cert` (§6.3.3).
 */
function checkCrlUsable(crl, cert) {
    const extensions = crl.tbsCertList.crlExtensions ?? [];
    const unknown = extensions.find(ext => ext.critical && !PROCESSED_CRL_EXTENSIONS.has(ext.extnID));
    if (unknown !== undefined)
        throw new Error(`the CRL has a critical extension ${unknown.extnID} that Signet does not process`);
    for (const entry of crl.tbsCertList.revokedCertificates ?? []) {
        for (const ext of entry.crlEntryExtensions ?? []) {
            if (ext.extnID === OID.certificateIssuer)
                throw new Error('the CRL is indirect (an entry names a certificate issuer), which is not supported');
            if (ext.critical && !PROCESSED_ENTRY_EXTENSIONS.has(ext.extnID))
                throw new Error(`a CRL entry has a critical extension ${ext.extnID} that Signet does not process`);
        }
    }
    // Honoured whether marked critical (as §5.2.5 requires) or not: a scope only ever narrows the CRL.
    const scope = extensionsValue(extensions, OID.issuingDistributionPoint, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.IssuingDistributionPoint);
    if (scope !== undefined)
        checkScope(scope, cert);
}
/** The issuing distribution point's scope includes `cert` (§6.3.3 b), or throws saying why not. */
function checkScope(scope, cert) {
    const isCa = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .isCaCertificate */ .oD)(cert);
    if (scope.onlyContainsAttributeCerts)
        throw new Error('the CRL lists attribute certificates only');
    if (scope.onlyContainsCACerts && !isCa)
        throw new Error('the CRL lists CA certificates only, and this is an end-entity certificate');
    if (scope.onlyContainsUserCerts && isCa)
        throw new Error('the CRL lists end-entity certificates only, and this is a CA certificate');
    if (scope.onlySomeReasons !== undefined)
        throw new Error('the CRL covers only some revocation reasons, which is not supported');
    if (scope.indirectCRL)
        throw new Error('the CRL is indirect, which is not supported');
    const point = scope.distributionPoint;
    if (point === undefined)
        return;
    if (point.fullName === undefined)
        throw new Error('the CRL names its distribution point relative to its issuer, which is not supported');
    const der = (name) => Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(name)).toString('hex');
    const covered = new Set(point.fullName.map(der));
    const named = distributionPoints(cert).flatMap(candidate => candidate.distributionPoint?.fullName ?? []);
    if (!named.some(name => covered.has(der(name))))
        throw new Error("the CRL's distribution point is none of this certificate's");
}


/***/ }),

/***/ 28336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var _peculiar_x509__WEBPACK_IMPORTED_MODULE_1___namespace_cache;
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x509: () => (/* reexport fake namespace object from non-harmony */ _peculiar_x509__WEBPACK_IMPORTED_MODULE_1___namespace_cache || (_peculiar_x509__WEBPACK_IMPORTED_MODULE_1___namespace_cache = __webpack_require__.t(_peculiar_x509__WEBPACK_IMPORTED_MODULE_1__, 2)))
/* harmony export */ });
/* harmony import */ var _reflect_metadata_cjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43898);
/* harmony import */ var _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8927);
/**
 * The one door to @peculiar/x509: import it from here, never from the package (type-only imports of
 * the package are fine). The import of reflect-metadata.cjs must stay first: it lends the library's
 * dependency tsyringe the Reflect metadata store it requires while it loads, and the store is taken
 * back as soon as @peculiar/x509 has loaded, so no global is left patched for Signet's users.
 */


(0,_reflect_metadata_cjs__WEBPACK_IMPORTED_MODULE_0__/* .removeReflectShim */ .z)();
// Certificate generation and verification in @peculiar/x509 use WebCrypto; Node's is complete.
_peculiar_x509__WEBPACK_IMPORTED_MODULE_1__.cryptoProvider.set(globalThis.crypto);



/***/ }),

/***/ 43898:
/***/ ((__unused_webpack_module, exports) => {

/*
 * A minimal Reflect metadata store for tsyringe, which @peculiar/x509 loads and which refuses to start
 * without one (normally the `reflect-metadata` package, not a dependency here). tsyringe reads it only
 * while @peculiar/x509 loads, when its classes are decorated; resolving them later does not. So the
 * store exists only for that while: installed here, when Reflect has none, and removed by x509.ts
 * (`removeReflectShim`) right after @peculiar/x509 has loaded, so that importing Signet leaves the
 * global Reflect as it found it. CommonJS on purpose: jest loads CommonJS dependencies while linking,
 * before any ES module body runs, so only a CommonJS module imported ahead of '@peculiar/x509' is
 * guaranteed to run first there (ncc and Node also run it first, in import order).
 */

/* global exports */

const installed = typeof Reflect.getMetadata !== 'function'

if (installed) {
  const stores = new WeakMap()
  const storeOf = (target, create) => {
    let store = stores.get(target)
    if (store === undefined && create) {
      store = new Map()
      stores.set(target, store)
    }
    return store
  }
  Reflect.getOwnMetadata = (key, target) => storeOf(target, false)?.get(key)
  Reflect.getMetadata = (key, target) => {
    for (
      let current = target;
      current !== null && current !== undefined;
      current = Object.getPrototypeOf(current)
    ) {
      const store = storeOf(current, false)
      if (store?.has(key)) return store.get(key)
    }
    return undefined
  }
  Reflect.defineMetadata = (key, value, target) => void storeOf(target, true).set(key, value)
}

/** Removes the store installed above; a Reflect metadata implementation found in place is left alone. */
exports.z = () => {
  if (!installed) return
  delete Reflect.getOwnMetadata
  delete Reflect.getMetadata
  delete Reflect.defineMetadata
}


/***/ })

};
