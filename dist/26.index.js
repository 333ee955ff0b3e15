export const id = 26;
export const ids = [26,336];
export const modules = {

/***/ 14396:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Accuracy = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
class Accuracy {
    constructor(params = {}) {
        this.seconds = 0;
        Object.assign(this, params);
    }
}
exports.Accuracy = Accuracy;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, optional: true })
], Accuracy.prototype, "seconds", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, context: 0, implicit: true, optional: true })
], Accuracy.prototype, "millis", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, context: 1, implicit: true, optional: true })
], Accuracy.prototype, "micros", void 0);


/***/ }),

/***/ 97305:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const tslib_1 = __webpack_require__(61860);
tslib_1.__exportStar(__webpack_require__(14396), exports);
tslib_1.__exportStar(__webpack_require__(34552), exports);
tslib_1.__exportStar(__webpack_require__(1913), exports);
tslib_1.__exportStar(__webpack_require__(22923), exports);
tslib_1.__exportStar(__webpack_require__(35354), exports);
tslib_1.__exportStar(__webpack_require__(69693), exports);
tslib_1.__exportStar(__webpack_require__(99195), exports);
tslib_1.__exportStar(__webpack_require__(36849), exports);
tslib_1.__exportStar(__webpack_require__(71114), exports);
tslib_1.__exportStar(__webpack_require__(94081), exports);


/***/ }),

/***/ 34552:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MessageImprint = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
class MessageImprint {
    constructor(params = {}) {
        this.hashAlgorithm = new asn1_x509_1.AlgorithmIdentifier();
        this.hashedMessage = new asn1_schema_1.OctetString();
        Object.assign(this, params);
    }
}
exports.MessageImprint = MessageImprint;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier })
], MessageImprint.prototype, "hashAlgorithm", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.OctetString })
], MessageImprint.prototype, "hashedMessage", void 0);


/***/ }),

/***/ 1913:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.id_ct_tstInfo = void 0;
exports.id_ct_tstInfo = "1.2.840.113549.1.9.16.1.4";


/***/ }),

/***/ 22923:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PKIFailureInfo = exports.PKIFailureInfoFlags = void 0;
const asn1_schema_1 = __webpack_require__(47261);
var PKIFailureInfoFlags;
(function (PKIFailureInfoFlags) {
    PKIFailureInfoFlags[PKIFailureInfoFlags["badAlg"] = 1] = "badAlg";
    PKIFailureInfoFlags[PKIFailureInfoFlags["badRequest"] = 2] = "badRequest";
    PKIFailureInfoFlags[PKIFailureInfoFlags["badDataFormat"] = 16] = "badDataFormat";
    PKIFailureInfoFlags[PKIFailureInfoFlags["timeNotAvailable"] = 8192] = "timeNotAvailable";
    PKIFailureInfoFlags[PKIFailureInfoFlags["unacceptedPolicy"] = 16384] = "unacceptedPolicy";
    PKIFailureInfoFlags[PKIFailureInfoFlags["unacceptedExtension"] = 32768] = "unacceptedExtension";
    PKIFailureInfoFlags[PKIFailureInfoFlags["addInfoNotAvailable"] = 65536] = "addInfoNotAvailable";
    PKIFailureInfoFlags[PKIFailureInfoFlags["systemFailure"] = 16777216] = "systemFailure";
})(PKIFailureInfoFlags || (exports.PKIFailureInfoFlags = PKIFailureInfoFlags = {}));
class PKIFailureInfo extends asn1_schema_1.BitString {
    toJSON() {
        const flag = this.toNumber();
        const res = [];
        if (flag & PKIFailureInfoFlags.addInfoNotAvailable) {
            res.push("addInfoNotAvailable");
        }
        if (flag & PKIFailureInfoFlags.badAlg) {
            res.push("badAlg");
        }
        if (flag & PKIFailureInfoFlags.badDataFormat) {
            res.push("badDataFormat");
        }
        if (flag & PKIFailureInfoFlags.badRequest) {
            res.push("badRequest");
        }
        if (flag & PKIFailureInfoFlags.systemFailure) {
            res.push("systemFailure");
        }
        if (flag & PKIFailureInfoFlags.systemFailure) {
            res.push("systemFailure");
        }
        if (flag & PKIFailureInfoFlags.timeNotAvailable) {
            res.push("timeNotAvailable");
        }
        if (flag & PKIFailureInfoFlags.unacceptedExtension) {
            res.push("unacceptedExtension");
        }
        if (flag & PKIFailureInfoFlags.unacceptedPolicy) {
            res.push("unacceptedPolicy");
        }
        return res;
    }
    toString() {
        return `[${this.toJSON().join(", ")}]`;
    }
}
exports.PKIFailureInfo = PKIFailureInfo;


/***/ }),

/***/ 35354:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PKIStatus = void 0;
var PKIStatus;
(function (PKIStatus) {
    PKIStatus[PKIStatus["granted"] = 0] = "granted";
    PKIStatus[PKIStatus["grantedWithMods"] = 1] = "grantedWithMods";
    PKIStatus[PKIStatus["rejection"] = 2] = "rejection";
    PKIStatus[PKIStatus["waiting"] = 3] = "waiting";
    PKIStatus[PKIStatus["revocationWarning"] = 4] = "revocationWarning";
    PKIStatus[PKIStatus["revocationNotification"] = 5] = "revocationNotification";
})(PKIStatus || (exports.PKIStatus = PKIStatus = {}));


/***/ }),

/***/ 69693:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


var PKIFreeText_1;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PKIStatusInfo = exports.PKIFreeText = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const pki_failure_info_1 = __webpack_require__(22923);
const pki_status_1 = __webpack_require__(35354);
let PKIFreeText = PKIFreeText_1 = class PKIFreeText extends asn1_schema_1.AsnArray {
    constructor(items) {
        super(items);
        Object.setPrototypeOf(this, PKIFreeText_1.prototype);
    }
};
exports.PKIFreeText = PKIFreeText;
exports.PKIFreeText = PKIFreeText = PKIFreeText_1 = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Sequence, itemType: asn1_schema_1.AsnPropTypes.Utf8String })
], PKIFreeText);
class PKIStatusInfo {
    constructor(params = {}) {
        this.status = pki_status_1.PKIStatus.granted;
        Object.assign(this, params);
    }
}
exports.PKIStatusInfo = PKIStatusInfo;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer })
], PKIStatusInfo.prototype, "status", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: PKIFreeText, optional: true })
], PKIStatusInfo.prototype, "statusString", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: pki_failure_info_1.PKIFailureInfo, optional: true })
], PKIStatusInfo.prototype, "failInfo", void 0);


/***/ }),

/***/ 99195:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeStampReq = exports.TimeStampReqVersion = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
const message_imprint_1 = __webpack_require__(34552);
var TimeStampReqVersion;
(function (TimeStampReqVersion) {
    TimeStampReqVersion[TimeStampReqVersion["v1"] = 1] = "v1";
})(TimeStampReqVersion || (exports.TimeStampReqVersion = TimeStampReqVersion = {}));
class TimeStampReq {
    constructor(params = {}) {
        this.version = TimeStampReqVersion.v1;
        this.messageImprint = new message_imprint_1.MessageImprint();
        this.certReq = false;
        Object.assign(this, params);
    }
}
exports.TimeStampReq = TimeStampReq;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer })
], TimeStampReq.prototype, "version", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: message_imprint_1.MessageImprint })
], TimeStampReq.prototype, "messageImprint", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.ObjectIdentifier, optional: true })
], TimeStampReq.prototype, "reqPolicy", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({
        type: asn1_schema_1.AsnPropTypes.Integer,
        converter: asn1_schema_1.AsnIntegerArrayBufferConverter,
        optional: true,
    })
], TimeStampReq.prototype, "nonce", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Boolean, defaultValue: false })
], TimeStampReq.prototype, "certReq", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extensions, optional: true, context: 0, implicit: true })
], TimeStampReq.prototype, "extensions", void 0);


/***/ }),

/***/ 36849:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeStampResp = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const pki_status_info_1 = __webpack_require__(69693);
const time_stamp_token_1 = __webpack_require__(71114);
class TimeStampResp {
    constructor(params = {}) {
        this.status = new pki_status_info_1.PKIStatusInfo();
        Object.assign(this, params);
    }
}
exports.TimeStampResp = TimeStampResp;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: pki_status_info_1.PKIStatusInfo })
], TimeStampResp.prototype, "status", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: time_stamp_token_1.TimeStampToken, optional: true })
], TimeStampResp.prototype, "timeStampToken", void 0);


/***/ }),

/***/ 71114:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeStampToken = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_cms_1 = __webpack_require__(21467);
const asn1_schema_1 = __webpack_require__(47261);
let TimeStampToken = class TimeStampToken extends asn1_cms_1.ContentInfo {
};
exports.TimeStampToken = TimeStampToken;
exports.TimeStampToken = TimeStampToken = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Sequence })
], TimeStampToken);


/***/ }),

/***/ 94081:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TSTInfo = exports.TSTInfoVersion = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
const accuracy_1 = __webpack_require__(14396);
const message_imprint_1 = __webpack_require__(34552);
var TSTInfoVersion;
(function (TSTInfoVersion) {
    TSTInfoVersion[TSTInfoVersion["v1"] = 1] = "v1";
})(TSTInfoVersion || (exports.TSTInfoVersion = TSTInfoVersion = {}));
class TSTInfo {
    constructor(params = {}) {
        this.version = TSTInfoVersion.v1;
        this.policy = "";
        this.messageImprint = new message_imprint_1.MessageImprint();
        this.serialNumber = new ArrayBuffer(0);
        this.genTime = new Date();
        this.ordering = false;
        Object.assign(this, params);
    }
}
exports.TSTInfo = TSTInfo;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer })
], TSTInfo.prototype, "version", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.ObjectIdentifier })
], TSTInfo.prototype, "policy", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: message_imprint_1.MessageImprint })
], TSTInfo.prototype, "messageImprint", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, converter: asn1_schema_1.AsnIntegerArrayBufferConverter })
], TSTInfo.prototype, "serialNumber", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime })
], TSTInfo.prototype, "genTime", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: accuracy_1.Accuracy, optional: true })
], TSTInfo.prototype, "accuracy", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Boolean, defaultValue: false })
], TSTInfo.prototype, "ordering", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({
        type: asn1_schema_1.AsnPropTypes.Integer,
        converter: asn1_schema_1.AsnIntegerArrayBufferConverter,
        optional: true,
    })
], TSTInfo.prototype, "nonce", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.GeneralName, context: 0, optional: true })
], TSTInfo.prototype, "tsa", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extensions, context: 1, implicit: true, optional: true })
], TSTInfo.prototype, "extensions", void 0);


/***/ }),

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

/***/ 10069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ checkValidAt),
/* harmony export */   E4: () => (/* binding */ checkTrusted),
/* harmony export */   bO: () => (/* binding */ checkSignatureHash),
/* harmony export */   cO: () => (/* binding */ checkCaCertificate),
/* harmony export */   jV: () => (/* binding */ checkChainStructure)
/* harmony export */ });
/* unused harmony export validateChain */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75624);
/* harmony import */ var _key_description_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30454);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28336);




/**
 * Throws VerificationError('certificate chain: …') unless `chain` (leaf first) is a valid code-signing
 * chain that ends in one of `trustRoots` and whose certificates are all valid at signing time and now.
 */
function validateChain(chain, trustRoots, times) {
    checkChainStructure(chain, times.signingTime);
    checkTrusted(chain, trustRoots);
    checkValidAt(chain, times.now);
}
/** The chain's links, extensions and validity at signing time: everything but trust and "valid now". */
function checkChainStructure(chain, signingTime) {
    if (chain.length === 0)
        throw chainError('it is empty');
    chain.forEach(checkSignatureHash);
    if (chain.length === 1) {
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelfSigned */ .Nl)(chain[0])) {
            throw chainError(`the only certificate, "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(chain[0])}", is not self-signed: add its issuing CA certificates after it, up to the root`);
        }
    }
    else {
        for (let index = 0; index < chain.length - 1; index++) {
            const cert = chain[index];
            const role = index === 0 ? 'leaf' : 'intermediate';
            if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelfSigned */ .Nl)(cert)) {
                throw chainError(`${role} "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" is self-signed; only the last certificate (the root) may be`);
            }
            if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .isIssuedBy */ .rh)(cert, chain[index + 1])) {
                throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" is not issued by the next certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(chain[index + 1])}" (its signature does not verify with that key)`);
            }
        }
        const root = chain[chain.length - 1];
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelfSigned */ .Nl)(root)) {
            throw chainError(`the last certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(root)}" is not a self-signed root: the chain must end with its root CA`);
        }
        chain.slice(1).forEach((cert, index) => checkCaCertificate(cert, index));
    }
    checkLeafCertificate(chain[0]);
    for (const cert of chain) {
        if (signingTime < cert.notBefore) {
            throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" was not yet valid at signing time ${iso(signingTime)} (valid from ${iso(cert.notBefore)})`);
        }
        if (signingTime > cert.notAfter) {
            throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" had expired at signing time ${iso(signingTime)} (expired on ${iso(cert.notAfter)})`);
        }
    }
}
/** The chain's root (last certificate) must be one of `trustRoots`, compared by DER bytes. */
function checkTrusted(chain, trustRoots) {
    const root = chain[chain.length - 1];
    const [thumbprint] = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .thumbprintsOf */ .Kn)([root]);
    if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .thumbprintsOf */ .Kn)(trustRoots).includes(thumbprint)) {
        throw chainError(`root "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(root)}" (sha256 ${thumbprint}) is not one of the trusted roots`);
    }
}
/** Every certificate must be valid at `now`. */
function checkValidAt(chain, now) {
    for (const cert of chain) {
        if (now < cert.notBefore)
            throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" is not yet valid (valid from ${iso(cert.notBefore)})`);
        if (now > cert.notAfter)
            throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" expired on ${iso(cert.notAfter)}`);
    }
}
const OID = {
    basicConstraints: '2.5.29.19',
    keyUsage: '2.5.29.15',
    extKeyUsage: '2.5.29.37'
};
/** EKUs that make a certificate something other than a code-signing certificate. */
const FORBIDDEN_LEAF_EKUS = {
    '1.3.6.1.5.5.7.3.1': 'serverAuth',
    '1.3.6.1.5.5.7.3.2': 'clientAuth',
    '1.3.6.1.5.5.7.3.4': 'emailProtection',
    '1.3.6.1.5.5.7.3.8': 'timeStamping',
    '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
    '2.5.29.37.0': 'anyExtendedKeyUsage'
};
const FORBIDDEN_LEAF_KEY_USAGES = [
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.keyEncipherment, 'keyEncipherment'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.dataEncipherment, 'dataEncipherment'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.keyAgreement, 'keyAgreement'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.keyCertSign, 'keyCertSign'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.cRLSign, 'cRLSign'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.encipherOnly, 'encipherOnly'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.decipherOnly, 'decipherOnly']
];
function checkLeafCertificate(leaf) {
    const name = `leaf "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(leaf)}"`;
    if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .isCaCertificate */ .oD)(leaf)) {
        throw chainError(`${name} is a CA certificate (basicConstraints CA:TRUE); sign with an end-entity code-signing certificate`);
    }
    const keyUsage = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(leaf, OID.keyUsage);
    if (keyUsage === undefined || !keyUsage.critical) {
        throw chainError(`${name} needs a critical keyUsage extension with digitalSignature`);
    }
    const usages = new _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsagesExtension(keyUsage.rawData).usages;
    if ((usages & _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.digitalSignature) === 0) {
        throw chainError(`${name} lacks the digitalSignature key usage`);
    }
    const forbidden = FORBIDDEN_LEAF_KEY_USAGES.filter(([flag]) => (usages & flag) !== 0).map(([, label]) => label);
    if (forbidden.length > 0) {
        throw chainError(`${name} has key usage ${forbidden.join(', ')}; a code-signing leaf may only have digitalSignature`);
    }
    const eku = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(leaf, OID.extKeyUsage);
    if (eku !== undefined) {
        const usagesOids = new _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String);
        const bad = usagesOids.filter(oid => oid in FORBIDDEN_LEAF_EKUS).map(oid => FORBIDDEN_LEAF_EKUS[oid]);
        if (bad.length > 0) {
            throw chainError(`${name} has the extended key usage ${bad.join(', ')}, which code signing forbids (use codeSigning)`);
        }
    }
    const key = (0,_key_description_js__WEBPACK_IMPORTED_MODULE_2__/* .describeKey */ .Rx)((0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyOf */ .kc)(leaf));
    if (key.algorithm === undefined) {
        throw chainError(`${name} has an unsupported ${key.description} key; supported: ${_key_description_js__WEBPACK_IMPORTED_MODULE_2__/* .SUPPORTED_KEYS */ .Iu}`);
    }
}
/** `caBelow` = how many CA certificates sit between this one and the leaf (its path length must allow them). */
function checkCaCertificate(cert, caBelow) {
    const name = `CA "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}"`;
    const basic = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(cert, OID.basicConstraints);
    const constraints = basic === undefined ? undefined : new _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.BasicConstraintsExtension(basic.rawData);
    if (basic === undefined || !basic.critical || !constraints?.ca) {
        throw chainError(`${name} needs a critical basicConstraints extension with CA:TRUE`);
    }
    if (constraints.pathLength !== undefined && constraints.pathLength < caBelow) {
        throw chainError(`${name} allows path length ${constraints.pathLength} but ${caBelow} CA certificates follow it`);
    }
    const keyUsage = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(cert, OID.keyUsage);
    if (keyUsage === undefined || !keyUsage.critical) {
        throw chainError(`${name} needs a critical keyUsage extension with keyCertSign`);
    }
    if ((new _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsagesExtension(keyUsage.rawData).usages & _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.keyCertSign) === 0) {
        throw chainError(`${name} lacks the keyCertSign key usage`);
    }
}
const ALLOWED_CERT_HASHES = ['SHA-256', 'SHA-384', 'SHA-512'];
function checkSignatureHash(cert) {
    let hash;
    try {
        const algorithm = cert.signatureAlgorithm;
        hash = typeof algorithm.hash === 'string' ? algorithm.hash : algorithm.hash?.name;
    }
    catch {
        hash = undefined;
    }
    if (hash === undefined || !ALLOWED_CERT_HASHES.includes(hash.toUpperCase())) {
        throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" is signed with ${hash ?? 'an unsupported algorithm'}; certificates must be signed with SHA-256, SHA-384 or SHA-512`);
    }
}
function chainError(reason) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`certificate chain: ${reason}`);
}
function iso(date) {
    return date.toISOString().replace('.000Z', 'Z');
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

/***/ 30454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ SUPPORTED_KEYS),
/* harmony export */   JL: () => (/* binding */ unsupportedKeyReason),
/* harmony export */   Rx: () => (/* binding */ describeKey)
/* harmony export */ });
/** The supported keys, for messages that refuse another. */
const SUPPORTED_KEYS = 'RSA 2048, 3072 or 4096 bits, or EC P-256, P-384 or P-521';
const RSA_ALGORITHMS = { 2048: 'PS256', 3072: 'PS384', 4096: 'PS512' };
const EC_ALGORITHMS = {
    prime256v1: { algorithm: 'ES256', curve: 'P-256' },
    secp384r1: { algorithm: 'ES384', curve: 'P-384' },
    secp521r1: { algorithm: 'ES512', curve: 'P-521' }
};
/** What a key is ("RSA-3072", "EC P-256", "EC secp256k1", "ed25519") and its Notary algorithm, if supported. */
function describeKey(key) {
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'rsa') {
        const bits = details.modulusLength ?? 0;
        return { description: `RSA-${bits}`, algorithm: RSA_ALGORITHMS[bits] };
    }
    if (key.asymmetricKeyType === 'ec') {
        const known = EC_ALGORITHMS[details.namedCurve ?? ''];
        return known
            ? { description: `EC ${known.curve}`, algorithm: known.algorithm }
            : { description: `EC ${details.namedCurve}` };
    }
    return { description: String(key.asymmetricKeyType) };
}
/**
 * Why a key has no Notary algorithm, for messages: EdDSA is named as the Notary Project's own refusal
 * (its signature specification allows RSASSA-PSS and ECDSA only; notation-core-go refuses the key), so a
 * cosign user's Ed25519 key is not mistaken for a Signet limit.
 */
function unsupportedKeyReason(description) {
    return /^ed(25519|448)$/.test(description)
        ? `an ${description} key, which the Notary Project does not allow`
        : `an unsupported ${description} key`;
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
