export const id = 4135;
export const ids = [4135];
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
