export const id = 6264;
export const ids = [6264];
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


/***/ })

};
