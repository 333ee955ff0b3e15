export const id = 488;
export const ids = [488];
export const modules = {

/***/ 2488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSign: () => (/* binding */ runSign)
});

// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: ./src/inputs/sign-inputs.ts
var sign_inputs = __webpack_require__(61496);
// EXTERNAL MODULE: ./src/inputs/oci-inputs.ts
var oci_inputs = __webpack_require__(53280);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/inputs/content-or-path.ts
var content_or_path = __webpack_require__(55894);
// EXTERNAL MODULE: ./src/inputs/input-values.ts
var input_values = __webpack_require__(75848);
;// CONCATENATED MODULE: ./src/inputs/sweep-inputs.ts
/** The inputs of sign mode with `sweep`: the namespace swept, its repositories, and how each is signed. */






function readSweepInputs(source) {
    const text = (0,input_values/* required */.mw)(source, contract/* Inputs */.G0.Sweep, 'REGISTRY/NAMESPACE, e.g. ghcr.io/acme');
    const fail = (reason) => {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Sweep, `Invalid input 'sweep': '${text}' ${reason}. Expected REGISTRY/NAMESPACE, e.g. ghcr.io/acme.`);
    };
    const parsed = (0,oci_inputs/* readReference */.Wf)(text, contract/* Inputs */.G0.Sweep);
    if (parsed.tag !== undefined || parsed.digest !== undefined)
        fail('names a tag or digest');
    if (!text.startsWith(`${parsed.registry}/`))
        fail('does not start with a registry host');
    for (const name of [contract/* Inputs */.G0.Image, contract/* Inputs */.G0.Manifests, contract/* Inputs */.G0.Tags]) {
        if (source.get(name) !== '')
            throw new errors/* InputError */.dz(name, `Input '${name}' does not go with 'sweep': a sweep signs the tags already in the registry.`);
    }
    const namespace = parsed.repository;
    const trustRoots = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.TrustRoots);
    const repositories = (0,input_values/* lines */.Mn)(source, contract/* Inputs */.G0.Repositories).map(line => {
        const reference = (0,oci_inputs/* readReference */.Wf)(line, contract/* Inputs */.G0.Repositories);
        const inside = reference.registry === parsed.registry &&
            (reference.repository === namespace || reference.repository.startsWith(`${namespace}/`));
        if (reference.tag !== undefined || reference.digest !== undefined || !inside) {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.Repositories, `Invalid line in 'repositories': '${line}'. Expected a repository under ${text} without tag or digest, e.g. ${text}/app.`);
        }
        return reference;
    });
    return {
        mode: 'sign',
        sweep: { registry: parsed.registry, namespace },
        repositories,
        dryRun: (0,input_values/* readBoolean */.Vf)(source, contract/* Inputs */.G0.DryRun),
        signPlatformManifests: (0,input_values/* readBoolean */.Vf)(source, contract/* Inputs */.G0.SignPlatformManifests),
        signatureFormat: (0,sign_inputs/* readSignatureFormat */.A2)(source),
        registry: (0,input_values/* readRegistryInputs */.rS)(source),
        rules: (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.Rules),
        trustRoots: trustRoots === undefined ? undefined : (0,content_or_path/* readPemInput */.$e)(trustRoots, contract/* Inputs */.G0.TrustRoots),
        shard: (0,input_values/* readShard */.Xy)(source)
    };
}

// EXTERNAL MODULE: ./src/inputs/timestamp-inputs.ts
var timestamp_inputs = __webpack_require__(20523);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
// EXTERNAL MODULE: ./src/rules/apply.ts
var apply = __webpack_require__(35439);
// EXTERNAL MODULE: ./src/rules/rules.ts
var rules_rules = __webpack_require__(15192);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: ./src/oci/content.ts
var content = __webpack_require__(36956);
// EXTERNAL MODULE: ./src/oci/image-index.ts
var image_index = __webpack_require__(55325);
// EXTERNAL MODULE: ./src/oci/source.ts + 2 modules
var oci_source = __webpack_require__(86592);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
// EXTERNAL MODULE: ./src/util/progress.ts
var util_progress = __webpack_require__(65365);
// EXTERNAL MODULE: ./src/util/steps.ts
var steps = __webpack_require__(94615);
;// CONCATENATED MODULE: ./src/sign/content-relinked.ts
/**
 * Manifest PUTs the registry refuses for content this run has just pushed (MANIFEST_BLOB_UNKNOWN).
 * docker-registry's filesystem storage rewrites a repository's link to a blob or manifest in place
 * (truncate, then write): another client pushing the same content at that moment (a second job releasing
 * the same image) can leave the link empty or missing, and the registry refuses a manifest whose content
 * it holds. Pushing the content again restores the link (an upload where the repository lost the blob),
 * then the PUT is repeated. Any other refusal, or the same one again after the last retry, is the run's
 * error as before.
 */

/** Times a refused PUT is repeated after its content is pushed again. */
const RELINK_RETRIES = 2;
/** The registry's code for a manifest that names a blob or manifest it does not find in the repository. */
const CONTENT_UNKNOWN = 'MANIFEST_BLOB_UNKNOWN';
/**
 * `put()` (a manifest's PUT); refused with MANIFEST_BLOB_UNKNOWN, `pushContent()` (its blobs or child
 * manifests, pushed before) and `put()` again, RELINK_RETRIES times at most. `what` names the manifest.
 */
async function putRelinkingContent(put, pushContent, what, log) {
    for (let retry = 1;; retry++) {
        try {
            return await put();
        }
        catch (error) {
            if (!(error instanceof errors/* RegistryError */.gl) || error.ociCode !== CONTENT_UNKNOWN || retry > RELINK_RETRIES)
                throw error;
            log.warning(`${what}: the registry does not find content this run pushed for it (${CONTENT_UNKNOWN}; another client pushing the same content at once can cause this): pushing that content again, then the manifest (retry ${retry} of ${RELINK_RETRIES})`);
            await pushContent();
        }
    }
}

// EXTERNAL MODULE: ./src/oci/attestation.ts
var attestation = __webpack_require__(49495);
// EXTERNAL MODULE: ./src/oci/layout.ts
var layout = __webpack_require__(25823);
;// CONCATENATED MODULE: ./src/sign/attested-image.ts
/**
 * A registry source that is an index rather than an image manifest: what docker/build-push-action's
 * `digest` names when BuildKit adds its provenance (and SBOM) attestations, the default since v4. Its
 * one image becomes the platform entry and its attestation manifests ride along into the signed index;
 * an index of several images is refused with its entries listed (attestation.ts).
 */




/** The image manifest of a single-platform BuildKit index, and the attestations of that image. */
async function readAttestedImage(repository, index, text) {
    const split = (0,attestation/* splitSinglePlatformIndex */.Gi)(index.manifest, `manifests: '${text}'`, index.descriptor.digest);
    const image = await fetchChild(repository, split.image);
    const attestations = [];
    for (const entry of split.attestations) {
        const attestation = await fetchChild(repository, entry);
        attestations.push({
            descriptor: entry,
            bytes: attestation.bytes,
            blobs: (0,layout/* manifestBlobs */.q2)(attestation.bytes, `manifests: attestation ${entry.digest} of '${text}'`)
        });
    }
    return { image, attestations };
}
/** A manifest an index lists, fetched by digest; it must be the image manifest the entry says it is. */
async function fetchChild(repository, entry) {
    const child = await repository.fetchManifest(entry.digest);
    if (child.descriptor.mediaType !== entry.mediaType || (0,types/* isIndexMediaType */.$$)(child.descriptor.mediaType)) {
        throw new errors/* SourceError */.c8(`${entry.digest} is listed as ${entry.mediaType} but the registry serves ${child.descriptor.mediaType}; expected an image manifest.`);
    }
    return child;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/sign/created-time.ts
/**
 * The index's `org.opencontainers.image.created`. It is part of the index bytes, so "now" would give
 * every run a new index digest: GitHub's "Re-run job" would then publish a second index, sign it again
 * and move the tags. It is pinned instead to the first of: SOURCE_DATE_EPOCH (reproducible builds), the
 * commit time of GITHUB_SHA (from the event payload, else `git log` in the checkout), and only then now.
 */




const GIT_TIMEOUT_MS = 10_000;
const COMMIT_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
async function createdTime(ci, now, log) {
    const epoch = ci.sourceDateEpoch;
    if (epoch !== undefined) {
        if (!/^\d{1,12}$/.test(epoch))
            throw new errors/* InputError */.dz('SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH '${epoch}' is not a whole number of seconds.`);
        return { value: rfc3339(new Date(Number(epoch) * 1000)), source: 'SOURCE_DATE_EPOCH' };
    }
    const { sha } = ci;
    if (sha !== undefined && COMMIT_SHA.test(sha)) {
        const fromEvent = await commitTimeFromEvent(ci.eventPath, sha, log);
        if (fromEvent !== undefined)
            return { value: rfc3339(fromEvent), source: 'commit time from the event payload' };
        const fromGit = await commitTimeFromGit(ci.workspace, sha, log);
        if (fromGit !== undefined)
            return { value: rfc3339(fromGit), source: 'commit time from git log' };
    }
    return { value: rfc3339(now), source: 'the current time (no SOURCE_DATE_EPOCH or commit to go by)' };
}
/**
 * The commit time the event payload gives for `sha`: a push's `head_commit` (or one of its `commits`),
 * a workflow_run's `head_commit`. Other events carry no commit time (on pull_request GITHUB_SHA is the
 * merge commit, which actions/checkout checks out: git log has it). Anything unreadable or not about
 * `sha` gives undefined: the payload is a hint, never an error.
 */
async function commitTimeFromEvent(path, sha, log) {
    if (path === undefined || path === '')
        return undefined;
    let payload;
    try {
        payload = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        log.debug(`GITHUB_EVENT_PATH ${path} unreadable: ${error.message}`);
        return undefined;
    }
    const event = payload;
    const candidates = [
        event?.head_commit,
        ...(Array.isArray(event?.commits) ? event.commits : []),
        event?.workflow_run?.head_commit
    ];
    for (const candidate of candidates) {
        const commit = candidate;
        if (typeof commit?.id !== 'string' || commit.id.toLowerCase() !== sha)
            continue;
        if (typeof commit.timestamp !== 'string')
            continue;
        const time = new Date(commit.timestamp);
        if (!Number.isNaN(time.getTime()))
            return time;
    }
    return undefined;
}
/** `git log -1 --format=%ct SHA` in the workspace, when it is a checkout that has the commit. */
async function commitTimeFromGit(workspace, sha, log) {
    try {
        const { stdout } = await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('git', ['-C', workspace || '.', 'log', '-1', '--format=%ct', sha, '--'], { timeout: GIT_TIMEOUT_MS, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
        const seconds = stdout.trim();
        return /^\d{1,12}$/.test(seconds) ? new Date(Number(seconds) * 1000) : undefined;
    }
    catch (error) {
        log.debug(`No commit time for ${sha} from git: ${error.message.split('\n')[0]}`);
        return undefined;
    }
}
/** RFC 3339 in UTC to the second, as the index annotation has always been written. */
function rfc3339(time) {
    return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// EXTERNAL MODULE: ./src/trust/pki.ts
var pki = __webpack_require__(6062);
// EXTERNAL MODULE: ./src/trust/signature-manifest.ts
var signature_manifest = __webpack_require__(26964);
// EXTERNAL MODULE: ./src/trust/envelope.ts + 4 modules
var trust_envelope = __webpack_require__(92502);
// EXTERNAL MODULE: ./src/trust/certificates.ts
var certificates = __webpack_require__(75624);
// EXTERNAL MODULE: ./src/trust/chain-rules.ts
var chain_rules = __webpack_require__(10069);
// EXTERNAL MODULE: ./src/trust/key-description.ts
var key_description = __webpack_require__(30454);
;// CONCATENATED MODULE: ./src/trust/signer.ts





/** Signs `target` with `signer`; throws SigningError when the backend's output cannot be used. */
async function signEnvelope(target, signer, options) {
    return signer.kind === 'raw'
        ? signRaw(target, signer, options)
        : signWithEnvelopePlugin(target, signer, options);
}
async function signRaw(target, signer, options) {
    const parts = (0,trust_envelope/* envelopeToSign */.FG)(target, signer.algorithm, options);
    const result = await signer.sign(parts.signingInput);
    const refuse = (reason) => new errors/* SigningError */.uJ(`${signer.description}: ${reason}`);
    if (result.chain.length === 0)
        throw refuse('it returned no certificate chain');
    if (result.algorithm !== signer.algorithm) {
        throw refuse(`it signed with ${result.algorithm}, but the key was described as ${signer.algorithm}`);
    }
    const leaf = result.chain[0];
    const leafKey = (0,key_description/* describeKey */.Rx)((0,certificates/* publicKeyOf */.kc)(leaf));
    if (leafKey.algorithm !== signer.algorithm) {
        throw refuse(`the leaf certificate "${(0,certificates/* subjectOf */.et)(leaf)}" has an ${leafKey.description} key, which does not sign ${signer.algorithm}`);
    }
    if (!(0,trust_envelope/* signatureVerifies */.mY)(parts.signingInput, result.signature, leaf, signer.algorithm)) {
        throw refuse(`its signature does not verify with the leaf certificate "${(0,certificates/* subjectOf */.et)(leaf)}" (the key and the certificate do not match, or the payload was altered)`);
    }
    checkChain(result.chain, options.signingTime ?? options.now, options, refuse);
    return {
        envelope: parts.assemble(result.signature, result.chain),
        mediaType: parts.mediaType,
        chain: result.chain,
        annotations: {}
    };
}
/** targetArtifact members notation's plugin signer accepts; a plugin adding others is refused as notation does. */
const KNOWN_TARGET_MEMBERS = [
    'mediaType',
    'digest',
    'size',
    'urls',
    'annotations',
    'data',
    'platform',
    'artifactType'
];
async function signWithEnvelopePlugin(target, signer, options) {
    const payload = (0,trust_envelope/* notaryPayload */.Y8)(target);
    const expirySeconds = options.expiry === undefined
        ? undefined
        : Math.max(1, Math.round((options.expiry.getTime() - options.now.getTime()) / 1000));
    const mediaType = trust_envelope/* ENVELOPE_MEDIA_TYPES */.E$[options.format ?? 'jws'];
    const { envelope, annotations } = await signer.generateEnvelope(Buffer.from(JSON.stringify(payload)), {
        expirySeconds,
        mediaType
    });
    const refuse = (reason) => new errors/* SigningError */.uJ(`${signer.description}: the envelope it returned is refused: ${reason}`);
    let verified;
    try {
        // Integrity and signature here; the chain rules follow, against trust-roots only when given.
        verified = (0,trust_envelope/* verifyEnvelope */.Yj)(envelope, mediaType, {
            trustRoots: [],
            trustedIdentities: ['*'],
            level: 'audit',
            now: options.now
        });
    }
    catch (error) {
        throw refuse((0,errors/* errorMessage */.gJ)(error));
    }
    const mismatch = (0,trust_envelope/* targetMatches */.DB)(verified.target, target);
    if (mismatch !== undefined)
        throw refuse(mismatch);
    for (const [key, value] of Object.entries(payload.targetArtifact.annotations ?? {})) {
        if (verified.target.annotations?.[key] !== value)
            throw refuse(`it changed or dropped the annotation ${key}`);
    }
    const added = addedTargetMembers((0,trust_envelope/* decodeEnvelope */.vw)(envelope, mediaType).payload);
    if (added.length > 0)
        throw refuse(`it added unknown payload members: ${added.join(', ')}`);
    checkChain(verified.chain, verified.signingTime, options, refuse);
    return { envelope, mediaType, chain: verified.chain, annotations };
}
function checkChain(chain, signingTime, options, refuse) {
    try {
        (0,chain_rules/* checkChainStructure */.jV)(chain, signingTime);
        (0,chain_rules/* checkValidAt */.AK)(chain, options.now);
        if (options.trustRoots !== undefined && options.trustRoots.length > 0)
            (0,chain_rules/* checkTrusted */.E4)(chain, options.trustRoots);
    }
    catch (error) {
        if (!(error instanceof errors/* VerificationError */.mk))
            throw error;
        throw refuse(error.message);
    }
}
/** Members of the signed payload (and its targetArtifact) beyond the ones a Notary payload may carry. */
function addedTargetMembers(signedPayload) {
    // verifyEnvelope has already parsed this payload as a JSON object with a targetArtifact object.
    const payload = JSON.parse(signedPayload.toString('utf8'));
    const target = payload.targetArtifact;
    return [
        ...Object.keys(payload).filter(key => key !== 'targetArtifact'),
        ...Object.keys(target)
            .filter(key => !KNOWN_TARGET_MEMBERS.includes(key))
            .map(key => `targetArtifact.${key}`)
    ];
}

// EXTERNAL MODULE: ./src/trust/timestamp.ts
var trust_timestamp = __webpack_require__(5026);
;// CONCATENATED MODULE: ./src/sign/timestamping.ts





const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** An existing signature envelope larger than this is not read back to look for a countersignature. */
const MAX_ENVELOPE_BYTES = 32 * 1024 * 1024;
/** For signatures no TSA countersigns: a leaf about to expire takes its signatures with it. */
function warnOnNearExpiry(chain, now, log) {
    const leaf = chain[0];
    const days = Math.floor((leaf.notAfter.getTime() - now.getTime()) / DAY_MS);
    if (days < EXPIRY_WARNING_DAYS) {
        log.warning(`The signing certificate "${(0,pki/* subjectOf */.et)(leaf)}" expires on ${leaf.notAfter.toISOString()} (in ${days} days): its signatures stop verifying then. Set 'timestamp-url' (and 'timestamp-roots') so they outlive it, or renew the certificate.`);
    }
}
/** The `timestamp-url` TSA, whose answers must chain to `tsaRoots`, asked through the run's fetcher. */
function makeTimestamper(url, tsaRoots, fetcher) {
    return {
        async stamp(signed) {
            let timestamp;
            const stamped = await (0,trust_envelope/* addTimestamp */.WQ)(signed.envelope, signed.mediaType, async (signature, hash) => {
                const answer = await (0,trust_timestamp.requestTimestamp)({ url, signature, hash, tsaRoots, fetcher });
                timestamp = answer.timestamp;
                return answer.token;
            });
            if (timestamp === undefined)
                throw new Error('addTimestamp did not ask for a timestamp');
            checkWithinValidity(timestamp, signed.chain);
            return { envelope: stamped, time: timestamp.time.toISOString(), tsa: timestamp.tsa };
        },
        async isTimestamped(target, referrer) {
            const manifest = (0,signature_manifest/* parseSignatureManifest */.XY)((await target.fetchManifest(referrer.digest)).bytes);
            if (manifest === undefined)
                return false;
            const countersignature = (0,trust_envelope/* countersignatureOf */.Ik)(await target.fetchBlobBytes(manifest.envelope, MAX_ENVELOPE_BYTES), manifest.envelope.mediaType);
            if (countersignature === undefined)
                return false;
            try {
                (0,trust_timestamp.verifyTimestampToken)(countersignature.token, countersignature.signature, tsaRoots);
                return true;
            }
            catch {
                return false;
            }
        }
    };
}
/** A timestamp outside the chain's validity would make verifiers reject the signature: refused now. */
function checkWithinValidity(timestamp, chain) {
    for (const cert of chain) {
        if (timestamp.lower < cert.notBefore || timestamp.upper > cert.notAfter) {
            throw new errors/* VerificationError */.mk(`timestamp: the TSA's time ${timestamp.time.toISOString()} is outside the validity of "${(0,pki/* subjectOf */.et)(cert)}" (${cert.notBefore.toISOString()} to ${cert.notAfter.toISOString()}); check the TSA's clock or the certificate`);
        }
    }
}

;// CONCATENATED MODULE: ./src/sign/sign.ts

















const THUMBPRINT_ANNOTATION = 'io.cncf.notary.x509chain.thumbprint#S256';
/** Blob transfers at once: enough to hide latency, few enough not to thrash two cores. */
const BLOB_CONCURRENCY = 4;
/** Subjects signed at once: each is a few small requests and, without the referrers API, a settle wait. */
const SIGNATURE_CONCURRENCY = 4;
async function sign(plan, context) {
    const { log, now } = context;
    const { signer, timestamper } = plan.key;
    log.info(`Signing with ${signer.description}${signer.kind === 'raw' ? `, ${signer.algorithm}` : ''}`);
    const client = context.registry;
    const target = client.repository(plan.image);
    const images = await (0,steps/* step */.P)('read platform images', () => log.group('Read platform images', () => readImages(plan, client, target, log)));
    const index = await (0,steps/* step */.P)('build image index', async () => (0,image_index/* buildImageIndex */.Mz)(images.map((image) => ({
        descriptor: pick(image.manifest.descriptor),
        platform: image.platform,
        scenarios: image.line.scenarios
    })), {
        attestations: images.flatMap(image => image.attestations.map(attestation => attestation.descriptor)),
        scenarioAnnotation: plan.scenarioAnnotation,
        annotations: await indexAnnotations(plan, context)
    }));
    // Signed before the first push: a key in a token or a plugin can still fail here, and then nothing is pushed.
    const subjects = [pick(index.descriptor)];
    if (plan.signPlatformManifests)
        subjects.push(...images.map(image => pick(image.manifest.descriptor)));
    const envelopes = await (0,steps/* step */.P)('sign', async () => {
        const signed = await signSubjects(subjects, signer, {
            trustRoots: plan.key.chainRoots,
            now,
            format: plan.format
        });
        // Countersigned here too, so a TSA that is down or answers wrongly stops the run before any push.
        return timestamper === undefined ? signed : countersign(signed, subjects, timestamper, log);
    });
    if (timestamper === undefined)
        warnOnNearExpiry(envelopes[0].chain, now, log);
    const blobs = await (0,steps/* step */.P)('push blobs', () => log.group('Push blobs', () => pushBlobs(images, target, log)));
    await (0,steps/* step */.P)('push platform manifests', () => log.group('Push platform manifests', () => pushPlatformManifests(images, target, log)));
    // An index the registry refuses for a child it lost (pushed at once by another client) gets its
    // children pushed again (content-relinked.ts).
    await (0,steps/* step */.P)('push index', async () => {
        await putRelinkingContent(() => target.pushManifest(index.bytes, index.descriptor.mediaType), () => pushPlatformManifests(images, target, log), `Index ${index.descriptor.digest}`, log);
        log.info(`Index ${index.descriptor.digest} (${images.length} entries)`);
    });
    const signatures = await (0,steps/* step */.P)('push signatures', () => log.group('Sign', () => pushSignatures(subjects, envelopes, target, now, timestamper, log)));
    const tags = [plan.image.tag, ...plan.tags.filter(tag => tag !== plan.image.tag)];
    await (0,steps/* step */.P)('move tags', async () => {
        for (const tag of tags) {
            await target.tag(index.descriptor, tag);
            log.info(`Tagged ${(0,oci_reference/* formatReference */.FH)({ ...plan.image, tag, digest: undefined })}`);
        }
    });
    return {
        digest: index.descriptor.digest,
        ref: (0,oci_reference/* formatReference */.FH)({
            registry: plan.image.registry,
            repository: plan.image.repository,
            digest: index.descriptor.digest
        }),
        tags,
        manifests: images.map(image => ({
            source: image.line.source.kind === 'registry' ? image.line.source.reference : image.line.text.split(/\s+/)[0],
            scenarios: image.line.scenarios,
            platform: (0,oci_platform/* formatPlatform */.Bq)(image.platform),
            digest: image.manifest.descriptor.digest
        })),
        signatureDigests: signatures.map(signature => signature.digest),
        blobs,
        // Every envelope of a run comes from one signer: the index's names it.
        signer: (0,pki/* subjectOf */.et)(envelopes[0].chain[0]),
        signedAt: signatures[0].signedAt
    };
}
/** One envelope per subject, in order; a key in a token or a plugin signs one at a time. */
async function signSubjects(subjects, signer, options) {
    const envelopes = [];
    for (const subject of subjects) {
        envelopes.push(await signEnvelope(subject, signer, {
            signingAgent: contract/* SIGNING_AGENT */.Kp,
            signingTime: options.now,
            now: options.now,
            trustRoots: options.trustRoots,
            format: options.format
        }));
    }
    return envelopes;
}
async function readImages(plan, client, target, log) {
    const images = [];
    for (const line of plan.manifests) {
        const image = line.source.kind === 'registry'
            ? await readRemoteImage(line, line.source.reference, client, target)
            : await readLocalImage(line);
        const attested = image.attestations.length > 0 ? ` (+${image.attestations.length} attestation)` : '';
        log.info(`${line.text.split(/\s+/)[0]}: ${(0,oci_platform/* formatPlatform */.Bq)(image.platform)} ${image.manifest.descriptor.digest}${attested}`);
        images.push(image);
    }
    for (const shared of (0,image_index/* sharedPlatforms */.A$)(images.map(image => ({
        descriptor: image.manifest.descriptor,
        platform: image.platform,
        scenarios: image.line.scenarios
    })))) {
        log.warning(`Entries share a platform (${shared}): docker, podman and containerd pulling by platform silently take the first; only a scenario selects the others.`);
    }
    return images;
}
async function readLocalImage(line) {
    const source = await (0,oci_source/* openSource */.o)(line.source);
    return {
        line,
        manifest: source.manifest,
        platform: line.platform ?? (0,oci_platform/* platformFromConfig */.M3)(source.config),
        blobs: [...source.blobs, ...source.attestations.flatMap(attestation => attestation.blobs)],
        attestations: source.attestations,
        openBlob: descriptor => source.openBlob(descriptor)
    };
}
/** A platform image already in a registry, typically pushed by digest from a matrix job. */
async function readRemoteImage(line, text, client, target) {
    const reference = (0,oci_reference/* parseReference */.F2)(text);
    const repository = client.repository(reference);
    let fetched = await repository.fetchManifest(reference.digest ?? reference.tag ?? 'latest');
    let attestations = [];
    if ((0,types/* isIndexMediaType */.$$)(fetched.descriptor.mediaType)) {
        ;
        ({ image: fetched, attestations } = await readAttestedImage(repository, fetched, text));
    }
    const manifest = fetched.manifest;
    const platform = line.platform ?? (0,oci_platform/* platformFromConfig */.M3)(await (0,content/* fetchImageConfig */.m)(repository, manifest.config));
    return {
        line,
        manifest: { descriptor: fetched.descriptor, bytes: fetched.bytes, manifest },
        platform,
        blobs: [manifest.config, ...manifest.layers, ...attestations.flatMap(attestation => attestation.blobs)],
        attestations,
        openBlob: async (descriptor) => (await repository.fetchBlob(descriptor)),
        // Same registry: the registry can link the blob into the target repository without moving bytes.
        mountFrom: reference.registry === target.registry && reference.repository !== target.name
            ? reference.repository
            : undefined
    };
}
/** Each platform manifest and its attestations, after their blobs; the blobs again if the registry lost them. */
async function pushPlatformManifests(images, target, log) {
    for (const image of images) {
        const platform = (0,oci_platform/* formatPlatform */.Bq)(image.platform);
        for (const manifest of [image.manifest, ...image.attestations]) {
            const label = manifest === image.manifest ? platform : `${platform} attestation`;
            await putRelinkingContent(() => target.pushManifest(manifest.bytes, manifest.descriptor.mediaType), () => pushBlobs([image], target, log), `${label} manifest ${manifest.descriptor.digest}`, log);
            log.info(`${label}: ${manifest.descriptor.digest}`);
        }
    }
}
async function pushBlobs(images, target, log) {
    // Platforms often share layers: each distinct digest is pushed once.
    const unique = new Map();
    for (const image of images) {
        for (const descriptor of image.blobs)
            if (!unique.has(descriptor.digest))
                unique.set(descriptor.digest, { image, descriptor });
    }
    const counts = { exists: 0, mounted: 0, uploaded: 0, bytesUploaded: 0 };
    const progress = new util_progress/* Progress */.ke(log, 'Uploaded');
    await (0,concurrency/* mapWithLimit */.c)([...unique.values()], BLOB_CONCURRENCY, async ({ image, descriptor }) => {
        const transfer = progress.start(descriptor.digest, descriptor.size);
        let reported = 0;
        try {
            const result = await target.pushBlob(descriptor, () => image.openBlob(descriptor), {
                mountFrom: image.mountFrom,
                onProgress: sent => {
                    transfer.advance(sent - reported);
                    reported = sent;
                }
            });
            counts[result]++;
            if (result === 'uploaded') {
                counts.bytesUploaded += descriptor.size;
                transfer.finish();
            }
            else
                transfer.fail();
            // A big upload has just said so with its time and rate.
            if (result !== 'uploaded' || descriptor.size < util_progress/* PROGRESS_MIN_BYTES */.Ny)
                log.info(`${descriptor.digest} ${(0,util_progress/* formatSize */.Xq)(descriptor.size)}: ${result}`);
        }
        catch (error) {
            transfer.fail();
            throw error;
        }
    });
    log.info(`${progress.summary()}; ${counts.mounted} mounted, ${counts.exists} already present`);
    return counts;
}
/** Each envelope with its RFC 3161 countersignature, checked in full before it is used. */
async function countersign(envelopes, subjects, timestamper, log) {
    return (0,concurrency/* mapWithLimit */.c)(envelopes, SIGNATURE_CONCURRENCY, async (signed, index) => {
        const stamped = await timestamper.stamp(signed);
        log.info(`Timestamped the signature of ${subjects[index].digest}: ${stamped.time} by ${stamped.tsa}`);
        return { ...signed, envelope: stamped.envelope };
    });
}
/**
 * Pushes each subject's envelope to `target` as a signature referrer; a subject already signed by this
 * very chain keeps its signature (so re-runs and sweeps push nothing new). Returns each subject's
 * signature, pushed or kept, with its time.
 */
async function pushSignatures(subjects, envelopes, target, now, timestamper, log) {
    // The registry accepts a manifest only once every blob it references exists: the empty config first.
    await target.pushBlob(types/* EMPTY_DESCRIPTOR */.gi, () => Buffer.from('{}'));
    // Subjects are signed side by side: each has its own referrers list (or fallback tag), and on
    // registries without the referrers API each update waits a moment to read itself back.
    return (0,concurrency/* mapWithLimit */.c)(subjects, SIGNATURE_CONCURRENCY, async (subject, index) => {
        const { envelope, mediaType, chain, annotations } = envelopes[index];
        const thumbprints = (0,pki/* thumbprintsOf */.Kn)(chain);
        // A re-run pushes nothing new: a signature by this very chain over this subject is already there
        // (and countersigned, when a timestamp is asked for).
        const candidates = (await target.referrers(subject.digest, signature_manifest/* NOTARY_SIGNATURE_ARTIFACT_TYPE */.$1)).filter(referrer => sameThumbprints(referrer.annotations?.[THUMBPRINT_ANNOTATION], thumbprints));
        for (const existing of candidates) {
            if (timestamper !== undefined && !(await timestamper.isTimestamped(target, existing)))
                continue;
            const signedAt = existing.annotations?.[signature_manifest/* CREATED_ANNOTATION */.h_];
            log.info(`Signed ${subject.digest}: already signed by this certificate chain (${existing.digest}${signedAt ? ` at ${signedAt}` : ''})`);
            return { digest: existing.digest, signedAt };
        }
        const signature = (0,signature_manifest/* buildSignatureManifest */._J)(envelope, mediaType, subject, chain, now, annotations);
        const pushContent = async () => {
            await target.pushBlob(types/* EMPTY_DESCRIPTOR */.gi, () => Buffer.from('{}'));
            await target.pushBlob(signature.envelopeDescriptor, () => envelope);
        };
        await target.pushBlob(signature.envelopeDescriptor, () => envelope);
        const pushed = await putRelinkingContent(() => target.pushReferrer(signature.bytes, signature.descriptor.mediaType), pushContent, `Signature manifest ${signature.descriptor.digest}`, log);
        log.info(`Signed ${subject.digest}: signature ${pushed.descriptor.digest}${pushed.subjectAccepted ? '' : ' (referrers tag fallback)'}`);
        return {
            digest: pushed.descriptor.digest,
            signedAt: signature.descriptor.annotations?.[signature_manifest/* CREATED_ANNOTATION */.h_]
        };
    });
}
function sameThumbprints(annotation, thumbprints) {
    if (annotation === undefined)
        return false;
    try {
        const listed = JSON.parse(annotation);
        return (Array.isArray(listed) &&
            listed.length === thumbprints.length &&
            listed.every((value, i) => typeof value === 'string' && value.toLowerCase() === thumbprints[i]));
    }
    catch {
        return false;
    }
}
/** org.opencontainers.image.* annotations from the GitHub context, then the user's (which win). */
async function indexAnnotations(plan, context) {
    const { ci, now, log } = context;
    const annotations = {};
    if (plan.annotations['org.opencontainers.image.created'] === undefined) {
        const created = await createdTime(ci, now, log);
        log.info(`Index created time ${created.value}: ${created.source}`);
        annotations['org.opencontainers.image.created'] = created.value;
    }
    if (ci.repositoryUrl !== undefined)
        annotations['org.opencontainers.image.source'] = ci.repositoryUrl;
    if (ci.sha !== undefined)
        annotations['org.opencontainers.image.revision'] = ci.sha;
    return { ...annotations, ...plan.annotations };
}
/** A descriptor reduced to what the index and signature payloads carry. */
function pick(descriptor) {
    return { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size };
}

// EXTERNAL MODULE: ./src/inputs/trust-inputs.ts
var trust_inputs = __webpack_require__(86089);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/util/subprocess.ts
/**
 * Runs a helper program (a notation plugin, OpenSC's pkcs11-tool) with a request on stdin and bounded
 * output, and kills it when it outlives its time. Arguments go straight to the program (no shell), so
 * nothing is interpreted; secrets belong on stdin or in the environment, never in `args`, because any
 * local user can read another process's command line.
 */

/** Resolves with the outcome; rejects only when the program cannot be started at all (ENOENT, EACCES). */
function runProcess(file, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, { env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        let sizes = [0, 0];
        let timedOut = false;
        let truncated = false;
        const kill = () => {
            // SIGKILL: a hung plugin may ignore SIGTERM, and nothing it could still write is wanted.
            child.kill('SIGKILL');
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, options.timeoutMs);
        const collect = (chunks, index) => (chunk) => {
            if (truncated)
                return;
            sizes = index === 0 ? [sizes[0] + chunk.length, sizes[1]] : [sizes[0], sizes[1] + chunk.length];
            if (sizes[index] > options.maxOutputBytes) {
                truncated = true;
                kill();
                return;
            }
            chunks.push(chunk);
        };
        child.stdout.on('data', collect(stdout, 0));
        child.stderr.on('data', collect(stderr, 1));
        child.on('error', error => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', code => {
            clearTimeout(timer);
            resolve({
                code,
                stdout: Buffer.concat(stdout),
                stderr: Buffer.concat(stderr),
                timedOut,
                truncated
            });
        });
        // A program that exits without reading its input closes the pipe: that is its answer, not ours to fail on.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.stdin ?? '');
    });
}
/**
 * Variables a helper program never needs and that may hold secrets: the action's inputs (`INPUT_*`),
 * Signet's own (`SIGNET_*`: the CLI's password, key and passphrase), and the runner's tokens.
 */
const WITHHELD = [
    /^INPUT_/i,
    /^SIGNET_/i,
    /^ACTIONS_RUNTIME_TOKEN$/i,
    /^ACTIONS_ID_TOKEN_REQUEST_/i,
    /^GITHUB_TOKEN$/i
];
/**
 * The environment a helper program gets: ours, because a plugin needs its cloud credentials (AWS_*,
 * AZURE_*, …) and a PKCS#11 module its configuration (SOFTHSM2_CONF, …), less WITHHELD. A caller adds
 * what the helper is meant to read (the PIN variable `pkcs11-tool` is pointed at).
 */
function helperEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !WITHHELD.some(pattern => pattern.test(name))));
}
/**
 * Text another program wrote, fit for one log line: control characters (ANSI escapes, workflow
 * commands starting a new line) become spaces and the length is capped.
 */
function sanitizeOutput(text, maxLength = 500) {
    // eslint-disable-next-line no-control-regex
    const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
    return flat.length > maxLength ? `${flat.slice(0, maxLength)}…` : flat;
}

// EXTERNAL MODULE: ./src/trust/x509.ts
var x509 = __webpack_require__(28336);
;// CONCATENATED MODULE: ./src/sign/notation-plugin.ts
/**
 * Notation signing plugins (Notary Project plugin-extensibility spec, contract 1.0), so the plugins
 * for AWS Signer, Azure Key Vault, HashiCorp Vault, Venafi… sign for Signet as they do for notation.
 *
 * Each command runs `notation-<name> <command>` with its JSON request on stdin and reads the JSON
 * response from stdout (exit 0) or an error `{errorCode, errorMessage}` from stderr (exit 1), as
 * notation-go's plugin client does. Commands: get-plugin-metadata (checked every run, as notation
 * does), describe-key + generate-signature (SIGNATURE_GENERATOR.RAW, preferred when both are offered,
 * as notation prefers it) and generate-envelope (SIGNATURE_GENERATOR.ENVELOPE). The plugin config and
 * key id travel on stdin only. Everything a plugin writes is untrusted: parsed strictly, and reaches
 * the log only sanitised.
 */







const CONTRACT_VERSION = '1.0';
const RAW = 'SIGNATURE_GENERATOR.RAW';
const ENVELOPE = 'SIGNATURE_GENERATOR.ENVELOPE';
const PAYLOAD_TYPE = 'application/vnd.cncf.notary.payload.v1+json';
/** notation-go's limit on what a plugin may write. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** keySpec (describe-key) → the JWS algorithm and the hashAlgorithm to request. */
const KEY_SPECS = {
    'RSA-2048': { algorithm: 'PS256', hash: 'SHA-256' },
    'RSA-3072': { algorithm: 'PS384', hash: 'SHA-384' },
    'RSA-4096': { algorithm: 'PS512', hash: 'SHA-512' },
    'EC-256': { algorithm: 'ES256', hash: 'SHA-256' },
    'EC-384': { algorithm: 'ES384', hash: 'SHA-384' },
    'EC-521': { algorithm: 'ES512', hash: 'SHA-512' }
};
/** signingAlgorithm (generate-signature) → the JWS algorithm. */
const SIGNING_ALGORITHMS = {
    'RSASSA-PSS-SHA-256': 'PS256',
    'RSASSA-PSS-SHA-384': 'PS384',
    'RSASSA-PSS-SHA-512': 'PS512',
    'ECDSA-SHA-256': 'ES256',
    'ECDSA-SHA-384': 'ES384',
    'ECDSA-SHA-512': 'ES512'
};
/** Finds and checks the plugin, and for RAW plugins its key, before anything is pushed. */
async function openPluginSigner(options) {
    const env = options.env ?? process.env;
    const plugin = new PluginProcess(findPlugin(options.plugin, env), options, helperEnvironment(env));
    const metadata = await plugin.metadata();
    const description = `signing-plugin ${metadata.name} (${metadata.version})`;
    if (metadata.capabilities.includes(RAW)) {
        const keySpec = await plugin.describeKey();
        return {
            kind: 'raw',
            algorithm: keySpec.algorithm,
            description,
            sign: input => plugin.generateSignature(input, keySpec)
        };
    }
    if (metadata.capabilities.includes(ENVELOPE)) {
        return {
            kind: 'envelope',
            description,
            generateEnvelope: (payload, { expirySeconds, mediaType }) => plugin.generateEnvelope(payload, expirySeconds, mediaType)
        };
    }
    throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningPlugin, `signing-plugin ${metadata.name} cannot sign: its capabilities are ${metadata.capabilities.map(c => sanitizeOutput(c, 60)).join(', ') || 'none'}; a signing plugin offers ${RAW} or ${ENVELOPE}.`);
}
/**
 * `name` → its executable: a path as given; else notation's plugin directory
 * (`$XDG_CONFIG_HOME/notation/plugins/<name>/notation-<name>`, a regular file as notation requires),
 * else `notation-<name>` on PATH.
 */
function findPlugin(name, env) {
    if (name.includes('/')) {
        const file = (0,external_node_path_.basename)(name);
        if (!file.startsWith('notation-') || file === 'notation-') {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningPlugin, `signing-plugin ${name}: a plugin executable is named notation-<plugin name>.`);
        }
        if (!isExecutableFile(name, false)) {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningPlugin, `signing-plugin ${name} is not an executable file.`);
        }
        return { path: name, name: file.slice('notation-'.length) };
    }
    const configHome = env.XDG_CONFIG_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.config');
    const candidates = [(0,external_node_path_.join)(configHome, 'notation', 'plugins', name, `notation-${name}`)];
    if (isExecutableFile(candidates[0], true))
        return { path: candidates[0], name };
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        const path = (0,external_node_path_.join)(dir, `notation-${name}`);
        candidates.push(path);
        if (isExecutableFile(path, false))
            return { path, name };
    }
    throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningPlugin, `signing-plugin '${name}' is not installed: no executable notation-${name} in ${candidates[0].replace(/\/[^/]+$/, '/')} nor on PATH. Install it in an earlier step (e.g. 'notation plugin install'), or give the path to the executable.`);
}
function isExecutableFile(path, regularOnly) {
    try {
        // notation refuses symlinks inside its plugin directory; on PATH they are the norm.
        const stat = regularOnly ? (0,external_node_fs_.lstatSync)(path) : (0,external_node_fs_.statSync)(path);
        if (!stat.isFile())
            return false;
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
class PluginProcess {
    executable;
    options;
    env;
    constructor(executable, options, env) {
        this.executable = executable;
        this.options = options;
        this.env = env;
    }
    async metadata() {
        const response = await this.call('get-plugin-metadata', { pluginConfig: this.options.config }, contract/* Inputs */.G0.SigningPlugin);
        const fields = ['name', 'description', 'version', 'url'].map(field => [field, response[field]]);
        for (const [field, value] of fields) {
            if (typeof value !== 'string' || value === '') {
                throw this.malformed('get-plugin-metadata', `"${field}" is missing`, contract/* Inputs */.G0.SigningPlugin);
            }
        }
        const versions = stringArray(response.supportedContractVersions);
        const capabilities = stringArray(response.capabilities);
        if (versions === undefined || capabilities === undefined) {
            throw this.malformed('get-plugin-metadata', '"supportedContractVersions" and "capabilities" must be lists of strings', contract/* Inputs */.G0.SigningPlugin);
        }
        const name = response.name;
        if (!versions.includes(CONTRACT_VERSION)) {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningPlugin, `signing-plugin ${this.executable.name} speaks plugin contract ${versions.map(v => sanitizeOutput(v, 20)).join(', ') || '(none)'}; Signet speaks ${CONTRACT_VERSION}. Use a plugin release for notation 1.x.`);
        }
        if (name !== this.executable.name) {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningPlugin, `signing-plugin ${this.executable.name} calls itself '${sanitizeOutput(name, 100)}': its executable must be named notation-<its name>, as notation requires.`);
        }
        const version = sanitizeOutput(response.version, 40);
        this.options.log.info(`Signing plugin ${name} ${version} (${capabilities.join(', ')})`);
        return { name, version, capabilities };
    }
    async describeKey() {
        const response = await this.call('describe-key', this.keyRequest(), contract/* Inputs */.G0.SigningKeyId);
        this.checkKeyId('describe-key', response.keyId, contract/* Inputs */.G0.SigningKeyId);
        const keySpec = typeof response.keySpec === 'string' ? response.keySpec : '';
        const known = KEY_SPECS[keySpec];
        if (known === undefined) {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningKeyId, `signing-key-id: plugin ${this.executable.name} describes the key as '${sanitizeOutput(keySpec, 40)}'; supported: ${Object.keys(KEY_SPECS).join(', ')}.`);
        }
        return { algorithm: known.algorithm, keySpec, hash: known.hash };
    }
    async generateSignature(input, key) {
        const command = 'generate-signature';
        const response = await this.call(command, {
            ...this.keyRequest(),
            keySpec: key.keySpec,
            hashAlgorithm: key.hash,
            payload: input.toString('base64')
        });
        this.checkKeyId(command, response.keyId);
        const algorithm = SIGNING_ALGORITHMS[String(response.signingAlgorithm)];
        if (algorithm === undefined) {
            throw this.malformed(command, `"signingAlgorithm" ${sanitizeOutput(String(response.signingAlgorithm), 40)} is not a Notary signing algorithm`);
        }
        const signature = base64Field(response.signature);
        const encodedChain = stringArray(response.certificateChain);
        if (signature === undefined || encodedChain === undefined || encodedChain.length === 0) {
            throw this.malformed(command, '"signature" and "certificateChain" must be base64');
        }
        const chain = encodedChain.map((entry, index) => {
            const der = base64Field(entry);
            try {
                if (der === undefined)
                    throw new Error('not base64');
                return new x509.x509.X509Certificate(der);
            }
            catch {
                throw this.malformed(command, `certificateChain[${index}] is not a base64 DER certificate`);
            }
        });
        return { signature, algorithm, chain };
    }
    /** An envelope of `mediaType` (notation's signatureEnvelopeType: JWS or COSE) over `payload`. */
    async generateEnvelope(payload, expirySeconds, mediaType) {
        const command = 'generate-envelope';
        const request = {
            ...this.keyRequest(),
            payload: payload.toString('base64'),
            payloadType: PAYLOAD_TYPE,
            signatureEnvelopeType: mediaType
        };
        if (expirySeconds !== undefined)
            request.expiryDurationInSeconds = expirySeconds;
        const response = await this.call(command, request);
        if (response.signatureEnvelopeType !== mediaType) {
            throw this.malformed(command, `"signatureEnvelopeType" is ${sanitizeOutput(String(response.signatureEnvelopeType), 60)}, not the requested ${mediaType}`);
        }
        const envelope = base64Field(response.signatureEnvelope);
        if (envelope === undefined || envelope.length === 0) {
            throw this.malformed(command, '"signatureEnvelope" is not base64');
        }
        const annotations = response.annotations ?? {};
        if (typeof annotations !== 'object' ||
            annotations === null ||
            Array.isArray(annotations) ||
            !Object.values(annotations).every(value => typeof value === 'string')) {
            throw this.malformed(command, '"annotations" is not a map of strings');
        }
        return { envelope, annotations: annotations };
    }
    keyRequest() {
        return { contractVersion: CONTRACT_VERSION, keyId: this.options.keyId, pluginConfig: this.options.config };
    }
    checkKeyId(command, keyId, input) {
        if (keyId !== this.options.keyId) {
            throw this.malformed(command, `it answered for key '${sanitizeOutput(String(keyId), 100)}', not the requested signing-key-id`, input);
        }
    }
    /**
     * Runs one command. Failures before signing (metadata, key) name the input to fix and exit 2 (`input`);
     * failures while signing exit 1.
     */
    async call(command, request, input) {
        const timeoutMs = this.options.timeoutMs ?? 120_000;
        const started = Date.now();
        let result;
        try {
            result = await runProcess(this.executable.path, [command], {
                stdin: JSON.stringify(request),
                env: this.env,
                timeoutMs,
                maxOutputBytes: MAX_OUTPUT_BYTES
            });
        }
        catch (error) {
            throw this.failure(`${command} could not start: ${error.code ?? 'error'}`, input);
        }
        this.options.log.debug(`notation-${this.executable.name} ${command}: exit ${result.code} in ${Date.now() - started} ms`);
        if (result.timedOut) {
            throw this.failure(`${command} did not answer within ${Math.round(timeoutMs / 1000)} s and was killed`, input);
        }
        if (result.truncated)
            throw this.failure(`${command} wrote more than 64 MiB and was stopped`, input);
        if (result.code !== 0) {
            throw this.failure(`${command} failed: ${pluginError(result.code, result.stderr)}`, input);
        }
        if (result.stderr.length > 0) {
            this.options.log.debug(`notation-${this.executable.name} ${command} stderr: ${sanitizeOutput(result.stderr.toString('utf8'))}`);
        }
        let response;
        try {
            response = JSON.parse(result.stdout.toString('utf8'));
        }
        catch {
            throw this.malformed(command, `its output is not JSON (${sanitizeOutput(result.stdout.toString('utf8'), 80) || 'empty'})`, input);
        }
        if (typeof response !== 'object' || response === null || Array.isArray(response)) {
            throw this.malformed(command, 'its output is not a JSON object', input);
        }
        return response;
    }
    malformed(command, reason, input) {
        return this.failure(`${command} answered malformed: ${reason}`, input);
    }
    failure(message, input) {
        const text = `signing-plugin ${this.executable.name}: ${message}`;
        return input === undefined ? new errors/* SigningError */.uJ(text) : new errors/* InputError */.dz(input, text);
    }
}
/** The error a plugin reported: `errorCode: errorMessage` from its JSON on stderr, or its sanitised text. */
function pluginError(code, stderr) {
    const text = stderr.toString('utf8');
    if (code === 1) {
        try {
            const parsed = JSON.parse(text);
            if (typeof parsed.errorCode === 'string') {
                const message = typeof parsed.errorMessage === 'string' ? `: ${sanitizeOutput(parsed.errorMessage)}` : '';
                return `${sanitizeOutput(parsed.errorCode, 60)}${message}`;
            }
        }
        catch {
            // Not the protocol's error JSON: show the text itself.
        }
    }
    const shown = sanitizeOutput(text);
    return `exit ${code}${shown === '' ? '' : ` (${shown})`}`;
}
function stringArray(value) {
    return Array.isArray(value) && value.every(entry => typeof entry === 'string')
        ? value
        : undefined;
}
/** Standard base64, as Go's encoding/json writes []byte; anything else is refused, not guessed at. */
function base64Field(value) {
    if (typeof value !== 'string' || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value))
        return undefined;
    return Buffer.from(value, 'base64');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sign/pkcs11-token.ts
/**
 * Signing with a key that stays in a PKCS#11 token (an HSM, a smart card, SoftHSM), through OpenSC's
 * `pkcs11-tool` run as a subprocess: no native addon to compile or bundle, nothing loaded at start-up,
 * and the same binary on every Linux runner (`apt-get install opensc`).
 *
 * Signet hashes the signing input itself and asks the token for the bare mechanism (CKM_ECDSA, or
 * CKM_RSA_PKCS_PSS with MGF1 and salt = hash length), which every token that signs at all supports;
 * CKM_ECDSA answers r||s, exactly the JWS form. The PIN reaches pkcs11-tool through an environment
 * variable (`--pin env:NAME`, which OpenSC resolves itself), never on the command line. The key is named
 * by label (`object=`) or id (`id=`); a label is resolved to its id first, because OpenSC 0.23 cannot
 * ECDSA-sign by label.
 */







/** The variable pkcs11-tool reads the PIN from; set only in the child's environment. */
const PIN_VARIABLE = 'SIGNET_PKCS11_PIN';
/** Log in with the PIN from that variable (OpenSC reads `env:NAME` itself). */
const LOGIN = ['--login', '--pin', `env:${PIN_VARIABLE}`];
const TIMEOUT_MS = 60_000;
const pkcs11_token_MAX_OUTPUT_BYTES = 1024 * 1024;
const MECHANISMS = {
    ES256: { hash: 'sha256', args: ['--mechanism', 'ECDSA'] },
    ES384: { hash: 'sha384', args: ['--mechanism', 'ECDSA'] },
    ES512: { hash: 'sha512', args: ['--mechanism', 'ECDSA'] },
    PS256: { hash: 'sha256', args: pss('SHA256', 32) },
    PS384: { hash: 'sha384', args: pss('SHA384', 48) },
    PS512: { hash: 'sha512', args: pss('SHA512', 64) }
};
function pss(hash, saltBytes) {
    return [
        '--mechanism',
        'RSA-PKCS-PSS',
        '--hash-algorithm',
        hash,
        '--mgf',
        `MGF1-${hash}`,
        '--salt-len',
        String(saltBytes)
    ];
}
/** Raw r||s length per ECDSA curve: what the token must answer. */
const ECDSA_BYTES = { ES256: 64, ES384: 96, ES512: 132 };
/**
 * Logs in, finds the key, checks that the token's public key (when the token has one) is the leaf's, and
 * returns a signer; every refusal names `signing-key` and never shows the PIN.
 */
async function openTokenSigner(options) {
    const env = options.env ?? process.env;
    const { uri, chain } = options;
    const tool = findPkcs11Tool(env);
    const pin = readPin(uri, env);
    options.maskSecret(pin);
    const leaf = chain[0];
    const algorithm = (0,pki/* describeKey */.Rx)((0,pki/* publicKeyOf */.kc)(leaf)).algorithm;
    if (algorithm === undefined)
        throw new Error('unreachable: the chain was checked');
    const token = new Pkcs11Tool(tool, uri, pin, helperEnvironment(env));
    const id = await token.resolveKeyId();
    const publicKey = await token.publicKey(id);
    if (publicKey !== undefined && !publicKey.equals(Buffer.from(leaf.publicKey.rawData))) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningKey, `signing-key: the token key (${uri.display}) is not the key of the leaf certificate "${(0,pki/* subjectOf */.et)(leaf)}" (the first certificate of signing-cert-chain).`);
    }
    const key = uri.object === undefined ? `id ${id}` : `'${uri.object}'`;
    const description = `signing-key: PKCS#11 key ${key}${uri.token === undefined ? '' : ` in token '${uri.token}'`}`;
    options.log.info(`PKCS#11 module ${uri.modulePath}, key id ${id}`);
    return {
        kind: 'raw',
        algorithm,
        description,
        sign: async (input) => ({ signature: await token.sign(id, input, algorithm), algorithm, chain })
    };
}
function findPkcs11Tool(env) {
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        const path = (0,external_node_path_.join)(dir, 'pkcs11-tool');
        try {
            (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
            return path;
        }
        catch {
            // Not in this directory.
        }
    }
    throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningKey, "signing-key is a PKCS#11 URI, but OpenSC's pkcs11-tool is not on PATH: install it in an earlier step ('sudo apt-get install -y opensc').");
}
function readPin(uri, env) {
    const pin = pinOf(uri, env);
    if (pin === '') {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningKey, `signing-key: the PIN (${uri.display}) is empty.`);
    }
    return pin;
}
function pinOf(uri, env) {
    const pin = uri.pin;
    if (pin.kind === 'value')
        return pin.value;
    if (pin.kind === 'env') {
        const value = env[pin.name];
        if (value === undefined || value === '') {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningKey, `signing-key: pin-source=env:${pin.name}, but the environment variable ${pin.name} is not set (pass the PIN secret with 'env: ${pin.name}: \${{ secrets.… }}').`);
        }
        return value;
    }
    try {
        return (0,external_node_fs_.readFileSync)(pin.path, 'utf8').replace(/\r?\n$/, '');
    }
    catch {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningKey, `signing-key: pin-source file ${pin.path} cannot be read.`);
    }
}
/** pkcs11-tool's errors we can name a fix for; anything else is shown sanitised. */
const KNOWN_ERRORS = [
    [/CKR_PIN_INCORRECT/, 'the token refused the PIN (CKR_PIN_INCORRECT)'],
    [/CKR_PIN_LOCKED/, 'the token PIN is locked (CKR_PIN_LOCKED)'],
    [/CKR_PIN_LEN_RANGE/, 'the PIN has a length the token does not accept (CKR_PIN_LEN_RANGE)'],
    [/No slot with token named/, 'no token with that label is present (check token=)'],
    [/CKR_SLOT_ID_INVALID|No slot with ID/, 'no such slot (check slot-id=)'],
    [
        /Failed to load pkcs11 module|dlopen|cannot open shared object/i,
        'the PKCS#11 module cannot be loaded (check module-path=)'
    ]
];
class Pkcs11Tool {
    tool;
    uri;
    pin;
    env;
    constructor(tool, uri, pin, env) {
        this.tool = tool;
        this.uri = uri;
        this.pin = pin;
        this.env = env;
    }
    /** The id (hex) of the one private key the URI names; also proves the PIN. */
    async resolveKeyId() {
        const listing = (await this.run([...LOGIN, '--list-objects', '--type', 'privkey'], 'list keys')).toString('utf8');
        const keys = parsePrivateKeys(listing).sort((a, b) => a.id.localeCompare(b.id));
        const matches = keys.filter(key => (this.uri.object === undefined || key.label === this.uri.object) &&
            (this.uri.id === undefined || key.id === this.uri.id));
        if (matches.length === 0) {
            const wanted = [this.uri.object && `label '${this.uri.object}'`, this.uri.id && `id ${this.uri.id}`]
                .filter(Boolean)
                .join(' and ');
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningKey, `signing-key: the token holds no private key with ${wanted} (${this.uri.display}); it has ${keys.length === 0 ? 'none' : keys.map(key => `'${sanitizeOutput(key.label, 60)}' (id ${key.id})`).join(', ')}.`);
        }
        if (matches.length > 1) {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningKey, `signing-key: ${matches.length} private keys match ${this.uri.display}; add id= to pick one (ids ${matches.map(key => key.id).join(', ')}).`);
        }
        return matches[0].id;
    }
    /** The token's public key for `id` as SPKI DER, or undefined when the token keeps none. */
    async publicKey(id) {
        // Logged in: some tokens show their public objects only to a session that is.
        const result = await this.exec([...LOGIN, '--read-object', '--type', 'pubkey', '--id', id]);
        if (result.code !== 0)
            return undefined;
        return result.stdout;
    }
    async sign(id, input, algorithm) {
        const mechanism = MECHANISMS[algorithm];
        const digest = (0,external_node_crypto_.createHash)(mechanism.hash).update(input).digest();
        const signature = await this.run([...LOGIN, '--sign', ...mechanism.args, '--id', id], 'sign', digest).catch((error) => {
            // The key and PIN were proven when the signer was opened: a failure now is the token's, not the input's.
            throw new errors/* SigningError */.uJ(error.message);
        });
        const expected = ECDSA_BYTES[algorithm];
        if (expected !== undefined && signature.length !== expected) {
            throw new errors/* SigningError */.uJ(`signing-key: the token answered a ${signature.length}-byte ECDSA signature, expected ${expected} (r||s)`);
        }
        return signature;
    }
    async run(args, what, stdin) {
        const result = await this.exec(args, stdin);
        if (result.code === 0 && !result.timedOut)
            return result.stdout;
        const stderr = result.stderr.toString('utf8').split(this.pin).join('***');
        const known = KNOWN_ERRORS.find(([pattern]) => pattern.test(stderr));
        const reason = result.timedOut
            ? `pkcs11-tool did not answer within ${TIMEOUT_MS / 1000} s`
            : (known?.[1] ?? `pkcs11-tool failed to ${what}: ${sanitizeOutput(stderr) || `exit ${result.code}`}`);
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningKey, `signing-key (${this.uri.display}): ${reason}.`);
    }
    async exec(args, stdin) {
        const selection = [
            '--module',
            this.uri.modulePath,
            ...(this.uri.token === undefined ? [] : ['--token-label', this.uri.token]),
            ...(this.uri.slotId === undefined ? [] : ['--slot', this.uri.slotId])
        ];
        try {
            return await runProcess(this.tool, [...selection, ...args], {
                stdin,
                env: { ...this.env, [PIN_VARIABLE]: this.pin },
                timeoutMs: TIMEOUT_MS,
                maxOutputBytes: pkcs11_token_MAX_OUTPUT_BYTES
            });
        }
        catch (error) {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningKey, `signing-key: pkcs11-tool cannot run: ${error.code ?? 'error'}.`);
        }
    }
}
/** `pkcs11-tool --list-objects --type privkey` output → each key's label and id (lowercase hex). */
function parsePrivateKeys(listing) {
    const keys = [];
    for (const block of listing.split(/^(?=Private Key Object)/m)) {
        if (!block.startsWith('Private Key Object'))
            continue;
        const label = /^\s+label:\s{2,}(.*)$/m.exec(block)?.[1] ?? '';
        const id = /^\s+ID:\s+([0-9a-fA-F]*)\s*$/m.exec(block)?.[1];
        if (id !== undefined && id !== '')
            keys.push({ label, id: id.toLowerCase() });
    }
    return keys;
}

;// CONCATENATED MODULE: ./src/sign/signers.ts




async function openSigner(inputs, options) {
    if (inputs.kind === 'plugin') {
        return openPluginSigner({
            plugin: inputs.plugin,
            keyId: inputs.keyId,
            config: inputs.config,
            log: options.log,
            env: options.env
        });
    }
    if (inputs.kind === 'pkcs11') {
        const chain = (0,trust_inputs/* signingChainInput */.Dc)({
            chain: inputs.certChain,
            trustRoots: options.trustRoots,
            now: options.now
        });
        return openTokenSigner({
            uri: inputs.uri,
            chain,
            log: options.log,
            maskSecret: options.maskSecret,
            env: options.env
        });
    }
    const identity = (0,trust_inputs/* signingIdentityInput */.m3)({
        key: inputs.key,
        passphrase: inputs.passphrase,
        chain: inputs.certChain,
        trustRoots: options.trustRoots,
        now: options.now
    });
    return {
        kind: 'raw',
        algorithm: identity.algorithm,
        description: 'PEM signing-key',
        sign: async (input) => ({
            signature: (0,trust_envelope/* signBytes */.b_)(input, identity.key, identity.algorithm),
            algorithm: identity.algorithm,
            chain: identity.chain
        })
    };
}

// EXTERNAL MODULE: ./src/trust/policy.ts
var policy = __webpack_require__(99742);
// EXTERNAL MODULE: ./src/util/shard.ts
var shard = __webpack_require__(49388);
;// CONCATENATED MODULE: ./src/verify/plan.ts
/** Defaults of a plan, as the inputs' defaults (inputs/contract.ts) give them. */
const PLAN_DEFAULTS = {
    selection: {},
    scenarioAnnotation: 'dev.signet.scenario',
    verifyLayers: true,
    maxSignatures: 100,
    allowedRegistries: []
};

// EXTERNAL MODULE: ./src/verify/verify.ts + 3 modules
var verify = __webpack_require__(20585);
;// CONCATENATED MODULE: ./src/sign/sweep.ts











/** Repositories swept at once: each is a tag list, a few HEADs and signature pushes. */
const SWEEP_CONCURRENCY = 4;
/** Tags that hold signatures or referrer indexes themselves (referrers tag schema, cosign), never signed. */
const ARTIFACT_TAG = /^sha256-[0-9a-f]{64}(\..*)?$/;
async function sweep(plan, context) {
    const { log } = context;
    const client = context.registry;
    const { names: listed, listedFrom } = await listRepositories(plan, client);
    log.info(`${listed.length} repositories under ${plan.sweep.registry}/${plan.sweep.namespace} (from the ${listedFrom})`);
    // A matrix job's share: by a hash of each repository's name, so the jobs agree without talking and a
    // new repository moves no other to another job.
    const names = listed.filter(name => (0,shard/* inShard */.I)((0,oci_reference/* repositoryName */.aR)({ registry: plan.sweep.registry, repository: name }), plan.shard));
    if (plan.shard !== undefined)
        log.info(`Shard ${(0,shard/* formatShard */._)(plan.shard)}: ${names.length} of these repositories`);
    // Every key is opened before the first request that could sign: a bad key fails the sweep with nothing pushed.
    const plans = [];
    for (const name of names) {
        const chosen = await plan.keyFor((0,oci_reference/* repositoryName */.aR)({ registry: plan.sweep.registry, repository: name }));
        plans.push('skip' in chosen ? { name, skip: chosen.skip } : { name, key: chosen.key, rule: chosen.rule });
    }
    // Repositories are swept side by side: collapsible log groups would interleave, so each line is
    // prefixed with its repository instead.
    const rows = (await (0,concurrency/* mapWithLimit */.c)(plans, SWEEP_CONCURRENCY, repository => sweepRepository(repository, plan, { ...context, log: prefixed(log, repository.name) }))).flat();
    const counts = countRows(rows);
    return {
        dryRun: plan.dryRun,
        listedFrom,
        rows,
        counts,
        ...(plan.shard !== undefined && { shard: (0,shard/* formatShard */._)(plan.shard) })
    };
}
/** How many rows took each action (a shard's, or the merged rows of every shard). */
function countRows(rows) {
    const counts = {
        signed: 0,
        'already signed': 0,
        'would sign': 0,
        skipped: 0,
        failed: 0
    };
    for (const row of rows)
        counts[row.action]++;
    return counts;
}
async function listRepositories(plan, client) {
    const { registry, namespace } = plan.sweep;
    const under = (repository) => repository === namespace || repository.startsWith(`${namespace}/`);
    if (plan.repositories.length > 0) {
        return {
            names: [...new Set(plan.repositories.map(ref => ref.repository))],
            listedFrom: 'repositories input'
        };
    }
    const catalog = await client.catalog(registry);
    if (catalog !== undefined)
        return { names: catalog.filter(under).sort(), listedFrom: 'catalog' };
    // No catalog: the repositories the rules name exactly (patterns without any glob character).
    const named = (plan.rules?.rules ?? [])
        .filter(rule => rule.specificity[0] === 1 && rule.match.startsWith(`${registry}/`))
        .map(rule => rule.match.slice(registry.length + 1))
        .filter(under);
    if (named.length === 0) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Repositories, `${registry} does not let this client list its catalog: name the repositories to sweep in 'repositories', a line each (or exactly in the rules).`);
    }
    return { names: [...new Set(named)].sort(), listedFrom: 'rules' };
}
async function sweepRepository(repositoryPlan, plan, context) {
    const { registry } = plan.sweep;
    const full = (0,oci_reference/* repositoryName */.aR)({ registry, repository: repositoryPlan.name });
    const base = { repository: full, rule: repositoryPlan.rule };
    if (repositoryPlan.skip !== undefined)
        return [{ ...base, tags: [], action: 'skipped', detail: repositoryPlan.skip }];
    // A repository its verify rule rejects (quarantined) is never signed, whichever rule holds a key for it.
    const verifyRule = plan.rules && (0,rules_rules/* matchRule */.mU)(plan.rules, full, 'verify');
    if (plan.rules !== undefined && verifyRule?.verify === 'reject') {
        const detail = `rejected by rule ${(0,rules_rules/* ruleName */.oF)(plan.rules, verifyRule)} (verify: reject): not signed`;
        return [{ ...base, tags: [], action: 'skipped', detail }];
    }
    const repository = context.registry.repository({ registry, repository: repositoryPlan.name });
    try {
        const byDigest = await tagsByDigest(repository);
        if (byDigest.size === 0)
            return [{ ...base, tags: [], action: 'skipped', detail: 'no tags' }];
        const subjects = [...byDigest.values()].map(entry => entry.descriptor);
        const key = repositoryPlan.key;
        const checked = await (0,verify.verify)(subjects.map(subject => ({
            reference: { registry, repository: repositoryPlan.name, digest: subject.digest },
            origin: { kind: 'sweep' }
        })), {
            ...PLAN_DEFAULTS,
            verifyLayers: false,
            policy: await alreadySignedPolicy(full, plan, key, context.now)
        }, context);
        const rows = [];
        const unsigned = [];
        checked.images.forEach((report, index) => {
            const subject = subjects[index];
            const row = { ...base, tags: byDigest.get(subject.digest)?.tags ?? [], digest: subject.digest };
            const failed = report.checks.find(check => !check.passed);
            if (report.verified)
                rows.push({ ...row, action: 'already signed', detail: `by ${report.signer}` });
            else if (failed?.name === 'signature' || failed?.name === 'trust policy') {
                unsigned.push(subject);
                rows.push({
                    ...row,
                    action: plan.dryRun ? 'would sign' : 'signed',
                    detail: report.reasons.join('; ')
                });
            }
            else
                rows.push({ ...row, action: 'failed', detail: report.reasons.join('; ') });
        });
        if (unsigned.length > 0 && !plan.dryRun) {
            const platforms = plan.signPlatformManifests ? await platformManifests(unsigned, repository) : [];
            const subjects = [...unsigned, ...platforms];
            const signed = await signSubjects(subjects, key.signer, {
                trustRoots: key.chainRoots,
                now: context.now,
                format: plan.format
            });
            const envelopes = key.timestamper === undefined
                ? signed
                : await countersign(signed, subjects, key.timestamper, context.log);
            const signatures = await pushSignatures(subjects, envelopes, repository, context.now, key.timestamper, context.log);
            for (const row of rows.filter(candidate => candidate.action === 'signed'))
                row.detail = `signature ${signatures[unsigned.findIndex(subject => subject.digest === row.digest)].digest}`;
            if (platforms.length > 0)
                context.log.info(`${platforms.length} platform manifests signed too`);
        }
        return rows;
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        return [{ ...base, tags: [], action: 'failed', detail: (0,errors/* errorMessage */.gJ)(error) }];
    }
}
/**
 * The platform manifests of the indexes among `subjects` (not already among them), so that tools that
 * check a pulled platform manifest find a signature, as the sign mode does with sign-platform-manifests.
 */
async function platformManifests(subjects, repository) {
    const seen = new Set(subjects.map(subject => subject.digest));
    const children = [];
    for (const subject of subjects.filter(candidate => (0,types/* isIndexMediaType */.$$)(candidate.mediaType))) {
        const index = (await repository.fetchManifest(subject.digest)).manifest;
        for (const entry of index.manifests ?? []) {
            if (seen.has(entry.digest) || (0,types/* isIndexMediaType */.$$)(entry.mediaType))
                continue;
            seen.add(entry.digest);
            children.push({ mediaType: entry.mediaType, digest: entry.digest, size: entry.size });
        }
    }
    return children;
}
/** A log whose lines start with `name: ` and whose groups are plain lines (safe to use concurrently). */
function prefixed(log, name) {
    return {
        info: message => log.info(`${name}: ${message}`),
        warning: message => log.warning(`${name}: ${message}`),
        debug: message => log.debug(`${name}: ${message}`),
        group: (title, body) => {
            log.info(`${name}: ${title}`);
            return body();
        }
    };
}
/** Distinct digests of a repository's tags (signature and referrer tags left out), each with its tags. */
async function tagsByDigest(repository) {
    const tags = (await repository.listTags()).filter(tag => !ARTIFACT_TAG.test(tag)).sort();
    const found = new Map();
    for (const tag of tags) {
        const resolved = await repository.resolve(tag);
        const descriptor = { mediaType: resolved.mediaType, digest: resolved.digest, size: resolved.size };
        const known = found.get(descriptor.digest);
        if (known)
            known.tags.push(tag);
        else
            found.set(descriptor.digest, { descriptor, tags: [tag] });
    }
    return found;
}
/**
 * What counts as "already validly signed": the repository's verify rule when it has one, else a
 * signature chaining to the root of the key that would sign it (so a sweep never re-signs its own work).
 */
async function alreadySignedPolicy(repository, plan, key, now) {
    const rule = plan.rules && (0,rules_rules/* matchRule */.mU)(plan.rules, repository, 'verify');
    if (rule !== undefined && rule.verify !== 'reject' && plan.rulesPolicy !== undefined)
        return plan.rulesPolicy;
    // A token or plugin tells its chain only with a signature: one signature of the empty descriptor,
    // pushed nowhere, names the root once per key.
    key.root ??= signSubjects([types/* EMPTY_DESCRIPTOR */.gi], key.signer, { trustRoots: key.chainRoots, now }).then(([probe]) => probe.chain[probe.chain.length - 1]);
    return (0,policy/* simplePolicy */.jp)([await key.root], ['*']);
}

// EXTERNAL MODULE: ./src/run/context.ts + 18 modules
var context = __webpack_require__(27501);
;// CONCATENATED MODULE: ./src/run/sign.ts















async function runSign(source, environment) {
    const rules = (0,apply.readRules)(source, environment.log);
    if (source.get(contract/* Inputs */.G0.Sweep) !== '')
        return runSweep(source, rules, environment);
    const inputs = (0,apply.readSignInputsWithRules)(source, rules);
    return (0,context/* withRunContext */.Fw)(inputs.registry, environment, async (context) => {
        const key = await (0,steps/* step */.P)('check signing key and certificate chain', () => openKey({
            signer: inputs.signer,
            timestamps: { timestampUrl: inputs.timestampUrl, timestampRoots: inputs.timestampRoots }
        }, readTrustRoots(inputs.trustRoots), context));
        const result = await sign({
            image: inputs.image,
            manifests: inputs.manifests,
            tags: inputs.tags,
            annotations: inputs.annotations,
            scenarioAnnotation: inputs.scenarioAnnotation,
            signPlatformManifests: inputs.signPlatformManifests,
            format: inputs.signatureFormat,
            key
        }, context);
        return {
            result,
            table: (0,outputs/* signTable */.eU)(result),
            outputs: (0,outputs/* signOutputs */.OB)(result),
            annotations: [],
            exitCode: errors/* EXIT */.dc.OK
        };
    });
}
async function runSweep(source, rules, environment) {
    const inputs = readSweepInputs(source);
    if (rules === undefined && !(0,apply.explicitKey)(source)) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Rules, "Input 'sweep' needs 'rules' (which key signs which repository) or the key inputs ('signing-key', 'signing-cert-chain').");
    }
    const policy = rules && (0,apply.rulesPolicy)(rules);
    return (0,context/* withRunContext */.Fw)(inputs.registry, environment, async (context) => {
        const trustRoots = readTrustRoots(inputs.trustRoots);
        const keys = new Map();
        /** Opens the key `label` names once; an error in a value a rule supplied names the rule's line. */
        const open = (label, read, rule) => {
            let key = keys.get(label);
            if (key === undefined) {
                context.log.debug(`Opening the signing key of ${label || 'the key inputs'}`);
                key = Promise.resolve()
                    .then(() => openKey(read(), trustRoots, context))
                    .catch(error => {
                    throw rule === undefined || rules === undefined
                        ? error
                        : (0,apply.ruleInputError)(source, rules, rule, error);
                });
                keys.set(label, key);
            }
            return key;
        };
        const plan = {
            sweep: inputs.sweep,
            repositories: inputs.repositories,
            dryRun: inputs.dryRun,
            signPlatformManifests: inputs.signPlatformManifests,
            format: inputs.signatureFormat,
            rules,
            rulesPolicy: policy,
            shard: inputs.shard,
            async keyFor(repository) {
                if (rules === undefined || (0,apply.explicitKey)(source))
                    return { key: await open('', () => readKeyInputs(source)), rule: 'signing-key input' };
                const rule = (0,rules_rules/* matchRule */.mU)(rules, repository, 'sign');
                if (rule === undefined)
                    return { skip: `no rule with 'sign:' matches ${repository}` };
                const label = (0,rules_rules/* ruleName */.oF)(rules, rule);
                const key = await open(label, () => (0,apply.readWithRule)(source, rules, rule, readKeyInputs), rule);
                return { key, rule: label };
            }
        };
        const result = await sweep(plan, context);
        return {
            result,
            table: (0,outputs/* sweepTable */.p)(result),
            // The JSON report a matrix job hands to `signet report merge`.
            outputs: { [contract/* Outputs */.tY.Report]: JSON.stringify(result) },
            annotations: [],
            failure: result.counts.failed > 0 ? `Sweep: ${result.counts.failed} repositories or tags failed` : undefined,
            exitCode: result.counts.failed === 0 ? errors/* EXIT */.dc.OK : errors/* EXIT */.dc.FAILED
        };
    });
}
function readKeyInputs(source) {
    return { signer: (0,sign_inputs/* readSigningKeyInputs */.Iq)(source), timestamps: (0,timestamp_inputs/* readSignTimestampInputs */.h6)(source) };
}
function readTrustRoots(pem) {
    return pem === undefined ? undefined : (0,trust_inputs/* trustRootsInput */.s)(pem, 'trust-roots');
}
/** A key opened and checked (key against leaf, chain against `trust-roots`), with its TSA. */
async function openKey({ signer, timestamps }, trustRoots, context) {
    const opened = await openSigner(signer, {
        trustRoots,
        now: context.now,
        log: context.log,
        maskSecret: context.maskSecret
    });
    const { timestampUrl, timestampRoots } = timestamps;
    return {
        signer: opened,
        chainRoots: signer.kind === 'plugin' ? trustRoots : undefined,
        timestamper: timestampUrl === undefined || timestampRoots === undefined
            ? undefined
            : makeTimestamper(timestampUrl, (0,trust_inputs/* certificatesInput */.VL)(timestampRoots, 'timestamp-roots'), context.fetcher)
    };
}


/***/ }),

/***/ 49388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ inShard),
/* harmony export */   _: () => (/* binding */ formatShard)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * True when `key` (a repository, an image) belongs to `shard`. The share is chosen by a hash of the key,
 * not by its position in a list: adding or removing a repository moves no other one to another shard,
 * and every job of the matrix computes the same split without talking to the others.
 */
function inShard(key, shard) {
    if (shard === undefined || shard.count === 1)
        return true;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest();
    return hash.readUInt32BE(0) % shard.count === shard.index - 1;
}
/** `I/N` as the `shard` input and reports spell it. */
function formatShard(shard) {
    return `${shard.index}/${shard.count}`;
}


/***/ })

};
