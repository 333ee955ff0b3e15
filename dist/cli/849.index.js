export const id = 849;
export const ids = [849];
export const modules = {

/***/ 31849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preconnectRegistries: () => (/* binding */ preconnectRegistries)
/* harmony export */ });
/* harmony import */ var _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _inputs_input_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75848);
/* harmony import */ var _oci_connections_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34648);
/* harmony import */ var _oci_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95809);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62148);
/* harmony import */ var _oci_transport_origin_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12745);
/**
 * While `signet verify` loads its engines (about 0.1 s), TCP connections to the registries of its
 * `image` references are opened (oci/connections.ts `preconnect`), so the run's first request does not wait a
 * round trip for its own. Connections only: no request is sent before the run has read its inputs and
 * checked each image. With `allowed-registries` nothing is opened (a registry is reached only once it is
 * found allowed); a reference that does not parse is left to the run to report.
 */






function preconnectRegistries(source) {
    if (source.get(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.AllowedRegistries) !== '')
        return;
    const insecure = new Set((0,_inputs_input_values_js__WEBPACK_IMPORTED_MODULE_1__/* .lines */ .Mn)(source, _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.InsecureRegistries));
    const images = new Map();
    for (const line of (0,_inputs_input_values_js__WEBPACK_IMPORTED_MODULE_1__/* .lines */ .Mn)(source, _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image)) {
        try {
            const origin = (0,_oci_transport_origin_js__WEBPACK_IMPORTED_MODULE_5__/* .registryBaseUrl */ .m)((0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(line).registry, insecure).toString();
            images.set(origin, (images.get(origin) ?? 0) + 1);
        }
        catch {
            // Not a reference: the run says what is wrong with it.
        }
    }
    // Signature only, one image asks two things at once early on (a manifest and the listing of its
    // signatures, or the referrers API and tag); its content check asks for child manifests and blobs
    // meanwhile, and several images at once ask for more: as many as the client allows.
    const signatureOnly = source.get(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.VerifyLayers) === 'false';
    for (const [origin, count] of images) {
        const wanted = signatureOnly ? count + 1 : _oci_http_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_CONNECTIONS_PER_HOST */ .g;
        (0,_oci_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .preconnect */ .kZ)(new URL(origin), Math.min(wanted, _oci_http_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_CONNECTIONS_PER_HOST */ .g));
    }
}


/***/ }),

/***/ 75848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ readToken),
/* harmony export */   E2: () => (/* binding */ splitOnce),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   Xy: () => (/* binding */ readShard),
/* harmony export */   ZB: () => (/* binding */ readAnnotationKey),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   r9: () => (/* binding */ ANNOTATION_KEY_PATTERN),
/* harmony export */   rS: () => (/* binding */ readRegistryInputs),
/* harmony export */   rg: () => (/* binding */ checkPattern),
/* harmony export */   s2: () => (/* binding */ optionalPath),
/* harmony export */   yg: () => (/* binding */ readPositiveInteger)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99451);
/* harmony import */ var _content_or_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55894);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/**
 * The readers every mode's inputs share: where raw values come from (InputSource), the registry inputs,
 * and the small readers of one value each (required, optional, lines, booleans, numbers, shard, token,
 * paths, patterns). Each error names the input and the expected form.
 */





const ANNOTATION_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const HOST_PORT_PATTERN = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;
const TOKEN_PATTERN = /^\S+$/;
function readRegistryInputs(source) {
    const username = optional(source, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Username);
    const password = optional(source, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Password);
    if ((username === undefined) !== (password === undefined)) {
        const missing = username === undefined ? _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Username : _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Password;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(missing, `Missing input '${missing}': 'username' and 'password' go together.`);
    }
    const registryCa = optional(source, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.RegistryCa);
    return {
        username,
        password,
        insecureRegistries: lines(source, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.InsecureRegistries).map(host => checkPattern(host, HOST_PORT_PATTERN, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.InsecureRegistries, 'host:port, e.g. 127.0.0.1:5000')),
        registryCa: registryCa === undefined ? undefined : (0,_content_or_path_js__WEBPACK_IMPORTED_MODULE_3__/* .readPemInput */ .$e)(registryCa, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.RegistryCa)
    };
}
function readAnnotationKey(source) {
    const key = source.get(_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ScenarioAnnotation) || _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_DEFAULTS */ .WJ[_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ScenarioAnnotation];
    return checkPattern(key, ANNOTATION_KEY_PATTERN, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ScenarioAnnotation, 'an annotation key, e.g. dev.signet.scenario');
}
function readBoolean(source, name) {
    const value = source.get(name) || _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_DEFAULTS */ .WJ[name] || 'false';
    // The same spellings as core.getBooleanInput (YAML 1.2 core schema), but anything else is an error.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `Invalid input '${name}': '${value}'. Expected 'true' or 'false'.`);
}
/** `shard: I/N`, 1 ≤ I ≤ N: one matrix job's share of a sweep or of the images to verify. */
function readShard(source) {
    const value = source.get(_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Shard);
    if (value === '')
        return undefined;
    const match = /^([1-9][0-9]{0,3})\/([1-9][0-9]{0,3})$/.exec(value);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (match === null || index > count) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Shard, `Invalid input '${_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Shard}': '${value}'. Expected I/N with 1 ≤ I ≤ N, e.g. 1/4 (from a matrix: \${{ matrix.shard }}/4).`);
    }
    return { index, count };
}
function readPositiveInteger(source, name) {
    const value = source.get(name) || _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_DEFAULTS */ .WJ[name];
    if (!/^[1-9][0-9]{0,5}$/.test(value)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `Invalid input '${name}': '${value}'. Expected a whole number from 1 to 999999.`);
    }
    return Number(value);
}
function required(source, name, expected) {
    const value = source.get(name);
    if (value === '')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `Missing input '${name}': expected ${expected}.`);
    return value;
}
function optional(source, name) {
    const value = source.get(name);
    return value === '' ? undefined : value;
}
/** Non-empty, trimmed lines; `#` starts a comment line. */
function lines(source, name, fallback) {
    const value = source.get(name) || fallback || '';
    return value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
}
/** A token is one word; the error never repeats the value, which is a secret. */
function readToken(token) {
    if (token !== undefined && !TOKEN_PATTERN.test(token)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.GithubToken, "Invalid input 'github-token': expected a single token without spaces or line breaks.");
    }
    return token;
}
/** A path Signet will create: its parent directory must exist, so a typo fails before any network use. */
function optionalPath(source, name) {
    const value = optional(source, name);
    if (value === undefined)
        return undefined;
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(value));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(parent, { throwIfNoEntry: false })?.isDirectory()) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `Invalid input '${name}': '${value}': its parent directory ${parent} does not exist.`);
    }
    return value;
}
function checkPattern(value, pattern, name, expected) {
    if (!pattern.test(value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `Invalid value in '${name}': '${value}'. Expected ${expected}.`);
    return value;
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}


/***/ }),

/***/ 34648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d3: () => (/* binding */ TlsAgent),
/* harmony export */   kZ: () => (/* binding */ preconnect),
/* harmony export */   o5: () => (/* binding */ PlainAgent)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The connections of the HTTP client (http.ts) beyond Node's agents: one spare per host, opened beside
 * the first connection to it for the next request that finds none idle, and connections opened ahead of
 * any client (`preconnect`). A run asks for two things at once early on (the referrers API and the
 * referrers tag; a manifest and the listing of its signatures): without a spare, the second waits a TCP
 * (and TLS) handshake more; `preconnect` opens the first while the CLI's engines load. Kept connections
 * never keep the process alive and are closed after SPARE_IDLE_MS unused.
 */



/** A spare or preconnected connection nobody asked for by then is closed. */
const SPARE_IDLE_MS = 10_000;
function keep(socket) {
    const drop = () => socket.destroy();
    socket.unref();
    socket.on('error', drop);
    socket.setTimeout(SPARE_IDLE_MS, drop);
    return {
        socket,
        take: () => {
            socket.off('error', drop);
            socket.off('timeout', drop);
            socket.setTimeout(0);
            socket.ref();
            return socket;
        }
    };
}
/** TCP connections opened by `preconnect`, by `host:port`, for the first clients that need some there. */
const preconnected = new Map();
/**
 * Opens `count` TCP connections to the origin of `url` before any client needs them: the first requests
 * there take them (an HTTPS request runs its TLS handshake over one) instead of each waiting a round trip
 * for its own. For the CLI, while the engines load; unused, they are closed after SPARE_IDLE_MS.
 */
function preconnect(url, count = 1) {
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const kept = preconnected.get(`${host}:${port}`) ?? [];
    while (kept.length < count)
        kept.push(keep((0,node_net__WEBPACK_IMPORTED_MODULE_2__.connect)({ host, port, noDelay: true })));
    preconnected.set(`${host}:${port}`, kept);
}
/** A live connection `preconnect` opened to this host and port, each taken once. */
function takePreconnected(options) {
    const kept = preconnected.get(`${options.host}:${Number(options.port)}`) ?? [];
    for (let next = kept.shift(); next !== undefined; next = kept.shift()) {
        if (!next.socket.destroyed)
            return next.take();
    }
    return undefined;
}
/**
 * One spare connection per host: opened beside the first connection to it, handed to the next one the
 * agent needs. Until then it is unreferenced (the process may exit) and closed when idle or failed.
 */
class SpareConnections {
    enabled;
    spares = new Map();
    opened = new Set();
    /** Off where one connection per host is all there may be: a spare would be one more. */
    constructor(enabled) {
        this.enabled = enabled;
    }
    /**
     * The connection for `host` (an agent's name for it): the spare when there is a live one, else
     * `open(callback)`; the first time, a spare is opened too, with `open()` (which takes one opened
     * ahead, when there is one).
     */
    connect(host, open, callback) {
        const spare = this.spares.get(host);
        this.spares.delete(host);
        if (spare !== undefined && !spare.socket.destroyed)
            return spare.take();
        const socket = open(callback);
        if (this.enabled && !this.opened.has(host)) {
            this.opened.add(host);
            const extra = open();
            if (extra)
                this.spares.set(host, keep(extra));
        }
        return socket;
    }
    destroy() {
        for (const { socket } of this.spares.values())
            socket.destroy();
        this.spares.clear();
    }
}
/** Node's HTTP agent, with a spare connection per host and the connections opened ahead. */
class PlainAgent extends node_http__WEBPACK_IMPORTED_MODULE_0__.Agent {
    spares = new SpareConnections(this.maxSockets > 1);
    createConnection(options, callback) {
        return this.spares.connect(this.getName(options), done => takePreconnected(options) ?? super.createConnection(options, done), callback);
    }
}
/** Node's HTTPS agent, with a spare connection per host; TLS runs over a connection opened ahead. */
class TlsAgent extends node_https__WEBPACK_IMPORTED_MODULE_1__.Agent {
    spares = new SpareConnections(this.maxSockets > 1);
    createConnection(options, callback) {
        return this.spares.connect(this.getName(options), done => {
            // The TLS handshake runs over a connection opened ahead (tls.connect's `socket`).
            const socket = takePreconnected(options);
            return super.createConnection(socket ? Object.assign({ ...options }, { socket }) : options, done);
        }, callback);
    }
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

/***/ 95809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient),
/* harmony export */   g: () => (/* binding */ DEFAULT_MAX_CONNECTIONS_PER_HOST)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _connections_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34648);
/**
 * HTTP for the transport: Node's own HTTP/1.1 clients over one keep-alive agent per scheme, at most
 * `maxConnectionsPerHost` sockets open to one host, further requests queued until one is free.
 *
 * Not undici: its public entry is 1.3 MB of bundle that took 50-190 ms to load before a run's first
 * request (measured at 30 ms RTT, issue 27), where node:http is already in the binary (under 10 ms). And
 * undici frees a keep-alive socket one event-loop turn after its answer ends, so a request sent as soon as
 * the previous answer was read opened a new connection (a TCP and TLS handshake: one to three round trips)
 * instead of reusing the idle one; Node's agent frees it before the reader sees the end.
 *
 * The agents keep a spare connection per host and take connections opened ahead (connections.ts).
 */





/**
 * Connections to one registry host at most, whatever `max-concurrency` asks: registries and their
 * proxies throttle clients that open many (regclient and oras-go keep 3-6 per host). 12, not 6: a gate of
 * ten images asks four small things of each, and at 30 ms round trip 6 connections made it 0.77 s, 12
 * made it 0.58 s (the notation ×10 peer: 2.4-2.6 s); every connection is kept alive and reused.
 */
const DEFAULT_MAX_CONNECTIONS_PER_HOST = 12;
/** A host that has not accepted the connection by then is given up on (undici's connect timeout). */
const CONNECT_TIMEOUT_MS = 10_000;
/** A connection silent this long, waiting for headers or between body chunks, is given up on (undici's). */
const IDLE_TIMEOUT_MS = 300_000;
/** What `dump()` reads to keep a connection reusable; a longer body closes the connection instead. */
const DUMP_LIMIT_BYTES = 128 * 1024;
/** A timeout as a network failure: the transport maps and retries it like a connection timed out. */
function timedOut(message) {
    return Object.assign(new Error(message), { code: 'ETIMEDOUT' });
}
class HttpClient {
    http;
    https;
    constructor(options = {}) {
        const maxSockets = Math.max(1, options.maxConnectionsPerHost ?? DEFAULT_MAX_CONNECTIONS_PER_HOST);
        this.http = new _connections_js__WEBPACK_IMPORTED_MODULE_4__/* .PlainAgent */ .o5({ keepAlive: true, maxSockets });
        this.https = new _connections_js__WEBPACK_IMPORTED_MODULE_4__/* .TlsAgent */ .d3({ keepAlive: true, maxSockets, ca: options.ca });
    }
    request(url, options) {
        const secure = url.protocol === 'https:';
        const headers = { ...options.headers };
        if (Buffer.isBuffer(options.body) || typeof options.body === 'string') {
            headers['content-length'] = String(Buffer.byteLength(options.body));
        }
        return new Promise((resolve, reject) => {
            const request = (secure ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, {
                method: options.method,
                headers,
                agent: secure ? this.https : this.http
            });
            request.setTimeout(IDLE_TIMEOUT_MS, () => request.destroy(timedOut(`no data from ${url.host} for ${IDLE_TIMEOUT_MS / 1000} s`)));
            request.once('socket', socket => {
                if (!socket.connecting)
                    return;
                const timer = setTimeout(() => request.destroy(timedOut(`connecting to ${url.host} took over ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
                const stop = () => clearTimeout(timer);
                socket.once('connect', stop);
                socket.once('close', stop);
            });
            request.once('error', reject);
            request.once('response', (incoming) => {
                // From now on a failure (a reset, the idle timeout) belongs to whoever reads the body.
                request.off('error', reject);
                request.on('error', error => incoming.destroy(error));
                resolve({
                    statusCode: incoming.statusCode ?? 0,
                    headers: firstValues(incoming),
                    body: responseBody(incoming)
                });
            });
            const body = options.body;
            if (body instanceof node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable) {
                // A source that fails ends the request; the error reaches the caller through the request's.
                (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(body, request).catch(error => request.destroy(error));
            }
            else {
                request.end(body);
            }
        });
    }
    /** Closes every socket, idle or not; the client is unusable afterwards. */
    async close() {
        for (const agent of [this.http, this.https]) {
            agent.spares.destroy();
            agent.destroy();
        }
    }
}
/**
 * The first value of each header: a registry that repeats one (two `WWW-Authenticate` challenges, two
 * `Link`s) is read by its first, never by a comma-joined string that parses as something else.
 */
function firstValues(incoming) {
    const headers = {};
    for (const [name, values] of Object.entries(incoming.headersDistinct))
        headers[name] = values?.[0];
    return headers;
}
function responseBody(incoming) {
    return Object.assign(incoming, { dump: () => dump(incoming) });
}
/** Node frees a keep-alive socket when its answer's end is read, so even an empty body is read to its end. */
async function dump(incoming) {
    if (incoming.readableEnded || incoming.destroyed)
        return;
    // A body declared longer than is worth reading (or one never sent) is not waited for.
    if (Number(incoming.headers['content-length']) > DUMP_LIMIT_BYTES) {
        incoming.destroy();
        return;
    }
    let read = 0;
    try {
        for await (const chunk of incoming) {
            read += chunk.length;
            if (read > DUMP_LIMIT_BYTES) {
                incoming.destroy();
                return;
            }
        }
    }
    catch {
        // A body being thrown away that breaks off changes nothing for the caller.
    }
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

/***/ 12745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ registryBaseUrl)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62148);

/**
 * Where a registry is spoken to: `https://host/`, or `http://host/` for hosts listed as insecure (and
 * nothing else ever is); Docker Hub's API host for docker.io.
 */
function registryBaseUrl(registry, insecure) {
    const host = registry === _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb ? 'registry-1.docker.io' : registry;
    return new URL(`${insecure.has(registry) ? 'http' : 'https'}://${host}/`);
}


/***/ })

};
