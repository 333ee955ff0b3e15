export const id = 269;
export const ids = [269,8336];
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
