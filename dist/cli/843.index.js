export const id = 843;
export const ids = [843];
export const modules = {

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
    const yaml = `# Converted from ${origin} by 'signet rules from-trust-policy' (statement order kept; the most\n# specific match applies, as in notation: an exact scope before "**").\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({ version: 1, rules }, { lineWidth: 0, aliasDuplicateObjects: false })}`;
    // What is written must read back: a converter that wrote an invalid rules file would only move the error.
    (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRules */ .NR)(yaml, origin);
    return yaml;
}


/***/ })

};
