export const id = 69;
export const ids = [69];
export const modules = {

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

/***/ 49495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ splitSinglePlatformIndex),
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   Js: () => (/* binding */ attestedDigest)
/* harmony export */ });
/* unused harmony exports REFERENCE_TYPE_ANNOTATION, REFERENCE_DIGEST_ANNOTATION, ATTESTATION_MANIFEST, describeEntry */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1890);
/**
 * BuildKit attestations (SBOM, provenance). docker/build-push-action ≥ v4 pushes, even for one platform,
 * an image index holding the image manifest and an attestation manifest: platform `unknown/unknown`,
 * annotated `vnd.docker.reference.type: attestation-manifest` and `vnd.docker.reference.digest: <the
 * image manifest it describes>`. Such an index is one platform image with its attestations; Signet
 * carries them into the index it assembles, as `docker buildx imagetools create` does. Data model only.
 */


const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
const REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
const ATTESTATION_MANIFEST = 'attestation-manifest';
/**
 * An index entry that describes another entry (never a runnable image, never selected by platform): it
 * must carry BuildKit's annotation, the `unknown/unknown` platform nothing can run, and, given the index's
 * entries, point at one of its images. Anything else is an image, whatever its annotations say: an entry
 * with a runnable platform would otherwise be pulled by docker or skopeo while Signet never selects it.
 */
function isAttestation(descriptor, manifests) {
    if (!hasAttestationShape(descriptor))
        return false;
    if (manifests === undefined)
        return true;
    const described = attestedDigest(descriptor);
    return manifests.some(entry => entry.digest === described && !hasAttestationShape(entry));
}
function hasAttestationShape(descriptor) {
    return (descriptor.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST &&
        descriptor.platform?.os === 'unknown' &&
        descriptor.platform.architecture === 'unknown');
}
/** The entry an attestation describes. */
function attestedDigest(descriptor) {
    return descriptor.annotations?.[REFERENCE_DIGEST_ANNOTATION];
}
/**
 * The one image of a BuildKit single-platform index and the attestations of that image. An index with
 * several images (a real multi-platform index) or none is refused with its entries listed, so the user
 * can name one by digest; attestations of other images are dropped (there are none in such an index).
 */
function splitSinglePlatformIndex(index, label, digest) {
    const manifests = Array.isArray(index.manifests) ? index.manifests : [];
    const images = manifests.filter(entry => !isAttestation(entry, manifests));
    if (images.length !== 1) {
        const listing = manifests.map(describeEntry).join(', ');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c8(`${label} is a multi-platform index (${digest}) with ${images.length} images; each manifests line is one platform image. ` +
            `Name one platform manifest by digest and give each platform its own line. Its entries: ${listing || 'none'}.`);
    }
    const [image] = images;
    return {
        image,
        attestations: manifests.filter(entry => isAttestation(entry, manifests) && attestedDigest(entry) === image.digest)
    };
}
/** "sha256:… linux/amd64" or "sha256:… attestation of sha256:…", for listings in messages. */
function describeEntry(entry) {
    if (isAttestation(entry))
        return `${entry.digest} (attestation of ${attestedDigest(entry) ?? '?'})`;
    return `${entry.digest} (${entry.platform ? (0,_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(entry.platform) : 'no platform'})`;
}


/***/ }),

/***/ 81424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readBlobFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Blob files are read in 1 MiB chunks. With the 64 KiB default, a sign of 420 MB from OCI layouts spent
 * about 1 s of its main thread in 6 400 fs reads; 1 MiB cut that to 0.15 s and the sign from 2.5 to 2.2 s
 * (2-core machine, loopback registry). 256 KiB and 4 MiB measured the same as 1 MiB.
 */
const CHUNK_BYTES = 1024 * 1024;
/** A stream of the file, or of bytes `start` to `end` (inclusive) of it. */
function readBlobFile(path, range) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { ...range, highWaterMark: CHUNK_BYTES });
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

/***/ 39863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ parseIndex),
/* harmony export */   EP: () => (/* binding */ REF_NAME_ANNOTATION),
/* harmony export */   Gh: () => (/* binding */ writeIndexFile),
/* harmony export */   K$: () => (/* binding */ INDEX_FILE),
/* harmony export */   Vz: () => (/* binding */ createLayout),
/* harmony export */   f8: () => (/* binding */ writeWhole),
/* harmony export */   fB: () => (/* binding */ layoutMarker),
/* harmony export */   fV: () => (/* binding */ readIndexFile),
/* harmony export */   gI: () => (/* binding */ LAYOUT_FILE),
/* harmony export */   gW: () => (/* binding */ emptyIndex),
/* harmony export */   l5: () => (/* binding */ temporaryPath),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   w9: () => (/* binding */ LAYOUT_VERSION)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3048);
/**
 * The OCI image layout format (image-spec `image-layout.md`), in one place for the layouts Signet reads
 * (oci/layout.ts: directories, and docker archives holding one) and the one it writes (store/): the
 * `oci-layout` marker with its version, `index.json`, content-addressed blobs under `blobs/<alg>/<hex>`,
 * and the writing of a layout directory (files appear whole: written aside, then renamed into place).
 */





const LAYOUT_FILE = 'oci-layout';
const INDEX_FILE = 'index.json';
const LAYOUT_VERSION = '1.0.0';
/** The annotation OCI layouts (and skopeo's `oci:DIR:REF`) use to name an index.json entry. */
const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
/** `blobs/<algorithm>/<hex>`, where a layout keeps the blob of `digest` (validate the digest first). */
function blobPath(digest) {
    const [algorithm, hex] = digest.split(':');
    return `blobs/${algorithm}/${hex}`;
}
/** The content of the `oci-layout` file. */
function layoutMarker() {
    return Buffer.from(JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
}
function emptyIndex() {
    return { schemaVersion: 2, mediaType: _types_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaType */ .zu.OciIndex, manifests: [] };
}
function parseIndex(bytes) {
    let index;
    try {
        index = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        return { notJson: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error) };
    }
    return Array.isArray(index?.manifests) ? { index } : { noManifests: true };
}
/** Makes `dir` a layout where it is not yet one: `blobs/sha256/`, and the `oci-layout` file if missing. */
async function createLayout(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'blobs', 'sha256'), { recursive: true });
    if (!(await exists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, LAYOUT_FILE))))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, LAYOUT_FILE), layoutMarker());
}
/** The bytes of `dir`'s index.json, or undefined when it has none. */
async function readIndexFile(dir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, INDEX_FILE);
    return (await exists(file)) ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file) : undefined;
}
/** Replaces `dir`'s index.json in one step (readers never see half a file). */
async function writeIndexFile(dir, index) {
    await writeWhole((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, INDEX_FILE), Buffer.from(JSON.stringify(index, null, 2)));
}
/** Writes `file` aside and renames it into place, so it never exists incomplete. */
async function writeWhole(file, bytes) {
    const temporary = temporaryPath(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, bytes);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, file);
}
/** A unique name beside `file` for its content while it is written. */
function temporaryPath(file) {
    return `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
}
async function exists(file) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).then(() => true, () => false);
}


/***/ }),

/***/ 25823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ readOciLayout),
/* harmony export */   eM: () => (/* binding */ openOciLayout),
/* harmony export */   l0: () => (/* binding */ imageBlob),
/* harmony export */   q2: () => (/* binding */ manifestBlobs),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   zr: () => (/* binding */ verified)
/* harmony export */ });
/* harmony import */ var _file_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81424);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _attestation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49495);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68825);
/* harmony import */ var _layout_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39863);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1890);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3048);
/**
 * Image sources read from local files: an OCI image layout directory (`oci-layout:DIR[:TAG|@DIGEST]`)
 * or a `docker save` tarball (`docker-archive:FILE`, see docker-archive.ts). Each yields one platform
 * image whose manifest bytes are exactly what will be pushed, and whose blobs stream through a digest
 * check so a corrupted local file fails the upload instead of publishing wrong content.
 */









const IMAGE_MANIFEST_MEDIA_TYPES = [_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MediaType */ .zu.OciManifest, _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MediaType */ .zu.DockerManifest];
/** Nested indexes deeper than this are not searched for a digest (real layouts nest one level). */
const MAX_INDEX_DEPTH = 4;
/** Opens one platform image of an OCI image layout directory, chosen by tag (ref.name) or digest. */
async function openOciLayout(dir, selector = {}) {
    const suffix = selector.digest ? `@${selector.digest}` : selector.tag ? `:${selector.tag}` : '';
    return readOciLayout(directoryFiles(dir), `oci-layout:${dir}${suffix}`, selector);
}
function directoryFiles(dir) {
    const where = `directory ${dir}`;
    return {
        where,
        async read(path, maxBytes) {
            const size = await sizeOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path));
            if (size === undefined)
                return undefined;
            if (size > maxBytes)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${path} in ${where} is ${size} bytes, more than the ${maxBytes} allowed.`);
            return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path));
        },
        async open(path) {
            if ((await sizeOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path))) === undefined)
                return undefined;
            return (0,_file_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .readBlobFile */ .W)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path));
        }
    };
}
async function sizeOf(path) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        return info.isFile() ? info.size : undefined;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Reads an OCI image layout (oci-layout + index.json + blobs/) and opens the selected platform image. */
async function readOciLayout(files, label, selector) {
    await checkLayoutVersion(files);
    const index = await readIndexJson(files);
    let descriptor = await selectManifest(files, label, index, selector);
    let attestationEntries = [];
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isIndexMediaType */ .$$)(descriptor.mediaType)) {
        // docker buildx --output type=oci: one image and its attestations in an index.
        const nested = await readNestedIndex(files, descriptor);
        if (nested === undefined ||
            nested.manifests.filter(entry => !(0,_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .isAttestation */ .H3)(entry, nested.manifests)).length !== 1) {
            throw await multiPlatformError(files, label, descriptor);
        }
        const split = (0,_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .splitSinglePlatformIndex */ .Gi)(nested, label, descriptor.digest);
        descriptor = split.image;
        attestationEntries = split.attestations;
    }
    if (!IMAGE_MANIFEST_MEDIA_TYPES.includes(descriptor.mediaType)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: ${descriptor.digest} has media type '${descriptor.mediaType}', not an image manifest (${IMAGE_MANIFEST_MEDIA_TYPES.join(' or ')}).`);
    }
    const bytes = await readBlob(files, label, descriptor, 'manifest');
    const manifest = parseJson(bytes, `${label}: manifest ${descriptor.digest}`);
    if (manifest.config === undefined || !Array.isArray(manifest.layers)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: manifest ${descriptor.digest} has no config or no layers list.`);
    }
    if (manifest.mediaType !== undefined && manifest.mediaType !== descriptor.mediaType) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: manifest ${descriptor.digest} says media type '${manifest.mediaType}' but index.json says '${descriptor.mediaType}'.`);
    }
    const configBytes = await readBlob(files, label, manifest.config, 'config');
    const config = parseJson(configBytes, `${label}: config ${manifest.config.digest}`);
    const blobs = [manifest.config, ...manifest.layers.filter(isDistributable)];
    const attestations = [];
    for (const entry of attestationEntries) {
        const attestationBytes = await readBlob(files, label, entry, 'attestation manifest');
        attestations.push({
            descriptor: entry,
            bytes: attestationBytes,
            blobs: manifestBlobs(attestationBytes, `${label}: attestation manifest ${entry.digest}`)
        });
    }
    const served = [...blobs, ...attestations.flatMap(attestation => attestation.blobs)];
    return {
        label,
        manifest: {
            descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size },
            bytes,
            manifest
        },
        config,
        blobs,
        attestations,
        async openBlob(wanted) {
            const blob = imageBlob(served, wanted, label);
            const stream = await files.open((0,_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .blobPath */ .nD)(blob.digest));
            if (stream === undefined)
                throw missingBlob(files, label, blob.digest);
            return verified(stream, blob, `blob in ${label}`);
        }
    };
}
/** Config and distributable layers of a manifest's bytes (already digest-checked by the caller). */
function manifestBlobs(bytes, what) {
    const manifest = parseJson(bytes, what);
    if (manifest?.config === undefined || !Array.isArray(manifest.layers)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${what} has no config or no layers list.`);
    }
    for (const blob of [manifest.config, ...manifest.layers])
        checkDescriptorShape(blob, what);
    return [manifest.config, ...manifest.layers.filter(isDistributable)];
}
/** The image's own descriptor for `wanted`: a source serves no blob that is not part of its image. */
function imageBlob(blobs, wanted, label) {
    const blob = blobs.find(candidate => candidate.digest === wanted.digest && candidate.size === wanted.size);
    if (blob === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: blob ${wanted.digest} (${wanted.size} bytes) is not part of this image.`);
    }
    return blob;
}
/** Pipes `stream` through a digest and size check; errors of either side end the returned stream. */
function verified(stream, descriptor, what) {
    const verifying = new _digest_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyingStream */ .SC(descriptor, what);
    stream.on('error', error => verifying.destroy(error));
    return stream.pipe(verifying);
}
async function checkLayoutVersion(files) {
    const bytes = await files.read(_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .LAYOUT_FILE */ .gI, 64 * 1024);
    if (bytes === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${files.where} is not an OCI image layout: it has no oci-layout file.`);
    }
    const version = parseJson(bytes, `${_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .LAYOUT_FILE */ .gI} in ${files.where}`)
        .imageLayoutVersion;
    if (version !== _layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .LAYOUT_VERSION */ .w9) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${files.where} has imageLayoutVersion ${JSON.stringify(version)}; only ${_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .LAYOUT_VERSION */ .w9} is supported.`);
    }
}
async function readIndexJson(files) {
    const what = `${_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .INDEX_FILE */ .K$} in ${files.where}`;
    const bytes = await files.read(_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .INDEX_FILE */ .K$, _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ);
    if (bytes === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${files.where} is not an OCI image layout: it has no ${_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .INDEX_FILE */ .K$}.`);
    const parsed = (0,_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .parseIndex */ .A1)(bytes);
    if ('notJson' in parsed)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${what} is not valid JSON: ${parsed.notJson}`);
    if ('noManifests' in parsed)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${what} has no manifests list.`);
    for (const descriptor of parsed.index.manifests)
        checkDescriptorShape(descriptor, what);
    return parsed.index;
}
async function selectManifest(files, label, index, selector) {
    if (selector.digest !== undefined) {
        const found = await findByDigest(files, index, selector.digest, 0);
        if (found === undefined) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: no manifest ${selector.digest} in ${files.where}. ${available(index)}`);
        }
        return found;
    }
    if (selector.tag !== undefined) {
        const tagged = index.manifests.filter(descriptor => descriptor.annotations?.[_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .REF_NAME_ANNOTATION */ .EP] === selector.tag);
        const digests = new Set(tagged.map(descriptor => descriptor.digest));
        if (digests.size === 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: no tag '${selector.tag}' in ${files.where}. ${available(index)}`);
        if (digests.size > 1) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: tag '${selector.tag}' names ${digests.size} manifests; pick one by @digest.`);
        }
        return tagged[0];
    }
    const digests = new Set(index.manifests.map(descriptor => descriptor.digest));
    if (digests.size === 1)
        return index.manifests[0];
    if (digests.size === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: ${files.where} holds no images (index.json is empty).`);
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: ${files.where} holds ${digests.size} images; pick one with :TAG or @DIGEST. ${available(index)}`);
}
/** Looks through index.json and the nested indexes it references (a multi-platform layout). */
async function findByDigest(files, index, digest, depth) {
    const direct = index.manifests.find(descriptor => descriptor.digest === digest);
    if (direct !== undefined || depth >= MAX_INDEX_DEPTH)
        return direct;
    for (const nested of index.manifests.filter(descriptor => (0,_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isIndexMediaType */ .$$)(descriptor.mediaType))) {
        const child = await readNestedIndex(files, nested);
        const found = child && (await findByDigest(files, child, digest, depth + 1));
        if (found !== undefined)
            return found;
    }
    return undefined;
}
async function readNestedIndex(files, descriptor) {
    if (descriptor.size > _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ)
        return undefined;
    const bytes = await files.read((0,_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .blobPath */ .nD)(descriptor.digest), _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ);
    if (bytes === undefined)
        return undefined;
    (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .checkContent */ .aG)(bytes, descriptor, `index in ${files.where}`);
    const index = parseJson(bytes, `index ${descriptor.digest} in ${files.where}`);
    if (!Array.isArray(index.manifests))
        return undefined;
    for (const child of index.manifests)
        checkDescriptorShape(child, `index ${descriptor.digest} in ${files.where}`);
    return index;
}
async function multiPlatformError(files, label, descriptor) {
    const nested = await readNestedIndex(files, descriptor);
    const choices = (nested?.manifests ?? [])
        .filter(child => IMAGE_MANIFEST_MEDIA_TYPES.includes(child.mediaType))
        .map(child => `${child.platform ? (0,_platform_js__WEBPACK_IMPORTED_MODULE_7__/* .formatPlatform */ .Bq)(child.platform) : 'unknown platform'} @${child.digest}`);
    const list = choices.length > 0 ? ` Its platform manifests: ${choices.join(', ')}.` : '';
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: ${descriptor.digest} is a multi-platform image index, but each manifests line is one platform image. ` +
        `Pick one platform manifest by digest (oci-layout:DIR@sha256:…) and give each platform its own line.${list}`);
}
async function readBlob(files, label, descriptor, what) {
    checkDescriptorShape(descriptor, `${label}: ${what}`);
    if (descriptor.size > _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: ${what} ${descriptor.digest} is ${descriptor.size} bytes, more than the ${_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ} allowed.`);
    }
    const bytes = await files.read((0,_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .blobPath */ .nD)(descriptor.digest), _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ);
    if (bytes === undefined)
        throw missingBlob(files, label, descriptor.digest);
    (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .checkContent */ .aG)(bytes, descriptor, `${what} in ${label}`);
    return bytes;
}
/** Digests become file paths, so they are validated first: nothing like '../' reaches the filesystem. */
function checkDescriptorShape(descriptor, where) {
    if (typeof descriptor?.mediaType !== 'string' || !(0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(String(descriptor.digest))) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${where}: descriptor ${JSON.stringify(descriptor)} lacks a media type or a valid digest.`);
    }
    if (!Number.isSafeInteger(descriptor.size) || descriptor.size < 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${where}: descriptor ${descriptor.digest} has an invalid size ${JSON.stringify(descriptor.size)}.`);
    }
}
function missingBlob(files, label, digest) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: blob ${digest} is missing from ${files.where} (expected at ${(0,_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .blobPath */ .nD)(digest)}).`);
}
/** Foreign (non-distributable) layers are fetched from their URLs by clients, never pushed. */
function isDistributable(layer) {
    return !/nondistributable|foreign/.test(layer.mediaType);
}
function available(index) {
    const names = index.manifests.map(descriptor => descriptor.annotations?.[_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .REF_NAME_ANNOTATION */ .EP] ?? `@${descriptor.digest} (untagged)`);
    return names.length > 0 ? `Available: ${names.join(', ')}.` : 'It holds no images.';
}
function parseJson(bytes, what) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${what} is not valid JSON: ${error.message}`);
    }
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   M3: () => (/* binding */ platformFromConfig)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28630);


const PLATFORM_PATTERN = /^([a-z0-9._-]+)\/([a-z0-9._-]+)(?:\/([a-z0-9._-]+))?$/i;
/** Parses `os/arch[/variant]` (e.g. `linux/arm64/v8`); throws an InvalidPlatformError when malformed. */
function parsePlatform(value) {
    const match = PLATFORM_PATTERN.exec(value.trim());
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidPlatformError */ .JP(value);
    const [, os, architecture, variant] = match;
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}
/** `os/arch[/variant]`, the form users write and reports print. */
function formatPlatform(platform) {
    const base = `${platform.os}/${platform.architecture}`;
    return platform.variant ? `${base}/${platform.variant}` : base;
}
/** The platform an image config declares; os and architecture are required by the OCI image spec. */
function platformFromConfig(config) {
    if (!config.os || !config.architecture) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c8('The image config has no os/architecture; give the platform on the manifests line (platform=os/arch[/variant]).');
    }
    const platform = { architecture: config.architecture, os: config.os };
    if (config['os.version'])
        platform['os.version'] = config['os.version'];
    if (config['os.features']?.length)
        platform['os.features'] = [...config['os.features']];
    if (config.variant)
        platform.variant = config.variant;
    return platform;
}
/**
 * True when `actual` satisfies `wanted`: same os and architecture, and the same variant when `wanted`
 * names one. Both sides are normalised as containerd does, so `linux/arm64/v8` matches an image that
 * declares plain `arm64` and `aarch64` means `arm64`.
 */
function platformMatches(wanted, actual) {
    const want = normalise(wanted);
    const have = normalise(actual);
    if (want.os !== have.os || want.architecture !== have.architecture)
        return false;
    return wanted.variant === undefined || wanted.variant === '' || want.variant === have.variant;
}
/** containerd's platforms.Normalize, except that arm64's implied variant is spelled `v8` rather than ''. */
function normalise(platform) {
    const os = platform.os.toLowerCase() === 'macos' ? 'darwin' : platform.os.toLowerCase();
    const architecture = platform.architecture.toLowerCase();
    const variant = (platform.variant ?? '').toLowerCase();
    switch (architecture) {
        case 'i386':
            return { os, architecture: '386', variant: '' };
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            return { os, architecture: 'amd64', variant: variant === 'v1' ? '' : variant };
        case 'aarch64':
        case 'arm64':
            return { os, architecture: 'arm64', variant: armVariant(variant, 'v8') };
        case 'armhf':
            return { os, architecture: 'arm', variant: 'v7' };
        case 'armel':
            return { os, architecture: 'arm', variant: 'v6' };
        case 'arm':
            return { os, architecture: 'arm', variant: armVariant(variant, 'v7') };
        default:
            return { os, architecture, variant };
    }
}
/** '' → the architecture's default; '8', 'v8.0' → 'v8'. */
function armVariant(variant, fallback) {
    if (variant === '')
        return fallback;
    const match = /^v?(\d+)(?:\.0)?$/.exec(variant);
    return match ? `v${match[1]}` : variant;
}


/***/ }),

/***/ 10540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ isCosignSignatureTag),
/* harmony export */   Xb: () => (/* binding */ isSigstoreBundleMediaType),
/* harmony export */   lU: () => (/* binding */ discoverSignatures)
/* harmony export */ });
/* unused harmony export cosignSignatureTag */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43731);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3048);
/**
 * One discovery pass: every artifact that may carry a signature of a manifest, in each format Signet
 * reads, found once for all accepted signers (Notary, cosign with a key, Sigstore keyless, GitHub
 * attestations), with as few requests as the formats allow:
 *
 * - the referrers of the digest: the referrers API, or the `sha256-<hex>` tag index on registries without
 *   it. Notary signatures and Sigstore bundles (cosign 3, `actions/attest`) live here. Entries are not
 *   filtered by the listed artifactType, because writers get it wrong: cosign 3.1.1 as Debian builds it
 *   lists its bundles as `application/vnd.oci.empty.v1+json` (go-containerregistry 0.20.7). Only entries
 *   listed with a type that is no signature in any format (an SBOM, a scan report) are left unread.
 * - the legacy cosign tag `sha256-<hex>.sig`: one HEAD, and a GET only when it exists.
 *
 * Each manifest is fetched (digest-checked) once and sorted by what its content is, not by what a listing
 * says it is. Blobs are fetched on demand, once, however many signers read them. A listing or fetch that
 * fails is recorded, not thrown: a signature might have been there, so a caller whose signers found too
 * little must report "could not complete" rather than "rejected".
 */



const SignatureMediaType = {
    /** Notary Project signature manifests (artifactType, or config media type in the older form). */
    Notary: 'application/vnd.cncf.notary.signature',
    /** Sigstore bundle v0.3, as cosign 3 and `actions/attest` store it (layer media type and artifactType). */
    SigstoreBundleV03: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    /** A cosign legacy signature layer: the simple-signing payload, the signature in an annotation. */
    CosignSimpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
    /** cosign 2's experimental OCI 1.1 mode: a legacy signature manifest pushed as a referrer. */
    CosignArtifactSignature: 'application/vnd.dev.cosign.artifact.sig.v1+json'
};
/** Every Sigstore bundle media type: v0.3 and the older `application/vnd.dev.sigstore.bundle+json;version=0.x`. */
const SIGSTORE_BUNDLE_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(\.v\d+\.\d+\+json|\+json;\s*version=\d+\.\d+)$/;
/** Manifests fetched at once. */
const FETCH_CONCURRENCY = 4;
/** Listed artifact types worth fetching: signature formats, the empty type cosign 3.1.1 writes, and none. */
function mayBeSignature(entry) {
    const type = entry.artifactType;
    return (type === undefined ||
        type === '' ||
        type === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.OciEmpty ||
        type === SignatureMediaType.Notary ||
        type === SignatureMediaType.CosignArtifactSignature ||
        SIGSTORE_BUNDLE_TYPE.test(type));
}
/** The cosign legacy signature tag of a digest: `sha256:abc…` → `sha256-abc….sig`. */
function cosignSignatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/** Whether a tag is a cosign legacy signature tag (`sha256-<hex>.sig`). */
function isCosignSignatureTag(tag) {
    return /^sha(256|512)-[0-9a-f]{64,128}\.sig$/.test(tag);
}
/** Whether a media type is a Sigstore bundle's (any version). */
function isSigstoreBundleMediaType(mediaType) {
    return mediaType !== undefined && SIGSTORE_BUNDLE_TYPE.test(mediaType);
}
/** What a fetched manifest carries, judged from its own content; undefined when it is no signature. */
function signatureFormatOf(manifest) {
    if (manifest.artifactType === SignatureMediaType.Notary)
        return 'notary';
    if (manifest.config?.mediaType === SignatureMediaType.Notary)
        return 'notary';
    const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
    if (layers.some(layer => isSigstoreBundleMediaType(layer?.mediaType)))
        return 'sigstore-bundle';
    if (layers.some(layer => layer?.mediaType === SignatureMediaType.CosignSimpleSigning))
        return 'cosign-simple-signing';
    return undefined;
}
async function discoverSignatures(source, subject, options) {
    const unread = [];
    const failed = (what, error, digest) => unread.push({
        what,
        reason: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error),
        couldNotComplete: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .couldNotComplete */ .aC)(error),
        cause: error,
        ...(digest !== undefined && { digest })
    });
    const listed = [];
    // The referrers listing and the legacy tag do not depend on each other: asked together.
    const [referrers, legacy] = await Promise.all([
        source.referrers(subject).catch((error) => {
            failed(`referrers of ${subject}`, error);
            return [];
        }),
        options.cosignSignatureTag === false ? undefined : legacySignature(source, subject, failed)
    ]);
    const seen = new Set();
    for (const entry of referrers) {
        if (seen.has(entry.digest))
            continue;
        seen.add(entry.digest);
        listed.push({ entry, foundIn: 'referrers' });
    }
    if (legacy !== undefined && !listed.some(({ entry }) => entry.digest === legacy.descriptor.digest)) {
        listed.push({ entry: legacy.descriptor, foundIn: 'cosign-signature-tag', fetched: legacy });
    }
    const candidates = listed.filter(({ entry }) => mayBeSignature(entry));
    const others = listed.filter(({ entry }) => !mayBeSignature(entry)).map(({ entry }) => entry);
    const examined = candidates.slice(0, options.maxArtifacts);
    const artifacts = [];
    await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapWithLimit */ .c)(examined, FETCH_CONCURRENCY, async ({ entry, foundIn, fetched: known }) => {
        try {
            const fetched = known ?? (await source.fetchManifest(entry.digest));
            const manifest = fetched.manifest;
            const format = Array.isArray(manifest.manifests)
                ? undefined
                : signatureFormatOf(manifest);
            if (format === undefined)
                others.push(entry);
            else
                artifacts.push({ format, foundIn, descriptor: fetched.descriptor, manifest });
        }
        catch (error) {
            failed(`signature manifest ${entry.digest}`, error, entry.digest);
        }
    });
    // mapWithLimit finishes in any order: keep the listing's order, so reports read the same each run.
    const order = (digest) => examined.findIndex(({ entry }) => entry.digest === digest);
    artifacts.sort((a, b) => order(a.descriptor.digest) - order(b.descriptor.digest));
    return {
        subject,
        artifacts,
        others,
        notExamined: candidates.length - examined.length,
        unread,
        blob: blobCache(source)
    };
}
/**
 * The `.sig` tag's manifest when the tag exists: a HEAD first, because a GET of a missing tag costs a
 * tag listing as well (the registry client explains its 404s). The GET checks the bytes against the
 * digest the registry reports for the tag.
 */
async function legacySignature(source, subject, failed) {
    if (source.manifestExists === undefined)
        return undefined;
    const tag = cosignSignatureTag(subject);
    try {
        if (!(await source.manifestExists(tag)))
            return undefined;
        return await source.fetchManifest(tag);
    }
    catch (error) {
        failed(`cosign signature tag ${tag}`, error);
        return undefined;
    }
}
/** Blob reads shared by every signer: one fetch per digest and size. */
function blobCache(source) {
    const fetched = new Map();
    return (descriptor, maxBytes) => {
        const key = `${descriptor.digest} ${descriptor.size}`;
        let pending = fetched.get(key);
        if (pending === undefined) {
            pending = source.fetchBlobBytes(descriptor, maxBytes);
            // A failed read is not cached: the next signer asks again (a transient error may have passed).
            pending.catch(() => fetched.delete(key));
            fetched.set(key, pending);
        }
        return pending;
    };
}


/***/ }),

/***/ 86592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ openSource),
  s: () => (/* binding */ parseSourceSpec)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/oci/attestation.ts
var attestation = __webpack_require__(49495);
// EXTERNAL MODULE: ./src/oci/layout.ts
var layout = __webpack_require__(25823);
// EXTERNAL MODULE: ./src/oci/layout-format.ts
var layout_format = __webpack_require__(39863);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/file-stream.ts
var file_stream = __webpack_require__(81424);
;// CONCATENATED MODULE: ./src/oci/tar.ts
/**
 * A reader of the tar archives `docker save`, `podman save -m` and `ctr images export` write: ustar,
 * pax extended headers (names, link targets, sizes) and GNU long names and links, octal or base-256
 * sizes. It reads headers only, skipping over entry data, and records where each entry's data lies, so
 * entries are served as byte ranges of the file and a layer is never held in memory or read to index
 * the archive (a streaming extractor such as tar-stream reads every byte to reach the next header).
 */





const BLOCK = 512;
const GZIP_MAGIC = [0x1f, 0x8b];
/** Symlink chains longer than this are refused (a loop, or a crafted archive). */
const MAX_LINK_HOPS = 8;
/** True when `head` starts with gzip's magic number (a compressed tar, or a compressed layer in one). */
function isGzip(head) {
    return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}
/**
 * A tar file indexed by its headers: its entries are read by random access (a range of the file), never
 * extracted, so a multi-gigabyte archive costs one pass over its headers.
 */
class TarArchive {
    file;
    label;
    entries;
    constructor(file, label, entries) {
        this.file = file;
        this.label = label;
        this.entries = entries;
    }
    /** Scans the headers of `file`; `label` names it in errors (SourceErrors). */
    static async open(file, label) {
        return new TarArchive(file, label, await scanTar(file, label));
    }
    /** The regular file at `path`, following symlinks and hard links (docker save links repeated layers). */
    entry(path) {
        let name = normaliseName(path);
        for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
            const entry = this.entries.get(name);
            if (entry === undefined)
                throw new errors/* SourceError */.c8(`${this.label} has no entry '${path}'.`);
            if (entry.type === 'file')
                return entry;
            if (entry.type === 'symlink')
                name = normaliseName(external_node_path_.posix.join(external_node_path_.posix.dirname(entry.name), entry.linkname));
            else if (entry.type === 'hardlink')
                name = normaliseName(entry.linkname);
            else
                throw new errors/* SourceError */.c8(`${this.label}: entry '${path}' is not a regular file.`);
        }
        throw new errors/* SourceError */.c8(`${this.label}: entry '${path}' is a chain of more than ${MAX_LINK_HOPS} links.`);
    }
    has(path) {
        return this.entries.has(normaliseName(path));
    }
    async read(path, maxBytes) {
        const entry = this.entry(path);
        if (entry.size > maxBytes) {
            throw new errors/* SourceError */.c8(`${this.label}: entry '${path}' is ${entry.size} bytes, more than the ${maxBytes} allowed.`);
        }
        return this.readRange(entry, entry.size);
    }
    async readRange(entry, length) {
        const handle = await (0,promises_.open)(this.file, 'r');
        try {
            return await readExactly(handle, entry.offset, length, this.label);
        }
        finally {
            await handle.close();
        }
    }
    stream(entry) {
        // createReadStream's `end` is inclusive, and an empty range must still be an (empty) stream.
        if (entry.size === 0)
            return external_node_stream_.Readable.from([]);
        return (0,file_stream/* readBlobFile */.W)(this.file, { start: entry.offset, end: entry.offset + entry.size - 1 });
    }
}
/**
 * Reads the tar's headers (ustar, pax extended headers and GNU long names), skipping over entry data,
 * and records where each entry's data lies. Later entries with the same name replace earlier ones,
 * as when a tar is extracted.
 */
async function scanTar(file, label) {
    const handle = await openArchive(file, label);
    try {
        const fileSize = (await handle.stat()).size;
        const entries = new Map();
        let position = 0;
        let longName;
        let longLink;
        let pax = {};
        while (position + BLOCK <= fileSize) {
            const header = await readExactly(handle, position, BLOCK, label);
            if (position === 0 && isGzip(header)) {
                throw new errors/* SourceError */.c8(`${label} is gzip-compressed; give the uncompressed tar that docker save writes (gunzip it first).`);
            }
            if (header.every(byte => byte === 0))
                break;
            checkHeaderChecksum(header, position, label);
            const typeflag = String.fromCharCode(header[156]);
            const size = Number(pax.size ?? readSize(header, position, label));
            const dataOffset = position + BLOCK;
            if (dataOffset + size > fileSize) {
                throw new errors/* SourceError */.c8(`${label} is truncated: an entry at offset ${position} runs past the end of the file.`);
            }
            position = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
            if (typeflag === 'L' || typeflag === 'K' || typeflag === 'x') {
                const data = await readExactly(handle, dataOffset, size, label);
                if (typeflag === 'L')
                    longName = cString(data);
                else if (typeflag === 'K')
                    longLink = cString(data);
                else
                    pax = parsePax(data, label);
                continue;
            }
            if (typeflag === 'g')
                continue;
            const name = normaliseName(pax.path ?? longName ?? headerName(header));
            const linkname = pax.linkpath ?? longLink ?? cString(header.subarray(157, 257));
            entries.set(name, { name, type: entryType(typeflag), offset: dataOffset, size, linkname });
            longName = longLink = undefined;
            pax = {};
        }
        return entries;
    }
    finally {
        await handle.close();
    }
}
async function openArchive(file, label) {
    try {
        return await (0,promises_.open)(file, 'r');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* SourceError */.c8(`${label}: no such file.`);
        if (code === 'EISDIR')
            throw new errors/* SourceError */.c8(`${label} is a directory; for an OCI layout write oci-layout:DIR.`);
        throw error;
    }
}
async function readExactly(handle, position, length, label) {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
        if (bytesRead === 0)
            throw new errors/* SourceError */.c8(`${label} is truncated at offset ${position + filled}.`);
        filled += bytesRead;
    }
    return buffer;
}
/** The header checksum tells a tar header from anything else (e.g. a compressed or non-tar file). */
function checkHeaderChecksum(header, position, label) {
    const stored = parseInt(cString(header.subarray(148, 156)).trim(), 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    if (stored !== sum) {
        throw new errors/* SourceError */.c8(`${label} is not a tar archive (bad header checksum at offset ${position}).`);
    }
}
/** Octal, or base-256 (high bit set) for entries of 8 GiB and more, as GNU tar and Docker write them. */
function readSize(header, position, label) {
    const field = header.subarray(124, 136);
    let size;
    if (field[0] & 0x80) {
        let value = BigInt(field[0] & 0x7f);
        for (const byte of field.subarray(1))
            value = (value << 8n) | BigInt(byte);
        size = Number(value);
    }
    else {
        const text = cString(field).trim();
        size = text === '' ? 0 : parseInt(text, 8);
    }
    if (!Number.isSafeInteger(size) || size < 0) {
        throw new errors/* SourceError */.c8(`${label}: invalid entry size in the tar header at offset ${position}.`);
    }
    return size;
}
/** ustar splits long names into prefix + name; GNU tar uses the prefix field for other data. */
function headerName(header) {
    const name = cString(header.subarray(0, 100));
    const isUstar = header.subarray(257, 263).toString('latin1') === 'ustar\0';
    const prefix = isUstar ? cString(header.subarray(345, 500)) : '';
    return prefix ? `${prefix}/${name}` : name;
}
/** Pax records: "<length> <key>=<value>\n", the length counting the whole record. */
function parsePax(data, label) {
    const records = {};
    let position = 0;
    while (position < data.length && data[position] !== 0) {
        const space = data.indexOf(0x20, position);
        const length = parseInt(data.subarray(position, space).toString('latin1'), 10);
        if (space < 0 || !Number.isSafeInteger(length) || length <= 0) {
            throw new errors/* SourceError */.c8(`${label}: malformed pax extended header.`);
        }
        const record = data.subarray(space + 1, position + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        records[record.slice(0, equals)] = record.slice(equals + 1);
        position += length;
    }
    return records;
}
function entryType(typeflag) {
    switch (typeflag) {
        case '0':
        case '\0':
        case '7':
            return 'file';
        case '1':
            return 'hardlink';
        case '2':
            return 'symlink';
        case '5':
            return 'directory';
        default:
            return 'other';
    }
}
function cString(bytes) {
    const end = bytes.indexOf(0);
    return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
}
/** 'blobs/sha256/x', './blobs/sha256/x' and '/blobs/sha256/x/' all name the same entry. */
function normaliseName(name) {
    return external_node_path_.posix
        .normalize(name)
        .replace(/^(\.\/|\/)+/, '')
        .replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/oci/docker-archive.ts
/**
 * `docker save` tarballs as image sources, in both formats Docker writes:
 * - Docker ≥25: an OCI image layout inside the tar (oci-layout, index.json, blobs/…), read as a layout;
 * - legacy: manifest.json + <config>.json + <id>/layer.tar, for which an OCI manifest is synthesised.
 * The tar is read by tar.ts: its headers only, once; blobs are served as byte ranges of the file, so
 * layers are never loaded in memory.
 * An archive of several images (`docker save a b`, `podman save -m`) is read one image at a time,
 * chosen as skopeo does: `docker-archive:FILE:REF` by one of its RepoTags, `docker-archive:FILE:@N` by
 * its position in manifest.json. `ctr images export --platform` writes the whole multi-platform index
 * with one platform's blobs; its manifest.json names that platform's config, which picks the entry.
 */












/** Nested indexes followed at most when looking for the manifest of a config. */
const MAX_INDEX_DEPTH = 4;
/** Opens one image of a `docker save` tarball (either format): the only one, or the one `selector` names. */
async function openDockerArchive(file, selector = {}) {
    const suffix = selector.index !== undefined ? `:@${selector.index}` : selector.image ? `:${selector.image}` : '';
    const label = `docker-archive:${file}${suffix}`;
    const archive = await TarArchive.open(file, label);
    if (archive.has(layout_format/* LAYOUT_FILE */.gI) && archive.has(layout_format/* INDEX_FILE */.K$))
        return openOciArchive(archive, selector);
    if (archive.has('manifest.json'))
        return openLegacyArchive(archive, selector);
    throw new errors/* SourceError */.c8(`${label} is not a docker save archive: it has neither index.json nor manifest.json.`);
}
/**
 * Docker ≥25 (and ctr export): the archive is an OCI layout. One image manifest is read directly;
 * otherwise manifest.json says which image (a selector, or the one platform ctr exported).
 */
async function openOciArchive(archive, selector) {
    const files = layoutFiles(archive);
    const index = (0,layout/* parseJson */.qF)(await archive.read(layout_format/* INDEX_FILE */.K$, types/* MAX_MANIFEST_BYTES */.ZJ), `${archive.label}: ${layout_format/* INDEX_FILE */.K$}`);
    const digests = [...new Set((index.manifests ?? []).map(descriptor => descriptor.digest))];
    const only = digests.length === 1 ? index.manifests.find(entry => entry.digest === digests[0]) : undefined;
    const selecting = selector.image !== undefined || selector.index !== undefined;
    // One image; or, with the containerd image store, one image and its attestations in an index.
    if (only !== undefined &&
        !selecting &&
        (!(0,types/* isIndexMediaType */.$$)(only.mediaType) || (await holdsOneImage(archive, only)))) {
        return (0,layout/* readOciLayout */.I$)(files, archive.label, { digest: only.digest });
    }
    if (!archive.has('manifest.json')) {
        if (only !== undefined && (0,types/* isIndexMediaType */.$$)(only.mediaType)) {
            throw new errors/* SourceError */.c8(`${archive.label} holds a multi-platform image index (docker save with the containerd image store). ` +
                'Save one platform: docker save --platform os/arch -o FILE IMAGE, or use docker buildx --output type=oci and oci-layout:DIR@DIGEST.');
        }
        throw severalImages(archive.label, digests.length);
    }
    const image = pickImage(await readManifestJson(archive), selector, archive.label);
    const config = configDigestOf(image.Config);
    const manifest = config === undefined ? undefined : await findManifestWithConfig(archive, index.manifests ?? [], config, 0);
    if (manifest === undefined) {
        throw new errors/* SourceError */.c8(`${archive.label}: no image manifest in the archive has the config ${image.Config} that manifest.json names.`);
    }
    return (0,layout/* readOciLayout */.I$)(files, archive.label, { digest: manifest });
}
/**
 * The digest of the image manifest present in the archive whose config is `config`, searching
 * index.json and the nested indexes it holds (a ctr export lacks the other platforms' manifests).
 */
async function findManifestWithConfig(archive, entries, config, depth) {
    for (const entry of entries) {
        const path = blobPathOf(entry?.digest);
        if (path === undefined || !archive.has(path) || entry.size > types/* MAX_MANIFEST_BYTES */.ZJ)
            continue;
        const bytes = await archive.read(path, types/* MAX_MANIFEST_BYTES */.ZJ);
        (0,digest/* checkContent */.aG)(bytes, entry, `manifest in ${archive.label}`);
        const manifest = (0,layout/* parseJson */.qF)(bytes, `${archive.label}: ${entry.digest}`);
        if ((0,types/* isIndexMediaType */.$$)(entry.mediaType) && Array.isArray(manifest.manifests) && depth < MAX_INDEX_DEPTH) {
            const found = await findManifestWithConfig(archive, manifest.manifests, config, depth + 1);
            if (found !== undefined)
                return found;
        }
        else if (manifest.config?.digest === config) {
            return entry.digest;
        }
    }
    return undefined;
}
/** True when the archive holds `index` and it lists one image (attestations aside) whose manifest it holds. */
async function holdsOneImage(archive, index) {
    const path = blobPathOf(index.digest);
    if (path === undefined || !archive.has(path) || index.size > types/* MAX_MANIFEST_BYTES */.ZJ)
        return false;
    const bytes = await archive.read(path, types/* MAX_MANIFEST_BYTES */.ZJ);
    (0,digest/* checkContent */.aG)(bytes, index, `index in ${archive.label}`);
    const manifests = (0,layout/* parseJson */.qF)(bytes, `${archive.label}: ${index.digest}`).manifests;
    const images = Array.isArray(manifests) ? manifests.filter(entry => !(0,attestation/* isAttestation */.H3)(entry, manifests)) : [];
    const image = images.length === 1 ? blobPathOf(images[0]?.digest) : undefined;
    return image !== undefined && archive.has(image);
}
async function readManifestJson(archive) {
    const { label } = archive;
    const images = (0,layout/* parseJson */.qF)(await archive.read('manifest.json', types/* MAX_MANIFEST_BYTES */.ZJ), `${label}: manifest.json`);
    if (!Array.isArray(images) || images.length === 0)
        throw new errors/* SourceError */.c8(`${label}: manifest.json lists no images.`);
    return images;
}
/** The manifest.json entry the selector names, or the only image. */
function pickImage(images, selector, label) {
    if (selector.index !== undefined) {
        const image = images[selector.index];
        if (image === undefined) {
            throw new errors/* SourceError */.c8(`${label}: the archive holds ${images.length} images (@0 to @${images.length - 1}). ${listImages(images)}`);
        }
        return image;
    }
    if (selector.image !== undefined) {
        const wanted = normaliseImageName(selector.image);
        const named = images.filter(image => (image.RepoTags ?? []).some(tag => normaliseImageName(tag) === wanted));
        if (named.length === 0)
            throw new errors/* SourceError */.c8(`${label}: no image is tagged '${selector.image}'. ${listImages(images)}`);
        if (new Set(named.map(image => image.Config)).size > 1) {
            throw new errors/* SourceError */.c8(`${label}: '${selector.image}' names ${named.length} images; pick one by position. ${listImages(images)}`);
        }
        return named[0];
    }
    const configs = new Set(images.map(image => image.Config));
    if (configs.size > 1)
        throw severalImages(label, configs.size, images);
    return images[0];
}
/** `app:1`, `library/app:1` and `docker.io/library/app:1` are one name, as docker and skopeo see it. */
function normaliseImageName(name) {
    try {
        const reference = (0,oci_reference/* parseReference */.F2)(name);
        return `${reference.registry}/${reference.repository}:${reference.tag ?? 'latest'}`;
    }
    catch {
        return name;
    }
}
/** "@0 localhost/built:amd64, @1 localhost/built:arm64". */
function listImages(images) {
    const listed = images.map((image, i) => `@${i} ${(image.RepoTags ?? []).join(' ') || '(untagged)'}`);
    return `Its images: ${listed.join(', ')}.`;
}
/** `blobs/sha256/<hex>` (OCI archives) or `<hex>.json` (legacy) → `sha256:<hex>`. */
function configDigestOf(path) {
    if (typeof path !== 'string')
        return undefined;
    const match = /(?:^|\/)([a-f0-9]{64})(?:\.json)?$/.exec(path);
    return match ? `sha256:${match[1]}` : undefined;
}
function blobPathOf(digest) {
    return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest) ? (0,layout_format/* blobPath */.nD)(digest) : undefined;
}
/** Legacy format: the manifest is synthesised; layers are the uncompressed layer.tar files (their diff_ids). */
async function openLegacyArchive(archive, selector) {
    const { label } = archive;
    const image = pickImage(await readManifestJson(archive), selector, label);
    if (typeof image.Config !== 'string' || !Array.isArray(image.Layers)) {
        throw new errors/* SourceError */.c8(`${label}: manifest.json has no Config or Layers for its image.`);
    }
    const configBytes = await archive.read(image.Config, types/* MAX_MANIFEST_BYTES */.ZJ);
    const configDescriptor = (0,digest/* describe */.q0)(configBytes, types/* MediaType */.zu.OciConfig);
    const config = (0,layout/* parseJson */.qF)(configBytes, `${label}: config ${image.Config}`);
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== image.Layers.length) {
        throw new errors/* SourceError */.c8(`${label}: the config lists ${diffIds.length} diff_ids but manifest.json lists ${image.Layers.length} layers.`);
    }
    const layerEntries = new Map();
    const layers = [];
    for (const [i, path] of image.Layers.entries()) {
        const entry = archive.entry(path);
        const { descriptor, diffId } = await hashLayer(archive, entry);
        if (diffId !== diffIds[i]) {
            throw new errors/* SourceError */.c8(`${label}: layer ${i + 1} (${path}) hashes to diff_id ${diffId} but the image config lists ${diffIds[i]}; the archive is corrupted or was altered.`);
        }
        layerEntries.set(descriptor.digest, entry);
        layers.push(descriptor);
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: types/* MediaType */.zu.OciManifest,
        config: configDescriptor,
        layers
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const blobs = [configDescriptor, ...layers];
    return {
        label,
        manifest: { descriptor: (0,digest/* describe */.q0)(bytes, types/* MediaType */.zu.OciManifest), bytes, manifest },
        config,
        blobs,
        attestations: [],
        async openBlob(wanted) {
            const blob = (0,layout/* imageBlob */.l0)(blobs, wanted, label);
            const stream = blob === configDescriptor
                ? external_node_stream_.Readable.from([configBytes])
                : archive.stream(layerEntries.get(blob.digest));
            return (0,layout/* verified */.zr)(stream, blob, `blob in ${label}`);
        }
    };
}
/**
 * Hashes a layer.tar once: its digest, and its diff_id (the digest of the uncompressed tar). Docker
 * writes uncompressed layers, where both are the same; a gzip layer (magic 1f8b) is gunzipped for the
 * diff_id and pushed as it is, with the gzip media type.
 */
async function hashLayer(archive, entry) {
    const head = entry.size >= 2 ? await archive.readRange(entry, 2) : Buffer.alloc(0);
    const gzipped = isGzip(head);
    const blobHash = (0,external_node_crypto_.createHash)('sha256');
    const diffHash = (0,external_node_crypto_.createHash)('sha256');
    if (gzipped)
        await (0,external_node_stream_promises_.pipeline)(archive.stream(entry), hashing(blobHash), (0,external_node_zlib_.createGunzip)(), hashing(diffHash), discard());
    else
        await (0,external_node_stream_promises_.pipeline)(archive.stream(entry), hashing(blobHash), discard());
    const digest = `sha256:${blobHash.digest('hex')}`;
    return {
        descriptor: {
            mediaType: gzipped ? types/* MediaType */.zu.OciLayerGzip : types/* MediaType */.zu.OciLayer,
            digest,
            size: entry.size
        },
        diffId: gzipped ? `sha256:${diffHash.digest('hex')}` : digest
    };
}
function hashing(hash) {
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            callback(null, chunk);
        }
    });
}
function discard() {
    return new external_node_stream_.Writable({ write: (_chunk, _encoding, callback) => callback() });
}
function severalImages(label, count, images) {
    if (count === 0)
        return new errors/* SourceError */.c8(`${label} holds no images.`);
    return new errors/* SourceError */.c8(`${label} holds ${count} images; a manifests line reads one. ` +
        `Pick one with docker-archive:FILE:REF (one of its tags) or docker-archive:FILE:@N (its position), or save each image on its own: docker save -o FILE IMAGE:TAG.` +
        (images ? ` ${listImages(images)}` : ''));
}
/** The archive as the files of an OCI layout (Docker ≥25 format). */
function layoutFiles(archive) {
    return {
        where: `archive ${archive.file}`,
        read: async (path, maxBytes) => (archive.has(path) ? archive.read(path, maxBytes) : undefined),
        open: async (path) => (archive.has(path) ? archive.stream(archive.entry(path)) : undefined)
    };
}

// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(28630);
;// CONCATENATED MODULE: ./src/oci/source.ts
/**
 * Where a platform image comes from: the source part of a `manifests` line, and the opener for the local
 * kinds. It sits above layout.ts and docker-archive.ts (a docker archive reuses the layout reader), so
 * neither of those imports the other's caller.
 */







/**
 * Splits a manifests-line source: `oci-layout:DIR[:TAG|@DIGEST]`, `docker-archive:FILE[:REF|:@N]`, or
 * anything else as a registry reference (parsed elsewhere). A layout's tag or digest is only looked for
 * after DIR's last '/', so directories may contain ':' in earlier path segments (and a tag with '/',
 * like podman's `localhost/built:arm64`, is found when the layout is opened). An archive's FILE ends at
 * its first ':', as in skopeo's `docker-archive:` transport.
 */
function parseSourceSpec(spec) {
    if (spec.startsWith('oci-layout:'))
        return parseLayoutSpec(spec, spec.slice('oci-layout:'.length));
    if (spec.startsWith('docker-archive:'))
        return parseArchiveSpec(spec, spec.slice('docker-archive:'.length));
    return { kind: 'registry', reference: spec };
}
function parseArchiveSpec(spec, rest) {
    const colon = rest.indexOf(':');
    const file = colon < 0 ? rest : rest.slice(0, colon);
    const selector = colon < 0 ? undefined : rest.slice(colon + 1);
    const expected = 'Expected docker-archive:FILE[:REF|:@N] (a docker save tarball; REF one of its tags, N its position).';
    if (file === '')
        throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}' names no file. ${expected}`);
    if (selector === undefined)
        return { kind: 'docker-archive', file };
    if (selector.startsWith('@')) {
        if (!/^@\d{1,6}$/.test(selector))
            throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}': '${selector}' is not a position like @0. ${expected}`);
        return { kind: 'docker-archive', file, index: Number(selector.slice(1)) };
    }
    if (selector === '')
        throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}' ends with ':' but no image. ${expected}`);
    return { kind: 'docker-archive', file, image: selector };
}
function parseLayoutSpec(spec, rest) {
    const lastSlash = rest.lastIndexOf('/');
    const at = rest.indexOf('@', lastSlash + 1);
    const colon = rest.lastIndexOf(':');
    let dir = rest;
    let selector = {};
    if (at >= 0) {
        dir = rest.slice(0, at);
        selector = { digest: rest.slice(at + 1) };
        if (!(0,digest/* isDigest */.Bc)(selector.digest)) {
            throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}' has an invalid digest '${selector.digest}'. Expected oci-layout:DIR@sha256:<64 hex digits>.`);
        }
    }
    else if (colon > lastSlash) {
        dir = rest.slice(0, colon);
        selector = { tag: rest.slice(colon + 1) };
        if (selector.tag === '') {
            throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}' ends with ':' but no tag. Expected oci-layout:DIR[:TAG|@DIGEST].`);
        }
    }
    if (dir === '') {
        throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}' names no directory. Expected oci-layout:DIR[:TAG|@DIGEST].`);
    }
    return { kind: 'oci-layout', dir, ...selector };
}
/** Opens a local source; registry references are read through the registry client instead. */
async function openSource(spec) {
    switch (spec.kind) {
        case 'oci-layout': {
            const { dir, tag } = await locateLayout(spec.dir, spec.tag);
            return (0,layout/* openOciLayout */.eM)(dir, { tag, digest: spec.digest });
        }
        case 'docker-archive':
            return openDockerArchive(spec.file, { image: spec.image, index: spec.index });
        case 'registry':
            throw new errors/* SourceError */.c8(`'${spec.reference}' is a registry reference, not a local source; read it from the registry.`);
    }
}
/**
 * `oci-layout:out:localhost/built:arm64` parses as directory `out:localhost/built`, tag `arm64`. When
 * that directory is no layout, the first split whose directory is one wins: `out`, tag
 * `localhost/built:arm64` (podman's `oci-dir` names images so in `ref.name`).
 */
async function locateLayout(dir, tag) {
    if (tag === undefined || (await isLayout(dir)))
        return { dir, tag };
    const whole = `${dir}:${tag}`;
    for (let colon = whole.indexOf(':'); colon > 0 && colon < dir.length; colon = whole.indexOf(':', colon + 1)) {
        if (await isLayout(whole.slice(0, colon)))
            return { dir: whole.slice(0, colon), tag: whole.slice(colon + 1) };
    }
    return { dir, tag };
}
async function isLayout(dir) {
    return (0,promises_.stat)((0,external_node_path_.join)(dir, 'oci-layout')).then(info => info.isFile(), () => false);
}


/***/ }),

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   gi: () => (/* binding */ EMPTY_DESCRIPTOR),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony export INDEX_MEDIA_TYPES */
/** The OCI data model: media types, descriptors, manifests and indexes. No I/O here. */
const MediaType = {
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciLayer: 'application/vnd.oci.image.layer.v1.tar',
    OciLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OciLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    OciEmpty: 'application/vnd.oci.empty.v1+json',
    /** A bare descriptor as JSON (what containerd hands an image verifier on stdin). */
    OciDescriptor: 'application/vnd.oci.descriptor.v1+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip'
};
/** Every manifest and index type a registry may serve; distribution answers 404 unless `Accept` names it. */
const MANIFEST_MEDIA_TYPES = [
    MediaType.OciManifest,
    MediaType.OciIndex,
    MediaType.DockerManifest,
    MediaType.DockerManifestList
];
const INDEX_MEDIA_TYPES = [MediaType.OciIndex, MediaType.DockerManifestList];
/** The OCI empty descriptor (`{}`), used as the config of artifact manifests. */
const EMPTY_DESCRIPTOR = {
    mediaType: MediaType.OciEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2
};
/** Manifests larger than this are refused, read or written (distribution's own limit for pushes). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.includes(mediaType);
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

/***/ 43731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ mapWithLimit)
/* harmony export */ });
/**
 * Runs `work` over `items` with at most `limit` running at once, in input order of start, and returns the
 * results in input order. The first failure rejects the whole call; work already started is awaited so
 * no request is left running behind the caller's back.
 */
async function mapWithLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    async function worker() {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                results[index] = await work(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    }
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure !== undefined)
        throw failure.error;
    return results;
}


/***/ }),

/***/ 37641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ settled),
/* harmony export */   o: () => (/* binding */ unwrap)
/* harmony export */ });
/** Work started ahead of need: its failure is held until (and unless) its answer is used. */
function settled(promise) {
    return promise.then(value => ({ value }), (error) => ({ error }));
}
/** The answer of settled work, or its failure thrown now that the answer is used. */
function unwrap(outcome) {
    if ('error' in outcome)
        throw outcome.error;
    return outcome.value;
}


/***/ })

};
