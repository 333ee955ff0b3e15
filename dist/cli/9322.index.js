export const id = 9322;
export const ids = [9322];
export const modules = {

/***/ 69322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseContainerdCall: () => (/* binding */ parseContainerdCall),
/* harmony export */   v: () => (/* binding */ judgePull)
/* harmony export */ });
/* unused harmony export DESCRIPTOR_MEDIA_TYPE */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_sanitize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62701);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62148);
/* harmony import */ var _inputs_oci_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53280);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3048);
/* harmony import */ var _verify_verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20585);
/**
 * The node gate: containerd's image verifier API (the `io.containerd.image-verifier.v1.bindir` plugin,
 * containerd 2.x). containerd's transfer service runs every executable of its `bin_dir` once per pull
 * with `-name REF -digest DIGEST -stdin-media-type application/vnd.oci.descriptor.v1+json` and the
 * descriptor it resolved, as JSON and a newline, on stdin; exit 0 lets the pull go on, anything else
 * blocks it with stdout as the reason. A proposed `verify_on_run` (containerd PR #12541) adds
 * `-operation pull|run` and a wrapper `{"operation","descriptor","annotations"}` on stdin.
 *
 * This module reads that call and judges it on the digest containerd resolved, never on the tag read
 * again: a tag moved since containerd resolved it must not let another index through.
 */







/** The media type containerd 2.x declares for its stdin: one OCI descriptor. */
const DESCRIPTOR_MEDIA_TYPE = _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaType */ .zu.OciDescriptor;
/** containerd writes one small descriptor; anything much larger is not containerd talking. */
const MAX_STDIN_BYTES = 64 * 1024;
const OPERATIONS = ['pull', 'run'];
const USAGE = "containerd passes -name REF -digest sha256:… -stdin-media-type TYPE (see 'signet containerd-verifier --help')";
/**
 * The call containerd made, from its flags and all of stdin. Anything missing or malformed is an
 * InputError naming the flag or stdin: the pull is blocked (exit 2), with the reason on one line.
 */
function parseContainerdCall(flags, stdin) {
    const required = (value, flag) => {
        if (value === undefined || value === '')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(flag, `Missing flag '-${flag}': ${USAGE}.`);
        return value;
    };
    const name = required(flags.name, 'name');
    const digest = required(flags.digest, 'digest');
    const mediaType = required(flags.stdinMediaType, 'stdin-media-type');
    if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('digest', `Invalid flag '-digest': '${digest}' is not a sha256 or sha512 digest.`);
    const operation = flags.operation ?? 'pull';
    if (!OPERATIONS.includes(operation))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('operation', `Invalid flag '-operation': '${operation}'. Expected 'pull' or 'run'.`);
    const reference = (0,_inputs_oci_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readReference */ .Wf)(name, 'name');
    if (reference.digest !== undefined && reference.digest !== digest)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('digest', `Flag '-name' pins ${reference.digest} but '-digest' is ${digest}: containerd resolved another image than named.`);
    const input = readStdin(stdin, mediaType);
    if (input.operation !== undefined && input.operation !== operation)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin', `stdin says operation '${input.operation}' but '-operation' is '${operation}'.`);
    if (input.descriptor.digest !== digest)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin', `The descriptor on stdin names ${input.descriptor.digest} but '-digest' is ${digest}.`);
    return {
        reference,
        descriptor: input.descriptor,
        operation: operation,
        annotations: input.annotations
    };
}
/**
 * stdin as one of its two shapes: the descriptor itself (`-stdin-media-type` the descriptor type), or
 * the verify_on_run wrapper `{"operation","descriptor","annotations"}` (recognised by its shape: the
 * media type it will be declared under is not settled upstream).
 */
function readStdin(text, mediaType) {
    if (Buffer.byteLength(text) > MAX_STDIN_BYTES)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin', `stdin holds more than ${MAX_STDIN_BYTES} bytes: not a descriptor.`);
    if (text.trim() === '')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin', "stdin is empty: containerd writes the resolved image's OCI descriptor (JSON) there.");
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin', `stdin is not JSON (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}): expected an OCI descriptor.`);
    }
    if (!isObject(value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin', 'stdin is not a JSON object: expected an OCI descriptor.');
    if (isObject(value.descriptor)) {
        const { operation, annotations } = value;
        if (operation !== undefined && typeof operation !== 'string')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin', "stdin's 'operation' is not a string.");
        return {
            descriptor: readDescriptor(value.descriptor, "stdin's 'descriptor'"),
            operation,
            annotations: readAnnotations(annotations)
        };
    }
    if (mediaType !== DESCRIPTOR_MEDIA_TYPE)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin-media-type', `Unknown '-stdin-media-type' '${mediaType}' for a bare descriptor: expected ${DESCRIPTOR_MEDIA_TYPE}.`);
    return { descriptor: readDescriptor(value, 'stdin'), annotations: {} };
}
function readDescriptor(value, what) {
    const { mediaType, digest, size } = value;
    if (typeof mediaType !== 'string' || mediaType === '')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin', `${what} has no 'mediaType': expected an OCI descriptor.`);
    if (typeof digest !== 'string' || !(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin', `${what} has no valid 'digest': expected an OCI descriptor.`);
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin', `${what} has no valid 'size': expected an OCI descriptor.`);
    return { mediaType, digest, size };
}
function readAnnotations(value) {
    if (value === undefined || value === null)
        return {};
    if (!isObject(value) || Object.values(value).some(entry => typeof entry !== 'string'))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stdin', "stdin's 'annotations' is not a map of strings.");
    return value;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Judges a call under `plan` (its policy picks the trust of the repository; layers are containerd's
 * to check). Allowed when the resolved digest is signed (an index, or an image), or when it is an
 * image manifest listed in a signed index of the same repository: the pull of one platform of a
 * multi-arch image by its own digest. The tag is read only to find that index; what is allowed is
 * still exactly the digest containerd resolved, listed by a verified index.
 */
async function judgePull(call, plan, context) {
    const { digest } = call.descriptor;
    const own = await verifyOne(pinned(call.reference, digest), call.descriptor, plan, context);
    if (own.verified)
        return { verdict: 'verified', reason: accepted(own, `${digest} is signed`) };
    const parent = failedAt(own) === 'signature' ? await signedIndexListing(call, plan, context) : undefined;
    if (parent?.verified)
        return {
            verdict: 'verified',
            reason: accepted(parent, `${digest} is listed in the signed index ${parent.digest}`)
        };
    const why = (0,_util_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)(own.reasons[0] ?? 'not verified');
    const policy = own.policy === undefined ? '' : ` (policy ${(0,_util_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)(own.policy)})`;
    return own.verdict === 'error'
        ? { verdict: 'error', reason: `signet could not verify ${digest}, so it blocks it: ${why}` }
        : { verdict: 'rejected', reason: `signet rejected ${digest}: ${why}${policy}` };
}
function accepted(report, what) {
    const signer = report.signer === undefined ? '' : ` by ${report.signer}`;
    return (0,_util_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)(`signet verified: ${what}${signer} (policy ${report.policy ?? 'none'})`);
}
function failedAt(report) {
    return report.checks.find(check => !check.passed)?.name;
}
/** `registry/repository@digest`: the request never carries the tag, so nothing resolves it again. */
function pinned(reference, digest) {
    return { registry: reference.registry, repository: reference.repository, digest };
}
async function verifyOne(reference, resolved, plan, context) {
    const request = { reference, origin: { kind: 'input' }, resolved };
    const [report] = (await (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_5__.verify)([request], plan, context)).images;
    return report;
}
/**
 * The verified report of the index the call's tag names now, when that index lists exactly the
 * resolved image manifest (digest, size and media type); undefined when there is no such index.
 */
async function signedIndexListing(call, plan, context) {
    const { tag } = call.reference;
    const image = call.descriptor;
    if (tag === undefined || (0,_oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isIndexMediaType */ .$$)(image.mediaType))
        return undefined;
    const repository = context.registry.repository(call.reference);
    try {
        const index = await repository.resolve(tag);
        if (!(0,_oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isIndexMediaType */ .$$)(index.mediaType))
            return undefined;
        const { manifest } = await repository.fetchManifest(index.digest);
        const listed = manifest.manifests.some(entry => entry.digest === image.digest && entry.size === image.size && entry.mediaType === image.mediaType);
        if (!listed)
            return undefined;
        context.log.info(`${image.digest} is listed in ${index.digest}, the index ${(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryName */ .aR)(call.reference)}:${tag} names: verifying that index`);
        return await verifyOne(pinned(call.reference, index.digest), index, plan, context);
    }
    catch (error) {
        // No index to vouch for the image: the image's own rejection stands.
        context.log.debug(`No signed index lists ${image.digest}${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .couldNotComplete */ .aC)(error) ? ' (registry unavailable)' : ''}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
        return undefined;
    }
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


/***/ })

};
