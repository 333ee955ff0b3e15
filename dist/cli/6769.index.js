export const id = 6769;
export const ids = [6769];
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


/***/ }),

/***/ 1472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyEnvelopeFile: () => (/* binding */ verifyEnvelopeFile)
/* harmony export */ });
/* unused harmony export sniffEnvelopeMediaType */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _trust_envelope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92502);
/* harmony import */ var _inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55894);
/* harmony import */ var _inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86089);
/** Verifying a detached envelope file without a registry: `signet verify-envelope` and the library. */




/** CBOR tag 18 (COSE_Sign1), or the untagged 4-element array some encoders write. */
const COSE_FIRST_BYTES = [0xd2, 0x84];
/**
 * The envelope's media type from its first byte: JWS JSON starts with '{' (after any whitespace),
 * COSE_Sign1 with CBOR tag 18. Anything else is not an envelope at all: the wrong file was given.
 */
function sniffEnvelopeMediaType(envelope, input = 'envelope') {
    const first = envelope.find(byte => ![0x20, 0x09, 0x0a, 0x0d].includes(byte));
    if (first === 0x7b)
        return _trust_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .JWS_MEDIA_TYPE */ .f9;
    if (first !== undefined && COSE_FIRST_BYTES.includes(first))
        return _trust_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .COSE_MEDIA_TYPE */ .$3;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${input} is neither a JWS envelope (JSON, starting with '{') nor a COSE envelope (CBOR COSE_Sign1): ${envelope.length === 0 ? 'the file is empty' : `it starts with byte 0x${envelope[0].toString(16).padStart(2, '0')}`}. Pass the signature envelope blob (the layer of the signature manifest).`);
}
function verifyEnvelopeFile(envelope, trust) {
    if (trust.trustRoots === '')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('trust-roots', "Missing flag '--trust-roots': the PEM root certificates to trust (content or path).");
    const trustRoots = (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .trustRootsInput */ .s)((0,_inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_2__/* .readPemInput */ .$e)(trust.trustRoots, 'trust-roots'), 'trust-roots');
    const identities = (trust.trustedIdentities || '*')
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean);
    const trustedIdentities = (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .trustedIdentitiesInput */ .KB)(identities, 'trusted-identities');
    const timestampRoots = trust.timestampRoots === undefined || trust.timestampRoots === ''
        ? undefined
        : (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .certificatesInput */ .VL)((0,_inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_2__/* .readPemInput */ .$e)(trust.timestampRoots, 'timestamp-roots'), 'timestamp-roots');
    try {
        const verified = (0,_trust_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyEnvelope */ .Yj)(envelope, sniffEnvelopeMediaType(envelope), {
            trustRoots,
            trustedIdentities,
            now: trust.now,
            timestamp: timestampRoots && { roots: timestampRoots, verify: 'always' }
        });
        return {
            verified: true,
            target: verified.target,
            signer: verified.signer,
            signingTime: verified.signingTime.toISOString(),
            timestamp: verified.timestamp && {
                time: verified.timestamp.time.toISOString(),
                tsa: verified.timestamp.tsa
            }
        };
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz || !(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .Tj))
            throw error;
        return { verified: false, reason: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error) };
    }
}


/***/ })

};
