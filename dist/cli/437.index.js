export const id = 437;
export const ids = [437];
export const modules = {

/***/ 37437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateTestCertificates: () => (/* binding */ generateTestCertificates)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28336);
/**
 * Throwaway certificates for a first run, as `notation cert generate-test` makes: a root CA, an
 * intermediate CA and a code-signing leaf with its key, shaped to pass the Notary Project certificate
 * rules Signet enforces (and notation too). NOT for production: the keys are made and kept in clear.
 */


const CODE_SIGNING_OID = '1.3.6.1.5.5.7.3.3';
const DAY_MS = 24 * 3600 * 1000;
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
async function generateTestCertificates(options = {}) {
    const now = options.now ?? new Date();
    const days = options.days ?? 365;
    // Valid from an hour ago: a clock a little behind on the verifier must not reject a fresh chain.
    const notBefore = new Date(now.getTime() - 3600 * 1000);
    const caNotAfter = new Date(now.getTime() + (days + 365) * DAY_MS);
    const organisation = 'C=US, ST=WA, O=Signet Test (not for production)';
    const [rootKeys, intermediateKeys, leafKeys] = await Promise.all([keyPair(), keyPair(), keyPair()]);
    const root = await _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.X509CertificateGenerator */ .f.Jy.createSelfSigned({
        serialNumber: serial(),
        name: `${organisation}, CN=Signet Test Root CA`,
        keys: rootKeys,
        notBefore,
        notAfter: caNotAfter,
        signingAlgorithm: ALGORITHM,
        extensions: await caExtensions(rootKeys.publicKey, undefined)
    });
    const intermediate = await issue(root, rootKeys, intermediateKeys.publicKey, {
        subject: `${organisation}, CN=Signet Test Intermediate CA`,
        notBefore,
        notAfter: caNotAfter,
        // pathLength 0: it may issue leaves only.
        extensions: await caExtensions(intermediateKeys.publicKey, 0)
    });
    const subject = `${organisation}, CN=${options.commonName ?? 'signet-test'}`;
    const leaf = await issue(intermediate, intermediateKeys, leafKeys.publicKey, {
        subject,
        notBefore,
        notAfter: new Date(now.getTime() + days * DAY_MS),
        // The Notary Project leaf: critical digitalSignature only, codeSigning EKU, not a CA.
        extensions: [
            new _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.KeyUsagesExtension */ .f.hy(_x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.KeyUsageFlags */ .f.Ob.digitalSignature, true),
            new _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.ExtendedKeyUsageExtension */ .f.j6([CODE_SIGNING_OID], false),
            await _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.SubjectKeyIdentifierExtension */ .f.QE.create(leafKeys.publicKey)
        ]
    });
    const pkcs8 = Buffer.from(await node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.exportKey('pkcs8', leafKeys.privateKey));
    return {
        key: pem('PRIVATE KEY', pkcs8),
        chain: [leaf, intermediate, root].map(cert => cert.toString('pem')).join('\n') + '\n',
        root: root.toString('pem') + '\n',
        subject: leaf.subject
    };
}
async function keyPair() {
    return node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
}
async function issue(issuer, issuerKeys, publicKey, cert) {
    return _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.X509CertificateGenerator */ .f.Jy.create({
        serialNumber: serial(),
        subject: cert.subject,
        issuer: issuer.subjectName,
        publicKey,
        signingKey: issuerKeys.privateKey,
        notBefore: cert.notBefore,
        notAfter: cert.notAfter,
        signingAlgorithm: ALGORITHM,
        extensions: [...cert.extensions, await _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.AuthorityKeyIdentifierExtension */ .f.Z$.create(issuerKeys.publicKey)]
    });
}
/** Critical CA:TRUE and critical keyCertSign, as the Notary Project requires of every CA. */
async function caExtensions(publicKey, pathLength) {
    return [
        new _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.BasicConstraintsExtension */ .f.WA(true, pathLength, true),
        new _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.KeyUsagesExtension */ .f.hy(_x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.KeyUsageFlags */ .f.Ob.keyCertSign | _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.KeyUsageFlags */ .f.Ob.cRLSign, true),
        await _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .x509.SubjectKeyIdentifierExtension */ .f.QE.create(publicKey)
    ];
}
/** A positive 127-bit serial: unique without a registry of issued serials. */
function serial() {
    const bytes = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
    bytes[0] &= 0x7f;
    return bytes.toString('hex');
}
function pem(label, der) {
    const base64 = der.toString('base64').replace(/.{1,64}/g, line => `${line}\n`);
    return `-----BEGIN ${label}-----\n${base64}-----END ${label}-----\n`;
}


/***/ })

};
