export const id = 7645;
export const ids = [7645];
export const modules = {

/***/ 15192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ loadRules),
/* harmony export */   NR: () => (/* binding */ parseRules),
/* harmony export */   hV: () => (/* binding */ ruleError),
/* harmony export */   mU: () => (/* binding */ matchRule),
/* harmony export */   oF: () => (/* binding */ ruleName)
/* harmony export */ });
/* unused harmony exports SIGN_FIELDS, VERIFY_FIELDS, specificity */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _inputs_contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99451);
/* harmony import */ var _inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55894);
/* harmony import */ var _oci_canonical_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33899);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/**
 * Folder rules/: the rules file, which key signs and which trust verifies each repository pattern.
 * May import: verify/, inputs/, trust/, oci/, util/. No mode or face.
 *
 * One YAML file maps `registry/repository` globs to sign settings (onto the sign inputs) and verify
 * settings (onto the trust inputs, or `reject`). It is read with line numbers kept, so every error names
 * the file, the line and the field; a file with any error is refused as a whole (exit 2).
 */







const RULES_INPUT = _inputs_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Rules;
/**
 * Rule fields and the inputs they stand for. A table, so a backend that adds an input (timestamps,
 * plugins) is reachable from a rule by adding one line; a field whose input this build lacks is refused.
 */
const SIGN_FIELDS = {
    key: 'signing-key',
    'cert-chain': 'signing-cert-chain',
    plugin: 'signing-plugin',
    'key-id': 'signing-key-id',
    'plugin-config': 'plugin-config',
    'timestamp-url': 'timestamp-url',
    'timestamp-roots': 'timestamp-roots'
};
const VERIFY_FIELDS = {
    'trust-roots': 'trust-roots',
    identities: 'trusted-identities',
    'timestamp-roots': 'timestamp-roots',
    revocation: 'revocation',
    'cosign-key': 'cosign-key',
    'sigstore-trusted-root': 'sigstore-trusted-root',
    'certificate-identity': 'certificate-identity',
    'certificate-identity-regexp': 'certificate-identity-regexp',
    'certificate-oidc-issuer': 'certificate-oidc-issuer',
    signers: 'signers',
    require: 'require'
};
/** Verify fields that name a signer: a verify rule needs one of them (or is 'reject'). */
const SIGNER_FIELDS = [
    'trust-roots',
    'cosign-key',
    'certificate-identity',
    'certificate-identity-regexp',
    'signers'
];
/** Inputs whose value is PEM content or a path: a path that does not exist is refused when the file is read. */
const PEM_OR_PATH = new Set([
    'signing-key',
    'signing-cert-chain',
    'trust-roots',
    'timestamp-roots',
    'cosign-key'
]);
/** Key references that name something other than a file (RFC 7512 PKCS#11 URIs). */
const NOT_A_PATH = /^pkcs11:/;
/** Characters that make a pattern segment a glob rather than a literal name. */
const GLOB_CHARS = /[*?[\]{}()!+@|]/;
/** What a repository pattern may contain: the reference grammar's characters and picomatch's. */
const PATTERN_CHARS = /^[A-Za-z0-9._:/\-*?[\]{}(),!+@|]+$/;
/** `origin:line: path: message`, as an InputError of the `rules` input. */
function ruleError(origin, line, path, message) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(RULES_INPUT, `${origin}:${line}: ${path}: ${message}`);
}
/** The `rules` input: YAML content (it has a line break) or the path of a file holding it. */
function loadRules(value) {
    const { text, path } = (0,_inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_3__/* .readContentOrPath */ .kv)(value, 'yaml', RULES_INPUT);
    return parseRules(text, path ?? RULES_INPUT);
}
function parseRules(text, origin) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__.LineCounter();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseDocument)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    // Typed explicitly: TypeScript narrows after a never-returning call only through an explicitly typed name.
    const reader = new Reader(origin, lines);
    if (document.errors.length > 0) {
        const error = document.errors[0];
        throw ruleError(origin, lines.linePos(error.pos[0]).line, 'yaml', error.message.split('\n')[0]);
    }
    const root = document.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(root))
        reader.fail(root, '(top)', "expected a mapping with 'version' and 'rules'");
    let version;
    let list;
    for (const pair of root.items) {
        const key = reader.key(pair);
        if (key === 'version')
            version = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(pair.value) ? pair.value.value : undefined;
        else if (key === 'rules')
            list = pair.value;
        else
            reader.fail(pair, key, "unknown key; expected 'version' and 'rules'");
    }
    if (version !== 1 && version !== '1')
        reader.fail(root, 'version', "missing or unsupported; use 'version: 1'");
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isSeq)(list) || list.items.length === 0)
        reader.fail((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isSeq)(list) ? list : root, 'rules', 'expected a list of at least one rule');
    const seen = new Map();
    const rules = list.items.map((node, index) => {
        const rule = parseRule(node, index, reader);
        const earlier = seen.get(rule.pattern);
        if (earlier !== undefined)
            reader.fail(node, `rules[${index}].match`, rule.pattern === rule.match
                ? `'${rule.match}' is already the pattern of the rule on line ${earlier}`
                : `'${rule.match}' (canonically '${rule.pattern}') is already the pattern of the rule on line ${earlier}`);
        seen.set(rule.pattern, rule.line);
        return rule;
    });
    rules.sort((a, b) => compareSpecificity(b.specificity, a.specificity) || a.index - b.index);
    return { origin, text, rules };
}
/** Line numbers and errors for the nodes of one rules file. */
class Reader {
    origin;
    lines;
    constructor(origin, lines) {
        this.origin = origin;
        this.lines = lines;
    }
    lineOf(node) {
        const target = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isPair)(node) ? node.key : node;
        const range = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isNode)(target) ? target.range : undefined;
        return range ? this.lines.linePos(range[0]).line : 1;
    }
    fail(node, path, message) {
        throw ruleError(this.origin, this.lineOf(node), path, message);
    }
    key(pair) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(pair.key) || typeof pair.key.value !== 'string')
            this.fail(pair, '(key)', 'keys must be plain strings');
        return pair.key.value;
    }
}
function parseRule(node, index, reader) {
    const at = `rules[${index}]`;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(node))
        reader.fail(node, at, "expected a mapping with 'match' and 'sign' and/or 'verify'");
    let pattern;
    let sign;
    let verify;
    for (const pair of node.items) {
        const key = reader.key(pair);
        const value = pair.value;
        if (key === 'match') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(value) || typeof value.value !== 'string' || value.value === '')
                reader.fail(pair, `${at}.match`, "expected a glob over 'registry/repository', e.g. ghcr.io/acme/**");
            const match = value.value;
            const fail = (message) => reader.fail(value, `${at}.match`, message);
            checkPattern(match, fail);
            // Matched against canonical names, so a literal registry part is read the same way.
            const canonical = (0,_oci_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalPattern */ .PR)(match, segment => GLOB_CHARS.test(segment));
            const matches = compilePattern(canonical, fail);
            pattern = { match, pattern: canonical, matches, specificity: specificity(canonical) };
        }
        else if (key === 'sign') {
            sign = fields(value, SIGN_FIELDS, `${at}.sign`, reader);
        }
        else if (key === 'verify') {
            verify =
                (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(value) && value.value === 'reject'
                    ? 'reject'
                    : fields(value, VERIFY_FIELDS, `${at}.verify`, reader);
            if (verify !== 'reject' && !verify.some(field => SIGNER_FIELDS.includes(field.field)))
                reader.fail(value, `${at}.verify.trust-roots`, "missing; a verify rule names its trusted roots or other signers ('cosign-key', 'certificate-identity', 'signers'), or is 'reject'");
        }
        else {
            reader.fail(pair, `${at}.${key}`, "unknown key; a rule has 'match', 'sign' and 'verify'");
        }
    }
    if (pattern === undefined)
        reader.fail(node, `${at}.match`, 'missing; every rule needs a repository pattern');
    if (sign === undefined && verify === undefined)
        reader.fail(node, at, "has neither 'sign' nor 'verify'; give at least one");
    return { index, line: reader.lineOf(node), ...pattern, sign, verify };
}
/** A rule section: a mapping of known fields, each mapped onto its input, with references resolved. */
function fields(node, table, at, reader) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(node)) {
        const reject = at.endsWith('verify') ? ", or 'reject'" : '';
        reader.fail(node, at, `expected a mapping of ${Object.keys(table).join(', ')}${reject}`);
    }
    if (node.items.length === 0)
        reader.fail(node, at, `is empty; give at least one of ${Object.keys(table).join(', ')}, or remove it`);
    const known = new Set(Object.values(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0));
    return node.items.map(pair => {
        const field = reader.key(pair);
        const path = `${at}.${field}`;
        const input = table[field];
        if (input === undefined)
            reader.fail(pair, path, `unknown key; expected one of ${Object.keys(table).join(', ')}`);
        if (!known.has(input))
            reader.fail(pair, path, `maps onto the input '${input}', which this version of Signet does not have; remove the field`);
        // A signers list is YAML of its own (a list of maps), read as the 'signers' input reads it.
        const value = field === 'signers' && (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isSeq)(pair.value) ? String(pair.value) : inputValue(pair.value, path, reader);
        // An empty field would fall back to the input's default ('*' for identities: any signer).
        if (value === '')
            reader.fail(pair.value, path, field === 'identities'
                ? `is empty; list the trusted identities, or write ["*"] to accept any signer under the roots`
                : 'is empty; give a value or remove the field');
        const isPath = PEM_OR_PATH.has(input) && !(0,_inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isContent */ .az)(value, 'pem') && !NOT_A_PATH.test(value);
        if (isPath && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(value))
            reader.fail(pair.value, path, `'${value}' does not resolve: no such file (paths are relative to the working directory)`);
        return { field, input: input, value, line: reader.lineOf(pair.value) };
    });
}
/** A field's YAML value as the raw input text: a scalar, a list as lines, a mapping as `key=value` lines. */
function inputValue(node, path, reader) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(node) && node.value !== null && typeof node.value !== 'object')
        return String(node.value).trim();
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isSeq)(node))
        return node.items
            .map(item => {
            const value = inputValue(item, path, reader);
            if (value === '')
                reader.fail(item, path, 'has a blank entry; remove it');
            return value;
        })
            .join('\n');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(node))
        return node.items.map(pair => `${reader.key(pair)}=${inputValue(pair.value, path, reader)}`).join('\n');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isAlias)(node))
        reader.fail(node, path, 'YAML aliases are not supported in a rules file; write the value out');
    return reader.fail(node, path, 'expected a value');
}
/** A pattern as written: the characters and shape of a `registry/repository` glob. */
function checkPattern(pattern, fail) {
    if (!PATTERN_CHARS.test(pattern))
        fail(`'${pattern}' has characters a repository pattern cannot have (no spaces, tags or digests)`);
    if (/@sha(256|512):/.test(pattern) || pattern.startsWith('/') || pattern.includes('//'))
        fail(`'${pattern}' is not a 'registry/repository' pattern`);
    // Repository names are lowercase: a rule with an uppercase path would match nothing, silently
    // leaving its repositories to a looser rule. (The registry part is canonicalised instead.)
    const slash = pattern.indexOf('/');
    if (slash >= 0 && /[A-Z]/.test(pattern.slice(slash + 1)))
        fail(`'${pattern}': repository names are lowercase, so this pattern would match nothing; write it in lowercase`);
}
/** picomatch over `registry/repository`; `*` stays within a path segment, `**` crosses them. */
function compilePattern(pattern, fail) {
    try {
        picomatch__WEBPACK_IMPORTED_MODULE_6___default().makeRe(pattern, { strictBrackets: true });
        return picomatch__WEBPACK_IMPORTED_MODULE_6___default()(pattern, { strictBrackets: true });
    }
    catch (error) {
        return fail(`'${pattern}' is not a valid glob: ${error.message}`);
    }
}
/**
 * How specific a pattern is, compared element by element (larger wins, file order breaks ties):
 * 1. an exact name (no glob character) beats any glob;
 * 2. more literal path segments (segments with no glob character), e.g. ghcr.io/acme/prod/** (3) over
 *    ghcr.io/acme/** (2);
 * 3. fewer `**` (a bounded pattern over an unbounded one), e.g. ghcr.io/acme/* over ghcr.io/acme/**;
 * 4. more literal characters, e.g. ghcr.io/acme/app-* over ghcr.io/acme/*.
 */
function specificity(pattern) {
    const segments = pattern.split('/');
    const literalSegments = segments.filter(segment => !GLOB_CHARS.test(segment)).length;
    const globstars = segments.filter(segment => segment === '**').length;
    const literalChars = pattern.replace(/[*?[\]{}()!+@|]/g, '').length;
    return [GLOB_CHARS.test(pattern) ? 0 : 1, literalSegments, -globstars || 0, literalChars];
}
function compareSpecificity(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
/**
 * The most specific rule with a `section` whose pattern matches `registry/repository`, read canonically
 * (`GHCR.IO/x` as `ghcr.io/x`, `localhost:5000/x` as `127.0.0.1:5000/x`): no spelling escapes a rule.
 */
function matchRule(rules, repository, section) {
    const name = (0,_oci_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalName */ .Ew)(repository);
    return rules.rules.find(rule => rule[section] !== undefined && rule.matches(name));
}
/** `rules.yml:5 (ghcr.io/acme/**)`: how reports and logs name a rule. */
function ruleName(rules, rule) {
    return `${rules.origin}:${rule.line} (${rule.match})`;
}


/***/ }),

/***/ 99742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ loadTrustPolicy),
/* harmony export */   It: () => (/* binding */ checkTrustRoots),
/* harmony export */   jp: () => (/* binding */ simplePolicy),
/* harmony export */   mt: () => (/* binding */ checkTsaRoots)
/* harmony export */ });
/* unused harmony export TrustPolicyError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _oci_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33899);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75624);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96135);
/* harmony import */ var _trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67952);
/**
 * Which roots, identities and verification level apply to a repository: either the simple
 * trust-roots/trusted-identities inputs, or notation's own trustpolicy.json (version 1.0) with its
 * trust store directory (`x509/<type>/<name>/*.pem|crt|cer`), validated the way notation validates it.
 */







/** The trust-roots and trusted-identities inputs as a one-statement strict policy for every repository. */
function simplePolicy(trustRoots, trustedIdentities, options = {}) {
    const decision = {
        name: options.name ?? 'trust-roots',
        level: 'strict',
        trustRoots,
        trustedIdentities,
        tsaRoots: options.tsaRoots ?? [],
        verifyTimestamp: 'always',
        revocation: options.revocation ?? 'enforce'
    };
    return { forRepository: () => decision };
}
/**
 * Trusted certificates must each be a CA certificate (basicConstraints CA:TRUE) or self-signed, as
 * notation requires of every certificate of a trust store (notation-go truststore.ValidateCertificates):
 * a leaf issued by someone else is no anchor, and notation refuses the store that holds one.
 */
function checkTrustRoots(roots) {
    roots.forEach((root, index) => {
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .isCaCertificate */ .oD)(root) && !(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .isSelfSigned */ .Nl)(root)) {
            throw new _certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .CertificateError */ .EE('not-a-ca', names => `${names.certificates}: certificate #${index + 1} ("${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .subjectOf */ .et)(root)}") is neither a CA certificate (basicConstraints CA:TRUE) nor self-signed, and notation refuses it as a trusted certificate; give the root CA certificate your signers' chains end in`);
        }
    });
    return roots;
}
/** TSA roots must be CA certificates: a TSA's own certificate is no root to chain to. */
function checkTsaRoots(roots) {
    roots.forEach((root, index) => {
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .isCaCertificate */ .oD)(root)) {
            throw new _certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .CertificateError */ .EE('not-a-ca', names => `${names.certificates}: certificate #${index + 1} ("${root.subject}") is not a CA certificate (basicConstraints CA:TRUE); give the TSA's root CA`);
        }
    });
    return roots;
}
/** notation would refuse the trust policy document, or the trust store it names (`part`). */
class TrustPolicyError extends _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TrustInputError */ .f {
    constructor(part, wording) {
        super(part, wording, { policy: 'the trust policy', store: 'the trust store' });
    }
}
const WILDCARD = '*';
const LEVELS = ['strict', 'permissive', 'audit', 'skip'];
const STORE_NAME = /^[a-zA-Z0-9_.-]+$/;
const CERTIFICATE_FILE = /\.(pem|crt|cer)$/i;
// Registry scope grammar from notation (adapted from distribution's reference regexps).
const SCOPE_DOMAIN = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))+)?(?::[0-9]+)?$/;
const SCOPE_REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*)*$/;
const LEVEL_ENFORCEMENT = {
    strict: { authenticity: 'enforce', authenticTimestamp: 'enforce', expiry: 'enforce' },
    permissive: { authenticity: 'enforce', authenticTimestamp: 'log', expiry: 'log' },
    audit: { authenticity: 'log', authenticTimestamp: 'log', expiry: 'log' }
};
/** Validates notation's trustpolicy.json (its content) and loads the certificates it names from the store. */
function loadTrustPolicy(policy, trustStoreDir) {
    const document = parsePolicyDocument(policy);
    const decisions = new Map();
    const names = new Set();
    for (const statement of document.trustPolicies) {
        const name = statementName(statement);
        if (names.has(name))
            throw policyError(`two statements are named "${name}"; statement names must be unique`);
        names.add(name);
        const decision = loadStatement(statement, name, trustStoreDir);
        for (const scope of registryScopes(statement, name)) {
            // Scopes and repositories meet as canonical names: no other spelling of a scope reaches '*'.
            const key = scope === WILDCARD ? scope : (0,_oci_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalName */ .Ew)(scope);
            if (decisions.has(key))
                throw policyError(`registry scope "${scope}" appears in more than one statement`);
            decisions.set(key, decision);
        }
    }
    return {
        forRepository(repository) {
            const decision = decisions.get((0,_oci_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalName */ .Ew)(repository)) ?? decisions.get(WILDCARD);
            if (decision === undefined) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerificationError */ .mk(`no trust policy statement applies to ${repository}: add it to a statement's registryScopes, or add a '*' statement`);
            }
            return decision;
        }
    };
}
function policyError(reason) {
    return new TrustPolicyError('policy', names => `${names.policy}: ${reason}`);
}
function storeError(reason) {
    return new TrustPolicyError('store', names => `${names.store}: ${reason}`);
}
function parsePolicyDocument(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw policyError(`not valid JSON (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)})`);
    }
    if (typeof document !== 'object' || document === null)
        throw policyError('not a JSON object');
    if (document.version === undefined || document.version === '')
        throw policyError('"version" is missing; use "1.0"');
    if (document.version !== '1.0')
        throw policyError(`unsupported version ${JSON.stringify(document.version)}; use "1.0"`);
    if (!Array.isArray(document.trustPolicies) || document.trustPolicies.length === 0) {
        throw policyError('"trustPolicies" must list at least one statement');
    }
    return { trustPolicies: document.trustPolicies };
}
function statementName(statement) {
    if (typeof statement !== 'object' || statement === null)
        throw policyError('every trust policy statement must be an object');
    if (typeof statement.name !== 'string' || statement.name === '') {
        throw policyError('a statement has no "name"; every statement needs a unique name');
    }
    return statement.name;
}
function registryScopes(statement, name) {
    const scopes = stringList(statement.registryScopes, `statement "${name}" registryScopes`);
    if (scopes.length === 0)
        throw policyError(`statement "${name}" has no registryScopes; list 'registry/repository' values or '*'`);
    if (scopes.length > 1 && scopes.includes(WILDCARD)) {
        throw policyError(`statement "${name}" mixes the wildcard scope '*' with other scopes; '*' must stand alone`);
    }
    for (const scope of scopes) {
        if (scope === WILDCARD)
            continue;
        const slash = scope.indexOf('/');
        if (slash < 0 ||
            !SCOPE_DOMAIN.test(scope.slice(0, slash)) ||
            !SCOPE_REPOSITORY.test(scope.slice(slash + 1))) {
            throw policyError(`statement "${name}" has registry scope "${scope}"; a scope is a repository without scheme or tag, e.g. registry.example.com/team/app`);
        }
    }
    return scopes;
}
function stringList(value, what) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || !value.every(entry => typeof entry === 'string')) {
        throw policyError(`${what} must be an array of strings`);
    }
    return value;
}
function loadStatement(statement, name, trustStoreDir) {
    const level = statementLevel(statement, name);
    const stores = stringList(statement.trustStores, `statement "${name}" trustStores`);
    const identities = stringList(statement.trustedIdentities, `statement "${name}" trustedIdentities`);
    if (level === 'skip') {
        if (stores.length > 0 || identities.length > 0) {
            throw policyError(`statement "${name}" skips verification but lists trust stores or trusted identities; remove them`);
        }
        return {
            name,
            level,
            trustRoots: [],
            trustedIdentities: [],
            tsaRoots: [],
            verifyTimestamp: 'always',
            revocation: 'skip'
        };
    }
    if (stores.length === 0 || identities.length === 0) {
        throw policyError(`statement "${name}" needs both trustStores and trustedIdentities`);
    }
    // A blank entry is no identity: never read as "anyone", nor left to match no one at verify time.
    if (identities.some(identity => identity.trim() === '')) {
        throw policyError(`statement "${name}" trustedIdentities has a blank entry; remove it, or use "*"`);
    }
    const trustRoots = [];
    const tsaRoots = [];
    for (const store of stores) {
        const [type, storeName] = splitStore(store, name);
        const certificates = loadStore(trustStoreDir, type, storeName);
        // notary.x509 signatures chain to 'ca' stores only; signingAuthority stores serve a scheme Signet rejects.
        if (type === 'ca')
            trustRoots.push(...certificates);
        if (type === 'tsa')
            tsaRoots.push(...checkStoreTsaRoots(certificates));
    }
    let trustedIdentities;
    try {
        trustedIdentities = (0,_trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTrustedIdentities */ .$F)(identities);
    }
    catch (error) {
        if (!(error instanceof _trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__/* .TrustedIdentityError */ .ai))
            throw error;
        throw policyError(`statement "${name}": ${error.reason}`);
    }
    return {
        name,
        level,
        trustRoots,
        trustedIdentities,
        tsaRoots,
        verifyTimestamp: statementVerifyTimestamp(statement, name),
        revocation: statementRevocation(statement, level)
    };
}
function statementVerifyTimestamp(statement, name) {
    const value = statement.signatureVerification?.verifyTimestamp;
    if (value === undefined)
        return 'always';
    if (value !== 'always' && value !== 'afterCertExpiry') {
        throw policyError(`statement "${name}" signatureVerification.verifyTimestamp is ${JSON.stringify(value)}; use "always" or "afterCertExpiry"`);
    }
    return value;
}
/** The level's revocation action (strict enforces, permissive and audit log), or the statement's override. */
function statementRevocation(statement, level) {
    const override = statement.signatureVerification?.override;
    const action = override?.revocation;
    if (action === 'enforce' || action === 'log' || action === 'skip')
        return action;
    return level === 'strict' ? 'enforce' : 'log';
}
function statementLevel(statement, name) {
    const verification = statement.signatureVerification;
    const level = verification?.level;
    if (typeof level !== 'string' || !LEVELS.includes(level)) {
        throw policyError(`statement "${name}" signatureVerification.level must be one of ${LEVELS.join(', ')}`);
    }
    const override = verification?.override;
    if (override === undefined ||
        (typeof override === 'object' && override !== null && Object.keys(override).length === 0)) {
        return level;
    }
    if (level === 'skip')
        throw policyError(`statement "${name}" cannot override checks of the 'skip' level`);
    return overriddenLevel(level, override, name);
}
/**
 * notation lets a statement override single checks. Signet supports the overrides whose result is one of
 * the preset levels (e.g. strict with expiry and authenticTimestamp logged = permissive); the revocation
 * override stands apart (statementRevocation), with every action allowed.
 */
function overriddenLevel(level, override, name) {
    if (typeof override !== 'object' || override === null || Array.isArray(override)) {
        throw policyError(`statement "${name}" signatureVerification.override must be an object`);
    }
    const effective = { ...LEVEL_ENFORCEMENT[level] };
    for (const [check, action] of Object.entries(override)) {
        if (!['enforce', 'log', 'skip'].includes(action)) {
            throw policyError(`statement "${name}" override action "${String(action)}" must be enforce, log or skip`);
        }
        if (check === 'revocation')
            continue;
        if (check === 'integrity')
            throw policyError(`statement "${name}" cannot override the integrity check`);
        if (!(check in effective)) {
            throw policyError(`statement "${name}" overrides unknown check "${check}" (integrity, authenticity, authenticTimestamp, expiry, revocation)`);
        }
        if (action === 'skip')
            throw policyError(`statement "${name}" cannot skip the ${check} check`);
        effective[check] = action;
    }
    const preset = Object.keys(LEVEL_ENFORCEMENT).find(candidate => Object.keys(effective).every(check => LEVEL_ENFORCEMENT[candidate][check] === effective[check]));
    if (preset === undefined) {
        throw policyError(`statement "${name}" overrides checks into a combination Signet does not support; use level strict, permissive or audit`);
    }
    return preset;
}
function splitStore(store, name) {
    const colon = store.indexOf(':');
    const type = store.slice(0, colon);
    const storeName = store.slice(colon + 1);
    if (colon < 0)
        throw policyError(`statement "${name}" trust store "${store}" must have the form <type>:<name>, e.g. ca:acme`);
    if (type !== 'ca' && type !== 'signingAuthority' && type !== 'tsa') {
        throw policyError(`statement "${name}" uses unsupported trust store type "${type}" in "${store}" (use ca, signingAuthority or tsa)`);
    }
    if (!STORE_NAME.test(storeName)) {
        throw policyError(`statement "${name}" trust store name "${storeName}" must match [a-zA-Z0-9_.-]+`);
    }
    return [type, storeName];
}
/** Every certificate (PEM or DER) in `<dir>/x509/<type>/<name>/`. */
function loadStore(trustStoreDir, type, name) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(trustStoreDir, 'x509', type, name);
    let files;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
            throw new Error('not a directory');
        files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
            .filter(file => CERTIFICATE_FILE.test(file))
            .sort();
    }
    catch {
        throw storeError(`trust store ${type}:${name} not found (expected the directory ${dir})`);
    }
    const certificates = files.flatMap(file => checkStoreFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file), readCertificates((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file))));
    if (certificates.length === 0) {
        throw storeError(`trust store ${type}:${name} holds no certificate (.pem, .crt or .cer files in ${dir})`);
    }
    return certificates;
}
function checkStoreTsaRoots(certificates) {
    try {
        return checkTsaRoots(certificates);
    }
    catch (error) {
        if (!(error instanceof _certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .CertificateError */ .EE))
            throw error;
        throw new TrustPolicyError('store', names => error.messageFor({ certificates: names.store }));
    }
}
/** Each certificate of a store's file must be a CA or self-signed, as notation checks each file. */
function checkStoreFile(path, certificates) {
    try {
        return checkTrustRoots(certificates);
    }
    catch (error) {
        if (!(error instanceof _certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .CertificateError */ .EE))
            throw error;
        throw storeError(error.messageFor({ certificates: path }));
    }
}
function readCertificates(path) {
    const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    try {
        const text = content.toString('utf8');
        if (text.includes('-----BEGIN CERTIFICATE-----'))
            return (0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCertificates */ .vp)(text);
        return [(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .certificateFromDer */ .VJ)(content)];
    }
    catch {
        throw storeError(`${path} is not a PEM or DER certificate`);
    }
}


/***/ })

};
