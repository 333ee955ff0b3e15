export const id = 939;
export const ids = [939,336];
export const modules = {

/***/ 33899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ canonicalRepositoryName),
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   PR: () => (/* binding */ canonicalPattern),
/* harmony export */   Ys: () => (/* binding */ canonicalReference),
/* harmony export */   i7: () => (/* binding */ canonicalRegistry)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62148);
/**
 * Canonical registry and repository names: the one spelling every policy decision sees (rules, notation
 * trust policy scopes, allowed-registries, store keys), so no other spelling of the same registry can
 * reach a looser rule. Only names are canonicalised here; the host contacted stays the one written.
 *
 * - The host is read as the WHATWG URL parser (the transport's) reads `https://HOST/`: lowercase,
 *   numeric IPv4 forms as dotted decimal (`127.1`, `0x7f.0.0.1`, `2130706433` → `127.0.0.1`), IPv6
 *   compressed, and the https default port dropped (`:443`, also `:0443`). `:80` is kept: without a
 *   port a registry is https on 443, and whether `host` and `host:80` are one endpoint depends on
 *   insecure-registries (a transport setting that must not change which rule applies), so they stay two
 *   names, each bound by its own rule or by none.
 * - Loopback aliases are one name, `127.0.0.1`: `localhost`, all of 127.0.0.0/8, `::1`, IPv4-mapped
 *   loopback and the unspecified addresses (`0.0.0.0`, `::`), which Linux connects to the local host.
 *   On a runner these all reach the same local registries; a rule for one binds them all.
 * - Docker Hub has one name, `docker.io` (also for `index.docker.io` and `registry-1.docker.io`), and
 *   its single-name repositories live under `library/`.
 *
 * Names that reach the same registry only through DNS (another name for the same address) cannot be
 * seen without resolving them; policy names hosts, not addresses.
 */

const LOOPBACK = '127.0.0.1';
const DOCKER_HUB_ALIASES = new Set([_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb, 'index.docker.io', 'registry-1.docker.io']);
/** What a host (with a port) may hold: nothing the URL parser would read as credentials, path or query. */
const HOST_CHARS = /^[a-z0-9._\-:[\]]+$/;
const LOOPBACK_HOSTNAMES = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/;
/** The canonical spelling of a registry host (with its port, when not 443); see the module comment. */
function canonicalRegistry(registry) {
    const lower = registry.toLowerCase();
    let url;
    try {
        if (!HOST_CHARS.test(lower))
            throw new Error('not a host');
        url = new URL(`https://${lower}/`);
    }
    catch {
        // Not a host the transport could contact either: lowercase keeps it comparable, never equal to a real one.
        return lower;
    }
    const hostname = LOOPBACK_HOSTNAMES.test(url.hostname) ? LOOPBACK : url.hostname;
    const host = url.port === '' ? hostname : `${hostname}:${url.port}`;
    return DOCKER_HUB_ALIASES.has(host) ? _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb : host;
}
/** `registry/repository`, canonical: the name rules, trust policies and the store match on. */
function canonicalRepositoryName(ref) {
    const registry = canonicalRegistry(ref.registry);
    const repository = registry === _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb && !ref.repository.includes('/') ? `library/${ref.repository}` : ref.repository;
    return `${registry}/${repository}`;
}
/** The reference with its registry and repository canonical (tag and digest unchanged). */
function canonicalReference(ref) {
    const name = canonicalRepositoryName(ref);
    const slash = name.indexOf('/');
    return { ...ref, registry: name.slice(0, slash), repository: name.slice(slash + 1) };
}
/**
 * A `registry/repository` string, canonical. The first part is a registry only as the reference grammar
 * says (it has '.' or ':' or is localhost); otherwise the name is on Docker Hub.
 */
function canonicalName(name) {
    return canonicalRepositoryName(splitName(name));
}
/**
 * A `registry/repository` glob, canonical where it is literal: a literal first part is read as a name's
 * (`GHCR.IO/acme/**` → `ghcr.io/acme/**`, `localhost:5000/**` → `127.0.0.1:5000/**`, `alpine` →
 * `docker.io/library/alpine`, `docker.io/*` → `docker.io/library/*`); a glob first part is only
 * lowercased, since no canonical host has an uppercase letter. `**` alone stays as it is.
 */
function canonicalPattern(pattern, isGlob) {
    const slash = pattern.indexOf('/');
    const first = slash < 0 ? pattern : pattern.slice(0, slash);
    if (isGlob(first))
        return slash < 0 ? pattern : `${first.toLowerCase()}${pattern.slice(slash)}`;
    const { registry, repository } = splitName(pattern);
    const host = canonicalRegistry(registry);
    const single = host === _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb && !repository.includes('/') && repository !== '**';
    return `${host}/${single ? `library/${repository}` : repository}`;
}
function splitName(name) {
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    return slash >= 0 && (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryHost */ .EV)(first.toLowerCase())
        ? { registry: first, repository: name.slice(slash + 1) }
        : { registry: _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb, repository: name };
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

/***/ 75624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ CertificateError),
/* harmony export */   Kn: () => (/* binding */ thumbprintsOf),
/* harmony export */   Nl: () => (/* binding */ isSelfSigned),
/* harmony export */   VJ: () => (/* binding */ certificateFromDer),
/* harmony export */   ck: () => (/* binding */ extension),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   kc: () => (/* binding */ publicKeyOf),
/* harmony export */   oD: () => (/* binding */ isCaCertificate),
/* harmony export */   rh: () => (/* binding */ isIssuedBy),
/* harmony export */   vp: () => (/* binding */ loadCertificates)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96135);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28336);
/**
 * Certificates: read from PEM text, and the primitives every check is built on (public key, issued-by,
 * self-signed, subject, thumbprint, extensions). Certificate signatures are checked with node:crypto,
 * synchronously; @peculiar/x509 parses names and extensions.
 */



/** PEM text that should hold certificates holds none (`none`), or one of them cannot serve. */
class CertificateError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustInputError */ .f {
    problem;
    constructor(problem, wording) {
        super('certificates', wording, { certificates: 'the PEM text' });
        this.problem = problem;
    }
}
const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
/** Every CERTIFICATE block of a PEM text, in order; a CertificateError when there is none or one is broken. */
function loadCertificates(pem) {
    const blocks = pem.match(CERTIFICATE_BLOCK) ?? [];
    if (blocks.length === 0) {
        throw new CertificateError('none', names => `${names.certificates} holds no PEM certificate (expected '-----BEGIN CERTIFICATE-----' blocks)`);
    }
    return blocks.map((block, index) => {
        try {
            const cert = new _x509_js__WEBPACK_IMPORTED_MODULE_2__.x509.X509Certificate(block);
            nodeCertificate(cert);
            return remember(cert);
        }
        catch {
            throw new CertificateError('unreadable', names => `${names.certificates}: certificate #${index + 1} is not a valid X.509 certificate`);
        }
    });
}
/**
 * Certificates already parsed in this process, by their DER: an envelope carries its root, which is a
 * trusted root read from PEM before, and a gate over many images by one signer meets the same chain in
 * every envelope; parsing is most of an envelope's cost (about 4 ms a certificate). Bounded, oldest out
 * first; a parsed certificate is never changed by its users.
 */
const parsedCertificates = new Map();
const PARSED_CERTIFICATES_KEPT = 64;
function remember(cert) {
    const key = Buffer.from(cert.rawData).toString('base64');
    if (parsedCertificates.size >= PARSED_CERTIFICATES_KEPT && !parsedCertificates.has(key))
        parsedCertificates.delete(parsedCertificates.keys().next().value);
    parsedCertificates.set(key, cert);
    return cert;
}
/** The certificate of these DER bytes, parsed once per process; throws when they are not one. */
function certificateFromDer(der) {
    const known = parsedCertificates.get(der.toString('base64'));
    if (known !== undefined)
        return known;
    const cert = new _x509_js__WEBPACK_IMPORTED_MODULE_2__.x509.X509Certificate(der);
    nodeCertificate(cert);
    return remember(cert);
}
const nodeCertificates = new WeakMap();
/** node:crypto's view of a certificate, for synchronous signature checks. */
function nodeCertificate(cert) {
    let node = nodeCertificates.get(cert);
    if (node === undefined) {
        node = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(cert.rawData));
        nodeCertificates.set(cert, node);
    }
    return node;
}
function publicKeyOf(cert) {
    return nodeCertificate(cert).publicKey;
}
/** Issued by = `issuer`'s key verifies the signature and the names chain (decided by signature, not by DN alone). */
function isIssuedBy(cert, issuer) {
    if (cert.issuer !== issuer.subject)
        return false;
    try {
        return nodeCertificate(cert).verify(publicKeyOf(issuer));
    }
    catch {
        return false;
    }
}
function isSelfSigned(cert) {
    return isIssuedBy(cert, cert);
}
/** A basicConstraints extension says CA:TRUE (critical or not: Go's x509 IsCA, as notation reads it). */
function isCaCertificate(cert) {
    const basic = extension(cert, BASIC_CONSTRAINTS_OID);
    return basic !== undefined && new _x509_js__WEBPACK_IMPORTED_MODULE_2__.x509.BasicConstraintsExtension(basic.rawData).ca;
}
const BASIC_CONSTRAINTS_OID = '2.5.29.19';
/** The subject DN as notation prints it, e.g. 'C=US, ST=WA, L=Seattle, O=Notary, CN=Notation Test Root'. */
function subjectOf(cert) {
    return cert.subject;
}
/** Lowercase hex SHA-256 of each certificate's DER, as in the io.cncf.notary.x509chain.thumbprint#S256 annotation. */
function thumbprintsOf(chain) {
    return chain.map(cert => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(Buffer.from(cert.rawData)).digest('hex'));
}
function extension(cert, oid) {
    return cert.extensions.find(candidate => candidate.type === oid);
}


/***/ }),

/***/ 10069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ checkValidAt),
/* harmony export */   E4: () => (/* binding */ checkTrusted),
/* harmony export */   bO: () => (/* binding */ checkSignatureHash),
/* harmony export */   cO: () => (/* binding */ checkCaCertificate),
/* harmony export */   jV: () => (/* binding */ checkChainStructure)
/* harmony export */ });
/* unused harmony export validateChain */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75624);
/* harmony import */ var _key_description_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30454);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28336);




/**
 * Throws VerificationError('certificate chain: …') unless `chain` (leaf first) is a valid code-signing
 * chain that ends in one of `trustRoots` and whose certificates are all valid at signing time and now.
 */
function validateChain(chain, trustRoots, times) {
    checkChainStructure(chain, times.signingTime);
    checkTrusted(chain, trustRoots);
    checkValidAt(chain, times.now);
}
/** The chain's links, extensions and validity at signing time: everything but trust and "valid now". */
function checkChainStructure(chain, signingTime) {
    if (chain.length === 0)
        throw chainError('it is empty');
    chain.forEach(checkSignatureHash);
    if (chain.length === 1) {
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelfSigned */ .Nl)(chain[0])) {
            throw chainError(`the only certificate, "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(chain[0])}", is not self-signed: add its issuing CA certificates after it, up to the root`);
        }
    }
    else {
        for (let index = 0; index < chain.length - 1; index++) {
            const cert = chain[index];
            const role = index === 0 ? 'leaf' : 'intermediate';
            if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelfSigned */ .Nl)(cert)) {
                throw chainError(`${role} "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" is self-signed; only the last certificate (the root) may be`);
            }
            if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .isIssuedBy */ .rh)(cert, chain[index + 1])) {
                throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" is not issued by the next certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(chain[index + 1])}" (its signature does not verify with that key)`);
            }
        }
        const root = chain[chain.length - 1];
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelfSigned */ .Nl)(root)) {
            throw chainError(`the last certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(root)}" is not a self-signed root: the chain must end with its root CA`);
        }
        chain.slice(1).forEach((cert, index) => checkCaCertificate(cert, index));
    }
    checkLeafCertificate(chain[0]);
    for (const cert of chain) {
        if (signingTime < cert.notBefore) {
            throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" was not yet valid at signing time ${iso(signingTime)} (valid from ${iso(cert.notBefore)})`);
        }
        if (signingTime > cert.notAfter) {
            throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" had expired at signing time ${iso(signingTime)} (expired on ${iso(cert.notAfter)})`);
        }
    }
}
/** The chain's root (last certificate) must be one of `trustRoots`, compared by DER bytes. */
function checkTrusted(chain, trustRoots) {
    const root = chain[chain.length - 1];
    const [thumbprint] = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .thumbprintsOf */ .Kn)([root]);
    if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .thumbprintsOf */ .Kn)(trustRoots).includes(thumbprint)) {
        throw chainError(`root "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(root)}" (sha256 ${thumbprint}) is not one of the trusted roots`);
    }
}
/** Every certificate must be valid at `now`. */
function checkValidAt(chain, now) {
    for (const cert of chain) {
        if (now < cert.notBefore)
            throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" is not yet valid (valid from ${iso(cert.notBefore)})`);
        if (now > cert.notAfter)
            throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" expired on ${iso(cert.notAfter)}`);
    }
}
const OID = {
    basicConstraints: '2.5.29.19',
    keyUsage: '2.5.29.15',
    extKeyUsage: '2.5.29.37'
};
/** EKUs that make a certificate something other than a code-signing certificate. */
const FORBIDDEN_LEAF_EKUS = {
    '1.3.6.1.5.5.7.3.1': 'serverAuth',
    '1.3.6.1.5.5.7.3.2': 'clientAuth',
    '1.3.6.1.5.5.7.3.4': 'emailProtection',
    '1.3.6.1.5.5.7.3.8': 'timeStamping',
    '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
    '2.5.29.37.0': 'anyExtendedKeyUsage'
};
const FORBIDDEN_LEAF_KEY_USAGES = [
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.keyEncipherment, 'keyEncipherment'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.dataEncipherment, 'dataEncipherment'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.keyAgreement, 'keyAgreement'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.keyCertSign, 'keyCertSign'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.cRLSign, 'cRLSign'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.encipherOnly, 'encipherOnly'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.decipherOnly, 'decipherOnly']
];
function checkLeafCertificate(leaf) {
    const name = `leaf "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(leaf)}"`;
    if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .isCaCertificate */ .oD)(leaf)) {
        throw chainError(`${name} is a CA certificate (basicConstraints CA:TRUE); sign with an end-entity code-signing certificate`);
    }
    const keyUsage = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(leaf, OID.keyUsage);
    if (keyUsage === undefined || !keyUsage.critical) {
        throw chainError(`${name} needs a critical keyUsage extension with digitalSignature`);
    }
    const usages = new _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsagesExtension(keyUsage.rawData).usages;
    if ((usages & _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.digitalSignature) === 0) {
        throw chainError(`${name} lacks the digitalSignature key usage`);
    }
    const forbidden = FORBIDDEN_LEAF_KEY_USAGES.filter(([flag]) => (usages & flag) !== 0).map(([, label]) => label);
    if (forbidden.length > 0) {
        throw chainError(`${name} has key usage ${forbidden.join(', ')}; a code-signing leaf may only have digitalSignature`);
    }
    const eku = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(leaf, OID.extKeyUsage);
    if (eku !== undefined) {
        const usagesOids = new _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String);
        const bad = usagesOids.filter(oid => oid in FORBIDDEN_LEAF_EKUS).map(oid => FORBIDDEN_LEAF_EKUS[oid]);
        if (bad.length > 0) {
            throw chainError(`${name} has the extended key usage ${bad.join(', ')}, which code signing forbids (use codeSigning)`);
        }
    }
    const key = (0,_key_description_js__WEBPACK_IMPORTED_MODULE_2__/* .describeKey */ .Rx)((0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyOf */ .kc)(leaf));
    if (key.algorithm === undefined) {
        throw chainError(`${name} has an unsupported ${key.description} key; supported: ${_key_description_js__WEBPACK_IMPORTED_MODULE_2__/* .SUPPORTED_KEYS */ .Iu}`);
    }
}
/** `caBelow` = how many CA certificates sit between this one and the leaf (its path length must allow them). */
function checkCaCertificate(cert, caBelow) {
    const name = `CA "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}"`;
    const basic = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(cert, OID.basicConstraints);
    const constraints = basic === undefined ? undefined : new _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.BasicConstraintsExtension(basic.rawData);
    if (basic === undefined || !basic.critical || !constraints?.ca) {
        throw chainError(`${name} needs a critical basicConstraints extension with CA:TRUE`);
    }
    if (constraints.pathLength !== undefined && constraints.pathLength < caBelow) {
        throw chainError(`${name} allows path length ${constraints.pathLength} but ${caBelow} CA certificates follow it`);
    }
    const keyUsage = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(cert, OID.keyUsage);
    if (keyUsage === undefined || !keyUsage.critical) {
        throw chainError(`${name} needs a critical keyUsage extension with keyCertSign`);
    }
    if ((new _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsagesExtension(keyUsage.rawData).usages & _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.KeyUsageFlags.keyCertSign) === 0) {
        throw chainError(`${name} lacks the keyCertSign key usage`);
    }
}
const ALLOWED_CERT_HASHES = ['SHA-256', 'SHA-384', 'SHA-512'];
function checkSignatureHash(cert) {
    let hash;
    try {
        const algorithm = cert.signatureAlgorithm;
        hash = typeof algorithm.hash === 'string' ? algorithm.hash : algorithm.hash?.name;
    }
    catch {
        hash = undefined;
    }
    if (hash === undefined || !ALLOWED_CERT_HASHES.includes(hash.toUpperCase())) {
        throw chainError(`"${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}" is signed with ${hash ?? 'an unsupported algorithm'}; certificates must be signed with SHA-256, SHA-384 or SHA-512`);
    }
}
function chainError(reason) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`certificate chain: ${reason}`);
}
function iso(date) {
    return date.toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ decodeOid),
/* harmony export */   XA: () => (/* binding */ toArrayBuffer),
/* harmony export */   bn: () => (/* binding */ derContent),
/* harmony export */   v0: () => (/* binding */ derChildren),
/* harmony export */   wF: () => (/* binding */ unsignedInteger)
/* harmony export */ });
/**
 * The few DER readings that the ASN.1 classes of @peculiar/* do not cover (an OBJECT IDENTIFIER
 * attribute value, the ESS signing-certificate attribute, INTEGER comparison). Definite lengths only,
 * as DER requires; anything else throws.
 */
function readTlv(der, offset) {
    if (offset + 2 > der.length)
        throw new Error('DER: truncated');
    const first = der[offset + 1];
    let length = first;
    let start = offset + 2;
    if (first >= 0x80) {
        const count = first & 0x7f;
        if (count === 0 || count > 4)
            throw new Error('DER: unsupported length');
        length = 0;
        for (let index = 0; index < count; index++)
            length = length * 256 + der[start + index];
        start += count;
    }
    const end = start + length;
    if (end > der.length)
        throw new Error('DER: truncated');
    return { start, end };
}
/** The content octets of the value at the start of `der`. */
function derContent(der) {
    const { start, end } = readTlv(der, 0);
    return der.subarray(start, end);
}
/** The complete encodings (tag, length, content) of each element inside the constructed value `der`. */
function derChildren(der) {
    const content = derContent(der);
    const children = [];
    let offset = 0;
    while (offset < content.length) {
        const { end } = readTlv(content, offset);
        children.push(content.subarray(offset, end));
        offset = end;
    }
    return children;
}
/** Dotted text of an encoded OBJECT IDENTIFIER (tag 6). */
function decodeOid(der) {
    if (der[0] !== 0x06)
        throw new Error('DER: not an OBJECT IDENTIFIER');
    const content = derContent(der);
    const parts = [];
    let value = 0;
    for (const byte of content) {
        value = value * 128 + (byte & 0x7f);
        if ((byte & 0x80) === 0) {
            parts.push(value);
            value = 0;
        }
    }
    const [first, ...rest] = parts;
    const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
    return [...head, ...rest].join('.');
}
/** INTEGER content without its leading zero octets, for comparing values that were encoded apart. */
function unsignedInteger(bytes) {
    let index = 0;
    while (index < bytes.length - 1 && bytes[index] === 0)
        index++;
    return bytes.subarray(index);
}
function toArrayBuffer(bytes) {
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
}


/***/ }),

/***/ 30454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ SUPPORTED_KEYS),
/* harmony export */   JL: () => (/* binding */ unsupportedKeyReason),
/* harmony export */   Rx: () => (/* binding */ describeKey)
/* harmony export */ });
/** The supported keys, for messages that refuse another. */
const SUPPORTED_KEYS = 'RSA 2048, 3072 or 4096 bits, or EC P-256, P-384 or P-521';
const RSA_ALGORITHMS = { 2048: 'PS256', 3072: 'PS384', 4096: 'PS512' };
const EC_ALGORITHMS = {
    prime256v1: { algorithm: 'ES256', curve: 'P-256' },
    secp384r1: { algorithm: 'ES384', curve: 'P-384' },
    secp521r1: { algorithm: 'ES512', curve: 'P-521' }
};
/** What a key is ("RSA-3072", "EC P-256", "EC secp256k1", "ed25519") and its Notary algorithm, if supported. */
function describeKey(key) {
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'rsa') {
        const bits = details.modulusLength ?? 0;
        return { description: `RSA-${bits}`, algorithm: RSA_ALGORITHMS[bits] };
    }
    if (key.asymmetricKeyType === 'ec') {
        const known = EC_ALGORITHMS[details.namedCurve ?? ''];
        return known
            ? { description: `EC ${known.curve}`, algorithm: known.algorithm }
            : { description: `EC ${details.namedCurve}` };
    }
    return { description: String(key.asymmetricKeyType) };
}
/**
 * Why a key has no Notary algorithm, for messages: EdDSA is named as the Notary Project's own refusal
 * (its signature specification allows RSASSA-PSS and ECDSA only; notation-core-go refuses the key), so a
 * cosign user's Ed25519 key is not mistaken for a Signet limit.
 */
function unsupportedKeyReason(description) {
    return /^ed(25519|448)$/.test(description)
        ? `an ${description} key, which the Notary Project does not allow`
        : `an unsupported ${description} key`;
}


/***/ }),

/***/ 95684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ loadSigningIdentity),
/* harmony export */   bV: () => (/* binding */ loadSigningChain)
/* harmony export */ });
/* unused harmony export SigningIdentityError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _chain_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10069);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75624);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96135);
/* harmony import */ var _key_description_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30454);
/**
 * The signing identity: a private key and its certificate chain (leaf first), refused up front, before
 * anything is pushed, when the key is unsupported or does not match the leaf, or when verification
 * would reject the chain.
 */






/** The key, its passphrase or the chain cannot sign; `part` is the one to fix. */
class SigningIdentityError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustInputError */ .f {
    constructor(part, wording) {
        super(part, wording, {
            key: 'the signing key',
            passphrase: 'the passphrase',
            chain: 'the certificate chain'
        });
    }
}
/**
 * The private key (PEM) and chain (PEM, leaf first) to sign with. A chain that stops below its root is
 * completed from `trustRoots`; `now` is the signing time the chain is checked at.
 */
function loadSigningIdentity(options) {
    const key = parsePrivateKey(options.key, options.passphrase);
    const { description, algorithm } = (0,_key_description_js__WEBPACK_IMPORTED_MODULE_5__/* .describeKey */ .Rx)(key);
    if (algorithm === undefined) {
        throw new SigningIdentityError('key', names => `${names.key} is ${(0,_key_description_js__WEBPACK_IMPORTED_MODULE_5__/* .unsupportedKeyReason */ .JL)(description)}; supported: ${_key_description_js__WEBPACK_IMPORTED_MODULE_5__/* .SUPPORTED_KEYS */ .Iu}`);
    }
    // The order first: a reversed chain also breaks the chain rules, but its order is what to fix.
    const given = chainCertificates(options.chain);
    const keySpki = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    const keyCert = given.findIndex(cert => keySpki.equals(Buffer.from(cert.publicKey.rawData)));
    if (keyCert > 0) {
        throw new SigningIdentityError('chain', names => `${names.chain} looks reversed or out of order: it must be leaf first (the leaf, then intermediates, then the root), but it starts with "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(given[0])}" and ${names.key} belongs to certificate #${keyCert + 1} of ${given.length}, "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(given[keyCert])}".`);
    }
    const chain = loadSigningChain(options);
    if (keyCert < 0) {
        throw new SigningIdentityError('key', names => `${names.key} does not match the public key of the leaf certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectOf */ .et)(chain[0])}" (the first certificate of ${names.chain})`);
    }
    return { key, chain, algorithm };
}
/**
 * The chain to sign with (completed with its root from `trustRoots`), refused up front when
 * verification would reject it. For keys Signet cannot hold (a PKCS#11 token), the leaf says the algorithm.
 */
function loadSigningChain(options) {
    const chain = completeChain(chainCertificates(options.chain), options.trustRoots ?? []);
    const now = options.now ?? new Date();
    try {
        (0,_chain_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .checkChainStructure */ .jV)(chain, now);
        (0,_chain_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .checkValidAt */ .AK)(chain, now);
    }
    catch (error) {
        if (!(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk))
            throw error;
        throw new SigningIdentityError('chain', names => `${names.chain} would fail verification: ${error.message}`);
    }
    return chain;
}
function chainCertificates(pem) {
    try {
        return (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCertificates */ .vp)(pem);
    }
    catch (error) {
        if (!(error instanceof _certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .CertificateError */ .EE))
            throw error;
        throw new SigningIdentityError('chain', names => error.messageFor({ certificates: names.chain }));
    }
}
function parsePrivateKey(pem, passphrase) {
    const encrypted = pem.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----') || pem.includes('Proc-Type: 4,ENCRYPTED');
    if (encrypted && !passphrase) {
        throw new SigningIdentityError('passphrase', names => `${names.key} is encrypted: set ${names.passphrase} to its passphrase`);
    }
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', passphrase: encrypted ? passphrase : undefined });
    }
    catch {
        if (encrypted) {
            throw new SigningIdentityError('passphrase', names => `${names.passphrase} does not decrypt ${names.key} (wrong passphrase?)`);
        }
        throw new SigningIdentityError('key', names => `${names.key} is not a readable PEM private key (expected PKCS#8, PKCS#1 RSA, SEC1 EC, or encrypted PKCS#8)`);
    }
}
/** Appends the root from `trustRoots` when the chain stops below it (a common way to ship chains). */
function completeChain(chain, trustRoots) {
    const last = chain[chain.length - 1];
    if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .isSelfSigned */ .Nl)(last))
        return chain;
    const root = trustRoots.find(candidate => (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .isIssuedBy */ .rh)(last, candidate));
    return root === undefined ? chain : [...chain, root];
}


/***/ }),

/***/ 79976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseStrictJson),
/* harmony export */   U: () => (/* binding */ StrictJsonError)
/* harmony export */ });
/**
 * JSON as Signet must read signed documents: one reading only. JSON.parse keeps the last of duplicate
 * keys silently, and Go's encoding/json (notation-go) also matches struct fields case-insensitively
 * (with Unicode simple folding: "ſize" is "size", "\u212a" is "k"), so `{"size":1,"Size":2}` means 1
 * to one verifier and 2 to the other. This parser refuses any object whose keys collide under such
 * folding (exact duplicates included), except in the maps named by the caller, where keys are compared
 * exactly as Go's map decoding does. It also keeps each number's literal text, for callers that must
 * refuse what Go would not decode into an integer (`1e1`, `10.0`).
 */
class StrictJsonError extends Error {
    collision;
    constructor(message, 
    /** True for colliding keys (valid JSON that is read two ways), false for malformed JSON. */
    collision = false) {
        super(message);
        this.collision = collision;
    }
}
/**
 * Parses `text` as RFC 8259 JSON (the same values JSON.parse gives), refusing colliding keys. `maps` are
 * the paths of objects that are maps (e.g. 'targetArtifact.annotations'), checked for exact duplicates.
 */
function parseStrictJson(text, maps = []) {
    const parser = new Parser(text, new Set(maps));
    parser.space();
    const value = parser.value('');
    parser.space();
    if (parser.pos !== text.length)
        throw parser.error('unexpected text after the value');
    return { value, numbers: parser.numbers };
}
/** Go's case-insensitive match, approximated from above: any two keys Go could confuse compare equal. */
function fold(key) {
    return key.toUpperCase().toLowerCase();
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
class Parser {
    text;
    maps;
    pos = 0;
    numbers = new Map();
    depth = 0;
    constructor(text, maps) {
        this.text = text;
        this.maps = maps;
    }
    error(reason, collision = false) {
        return new StrictJsonError(`${reason} at offset ${this.pos}`, collision);
    }
    space() {
        while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos]))
            this.pos++;
    }
    value(path) {
        const char = this.text[this.pos];
        if (char === '{')
            return this.object(path);
        if (char === '[')
            return this.array(path);
        if (char === '"')
            return this.string();
        for (const [word, literal] of [
            ['true', true],
            ['false', false],
            ['null', null]
        ]) {
            if (this.text.startsWith(word, this.pos)) {
                this.pos += word.length;
                return literal;
            }
        }
        NUMBER.lastIndex = this.pos;
        const number = NUMBER.exec(this.text);
        if (number === null)
            throw this.error('expected a JSON value');
        this.pos += number[0].length;
        this.numbers.set(path, number[0]);
        return Number(number[0]);
    }
    nest(body) {
        // Deeper than any signed document; bounds the recursion on hostile input.
        if (++this.depth > 64)
            throw this.error('nesting deeper than 64');
        try {
            return body();
        }
        finally {
            this.depth--;
        }
    }
    object(path) {
        return this.nest(() => {
            this.pos++;
            const result = {};
            const seen = new Map();
            const isMap = this.maps.has(path);
            this.space();
            if (this.text[this.pos] === '}') {
                this.pos++;
                return result;
            }
            for (;;) {
                this.space();
                if (this.text[this.pos] !== '"')
                    throw this.error('expected a member name');
                const key = this.string();
                const folded = isMap ? key : fold(key);
                const earlier = seen.get(folded);
                if (earlier !== undefined) {
                    const where = path === '' ? 'the top level' : path;
                    throw this.error(earlier === key
                        ? `duplicate key ${JSON.stringify(key)} in ${where}`
                        : `keys ${JSON.stringify(earlier)} and ${JSON.stringify(key)} in ${where} differ only in case`, true);
                }
                seen.set(folded, key);
                this.space();
                if (this.text[this.pos] !== ':')
                    throw this.error("expected ':'");
                this.pos++;
                this.space();
                const value = this.value(path === '' ? key : `${path}.${key}`);
                // defineProperty: a "__proto__" member is an own property, as JSON.parse makes it.
                Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
                this.space();
                const next = this.text[this.pos++];
                if (next === '}')
                    return result;
                if (next !== ',')
                    throw this.error("expected ',' or '}'");
            }
        });
    }
    array(path) {
        return this.nest(() => {
            this.pos++;
            const result = [];
            this.space();
            if (this.text[this.pos] === ']') {
                this.pos++;
                return result;
            }
            for (;;) {
                this.space();
                result.push(this.value(`${path}[${result.length}]`));
                this.space();
                const next = this.text[this.pos++];
                if (next === ']')
                    return result;
                if (next !== ',')
                    throw this.error("expected ',' or ']'");
            }
        });
    }
    string() {
        STRING.lastIndex = this.pos;
        const match = STRING.exec(this.text);
        if (match === null)
            throw this.error('malformed string');
        this.pos += match[0].length;
        return JSON.parse(match[0]);
    }
}


/***/ }),

/***/ 67952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ parseTrustedIdentities),
/* harmony export */   WU: () => (/* binding */ formatIdentities),
/* harmony export */   aK: () => (/* binding */ identityMatches),
/* harmony export */   ai: () => (/* binding */ TrustedIdentityError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96135);

/** A list of trusted identities notation would refuse; `reason` is the message without the list's name. */
class TrustedIdentityError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustInputError */ .f {
    reason;
    constructor(reason) {
        super('identities', names => `${names.identities}: ${reason}`, { identities: 'trusted identities' });
        this.reason = reason;
    }
}
const IDENTITY_PREFIX = 'x509.subject:';
const MANDATORY_DN_ATTRIBUTES = ['C', 'ST', 'O'];
/**
 * Lines `x509.subject: C=US, ST=WA, O=Acme, CN=release` or `*`. As notation: each DN needs C, ST and O,
 * has no repeated or multi-valued attributes, '*' stands alone, and no DN may be a subset of another.
 */
function parseTrustedIdentities(lines) {
    const values = lines.map(line => line.trim()).filter(line => line !== '');
    if (values.includes('*')) {
        if (values.length > 1)
            throw new TrustedIdentityError("the wildcard '*' cannot be combined with other identities");
        return ['*'];
    }
    const identities = values.map(value => {
        if (!value.startsWith(IDENTITY_PREFIX)) {
            throw new TrustedIdentityError(`'${value}' must be '*' or 'x509.subject: C=…, ST=…, O=…[, CN=…]'`);
        }
        return { subject: parseDistinguishedName(value.slice(IDENTITY_PREFIX.length).trim()) };
    });
    identities.forEach((first, index) => identities.slice(index + 1).forEach(second => {
        if (isSubset(first.subject, second.subject) || isSubset(second.subject, first.subject)) {
            throw new TrustedIdentityError(`the identities ${formatDn(first.subject)} and ${formatDn(second.subject)} overlap`);
        }
    }));
    return identities;
}
/** The identities as a person wrote them, for messages: `C=US, ST=WA, O=Acme, CN=release; …`. */
function formatIdentities(identities) {
    return identities.map(identity => (identity === '*' ? '*' : formatDn(identity.subject))).join('; ');
}
/** True when the leaf subject carries every attribute of one trusted DN with the same value, or for '*'. */
function identityMatches(cert, identities) {
    if (identities.includes('*'))
        return true;
    const leaf = subjectAttributes(cert);
    if (leaf === undefined)
        return false;
    return identities.some(identity => identity !== '*' && isSubset(identity.subject, leaf));
}
/** The leaf subject as attribute → value; undefined when an attribute repeats (notation cannot match those). */
function subjectAttributes(cert) {
    const attributes = {};
    for (const rdn of cert.subjectName.toJSON()) {
        const entries = Object.entries(rdn);
        if (entries.length !== 1)
            return undefined;
        const [type, values] = entries[0];
        const key = type.toUpperCase();
        if (values.length !== 1 || key in attributes)
            return undefined;
        attributes[key] = values[0];
    }
    return attributes;
}
function isSubset(part, whole) {
    return Object.entries(part).every(([key, value]) => whole[key] === value);
}
function formatDn(dn) {
    return `"${Object.entries(dn)
        .map(([key, value]) => `${key}=${value}`)
        .join(', ')}"`;
}
/** RFC 4514 DN text → attribute map (escapes honoured; types upper-cased). */
function parseDistinguishedName(dn) {
    const attributes = {};
    for (const rdn of splitUnescaped(dn, ',')) {
        if (splitUnescaped(rdn, '+').length > 1)
            throw new TrustedIdentityError(`DN "${dn}" has a multi-valued RDN, which is not supported`);
        const equals = rdn.indexOf('=');
        const type = rdn.slice(0, equals).trim().toUpperCase();
        const value = unescapeDnValue(rdn.slice(equals + 1).trim());
        if (equals <= 0 || !/^[A-Z][A-Z0-9-]*$|^\d+(\.\d+)+$/.test(type) || value === '') {
            throw new TrustedIdentityError(`DN "${dn}" is not valid: expected TYPE=value pairs separated by commas (RFC 4514)`);
        }
        if (type in attributes)
            throw new TrustedIdentityError(`DN "${dn}" repeats the attribute ${type}`);
        attributes[type] = value;
    }
    const missing = MANDATORY_DN_ATTRIBUTES.filter(key => !(key in attributes));
    if (missing.length > 0)
        throw new TrustedIdentityError(`DN "${dn}" lacks ${missing.join(', ')}; it must contain at least C, ST and O`);
    return attributes;
}
function splitUnescaped(text, separator) {
    const parts = [];
    let current = '';
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (char === '\\' && index + 1 < text.length) {
            current += char + text[++index];
        }
        else if (char === separator) {
            parts.push(current);
            current = '';
        }
        else {
            current += char;
        }
    }
    parts.push(current);
    return parts;
}
function unescapeDnValue(value) {
    const unquoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
    // Runs of \XX escapes are UTF-8 bytes; any other escaped character stands for itself.
    return unquoted.replace(/((?:\\[0-9a-fA-F]{2})+)|\\(.)/g, (_match, hex, char) => hex !== undefined ? Buffer.from(hex.replace(/\\/g, ''), 'hex').toString('utf8') : (char ?? ''));
}


/***/ }),

/***/ 28336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var _peculiar_x509__WEBPACK_IMPORTED_MODULE_1___namespace_cache;
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x509: () => (/* reexport fake namespace object from non-harmony */ _peculiar_x509__WEBPACK_IMPORTED_MODULE_1___namespace_cache || (_peculiar_x509__WEBPACK_IMPORTED_MODULE_1___namespace_cache = __webpack_require__.t(_peculiar_x509__WEBPACK_IMPORTED_MODULE_1__, 2)))
/* harmony export */ });
/* harmony import */ var _reflect_metadata_cjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43898);
/* harmony import */ var _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8927);
/**
 * The one door to @peculiar/x509: import it from here, never from the package (type-only imports of
 * the package are fine). The import of reflect-metadata.cjs must stay first: it lends the library's
 * dependency tsyringe the Reflect metadata store it requires while it loads, and the store is taken
 * back as soon as @peculiar/x509 has loaded, so no global is left patched for Signet's users.
 */


(0,_reflect_metadata_cjs__WEBPACK_IMPORTED_MODULE_0__/* .removeReflectShim */ .z)();
// Certificate generation and verification in @peculiar/x509 use WebCrypto; Node's is complete.
_peculiar_x509__WEBPACK_IMPORTED_MODULE_1__.cryptoProvider.set(globalThis.crypto);



/***/ }),

/***/ 43898:
/***/ ((__unused_webpack_module, exports) => {

/*
 * A minimal Reflect metadata store for tsyringe, which @peculiar/x509 loads and which refuses to start
 * without one (normally the `reflect-metadata` package, not a dependency here). tsyringe reads it only
 * while @peculiar/x509 loads, when its classes are decorated; resolving them later does not. So the
 * store exists only for that while: installed here, when Reflect has none, and removed by x509.ts
 * (`removeReflectShim`) right after @peculiar/x509 has loaded, so that importing Signet leaves the
 * global Reflect as it found it. CommonJS on purpose: jest loads CommonJS dependencies while linking,
 * before any ES module body runs, so only a CommonJS module imported ahead of '@peculiar/x509' is
 * guaranteed to run first there (ncc and Node also run it first, in import order).
 */

/* global exports */

const installed = typeof Reflect.getMetadata !== 'function'

if (installed) {
  const stores = new WeakMap()
  const storeOf = (target, create) => {
    let store = stores.get(target)
    if (store === undefined && create) {
      store = new Map()
      stores.set(target, store)
    }
    return store
  }
  Reflect.getOwnMetadata = (key, target) => storeOf(target, false)?.get(key)
  Reflect.getMetadata = (key, target) => {
    for (
      let current = target;
      current !== null && current !== undefined;
      current = Object.getPrototypeOf(current)
    ) {
      const store = storeOf(current, false)
      if (store?.has(key)) return store.get(key)
    }
    return undefined
  }
  Reflect.defineMetadata = (key, value, target) => void storeOf(target, true).set(key, value)
}

/** Removes the store installed above; a Reflect metadata implementation found in place is left alone. */
exports.z = () => {
  if (!installed) return
  delete Reflect.getOwnMetadata
  delete Reflect.getMetadata
  delete Reflect.defineMetadata
}


/***/ })

};
