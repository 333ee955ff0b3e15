export const id = 4933;
export const ids = [4933];
export const modules = {

/***/ 14933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   legacyKeylessBundle: () => (/* binding */ legacyKeylessBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79976);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22605);
/**
 * cosign's legacy keyless signatures (the `.sig` tag, every cosign before 3; how distroless, Chainguard
 * and the Kubernetes images are signed) as the Sigstore bundle v0.1 they are equivalent to, so one verifier
 * checks both formats: the simple-signing layer's signature over its payload is a message signature, its
 * `dev.sigstore.cosign/certificate` the Fulcio leaf, its `dev.sigstore.cosign/bundle` the Rekor entry with
 * its signed entry timestamp (a hashedrekord of that signature), and `dev.sigstore.cosign/rfc3161timestamp`
 * an RFC 3161 token. sigstore-go reads them the same way.
 *
 * Only the leaf is taken from the layer: the chain annotation repeats the CA certificates, which must come
 * from the trusted root.
 */





/** The bundle a keyless legacy layer amounts to; `payload` is the layer's bytes (digest-checked). */
function legacyKeylessBundle(layer, payload) {
    if (layer.certificate === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk('the signature carries no certificate (keyless)');
    const leaf = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(layer.certificate)?.[1];
    if (leaf === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk('the certificate annotation holds no PEM certificate');
    return (0,_bundle_js__WEBPACK_IMPORTED_MODULE_4__.checkedBundle)({
        mediaType: _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_V01_MEDIA_TYPE */ .Td,
        verificationMaterial: {
            x509CertificateChain: { certificates: [{ rawBytes: leaf.replace(/\s+/g, '') }] },
            tlogEntries: layer.rekorBundle === undefined ? [] : [rekorEntry(layer.rekorBundle)],
            timestampVerificationData: {
                rfc3161Timestamps: layer.timestamp === undefined ? [] : [{ signedTimestamp: timestampToken(layer.timestamp) }]
            }
        },
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(payload).digest('base64') },
            signature: layer.signature.toString('base64')
        }
    });
}
/** cosign's `{"SignedEntryTimestamp", "Payload": {"body", "integratedTime", "logIndex", "logID"}}`. */
function rekorEntry(text) {
    const rekor = readJson(text, 'Rekor bundle annotation');
    const payload = rekor.Payload;
    if (typeof rekor.SignedEntryTimestamp !== 'string' ||
        typeof payload?.body !== 'string' ||
        !Number.isSafeInteger(payload.integratedTime) ||
        !Number.isSafeInteger(payload.logIndex) ||
        typeof payload.logID !== 'string' ||
        !/^[0-9a-f]{64}$/.test(payload.logID)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk('the Rekor bundle annotation lacks the signed entry timestamp or its payload');
    }
    const body = readJson(Buffer.from(payload.body, 'base64').toString('utf8'), 'Rekor entry body');
    return {
        logIndex: String(payload.logIndex),
        logId: { keyId: Buffer.from(payload.logID, 'hex').toString('base64') },
        kindVersion: { kind: String(body.kind), version: String(body.apiVersion) },
        integratedTime: String(payload.integratedTime),
        inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
        canonicalizedBody: payload.body
    };
}
/** cosign's `{"SignedRFC3161Timestamp": "<base64 DER>"}`. */
function timestampToken(text) {
    const token = readJson(text, 'RFC 3161 timestamp annotation')
        .SignedRFC3161Timestamp;
    if (typeof token !== 'string')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk('the RFC 3161 timestamp annotation holds no token');
    return token;
}
function readJson(text, what) {
    try {
        const value = (0,_strict_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStrictJson */ .R)(text).value;
        if (typeof value === 'object' && value !== null)
            return value;
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk(`the ${what} is not valid JSON (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)})`);
    }
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk(`the ${what} is not a JSON object`);
}


/***/ })

};
