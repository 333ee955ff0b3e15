export const id = 485;
export const ids = [485,305];
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

/***/ 86089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ signingChainInput),
/* harmony export */   EA: () => (/* binding */ pkcs11UriInput),
/* harmony export */   Hr: () => (/* binding */ trustPolicyInput),
/* harmony export */   KB: () => (/* binding */ trustedIdentitiesInput),
/* harmony export */   VL: () => (/* binding */ certificatesInput),
/* harmony export */   aS: () => (/* binding */ tsaRootsInput),
/* harmony export */   m3: () => (/* binding */ signingIdentityInput)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _trust_certificates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75624);
/* harmony import */ var _trust_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96135);
/* harmony import */ var _trust_pkcs11_uri_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9902);
/* harmony import */ var _trust_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99742);
/* harmony import */ var _trust_signing_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95684);
/* harmony import */ var _trust_trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67952);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99451);
/* harmony import */ var _content_or_path_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(55894);









const SIGNING_INPUTS = {
    key: _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.SigningKey,
    passphrase: _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.SigningKeyPassphrase,
    chain: _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.SigningCertChain
};
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
/** A TrustInputError as the InputError of the input `names` gives its part; any other error as it is. */
function inputErrorOf(error, names) {
    if (!(error instanceof _trust_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustInputError */ .f) || !Object.hasOwn(names, error.part))
        return error;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(names[error.part], error.messageFor(names));
}
/** Runs a trust/ loader, naming the inputs of its bad-input errors. */
function named(names, load) {
    try {
        return load();
    }
    catch (error) {
        throw inputErrorOf(error, names);
    }
}
/** The certificates of a PEM input (its content), e.g. trust-roots or timestamp-roots. */
function certificatesInput(pem, input) {
    try {
        return (0,_trust_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCertificates */ .vp)(pem);
    }
    catch (error) {
        const privateKeyOnly = error instanceof _trust_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .CertificateError */ .EE && error.problem === 'none' && PRIVATE_KEY.test(pem);
        if (privateKeyOnly && input !== _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.SigningCertChain) {
            // A verifier needs the root's certificate only; a private key here is a secret in the wrong place.
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${input} holds a private key, not a certificate: a verifier never needs a private key. Pass the root CA's certificate ('-----BEGIN CERTIFICATE-----'), and keep the key secret.`);
        }
        throw inputErrorOf(error, { certificates: input });
    }
}
/** TSA roots from `input`, each a CA certificate. */
function tsaRootsInput(roots, input) {
    return named({ certificates: input }, () => (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTsaRoots */ .mt)(roots));
}
/** The signing-key (PEM content), its passphrase and signing-cert-chain (PEM content) as a signing identity. */
function signingIdentityInput(options) {
    return named(SIGNING_INPUTS, () => (0,_trust_signing_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSigningIdentity */ .As)(options));
}
/** signing-cert-chain (PEM content) for a key Signet does not hold. */
function signingChainInput(options) {
    return named(SIGNING_INPUTS, () => (0,_trust_signing_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSigningChain */ .bV)(options));
}
/** Trusted identity lines of `input` (trusted-identities, or a rule's identities). */
function trustedIdentitiesInput(lines, input = _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.TrustedIdentities) {
    return named({ identities: input }, () => (0,_trust_trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTrustedIdentities */ .$F)(lines));
}
/** trust-policy (content or path) with the trust-store directory. */
function trustPolicyInput(policy, trustStore) {
    const { text } = (0,_content_or_path_js__WEBPACK_IMPORTED_MODULE_8__/* .readContentOrPath */ .kv)(policy, 'json', _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.TrustPolicy);
    return named({ policy: _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.TrustPolicy, store: _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.TrustStore }, () => (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrustPolicy */ .H8)(text, trustStore));
}
/** A PKCS#11 URI given as `input` (signing-key). */
function pkcs11UriInput(text, input) {
    return named({ uri: input }, () => (0,_trust_pkcs11_uri_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePkcs11Uri */ .TB)(text));
}


/***/ }),

/***/ 33899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ canonicalRepositoryName),
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   PR: () => (/* binding */ canonicalPattern),
/* harmony export */   Ys: () => (/* binding */ canonicalReference),
/* harmony export */   i7: () => (/* binding */ canonicalRegistry)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62148);
/**
 * Canonical registry and repository names: the one spelling every policy decision sees (rules, notation
 * trust policy scopes, allowed-registries, store keys), so no other spelling of the same registry can
 * reach a looser rule. Only names are canonicalised here; the host contacted stays the one written.
 *
 * - The host is read as the WHATWG URL parser (the transport's) reads `https://HOST/`: lowercase,
 *   numeric IPv4 forms as dotted decimal (`127.1`, `0x7f.0.0.1`, `2130706433` → `127.0.0.1`), IPv6
 *   compressed, and the https default port dropped (`:443`, also `:0443`). `:80` is kept: without a
 *   port a registry is https on 443, and whether `host` and `host:80` are one endpoint depends on
 *   insecure-registries (a transport setting that must not change which rule applies), so they stay two
 *   names, each bound by its own rule or by none.
 * - Loopback aliases are one name, `127.0.0.1`: `localhost`, all of 127.0.0.0/8, `::1`, IPv4-mapped
 *   loopback and the unspecified addresses (`0.0.0.0`, `::`), which Linux connects to the local host.
 *   On a runner these all reach the same local registries; a rule for one binds them all.
 * - Docker Hub has one name, `docker.io` (also for `index.docker.io` and `registry-1.docker.io`), and
 *   its single-name repositories live under `library/`.
 *
 * Names that reach the same registry only through DNS (another name for the same address) cannot be
 * seen without resolving them; policy names hosts, not addresses.
 */

const LOOPBACK = '127.0.0.1';
const DOCKER_HUB_ALIASES = new Set([_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb, 'index.docker.io', 'registry-1.docker.io']);
/** What a host (with a port) may hold: nothing the URL parser would read as credentials, path or query. */
const HOST_CHARS = /^[a-z0-9._\-:[\]]+$/;
const LOOPBACK_HOSTNAMES = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/;
/** The canonical spelling of a registry host (with its port, when not 443); see the module comment. */
function canonicalRegistry(registry) {
    const lower = registry.toLowerCase();
    let url;
    try {
        if (!HOST_CHARS.test(lower))
            throw new Error('not a host');
        url = new URL(`https://${lower}/`);
    }
    catch {
        // Not a host the transport could contact either: lowercase keeps it comparable, never equal to a real one.
        return lower;
    }
    const hostname = LOOPBACK_HOSTNAMES.test(url.hostname) ? LOOPBACK : url.hostname;
    const host = url.port === '' ? hostname : `${hostname}:${url.port}`;
    return DOCKER_HUB_ALIASES.has(host) ? _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb : host;
}
/** `registry/repository`, canonical: the name rules, trust policies and the store match on. */
function canonicalRepositoryName(ref) {
    const registry = canonicalRegistry(ref.registry);
    const repository = registry === _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb && !ref.repository.includes('/') ? `library/${ref.repository}` : ref.repository;
    return `${registry}/${repository}`;
}
/** The reference with its registry and repository canonical (tag and digest unchanged). */
function canonicalReference(ref) {
    const name = canonicalRepositoryName(ref);
    const slash = name.indexOf('/');
    return { ...ref, registry: name.slice(0, slash), repository: name.slice(slash + 1) };
}
/**
 * A `registry/repository` string, canonical. The first part is a registry only as the reference grammar
 * says (it has '.' or ':' or is localhost); otherwise the name is on Docker Hub.
 */
function canonicalName(name) {
    return canonicalRepositoryName(splitName(name));
}
/**
 * A `registry/repository` glob, canonical where it is literal: a literal first part is read as a name's
 * (`GHCR.IO/acme/**` → `ghcr.io/acme/**`, `localhost:5000/**` → `127.0.0.1:5000/**`, `alpine` →
 * `docker.io/library/alpine`, `docker.io/*` → `docker.io/library/*`); a glob first part is only
 * lowercased, since no canonical host has an uppercase letter. `**` alone stays as it is.
 */
function canonicalPattern(pattern, isGlob) {
    const slash = pattern.indexOf('/');
    const first = slash < 0 ? pattern : pattern.slice(0, slash);
    if (isGlob(first))
        return slash < 0 ? pattern : `${first.toLowerCase()}${pattern.slice(slash)}`;
    const { registry, repository } = splitName(pattern);
    const host = canonicalRegistry(registry);
    const single = host === _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb && !repository.includes('/') && repository !== '**';
    return `${host}/${single ? `library/${repository}` : repository}`;
}
function splitName(name) {
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    return slash >= 0 && (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryHost */ .EV)(first.toLowerCase())
        ? { registry: first, repository: name.slice(slash + 1) }
        : { registry: _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb, repository: name };
}


/***/ }),

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   SC: () => (/* binding */ VerifyingStream),
/* harmony export */   aG: () => (/* binding */ checkContent),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);



const DIGEST_PATTERN = /^sha(256:[a-f0-9]{64}|512:[a-f0-9]{128})$/;
/** True for the digests Signet accepts: sha256 or sha512, lowercase hex of the right length. */
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
function algorithmOf(digest) {
    if (!isDigest(digest))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(`'${digest}' is not a sha256 or sha512 digest`, digest);
    return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}
/** The sha256 digest of in-memory content, `sha256:<hex>`. */
function sha256Digest(content) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
}
/** The descriptor of in-memory content. */
function describe(content, mediaType) {
    return { mediaType, digest: sha256Digest(content), size: content.byteLength };
}
/** Throws unless `content` has exactly the descriptor's size and digest. `what` names it in the error. */
function checkContent(content, expected, what) {
    if (content.byteLength !== expected.size) {
        const detail = `size mismatch (expected ${expected.size} bytes, got ${content.byteLength})`;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(`${what} ${expected.digest}: ${detail}`, expected.digest, detail);
    }
    const actual = `${algorithmOf(expected.digest)}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected.digest)).update(content).digest('hex')}`;
    if (actual !== expected.digest) {
        const detail = `digest mismatch (content hashes to ${actual})`;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(`${what} ${expected.digest}: ${detail}`, expected.digest, detail);
    }
}
/**
 * A pass-through stream that hashes and counts what flows through it and fails the stream when the
 * content runs past the expected size (so an endless body is cut at the descriptor size) or, at the
 * end, when size or digest differ. Nothing is buffered beyond one chunk.
 */
class VerifyingStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    what;
    hash;
    received = 0;
    constructor(expected, what) {
        super();
        this.expected = expected;
        this.what = what;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected.digest));
    }
    /** True when this stream already fails unless its content is `descriptor`'s: no second check needed. */
    verifies(descriptor) {
        return this.expected.digest === descriptor.digest && this.expected.size === descriptor.size;
    }
    _transform(chunk, _encoding, callback) {
        this.received += chunk.length;
        if (this.received > this.expected.size) {
            callback(this.mismatch(`size mismatch (more than the expected ${this.expected.size} bytes)`));
            return;
        }
        this.hash.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        if (this.received !== this.expected.size) {
            callback(this.mismatch(`size mismatch (expected ${this.expected.size} bytes, got ${this.received})`));
            return;
        }
        const actual = `${algorithmOf(this.expected.digest)}:${this.hash.digest('hex')}`;
        if (actual !== this.expected.digest) {
            callback(this.mismatch(`digest mismatch (content hashes to ${actual})`));
            return;
        }
        callback();
    }
    mismatch(detail) {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(`${this.what} ${this.expected.digest}: ${detail}`, this.expected.digest, detail);
    }
}


/***/ }),

/***/ 28630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ InvalidPlatformError),
/* harmony export */   Ln: () => (/* binding */ InvalidSourceError),
/* harmony export */   Zh: () => (/* binding */ DockerConfigError),
/* harmony export */   gK: () => (/* binding */ InvalidIndexError),
/* harmony export */   i: () => (/* binding */ OciInputError),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * oci/'s errors for what it was given in the wrong form: an image reference, a platform, a source spec,
 * the entries of an index, docker's config.json. Bad input (exit 2), worded without input names: oci/
 * does not know which input a value came from. inputs/ (oci-inputs.ts) turns them into InputErrors of
 * the input, with `messageFor` the wording that names it.
 */

class OciInputError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .Tj {
    exitCode = _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.BAD_INPUT;
    /** The message for a value that came from `input` (the same message unless it names where). */
    messageFor(_input) {
        return this.message;
    }
}
/** An image reference that is not `registry/repository[:tag][@digest]` in distribution's grammar. */
class InvalidReferenceError extends OciInputError {
    value;
    reason;
    code = 'INVALID_REFERENCE';
    constructor(value, 
    /** What is wrong with it, e.g. "the repository must be lowercase ('Org')". */
    reason) {
        super(`Invalid image reference '${value}': ${reason}. Expected registry/repository[:tag][@sha256:…]`);
        this.value = value;
        this.reason = reason;
    }
}
/** The form a platform is written in, for messages. */
const PLATFORM_FORM = 'os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8';
/** A platform that is not `os/arch[/variant]`. */
class InvalidPlatformError extends OciInputError {
    value;
    code = 'INVALID_PLATFORM';
    constructor(value) {
        super(`Invalid platform '${value}'. Expected ${PLATFORM_FORM}.`);
        this.value = value;
    }
    messageFor(input) {
        return `Invalid platform '${this.value}' in ${input}. Expected ${PLATFORM_FORM}.`;
    }
}
/** A local source spec (`oci-layout:…`, `docker-archive:…`) that is malformed. */
class InvalidSourceError extends OciInputError {
    code = 'INVALID_SOURCE';
}
/** Index entries that cannot make one scenario-tagged index (no entries, clashing scenarios, duplicates). */
class InvalidIndexError extends OciInputError {
    code = 'INVALID_INDEX';
}
/** docker's config.json cannot be read or is not what docker writes. */
class DockerConfigError extends OciInputError {
    code = 'DOCKER_CONFIG';
}


/***/ }),

/***/ 62148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ isRegistryHost),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   aR: () => (/* binding */ repositoryName)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68825);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28630);


const DOCKER_HUB = 'docker.io';
// distribution's grammar: lowercase path components joined by '/', separators '.', '_', '__' or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const MAX_NAME_LENGTH = 255;
/** The reference grammar's test: a first path part is a registry host (else the name is on Docker Hub). */
function isRegistryHost(part) {
    return part.includes('.') || part.includes(':') || part === 'localhost';
}
/** Parses `registry/repository[:tag][@digest]`; throws an InvalidReferenceError when malformed. */
function parseReference(value) {
    const fail = (reason) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidReferenceError */ .x_(value, reason);
    };
    const trimmed = value.trim();
    if (trimmed === '')
        fail('it is empty');
    let rest = trimmed;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(digest))
            fail(`'${digest}' is not a sha256 or sha512 digest (lowercase hex)`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            fail(`'${tag}' is not a valid tag (letters, digits, '_', '.', '-'; at most 128)`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && isRegistryHost(parts[0])) {
        registry = parts.shift();
        if (!DOMAIN.test(registry))
            fail(`'${registry}' is not a valid registry host`);
    }
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    for (const part of parts) {
        if (part === '')
            fail('the repository has an empty path component');
        if (part !== part.toLowerCase())
            fail(`the repository must be lowercase ('${part}')`);
        if (!PATH_COMPONENT.test(part))
            fail(`'${part}' is not a valid repository path component`);
    }
    const repository = parts.join('/');
    if (repository.length > MAX_NAME_LENGTH)
        fail(`the repository is longer than ${MAX_NAME_LENGTH} characters`);
    return { registry, repository, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
/** `registry/repository[:tag][@digest]`. */
function formatReference(ref) {
    return `${repositoryName(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** `registry/repository`. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}


/***/ }),

/***/ 98843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rulesFromTrustPolicy: () => (/* binding */ rulesFromTrustPolicy)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55894);
/* harmony import */ var _inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86089);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15192);
/**
 * notation's trustpolicy.json (+ trust store) as a rules file, so the two stay interchangeable: each
 * registry scope becomes a rule matching exactly that repository ('*' becomes "**"), with the statement's
 * CA certificates inline as `trust-roots` and its trusted identities as `identities`. The policy is first
 * validated by trust/'s own loader; what a rules file cannot say (levels other than strict) is refused.
 */





const POLICY = 'trust-policy';
/** A repository name no scope can be: asks the loaded policy for its '*' statement. */
const UNSCOPED = '\u0000';
function rulesFromTrustPolicy(policy, trustStore, origin) {
    const { text } = (0,_inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_2__/* .readContentOrPath */ .kv)(policy, 'json', POLICY);
    const loaded = (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .trustPolicyInput */ .Hr)(text, trustStore);
    const statements = JSON.parse(text).trustPolicies;
    const rules = statements.flatMap(statement => statement.registryScopes.map(scope => {
        const decision = loaded.forRepository(scope === '*' ? UNSCOPED : scope);
        if (decision.level !== 'strict') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(POLICY, `${POLICY}: statement "${statement.name}" has level '${decision.level}'; a rules file verifies strictly: change the level to strict or keep using trust-policy.`);
        }
        if (decision.trustRoots.length === 0) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(POLICY, `${POLICY}: statement "${statement.name}" names no 'ca' trust store; a rule needs trust roots.`);
        }
        return {
            match: scope === '*' ? '**' : scope,
            verify: {
                'trust-roots': decision.trustRoots.map(cert => cert.toString('pem')).join('\n') + '\n',
                identities: statement.trustedIdentities ?? []
            }
        };
    }));
    const yaml = `# Converted from ${origin} by 'signet rules from-trust-policy' (statement order kept; the most\n# specific match applies, as in notation: an exact scope before "**").\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__.stringify)({ version: 1, rules }, { lineWidth: 0, aliasDuplicateObjects: false })}`;
    // What is written must read back: a converter that wrote an invalid rules file would only move the error.
    (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRules */ .NR)(yaml, origin);
    return yaml;
}


/***/ }),

/***/ 2345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eI: () => (/* binding */ HttpFetcher),
/* harmony export */   fk: () => (/* binding */ FetchError)
/* harmony export */ });
/* unused harmony export parseUrl */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one door from trust/ to the network: small HTTP exchanges with a TSA, an OCSP responder or a CRL
 * distribution point. These servers are named by certificates and inputs, so they are untrusted: every
 * exchange has a deadline for the whole response (a slow drip cannot stretch it), a size cap (counted
 * while reading, not taken from Content-Length), an expected content type, no credentials, and
 * redirects only to the same host. GETs are cached for the run, so a CRL shared by many signatures is
 * fetched once. (oci/'s transport is for registries, with their auth and retries: none of that fits here.)
 */


/** A remote answer that could not be had or used: the reason names the server and what went wrong. */
class FetchError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FetchError';
    }
}
const MAX_REDIRECTS = 3;
class HttpFetcher {
    userAgent;
    cache = new Map();
    /** `userAgent`: what the servers see, e.g. 'signet/0.1.0'. */
    constructor(userAgent) {
        this.userAgent = userAgent;
    }
    /** The body of a successful response to `url`, checked against `exchange`; GETs are cached. */
    async fetch(url, exchange) {
        const cached = exchange.body === undefined || exchange.cache === true;
        if (!cached)
            return this.exchange(parseUrl(url, exchange.what), exchange);
        const key = `${exchange.what} ${url} ${exchange.body?.toString('base64') ?? ''}`;
        let pending = this.cache.get(key);
        if (pending === undefined) {
            pending = this.exchange(parseUrl(url, exchange.what), exchange);
            this.cache.set(key, pending);
        }
        return pending;
    }
    async exchange(url, exchange) {
        const deadline = Date.now() + exchange.timeoutMs;
        let current = url;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            const response = await send(current, exchange, deadline, this.userAgent);
            if (response.location === undefined)
                return response.body;
            const next = new URL(response.location, current);
            // A redirect elsewhere could turn a certificate's URL into a request to any host: refused.
            if (next.host !== current.host || (current.protocol === 'https:' && next.protocol !== 'https:')) {
                throw new FetchError(`${exchange.what} ${redact(url)}: redirect to another host or scheme (${redact(next)}) refused`);
            }
            current = parseUrl(next.href, exchange.what);
        }
        throw new FetchError(`${exchange.what} ${redact(url)}: more than ${MAX_REDIRECTS} redirects`);
    }
}
/** http(s) only, and no user:password (which would be sent to whoever runs the server). */
function parseUrl(text, what) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new FetchError(`${what} URL '${text}' is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new FetchError(`${what} URL '${redact(url)}' is not http or https`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new FetchError(`${what} URL '${redact(url)}' carries credentials; Signet sends none`);
    }
    return url;
}
function redact(url) {
    const copy = new URL(url.href);
    if (copy.username !== '' || copy.password !== '') {
        copy.username = '***';
        copy.password = '';
    }
    return copy.href;
}
function send(url, exchange, deadline, userAgent) {
    const where = `${exchange.what} ${redact(url)}`;
    return new Promise((resolve, reject) => {
        const remaining = deadline - Date.now();
        if (remaining <= 0) {
            reject(new FetchError(`${where}: no answer within ${exchange.timeoutMs} ms`));
            return;
        }
        const headers = {
            'user-agent': userAgent,
            accept: exchange.accept.join(', ')
        };
        if (exchange.body !== undefined) {
            headers['content-type'] = exchange.contentType ?? 'application/octet-stream';
            headers['content-length'] = String(exchange.body.length);
        }
        const request = (url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, {
            method: exchange.body === undefined ? 'GET' : 'POST',
            headers,
            agent: false
        });
        const timer = setTimeout(() => {
            request.destroy(new FetchError(`${where}: no complete answer within ${exchange.timeoutMs} ms`));
        }, remaining);
        const fail = (error) => {
            clearTimeout(timer);
            reject(error instanceof FetchError
                ? error
                : new FetchError(`${where}: ${error instanceof Error ? error.message : String(error)}`));
        };
        request.on('error', fail);
        request.on('response', (response) => {
            const status = response.statusCode ?? 0;
            if ([301, 302, 303, 307, 308].includes(status) && response.headers.location !== undefined) {
                clearTimeout(timer);
                response.resume();
                request.destroy();
                resolve({ body: Buffer.alloc(0), location: response.headers.location });
                return;
            }
            if (status !== 200) {
                response.resume();
                request.destroy(new FetchError(`${where}: HTTP ${status}`));
                return;
            }
            const type = (response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
            if (!exchange.accept.includes(type)) {
                request.destroy(new FetchError(`${where}: content type '${type || 'none'}' is not ${exchange.accept.join(' or ')}`));
                return;
            }
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > exchange.maxBytes) {
                    request.destroy(new FetchError(`${where}: answer larger than ${exchange.maxBytes} bytes`));
                    return;
                }
                chunks.push(chunk);
            });
            response.on('error', fail);
            response.on('end', () => {
                clearTimeout(timer);
                if (!response.complete) {
                    reject(new FetchError(`${where}: the answer was cut short`));
                    return;
                }
                resolve({ body: Buffer.concat(chunks) });
            });
        });
        request.end(exchange.body);
    });
}


/***/ }),

/***/ 95684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ loadSigningIdentity),
/* harmony export */   bV: () => (/* binding */ loadSigningChain)
/* harmony export */ });
/* unused harmony export SigningIdentityError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _chain_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10069);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75624);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96135);
/* harmony import */ var _key_description_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30454);
/**
 * The signing identity: a private key and its certificate chain (leaf first), refused up front, before
 * anything is pushed, when the key is unsupported or does not match the leaf, or when verification
 * would reject the chain.
 */






/** The key, its passphrase or the chain cannot sign; `part` is the one to fix. */
class SigningIdentityError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustInputError */ .f {
    constructor(part, wording) {
        super(part, wording, {
            key: 'the signing key',
            passphrase: 'the passphrase',
            chain: 'the certificate chain'
        });
    }
}
/**
 * The private key (PEM) and chain (PEM, leaf first) to sign with. A chain that stops below its root is
 * completed from `trustRoots`; `now` is the signing time the chain is checked at.
 */
function loadSigningIdentity(options) {
    const key = parsePrivateKey(options.key, options.passphrase);
    const { description, algorithm } = (0,_key_description_js__WEBPACK_IMPORTED_MODULE_5__/* .describeKey */ .Rx)(key);
    if (algorithm === undefined) {
        throw new SigningIdentityError('key', names => `${names.key} is ${(0,_key_description_js__WEBPACK_IMPORTED_MODULE_5__/* .unsupportedKeyReason */ .JL)(description)}; supported: ${_key_description_js__WEBPACK_IMPORTED_MODULE_5__/* .SUPPORTED_KEYS */ .Iu}`);
    }
    // The order first: a reversed chain also breaks the chain rules, but its order is what to fix.
    const given = chainCertificates(options.chain);
    const keySpki = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    const keyCert = given.findIndex(cert => keySpki.equals(Buffer.from(cert.publicKey.rawData)));
    if (keyCert > 0) {
        throw new SigningIdentityError('chain', names => `${names.chain} looks reversed or out of order: it must be leaf first (the leaf, then intermediates, then the root), but it starts with "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(given[0])}" and ${names.key} belongs to certificate #${keyCert + 1} of ${given.length}, "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(given[keyCert])}".`);
    }
    const chain = loadSigningChain(options);
    if (keyCert < 0) {
        throw new SigningIdentityError('key', names => `${names.key} does not match the public key of the leaf certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(chain[0])}" (the first certificate of ${names.chain})`);
    }
    return { key, chain, algorithm };
}
/**
 * The chain to sign with (completed with its root from `trustRoots`), refused up front when
 * verification would reject it. For keys Signet cannot hold (a PKCS#11 token), the leaf says the algorithm.
 */
function loadSigningChain(options) {
    const chain = completeChain(chainCertificates(options.chain), options.trustRoots ?? []);
    const now = options.now ?? new Date();
    try {
        (0,_chain_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .checkChainStructure */ .jV)(chain, now);
        (0,_chain_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .checkValidAt */ .AK)(chain, now);
    }
    catch (error) {
        if (!(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk))
            throw error;
        throw new SigningIdentityError('chain', names => `${names.chain} would fail verification: ${error.message}`);
    }
    return chain;
}
function chainCertificates(pem) {
    try {
        return (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCertificates */ .vp)(pem);
    }
    catch (error) {
        if (!(error instanceof _certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .CertificateError */ .EE))
            throw error;
        throw new SigningIdentityError('chain', names => error.messageFor({ certificates: names.chain }));
    }
}
function parsePrivateKey(pem, passphrase) {
    const encrypted = pem.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----') || pem.includes('Proc-Type: 4,ENCRYPTED');
    if (encrypted && !passphrase) {
        throw new SigningIdentityError('passphrase', names => `${names.key} is encrypted: set ${names.passphrase} to its passphrase`);
    }
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', passphrase: encrypted ? passphrase : undefined });
    }
    catch {
        if (encrypted) {
            throw new SigningIdentityError('passphrase', names => `${names.passphrase} does not decrypt ${names.key} (wrong passphrase?)`);
        }
        throw new SigningIdentityError('key', names => `${names.key} is not a readable PEM private key (expected PKCS#8, PKCS#1 RSA, SEC1 EC, or encrypted PKCS#8)`);
    }
}
/** Appends the root from `trustRoots` when the chain stops below it (a common way to ship chains). */
function completeChain(chain, trustRoots) {
    const last = chain[chain.length - 1];
    if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .isSelfSigned */ .Nl)(last))
        return chain;
    const root = trustRoots.find(candidate => (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .isIssuedBy */ .rh)(last, candidate));
    return root === undefined ? chain : [...chain, root];
}


/***/ }),

/***/ 67952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ parseTrustedIdentities),
/* harmony export */   WU: () => (/* binding */ formatIdentities),
/* harmony export */   aK: () => (/* binding */ identityMatches),
/* harmony export */   ai: () => (/* binding */ TrustedIdentityError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96135);

/** A list of trusted identities notation would refuse; `reason` is the message without the list's name. */
class TrustedIdentityError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustInputError */ .f {
    reason;
    constructor(reason) {
        super('identities', names => `${names.identities}: ${reason}`, { identities: 'trusted identities' });
        this.reason = reason;
    }
}
const IDENTITY_PREFIX = 'x509.subject:';
const MANDATORY_DN_ATTRIBUTES = ['C', 'ST', 'O'];
/**
 * Lines `x509.subject: C=US, ST=WA, O=Acme, CN=release` or `*`. As notation: each DN needs C, ST and O,
 * has no repeated or multi-valued attributes, '*' stands alone, and no DN may be a subset of another.
 */
function parseTrustedIdentities(lines) {
    const values = lines.map(line => line.trim()).filter(line => line !== '');
    if (values.includes('*')) {
        if (values.length > 1)
            throw new TrustedIdentityError("the wildcard '*' cannot be combined with other identities");
        return ['*'];
    }
    const identities = values.map(value => {
        if (!value.startsWith(IDENTITY_PREFIX)) {
            throw new TrustedIdentityError(`'${value}' must be '*' or 'x509.subject: C=…, ST=…, O=…[, CN=…]'`);
        }
        return { subject: parseDistinguishedName(value.slice(IDENTITY_PREFIX.length).trim()) };
    });
    identities.forEach((first, index) => identities.slice(index + 1).forEach(second => {
        if (isSubset(first.subject, second.subject) || isSubset(second.subject, first.subject)) {
            throw new TrustedIdentityError(`the identities ${formatDn(first.subject)} and ${formatDn(second.subject)} overlap`);
        }
    }));
    return identities;
}
/** The identities as a person wrote them, for messages: `C=US, ST=WA, O=Acme, CN=release; …`. */
function formatIdentities(identities) {
    return identities.map(identity => (identity === '*' ? '*' : formatDn(identity.subject))).join('; ');
}
/** True when the leaf subject carries every attribute of one trusted DN with the same value, or for '*'. */
function identityMatches(cert, identities) {
    if (identities.includes('*'))
        return true;
    const leaf = subjectAttributes(cert);
    if (leaf === undefined)
        return false;
    return identities.some(identity => identity !== '*' && isSubset(identity.subject, leaf));
}
/** The leaf subject as attribute → value; undefined when an attribute repeats (notation cannot match those). */
function subjectAttributes(cert) {
    const attributes = {};
    for (const rdn of cert.subjectName.toJSON()) {
        const entries = Object.entries(rdn);
        if (entries.length !== 1)
            return undefined;
        const [type, values] = entries[0];
        const key = type.toUpperCase();
        if (values.length !== 1 || key in attributes)
            return undefined;
        attributes[key] = values[0];
    }
    return attributes;
}
function isSubset(part, whole) {
    return Object.entries(part).every(([key, value]) => whole[key] === value);
}
function formatDn(dn) {
    return `"${Object.entries(dn)
        .map(([key, value]) => `${key}=${value}`)
        .join(', ')}"`;
}
/** RFC 4514 DN text → attribute map (escapes honoured; types upper-cased). */
function parseDistinguishedName(dn) {
    const attributes = {};
    for (const rdn of splitUnescaped(dn, ',')) {
        if (splitUnescaped(rdn, '+').length > 1)
            throw new TrustedIdentityError(`DN "${dn}" has a multi-valued RDN, which is not supported`);
        const equals = rdn.indexOf('=');
        const type = rdn.slice(0, equals).trim().toUpperCase();
        const value = unescapeDnValue(rdn.slice(equals + 1).trim());
        if (equals <= 0 || !/^[A-Z][A-Z0-9-]*$|^\d+(\.\d+)+$/.test(type) || value === '') {
            throw new TrustedIdentityError(`DN "${dn}" is not valid: expected TYPE=value pairs separated by commas (RFC 4514)`);
        }
        if (type in attributes)
            throw new TrustedIdentityError(`DN "${dn}" repeats the attribute ${type}`);
        attributes[type] = value;
    }
    const missing = MANDATORY_DN_ATTRIBUTES.filter(key => !(key in attributes));
    if (missing.length > 0)
        throw new TrustedIdentityError(`DN "${dn}" lacks ${missing.join(', ')}; it must contain at least C, ST and O`);
    return attributes;
}
function splitUnescaped(text, separator) {
    const parts = [];
    let current = '';
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (char === '\\' && index + 1 < text.length) {
            current += char + text[++index];
        }
        else if (char === separator) {
            parts.push(current);
            current = '';
        }
        else {
            current += char;
        }
    }
    parts.push(current);
    return parts;
}
function unescapeDnValue(value) {
    const unquoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
    // Runs of \XX escapes are UTF-8 bytes; any other escaped character stands for itself.
    return unquoted.replace(/((?:\\[0-9a-fA-F]{2})+)|\\(.)/g, (_match, hex, char) => hex !== undefined ? Buffer.from(hex.replace(/\\/g, ''), 'hex').toString('utf8') : (char ?? ''));
}


/***/ })

};
