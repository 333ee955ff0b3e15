export const id = 3710;
export const ids = [3710];
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
/* harmony export */   m3: () => (/* binding */ signingIdentityInput),
/* harmony export */   s: () => (/* binding */ trustRootsInput)
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
/** Trusted roots from a PEM input (its content): each a CA certificate or self-signed, as notation asks. */
function trustRootsInput(pem, input) {
    const roots = certificatesInput(pem, input);
    return named({ certificates: input }, () => (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTrustRoots */ .It)(roots));
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


/***/ })

};
