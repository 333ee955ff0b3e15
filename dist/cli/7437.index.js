export const id = 7437;
export const ids = [7437,8336];
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
    const root = await _x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.X509CertificateGenerator.createSelfSigned({
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
            new _x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.KeyUsagesExtension(_x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.KeyUsageFlags.digitalSignature, true),
            new _x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.ExtendedKeyUsageExtension([CODE_SIGNING_OID], false),
            await _x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.SubjectKeyIdentifierExtension.create(leafKeys.publicKey)
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
    return _x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.X509CertificateGenerator.create({
        serialNumber: serial(),
        subject: cert.subject,
        issuer: issuer.subjectName,
        publicKey,
        signingKey: issuerKeys.privateKey,
        notBefore: cert.notBefore,
        notAfter: cert.notAfter,
        signingAlgorithm: ALGORITHM,
        extensions: [...cert.extensions, await _x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.AuthorityKeyIdentifierExtension.create(issuerKeys.publicKey)]
    });
}
/** Critical CA:TRUE and critical keyCertSign, as the Notary Project requires of every CA. */
async function caExtensions(publicKey, pathLength) {
    return [
        new _x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.BasicConstraintsExtension(true, pathLength, true),
        new _x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.KeyUsagesExtension(_x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.KeyUsageFlags.keyCertSign | _x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.KeyUsageFlags.cRLSign, true),
        await _x509_js__WEBPACK_IMPORTED_MODULE_1__.x509.SubjectKeyIdentifierExtension.create(publicKey)
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
