export const id = 9105;
export const ids = [9105];
export const modules = {

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
