export const id = 2960;
export const ids = [2960];
export const modules = {

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

/***/ 99742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ loadTrustPolicy),
/* harmony export */   It: () => (/* binding */ checkTrustRoots),
/* harmony export */   jp: () => (/* binding */ simplePolicy),
/* harmony export */   mt: () => (/* binding */ checkTsaRoots)
/* harmony export */ });
/* unused harmony export TrustPolicyError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _oci_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33899);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75624);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96135);
/* harmony import */ var _trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67952);
/**
 * Which roots, identities and verification level apply to a repository: either the simple
 * trust-roots/trusted-identities inputs, or notation's own trustpolicy.json (version 1.0) with its
 * trust store directory (`x509/<type>/<name>/*.pem|crt|cer`), validated the way notation validates it.
 */







/** The trust-roots and trusted-identities inputs as a one-statement strict policy for every repository. */
function simplePolicy(trustRoots, trustedIdentities, options = {}) {
    const decision = {
        name: options.name ?? 'trust-roots',
        level: 'strict',
        trustRoots,
        trustedIdentities,
        tsaRoots: options.tsaRoots ?? [],
        verifyTimestamp: 'always',
        revocation: options.revocation ?? 'enforce'
    };
    return { forRepository: () => decision };
}
/**
 * Trusted certificates must each be a CA certificate (basicConstraints CA:TRUE) or self-signed, as
 * notation requires of every certificate of a trust store (notation-go truststore.ValidateCertificates):
 * a leaf issued by someone else is no anchor, and notation refuses the store that holds one.
 */
function checkTrustRoots(roots) {
    roots.forEach((root, index) => {
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .isCaCertificate */ .oD)(root) && !(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .isSelfSigned */ .Nl)(root)) {
            throw new _certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .CertificateError */ .EE('not-a-ca', names => `${names.certificates}: certificate #${index + 1} ("${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .subjectOf */ .et)(root)}") is neither a CA certificate (basicConstraints CA:TRUE) nor self-signed, and notation refuses it as a trusted certificate; give the root CA certificate your signers' chains end in`);
        }
    });
    return roots;
}
/** TSA roots must be CA certificates: a TSA's own certificate is no root to chain to. */
function checkTsaRoots(roots) {
    roots.forEach((root, index) => {
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .isCaCertificate */ .oD)(root)) {
            throw new _certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .CertificateError */ .EE('not-a-ca', names => `${names.certificates}: certificate #${index + 1} ("${root.subject}") is not a CA certificate (basicConstraints CA:TRUE); give the TSA's root CA`);
        }
    });
    return roots;
}
/** notation would refuse the trust policy document, or the trust store it names (`part`). */
class TrustPolicyError extends _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TrustInputError */ .f {
    constructor(part, wording) {
        super(part, wording, { policy: 'the trust policy', store: 'the trust store' });
    }
}
const WILDCARD = '*';
const LEVELS = ['strict', 'permissive', 'audit', 'skip'];
const STORE_NAME = /^[a-zA-Z0-9_.-]+$/;
const CERTIFICATE_FILE = /\.(pem|crt|cer)$/i;
// Registry scope grammar from notation (adapted from distribution's reference regexps).
const SCOPE_DOMAIN = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))+)?(?::[0-9]+)?$/;
const SCOPE_REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*)*$/;
const LEVEL_ENFORCEMENT = {
    strict: { authenticity: 'enforce', authenticTimestamp: 'enforce', expiry: 'enforce' },
    permissive: { authenticity: 'enforce', authenticTimestamp: 'log', expiry: 'log' },
    audit: { authenticity: 'log', authenticTimestamp: 'log', expiry: 'log' }
};
/** Validates notation's trustpolicy.json (its content) and loads the certificates it names from the store. */
function loadTrustPolicy(policy, trustStoreDir) {
    const document = parsePolicyDocument(policy);
    const decisions = new Map();
    const names = new Set();
    for (const statement of document.trustPolicies) {
        const name = statementName(statement);
        if (names.has(name))
            throw policyError(`two statements are named "${name}"; statement names must be unique`);
        names.add(name);
        const decision = loadStatement(statement, name, trustStoreDir);
        for (const scope of registryScopes(statement, name)) {
            // Scopes and repositories meet as canonical names: no other spelling of a scope reaches '*'.
            const key = scope === WILDCARD ? scope : (0,_oci_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalName */ .Ew)(scope);
            if (decisions.has(key))
                throw policyError(`registry scope "${scope}" appears in more than one statement`);
            decisions.set(key, decision);
        }
    }
    return {
        forRepository(repository) {
            const decision = decisions.get((0,_oci_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalName */ .Ew)(repository)) ?? decisions.get(WILDCARD);
            if (decision === undefined) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerificationError */ .mk(`no trust policy statement applies to ${repository}: add it to a statement's registryScopes, or add a '*' statement`);
            }
            return decision;
        }
    };
}
function policyError(reason) {
    return new TrustPolicyError('policy', names => `${names.policy}: ${reason}`);
}
function storeError(reason) {
    return new TrustPolicyError('store', names => `${names.store}: ${reason}`);
}
function parsePolicyDocument(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw policyError(`not valid JSON (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)})`);
    }
    if (typeof document !== 'object' || document === null)
        throw policyError('not a JSON object');
    if (document.version === undefined || document.version === '')
        throw policyError('"version" is missing; use "1.0"');
    if (document.version !== '1.0')
        throw policyError(`unsupported version ${JSON.stringify(document.version)}; use "1.0"`);
    if (!Array.isArray(document.trustPolicies) || document.trustPolicies.length === 0) {
        throw policyError('"trustPolicies" must list at least one statement');
    }
    return { trustPolicies: document.trustPolicies };
}
function statementName(statement) {
    if (typeof statement !== 'object' || statement === null)
        throw policyError('every trust policy statement must be an object');
    if (typeof statement.name !== 'string' || statement.name === '') {
        throw policyError('a statement has no "name"; every statement needs a unique name');
    }
    return statement.name;
}
function registryScopes(statement, name) {
    const scopes = stringList(statement.registryScopes, `statement "${name}" registryScopes`);
    if (scopes.length === 0)
        throw policyError(`statement "${name}" has no registryScopes; list 'registry/repository' values or '*'`);
    if (scopes.length > 1 && scopes.includes(WILDCARD)) {
        throw policyError(`statement "${name}" mixes the wildcard scope '*' with other scopes; '*' must stand alone`);
    }
    for (const scope of scopes) {
        if (scope === WILDCARD)
            continue;
        const slash = scope.indexOf('/');
        if (slash < 0 ||
            !SCOPE_DOMAIN.test(scope.slice(0, slash)) ||
            !SCOPE_REPOSITORY.test(scope.slice(slash + 1))) {
            throw policyError(`statement "${name}" has registry scope "${scope}"; a scope is a repository without scheme or tag, e.g. registry.example.com/team/app`);
        }
    }
    return scopes;
}
function stringList(value, what) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || !value.every(entry => typeof entry === 'string')) {
        throw policyError(`${what} must be an array of strings`);
    }
    return value;
}
function loadStatement(statement, name, trustStoreDir) {
    const level = statementLevel(statement, name);
    const stores = stringList(statement.trustStores, `statement "${name}" trustStores`);
    const identities = stringList(statement.trustedIdentities, `statement "${name}" trustedIdentities`);
    if (level === 'skip') {
        if (stores.length > 0 || identities.length > 0) {
            throw policyError(`statement "${name}" skips verification but lists trust stores or trusted identities; remove them`);
        }
        return {
            name,
            level,
            trustRoots: [],
            trustedIdentities: [],
            tsaRoots: [],
            verifyTimestamp: 'always',
            revocation: 'skip'
        };
    }
    if (stores.length === 0 || identities.length === 0) {
        throw policyError(`statement "${name}" needs both trustStores and trustedIdentities`);
    }
    // A blank entry is no identity: never read as "anyone", nor left to match no one at verify time.
    if (identities.some(identity => identity.trim() === '')) {
        throw policyError(`statement "${name}" trustedIdentities has a blank entry; remove it, or use "*"`);
    }
    const trustRoots = [];
    const tsaRoots = [];
    for (const store of stores) {
        const [type, storeName] = splitStore(store, name);
        const certificates = loadStore(trustStoreDir, type, storeName);
        // notary.x509 signatures chain to 'ca' stores only; signingAuthority stores serve a scheme Signet rejects.
        if (type === 'ca')
            trustRoots.push(...certificates);
        if (type === 'tsa')
            tsaRoots.push(...checkStoreTsaRoots(certificates));
    }
    let trustedIdentities;
    try {
        trustedIdentities = (0,_trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTrustedIdentities */ .$F)(identities);
    }
    catch (error) {
        if (!(error instanceof _trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__/* .TrustedIdentityError */ .ai))
            throw error;
        throw policyError(`statement "${name}": ${error.reason}`);
    }
    return {
        name,
        level,
        trustRoots,
        trustedIdentities,
        tsaRoots,
        verifyTimestamp: statementVerifyTimestamp(statement, name),
        revocation: statementRevocation(statement, level)
    };
}
function statementVerifyTimestamp(statement, name) {
    const value = statement.signatureVerification?.verifyTimestamp;
    if (value === undefined)
        return 'always';
    if (value !== 'always' && value !== 'afterCertExpiry') {
        throw policyError(`statement "${name}" signatureVerification.verifyTimestamp is ${JSON.stringify(value)}; use "always" or "afterCertExpiry"`);
    }
    return value;
}
/** The level's revocation action (strict enforces, permissive and audit log), or the statement's override. */
function statementRevocation(statement, level) {
    const override = statement.signatureVerification?.override;
    const action = override?.revocation;
    if (action === 'enforce' || action === 'log' || action === 'skip')
        return action;
    return level === 'strict' ? 'enforce' : 'log';
}
function statementLevel(statement, name) {
    const verification = statement.signatureVerification;
    const level = verification?.level;
    if (typeof level !== 'string' || !LEVELS.includes(level)) {
        throw policyError(`statement "${name}" signatureVerification.level must be one of ${LEVELS.join(', ')}`);
    }
    const override = verification?.override;
    if (override === undefined ||
        (typeof override === 'object' && override !== null && Object.keys(override).length === 0)) {
        return level;
    }
    if (level === 'skip')
        throw policyError(`statement "${name}" cannot override checks of the 'skip' level`);
    return overriddenLevel(level, override, name);
}
/**
 * notation lets a statement override single checks. Signet supports the overrides whose result is one of
 * the preset levels (e.g. strict with expiry and authenticTimestamp logged = permissive); the revocation
 * override stands apart (statementRevocation), with every action allowed.
 */
function overriddenLevel(level, override, name) {
    if (typeof override !== 'object' || override === null || Array.isArray(override)) {
        throw policyError(`statement "${name}" signatureVerification.override must be an object`);
    }
    const effective = { ...LEVEL_ENFORCEMENT[level] };
    for (const [check, action] of Object.entries(override)) {
        if (!['enforce', 'log', 'skip'].includes(action)) {
            throw policyError(`statement "${name}" override action "${String(action)}" must be enforce, log or skip`);
        }
        if (check === 'revocation')
            continue;
        if (check === 'integrity')
            throw policyError(`statement "${name}" cannot override the integrity check`);
        if (!(check in effective)) {
            throw policyError(`statement "${name}" overrides unknown check "${check}" (integrity, authenticity, authenticTimestamp, expiry, revocation)`);
        }
        if (action === 'skip')
            throw policyError(`statement "${name}" cannot skip the ${check} check`);
        effective[check] = action;
    }
    const preset = Object.keys(LEVEL_ENFORCEMENT).find(candidate => Object.keys(effective).every(check => LEVEL_ENFORCEMENT[candidate][check] === effective[check]));
    if (preset === undefined) {
        throw policyError(`statement "${name}" overrides checks into a combination Signet does not support; use level strict, permissive or audit`);
    }
    return preset;
}
function splitStore(store, name) {
    const colon = store.indexOf(':');
    const type = store.slice(0, colon);
    const storeName = store.slice(colon + 1);
    if (colon < 0)
        throw policyError(`statement "${name}" trust store "${store}" must have the form <type>:<name>, e.g. ca:acme`);
    if (type !== 'ca' && type !== 'signingAuthority' && type !== 'tsa') {
        throw policyError(`statement "${name}" uses unsupported trust store type "${type}" in "${store}" (use ca, signingAuthority or tsa)`);
    }
    if (!STORE_NAME.test(storeName)) {
        throw policyError(`statement "${name}" trust store name "${storeName}" must match [a-zA-Z0-9_.-]+`);
    }
    return [type, storeName];
}
/** Every certificate (PEM or DER) in `<dir>/x509/<type>/<name>/`. */
function loadStore(trustStoreDir, type, name) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(trustStoreDir, 'x509', type, name);
    let files;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
            throw new Error('not a directory');
        files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
            .filter(file => CERTIFICATE_FILE.test(file))
            .sort();
    }
    catch {
        throw storeError(`trust store ${type}:${name} not found (expected the directory ${dir})`);
    }
    const certificates = files.flatMap(file => checkStoreFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file), readCertificates((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file))));
    if (certificates.length === 0) {
        throw storeError(`trust store ${type}:${name} holds no certificate (.pem, .crt or .cer files in ${dir})`);
    }
    return certificates;
}
function checkStoreTsaRoots(certificates) {
    try {
        return checkTsaRoots(certificates);
    }
    catch (error) {
        if (!(error instanceof _certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .CertificateError */ .EE))
            throw error;
        throw new TrustPolicyError('store', names => error.messageFor({ certificates: names.store }));
    }
}
/** Each certificate of a store's file must be a CA or self-signed, as notation checks each file. */
function checkStoreFile(path, certificates) {
    try {
        return checkTrustRoots(certificates);
    }
    catch (error) {
        if (!(error instanceof _certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .CertificateError */ .EE))
            throw error;
        throw storeError(error.messageFor({ certificates: path }));
    }
}
function readCertificates(path) {
    const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    try {
        const text = content.toString('utf8');
        if (text.includes('-----BEGIN CERTIFICATE-----'))
            return (0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCertificates */ .vp)(text);
        return [(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .certificateFromDer */ .VJ)(content)];
    }
    catch {
        throw storeError(`${path} is not a PEM or DER certificate`);
    }
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


/***/ })

};
