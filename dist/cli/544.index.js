export const id = 544;
export const ids = [544];
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
    const [report] = (await (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .verify */ .MX)([request], plan, context)).images;
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

/***/ 57544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readNodePlan: () => (/* binding */ readNodePlan),
  runContainerdVerifier: () => (/* binding */ runContainerdVerifier)
});

// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/rules/apply.ts + 2 modules
var apply = __webpack_require__(20350);
// EXTERNAL MODULE: ./src/gate/containerd.ts
var containerd = __webpack_require__(69322);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/store/verdict-cache.ts
/**
 * The node's verdict cache: a node that starts many pods of one image asks containerd's verifier once
 * per pull, and each call would otherwise verify the same signature again. An accepted verdict is kept
 * under `--cache-dir`, keyed by the repository, the digest and a fingerprint of the policy that decided
 * it, so a policy change (another root, identity, level or rule) misses; an entry older than the
 * bounded age is checked again, so a signature or certificate withdrawn since is noticed within it.
 * Rejections are never kept: an image signed a minute later pulls at once.
 *
 * The cache is trusted as much as its directory: one that another user may write to is not used.
 */




/** Bumped when the entry format or what a fingerprint covers changes: older entries then miss. */
const FORMAT = 1;
/**
 * A digest of everything in `decision` that can change a verdict (roots and TSA roots by their DER
 * bytes, identities, level, revocation and timestamp handling, the statement's name) and of `settings`
 * (other plan values that decide, e.g. allowed registries).
 */
function policyFingerprint(decision, settings) {
    const der = (certificates) => certificates.map(certificate => (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(certificate.rawData)).digest('hex'));
    const canonical = JSON.stringify({
        format: FORMAT,
        name: decision.name,
        level: decision.level,
        trustRoots: der(decision.trustRoots),
        trustedIdentities: decision.trustedIdentities,
        tsaRoots: der(decision.tsaRoots),
        verifyTimestamp: decision.verifyTimestamp,
        revocation: decision.revocation,
        signers: decision.signers?.map(signer => signer.fingerprint()),
        require: decision.require,
        settings
    });
    return (0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex');
}
class VerdictCache {
    dir;
    log;
    constructor(dir, log) {
        this.dir = dir;
        this.log = log;
    }
    /**
     * The cache in `dir` (created 0700 when missing), or undefined, with a warning, when the directory is
     * unusable or others may write to it (an entry planted there would allow a pull).
     */
    static open(dir, log) {
        try {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
            const stat = (0,external_node_fs_.statSync)(dir);
            const owner = process.getuid?.();
            if (!stat.isDirectory())
                throw new Error('not a directory');
            if ((stat.mode & 0o022) !== 0 || (owner !== undefined && stat.uid !== owner)) {
                log.warning(`Verdict cache ${dir} is writable by others or owned by another user: not used (chmod 700 it)`);
                return undefined;
            }
            return new VerdictCache(dir, log);
        }
        catch (error) {
            log.warning(`Verdict cache ${dir} is not usable (${(0,errors/* errorMessage */.gJ)(error)}): verifying without it`);
            return undefined;
        }
    }
    /** The verdict for `key` when one was reached less than `maxAgeMs` before `now`. */
    lookup(key, now, maxAgeMs) {
        let entry;
        try {
            entry = JSON.parse((0,external_node_fs_.readFileSync)(this.fileOf(key), 'utf8'));
        }
        catch {
            return undefined;
        }
        if (!isEntry(entry) || entry.format !== FORMAT)
            return undefined;
        if (entry.repository !== key.repository ||
            entry.digest !== key.digest ||
            entry.fingerprint !== key.fingerprint)
            return undefined;
        const age = now.getTime() - Date.parse(entry.checkedAt);
        // A time in the future (a clock set back) is no proof of freshness.
        if (!(age >= 0 && age < maxAgeMs))
            return undefined;
        return { reason: entry.reason, checkedAt: entry.checkedAt };
    }
    /** Keeps an accepted verdict; a write that fails only costs the next call a verification. */
    record(key, reason, now) {
        const file = this.fileOf(key);
        const entry = { format: FORMAT, ...key, reason, checkedAt: now.toISOString() };
        const temporary = `${file}.${process.pid}.tmp`;
        try {
            (0,external_node_fs_.writeFileSync)(temporary, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
            (0,external_node_fs_.renameSync)(temporary, file);
        }
        catch (error) {
            this.log.warning(`Could not write the verdict cache entry ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    fileOf(key) {
        const name = (0,external_node_crypto_.createHash)('sha256')
            .update(JSON.stringify([key.repository, key.digest, key.fingerprint]))
            .digest('hex');
        return (0,external_node_path_.join)(this.dir, `${name}.json`);
    }
}
function isEntry(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const entry = value;
    return ['repository', 'digest', 'fingerprint', 'reason', 'checkedAt'].every(field => typeof entry[field] === 'string');
}

// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __webpack_require__(62701);
// EXTERNAL MODULE: ./src/run/context.ts + 18 modules
var context = __webpack_require__(27501);
// EXTERNAL MODULE: ./src/run/plans.ts
var plans = __webpack_require__(90685);
;// CONCATENATED MODULE: ./src/run/containerd-verifier.ts
/**
 * The node gate's run, one per containerd verifier call: the verify inputs (rules read once) as a plan
 * that leaves layers to containerd (it checks every blob's digest as it pulls), the policy of the
 * repository and its fingerprint, the verdict cache, and the judgement (gate/containerd.ts) on the
 * digest containerd resolved. The same rules file and trust inputs as the verify step, so the node and
 * the workflow reach the same verdicts.
 */









/** The plan and registry inputs of the node gate for `image`: the verify inputs, layers left to containerd. */
function readNodePlan(source, image) {
    const overlay = {
        get: name => (name === contract/* Inputs */.G0.Image ? image : name === contract/* Inputs */.G0.VerifyLayers ? 'false' : source.get(name))
    };
    const rules = (0,apply/* readRules */.Kc)(overlay);
    const inputs = (0,apply/* readVerifyInputsWithRules */.cn)(overlay, rules);
    return { plan: { ...(0,plans/* verifyPlanOf */.m)(inputs, rules), selection: {} }, registry: inputs.registry };
}
/** Judges one containerd call, from the cache when a fresh verdict under the same policy is kept. */
async function runContainerdVerifier(source, call, environment, options) {
    const { log } = environment;
    const { digest } = call.descriptor;
    const { plan, registry } = readNodePlan(source, (0,reference/* formatReference */.FH)(call.reference));
    const repository = (0,reference/* repositoryName */.aR)(call.reference);
    log.info(`containerd ${call.operation}: ${(0,reference/* formatReference */.FH)(call.reference)} resolved to ${digest}`);
    if (Object.keys(call.annotations).length > 0)
        log.debug(`annotations: ${JSON.stringify(call.annotations)}`);
    let fingerprint;
    try {
        const settings = {
            agent: contract/* SIGNING_AGENT */.Kp,
            maxSignatures: plan.maxSignatures,
            allowedRegistries: plan.allowedRegistries
        };
        fingerprint = policyFingerprint(plan.policy.forRepository(repository), settings);
    }
    catch (error) {
        // No rule for the repository, or `verify: reject`: nothing to ask the registry.
        if (!(error instanceof errors/* VerificationError */.mk))
            throw error;
        return verdictOf('rejected', `signet rejected ${digest}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const key = { repository, digest, fingerprint };
    const cache = options.cacheDir === undefined ? undefined : VerdictCache.open(options.cacheDir, log);
    const now = environment.now ?? new Date();
    const kept = cache?.lookup(key, now, options.cacheMaxAgeMs);
    if (kept !== undefined) {
        log.info(`Verdict kept since ${kept.checkedAt} under the same policy`);
        return verdictOf('verified', `${kept.reason} (kept since ${kept.checkedAt})`);
    }
    const judgement = await (0,context/* withRunContext */.Fw)({ ...registry, dockerConfig: options.dockerConfig }, { ...environment, now }, context => (0,containerd/* judgePull */.v)(call, plan, context));
    if (judgement.verdict === 'verified')
        cache?.record(key, judgement.reason, now);
    return verdictOf(judgement.verdict, judgement.reason);
}
function verdictOf(verdict, reason) {
    const exitCode = { verified: errors/* EXIT */.dc.OK, rejected: errors/* EXIT */.dc.FAILED, error: errors/* EXIT */.dc.INCOMPLETE }[verdict];
    return { verdict, reason: (0,sanitize/* oneLine */.TN)(reason), exitCode };
}


/***/ }),

/***/ 90685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ verifyPlanOf)
/* harmony export */ });
/* harmony import */ var _rules_apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20350);

/** The verify plan of the inputs; with a rules file, its policy (each rule's trust loaded once). */
function verifyPlanOf(inputs, rules) {
    return {
        policy: rules === undefined ? (0,_rules_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .policyOf */ .US)(inputs.trust, inputs.signers) : (0,_rules_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .rulesPolicy */ .Is)(rules),
        selection: { scenario: inputs.scenario, platform: inputs.platform },
        scenarioAnnotation: inputs.scenarioAnnotation,
        verifyLayers: inputs.verifyLayers,
        maxSignatures: inputs.maxSignatures,
        allowedRegistries: inputs.allowedRegistries
    };
}


/***/ })

};
