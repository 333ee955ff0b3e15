export const id = 0;
export const ids = [0];
export const modules = {

/***/ 59000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: actionInputs, actionLog, maskSecret

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: ./src/trust/pkcs11-uri.ts
var pkcs11_uri = __webpack_require__(9902);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/inputs/secrets.ts
/**
 * The last line of defence for secret inputs: whatever message a run ends with, no secret input's value
 * survives in it, in any form (util/redact.ts: as is, percent-encoded, JSON-escaped, base64, a line of a
 * PEM at a time). Errors about secret inputs already describe the value instead of quoting it
 * (describeSecret); this catches any message that quotes one anyway, e.g. a future error path, or a value
 * pasted into the wrong input. Exact matching: Signet's own words that share a few characters with a
 * secret stay readable.
 */



/**
 * The secret in a value: all of it, except for a `pkcs11:` URI in `signing-key`, whose only secret is its
 * pin-value (token, object and module path are configuration that messages name, the PIN shown as `***`).
 */
function secretParts(name, value) {
    if (name !== contract/* Inputs */.G0.SigningKey || !(0,pkcs11_uri/* isPkcs11Uri */.Sd)(value))
        return [value];
    return [...value.matchAll(/[?&]pin-value=([^&]*)/gi)].map(match => match[1]);
}
/** `text` with every form of a secret input's value replaced by '***'. */
function withoutSecrets(text, source) {
    if (source === undefined)
        return text;
    return (0,redact/* redactSecrets */.f)(text, contract/* SECRET_INPUTS */.pH.flatMap(name => secretParts(name, source.get(name))));
}

// EXTERNAL MODULE: ./src/inputs/mode.ts
var inputs_mode = __webpack_require__(86458);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __webpack_require__(62701);
;// CONCATENATED MODULE: ./src/report/summary-html.ts
/**
 * A table as the HTML of a GitHub job summary. The summary is Markdown in which GitHub renders raw HTML
 * blocks; every cell is written whole (`<td></td>` when empty, where core.summary's addTable leaves an
 * open `<td>`), all text is escaped (registry and certificate text is untrusted), and no block holds a
 * blank line (which would end the HTML block and let Markdown parse the rest).
 *
 * GitHub lays a summary table out as wide as its longest lines and scrolls it past the page: a table
 * with a summary view is shown through it (short lines, digests shortened with the whole value in a
 * tooltip, a rejection's reason behind its verdict), so every column fits a 1000 px window.
 */


/** Digests show their first 12 hex digits, as docker does; the whole value is in the tooltip. */
const DIGEST = /\b(sha256:[0-9a-f]{12})[0-9a-f]{52}\b/g;
function summaryHtml(table) {
    // Untrusted text (registry, certificate) becomes one plain line (util/sanitize), then escaped HTML.
    const text = (value) => (0,outputs/* escapeHtml */.ZD)((0,sanitize/* oneLine */.TN)(value));
    const row = (tag, cells) => `<tr>${cells.map(cell => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
    const view = table.summary ?? {
        header: table.header,
        rows: table.rows.map(cells => cells.map(cell => ({ lines: [cell] })))
    };
    const blocks = [
        `<h3>${text(table.title)}</h3>`,
        [
            '<table>',
            row('th', view.header.map(text)),
            ...view.rows.map(cells => row('td', cells.map(cellHtml))),
            '</table>'
        ].join('\n')
    ];
    if (table.notes !== undefined && table.notes.length > 0) {
        blocks.push(['<ul>', ...table.notes.map(note => `<li>${text(note)}</li>`), '</ul>'].join('\n'));
    }
    return `${blocks.join('\n\n')}\n\n`;
}
/**
 * Escaped text that may wrap after each `/` and before an `@`: paths and image references are long
 * words, and a cell that cannot wrap widens the whole table past the page.
 */
function breakable(html) {
    return html.replace(/\//g, '/<wbr>').replace(/@/g, '<wbr>@');
}
/** Short lines (a `<br>` between), the whole value as a tooltip when something was shortened. */
function cellHtml(cell) {
    const lines = cell.lines.filter(line => line !== '');
    const shown = lines.map(line => breakable((0,outputs/* escapeHtml */.ZD)((0,sanitize/* oneLine */.TN)(line).replace(DIGEST, '$1…')))).join('<br>');
    const whole = cell.title ?? lines.join('\n');
    const shortened = lines.some(line => line.replace(DIGEST, '') !== line);
    // A tooltip keeps its line breaks as escaped newlines; everything else stays one line.
    const title = shortened || (cell.title !== undefined && cell.title !== lines.join('\n'))
        ? ` title="${whole
            .split('\n')
            .map(line => (0,outputs/* escapeHtml */.ZD)((0,sanitize/* oneLine */.TN)(line)))
            .join('&#10;')}"`
        : '';
    const content = title ? `<span${title}>${shown}</span>` : shown;
    if (cell.details === undefined)
        return content;
    return `<details><summary>${content}</summary>${(0,outputs/* escapeHtml */.ZD)((0,sanitize/* oneLine */.TN)(cell.details))}</details>`;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/action/actions-cache.ts
/** Loaded on use: @actions/cache brings its Azure SDK, most of the bundle, and few runs use the cache. */
const load = () => __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 61691));
const actionsCache = {
    restoreCache: async (paths, key) => (await load()).restoreCache(paths, key),
    saveCache: async (paths, key) => (await load()).saveCache(paths, key),
    isAvailable: async () => (await load()).isFeatureAvailable()
};

;// CONCATENATED MODULE: ./src/action/pull-request.ts


const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** The files the workflow's pull request changes, for `changed-only`; undefined on other events. */
async function changedFiles(inputs) {
    // Loaded on use: @actions/github is large, and most runs never list a pull request's files.
    const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 92413));
    if (!PULL_REQUEST_EVENTS.includes(github.context.eventName))
        return undefined;
    if (inputs.githubToken === undefined) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.GithubToken, "Input 'changed-only' needs 'github-token' on pull requests (default: ${{ github.token }}).");
    }
    return changedFilesOfPullRequest(github.context, inputs.githubToken);
}
/**
 * The files a pull request changes; undefined on other events (no filter). Reads the PR's file list
 * through the GitHub API with `token` (needs `pull-requests: read`).
 */
async function changedFilesOfPullRequest(context, token) {
    if (!PULL_REQUEST_EVENTS.includes(context.eventName))
        return undefined;
    const number = context.payload.pull_request?.number;
    if (number === undefined)
        return undefined;
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 92413));
    const octokit = getOctokit(token, { baseUrl: context.apiUrl });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...context.repo,
        pull_number: number,
        per_page: 100
    });
    return files.map(file => file.filename);
}

// EXTERNAL MODULE: ./src/action/sub-action.ts
var sub_action = __webpack_require__(44531);
;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * Folder action/: the GitHub face. Owns run(), reading inputs from @actions/core, outputs, the job
 * summary and annotations; fills the ports only it can (the Actions cache, a pull request's files).
 * May import: run/, report/, sign/, rules/, gate/, store/, verify/, inputs/, trust/, oci/, util/.
 *
 * The action: read inputs, run the mode, set outputs, write the job summary; one failure funnel.
 */











/**
 * Every secret input cut from text the action prints, in each spelling (inputs/secrets.ts): the runner
 * masks only a secret's exact value, and not in the job summary's HTML.
 */
const redacted = (text) => withoutSecrets(text, { get: name => core/* getInput */.V4(name) });
/**
 * core.info prints its text raw, where the runner would run a `::command` line: every line goes through
 * oneLine, after the secrets are cut.
 */
const actionLog = {
    info: message => core/* info */.pq((0,sanitize/* oneLine */.TN)(redacted(message))),
    warning: message => core/* warning */.$e((0,sanitize/* oneLine */.TN)(redacted(message))),
    debug: message => core/* debug */.Yz((0,sanitize/* oneLine */.TN)(redacted(message))),
    group: (title, body) => core/* group */.Os((0,sanitize/* oneLine */.TN)(redacted(title)), body)
};
/** Inputs from the workflow; secrets are masked before anything else can print them. */
function actionInputs() {
    for (const name of contract/* SECRET_INPUTS */.pH)
        maskSecret(core/* getInput */.V4(name));
    const mode = (0,sub_action/* actionMode */.W)(core/* getInput */.V4(contract/* Inputs */.G0.Mode));
    return { get: name => (name === contract/* Inputs */.G0.Mode ? mode : core/* getInput */.V4(name)) };
}
/** Masks a secret and each of its lines, since the runner matches log lines one at a time. */
function maskSecret(secret) {
    if (secret === '')
        return;
    core/* setSecret */.Pq(secret);
    for (const line of secret.split(/\r?\n/)) {
        if (line.trim().length >= 8 && !line.startsWith('-----'))
            core/* setSecret */.Pq(line.trim());
    }
}
async function run() {
    let mode;
    try {
        mode = core/* getInput */.V4(contract/* Inputs */.G0.Mode) || undefined;
        const source = actionInputs();
        const environment = { log: actionLog, maskSecret, env: process.env };
        // Each mode's engines load on use; a verify's first reads start while they load (run/warm-up.ts).
        let outcome;
        if ((0,inputs_mode/* readMode */.E)(source) === 'sign') {
            const { runSign } = await Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(467), __webpack_require__.e(772), __webpack_require__.e(927), __webpack_require__.e(815), __webpack_require__.e(911), __webpack_require__.e(720), __webpack_require__.e(654), __webpack_require__.e(6), __webpack_require__.e(939), __webpack_require__.e(546), __webpack_require__.e(788), __webpack_require__.e(585), __webpack_require__.e(439), __webpack_require__.e(69), __webpack_require__.e(488)]).then(__webpack_require__.bind(__webpack_require__, 2488));
            outcome = await runSign(source, environment);
        }
        else {
            const { runWarmVerify } = await Promise.all(/* import() */[__webpack_require__.e(69), __webpack_require__.e(744)]).then(__webpack_require__.bind(__webpack_require__, 76744));
            outcome = await runWarmVerify(source, environment, { cache: actionsCache, changedFiles: changedFiles });
        }
        setOutputs(outcome.outputs);
        for (const annotation of outcome.annotations)
            annotate(annotation);
        await writeSummary(outcome.table);
        if (outcome.failure !== undefined)
            core/* setFailed */.C1((0,sanitize/* safeLines */.Bv)(redacted(outcome.failure)));
    }
    catch (error) {
        // Masked by the runner already; a message quoting a secret input is cut all the same (inputs/secrets.ts),
        // before escaping, so a multi-line secret is still found. Every error Signet throws is one line: a line
        // break in it came from a value (a file name, an image), so it is shown escaped, never as a new line.
        core/* setFailed */.C1((0,sanitize/* oneLine */.TN)(redacted((0,errors/* errorMessage */.gJ)(error))));
        // The summary says what failed too: an early failure is otherwise a job with no summary at all.
        const failure = (0,outputs/* failureTable */.Bj)(mode, error);
        const rows = failure.rows.map(row => row.map(cell => (0,sanitize/* oneLine */.TN)(cell)));
        await writeSummary({ ...failure, rows }).catch(() => undefined);
    }
}
/** An annotation on its file line, in the pull request's diff; untrusted text kept to one line. */
function annotate({ level, message, file, startLine, title }) {
    const properties = { file, startLine, title: (0,sanitize/* oneLine */.TN)(redacted(title)) };
    if (level === 'error')
        core/* error */.z3((0,sanitize/* oneLine */.TN)(redacted(message)), properties);
    else
        core/* notice */.lm((0,sanitize/* oneLine */.TN)(redacted(message)), properties);
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        if (value !== undefined)
            core/* setOutput */.uH(name, redacted(value));
}
async function writeSummary(table) {
    // Without GITHUB_STEP_SUMMARY (local runs) there is no summary file to write.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    // Every cell is cut before it is escaped into HTML, where an escaped secret would no longer match.
    await core/* summary */.z.addRaw(summaryHtml(redactedTable(table))).write();
}
/** The table with every text in it (cells, tooltips, notes) cut of secrets. */
function redactedTable(table) {
    const cut = (value) => typeof value === 'string'
        ? redacted(value)
        : Array.isArray(value)
            ? value.map(cut)
            : typeof value === 'object' && value !== null
                ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, cut(entry)]))
                : value;
    return cut(table);
}


/***/ }),

/***/ 86458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readMode)
/* harmony export */ });
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * The `mode` input, read apart from the inputs of each mode: a face decides which mode's code to load
 * from it, before loading any.
 */


function readMode(source) {
    const mode = source.get(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Mode);
    if (!_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN.includes(mode)) {
        const given = mode === '' ? 'no mode was given' : `got '${mode}'`;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Mode, `Invalid input 'mode': ${given}. Expected one of: ${_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN.join(', ')}.`);
    }
    return mode;
}


/***/ }),

/***/ 65468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ failureTable),
/* harmony export */   E3: () => (/* binding */ verifyTable),
/* harmony export */   OB: () => (/* binding */ signOutputs),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   Zp: () => (/* binding */ rejectionMessage),
/* harmony export */   ce: () => (/* binding */ verifyOutputs),
/* harmony export */   eU: () => (/* binding */ signTable),
/* harmony export */   p: () => (/* binding */ sweepTable)
/* harmony export */ });
/* unused harmony exports verifyHeadline, tableOf, VERIFY_COLUMNS, revocationCell */
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
    const what = error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz
        ? `input '${error.input}'`
        : error instanceof _util_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .StepError */ .z
            ? error.step
            : (mode ?? 'signet');
    return {
        title: `Signet ${mode ?? ''} failed`.replace('  ', ' '),
        header: ['What failed', 'Error'],
        rows: [[what, (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)]]
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

/***/ 96135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ TrustInputError)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * trust/'s own error for bad input. trust/ knows no input names: a caller may hand it a certificate
 * bundle from `trust-roots`, a trust store file or a rules file alike. So a message is worded around
 * the parts at fault (the certificates, the key, the chain, the policy …): `message` calls them in plain
 * words, and inputs/ asks for the same wording with its input names (`messageFor`). One wording, kept
 * where the check is.
 */

class TrustInputError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .Tj {
    part;
    wording;
    code = 'TRUST_INPUT';
    exitCode = _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.BAD_INPUT;
    constructor(
    /** The part to fix (the one an input error is about). */
    part, wording, plainNames) {
        super(wording(plainNames));
        this.part = part;
        this.wording = wording;
    }
    /** The message with each part called by `names`, e.g. the inputs that gave them. */
    messageFor(names) {
        return this.wording(names);
    }
}


/***/ }),

/***/ 9902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sd: () => (/* binding */ isPkcs11Uri),
/* harmony export */   TB: () => (/* binding */ parsePkcs11Uri)
/* harmony export */ });
/* unused harmony exports Pkcs11UriError, redactPin */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96135);
/**
 * PKCS#11 URIs (RFC 7512) naming a private key in a token, e.g.
 * `pkcs11:token=release;object=signet?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-source=env:HSM_PIN`.
 *
 * Only what selecting one signing key needs is accepted; an attribute Signet cannot honour is refused
 * rather than ignored, since ignoring it could select another key than the one meant. The PIN
 * (`pin-value`) never appears in a message: `display` is the URI with it replaced.
 */

const PATH_ATTRIBUTES = ['token', 'object', 'id', 'type', 'slot-id'];
const QUERY_ATTRIBUTES = ['module-path', 'pin-value', 'pin-source'];
/** RFC 7512 attributes Signet does not select by; refused so that no other key than the one meant is used. */
const UNSUPPORTED = [
    'manufacturer',
    'serial',
    'model',
    'library-manufacturer',
    'library-version',
    'library-description',
    'slot-description',
    'slot-manufacturer',
    'module-name'
];
/** A PKCS#11 URI Signet cannot select a key by; `part` 'uri' is the input that gave it. */
class Pkcs11UriError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustInputError */ .f {
    constructor(display, reason) {
        super('uri', names => `Invalid PKCS#11 URI in '${names.uri}' (${display}): ${reason}.`, {
            uri: 'the key URI'
        });
    }
}
function isPkcs11Uri(value) {
    return value.trim().toLowerCase().startsWith('pkcs11:');
}
/** Parses a PKCS#11 URI naming a signing key; no error shows the PIN. */
function parsePkcs11Uri(text) {
    const uri = text.trim();
    const display = redactPin(uri);
    const fail = (reason) => new Pkcs11UriError(display, reason);
    if (/\s/.test(uri))
        throw fail('it contains white space (percent-encode it as %20)');
    if (/[^\x21-\x7e]/.test(uri))
        throw fail('it contains non-ASCII characters (percent-encode them)');
    const body = uri.slice('pkcs11:'.length);
    const [pathText, queryText = ''] = splitOnce(body, '?');
    const path = attributes(pathText, ';', fail);
    const query = attributes(queryText, '&', fail);
    for (const name of [...path.keys(), ...query.keys()]) {
        if (UNSUPPORTED.includes(name)) {
            throw fail(`'${name}' is not supported; select the key with token=, slot-id=, object= and id=`);
        }
    }
    for (const name of path.keys()) {
        if (!PATH_ATTRIBUTES.includes(name))
            throw fail(`unknown attribute '${name}'`);
    }
    for (const name of query.keys()) {
        if (!QUERY_ATTRIBUTES.includes(name))
            throw fail(`unknown query attribute '${name}'`);
    }
    const type = path.get('type');
    if (type !== undefined && type !== 'private') {
        throw fail(`type=${type} cannot sign; the key is type=private (or leave type out)`);
    }
    const object = path.get('object');
    const idText = path.get('id');
    if (object === undefined && idText === undefined) {
        throw fail("it names no key: add object=<key label> or id=<key id> (e.g. 'id=%01')");
    }
    const slotId = path.get('slot-id');
    if (slotId !== undefined && !/^\d{1,10}$/.test(slotId))
        throw fail(`slot-id '${slotId}' is not a number`);
    const modulePath = query.get('module-path');
    if (modulePath === undefined || modulePath === '') {
        throw fail("it names no PKCS#11 module: add '?module-path=/path/to/module.so' (e.g. /usr/lib/softhsm/libsofthsm2.so)");
    }
    return {
        token: path.get('token'),
        slotId,
        object,
        id: idText === undefined ? undefined : Buffer.from(idText, 'latin1').toString('hex'),
        modulePath,
        pin: pinSource(query, fail),
        display
    };
}
function pinSource(query, fail) {
    const value = query.get('pin-value');
    const source = query.get('pin-source');
    if (value !== undefined && source !== undefined)
        throw fail('give pin-value or pin-source, not both');
    if (value !== undefined)
        return { kind: 'value', value };
    if (source === undefined) {
        throw fail("it gives no PIN: add '&pin-source=env:NAME' (an environment variable holding the PIN) or '&pin-value=…'");
    }
    if (source.startsWith('env:')) {
        const name = source.slice('env:'.length);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            throw fail(`pin-source '${source}' is not env:NAME`);
        return { kind: 'env', name };
    }
    const path = source.startsWith('file:') ? source.slice('file:'.length) : source;
    if (path === '')
        throw fail('pin-source names no file');
    return { kind: 'file', path };
}
/** Attribute name → percent-decoded value; a repeated attribute is an error (RFC 7512 allows none). */
function attributes(text, separator, fail) {
    const found = new Map();
    for (const part of text.split(separator)) {
        if (part === '')
            continue;
        const [name, raw] = splitOnce(part, '=');
        if (raw === undefined || !/^[a-z][a-z-]*$/.test(name))
            throw fail(`'${name}' is not name=value`);
        if (found.has(name))
            throw fail(`'${name}' is given twice`);
        found.set(name, percentDecode(raw, name, fail));
    }
    return found;
}
/** Decodes to a binary string (one char per byte) so that `id=%01%ff` keeps its bytes, then labels to UTF-8. */
function percentDecode(value, name, fail) {
    if (/%(?![0-9a-fA-F]{2})/.test(value))
        throw fail(`'${name}' has a malformed %-escape`);
    const bytes = Buffer.from(value.replace(/%([0-9a-fA-F]{2})/g, (_m, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    return name === 'id' ? bytes.toString('latin1') : bytes.toString('utf8');
}
/** The URI with the value of pin-value replaced, for anything a person or a log will read. */
function redactPin(uri) {
    return uri.replace(/([?&]pin-value=)[^&]*/gi, '$1***');
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
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

/***/ 50767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony export secretForms */
/**
 * Exact redaction of secrets in every form a program may echo them in: as they are, percent-encoded (a
 * URL or form body), JSON-escaped (an error body), and base64 (a Basic credential, a config's `auth`).
 * Encoders differ (upper- or lowercase hex, `+` for a space, `\/`, `\u0041` for `A`), and a hostile
 * server picks its own, so percent and JSON spellings are matched a character at a time: each character
 * as itself or in any spelling of either encoding (the runner's masker knows one spelling of each).
 * Multi-line secrets (PEM keys) are also matched a line at a time, as the Actions runner masks them.
 * Callers redact before they cut a text, so a cut never leaves part of a secret behind.
 */
/** The shortest line of a multi-line secret matched on its own: shorter lines are PEM framing or blank. */
const MIN_LINE = 8;
/** JSON's two-character escapes (RFC 8259 §7); `\/` is optional there, and some encoders use it. */
const JSON_SHORT_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '/': '\\/',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t'
};
/** The parts of a secret matched on their own: all of it, and each line of a multi-line one. */
function secretParts(secret) {
    const parts = [secret];
    if (/\r?\n/.test(secret)) {
        for (const line of secret.split(/\r?\n/)) {
            if (line.trim().length >= MIN_LINE && !line.startsWith('-----'))
                parts.push(line.trim());
        }
    }
    return parts;
}
/**
 * The base64 spellings of a part: of the part alone (standard with and without padding, url-safe), and
 * of the part inside a longer text (`user:password` in a Basic credential). There it may start at any
 * of the three byte offsets of a base64 group and more may follow, so only the characters the part's
 * bytes alone decide are matched, as the runner's masker does (Base64StringEscapeShift1/2); those
 * shorter than MIN_LINE are left out, as they would cut unrelated text.
 */
function base64Forms(part) {
    const bytes = Buffer.from(part, 'utf8');
    const base64 = bytes.toString('base64');
    const forms = [base64, base64.replace(/=+$/, ''), bytes.toString('base64url')];
    for (const offset of [0, 1, 2]) {
        const shifted = Buffer.concat([Buffer.alloc(offset), bytes]);
        // A character holds 6 bits: the first ones hold bits of the bytes before, the last one bits of those after.
        const first = Math.ceil((offset * 8) / 6);
        const end = Math.floor((shifted.length * 8) / 6);
        for (const encoding of ['base64', 'base64url']) {
            const decided = shifted.toString(encoding).slice(first, end);
            if (decided.length >= MIN_LINE)
                forms.push(decided);
        }
    }
    return forms;
}
/** The canonical spelling of each form of `secret`, longest first: what an echo most likely holds. */
function secretForms(secret) {
    if (secret === '')
        return [];
    const forms = new Set();
    for (const part of secretParts(secret)) {
        forms.add(part);
        forms.add(encodeURIComponent(part));
        forms.add(JSON.stringify(part).slice(1, -1));
        for (const form of base64Forms(part))
            forms.add(form);
    }
    return [...forms].filter(form => form !== '').sort((a, b) => b.length - a.length);
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hex = (value, width) => value.toString(16).padStart(width, '0');
/**
 * Every spelling of one character (a code point): itself; percent-encoded, each UTF-8 byte as `%XX`,
 * and `+` for a space (forms, Go's url.QueryEscape); JSON-escaped, each UTF-16 unit as `\uXXXX`, or its
 * short escape. As regular expressions, hex digits in either case, longest first: the character's
 * match is atomic (below).
 */
function characterSpellings(char) {
    const units = Array.from({ length: char.length }, (_, at) => char.charCodeAt(at));
    const spellings = [
        { text: char, hexDigits: false },
        { text: [...Buffer.from(char, 'utf8')].map(byte => `%${hex(byte, 2)}`).join(''), hexDigits: true },
        { text: units.map(unit => `\\u${hex(unit, 4)}`).join(''), hexDigits: true }
    ];
    if (char === ' ')
        spellings.push({ text: '+', hexDigits: false });
    if (char in JSON_SHORT_ESCAPES)
        spellings.push({ text: JSON_SHORT_ESCAPES[char], hexDigits: false });
    return spellings
        .sort((a, b) => b.text.length - a.text.length)
        .map(({ text, hexDigits }) => {
        const source = escapeRegExp(text);
        return hexDigits ? source.replace(/[a-f]/g, digit => `[${digit}${digit.toUpperCase()}]`) : source;
    });
}
/**
 * A part spelt any way percent-encoding or JSON escaping may spell it, one character after another.
 * Each character's match is atomic (`(?=(…))\N`: the lookahead's capture is consumed as a whole, never
 * retried shorter), so a hostile text of backslashes or percent signs cannot make matching backtrack
 * exponentially. What this misses is rare: a secret with `%` before two hex digits, or `\` before an
 * escape letter, spelt by an encoder other than the canonical ones secretForms matches exactly.
 */
function encodedPattern(part) {
    const source = Array.from(part, (char, at) => `(?=(${characterSpellings(char).join('|')}))\\${at + 1}`);
    return new RegExp(source.join(''), 'g');
}
/** Matchers by secret: a CLI redacts every line it prints with the same few secrets. */
const matchers = new Map();
function matchersOf(secret) {
    let found = matchers.get(secret);
    if (found === undefined) {
        found = { forms: secretForms(secret), patterns: secretParts(secret).map(encodedPattern) };
        matchers.set(secret, found);
    }
    return found;
}
/** `text` with every form of every secret replaced by '***'; overlapping matches become one. */
function redactSecrets(text, secrets) {
    const spans = [];
    for (const secret of new Set(secrets)) {
        if (secret === '')
            continue;
        const { forms, patterns } = matchersOf(secret);
        for (const form of forms) {
            for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
                spans.push([at, at + form.length]);
        }
        for (const pattern of patterns) {
            for (const match of text.matchAll(pattern))
                spans.push([match.index, match.index + match[0].length]);
        }
    }
    if (spans.length === 0)
        return text;
    spans.sort((a, b) => a[0] - b[0]);
    let redacted = '';
    let shown = 0;
    for (const [start, end] of spans) {
        if (end <= shown)
            continue;
        if (start >= shown)
            redacted += `${text.slice(shown, start)}***`;
        shown = end;
    }
    return redacted + text.slice(shown);
}


/***/ }),

/***/ 94615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ step),
/* harmony export */   z: () => (/* binding */ StepError)
/* harmony export */ });
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


/***/ })

};
