export const id = 5026;
export const ids = [5026];
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

/***/ 5026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requestTimestamp: () => (/* binding */ requestTimestamp),
/* harmony export */   timestampQuery: () => (/* binding */ timestampQuery),
/* harmony export */   verifyTimestampToken: () => (/* binding */ verifyTimestampToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21467);
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97305);
/* harmony import */ var _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/* harmony import */ var _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38450);
/* harmony import */ var _http_fetch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2345);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75624);
/* harmony import */ var _chain_rules_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10069);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(28336);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3257);
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












const OID = {
    tstInfo: '1.2.840.113549.1.9.16.1.4',
    contentType: '1.2.840.113549.1.9.3',
    messageDigest: '1.2.840.113549.1.9.4',
    signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
    timeStamping: '1.3.6.1.5.5.7.3.8',
    extKeyUsage: '2.5.29.37',
    /** RFC 3628 baseline time-stamp policy: accuracy of one second when none is stated. */
    baselinePolicy: '0.4.0.2023.1.1'
};
const SHA256_OID = '2.16.840.1.101.3.4.2.1';
const OID_OF_HASH = Object.fromEntries(Object.entries(_asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L).map(([oid, name]) => [name, oid]));
/** RFC 3161 timestamp responses are small; anything past this is not one. */
const MAX_RESPONSE_BYTES = 1024 * 1024;
const TIMEOUT_MS = 15_000;
function timestampError(reason) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerificationError */ .mk(`timestamp: ${reason}`);
}
// ---------------------------------------------------------------------------------------------
// Requesting a timestamp (sign)
/**
 * Asks the TSA at `url` to countersign `signature` (hashed with `hash`, the signature algorithm's own
 * hash as notation does) and checks the answer completely, nonce included, before returning the token
 * (a DER ContentInfo). Throws VerificationError('timestamp: …') naming what was wrong.
 */
async function requestTimestamp(options) {
    const { query, nonce } = timestampQuery(options.signature, options.hash);
    let body;
    try {
        body = await options.fetcher.fetch(options.url, {
            what: 'timestamp',
            accept: ['application/timestamp-reply'],
            body: query,
            contentType: 'application/timestamp-query',
            timeoutMs: TIMEOUT_MS,
            maxBytes: MAX_RESPONSE_BYTES
        });
    }
    catch (error) {
        if (error instanceof _http_fetch_js__WEBPACK_IMPORTED_MODULE_7__/* .FetchError */ .fk)
            throw timestampError(error.message);
        throw error;
    }
    const token = tokenOfResponse(body);
    const timestamp = verifyTimestampToken(token, options.signature, options.tsaRoots, nonce);
    return { token, timestamp };
}
/**
 * The DER TimeStampReq for `signature` and the nonce it carries, made from 8 `random` bytes. The nonce
 * must be a positive INTEGER in DER's minimal form, so its first byte is kept in 0x01–0x7f: 0x80 and
 * above would read as negative, and a leading 0x00 before a byte below 0x80 is padding DER forbids
 * (OpenSSL's TSA refuses such a query as "Bad request format", which was one request in 256).
 */
function timestampQuery(signature, hash, random = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8)) {
    const nonce = Buffer.from(random);
    nonce[0] = nonce[0] & 0x7f || 0x01;
    const request = new _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.TimeStampReq({
        messageImprint: new _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.MessageImprint({
            hashAlgorithm: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__.AlgorithmIdentifier({ algorithm: OID_OF_HASH[hash] }),
            hashedMessage: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(signature).digest())
        }),
        nonce: (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .toArrayBuffer */ .XA)(nonce),
        certReq: true
    });
    return { query: Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(request)), nonce };
}
function tokenOfResponse(body) {
    let response;
    try {
        response = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(body, _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.TimeStampResp);
    }
    catch {
        throw timestampError('the TSA answer is not an RFC 3161 TimeStampResp');
    }
    const status = response.status.status;
    if (status !== _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.PKIStatus.granted && status !== _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.PKIStatus.grantedWithMods) {
        const text = response.status.statusString?.join('; ');
        throw timestampError(`the TSA refused (status ${status}${text ? `: ${text}` : ''})`);
    }
    if (response.timeStampToken === undefined)
        throw timestampError('the TSA granted but sent no token');
    return Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(response.timeStampToken));
}
// ---------------------------------------------------------------------------------------------
// Verifying a token
/**
 * Verifies an RFC 3161 token over `signature` against `tsaRoots` (and, when asked for one, the nonce
 * sent). Throws VerificationError('timestamp: …').
 */
function verifyTimestampToken(token, signature, tsaRoots, nonce) {
    const signedData = parseSignedData(token);
    if (signedData.encapContentInfo.eContentType !== OID.tstInfo) {
        throw timestampError(`the token holds ${signedData.encapContentInfo.eContentType}, not a TSTInfo`);
    }
    const content = signedData.encapContentInfo.eContent?.single;
    if (content === undefined)
        throw timestampError('the token has no TSTInfo content');
    const tstInfoBytes = Buffer.from(content.buffer);
    let info;
    try {
        info = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(tstInfoBytes, _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.TSTInfo);
    }
    catch {
        throw timestampError('the TSTInfo does not parse');
    }
    checkImprint(info, signature);
    if (nonce !== undefined) {
        const echoed = info.nonce === undefined ? undefined : (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .unsignedInteger */ .wF)(Buffer.from(info.nonce));
        if (echoed === undefined || !echoed.equals((0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .unsignedInteger */ .wF)(nonce))) {
            throw timestampError('the TSA answer does not carry the nonce sent (a replayed or foreign answer)');
        }
    }
    if (signedData.signerInfos.length !== 1) {
        throw timestampError(`the token has ${signedData.signerInfos.length} signers, not one`);
    }
    const signerInfo = signedData.signerInfos[0];
    const certificates = tokenCertificates(signedData);
    const signer = findSigner(signerInfo, certificates);
    checkSignerInfo(signerInfo, rawSignedAttributes(token), signer, tstInfoBytes);
    const chain = tsaChain(signer, certificates, tsaRoots);
    const time = info.genTime;
    for (const cert of chain) {
        if (time < cert.notBefore || time > cert.notAfter) {
            throw timestampError(`TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(cert)}" was not valid at the timestamp's time ${time.toISOString()}`);
        }
    }
    const accuracyMs = accuracyOf(info);
    return {
        time,
        lower: new Date(time.getTime() - accuracyMs),
        upper: new Date(time.getTime() + accuracyMs),
        tsa: (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(signer),
        chain
    };
}
function parseSignedData(token) {
    try {
        const info = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(token, _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.ContentInfo);
        if (info.contentType !== _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.id_signedData)
            throw new Error('not SignedData');
        return _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(info.content, _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.SignedData);
    }
    catch {
        throw timestampError('the countersignature is not a CMS SignedData timestamp token');
    }
}
function checkImprint(info, signature) {
    const hash = _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L[info.messageImprint.hashAlgorithm.algorithm];
    if (hash === undefined) {
        throw timestampError(`message imprint hash ${info.messageImprint.hashAlgorithm.algorithm} is not SHA-256, SHA-384 or SHA-512`);
    }
    const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(signature).digest();
    if (!expected.equals(Buffer.from(info.messageImprint.hashedMessage.buffer))) {
        throw timestampError('the message imprint is not the hash of this signature (the token timestamps something else)');
    }
}
/** accuracy in ms: stated, else 1 s under the baseline policy, else 0 (the trust policy spec's rule). */
function accuracyOf(info) {
    const accuracy = info.accuracy;
    if (accuracy === undefined)
        return info.policy === OID.baselinePolicy ? 1000 : 0;
    return (accuracy.seconds ?? 0) * 1000 + (accuracy.millis ?? 0) + (accuracy.micros ?? 0) / 1000;
}
function tokenCertificates(signedData) {
    const certificates = [];
    for (const choice of signedData.certificates ?? []) {
        if (choice.certificate === undefined)
            continue;
        try {
            const cert = new _x509_js__WEBPACK_IMPORTED_MODULE_10__.x509.X509Certificate(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(choice.certificate));
            (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .publicKeyOf */ .kc)(cert);
            certificates.push(cert);
        }
        catch {
            throw timestampError('a certificate in the token does not parse');
        }
    }
    return certificates;
}
function findSigner(signerInfo, certificates) {
    const { issuerAndSerialNumber, subjectKeyIdentifier } = signerInfo.sid;
    const found = certificates.find(cert => {
        const parsed = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(cert.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__.Certificate);
        if (issuerAndSerialNumber !== undefined) {
            return (Buffer.from(parsed.tbsCertificate.serialNumber).equals(Buffer.from(issuerAndSerialNumber.serialNumber)) &&
                Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(parsed.tbsCertificate.issuer)).equals(Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(issuerAndSerialNumber.issuer))));
        }
        const ski = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .extension */ .ck)(cert, '2.5.29.14');
        return (subjectKeyIdentifier !== undefined &&
            ski !== undefined &&
            Buffer.from(new _x509_js__WEBPACK_IMPORTED_MODULE_10__.x509.SubjectKeyIdentifierExtension(ski.rawData).keyId, 'hex').equals(Buffer.from(subjectKeyIdentifier.buffer)));
    });
    if (found === undefined) {
        throw timestampError('the TSA certificate is not in the token (ask the TSA for it: certReq)');
    }
    return found;
}
/**
 * The signed attributes exactly as encoded in the token (the signature covers those bytes; the parser
 * keeps no raw copy of them): ContentInfo → [0] SignedData → last SET (signerInfos) → first SignerInfo →
 * its [0] element.
 */
function rawSignedAttributes(token) {
    try {
        const signedData = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)((0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(Buffer.from(token))[1])[0];
        const signerInfos = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(signedData).at(-1);
        const signerInfo = signerInfos === undefined ? undefined : (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(signerInfos)[0];
        return signerInfo === undefined ? undefined : (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(signerInfo).find(child => child[0] === 0xa0);
    }
    catch {
        return undefined;
    }
}
function checkSignerInfo(signerInfo, rawAttributes, signer, tstInfo) {
    const attributes = signerInfo.signedAttrs;
    if (attributes === undefined || rawAttributes === undefined) {
        throw timestampError('the token has no signed attributes');
    }
    const value = (oid) => {
        const found = attributes.filter(attribute => attribute.attrType === oid);
        if (found.length !== 1 || found[0].attrValues.length !== 1)
            return undefined;
        return Buffer.from(found[0].attrValues[0]);
    };
    const contentType = value(OID.contentType);
    if (contentType === undefined || (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .decodeOid */ .FK)(contentType) !== OID.tstInfo) {
        throw timestampError('the signed content-type attribute is not TSTInfo');
    }
    const digestName = _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L[signerInfo.digestAlgorithm.algorithm];
    if (digestName === undefined) {
        throw timestampError(`the token's digest algorithm ${signerInfo.digestAlgorithm.algorithm} is not SHA-2`);
    }
    const messageDigest = value(OID.messageDigest);
    const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(digestName).update(tstInfo).digest();
    if (messageDigest === undefined ||
        !Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(messageDigest, _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString).buffer).equals(expected)) {
        throw timestampError('the signed message digest does not match the TSTInfo');
    }
    const signingCertificate = value(OID.signingCertificateV2);
    if (signingCertificate === undefined) {
        throw timestampError('the token lacks the signing-certificate-v2 attribute (RFC 5816)');
    }
    if (!essCertMatches(signingCertificate, signer)) {
        throw timestampError('the signing-certificate-v2 attribute names another certificate than the signer');
    }
    // The signature covers the DER of the attributes as a SET, not as the [0] IMPLICIT field they sit in.
    const signed = Buffer.from(rawAttributes);
    signed[0] = 0x31;
    let valid;
    try {
        valid = (0,_asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyAsn1Signature */ .H)(signed, signerInfo.signatureAlgorithm, Buffer.from(signerInfo.signature.buffer), (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .publicKeyOf */ .kc)(signer), signerInfo.digestAlgorithm.algorithm);
    }
    catch (error) {
        throw timestampError(`the TSA signature uses an ${error.message}`);
    }
    if (!valid)
        throw timestampError(`the TSA signature does not verify with "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(signer)}"'s key`);
}
/** The first ESSCertIDv2 of SigningCertificateV2 must hash to the signer's certificate. */
function essCertMatches(attribute, signer) {
    try {
        const certs = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)((0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(attribute)[0]);
        const id = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(certs[0]);
        let hashOid = SHA256_OID;
        let index = 0;
        if (id[0][0] === 0x30) {
            hashOid = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(id[0], _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__.AlgorithmIdentifier).algorithm;
            index = 1;
        }
        const hash = _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L[hashOid];
        if (hash === undefined || id[index][0] !== 0x04)
            return false;
        const certHash = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derContent */ .bn)(id[index]);
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(Buffer.from(signer.rawData)).digest().equals(certHash);
    }
    catch {
        return false;
    }
}
/** The TSA certificate, then CA certificates (from the token) up to one of `tsaRoots`. */
function tsaChain(signer, certificates, tsaRoots) {
    checkTimestampingLeaf(signer);
    const trusted = new Set((0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .thumbprintsOf */ .Kn)(tsaRoots));
    const chain = [signer];
    for (let depth = 0; depth < 8; depth++) {
        const last = chain[chain.length - 1];
        if (trusted.has((0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .thumbprintsOf */ .Kn)([last])[0]) && (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isSelfSigned */ .Nl)(last))
            return checkedChain(chain);
        const root = tsaRoots.find(candidate => (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isIssuedBy */ .rh)(last, candidate));
        if (root !== undefined)
            return checkedChain([...chain, root]);
        if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isSelfSigned */ .Nl)(last))
            break;
        const issuer = certificates.find(candidate => !chain.includes(candidate) && (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isIssuedBy */ .rh)(last, candidate));
        if (issuer === undefined)
            break;
        chain.push(issuer);
    }
    throw timestampError(`the TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(signer)}" does not chain to a trusted TSA root (timestamp-roots or a tsa trust store)`);
}
function checkedChain(chain) {
    try {
        chain.forEach(_chain_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .checkSignatureHash */ .bO);
        chain.slice(1).forEach((cert, index) => (0,_chain_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .checkCaCertificate */ .cO)(cert, index));
    }
    catch (error) {
        throw timestampError(`TSA ${error.message}`);
    }
    return chain;
}
/** RFC 3161 §2.3: the TSA certificate has exactly one EKU, timeStamping, and it is critical. */
function checkTimestampingLeaf(cert) {
    const eku = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .extension */ .ck)(cert, OID.extKeyUsage);
    const usages = eku === undefined ? [] : new _x509_js__WEBPACK_IMPORTED_MODULE_10__.x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String);
    if (eku === undefined || !eku.critical || usages.length !== 1 || usages[0] !== OID.timeStamping) {
        throw timestampError(`TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(cert)}" must have a critical extended key usage of timeStamping only`);
    }
    if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isCaCertificate */ .oD)(cert)) {
        throw timestampError(`TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(cert)}" is a CA certificate`);
    }
}


/***/ })

};
