export const id = 9911;
export const ids = [9911];
export const modules = {

/***/ 96531:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BasicOCSPResponse = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
const response_data_1 = __webpack_require__(61211);
class BasicOCSPResponse {
    constructor(params = {}) {
        this.tbsResponseData = new response_data_1.ResponseData();
        this.signatureAlgorithm = new asn1_x509_1.AlgorithmIdentifier();
        this.signature = new ArrayBuffer(0);
        Object.assign(this, params);
    }
}
exports.BasicOCSPResponse = BasicOCSPResponse;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: response_data_1.ResponseData, raw: true })
], BasicOCSPResponse.prototype, "tbsResponseData", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier })
], BasicOCSPResponse.prototype, "signatureAlgorithm", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.BitString })
], BasicOCSPResponse.prototype, "signature", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Certificate, repeated: "sequence", optional: true, context: 0 })
], BasicOCSPResponse.prototype, "certs", void 0);


/***/ }),

/***/ 41265:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CertID = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_x509_1 = __webpack_require__(33594);
const asn1_schema_1 = __webpack_require__(47261);
class CertID {
    constructor(params = {}) {
        this.hashAlgorithm = new asn1_x509_1.AlgorithmIdentifier();
        this.issuerNameHash = new asn1_schema_1.OctetString();
        this.issuerKeyHash = new asn1_schema_1.OctetString();
        this.serialNumber = new ArrayBuffer(0);
        Object.assign(this, params);
    }
}
exports.CertID = CertID;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier })
], CertID.prototype, "hashAlgorithm", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.OctetString })
], CertID.prototype, "issuerNameHash", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.OctetString })
], CertID.prototype, "issuerKeyHash", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, converter: asn1_schema_1.AsnIntegerArrayBufferConverter })
], CertID.prototype, "serialNumber", void 0);


/***/ }),

/***/ 26366:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CertStatus = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const revoked_info_1 = __webpack_require__(30064);
let CertStatus = class CertStatus {
    constructor(params = {}) {
        Object.assign(this, params);
    }
};
exports.CertStatus = CertStatus;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Null, context: 0, implicit: true })
], CertStatus.prototype, "good", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: revoked_info_1.RevokedInfo, context: 1, implicit: true })
], CertStatus.prototype, "revoked", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Null, context: 2, implicit: true })
], CertStatus.prototype, "unknown", void 0);
exports.CertStatus = CertStatus = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Choice })
], CertStatus);


/***/ }),

/***/ 34735:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


var AcceptableResponses_1;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AcceptableResponses = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
let AcceptableResponses = AcceptableResponses_1 = class AcceptableResponses extends asn1_schema_1.AsnArray {
    constructor(items) {
        super(items);
        Object.setPrototypeOf(this, AcceptableResponses_1.prototype);
    }
};
exports.AcceptableResponses = AcceptableResponses;
exports.AcceptableResponses = AcceptableResponses = AcceptableResponses_1 = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Sequence, itemType: asn1_schema_1.AsnPropTypes.ObjectIdentifier })
], AcceptableResponses);


/***/ }),

/***/ 81514:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ArchiveCutoff = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
let ArchiveCutoff = class ArchiveCutoff {
    constructor(value = new Date()) {
        this.value = value;
    }
};
exports.ArchiveCutoff = ArchiveCutoff;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime })
], ArchiveCutoff.prototype, "value", void 0);
exports.ArchiveCutoff = ArchiveCutoff = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Choice })
], ArchiveCutoff);


/***/ }),

/***/ 73766:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExtendedRevoke = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
let ExtendedRevoke = class ExtendedRevoke {
    constructor(value = null) {
        this.value = value;
    }
};
exports.ExtendedRevoke = ExtendedRevoke;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Null })
], ExtendedRevoke.prototype, "value", void 0);
exports.ExtendedRevoke = ExtendedRevoke = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Choice })
], ExtendedRevoke);


/***/ }),

/***/ 84234:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const tslib_1 = __webpack_require__(61860);
tslib_1.__exportStar(__webpack_require__(34735), exports);
tslib_1.__exportStar(__webpack_require__(81514), exports);
tslib_1.__exportStar(__webpack_require__(73766), exports);
tslib_1.__exportStar(__webpack_require__(81205), exports);
tslib_1.__exportStar(__webpack_require__(61311), exports);
tslib_1.__exportStar(__webpack_require__(75020), exports);


/***/ }),

/***/ 81205:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Nonce = void 0;
const asn1_schema_1 = __webpack_require__(47261);
class Nonce extends asn1_schema_1.OctetString {
}
exports.Nonce = Nonce;


/***/ }),

/***/ 61311:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


var PreferredSignatureAlgorithms_1;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PreferredSignatureAlgorithms = exports.PreferredSignatureAlgorithm = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
class PreferredSignatureAlgorithm {
    constructor(params = {}) {
        this.sigIdentifier = new asn1_x509_1.AlgorithmIdentifier();
        Object.assign(this, params);
    }
}
exports.PreferredSignatureAlgorithm = PreferredSignatureAlgorithm;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier })
], PreferredSignatureAlgorithm.prototype, "sigIdentifier", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier, optional: true })
], PreferredSignatureAlgorithm.prototype, "certIdentifier", void 0);
let PreferredSignatureAlgorithms = PreferredSignatureAlgorithms_1 = class PreferredSignatureAlgorithms extends asn1_schema_1.AsnArray {
    constructor(items) {
        super(items);
        Object.setPrototypeOf(this, PreferredSignatureAlgorithms_1.prototype);
    }
};
exports.PreferredSignatureAlgorithms = PreferredSignatureAlgorithms;
exports.PreferredSignatureAlgorithms = PreferredSignatureAlgorithms = PreferredSignatureAlgorithms_1 = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Sequence, itemType: PreferredSignatureAlgorithm })
], PreferredSignatureAlgorithms);


/***/ }),

/***/ 75020:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ServiceLocator = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
class ServiceLocator {
    constructor(params = {}) {
        this.issuer = new asn1_x509_1.Name();
        this.locator = new asn1_x509_1.AuthorityInfoAccessSyntax();
        Object.assign(this, params);
    }
}
exports.ServiceLocator = ServiceLocator;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Name })
], ServiceLocator.prototype, "issuer", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AuthorityInfoAccessSyntax })
], ServiceLocator.prototype, "locator", void 0);


/***/ }),

/***/ 19911:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const tslib_1 = __webpack_require__(61860);
tslib_1.__exportStar(__webpack_require__(84234), exports);
tslib_1.__exportStar(__webpack_require__(96531), exports);
tslib_1.__exportStar(__webpack_require__(41265), exports);
tslib_1.__exportStar(__webpack_require__(26366), exports);
tslib_1.__exportStar(__webpack_require__(27211), exports);
tslib_1.__exportStar(__webpack_require__(75032), exports);
tslib_1.__exportStar(__webpack_require__(4219), exports);
tslib_1.__exportStar(__webpack_require__(51746), exports);
tslib_1.__exportStar(__webpack_require__(71598), exports);
tslib_1.__exportStar(__webpack_require__(82949), exports);
tslib_1.__exportStar(__webpack_require__(14756), exports);
tslib_1.__exportStar(__webpack_require__(61211), exports);
tslib_1.__exportStar(__webpack_require__(30064), exports);
tslib_1.__exportStar(__webpack_require__(31489), exports);
tslib_1.__exportStar(__webpack_require__(99401), exports);
tslib_1.__exportStar(__webpack_require__(38314), exports);
tslib_1.__exportStar(__webpack_require__(12542), exports);


/***/ }),

/***/ 27211:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.id_pkix_ocsp_extended_revoke = exports.id_pkix_ocsp_pref_sig_algs = exports.id_pkix_ocsp_service_locator = exports.id_pkix_ocsp_archive_cutoff = exports.id_pkix_ocsp_nocheck = exports.id_pkix_ocsp_response = exports.id_pkix_ocsp_crl = exports.id_pkix_ocsp_nonce = exports.id_pkix_ocsp_basic = exports.id_pkix_ocsp = exports.id_kp_OCSPSigning = void 0;
const asn1_x509_1 = __webpack_require__(33594);
exports.id_kp_OCSPSigning = `${asn1_x509_1.id_kp}.9`;
exports.id_pkix_ocsp = `${asn1_x509_1.id_ad_ocsp}`;
exports.id_pkix_ocsp_basic = `${exports.id_pkix_ocsp}.1`;
exports.id_pkix_ocsp_nonce = `${exports.id_pkix_ocsp}.2`;
exports.id_pkix_ocsp_crl = `${exports.id_pkix_ocsp}.3`;
exports.id_pkix_ocsp_response = `${exports.id_pkix_ocsp}.4`;
exports.id_pkix_ocsp_nocheck = `${exports.id_pkix_ocsp}.5`;
exports.id_pkix_ocsp_archive_cutoff = `${exports.id_pkix_ocsp}.6`;
exports.id_pkix_ocsp_service_locator = `${exports.id_pkix_ocsp}.7`;
exports.id_pkix_ocsp_pref_sig_algs = `${exports.id_pkix_ocsp}.8`;
exports.id_pkix_ocsp_extended_revoke = `${exports.id_pkix_ocsp}.9`;


/***/ }),

/***/ 75032:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OCSPRequest = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const signature_1 = __webpack_require__(31489);
const tbs_request_1 = __webpack_require__(38314);
class OCSPRequest {
    constructor(params = {}) {
        this.tbsRequest = new tbs_request_1.TBSRequest();
        Object.assign(this, params);
    }
}
exports.OCSPRequest = OCSPRequest;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: tbs_request_1.TBSRequest, raw: true })
], OCSPRequest.prototype, "tbsRequest", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: signature_1.Signature, optional: true, context: 0 })
], OCSPRequest.prototype, "optionalSignature", void 0);


/***/ }),

/***/ 51746:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OCSPResponse = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const ocsp_response_status_1 = __webpack_require__(4219);
const response_bytes_1 = __webpack_require__(14756);
class OCSPResponse {
    constructor(params = {}) {
        this.responseStatus = ocsp_response_status_1.OCSPResponseStatus.successful;
        Object.assign(this, params);
    }
}
exports.OCSPResponse = OCSPResponse;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Enumerated })
], OCSPResponse.prototype, "responseStatus", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: response_bytes_1.ResponseBytes, context: 0, optional: true })
], OCSPResponse.prototype, "responseBytes", void 0);


/***/ }),

/***/ 4219:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OCSPResponseStatus = void 0;
var OCSPResponseStatus;
(function (OCSPResponseStatus) {
    OCSPResponseStatus[OCSPResponseStatus["successful"] = 0] = "successful";
    OCSPResponseStatus[OCSPResponseStatus["malformedRequest"] = 1] = "malformedRequest";
    OCSPResponseStatus[OCSPResponseStatus["internalError"] = 2] = "internalError";
    OCSPResponseStatus[OCSPResponseStatus["tryLater"] = 3] = "tryLater";
    OCSPResponseStatus[OCSPResponseStatus["sigRequired"] = 5] = "sigRequired";
    OCSPResponseStatus[OCSPResponseStatus["unauthorized"] = 6] = "unauthorized";
})(OCSPResponseStatus || (exports.OCSPResponseStatus = OCSPResponseStatus = {}));


/***/ }),

/***/ 71598:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Request = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const cert_id_1 = __webpack_require__(41265);
const asn1_x509_1 = __webpack_require__(33594);
class Request {
    constructor(params = {}) {
        this.reqCert = new cert_id_1.CertID();
        Object.assign(this, params);
    }
}
exports.Request = Request;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: cert_id_1.CertID })
], Request.prototype, "reqCert", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extension, repeated: "sequence", optional: true })
], Request.prototype, "singleRequestExtensions", void 0);


/***/ }),

/***/ 82949:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResponderID = exports.KeyHash = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
class KeyHash extends asn1_schema_1.OctetString {
}
exports.KeyHash = KeyHash;
let ResponderID = class ResponderID {
    constructor(params = {}) {
        Object.assign(this, params);
    }
};
exports.ResponderID = ResponderID;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Name, context: 1 })
], ResponderID.prototype, "byName", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: KeyHash, context: 2 })
], ResponderID.prototype, "byKey", void 0);
exports.ResponderID = ResponderID = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Choice })
], ResponderID);


/***/ }),

/***/ 14756:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResponseBytes = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
class ResponseBytes {
    constructor(params = {}) {
        this.responseType = "";
        this.response = new asn1_schema_1.OctetString();
        Object.assign(this, params);
    }
}
exports.ResponseBytes = ResponseBytes;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.ObjectIdentifier })
], ResponseBytes.prototype, "responseType", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.OctetString })
], ResponseBytes.prototype, "response", void 0);


/***/ }),

/***/ 61211:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResponseData = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
const responder_id_1 = __webpack_require__(82949);
const single_response_1 = __webpack_require__(99401);
const types_1 = __webpack_require__(12542);
class ResponseData {
    constructor(params = {}) {
        this.version = types_1.Version.v1;
        this.responderID = new responder_id_1.ResponderID();
        this.producedAt = new Date();
        this.responses = [];
        Object.assign(this, params);
    }
}
exports.ResponseData = ResponseData;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, context: 0, defaultValue: types_1.Version.v1 })
], ResponseData.prototype, "version", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: responder_id_1.ResponderID })
], ResponseData.prototype, "responderID", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime })
], ResponseData.prototype, "producedAt", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: single_response_1.SingleResponse, repeated: "sequence" })
], ResponseData.prototype, "responses", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extension, repeated: "sequence", context: 1, optional: true })
], ResponseData.prototype, "responseExtensions", void 0);


/***/ }),

/***/ 30064:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RevokedInfo = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
class RevokedInfo {
    constructor(params = {}) {
        this.revocationTime = new Date();
        Object.assign(this, params);
    }
}
exports.RevokedInfo = RevokedInfo;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime })
], RevokedInfo.prototype, "revocationTime", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.CRLReason, context: 0, optional: true })
], RevokedInfo.prototype, "revocationReason", void 0);


/***/ }),

/***/ 31489:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Signature = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
class Signature {
    constructor(params = {}) {
        this.signatureAlgorithm = new asn1_x509_1.AlgorithmIdentifier();
        this.signature = new ArrayBuffer(0);
        Object.assign(this, params);
    }
}
exports.Signature = Signature;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier })
], Signature.prototype, "signatureAlgorithm", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.BitString })
], Signature.prototype, "signature", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Certificate, repeated: "sequence", optional: true, context: 0 })
], Signature.prototype, "certs", void 0);


/***/ }),

/***/ 99401:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SingleResponse = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const cert_id_1 = __webpack_require__(41265);
const asn1_x509_1 = __webpack_require__(33594);
const cert_status_1 = __webpack_require__(26366);
class SingleResponse {
    constructor(params = {}) {
        this.certID = new cert_id_1.CertID();
        this.certStatus = new cert_status_1.CertStatus();
        this.thisUpdate = new Date();
        Object.assign(this, params);
    }
}
exports.SingleResponse = SingleResponse;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: cert_id_1.CertID })
], SingleResponse.prototype, "certID", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: cert_status_1.CertStatus })
], SingleResponse.prototype, "certStatus", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime })
], SingleResponse.prototype, "thisUpdate", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime, context: 0, optional: true })
], SingleResponse.prototype, "nextUpdate", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extension, context: 1, repeated: "sequence", optional: true })
], SingleResponse.prototype, "singleExtensions", void 0);


/***/ }),

/***/ 38314:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TBSRequest = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
const request_1 = __webpack_require__(71598);
const types_1 = __webpack_require__(12542);
class TBSRequest {
    constructor(params = {}) {
        this.version = types_1.Version.v1;
        this.requestList = [];
        Object.assign(this, params);
    }
}
exports.TBSRequest = TBSRequest;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, context: 0, defaultValue: types_1.Version.v1 })
], TBSRequest.prototype, "version", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.GeneralName, context: 1, optional: true })
], TBSRequest.prototype, "requestorName", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: request_1.Request, repeated: "sequence" })
], TBSRequest.prototype, "requestList", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extension, context: 2, optional: true, repeated: "sequence" })
], TBSRequest.prototype, "requestExtensions", void 0);


/***/ }),

/***/ 12542:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Version = void 0;
var Version;
(function (Version) {
    Version[Version["v1"] = 0] = "v1";
})(Version || (exports.Version = Version = {}));


/***/ })

};
