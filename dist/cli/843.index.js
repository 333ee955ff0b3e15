export const id = 843;
export const ids = [843];
export const modules = {

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
