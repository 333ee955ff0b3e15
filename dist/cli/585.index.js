export const id = 585;
export const ids = [585];
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

/***/ 36956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ fetchImageConfig)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Image configs are small JSON documents; a larger one is refused rather than read into memory. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** The image config a manifest names, fetched (digest-checked by the source) and parsed. */
async function fetchImageConfig(source, config) {
    const bytes = await source.fetchBlobBytes(config, MAX_CONFIG_BYTES);
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        parsed = undefined;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        const detail = 'not a JSON image config';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentMismatchError */ .gd(`config ${config.digest}: ${detail}`, config.digest, detail);
    }
    return parsed;
}


/***/ }),

/***/ 55325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ sharedPlatforms),
/* harmony export */   Mz: () => (/* binding */ buildImageIndex),
/* harmony export */   XO: () => (/* binding */ selectEntries),
/* harmony export */   sk: () => (/* binding */ SCENARIO_PATTERN),
/* harmony export */   vh: () => (/* binding */ scenariosOf)
/* harmony export */ });
/* unused harmony export DEFAULT_SCENARIO_ANNOTATION */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _attestation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49495);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68825);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28630);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1890);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3048);
/**
 * The scenario-tagged image index: an ordinary OCI index whose entries keep their `platform` (so
 * docker, containerd and skopeo still pick by platform) and carry scenario tags in one descriptor
 * annotation, e.g. `dev.signet.scenario: kernel-4.19,kernel-5.4`.
 */






const DEFAULT_SCENARIO_ANNOTATION = 'dev.signet.scenario';
const SCENARIO_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const SCENARIO_SEPARATOR = ',';
/**
 * Builds the index. Bytes are deterministic — fixed key order, entries in input order, index
 * annotations sorted by key — so the same inputs always give the same digest and re-runs are no-ops.
 * Attestation manifests (BuildKit SBOM/provenance) follow the platform entries, as `docker buildx
 * imagetools create` lays them out, each still pointing at its image by `vnd.docker.reference.digest`.
 */
function buildImageIndex(entries, options) {
    validateEntries(entries);
    const attestations = options.attestations ?? [];
    validateAttestations(entries, attestations);
    const index = {
        schemaVersion: 2,
        mediaType: _types_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.OciIndex,
        manifests: [
            ...entries.map(entry => indexEntry(entry, options.scenarioAnnotation)),
            ...attestations.map(attestationEntry)
        ]
    };
    const annotationKeys = Object.keys(options.annotations).sort();
    if (annotationKeys.length > 0) {
        index.annotations = Object.fromEntries(annotationKeys.map(key => [key, options.annotations[key]]));
    }
    const bytes = Buffer.from(JSON.stringify(index));
    return { bytes, descriptor: (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .describe */ .q0)(bytes, _types_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.OciIndex), index };
}
function indexEntry(entry, scenarioAnnotation) {
    const descriptor = {
        mediaType: entry.descriptor.mediaType,
        digest: entry.descriptor.digest,
        size: entry.descriptor.size,
        platform: orderedPlatform(entry.platform)
    };
    if (entry.scenarios.length > 0) {
        descriptor.annotations = { [scenarioAnnotation]: entry.scenarios.join(SCENARIO_SEPARATOR) };
    }
    return descriptor;
}
/** An attestation entry as BuildKit wrote it: descriptor, `unknown/unknown` platform, its annotations. */
function attestationEntry(attestation) {
    return {
        mediaType: attestation.mediaType,
        digest: attestation.digest,
        size: attestation.size,
        ...(attestation.platform && { platform: orderedPlatform(attestation.platform) }),
        annotations: Object.fromEntries(Object.keys(attestation.annotations ?? {})
            .sort()
            .map(key => [key, attestation.annotations[key]]))
    };
}
/** Every attestation describes one of the entries (a dangling one would describe nothing Signet signs). */
function validateAttestations(entries, attestations) {
    const digests = new Set(entries.map(entry => entry.descriptor.digest));
    const seen = new Set();
    for (const attestation of attestations) {
        if (!(0,_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .isAttestation */ .H3)(attestation) || !digests.has((0,_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .attestedDigest */ .Js)(attestation) ?? '')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidIndexError */ .gK(`Attestation manifest ${attestation.digest} describes ${(0,_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .attestedDigest */ .Js)(attestation) ?? 'nothing'}, which is not one of the index entries.`);
        }
        if (seen.has(attestation.digest)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidIndexError */ .gK(`Attestation manifest ${attestation.digest} is given twice.`);
        }
        seen.add(attestation.digest);
    }
}
/**
 * Platforms that several entries share ("linux/amd64: kernel-3.10, kernel-5.15"). Legal when scenarios
 * tell them apart, but docker, podman and containerd pulling by platform silently take the first.
 */
function sharedPlatforms(entries) {
    const byPlatform = new Map();
    for (const entry of entries) {
        const platform = (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(entry.platform);
        byPlatform.set(platform, [...(byPlatform.get(platform) ?? []), entry]);
    }
    return [...byPlatform]
        .filter(([, owners]) => owners.length > 1)
        .map(([platform, owners]) => `${platform}: ${owners.map(owner => owner.scenarios.join(',') || owner.descriptor.digest).join(' and ')}`);
}
/** The OCI spec's field order, whatever order the caller built the object in. */
function orderedPlatform(platform) {
    const ordered = { architecture: platform.architecture, os: platform.os };
    if (platform['os.version'] !== undefined)
        ordered['os.version'] = platform['os.version'];
    if (platform['os.features'] !== undefined)
        ordered['os.features'] = [...platform['os.features']];
    if (platform.variant !== undefined)
        ordered.variant = platform.variant;
    if (platform.features !== undefined)
        ordered.features = [...platform.features];
    return ordered;
}
function validateEntries(entries) {
    if (entries.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidIndexError */ .gK('No platform images given: the manifests input needs at least one line.');
    }
    const scenarioOwners = new Map();
    const digestOwners = new Map();
    const platformOwners = new Map();
    for (const entry of entries) {
        const name = describeEntry(entry);
        for (const scenario of entry.scenarios) {
            if (!SCENARIO_PATTERN.test(scenario)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidIndexError */ .gK(`Invalid scenario tag '${scenario}' for ${name}. Expected 1-128 characters of letters, digits, '.', '_' or '-', starting with a letter or digit (no commas).`);
            }
            const owner = scenarioOwners.get(scenario);
            if (owner === entry)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidIndexError */ .gK(`Scenario '${scenario}' is listed twice for ${name}.`);
            if (owner !== undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidIndexError */ .gK(`Scenario '${scenario}' is given to two images (${describeEntry(owner)} and ${name}); each scenario must select one image.`);
            }
            scenarioOwners.set(scenario, entry);
        }
        const sameDigest = digestOwners.get(entry.descriptor.digest);
        if (sameDigest !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidIndexError */ .gK(`Image ${entry.descriptor.digest} is listed twice; give it one line with all its scenarios (scenario=a,b).`);
        }
        digestOwners.set(entry.descriptor.digest, entry);
        const platform = (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(entry.platform);
        platformOwners.set(platform, [...(platformOwners.get(platform) ?? []), entry]);
    }
    for (const [platform, owners] of platformOwners) {
        if (owners.length > 1 && owners.some(owner => owner.scenarios.length === 0)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidIndexError */ .gK(`${owners.length} images share platform ${platform} and not all have a scenario to tell them apart; give each a scenario=TAG.`);
        }
    }
}
function describeEntry(entry) {
    return `${(0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(entry.platform)} ${entry.descriptor.digest}`;
}
/** The scenario tags an index entry carries (none when the annotation is absent). */
function scenariosOf(descriptor, scenarioAnnotation) {
    const value = descriptor.annotations?.[scenarioAnnotation];
    if (value === undefined)
        return [];
    return value
        .split(SCENARIO_SEPARATOR)
        .map(scenario => scenario.trim())
        .filter(scenario => scenario !== '');
}
/**
 * The entries a selection names: all of them when it is empty; else the one entry with the scenario
 * (which must also run on the platform, when one is given), or every entry for the platform. Nothing
 * matching is a VerificationError that lists what the index offers.
 */
function selectEntries(index, selection, scenarioAnnotation) {
    const { scenario, platform } = selection;
    if (scenario === undefined && platform === undefined)
        return [...index.manifests];
    // Attestations describe an entry; they are never the runnable image a selection asks for.
    const images = index.manifests.filter(entry => !(0,_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .isAttestation */ .H3)(entry, index.manifests));
    if (scenario !== undefined) {
        const tagged = images.filter(entry => scenariosOf(entry, scenarioAnnotation).includes(scenario));
        if (tagged.length === 0) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`no entry has scenario '${scenario}' (available: ${available(index, scenarioAnnotation)})`);
        }
        if (tagged.length > 1) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`the index is ambiguous: ${tagged.length} entries have scenario '${scenario}' (${tagged.map(entry => entry.digest).join(', ')})`);
        }
        const [entry] = tagged;
        if (platform !== undefined &&
            !(entry.platform !== undefined && (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .platformMatches */ .J5)(platform, entry.platform))) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`scenario '${scenario}' is ${platformName(entry)}, not ${(0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(platform)} (available: ${available(index, scenarioAnnotation)})`);
        }
        return tagged;
    }
    const wanted = platform;
    const matching = images.filter(entry => entry.platform !== undefined && (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .platformMatches */ .J5)(wanted, entry.platform));
    if (matching.length === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`no entry has platform ${(0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(wanted)} (platforms: ${availablePlatforms(index)})`);
    }
    if (matching.length > 1) {
        const listed = matching.map(entry => {
            const scenarios = scenariosOf(entry, scenarioAnnotation);
            return `${entry.digest} ${platformName(entry)}${scenarios.length > 0 ? ` [${scenarios.join(', ')}]` : ''}`;
        });
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`platform ${(0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(wanted)} is ambiguous: ${matching.length} entries match (${listed.join('; ')}); select one with 'scenario' instead`);
    }
    return matching;
}
/** "kernel-3.10 (linux/amd64), kernel-4.19.90 (linux/arm64/v8)"; entries without scenarios by platform alone. */
function available(index, scenarioAnnotation) {
    const choices = index.manifests
        .filter(entry => !(0,_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .isAttestation */ .H3)(entry, index.manifests))
        .flatMap(entry => {
        const scenarios = scenariosOf(entry, scenarioAnnotation);
        if (scenarios.length === 0)
            return [`no scenario (${platformName(entry)})`];
        return scenarios.map(scenario => `${scenario} (${platformName(entry)})`);
    });
    return choices.length > 0 ? choices.join(', ') : 'the index is empty';
}
/** "linux/amd64, linux/arm64/v8": each platform of the index once, in index order. */
function availablePlatforms(index) {
    const platforms = new Set(index.manifests.filter(entry => !(0,_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .isAttestation */ .H3)(entry, index.manifests)).map(platformName));
    return platforms.size > 0 ? [...platforms].join(', ') : 'the index is empty';
}
function platformName(entry) {
    return entry.platform ? (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(entry.platform) : 'no platform';
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

/***/ 14580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ judgeSigners),
/* harmony export */   J4: () => (/* binding */ mismatch),
/* harmony export */   Vd: () => (/* binding */ readsCosignSignatureTag)
/* harmony export */ });
/* unused harmony export evaluateRequirement */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Signer kinds that read cosign's legacy `sha256-<hex>.sig` tag: discovery looks it up only for them. */
function readsCosignSignatureTag(signers) {
    return signers.some(signer => signer.kind === 'cosign' || signer.kind === 'sigstore');
}
/** The number of distinct signers `requirement` asks for among `configured` signers. */
function signersNeeded(requirement, configured) {
    if (requirement.kind === 'any')
        return 1;
    if (requirement.kind === 'all')
        return configured;
    return requirement.count;
}
/**
 * Whether the results meet the requirement. Distinct signers are counted as a largest matching between
 * configured signers and identities: signer A (a regexp) and signer B (one identity) matched by the same
 * certificate count once, unless A also matched another identity.
 */
function evaluateRequirement(requirement, results) {
    const needed = signersNeeded(requirement, results.length);
    const identities = results.map(result => result.matched ? [...new Set(result.signatures.map(signature => signature.identity))] : []);
    const distinct = largestMatching(identities);
    const satisfied = distinct >= needed && needed > 0;
    const matchedSigners = results.filter(result => result.matched).length;
    const shared = matchedSigners > distinct ? ` (${matchedSigners} matched, some through the same key or identity)` : '';
    const summary = satisfied
        ? `${distinct} distinct signer${distinct === 1 ? '' : 's'} matched, ${needed} required`
        : `${distinct} distinct signer${distinct === 1 ? '' : 's'} matched${shared}, ${needed} required`;
    return { satisfied, distinct, needed, summary };
}
/** Maximum bipartite matching (signers ↔ identities) by augmenting paths; sizes are a handful each. */
function largestMatching(identitiesOf) {
    const owner = new Map();
    const assign = (signer, visited) => {
        for (const identity of identitiesOf[signer]) {
            if (visited.has(identity))
                continue;
            visited.add(identity);
            const current = owner.get(identity);
            if (current === undefined || assign(current, visited)) {
                owner.set(identity, signer);
                return true;
            }
        }
        return false;
    };
    let count = 0;
    for (let signer = 0; signer < identitiesOf.length; signer++)
        if (assign(signer, new Set()))
            count++;
    return count;
}
/** A Mismatch from the reasons of the artifacts a signer examined. */
function mismatch(kind, signer, rejected, noneReason) {
    const reason = rejected.length === 0
        ? noneReason
        : rejected.map(entry => `${entry.artifact}: ${entry.reason}`).join('; ');
    return {
        matched: false,
        kind,
        signer,
        reason,
        rejected,
        couldNotComplete: rejected.some(entry => entry.couldNotComplete === true)
    };
}
/**
 * Every accepted signer over one discovery pass, and the verdict under `requirement`. Short of the
 * requirement, the verdict is "error" (no verdict on the image) when a signature could not be checked or
 * discovery could not read a listing or manifest, since the missing signer may be there; else "rejected".
 * A signer that throws is a mismatch with the error's reason, never a crash of the check.
 */
async function judgeSigners(subject, candidates, signers, requirement, context) {
    const results = [];
    const everySignature = signersNeeded(requirement, signers.length) > 1;
    for (const signer of signers) {
        try {
            results.push(await signer.verify(subject, candidates, { ...context, everySignature }));
        }
        catch (error) {
            if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
                throw error;
            results.push({
                ...mismatch(signer.kind, signer.describe(), [], (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)),
                couldNotComplete: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .couldNotComplete */ .aC)(error)
            });
        }
    }
    const outcome = evaluateRequirement(requirement, results);
    if (outcome.satisfied)
        return { verdict: 'verified', requirement: outcome, results };
    const unread = candidates.unread ?? [];
    const incomplete = results.some(result => !result.matched && result.couldNotComplete) ||
        unread.some(part => part.couldNotComplete);
    const why = [
        ...results.flatMap(result => (result.matched ? [] : [`${result.signer}: ${result.reason}`])),
        ...unread.map(part => `${part.what} could not be read: ${part.reason}`)
    ];
    return {
        verdict: incomplete ? 'error' : 'rejected',
        requirement: outcome,
        results,
        reason: [outcome.summary, ...why].join('; ')
    };
}


/***/ }),

/***/ 6062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* reexport safe */ _certificates_js__WEBPACK_IMPORTED_MODULE_0__.Kn),
/* harmony export */   Rx: () => (/* reexport safe */ _key_description_js__WEBPACK_IMPORTED_MODULE_2__.Rx),
/* harmony export */   et: () => (/* reexport safe */ _certificates_js__WEBPACK_IMPORTED_MODULE_0__.et),
/* harmony export */   kc: () => (/* reexport safe */ _certificates_js__WEBPACK_IMPORTED_MODULE_0__.kc)
/* harmony export */ });
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75624);
/* harmony import */ var _chain_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10069);
/* harmony import */ var _key_description_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30454);
/* harmony import */ var _signing_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95684);
/* harmony import */ var _trusted_identities_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67952);
/**
 * Keys, certificate chains and trusted identities, with the Notary Project's certificate rules: one
 * import for callers outside trust/. Each subject has its own module:
 * - certificates.ts: PEM certificate loading and the certificate primitives;
 * - signing-identity.ts: the private key and chain to sign with;
 * - chain-rules.ts: chain validation (structure, CA rules, leaf rules, validity, trust);
 * - trusted-identities.ts: `x509.subject:` identities (parse, format, match);
 * - key-description.ts: what a key is and the algorithm it signs with.
 */







/***/ }),

/***/ 26964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ NOTARY_SIGNATURE_ARTIFACT_TYPE),
/* harmony export */   EI: () => (/* binding */ signatureManifestParts),
/* harmony export */   XY: () => (/* binding */ parseSignatureManifest),
/* harmony export */   _J: () => (/* binding */ buildSignatureManifest),
/* harmony export */   h_: () => (/* binding */ CREATED_ANNOTATION)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3048);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75624);




const NOTARY_SIGNATURE_ARTIFACT_TYPE = 'application/vnd.cncf.notary.signature';
const THUMBPRINT_ANNOTATION = 'io.cncf.notary.x509chain.thumbprint#S256';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
function buildSignatureManifest(envelope, envelopeMediaType, subject, chain, created, 
/** Annotations an envelope-generating signing plugin asked for; Signet's own win on a clash. */
extraAnnotations = {}) {
    const envelopeDescriptor = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(envelope, envelopeMediaType);
    const annotations = {
        ...extraAnnotations,
        [THUMBPRINT_ANNOTATION]: JSON.stringify((0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .thumbprintsOf */ .Kn)(chain)),
        [CREATED_ANNOTATION]: created.toISOString().replace(/\.\d{3}Z$/, 'Z')
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciManifest,
        artifactType: NOTARY_SIGNATURE_ARTIFACT_TYPE,
        config: _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_DESCRIPTOR */ .gi,
        layers: [envelopeDescriptor],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    if (bytes.length > _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_MANIFEST_BYTES */ .ZJ) {
        throw new Error(`signature manifest of ${bytes.length} bytes exceeds the ${_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_MANIFEST_BYTES */ .ZJ}-byte manifest limit`);
    }
    // The referrers index entry repeats artifactType and annotations so readers can filter without fetching.
    const descriptor = {
        ...(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(bytes, _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciManifest),
        artifactType: NOTARY_SIGNATURE_ARTIFACT_TYPE,
        annotations
    };
    return { bytes, descriptor, envelopeDescriptor };
}
/**
 * The envelope descriptor (and subject, thumbprints) of a Notary signature manifest; undefined for other
 * artifacts. Accepts the older form without artifactType whose config.mediaType names the signature type.
 * Throws VerificationError when the manifest claims to be a Notary signature but is malformed.
 */
function parseSignatureManifest(bytes) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw malformed('it is not JSON');
    }
    return signatureManifestParts(manifest);
}
/** `parseSignatureManifest` of a manifest already parsed (as discovery fetched it). */
function signatureManifestParts(manifest) {
    if (typeof manifest !== 'object' || manifest === null)
        throw malformed('it is not a JSON object');
    const isNotary = manifest.artifactType === NOTARY_SIGNATURE_ARTIFACT_TYPE ||
        (manifest.artifactType === undefined && manifest.config?.mediaType === NOTARY_SIGNATURE_ARTIFACT_TYPE);
    if (!isNotary)
        return undefined;
    if (manifest.mediaType !== undefined && manifest.mediaType !== _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciManifest) {
        throw malformed(`its mediaType is ${manifest.mediaType}, not ${_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciManifest}`);
    }
    if (!Array.isArray(manifest.layers) || manifest.layers.length !== 1) {
        throw malformed(`it must have exactly one layer (the envelope), found ${manifest.layers?.length ?? 0}`);
    }
    const envelope = checkDescriptor(manifest.layers[0], 'its layer');
    const subject = manifest.subject === undefined ? undefined : checkDescriptor(manifest.subject, 'its subject');
    const thumbprints = parseThumbprints(manifest.annotations?.[THUMBPRINT_ANNOTATION]);
    return { envelope, subject, thumbprints };
}
function parseThumbprints(value) {
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = typeof value === 'string' ? JSON.parse(value) : undefined;
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed) ||
        !parsed.every(entry => typeof entry === 'string' && /^[0-9a-fA-F]{64}$/.test(entry))) {
        throw malformed(`the ${THUMBPRINT_ANNOTATION} annotation is not a JSON array of SHA-256 hex strings`);
    }
    return parsed.map((entry) => entry.toLowerCase());
}
function checkDescriptor(value, what) {
    const descriptor = value;
    if (typeof descriptor !== 'object' ||
        descriptor === null ||
        typeof descriptor.mediaType !== 'string' ||
        typeof descriptor.digest !== 'string' ||
        !(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(descriptor.digest) ||
        typeof descriptor.size !== 'number' ||
        !Number.isSafeInteger(descriptor.size) ||
        descriptor.size < 0) {
        throw malformed(`${what} is not a valid descriptor (mediaType, sha256/sha512 digest, size)`);
    }
    return { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size };
}
function malformed(reason) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`malformed Notary signature manifest: ${reason}`);
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

/***/ 65365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ny: () => (/* binding */ PROGRESS_MIN_BYTES),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   ke: () => (/* binding */ Progress)
/* harmony export */ });
/** Blobs at least this big get progress lines; smaller ones only count towards the run's total. */
const PROGRESS_MIN_BYTES = 16 * 1024 * 1024;
/** A log gets at most a line per blob this often: readable in CI, not a line per chunk. */
const LOG_INTERVAL_MS = 5000;
/** A terminal's status line is redrawn at most this often. */
const STATUS_INTERVAL_MS = 200;
/** One run's transfers: `verb` says what happens to the bytes ("Pushed", "Re-hashed"). */
class Progress {
    log;
    verb;
    now;
    logIntervalMs;
    started;
    active = new Set();
    lastStatus = -Infinity;
    blobs = 0;
    bytes = 0;
    constructor(log, verb, options = {}) {
        this.log = log;
        this.verb = verb;
        this.now = options.now ?? (() => performance.now());
        this.logIntervalMs = options.logIntervalMs ?? LOG_INTERVAL_MS;
        this.started = this.now();
    }
    /**
     * Starts one blob; call the returned `advance` with each chunk's length and `finish` once it is done.
     * Small blobs are only counted.
     */
    start(name, size) {
        if (size < PROGRESS_MIN_BYTES) {
            return { advance: () => undefined, finish: () => this.count(size), fail: () => undefined };
        }
        const started = this.now();
        const transfer = { name, size, done: 0, started, lastLogged: started };
        this.active.add(transfer);
        return {
            advance: bytes => {
                transfer.done += bytes;
                this.report(transfer);
            },
            finish: () => {
                if (!this.active.delete(transfer))
                    return;
                this.count(size);
                this.clearStatus();
                const seconds = (this.now() - transfer.started) / 1000;
                this.log.info(`${transfer.name}: ${this.verb.toLowerCase()} ${formatSize(size)} in ${formatSeconds(seconds)} (${formatRate(size, seconds)})`);
            },
            fail: () => {
                if (this.active.delete(transfer))
                    this.clearStatus();
            }
        };
    }
    /** The run's line: `Re-hashed 8 blobs, 600.1 MiB in 4.2 s (142.8 MB/s)`. */
    summary() {
        const seconds = (this.now() - this.started) / 1000;
        return `${this.verb} ${this.blobs} blob${this.blobs === 1 ? '' : 's'}, ${formatSize(this.bytes)} in ${formatSeconds(seconds)} (${formatRate(this.bytes, seconds)})`;
    }
    count(size) {
        this.blobs++;
        this.bytes += size;
    }
    report(transfer) {
        const now = this.now();
        if (this.log.status !== undefined) {
            if (now - this.lastStatus < STATUS_INTERVAL_MS)
                return;
            this.lastStatus = now;
            this.log.status(this.statusLine(now));
            return;
        }
        if (now - transfer.lastLogged < this.logIntervalMs || transfer.done >= transfer.size)
            return;
        transfer.lastLogged = now;
        this.log.info(`${transfer.name}: ${describeTransfer(transfer, now)}`);
    }
    /** Every big blob in flight on one line, for a terminal. */
    statusLine(now) {
        const parts = [...this.active].map(transfer => `${shortName(transfer.name)} ${describeTransfer(transfer, now)}`);
        return `${this.verb.replace(/ed$/, 'ing')} ${parts.join(' | ')}`;
    }
    clearStatus() {
        if (this.log.status === undefined || this.lastStatus === -Infinity)
            return;
        this.log.status('');
        this.lastStatus = -Infinity;
    }
}
/** `120.0 MiB of 1.00 GiB (12%), 95.2 MB/s, ETA 9 s` */
function describeTransfer(transfer, now) {
    const seconds = Math.max((now - transfer.started) / 1000, 0.001);
    const rate = transfer.done / seconds;
    const percent = Math.floor((transfer.done / transfer.size) * 100);
    const eta = rate > 0 ? `ETA ${formatSeconds((transfer.size - transfer.done) / rate)}` : 'ETA unknown';
    return `${formatSize(transfer.done)} of ${formatSize(transfer.size)} (${percent}%), ${formatRate(transfer.done, seconds)}, ${eta}`;
}
/** `sha256:0123456789ab` of a digest, so several fit on a terminal line. */
function shortName(name) {
    return name.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+/, '$1');
}
function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    if (bytes < 1024 * 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}
/** Decimal megabytes per second, as network tools quote rates. */
function formatRate(bytes, seconds) {
    return `${(bytes / 1e6 / Math.max(seconds, 0.001)).toFixed(1)} MB/s`;
}
function formatSeconds(seconds) {
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const whole = Math.round(seconds);
    return `${Math.floor(whole / 60)} min ${whole % 60} s`;
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


/***/ }),

/***/ 65693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ combineVerdicts)
/* harmony export */ });
/** Several verdicts as one: a rejection outweighs an error, which outweighs a pass (none is a pass). */
function combineVerdicts(verdicts) {
    const seen = new Set(verdicts);
    return seen.has('rejected') ? 'rejected' : seen.has('error') ? 'error' : 'verified';
}


/***/ }),

/***/ 88756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ NotarySigner)
});

// EXTERNAL MODULE: ./src/trust/certificates.ts
var certificates = __webpack_require__(75624);
// EXTERNAL MODULE: ./src/trust/envelope.ts + 5 modules
var trust_envelope = __webpack_require__(78494);
// EXTERNAL MODULE: ./src/trust/pki.ts
var pki = __webpack_require__(6062);
// EXTERNAL MODULE: ./src/trust/signature-manifest.ts
var signature_manifest = __webpack_require__(26964);
// EXTERNAL MODULE: ./src/trust/accepted-signer.ts
var accepted_signer = __webpack_require__(14580);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(47261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-ocsp/build/cjs/index.js
var build_cjs = __webpack_require__(19911);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var asn1_x509_build_cjs = __webpack_require__(33594);
// EXTERNAL MODULE: ./src/trust/asn1-signature.ts
var asn1_signature = __webpack_require__(38450);
// EXTERNAL MODULE: ./src/trust/der.ts
var der = __webpack_require__(3257);
// EXTERNAL MODULE: ./src/trust/x509.ts
var x509 = __webpack_require__(28336);
;// CONCATENATED MODULE: ./src/trust/revocation.ts
/**
 * Revocation of a certificate chain (the trust policy spec's "certificate revocation evaluation"): for
 * each certificate, OCSP at its AIA responders first, then the CRLs of its distribution points when OCSP
 * gives no answer; a certificate with neither is not revocable. Only base CRLs are used (a delta CRL, or
 * a base CRL that points to one, leaves the status unknown).
 *
 * OCSP: a signed response by the issuer or by a delegated responder (issued by the issuer, OCSPSigning
 * EKU, valid now), a single response for this certificate with thisUpdate ≤ now ≤ nextUpdate (nextUpdate
 * required, as notation does). CRL: signed by the issuer, issued under its name, thisUpdate ≤ now ≤
 * nextUpdate. A revoked certificate whose entry states an invalidity date after a trusted timestamp is
 * treated as good, per the spec's rule; any other revocation stands.
 *
 * A CRL Signet cannot fully read is not used (RFC 5280 §5.2, §5.3, §6.3.3): a critical extension it does
 * not process, on the CRL or on any entry; an indirect CRL; an issuing distribution point whose scope
 * leaves this certificate out (CA or end-entity only, attribute certificates only, some reasons only, or
 * another distribution point). "Not listed" in such a CRL proves nothing, so the status stays unknown.
 */








const OID = {
    aia: '1.3.6.1.5.5.7.1.1',
    ocsp: '1.3.6.1.5.5.7.48.1',
    crlDistributionPoints: '2.5.29.31',
    deltaCrlIndicator: '2.5.29.27',
    freshestCrl: '2.5.29.46',
    crlReason: '2.5.29.21',
    invalidityDate: '2.5.29.24',
    holdInstructionCode: '2.5.29.23',
    certificateIssuer: '2.5.29.29',
    authorityKeyIdentifier: '2.5.29.35',
    issuerAltName: '2.5.29.18',
    crlNumber: '2.5.29.20',
    issuingDistributionPoint: '2.5.29.28',
    basicConstraints: '2.5.29.19',
    ocspSigning: '1.3.6.1.5.5.7.3.9',
    extKeyUsage: '2.5.29.37',
    sha1: '1.3.14.3.2.26'
};
const OCSP_TIMEOUT_MS = 5_000;
const CRL_TIMEOUT_MS = 5_000;
const OCSP_MAX_BYTES = 64 * 1024;
const CRL_MAX_BYTES = 8 * 1024 * 1024;
/**
 * CRL extensions read or safely ignored (RFC 5280 §5.2); a critical one outside this set makes the CRL
 * unusable. Delta CRL indicator and Freshest CRL are refused on their own, critical or not.
 */
const PROCESSED_CRL_EXTENSIONS = new Set([
    OID.authorityKeyIdentifier,
    OID.issuerAltName,
    OID.crlNumber,
    OID.issuingDistributionPoint
]);
/** CRL entry extensions read or safely ignored (§5.3); certificateIssuer means an indirect CRL, refused. */
const PROCESSED_ENTRY_EXTENSIONS = new Set([OID.crlReason, OID.invalidityDate, OID.holdInstructionCode]);
/** Clock skew allowed between this machine and a responder for thisUpdate. */
const SKEW_MS = 5 * 60 * 1000;
/** Every certificate's status, leaf first, checked side by side. */
function checkChainRevocation(chain, options) {
    return Promise.all(chain.map((cert, index) => checkCertificate(cert, chain[index + 1] ?? cert, options)));
}
/** The first certificate that is revoked, else the first whose status is unknown; undefined when all pass. */
function revocationProblem(results) {
    return (results.find(result => result.status === 'revoked') ?? results.find(result => result.status === 'unknown'));
}
/** One line for a revoked or unknown certificate, as a rejection or a warning. */
function describeRevocation(result, role = 'certificate') {
    if (result.status === 'revoked') {
        const when = result.revokedAt ? ` on ${result.revokedAt.toISOString().replace('.000Z', 'Z')}` : '';
        return `${role} "${result.subject}" is revoked${when}${result.reason ? ` (${result.reason})` : ''} according to ${result.source} ${result.url}`;
    }
    return `${role} "${result.subject}" revocation status is unknown: ${result.detail ?? 'no answer'}`;
}
async function checkCertificate(cert, issuer, options) {
    const subject = (0,certificates/* subjectOf */.et)(cert);
    const ocspUrls = accessUrls(cert);
    const crlUrls = distributionPointUrls(cert);
    if (ocspUrls.length === 0 && crlUrls.length === 0)
        return { subject, status: 'not revocable' };
    if ((0,certificates/* isSelfSigned */.Nl)(cert) && cert !== issuer)
        return { subject, status: 'not revocable' };
    const failures = [];
    for (const url of ocspUrls) {
        try {
            return { subject, source: 'OCSP', url, ...(await ocspStatus(cert, issuer, url, options)) };
        }
        catch (error) {
            failures.push(`OCSP ${url}: ${error.message}`);
        }
    }
    for (const url of crlUrls) {
        try {
            return { subject, source: 'CRL', url, ...(await crlStatus(cert, issuer, url, options)) };
        }
        catch (error) {
            failures.push(`CRL ${url}: ${error.message}`);
        }
    }
    return { subject, status: 'unknown', detail: failures.join('; ') };
}
function parsedExtension(cert, oid, type) {
    const found = (0,certificates/* extension */.ck)(cert, oid);
    if (found === undefined)
        return undefined;
    return cjs.AsnConvert.parse(found.value, type);
}
/** http URLs of the AIA OCSP responders (notation uses http only: responses are signed). */
function accessUrls(cert) {
    const aia = parsedExtension(cert, OID.aia, asn1_x509_build_cjs.AuthorityInfoAccessSyntax) ?? [];
    return aia
        .filter(entry => entry.accessMethod === OID.ocsp)
        .map(entry => entry.accessLocation.uniformResourceIdentifier)
        .filter((url) => url !== undefined && /^http:\/\//i.test(url));
}
function distributionPointUrls(cert) {
    return distributionPoints(cert).flatMap(point => (point.distributionPoint?.fullName ?? [])
        .map(name => name.uniformResourceIdentifier)
        .filter((url) => url !== undefined && /^http:\/\//i.test(url)));
}
function distributionPoints(cert) {
    return parsedExtension(cert, OID.crlDistributionPoints, asn1_x509_build_cjs.CRLDistributionPoints) ?? [];
}
/** An entry's revocation, unless its invalidity date falls after a trusted timestamp (the spec's rule). */
function revoked(revokedAt, reasonCode, invalidity, timestamp) {
    const reason = reasonCode === undefined ? undefined : (asn1_x509_build_cjs.CRLReasons[reasonCode] ?? `reason ${reasonCode}`);
    if (timestamp !== undefined && invalidity !== undefined && invalidity > timestamp.upper) {
        return {
            status: 'good',
            detail: `revoked on ${revokedAt.toISOString()}, invalid from ${invalidity.toISOString()}, after the trusted timestamp ${timestamp.time.toISOString()}`
        };
    }
    return { status: 'revoked', revokedAt, reason };
}
function extensionsValue(extensions, oid, type) {
    const found = extensions?.find(candidate => candidate.extnID === oid);
    return found === undefined ? undefined : cjs.AsnConvert.parse(found.extnValue.buffer, type);
}
function checkFreshness(thisUpdate, nextUpdate, now, what) {
    if (thisUpdate.getTime() > now.getTime() + SKEW_MS) {
        throw new Error(`${what} thisUpdate ${thisUpdate.toISOString()} is in the future`);
    }
    if (nextUpdate === undefined)
        throw new Error(`${what} has no nextUpdate`);
    if (now > nextUpdate)
        throw new Error(`expired ${what} (nextUpdate ${nextUpdate.toISOString()})`);
}
// ---------------------------------------------------------------------------------------------
// OCSP (RFC 6960)
async function ocspStatus(cert, issuer, url, options) {
    const certId = certIdOf(cert, issuer);
    const request = new build_cjs.OCSPRequest({
        tbsRequest: new build_cjs.TBSRequest({ requestList: [new build_cjs.Request({ reqCert: certId })] })
    });
    const body = await options.fetcher.fetch(url, {
        what: 'OCSP',
        accept: ['application/ocsp-response'],
        body: Buffer.from(cjs.AsnConvert.serialize(request)),
        contentType: 'application/ocsp-request',
        // No nonce: the same certificate gets the same request, and one answer serves every signature.
        cache: true,
        timeoutMs: OCSP_TIMEOUT_MS,
        maxBytes: OCSP_MAX_BYTES
    });
    let response;
    try {
        response = cjs.AsnConvert.parse(body, build_cjs.OCSPResponse);
    }
    catch {
        throw new Error('the answer is not an OCSP response');
    }
    if (response.responseStatus !== build_cjs.OCSPResponseStatus.successful) {
        throw new Error(`the responder answered ${build_cjs.OCSPResponseStatus[response.responseStatus] ?? response.responseStatus}`);
    }
    if (response.responseBytes?.responseType !== build_cjs.id_pkix_ocsp_basic)
        throw new Error('not a basic OCSP response');
    const basicBytes = Buffer.from(response.responseBytes.response.buffer);
    const basic = cjs.AsnConvert.parse(basicBytes, build_cjs.BasicOCSPResponse);
    checkOcspSignature(basic, (0,der/* derChildren */.v0)(basicBytes)[0], issuer, options.now);
    const single = basic.tbsResponseData.responses.find(candidate => sameCertId(candidate.certID, certId));
    if (single === undefined)
        throw new Error('the response does not cover this certificate');
    checkFreshness(single.thisUpdate, single.nextUpdate, options.now, 'OCSP response');
    const status = single.certStatus;
    if (status.good !== undefined)
        return { status: 'good' };
    if (status.revoked !== undefined) {
        const invalidity = extensionsValue(single.singleExtensions, OID.invalidityDate, asn1_x509_build_cjs.InvalidityDate);
        return revoked(status.revoked.revocationTime, status.revoked.revocationReason?.reason, invalidity?.value, options.timestamp);
    }
    return { status: 'unknown', detail: 'the responder does not know this certificate' };
}
function certIdOf(cert, issuer) {
    const issuerTbs = cjs.AsnConvert.parse(issuer.rawData, asn1_x509_build_cjs.Certificate).tbsCertificate;
    const sha1 = (data) => new cjs.OctetString((0,external_node_crypto_.createHash)('sha1').update(Buffer.from(data)).digest());
    return new build_cjs.CertID({
        hashAlgorithm: new asn1_x509_build_cjs.AlgorithmIdentifier({ algorithm: OID.sha1, parameters: null }),
        issuerNameHash: sha1(cjs.AsnConvert.serialize(issuerTbs.subject)),
        issuerKeyHash: sha1(issuerTbs.subjectPublicKeyInfo.subjectPublicKey),
        serialNumber: cjs.AsnConvert.parse(cert.rawData, asn1_x509_build_cjs.Certificate).tbsCertificate.serialNumber
    });
}
function sameCertId(a, b) {
    const bytes = (value) => Buffer.from(value instanceof cjs.OctetString ? value.buffer : value);
    return (a.hashAlgorithm.algorithm === b.hashAlgorithm.algorithm &&
        bytes(a.issuerNameHash).equals(bytes(b.issuerNameHash)) &&
        bytes(a.issuerKeyHash).equals(bytes(b.issuerKeyHash)) &&
        bytes(a.serialNumber).equals(bytes(b.serialNumber)));
}
/** Signed by the issuer itself, or by a delegated responder the issuer certified for OCSP signing. */
function checkOcspSignature(basic, tbs, issuer, now) {
    const signature = Buffer.from(basic.signature);
    const verifies = (signer) => {
        try {
            return (0,asn1_signature/* verifyAsn1Signature */.H)(tbs, basic.signatureAlgorithm, signature, (0,certificates/* publicKeyOf */.kc)(signer));
        }
        catch {
            return false;
        }
    };
    if (verifies(issuer))
        return;
    for (const certificate of basic.certs ?? []) {
        const delegate = new x509/* x509.X509Certificate */.f.yI(cjs.AsnConvert.serialize(certificate));
        if (!verifies(delegate))
            continue;
        if (!(0,certificates/* isIssuedBy */.rh)(delegate, issuer))
            throw new Error(`responder "${(0,certificates/* subjectOf */.et)(delegate)}" is not certified by the issuer`);
        const eku = (0,certificates/* extension */.ck)(delegate, OID.extKeyUsage);
        const usages = eku === undefined ? [] : new x509/* x509.ExtendedKeyUsageExtension */.f.j6(eku.rawData).usages.map(String);
        if (!usages.includes(OID.ocspSigning)) {
            throw new Error(`responder "${(0,certificates/* subjectOf */.et)(delegate)}" lacks the OCSPSigning extended key usage`);
        }
        if (now < delegate.notBefore || now > delegate.notAfter) {
            throw new Error(`responder certificate "${(0,certificates/* subjectOf */.et)(delegate)}" is not valid now`);
        }
        return;
    }
    throw new Error('the response signature does not verify with the issuer or a delegated responder');
}
// ---------------------------------------------------------------------------------------------
// CRL (RFC 5280)
async function crlStatus(cert, issuer, url, options) {
    const body = await options.fetcher.fetch(url, {
        what: 'CRL',
        accept: ['application/pkix-crl', 'application/x-pkcs7-crl', 'application/octet-stream'],
        timeoutMs: CRL_TIMEOUT_MS,
        maxBytes: CRL_MAX_BYTES
    });
    let crl;
    let tbs;
    try {
        crl = cjs.AsnConvert.parse(body, asn1_x509_build_cjs.CertificateList);
        tbs = (0,der/* derChildren */.v0)(body)[0];
    }
    catch {
        throw new Error('the answer is not a DER CRL');
    }
    const issuerTbs = cjs.AsnConvert.parse(issuer.rawData, asn1_x509_build_cjs.Certificate).tbsCertificate;
    if (!Buffer.from(cjs.AsnConvert.serialize(crl.tbsCertList.issuer)).equals(Buffer.from(cjs.AsnConvert.serialize(issuerTbs.subject)))) {
        throw new Error(`the CRL is issued by someone else than "${(0,certificates/* subjectOf */.et)(issuer)}"`);
    }
    let valid;
    try {
        valid = (0,asn1_signature/* verifyAsn1Signature */.H)(tbs, crl.signatureAlgorithm, Buffer.from(crl.signature), (0,certificates/* publicKeyOf */.kc)(issuer));
    }
    catch (error) {
        throw new Error(`the CRL uses an ${error.message}`);
    }
    if (!valid)
        throw new Error(`the CRL signature does not verify with "${(0,certificates/* subjectOf */.et)(issuer)}"'s key`);
    const extensions = crl.tbsCertList.crlExtensions ?? [];
    if (extensions.some(ext => ext.extnID === OID.deltaCrlIndicator)) {
        throw new Error('a delta CRL, not a base CRL (delta CRLs are not supported)');
    }
    if (extensions.some(ext => ext.extnID === OID.freshestCrl)) {
        throw new Error('the CRL points to a delta CRL (Freshest CRL), which is not supported');
    }
    checkCrlUsable(crl, cert);
    checkFreshness(crl.tbsCertList.thisUpdate.getTime(), crl.tbsCertList.nextUpdate?.getTime(), options.now, 'CRL');
    const serial = Buffer.from(cjs.AsnConvert.parse(cert.rawData, asn1_x509_build_cjs.Certificate).tbsCertificate.serialNumber);
    const entry = (crl.tbsCertList.revokedCertificates ?? []).find(candidate => Buffer.from(candidate.userCertificate).equals(serial));
    if (entry === undefined)
        return { status: 'good' };
    const reason = extensionsValue(entry.crlEntryExtensions, OID.crlReason, asn1_x509_build_cjs.CRLReason)?.reason;
    if (reason === asn1_x509_build_cjs.CRLReasons.removeFromCRL)
        return { status: 'good' };
    const invalidity = extensionsValue(entry.crlEntryExtensions, OID.invalidityDate, asn1_x509_build_cjs.InvalidityDate);
    return revoked(entry.revocationDate.getTime(), reason, invalidity?.value, options.timestamp);
}
/**
 * Throws when RFC 5280 forbids using the CRL for `cert`: a critical extension Signet does not process
 * (§5.2), on the CRL or on any entry (§5.3: the whole CRL, since such an entry may change how the
 * others read), an indirect CRL, or an issuing distribution point whose scope excludes `cert` (§6.3.3).
 */
function checkCrlUsable(crl, cert) {
    const extensions = crl.tbsCertList.crlExtensions ?? [];
    const unknown = extensions.find(ext => ext.critical && !PROCESSED_CRL_EXTENSIONS.has(ext.extnID));
    if (unknown !== undefined)
        throw new Error(`the CRL has a critical extension ${unknown.extnID} that Signet does not process`);
    for (const entry of crl.tbsCertList.revokedCertificates ?? []) {
        for (const ext of entry.crlEntryExtensions ?? []) {
            if (ext.extnID === OID.certificateIssuer)
                throw new Error('the CRL is indirect (an entry names a certificate issuer), which is not supported');
            if (ext.critical && !PROCESSED_ENTRY_EXTENSIONS.has(ext.extnID))
                throw new Error(`a CRL entry has a critical extension ${ext.extnID} that Signet does not process`);
        }
    }
    // Honoured whether marked critical (as §5.2.5 requires) or not: a scope only ever narrows the CRL.
    const scope = extensionsValue(extensions, OID.issuingDistributionPoint, asn1_x509_build_cjs.IssuingDistributionPoint);
    if (scope !== undefined)
        checkScope(scope, cert);
}
/** The issuing distribution point's scope includes `cert` (§6.3.3 b), or throws saying why not. */
function checkScope(scope, cert) {
    const basic = (0,certificates/* extension */.ck)(cert, OID.basicConstraints);
    const isCa = basic !== undefined && new x509/* x509.BasicConstraintsExtension */.f.WA(basic.rawData).ca;
    if (scope.onlyContainsAttributeCerts)
        throw new Error('the CRL lists attribute certificates only');
    if (scope.onlyContainsCACerts && !isCa)
        throw new Error('the CRL lists CA certificates only, and this is an end-entity certificate');
    if (scope.onlyContainsUserCerts && isCa)
        throw new Error('the CRL lists end-entity certificates only, and this is a CA certificate');
    if (scope.onlySomeReasons !== undefined)
        throw new Error('the CRL covers only some revocation reasons, which is not supported');
    if (scope.indirectCRL)
        throw new Error('the CRL is indirect, which is not supported');
    const point = scope.distributionPoint;
    if (point === undefined)
        return;
    if (point.fullName === undefined)
        throw new Error('the CRL names its distribution point relative to its issuer, which is not supported');
    const der = (name) => Buffer.from(cjs.AsnConvert.serialize(name)).toString('hex');
    const covered = new Set(point.fullName.map(der));
    const named = distributionPoints(cert).flatMap(candidate => candidate.distributionPoint?.fullName ?? []);
    if (!named.some(name => covered.has(der(name))))
        throw new Error("the CRL's distribution point is none of this certificate's");
}

;// CONCATENATED MODULE: ./src/verify/revocation-check.ts
/**
 * Revocation as a verification step (after the envelope verified): the signing chain under the policy's
 * `revocation` action, and, when a countersignature verified, the TSA chain under the authentic
 * timestamp's enforcement (enforced at strict, logged otherwise), as notation does. A revoked
 * certificate, or one whose status cannot be had, rejects when enforced and warns when logged.
 */


async function checkRevocation(verified, decision, options) {
    const reports = [];
    const warnings = [];
    const judge = async (chain, results, enforced) => {
        const statuses = await results;
        reports.push(...statuses.map(result => toReport(chain, result)));
        const problem = revocationProblem(statuses);
        if (problem === undefined)
            return;
        const message = describeRevocation(problem, `${chain} certificate`);
        if (enforced)
            throw new errors/* VerificationError */.mk(message);
        warnings.push(message);
    };
    if (decision.revocation !== 'skip') {
        await judge('signing', checkChainRevocation(verified.chain, { ...options, timestamp: verified.timestamp }), decision.revocation === 'enforce');
    }
    if (verified.timestamp !== undefined) {
        await judge('timestamping', checkChainRevocation(verified.timestamp.chain, options), decision.level === 'strict');
    }
    return { reports, warnings };
}
function toReport(chain, result) {
    return {
        chain,
        certificate: result.subject,
        status: result.status,
        source: result.source,
        url: result.url,
        revokedAt: result.revokedAt?.toISOString(),
        reason: result.reason,
        detail: result.detail
    };
}

;// CONCATENATED MODULE: ./src/verify/notary-signer.ts
/**
 * The Notary Project signer: signatures by a certificate that chains to a policy statement's roots and
 * is one of its trusted identities, checked as notation checks them (envelope, chain, identity, target,
 * timestamp, revocation), over the Notary signatures one discovery pass found. Lives in verify/ because
 * revocation is a verification step (with the run's fetcher, given in the verify context).
 */







/** Envelopes larger than this are refused (the Notary Project's own limit). */
const MAX_ENVELOPE_BYTES = 32 * 1024 * 1024;
class NotarySigner {
    decision;
    name;
    kind = 'notation';
    /**
     * @param decision the policy statement whose roots, identities, level, timestamp and revocation rules apply
     * @param name how reports name this signer ("trust-roots", a rule, a `signers` item)
     */
    constructor(decision, name = decision.name) {
        this.decision = decision;
        this.name = name;
    }
    describe() {
        return `notation ${this.name}`;
    }
    fingerprint() {
        const { decision } = this;
        return JSON.stringify({
            roots: (0,certificates/* thumbprintsOf */.Kn)(decision.trustRoots),
            identities: decision.trustedIdentities,
            level: decision.level,
            tsaRoots: (0,certificates/* thumbprintsOf */.Kn)(decision.tsaRoots),
            verifyTimestamp: decision.verifyTimestamp,
            revocation: decision.revocation
        });
    }
    /** Each Notary signature in the order listed; the first that passes is enough unless all are wanted. */
    async verify(subject, candidates, context) {
        const signatures = [];
        const rejected = [];
        for (const artifact of candidates.artifacts) {
            if (artifact.format !== 'notary')
                continue;
            try {
                signatures.push(await this.check(artifact, subject, candidates, context));
                if (!context.everySignature)
                    break;
            }
            catch (error) {
                if (error instanceof errors/* InputError */.dz)
                    throw error;
                const reason = (0,errors/* errorMessage */.gJ)(error);
                rejected.push({
                    artifact: artifact.descriptor.digest,
                    reason,
                    couldNotComplete: (0,errors/* couldNotComplete */.aC)(error)
                });
                // The image's reason lists every signature's: at info level this would print each twice.
                context.log?.debug(`Signature ${artifact.descriptor.digest} rejected: ${reason}`);
            }
        }
        if (signatures.length > 0)
            return { matched: true, kind: this.kind, signer: this.describe(), signatures, rejected };
        return (0,accepted_signer/* mismatch */.J4)(this.kind, this.describe(), rejected, `no signature found for ${subject.digest}`);
    }
    async check(artifact, subject, candidates, context) {
        const { now, fetcher } = context;
        // A caller error, not a verdict: revocation is part of the check and needs the run's fetcher.
        if (fetcher === undefined)
            throw new Error("a Notary signer needs the run's fetcher to check revocation");
        const parts = (0,signature_manifest/* signatureManifestParts */.EI)(artifact.manifest);
        if (parts === undefined)
            throw new errors/* VerificationError */.mk('not a Notary Project signature manifest');
        if (parts.subject !== undefined && parts.subject.digest !== subject.digest) {
            throw new errors/* VerificationError */.mk(`signature manifest's subject is ${parts.subject.digest}, not ${subject.digest}`);
        }
        const envelope = await candidates.blob(parts.envelope, MAX_ENVELOPE_BYTES);
        const { decision } = this;
        const verified = (0,trust_envelope/* verifyEnvelope */.Yj)(envelope, parts.envelope.mediaType, {
            trustRoots: decision.trustRoots,
            trustedIdentities: decision.trustedIdentities,
            level: decision.level,
            now,
            timestamp: decision.tsaRoots.length > 0
                ? { roots: decision.tsaRoots, verify: decision.verifyTimestamp }
                : undefined
        });
        // The payload names what was signed: a signature of another image listed here (replay) fails.
        const wrongTarget = (0,trust_envelope/* targetMatches */.DB)(verified.target, subject);
        if (wrongTarget !== undefined)
            throw new errors/* VerificationError */.mk(`signed target differs from ${subject.digest}: ${wrongTarget}`);
        const revocation = await checkRevocation(verified, decision, { fetcher, now });
        const warnings = [...verified.warnings, ...revocation.warnings];
        for (const warning of warnings)
            context.log?.warning(`signature ${artifact.descriptor.digest}: ${warning}`);
        return matched(artifact.descriptor.digest, verified, {
            revocation: revocation.reports.length > 0 ? revocation.reports : undefined,
            warnings: warnings.length > 0 ? warnings : undefined
        });
    }
}
function matched(artifact, verified, extra) {
    const timestamp = verified.timestamp === undefined
        ? undefined
        : { time: verified.timestamp.time.toISOString(), tsa: verified.timestamp.tsa };
    return {
        artifact,
        signer: verified.signer,
        // Two statements that accept the same leaf certificate are one signer, not two.
        identity: `x509:${(0,certificates/* thumbprintsOf */.Kn)(verified.chain.slice(0, 1))[0]}`,
        // The signing time the signature claims; a verified countersignature proves it came before its own.
        time: verified.signingTime.toISOString(),
        timeProven: timestamp !== undefined,
        evidence: timestamp === undefined ? [] : [{ kind: 'timestamp', authority: timestamp.tsa, time: timestamp.time }],
        notary: {
            chain: verified.chain.map(pki/* subjectOf */.et),
            timestamp,
            timestamped: verified.timestamped,
            authentic: verified.authentic,
            ...extra
        }
    };
}


/***/ }),

/***/ 20585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Du: () => (/* binding */ checkedContent),
  Bg: () => (/* binding */ resultOf),
  kC: () => (/* binding */ signedByLine),
  MX: () => (/* binding */ verify)
});

// UNUSED EXPORTS: DEFAULT_IMAGE_CONCURRENCY, registryAllowed

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/util/buffered-log.ts
/**
 * A log that holds its lines until `replay`: work that runs concurrently (images of one gate) writes to
 * one each, and the lines reach the real log one piece of work at a time, in a stable order, each in its
 * own group. No status line: a redrawn line would interleave.
 */
class BufferedLog {
    lines = [];
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    /** A nested group is flattened into this one: the log it replays into has already opened a group. */
    group(title, body) {
        this.info(title);
        return body();
    }
    /** Writes the held lines to `log`, in the order they were logged. */
    replay(log) {
        for (const { level, message } of this.lines)
            log[level](message);
        this.lines.length = 0;
    }
}
/**
 * A log held back until `release`: its lines so far are replayed into the log released to, and later
 * ones go straight there (a terminal's status line too); never released, its lines are dropped. For work
 * done ahead of a decision (verify's content check, started while the signature is checked), shown only
 * once the decision lets it count.
 */
class HeldLog {
    held = new BufferedLog();
    target;
    info(message) {
        ;
        (this.target ?? this.held).info(message);
    }
    warning(message) {
        ;
        (this.target ?? this.held).warning(message);
    }
    debug(message) {
        ;
        (this.target ?? this.held).debug(message);
    }
    group(title, body) {
        return (this.target ?? this.held).group(title, body);
    }
    /** The released-to log's status line; none while held, so progress is counted in lines meanwhile. */
    get status() {
        return this.target?.status?.bind(this.target);
    }
    release(log) {
        this.held.replay(log);
        this.target = log;
    }
}

// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: ./src/util/settled.ts
var settled = __webpack_require__(37641);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/verdict.ts
var util_verdict = __webpack_require__(65693);
// EXTERNAL MODULE: ./src/util/progress.ts
var util_progress = __webpack_require__(65365);
// EXTERNAL MODULE: ./src/oci/image-index.ts
var image_index = __webpack_require__(55325);
// EXTERNAL MODULE: ./src/oci/platform.ts
var platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/canonical.ts
var canonical = __webpack_require__(33899);
// EXTERNAL MODULE: ./src/oci/content.ts
var content = __webpack_require__(36956);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
// EXTERNAL MODULE: ./src/oci/signature-discovery.ts
var signature_discovery = __webpack_require__(10540);
// EXTERNAL MODULE: ./src/trust/accepted-signer.ts
var accepted_signer = __webpack_require__(14580);
// EXTERNAL MODULE: ./src/verify/notary-signer.ts + 2 modules
var notary_signer = __webpack_require__(88756);
;// CONCATENATED MODULE: ./src/verify/signatures.ts
/**
 * The signature step of verify: one discovery pass finds every signature artifact of the digest, each
 * accepted signer of the repository's policy (Notary roots, cosign keys, Sigstore identities, GitHub
 * attestations, pins) judges them, and the policy's `require` decides. The report gets a row per
 * signature examined and the image's "Signed by" list.
 */




/** The accepted signers of a policy decision: its Notary roots (when it has any), then the others. */
function acceptedSignersOf(decision) {
    const notary = decision.trustRoots.length > 0 ? [new notary_signer/* NotarySigner */.k(decision)] : [];
    return [...notary, ...(decision.signers ?? [])];
}
/**
 * Finds and judges the signatures of `subject`; returns who signed, or throws why not: a
 * VerificationError (rejected) or an IncompleteError / the transport's own error (could not complete).
 */
async function checkSignatures(subject, decision, repository, maxSignatures, reports, context) {
    const signers = acceptedSignersOf(decision);
    if (signers.length === 0)
        throw new errors/* VerificationError */.mk(`policy '${decision.name}' accepts no signer: nothing can verify ${subject.digest}`);
    const discovered = await (0,signature_discovery/* discoverSignatures */.lU)(repository, subject.digest, {
        maxArtifacts: maxSignatures,
        cosignSignatureTag: (0,accepted_signer/* readsCosignSignatureTag */.Vd)(signers)
    });
    if (discovered.notExamined > 0) {
        const found = discovered.notExamined + discovered.artifacts.length;
        context.log.warning(`${found} signatures found; examining the first ${maxSignatures} (max-signatures)`);
    }
    const requirement = decision.require ?? { kind: 'any' };
    const judgement = await (0,accepted_signer/* judgeSigners */.BZ)(subject, discovered, signers, requirement, {
        now: context.now,
        fetcher: context.fetcher,
        log: context.log
    });
    reports.push(...judgement.results.flatMap(result => signatureRows(result, signers.length > 1)));
    // A signature manifest that could not be read is reported too: it might have been the valid one.
    for (const part of discovered.unread)
        if (part.digest !== undefined)
            reports.push({ digest: part.digest, verified: false, reason: part.reason });
    if (judgement.verdict === 'verified')
        return outcomeOf(judgement.results);
    throw failure(subject, discovered, judgement, signers.length === 1 && requirement.kind !== 'count');
}
function outcomeOf(results) {
    const matches = results.flatMap(result => result.matched ? result.signatures.map(signature => ({ result, signature })) : []);
    // An audit-level pass whose chain or identity did not check out is never named as a signer.
    const trusted = matches.filter(({ signature }) => signature.notary?.authentic !== false);
    return {
        signer: trusted[0]?.signature.signer,
        digest: (trusted[0] ?? matches[0]).signature.artifact,
        authentic: trusted.length > 0,
        signedBy: trusted.map(({ result, signature }) => ({
            kind: result.kind,
            signer: signature.signer,
            acceptedBy: result.signer,
            time: signature.time,
            timeProven: signature.timeProven,
            evidence: signature.evidence,
            details: signature.details
        }))
    };
}
/** The report rows of one signer: each signature it verified, each one it read and refused. */
function signatureRows(result, namedBySigner) {
    const verified = result.matched
        ? result.signatures.map(signature => ({
            digest: signature.artifact,
            verified: true,
            kind: result.kind,
            signer: signature.signer,
            signingTime: signature.time,
            chain: signature.notary?.chain,
            timestamp: signature.notary?.timestamp,
            timestamped: signature.notary?.timestamped,
            revocation: signature.notary?.revocation,
            evidence: signature.evidence.length > 0 ? signature.evidence : undefined,
            warnings: signature.notary?.warnings
        }))
        : [];
    const refused = result.rejected.map(entry => ({
        digest: entry.artifact,
        verified: false,
        kind: result.kind,
        // With several signers, the same artifact may be read by more than one: say whose reason it is.
        reason: namedBySigner ? `${result.signer}: ${entry.reason}` : entry.reason
    }));
    return [...verified, ...refused];
}
/**
 * Why the requirement was not met. With one signer the words are notation's own ("no signature found",
 * "no valid signature"); with several, the requirement and each signer's reason. Anything that could not
 * be read or checked makes it "could not complete": the missing signature may have been there.
 */
function failure(subject, discovered, judgement, single) {
    const rejected = judgement.results.flatMap(result => (result.matched ? [] : result.rejected));
    // A listing (not a signature manifest, which names its digest) that could not be read.
    const listing = discovered.unread.find(part => part.couldNotComplete && part.digest === undefined);
    if (single && listing !== undefined && rejected.length === 0) {
        // Nothing was examined because the listing itself failed: report that failure as it came.
        return listing.cause instanceof Error ? listing.cause : new errors/* IncompleteError */.j$(listing.reason);
    }
    if (!single) {
        const reason = `signature requirement not met for ${subject.digest}: ${judgement.reason ?? ''}`;
        return judgement.verdict === 'error' ? new errors/* IncompleteError */.j$(reason) : new errors/* VerificationError */.mk(reason);
    }
    const unread = discovered.unread.map(part => `${part.what} could not be read: ${part.reason}`);
    const [only] = judgement.results;
    // Nothing of this signer's was there: its own words ("no signature found for …", "… is not pinned").
    if (rejected.length === 0 && unread.length === 0 && !only.matched)
        return new errors/* VerificationError */.mk(only.reason);
    const reasons = [...rejected.map(entry => `${entry.artifact}: ${entry.reason}`), ...unread].join('; ');
    // A signature that could not be fetched might have been the valid one: no verdict, only an error.
    if (judgement.verdict === 'error')
        return new errors/* IncompleteError */.j$(`could not check every signature of ${subject.digest} (${reasons})`);
    return new errors/* VerificationError */.mk(`no valid signature for ${subject.digest} (${reasons})`);
}

;// CONCATENATED MODULE: ./src/verify/platform-attestations.ts







const LISTINGS_AT_ONCE = 4;
/**
 * The signature step of an image: its signatures judged under the policy; when the index fails and a
 * GitHub-attestation signer could accept the one selected platform by its own digest, that platform
 * (`attestedEntry`, then verified and pinned in the index's place). For an index under such signers the
 * report gets where the attestations sit, whatever the verdict.
 */
async function checkImageSignatures(check) {
    const { subject, decision, repository, report, context } = check;
    const judge = (digest) => checkSignatures(digest, decision, repository, check.plan.maxSignatures, report.signatures, context);
    const attestations = judgesAttestations(decision) && (0,types/* isIndexMediaType */.$$)(subject.mediaType);
    let used = subject.digest;
    try {
        try {
            return { outcome: await judge(subject) };
        }
        catch (error) {
            // The index is not attested: the one platform selected may be, by its own digest.
            if (!(error instanceof errors/* VerificationError */.mk) || !attestations)
                throw error;
            const entry = selectedEntry(await check.signedRoot(), check.selection, check.plan.scenarioAnnotation);
            if (entry === undefined)
                throw error;
            const outcome = await judge(entry).catch((entryError) => {
                throw new errors/* VerificationError */.mk(`${(0,errors/* errorMessage */.gJ)(error)}; the selected platform's own digest ${entry.digest}: ${(0,errors/* errorMessage */.gJ)(entryError)}`, { cause: entryError });
            });
            used = entry.digest;
            return { outcome, attestedEntry: entry };
        }
    }
    finally {
        if (attestations) {
            // A report, not a check: a listing that fails counts as no bundles there.
            report.attestations = await check
                .signedRoot()
                .then(root => attestationPlacements(root, repository, used))
                .catch(() => undefined);
            if (report.attestations !== undefined)
                context.log.info(`Attestations by digest: ${describePlacements(report.attestations)}`);
        }
    }
}
/** The policy has a GitHub-attestation signer: only then are platforms looked at. */
function judgesAttestations(decision) {
    return (decision.signers ?? []).some(signer => signer.kind === 'github-attestation');
}
/**
 * The one entry of `root` the selection asks for, when `root` is an index and exactly one entry is
 * selected: the platform manifest that may carry its own attestation.
 */
function selectedEntry(root, selection, scenarioAnnotation) {
    if (!(0,types/* isIndexMediaType */.$$)(root.descriptor.mediaType))
        return undefined;
    if (selection.scenario === undefined && selection.platform === undefined)
        return undefined;
    try {
        const entries = (0,image_index/* selectEntries */.XO)(root.manifest, selection, scenarioAnnotation);
        return entries.length === 1 ? entries[0] : undefined;
    }
    catch {
        // No such entry: the content check reports it in its own words.
        return undefined;
    }
}
/** The index and each runnable platform entry, with the bundles listed for each. */
async function attestationPlacements(root, repository, used) {
    const index = root.manifest;
    const entries = index.manifests.filter(entry => entry.platform?.os !== 'unknown');
    const targets = [
        { digest: root.descriptor.digest, platform: undefined },
        ...entries.map(entry => ({
            digest: entry.digest,
            platform: entry.platform && (0,platform/* formatPlatform */.Bq)(entry.platform)
        }))
    ];
    return (0,concurrency/* mapWithLimit */.c)(targets, LISTINGS_AT_ONCE, async ({ digest, platform }) => {
        const listed = await repository.referrers(digest).catch(() => []);
        // GitHub's attestations list their type; a bundle listed as another type is not counted here.
        const bundles = listed.filter(entry => (0,signature_discovery/* isSigstoreBundleMediaType */.Xb)(entry.artifactType));
        return {
            digest,
            ...(platform !== undefined && { platform }),
            bundles: bundles.length,
            used: digest === used
        };
    });
}
/** `index: 0, linux/amd64: 1 (used), linux/arm64: 1`: where the bundles sit, for the log and the reason. */
function describePlacements(placements) {
    return placements
        .map(placement => `${placement.platform ?? 'index'}: ${placement.bundles} bundle${placement.bundles === 1 ? '' : 's'}${placement.used ? ' (used)' : ''}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./src/verify/verify.ts
/**
 * Folder verify/: the verify engine (plan + context in, result out) and verify-envelope.
 * May import: inputs/, trust/, oci/, util/. No face, no run/, no mode above it.
 *
 * The verify mode: resolve → find signatures → chain + signature + identity + target → select the
 * requested entry of the signed index → re-hash every manifest, config and layer reached → report.
 * It is a gate: whatever cannot be checked is never a pass. A check the registry answered against the
 * image is a rejection; a check that could not run (network, TLS, auth, server errors) is an error.
 */















const BLOB_CONCURRENCY = 4;
/**
 * Images of one run verified at once when the caller does not say (the `max-concurrency` default). The
 * registry client caps the requests in flight to one host (oci/http.ts), so this bounds work, not load on
 * a registry: a gate of 10 images at 30 ms RTT took 0.80 s at 4, 0.60 s at 6-10, 0.53 s at 16.
 */
const DEFAULT_IMAGE_CONCURRENCY = 16;
/** Index → index nesting deeper than this is refused rather than followed. */
const MAX_NESTING = 4;
/** The result of verifying `images`: a rejection outweighs an error, which outweighs a pass. */
function resultOf(images) {
    const verdict = (0,util_verdict/* combineVerdicts */.a)(images.map(image => image.verdict));
    return { verified: verdict === 'verified', verdict, images };
}
/**
 * Verifies each request under `plan`, up to `maxConcurrency` images at once; `images[i]` of the result
 * answers `requests[i]`, and the request keeps its origin for whoever groups the answers. Each image's
 * log lines are held and written as one group, in the order of the requests, whatever order they finish
 * in. A request for an image already asked for in this run (same reference and platform) is answered
 * with that verification rather than a second one.
 */
async function verify(requests, plan, context, options = {}) {
    const limit = Math.max(1, Math.floor(options.maxConcurrency ?? DEFAULT_IMAGE_CONCURRENCY));
    const answers = new Map();
    const verifyOnce = (request, log) => {
        const key = JSON.stringify([
            (0,reference/* formatReference */.FH)(request.reference),
            request.platform,
            request.resolved?.digest
        ]);
        const earlier = answers.get(key);
        if (earlier !== undefined) {
            log.info('Verified once in this run: the same image was asked for above');
            return earlier.then(report => ({ ...structuredClone(report), verifiedOnce: true }));
        }
        const remote = context.registry.repository(request.reference);
        const source = options.sourceFor?.(request.reference, remote) ?? remote;
        const answer = verifyImage(request, plan, source, { ...context, log });
        answers.set(key, answer);
        return answer;
    };
    const title = (request) => `Verify ${(0,reference/* formatReference */.FH)(request.reference)}`;
    if (limit === 1 || requests.length === 1) {
        const images = [];
        for (const request of requests)
            images.push(await context.log.group(title(request), () => verifyOnce(request, context.log)));
        return resultOf(images);
    }
    // Groups are written in request order: a finished image's lines wait for those of the images before it.
    const held = new Array(requests.length);
    let next = 0;
    let written = Promise.resolve();
    const images = await (0,concurrency/* mapWithLimit */.c)(requests, limit, async (request, index) => {
        const log = new BufferedLog();
        const report = await verifyOnce(request, log);
        held[index] = log;
        while (next < requests.length && held[next] !== undefined) {
            const at = next++;
            const lines = held[at];
            written = written.then(() => context.log.group(title(requests[at]), async () => lines.replay(context.log)));
        }
        return report;
    });
    await written;
    return resultOf(images);
}
/**
 * Registry host patterns: `ghcr.io` exactly, `*.example.com` any subdomain; both sides compared as
 * canonical hosts (oci/canonical.ts), so `GHCR.IO` or `ghcr.io:443` is `ghcr.io`.
 */
function registryAllowed(registry, patterns) {
    if (patterns.length === 0)
        return true;
    const host = (0,canonical/* canonicalRegistry */.i7)(registry);
    return patterns.some(pattern => {
        if (!pattern.startsWith('*.'))
            return host === (0,canonical/* canonicalRegistry */.i7)(pattern);
        const suffix = pattern.slice(1).toLowerCase();
        return host.endsWith(suffix) && host.length > suffix.length;
    });
}
async function verifyImage(request, plan, repository, context) {
    const { log } = context;
    const report = {
        image: (0,reference/* formatReference */.FH)(request.reference),
        verified: false,
        verdict: 'rejected',
        checks: [],
        signatures: [],
        selected: [],
        blobs: { checked: 0, bytes: 0, manifests: 0 },
        reasons: []
    };
    /** Runs one check and records its outcome in the report. */
    const check = async (name, body) => {
        try {
            const value = await body();
            report.checks.push({ name, passed: true });
            return value;
        }
        catch (error) {
            report.checks.push({ name, passed: false, reason: (0,errors/* errorMessage */.gJ)(error) });
            throw error;
        }
    };
    let listing;
    // The content check runs while the signature is checked, and counts only once the signature passed.
    const ahead = new AbortController();
    let content;
    try {
        await check('allowed registry', () => {
            if (!registryAllowed(request.reference.registry, plan.allowedRegistries)) {
                throw new errors/* VerificationError */.mk(`registry ${request.reference.registry} is not in allowed-registries (${plan.allowedRegistries.join(', ')})`);
            }
        });
        const decision = await check('trust policy', () => plan.policy.forRepository((0,reference/* repositoryName */.aR)(request.reference)));
        report.policy = `${decision.name} (${decision.level})`;
        // 1. Resolve once; everything after works on the digest. Without an earlier resolve, one GET: the
        // manifest's bytes are needed for the selection anyway (a HEAD first would cost a round trip).
        // A digest known already has its referrers listed meanwhile: the signature step reads that listing
        // from the client's memory of this run instead of waiting a round trip more for it.
        const known = request.resolved?.digest ?? request.reference.digest;
        if (known !== undefined && decision.level !== 'skip') {
            listing = repository.referrers(known).then(() => undefined, () => undefined // asked again, and reported, by the signature step
            );
        }
        let root;
        /** The manifest the subject names, fetched once (the resolve's GET when there was one). */
        const signedRoot = async () => (root ??= await repository.fetchManifest(subject.digest));
        /** The platform entry verified by its own attestation when the index had none. */
        let attestedEntry;
        const subject = await check('resolve', async () => {
            if (request.resolved === undefined) {
                root = await repository.fetchManifest(request.reference.digest ?? request.reference.tag ?? 'latest');
            }
            const resolved = request.resolved ?? root.descriptor;
            return { mediaType: resolved.mediaType, digest: resolved.digest, size: resolved.size };
        });
        report.digest = subject.digest;
        log.info(`Resolved to ${subject.digest}`);
        const selection = { ...plan.selection, platform: request.platform ?? plan.selection.platform };
        content = checkContentAhead(signedRoot, subject, selection, plan, repository, ahead.signal);
        // 2. A signature that passes every check.
        if (decision.level === 'skip') {
            log.warning(`Trust policy '${decision.name}' skips signature verification for ${(0,reference/* repositoryName */.aR)(request.reference)}`);
            report.checks.push({
                name: 'signature',
                passed: true,
                reason: `skipped by trust policy '${decision.name}'`
            });
        }
        else {
            const { outcome: accepted, attestedEntry: entry } = await check('signature', () => checkImageSignatures({
                subject,
                signedRoot,
                decision,
                selection,
                plan,
                repository,
                report,
                context
            }));
            attestedEntry = entry;
            // Only a signer whose chain and identity were checked is named as the image's signer; an audit
            // level that let an untrusted one pass leaves it in the signature's own report only.
            report.signer = accepted.signer;
            report.signedBy = accepted.signedBy;
            log.info(accepted.authentic
                ? `Signature ${accepted.digest} by ${signedByLine(accepted.signedBy)}`
                : `Signature ${accepted.digest} (not trusted: audit)`);
        }
        // 3 + 4. Select from the signed manifest and re-hash everything reached: the check started above,
        // now that the signature passed, reported (its log lines so far, then as they come) and awaited.
        const checked = content;
        const pinned = await check('selection and content', async () => {
            if (attestedEntry !== undefined) {
                // The index has no signature of its own: what was checked ahead of it does not count, and the
                // platform entry attested by its own digest is checked now.
                ahead.abort();
                return checkAttestedEntry(attestedEntry, plan, repository, report, log);
            }
            checked.log.release(log);
            const outcome = await checked.done;
            report.selected.push(...checked.report.selected);
            report.blobs = checked.report.blobs;
            return (0,settled/* unwrap */.o)(outcome);
        });
        report.ref = (0,reference/* formatReference */.FH)({
            registry: request.reference.registry,
            repository: request.reference.repository,
            digest: pinned
        });
        report.digest = pinned;
        report.verified = true;
        report.verdict = 'verified';
        log.info(`Verified: ${report.ref}: ${checkedContent(report.blobs, plan.verifyLayers)}`);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        // A rejected image has no signer: outputs, report and summary must not name one as if trusted.
        delete report.signer;
        const reason = (0,errors/* errorMessage */.gJ)(error);
        report.reasons.push(reason);
        if ((0,errors/* couldNotComplete */.aC)(error)) {
            report.verdict = 'error';
            log.info(`Could not complete: ${reason}`);
        }
        else {
            log.info(`Rejected: ${reason}`);
        }
        if (!(error instanceof errors/* SignetError */.Tj))
            log.debug(String(error.stack));
    }
    finally {
        // A content check whose signature did not pass is stopped, never reported; and no request of this
        // image is left running behind the caller's back.
        ahead.abort();
        await Promise.all([content?.done, listing]);
    }
    return report;
}
/**
 * Starts the selection and content check while the signature is checked, so the manifests and blobs it
 * reads are fetched and re-hashed during the signature's round trips. It writes to a report and a log
 * of its own, and its failure is held: nothing of it reaches the image's report, and no failure of it
 * decides the verdict, before the signature passed. `signal` stops it when the signature did not.
 */
function checkContentAhead(signedRoot, subject, selection, plan, repository, signal) {
    const report = { selected: [], blobs: { checked: 0, bytes: 0, manifests: 0 } };
    const log = new HeldLog();
    const check = async () => {
        const signed = await signedRoot();
        checkDescriptor(signed.descriptor, subject, 'signed manifest');
        return checkContentTree(signed, selection, plan, repository, report, log, signal);
    };
    return { report, log, done: (0,settled/* settled */.g)(check()) };
}
/** `notation: CN=release, O=Acme; cosign: cosign key ECDSA P-256 sha256:…`: who signed, by kind. */
function signedByLine(signedBy) {
    return [...new Set(signedBy.map(entry => `${entry.kind}: ${entry.signer}`))].join('; ');
}
/**
 * `2 manifests and 4 blobs checked (3.0 MiB)`: the same count of blobs as the run's `Re-hashed 4 blobs`
 * line, child manifests counted apart.
 */
function checkedContent(blobs, verifyLayers = true) {
    const manifests = blobs.manifests > 0 ? `${blobs.manifests} manifest${blobs.manifests === 1 ? '' : 's'}` : '';
    if (!verifyLayers)
        return `${manifests ? `${manifests} checked, ` : ''}blobs not re-hashed (verify-layers: false)`;
    const layers = blobs.checked - blobs.manifests;
    const counted = [manifests, `${layers} blob${layers === 1 ? '' : 's'}`].filter(Boolean).join(' and ');
    return `${counted} checked (${(0,util_progress/* formatSize */.Xq)(blobs.bytes)})`;
}
/**
 * Walks the signed manifest: for an index, the selected entries (all when nothing is selected); for an
 * image manifest, its config and layers (without `verifyLayers`, only the selection is made). Manifests
 * are read first, then every blob of every entry is re-hashed from one queue, so the transfers of one
 * image overlap the tail of another's. Returns the digest to pin: the selected entry's when exactly one
 * entry was asked for, else the signed manifest's. `signal` stops it between requests and transfers.
 */
async function checkContentTree(root, selection, plan, repository, report, log, signal) {
    const selecting = selection.scenario !== undefined || selection.platform !== undefined;
    if (!(0,types/* isIndexMediaType */.$$)(root.descriptor.mediaType)) {
        if (selection.scenario !== undefined) {
            throw new errors/* VerificationError */.mk(`scenario '${selection.scenario}' requested, but ${root.descriptor.digest} is a single image, not an index`);
        }
        const blobs = await imageBlobs(root, repository, selection.platform);
        await checkBlobs(blobs, plan, repository, report, log, signal);
        return root.descriptor.digest;
    }
    const index = root.manifest;
    const entries = (0,image_index/* selectEntries */.XO)(index, selection, plan.scenarioAnnotation);
    for (const entry of entries) {
        const scenarios = (0,image_index/* scenariosOf */.vh)(entry, plan.scenarioAnnotation);
        report.selected.push({
            digest: entry.digest,
            platform: entry.platform && (0,platform/* formatPlatform */.Bq)(entry.platform),
            scenarios
        });
        log.info(`Entry ${entry.digest}${entry.platform ? ` ${(0,platform/* formatPlatform */.Bq)(entry.platform)}` : ''}${scenarios.length ? ` [${scenarios.join(', ')}]` : ''}`);
    }
    const pinned = selecting && entries.length === 1 ? entries[0].digest : root.descriptor.digest;
    // Signature only: the entries are named by the signed index; fetching them checks nothing it does not.
    if (!plan.verifyLayers)
        return pinned;
    const blobs = await (0,concurrency/* mapWithLimit */.c)(entries, BLOB_CONCURRENCY, entry => childBlobs(entry, repository, report, 1, signal));
    await checkBlobs(blobs.flat(), plan, repository, report, log, signal);
    return pinned;
}
/**
 * The selected platform of an index that is not itself attested, verified by its own attestation: its
 * manifest and (with `verifyLayers`) every blob it reaches are re-hashed, and its digest is pinned.
 */
async function checkAttestedEntry(entry, plan, repository, report, log) {
    report.selected.push({
        digest: entry.digest,
        platform: entry.platform && (0,platform/* formatPlatform */.Bq)(entry.platform),
        scenarios: (0,image_index/* scenariosOf */.vh)(entry, plan.scenarioAnnotation)
    });
    log.info(`Entry ${entry.digest}${entry.platform ? ` ${(0,platform/* formatPlatform */.Bq)(entry.platform)}` : ''} (attested by its own digest)`);
    const blobs = await childBlobs(entry, repository, report, 1);
    await checkBlobs(blobs, plan, repository, report, log);
    return entry.digest;
}
/** Fetches (and so digest-checks) a child manifest, and lists the blobs of the images it reaches. */
async function childBlobs(entry, repository, report, depth, signal) {
    if (depth > MAX_NESTING)
        throw new errors/* VerificationError */.mk(`index nesting deeper than ${MAX_NESTING} at ${entry.digest}`);
    signal?.throwIfAborted();
    const child = await repository.fetchManifest(entry.digest);
    checkDescriptor(child.descriptor, entry, `child manifest${entry.platform ? ` of ${(0,platform/* formatPlatform */.Bq)(entry.platform)}` : ''}`);
    report.blobs.checked++;
    report.blobs.manifests++;
    report.blobs.bytes += child.descriptor.size;
    if ((0,types/* isIndexMediaType */.$$)(child.descriptor.mediaType)) {
        const nested = [];
        for (const grandchild of child.manifest.manifests)
            nested.push(...(await childBlobs(grandchild, repository, report, depth + 1, signal)));
        return nested;
    }
    return imageBlobs(child, repository, undefined, entry.platform);
}
/** Config and layers of one image manifest; with `wantedPlatform`, its config must describe that platform. */
async function imageBlobs(image, repository, wantedPlatform, entryPlatform) {
    const manifest = image.manifest;
    if (!Array.isArray(manifest.layers) || manifest.config === undefined) {
        throw new errors/* VerificationError */.mk(`manifest ${image.descriptor.digest} has no config or layers`);
    }
    const label = entryPlatform ? ` of ${(0,platform/* formatPlatform */.Bq)(entryPlatform)}` : '';
    if (wantedPlatform !== undefined) {
        const config = await (0,content/* fetchImageConfig */.m)(repository, manifest.config);
        const actual = {
            os: config.os ?? '',
            architecture: config.architecture ?? '',
            variant: config.variant
        };
        if (!(0,platform/* platformMatches */.J5)(wantedPlatform, actual)) {
            throw new errors/* VerificationError */.mk(`platform ${(0,platform/* formatPlatform */.Bq)(wantedPlatform)} requested, but ${image.descriptor.digest} is ${(0,platform/* formatPlatform */.Bq)(actual)}`);
        }
    }
    return [
        { descriptor: manifest.config, what: `config ${manifest.config.digest}${label}` },
        ...manifest.layers.map(layer => ({ descriptor: layer, what: `layer ${layer.digest}${label}` }))
    ];
}
/**
 * Streams every blob through its size + digest check, at most BLOB_CONCURRENCY at once. A blob listed by
 * several images (a shared base layer) with the same digest and size is read once.
 */
async function checkBlobs(blobs, plan, repository, report, log, signal) {
    if (!plan.verifyLayers)
        return;
    const unique = new Map();
    for (const blob of blobs) {
        const key = `${blob.descriptor.digest} ${blob.descriptor.size}`;
        if (!unique.has(key))
            unique.set(key, blob);
    }
    const progress = new util_progress/* Progress */.ke(log, 'Re-hashed');
    await (0,concurrency/* mapWithLimit */.c)([...unique.values()], BLOB_CONCURRENCY, async ({ descriptor, what }) => {
        signal?.throwIfAborted();
        const transfer = progress.start(descriptor.digest, descriptor.size);
        try {
            await (0,promises_.pipeline)(await repository.fetchBlob(descriptor), discard(transfer.advance), { signal });
        }
        catch (error) {
            transfer.fail();
            const detail = error instanceof errors/* ContentMismatchError */.gd && error.detail ? error.detail : (0,errors/* errorMessage */.gJ)(error);
            throw new errors/* VerificationError */.mk(`${what}: ${detail}`, { cause: error });
        }
        transfer.finish();
        report.blobs.checked++;
        report.blobs.bytes += descriptor.size;
    });
    log.info(progress.summary());
}
function checkDescriptor(actual, expected, what) {
    if (actual.digest !== expected.digest ||
        actual.size !== expected.size ||
        actual.mediaType !== expected.mediaType) {
        throw new errors/* VerificationError */.mk(`${what} ${expected.digest}: registry serves ${actual.mediaType} ${actual.digest} (${actual.size} bytes), expected ${expected.mediaType} (${expected.size} bytes)`);
    }
}
/** The end of a re-hash: the bytes were checked on the way; only their count is kept. */
function discard(onBytes) {
    return new external_node_stream_.Writable({
        write: (chunk, _encoding, callback) => {
            onBytes(chunk.length);
            callback();
        }
    });
}


/***/ })

};
