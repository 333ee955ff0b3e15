export const id = 6592;
export const ids = [6592];
export const modules = {

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


/***/ })

};
