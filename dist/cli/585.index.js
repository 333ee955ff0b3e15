export const id = 585;
export const ids = [585];
export const modules = {

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

/***/ 65365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ checkedContent),
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
/**
 * `2 manifests and 4 blobs checked (3.0 MiB)`: the same count of blobs as the run's `Re-hashed 4 blobs`
 * line, child manifests counted apart. (Here, not in verify/, so the faces' reports format it without
 * loading the verify engine.)
 */
function checkedContent(blobs, verifyLayers = true) {
    const manifests = blobs.manifests > 0 ? `${blobs.manifests} manifest${blobs.manifests === 1 ? '' : 's'}` : '';
    if (!verifyLayers)
        return `${manifests ? `${manifests} checked, ` : ''}blobs not re-hashed (verify-layers: false)`;
    const layers = blobs.checked - blobs.manifests;
    const counted = [manifests, `${layers} blob${layers === 1 ? '' : 's'}`].filter(Boolean).join(' and ');
    return `${counted} checked (${formatSize(blobs.bytes)})`;
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

/***/ 20585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_IMAGE_CONCURRENCY: () => (/* binding */ DEFAULT_IMAGE_CONCURRENCY),
  registryAllowed: () => (/* binding */ registryAllowed),
  resultOf: () => (/* binding */ resultOf),
  signedByLine: () => (/* binding */ signedByLine),
  verify: () => (/* binding */ verify)
});

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
var oci_platform = __webpack_require__(1890);
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
// EXTERNAL MODULE: ./src/verify/notary-signer.ts + 1 modules
var notary_signer = __webpack_require__(20546);
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
            platform: entry.platform && (0,oci_platform/* formatPlatform */.Bq)(entry.platform)
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















/**
 * Blobs (and child manifests) fetched at once per image: the config and layers of two platforms together,
 * within the client's 12 connections per host (4 left the last blobs of a 2-platform index a round trip behind).
 */
const BLOB_CONCURRENCY = 8;
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
        log.info(`Verified: ${report.ref}: ${(0,util_progress/* checkedContent */.Du)(report.blobs, plan.verifyLayers)}`);
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
        const { named, scenarios } = recordSelected(entry, plan, report);
        log.info(`${named}${scenarios.length ? ` [${scenarios.join(', ')}]` : ''}`);
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
    log.info(`${recordSelected(entry, plan, report).named} (attested by its own digest)`);
    const blobs = await childBlobs(entry, repository, report, 1);
    await checkBlobs(blobs, plan, repository, report, log);
    return entry.digest;
}
/** Records `entry` as selected; returns its scenarios and how the log names it (`Entry sha256:… linux/amd64`). */
function recordSelected(entry, plan, report) {
    const platform = entry.platform && (0,oci_platform/* formatPlatform */.Bq)(entry.platform);
    const scenarios = (0,image_index/* scenariosOf */.vh)(entry, plan.scenarioAnnotation);
    report.selected.push({ digest: entry.digest, platform, scenarios });
    return { named: `Entry ${entry.digest}${platform ? ` ${platform}` : ''}`, scenarios };
}
/** Fetches (and so digest-checks) a child manifest, and lists the blobs of the images it reaches. */
async function childBlobs(entry, repository, report, depth, signal) {
    if (depth > MAX_NESTING)
        throw new errors/* VerificationError */.mk(`index nesting deeper than ${MAX_NESTING} at ${entry.digest}`);
    signal?.throwIfAborted();
    const child = await repository.fetchManifest(entry.digest);
    checkDescriptor(child.descriptor, entry, `child manifest${entry.platform ? ` of ${(0,oci_platform/* formatPlatform */.Bq)(entry.platform)}` : ''}`);
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
    const label = entryPlatform ? ` of ${(0,oci_platform/* formatPlatform */.Bq)(entryPlatform)}` : '';
    if (wantedPlatform !== undefined) {
        const config = await (0,content/* fetchImageConfig */.m)(repository, manifest.config);
        const actual = {
            os: config.os ?? '',
            architecture: config.architecture ?? '',
            variant: config.variant
        };
        if (!(0,oci_platform/* platformMatches */.J5)(wantedPlatform, actual)) {
            throw new errors/* VerificationError */.mk(`platform ${(0,oci_platform/* formatPlatform */.Bq)(wantedPlatform)} requested, but ${image.descriptor.digest} is ${(0,oci_platform/* formatPlatform */.Bq)(actual)}`);
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
