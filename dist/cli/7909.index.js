export const id = 7909;
export const ids = [7909];
export const modules = {

/***/ 65468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ verifyTable),
/* harmony export */   OB: () => (/* binding */ signOutputs),
/* harmony export */   Zp: () => (/* binding */ rejectionMessage),
/* harmony export */   ce: () => (/* binding */ verifyOutputs),
/* harmony export */   eU: () => (/* binding */ signTable),
/* harmony export */   p: () => (/* binding */ sweepTable),
/* harmony export */   verifyHeadline: () => (/* binding */ verifyHeadline)
/* harmony export */ });
/* unused harmony exports tableOf, VERIFY_COLUMNS, revocationCell, failureTable, escapeHtml */
/* harmony import */ var _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65365);
/* harmony import */ var _util_steps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94615);
/* harmony import */ var _util_sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62701);
/* harmony import */ var _util_verdict_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65693);
/**
 * Folder report/: results turned into outputs and tables, shared by both faces.
 * May import: sign/, gate/, store/, verify/, inputs/, util/. No face.
 *
 * Turning results into outputs and a summary table: shared by the action (job summary) and the CLI.
 */






function signOutputs(result) {
    return {
        [_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Digest]: result.digest,
        [_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Ref]: result.ref,
        [_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Manifests]: JSON.stringify(result.manifests),
        [_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.SignatureDigests]: result.signatureDigests.join('\n'),
        [_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Report]: JSON.stringify(result)
    };
}
/**
 * `digest`, `ref` and `signer` hold a line per verified image, in the order verified (the `image` input's,
 * then the gates'): a rejected image has no line, so no value in them was ever not verified. Which image
 * was rejected, and its resolved digest, is in `report`.
 */
function verifyOutputs(result) {
    const verified = result.images.filter(image => image.verified);
    return {
        [_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Verified]: String(result.verified),
        [_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Digest]: verified.map(image => image.digest ?? '').join('\n'),
        [_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Ref]: verified.map(image => image.ref ?? '').join('\n'),
        // A DN with a line break would shift every later image's line: one line per image, whatever it holds.
        [_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Signer]: verified.map(image => (0,_util_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(image.signer ?? '')).join('\n'),
        [_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Report]: JSON.stringify(result)
    };
}
/**
 * The one headline of a verify run: the table's title (CLI stdout, job summary), the CLI's last stderr
 * line and the first line of the action's failure. Its verdict is the run's, so its words match the exit
 * code: a rejection (exit 1) outweighs an image that could not be checked (exit 3), which outweighs a
 * pass (exit 0).
 */
function verifyHeadline(images) {
    if (images.length === 0)
        return 'No image to verify';
    const count = (n) => `${n} image${n === 1 ? '' : 's'}`;
    const rejected = images.filter(image => image.verdict === 'rejected').length;
    const unchecked = images.filter(image => image.verdict === 'error').length;
    const verdict = (0,_util_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .combineVerdicts */ .a)(images.map(image => image.verdict));
    if (verdict === 'verified')
        return `Verified ${count(images.length)}`;
    if (verdict === 'error')
        return `Verification could not complete: ${unchecked} of ${count(images.length)} could not be checked`;
    const also = unchecked > 0 ? `, ${unchecked} more could not be checked` : '';
    return `Verification failed: ${rejected} of ${count(images.length)} rejected${also}`;
}
function tableOf(title, columns, rows, notes) {
    const shown = columns.filter(column => !column.optional || rows.some(row => column.value(row) !== ''));
    return {
        title,
        header: shown.map(column => column.header),
        rows: rows.map(row => shown.map(column => column.value(row))),
        ...(notes !== undefined && notes.length > 0 ? { notes } : {})
    };
}
function signTable(result) {
    const { blobs } = result;
    return tableOf(`Signed ${result.ref}`, SIGN_COLUMNS, result.manifests, [
        `Tags: ${result.tags.join(', ')}`,
        `Signer: ${result.signer}`,
        `Signed at: ${result.signedAt ?? 'unknown (the signature kept from an earlier run has no created time)'}`,
        `Signatures: ${result.signatureDigests.length} (the index${result.signatureDigests.length > 1 ? ' and each platform manifest' : ''})`,
        `Blobs: ${blobs.uploaded} uploaded (${(0,_util_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSize */ .Xq)(blobs.bytesUploaded)}), ${blobs.mounted} mounted, ${blobs.exists} already present`
    ]);
}
const SIGN_COLUMNS = [
    { header: 'Scenarios', value: entry => entry.scenarios.join(', ') },
    { header: 'Platform', value: entry => entry.platform },
    { header: 'Digest', value: entry => entry.digest },
    { header: 'Source', value: entry => entry.source }
];
/** The verify table's columns, in order; more checks (timestamps, revocation) add theirs here. */
const VERIFY_COLUMNS = [
    { header: 'Image', value: ({ report }) => report.image },
    { header: 'Verdict', value: ({ report }) => report.verdict },
    {
        header: 'Scenario',
        value: ({ report }) => distinct(report.selected.flatMap(s => s.scenarios)).join(', ')
    },
    {
        header: 'Platform',
        value: ({ report }) => distinct(report.selected.flatMap(s => (s.platform ? [s.platform] : []))).join(', ')
    },
    { header: 'Pinned digest', value: ({ report }) => (report.verified ? (report.digest ?? '') : '') },
    { header: 'Signed by', value: ({ report }) => signedByCell(report) },
    {
        header: 'Signed at',
        value: ({ report }) => wholeSeconds(report.signatures.find(signature => signature.verified)?.signingTime ?? '')
    },
    {
        header: 'Timestamp',
        optional: true,
        value: ({ report }) => {
            const timestamp = acceptedSignature(report)?.timestamp;
            return timestamp === undefined ? '' : `${wholeSeconds(timestamp.time)} by ${timestamp.tsa}`;
        }
    },
    {
        header: 'Revocation',
        optional: true,
        value: ({ report }) => revocationCell(acceptedSignature(report)?.revocation)
    },
    {
        header: 'Checked',
        value: ({ report }) => report.verifiedOnce
            ? 'verified once, above'
            : report.blobs.checked > 0
                ? (0,_util_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .checkedContent */ .Du)(report.blobs)
                : ''
    }
];
/**
 * Who signed, per accepted signer that matched: a Notary signer by its certificate subject (as before
 * other kinds existed), the others prefixed by their kind: `cosign: key ECDSA P-256 sha256:…`.
 */
function signedByCell(report, short = signer => signer) {
    const signedBy = report.signedBy ?? [];
    if (signedBy.length === 0)
        return short(report.signer ?? '');
    const entries = signedBy.map(entry => entry.kind === 'notation' ? short(entry.signer) : `${entry.kind}: ${entry.signer}`);
    return distinct(entries).join('; ');
}
/** The signature the verdict rests on; the JSON report has every signature examined, with its reason. */
function acceptedSignature(report) {
    return report.signatures.find(signature => signature.verified);
}
/**
 * What was checked, once per chain: `signing: OCSP: good (2 certificates), 1 without revocation info;
 * timestamping: no revocation info in the certificates: not checked`. A certificate with no OCSP or CRL
 * address (a root, most test chains) cannot be checked, which is said as such rather than as a status.
 */
function revocationCell(reports) {
    if (reports === undefined || reports.length === 0)
        return '';
    return ['signing', 'timestamping']
        .flatMap(chain => {
        const certificates = reports.filter(report => report.chain === chain);
        return certificates.length === 0 ? [] : [`${chain}: ${chainRevocation(certificates)}`];
    })
        .join('; ');
}
function chainRevocation(certificates) {
    const checked = certificates.filter(report => report.status !== 'not revocable');
    if (checked.length === 0)
        return 'no revocation info in the certificates: not checked';
    const counts = new Map();
    for (const report of checked) {
        const phrase = report.source ? `${report.source}: ${report.status}` : `status ${report.status}`;
        counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
    const phrases = [...counts].map(([phrase, n]) => (n === 1 ? phrase : `${phrase} (${n} certificates)`));
    const unchecked = certificates.length - checked.length;
    if (unchecked > 0)
        phrases.push(`${unchecked} without revocation info`);
    return phrases.join(', ');
}
const USED_BY_COLUMN = { header: 'Used by', value: row => row.usedBy ?? '' };
/**
 * One table for a verify run: the `image` input's images, then a row for each file line that uses an
 * image (the PR gate's Dockerfile lines, the workload gate's `image:` lines) with a "Used by" column, so
 * no image shows twice and no run writes a second table. A rejection's reason follows the table in full,
 * once.
 */
function verifyTable(result, gate, workloads) {
    const elsewhere = new Set([...(gate ?? []), ...(workloads ?? [])].map(image => image.report));
    const shown = result.images.filter(report => !elsewhere.has(report));
    const rows = shown.map(report => ({ report }));
    for (const { uses, report } of gate ?? []) {
        shown.push(report);
        for (const use of uses)
            rows.push({ report, usedBy: `${use.file}:${use.line}` });
    }
    for (const { uses, report } of workloads ?? []) {
        shown.push(report);
        for (const use of uses)
            rows.push({ report, usedBy: `${use.file}:${use.line} (${use.where})` });
    }
    const rejected = shown.filter(image => !image.verified);
    const usedBy = gate !== undefined || workloads !== undefined;
    const table = tableOf(verifyHeadline(shown), usedBy ? [USED_BY_COLUMN, ...VERIFY_COLUMNS] : VERIFY_COLUMNS, rows, rejected.map(image => `${image.verdict === 'error' ? 'Could not check' : 'Rejected'} ${image.image}: ${image.reasons.join('; ')}`));
    const columns = usedBy ? SUMMARY_COLUMNS : SUMMARY_COLUMNS.slice(1);
    return {
        ...table,
        summary: {
            header: columns.map(column => column.header),
            rows: rows.map(row => columns.map(column => column.cell(row)))
        }
    };
}
const VERDICT_BADGES = {
    verified: '✅ verified',
    rejected: '❌ rejected',
    error: '⚠️ not checked'
};
/**
 * The job summary's columns: what the text table says in six columns of short lines, so a 1000 px page
 * shows them all (GitHub lays a summary table out at its widest content, then scrolls it). Each value
 * left out or shortened is in the cell's tooltip; a rejection's reason opens from its verdict.
 */
const SUMMARY_COLUMNS = [
    {
        header: 'Used by',
        cell: ({ usedBy }) => ({ lines: [usedBy?.replace(/ \(.*\)$/, '') ?? ''], title: usedBy })
    },
    {
        header: 'Image',
        cell: ({ report }) => {
            const pinned = report.verified ? report.digest : undefined;
            return {
                lines: [report.image, ...(pinned ? [pinned] : [])],
                title: [report.image, ...(pinned ? [`pinned: ${pinned}`] : [])].join('\n')
            };
        }
    },
    {
        header: 'Verdict',
        cell: ({ report }) => ({
            lines: [VERDICT_BADGES[report.verdict]],
            ...(report.reasons.length > 0 ? { details: report.reasons.join('; ') } : {})
        })
    },
    {
        header: 'Scenario / platform',
        cell: ({ report }) => ({
            lines: [
                distinct(report.selected.flatMap(s => s.scenarios)).join(', '),
                distinct(report.selected.flatMap(s => (s.platform ? [s.platform] : []))).join(', ')
            ]
        })
    },
    {
        header: 'Signed by',
        cell: ({ report }) => {
            const accepted = acceptedSignature(report);
            const signedAt = wholeSeconds(accepted?.signingTime ?? '');
            const timestamp = accepted?.timestamp;
            return {
                lines: [signedByCell(report, commonName), signedAt.replace('T', ' ').replace(/:\d\dZ$/, 'Z')],
                title: [
                    signedByCell(report),
                    signedAt ? `signed at ${signedAt}` : '',
                    timestamp ? `timestamp ${wholeSeconds(timestamp.time)} by ${timestamp.tsa}` : ''
                ]
                    .filter(Boolean)
                    .join('\n')
            };
        }
    },
    {
        header: 'Checks',
        cell: ({ report }) => {
            const revocation = acceptedSignature(report)?.revocation;
            const checked = report.blobs.checked > 0 ? (0,_util_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .checkedContent */ .Du)(report.blobs) : '';
            return {
                lines: [
                    revocation && revocation.length > 0 ? `revocation: ${revocationBrief(revocation)}` : '',
                    checked
                ],
                title: revocationCell(revocation) || undefined
            };
        }
    }
];
/** `CN=release` of a DN, or the DN when it has none. */
function commonName(dn) {
    return /(?:^|,\s*)CN=((?:[^,\\]|\\.)*)/.exec(dn)?.[1] ?? dn;
}
/** The revocation cell in a word or two: `good (OCSP, CRL)`, `revoked`, `unknown`, `not checked`. */
function revocationBrief(reports) {
    const checked = reports.filter(report => report.status !== 'not revocable');
    if (checked.length === 0)
        return 'not checked';
    for (const status of ['revoked', 'unknown'])
        if (checked.some(report => report.status === status))
            return status;
    const sources = distinct(checked.flatMap(report => (report.source ? [report.source] : [])));
    return `good${sources.length > 0 ? ` (${sources.join(', ')})` : ''}`;
}
/** One row per digest: repository, tags, digest, rule, action, detail. */
function sweepTable(result) {
    const { counts } = result;
    const done = result.dryRun ? `${counts['would sign']} would be signed` : `${counts.signed} signed`;
    return {
        title: `Sweep${result.dryRun ? ' (dry run)' : ''}: ${done}, ${counts['already signed']} already signed, ${counts.skipped} skipped, ${counts.failed} failed`,
        header: ['Repository', 'Tags', 'Digest', 'Rule', 'Action', 'Detail'],
        rows: result.rows.map(row => [
            row.repository,
            row.tags.join(', '),
            row.digest ?? '',
            row.rule ?? '',
            row.action,
            row.detail
        ])
    };
}
/** A run that ended before its result: what failed (the step or the input) and why. */
function failureTable(mode, error) {
    const what = error instanceof InputError
        ? `input '${error.input}'`
        : error instanceof StepError
            ? error.step
            : (mode ?? 'signet');
    return {
        title: `Signet ${mode ?? ''} failed`.replace('  ', ' '),
        header: ['What failed', 'Error'],
        rows: [[what, errorMessage(error)]]
    };
}
/** Signing times carry whole seconds (RFC 3339 in the envelope): no `.000` in a table. */
function wholeSeconds(iso) {
    return iso.replace(/\.\d{3}Z$/, 'Z');
}
function distinct(values) {
    return [...new Set(values)];
}
/** The action's failure, on one line: the run's headline, then the reasons of every image not verified. */
function rejectionMessage(result) {
    // One line: GitHub shows an annotation's line breaks, so no image value may start a line of its own.
    const reasons = result.images
        .filter(image => !image.verified)
        .map(image => `${(0,_util_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(image.image)}: ${image.verdict === 'error' ? 'could not be checked: ' : ''}${image.reasons.map(_util_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN).join('; ')}`);
    return [verifyHeadline(result.images), ...reasons].join(' | ');
}
/** Registry-supplied text is untrusted: escape it before it goes into the job summary's HTML. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}


/***/ }),

/***/ 15045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YS: () => (/* binding */ countersign),
  U0: () => (/* binding */ pushSignatures),
  _S: () => (/* binding */ sign),
  jn: () => (/* binding */ signSubjects)
});

// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
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
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
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

// EXTERNAL MODULE: ./src/sign/timestamping.ts
var timestamping = __webpack_require__(73929);
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
        (0,timestamping/* warnOnNearExpiry */.L)(envelopes[0].chain, now, log);
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


/***/ }),

/***/ 41316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ countRows),
  X: () => (/* binding */ sweep)
});

// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: ./src/rules/rules.ts
var rules = __webpack_require__(15192);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
// EXTERNAL MODULE: ./src/trust/policy.ts
var policy = __webpack_require__(99742);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
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
// EXTERNAL MODULE: ./src/sign/sign.ts + 4 modules
var sign = __webpack_require__(15045);
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
    const names = listed.filter(name => (0,shard/* inShard */.I)((0,reference/* repositoryName */.aR)({ registry: plan.sweep.registry, repository: name }), plan.shard));
    if (plan.shard !== undefined)
        log.info(`Shard ${(0,shard/* formatShard */._)(plan.shard)}: ${names.length} of these repositories`);
    // Every key is opened before the first request that could sign: a bad key fails the sweep with nothing pushed.
    const plans = [];
    for (const name of names) {
        const chosen = await plan.keyFor((0,reference/* repositoryName */.aR)({ registry: plan.sweep.registry, repository: name }));
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
    const full = (0,reference/* repositoryName */.aR)({ registry, repository: repositoryPlan.name });
    const base = { repository: full, rule: repositoryPlan.rule };
    if (repositoryPlan.skip !== undefined)
        return [{ ...base, tags: [], action: 'skipped', detail: repositoryPlan.skip }];
    // A repository its verify rule rejects (quarantined) is never signed, whichever rule holds a key for it.
    const verifyRule = plan.rules && (0,rules/* matchRule */.mU)(plan.rules, full, 'verify');
    if (plan.rules !== undefined && verifyRule?.verify === 'reject') {
        const detail = `rejected by rule ${(0,rules/* ruleName */.oF)(plan.rules, verifyRule)} (verify: reject): not signed`;
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
            const signed = await (0,sign/* signSubjects */.jn)(subjects, key.signer, {
                trustRoots: key.chainRoots,
                now: context.now,
                format: plan.format
            });
            const envelopes = key.timestamper === undefined
                ? signed
                : await (0,sign/* countersign */.YS)(signed, subjects, key.timestamper, context.log);
            const signatures = await (0,sign/* pushSignatures */.U0)(subjects, envelopes, repository, context.now, key.timestamper, context.log);
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
    const rule = plan.rules && (0,rules/* matchRule */.mU)(plan.rules, repository, 'verify');
    if (rule !== undefined && rule.verify !== 'reject' && plan.rulesPolicy !== undefined)
        return plan.rulesPolicy;
    // A token or plugin tells its chain only with a signature: one signature of the empty descriptor,
    // pushed nowhere, names the root once per key.
    key.root ??= (0,sign/* signSubjects */.jn)([types/* EMPTY_DESCRIPTOR */.gi], key.signer, { trustRoots: key.chainRoots, now }).then(([probe]) => probe.chain[probe.chain.length - 1]);
    return (0,policy/* simplePolicy */.jp)([await key.root], ['*']);
}


/***/ }),

/***/ 73929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ makeTimestamper),
/* harmony export */   L: () => (/* binding */ warnOnNearExpiry)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _trust_envelope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92502);
/* harmony import */ var _trust_pki_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6062);
/* harmony import */ var _trust_signature_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26964);
/* harmony import */ var _trust_timestamp_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5026);





const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** An existing signature envelope larger than this is not read back to look for a countersignature. */
const MAX_ENVELOPE_BYTES = 32 * 1024 * 1024;
/** For signatures no TSA countersigns: a leaf about to expire takes its signatures with it. */
function warnOnNearExpiry(chain, now, log) {
    const leaf = chain[0];
    const days = Math.floor((leaf.notAfter.getTime() - now.getTime()) / DAY_MS);
    if (days < EXPIRY_WARNING_DAYS) {
        log.warning(`The signing certificate "${(0,_trust_pki_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectOf */ .et)(leaf)}" expires on ${leaf.notAfter.toISOString()} (in ${days} days): its signatures stop verifying then. Set 'timestamp-url' (and 'timestamp-roots') so they outlive it, or renew the certificate.`);
    }
}
/** The `timestamp-url` TSA, whose answers must chain to `tsaRoots`, asked through the run's fetcher. */
function makeTimestamper(url, tsaRoots, fetcher) {
    return {
        async stamp(signed) {
            let timestamp;
            const stamped = await (0,_trust_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .addTimestamp */ .WQ)(signed.envelope, signed.mediaType, async (signature, hash) => {
                const answer = await (0,_trust_timestamp_js__WEBPACK_IMPORTED_MODULE_4__.requestTimestamp)({ url, signature, hash, tsaRoots, fetcher });
                timestamp = answer.timestamp;
                return answer.token;
            });
            if (timestamp === undefined)
                throw new Error('addTimestamp did not ask for a timestamp');
            checkWithinValidity(timestamp, signed.chain);
            return { envelope: stamped, time: timestamp.time.toISOString(), tsa: timestamp.tsa };
        },
        async isTimestamped(target, referrer) {
            const manifest = (0,_trust_signature_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSignatureManifest */ .XY)((await target.fetchManifest(referrer.digest)).bytes);
            if (manifest === undefined)
                return false;
            const countersignature = (0,_trust_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .countersignatureOf */ .Ik)(await target.fetchBlobBytes(manifest.envelope, MAX_ENVELOPE_BYTES), manifest.envelope.mediaType);
            if (countersignature === undefined)
                return false;
            try {
                (0,_trust_timestamp_js__WEBPACK_IMPORTED_MODULE_4__.verifyTimestampToken)(countersignature.token, countersignature.signature, tsaRoots);
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
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`timestamp: the TSA's time ${timestamp.time.toISOString()} is outside the validity of "${(0,_trust_pki_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectOf */ .et)(cert)}" (${cert.notBefore.toISOString()} to ${cert.notAfter.toISOString()}); check the TSA's clock or the certificate`);
        }
    }
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


/***/ }),

/***/ 94615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ step)
/* harmony export */ });
/* unused harmony export StepError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** A failure inside a named step of a mode; the message says which step, the exit code is the cause's. */
class StepError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .Tj {
    step;
    code = 'STEP';
    exitCode;
    constructor(step, cause) {
        super(`${step}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(cause)}`, { cause });
        this.step = step;
        this.exitCode = cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .Tj ? cause.exitCode : 1;
    }
}
/** Runs one step; any failure comes out as a StepError naming it. */
async function step(name, body) {
    try {
        return await body();
    }
    catch (error) {
        throw error instanceof StepError ? error : new StepError(name, error);
    }
}


/***/ })

};
