export const id = 9161;
export const ids = [9161];
export const modules = {

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
/* harmony export */   wF: () => (/* binding */ readInsecureRegistries),
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
        insecureRegistries: readInsecureRegistries(source),
        registryCa: registryCa === undefined ? undefined : (0,_content_or_path_js__WEBPACK_IMPORTED_MODULE_3__/* .readPemInput */ .$e)(registryCa, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.RegistryCa)
    };
}
/** The `insecure-registries` lines, each a host[:port]. */
function readInsecureRegistries(source) {
    return lines(source, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.InsecureRegistries).map(host => checkPattern(host, HOST_PORT_PATTERN, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.InsecureRegistries, 'host:port, e.g. 127.0.0.1:5000'));
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

/***/ 53280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kd: () => (/* binding */ readPlatform),
/* harmony export */   Wf: () => (/* binding */ readReference),
/* harmony export */   hB: () => (/* binding */ readSourceSpec)
/* harmony export */ });
/* harmony import */ var _oci_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28630);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1890);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62148);
/* harmony import */ var _oci_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86592);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/**
 * oci/'s parsers as inputs/ uses them: a value that oci/ refuses (a reference, a platform, a source
 * spec, index entries, docker's config.json) becomes an InputError of the input it came from, worded
 * as oci/ words it for that input.
 */





/** Runs `work`; oci/'s bad-input errors become InputErrors of `input`, other errors pass through. */
function namingInput(input, work) {
    try {
        return work();
    }
    catch (error) {
        if (error instanceof _oci_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciInputError */ .i)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, error.messageFor(input));
        throw error;
    }
}
/** `registry/repository[:tag][@digest]` from `input`. */
function readReference(text, input) {
    return namingInput(input, () => (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text));
}
/** `os/arch[/variant]` from `input`. */
function readPlatform(text, input) {
    return namingInput(input, () => (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .FL)(text));
}
/** The source part of a line of `input` (`oci-layout:…`, `docker-archive:…`, or a reference). */
function readSourceSpec(text, input) {
    return namingInput(input, () => (0,_oci_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSourceSpec */ .s)(text));
}


/***/ }),

/***/ 25928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ DEFAULT_MAX_CONNECTIONS_PER_HOST),
  Q: () => (/* binding */ HttpClient)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/oci/preconnect.ts
var preconnect = __webpack_require__(56276);
;// CONCATENATED MODULE: ./src/oci/connections.ts
/**
 * The connections of the HTTP client (http.ts) beyond Node's agents: one spare per host, opened beside
 * the first connection to it for the next request that finds none idle, and the connections opened
 * ahead of any client (preconnect.ts). A run asks for two things at once early on (the referrers API and
 * the referrers tag; a manifest and the listing of its signatures): without a spare, the second waits a
 * TCP (and TLS) handshake more. Kept connections never keep the process alive and are closed when idle.
 */



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
                this.spares.set(host, (0,preconnect/* keep */.aC)(extra));
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
class PlainAgent extends external_node_http_.Agent {
    spares = new SpareConnections(this.maxSockets > 1);
    createConnection(options, callback) {
        return this.spares.connect(this.getName(options), done => (0,preconnect/* takePreconnected */.SF)(options) ?? super.createConnection(options, done), callback);
    }
}
/** Node's HTTPS agent, with a spare connection per host; TLS runs over a connection opened ahead. */
class TlsAgent extends external_node_https_.Agent {
    spares = new SpareConnections(this.maxSockets > 1);
    createConnection(options, callback) {
        return this.spares.connect(this.getName(options), done => {
            // The TLS handshake runs over a connection opened ahead (tls.connect's `socket`).
            const socket = (0,preconnect/* takePreconnected */.SF)(options);
            return super.createConnection(socket ? Object.assign({ ...options }, { socket }) : options, done);
        }, callback);
    }
}

;// CONCATENATED MODULE: ./src/oci/http.ts
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
        this.http = new PlainAgent({ keepAlive: true, maxSockets });
        this.https = new TlsAgent({ keepAlive: true, maxSockets, ca: options.ca });
    }
    request(url, options) {
        const secure = url.protocol === 'https:';
        const headers = { ...options.headers };
        if (Buffer.isBuffer(options.body) || typeof options.body === 'string') {
            headers['content-length'] = String(Buffer.byteLength(options.body));
        }
        return new Promise((resolve, reject) => {
            const request = (secure ? external_node_https_.request : external_node_http_.request)(url, {
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
            if (body instanceof external_node_stream_.Readable) {
                // A source that fails ends the request; the error reaches the caller through the request's.
                (0,promises_.pipeline)(body, request).catch(error => request.destroy(error));
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

/***/ 56276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SF: () => (/* binding */ takePreconnected),
/* harmony export */   aC: () => (/* binding */ keep),
/* harmony export */   kZ: () => (/* binding */ preconnect)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/**
 * TCP connections opened before any HTTP client exists: by a verify's warm-up while its engines load
 * (run/warm-up.ts), and by the entry points before the bundle loads (run/early-connect.ts). The agents of
 * connections.ts take them for their first requests to that host and port (an HTTPS request runs its TLS
 * handshake over one), so those requests do not wait a handshake's round trip. Only node:net here: the
 * entry points import this before anything else loads.
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
 * for its own. For a verify, from the entry points and while its engines load; unused, they are closed
 * after SPARE_IDLE_MS.
 */
function preconnect(url, count = 1) {
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const kept = preconnected.get(`${host}:${port}`) ?? [];
    while (kept.length < count)
        kept.push(keep((0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port, noDelay: true })));
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


/***/ }),

/***/ 27501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jd: () => (/* binding */ openRegistryClient),
  Fw: () => (/* binding */ withRunContext)
});

// UNUSED EXPORTS: ciFacts, createRunContext

// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(28630);
;// CONCATENATED MODULE: ./src/oci/auth.ts






const DOCKER_HUB_HOSTS = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];
/** The key docker uses for Docker Hub in `auths` and when asking credential helpers. */
const DOCKER_HUB_SERVER_URL = 'https://index.docker.io/v1/';
const HELPER_TIMEOUT_MS = 30_000;
/** What credential helpers print (docker-credential-helpers' ErrCredentialsNotFound) when they hold nothing. */
const HELPER_NOT_FOUND = /credentials not found/i;
/** Credentials that cannot be had are a failure to authenticate: the operation could not complete (exit 3). */
const HELPER_FAILED = { couldNotComplete: true };
/** A helper's Username meaning "Secret is an identity token". */
const IDENTITY_TOKEN_USERNAME = '<token>';
/**
 * The credential files, in the order they are asked for a host (the first that has an entry answers):
 * `$REGISTRY_AUTH_FILE` (podman's and skopeo's explicit override), docker's `config.json`
 * (`$DOCKER_CONFIG` or `~/.docker`), then podman's own `$XDG_RUNTIME_DIR/containers/auth.json` and
 * `$XDG_CONFIG_HOME/containers/auth.json` (`~/.config`). Docker's file comes before podman's so that
 * what docker/login-action wrote is never shadowed by a stale podman login; containers/image reads its
 * own files in the same relative order.
 */
function credentialFiles(env) {
    const home = env.HOME || (0,external_node_os_.homedir)();
    return [
        ...(env.REGISTRY_AUTH_FILE ? [env.REGISTRY_AUTH_FILE] : []),
        (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)(home, '.docker'), 'config.json'),
        ...(env.XDG_RUNTIME_DIR ? [(0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json')] : []),
        (0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)(home, '.config'), 'containers', 'auth.json')
    ];
}
/** 'https://host:5000/v1/' → 'host:5000'; Docker Hub's many names → 'docker.io'. */
function normaliseHost(key) {
    const host = key
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        .toLowerCase();
    return DOCKER_HUB_HOSTS.includes(host) ? 'docker.io' : host;
}
function fromAuthEntry(entry, configPath, key) {
    const credentials = {};
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new oci_errors/* DockerConfigError */.Zh(`The 'auth' of '${key}' in ${configPath} is not base64 of 'user:password'`);
        }
        credentials.username = decoded.slice(0, colon);
        credentials.password = decoded.slice(colon + 1);
    }
    else if (entry.username || entry.password) {
        credentials.username = entry.username;
        credentials.password = entry.password;
    }
    if (entry.identitytoken)
        credentials.identityToken = entry.identitytoken;
    if (entry.registrytoken)
        credentials.registryToken = entry.registrytoken;
    return Object.keys(credentials).length > 0 ? credentials : undefined;
}
/** Runs `docker-credential-<helper> get` with the server URL on stdin, as docker does. */
async function runHelper(helper, serverUrl) {
    const program = `docker-credential-${helper}`;
    const { code, stdout, stderr } = await new Promise((resolve, reject) => {
        // `env` explicitly: the caller's environment (PATH included) is the one the helper must see.
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'], env: process.env });
        // Our own timer, not spawn's `timeout`: that one outlives a helper that failed to start.
        const timer = setTimeout(() => child.kill(), HELPER_TIMEOUT_MS);
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk) => (out += chunk.toString()));
        child.stderr.on('data', (chunk) => (err += chunk.toString()));
        child.on('error', (error) => {
            clearTimeout(timer);
            if (error.code === 'ENOENT') {
                reject(new errors/* RegistryError */.gl(`Credential helper '${program}' (named in docker's config.json for ${serverUrl}) is not on PATH: install it, or remove it from config.json, or pass username/password`, undefined, undefined, HELPER_FAILED));
            }
            else
                reject(new errors/* RegistryError */.gl(`Credential helper '${program}' failed to start: ${error.message}`, undefined, undefined, HELPER_FAILED));
        });
        child.on('close', exitCode => {
            clearTimeout(timer);
            resolve({ code: exitCode, stdout: out, stderr: err });
        });
        child.stdin.on('error', () => undefined); // a helper that exits without reading stdin is not an error
        child.stdin.end(serverUrl);
    });
    if (code !== 0) {
        if (HELPER_NOT_FOUND.test(stdout + stderr))
            return undefined;
        throw new errors/* RegistryError */.gl(`Credential helper '${program}' failed for ${serverUrl} (exit ${code}): ${helperMessage(stderr, stdout)}`, undefined, undefined, HELPER_FAILED);
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new errors/* RegistryError */.gl(`Credential helper '${program}' printed no JSON for ${serverUrl}`, undefined, undefined, HELPER_FAILED);
    }
    if (!parsed.Secret)
        return undefined;
    if (parsed.Username === IDENTITY_TOKEN_USERNAME)
        return { identityToken: parsed.Secret };
    return { username: parsed.Username, password: parsed.Secret };
}
/**
 * What a failing helper said, for the error: its stderr, else its stdout (docker's helpers print their
 * errors there), unless that stdout is JSON, which may be the credentials themselves: never quoted.
 */
function helperMessage(stderr, stdout) {
    if (stderr.trim() !== '')
        return stderr.trim().slice(0, 200);
    try {
        JSON.parse(stdout);
        return '(its output is JSON and may hold credentials: not shown)';
    }
    catch {
        return stdout.trim().slice(0, 200);
    }
}
class DockerConfigCredentials {
    configPath;
    config;
    constructor(configPath) {
        this.configPath = configPath;
    }
    async get(host) {
        const config = await (this.config ??= this.load());
        if (!config)
            return undefined;
        const wanted = normaliseHost(host);
        const serverUrl = wanted === 'docker.io' ? DOCKER_HUB_SERVER_URL : wanted;
        const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => normaliseHost(key) === wanted)?.[1];
        if (helper)
            return runHelper(helper, serverUrl);
        if (config.credsStore) {
            const stored = await runHelper(config.credsStore, serverUrl);
            if (stored)
                return stored;
        }
        for (const [key, entry] of Object.entries(config.auths ?? {})) {
            // auth.json may key an entry by a namespace (`quay.io/org`): credentials for part of a registry
            // are not sent to all of it, as Signet looks credentials up per registry.
            if (isNamespaceKey(key))
                continue;
            if (normaliseHost(key) === wanted)
                return fromAuthEntry(entry, this.configPath, key);
        }
        return undefined;
    }
    async load() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.configPath, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw new oci_errors/* DockerConfigError */.Zh(`Cannot read ${this.configPath}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        try {
            return JSON.parse(text);
        }
        catch (error) {
            // Never Node's message: it quotes the text around the mistake, and this file holds credentials.
            const position = /position (\d+)/.exec((0,errors/* errorMessage */.gJ)(error))?.[1];
            throw new oci_errors/* DockerConfigError */.Zh(`${this.configPath} is not valid JSON${position === undefined ? '' : ` (at character ${position})`}: fix or remove it, or pass username/password`);
        }
    }
}
/** `quay.io/org/repo` (a namespace); not `https://index.docker.io/v1/`, docker's URL-shaped keys. */
function isNamespaceKey(key) {
    return !/^[a-z]+:\/\//i.test(key) && key.includes('/');
}
/** Several credential files asked in order: the first with an entry for the host answers. */
class CredentialFiles {
    files;
    constructor(paths) {
        this.files = paths.map(path => new DockerConfigCredentials(path));
    }
    async get(host) {
        for (const file of this.files) {
            const credentials = await file.get(host);
            if (credentials !== undefined)
                return credentials;
        }
        return undefined;
    }
}
/**
 * Explicit username/password win for every host; otherwise `dockerConfigPath` alone, or the credential
 * files of `env` (credentialFiles), each read as docker reads config.json: `credHelpers`, `credsStore`,
 * then `auths`.
 */
function credentialSource(options) {
    if (options.username || options.password) {
        const explicit = { username: options.username, password: options.password };
        return { get: () => Promise.resolve(explicit) };
    }
    if (options.dockerConfigPath !== undefined)
        return new DockerConfigCredentials(options.dockerConfigPath);
    return new CredentialFiles(credentialFiles(options.env ?? process.env));
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./src/oci/http.ts + 1 modules
var http = __webpack_require__(25928);
// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __webpack_require__(62701);
;// CONCATENATED MODULE: ./src/oci/transport/challenge.ts
const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]+/y;
const TOKEN68 = /[A-Za-z0-9\-._~+/]+=*/y;
const SPACE = /[ \t]*/y;
// Lenient: some registries leave URLs unquoted, and ':' or '/' are not token characters.
const UNQUOTED_VALUE = /[^\s,"]+/y;
/**
 * Parses a `WWW-Authenticate` header (RFC 9110): several challenges separated by commas, each a scheme
 * then either a token68 or `name=value` parameters whose values may be quoted and hold commas.
 * The scheme is lowercased, as are parameter names.
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let position = 0;
    const match = (pattern) => {
        pattern.lastIndex = position;
        const found = pattern.exec(header);
        if (!found || found[0] === '')
            return undefined;
        position = pattern.lastIndex;
        return found[0];
    };
    const skipSpace = () => match(SPACE);
    const skipSeparators = () => {
        while (position < header.length && /[ \t,]/.test(header[position]))
            position++;
    };
    const quoted = () => {
        let value = '';
        position++; // opening quote
        while (position < header.length && header[position] !== '"') {
            if (header[position] === '\\' && position + 1 < header.length)
                position++;
            value += header[position++];
        }
        position++; // closing quote
        return value;
    };
    /** A `name=value` parameter at the position, or undefined (position unchanged) when there is none. */
    const parameter = () => {
        const start = position;
        const name = match(TOKEN);
        skipSpace();
        if (name === undefined || header[position] !== '=') {
            position = start;
            return undefined;
        }
        position++;
        skipSpace();
        if (header[position] === '"')
            return [name.toLowerCase(), quoted()];
        const value = match(UNQUOTED_VALUE);
        // `abc==` is a token68 with padding, not a parameter with an empty value.
        if (value === undefined || value.startsWith('=')) {
            position = start;
            return undefined;
        }
        return [name.toLowerCase(), value];
    };
    const parameterAhead = () => {
        const start = position;
        const found = parameter() !== undefined;
        position = start;
        return found;
    };
    skipSeparators();
    while (position < header.length) {
        const scheme = match(TOKEN);
        if (scheme === undefined)
            break;
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        skipSpace();
        const start = position;
        const token68 = parameterAhead() ? undefined : match(TOKEN68);
        if (token68 !== undefined && /^[ \t]*(,|$)/.test(header.slice(position)))
            challenge.params.token68 = token68;
        else
            position = start;
        // Parameters follow, separated by commas, until a token that is not `name=` starts the next challenge.
        for (;;) {
            skipSeparators();
            const param = parameter();
            if (!param)
                break;
            challenge.params[param[0]] = param[1];
        }
    }
    return challenges;
}

// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/oci/transport/exchange.ts
/** False for a streamed body: its bytes are gone once sent. */
function replayable(req) {
    return req.body === undefined || Buffer.isBuffer(req.body);
}
/** The HTTP client's answer as a TransportResponse. */
function toResponse(url, answer) {
    return {
        status: answer.statusCode,
        url,
        body: answer.body,
        header: name => answer.headers[name.toLowerCase()]
    };
}
/** Reads a body up to `maxBytes`; returns undefined (and stops reading) when it is longer. */
async function readBody(body, maxBytes) {
    const chunks = [];
    let length = 0;
    for await (const chunk of body) {
        length += chunk.length;
        if (length > maxBytes) {
            body.destroy();
            return undefined;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** The target of a `Link: <…>; rel="next"` header (pagination of tags and referrers), resolved against `base`. */
function nextLink(header, base) {
    for (const part of header?.split(',') ?? []) {
        const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (match && /(^|;)\s*rel="?next"?\s*(;|$)/.test(match[2]))
            return new URL(match[1], base).toString();
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/oci/transport/errors.ts
/**
 * Error mapping (go-containerregistry `transport/error.go`): registry answers and network failures
 * become RegistryErrors that say what failed and what to do about it. OCI error bodies are read as
 * `CODE: message (detail)`; everything a registry says is kept on one line and has every credential
 * Signet sent it redacted; URLs lose their user-info and token-like query values.
 */




const MAX_ERROR_BODY_BYTES = 64 * 1024;
const TLS_TRUST_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID'
]);
/** Network error codes (Node's and undici's) by what they say about the host. */
const NETWORK_FAILURES = {
    ENOTFOUND: 'dns',
    EAI_NONAME: 'dns',
    EAI_FAIL: 'dns',
    EAI_NODATA: 'dns',
    EAI_AGAIN: 'dns-again',
    ECONNREFUSED: 'refused',
    EHOSTUNREACH: 'unroutable',
    ENETUNREACH: 'unroutable',
    ETIMEDOUT: 'timeout',
    UND_ERR_CONNECT_TIMEOUT: 'timeout',
    UND_ERR_HEADERS_TIMEOUT: 'timeout',
    UND_ERR_BODY_TIMEOUT: 'timeout',
    ECONNRESET: 'dropped',
    EPIPE: 'dropped',
    ECONNABORTED: 'dropped',
    UND_ERR_SOCKET: 'dropped'
};
const REDACTED_QUERY_KEYS = /token|password|secret|signature|credential|^sig$|^_state$/i;
/** URLs for logs and errors: no user-info, no token-like query values. */
function redactUrl(url) {
    const copy = new URL(url.toString());
    copy.username = '';
    copy.password = '';
    for (const key of [...copy.searchParams.keys()]) {
        if (REDACTED_QUERY_KEYS.test(key))
            copy.searchParams.set(key, 'REDACTED');
    }
    return copy.toString();
}
/** Every credential a transport sent or received: masked by `onSecret`, never repeated from an answer. */
class Secrets {
    onSecret;
    values = new Set();
    constructor(onSecret) {
        this.onSecret = onSecret;
    }
    add(value) {
        if (value !== '')
            this.values.add(value);
        this.onSecret?.(value);
    }
    /** `text` with every credential replaced by '***' in any form a hostile registry may echo it in. */
    redact(text) {
        return (0,redact/* redactSecrets */.f)(text, this.values);
    }
}
// Duck-typed, not `instanceof Error`: errors from Node's sockets may come from another realm (jest's VM).
function errorChain(error) {
    const chain = [];
    for (let current = error; typeof current === 'object' && current !== null && chain.length < 5;) {
        chain.push(current);
        current = current.cause;
    }
    return chain;
}
/** The first error code (`ECONNRESET`, `UND_ERR_SOCKET`, …) along the error and its causes. */
function networkCode(error) {
    return errorChain(error).find(link => typeof link.code === 'string')?.code;
}
/** The first line of the innermost useful message (OpenSSL appends file and line noise). */
function networkReason(error) {
    const messages = errorChain(error)
        .map(link => link.message)
        .filter(Boolean);
    const message = messages.at(-1) ?? String(error);
    const openssl = /:([a-z0-9 ]+):[^:]*\.c:\d+/i.exec(message);
    return (openssl ? openssl[1] : message).split('\n')[0].trim();
}
/**
 * `CODE: message (detail)` for each OCI error in the body, or the body's first line when it is not one;
 * on one line, with no workflow command in it.
 */
function describeErrorBody(text) {
    try {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
            const summary = parsed.errors
                .map(error => {
                const detail = error.detail === undefined ? '' : ` (${JSON.stringify(error.detail).slice(0, 200)})`;
                return `${error.code ?? 'UNKNOWN'}: ${error.message ?? ''}${detail}`;
            })
                .join('; ');
            // The registry's words are untrusted: kept on one line wherever they are printed.
            return { ociCode: parsed.errors[0].code, summary: (0,sanitize/* oneLine */.TN)(summary.slice(0, 1000)) };
        }
    }
    catch {
        // not JSON: fall through to the plain text
    }
    return { summary: (0,sanitize/* oneLine */.TN)(text.split('\n')[0].trim().slice(0, 200)) };
}
/**
 * What to do about a refused request. `credentialed`: credentials were sent (so they are wrong or lack
 * access), not absent (so the user must log in first).
 */
function hintFor(status, registry, credentialed, advice) {
    const login = advice === 'docker/login-action'
        ? `add a docker/login-action step for ${registry} before this one, or set the username and password inputs`
        : `run 'docker login ${registry}', or pass --username and --password`;
    if (status === 401) {
        return credentialed
            ? ` ${registry} refused the credentials it was sent: the username, password or token is incorrect or expired. Check them (${login}).`
            : ` ${registry} requires authentication and no credentials for it were found: ${login}.`;
    }
    if (status === 403) {
        return credentialed
            ? ` The credentials for ${registry} lack access to this repository: check their permissions or scopes (${login}).`
            : ` ${registry} denies anonymous access to this repository: ${login}.`;
    }
    if (status === 429)
        return ` The registry is rate limiting: retry later or log in for a higher limit.`;
    return '';
}
/** `host` of `host:port` (IPv6 literals keep their brackets). */
function hostOf(registry) {
    return registry.replace(/:\d+$/, '');
}
/** Turns failed exchanges into RegistryErrors, knowing the transport's hosts, credentials and secrets. */
class ErrorMapper {
    context;
    constructor(context) {
        this.context = context;
    }
    /** An answer whose status the request did not expect, with the registry's own words (redacted). */
    async statusError(req, response) {
        const text = req.method === 'HEAD'
            ? ''
            : ((await readBody(response.body, MAX_ERROR_BODY_BYTES))?.toString('utf8') ?? '');
        if (req.method === 'HEAD')
            await response.body.dump();
        // Redacted whole, before describeErrorBody cuts it: a cut must not leave part of a secret behind.
        const { ociCode, summary: described } = describeErrorBody(this.context.secrets.redact(text));
        const summary = this.context.secrets.redact(described);
        const detail = summary ? ` ${summary}` : '';
        return new errors/* RegistryError */.gl(`${req.what} failed: HTTP ${response.status}${detail}.${await this.hint(response.status, req.registry)}`, response.status, ociCode);
    }
    /** A 401 that no (other) credentials can answer; `reason` says why. */
    async unauthorized(req, reason) {
        return new errors/* RegistryError */.gl(`${req.what} failed: HTTP 401 ${reason}.${await this.hint(401, req.registry)}`, 401, 'UNAUTHORIZED');
    }
    /** A token realm that refused: its words (redacted), and the advice for a refused login. */
    tokenRefused(what, status, text, registry, credentialed) {
        const summary = this.context.secrets.redact(describeErrorBody(this.context.secrets.redact(text)).summary);
        return new errors/* RegistryError */.gl(`${what} failed: HTTP ${status} ${summary}.${hintFor(status === 403 ? 403 : 401, registry, credentialed, this.context.advice)}`, status);
    }
    /** No answer: an untrusted certificate, plain HTTP where TLS was spoken, or an unreachable host. */
    connectionError(req, error) {
        const code = networkCode(error);
        const reason = `${code ? `${code}: ` : ''}${networkReason(error)}`;
        if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
            // A CA bundle cannot help here: the certificate is for other names.
            return new errors/* RegistryError */.gl(`${req.what} failed: the TLS certificate of ${req.registry} is issued for other host names (${reason}). Use a host name the certificate names.`, undefined, undefined, { cause: error });
        }
        if (code && TLS_TRUST_CODES.has(code)) {
            return new errors/* RegistryError */.gl(`${req.what} failed: the TLS certificate of ${req.registry} is not trusted (${reason}). Pass its CA bundle in registry-ca.`, undefined, undefined, { cause: error });
        }
        if (/wrong version number|packet length too long|ERR_SSL/i.test(reason)) {
            return new errors/* RegistryError */.gl(`${req.what} failed: ${req.registry} did not answer TLS (${reason}).${this.insecureHint(req.registry)}`, undefined, undefined, { cause: error });
        }
        return new errors/* RegistryError */.gl(`${req.what} failed: cannot reach ${req.registry} (${reason}).${this.unreachableAdvice(code, req.registry)}`, undefined, undefined, { cause: error });
    }
    /** hintFor, knowing whether this host has credentials (then a 401 means they are wrong). */
    async hint(status, registry) {
        if (status !== 401 && status !== 403)
            return hintFor(status, registry, false, this.context.advice);
        const credentials = await this.context.credentials?.get(registry).catch(() => undefined);
        const credentialed = Boolean(credentials?.username || credentials?.identityToken || credentials?.registryToken);
        return hintFor(status, registry, credentialed, this.context.advice);
    }
    /**
     * What to check when a host did not answer, by the network's error code: plain HTTP is suggested only
     * where it could be the cause (a dropped connection, an unknown failure), never for a name that does
     * not resolve, a closed port or a timeout.
     */
    unreachableAdvice(code, registry) {
        const host = hostOf(registry);
        const kind = code === undefined ? undefined : NETWORK_FAILURES[code];
        if (kind === 'dns')
            return ` The host name ${host} does not resolve: check its spelling and this machine's DNS settings.`;
        if (kind === 'dns-again')
            return ` The DNS lookup of ${host} failed for now (retried): check this machine's DNS server and network.`;
        if (kind === 'refused')
            return ` Nothing accepts connections there: check the port and that the registry is running.${this.nearPortHint(registry)}`;
        if (kind === 'unroutable')
            return ` There is no route to ${host}: check this machine's network.`;
        if (kind === 'timeout')
            return ` It did not answer in time (retried): check that a firewall or proxy lets this machine reach ${registry}.`;
        const plain = this.context.insecure.has(registry) ? '' : this.insecureHint(registry);
        if (kind === 'dropped')
            return ` The connection was dropped (retried): a proxy or the registry closed it.${plain}`;
        return ` Is the registry reachable?${plain}`;
    }
    /** The insecure-registries entry for this host under another port, when there is one. */
    nearPortHint(registry) {
        const hint = this.insecureHint(registry);
        return hint.startsWith(' insecure-registries lists') ? hint : '';
    }
    /**
     * What to do about plain HTTP. An entry for the same host with another port (or none) is listed but
     * does not apply: insecure-registries names `host:port` exactly, so say which port differs.
     */
    insecureHint(registry) {
        const host = hostOf(registry);
        const near = [...this.context.insecure].filter(entry => entry !== registry && hostOf(entry) === host);
        if (near.length > 0) {
            return ` insecure-registries lists ${near.join(', ')}, but the registry is ${registry}: the port must match exactly, so list ${registry}.`;
        }
        return ' If it serves plain HTTP, list it in insecure-registries.';
    }
}

;// CONCATENATED MODULE: ./src/oci/transport/authenticator.ts




const DEFAULT_TOKEN_SECONDS = 60;
/** Tokens are renewed this long before they expire, so one does not lapse in flight. */
const TOKEN_EXPIRY_MARGIN_MS = 10_000;
const MAX_TOKEN_BODY_BYTES = 1024 * 1024;
/** `repository:<name>:pull[,push]`, the token scope for a repository. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions.join(',')}`;
}
/** True when `scope` (`type:name:actions`) asks for nothing that `scopes` do not already grant. */
function coveredBy(scope, scopes) {
    const split = (value) => {
        const last = value.lastIndexOf(':');
        return { resource: value.slice(0, last), actions: value.slice(last + 1).split(',') };
    };
    const wanted = split(scope);
    const granted = scopes.map(split).filter(candidate => candidate.resource === wanted.resource);
    return wanted.actions.every(action => granted.some(candidate => candidate.actions.includes(action)));
}
function tokenKey(registry, scopes) {
    return `${registry} ${[...scopes].sort().join(' ')}`;
}
class Authenticator {
    context;
    hosts = new Map();
    tokens = new Map();
    pendingTokens = new Map();
    constructor(context) {
        this.context = context;
    }
    /** What to send before any challenge: Basic once asked for, a cached (or fetched) token once challenged. */
    async cachedAuthorization(registry, scopes) {
        const auth = this.hosts.get(registry);
        if (auth?.basic)
            return auth.basic;
        if (!auth?.bearer)
            return undefined;
        const token = await this.bearerToken(registry, auth.bearer, scopes);
        return token && `Bearer ${token.value}`;
    }
    /**
     * Answers a 401 challenge (`header`, the WWW-Authenticate value) with an Authorization value; throws
     * when no (other) credentials than `previous`, the refused one, can satisfy it.
     */
    async authorize(req, header, previous) {
        const challenges = parseWwwAuthenticate(header ?? '');
        const bearer = challenges.find(challenge => challenge.scheme === 'bearer');
        const basic = challenges.find(challenge => challenge.scheme === 'basic');
        const refused = (reason) => this.context.errors.unauthorized(req, reason);
        if (bearer) {
            this.hostAuth(req.registry).bearer = bearer;
            // A refused token may lack a scope the challenge names: drop it and ask again with that scope.
            if (previous?.startsWith('Bearer '))
                this.tokens.delete(tokenKey(req.registry, req.scopes));
            const token = await this.bearerToken(req.registry, bearer, req.scopes);
            if (!token)
                throw await refused('and the registry token could not be obtained');
            return `Bearer ${token.value}`;
        }
        if (basic) {
            const credentials = await this.context.credentials?.get(req.registry);
            if (!credentials?.username || credentials.password === undefined) {
                throw await refused('(Basic authentication required)');
            }
            const value = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
            if (value === previous)
                throw await refused('(the registry refused the username/password)');
            this.context.secrets.add(credentials.password);
            this.context.secrets.add(value.slice('Basic '.length));
            this.hostAuth(req.registry).basic = value;
            return value;
        }
        // The header is the registry's text: redacted whole before it is cut, as an error body is.
        const quoted = this.context.secrets.redact(header ?? '').slice(0, 100);
        throw await refused(`with no Basic or Bearer challenge (WWW-Authenticate: '${quoted}')`);
    }
    hostAuth(registry) {
        let auth = this.hosts.get(registry);
        if (!auth)
            this.hosts.set(registry, (auth = {}));
        return auth;
    }
    /** A token for these scopes: cached while valid, else fetched once even when many requests ask at once. */
    async bearerToken(registry, challenge, scopes) {
        const key = tokenKey(registry, scopes);
        const cached = this.tokens.get(key);
        if (cached && cached.expiresAt > Date.now())
            return cached;
        let pending = this.pendingTokens.get(key);
        if (!pending) {
            pending = this.fetchToken(registry, challenge, scopes).finally(() => this.pendingTokens.delete(key));
            this.pendingTokens.set(key, pending);
        }
        const token = await pending;
        this.tokens.set(key, token);
        return token;
    }
    async fetchToken(registry, challenge, scopes) {
        const { secrets, userAgent } = this.context;
        const credentials = (await this.context.credentials?.get(registry)) ?? {};
        if (credentials.registryToken) {
            secrets.add(credentials.registryToken);
            return { value: credentials.registryToken, expiresAt: Number.MAX_SAFE_INTEGER };
        }
        const realm = challenge.params.realm;
        const what = `token request to ${realm ?? '(no realm)'} for ${registry}`;
        if (!realm || !/^https?:\/\//.test(realm)) {
            throw new errors/* RegistryError */.gl(`${what} failed: the registry's Bearer challenge has no usable realm`, 401);
        }
        const challenged = (challenge.params.scope ?? '')
            .split(' ')
            .filter(scope => scope && !coveredBy(scope, scopes));
        const allScopes = [...scopes, ...challenged];
        const url = new URL(realm);
        const headers = { 'user-agent': userAgent };
        let method = 'GET';
        let body;
        if (credentials.identityToken) {
            // OAuth2 refresh-token grant: what docker does with an identity token from config.json.
            secrets.add(credentials.identityToken);
            method = 'POST';
            headers['content-type'] = 'application/x-www-form-urlencoded';
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.identityToken
            });
            form.set('client_id', userAgent);
            if (challenge.params.service)
                form.set('service', challenge.params.service);
            if (allScopes.length > 0)
                form.set('scope', allScopes.join(' '));
            body = form.toString();
        }
        else {
            if (challenge.params.service)
                url.searchParams.set('service', challenge.params.service);
            for (const scope of allScopes)
                url.searchParams.append('scope', scope);
            if (credentials.username && credentials.password !== undefined) {
                const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
                secrets.add(credentials.password);
                secrets.add(basic);
                headers.authorization = `Basic ${basic}`;
            }
        }
        let answer;
        try {
            answer = await this.context.http.request(url, { method, headers, body });
        }
        catch (error) {
            throw this.context.errors.connectionError({ what, registry: url.host }, error);
        }
        const response = toResponse(url, answer);
        this.context.debug?.(`${method} ${redactUrl(url)} → ${response.status}`);
        const text = (await readBody(response.body, MAX_TOKEN_BODY_BYTES))?.toString('utf8') ?? '';
        if (response.status !== 200) {
            throw this.context.errors.tokenRefused(what, response.status, text, registry, Boolean(credentials.username));
        }
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            throw new errors/* RegistryError */.gl(`${what} failed: the answer is not JSON`, response.status);
        }
        const value = parsed.token ?? parsed.access_token;
        if (!value)
            throw new errors/* RegistryError */.gl(`${what} failed: the answer holds no token`, response.status);
        secrets.add(value);
        const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0
            ? parsed.expires_in
            : DEFAULT_TOKEN_SECONDS;
        return { value, expiresAt: Date.now() + seconds * 1000 - TOKEN_EXPIRY_MARGIN_MS };
    }
}

// EXTERNAL MODULE: ./src/oci/transport/origin.ts
var origin = __webpack_require__(12745);
;// CONCATENATED MODULE: ./src/oci/transport/retry.ts
/**
 * The retry policy (go-containerregistry `remote/options.go`): which failures are worth repeating
 * (408, 429, 5xx, connections reset or timed out; never 401/403/404 or content mismatches) and how long
 * to wait before the next attempt (exponential backoff with jitter, or the registry's Retry-After).
 */


const DEFAULT_MAX_ATTEMPTS = 4;
const DEFAULT_RETRY_BASE_DELAY_MS = 300;
const MAX_BACKOFF_MS = 10_000;
/** A registry asking for longer than this is not waited for longer. */
const MAX_RETRY_AFTER_MS = 30_000;
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT'
]);
/** The policy the client options ask for: defaults where unset, always at least one attempt. */
function retryPolicy(options) {
    return {
        maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
        baseDelayMs: options.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS
    };
}
/**
 * True for failures worth repeating: 408, 429 and 5xx answers, and connections that were reset or
 * timed out. Never 401/403/404 or content mismatches.
 */
function isTransientError(error) {
    if (!(error instanceof errors/* RegistryError */.gl))
        return false;
    if (error.status !== undefined)
        return RETRYABLE_STATUSES.has(error.status);
    const code = networkCode(error.cause);
    return code !== undefined && RETRYABLE_NETWORK_CODES.has(code);
}
/** True when `error`, the failure of attempt `attempt` of at most `maxAttempts`, is worth another. */
function shouldRetry(error, attempt, maxAttempts) {
    return attempt < maxAttempts && isTransientError(error);
}
/** Exponential backoff with jitter, or the registry's Retry-After (seconds or a date), capped. */
function retryDelayMs(attempt, baseMs, retryAfter) {
    if (retryAfter) {
        const seconds = Number(retryAfter);
        const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
        if (Number.isFinite(ms))
            return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
    }
    const backoff = Math.min(baseMs * 2 ** (attempt - 1), MAX_BACKOFF_MS);
    return backoff / 2 + Math.random() * (backoff / 2);
}
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}
/** Waits the backoff that follows the failure of attempt `attempt`. */
function backoff(policy, attempt) {
    return sleep(retryDelayMs(attempt, policy.baseDelayMs));
}

;// CONCATENATED MODULE: ./src/oci/transport.ts















const MAX_REDIRECTS = 5;
class Transport {
    options;
    http;
    insecure;
    retries;
    userAgent;
    errors;
    auth;
    secrets;
    constructor(options = {}) {
        this.options = options;
        const ca = options.caCertificates ? [...external_node_tls_.rootCertificates, options.caCertificates] : undefined;
        this.http = new http/* HttpClient */.Q({ ca, maxConnectionsPerHost: options.maxConnectionsPerHost });
        this.insecure = new Set(options.insecureRegistries ?? []);
        this.retries = retryPolicy(options);
        this.userAgent = options.userAgent ?? 'signet';
        this.secrets = new Secrets(options.onSecret);
        this.errors = new ErrorMapper({
            secrets: this.secrets,
            insecure: this.insecure,
            credentials: options.credentials,
            advice: options.loginAdvice ?? 'docker login'
        });
        this.auth = new Authenticator({
            http: this.http,
            credentials: options.credentials,
            userAgent: this.userAgent,
            secrets: this.secrets,
            errors: this.errors,
            debug: options.debug
        });
    }
    /** `https://host/`, or `http://host/` for hosts listed as insecure; Docker Hub's API host for docker.io. */
    baseUrl(registry) {
        return (0,origin/* registryBaseUrl */.m)(registry, this.insecure);
    }
    async close() {
        await this.http.close();
    }
    /** Sends a request: authenticates on challenge, retries transient failures, maps errors. */
    async request(req) {
        const attempts = req.retry === false || !replayable(req) ? 1 : this.retries.maxAttempts;
        for (let attempt = 1;; attempt++) {
            const outcome = await this.attempt(req);
            if (outcome.response)
                return outcome.response;
            const error = outcome.error;
            if (!shouldRetry(error, attempt, attempts))
                throw error;
            const delay = retryDelayMs(attempt, this.retries.baseDelayMs, outcome.retryAfter);
            if (error.status === 429) {
                // The registry's text: redacted whole before it is cut, as an error body is.
                const retryAfter = outcome.retryAfter && this.secrets.redact(outcome.retryAfter).slice(0, 40);
                const asked = retryAfter ? ` (Retry-After: ${(0,sanitize/* oneLine */.TN)(retryAfter)})` : '';
                this.options.warn?.(`${req.registry} is rate-limiting requests (HTTP 429)${asked}: waiting ${(delay / 1000).toFixed(1)} s before attempt ${attempt + 1} of ${attempts}`);
            }
            this.options.debug?.(`${req.what}: ${error.message}; attempt ${attempt + 1} of ${attempts} in ${Math.round(delay)} ms`);
            await sleep(delay);
        }
    }
    async attempt(req) {
        try {
            const url = new URL(req.target, this.baseUrl(req.registry));
            let authorization = await this.auth.cachedAuthorization(req.registry, req.scopes);
            let response = await this.send(req, url, authorization);
            const challenged = response.status === 401 && response.url.origin === this.baseUrl(req.registry).origin;
            if (challenged && replayable(req)) {
                const challenge = response.header('www-authenticate');
                await response.body.dump();
                authorization = await this.auth.authorize(req, challenge, authorization);
                response = await this.send(req, url, authorization);
            }
            if (req.expect.includes(response.status))
                return { response };
            return {
                error: await this.errors.statusError(req, response),
                retryAfter: response.header('retry-after')
            };
        }
        catch (error) {
            if (error instanceof errors/* RegistryError */.gl)
                return { error };
            // A credential file that cannot be read is bad local input (exit 2), not a registry out of reach.
            if (error instanceof oci_errors/* OciInputError */.i)
                throw error;
            return { error: this.errors.connectionError(req, error) };
        }
    }
    /** One exchange, following redirects by hand so Authorization never leaves the registry's origin. */
    async send(req, start, authorization) {
        const origin = this.baseUrl(req.registry).origin;
        let url = start;
        let method = req.method;
        for (let redirects = 0;; redirects++) {
            const headers = { 'user-agent': this.userAgent, ...req.headers };
            if (authorization && url.origin === origin)
                headers.authorization = authorization;
            const body = method === 'GET' || method === 'HEAD' ? undefined : (req.body ?? Buffer.alloc(0));
            const answer = await this.http.request(url, { method, headers, body });
            const response = toResponse(url, answer);
            this.options.debug?.(`${method} ${redactUrl(url)} → ${response.status}`);
            const location = response.header('location');
            const isRedirect = [301, 302, 303, 307, 308].includes(response.status);
            if (!req.followRedirects || !isRedirect || !location || !replayable(req))
                return response;
            await response.body.dump();
            if (redirects >= MAX_REDIRECTS) {
                throw new errors/* RegistryError */.gl(`${req.what} failed: more than ${MAX_REDIRECTS} redirects`, response.status);
            }
            const next = new URL(location, url);
            if (url.protocol === 'https:' && next.protocol !== 'https:') {
                throw new errors/* RegistryError */.gl(`${req.what} failed: refusing a redirect from HTTPS to ${redactUrl(next)}`);
            }
            if (response.status === 303)
                method = 'GET';
            url = next;
        }
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/run-memory.ts
/**
 * What one RegistryClient learns during a run and need not ask again (regclient's cache and feature
 * set, oras-go's `referrersState`): manifests by digest (content-addressed, hashed when fetched, so they
 * cannot go stale), what each tag pointed at when first asked (one run sees one answer per tag, and a gate
 * that meets a tag in twenty files resolves it once; dropped when this client pushes the tag), small blobs
 * by digest (envelopes and bundles, hashed when fetched), referrer lists by subject digest (dropped when
 * this client pushes a referrer of that subject), and whether each registry has the referrers API. Entries
 * are promises, so callers that ask at the same time share one request; a failed request is forgotten, so
 * the next caller asks again.
 */
class RunMemory {
    manifests = new Map();
    tags = new Map();
    smallBlobs = new Map();
    referrerLists = new Map();
    referrersApiAnswers = new Map();
    /** The manifest `digest` of `repository` (`registry/name`), fetched by `fetch` on the first ask. */
    manifest(repository, digest, fetch) {
        return remember(this.manifests, `${repository}@${digest}`, fetch);
    }
    /** Records a manifest fetched another way (by tag), under its digest. */
    rememberManifest(repository, manifest) {
        this.manifests.set(`${repository}@${manifest.descriptor.digest}`, Promise.resolve(manifest));
    }
    /** The manifest when it was fetched (or is being fetched) in this run: a HEAD for it need not be sent. */
    knownManifest(repository, digest) {
        return this.manifests.get(`${repository}@${digest}`);
    }
    /** The manifest `tag` of `repository` pointed at when this run first asked, fetched by `fetch` then. */
    taggedManifest(repository, tag, fetch) {
        return remember(this.tags, `${repository}:${tag}`, fetch);
    }
    /** The tag's manifest when it was fetched (or is being fetched) in this run. */
    knownTag(repository, tag) {
        return this.tags.get(`${repository}:${tag}`);
    }
    /** Forgets what `tag` pointed at: this client just pushed it. */
    forgetTag(repository, tag) {
        this.tags.delete(`${repository}:${tag}`);
    }
    /** A small blob of `repository` by digest and size, fetched (and digest-checked) by `fetch` on the first ask. */
    smallBlob(repository, descriptor, fetch) {
        return remember(this.smallBlobs, `${repository}@${descriptor.digest} ${descriptor.size}`, fetch);
    }
    referrers(repository, subject, artifactType, list) {
        return remember(this.referrerLists, `${repository}@${subject} ${artifactType ?? ''}`, list);
    }
    /** The listing of every referrer of `subject` when it was asked for (or is being asked for) in this run. */
    knownReferrers(repository, subject) {
        return this.referrerLists.get(`${repository}@${subject} `);
    }
    /** Forgets the referrer lists of `subject` (of every artifact type): a referrer was just pushed. */
    forgetReferrers(repository, subject) {
        const prefix = `${repository}@${subject} `;
        for (const key of this.referrerLists.keys())
            if (key.startsWith(prefix))
                this.referrerLists.delete(key);
    }
    /**
     * Whether `registry` answers the referrers API, once a listing found out; while the first listing is
     * still finding out, its answer to come (undefined if it failed, and the caller finds out itself).
     */
    referrersApi(registry) {
        return this.referrersApiAnswers.get(registry);
    }
    /**
     * Claims finding out whether `registry` has the referrers API: callers that ask meanwhile wait for the
     * answer instead of asking the registry too. Settle with what the listing learnt (undefined: nothing).
     */
    findOutReferrersApi(registry) {
        let settle = () => undefined;
        this.referrersApiAnswers.set(registry, new Promise(resolve => (settle = resolve)));
        return available => {
            if (available === undefined)
                this.referrersApiAnswers.delete(registry);
            else
                this.referrersApiAnswers.set(registry, available);
            settle(available);
        };
    }
}
function remember(map, key, load) {
    const known = map.get(key);
    if (known !== undefined)
        return known;
    const loading = load();
    map.set(key, loading);
    loading.catch(() => {
        if (map.get(key) === loading)
            map.delete(key);
    });
    return loading;
}

// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
;// CONCATENATED MODULE: ./src/oci/registry/repository-transport.ts




/**
 * The transport bound to one repository, shared by the operations on its manifests, blobs, tags and
 * referrers: its token scope, its name in messages, and the retry of answers whose body broke off.
 */
class RepositoryTransport {
    transport;
    registry;
    name;
    /** `registry/name`, as messages name the repository. */
    fullName;
    retries;
    constructor(transport, registry, name, options) {
        this.transport = transport;
        this.registry = registry;
        this.name = name;
        this.fullName = (0,reference/* repositoryName */.aR)({ registry, repository: name });
        this.retries = retryPolicy(options);
    }
    send(request) {
        const own = repositoryScope(this.name, request.push ? ['pull', 'push'] : ['pull']);
        return this.transport.request({
            ...request,
            registry: this.registry,
            scopes: [own, ...(request.scopes ?? [])]
        });
    }
    /**
     * Sends a request and reads its answer with `read`. A connection lost while the body was being read
     * (after the transport already handed the response over) becomes a RegistryError and the whole
     * exchange is repeated like any transient failure; errors `read` raises itself pass through.
     */
    async exchange(request, read) {
        for (let attempt = 1;; attempt++) {
            const response = await this.send(request);
            try {
                return await read(response);
            }
            catch (error) {
                if (error instanceof errors/* SignetError */.Tj)
                    throw error;
                const failure = bodyInterrupted(request.what, error);
                if (!shouldRetry(failure, attempt, this.retries.maxAttempts))
                    throw failure;
                await backoff(this.retries, attempt);
            }
        }
    }
}
/** A connection that broke off while a body was read, as a RegistryError (transient when the cause is). */
function bodyInterrupted(what, error) {
    return new errors/* RegistryError */.gl(`${what} failed: the connection broke off while reading the answer (${(0,errors/* errorMessage */.gJ)(error)})`, undefined, undefined, { cause: error });
}

;// CONCATENATED MODULE: ./src/oci/registry/upload-stream.ts



/**
 * What a blob upload reads its source through: a digest and size check, and the cut of one stream into
 * the consecutive parts of a chunked upload.
 */
/**
 * Everything read from an upload source is hashed on the way: a source that does not match its
 * descriptor fails before the upload is committed, with a ContentMismatchError. A source that is itself
 * a check of this descriptor (a layout or registry blob stream) is used as it is, not hashed twice.
 */
function verifiedSource(source, descriptor, what) {
    if (source instanceof oci_digest/* VerifyingStream */.SC && source.verifies(descriptor))
        return source;
    const verifying = new oci_digest/* VerifyingStream */.SC(descriptor, what);
    (0,external_node_stream_.pipeline)(Buffer.isBuffer(source) ? external_node_stream_.Readable.from([source]) : source, verifying, () => undefined);
    return verifying;
}
/**
 * Consecutive parts of one stream, each of a given length and streamed as it is sent (nothing is held
 * beyond the chunk in hand; a chunk that straddles two parts is split).
 */
class StreamParts {
    digest;
    what;
    chunks;
    leftover;
    /** Bytes handed out so far. */
    position = 0;
    constructor(stream, digest, what) {
        this.digest = digest;
        this.what = what;
        this.chunks = stream[Symbol.asyncIterator]();
    }
    async *take(length) {
        for (let remaining = length; remaining > 0;) {
            let chunk = this.leftover ?? (await this.nextChunk());
            this.leftover = undefined;
            if (chunk.length > remaining) {
                this.leftover = chunk.subarray(remaining);
                chunk = chunk.subarray(0, remaining);
            }
            remaining -= chunk.length;
            this.position += chunk.length;
            yield chunk;
        }
    }
    /** Reads the end of the stream, so its final checks run; fails when bytes are left over. */
    async finish() {
        if (this.leftover !== undefined || !(await this.chunks.next()).done) {
            throw this.mismatch(`size mismatch (more than the ${this.position} bytes uploaded)`);
        }
    }
    mismatch(detail) {
        return new errors/* ContentMismatchError */.gd(`${this.what} ${this.digest}: ${detail}`, this.digest, detail);
    }
    async nextChunk() {
        const next = await this.chunks.next();
        if (next.done)
            throw this.mismatch(`size mismatch (the source ended after ${this.position} bytes)`);
        return Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/blobs.ts








/** Blobs up to this size go up in one PUT; larger ones in PATCH chunks. */
const MONOLITHIC_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;
/**
 * The size of each PATCH of a chunked upload, streamed from the source (not held in memory). Each PATCH
 * ends in a round trip the upload waits on; 32 MiB measured faster than 8 MiB and level with 64 MiB
 * (npm run bench, loopback docker-registry).
 */
const UPLOAD_CHUNK_BYTES = 32 * 1024 * 1024;
/** Blobs up to this size read into memory are remembered for the run (envelopes, bundles, configs). */
const REMEMBERED_BLOB_BYTES = 256 * 1024;
/**
 * The blobs of a repository (regclient `scheme/reg/blob.go`): fetched as streams that fail unless their
 * bytes match the descriptor (resumed where a connection broke off), pushed by mount, one PUT or PATCH
 * chunks, from sources hashed on the way.
 */
class Blobs {
    repository;
    memory;
    constructor(repository, memory = new RunMemory()) {
        this.repository = repository;
        this.memory = memory;
    }
    path(digest) {
        return `/v2/${this.repository.name}/blobs/${digest}`;
    }
    async exists(digest) {
        const response = await this.repository.send({
            method: 'HEAD',
            target: this.path(digest),
            expect: [200, 404],
            followRedirects: true,
            what: `HEAD blob ${digest} of ${this.repository.fullName}`
        });
        await response.body.dump();
        return response.status === 200;
    }
    /**
     * A stream of the blob that fails unless its bytes match the descriptor's size and digest. A
     * connection lost mid-body is resumed with a Range request from the last byte received (from the
     * start, skipping what was read, when the registry ignores Range), so the hash sees every byte once.
     */
    async fetch(descriptor) {
        const first = await this.request(descriptor, 0);
        const verifying = new oci_digest/* VerifyingStream */.SC(descriptor, `Blob of ${this.repository.fullName}`);
        // pipeline destroys both ends on error; the error reaches whoever reads `verifying`.
        (0,external_node_stream_.pipeline)(external_node_stream_.Readable.from(this.resumingBody(descriptor, first)), verifying, () => undefined);
        return verifying;
    }
    request(descriptor, offset) {
        return this.repository.send({
            method: 'GET',
            target: this.path(descriptor.digest),
            headers: offset > 0 ? { range: `bytes=${offset}-` } : undefined,
            expect: offset > 0 ? [200, 206] : [200],
            followRedirects: true,
            what: `GET blob ${descriptor.digest} of ${this.repository.fullName}${offset > 0 ? ` (from byte ${offset})` : ''}`
        });
    }
    async *resumingBody(descriptor, first) {
        const { retries } = this.repository;
        let response = first;
        let received = 0;
        let skip = 0;
        for (let attempt = 1;; attempt++) {
            try {
                for await (const data of response.body) {
                    let chunk = data;
                    if (skip > 0) {
                        const dropped = Math.min(skip, chunk.length);
                        skip -= dropped;
                        chunk = chunk.subarray(dropped);
                    }
                    received += chunk.length;
                    if (chunk.length > 0)
                        yield chunk;
                }
                return;
            }
            catch (error) {
                const failure = bodyInterrupted(`GET blob ${descriptor.digest} of ${this.repository.fullName}`, error);
                if (!shouldRetry(failure, attempt, retries.maxAttempts))
                    throw failure;
                await backoff(retries, attempt);
                response = await this.request(descriptor, received);
                if (response.status === 200)
                    skip = received;
            }
        }
    }
    /** A small blob (config, envelope) in memory, verified; refuses descriptors larger than `maxBytes`. */
    async fetchBytes(descriptor, maxBytes) {
        if (descriptor.size > maxBytes) {
            throw new errors/* RegistryError */.gl(`Refusing blob ${descriptor.digest} of ${this.repository.fullName}: its descriptor says ${descriptor.size} bytes, more than the ${maxBytes} allowed here`);
        }
        const read = async () => {
            const chunks = [];
            for await (const chunk of await this.fetch(descriptor))
                chunks.push(chunk);
            return Buffer.concat(chunks);
        };
        if (descriptor.size > REMEMBERED_BLOB_BYTES)
            return read();
        return this.memory.smallBlob(this.repository.fullName, descriptor, read);
    }
    /**
     * Uploads a blob unless the repository has it: a cross-repository mount when `mountFrom` is given,
     * else one PUT (small blobs) or PATCH chunks. A transient failure restarts the upload from a fresh
     * `open()`, because a half-received upload session cannot be trusted to resume.
     */
    async push(descriptor, open, options = {}) {
        if (await this.exists(descriptor.digest))
            return 'exists';
        const { retries } = this.repository;
        for (let attempt = 1;; attempt++) {
            try {
                return await this.upload(descriptor, open, options);
            }
            catch (error) {
                if (!shouldRetry(error, attempt, retries.maxAttempts))
                    throw error;
                await backoff(retries, attempt);
            }
        }
    }
    async upload(descriptor, open, options) {
        const { name, fullName } = this.repository;
        const what = `blob ${descriptor.digest} to ${fullName}`;
        const mountFrom = options.mountFrom !== name ? options.mountFrom : undefined;
        const query = mountFrom
            ? `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(mountFrom)}`
            : '';
        const started = await this.repository.send({
            method: 'POST',
            target: `/v2/${name}/blobs/uploads/${query}`,
            push: true,
            scopes: mountFrom ? [repositoryScope(mountFrom, ['pull'])] : [],
            expect: mountFrom ? [201, 202] : [202],
            retry: false,
            what: `POST ${mountFrom ? `mount of ${what} from ${mountFrom}` : `upload of ${what}`}`
        });
        await started.body.dump();
        if (started.status === 201)
            return 'mounted';
        let location = uploadLocation(started, what);
        const verified = verifiedSource(await open(), descriptor, `Source of blob for ${fullName}`);
        let sent = 0;
        try {
            if (descriptor.size <= MONOLITHIC_UPLOAD_MAX_BYTES) {
                const body = Buffer.concat(await verified.toArray());
                await this.finishUpload(location, descriptor.digest, body, what);
                options.onProgress?.(body.length);
                return 'uploaded';
            }
            const parts = new StreamParts(verified, descriptor.digest, `Source of blob for ${fullName}`);
            while (sent < descriptor.size) {
                const length = Math.min(UPLOAD_CHUNK_BYTES, descriptor.size - sent);
                const range = `${sent}-${sent + length - 1}`;
                const response = await this.repository.send({
                    method: 'PATCH',
                    target: location.toString(),
                    headers: {
                        'content-type': 'application/octet-stream',
                        'content-range': range,
                        'content-length': String(length)
                    },
                    body: external_node_stream_.Readable.from(parts.take(length), { objectMode: false }),
                    push: true,
                    expect: [202],
                    retry: false,
                    what: `PATCH ${what} (bytes ${range})`
                });
                await response.body.dump();
                if (parts.position !== sent + length) {
                    throw new errors/* RegistryError */.gl(`PATCH ${what} (bytes ${range}): the registry answered before reading it all`);
                }
                location = uploadLocation(response, what);
                sent += length;
                options.onProgress?.(sent);
            }
            // The end of the source is where the verifying stream reports a digest mismatch: before the commit.
            await parts.finish();
            await this.finishUpload(location, descriptor.digest, Buffer.alloc(0), what);
            return 'uploaded';
        }
        catch (error) {
            // A source failing mid-PATCH reaches the transport as a broken request: report the source's error.
            throw verified.errored ?? error;
        }
        finally {
            verified.destroy();
        }
    }
    async finishUpload(location, digest, body, what) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const response = await this.repository.send({
            method: 'PUT',
            target: url.toString(),
            headers: { 'content-type': 'application/octet-stream' },
            body,
            push: true,
            expect: [201],
            retry: false,
            what: `PUT ${what}`
        });
        await response.body.dump();
    }
}
function uploadLocation(response, what) {
    const location = response.header('location');
    if (!location)
        throw new errors/* RegistryError */.gl(`Upload of ${what}: the registry sent no Location`, response.status);
    return new URL(location, response.url);
}

// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/oci/registry/pages.ts



/**
 * Paginated listings (catalog, tags, referrers): one page of JSON, at most the size of a manifest, and
 * the `Link: rel="next"` to the next one.
 */
/** Pages of referrers, tags or repositories followed at most, against registries that link in circles. */
const MAX_PAGES = 100;
async function readPage(response) {
    return {
        body: await readBody(response.body, types/* MAX_MANIFEST_BYTES */.ZJ),
        next: nextLink(response.header('link'), response.url),
        filteredBy: (response.header('oci-filters-applied') ?? '').split(',').map(filter => filter.trim())
    };
}
/** The page's body, refused when it was larger than a manifest may be. */
function pageBody(page, what) {
    if (!page.body)
        throw new errors/* RegistryError */.gl(`${what}: the answer is larger than ${types/* MAX_MANIFEST_BYTES */.ZJ} bytes`);
    return page.body;
}
function parseJson(bytes, what) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new errors/* RegistryError */.gl(`${what} is not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/catalog.ts


/**
 * The repository names of a registry (`/v2/_catalog`, following `Link` pagination), or undefined when
 * the registry does not let this client list them (401, 403, 404: common on hosted registries), so the
 * caller can fall back to repositories it was told about.
 */
async function listCatalog(transport, registry) {
    const names = [];
    let target = '/v2/_catalog?n=1000';
    for (let page = 0; target && page < MAX_PAGES; page++) {
        const what = `GET catalog of ${registry}`;
        let response;
        try {
            response = await transport.request({
                method: 'GET',
                registry,
                target,
                scopes: ['registry:catalog:*'],
                expect: [200, 401, 403, 404],
                what
            });
        }
        catch (error) {
            if (error instanceof errors/* RegistryError */.gl && [401, 403].includes(error.status ?? 0))
                return undefined;
            throw error;
        }
        if (response.status !== 200) {
            await response.body.dump();
            if (page > 0)
                throw new errors/* RegistryError */.gl(`${what}: a next page vanished (HTTP ${response.status})`);
            return undefined;
        }
        const listing = await readPage(response);
        const parsed = parseJson(pageBody(listing, what), `the catalog of ${registry}`);
        if (!Array.isArray(parsed.repositories) || !parsed.repositories.every(name => typeof name === 'string'))
            throw new errors/* RegistryError */.gl(`${what}: the answer has no list of repository names`);
        names.push(...parsed.repositories);
        target = listing.next;
    }
    return names;
}

;// CONCATENATED MODULE: ./src/oci/registry/manifests.ts





/** Tags named in a "not found" message at most; the rest are counted. */
const MAX_TAGS_SHOWN = 20;
/** The distribution-spec tag grammar: what a tag list may show a person. */
const TAG_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** `sha256-<hex>` tags hold referrers (signatures), not images: not worth listing as candidates. */
const REFERRERS_TAG = /^sha256-[0-9a-f]{64}$/;
const ACCEPT_MANIFESTS = types/* MANIFEST_MEDIA_TYPES */.$T.join(', ');
function mediaTypeOf(contentType) {
    const type = contentType?.split(';')[0].trim();
    return type && types/* MANIFEST_MEDIA_TYPES */.$T.includes(type) ? type : undefined;
}
/**
 * The manifests of a repository (regclient `scheme/reg/manifest.go`): resolve, fetch (hashed against
 * the digest asked for, size-capped), push (checked against the digest the registry echoes), tag.
 */
class Manifests {
    repository;
    tags;
    memory;
    constructor(repository, tags, memory = new RunMemory()) {
        this.repository = repository;
        this.tags = tags;
        this.memory = memory;
    }
    path(reference) {
        return `/v2/${this.repository.name}/manifests/${reference}`;
    }
    /** The descriptor a tag or digest points at, from a HEAD (a GET when the registry sends no digest). */
    async resolve(reference) {
        const { fullName } = this.repository;
        const known = (0,oci_digest/* isDigest */.Bc)(reference)
            ? this.memory.knownManifest(fullName, reference)
            : this.memory.knownTag(fullName, reference);
        if (known)
            return (await known).descriptor;
        const response = await this.head(reference);
        if (response.status === 404)
            throw await this.notFound(reference);
        const digest = response.header('docker-content-digest');
        const size = Number(response.header('content-length'));
        const mediaType = mediaTypeOf(response.header('content-type'));
        if (!digest || !(0,oci_digest/* isDigest */.Bc)(digest) || !Number.isSafeInteger(size) || !mediaType) {
            return (await this.fetch(reference)).descriptor;
        }
        if ((0,oci_digest/* isDigest */.Bc)(reference) && digest !== reference) {
            throw new errors/* ContentMismatchError */.gd(`Manifest ${reference} of ${this.repository.fullName}: the registry reports digest ${digest}`, reference, `digest mismatch (registry reports ${digest})`);
        }
        return { mediaType, digest, size };
    }
    /**
     * A 404 for a manifest, saying what is missing: the repository (a misspelled name looks like a missing
     * tag otherwise) or the tag, with the tags there are. The tag list is registry text: only names that
     * are valid tags are shown, and at most MAX_TAGS_SHOWN of them.
     */
    async notFound(reference) {
        const { registry, name, fullName } = this.repository;
        const error = (detail) => new errors/* RegistryError */.gl(`Manifest '${reference}' not found in ${fullName}: ${detail}`, 404, 'MANIFEST_UNKNOWN');
        let tags;
        try {
            tags = (await this.tags.list()).filter(tag => TAG_NAME.test(tag) && !REFERRERS_TAG.test(tag));
        }
        catch (listing) {
            if (listing instanceof errors/* RegistryError */.gl && listing.status === 404) {
                return error(`the repository ${name} does not exist on ${registry}: check the repository name`);
            }
            const why = listing instanceof errors/* RegistryError */.gl && listing.status ? `: HTTP ${listing.status}` : '';
            return error(`check the repository name and the tag or digest (its tags cannot be listed${why})`);
        }
        if (tags.length === 0)
            return error(`the repository ${name} has no tags: check the repository name`);
        if ((0,oci_digest/* isDigest */.Bc)(reference))
            return error('no manifest with this digest: check the digest');
        tags.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
        const shown = tags.slice(0, MAX_TAGS_SHOWN).join(', ');
        const more = tags.length > MAX_TAGS_SHOWN ? ` and ${tags.length - MAX_TAGS_SHOWN} more` : '';
        return error(`the tag is not among its ${tags.length} tags: ${shown}${more}`);
    }
    /**
     * The manifest bytes, checked against the digest asked for (or the registry's digest header for a
     * tag). Asked once per digest and per tag and run: a manifest fetched by tag is remembered under its
     * digest too, so the caller that resolved a tag with this GET never asks for the same bytes again.
     */
    async fetch(reference) {
        const { fullName } = this.repository;
        if ((0,oci_digest/* isDigest */.Bc)(reference))
            return this.memory.manifest(fullName, reference, () => this.fetchOnce(reference));
        return this.memory.taggedManifest(fullName, reference, async () => {
            const fetched = await this.fetchOnce(reference);
            this.memory.rememberManifest(fullName, fetched);
            return fetched;
        });
    }
    async fetchOnce(reference) {
        const fetched = await this.fetchIfExists(reference);
        if (!fetched)
            throw await this.notFound(reference);
        return fetched.manifest;
    }
    /** The manifest and its ETag, or undefined when the registry has none under `reference` (404). */
    async fetchIfExists(reference) {
        const what = `manifest '${reference}' of ${this.repository.fullName}`;
        return this.repository.exchange({
            method: 'GET',
            target: this.path(reference),
            headers: { accept: ACCEPT_MANIFESTS },
            expect: [200, 404],
            what: `GET ${what}`
        }, response => this.read(reference, what, response));
    }
    async read(reference, what, response) {
        if (response.status === 404) {
            await response.body.dump();
            return undefined;
        }
        const tooLarge = () => new errors/* RegistryError */.gl(`Refusing ${what}: larger than the ${types/* MAX_MANIFEST_BYTES */.ZJ} bytes allowed for a manifest`);
        if (Number(response.header('content-length')) > types/* MAX_MANIFEST_BYTES */.ZJ) {
            await response.body.dump();
            throw tooLarge();
        }
        const bytes = await readBody(response.body, types/* MAX_MANIFEST_BYTES */.ZJ);
        if (!bytes)
            throw tooLarge();
        const expectedDigest = (0,oci_digest/* isDigest */.Bc)(reference) ? reference : response.header('docker-content-digest');
        if (expectedDigest && (0,oci_digest/* isDigest */.Bc)(expectedDigest))
            (0,oci_digest/* checkContent */.aG)(bytes, { digest: expectedDigest, size: bytes.length }, `Manifest of ${this.repository.fullName}`);
        const digest = expectedDigest && (0,oci_digest/* isDigest */.Bc)(expectedDigest) ? expectedDigest : (0,oci_digest/* sha256Digest */.sI)(bytes);
        let manifest;
        try {
            manifest = JSON.parse(bytes.toString('utf8'));
        }
        catch (error) {
            throw new errors/* RegistryError */.gl(`${what} is not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}`, 200, 'MANIFEST_INVALID');
        }
        if (typeof manifest !== 'object' || manifest === null || manifest.schemaVersion !== 2) {
            throw new errors/* RegistryError */.gl(`${what} is not a schemaVersion 2 manifest or index`, 200, 'MANIFEST_INVALID');
        }
        const mediaType = mediaTypeOf(response.header('content-type')) ??
            manifest.mediaType ??
            ('manifests' in manifest ? types/* MediaType */.zu.OciIndex : types/* MediaType */.zu.OciManifest);
        return {
            manifest: { descriptor: { mediaType, digest, size: bytes.length }, bytes, manifest },
            etag: response.header('etag')
        };
    }
    async exists(reference) {
        return (await this.head(reference)).status === 200;
    }
    /** A HEAD of a manifest, answered 200 (headers carry its digest and size) or 404; the body is drained. */
    async head(reference) {
        const response = await this.repository.send({
            method: 'HEAD',
            target: this.path(reference),
            headers: { accept: ACCEPT_MANIFESTS },
            expect: [200, 404],
            what: `HEAD manifest '${reference}' of ${this.repository.fullName}`
        });
        await response.body.dump();
        return response;
    }
    /**
     * PUTs a manifest under a tag, or under its own digest when no tag is given. With `ifMatch` (an ETag)
     * the PUT is conditional, and a 412 (someone else wrote first) is answered, not thrown.
     */
    async push(bytes, mediaType, reference, ifMatch) {
        const descriptor = (0,oci_digest/* describe */.q0)(bytes, mediaType);
        const target = reference ?? descriptor.digest;
        const what = `manifest '${target}' of ${this.repository.fullName}`;
        if (bytes.length > types/* MAX_MANIFEST_BYTES */.ZJ) {
            throw new errors/* RegistryError */.gl(`Refusing to push ${what}: ${bytes.length} bytes, more than the ${types/* MAX_MANIFEST_BYTES */.ZJ} registries accept`);
        }
        const response = await this.repository
            .send({
            method: 'PUT',
            target: this.path(target),
            headers: { 'content-type': mediaType, ...(ifMatch && { 'if-match': ifMatch }) },
            body: bytes,
            push: true,
            expect: ifMatch ? [200, 201, 412] : [200, 201],
            what: `PUT ${what}`
        })
            // Whatever the tag pointed at before, this run asks again (the PUT may have landed even if it failed).
            .finally(() => reference !== undefined && this.memory.forgetTag(this.repository.fullName, reference));
        await response.body.dump();
        if (response.status === 412)
            return { descriptor, subjectAccepted: false, preconditionFailed: true };
        const echoed = response.header('docker-content-digest');
        if (echoed && echoed.startsWith('sha256:') && echoed !== descriptor.digest) {
            throw new errors/* ContentMismatchError */.gd(`Pushed ${what}: the registry stored digest ${echoed}, expected ${descriptor.digest}`, descriptor.digest, `digest mismatch (registry reports ${echoed})`);
        }
        return { descriptor, subjectAccepted: response.header('oci-subject') !== undefined };
    }
    /** Points a tag at a manifest already in the repository. */
    async tag(descriptor, tag) {
        const fetched = await this.fetch(descriptor.digest);
        await this.push(fetched.bytes, descriptor.mediaType, tag);
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/referrers-tag.ts

/**
 * The referrers tag schema of distribution-spec v1.1, for registries without the referrers API: the
 * tag `<alg>-<hex>` of a subject holds an image index listing the manifests that refer to it.
 */
/** `sha256:abc…` → `sha256-abc…` (truncated to the 128 characters a tag may have). */
function referrersTag(subjectDigest) {
    return subjectDigest.replace(':', '-').slice(0, 128);
}
/** The index entry for a referrer: its descriptor plus `artifactType` and annotations, as the API lists it. */
function referrerDescriptor(manifest, pushed) {
    // The spec takes the config media type as artifact type when the manifest names none.
    const artifactType = manifest.artifactType ?? manifest.config?.mediaType;
    return {
        mediaType: pushed.mediaType,
        digest: pushed.digest,
        size: pushed.size,
        ...(artifactType && { artifactType }),
        ...(manifest.annotations && { annotations: manifest.annotations })
    };
}
/**
 * The referrers index with `entry` added (existing entries and annotations kept), serialised; or
 * undefined when the entry is already listed, so nothing needs writing.
 */
function addReferrer(current, entry) {
    const manifests = current?.manifests ?? [];
    if (manifests.some(existing => existing.digest === entry.digest))
        return undefined;
    const index = {
        schemaVersion: 2,
        mediaType: types/* MediaType */.zu.OciIndex,
        manifests: [...manifests, entry],
        ...(current?.annotations && { annotations: current.annotations })
    };
    return Buffer.from(JSON.stringify(index));
}
/**
 * The entries of `artifactType`, and those that name no type at all: copies made by `skopeo sync` or
 * `skopeo copy --all` rewrite the referrers tag index without each entry's `artifactType`, and dropping
 * them would hide the signatures. Callers read such a manifest's own type before using it.
 */
function filterByArtifactType(descriptors, artifactType) {
    return artifactType
        ? descriptors.filter(descriptor => descriptor.artifactType === artifactType || descriptor.artifactType === undefined)
        : descriptors;
}

// EXTERNAL MODULE: ./src/util/settled.ts
var settled = __webpack_require__(37641);
;// CONCATENATED MODULE: ./src/oci/registry/referrers.ts








/** Rounds of read-modify-write of the referrers tag when another writer races us (412). */
const MAX_REFERRERS_TAG_UPDATES = 8;
/** How long a referrers tag update settles before it is read back (jittered, so racing writers diverge). */
const REFERRERS_SETTLE_MS = 100;
/**
 * The referrers of a repository's manifests (regclient `scheme/reg/referrer.go`): listed through the
 * referrers API, or the referrers tag schema where the registry has no API; pushed so that either finds
 * them.
 */
class Referrers {
    repository;
    manifests;
    memory;
    constructor(repository, manifests, memory = new RunMemory()) {
        this.repository = repository;
        this.manifests = manifests;
        this.memory = memory;
    }
    /**
     * The referrers of a manifest, optionally of one artifact type: the referrers API, or on 404 the
     * referrers tag schema (`sha256-<hex>` holding an index; absent means none). Listed once per run.
     * While the registry's answer to the API is unknown, both are asked at once (one round trip instead
     * of two on a registry without the API); the answer is remembered for the rest of the run, and
     * listings that start meanwhile wait for it rather than ask the API too. A listing of one artifact
     * type is read from the run's listing of every referrer when there is one, so a caller that listed
     * them all early (verify, while it resolves) leaves nothing to ask for later.
     */
    list(digest, artifactType) {
        const { fullName } = this.repository;
        const every = artifactType === undefined ? undefined : this.memory.knownReferrers(fullName, digest);
        if (every !== undefined)
            return every.then(listed => filterByArtifactType(listed, artifactType));
        return this.memory.referrers(fullName, digest, artifactType, () => this.listOnce(digest, artifactType));
    }
    async listOnce(digest, artifactType) {
        const { registry } = this.repository;
        // Not awaited unless pending: the first listing must claim finding out before another one looks.
        const known = this.memory.referrersApi(registry);
        const api = known instanceof Promise ? await known : known;
        if (api === false)
            return this.fromTag(digest, artifactType);
        if (api === true)
            return (await this.fromApi(digest, artifactType)) ?? this.fromTag(digest, artifactType);
        const learnt = this.memory.findOutReferrersApi(registry);
        const fromTag = (0,settled/* settled */.g)(this.fromTag(digest, artifactType));
        try {
            const listed = await this.fromApi(digest, artifactType).finally(() => fromTag);
            learnt(listed !== undefined);
            return listed ?? (0,settled/* unwrap */.o)(await fromTag);
        }
        catch (error) {
            learnt(undefined);
            throw error;
        }
    }
    /** The referrers API's listing, or undefined when the registry has no such API (404 on the first page). */
    async fromApi(digest, artifactType) {
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        let target = `/v2/${this.repository.name}/referrers/${digest}${query}`;
        const found = [];
        for (let page = 0; target && page < MAX_PAGES; page++) {
            const what = `referrers of ${digest} in ${this.repository.fullName}`;
            const answer = await this.repository.exchange({
                method: 'GET',
                target,
                headers: { accept: types/* MediaType */.zu.OciIndex },
                expect: [200, 404],
                what: `GET ${what}`
            }, async (response) => {
                if (response.status !== 404)
                    return readPage(response);
                await response.body.dump();
                return undefined;
            });
            if (!answer) {
                if (page > 0)
                    throw new errors/* RegistryError */.gl(`GET ${what}: a next page vanished (HTTP 404)`, 404);
                return undefined;
            }
            const index = parseJson(pageBody(answer, `GET ${what}`), what);
            const listed = answer.filteredBy.includes('artifactType')
                ? (index.manifests ?? [])
                : filterByArtifactType(index.manifests ?? [], artifactType);
            // Pages that repeat (a Link back to an earlier page) list each referrer once.
            found.push(...listed.filter(entry => !found.some(known => known.digest === entry.digest)));
            target = answer.next;
        }
        return found;
    }
    async fromTag(digest, artifactType) {
        const fetched = await this.manifests.fetchIfExists(referrersTag(digest));
        if (!fetched)
            return [];
        const index = fetched.manifest.manifest;
        return filterByArtifactType(index.manifests ?? [], artifactType);
    }
    /**
     * Pushes a manifest that has a `subject`. When the registry does not index it itself (no OCI-Subject
     * in the answer), adds it to the referrers tag index with a read-modify-write guarded by ETag, and
     * reads it back until the entry is listed (registries without conditional PUTs lose racing updates).
     */
    async push(bytes, mediaType) {
        const manifest = parseJson(bytes, 'the referrer manifest');
        if (!manifest.subject?.digest) {
            throw new errors/* RegistryError */.gl(`Referrer manifest ${(0,oci_digest/* sha256Digest */.sI)(bytes)} has no subject: nothing to attach it to`);
        }
        // The run's listings of this subject are out of date from now on (and until the push is done).
        const subject = manifest.subject.digest;
        const forget = () => this.memory.forgetReferrers(this.repository.fullName, subject);
        forget();
        try {
            return await this.pushListed(bytes, mediaType, manifest, subject);
        }
        finally {
            forget();
        }
    }
    async pushListed(bytes, mediaType, manifest, subject) {
        const pushed = await this.manifests.push(bytes, mediaType);
        if (pushed.subjectAccepted)
            return pushed;
        const entry = referrerDescriptor(manifest, pushed.descriptor);
        const tag = referrersTag(subject);
        for (let round = 1; round <= MAX_REFERRERS_TAG_UPDATES; round++) {
            const current = await this.manifests.fetchIfExists(tag);
            const updated = addReferrer(current?.manifest.manifest, entry);
            if (!updated)
                return pushed;
            const result = await this.manifests.push(updated, types/* MediaType */.zu.OciIndex, tag, current?.etag);
            if (result.preconditionFailed)
                continue;
            // Registries that ignore If-Match (distribution 2.8) let a concurrent writer overwrite this update
            // with an index it read before: after a moment, the next round reads back and re-adds a lost entry.
            await sleep(REFERRERS_SETTLE_MS / 2 + Math.random() * REFERRERS_SETTLE_MS);
        }
        throw new errors/* RegistryError */.gl(`Updating the referrers tag ${tag} of ${this.repository.fullName}: other writers changed it ${MAX_REFERRERS_TAG_UPDATES} times in a row; retry`, 412);
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/tags.ts

/** The tags of a repository (regclient `scheme/reg/tag.go`): the tag list, page by page. */
class Tags {
    repository;
    constructor(repository) {
        this.repository = repository;
    }
    /** Every tag, following `Link` pagination. */
    async list() {
        const { name, fullName } = this.repository;
        const tags = [];
        let target = `/v2/${name}/tags/list`;
        for (let page = 0; target && page < MAX_PAGES; page++) {
            const what = `GET tags of ${fullName}`;
            const listing = await this.repository.exchange({ method: 'GET', target, expect: [200], what }, readPage);
            const parsed = parseJson(pageBody(listing, what), `the tag list of ${fullName}`);
            tags.push(...(parsed.tags ?? []));
            target = listing.next;
        }
        return tags;
    }
}

;// CONCATENATED MODULE: ./src/oci/registry.ts









class RegistryClient {
    options;
    transport;
    /** What this client learnt in its run: manifests, referrer lists, each registry's referrers API. */
    memory = new RunMemory();
    constructor(options = {}) {
        this.options = options;
        this.transport = new Transport(options);
    }
    repository(ref) {
        return new Repository(this.transport, ref.registry, ref.repository, this.options, this.memory);
    }
    /**
     * The repository names of a registry (`/v2/_catalog`, following `Link` pagination), or undefined when
     * the registry does not let this client list them (401, 403, 404: common on hosted registries), so the
     * caller can fall back to repositories it was told about.
     */
    catalog(registry) {
        return listCatalog(this.transport, registry);
    }
    /** Closes keep-alive sockets; the client is unusable afterwards. */
    async close() {
        await this.transport.close();
    }
}
/** Operations on one repository of one registry: each resource's own module does the work. */
class Repository {
    registry;
    name;
    manifests;
    blobs;
    tags;
    referrerList;
    constructor(transport, registry, name, options = {}, memory = new RunMemory()) {
        this.registry = registry;
        this.name = name;
        const repository = new RepositoryTransport(transport, registry, name, options);
        this.tags = new Tags(repository);
        this.manifests = new Manifests(repository, this.tags, memory);
        this.blobs = new Blobs(repository, memory);
        this.referrerList = new Referrers(repository, this.manifests, memory);
    }
    /** The descriptor a tag or digest points at, from a HEAD (a GET when the registry sends no digest). */
    resolve(reference) {
        return this.manifests.resolve(reference);
    }
    /**
     * The manifest bytes, checked against the digest asked for (or the registry's digest header for a tag),
     * fetched once per digest and run.
     */
    fetchManifest(reference) {
        return this.manifests.fetch(reference);
    }
    manifestExists(reference) {
        return this.manifests.exists(reference);
    }
    /** PUTs a manifest under a tag, or under its own digest when no tag is given. */
    async pushManifest(bytes, mediaType, reference) {
        return this.manifests.push(bytes, mediaType, reference);
    }
    /** Points a tag at a manifest already in the repository. */
    tag(descriptor, tag) {
        return this.manifests.tag(descriptor, tag);
    }
    blobExists(digest) {
        return this.blobs.exists(digest);
    }
    /** A stream of the blob that fails unless its bytes match the descriptor's size and digest. */
    fetchBlob(descriptor) {
        return this.blobs.fetch(descriptor);
    }
    /** A small blob (config, envelope) in memory, verified; refuses descriptors larger than `maxBytes`. */
    fetchBlobBytes(descriptor, maxBytes) {
        return this.blobs.fetchBytes(descriptor, maxBytes);
    }
    /** Uploads a blob unless the repository has it: by mount, one PUT or PATCH chunks (see Blobs.push). */
    pushBlob(descriptor, open, options = {}) {
        return this.blobs.push(descriptor, open, options);
    }
    /** Every tag, following `Link` pagination. */
    listTags() {
        return this.tags.list();
    }
    /**
     * The referrers of a manifest, optionally of one artifact type (referrers API, else the tag schema),
     * listed once per run unless this client pushes a referrer of it.
     */
    referrers(digest, artifactType) {
        return this.referrerList.list(digest, artifactType);
    }
    /** Pushes a manifest that has a `subject`, and lists it in the referrers tag where the registry does not. */
    pushReferrer(bytes, mediaType) {
        return this.referrerList.push(bytes, mediaType);
    }
}

// EXTERNAL MODULE: ./src/trust/http-fetch.ts
var http_fetch = __webpack_require__(2345);
;// CONCATENATED MODULE: ./src/run/context.ts
/**
 * Folder run/: one run per mode, between the faces and the engines. It reads the inputs (rules once),
 * builds the plan, owns the run's context, calls the engines and returns what a face renders (result,
 * table, outputs, annotations, exit code).
 * May import: report/, sign/, rules/, gate/, store/, verify/, inputs/, trust/, oci/, util/.
 *
 * The context of one run: the one registry client, the log, masking, the clock, the HTTP fetcher and the
 * facts of the CI environment, read once here so that no engine reads them again.
 */




/** The CI facts of an environment. */
function ciFacts(env) {
    return {
        env,
        githubActions: env.GITHUB_ACTIONS === 'true',
        workspace: env.GITHUB_WORKSPACE || undefined,
        eventName: env.GITHUB_EVENT_NAME || undefined,
        eventPath: env.GITHUB_EVENT_PATH || undefined,
        sha: env.GITHUB_SHA?.toLowerCase() || undefined,
        repositoryUrl: env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
            ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
            : undefined,
        sourceDateEpoch: env.SOURCE_DATE_EPOCH || undefined
    };
}
/** The registry client of a run, configured from the registry inputs. */
function openRegistryClient(registry, environment) {
    const ci = ciFacts(environment.env);
    const client = new RegistryClient({
        credentials: credentialSource({
            username: registry.username,
            password: registry.password,
            dockerConfigPath: registry.dockerConfig,
            env: environment.env
        }),
        insecureRegistries: registry.insecureRegistries,
        caCertificates: registry.registryCa,
        userAgent: contract/* SIGNING_AGENT */.Kp,
        onSecret: environment.maskSecret,
        // In a workflow (either face) the way to log in is docker/login-action; in a terminal, docker login.
        loginAdvice: ci.githubActions ? 'docker/login-action' : 'docker login',
        debug: message => environment.log.debug(message),
        warn: message => environment.log.warning(message)
    });
    environment.log.debug('Registry client opened for this run');
    return client;
}
/** The context of one run, with its one registry client (the face's, or one opened from the registry inputs). */
function createRunContext(registry, environment) {
    const client = environment.registryClient ?? openRegistryClient(registry, environment);
    return {
        registry: client,
        log: environment.log,
        maskSecret: environment.maskSecret,
        now: environment.now ?? new Date(),
        fetcher: new http_fetch/* HttpFetcher */.eI(contract/* SIGNING_AGENT */.Kp),
        ci: ciFacts(environment.env),
        close: () => client.close()
    };
}
/** Runs `body` with a context, closing its connections whatever happens. */
async function withRunContext(registry, environment, body) {
    const context = createRunContext(registry, environment);
    try {
        return await body(context);
    }
    finally {
        await context.close();
    }
}


/***/ })

};
