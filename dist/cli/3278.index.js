export const id = 3278;
export const ids = [3278];
export const modules = {

/***/ 43278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeReports: () => (/* binding */ mergeReports)
/* harmony export */ });
/* harmony import */ var _sign_sweep_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41316);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65693);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65468);
/**
 * `signet report merge`: the JSON reports of the jobs of a matrix (`shard: I/N`) as one result, with the
 * table and exit code one unsplit run would have given. A merge refuses what would hide a job: a shard
 * missing or given twice, reports of different splits, sweeps of different kinds (dry run or not).
 */




/** The argument the errors name (the CLI's positional `FILE`). */
const ARGUMENT = 'FILE';
const SWEEP_ACTIONS = [
    'signed',
    'already signed',
    'would sign',
    'skipped',
    'failed'
];
function mergeReports(files) {
    if (files.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(ARGUMENT, 'Nothing to merge: give the JSON report of each job.');
    const kinds = files.map(kindOf);
    if (kinds.some(kind => kind !== kinds[0])) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(ARGUMENT, 'Cannot merge a sweep report with a verify report: give reports of one run.');
    }
    const ordered = inShardOrder(files);
    if (kinds[0] === 'sweep') {
        const result = mergeSweeps(ordered.map(file => ({ file: file.file, sweep: file.json })));
        return {
            kind: 'sweep',
            result,
            table: (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .sweepTable */ .p)(result),
            exitCode: result.counts.failed === 0 ? _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.OK : _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.FAILED
        };
    }
    const images = ordered.flatMap(file => file.json.images);
    const verdict = (0,_util_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .combineVerdicts */ .a)(images.map(image => image.verdict));
    const result = { verified: verdict === 'verified', verdict, images };
    return {
        kind: 'verify',
        result,
        table: (0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyTable */ .E3)(result),
        exitCode: { verified: _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.OK, rejected: _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.FAILED, error: _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.INCOMPLETE }[verdict]
    };
}
function kindOf({ file, json }) {
    if (isObject(json) && Array.isArray(json.rows) && isObject(json.counts)) {
        for (const row of json.rows) {
            if (!isObject(row) || typeof row.repository !== 'string' || !SWEEP_ACTIONS.includes(String(row.action)))
                throw notAReport(file);
        }
        return 'sweep';
    }
    if (isObject(json) && Array.isArray(json.images) && typeof json.verdict === 'string') {
        for (const image of json.images) {
            if (!isObject(image) || typeof image.image !== 'string' || typeof image.verdict !== 'string')
                throw notAReport(file);
        }
        return 'verify';
    }
    throw notAReport(file);
}
function notAReport(file) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(ARGUMENT, `${file} is not a Signet JSON report: give the 'report' output of a sweep or verify job (or its --json output).`);
}
/**
 * The reports in shard order, after checking they are the shards of one split, each once. Reports
 * without a shard are one unsplit run each: they merge in the order given.
 */
function inShardOrder(files) {
    const shards = files.map(file => {
        const shard = file.json.shard;
        const match = typeof shard === 'string' ? /^(\d+)\/(\d+)$/.exec(shard) : null;
        if (shard !== undefined && match === null)
            throw notAReport(file.file);
        return match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
    });
    if (shards.every(shard => shard === undefined))
        return files;
    if (shards.some(shard => shard === undefined)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(ARGUMENT, 'Some reports are shards of a matrix and some are not: merge one split only.');
    }
    const count = shards[0]?.count;
    if (shards.some(shard => shard?.count !== count)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(ARGUMENT, 'The reports come from splits of different sizes (shard I/N with different N).');
    }
    const byIndex = new Map();
    files.forEach((file, at) => {
        const index = shards[at]?.index;
        const twice = byIndex.get(index);
        if (twice !== undefined)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(ARGUMENT, `Shard ${index}/${count} is given twice: ${twice.file} and ${file.file}.`);
        byIndex.set(index, file);
    });
    const missing = Array.from({ length: count }, (_, at) => at + 1).filter(index => !byIndex.has(index));
    if (missing.length > 0) {
        // A missing job's repositories or images were checked by nobody: no verdict without them.
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(ARGUMENT, `Shard${missing.length === 1 ? '' : 's'} ${missing.map(index => `${index}/${count}`).join(', ')} missing: give the report of every job of the matrix.`);
    }
    return [...byIndex.keys()].sort((a, b) => a - b).map(index => byIndex.get(index));
}
/**
 * One sweep's result from its shards: the rows of every repository, ordered by repository as a sweep
 * of the catalog lists them, and the counts of those rows.
 */
function mergeSweeps(sweeps) {
    const [first] = sweeps;
    for (const { file, sweep } of sweeps) {
        if (sweep.dryRun !== first.sweep.dryRun || sweep.listedFrom !== first.sweep.listedFrom) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(ARGUMENT, `${file} is not from the same sweep as ${first.file}: dry run or repository list differ.`);
        }
    }
    const rows = sweeps
        .flatMap(({ sweep }) => sweep.rows)
        .sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
    return { dryRun: first.sweep.dryRun, listedFrom: first.sweep.listedFrom, rows, counts: (0,_sign_sweep_js__WEBPACK_IMPORTED_MODULE_0__/* .countRows */ .B)(rows) };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
