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

// EXTERNAL MODULE: ./src/inputs/read-inputs.ts
var read_inputs = __webpack_require__(68215);
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
        if ((0,read_inputs/* readMode */.E)(source) === 'sign') {
            const { runSign } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(439), __webpack_require__.e(501), __webpack_require__.e(453)]).then(__webpack_require__.bind(__webpack_require__, 21453));
            outcome = await runSign(source, environment);
        }
        else {
            const { runWarmVerify } = await Promise.all(/* import() */[__webpack_require__.e(501), __webpack_require__.e(744)]).then(__webpack_require__.bind(__webpack_require__, 76744));
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

/***/ 33819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ parseBuildArgs)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/** The `build-args` input: Dockerfile ARG values for the PR gate, one KEY=value a line. */

const BUILD_ARGS_INPUT = 'build-args';
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Parses 'KEY=value' lines. Values may contain '='; the error names the line, never a value (it may be a secret). */
function parseBuildArgs(lines, input = BUILD_ARGS_INPUT, names = { pattern: ARG_NAME, expected: "letters, digits and '_'" }) {
    const args = {};
    lines.forEach((line, index) => {
        const equals = line.indexOf('=');
        if (equals === -1) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `Invalid line ${index + 1} in '${input}': no '='. Expected KEY=value, a line each.`);
        }
        const key = line.slice(0, equals).trim();
        if (!names.pattern.test(key)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `Invalid name '${key}' on line ${index + 1} of '${input}'. Expected KEY=value with KEY made of ${names.expected}.`);
        }
        if (Object.hasOwn(args, key)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${key}' is set twice in '${input}' (line ${index + 1}): keep one line per name.`);
        }
        args[key] = line.slice(equals + 1);
    });
    return args;
}


/***/ }),

/***/ 53280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kd: () => (/* binding */ readPlatform),
/* harmony export */   Wf: () => (/* binding */ readReference),
/* harmony export */   hB: () => (/* binding */ readSourceSpec)
/* harmony export */ });
/* harmony import */ var _oci_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28630);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1890);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62148);
/* harmony import */ var _oci_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86592);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/**
 * oci/'s parsers as inputs/ uses them: a value that oci/ refuses (a reference, a platform, a source
 * spec, index entries, docker's config.json) becomes an InputError of the input it came from, worded
 * as oci/ words it for that input.
 */





/** Runs `work`; oci/'s bad-input errors become InputErrors of `input`, other errors pass through. */
function namingInput(input, work) {
    try {
        return work();
    }
    catch (error) {
        if (error instanceof _oci_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OciInputError */ .i)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, error.messageFor(input));
        throw error;
    }
}
/** `registry/repository[:tag][@digest]` from `input`. */
function readReference(text, input) {
    return namingInput(input, () => (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text));
}
/** `os/arch[/variant]` from `input`. */
function readPlatform(text, input) {
    return namingInput(input, () => (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .FL)(text));
}
/** The source part of a line of `input` (`oci-layout:…`, `docker-archive:…`, or a reference). */
function readSourceSpec(text, input) {
    return namingInput(input, () => (0,_oci_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSourceSpec */ .s)(text));
}


/***/ }),

/***/ 68215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readMode)
/* harmony export */ });
/* unused harmony export readInputs */
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _sign_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61496);
/* harmony import */ var _verify_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41788);
/**
 * Folder inputs/: the input contract (names, defaults), parsing, validation and error wording.
 * May import: trust/, oci/, util/.
 *
 * One typed Inputs object built from either face (action or CLI). All validation and error wording for
 * inputs lives here: bad input is rejected with the input's name and the expected form, never defaulted.
 */




function readInputs(source) {
    const mode = readMode(source);
    return mode === 'sign' ? readSignInputs(source) : readVerifyInputs(source);
}
function readMode(source) {
    const mode = source.get(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Mode);
    if (!_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN.includes(mode)) {
        const given = mode === '' ? 'no mode was given' : `got '${mode}'`;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Mode, `Invalid input 'mode': ${given}. Expected one of: ${_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN.join(', ')}.`);
    }
    return mode;
}


/***/ }),

/***/ 61496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ readSignatureFormat),
/* harmony export */   Iq: () => (/* binding */ readSigningKeyInputs),
/* harmony export */   nr: () => (/* binding */ readSignInputs)
/* harmony export */ });
/* unused harmony export parseManifestLine */
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _build_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33819);
/* harmony import */ var _oci_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53280);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _trust_pkcs11_uri_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9902);
/* harmony import */ var _content_or_path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55894);
/* harmony import */ var _trust_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86089);
/* harmony import */ var _timestamp_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20523);
/* harmony import */ var _input_values_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75848);
/**
 * The inputs of sign mode: the image to publish, its `manifests` lines, tags and annotations, the envelope
 * format, and the signing key (a PEM key, a key in a PKCS#11 token, or a notation signing plugin).
 */









function readSignInputs(source) {
    const imageText = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .required */ .mw)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image, 'the reference to publish, e.g. ghcr.io/acme/app:1.4.0');
    const image = (0,_oci_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readReference */ .Wf)(imageText, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image);
    if (image.digest || !image.tag) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image, `Invalid input 'image': '${imageText}' must name a tag to publish and no digest, e.g. ghcr.io/acme/app:1.4.0.`);
    }
    const manifestLines = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .lines */ .Mn)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Manifests);
    if (manifestLines.length === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Manifests, "Missing input 'manifests': give one platform image a line, e.g. 'oci-layout:./out/amd64 scenario=kernel-5.15'.");
    }
    const trustRoots = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustRoots);
    return {
        mode: 'sign',
        image: { ...image, tag: image.tag },
        registry: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegistryInputs */ .rS)(source),
        scenarioAnnotation: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readAnnotationKey */ .ZB)(source),
        manifests: manifestLines.map(parseManifestLine),
        tags: [...new Set((0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .lines */ .Mn)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Tags).map(readTag))],
        annotations: readAnnotations(source),
        signer: readSigningKeyInputs(source),
        signPlatformManifests: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readBoolean */ .Vf)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SignPlatformManifests),
        signatureFormat: readSignatureFormat(source),
        trustRoots: trustRoots === undefined ? undefined : (0,_content_or_path_js__WEBPACK_IMPORTED_MODULE_5__/* .readPemInput */ .$e)(trustRoots, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustRoots),
        ...(0,_timestamp_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readSignTimestampInputs */ .h6)(source)
    };
}
/** `signing-key` (PEM or a PKCS#11 URI) with `signing-cert-chain`, or `signing-plugin` with `signing-key-id`. */
function readSigningKeyInputs(source) {
    const plugin = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningPlugin);
    if (plugin !== undefined)
        return readPluginInputs(source, plugin);
    for (const name of [_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningKeyId, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.PluginConfig]) {
        if ((0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, name) !== undefined) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `Input '${name}' is set but 'signing-plugin' is not: name the plugin that holds the key.`);
        }
    }
    const key = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .required */ .mw)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningKey, "a PEM private key or a path to one, a 'pkcs11:' URI, or 'signing-plugin'");
    const certChain = () => (0,_content_or_path_js__WEBPACK_IMPORTED_MODULE_5__/* .readPemInput */ .$e)((0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .required */ .mw)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningCertChain, 'a PEM certificate chain, leaf first, or a path to one'), _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningCertChain);
    if ((0,_trust_pkcs11_uri_js__WEBPACK_IMPORTED_MODULE_4__/* .isPkcs11Uri */ .Sd)(key)) {
        if ((0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningKeyPassphrase) !== undefined) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningKeyPassphrase, "Input 'signing-key-passphrase' does not apply to a PKCS#11 'signing-key': put the token PIN in the URI's pin-source (or pin-value).");
        }
        return { kind: 'pkcs11', uri: (0,_trust_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .pkcs11UriInput */ .EA)(key, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningKey), certChain: certChain() };
    }
    return {
        kind: 'pem',
        key: (0,_content_or_path_js__WEBPACK_IMPORTED_MODULE_5__/* .readPemInput */ .$e)(key, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningKey, { secret: _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .SECRET_INPUTS */ .pH.includes(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningKey) }),
        passphrase: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningKeyPassphrase),
        certChain: certChain()
    };
}
const PLUGIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** notation's plugin-config keys are free text ("aws-region", "ca_certs"); only '=' and line breaks end one. */
const PLUGIN_CONFIG_KEY = /^[^=\s][^=]*$/;
function readPluginInputs(source, plugin) {
    for (const name of [_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningKey, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningKeyPassphrase, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningCertChain]) {
        if ((0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, name) !== undefined) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `Inputs '${name}' and 'signing-plugin' exclude each other: the plugin holds the key and returns its certificate chain.`);
        }
    }
    if (!plugin.includes('/') && !PLUGIN_NAME.test(plugin)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningPlugin, `Invalid input 'signing-plugin': '${plugin}'. Expected a plugin name (letters, digits, '.', '_', '-', e.g. com.example.kms) or a path to its notation-<name> executable.`);
    }
    const keyId = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .required */ .mw)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SigningKeyId, 'the id of the key the plugin signs with');
    return {
        kind: 'plugin',
        plugin,
        keyId,
        config: (0,_build_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBuildArgs */ .N)((0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .lines */ .Mn)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.PluginConfig), _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.PluginConfig, {
            pattern: PLUGIN_CONFIG_KEY,
            expected: "anything but '='"
        })
    };
}
/** `SOURCE [scenario=TAG[,TAG…]] [platform=os/arch[/variant]]` */
function parseManifestLine(text) {
    const [sourceText, ...options] = text.split(/\s+/);
    const line = { text, source: (0,_oci_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readSourceSpec */ .hB)(sourceText, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Manifests), scenarios: [] };
    const seen = new Set();
    for (const option of options) {
        const [key, value] = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .splitOnce */ .E2)(option, '=');
        if (value === undefined || value === '' || seen.has(key)) {
            throw manifestLineError(text, `'${option}' is not a single 'scenario=…' or 'platform=…' option`);
        }
        seen.add(key);
        if (key === 'scenario') {
            line.scenarios = value.split(',');
            if (line.scenarios.some(tag => tag === ''))
                throw manifestLineError(text, `'${option}' has an empty scenario tag`);
        }
        else if (key === 'platform') {
            line.platform = (0,_oci_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readPlatform */ .Kd)(value, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Manifests);
        }
        else {
            throw manifestLineError(text, `unknown option '${key}'`);
        }
    }
    return line;
}
function manifestLineError(text, detail) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Manifests, `Invalid line in 'manifests': '${text}': ${detail}. Expected 'SOURCE [scenario=TAG[,TAG…]] [platform=os/arch[/variant]]'.`);
}
function readAnnotations(source) {
    const annotations = {};
    for (const line of (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .lines */ .Mn)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Annotations)) {
        const [key, value] = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .splitOnce */ .E2)(line, '=');
        if (value === undefined || !_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .ANNOTATION_KEY_PATTERN */ .r9.test(key.trim())) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Annotations, `Invalid line in 'annotations': '${line}'. Expected 'key=value'.`);
        }
        annotations[key.trim()] = value.trim();
    }
    return annotations;
}
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
function readTag(tag) {
    if (/[,\s]/.test(tag)) {
        const parts = tag.split(/[,\s]+/).filter(Boolean);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Tags, `Invalid tag '${tag}' in 'tags': one tag per line (CLI: repeat --tags): ${parts.map(part => `'${part}'`).join(', ')} on lines of their own.`);
    }
    return (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .checkPattern */ .rg)(tag, TAG_PATTERN, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Tags, 'letters, digits, _ . - (at most 128), not starting with . or -');
}
function readSignatureFormat(source) {
    const value = source.get(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SignatureFormat) || _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_DEFAULTS */ .WJ[_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SignatureFormat];
    if (!_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE_FORMATS */ .gi.includes(value)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.SignatureFormat, `Invalid input 'signature-format': '${value}'. Expected one of: ${_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE_FORMATS */ .gi.join(', ')} (as notation's --signature-format).`);
    }
    return value;
}


/***/ }),

/***/ 48751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k2: () => (/* binding */ acceptedSigner),
  mH: () => (/* binding */ readSignerInputs)
});

// UNUSED EXPORTS: SIGNER_KINDS, parseSignerList

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: ./src/inputs/content-or-path.ts
var content_or_path = __webpack_require__(55894);
// EXTERNAL MODULE: ./src/inputs/input-values.ts
var input_values = __webpack_require__(75848);
// EXTERNAL MODULE: ./src/trust/accepted-signer.ts
var accepted_signer = __webpack_require__(14580);
;// CONCATENATED MODULE: ./src/trust/sigstore/bundle-layers.ts
/** Bundles are a certificate, a few log entries and an envelope: larger is not a bundle to read. */
const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;
/** The bundle layers of a manifest (one, as cosign and actions/attest write them), v0.3 or older. */
function bundleLayers(manifest) {
    const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
    return layers.filter(layer => /^application\/vnd\.dev\.sigstore\.bundle[.+]/.test(layer?.mediaType ?? ''));
}

// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __webpack_require__(62701);
// EXTERNAL MODULE: ./src/trust/strict-json.ts
var strict_json = __webpack_require__(79976);
;// CONCATENATED MODULE: ./src/trust/sigstore/statement.ts
/**
 * in-toto Statements, the payload of the DSSE envelopes in Sigstore bundles: cosign 3's image signature
 * (predicate type `https://sigstore.dev/cosign/sign/v1`, the image digest as its one subject) and GitHub
 * artifact attestations (SLSA provenance, SBOMs…). What was signed is the statement's subject: a
 * statement that does not name the digest being verified signs something else, and is rejected.
 */



const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
/** The statement a DSSE payload carries; anything else is a VerificationError saying what. */
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new errors/* VerificationError */.mk(`the envelope's payload type is '${(0,sanitize/* oneLine */.TN)(payloadType.slice(0, 100))}', not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE})`);
    }
    let value;
    try {
        // Go reads a statement's fields case-insensitively: keys that differ only in case are refused.
        value = (0,strict_json/* parseStrictJson */.R)(payload.toString('utf8')).value;
    }
    catch (error) {
        throw new errors/* VerificationError */.mk(`the in-toto statement is not valid JSON (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    const statement = value;
    if (typeof statement !== 'object' ||
        statement === null ||
        !STATEMENT_TYPES.includes(String(statement._type))) {
        throw new errors/* VerificationError */.mk('the payload is not an in-toto Statement (v1 or v0.1)');
    }
    if (typeof statement.predicateType !== 'string')
        throw new errors/* VerificationError */.mk('the in-toto statement has no predicateType');
    if (!Array.isArray(statement.subject) || statement.subject.length === 0)
        throw new errors/* VerificationError */.mk('the in-toto statement names no subject');
    const subjects = statement.subject.map(subject => {
        const digest = subject?.digest;
        if (typeof digest !== 'object' || digest === null || Array.isArray(digest))
            throw new errors/* VerificationError */.mk('a subject of the in-toto statement has no digest');
        const name = subject.name;
        return {
            name: typeof name === 'string' ? name : undefined,
            digest: Object.fromEntries(Object.entries(digest).filter((entry) => typeof entry[1] === 'string'))
        };
    });
    return { subjects, predicateType: statement.predicateType, predicate: statement.predicate };
}
/**
 * Checks that the statement signs `digest` (`sha256:<hex>`) with `predicateType`. in-toto's digest
 * values are lowercase hex; an uppercase one is compared as such, since it names the same bytes.
 */
function checkStatement(statement, digest, predicateType) {
    if (statement.predicateType !== predicateType) {
        throw new errors/* VerificationError */.mk(`predicate type is '${(0,sanitize/* oneLine */.TN)(statement.predicateType.slice(0, 200))}', not '${predicateType}'`);
    }
    const [algorithm, hex] = digest.split(':');
    if (!statement.subjects.some(subject => subject.digest[algorithm]?.toLowerCase() === hex)) {
        const named = statement.subjects
            .map(subject => Object.entries(subject.digest).map(([alg, value]) => `${alg}:${value}`))
            .flat()
            .slice(0, 3)
            .map(text => (0,sanitize/* oneLine */.TN)(text.slice(0, 140)));
        throw new errors/* VerificationError */.mk(`the statement's subject is ${named.join(', ') || 'no digest'}, not ${digest}: it signs another artifact`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/trust/cosign/public-keys.ts
/**
 * cosign public keys (the `cosign-key` input, `cosign: { key: … }` signers) and the signature algorithms
 * cosign signs with. cosign 3.1.1 picks the hash from the key (sigstore-go's defaults): ECDSA P-256 with
 * SHA-256, P-384 with SHA-384, P-521 with SHA-512, RSA PKCS #1 v1.5 with SHA-256, and Ed25519 keys as
 * Ed25519ph (RFC 8032's pre-hashed variant, which node:crypto lacks: @noble/curves checks it, loaded only
 * when an Ed25519 signature is checked, so reading keys costs no start-up time). Earlier
 * cosign signed every ECDSA key with SHA-256 and Ed25519 keys as pure Ed25519, and cosign 3.1.1's own
 * `verify --key` still expects that (it rejects what it signs with P-384, P-521 and Ed25519 keys), so
 * both generations are accepted: each is a standard scheme for that key, and neither lets a signature
 * made for one message pass for another.
 */


/** ECDSA curves cosign signs with, and the hashes accepted for each (its current default first). */
const ECDSA_HASHES = {
    prime256v1: { curve: 'P-256', hashes: ['sha256'] },
    secp384r1: { curve: 'P-384', hashes: ['sha384', 'sha256'] },
    secp521r1: { curve: 'P-521', hashes: ['sha512', 'sha256'] }
};
const MIN_RSA_BITS = 2048;
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
/**
 * Every public key of a PEM text (several may be concatenated). A private key (PEM, cosign's encrypted
 * one) is refused without quoting it: a verifier needs the public half only.
 */
function parseCosignPublicKeys(pem, input) {
    const blocks = [...pem.matchAll(PEM_BLOCK)];
    if (blocks.some(([, label]) => label.includes('PRIVATE KEY'))) {
        throw new errors/* InputError */.dz(input, `${input} holds a private key: a verifier needs only the public key. Pass the '.pub' file cosign wrote next to it (or 'cosign public-key --key <key>'), and keep the private key secret.`);
    }
    if (blocks.length === 0) {
        throw new errors/* InputError */.dz(input, `${input} holds no PEM public key (expected '-----BEGIN PUBLIC KEY-----' blocks)`);
    }
    const keys = blocks.map(([block, label], index) => {
        if (label !== 'PUBLIC KEY' && label !== 'RSA PUBLIC KEY') {
            throw new errors/* InputError */.dz(input, `${input}: block #${index + 1} is a '${label}', not a public key. Expected '-----BEGIN PUBLIC KEY-----' blocks.`);
        }
        let key;
        try {
            key = (0,external_node_crypto_.createPublicKey)(block);
        }
        catch {
            throw new errors/* InputError */.dz(input, `${input}: public key #${index + 1} cannot be read as a PEM public key`);
        }
        return describeCosignKey(key, `${input}: public key #${index + 1}`, input);
    });
    // The same key given twice is one signer: `require` must not count it twice.
    return keys.filter((key, index) => keys.findIndex(other => other.hint === key.hint) === index);
}
function describeCosignKey(key, what, input) {
    const spki = key.export({ format: 'der', type: 'spki' });
    const digest = (0,external_node_crypto_.createHash)('sha256').update(spki).digest();
    const identify = (algorithm) => ({
        key,
        algorithm,
        hint: digest.toString('base64'),
        fingerprint: `sha256:${digest.toString('hex')}`
    });
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'ec') {
        const known = ECDSA_HASHES[details.namedCurve ?? ''];
        if (known)
            return identify(`ECDSA ${known.curve}`);
    }
    if (key.asymmetricKeyType === 'rsa' && (details.modulusLength ?? 0) >= MIN_RSA_BITS) {
        return identify(`RSA-${details.modulusLength}`);
    }
    if (key.asymmetricKeyType === 'ed25519')
        return identify('Ed25519');
    const shown = key.asymmetricKeyType === 'ec'
        ? `EC ${details.namedCurve}`
        : key.asymmetricKeyType === 'rsa'
            ? `RSA-${details.modulusLength}`
            : String(key.asymmetricKeyType);
    throw new errors/* InputError */.dz(input, `${what} is ${shown}; cosign keys are ECDSA P-256, P-384 or P-521, RSA of ${MIN_RSA_BITS} bits or more, or Ed25519`);
}
/** Whether `signature` (DER for ECDSA, raw for RSA and Ed25519) signs `data` with `key`, as cosign signs. */
async function keySignatureVerifies(key, data, signature) {
    const type = key.key.asymmetricKeyType;
    if (type === 'ed25519') {
        const { ed25519ph } = await __webpack_require__.e(/* import() */ 401).then(__webpack_require__.bind(__webpack_require__, 50401));
        // Strict RFC 8032 encodings (no ZIP-215 leniency), as OpenSSL checks pure Ed25519.
        const raw = Buffer.from(key.key.export({ format: 'jwk' }).x, 'base64url');
        return (noThrow(() => ed25519ph.verify(signature, data, raw, { zip215: false })) ||
            noThrow(() => (0,external_node_crypto_.verify)(null, data, key.key, signature)));
    }
    if (type === 'rsa')
        return noThrow(() => (0,external_node_crypto_.verify)('sha256', data, key.key, signature));
    const hashes = ECDSA_HASHES[key.key.asymmetricKeyDetails?.namedCurve ?? '']?.hashes ?? [];
    return hashes.some(hash => noThrow(() => (0,external_node_crypto_.verify)(hash, data, { key: key.key, dsaEncoding: 'der' }, signature)));
}
/** A malformed signature is a signature that does not verify. */
function noThrow(check) {
    try {
        return check();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/trust/cosign/simple-signing.ts



const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
/** Payloads are a few hundred bytes; `optional` annotations make them larger, never megabytes. */
const MAX_PAYLOAD_BYTES = 1024 * 1024;
const Annotation = {
    Signature: 'dev.cosignproject.cosign/signature',
    Certificate: 'dev.sigstore.cosign/certificate',
    Chain: 'dev.sigstore.cosign/chain',
    RekorBundle: 'dev.sigstore.cosign/bundle',
    Timestamp: 'dev.sigstore.cosign/rfc3161timestamp'
};
/** The simple-signing layers of a legacy signature manifest. */
function simpleSigningLayers(manifest) {
    const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
    return layers
        .filter(layer => layer?.mediaType === SIMPLE_SIGNING_MEDIA_TYPE)
        .map(layer => {
        const annotations = layer.annotations ?? {};
        const text = (key) => (typeof annotations[key] === 'string' ? annotations[key] : undefined);
        return {
            layer,
            signature: Buffer.from(text(Annotation.Signature) ?? '', 'base64'),
            certificate: text(Annotation.Certificate) || undefined,
            chain: text(Annotation.Chain) || undefined,
            rekorBundle: text(Annotation.RekorBundle) || undefined,
            timestamp: text(Annotation.Timestamp) || undefined
        };
    });
}
/** Checks that a simple-signing payload signs the manifest `digest`; a VerificationError says why not. */
function checkSimpleSigningPayload(payload, digest) {
    let value;
    try {
        value = (0,strict_json/* parseStrictJson */.R)(payload.toString('utf8'), ['optional']).value;
    }
    catch (error) {
        throw new errors/* VerificationError */.mk(`the simple-signing payload is not valid JSON (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    const critical = value?.critical;
    if (typeof critical !== 'object' || critical === null)
        throw new errors/* VerificationError */.mk("the simple-signing payload has no 'critical' section");
    if (critical.type !== COSIGN_SIGNATURE_TYPE) {
        throw new errors/* VerificationError */.mk(`the payload's critical.type is ${shown(critical.type)}, not '${COSIGN_SIGNATURE_TYPE}'`);
    }
    const signed = critical.image?.['docker-manifest-digest'];
    if (signed !== digest) {
        throw new errors/* VerificationError */.mk(`the payload signs ${shown(signed)}, not ${digest}: it is the signature of another image`);
    }
}
function shown(value) {
    return typeof value === 'string' ? `'${(0,sanitize/* oneLine */.TN)(value.slice(0, 140))}'` : 'missing';
}

;// CONCATENATED MODULE: ./src/trust/cosign/cosign-signer.ts
/**
 * The cosign key signer: signatures by one cosign public key, in both of cosign's formats, checked offline
 * as `cosign verify --key k.pub --insecure-ignore-tlog` checks them (a transparency-log entry, if any, is
 * not required and not checked: a key signer trusts the key alone).
 *
 * - Sigstore bundle (cosign 3): a DSSE envelope, keyed by the key's hint, over an in-toto statement with
 *   predicate type `https://sigstore.dev/cosign/sign/v1` whose subject is the image digest.
 * - Legacy (`.sig` tag): each simple-signing layer's payload, signed by the key, naming the image digest.
 */






const CREATED_ANNOTATION = 'org.opencontainers.image.created';
class CosignKeySigner {
    key;
    kind = 'cosign';
    constructor(key) {
        this.key = key;
    }
    describe() {
        return `cosign key ${this.key.algorithm} ${this.key.fingerprint}`;
    }
    fingerprint() {
        return this.describe();
    }
    async verify(subject, candidates) {
        const signatures = [];
        const rejected = [];
        for (const artifact of candidates.artifacts) {
            const parts = artifact.format === 'sigstore-bundle'
                ? bundleLayers(artifact.manifest).map(layer => ({
                    layer,
                    check: () => this.checkBundle(layer, subject, candidates)
                }))
                : artifact.format === 'cosign-simple-signing'
                    ? simpleSigningLayers(artifact.manifest).map(legacy => ({
                        layer: legacy.layer,
                        check: () => this.checkLegacy(legacy, subject, candidates)
                    }))
                    : [];
            for (const { layer, check } of parts) {
                const name = parts.length > 1
                    ? `${artifact.descriptor.digest} (layer ${layer.digest})`
                    : artifact.descriptor.digest;
                try {
                    await check();
                    signatures.push(this.matched(name, artifact));
                }
                catch (error) {
                    rejected.push({
                        artifact: name,
                        reason: (0,errors/* errorMessage */.gJ)(error),
                        couldNotComplete: (0,errors/* couldNotComplete */.aC)(error)
                    });
                }
            }
        }
        if (signatures.length > 0)
            return { matched: true, kind: this.kind, signer: this.describe(), signatures, rejected };
        return (0,accepted_signer/* mismatch */.J4)(this.kind, this.describe(), rejected, `no cosign signature of ${subject.digest} was found`);
    }
    matched(name, artifact) {
        const created = artifact.manifest.annotations?.[CREATED_ANNOTATION];
        return {
            artifact: name,
            signer: this.describe(),
            identity: `key:${this.key.fingerprint}`,
            // A key signature carries no proof of time: the manifest's creation time is the signer's claim.
            ...(created !== undefined &&
                !Number.isNaN(Date.parse(created)) && { time: created, timeProven: false }),
            evidence: []
        };
    }
    async checkBundle(layer, subject, candidates) {
        // @sigstore/bundle is loaded when a bundle is read, not when the signer is built (start-up time).
        const { dsseOf, parseBundle, preAuthEncoding } = await __webpack_require__.e(/* import() */ 605).then(__webpack_require__.bind(__webpack_require__, 22605));
        const bundle = parseBundle(await candidates.blob(layer, MAX_BUNDLE_BYTES));
        const material = bundle.verificationMaterial.content;
        if (material.$case !== 'publicKey') {
            throw new errors/* VerificationError */.mk('the bundle is signed with a certificate (keyless), not with a key');
        }
        if (material.publicKey.hint !== '' && material.publicKey.hint !== this.key.hint) {
            throw new errors/* VerificationError */.mk(`the bundle names another key (hint ${material.publicKey.hint})`);
        }
        const envelope = dsseOf(bundle);
        if (envelope === undefined) {
            throw new errors/* VerificationError */.mk('the bundle holds a message signature (of a file), not a DSSE envelope');
        }
        if (!(await keySignatureVerifies(this.key, preAuthEncoding(envelope.payloadType, envelope.payload), envelope.signature))) {
            throw new errors/* VerificationError */.mk('the bundle signature does not verify with this key');
        }
        checkStatement(parseStatement(envelope.payloadType, envelope.payload), subject.digest, COSIGN_SIGN_PREDICATE);
    }
    async checkLegacy(legacy, subject, candidates) {
        if (legacy.signature.length === 0)
            throw new errors/* VerificationError */.mk('the layer has no signature annotation');
        const payload = await candidates.blob(legacy.layer, MAX_PAYLOAD_BYTES);
        if (!(await keySignatureVerifies(this.key, payload, legacy.signature))) {
            throw new errors/* VerificationError */.mk('the signature does not verify with this key');
        }
        checkSimpleSigningPayload(payload, subject.digest);
    }
}

;// CONCATENATED MODULE: ./src/trust/sigstore/identity-policy.ts
/**
 * Who may have signed: cosign's `--certificate-identity` / `--certificate-identity-regexp` /
 * `--certificate-oidc-issuer`, and the GitHub artifact attestation checks of `gh attestation verify`
 * (`--repo`, `--owner`, `--signer-workflow`, `--signer-repo`, `--source-ref`, `--cert-oidc-issuer`), as
 * one policy over a Fulcio certificate's identity.
 *
 * Regular expressions are cosign's and gh's (Go RE2, unanchored unless the pattern anchors itself);
 * Go's leading `(?i)` flag, which gh itself writes, becomes JavaScript's `i` flag.
 */

/** A Go regular expression as JavaScript runs it; throws SyntaxError when it does not compile. */
function goRegexp(pattern) {
    const caseless = pattern.startsWith('(?i)');
    return new RegExp(caseless ? pattern.slice(4) : pattern, caseless ? 'iu' : 'u');
}
/** Why a certificate's identity does not meet the policy, or undefined when it does. */
function identityMismatch(identity, policy) {
    // The repository, owner and ref first: for an attestation, the most telling mismatch.
    for (const [field, wanted] of Object.entries(policy.extensions ?? {})) {
        const actual = identity.extensions[field];
        if (actual === undefined || actual.toLowerCase() !== wanted.toLowerCase()) {
            const shown = actual === undefined ? 'missing' : `'${(0,sanitize/* oneLine */.TN)(actual.slice(0, 200))}'`;
            return `the certificate's ${field} is ${shown}, not '${wanted}'`;
        }
    }
    const names = identity.subjectAlternativeNames;
    const shownNames = names.length === 0 ? 'none' : names.map(name => `'${(0,sanitize/* oneLine */.TN)(name.slice(0, 200))}'`).join(', ');
    if (policy.identity !== undefined && !names.includes(policy.identity)) {
        return `the certificate's identity is ${shownNames}, not '${policy.identity}'`;
    }
    if (policy.identityRegexp !== undefined && !names.some(name => policy.identityRegexp?.test(name))) {
        return `the certificate's identity ${shownNames} does not match ${policy.identityRegexp}`;
    }
    if (policy.issuer !== undefined && identity.issuer !== policy.issuer) {
        const shown = identity.issuer === undefined ? 'missing' : `'${(0,sanitize/* oneLine */.TN)(identity.issuer.slice(0, 200))}'`;
        return `the certificate's OIDC issuer is ${shown}, not '${policy.issuer}'`;
    }
    return undefined;
}
/** The policy as one line, for naming the signer in reports. */
function describePolicy(policy) {
    const parts = [
        policy.identity !== undefined ? `identity ${policy.identity}` : undefined,
        policy.identityRegexp !== undefined ? `identity ~ ${policy.identityRegexp}` : undefined,
        policy.issuer !== undefined ? `issuer ${policy.issuer}` : undefined,
        ...Object.entries(policy.extensions ?? {}).map(([field, value]) => `${field} ${value}`)
    ];
    return parts.filter(part => part !== undefined).join(', ');
}

// EXTERNAL MODULE: ./src/trust/sigstore/fulcio-certificate.ts
var fulcio_certificate = __webpack_require__(24639);
;// CONCATENATED MODULE: ./src/trust/sigstore/github-attestation.ts
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
function githubAttestationPolicy(options) {
    const host = options.host ?? 'github.com';
    const owner = options.owner ?? options.repository?.split('/')[0];
    if (owner === undefined)
        throw new Error('a GitHub attestation policy needs an owner or a repository');
    const base = `https://${host}`;
    const under = (path) => new RegExp(`^${escapeRegExp(`${base}/${path}/`)}`, 'i');
    const identityRegexp = options.signerRepository !== undefined
        ? under(options.signerRepository)
        : options.signerWorkflow !== undefined
            ? new RegExp(`^${escapeRegExp(`${base}/${options.signerWorkflow}`)}`)
            : under(options.repository ?? owner);
    const predicateType = options.predicateType ?? SLSA_PROVENANCE_V1;
    const policy = {
        identityRegexp,
        issuer: options.issuer ?? GITHUB_ACTIONS_ISSUER,
        extensions: {
            sourceRepositoryOwnerURI: `${base}/${owner}`,
            ...(options.repository !== undefined && { sourceRepositoryURI: `${base}/${options.repository}` }),
            ...(options.sourceRef !== undefined && { sourceRepositoryRef: options.sourceRef })
        }
    };
    const what = options.repository ?? owner;
    const signer = options.signerWorkflow ?? options.signerRepository;
    const description = [
        `GitHub attestation (${predicateType}) of ${what}`,
        signer !== undefined ? `signed by ${signer}` : undefined,
        options.sourceRef !== undefined ? `on ${options.sourceRef}` : undefined
    ]
        .filter(part => part !== undefined)
        .join(' ');
    return { policy, predicateType, description };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/trust/sigstore/keyless-signers.ts
/**
 * The keyless signers: a Sigstore identity (cosign's `--certificate-identity[-regexp]` and
 * `--certificate-oidc-issuer` against a trusted root), and a GitHub repository's artifact attestations.
 * Both read Sigstore bundles keyed by a Fulcio certificate, verified offline (verify-bundle.ts), whose
 * in-toto statement names the image digest; the Sigstore signer also reads cosign's legacy keyless
 * signatures (`.sig` tag). Each signature is checked in full before its identity is judged, so a
 * rejection names the first check that failed: a forged signature is never reported as "wrong identity".
 * The Sigstore libraries (bundle.ts, verify-bundle.ts and what they use) are imported when a signature is
 * checked, not when a signer is built from the inputs: a verify that trusts only Notary never loads them.
 */








class KeylessSigner {
    instances;
    policy;
    constructor(instances, policy) {
        this.instances = instances;
        this.policy = policy;
    }
    /** The policy as described (identity, issuer, repository…) and each trusted root's digest. */
    fingerprint() {
        return JSON.stringify([this.kind, this.describe(), this.instances.map(instance => instance.digest)]);
    }
    async verify(subject, candidates) {
        const signatures = [];
        const rejected = [];
        for (const artifact of candidates.artifacts) {
            for (const part of this.parts(artifact, subject, candidates)) {
                try {
                    const { verified, details } = await part.check();
                    const wrong = identityMismatch(verified.identity, this.policy);
                    if (wrong !== undefined)
                        throw new errors/* VerificationError */.mk(wrong);
                    signatures.push(matched(part.name, verified, details));
                }
                catch (error) {
                    rejected.push({
                        artifact: part.name,
                        reason: (0,errors/* errorMessage */.gJ)(error),
                        couldNotComplete: (0,errors/* couldNotComplete */.aC)(error)
                    });
                }
            }
        }
        if (signatures.length > 0)
            return { matched: true, kind: this.kind, signer: this.describe(), signatures, rejected };
        return (0,accepted_signer/* mismatch */.J4)(this.kind, this.describe(), rejected, this.noneFound(subject));
    }
    /**
     * Each Sigstore bundle layer of `artifact`: parsed, keyless, DSSE, verified, its statement signing
     * `subject` with `predicateType`.
     */
    bundleParts(artifact, subject, candidates, predicateType) {
        const layers = bundleLayers(artifact.manifest);
        return layers.map(layer => ({
            name: partName(artifact, layer, layers.length),
            check: async () => {
                const [{ dsseOf, parseBundle }, { verifyKeylessBundle }] = await Promise.all([
                    __webpack_require__.e(/* import() */ 605).then(__webpack_require__.bind(__webpack_require__, 22605)),
                    Promise.all(/* import() */[__webpack_require__.e(187), __webpack_require__.e(605), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 55552))
                ]);
                const bundle = parseBundle(await candidates.blob(layer, MAX_BUNDLE_BYTES));
                if (bundle.verificationMaterial.content.$case === 'publicKey')
                    throw new errors/* VerificationError */.mk('the bundle is signed with a key, not keyless');
                const envelope = dsseOf(bundle);
                if (envelope === undefined)
                    throw new errors/* VerificationError */.mk('the bundle holds a message signature (of a file), not a DSSE envelope');
                const verified = await verifyKeylessBundle(bundle, this.instances);
                const statement = parseStatement(envelope.payloadType, envelope.payload);
                checkStatement(statement, subject.digest, predicateType);
                return { verified, details: { format: 'sigstore bundle', predicateType: statement.predicateType } };
            }
        }));
    }
}
class SigstoreSigner extends KeylessSigner {
    kind = 'sigstore';
    describe() {
        return `sigstore ${describePolicy(this.policy)}`;
    }
    noneFound(subject) {
        return `no keyless cosign signature of ${subject.digest} was found`;
    }
    parts(artifact, subject, candidates) {
        if (artifact.format === 'sigstore-bundle')
            return this.bundleParts(artifact, subject, candidates, COSIGN_SIGN_PREDICATE);
        if (artifact.format !== 'cosign-simple-signing')
            return [];
        // Key-signed legacy layers (no certificate) are the cosign key signer's, not examined here.
        const layers = simpleSigningLayers(artifact.manifest).filter(layer => layer.certificate !== undefined);
        return layers.map(layer => ({
            name: partName(artifact, layer.layer, layers.length),
            check: async () => {
                const [{ legacyKeylessBundle }, { verifyKeylessBundle }] = await Promise.all([
                    Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(933)]).then(__webpack_require__.bind(__webpack_require__, 14933)),
                    Promise.all(/* import() */[__webpack_require__.e(187), __webpack_require__.e(605), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 55552))
                ]);
                const payload = await candidates.blob(layer.layer, MAX_PAYLOAD_BYTES);
                const verified = await verifyKeylessBundle(legacyKeylessBundle(layer, payload), this.instances, payload);
                checkSimpleSigningPayload(payload, subject.digest);
                return { verified, details: { format: 'cosign legacy signature' } };
            }
        }));
    }
}
class GitHubAttestationSigner extends KeylessSigner {
    kind = 'github-attestation';
    predicateType;
    description;
    constructor(instances, options) {
        const built = githubAttestationPolicy(options);
        super(instances, built.policy);
        this.predicateType = built.predicateType;
        this.description = built.description;
    }
    describe() {
        return this.description;
    }
    noneFound(subject) {
        return `no GitHub attestation of ${subject.digest} was found`;
    }
    parts(artifact, subject, candidates) {
        if (artifact.format !== 'sigstore-bundle')
            return [];
        return this.bundleParts(artifact, subject, candidates, this.predicateType);
    }
}
function partName(artifact, layer, layers) {
    return layers > 1 ? `${artifact.descriptor.digest} (layer ${layer.digest})` : artifact.descriptor.digest;
}
function matched(name, verified, details) {
    const identity = verified.identity;
    const extensions = identity.extensions;
    return {
        artifact: name,
        signer: (0,fulcio_certificate/* describeIdentity */.Cl)(identity),
        identity: `fulcio:${identity.issuer ?? ''} ${identity.subjectAlternativeNames[0] ?? ''}`,
        time: verified.time.toISOString(),
        timeProven: true,
        evidence: verified.evidence,
        details: {
            ...details,
            instance: verified.instance,
            ...(extensions.sourceRepositoryURI !== undefined && { repository: extensions.sourceRepositoryURI }),
            ...(extensions.sourceRepositoryRef !== undefined && { ref: extensions.sourceRepositoryRef }),
            ...(extensions.buildSignerURI !== undefined && { workflow: extensions.buildSignerURI })
        }
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./src/trust/sigstore/trusted-root.ts
/**
 * Sigstore trusted roots (`trusted_root.json`): the Fulcio CAs, transparency logs, CT logs and timestamp
 * authorities of one Sigstore instance, as the Sigstore TUF repository publishes them or
 * `gh attestation trusted-root` prints them (one root per line, public good then GitHub's).
 *
 * What a keyless signature must show follows the instance, read from what its root lists (as
 * `gh attestation verify` configures sigstore-go per instance): a root with transparency logs (public
 * good) requires a log entry, one with CT logs requires an SCT in the certificate, and every keyless
 * signature needs at least one verified time (a log's signed entry timestamp or an RFC 3161 timestamp),
 * since a Fulcio certificate is valid for minutes only. GitHub's private instance lists neither kind of
 * log, so a signed timestamp is what it requires.
 */



/** The log keys @sigstore/verify reads as PKCS #1 (RSA); every other key is SPKI. */
const PKCS1_KEY_DETAILS = [
    protobuf_specs_dist.PublicKeyDetails.PKCS1_RSA_PKCS1V5,
    protobuf_specs_dist.PublicKeyDetails.PKIX_RSA_PKCS1V5,
    protobuf_specs_dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256,
    protobuf_specs_dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256,
    protobuf_specs_dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
];
const MEDIA_TYPES = [
    'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    'application/vnd.dev.sigstore.trustedroot.v0.1+json',
    'application/vnd.dev.sigstore.trustedroot.v0.2+json'
];
/** One trusted root (JSON) or several (JSON lines, as `gh attestation trusted-root` prints them). */
function parseTrustedRoots(text, input) {
    const documents = jsonDocuments(text, input);
    if (documents.length === 0)
        throw new errors/* InputError */.dz(input, `${input} holds no trusted root`);
    return documents.map((document, index) => trustedRoot(document, documents.length > 1 ? `${input} (root #${index + 1})` : input, input));
}
function jsonDocuments(text, input) {
    try {
        return [JSON.parse(text)];
    }
    catch {
        // JSON lines: one root per non-empty line.
    }
    const lines = text.split(/\r?\n/).filter(line => line.trim() !== '');
    return lines.map((line, index) => {
        try {
            return JSON.parse(line);
        }
        catch (error) {
            const where = lines.length > 1 ? ` (line ${index + 1})` : '';
            throw new errors/* InputError */.dz(input, `${input} is not a Sigstore trusted_root.json${where}: ${(0,errors/* errorMessage */.gJ)(error)}. Expected the JSON of 'gh attestation trusted-root' or the Sigstore TUF repository's trusted_root.json.`);
        }
    });
}
function trustedRoot(document, what, input) {
    const fail = (detail) => {
        throw new errors/* InputError */.dz(input, `${what} is not a usable Sigstore trusted root: ${detail}`);
    };
    const mediaType = document?.mediaType;
    if (typeof mediaType !== 'string' || !MEDIA_TYPES.includes(mediaType)) {
        fail(`its mediaType is ${typeof mediaType === 'string' ? `'${mediaType.slice(0, 100)}'` : 'missing'} (expected ${MEDIA_TYPES[0]} or a v0.2 trusted root)`);
    }
    let root;
    try {
        root = protobuf_specs_dist.TrustedRoot.fromJSON(document);
    }
    catch (error) {
        return fail((0,errors/* errorMessage */.gJ)(error));
    }
    if (root.certificateAuthorities.length === 0)
        fail('it lists no certificate authority (Fulcio)');
    // Every key and certificate is read now, as @sigstore/verify's toTrustMaterial will read it when a
    // signature is checked (keys with node:crypto as it does, certificates with node:crypto's X.509 parser):
    // a root that cannot be used is refused here, naming the input. A time range without its start would be
    // read as "since the beginning of time": refuse it instead.
    for (const [kind, logs] of [
        ['transparency log', root.tlogs],
        ['CT log', root.ctlogs]
    ]) {
        logs.forEach((log, index) => {
            const key = log.publicKey;
            if (key?.rawBytes === undefined || key.rawBytes.length === 0)
                return fail(`${kind} #${index + 1} has no public key`);
            if (key.validFor?.start === undefined)
                fail(`${kind} #${index + 1}'s key has no start of validity`);
            if (logIdOf(log) === undefined)
                fail(`${kind} #${index + 1} has no log id`);
            const type = PKCS1_KEY_DETAILS.includes(key.keyDetails) ? 'pkcs1' : 'spki';
            try {
                (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(key.rawBytes), format: 'der', type });
            }
            catch (error) {
                fail(`${kind} #${index + 1}'s key cannot be read (${(0,errors/* errorMessage */.gJ)(error)})`);
            }
        });
    }
    for (const [kind, authorities] of [
        ['certificate authority', root.certificateAuthorities],
        ['timestamp authority', root.timestampAuthorities]
    ]) {
        authorities.forEach((authority, index) => {
            const certificates = authority.certChain?.certificates ?? [];
            if (certificates.length === 0)
                fail(`${kind} #${index + 1} has no certificates`);
            if (authority.validFor?.start === undefined)
                fail(`${kind} #${index + 1} has no start of validity`);
            certificates.forEach((certificate, position) => {
                try {
                    new external_node_crypto_.X509Certificate(Buffer.from(certificate.rawBytes));
                }
                catch (error) {
                    fail(`${kind} #${index + 1}'s certificate #${position + 1} cannot be read (${(0,errors/* errorMessage */.gJ)(error)})`);
                }
            });
        });
    }
    let trust;
    return {
        name: instanceName(root),
        digest: (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(document)).digest('hex'),
        trust: () => (trust ??= trustOf(root, what)),
        requiresTlog: root.tlogs.length > 0,
        requiresSct: root.ctlogs.length > 0,
        logNames: new Map(root.tlogs.map((log, index) => [
            Buffer.from(logIdOf(log)).toString('base64'),
            log.baseUrl || `transparency log #${index + 1}`
        ])),
        ctLogNames: new Map(root.ctlogs.map((log, index) => [
            Buffer.from(logIdOf(log)).toString('base64'),
            log.baseUrl || `CT log #${index + 1}`
        ]))
    };
}
/** A log's id as @sigstore/verify takes it: the checkpoint key's id when given, else the log id. */
function logIdOf(log) {
    return log.checkpointKeyId ? log.checkpointKeyId.keyId : log.logId?.keyId;
}
async function trustOf(root, what) {
    const { toTrustMaterial } = await __webpack_require__.e(/* import() */ 187).then(__webpack_require__.bind(__webpack_require__, 54187));
    let material;
    try {
        material = toTrustMaterial(root);
    }
    catch (error) {
        // Input-time checks read every key and certificate; should @sigstore/verify still refuse one, no
        // signature is accepted under this root.
        throw new errors/* VerificationError */.mk(`${what} is not a usable Sigstore trusted root: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return {
        material,
        timestampAuthorityNames: new Map(root.timestampAuthorities.map((authority, index) => [
            material.timestampAuthorities[index].certChain[0].serialNumber.toString('hex'),
            authority.uri || authority.subject?.commonName || `timestamp authority #${index + 1}`
        ]))
    };
}
/** The first CA's host: its URI is a URL in the public-good root, a bare host in GitHub's. */
function instanceName(root) {
    const authority = root.certificateAuthorities[0];
    const uri = authority.uri.includes('://') ? authority.uri : `https://${authority.uri}`;
    try {
        return new URL(uri).host;
    }
    catch {
        return authority.subject?.organization || 'a Sigstore instance';
    }
}

;// CONCATENATED MODULE: ./src/trust/pinned-signer.ts

class PinnedSigner {
    digests;
    kind = 'pinned';
    constructor(digests) {
        this.digests = digests;
    }
    describe() {
        return `pinned ${this.digests.length === 1 ? this.digests[0] : `digests (${this.digests.length})`}`;
    }
    fingerprint() {
        return `pinned ${[...this.digests].sort().join(',')}`;
    }
    verify(subject) {
        if (!this.digests.includes(subject.digest)) {
            return Promise.resolve((0,accepted_signer/* mismatch */.J4)(this.kind, this.describe(), [], `${subject.digest} is not a pinned digest`));
        }
        return Promise.resolve({
            matched: true,
            kind: this.kind,
            signer: this.describe(),
            signatures: [
                {
                    artifact: subject.digest,
                    signer: `pinned ${subject.digest}`,
                    identity: `pinned:${subject.digest}`,
                    evidence: []
                }
            ],
            rejected: []
        });
    }
}

;// CONCATENATED MODULE: ./src/inputs/signer-inputs.ts
/**
 * The accepted-signer inputs of verify: `cosign-key`, `sigstore-trusted-root`, `certificate-identity`,
 * `certificate-identity-regexp`, `certificate-oidc-issuer`, the `signers` list (YAML) and `require`. They
 * add up to one list: `trust-roots` with `trusted-identities` is one notation signer, each key of
 * `cosign-key` one cosign signer, the `certificate-*` inputs one Sigstore signer, and each `signers` item
 * one more. Everything is read and checked here, once: keys parsed, trusted roots parsed, regexps compiled;
 * bad input is an InputError naming the input (and the item) and the fix.
 */













const SIGNER_KINDS = ['notation', 'cosign', 'sigstore', 'github-attestation', 'pinned'];
const ITEM_FIELDS = {
    notation: ['trust-roots', 'identities'],
    cosign: ['key'],
    sigstore: ['trusted-root', 'identity', 'identity-regexp', 'issuer'],
    'github-attestation': [
        'trusted-root',
        'repository',
        'owner',
        'predicate-type',
        'signer-workflow',
        'signer-repository',
        'ref',
        'issuer',
        'host'
    ],
    pinned: []
};
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const OWNER = /^[A-Za-z0-9-]+$/;
/** The accepted signers of the verify inputs, and how many of them must match. */
function readSignerInputs(source, options = {}) {
    const signers = [];
    const trustRoots = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.TrustRoots);
    if (trustRoots !== undefined) {
        signers.push({
            kind: 'notation',
            origin: contract/* Inputs */.G0.TrustRoots,
            trustRoots: (0,content_or_path/* readPemInput */.$e)(trustRoots, contract/* Inputs */.G0.TrustRoots),
            identities: (0,input_values/* lines */.Mn)(source, contract/* Inputs */.G0.TrustedIdentities, contract/* INPUT_DEFAULTS */.WJ[contract/* Inputs */.G0.TrustedIdentities])
        });
    }
    const cosignKey = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.CosignKey);
    if (cosignKey !== undefined) {
        const keys = parseCosignPublicKeys((0,content_or_path/* readPemInput */.$e)(cosignKey, contract/* Inputs */.G0.CosignKey), contract/* Inputs */.G0.CosignKey);
        keys.forEach((key, index) => signers.push({
            kind: 'cosign',
            origin: keys.length > 1 ? `${contract/* Inputs */.G0.CosignKey} (key #${index + 1})` : contract/* Inputs */.G0.CosignKey,
            key
        }));
    }
    const rootText = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.SigstoreTrustedRoot);
    const trustedRoot = rootText === undefined
        ? undefined
        : parseTrustedRoots(readJsonInput(rootText, contract/* Inputs */.G0.SigstoreTrustedRoot, options), contract/* Inputs */.G0.SigstoreTrustedRoot);
    const keyless = readKeylessInputs(source, trustedRoot);
    if (keyless !== undefined)
        signers.push(keyless);
    const list = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.Signers);
    if (list !== undefined)
        signers.push(...parseSignerList(list, { ...options, defaultTrustedRoot: trustedRoot }));
    if (trustedRoot !== undefined &&
        !signers.some(signer => 'instances' in signer && signer.instances === trustedRoot)) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigstoreTrustedRoot, "Input 'sigstore-trusted-root' is set but nothing uses it: add 'certificate-identity' (or 'certificate-identity-regexp') and 'certificate-oidc-issuer', or a 'sigstore' or 'github-attestation' item in 'signers'.");
    }
    // notation's trustpolicy.json is one more signer (its statements pick roots per repository).
    const policySigner = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.TrustPolicy) === undefined ? 0 : 1;
    return { signers, require: readRequire(source, signers.length + policySigner) };
}
/** The `certificate-*` inputs as one Sigstore signer, or undefined when none is set. */
function readKeylessInputs(source, trustedRoot) {
    const identity = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.CertificateIdentity);
    const identityRegexp = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.CertificateIdentityRegexp);
    const issuer = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.CertificateOidcIssuer);
    if (identity === undefined && identityRegexp === undefined && issuer === undefined)
        return undefined;
    const given = identity !== undefined
        ? contract/* Inputs */.G0.CertificateIdentity
        : identityRegexp !== undefined
            ? contract/* Inputs */.G0.CertificateIdentityRegexp
            : contract/* Inputs */.G0.CertificateOidcIssuer;
    if (trustedRoot === undefined) {
        throw new errors/* InputError */.dz(given, `Input '${given}' needs 'sigstore-trusted-root': give the Sigstore trusted_root.json (content or path) that keyless signatures are verified against, e.g. the output of 'gh attestation trusted-root'.`);
    }
    return {
        kind: 'sigstore',
        origin: 'certificate-identity inputs',
        instances: trustedRoot,
        policy: identityPolicy({ identity, identityRegexp, issuer }, SIMPLE_INPUT_FIELDS)
    };
}
const SIMPLE_INPUT_FIELDS = {
    input: field => field === 'identity'
        ? contract/* Inputs */.G0.CertificateIdentity
        : field === 'identity-regexp'
            ? contract/* Inputs */.G0.CertificateIdentityRegexp
            : contract/* Inputs */.G0.CertificateOidcIssuer,
    label: field => `Input '${SIMPLE_INPUT_FIELDS.input(field)}'`
};
/** cosign's rules: one of identity or identity-regexp, and the issuer. */
function identityPolicy(values, names) {
    const fail = (field, message) => {
        throw new errors/* InputError */.dz(names.input(field), `${names.label(field)} ${message}`);
    };
    if (values.identity !== undefined && values.identityRegexp !== undefined) {
        fail('identity', `and ${names.label('identity-regexp')} exclude each other: give the exact identity or a regexp, not both.`);
    }
    if (values.identity === undefined && values.identityRegexp === undefined) {
        fail('identity', 'is missing: keyless signatures need the expected signer, the exact identity (e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main) or a regexp of it.');
    }
    if (values.issuer === undefined) {
        fail('issuer', 'is missing: keyless signatures need the OIDC issuer that vouched for the signer, e.g. https://token.actions.githubusercontent.com.');
    }
    let identityRegexp;
    if (values.identityRegexp !== undefined) {
        try {
            identityRegexp = goRegexp(values.identityRegexp);
        }
        catch (error) {
            fail('identity-regexp', `is not a valid regular expression: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return { identity: values.identity, identityRegexp, issuer: values.issuer };
}
/** `any` (default), `all`, or how many distinct signers, at most as many as are configured. */
function readRequire(source, signers) {
    const value = source.get(contract/* Inputs */.G0.Require) || contract/* INPUT_DEFAULTS */.WJ[contract/* Inputs */.G0.Require];
    if (value === 'any')
        return { kind: 'any' };
    if (value === 'all')
        return { kind: 'all' };
    if (!/^[1-9][0-9]{0,3}$/.test(value)) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Require, `Invalid input 'require': '${value}'. Expected 'any', 'all', or how many distinct signers must match (a whole number).`);
    }
    const count = Number(value);
    if (count > signers) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Require, `Input 'require' asks for ${count} distinct signers but ${signers} ${signers === 1 ? 'is' : 'are'} configured: lower it or add signers.`);
    }
    return { kind: 'count', count };
}
/**
 * The `signers` list (YAML text), each item `{ <kind>: { field: value… } }` (`pinned` takes a list of
 * digests). Also for the rules file's `verify: { signers: … }`, with its own base directory.
 */
function parseSignerList(text, options = {}) {
    let list;
    try {
        list = (0,dist.parse)(text, { uniqueKeys: true });
    }
    catch (error) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Signers, `Input 'signers' is not valid YAML: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`);
    }
    if (!Array.isArray(list)) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Signers, "Input 'signers' must be a YAML list, an item per signer, e.g. '- cosign: { key: keys/cosign.pub }'.");
    }
    return list.flatMap((item, index) => signerItem(item, index + 1, options));
}
function signerItem(item, number, options) {
    const fail = (message) => {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Signers, `Input 'signers', item #${number}: ${message}`);
    };
    if (typeof item !== 'object' || item === null || Array.isArray(item) || Object.keys(item).length !== 1) {
        fail(`expected one signer, '<kind>: { … }' with kind one of ${SIGNER_KINDS.join(', ')}`);
    }
    const [kind, body] = Object.entries(item)[0];
    if (!SIGNER_KINDS.includes(kind)) {
        fail(`unknown signer kind '${kind.slice(0, 60)}'; expected one of ${SIGNER_KINDS.join(', ')}`);
    }
    const origin = `signers item #${number} (${kind})`;
    if (kind === 'pinned') {
        const digests = Array.isArray(body) ? body : [body];
        if (digests.length === 0 || !digests.every(digest => typeof digest === 'string' && DIGEST.test(digest))) {
            fail('\'pinned\' takes a list of manifest digests, e.g. [ "sha256:<64 hex>" ]');
        }
        return [{ kind: 'pinned', origin, digests: digests }];
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        fail(`'${kind}' takes a map of fields: ${ITEM_FIELDS[kind].join(', ')}`);
    const fields = body;
    for (const field of Object.keys(fields)) {
        if (!ITEM_FIELDS[kind].includes(field))
            fail(`unknown field '${field.slice(0, 60)}' for ${kind}; expected ${ITEM_FIELDS[kind].join(', ')}`);
    }
    const text = (field) => {
        const value = fields[field];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'string' || value.trim() === '')
            fail(`'${field}' must be a non-empty string`);
        return value.trim();
    };
    const path = (value) => (0,external_node_path_.isAbsolute)(value) || value.includes('-----BEGIN') ? value : (0,external_node_path_.resolve)(options.baseDir ?? '.', value);
    const trustedRoot = () => {
        const value = text('trusted-root');
        if (value !== undefined)
            return parseTrustedRoots(readJsonInput(value, contract/* Inputs */.G0.Signers, options, number), contract/* Inputs */.G0.Signers);
        if (options.defaultTrustedRoot !== undefined)
            return options.defaultTrustedRoot;
        return fail("'trusted-root' is missing (and 'sigstore-trusted-root' is not set): name the Sigstore trusted_root.json");
    };
    switch (kind) {
        case 'notation': {
            const roots = text('trust-roots') ?? fail("'trust-roots' is missing: the PEM root certificates (content or path)");
            const identities = fields.identities ?? ['*'];
            if (!Array.isArray(identities) || !identities.every(line => typeof line === 'string'))
                fail('\'identities\' must be a list, e.g. ["x509.subject: C=US, O=Acme, CN=release"] or ["*"]');
            return [
                {
                    kind: 'notation',
                    origin,
                    trustRoots: (0,content_or_path/* readPemInput */.$e)(path(roots), contract/* Inputs */.G0.Signers),
                    identities: identities
                }
            ];
        }
        case 'cosign': {
            const key = text('key') ?? fail("'key' is missing: the cosign public key (PEM content or path)");
            const keys = parseCosignPublicKeys((0,content_or_path/* readPemInput */.$e)(path(key), contract/* Inputs */.G0.Signers), contract/* Inputs */.G0.Signers);
            return keys.map(parsed => ({ kind: 'cosign', origin, key: parsed }));
        }
        case 'sigstore':
            return [
                {
                    kind: 'sigstore',
                    origin,
                    instances: trustedRoot(),
                    policy: identityPolicy({ identity: text('identity'), identityRegexp: text('identity-regexp'), issuer: text('issuer') }, { input: () => contract/* Inputs */.G0.Signers, label: field => `Input 'signers', item #${number}: '${field}'` })
                }
            ];
        default:
            return [
                { kind: 'github-attestation', origin, instances: trustedRoot(), options: githubOptions(text, fail) }
            ];
    }
}
function githubOptions(text, fail) {
    const repository = text('repository');
    const owner = text('owner');
    if (repository === undefined && owner === undefined)
        fail("'repository' (owner/repo) or 'owner' is missing: which repository's workflows made the attestation");
    if (repository !== undefined && !REPOSITORY.test(repository))
        fail(`'repository' must be owner/repo, got '${repository.slice(0, 100)}'`);
    if (owner !== undefined && !OWNER.test(owner))
        fail(`'owner' must be a GitHub organization or user, got '${owner.slice(0, 100)}'`);
    if (repository !== undefined &&
        owner !== undefined &&
        repository.split('/')[0].toLowerCase() !== owner.toLowerCase())
        fail(`'owner' ${owner} is not the owner of 'repository' ${repository}`);
    const signerWorkflow = text('signer-workflow');
    if (signerWorkflow !== undefined &&
        !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+\/\.github\/workflows\/[^\s]+$/.test(signerWorkflow))
        fail(`'signer-workflow' must be owner/repo/.github/workflows/<file>, got '${signerWorkflow.slice(0, 100)}'`);
    const signerRepository = text('signer-repository');
    if (signerRepository !== undefined && !REPOSITORY.test(signerRepository))
        fail(`'signer-repository' must be owner/repo, got '${signerRepository.slice(0, 100)}'`);
    const ref = text('ref');
    if (ref !== undefined && !ref.startsWith('refs/'))
        fail(`'ref' must be a full ref, e.g. refs/heads/main or refs/tags/v1.2.3`);
    return {
        repository,
        owner,
        predicateType: text('predicate-type'),
        signerWorkflow,
        signerRepository,
        sourceRef: ref,
        issuer: text('issuer'),
        host: text('host')
    };
}
/** A trusted root given as JSON content (it starts with `{`) or a path to it. */
function readJsonInput(value, input, options, item) {
    const trimmed = value.trim();
    if (trimmed.startsWith('{'))
        return trimmed;
    const file = (0,external_node_path_.isAbsolute)(trimmed) ? trimmed : (0,external_node_path_.resolve)(options.baseDir ?? '.', trimmed);
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        const where = item === undefined ? `Input '${input}'` : `Input '${input}', item #${item}`;
        const shown = trimmed.length <= 256 && !/\s/.test(trimmed) ? `: ${trimmed}` : ' (value not shown)';
        throw new errors/* InputError */.dz(input, `${where} is neither a trusted_root.json's content nor a readable file${shown}`);
    }
}
/** The signers of kinds trust/ implements (the notation signer is built from the trust policy). */
function acceptedSigner(spec) {
    switch (spec.kind) {
        case 'cosign':
            return new CosignKeySigner(spec.key);
        case 'sigstore':
            return new SigstoreSigner(spec.instances, spec.policy);
        case 'github-attestation':
            return new GitHubAttestationSigner(spec.instances, spec.options);
        case 'pinned':
            return new PinnedSigner(spec.digests);
    }
}


/***/ }),

/***/ 20523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ refuseWithTrustPolicy),
/* harmony export */   h6: () => (/* binding */ readSignTimestampInputs),
/* harmony export */   nb: () => (/* binding */ readVerifyTimestampInputs)
/* harmony export */ });
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _content_or_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55894);
/* harmony import */ var _trust_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86089);
/**
 * The timestamp and revocation inputs: `timestamp-url` and `timestamp-roots` for sign, and
 * `timestamp-roots` and `revocation` next to the simple trust inputs for verify.
 */




const REVOCATION_ACTIONS = ['enforce', 'log', 'skip'];
/** sign: the TSA to ask and the roots its answers must chain to (both or neither). */
function readSignTimestampInputs(source) {
    const url = source.get(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampUrl);
    const roots = source.get(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampRoots);
    if (url === '' && roots === '')
        return {};
    if (url === '') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampUrl, "Input 'timestamp-roots' is set but 'timestamp-url' is not: name the RFC 3161 timestamp authority to ask, e.g. https://timestamp.digicert.com.");
    }
    checkTimestampUrl(url);
    if (roots === '') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampRoots, "Missing input 'timestamp-roots': give the PEM root CA certificates of the timestamp authority (content or path); its answers are checked against them before anything is pushed.");
    }
    return { timestampUrl: url, timestampRoots: readTsaRoots(roots) };
}
/** verify with the simple trust inputs: optional TSA roots and the revocation action. */
function readVerifyTimestampInputs(source) {
    const roots = source.get(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampRoots);
    return {
        timestampRoots: roots === '' ? undefined : readTsaRoots(roots),
        revocation: readRevocation(source)
    };
}
/** With trust-policy, timestamps and revocation are the policy's (tsa stores, the revocation override). */
function refuseWithTrustPolicy(source) {
    if (source.get(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampRoots) !== '') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampRoots, "Input 'timestamp-roots' goes with 'trust-roots'; with 'trust-policy', list a 'tsa:NAME' trust store in the statement instead.");
    }
    if (source.get(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Revocation) !== '') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Revocation, "Input 'revocation' goes with 'trust-roots'; with 'trust-policy', set signatureVerification.override.revocation in the statement instead.");
    }
}
function readRevocation(source) {
    const value = source.get(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Revocation) || _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_DEFAULTS */ .WJ[_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Revocation];
    if (!REVOCATION_ACTIONS.includes(value)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Revocation, `Invalid input 'revocation': '${value}'. Expected one of: ${REVOCATION_ACTIONS.join(', ')}.`);
    }
    return value;
}
function checkTimestampUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = undefined;
    }
    if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampUrl, `Invalid input 'timestamp-url': '${text}'. Expected an http or https URL of an RFC 3161 timestamp authority, e.g. https://timestamp.digicert.com.`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampUrl, "Invalid input 'timestamp-url': it carries a user name or password; Signet sends no credentials to a timestamp authority.");
    }
}
/** PEM content of CA certificates, checked now so that a wrong file fails before any network call. */
function readTsaRoots(value) {
    const pem = (0,_content_or_path_js__WEBPACK_IMPORTED_MODULE_2__/* .readPemInput */ .$e)(value, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampRoots);
    (0,_trust_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .tsaRootsInput */ .aS)((0,_trust_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .certificatesInput */ .VL)(pem, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampRoots), _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TimestampRoots);
    return pem;
}


/***/ }),

/***/ 86089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ signingChainInput),
/* harmony export */   EA: () => (/* binding */ pkcs11UriInput),
/* harmony export */   Hr: () => (/* binding */ trustPolicyInput),
/* harmony export */   KB: () => (/* binding */ trustedIdentitiesInput),
/* harmony export */   VL: () => (/* binding */ certificatesInput),
/* harmony export */   aS: () => (/* binding */ tsaRootsInput),
/* harmony export */   m3: () => (/* binding */ signingIdentityInput)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _trust_certificates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75624);
/* harmony import */ var _trust_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96135);
/* harmony import */ var _trust_pkcs11_uri_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9902);
/* harmony import */ var _trust_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99742);
/* harmony import */ var _trust_signing_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95684);
/* harmony import */ var _trust_trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67952);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99451);
/* harmony import */ var _content_or_path_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(55894);









const SIGNING_INPUTS = {
    key: _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.SigningKey,
    passphrase: _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.SigningKeyPassphrase,
    chain: _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.SigningCertChain
};
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
/** A TrustInputError as the InputError of the input `names` gives its part; any other error as it is. */
function inputErrorOf(error, names) {
    if (!(error instanceof _trust_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustInputError */ .f) || !Object.hasOwn(names, error.part))
        return error;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(names[error.part], error.messageFor(names));
}
/** Runs a trust/ loader, naming the inputs of its bad-input errors. */
function named(names, load) {
    try {
        return load();
    }
    catch (error) {
        throw inputErrorOf(error, names);
    }
}
/** The certificates of a PEM input (its content), e.g. trust-roots or timestamp-roots. */
function certificatesInput(pem, input) {
    try {
        return (0,_trust_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCertificates */ .vp)(pem);
    }
    catch (error) {
        const privateKeyOnly = error instanceof _trust_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .CertificateError */ .EE && error.problem === 'none' && PRIVATE_KEY.test(pem);
        if (privateKeyOnly && input !== _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.SigningCertChain) {
            // A verifier needs the root's certificate only; a private key here is a secret in the wrong place.
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${input} holds a private key, not a certificate: a verifier never needs a private key. Pass the root CA's certificate ('-----BEGIN CERTIFICATE-----'), and keep the key secret.`);
        }
        throw inputErrorOf(error, { certificates: input });
    }
}
/** TSA roots from `input`, each a CA certificate. */
function tsaRootsInput(roots, input) {
    return named({ certificates: input }, () => (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTsaRoots */ .mt)(roots));
}
/** The signing-key (PEM content), its passphrase and signing-cert-chain (PEM content) as a signing identity. */
function signingIdentityInput(options) {
    return named(SIGNING_INPUTS, () => (0,_trust_signing_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSigningIdentity */ .As)(options));
}
/** signing-cert-chain (PEM content) for a key Signet does not hold. */
function signingChainInput(options) {
    return named(SIGNING_INPUTS, () => (0,_trust_signing_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSigningChain */ .bV)(options));
}
/** Trusted identity lines of `input` (trusted-identities, or a rule's identities). */
function trustedIdentitiesInput(lines, input = _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.TrustedIdentities) {
    return named({ identities: input }, () => (0,_trust_trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTrustedIdentities */ .$F)(lines));
}
/** trust-policy (content or path) with the trust-store directory. */
function trustPolicyInput(policy, trustStore) {
    const { text } = (0,_content_or_path_js__WEBPACK_IMPORTED_MODULE_8__/* .readContentOrPath */ .kv)(policy, 'json', _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.TrustPolicy);
    return named({ policy: _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.TrustPolicy, store: _contract_js__WEBPACK_IMPORTED_MODULE_7__/* .Inputs */ .G0.TrustStore }, () => (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrustPolicy */ .H8)(text, trustStore));
}
/** A PKCS#11 URI given as `input` (signing-key). */
function pkcs11UriInput(text, input) {
    return named({ uri: input }, () => (0,_trust_pkcs11_uri_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePkcs11Uri */ .TB)(text));
}


/***/ }),

/***/ 41788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readVerifyInputs: () => (/* binding */ readVerifyInputs),
/* harmony export */   readVerifyTrust: () => (/* binding */ readVerifyTrust)
/* harmony export */ });
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _build_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33819);
/* harmony import */ var _oci_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53280);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _oci_image_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55325);
/* harmony import */ var _content_or_path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55894);
/* harmony import */ var _signer_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48751);
/* harmony import */ var _timestamp_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20523);
/* harmony import */ var _input_values_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75848);
/**
 * The inputs of verify mode: the images (or the PR gate's dockerfiles and workloads), the Notary Project
 * trust (roots, notation's trust policy, or the rules file), the accepted signers, and how the run goes
 * (platform, scenario, concurrency, shard, store, cache).
 */









const HOST_PATTERN = /^(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/;
function readVerifyInputs(source) {
    const images = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .lines */ .Mn)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image).map(line => (0,_oci_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readReference */ .Wf)(line, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image));
    const dockerfiles = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .lines */ .Mn)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Dockerfiles);
    const workloads = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .lines */ .Mn)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Workloads);
    if (images.length === 0 && dockerfiles.length === 0 && workloads.length === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image, "Missing input 'image': give one or more references to verify, a line each (or 'dockerfiles' or 'workloads' for the PR gate).");
    }
    const platform = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Platform);
    const scenario = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Scenario);
    const store = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optionalPath */ .s2)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Store);
    const githubToken = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.GithubToken);
    const cache = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readBoolean */ .Vf)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Cache);
    const { trust, signers } = readVerifyTrust(source);
    if (cache && store === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Cache, "Input 'cache' is 'true' but 'store' is not set: name the store directory to cache.");
    }
    return {
        mode: 'verify',
        images,
        registry: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegistryInputs */ .rS)(source),
        scenarioAnnotation: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readAnnotationKey */ .ZB)(source),
        trust,
        signers,
        scenario: scenario === undefined
            ? undefined
            : (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .checkPattern */ .rg)(scenario, _oci_image_index_js__WEBPACK_IMPORTED_MODULE_4__/* .SCENARIO_PATTERN */ .sk, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Scenario, 'one scenario tag, e.g. kernel-4.19.90 (no commas or spaces)'),
        platform: platform === undefined ? undefined : (0,_oci_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readPlatform */ .Kd)(platform, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Platform),
        verifyLayers: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readBoolean */ .Vf)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.VerifyLayers),
        maxSignatures: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readPositiveInteger */ .yg)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.MaxSignatures),
        maxConcurrency: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readPositiveInteger */ .yg)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.MaxConcurrency),
        shard: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readShard */ .Xy)(source),
        dockerfiles,
        buildArgs: (0,_build_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBuildArgs */ .N)((0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .lines */ .Mn)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.BuildArgs), _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.BuildArgs),
        changedOnly: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readBoolean */ .Vf)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.ChangedOnly),
        githubToken: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .readToken */ .AI)(githubToken),
        allowedRegistries: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .lines */ .Mn)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.AllowedRegistries).map(host => (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .checkPattern */ .rg)(host, HOST_PATTERN, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.AllowedRegistries, 'a host or *.domain pattern, e.g. ghcr.io')),
        store,
        cache,
        outputArchive: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optionalPath */ .s2)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.OutputArchive),
        workloads
    };
}
/**
 * Who verify trusts, from the step's inputs or a rule's `verify:` fields: the Notary Project trust and
 * the other accepted signers (with those, Notary roots are not needed).
 */
function readVerifyTrust(source) {
    const signers = readAcceptedSigners(source);
    return { trust: readTrustInputs(source, { othersAccepted: signers.signers.length > 0 }), signers };
}
/**
 * The accepted signers of verify. With `rules`, none: each rule's `verify:` names its own signers, and
 * the step's signer inputs are refused (a second source of trust beside the rules would be ambiguous).
 */
function readAcceptedSigners(source) {
    if ((0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Rules) === undefined)
        return (0,_signer_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readSignerInputs */ .mH)(source);
    const given = _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNER_INPUTS */ .B8.find(name => (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, name) !== undefined);
    if (given !== undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(given, `Input 'rules' gives the trust of each image: put '${given}' in the rules' 'verify:' instead of the step's inputs.`);
    }
    return { signers: [], require: { kind: 'any' } };
}
/**
 * The Notary Project trust of verify: `trust-roots` (+ identities, timestamps, revocation), notation's
 * trust policy + store, or the rules file. With `othersAccepted` (cosign keys, Sigstore identities…),
 * none of them is needed.
 */
function readTrustInputs(source, options = {}) {
    const trustRoots = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustRoots);
    const trustPolicy = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustPolicy);
    const trustStore = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustStore);
    const rules = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Rules);
    if (rules !== undefined) {
        const identities = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .optional */ .lq)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustedIdentities);
        if (trustRoots !== undefined ||
            trustPolicy !== undefined ||
            trustStore !== undefined ||
            (identities ?? '*') !== '*') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Rules, "Input 'rules' gives the trust of each image: put 'trust-roots' and 'identities' in the rules' 'verify:' instead of 'trust-roots', 'trusted-identities', 'trust-policy' or 'trust-store'.");
        }
        return { kind: 'rules', rules };
    }
    if (trustPolicy !== undefined || trustStore !== undefined) {
        if (trustRoots !== undefined) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustPolicy, "Inputs 'trust-policy'/'trust-store' and 'trust-roots' exclude each other: use a notation trust policy or trust roots, not both.");
        }
        if (trustPolicy === undefined || trustStore === undefined) {
            const missing = trustPolicy === undefined ? _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustPolicy : _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustStore;
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(missing, `Missing input '${missing}': 'trust-policy' and 'trust-store' go together.`);
        }
        (0,_timestamp_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .refuseWithTrustPolicy */ .DQ)(source);
        return { kind: 'policy', trustPolicy, trustStore };
    }
    if (trustRoots === undefined && options.othersAccepted === true)
        return { kind: 'none' };
    if (trustRoots === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustRoots, "Missing input 'trust-roots': give the PEM root certificates to trust (content or path), or 'trust-policy' with 'trust-store', or other accepted signers ('cosign-key', 'certificate-identity' with 'sigstore-trusted-root', 'signers').");
    }
    const trustedIdentities = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_8__/* .lines */ .Mn)(source, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustedIdentities, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_DEFAULTS */ .WJ[_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustedIdentities]);
    // Only blank or comment lines, given on purpose: never read as "anyone" nor as a silent "nobody".
    if (trustedIdentities.length === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustedIdentities, "Invalid input 'trusted-identities': it lists no identity (only blank or comment lines). Give one identity a line, or '*' to accept any signer under 'trust-roots'.");
    }
    return {
        kind: 'roots',
        trustRoots: readRootsInput(trustRoots, _contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustRoots),
        trustedIdentities,
        ...(0,_timestamp_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readVerifyTimestampInputs */ .nb)(source)
    };
}
/** Root certificates (PEM content or a path): an empty file is refused here, naming the input. */
function readRootsInput(value, name) {
    const pem = (0,_content_or_path_js__WEBPACK_IMPORTED_MODULE_5__/* .readPemInput */ .$e)(value, name);
    if (pem.trim() === '') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `Invalid input '${name}': ${value.trim()} is empty; give the PEM root certificates to trust.`);
    }
    return pem;
}


/***/ }),

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

/***/ 81424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readBlobFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Blob files are read in 1 MiB chunks. With the 64 KiB default, a sign of 420 MB from OCI layouts spent
 * about 1 s of its main thread in 6 400 fs reads; 1 MiB cut that to 0.15 s and the sign from 2.5 to 2.2 s
 * (2-core machine, loopback registry). 256 KiB and 4 MiB measured the same as 1 MiB.
 */
const CHUNK_BYTES = 1024 * 1024;
/** A stream of the file, or of bytes `start` to `end` (inclusive) of it. */
function readBlobFile(path, range) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { ...range, highWaterMark: CHUNK_BYTES });
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

/***/ 39863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ parseIndex),
/* harmony export */   EP: () => (/* binding */ REF_NAME_ANNOTATION),
/* harmony export */   Gh: () => (/* binding */ writeIndexFile),
/* harmony export */   K$: () => (/* binding */ INDEX_FILE),
/* harmony export */   Vz: () => (/* binding */ createLayout),
/* harmony export */   f8: () => (/* binding */ writeWhole),
/* harmony export */   fB: () => (/* binding */ layoutMarker),
/* harmony export */   fV: () => (/* binding */ readIndexFile),
/* harmony export */   gI: () => (/* binding */ LAYOUT_FILE),
/* harmony export */   gW: () => (/* binding */ emptyIndex),
/* harmony export */   l5: () => (/* binding */ temporaryPath),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   w9: () => (/* binding */ LAYOUT_VERSION)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3048);
/**
 * The OCI image layout format (image-spec `image-layout.md`), in one place for the layouts Signet reads
 * (oci/layout.ts: directories, and docker archives holding one) and the one it writes (store/): the
 * `oci-layout` marker with its version, `index.json`, content-addressed blobs under `blobs/<alg>/<hex>`,
 * and the writing of a layout directory (files appear whole: written aside, then renamed into place).
 */





const LAYOUT_FILE = 'oci-layout';
const INDEX_FILE = 'index.json';
const LAYOUT_VERSION = '1.0.0';
/** The annotation OCI layouts (and skopeo's `oci:DIR:REF`) use to name an index.json entry. */
const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
/** `blobs/<algorithm>/<hex>`, where a layout keeps the blob of `digest` (validate the digest first). */
function blobPath(digest) {
    const [algorithm, hex] = digest.split(':');
    return `blobs/${algorithm}/${hex}`;
}
/** The content of the `oci-layout` file. */
function layoutMarker() {
    return Buffer.from(JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
}
function emptyIndex() {
    return { schemaVersion: 2, mediaType: _types_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaType */ .zu.OciIndex, manifests: [] };
}
function parseIndex(bytes) {
    let index;
    try {
        index = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        return { notJson: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error) };
    }
    return Array.isArray(index?.manifests) ? { index } : { noManifests: true };
}
/** Makes `dir` a layout where it is not yet one: `blobs/sha256/`, and the `oci-layout` file if missing. */
async function createLayout(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'blobs', 'sha256'), { recursive: true });
    if (!(await exists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, LAYOUT_FILE))))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, LAYOUT_FILE), layoutMarker());
}
/** The bytes of `dir`'s index.json, or undefined when it has none. */
async function readIndexFile(dir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, INDEX_FILE);
    return (await exists(file)) ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file) : undefined;
}
/** Replaces `dir`'s index.json in one step (readers never see half a file). */
async function writeIndexFile(dir, index) {
    await writeWhole((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, INDEX_FILE), Buffer.from(JSON.stringify(index, null, 2)));
}
/** Writes `file` aside and renames it into place, so it never exists incomplete. */
async function writeWhole(file, bytes) {
    const temporary = temporaryPath(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, bytes);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, file);
}
/** A unique name beside `file` for its content while it is written. */
function temporaryPath(file) {
    return `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
}
async function exists(file) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).then(() => true, () => false);
}


/***/ }),

/***/ 25823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ readOciLayout),
/* harmony export */   eM: () => (/* binding */ openOciLayout),
/* harmony export */   l0: () => (/* binding */ imageBlob),
/* harmony export */   q2: () => (/* binding */ manifestBlobs),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   zr: () => (/* binding */ verified)
/* harmony export */ });
/* harmony import */ var _file_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81424);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _attestation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49495);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68825);
/* harmony import */ var _layout_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39863);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1890);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3048);
/**
 * Image sources read from local files: an OCI image layout directory (`oci-layout:DIR[:TAG|@DIGEST]`)
 * or a `docker save` tarball (`docker-archive:FILE`, see docker-archive.ts). Each yields one platform
 * image whose manifest bytes are exactly what will be pushed, and whose blobs stream through a digest
 * check so a corrupted local file fails the upload instead of publishing wrong content.
 */









const IMAGE_MANIFEST_MEDIA_TYPES = [_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MediaType */ .zu.OciManifest, _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MediaType */ .zu.DockerManifest];
/** Nested indexes deeper than this are not searched for a digest (real layouts nest one level). */
const MAX_INDEX_DEPTH = 4;
/** Opens one platform image of an OCI image layout directory, chosen by tag (ref.name) or digest. */
async function openOciLayout(dir, selector = {}) {
    const suffix = selector.digest ? `@${selector.digest}` : selector.tag ? `:${selector.tag}` : '';
    return readOciLayout(directoryFiles(dir), `oci-layout:${dir}${suffix}`, selector);
}
function directoryFiles(dir) {
    const where = `directory ${dir}`;
    return {
        where,
        async read(path, maxBytes) {
            const size = await sizeOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path));
            if (size === undefined)
                return undefined;
            if (size > maxBytes)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${path} in ${where} is ${size} bytes, more than the ${maxBytes} allowed.`);
            return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path));
        },
        async open(path) {
            if ((await sizeOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path))) === undefined)
                return undefined;
            return (0,_file_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .readBlobFile */ .W)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path));
        }
    };
}
async function sizeOf(path) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        return info.isFile() ? info.size : undefined;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Reads an OCI image layout (oci-layout + index.json + blobs/) and opens the selected platform image. */
async function readOciLayout(files, label, selector) {
    await checkLayoutVersion(files);
    const index = await readIndexJson(files);
    let descriptor = await selectManifest(files, label, index, selector);
    let attestationEntries = [];
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isIndexMediaType */ .$$)(descriptor.mediaType)) {
        // docker buildx --output type=oci: one image and its attestations in an index.
        const nested = await readNestedIndex(files, descriptor);
        if (nested === undefined ||
            nested.manifests.filter(entry => !(0,_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .isAttestation */ .H3)(entry, nested.manifests)).length !== 1) {
            throw await multiPlatformError(files, label, descriptor);
        }
        const split = (0,_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .splitSinglePlatformIndex */ .Gi)(nested, label, descriptor.digest);
        descriptor = split.image;
        attestationEntries = split.attestations;
    }
    if (!IMAGE_MANIFEST_MEDIA_TYPES.includes(descriptor.mediaType)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: ${descriptor.digest} has media type '${descriptor.mediaType}', not an image manifest (${IMAGE_MANIFEST_MEDIA_TYPES.join(' or ')}).`);
    }
    const bytes = await readBlob(files, label, descriptor, 'manifest');
    const manifest = parseJson(bytes, `${label}: manifest ${descriptor.digest}`);
    if (manifest.config === undefined || !Array.isArray(manifest.layers)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: manifest ${descriptor.digest} has no config or no layers list.`);
    }
    if (manifest.mediaType !== undefined && manifest.mediaType !== descriptor.mediaType) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: manifest ${descriptor.digest} says media type '${manifest.mediaType}' but index.json says '${descriptor.mediaType}'.`);
    }
    const configBytes = await readBlob(files, label, manifest.config, 'config');
    const config = parseJson(configBytes, `${label}: config ${manifest.config.digest}`);
    const blobs = [manifest.config, ...manifest.layers.filter(isDistributable)];
    const attestations = [];
    for (const entry of attestationEntries) {
        const attestationBytes = await readBlob(files, label, entry, 'attestation manifest');
        attestations.push({
            descriptor: entry,
            bytes: attestationBytes,
            blobs: manifestBlobs(attestationBytes, `${label}: attestation manifest ${entry.digest}`)
        });
    }
    const served = [...blobs, ...attestations.flatMap(attestation => attestation.blobs)];
    return {
        label,
        manifest: {
            descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size },
            bytes,
            manifest
        },
        config,
        blobs,
        attestations,
        async openBlob(wanted) {
            const blob = imageBlob(served, wanted, label);
            const stream = await files.open((0,_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .blobPath */ .nD)(blob.digest));
            if (stream === undefined)
                throw missingBlob(files, label, blob.digest);
            return verified(stream, blob, `blob in ${label}`);
        }
    };
}
/** Config and distributable layers of a manifest's bytes (already digest-checked by the caller). */
function manifestBlobs(bytes, what) {
    const manifest = parseJson(bytes, what);
    if (manifest?.config === undefined || !Array.isArray(manifest.layers)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${what} has no config or no layers list.`);
    }
    for (const blob of [manifest.config, ...manifest.layers])
        checkDescriptorShape(blob, what);
    return [manifest.config, ...manifest.layers.filter(isDistributable)];
}
/** The image's own descriptor for `wanted`: a source serves no blob that is not part of its image. */
function imageBlob(blobs, wanted, label) {
    const blob = blobs.find(candidate => candidate.digest === wanted.digest && candidate.size === wanted.size);
    if (blob === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: blob ${wanted.digest} (${wanted.size} bytes) is not part of this image.`);
    }
    return blob;
}
/** Pipes `stream` through a digest and size check; errors of either side end the returned stream. */
function verified(stream, descriptor, what) {
    const verifying = new _digest_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyingStream */ .SC(descriptor, what);
    stream.on('error', error => verifying.destroy(error));
    return stream.pipe(verifying);
}
async function checkLayoutVersion(files) {
    const bytes = await files.read(_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .LAYOUT_FILE */ .gI, 64 * 1024);
    if (bytes === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${files.where} is not an OCI image layout: it has no oci-layout file.`);
    }
    const version = parseJson(bytes, `${_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .LAYOUT_FILE */ .gI} in ${files.where}`)
        .imageLayoutVersion;
    if (version !== _layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .LAYOUT_VERSION */ .w9) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${files.where} has imageLayoutVersion ${JSON.stringify(version)}; only ${_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .LAYOUT_VERSION */ .w9} is supported.`);
    }
}
async function readIndexJson(files) {
    const what = `${_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .INDEX_FILE */ .K$} in ${files.where}`;
    const bytes = await files.read(_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .INDEX_FILE */ .K$, _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ);
    if (bytes === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${files.where} is not an OCI image layout: it has no ${_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .INDEX_FILE */ .K$}.`);
    const parsed = (0,_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .parseIndex */ .A1)(bytes);
    if ('notJson' in parsed)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${what} is not valid JSON: ${parsed.notJson}`);
    if ('noManifests' in parsed)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${what} has no manifests list.`);
    for (const descriptor of parsed.index.manifests)
        checkDescriptorShape(descriptor, what);
    return parsed.index;
}
async function selectManifest(files, label, index, selector) {
    if (selector.digest !== undefined) {
        const found = await findByDigest(files, index, selector.digest, 0);
        if (found === undefined) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: no manifest ${selector.digest} in ${files.where}. ${available(index)}`);
        }
        return found;
    }
    if (selector.tag !== undefined) {
        const tagged = index.manifests.filter(descriptor => descriptor.annotations?.[_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .REF_NAME_ANNOTATION */ .EP] === selector.tag);
        const digests = new Set(tagged.map(descriptor => descriptor.digest));
        if (digests.size === 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: no tag '${selector.tag}' in ${files.where}. ${available(index)}`);
        if (digests.size > 1) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: tag '${selector.tag}' names ${digests.size} manifests; pick one by @digest.`);
        }
        return tagged[0];
    }
    const digests = new Set(index.manifests.map(descriptor => descriptor.digest));
    if (digests.size === 1)
        return index.manifests[0];
    if (digests.size === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: ${files.where} holds no images (index.json is empty).`);
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: ${files.where} holds ${digests.size} images; pick one with :TAG or @DIGEST. ${available(index)}`);
}
/** Looks through index.json and the nested indexes it references (a multi-platform layout). */
async function findByDigest(files, index, digest, depth) {
    const direct = index.manifests.find(descriptor => descriptor.digest === digest);
    if (direct !== undefined || depth >= MAX_INDEX_DEPTH)
        return direct;
    for (const nested of index.manifests.filter(descriptor => (0,_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isIndexMediaType */ .$$)(descriptor.mediaType))) {
        const child = await readNestedIndex(files, nested);
        const found = child && (await findByDigest(files, child, digest, depth + 1));
        if (found !== undefined)
            return found;
    }
    return undefined;
}
async function readNestedIndex(files, descriptor) {
    if (descriptor.size > _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ)
        return undefined;
    const bytes = await files.read((0,_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .blobPath */ .nD)(descriptor.digest), _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ);
    if (bytes === undefined)
        return undefined;
    (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .checkContent */ .aG)(bytes, descriptor, `index in ${files.where}`);
    const index = parseJson(bytes, `index ${descriptor.digest} in ${files.where}`);
    if (!Array.isArray(index.manifests))
        return undefined;
    for (const child of index.manifests)
        checkDescriptorShape(child, `index ${descriptor.digest} in ${files.where}`);
    return index;
}
async function multiPlatformError(files, label, descriptor) {
    const nested = await readNestedIndex(files, descriptor);
    const choices = (nested?.manifests ?? [])
        .filter(child => IMAGE_MANIFEST_MEDIA_TYPES.includes(child.mediaType))
        .map(child => `${child.platform ? (0,_platform_js__WEBPACK_IMPORTED_MODULE_7__/* .formatPlatform */ .Bq)(child.platform) : 'unknown platform'} @${child.digest}`);
    const list = choices.length > 0 ? ` Its platform manifests: ${choices.join(', ')}.` : '';
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: ${descriptor.digest} is a multi-platform image index, but each manifests line is one platform image. ` +
        `Pick one platform manifest by digest (oci-layout:DIR@sha256:…) and give each platform its own line.${list}`);
}
async function readBlob(files, label, descriptor, what) {
    checkDescriptorShape(descriptor, `${label}: ${what}`);
    if (descriptor.size > _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: ${what} ${descriptor.digest} is ${descriptor.size} bytes, more than the ${_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ} allowed.`);
    }
    const bytes = await files.read((0,_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .blobPath */ .nD)(descriptor.digest), _types_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ);
    if (bytes === undefined)
        throw missingBlob(files, label, descriptor.digest);
    (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .checkContent */ .aG)(bytes, descriptor, `${what} in ${label}`);
    return bytes;
}
/** Digests become file paths, so they are validated first: nothing like '../' reaches the filesystem. */
function checkDescriptorShape(descriptor, where) {
    if (typeof descriptor?.mediaType !== 'string' || !(0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(String(descriptor.digest))) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${where}: descriptor ${JSON.stringify(descriptor)} lacks a media type or a valid digest.`);
    }
    if (!Number.isSafeInteger(descriptor.size) || descriptor.size < 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${where}: descriptor ${descriptor.digest} has an invalid size ${JSON.stringify(descriptor.size)}.`);
    }
}
function missingBlob(files, label, digest) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${label}: blob ${digest} is missing from ${files.where} (expected at ${(0,_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .blobPath */ .nD)(digest)}).`);
}
/** Foreign (non-distributable) layers are fetched from their URLs by clients, never pushed. */
function isDistributable(layer) {
    return !/nondistributable|foreign/.test(layer.mediaType);
}
function available(index) {
    const names = index.manifests.map(descriptor => descriptor.annotations?.[_layout_format_js__WEBPACK_IMPORTED_MODULE_6__/* .REF_NAME_ANNOTATION */ .EP] ?? `@${descriptor.digest} (untagged)`);
    return names.length > 0 ? `Available: ${names.join(', ')}.` : 'It holds no images.';
}
function parseJson(bytes, what) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceError */ .c8(`${what} is not valid JSON: ${error.message}`);
    }
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

/***/ 86592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ openSource),
  s: () => (/* binding */ parseSourceSpec)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/oci/attestation.ts
var attestation = __webpack_require__(49495);
// EXTERNAL MODULE: ./src/oci/layout.ts
var layout = __webpack_require__(25823);
// EXTERNAL MODULE: ./src/oci/layout-format.ts
var layout_format = __webpack_require__(39863);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/file-stream.ts
var file_stream = __webpack_require__(81424);
;// CONCATENATED MODULE: ./src/oci/tar.ts
/**
 * A reader of the tar archives `docker save`, `podman save -m` and `ctr images export` write: ustar,
 * pax extended headers (names, link targets, sizes) and GNU long names and links, octal or base-256
 * sizes. It reads headers only, skipping over entry data, and records where each entry's data lies, so
 * entries are served as byte ranges of the file and a layer is never held in memory or read to index
 * the archive (a streaming extractor such as tar-stream reads every byte to reach the next header).
 */





const BLOCK = 512;
const GZIP_MAGIC = [0x1f, 0x8b];
/** Symlink chains longer than this are refused (a loop, or a crafted archive). */
const MAX_LINK_HOPS = 8;
/** True when `head` starts with gzip's magic number (a compressed tar, or a compressed layer in one). */
function isGzip(head) {
    return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}
/**
 * A tar file indexed by its headers: its entries are read by random access (a range of the file), never
 * extracted, so a multi-gigabyte archive costs one pass over its headers.
 */
class TarArchive {
    file;
    label;
    entries;
    constructor(file, label, entries) {
        this.file = file;
        this.label = label;
        this.entries = entries;
    }
    /** Scans the headers of `file`; `label` names it in errors (SourceErrors). */
    static async open(file, label) {
        return new TarArchive(file, label, await scanTar(file, label));
    }
    /** The regular file at `path`, following symlinks and hard links (docker save links repeated layers). */
    entry(path) {
        let name = normaliseName(path);
        for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
            const entry = this.entries.get(name);
            if (entry === undefined)
                throw new errors/* SourceError */.c8(`${this.label} has no entry '${path}'.`);
            if (entry.type === 'file')
                return entry;
            if (entry.type === 'symlink')
                name = normaliseName(external_node_path_.posix.join(external_node_path_.posix.dirname(entry.name), entry.linkname));
            else if (entry.type === 'hardlink')
                name = normaliseName(entry.linkname);
            else
                throw new errors/* SourceError */.c8(`${this.label}: entry '${path}' is not a regular file.`);
        }
        throw new errors/* SourceError */.c8(`${this.label}: entry '${path}' is a chain of more than ${MAX_LINK_HOPS} links.`);
    }
    has(path) {
        return this.entries.has(normaliseName(path));
    }
    async read(path, maxBytes) {
        const entry = this.entry(path);
        if (entry.size > maxBytes) {
            throw new errors/* SourceError */.c8(`${this.label}: entry '${path}' is ${entry.size} bytes, more than the ${maxBytes} allowed.`);
        }
        return this.readRange(entry, entry.size);
    }
    async readRange(entry, length) {
        const handle = await (0,promises_.open)(this.file, 'r');
        try {
            return await readExactly(handle, entry.offset, length, this.label);
        }
        finally {
            await handle.close();
        }
    }
    stream(entry) {
        // createReadStream's `end` is inclusive, and an empty range must still be an (empty) stream.
        if (entry.size === 0)
            return external_node_stream_.Readable.from([]);
        return (0,file_stream/* readBlobFile */.W)(this.file, { start: entry.offset, end: entry.offset + entry.size - 1 });
    }
}
/**
 * Reads the tar's headers (ustar, pax extended headers and GNU long names), skipping over entry data,
 * and records where each entry's data lies. Later entries with the same name replace earlier ones,
 * as when a tar is extracted.
 */
async function scanTar(file, label) {
    const handle = await openArchive(file, label);
    try {
        const fileSize = (await handle.stat()).size;
        const entries = new Map();
        let position = 0;
        let longName;
        let longLink;
        let pax = {};
        while (position + BLOCK <= fileSize) {
            const header = await readExactly(handle, position, BLOCK, label);
            if (position === 0 && isGzip(header)) {
                throw new errors/* SourceError */.c8(`${label} is gzip-compressed; give the uncompressed tar that docker save writes (gunzip it first).`);
            }
            if (header.every(byte => byte === 0))
                break;
            checkHeaderChecksum(header, position, label);
            const typeflag = String.fromCharCode(header[156]);
            const size = Number(pax.size ?? readSize(header, position, label));
            const dataOffset = position + BLOCK;
            if (dataOffset + size > fileSize) {
                throw new errors/* SourceError */.c8(`${label} is truncated: an entry at offset ${position} runs past the end of the file.`);
            }
            position = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
            if (typeflag === 'L' || typeflag === 'K' || typeflag === 'x') {
                const data = await readExactly(handle, dataOffset, size, label);
                if (typeflag === 'L')
                    longName = cString(data);
                else if (typeflag === 'K')
                    longLink = cString(data);
                else
                    pax = parsePax(data, label);
                continue;
            }
            if (typeflag === 'g')
                continue;
            const name = normaliseName(pax.path ?? longName ?? headerName(header));
            const linkname = pax.linkpath ?? longLink ?? cString(header.subarray(157, 257));
            entries.set(name, { name, type: entryType(typeflag), offset: dataOffset, size, linkname });
            longName = longLink = undefined;
            pax = {};
        }
        return entries;
    }
    finally {
        await handle.close();
    }
}
async function openArchive(file, label) {
    try {
        return await (0,promises_.open)(file, 'r');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* SourceError */.c8(`${label}: no such file.`);
        if (code === 'EISDIR')
            throw new errors/* SourceError */.c8(`${label} is a directory; for an OCI layout write oci-layout:DIR.`);
        throw error;
    }
}
async function readExactly(handle, position, length, label) {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
        if (bytesRead === 0)
            throw new errors/* SourceError */.c8(`${label} is truncated at offset ${position + filled}.`);
        filled += bytesRead;
    }
    return buffer;
}
/** The header checksum tells a tar header from anything else (e.g. a compressed or non-tar file). */
function checkHeaderChecksum(header, position, label) {
    const stored = parseInt(cString(header.subarray(148, 156)).trim(), 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    if (stored !== sum) {
        throw new errors/* SourceError */.c8(`${label} is not a tar archive (bad header checksum at offset ${position}).`);
    }
}
/** Octal, or base-256 (high bit set) for entries of 8 GiB and more, as GNU tar and Docker write them. */
function readSize(header, position, label) {
    const field = header.subarray(124, 136);
    let size;
    if (field[0] & 0x80) {
        let value = BigInt(field[0] & 0x7f);
        for (const byte of field.subarray(1))
            value = (value << 8n) | BigInt(byte);
        size = Number(value);
    }
    else {
        const text = cString(field).trim();
        size = text === '' ? 0 : parseInt(text, 8);
    }
    if (!Number.isSafeInteger(size) || size < 0) {
        throw new errors/* SourceError */.c8(`${label}: invalid entry size in the tar header at offset ${position}.`);
    }
    return size;
}
/** ustar splits long names into prefix + name; GNU tar uses the prefix field for other data. */
function headerName(header) {
    const name = cString(header.subarray(0, 100));
    const isUstar = header.subarray(257, 263).toString('latin1') === 'ustar\0';
    const prefix = isUstar ? cString(header.subarray(345, 500)) : '';
    return prefix ? `${prefix}/${name}` : name;
}
/** Pax records: "<length> <key>=<value>\n", the length counting the whole record. */
function parsePax(data, label) {
    const records = {};
    let position = 0;
    while (position < data.length && data[position] !== 0) {
        const space = data.indexOf(0x20, position);
        const length = parseInt(data.subarray(position, space).toString('latin1'), 10);
        if (space < 0 || !Number.isSafeInteger(length) || length <= 0) {
            throw new errors/* SourceError */.c8(`${label}: malformed pax extended header.`);
        }
        const record = data.subarray(space + 1, position + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        records[record.slice(0, equals)] = record.slice(equals + 1);
        position += length;
    }
    return records;
}
function entryType(typeflag) {
    switch (typeflag) {
        case '0':
        case '\0':
        case '7':
            return 'file';
        case '1':
            return 'hardlink';
        case '2':
            return 'symlink';
        case '5':
            return 'directory';
        default:
            return 'other';
    }
}
function cString(bytes) {
    const end = bytes.indexOf(0);
    return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
}
/** 'blobs/sha256/x', './blobs/sha256/x' and '/blobs/sha256/x/' all name the same entry. */
function normaliseName(name) {
    return external_node_path_.posix
        .normalize(name)
        .replace(/^(\.\/|\/)+/, '')
        .replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/oci/docker-archive.ts
/**
 * `docker save` tarballs as image sources, in both formats Docker writes:
 * - Docker ≥25: an OCI image layout inside the tar (oci-layout, index.json, blobs/…), read as a layout;
 * - legacy: manifest.json + <config>.json + <id>/layer.tar, for which an OCI manifest is synthesised.
 * The tar is read by tar.ts: its headers only, once; blobs are served as byte ranges of the file, so
 * layers are never loaded in memory.
 * An archive of several images (`docker save a b`, `podman save -m`) is read one image at a time,
 * chosen as skopeo does: `docker-archive:FILE:REF` by one of its RepoTags, `docker-archive:FILE:@N` by
 * its position in manifest.json. `ctr images export --platform` writes the whole multi-platform index
 * with one platform's blobs; its manifest.json names that platform's config, which picks the entry.
 */












/** Nested indexes followed at most when looking for the manifest of a config. */
const MAX_INDEX_DEPTH = 4;
/** Opens one image of a `docker save` tarball (either format): the only one, or the one `selector` names. */
async function openDockerArchive(file, selector = {}) {
    const suffix = selector.index !== undefined ? `:@${selector.index}` : selector.image ? `:${selector.image}` : '';
    const label = `docker-archive:${file}${suffix}`;
    const archive = await TarArchive.open(file, label);
    if (archive.has(layout_format/* LAYOUT_FILE */.gI) && archive.has(layout_format/* INDEX_FILE */.K$))
        return openOciArchive(archive, selector);
    if (archive.has('manifest.json'))
        return openLegacyArchive(archive, selector);
    throw new errors/* SourceError */.c8(`${label} is not a docker save archive: it has neither index.json nor manifest.json.`);
}
/**
 * Docker ≥25 (and ctr export): the archive is an OCI layout. One image manifest is read directly;
 * otherwise manifest.json says which image (a selector, or the one platform ctr exported).
 */
async function openOciArchive(archive, selector) {
    const files = layoutFiles(archive);
    const index = (0,layout/* parseJson */.qF)(await archive.read(layout_format/* INDEX_FILE */.K$, types/* MAX_MANIFEST_BYTES */.ZJ), `${archive.label}: ${layout_format/* INDEX_FILE */.K$}`);
    const digests = [...new Set((index.manifests ?? []).map(descriptor => descriptor.digest))];
    const only = digests.length === 1 ? index.manifests.find(entry => entry.digest === digests[0]) : undefined;
    const selecting = selector.image !== undefined || selector.index !== undefined;
    // One image; or, with the containerd image store, one image and its attestations in an index.
    if (only !== undefined &&
        !selecting &&
        (!(0,types/* isIndexMediaType */.$$)(only.mediaType) || (await holdsOneImage(archive, only)))) {
        return (0,layout/* readOciLayout */.I$)(files, archive.label, { digest: only.digest });
    }
    if (!archive.has('manifest.json')) {
        if (only !== undefined && (0,types/* isIndexMediaType */.$$)(only.mediaType)) {
            throw new errors/* SourceError */.c8(`${archive.label} holds a multi-platform image index (docker save with the containerd image store). ` +
                'Save one platform: docker save --platform os/arch -o FILE IMAGE, or use docker buildx --output type=oci and oci-layout:DIR@DIGEST.');
        }
        throw severalImages(archive.label, digests.length);
    }
    const image = pickImage(await readManifestJson(archive), selector, archive.label);
    const config = configDigestOf(image.Config);
    const manifest = config === undefined ? undefined : await findManifestWithConfig(archive, index.manifests ?? [], config, 0);
    if (manifest === undefined) {
        throw new errors/* SourceError */.c8(`${archive.label}: no image manifest in the archive has the config ${image.Config} that manifest.json names.`);
    }
    return (0,layout/* readOciLayout */.I$)(files, archive.label, { digest: manifest });
}
/**
 * The digest of the image manifest present in the archive whose config is `config`, searching
 * index.json and the nested indexes it holds (a ctr export lacks the other platforms' manifests).
 */
async function findManifestWithConfig(archive, entries, config, depth) {
    for (const entry of entries) {
        const path = blobPathOf(entry?.digest);
        if (path === undefined || !archive.has(path) || entry.size > types/* MAX_MANIFEST_BYTES */.ZJ)
            continue;
        const bytes = await archive.read(path, types/* MAX_MANIFEST_BYTES */.ZJ);
        (0,digest/* checkContent */.aG)(bytes, entry, `manifest in ${archive.label}`);
        const manifest = (0,layout/* parseJson */.qF)(bytes, `${archive.label}: ${entry.digest}`);
        if ((0,types/* isIndexMediaType */.$$)(entry.mediaType) && Array.isArray(manifest.manifests) && depth < MAX_INDEX_DEPTH) {
            const found = await findManifestWithConfig(archive, manifest.manifests, config, depth + 1);
            if (found !== undefined)
                return found;
        }
        else if (manifest.config?.digest === config) {
            return entry.digest;
        }
    }
    return undefined;
}
/** True when the archive holds `index` and it lists one image (attestations aside) whose manifest it holds. */
async function holdsOneImage(archive, index) {
    const path = blobPathOf(index.digest);
    if (path === undefined || !archive.has(path) || index.size > types/* MAX_MANIFEST_BYTES */.ZJ)
        return false;
    const bytes = await archive.read(path, types/* MAX_MANIFEST_BYTES */.ZJ);
    (0,digest/* checkContent */.aG)(bytes, index, `index in ${archive.label}`);
    const manifests = (0,layout/* parseJson */.qF)(bytes, `${archive.label}: ${index.digest}`).manifests;
    const images = Array.isArray(manifests) ? manifests.filter(entry => !(0,attestation/* isAttestation */.H3)(entry, manifests)) : [];
    const image = images.length === 1 ? blobPathOf(images[0]?.digest) : undefined;
    return image !== undefined && archive.has(image);
}
async function readManifestJson(archive) {
    const { label } = archive;
    const images = (0,layout/* parseJson */.qF)(await archive.read('manifest.json', types/* MAX_MANIFEST_BYTES */.ZJ), `${label}: manifest.json`);
    if (!Array.isArray(images) || images.length === 0)
        throw new errors/* SourceError */.c8(`${label}: manifest.json lists no images.`);
    return images;
}
/** The manifest.json entry the selector names, or the only image. */
function pickImage(images, selector, label) {
    if (selector.index !== undefined) {
        const image = images[selector.index];
        if (image === undefined) {
            throw new errors/* SourceError */.c8(`${label}: the archive holds ${images.length} images (@0 to @${images.length - 1}). ${listImages(images)}`);
        }
        return image;
    }
    if (selector.image !== undefined) {
        const wanted = normaliseImageName(selector.image);
        const named = images.filter(image => (image.RepoTags ?? []).some(tag => normaliseImageName(tag) === wanted));
        if (named.length === 0)
            throw new errors/* SourceError */.c8(`${label}: no image is tagged '${selector.image}'. ${listImages(images)}`);
        if (new Set(named.map(image => image.Config)).size > 1) {
            throw new errors/* SourceError */.c8(`${label}: '${selector.image}' names ${named.length} images; pick one by position. ${listImages(images)}`);
        }
        return named[0];
    }
    const configs = new Set(images.map(image => image.Config));
    if (configs.size > 1)
        throw severalImages(label, configs.size, images);
    return images[0];
}
/** `app:1`, `library/app:1` and `docker.io/library/app:1` are one name, as docker and skopeo see it. */
function normaliseImageName(name) {
    try {
        const reference = (0,oci_reference/* parseReference */.F2)(name);
        return `${reference.registry}/${reference.repository}:${reference.tag ?? 'latest'}`;
    }
    catch {
        return name;
    }
}
/** "@0 localhost/built:amd64, @1 localhost/built:arm64". */
function listImages(images) {
    const listed = images.map((image, i) => `@${i} ${(image.RepoTags ?? []).join(' ') || '(untagged)'}`);
    return `Its images: ${listed.join(', ')}.`;
}
/** `blobs/sha256/<hex>` (OCI archives) or `<hex>.json` (legacy) → `sha256:<hex>`. */
function configDigestOf(path) {
    if (typeof path !== 'string')
        return undefined;
    const match = /(?:^|\/)([a-f0-9]{64})(?:\.json)?$/.exec(path);
    return match ? `sha256:${match[1]}` : undefined;
}
function blobPathOf(digest) {
    return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest) ? (0,layout_format/* blobPath */.nD)(digest) : undefined;
}
/** Legacy format: the manifest is synthesised; layers are the uncompressed layer.tar files (their diff_ids). */
async function openLegacyArchive(archive, selector) {
    const { label } = archive;
    const image = pickImage(await readManifestJson(archive), selector, label);
    if (typeof image.Config !== 'string' || !Array.isArray(image.Layers)) {
        throw new errors/* SourceError */.c8(`${label}: manifest.json has no Config or Layers for its image.`);
    }
    const configBytes = await archive.read(image.Config, types/* MAX_MANIFEST_BYTES */.ZJ);
    const configDescriptor = (0,digest/* describe */.q0)(configBytes, types/* MediaType */.zu.OciConfig);
    const config = (0,layout/* parseJson */.qF)(configBytes, `${label}: config ${image.Config}`);
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== image.Layers.length) {
        throw new errors/* SourceError */.c8(`${label}: the config lists ${diffIds.length} diff_ids but manifest.json lists ${image.Layers.length} layers.`);
    }
    const layerEntries = new Map();
    const layers = [];
    for (const [i, path] of image.Layers.entries()) {
        const entry = archive.entry(path);
        const { descriptor, diffId } = await hashLayer(archive, entry);
        if (diffId !== diffIds[i]) {
            throw new errors/* SourceError */.c8(`${label}: layer ${i + 1} (${path}) hashes to diff_id ${diffId} but the image config lists ${diffIds[i]}; the archive is corrupted or was altered.`);
        }
        layerEntries.set(descriptor.digest, entry);
        layers.push(descriptor);
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: types/* MediaType */.zu.OciManifest,
        config: configDescriptor,
        layers
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const blobs = [configDescriptor, ...layers];
    return {
        label,
        manifest: { descriptor: (0,digest/* describe */.q0)(bytes, types/* MediaType */.zu.OciManifest), bytes, manifest },
        config,
        blobs,
        attestations: [],
        async openBlob(wanted) {
            const blob = (0,layout/* imageBlob */.l0)(blobs, wanted, label);
            const stream = blob === configDescriptor
                ? external_node_stream_.Readable.from([configBytes])
                : archive.stream(layerEntries.get(blob.digest));
            return (0,layout/* verified */.zr)(stream, blob, `blob in ${label}`);
        }
    };
}
/**
 * Hashes a layer.tar once: its digest, and its diff_id (the digest of the uncompressed tar). Docker
 * writes uncompressed layers, where both are the same; a gzip layer (magic 1f8b) is gunzipped for the
 * diff_id and pushed as it is, with the gzip media type.
 */
async function hashLayer(archive, entry) {
    const head = entry.size >= 2 ? await archive.readRange(entry, 2) : Buffer.alloc(0);
    const gzipped = isGzip(head);
    const blobHash = (0,external_node_crypto_.createHash)('sha256');
    const diffHash = (0,external_node_crypto_.createHash)('sha256');
    if (gzipped)
        await (0,external_node_stream_promises_.pipeline)(archive.stream(entry), hashing(blobHash), (0,external_node_zlib_.createGunzip)(), hashing(diffHash), discard());
    else
        await (0,external_node_stream_promises_.pipeline)(archive.stream(entry), hashing(blobHash), discard());
    const digest = `sha256:${blobHash.digest('hex')}`;
    return {
        descriptor: {
            mediaType: gzipped ? types/* MediaType */.zu.OciLayerGzip : types/* MediaType */.zu.OciLayer,
            digest,
            size: entry.size
        },
        diffId: gzipped ? `sha256:${diffHash.digest('hex')}` : digest
    };
}
function hashing(hash) {
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            callback(null, chunk);
        }
    });
}
function discard() {
    return new external_node_stream_.Writable({ write: (_chunk, _encoding, callback) => callback() });
}
function severalImages(label, count, images) {
    if (count === 0)
        return new errors/* SourceError */.c8(`${label} holds no images.`);
    return new errors/* SourceError */.c8(`${label} holds ${count} images; a manifests line reads one. ` +
        `Pick one with docker-archive:FILE:REF (one of its tags) or docker-archive:FILE:@N (its position), or save each image on its own: docker save -o FILE IMAGE:TAG.` +
        (images ? ` ${listImages(images)}` : ''));
}
/** The archive as the files of an OCI layout (Docker ≥25 format). */
function layoutFiles(archive) {
    return {
        where: `archive ${archive.file}`,
        read: async (path, maxBytes) => (archive.has(path) ? archive.read(path, maxBytes) : undefined),
        open: async (path) => (archive.has(path) ? archive.stream(archive.entry(path)) : undefined)
    };
}

// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(28630);
;// CONCATENATED MODULE: ./src/oci/source.ts
/**
 * Where a platform image comes from: the source part of a `manifests` line, and the opener for the local
 * kinds. It sits above layout.ts and docker-archive.ts (a docker archive reuses the layout reader), so
 * neither of those imports the other's caller.
 */







/**
 * Splits a manifests-line source: `oci-layout:DIR[:TAG|@DIGEST]`, `docker-archive:FILE[:REF|:@N]`, or
 * anything else as a registry reference (parsed elsewhere). A layout's tag or digest is only looked for
 * after DIR's last '/', so directories may contain ':' in earlier path segments (and a tag with '/',
 * like podman's `localhost/built:arm64`, is found when the layout is opened). An archive's FILE ends at
 * its first ':', as in skopeo's `docker-archive:` transport.
 */
function parseSourceSpec(spec) {
    if (spec.startsWith('oci-layout:'))
        return parseLayoutSpec(spec, spec.slice('oci-layout:'.length));
    if (spec.startsWith('docker-archive:'))
        return parseArchiveSpec(spec, spec.slice('docker-archive:'.length));
    return { kind: 'registry', reference: spec };
}
function parseArchiveSpec(spec, rest) {
    const colon = rest.indexOf(':');
    const file = colon < 0 ? rest : rest.slice(0, colon);
    const selector = colon < 0 ? undefined : rest.slice(colon + 1);
    const expected = 'Expected docker-archive:FILE[:REF|:@N] (a docker save tarball; REF one of its tags, N its position).';
    if (file === '')
        throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}' names no file. ${expected}`);
    if (selector === undefined)
        return { kind: 'docker-archive', file };
    if (selector.startsWith('@')) {
        if (!/^@\d{1,6}$/.test(selector))
            throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}': '${selector}' is not a position like @0. ${expected}`);
        return { kind: 'docker-archive', file, index: Number(selector.slice(1)) };
    }
    if (selector === '')
        throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}' ends with ':' but no image. ${expected}`);
    return { kind: 'docker-archive', file, image: selector };
}
function parseLayoutSpec(spec, rest) {
    const lastSlash = rest.lastIndexOf('/');
    const at = rest.indexOf('@', lastSlash + 1);
    const colon = rest.lastIndexOf(':');
    let dir = rest;
    let selector = {};
    if (at >= 0) {
        dir = rest.slice(0, at);
        selector = { digest: rest.slice(at + 1) };
        if (!(0,digest/* isDigest */.Bc)(selector.digest)) {
            throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}' has an invalid digest '${selector.digest}'. Expected oci-layout:DIR@sha256:<64 hex digits>.`);
        }
    }
    else if (colon > lastSlash) {
        dir = rest.slice(0, colon);
        selector = { tag: rest.slice(colon + 1) };
        if (selector.tag === '') {
            throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}' ends with ':' but no tag. Expected oci-layout:DIR[:TAG|@DIGEST].`);
        }
    }
    if (dir === '') {
        throw new oci_errors/* InvalidSourceError */.Ln(`'${spec}' names no directory. Expected oci-layout:DIR[:TAG|@DIGEST].`);
    }
    return { kind: 'oci-layout', dir, ...selector };
}
/** Opens a local source; registry references are read through the registry client instead. */
async function openSource(spec) {
    switch (spec.kind) {
        case 'oci-layout': {
            const { dir, tag } = await locateLayout(spec.dir, spec.tag);
            return (0,layout/* openOciLayout */.eM)(dir, { tag, digest: spec.digest });
        }
        case 'docker-archive':
            return openDockerArchive(spec.file, { image: spec.image, index: spec.index });
        case 'registry':
            throw new errors/* SourceError */.c8(`'${spec.reference}' is a registry reference, not a local source; read it from the registry.`);
    }
}
/**
 * `oci-layout:out:localhost/built:arm64` parses as directory `out:localhost/built`, tag `arm64`. When
 * that directory is no layout, the first split whose directory is one wins: `out`, tag
 * `localhost/built:arm64` (podman's `oci-dir` names images so in `ref.name`).
 */
async function locateLayout(dir, tag) {
    if (tag === undefined || (await isLayout(dir)))
        return { dir, tag };
    const whole = `${dir}:${tag}`;
    for (let colon = whole.indexOf(':'); colon > 0 && colon < dir.length; colon = whole.indexOf(':', colon + 1)) {
        if (await isLayout(whole.slice(0, colon)))
            return { dir: whole.slice(0, colon), tag: whole.slice(colon + 1) };
    }
    return { dir, tag };
}
async function isLayout(dir) {
    return (0,promises_.stat)((0,external_node_path_.join)(dir, 'oci-layout')).then(info => info.isFile(), () => false);
}


/***/ }),

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   gi: () => (/* binding */ EMPTY_DESCRIPTOR),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony export INDEX_MEDIA_TYPES */
/** The OCI data model: media types, descriptors, manifests and indexes. No I/O here. */
const MediaType = {
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciLayer: 'application/vnd.oci.image.layer.v1.tar',
    OciLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OciLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    OciEmpty: 'application/vnd.oci.empty.v1+json',
    /** A bare descriptor as JSON (what containerd hands an image verifier on stdin). */
    OciDescriptor: 'application/vnd.oci.descriptor.v1+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip'
};
/** Every manifest and index type a registry may serve; distribution answers 404 unless `Accept` names it. */
const MANIFEST_MEDIA_TYPES = [
    MediaType.OciManifest,
    MediaType.OciIndex,
    MediaType.DockerManifest,
    MediaType.DockerManifestList
];
const INDEX_MEDIA_TYPES = [MediaType.OciIndex, MediaType.DockerManifestList];
/** The OCI empty descriptor (`{}`), used as the config of artifact manifests. */
const EMPTY_DESCRIPTOR = {
    mediaType: MediaType.OciEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2
};
/** Manifests larger than this are refused, read or written (distribution's own limit for pushes). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.includes(mediaType);
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
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65365);
/* harmony import */ var _util_steps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94615);
/* harmony import */ var _verify_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20585);
/* harmony import */ var _util_sanitize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62701);
/* harmony import */ var _util_verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65693);
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
        [_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Signer]: verified.map(image => (0,_util_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(image.signer ?? '')).join('\n'),
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
    const verdict = (0,_util_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .combineVerdicts */ .a)(images.map(image => image.verdict));
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
        `Blobs: ${blobs.uploaded} uploaded (${(0,_util_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .formatSize */ .Xq)(blobs.bytesUploaded)}), ${blobs.mounted} mounted, ${blobs.exists} already present`
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
                ? (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_3__.checkedContent)(report.blobs)
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
            const checked = report.blobs.checked > 0 ? (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_3__.checkedContent)(report.blobs) : '';
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
        .map(image => `${(0,_util_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(image.image)}: ${image.verdict === 'error' ? 'could not be checked: ' : ''}${image.reasons.map(_util_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN).join('; ')}`);
    return [verifyHeadline(result.images), ...reasons].join(' | ');
}
/** Registry-supplied text is untrusted: escape it before it goes into the job summary's HTML. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
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

/***/ 38450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ verifyAsn1Signature),
/* harmony export */   L: () => (/* binding */ HASH_OIDS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Signatures inside ASN.1 structures that Signet checks itself: a CMS SignerInfo (RFC 3161 tokens),
 * an OCSP BasicOCSPResponse and a CRL. Only SHA-2 with RSA PKCS #1 v1.5 or ECDSA is accepted (what TSAs,
 * OCSP responders and CAs use); SHA-1 is refused like SHA-1 certificates, and so, for now, is RSASSA-PSS.
 */

const HASH_OIDS = {
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512'
};
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
/** sha*WithRSAEncryption and ecdsa-with-SHA* → their hash (the key says which of RSA or ECDSA). */
const SIGNATURE_HASHES = {
    '1.2.840.113549.1.1.11': 'sha256',
    '1.2.840.113549.1.1.12': 'sha384',
    '1.2.840.113549.1.1.13': 'sha512',
    '1.2.840.10045.4.3.2': 'sha256',
    '1.2.840.10045.4.3.3': 'sha384',
    '1.2.840.10045.4.3.4': 'sha512'
};
/**
 * True when `signature` over `data` verifies with `key` under `algorithm`. CMS names a bare key
 * algorithm (rsaEncryption, id-ecPublicKey) and the digest apart: pass that digest as `digestOid`.
 * Throws (with the algorithm's OID) when the algorithm is not one Signet accepts.
 */
function verifyAsn1Signature(data, algorithm, signature, key, digestOid) {
    const oid = algorithm.algorithm;
    const hash = SIGNATURE_HASHES[oid];
    const digest = digestOid === undefined ? undefined : HASH_OIDS[digestOid];
    try {
        if (hash !== undefined)
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(hash, data, key, signature);
        if ((oid === RSA_ENCRYPTION || oid === EC_PUBLIC_KEY) && digest !== undefined) {
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(digest, data, key, signature);
        }
    }
    catch {
        // OpenSSL throws on some malformed signatures instead of returning false.
        return false;
    }
    throw new Error(`unsupported signature algorithm ${oid}${digestOid ? ` with digest ${digestOid}` : ''}`);
}


/***/ }),

/***/ 75624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ CertificateError),
/* harmony export */   Kn: () => (/* binding */ thumbprintsOf),
/* harmony export */   Nl: () => (/* binding */ isSelfSigned),
/* harmony export */   ck: () => (/* binding */ extension),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   kc: () => (/* binding */ publicKeyOf),
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
            return cert;
        }
        catch {
            throw new CertificateError('unreadable', names => `${names.certificates}: certificate #${index + 1} is not a valid X.509 certificate`);
        }
    });
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
    const basic = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(leaf, OID.basicConstraints);
    if (basic !== undefined && new _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.BasicConstraintsExtension(basic.rawData).ca) {
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

/***/ 92502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E$: () => (/* binding */ ENVELOPE_MEDIA_TYPES),
  WQ: () => (/* binding */ addTimestamp),
  Ik: () => (/* binding */ envelope_countersignatureOf),
  vw: () => (/* binding */ decodeEnvelope),
  FG: () => (/* binding */ envelopeToSign),
  Y8: () => (/* binding */ notaryPayload),
  b_: () => (/* reexport */ signature_algorithms_signBytes),
  mY: () => (/* binding */ signatureVerifies),
  DB: () => (/* binding */ targetMatches),
  Yj: () => (/* binding */ verifyEnvelope)
});

// UNUSED EXPORTS: COSE_MEDIA_TYPE, JWS_MEDIA_TYPE, createEnvelope, notaryProtectedHeader

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/trust/chain-rules.ts
var chain_rules = __webpack_require__(10069);
// EXTERNAL MODULE: ./src/trust/certificates.ts
var certificates = __webpack_require__(75624);
// EXTERNAL MODULE: ./node_modules/cborg/cborg.js + 17 modules
var cborg = __webpack_require__(36288);
;// CONCATENATED MODULE: ./src/trust/cbor.ts
/**
 * CBOR (RFC 8949) as Signet must read and write signed documents, over `cborg`.
 *
 * Reading admits one reading only: definite lengths, integers and lengths in their shortest form, valid
 * UTF-8, map keys that are integers or text and never repeated, no trailing bytes, bounded nesting, and
 * tags only where the caller allows them. Whatever else a decoder might resolve one way or another (a
 * repeated key, a string a lenient decoder repairs) is refused, with a CborError and never another
 * exception, whatever the bytes: the input comes from a registry.
 *
 * Writing is RFC 8949 §4.2.1 core deterministic encoding (shortest forms, definite lengths, map keys
 * sorted by their encoded bytes), so the same value always gives the same bytes and the same digest.
 */


/** The bytes are not CBOR Signet reads. */
class CborError extends Error {
}
const DEFAULT_MAX_DEPTH = 16;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Decodes one CBOR data item that must fill `bytes`. Maps become `Map`s (keys: number, bigint, string),
 * byte strings `Uint8Array`s, allowed tags `Tagged`. Throws CborError.
 */
function decodeStrict(bytes, options) {
    const allowed = options.tags;
    const tagAllowed = typeof allowed === 'function' ? allowed : (tag) => allowed.includes(tag);
    const decodeOptions = {
        strict: true,
        allowIndefinite: false,
        useMaps: true,
        rejectDuplicateMapKeys: true,
        retainStringBytes: true,
        tags: TAGS_AS_TAGGED
    };
    const tokenizer = new CheckingTokenizer(bytes, decodeOptions, tagAllowed, options.maxDepth ?? DEFAULT_MAX_DEPTH);
    try {
        return (0,cborg/* decode */.D4)(bytes, { ...decodeOptions, tokenizer });
    }
    catch (error) {
        if (error instanceof CborError)
            throw error;
        // cborg's own refusals (truncation, non-shortest forms, indefinite lengths, repeated keys …).
        const message = error instanceof Error ? error.message.replace(/^CBOR decode error: /, '') : String(error);
        throw new CborError(message);
    }
}
/** RFC 8949 §4.2.1 core deterministic encoding of `value` (Maps, arrays, Uint8Arrays, text, integers, Tagged). */
function encodeDeterministic(value) {
    const bytes = (0,cborg/* encode */.lF)(value, cborg/* rfc8949EncodeOptions */.MY);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** Every tag decodes to a `Tagged`; CheckingTokenizer has already refused the ones not allowed. */
const TAGS_AS_TAGGED = new Proxy({}, {
    get: (_target, key) => typeof key === 'string' && /^\d+$/.test(key) ? cborg/* Tagged */.d2.decoder(Number(key)) : undefined
});
/**
 * cborg's tokenizer, checking what cborg does not: nesting depth, the type of map keys, UTF-8, and which
 * tags may appear where. Every refusal is a CborError before cborg builds anything from the token.
 */
class CheckingTokenizer extends cborg/* Tokenizer */._F {
    tagAllowed;
    maxDepth;
    open = [];
    constructor(data, options, tagAllowed, maxDepth) {
        super(data, options);
        this.tagAllowed = tagAllowed;
        this.maxDepth = maxDepth;
    }
    next() {
        const offset = this.pos();
        const token = super.next();
        const parent = this.open.at(-1);
        if (parent !== undefined) {
            if (parent.map && parent.read % 2 === 0 && !isKeyType(token)) {
                throw new CborError(`map key at byte ${offset} is a ${token.type.name}, not an integer or text`);
            }
            parent.read += 1;
            parent.remaining -= 1;
        }
        if (cborg/* Type */.ZU.equals(token.type, cborg/* Type */.ZU.string))
            checkUtf8(token, offset);
        if (cborg/* Type */.ZU.equals(token.type, cborg/* Type */.ZU.tag)) {
            const tag = token.value;
            if (typeof tag !== 'number' || !this.tagAllowed(tag, offset)) {
                throw new CborError(`tag ${String(tag)} at byte ${offset} is not allowed here`);
            }
            this.push({ remaining: 1, map: false, read: 0 });
        }
        else if (cborg/* Type */.ZU.equals(token.type, cborg/* Type */.ZU.array) || cborg/* Type */.ZU.equals(token.type, cborg/* Type */.ZU.map)) {
            const map = cborg/* Type */.ZU.equals(token.type, cborg/* Type */.ZU.map);
            const count = token.value;
            if (count > 0)
                this.push({ remaining: map ? count * 2 : count, map, read: 0 });
        }
        while (this.open.length > 0 && this.open[this.open.length - 1].remaining === 0)
            this.open.pop();
        return token;
    }
    push(frame) {
        this.open.push(frame);
        if (this.open.length > this.maxDepth)
            throw new CborError(`nested deeper than ${this.maxDepth} levels`);
    }
}
function isKeyType(token) {
    return [cborg/* Type */.ZU.uint, cborg/* Type */.ZU.negint, cborg/* Type */.ZU.string].some(type => cborg/* Type */.ZU.equals(token.type, type));
}
function checkUtf8(token, offset) {
    try {
        UTF8.decode(token.byteValue ?? new Uint8Array());
    }
    catch {
        throw new CborError(`text string at byte ${offset} is not valid UTF-8`);
    }
}

// EXTERNAL MODULE: ./src/trust/notary-envelope.ts
var notary_envelope = __webpack_require__(29434);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/trust/signature-algorithms.ts
/**
 * The Notary signing algorithms as bytes in, bytes out: RSASSA-PSS with salt = hash length and ECDSA
 * with raw r||s signatures, as JWS (RFC 7518) and COSE (RFC 9053) both encode them. Every envelope
 * format signs and verifies through here.
 */

const HASH_OF = {
    PS256: { name: 'sha256', bytes: 32 },
    PS384: { name: 'sha384', bytes: 48 },
    PS512: { name: 'sha512', bytes: 64 },
    ES256: { name: 'sha256', bytes: 32 },
    ES384: { name: 'sha384', bytes: 48 },
    ES512: { name: 'sha512', bytes: 64 }
};
/** Raw r||s signature length per ECDSA algorithm (two field elements of the curve). */
const ECDSA_SIGNATURE_BYTES = { ES256: 64, ES384: 96, ES512: 132 };
/**
 * A name of the algorithm table. Asked with `in`: an inherited name ('toString') passes here and is
 * refused later, as an algorithm the leaf key does not sign; verdict messages depend on that order.
 */
function isSigningAlgorithm(value) {
    return typeof value === 'string' && value in HASH_OF;
}
/** The hash `algorithm` signs with: also what a TSA is asked to timestamp the signature with. */
function hashOf(algorithm) {
    return HASH_OF[algorithm].name;
}
/** A raw signature with a key Signet holds (a PEM key). */
function signature_algorithms_signBytes(input, key, algorithm) {
    const hash = HASH_OF[algorithm];
    // PSS salt = hash length and raw r||s ECDSA signatures, as JWS (RFC 7518) and the Notary spec require.
    return algorithm.startsWith('PS')
        ? (0,external_node_crypto_.sign)(hash.name, input, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: hash.bytes })
        : (0,external_node_crypto_.sign)(hash.name, input, { key, dsaEncoding: 'ieee-p1363' });
}
/** True when `signature` over `input` verifies with `key` under `algorithm`; false for any malformed signature. */
function verifyBytes(input, signature, key, algorithm) {
    const hash = HASH_OF[algorithm];
    try {
        if (algorithm.startsWith('PS')) {
            // Any salt length, as notation-go (rsa.PSSSaltLengthAuto) and KMS signers that use the maximum:
            // the encoding fixes the salt length, so reading it from the signature admits no other message;
            // the salt only randomises the signer's output and pinning it adds no forgery resistance.
            const options = {
                key,
                padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING,
                saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_AUTO
            };
            return (0,external_node_crypto_.verify)(hash.name, input, options, signature);
        }
        if (signature.length !== ECDSA_SIGNATURE_BYTES[algorithm])
            return false;
        return (0,external_node_crypto_.verify)(hash.name, input, { key, dsaEncoding: 'ieee-p1363' }, signature);
    }
    catch {
        // OpenSSL throws on some malformed signatures (wrong length for the key) instead of returning false.
        return false;
    }
}

;// CONCATENATED MODULE: ./src/trust/cose.ts




const COSE_MEDIA_TYPE = 'application/cose';
/** Envelopes larger than this are refused unread, as for JWS (the Notary spec's limit). */
const MAX_COSE_ENVELOPE_BYTES = 32 * 1024 * 1024;
const TAG_COSE_SIGN1 = 18;
const TAG_EPOCH_TIME = 1;
/** The COSE labels of the parameters the rules read by their JWS names (RFC 9052 §3.1). */
const LABEL_OF_NAME = new Map([
    ['alg', 1],
    ['crit', 2],
    ['cty', 3]
]);
const NAME_OF_LABEL = new Map([...LABEL_OF_NAME].map(([name, label]) => [label, name]));
/** x5chain (RFC 9360): an array of DER certificates, leaf first. */
const X5CHAIN = 33;
/** COSE algorithm identifiers (IANA "COSE Algorithms") of the algorithms the Notary spec allows. */
const COSE_ALGORITHM = {
    PS256: -37,
    PS384: -38,
    PS512: -39,
    ES256: -7,
    ES384: -35,
    ES512: -36
};
const ALGORITHM_OF = new Map(Object.entries(COSE_ALGORITHM).map(([name, id]) => [id, name]));
/** Containers nest at most this deep in a Notary COSE envelope (tag > array > map > array, with room). */
const MAX_DEPTH = 8;
// ---------------------------------------------------------------------------------------------
// Reading
/** A COSE envelope as the Notary rules read it; a malformed-envelope error for anything but strict COSE_Sign1. */
function decodeCose(envelope) {
    const sign1 = parseSign1(envelope);
    const header = parseProtectedHeader(sign1.protected);
    for (const label of sign1.unprotected.keys()) {
        // RFC 9052 §3: a label must not appear in both buckets (which would a verifier read?).
        if (header.has(label))
            throw (0,notary_envelope.malformed)(`header ${String(label)} is both protected and unprotected`);
    }
    return {
        protectedHeader: namedHeader(header),
        decodeTime: epochTime,
        payload: sign1.payload,
        signingInput: sigStructure(sign1.protected, sign1.payload),
        signature: sign1.signature,
        certificateChain: () => parseChain(sign1.unprotected.get(X5CHAIN)).map((der, index) => (0,notary_envelope.chainCertificate)(der, `x5chain[${index}]`)),
        timestamped: sign1.unprotected.has(notary_envelope.NotaryHeader.timestampSignature),
        timestampToken: () => timestampToken(sign1.unprotected),
        withTimestampToken: token => {
            const unprotected = new Map(sign1.unprotected);
            unprotected.set(notary_envelope.NotaryHeader.timestampSignature, new Uint8Array(token));
            return encodeSign1({ ...sign1, unprotected });
        }
    };
}
/**
 * A COSE envelope's countersignature token and the signature it should cover; undefined when absent or
 * when the envelope is no COSE_Sign1. Lenient on purpose: it only tells a signer whether a signature it
 * finds already carries a token, which is then verified in full.
 */
function coseCountersignatureOf(envelope) {
    try {
        const sign1 = parseSign1(envelope);
        const token = timestampToken(sign1.unprotected);
        return token === undefined ? undefined : { token, signature: sign1.signature };
    }
    catch {
        return undefined;
    }
}
function parseSign1(envelope) {
    if (envelope.length > MAX_COSE_ENVELOPE_BYTES) {
        throw (0,notary_envelope.malformed)(`the COSE envelope is ${envelope.length} bytes, more than ${MAX_COSE_ENVELOPE_BYTES}`);
    }
    let message;
    try {
        // Tag 18 at the very start and nowhere else (go-cose reads the message with tags forbidden).
        message = decodeStrict(envelope, {
            tags: (tag, offset) => tag === TAG_COSE_SIGN1 && offset === 0,
            maxDepth: MAX_DEPTH
        });
    }
    catch (error) {
        throw cborError(error, 'the COSE envelope');
    }
    if (!(message instanceof cborg/* Tagged */.d2) || message.tag !== TAG_COSE_SIGN1) {
        throw (0,notary_envelope.malformed)('not a tagged COSE_Sign1 (CBOR tag 18)');
    }
    const members = message.value;
    if (!Array.isArray(members) || members.length !== 4) {
        throw (0,notary_envelope.malformed)('COSE_Sign1 is not an array of four members');
    }
    const [protectedBytes, unprotected, payload, signature] = members;
    if (!(protectedBytes instanceof Uint8Array))
        throw (0,notary_envelope.malformed)('the protected header is not a byte string');
    if (!isHeaderMap(unprotected))
        throw (0,notary_envelope.malformed)('the unprotected header is not a map');
    if (payload === null)
        throw (0,notary_envelope.malformed)('the payload is detached; a Notary envelope carries it');
    if (!(payload instanceof Uint8Array))
        throw (0,notary_envelope.malformed)('the payload is not a byte string');
    if (!(signature instanceof Uint8Array) || signature.length === 0) {
        throw (0,notary_envelope.malformed)('the signature is not a non-empty byte string');
    }
    return {
        protected: Buffer.from(protectedBytes),
        unprotected,
        payload: Buffer.from(payload),
        signature: Buffer.from(signature)
    };
}
function parseProtectedHeader(bytes) {
    if (bytes.length === 0)
        throw (0,notary_envelope.malformed)('the protected header is empty');
    let header;
    try {
        // Any tag may appear in a protected header (tag 1 does); only the Notary times are read as tags.
        header = decodeStrict(bytes, { tags: () => true, maxDepth: MAX_DEPTH });
    }
    catch (error) {
        throw cborError(error, 'the protected header');
    }
    if (!isHeaderMap(header))
        throw (0,notary_envelope.malformed)('the protected header is not a map');
    return header;
}
/**
 * The protected header under the names the rules read: labels 1, 2 and 3 as 'alg', 'crit' and 'cty'
 * (the algorithm as its SigningAlgorithm name; crit's labels renamed alike), text labels as they are.
 * Other integer labels have no name the rules know; one listed in crit stays a number, which the rules
 * refuse. A text label spelling one of those names would be read twice: refused.
 */
function namedHeader(header) {
    // No prototype: a label "__proto__" or "toString" is a label like any other.
    const named = Object.create(null);
    for (const [label, value] of header) {
        if (typeof label === 'string') {
            if (LABEL_OF_NAME.has(label))
                throw (0,notary_envelope.malformed)(`the protected header has a text label "${label}"`);
            named[label] = value;
        }
        else if (NAME_OF_LABEL.has(label)) {
            named[NAME_OF_LABEL.get(label)] = value;
        }
    }
    if (named.alg !== undefined)
        named.alg = algorithmName(named.alg);
    if (Array.isArray(named.crit)) {
        named.crit = named.crit.map(entry => NAME_OF_LABEL.get(entry) ?? entry);
    }
    return named;
}
/** COSE numbers algorithms; a number the Notary spec does not allow stays a number, which the rules refuse. */
function algorithmName(alg) {
    if (typeof alg === 'number')
        return ALGORITHM_OF.get(alg) ?? alg;
    // A text algorithm ('PS384') is a COSE name no registry defines; taken as JWS's, it would pass.
    throw new errors/* VerificationError */.mk(`unsupported signature algorithm ${JSON.stringify(alg)} (COSE numbers its algorithms)`);
}
/** A Notary time: CBOR tag 1 over epoch seconds (notation writes integers; RFC 8949 also allows floats). */
function epochTime(value, name) {
    if (!(value instanceof cborg/* Tagged */.d2) || value.tag !== TAG_EPOCH_TIME) {
        throw (0,notary_envelope.malformed)(`${name} is not a CBOR tag 1 epoch time`);
    }
    const seconds = value.value;
    const time = typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined;
    if (time === undefined || Number.isNaN(time.getTime()))
        throw (0,notary_envelope.malformed)(`${name} is not an epoch time`);
    return time;
}
/** x5chain as notation writes and reads it: an array of DER certificates, even for one. */
function parseChain(value) {
    if (!Array.isArray(value) || value.length === 0) {
        throw (0,notary_envelope.malformed)('x5chain (label 33) is not a non-empty array of certificates');
    }
    return value.map((entry, index) => {
        if (!(entry instanceof Uint8Array))
            throw (0,notary_envelope.malformed)(`x5chain[${index}] is not a byte string`);
        return Buffer.from(entry);
    });
}
function timestampToken(unprotected) {
    const value = unprotected.get(notary_envelope.NotaryHeader.timestampSignature);
    if (value === undefined)
        return undefined;
    if (!(value instanceof Uint8Array))
        throw (0,notary_envelope.malformed)(`${notary_envelope.NotaryHeader.timestampSignature} is not a byte string`);
    return value.length === 0 ? undefined : Buffer.from(value);
}
function isHeaderMap(value) {
    return value instanceof Map && [...value.keys()].every(isLabel);
}
function isLabel(value) {
    return (typeof value === 'number' && Number.isSafeInteger(value)) || typeof value === 'string';
}
function cborError(error, what) {
    return error instanceof CborError ? (0,notary_envelope.malformed)(`${what} is not strict CBOR: ${error.message}`) : error;
}
/** Sig_structure for COSE_Sign1 (RFC 9052 §4.4), no external data. */
function sigStructure(protectedBytes, payload) {
    return encodeDeterministic(['Signature1', protectedBytes, new Uint8Array(0), payload]);
}
// ---------------------------------------------------------------------------------------------
// Writing
/**
 * The encoded protected header and payload. `header` is by member name, as the rules read it ('alg' a
 * SigningAlgorithm name, 'crit', 'cty', io.cncf.notary.* names); times are Dates, written as tag 1 over
 * whole seconds, as notation writes them.
 */
function encodeCoseParts(header, payload) {
    const labelled = new Map();
    for (const [name, value] of Object.entries(header)) {
        labelled.set(LABEL_OF_NAME.get(name) ?? name, coseValue(name, value));
    }
    const encoded = encodeDeterministic(labelled);
    return { protected: encoded, payload, signingInput: sigStructure(encoded, payload) };
}
function coseValue(name, value) {
    if (name === 'alg' && isSigningAlgorithm(value))
        return COSE_ALGORITHM[value];
    if (name === 'crit' && Array.isArray(value)) {
        return value.map(entry => LABEL_OF_NAME.get(entry) ?? entry);
    }
    if (value instanceof Date)
        return new cborg/* Tagged */.d2(TAG_EPOCH_TIME, Math.floor(value.getTime() / 1000));
    return value;
}
/** The tagged COSE_Sign1 around `parts` and a raw `signature`, with the chain as x5chain and `unprotected` after it. */
function assembleCose(parts, signature, chain, unprotected) {
    const header = new Map([
        [X5CHAIN, chain.map(cert => new Uint8Array(cert.rawData))],
        ...Object.entries(unprotected)
    ]);
    return encodeSign1({ protected: parts.protected, unprotected: header, payload: parts.payload, signature });
}
function encodeSign1(sign1) {
    return encodeDeterministic(new cborg/* Tagged */.d2(TAG_COSE_SIGN1, [sign1.protected, sign1.unprotected, sign1.payload, sign1.signature]));
}

;// CONCATENATED MODULE: ./src/trust/jws.ts

const JWS_MEDIA_TYPE = 'application/jose+json';
const JWS_MEMBERS = ['header', 'payload', 'protected', 'signature'];
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** The envelope's members, each checked for its JWS encoding; a malformed-envelope error otherwise. */
function parseJws(envelope) {
    const parsed = (0,notary_envelope.parseJsonObject)(Buffer.from(envelope).toString('utf8'), 'the envelope');
    const members = Object.keys(parsed).sort();
    if (members.join() !== JWS_MEMBERS.join()) {
        throw (0,notary_envelope.malformed)(`expected exactly the members payload, protected, header, signature (got ${members.join(', ')})`);
    }
    for (const member of ['payload', 'protected', 'signature']) {
        const value = parsed[member];
        if (typeof value !== 'string' || !BASE64URL.test(value) || value.length % 4 === 1 || value === '') {
            throw (0,notary_envelope.malformed)(`${member} is not unpadded base64url`);
        }
    }
    if (!(0,notary_envelope.isObject)(parsed.header))
        throw (0,notary_envelope.malformed)('header is not a JSON object');
    return parsed;
}
/** A JWS envelope as the Notary rules read it (its protected header parsed as strict JSON). */
function decodeJws(envelope) {
    const jws = parseJws(envelope);
    const protectedHeader = (0,notary_envelope.parseJsonObject)(Buffer.from(jws.protected, 'base64url').toString('utf8'), 'the protected header');
    return {
        protectedHeader,
        decodeTime: parseTime,
        payload: Buffer.from(jws.payload, 'base64url'),
        signingInput: Buffer.from(`${jws.protected}.${jws.payload}`),
        signature: Buffer.from(jws.signature, 'base64url'),
        certificateChain: () => parseCertificateChain(jws.header),
        timestamped: notary_envelope.NotaryHeader.timestampSignature in jws.header,
        timestampToken: () => jws_timestampToken(jws.header),
        withTimestampToken: token => Buffer.from(JSON.stringify({
            ...jws,
            header: { ...jws.header, [notary_envelope.NotaryHeader.timestampSignature]: token.toString('base64') }
        }))
    };
}
function parseTime(value, name) {
    const time = typeof value === 'string' && RFC3339.test(value) ? new Date(value) : undefined;
    if (time === undefined || Number.isNaN(time.getTime()))
        throw (0,notary_envelope.malformed)(`${name} is not an RFC 3339 time`);
    return time;
}
function parseCertificateChain(header) {
    const x5c = header.x5c;
    if (!Array.isArray(x5c) || x5c.length === 0)
        throw (0,notary_envelope.malformed)('x5c holds no certificate');
    return x5c.map((entry, index) => {
        if (typeof entry !== 'string' || !BASE64.test(entry) || entry.length % 4 !== 0) {
            throw (0,notary_envelope.malformed)(`x5c[${index}] is not standard base64`);
        }
        return (0,notary_envelope.chainCertificate)(Buffer.from(entry, 'base64'), `x5c[${index}]`);
    });
}
function jws_timestampToken(header) {
    const encoded = header[notary_envelope.NotaryHeader.timestampSignature];
    if (encoded === undefined || encoded === '')
        return undefined;
    if (typeof encoded !== 'string' || !BASE64.test(encoded) || encoded.length % 4 !== 0) {
        throw (0,notary_envelope.malformed)(`${notary_envelope.NotaryHeader.timestampSignature} is not standard base64`);
    }
    return Buffer.from(encoded, 'base64');
}
/**
 * An envelope's countersignature token and the signature value it should cover; undefined when absent
 * or when the envelope is no JWS. Lenient on purpose: it only tells a signer whether a signature it
 * finds already carries a token, which is then verified in full.
 */
function countersignatureOf(envelope) {
    try {
        const jws = parseJws(envelope);
        const token = jws.header[notary_envelope.NotaryHeader.timestampSignature];
        if (typeof token !== 'string' || token === '')
            return undefined;
        return { token: Buffer.from(token, 'base64'), signature: Buffer.from(jws.signature, 'base64url') };
    }
    catch {
        return undefined;
    }
}
/** The encoded protected header (time values as RFC 3339 seconds, in member order) and payload. */
function encodeJwsParts(header, payload) {
    const encoded = Object.fromEntries(Object.entries(header).map(([name, value]) => [
        name,
        value instanceof Date ? (0,notary_envelope.rfc3339Seconds)(value) : value
    ]));
    const encodedProtected = Buffer.from(JSON.stringify(encoded)).toString('base64url');
    const encodedPayload = payload.toString('base64url');
    return {
        protected: encodedProtected,
        payload: encodedPayload,
        signingInput: Buffer.from(`${encodedProtected}.${encodedPayload}`)
    };
}
/** The flattened JWS JSON around `parts` and a raw `signature`, with the chain as `x5c` and `unprotected` after it. */
function assembleJws(parts, signature, chain, unprotected) {
    const envelope = {
        payload: parts.payload,
        protected: parts.protected,
        header: {
            x5c: chain.map(cert => Buffer.from(cert.rawData).toString('base64')),
            ...unprotected
        },
        signature: signature.toString('base64url')
    };
    return Buffer.from(JSON.stringify(envelope));
}

// EXTERNAL MODULE: ./src/trust/key-description.ts
var key_description = __webpack_require__(30454);
// EXTERNAL MODULE: ./src/trust/timestamp.ts
var trust_timestamp = __webpack_require__(5026);
// EXTERNAL MODULE: ./src/trust/trusted-identities.ts
var trusted_identities = __webpack_require__(67952);
;// CONCATENATED MODULE: ./src/trust/envelope.ts











/** The envelope formats Signet signs in (`signature-format`, as notation's `--signature-format`), by media type. */
const ENVELOPE_MEDIA_TYPES = { jws: JWS_MEDIA_TYPE, cose: COSE_MEDIA_TYPE };
/** The envelope formats verifyEnvelope reads, by media type. */
const FORMATS = new Map([
    [JWS_MEDIA_TYPE, { decode: decodeJws, countersignatureOf: countersignatureOf }],
    [COSE_MEDIA_TYPE, { decode: decodeCose, countersignatureOf: coseCountersignatureOf }]
]);
const PAYLOAD_CONTENT_TYPE = 'application/vnd.cncf.notary.payload.v1+json';
const SIGNING_SCHEME_X509 = 'notary.x509';
/** Critical headers this verifier understands; any other entry of `crit` fails verification, as the spec requires. */
const UNDERSTOOD_CRITICAL = [notary_envelope.NotaryHeader.signingScheme, notary_envelope.NotaryHeader.expiry];
// ---------------------------------------------------------------------------------------------
// Signing
/** An envelope (JWS unless `options.format` says cose) signing `target` (its media type, digest, size and annotations). */
function createEnvelope(target, identity, options) {
    const parts = envelopeToSign(target, identity.algorithm, options);
    return parts.assemble(signBytes(parts.signingInput, identity.key, identity.algorithm), identity.chain);
}
/** The protected header and payload for `target`, signed with `algorithm`, in the format asked. */
function envelopeToSign(target, algorithm, options) {
    const header = notaryProtectedHeader(algorithm, options);
    const payload = Buffer.from(JSON.stringify(notaryPayload(target)));
    const unprotected = { [notary_envelope.NotaryHeader.signingAgent]: options.signingAgent };
    if (options.format === 'cose') {
        const parts = encodeCoseParts(header, payload);
        return {
            mediaType: COSE_MEDIA_TYPE,
            signingInput: parts.signingInput,
            assemble: (signature, chain) => assembleCose(parts, signature, chain, unprotected)
        };
    }
    const parts = encodeJwsParts(header, payload);
    return {
        mediaType: JWS_MEDIA_TYPE,
        signingInput: parts.signingInput,
        assemble: (signature, chain) => assembleJws(parts, signature, chain, unprotected)
    };
}
/**
 * The protected header a signature made with `algorithm` carries, by member name, times as Dates (each
 * format encodes them its own way): the signing scheme and time, and the expiry when one is asked, each
 * listed in `crit` as the specification requires.
 */
function notaryProtectedHeader(algorithm, options) {
    const header = {
        alg: algorithm,
        cty: PAYLOAD_CONTENT_TYPE,
        [notary_envelope.NotaryHeader.signingScheme]: SIGNING_SCHEME_X509,
        [notary_envelope.NotaryHeader.signingTime]: options.signingTime ?? new Date(),
        crit: [notary_envelope.NotaryHeader.signingScheme]
    };
    if (options.expiry !== undefined) {
        header[notary_envelope.NotaryHeader.expiry] = options.expiry;
        header.crit = [notary_envelope.NotaryHeader.signingScheme, notary_envelope.NotaryHeader.expiry];
    }
    return header;
}
/** The Notary payload (`{"targetArtifact": …}`) for `target`. */
function notaryPayload(target) {
    return { targetArtifact: payloadDescriptor(target) };
}
/** True when `signature` over `input` verifies with the leaf's public key under `algorithm`. */
function signatureVerifies(input, signature, leaf, algorithm) {
    return verifyBytes(input, signature, (0,certificates/* publicKeyOf */.kc)(leaf), algorithm);
}
/**
 * Adds an RFC 3161 countersignature to a finished envelope of `mediaType`: `stamp` gets the signature
 * value (the bytes the spec says a TSA timestamps, in either format) and the hash of the envelope's own
 * algorithm (what notation asks the TSA for), and returns the DER token, which goes into the unprotected
 * header. Nothing signed changes.
 */
async function addTimestamp(envelope, mediaType, stamp) {
    const decoded = decodeEnvelope(envelope, mediaType);
    const { alg } = checkProtectedHeader(decoded);
    const token = await stamp(decoded.signature, hashOf(alg));
    return decoded.withTimestampToken(token);
}
/**
 * An envelope's countersignature token and the signature value it should cover; undefined when absent,
 * unreadable, or of a format Signet does not read. Lenient on purpose: it only tells a signer whether a
 * signature it finds already carries a token, which is then verified in full.
 */
function envelope_countersignatureOf(envelope, mediaType) {
    return FORMATS.get(mediaType)?.countersignatureOf(envelope);
}
/** An envelope of `mediaType` as the Notary rules read it, its format's syntax checked; nothing verified yet. */
function decodeEnvelope(envelope, mediaType) {
    const format = FORMATS.get(mediaType);
    if (format === undefined)
        throw new errors/* VerificationError */.mk(`unsupported signature envelope type ${mediaType}`);
    return format.decode(envelope);
}
function payloadDescriptor(target) {
    const descriptor = { mediaType: target.mediaType, digest: target.digest, size: target.size };
    if (target.annotations !== undefined && Object.keys(target.annotations).length > 0) {
        descriptor.annotations = target.annotations;
    }
    return descriptor;
}
// ---------------------------------------------------------------------------------------------
// Verification
/**
 * Verifies an envelope. Integrity (format, critical headers, signing scheme, algorithm, signature) is
 * always enforced; authenticity (chain to a trusted root, valid at signing time; trusted identity) is
 * logged only at `audit`; "certificates valid now" and expiry are logged at `permissive` and `audit`.
 * Throws VerificationError with one line naming the first enforced check that failed.
 */
function verifyEnvelope(envelope, mediaType, options) {
    const level = options.level ?? 'strict';
    if (level === 'skip')
        throw new Error("verifyEnvelope: level 'skip' means the caller verifies nothing");
    const now = options.now ?? new Date();
    const decoded = decodeEnvelope(envelope, mediaType);
    const header = checkProtectedHeader(decoded);
    const target = parsePayload(decoded.payload);
    const chain = decoded.certificateChain();
    checkSignature(decoded, header.alg, chain[0]);
    const warnings = [];
    const check = (enforced, run) => {
        try {
            run();
            return true;
        }
        catch (error) {
            if (enforced || !(error instanceof errors/* VerificationError */.mk))
                throw error;
            warnings.push(error.message);
            return false;
        }
    };
    const authenticityEnforced = level !== 'audit';
    const timeEnforced = level === 'strict';
    const trustedChain = check(authenticityEnforced, () => {
        (0,chain_rules/* checkChainStructure */.jV)(chain, header.signingTime);
        (0,chain_rules/* checkTrusted */.E4)(chain, options.trustRoots);
    });
    const trustedSigner = check(authenticityEnforced, () => {
        if (!(0,trusted_identities/* identityMatches */.aK)(chain[0], options.trustedIdentities)) {
            throw new errors/* VerificationError */.mk(`signer "${(0,certificates/* subjectOf */.et)(chain[0])}" is not a trusted identity (trusted: ${(0,trusted_identities/* formatIdentities */.WU)(options.trustedIdentities)})`);
        }
    });
    let timestamp;
    check(timeEnforced, () => {
        timestamp = checkAuthenticTime(decoded, chain, now, options.timestamp);
    });
    check(timeEnforced, () => {
        if (header.expiry !== undefined && now > header.expiry) {
            throw new errors/* VerificationError */.mk(`signature expired on ${(0,notary_envelope.rfc3339Seconds)(header.expiry)}`);
        }
    });
    return {
        target,
        signer: (0,certificates/* subjectOf */.et)(chain[0]),
        signingTime: header.signingTime,
        expiry: header.expiry,
        algorithm: header.alg,
        chain,
        timestamp,
        timestamped: decoded.timestamped,
        warnings,
        authentic: trustedChain && trustedSigner
    };
}
/**
 * The trust policy spec's "authentic timestamp" for notary.x509: with TSA trust configured (and, under
 * `afterCertExpiry`, a certificate of the chain expired), a countersignature must be present and verify,
 * and genTime ± accuracy must lie within every certificate's validity; otherwise every certificate must
 * be valid now. Returns the verified timestamp, if one was required.
 */
function checkAuthenticTime(decoded, chain, now, tsa) {
    const expired = chain.some(cert => now > cert.notAfter);
    if (tsa === undefined || (tsa.verify === 'afterCertExpiry' && !expired)) {
        (0,chain_rules/* checkValidAt */.AK)(chain, now);
        return undefined;
    }
    const token = decoded.timestampToken();
    if (token === undefined) {
        throw new errors/* VerificationError */.mk('no timestamp countersignature was found in the signature envelope');
    }
    const timestamp = (0,trust_timestamp.verifyTimestampToken)(token, decoded.signature, tsa.roots);
    for (const cert of chain) {
        if (timestamp.lower < cert.notBefore) {
            throw new errors/* VerificationError */.mk(`timestamp: ${(0,notary_envelope.rfc3339Seconds)(timestamp.time)} may be before "${(0,certificates/* subjectOf */.et)(cert)}" became valid (${(0,notary_envelope.rfc3339Seconds)(cert.notBefore)})`);
        }
        if (timestamp.upper > cert.notAfter) {
            throw new errors/* VerificationError */.mk(`timestamp: ${(0,notary_envelope.rfc3339Seconds)(timestamp.time)} may be after "${(0,certificates/* subjectOf */.et)(cert)}" expired (${(0,notary_envelope.rfc3339Seconds)(cert.notAfter)})`);
        }
    }
    return timestamp;
}
/** undefined when the signed target and the resolved descriptor agree on digest, size and media type. */
function targetMatches(target, resolved) {
    const differences = [];
    if (target.digest !== resolved.digest)
        differences.push(`digest ${target.digest} is not ${resolved.digest}`);
    if (target.size !== resolved.size)
        differences.push(`size ${target.size} is not ${resolved.size}`);
    if (target.mediaType !== resolved.mediaType) {
        differences.push(`media type ${target.mediaType} is not ${resolved.mediaType}`);
    }
    return differences.length === 0 ? undefined : `signed ${differences.join('; ')}`;
}
/** The signing scheme, critical headers, algorithm, content type and times the specification requires. */
function checkProtectedHeader(decoded) {
    const header = decoded.protectedHeader;
    const scheme = header[notary_envelope.NotaryHeader.signingScheme];
    if (scheme === undefined)
        throw (0,notary_envelope.malformed)(`the protected header lacks ${notary_envelope.NotaryHeader.signingScheme}`);
    if (scheme !== SIGNING_SCHEME_X509)
        throw new errors/* VerificationError */.mk(`unsupported signing scheme ${String(scheme)}`);
    const crit = header.crit;
    if (!Array.isArray(crit) || crit.length === 0 || !crit.every(entry => typeof entry === 'string')) {
        throw (0,notary_envelope.malformed)('the protected header "crit" must be a non-empty array of strings');
    }
    for (const name of crit) {
        if (!UNDERSTOOD_CRITICAL.includes(name))
            throw new errors/* VerificationError */.mk(`unknown critical header ${name}`);
        if (!(name in header))
            throw (0,notary_envelope.malformed)(`critical header ${name} is not present`);
    }
    for (const name of UNDERSTOOD_CRITICAL) {
        if (name in header && !crit.includes(name))
            throw (0,notary_envelope.malformed)(`${name} must be listed in "crit"`);
    }
    if (notary_envelope.NotaryHeader.verificationPlugin in header) {
        throw new errors/* VerificationError */.mk(`the signature requires verification plugin ${String(header[notary_envelope.NotaryHeader.verificationPlugin])}`);
    }
    if (notary_envelope.NotaryHeader.authenticSigningTime in header) {
        throw (0,notary_envelope.malformed)(`${notary_envelope.NotaryHeader.authenticSigningTime} must not be present with signing scheme ${SIGNING_SCHEME_X509}`);
    }
    const alg = header.alg;
    if (!isSigningAlgorithm(alg))
        throw new errors/* VerificationError */.mk(`unsupported signature algorithm ${String(alg)}`);
    if (header.cty !== PAYLOAD_CONTENT_TYPE)
        throw (0,notary_envelope.malformed)(`content type (cty) is ${String(header.cty)}, not ${PAYLOAD_CONTENT_TYPE}`);
    const time = (name) => header[name] === undefined ? undefined : decoded.decodeTime(header[name], name);
    const signingTime = time(notary_envelope.NotaryHeader.signingTime);
    if (signingTime === undefined)
        throw (0,notary_envelope.malformed)(`the protected header lacks ${notary_envelope.NotaryHeader.signingTime}`);
    return { alg, signingTime, expiry: time(notary_envelope.NotaryHeader.expiry) };
}
function parsePayload(payload) {
    const parsed = (0,notary_envelope.parseJsonObject)(payload.toString('utf8'), 'the payload', ['targetArtifact.annotations']);
    const target = parsed.targetArtifact;
    if (!(0,notary_envelope.isObject)(target))
        throw (0,notary_envelope.malformed)('the payload has no targetArtifact object');
    const { mediaType, digest, size, annotations } = target;
    if (typeof mediaType !== 'string' || mediaType === '')
        throw (0,notary_envelope.malformed)('targetArtifact.mediaType is missing');
    if (typeof digest !== 'string' || !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest)) {
        throw (0,notary_envelope.malformed)('targetArtifact.digest is not a digest');
    }
    // Go decodes size into an int64: '1e1' or '10.0' fail there, so they fail here too.
    const sizeText = parsed[notary_envelope.NUMBERS]?.get('targetArtifact.size') ?? '';
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0 || !/^(0|[1-9]\d*)$/.test(sizeText))
        throw (0,notary_envelope.malformed)('targetArtifact.size is not a size');
    const descriptor = { mediaType, digest, size };
    if (annotations !== undefined) {
        if (!(0,notary_envelope.isObject)(annotations) || !Object.values(annotations).every(value => typeof value === 'string')) {
            throw (0,notary_envelope.malformed)('targetArtifact.annotations is not a map of strings');
        }
        descriptor.annotations = annotations;
    }
    return descriptor;
}
function checkSignature(decoded, alg, leaf) {
    const key = (0,certificates/* publicKeyOf */.kc)(leaf);
    const { description, algorithm } = (0,key_description/* describeKey */.Rx)(key);
    if (algorithm === undefined)
        throw new errors/* VerificationError */.mk(`the leaf certificate has ${(0,key_description/* unsupportedKeyReason */.JL)(description)} (supported: ${key_description/* SUPPORTED_KEYS */.Iu})`);
    if (algorithm !== alg) {
        throw new errors/* VerificationError */.mk(`alg ${alg} does not match the ${description} leaf key (expects ${algorithm})`);
    }
    if (!verifyBytes(decoded.signingInput, decoded.signature, key, alg)) {
        throw new errors/* VerificationError */.mk('signature does not verify');
    }
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

/***/ 2345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eI: () => (/* binding */ HttpFetcher),
/* harmony export */   fk: () => (/* binding */ FetchError)
/* harmony export */ });
/* unused harmony export parseUrl */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one door from trust/ to the network: small HTTP exchanges with a TSA, an OCSP responder or a CRL
 * distribution point. These servers are named by certificates and inputs, so they are untrusted: every
 * exchange has a deadline for the whole response (a slow drip cannot stretch it), a size cap (counted
 * while reading, not taken from Content-Length), an expected content type, no credentials, and
 * redirects only to the same host. GETs are cached for the run, so a CRL shared by many signatures is
 * fetched once. (oci/'s transport is for registries, with their auth and retries: none of that fits here.)
 */


/** A remote answer that could not be had or used: the reason names the server and what went wrong. */
class FetchError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FetchError';
    }
}
const MAX_REDIRECTS = 3;
class HttpFetcher {
    userAgent;
    cache = new Map();
    /** `userAgent`: what the servers see, e.g. 'signet/0.1.0'. */
    constructor(userAgent) {
        this.userAgent = userAgent;
    }
    /** The body of a successful response to `url`, checked against `exchange`; GETs are cached. */
    async fetch(url, exchange) {
        const cached = exchange.body === undefined || exchange.cache === true;
        if (!cached)
            return this.exchange(parseUrl(url, exchange.what), exchange);
        const key = `${exchange.what} ${url} ${exchange.body?.toString('base64') ?? ''}`;
        let pending = this.cache.get(key);
        if (pending === undefined) {
            pending = this.exchange(parseUrl(url, exchange.what), exchange);
            this.cache.set(key, pending);
        }
        return pending;
    }
    async exchange(url, exchange) {
        const deadline = Date.now() + exchange.timeoutMs;
        let current = url;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            const response = await send(current, exchange, deadline, this.userAgent);
            if (response.location === undefined)
                return response.body;
            const next = new URL(response.location, current);
            // A redirect elsewhere could turn a certificate's URL into a request to any host: refused.
            if (next.host !== current.host || (current.protocol === 'https:' && next.protocol !== 'https:')) {
                throw new FetchError(`${exchange.what} ${redact(url)}: redirect to another host or scheme (${redact(next)}) refused`);
            }
            current = parseUrl(next.href, exchange.what);
        }
        throw new FetchError(`${exchange.what} ${redact(url)}: more than ${MAX_REDIRECTS} redirects`);
    }
}
/** http(s) only, and no user:password (which would be sent to whoever runs the server). */
function parseUrl(text, what) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new FetchError(`${what} URL '${text}' is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new FetchError(`${what} URL '${redact(url)}' is not http or https`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new FetchError(`${what} URL '${redact(url)}' carries credentials; Signet sends none`);
    }
    return url;
}
function redact(url) {
    const copy = new URL(url.href);
    if (copy.username !== '' || copy.password !== '') {
        copy.username = '***';
        copy.password = '';
    }
    return copy.href;
}
function send(url, exchange, deadline, userAgent) {
    const where = `${exchange.what} ${redact(url)}`;
    return new Promise((resolve, reject) => {
        const remaining = deadline - Date.now();
        if (remaining <= 0) {
            reject(new FetchError(`${where}: no answer within ${exchange.timeoutMs} ms`));
            return;
        }
        const headers = {
            'user-agent': userAgent,
            accept: exchange.accept.join(', ')
        };
        if (exchange.body !== undefined) {
            headers['content-type'] = exchange.contentType ?? 'application/octet-stream';
            headers['content-length'] = String(exchange.body.length);
        }
        const request = (url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, {
            method: exchange.body === undefined ? 'GET' : 'POST',
            headers,
            agent: false
        });
        const timer = setTimeout(() => {
            request.destroy(new FetchError(`${where}: no complete answer within ${exchange.timeoutMs} ms`));
        }, remaining);
        const fail = (error) => {
            clearTimeout(timer);
            reject(error instanceof FetchError
                ? error
                : new FetchError(`${where}: ${error instanceof Error ? error.message : String(error)}`));
        };
        request.on('error', fail);
        request.on('response', (response) => {
            const status = response.statusCode ?? 0;
            if ([301, 302, 303, 307, 308].includes(status) && response.headers.location !== undefined) {
                clearTimeout(timer);
                response.resume();
                request.destroy();
                resolve({ body: Buffer.alloc(0), location: response.headers.location });
                return;
            }
            if (status !== 200) {
                response.resume();
                request.destroy(new FetchError(`${where}: HTTP ${status}`));
                return;
            }
            const type = (response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
            if (!exchange.accept.includes(type)) {
                request.destroy(new FetchError(`${where}: content type '${type || 'none'}' is not ${exchange.accept.join(' or ')}`));
                return;
            }
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > exchange.maxBytes) {
                    request.destroy(new FetchError(`${where}: answer larger than ${exchange.maxBytes} bytes`));
                    return;
                }
                chunks.push(chunk);
            });
            response.on('error', fail);
            response.on('end', () => {
                clearTimeout(timer);
                if (!response.complete) {
                    reject(new FetchError(`${where}: the answer was cut short`));
                    return;
                }
                resolve({ body: Buffer.concat(chunks) });
            });
        });
        request.end(exchange.body);
    });
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

/***/ 29434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NUMBERS: () => (/* binding */ NUMBERS),
/* harmony export */   NotaryHeader: () => (/* binding */ NotaryHeader),
/* harmony export */   chainCertificate: () => (/* binding */ chainCertificate),
/* harmony export */   isObject: () => (/* binding */ isObject),
/* harmony export */   malformed: () => (/* binding */ malformed),
/* harmony export */   parseJsonObject: () => (/* binding */ parseJsonObject),
/* harmony export */   rfc3339Seconds: () => (/* binding */ rfc3339Seconds)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75624);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79976);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28336);




/** Header names of the Notary Project signature specification (v1.1). */
const NotaryHeader = {
    signingScheme: 'io.cncf.notary.signingScheme',
    signingTime: 'io.cncf.notary.signingTime',
    authenticSigningTime: 'io.cncf.notary.authenticSigningTime',
    expiry: 'io.cncf.notary.expiry',
    verificationPlugin: 'io.cncf.notary.verificationPlugin',
    signingAgent: 'io.cncf.notary.signingAgent',
    timestampSignature: 'io.cncf.notary.timestampSignature'
};
function malformed(reason) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`malformed envelope: ${reason}`);
}
/** The literal text of each number of a parsed object, kept off its enumerable members. */
const NUMBERS = Symbol('numbers');
/**
 * A JSON object read once for every verifier: keys that collide under Go's case-insensitive matching
 * (notation reads these documents with encoding/json) are refused, as are duplicates, which JSON.parse
 * and Go would resolve silently and perhaps differently (strict-json.ts). `maps` are exact-key maps.
 */
function parseJsonObject(text, what, maps = []) {
    let parsed;
    try {
        parsed = (0,_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStrictJson */ .R)(text, maps);
    }
    catch (error) {
        if (error instanceof _strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .StrictJsonError */ .U && error.collision) {
            throw malformed(`${what}: ${error.message}`);
        }
        throw malformed(`${what} is not JSON`);
    }
    if (!isObject(parsed.value))
        throw malformed(`${what} is not a JSON object`);
    return Object.assign(parsed.value, { [NUMBERS]: parsed.numbers });
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Certificates already parsed in this process, by their DER: a gate over many images by one signer meets
 * the same chain in every envelope, and parsing is most of an envelope's cost (about 4 ms a certificate).
 * Bounded, oldest out first; a parsed certificate is never changed by its users.
 */
const parsedCertificates = new Map();
const PARSED_CERTIFICATES_KEPT = 64;
/** One certificate of an envelope's chain, from its DER; `name` says where it sat (e.g. 'x5c[1]'). */
function chainCertificate(der, name) {
    const key = der.toString('base64');
    let cert = parsedCertificates.get(key);
    if (cert === undefined) {
        try {
            cert = new _x509_js__WEBPACK_IMPORTED_MODULE_3__.x509.X509Certificate(der);
            (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyOf */ .kc)(cert);
        }
        catch {
            throw malformed(`${name} is not a DER X.509 certificate`);
        }
        if (parsedCertificates.size >= PARSED_CERTIFICATES_KEPT)
            parsedCertificates.delete(parsedCertificates.keys().next().value);
        parsedCertificates.set(key, cert);
    }
    // A parser may stop at the end of the certificate; bytes after it would go unsigned and unseen.
    if (derLength(der) !== der.length)
        throw malformed(`${name} has bytes after the certificate`);
    return cert;
}
/** The length of a DER value from its tag and length octets (definite form, as DER requires). */
function derLength(der) {
    if (der.length < 2)
        return -1;
    const first = der[1];
    if (first < 0x80)
        return 2 + first;
    const octets = first & 0x7f;
    if (octets === 0 || octets > 4 || der.length < 2 + octets)
        return -1;
    return 2 + octets + der.readUIntBE(2, octets);
}
/** RFC 3339 with second precision, UTC: what notation writes and what the spec's examples show. */
function rfc3339Seconds(date) {
    return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
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

/***/ 99742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ loadTrustPolicy),
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
/* harmony import */ var _timestamp_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5026);
/* harmony import */ var _trusted_identities_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67952);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(28336);
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
/** TSA roots must be CA certificates: a TSA's own certificate is no root to chain to. */
function checkTsaRoots(roots) {
    roots.forEach((root, index) => {
        if (!(0,_timestamp_js__WEBPACK_IMPORTED_MODULE_6__.isTsaRootCandidate)(root)) {
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
        trustedIdentities = (0,_trusted_identities_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTrustedIdentities */ .$F)(identities);
    }
    catch (error) {
        if (!(error instanceof _trusted_identities_js__WEBPACK_IMPORTED_MODULE_7__/* .TrustedIdentityError */ .ai))
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
    const certificates = files.flatMap(file => readCertificates((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file)));
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
function readCertificates(path) {
    const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    try {
        const text = content.toString('utf8');
        if (text.includes('-----BEGIN CERTIFICATE-----')) {
            const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
            return blocks.map(block => new _x509_js__WEBPACK_IMPORTED_MODULE_8__.x509.X509Certificate(block));
        }
        return [new _x509_js__WEBPACK_IMPORTED_MODULE_8__.x509.X509Certificate(content)];
    }
    catch {
        throw storeError(`${path} is not a PEM or DER certificate`);
    }
}


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
    const basic = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .extension */ .ck)(cert, OID.basicConstraints);
    const isCa = basic !== undefined && new _x509_js__WEBPACK_IMPORTED_MODULE_6__.x509.BasicConstraintsExtension(basic.rawData).ca;
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

/***/ 24639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   Nh: () => (/* binding */ fulcioIdentity)
/* harmony export */ });
/* unused harmony export FulcioExtension */
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3257);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28336);
/**
 * What a Fulcio certificate says about its signer: the subject alternative names (the identity: a
 * workflow URI, an email, a username) and the OIDC claims Fulcio copied into its extensions
 * (1.3.6.1.4.1.57264.1.*): the issuer, and for GitHub Actions the repository, owner, ref, workflow…
 * (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). Values 1.8 and above are DER UTF8Strings;
 * the deprecated 1.1–1.6 are raw text, read only as the issuer's fallback.
 */




const FULCIO_ARC = '1.3.6.1.4.1.57264.1';
const SUBJECT_ALT_NAME = '2.5.29.17';
/** Fulcio's otherName SAN for username identities. */
const USERNAME_OTHER_NAME = `${FULCIO_ARC}.7`;
const ISSUER_V1 = `${FULCIO_ARC}.1`;
/** The Fulcio extensions by name, as sigstore-go and `gh attestation verify` name them. */
const FulcioExtension = {
    issuer: `${FULCIO_ARC}.8`,
    buildSignerURI: `${FULCIO_ARC}.9`,
    buildSignerDigest: `${FULCIO_ARC}.10`,
    runnerEnvironment: `${FULCIO_ARC}.11`,
    sourceRepositoryURI: `${FULCIO_ARC}.12`,
    sourceRepositoryDigest: `${FULCIO_ARC}.13`,
    sourceRepositoryRef: `${FULCIO_ARC}.14`,
    sourceRepositoryIdentifier: `${FULCIO_ARC}.15`,
    sourceRepositoryOwnerURI: `${FULCIO_ARC}.16`,
    sourceRepositoryOwnerIdentifier: `${FULCIO_ARC}.17`,
    buildConfigURI: `${FULCIO_ARC}.18`,
    buildConfigDigest: `${FULCIO_ARC}.19`,
    buildTrigger: `${FULCIO_ARC}.20`,
    runInvocationURI: `${FULCIO_ARC}.21`,
    sourceRepositoryVisibilityAtSigning: `${FULCIO_ARC}.22`
};
function fulcioIdentity(der) {
    const cert = new _x509_js__WEBPACK_IMPORTED_MODULE_2__.x509.X509Certificate(der);
    const extensions = {};
    for (const [field, oid] of Object.entries(FulcioExtension)) {
        const found = cert.extensions.find(extension => extension.type === oid);
        const text = found === undefined ? undefined : utf8String(Buffer.from(found.value));
        if (text !== undefined)
            extensions[field] = text;
    }
    const legacyIssuer = cert.extensions.find(extension => extension.type === ISSUER_V1);
    return {
        subjectAlternativeNames: subjectAlternativeNames(cert),
        issuer: extensions.issuer ?? (legacyIssuer && Buffer.from(legacyIssuer.value).toString('utf8')),
        extensions,
        notBefore: cert.notBefore,
        notAfter: cert.notAfter
    };
}
/** The identity as one line: the first SAN, and the issuer. */
function describeIdentity(identity) {
    const name = identity.subjectAlternativeNames[0] ?? '(no subject alternative name)';
    return identity.issuer === undefined ? name : `${name} (issuer ${identity.issuer})`;
}
function subjectAlternativeNames(cert) {
    const found = cert.extensions.find(extension => extension.type === SUBJECT_ALT_NAME);
    if (found === undefined)
        return [];
    const names = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_0__.AsnConvert.parse(found.value, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_1__.SubjectAlternativeName);
    return names.flatMap(name => {
        const text = name.uniformResourceIdentifier ?? name.rfc822Name ?? name.dNSName;
        if (text !== undefined)
            return [text];
        if (name.otherName?.typeId === USERNAME_OTHER_NAME) {
            // otherName's value is [0] EXPLICIT around the UTF8String; the parser may hand either over.
            const raw = Buffer.from(name.otherName.value);
            const value = utf8String(raw[0] === 0xa0 ? (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .derContent */ .bn)(raw) : raw);
            return value === undefined ? [] : [value];
        }
        return [];
    });
}
/** The text of a DER UTF8String, or undefined when the bytes are something else. */
function utf8String(der) {
    if (der[0] !== 0x0c)
        return undefined;
    try {
        return (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .derContent */ .bn)(der).toString('utf8');
    }
    catch {
        return undefined;
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


/***/ }),

/***/ 5026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isTsaRootCandidate: () => (/* binding */ isTsaRootCandidate),
/* harmony export */   requestTimestamp: () => (/* binding */ requestTimestamp),
/* harmony export */   timestampQuery: () => (/* binding */ timestampQuery),
/* harmony export */   verifyTimestampToken: () => (/* binding */ verifyTimestampToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21467);
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97305);
/* harmony import */ var _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/* harmony import */ var _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38450);
/* harmony import */ var _http_fetch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2345);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75624);
/* harmony import */ var _chain_rules_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10069);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(28336);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3257);
/**
 * RFC 3161 timestamps as the Notary Project uses them: a TSA countersigns the hash of the signature
 * value (for JWS, the decoded `signature` bytes), and the token travels in the unprotected header
 * `io.cncf.notary.timestampSignature`. A verified token proves the signature existed at `genTime` (±
 * accuracy), so the signing chain can be judged at that time instead of now.
 *
 * Token checks (RFC 3161, RFC 5816, the trust policy spec's "authentic timestamp"): SignedData over a
 * TSTInfo; its message imprint (SHA-2) equals the hash of the signature; one signer, whose certificate
 * is in the token, is named by the signing-certificate-v2 attribute, and whose signature over the signed
 * attributes (content type TSTInfo, message digest of the TSTInfo) verifies; that certificate has only
 * the timeStamping EKU, marked critical, and chains through CA certificates to a trusted TSA root, all
 * valid at genTime.
 */












const OID = {
    tstInfo: '1.2.840.113549.1.9.16.1.4',
    contentType: '1.2.840.113549.1.9.3',
    messageDigest: '1.2.840.113549.1.9.4',
    signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
    timeStamping: '1.3.6.1.5.5.7.3.8',
    extKeyUsage: '2.5.29.37',
    basicConstraints: '2.5.29.19',
    /** RFC 3628 baseline time-stamp policy: accuracy of one second when none is stated. */
    baselinePolicy: '0.4.0.2023.1.1'
};
const SHA256_OID = '2.16.840.1.101.3.4.2.1';
const OID_OF_HASH = Object.fromEntries(Object.entries(_asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L).map(([oid, name]) => [name, oid]));
/** RFC 3161 timestamp responses are small; anything past this is not one. */
const MAX_RESPONSE_BYTES = 1024 * 1024;
const TIMEOUT_MS = 15_000;
function timestampError(reason) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerificationError */ .mk(`timestamp: ${reason}`);
}
// ---------------------------------------------------------------------------------------------
// Requesting a timestamp (sign)
/**
 * Asks the TSA at `url` to countersign `signature` (hashed with `hash`, the signature algorithm's own
 * hash as notation does) and checks the answer completely, nonce included, before returning the token
 * (a DER ContentInfo). Throws VerificationError('timestamp: …') naming what was wrong.
 */
async function requestTimestamp(options) {
    const { query, nonce } = timestampQuery(options.signature, options.hash);
    let body;
    try {
        body = await options.fetcher.fetch(options.url, {
            what: 'timestamp',
            accept: ['application/timestamp-reply'],
            body: query,
            contentType: 'application/timestamp-query',
            timeoutMs: TIMEOUT_MS,
            maxBytes: MAX_RESPONSE_BYTES
        });
    }
    catch (error) {
        if (error instanceof _http_fetch_js__WEBPACK_IMPORTED_MODULE_7__/* .FetchError */ .fk)
            throw timestampError(error.message);
        throw error;
    }
    const token = tokenOfResponse(body);
    const timestamp = verifyTimestampToken(token, options.signature, options.tsaRoots, nonce);
    return { token, timestamp };
}
/**
 * The DER TimeStampReq for `signature` and the nonce it carries, made from 8 `random` bytes. The nonce
 * must be a positive INTEGER in DER's minimal form, so its first byte is kept in 0x01–0x7f: 0x80 and
 * above would read as negative, and a leading 0x00 before a byte below 0x80 is padding DER forbids
 * (OpenSSL's TSA refuses such a query as "Bad request format", which was one request in 256).
 */
function timestampQuery(signature, hash, random = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8)) {
    const nonce = Buffer.from(random);
    nonce[0] = nonce[0] & 0x7f || 0x01;
    const request = new _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.TimeStampReq({
        messageImprint: new _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.MessageImprint({
            hashAlgorithm: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__.AlgorithmIdentifier({ algorithm: OID_OF_HASH[hash] }),
            hashedMessage: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(signature).digest())
        }),
        nonce: (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .toArrayBuffer */ .XA)(nonce),
        certReq: true
    });
    return { query: Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(request)), nonce };
}
function tokenOfResponse(body) {
    let response;
    try {
        response = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(body, _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.TimeStampResp);
    }
    catch {
        throw timestampError('the TSA answer is not an RFC 3161 TimeStampResp');
    }
    const status = response.status.status;
    if (status !== _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.PKIStatus.granted && status !== _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.PKIStatus.grantedWithMods) {
        const text = response.status.statusString?.join('; ');
        throw timestampError(`the TSA refused (status ${status}${text ? `: ${text}` : ''})`);
    }
    if (response.timeStampToken === undefined)
        throw timestampError('the TSA granted but sent no token');
    return Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(response.timeStampToken));
}
// ---------------------------------------------------------------------------------------------
// Verifying a token
/**
 * Verifies an RFC 3161 token over `signature` against `tsaRoots` (and, when asked for one, the nonce
 * sent). Throws VerificationError('timestamp: …').
 */
function verifyTimestampToken(token, signature, tsaRoots, nonce) {
    const signedData = parseSignedData(token);
    if (signedData.encapContentInfo.eContentType !== OID.tstInfo) {
        throw timestampError(`the token holds ${signedData.encapContentInfo.eContentType}, not a TSTInfo`);
    }
    const content = signedData.encapContentInfo.eContent?.single;
    if (content === undefined)
        throw timestampError('the token has no TSTInfo content');
    const tstInfoBytes = Buffer.from(content.buffer);
    let info;
    try {
        info = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(tstInfoBytes, _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.TSTInfo);
    }
    catch {
        throw timestampError('the TSTInfo does not parse');
    }
    checkImprint(info, signature);
    if (nonce !== undefined) {
        const echoed = info.nonce === undefined ? undefined : (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .unsignedInteger */ .wF)(Buffer.from(info.nonce));
        if (echoed === undefined || !echoed.equals((0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .unsignedInteger */ .wF)(nonce))) {
            throw timestampError('the TSA answer does not carry the nonce sent (a replayed or foreign answer)');
        }
    }
    if (signedData.signerInfos.length !== 1) {
        throw timestampError(`the token has ${signedData.signerInfos.length} signers, not one`);
    }
    const signerInfo = signedData.signerInfos[0];
    const certificates = tokenCertificates(signedData);
    const signer = findSigner(signerInfo, certificates);
    checkSignerInfo(signerInfo, rawSignedAttributes(token), signer, tstInfoBytes);
    const chain = tsaChain(signer, certificates, tsaRoots);
    const time = info.genTime;
    for (const cert of chain) {
        if (time < cert.notBefore || time > cert.notAfter) {
            throw timestampError(`TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(cert)}" was not valid at the timestamp's time ${time.toISOString()}`);
        }
    }
    const accuracyMs = accuracyOf(info);
    return {
        time,
        lower: new Date(time.getTime() - accuracyMs),
        upper: new Date(time.getTime() + accuracyMs),
        tsa: (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(signer),
        chain
    };
}
function parseSignedData(token) {
    try {
        const info = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(token, _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.ContentInfo);
        if (info.contentType !== _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.id_signedData)
            throw new Error('not SignedData');
        return _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(info.content, _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.SignedData);
    }
    catch {
        throw timestampError('the countersignature is not a CMS SignedData timestamp token');
    }
}
function checkImprint(info, signature) {
    const hash = _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L[info.messageImprint.hashAlgorithm.algorithm];
    if (hash === undefined) {
        throw timestampError(`message imprint hash ${info.messageImprint.hashAlgorithm.algorithm} is not SHA-256, SHA-384 or SHA-512`);
    }
    const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(signature).digest();
    if (!expected.equals(Buffer.from(info.messageImprint.hashedMessage.buffer))) {
        throw timestampError('the message imprint is not the hash of this signature (the token timestamps something else)');
    }
}
/** accuracy in ms: stated, else 1 s under the baseline policy, else 0 (the trust policy spec's rule). */
function accuracyOf(info) {
    const accuracy = info.accuracy;
    if (accuracy === undefined)
        return info.policy === OID.baselinePolicy ? 1000 : 0;
    return (accuracy.seconds ?? 0) * 1000 + (accuracy.millis ?? 0) + (accuracy.micros ?? 0) / 1000;
}
function tokenCertificates(signedData) {
    const certificates = [];
    for (const choice of signedData.certificates ?? []) {
        if (choice.certificate === undefined)
            continue;
        try {
            const cert = new _x509_js__WEBPACK_IMPORTED_MODULE_10__.x509.X509Certificate(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(choice.certificate));
            (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .publicKeyOf */ .kc)(cert);
            certificates.push(cert);
        }
        catch {
            throw timestampError('a certificate in the token does not parse');
        }
    }
    return certificates;
}
function findSigner(signerInfo, certificates) {
    const { issuerAndSerialNumber, subjectKeyIdentifier } = signerInfo.sid;
    const found = certificates.find(cert => {
        const parsed = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(cert.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__.Certificate);
        if (issuerAndSerialNumber !== undefined) {
            return (Buffer.from(parsed.tbsCertificate.serialNumber).equals(Buffer.from(issuerAndSerialNumber.serialNumber)) &&
                Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(parsed.tbsCertificate.issuer)).equals(Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(issuerAndSerialNumber.issuer))));
        }
        const ski = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .extension */ .ck)(cert, '2.5.29.14');
        return (subjectKeyIdentifier !== undefined &&
            ski !== undefined &&
            Buffer.from(new _x509_js__WEBPACK_IMPORTED_MODULE_10__.x509.SubjectKeyIdentifierExtension(ski.rawData).keyId, 'hex').equals(Buffer.from(subjectKeyIdentifier.buffer)));
    });
    if (found === undefined) {
        throw timestampError('the TSA certificate is not in the token (ask the TSA for it: certReq)');
    }
    return found;
}
/**
 * The signed attributes exactly as encoded in the token (the signature covers those bytes; the parser
 * keeps no raw copy of them): ContentInfo → [0] SignedData → last SET (signerInfos) → first SignerInfo →
 * its [0] element.
 */
function rawSignedAttributes(token) {
    try {
        const signedData = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)((0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(Buffer.from(token))[1])[0];
        const signerInfos = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(signedData).at(-1);
        const signerInfo = signerInfos === undefined ? undefined : (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(signerInfos)[0];
        return signerInfo === undefined ? undefined : (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(signerInfo).find(child => child[0] === 0xa0);
    }
    catch {
        return undefined;
    }
}
function checkSignerInfo(signerInfo, rawAttributes, signer, tstInfo) {
    const attributes = signerInfo.signedAttrs;
    if (attributes === undefined || rawAttributes === undefined) {
        throw timestampError('the token has no signed attributes');
    }
    const value = (oid) => {
        const found = attributes.filter(attribute => attribute.attrType === oid);
        if (found.length !== 1 || found[0].attrValues.length !== 1)
            return undefined;
        return Buffer.from(found[0].attrValues[0]);
    };
    const contentType = value(OID.contentType);
    if (contentType === undefined || (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .decodeOid */ .FK)(contentType) !== OID.tstInfo) {
        throw timestampError('the signed content-type attribute is not TSTInfo');
    }
    const digestName = _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L[signerInfo.digestAlgorithm.algorithm];
    if (digestName === undefined) {
        throw timestampError(`the token's digest algorithm ${signerInfo.digestAlgorithm.algorithm} is not SHA-2`);
    }
    const messageDigest = value(OID.messageDigest);
    const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(digestName).update(tstInfo).digest();
    if (messageDigest === undefined ||
        !Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(messageDigest, _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString).buffer).equals(expected)) {
        throw timestampError('the signed message digest does not match the TSTInfo');
    }
    const signingCertificate = value(OID.signingCertificateV2);
    if (signingCertificate === undefined) {
        throw timestampError('the token lacks the signing-certificate-v2 attribute (RFC 5816)');
    }
    if (!essCertMatches(signingCertificate, signer)) {
        throw timestampError('the signing-certificate-v2 attribute names another certificate than the signer');
    }
    // The signature covers the DER of the attributes as a SET, not as the [0] IMPLICIT field they sit in.
    const signed = Buffer.from(rawAttributes);
    signed[0] = 0x31;
    let valid;
    try {
        valid = (0,_asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyAsn1Signature */ .H)(signed, signerInfo.signatureAlgorithm, Buffer.from(signerInfo.signature.buffer), (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .publicKeyOf */ .kc)(signer), signerInfo.digestAlgorithm.algorithm);
    }
    catch (error) {
        throw timestampError(`the TSA signature uses an ${error.message}`);
    }
    if (!valid)
        throw timestampError(`the TSA signature does not verify with "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(signer)}"'s key`);
}
/** The first ESSCertIDv2 of SigningCertificateV2 must hash to the signer's certificate. */
function essCertMatches(attribute, signer) {
    try {
        const certs = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)((0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(attribute)[0]);
        const id = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(certs[0]);
        let hashOid = SHA256_OID;
        let index = 0;
        if (id[0][0] === 0x30) {
            hashOid = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(id[0], _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__.AlgorithmIdentifier).algorithm;
            index = 1;
        }
        const hash = _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L[hashOid];
        if (hash === undefined || id[index][0] !== 0x04)
            return false;
        const certHash = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derContent */ .bn)(id[index]);
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(Buffer.from(signer.rawData)).digest().equals(certHash);
    }
    catch {
        return false;
    }
}
/** The TSA certificate, then CA certificates (from the token) up to one of `tsaRoots`. */
function tsaChain(signer, certificates, tsaRoots) {
    checkTimestampingLeaf(signer);
    const trusted = new Set((0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .thumbprintsOf */ .Kn)(tsaRoots));
    const chain = [signer];
    for (let depth = 0; depth < 8; depth++) {
        const last = chain[chain.length - 1];
        if (trusted.has((0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .thumbprintsOf */ .Kn)([last])[0]) && (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isSelfSigned */ .Nl)(last))
            return checkedChain(chain);
        const root = tsaRoots.find(candidate => (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isIssuedBy */ .rh)(last, candidate));
        if (root !== undefined)
            return checkedChain([...chain, root]);
        if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isSelfSigned */ .Nl)(last))
            break;
        const issuer = certificates.find(candidate => !chain.includes(candidate) && (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isIssuedBy */ .rh)(last, candidate));
        if (issuer === undefined)
            break;
        chain.push(issuer);
    }
    throw timestampError(`the TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(signer)}" does not chain to a trusted TSA root (timestamp-roots or a tsa trust store)`);
}
function checkedChain(chain) {
    try {
        chain.forEach(_chain_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .checkSignatureHash */ .bO);
        chain.slice(1).forEach((cert, index) => (0,_chain_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .checkCaCertificate */ .cO)(cert, index));
    }
    catch (error) {
        throw timestampError(`TSA ${error.message}`);
    }
    return chain;
}
/** RFC 3161 §2.3: the TSA certificate has exactly one EKU, timeStamping, and it is critical. */
function checkTimestampingLeaf(cert) {
    const eku = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .extension */ .ck)(cert, OID.extKeyUsage);
    const usages = eku === undefined ? [] : new _x509_js__WEBPACK_IMPORTED_MODULE_10__.x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String);
    if (eku === undefined || !eku.critical || usages.length !== 1 || usages[0] !== OID.timeStamping) {
        throw timestampError(`TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(cert)}" must have a critical extended key usage of timeStamping only`);
    }
    const basic = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .extension */ .ck)(cert, OID.basicConstraints);
    if (basic !== undefined && new _x509_js__WEBPACK_IMPORTED_MODULE_10__.x509.BasicConstraintsExtension(basic.rawData).ca) {
        throw timestampError(`TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(cert)}" is a CA certificate`);
    }
}
/** A TSA root named by `timestamp-roots` or a `tsa` store must be a CA (or a self-signed TSA certificate). */
function isTsaRootCandidate(cert) {
    const basic = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .extension */ .ck)(cert, OID.basicConstraints);
    if (basic !== undefined && new _x509_js__WEBPACK_IMPORTED_MODULE_10__.x509.BasicConstraintsExtension(basic.rawData).ca)
        return true;
    return false;
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


/***/ }),

/***/ 20585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_IMAGE_CONCURRENCY: () => (/* binding */ DEFAULT_IMAGE_CONCURRENCY),
  checkedContent: () => (/* binding */ checkedContent),
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
