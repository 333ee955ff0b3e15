export const id = 6118;
export const ids = [6118];
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

/***/ 6792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkChainRevocation: () => (/* binding */ checkChainRevocation),
/* harmony export */   describeRevocation: () => (/* binding */ describeRevocation),
/* harmony export */   revocationProblem: () => (/* binding */ revocationProblem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19911);
/* harmony import */ var _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _asn1_signature_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38450);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3257);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75624);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28336);
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
    const subject = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(cert);
    const ocspUrls = accessUrls(cert);
    const crlUrls = distributionPointUrls(cert);
    if (ocspUrls.length === 0 && crlUrls.length === 0)
        return { subject, status: 'not revocable' };
    if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .isSelfSigned */ .Nl)(cert) && cert !== issuer)
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
    const found = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .extension */ .ck)(cert, oid);
    if (found === undefined)
        return undefined;
    return _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(found.value, type);
}
/** http URLs of the AIA OCSP responders (notation uses http only: responses are signed). */
function accessUrls(cert) {
    const aia = parsedExtension(cert, OID.aia, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.AuthorityInfoAccessSyntax) ?? [];
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
    return parsedExtension(cert, OID.crlDistributionPoints, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLDistributionPoints) ?? [];
}
/** An entry's revocation, unless its invalidity date falls after a trusted timestamp (the spec's rule). */
function revoked(revokedAt, reasonCode, invalidity, timestamp) {
    const reason = reasonCode === undefined ? undefined : (_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLReasons[reasonCode] ?? `reason ${reasonCode}`);
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
    return found === undefined ? undefined : _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(found.extnValue.buffer, type);
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
    const request = new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPRequest({
        tbsRequest: new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.TBSRequest({ requestList: [new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.Request({ reqCert: certId })] })
    });
    const body = await options.fetcher.fetch(url, {
        what: 'OCSP',
        accept: ['application/ocsp-response'],
        body: Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(request)),
        contentType: 'application/ocsp-request',
        // No nonce: the same certificate gets the same request, and one answer serves every signature.
        cache: true,
        timeoutMs: OCSP_TIMEOUT_MS,
        maxBytes: OCSP_MAX_BYTES
    });
    let response;
    try {
        response = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(body, _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPResponse);
    }
    catch {
        throw new Error('the answer is not an OCSP response');
    }
    if (response.responseStatus !== _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPResponseStatus.successful) {
        throw new Error(`the responder answered ${_peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPResponseStatus[response.responseStatus] ?? response.responseStatus}`);
    }
    if (response.responseBytes?.responseType !== _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.id_pkix_ocsp_basic)
        throw new Error('not a basic OCSP response');
    const basicBytes = Buffer.from(response.responseBytes.response.buffer);
    const basic = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(basicBytes, _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.BasicOCSPResponse);
    checkOcspSignature(basic, (0,_der_js__WEBPACK_IMPORTED_MODULE_7__/* .derChildren */ .v0)(basicBytes)[0], issuer, options.now);
    const single = basic.tbsResponseData.responses.find(candidate => sameCertId(candidate.certID, certId));
    if (single === undefined)
        throw new Error('the response does not cover this certificate');
    checkFreshness(single.thisUpdate, single.nextUpdate, options.now, 'OCSP response');
    const status = single.certStatus;
    if (status.good !== undefined)
        return { status: 'good' };
    if (status.revoked !== undefined) {
        const invalidity = extensionsValue(single.singleExtensions, OID.invalidityDate, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.InvalidityDate);
        return revoked(status.revoked.revocationTime, status.revoked.revocationReason?.reason, invalidity?.value, options.timestamp);
    }
    return { status: 'unknown', detail: 'the responder does not know this certificate' };
}
function certIdOf(cert, issuer) {
    const issuerTbs = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(issuer.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate;
    const sha1 = (data) => new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(Buffer.from(data)).digest());
    return new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.CertID({
        hashAlgorithm: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.AlgorithmIdentifier({ algorithm: OID.sha1, parameters: null }),
        issuerNameHash: sha1(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(issuerTbs.subject)),
        issuerKeyHash: sha1(issuerTbs.subjectPublicKeyInfo.subjectPublicKey),
        serialNumber: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(cert.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate.serialNumber
    });
}
function sameCertId(a, b) {
    const bytes = (value) => Buffer.from(value instanceof _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString ? value.buffer : value);
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
            return (0,_asn1_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyAsn1Signature */ .H)(tbs, basic.signatureAlgorithm, signature, (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .publicKeyOf */ .kc)(signer));
        }
        catch {
            return false;
        }
    };
    if (verifies(issuer))
        return;
    for (const certificate of basic.certs ?? []) {
        const delegate = new _x509_js__WEBPACK_IMPORTED_MODULE_6__.x509.X509Certificate(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(certificate));
        if (!verifies(delegate))
            continue;
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .isIssuedBy */ .rh)(delegate, issuer))
            throw new Error(`responder "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(delegate)}" is not certified by the issuer`);
        const eku = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .extension */ .ck)(delegate, OID.extKeyUsage);
        const usages = eku === undefined ? [] : new _x509_js__WEBPACK_IMPORTED_MODULE_6__.x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String);
        if (!usages.includes(OID.ocspSigning)) {
            throw new Error(`responder "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(delegate)}" lacks the OCSPSigning extended key usage`);
        }
        if (now < delegate.notBefore || now > delegate.notAfter) {
            throw new Error(`responder certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(delegate)}" is not valid now`);
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
        crl = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(body, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CertificateList);
        tbs = (0,_der_js__WEBPACK_IMPORTED_MODULE_7__/* .derChildren */ .v0)(body)[0];
    }
    catch {
        throw new Error('the answer is not a DER CRL');
    }
    const issuerTbs = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(issuer.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate;
    if (!Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(crl.tbsCertList.issuer)).equals(Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(issuerTbs.subject)))) {
        throw new Error(`the CRL is issued by someone else than "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(issuer)}"`);
    }
    let valid;
    try {
        valid = (0,_asn1_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyAsn1Signature */ .H)(tbs, crl.signatureAlgorithm, Buffer.from(crl.signature), (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .publicKeyOf */ .kc)(issuer));
    }
    catch (error) {
        throw new Error(`the CRL uses an ${error.message}`);
    }
    if (!valid)
        throw new Error(`the CRL signature does not verify with "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(issuer)}"'s key`);
    const extensions = crl.tbsCertList.crlExtensions ?? [];
    if (extensions.some(ext => ext.extnID === OID.deltaCrlIndicator)) {
        throw new Error('a delta CRL, not a base CRL (delta CRLs are not supported)');
    }
    if (extensions.some(ext => ext.extnID === OID.freshestCrl)) {
        throw new Error('the CRL points to a delta CRL (Freshest CRL), which is not supported');
    }
    checkCrlUsable(crl, cert);
    checkFreshness(crl.tbsCertList.thisUpdate.getTime(), crl.tbsCertList.nextUpdate?.getTime(), options.now, 'CRL');
    const serial = Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(cert.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate.serialNumber);
    const entry = (crl.tbsCertList.revokedCertificates ?? []).find(candidate => Buffer.from(candidate.userCertificate).equals(serial));
    if (entry === undefined)
        return { status: 'good' };
    const reason = extensionsValue(entry.crlEntryExtensions, OID.crlReason, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLReason)?.reason;
    if (reason === _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLReasons.removeFromCRL)
        return { status: 'good' };
    const invalidity = extensionsValue(entry.crlEntryExtensions, OID.invalidityDate, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.InvalidityDate);
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
    const scope = extensionsValue(extensions, OID.issuingDistributionPoint, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.IssuingDistributionPoint);
    if (scope !== undefined)
        checkScope(scope, cert);
}
/** The issuing distribution point's scope includes `cert` (§6.3.3 b), or throws saying why not. */
function checkScope(scope, cert) {
    const isCa = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .isCaCertificate */ .oD)(cert);
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
    const der = (name) => Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(name)).toString('hex');
    const covered = new Set(point.fullName.map(der));
    const named = distributionPoints(cert).flatMap(candidate => candidate.distributionPoint?.fullName ?? []);
    if (!named.some(name => covered.has(der(name))))
        throw new Error("the CRL's distribution point is none of this certificate's");
}


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

/***/ 20546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ NotarySigner)
});

// EXTERNAL MODULE: ./src/trust/certificates.ts
var certificates = __webpack_require__(75624);
// EXTERNAL MODULE: ./src/trust/envelope.ts + 4 modules
var trust_envelope = __webpack_require__(92502);
// EXTERNAL MODULE: ./src/trust/pki.ts
var pki = __webpack_require__(6062);
// EXTERNAL MODULE: ./src/trust/signature-manifest.ts
var signature_manifest = __webpack_require__(26964);
// EXTERNAL MODULE: ./src/trust/accepted-signer.ts
var accepted_signer = __webpack_require__(14580);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/trust/revocation.ts
var revocation = __webpack_require__(6792);
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
        const problem = (0,revocation.revocationProblem)(statuses);
        if (problem === undefined)
            return;
        const message = (0,revocation.describeRevocation)(problem, `${chain} certificate`);
        if (enforced)
            throw new errors/* VerificationError */.mk(message);
        warnings.push(message);
    };
    if (decision.revocation !== 'skip') {
        await judge('signing', (0,revocation.checkChainRevocation)(verified.chain, { ...options, timestamp: verified.timestamp }), decision.revocation === 'enforce');
    }
    if (verified.timestamp !== undefined) {
        await judge('timestamping', (0,revocation.checkChainRevocation)(verified.timestamp.chain, options), decision.level === 'strict');
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


/***/ })

};
