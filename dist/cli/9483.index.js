export const id = 9483;
export const ids = [9483,5533];
export const modules = {

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

/***/ 59168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ otherSigners)
/* harmony export */ });
/* harmony import */ var _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _inputs_signer_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48751);
/* harmony import */ var _inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86089);
/* harmony import */ var _trust_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99742);
/* harmony import */ var _verify_notary_signer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20546);
/**
 * The accepted-signer inputs as signers the verify engine runs: each `cosign-key` key, the Sigstore
 * identity, each `signers` item; the `trust-roots` signer is the policy's own (policyOf), not repeated.
 * Built once per run (or once per rule), so keys, certificates and trusted roots are parsed once.
 * May import: verify/, inputs/, trust/, oci/, util/.
 */





/** The signers besides the step's (or rule's) own `trust-roots`. */
function otherSigners(inputs) {
    return inputs.signers.filter(spec => spec.origin !== _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustRoots).map(signerOf);
}
function signerOf(spec) {
    if (spec.kind !== 'notation')
        return (0,_inputs_signer_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .acceptedSigner */ .k2)(spec);
    const roots = (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .trustRootsInput */ .s)(spec.trustRoots, spec.origin);
    const identities = (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedIdentitiesInput */ .KB)(spec.identities, spec.origin);
    return new _verify_notary_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .NotarySigner */ .k((0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .simplePolicy */ .jp)(roots, identities).forRepository(''), spec.origin);
}


/***/ }),

/***/ 85533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explicitKey: () => (/* binding */ explicitKey),
  policyOf: () => (/* binding */ policyOf),
  readInputsWithRules: () => (/* binding */ readInputsWithRules),
  readRules: () => (/* binding */ readRules),
  readSignInputsWithRules: () => (/* binding */ readSignInputsWithRules),
  readVerifyInputsWithRules: () => (/* binding */ readVerifyInputsWithRules),
  readWithRule: () => (/* binding */ readWithRule),
  ruleInputError: () => (/* binding */ ruleInputError),
  rulesPolicy: () => (/* binding */ rulesPolicy),
  signRuleFor: () => (/* binding */ signRuleFor)
});

// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/inputs/mode.ts
/**
 * The `mode` input, read apart from the inputs of each mode: a face decides which mode's code to load
 * from it, before loading any.
 */


function readMode(source) {
    const mode = source.get(contract/* Inputs */.G0.Mode);
    if (!contract/* MODES */.FN.includes(mode)) {
        const given = mode === '' ? 'no mode was given' : `got '${mode}'`;
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Mode, `Invalid input 'mode': ${given}. Expected one of: ${contract/* MODES */.FN.join(', ')}.`);
    }
    return mode;
}

// EXTERNAL MODULE: ./src/inputs/sign-inputs.ts
var sign_inputs = __webpack_require__(61496);
// EXTERNAL MODULE: ./src/inputs/verify-inputs.ts
var verify_inputs = __webpack_require__(41788);
// EXTERNAL MODULE: ./src/inputs/trust-inputs.ts
var trust_inputs = __webpack_require__(86089);
// EXTERNAL MODULE: ./src/trust/policy.ts
var policy = __webpack_require__(99742);
// EXTERNAL MODULE: ./src/rules/accepted-signers.ts
var accepted_signers = __webpack_require__(59168);
// EXTERNAL MODULE: ./src/rules/rules.ts
var rules_rules = __webpack_require__(15192);
;// CONCATENATED MODULE: ./src/rules/apply.ts
/**
 * Rules applied to inputs: a rule's `sign:` fields become the raw values of the sign inputs (validated by
 * inputs/ exactly as if given directly), and its `verify:` fields become the trust inputs of the images
 * it matches. Explicit key inputs win over a rule's `sign:`; an error in a value that came from a rule
 * names the rule's file, line and field instead of the input.
 */









/**
 * The trust inputs as one policy: simple roots + identities, notation's trustpolicy.json + store, or the
 * rules file (each image gets its matching rule's trust), with the other accepted signers (cosign keys,
 * Sigstore identities, `signers` items) and `require` beside the Notary roots.
 */
function policyOf(trust, accepted) {
    const notary = notaryPolicyOf(trust);
    if (accepted === undefined)
        return notary;
    const signers = (0,accepted_signers/* otherSigners */.w)(accepted);
    if (signers.length === 0 && accepted.require.kind === 'any')
        return notary;
    return {
        forRepository: repository => ({
            ...notary.forRepository(repository),
            signers,
            require: accepted.require
        })
    };
}
function notaryPolicyOf(trust) {
    if (trust.kind === 'policy')
        return (0,trust_inputs/* trustPolicyInput */.Hr)(trust.trustPolicy, trust.trustStore);
    if (trust.kind === 'rules')
        return rulesPolicy((0,rules_rules/* loadRules */.A7)(trust.rules));
    // No Notary roots: a statement that only names the policy; the other signers decide.
    if (trust.kind === 'none')
        return (0,policy/* simplePolicy */.jp)([], [], { name: 'accepted signers' });
    return (0,policy/* simplePolicy */.jp)((0,trust_inputs/* trustRootsInput */.s)(trust.trustRoots, 'trust-roots'), (0,trust_inputs/* trustedIdentitiesInput */.KB)(trust.trustedIdentities, 'trusted-identities'), {
        tsaRoots: trust.timestampRoots === undefined
            ? undefined
            : (0,trust_inputs/* tsaRootsInput */.aS)((0,trust_inputs/* certificatesInput */.VL)(trust.timestampRoots, 'timestamp-roots'), 'timestamp-roots'),
        revocation: trust.revocation
    });
}
/** Inputs that choose the signing key: when any is given explicitly, rules choose no key. */
const KEY_INPUTS = ['signing-key', 'signing-plugin', 'signing-key-id'];
/** The `rules` input, parsed once per run (content or a path); undefined without one. */
function readRules(source, log) {
    const value = source.get(contract/* Inputs */.G0.Rules);
    if (value === '')
        return undefined;
    const rules = (0,rules_rules/* loadRules */.A7)(value);
    log?.debug(`Rules read from ${rules.origin}: ${rules.rules.length} rules`);
    return rules;
}
/**
 * The inputs of either mode, with the `rules` input applied: in sign mode the rule matching `image`
 * supplies the key inputs not given; in verify mode every rule's trust is checked now, before any
 * network use, and verify picks the trust per image later (TrustInputs kind 'rules').
 */
function readInputsWithRules(source, rules = readRules(source)) {
    return readMode(source) === 'verify'
        ? readVerifyInputsWithRules(source, rules)
        : readSignInputsWithRules(source, rules);
}
/** The verify inputs; with rules, every rule's trust inputs are read (and refused) before anything else. */
function readVerifyInputsWithRules(source, rules) {
    if (rules !== undefined)
        for (const rule of rules.rules)
            trustOfRule(rules, rule);
    return (0,verify_inputs.readVerifyInputs)(source);
}
/** The sign inputs; the rule that signs `image` supplies the key inputs the step left empty. */
function readSignInputsWithRules(source, rules) {
    const image = source.get(contract/* Inputs */.G0.Image);
    if (rules === undefined || image === '' || explicitKey(source))
        return (0,sign_inputs/* readSignInputs */.nr)(source);
    return readWithRule(source, rules, signRuleFor(rules, image), sign_inputs/* readSignInputs */.nr);
}
/** True when the step names its key itself: then rules choose no key for it. */
function explicitKey(source) {
    return KEY_INPUTS.some(name => isInput(name) && source.get(name) !== '');
}
/** The rule that signs `registry/repository` (a reference is reduced to it); an InputError when none. */
function signRuleFor(rules, repository) {
    const name = repository.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    const rule = (0,rules_rules/* matchRule */.mU)(rules, name, 'sign');
    if (rule === undefined) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Rules, `No rule in ${rules.origin} with 'sign:' matches ${name}, and no 'signing-key' was given: add a rule for it or give the key inputs.`);
    }
    return rule;
}
/**
 * Reads inputs through `read` with the rule's fields filling the inputs the step left empty. An input
 * error about a value the rule supplied is re-worded to name the rule's file, line and field.
 */
function readWithRule(source, rules, rule, read) {
    const fields = new Map((rule.sign ?? []).map(field => [field.input, field]));
    const overlay = {
        get: name => source.get(name) || fields.get(name)?.value || ''
    };
    try {
        return read(overlay);
    }
    catch (error) {
        throw ruleInputError(source, rules, rule, error);
    }
}
/**
 * An InputError about an input whose value came from the rule's `sign:` (the step left it empty), as an
 * error naming the rule's file, line and field; any other error as it is.
 */
function ruleInputError(source, rules, rule, error) {
    if (!(error instanceof errors/* InputError */.dz))
        return error;
    const field = rule.sign?.find(candidate => candidate.input === error.input);
    if (field === undefined || source.get(field.input) !== '')
        return error;
    return (0,rules_rules/* ruleError */.hV)(rules.origin, field.line, `rules[${rule.index}].sign.${field.field}`, error.message);
}
/**
 * Each rule's trust as read: the inputs are checked rule by rule before anything else
 * (readVerifyInputsWithRules), and the policy takes the same reading (rulesPolicy) instead of reading
 * every key, root and signer list a second time.
 */
const rulesTrust = new WeakMap();
/** A rule's trust inputs and accepted signers, read by inputs/ from the rule's `verify:` fields. */
function trustOfRule(rules, rule) {
    if (rule.verify === undefined || rule.verify === 'reject')
        return undefined;
    const known = rulesTrust.get(rule);
    if (known !== undefined)
        return known;
    const fields = new Map(rule.verify.map(field => [field.input, field]));
    try {
        const trust = (0,verify_inputs.readVerifyTrust)({ get: name => fields.get(name)?.value ?? '' });
        rulesTrust.set(rule, trust);
        return trust;
    }
    catch (error) {
        throw verifyFieldError(rules, rule, error);
    }
}
/** An InputError about one of the rule's trust inputs, naming the line and field that gave it. */
function verifyFieldError(rules, rule, error) {
    if (!(error instanceof errors/* InputError */.dz))
        return error;
    const fields = rule.verify === 'reject' ? undefined : rule.verify;
    const field = fields?.find(candidate => candidate.input === error.input);
    return (0,rules_rules/* ruleError */.hV)(rules.origin, field?.line ?? rule.line, `rules[${rule.index}].verify${field ? `.${field.field}` : ''}`, error.message);
}
/**
 * The trust policy the rules describe: each image gets the trust of the most specific rule with a
 * `verify:` that matches its `registry/repository`; `verify: reject` and no matching rule reject it.
 * Each rule's trust inputs become a policy as the step's own would (policyOf), so every trust input
 * works in a rule too. Every rule is loaded now, so a bad certificate fails before any image.
 */
function rulesPolicy(rules) {
    const policies = new Map();
    for (const rule of rules.rules) {
        const trust = trustOfRule(rules, rule);
        if (trust === undefined)
            continue;
        try {
            policies.set(rule, policyOf(trust.trust, trust.signers));
        }
        catch (error) {
            throw verifyFieldError(rules, rule, error);
        }
    }
    return {
        forRepository(repository) {
            const rule = (0,rules_rules/* matchRule */.mU)(rules, repository, 'verify');
            if (rule === undefined)
                throw new errors/* VerificationError */.mk(`no rule in ${rules.origin} with 'verify:' matches ${repository}`);
            const name = (0,rules_rules/* ruleName */.oF)(rules, rule);
            const policy = policies.get(rule);
            if (policy === undefined)
                throw new errors/* VerificationError */.mk(`rejected by rule ${name} (verify: reject)`);
            return { ...policy.forRepository(repository), name };
        }
    };
}
function isInput(name) {
    return Object.values(contract/* Inputs */.G0).includes(name);
}


/***/ }),

/***/ 90685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ verifyPlanOf)
/* harmony export */ });
/* harmony import */ var _rules_apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85533);

/** The verify plan of the inputs; with a rules file, its policy (each rule's trust loaded once). */
function verifyPlanOf(inputs, rules) {
    return {
        policy: rules === undefined ? (0,_rules_apply_js__WEBPACK_IMPORTED_MODULE_0__.policyOf)(inputs.trust, inputs.signers) : (0,_rules_apply_js__WEBPACK_IMPORTED_MODULE_0__.rulesPolicy)(rules),
        selection: { scenario: inputs.scenario, platform: inputs.platform },
        scenarioAnnotation: inputs.scenarioAnnotation,
        verifyLayers: inputs.verifyLayers,
        maxSignatures: inputs.maxSignatures,
        allowedRegistries: inputs.allowedRegistries
    };
}


/***/ }),

/***/ 29483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NO_IDENTITY_WARNING: () => (/* binding */ NO_IDENTITY_WARNING),
  runVerify: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/gate/files.ts
/**
 * The files a gate reads: the repository files matching an input's globs (relative to `root`), narrowed
 * to a pull request's changed files for `changed-only`. Globs that match nothing at all are an input
 * error: a gate that checks nothing because of a typo must not pass.
 *
 * The globs mean what they meant when @actions/glob read them (its `followSymbolicLinks: false`,
 * `matchDirectories: false`), so existing workflows find the same files:
 * - a line each; blank lines and `#` comments are skipped; `!` excludes, and a later line can include
 *   again (the last line that matches a path decides);
 * - `*`, `?`, `[…]` within a path segment, `**` across segments; no braces, no extglobs; dotfiles match;
 * - a pattern also matches every file below a directory it matches (`vendor` = `vendor/**`); a trailing
 *   `/` matches only below a directory;
 * - symbolic links are never followed (a link matching a pattern is listed as a file);
 * - relative patterns start at `root`; `.` and `..` are resolved first (in an absolute pattern too, where
 *   @actions/glob threw). Output: relative to root, sorted.
 */




async function gateFiles(input, patterns, options) {
    const found = await findFiles(patterns, options.root);
    if (found.length === 0) {
        throw new errors/* InputError */.dz(input, `No ${options.what} under ${options.root} matches '${input}' (${patterns.join(', ')}): check the globs, e.g. '${options.example}'.`);
    }
    const changed = options.changedFiles && new Set(options.changedFiles.map(toPosix));
    return changed ? found.filter(file => changed.has(toPosix(file))) : found;
}
/** GitHub lists changed files with '/' whatever the runner's OS. */
function toPosix(file) {
    return file.split((external_node_path_default()).sep).join('/');
}
const IS_WINDOWS = process.platform === 'win32';
const GLOBSTAR = Symbol('**');
/** The files (and links) under `root` matching the glob lines, relative to root, sorted. */
async function findFiles(lines, root = process.cwd()) {
    const absoluteRoot = external_node_path_default().resolve(root);
    const globs = lines.flatMap(line => parseGlob(line, absoluteRoot));
    const found = [];
    for (const start of searchPaths(globs)) {
        // Nothing matches under a start that does not exist (or lies under a file, where @actions/glob
        // threw ENOTDIR); any other failure is the runner's to report.
        const exists = await (0,promises_.lstat)(start).then(() => true, (error) => error.code === 'ENOENT' || error.code === 'ENOTDIR' ? false : Promise.reject(error));
        if (exists)
            await walk(start, globs, found);
    }
    return found.map(file => external_node_path_default().relative(absoluteRoot, file)).sort();
}
async function walk(start, globs, found) {
    const pending = [start];
    for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
        const names = namesOf(item);
        const listed = fileMatches(globs, names);
        const descend = globs.some(glob => !glob.exclude && couldMatchBelow(glob.segments, names));
        if (!listed && !descend)
            continue;
        const stats = await (0,promises_.lstat)(item);
        if (stats.isDirectory()) {
            if (descend)
                pending.push(...(await (0,promises_.readdir)(item)).map(name => external_node_path_default().join(item, name)));
        }
        else if (listed) {
            found.push(item);
        }
    }
}
/**
 * Whether a file at `names` is listed: the patterns in order, each including or excluding what it
 * matches. A directories-only pattern never matches a file itself.
 */
function fileMatches(globs, names) {
    let listed = false;
    for (const glob of globs) {
        if (glob.directoriesOnly || !matches(glob, names))
            continue;
        listed = !glob.exclude;
    }
    return listed;
}
function matches(glob, names) {
    // A pattern ending in `**` matches the directory it starts from too (`vendor/**` matches a file named
    // `vendor`); what a pattern adds implicitly matches only what lies below.
    const last = glob.segments.length - 1;
    if (!glob.below && glob.segments[last] === GLOBSTAR && matchSegments(glob.segments.slice(0, last), names))
        return true;
    return matchSegments(glob.segments, names);
}
/** Segment-wise match; `**` takes any number of names, at the end at least one. */
function matchSegments(segments, names, at = 0, name = 0) {
    if (at === segments.length)
        return name === names.length;
    const segment = segments[at];
    if (segment === GLOBSTAR) {
        if (at === segments.length - 1)
            return name < names.length;
        for (let next = name; next <= names.length; next++)
            if (matchSegments(segments, names, at + 1, next))
                return true;
        return false;
    }
    return (name < names.length &&
        segmentMatches(segment, names[name]) &&
        matchSegments(segments, names, at + 1, name + 1));
}
/** Whether something below the directory at `names` may match: its names match a prefix of the pattern. */
function couldMatchBelow(segments, names) {
    for (let at = 0; at < names.length; at++) {
        const segment = segments[at];
        if (segment === undefined)
            return false;
        if (segment === GLOBSTAR)
            return true;
        if (!segmentMatches(segment, names[at]))
            return false;
    }
    return true;
}
function segmentMatches(segment, name) {
    if (typeof segment === 'function')
        return segment(name);
    return IS_WINDOWS ? segment.toLowerCase() === name.toLowerCase() : segment === name;
}
/** A line as the patterns it stands for: itself and, unless it ends in `**`, everything below it. */
function parseGlob(line, root) {
    let pattern = line.trim();
    if (pattern === '' || pattern.startsWith('#'))
        return [];
    let exclude = false;
    while (pattern.startsWith('!')) {
        exclude = !exclude;
        pattern = pattern.slice(1).trim();
    }
    // On Windows '\\' separates names (and escapes nothing), as @actions/glob read it there.
    if (IS_WINDOWS)
        pattern = pattern.replace(/\\/g, '/');
    const directoriesOnly = pattern.endsWith('/');
    // A relative pattern continues the root, whose names are literal: never read as glob characters.
    const fsRoot = external_node_path_default().parse(pattern).root;
    const segments = fsRoot === '' ? namesOf(root) : [rootName(fsRoot)];
    for (const part of pattern.slice(fsRoot.length).split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (segments.length > 1)
                segments.pop();
        }
        else {
            segments.push(segmentOf(part));
        }
    }
    // `**/**` means what `**` means; one keeps the match from trying every way to split names between them.
    for (let at = segments.length - 1; at > 0; at--)
        if (segments[at] === GLOBSTAR && segments[at - 1] === GLOBSTAR)
            segments.splice(at, 1);
    const globs = [{ exclude, segments, directoriesOnly, below: false }];
    if (directoriesOnly || segments[segments.length - 1] !== GLOBSTAR)
        globs.push({ exclude, segments: [...segments, GLOBSTAR], directoriesOnly: false, below: true });
    return globs;
}
/** `**`, a literal name (escapes and one-character sets like `[*]` resolved), or a glob within one name. */
function segmentOf(part) {
    if (part === '**')
        return GLOBSTAR;
    const literal = literalOf(part);
    if (literal !== undefined)
        return literal;
    // Only `*`, `?` and `[…]` are special (as in minimatch with nobrace and noext): picomatch's
    // regex-style groups `(a|b)` are escaped, braces and extglobs are switched off.
    const escaped = part.replace(/\\.|\[[^\]]*\]|[()|]/g, token => (token.length === 1 ? `\\${token}` : token));
    return picomatch_default()(escaped, {
        dot: true,
        nobrace: true,
        noextglob: true,
        nonegate: true,
        posix: true,
        windows: false,
        nocase: IS_WINDOWS
    });
}
/** The name `part` stands for when it holds no glob (as @actions/glob's getLiteral), else undefined. */
function literalOf(part) {
    let literal = '';
    for (let at = 0; at < part.length; at++) {
        const char = part[at];
        if (char === '\\' && !IS_WINDOWS && at + 1 < part.length) {
            literal += part[++at];
            continue;
        }
        if (char === '*' || char === '?')
            return undefined;
        if (char === '[') {
            const set = /^\[((?:\\.|[^\]\\])*)\]/.exec(part.slice(at));
            const members = set?.[1].replace(/\\(.)/g, '$1');
            if (set && members !== undefined && members.length > 1)
                return undefined;
            if (set && members) {
                literal += members;
                at += set[0].length - 1;
                continue;
            }
        }
        literal += char;
    }
    return literal;
}
/**
 * Where to start walking: the literal part of each including pattern (up to its first glob), leaving
 * out any that lies under another.
 */
function searchPaths(globs) {
    const starts = globs
        .filter(glob => !glob.exclude)
        .map(glob => {
        const end = glob.segments.findIndex(segment => typeof segment !== 'string');
        return glob.segments.slice(0, end < 0 ? undefined : end);
    });
    const key = (names) => (IS_WINDOWS ? names.join('/').toLowerCase() : names.join('/'));
    const keys = new Set(starts.map(key));
    const kept = new Map();
    for (const names of starts) {
        const underAnother = names.some((_, at) => at < names.length - 1 && keys.has(key(names.slice(0, at + 1))));
        if (!underAnother)
            kept.set(key(names), names);
    }
    return [...kept.values()].map(([first, ...rest]) => external_node_path_default().join(`${first}${(external_node_path_default()).sep}`, ...rest));
}
/** An absolute path as names: its root ('' for '/', 'C:' on Windows), then each directory and the file. */
function namesOf(absolute) {
    const { root } = external_node_path_default().parse(absolute);
    return [
        rootName(root),
        ...absolute
            .slice(root.length)
            .split((external_node_path_default()).sep)
            .filter(name => name !== '')
    ];
}
function rootName(root) {
    return root.replace(/[\\/]+$/, '');
}

// EXTERNAL MODULE: ./src/inputs/oci-inputs.ts
var oci_inputs = __webpack_require__(53280);
// EXTERNAL MODULE: ./src/oci/platform.ts
var platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/verify/verify.ts + 3 modules
var verify = __webpack_require__(20585);
;// CONCATENATED MODULE: ./src/gate/gate.ts
/**
 * Folder gate/: which images a repository's files make a build pull or a cluster run, as verify
 * requests that carry the file lines they came from. May import: verify/, inputs/, oci/, util/.
 *
 * The PR gate: the base images of a repository's Dockerfiles, turned into verify requests, and the
 * verdicts turned back into what a reviewer reads (annotations on the FROM line; the summary table's
 * "Used by" rows are built in report/).
 * Registry allow-lists and signatures are checked by verify itself; this module only decides what to ask.
 */








const DOCKERFILES_INPUT = 'dockerfiles';
/**
 * The distinct base images of the Dockerfiles matching `inputs.dockerfiles` (relative to `root`, the
 * repository checkout), in first-use order. With `changedFiles` (repository-relative paths), only those
 * Dockerfiles count. Patterns that match no Dockerfile at all are an input error: a gate that checks
 * nothing because of a typo must not pass.
 */
async function collectBaseImages(inputs, options = {}) {
    const root = options.root ?? process.cwd();
    // Loaded on use: the Dockerfile parser is off the start-up path of runs without `dockerfiles`.
    const { baseImagesOf } = await __webpack_require__.e(/* import() */ 7765).then(__webpack_require__.bind(__webpack_require__, 77765));
    const files = await gateFiles(DOCKERFILES_INPUT, inputs.dockerfiles, {
        root,
        changedFiles: options.changedFiles,
        what: 'Dockerfile',
        example: '**/Dockerfile*'
    });
    const images = new Map();
    for (const file of files) {
        const content = await (0,promises_.readFile)(external_node_path_default().join(root, file), 'utf8');
        for (const use of baseImagesOf(content, toPosix(file), inputs.buildArgs)) {
            const request = requestOf(use);
            const key = `${(0,oci_reference/* formatReference */.FH)(request.reference)} ${request.platform ? (0,platform/* formatPlatform */.Bq)(request.platform) : ''}`;
            const known = images.get(key);
            if (known)
                known.origin.uses.push(use);
            else
                images.set(key, { ...request, origin: { kind: 'dockerfile', uses: [use] } });
        }
    }
    return [...images.values()];
}
/** One annotation per Dockerfile line using a rejected image, carrying the rejection reason. */
function annotateFailures(images, annotate) {
    for (const { uses, report } of images) {
        if (report.verified)
            continue;
        const reason = report.reasons.join('; ') || 'not verified';
        for (const use of uses) {
            annotate(reason, {
                file: use.file,
                startLine: use.line,
                title: `${imageRole(use.instruction)} ${use.image} failed verification`
            });
        }
    }
}
/**
 * A notice on each line using a verified image, naming the kind of signer that passed it (notation,
 * cosign, sigstore, github-attestation, pinned), so a reviewer sees why each base image was trusted.
 */
function annotatePasses(images, annotate) {
    for (const { uses, report } of images) {
        if (!report.verified || report.signedBy === undefined || report.signedBy.length === 0)
            continue;
        for (const use of uses) {
            annotate(`${report.ref ?? report.image} signed by ${(0,verify.signedByLine)(report.signedBy)}`, {
                file: use.file,
                startLine: use.line,
                title: `${imageRole(use.instruction)} ${use.image} verified`
            });
        }
    }
}
/** What the image is to the build, named by the instruction that pulls it: `FROM image`, `Frontend (# syntax=)`. */
function imageRole(instruction) {
    if (instruction === '# syntax')
        return 'Frontend (# syntax=)';
    if (instruction === 'BUILDKIT_SYNTAX')
        return 'Frontend (BUILDKIT_SYNTAX build arg)';
    return `${instruction} image`;
}
function requestOf(use) {
    const location = `${use.file}:${use.line}`;
    try {
        const reference = (0,oci_inputs/* readReference */.Wf)(use.image, DOCKERFILES_INPUT);
        return use.platform === undefined
            ? { reference }
            : { reference, platform: (0,oci_inputs/* readPlatform */.Kd)(use.platform, DOCKERFILES_INPUT) };
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw new errors/* InputError */.dz(DOCKERFILES_INPUT, `${location}: ${error.message}`);
        throw error;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/gate/yaml-resolve.ts
/**
 * A YAML document as its consumers see it, before the workload gate interprets it: aliases expanded,
 * merge keys (`<<: *base`, `<<: [*a, *b]`) applied, keys compared as JSON compares them (kubectl turns
 * YAML into JSON). Every value keeps the node it was written at, so an image is reported on its own
 * line even when reached through an alias.
 *
 * Where YAML libraries disagree, the document is refused instead of read one way: two merge keys in
 * one mapping (the YAML 1.1 decoder behind kubectl applies both, YAML 1.2 libraries keep one), a key
 * set before a merge key that sets it too (kubectl's decoder lets the merge overwrite it, the merge-key
 * spec and compose keep the explicit value), keys equal once turned into JSON strings (`1` and `"1"`),
 * an alias inside its own anchor, and aliasing that expands past a budget (a billion-laughs document).
 */

/** The document cannot be read one way with certainty; `node` is where (for the line). */
class AmbiguousYamlError extends Error {
    node;
    constructor(message, node) {
        super(message);
        this.node = node;
    }
}
/** Nodes a document may expand to, aliases included; kubectl's decoder refuses excessive aliasing too. */
const MAX_RESOLVED_NODES = 1_000_000;
/** The document's contents resolved; undefined for an empty document. Throws AmbiguousYamlError. */
function resolveDocument(document) {
    const contents = document.contents;
    if (contents === null)
        return undefined;
    return new Resolver(document).resolve(contents, undefined);
}
class Resolver {
    document;
    budget = MAX_RESOLVED_NODES;
    /** Anchored nodes being expanded: an alias to one of them is a cycle. */
    open = new Set();
    targets = new Map();
    constructor(document) {
        this.document = document;
    }
    resolve(node, at) {
        if (--this.budget < 0)
            throw new AmbiguousYamlError('excessive aliasing: the document expands too far', at);
        if (node === null || node === undefined)
            return { kind: 'scalar', value: null, node: at };
        if ((0,dist.isAlias)(node)) {
            // Alias.resolve walks the document each time: once per alias is enough.
            let target = this.targets.get(node);
            if (target === undefined) {
                target = node.resolve(this.document);
                if (target !== undefined)
                    this.targets.set(node, target);
            }
            if (target === undefined)
                throw new AmbiguousYamlError(`alias *${node.source} has no anchor`, node);
            if (this.open.has(target))
                throw new AmbiguousYamlError(`alias *${node.source} is inside its own anchor`, node);
            return this.resolve(target, node);
        }
        if ((0,dist.isScalar)(node))
            return { kind: 'scalar', value: node.value, node };
        this.open.add(node);
        try {
            if ((0,dist.isSeq)(node))
                return { kind: 'seq', items: node.items.map(item => this.resolve(item, node)), node };
            if ((0,dist.isMap)(node))
                return this.resolveMap(node);
        }
        finally {
            this.open.delete(node);
        }
        throw new AmbiguousYamlError('a node that is neither a scalar, a sequence nor a mapping', node);
    }
    resolveMap(map) {
        const entries = new Map();
        /** Explicit keys, and whether each came before the merge key. */
        const explicit = new Map();
        let merge;
        for (const pair of map.items) {
            const keyNode = pair.key;
            if (isMergeKey(keyNode)) {
                if (merge !== undefined) {
                    throw new AmbiguousYamlError('two merge keys (<<) in one mapping: YAML libraries apply them differently', keyNode);
                }
                merge = { value: pair.value, key: keyNode };
                continue;
            }
            const key = this.keyOf(keyNode, map);
            if (explicit.has(key))
                throw new AmbiguousYamlError(`duplicate key '${key}'`, keyNode ?? map);
            explicit.set(key, merge === undefined);
        }
        for (const pair of map.items) {
            const keyNode = pair.key;
            if (isMergeKey(keyNode)) {
                for (const [key, value] of this.mergeSources(pair.value, keyNode)) {
                    if (explicit.get(key) === true) {
                        throw new AmbiguousYamlError(`key '${key}' is set before a merge key (<<) that sets it too: YAML libraries disagree on which wins; put the merge key first`, keyNode);
                    }
                    if (!explicit.has(key) && !entries.has(key))
                        entries.set(key, value);
                }
                continue;
            }
            entries.set(this.keyOf(keyNode, map), this.resolve(pair.value, keyNode ?? map));
        }
        return { kind: 'map', entries, node: map };
    }
    /** A merge key's mappings in precedence order (earlier first), their own merges applied. */
    mergeSources(value, at) {
        const source = this.resolve(value, at);
        const maps = source.kind === 'seq' ? source.items : [source];
        const merged = new Map();
        for (const item of maps) {
            if (item.kind !== 'map')
                throw new AmbiguousYamlError('a merge key (<<) needs a mapping or a list of mappings', at);
            for (const [key, resolved] of item.entries)
                if (!merged.has(key))
                    merged.set(key, resolved);
        }
        return merged;
    }
    /** A key as a JSON string, as kubectl's YAML-to-JSON conversion writes it. */
    keyOf(keyNode, map) {
        const key = this.resolve(keyNode, map);
        if (key.kind !== 'scalar')
            throw new AmbiguousYamlError('a key that is not a scalar', keyNode ?? map);
        return String(key.value);
    }
}
function isMergeKey(node) {
    return (0,dist.isScalar)(node) && typeof node.value === 'symbol' && node.value.description === '<<';
}

;// CONCATENATED MODULE: ./src/gate/workloads.ts
/**
 * The workload gate: every container image that Kubernetes manifests (any kind whose object holds a pod
 * spec: Pod, Deployment, CronJob, and CRDs such as Argo Rollout or Knative Service; Pod image volumes;
 * `List` kinds; multi-document YAML and JSON, so Helm's rendered output too) and Compose files
 * (`services.*.image`) would run, as verify requests, and the verdicts turned into annotations on the
 * `image:` line and a summary row per image.
 * A document is read as kubectl and compose read it: aliases expanded and merge keys applied first
 * (yaml-resolve.ts). What they could read differently from Signet is refused, never passed: a file that
 * is not UTF-8, duplicate keys (block, flow or JSON), ambiguous merges, an image field in a kind Signet
 * cannot classify, an image Signet cannot name exactly (a `{{ }}` template, a `${VAR}`, a malformed
 * reference). Each is an unverifiable use on its line, which fails the gate.
 */







const WORKLOADS_INPUT = 'workloads';
const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'];
/** Kinds whose contents are data for others, never run: an `image` key in them is just a string. */
const DATA_KINDS = ['ConfigMap', 'Secret'];
const TEMPLATED = /\{\{|\}\}|\$\{?[A-Za-z_]/;
/**
 * The image fields of one workload file (its text, or its bytes, which must be UTF-8), with what cannot
 * be verified marked.
 */
function imagesOfWorkloadFile(content, file, log) {
    const text = typeof content === 'string' ? content : utf8Of(content);
    if (typeof text !== 'string')
        return [refusal(file, text.line, file, text.reason)];
    const nul = text.indexOf('\0');
    if (nul !== -1) {
        const reason = 'holds NUL characters (UTF-16 without a byte-order mark?): save it as UTF-8';
        return [refusal(file, text.slice(0, nul).split('\n').length, file, reason)];
    }
    const lineCounter = new dist.LineCounter();
    const context = { file, text, log, lineCounter };
    return (0,dist.parseAllDocuments)(text, { lineCounter, merge: true }).flatMap((document, index) => imagesOfDocument(document, `${file} document ${index + 1}`, context));
}
/** One document: refused where its consumers could read it otherwise, else read for images. */
function imagesOfDocument(document, where, { file, text, log, lineCounter }) {
    const lineAt = (offset) => lineCounter.linePos(offset).line;
    const duplicate = document.errors.find(error => error.code === 'DUPLICATE_KEY');
    if (duplicate !== undefined) {
        const reason = 'a duplicate key: consumers keep different values, Signet keeps none; remove it';
        return [refusal(file, lineAt(duplicate.pos[0]), where, reason)];
    }
    if (document.errors.length > 0) {
        const [start, end] = document.range;
        const images = imageLinesOf(text.slice(start, end), lineAt(start), file);
        const reason = document.errors[0].message.split('\n')[0];
        log.warning(`${where}: not valid YAML (${reason}); ${images.length} image line(s) reported as unverifiable`);
        if (images.length > 0)
            return images;
        return [
            refusal(file, lineAt(document.errors[0].pos[0]), where, `not valid YAML (${reason}): what it runs cannot be known`)
        ];
    }
    const lineOf = (node) => (node?.range ? lineAt(node.range[0]) : 1);
    let root;
    try {
        root = resolveDocument(document);
    }
    catch (error) {
        if (!(error instanceof AmbiguousYamlError))
            throw error;
        return [refusal(file, lineOf(error.node), where, error.message)];
    }
    const found = [];
    new DocumentReader(file, where, log, lineOf, found).read(root);
    return found;
}
/** A use standing for a whole file or document that cannot be read: a rejection on that line. */
function refusal(file, line, where, reason) {
    return { file, line, image: '(unreadable)', where, pinned: false, unverifiable: `${where}: ${reason}` };
}
/** The text of UTF-8 bytes (a UTF-8 byte-order mark allowed), or why it is refused and where. */
function utf8Of(bytes) {
    const bom = [
        [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
        [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
        [[0xfe, 0xff], 'UTF-16'],
        [[0xff, 0xfe], 'UTF-16']
    ];
    for (const [mark, encoding] of bom) {
        if (mark.every((byte, i) => bytes[i] === byte)) {
            return {
                line: 1,
                reason: `is ${encoding} (byte-order mark): kubectl reads it, Signet reads only UTF-8; save it as UTF-8`
            };
        }
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const valid = new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0];
        return { line: valid.split('\n').length, reason: 'is not UTF-8: save it as UTF-8' };
    }
}
/**
 * The `image:` lines of a document the YAML parser refused (typically an unrendered Helm template):
 * each is unverifiable, since what it would run cannot be known.
 */
function imageLinesOf(text, firstLine, file) {
    return text.split('\n').flatMap((line, offset) => {
        const match = /^\s*(?:-\s+)?image:\s*(\S.*?)\s*$/.exec(line);
        if (match === null)
            return [];
        const image = match[1].replace(/^(['"])(.*)\1$/, '$2');
        return [
            {
                file,
                line: firstLine + offset,
                image,
                where: 'image field',
                pinned: false,
                unverifiable: `'${image}' is in a document that is not valid YAML${TEMPLATED.test(image) ? ' (a template; render it with helm template first)' : ''}`
            }
        ];
    });
}
/** One resolved document: Kubernetes objects (pod specs found wherever they are), or a Compose file. */
class DocumentReader {
    file;
    where;
    log;
    lineOf;
    found;
    /** Image values read as images: any other `image` string is one Signet cannot classify. */
    classified = new Set();
    constructor(file, where, log, lineOf, found) {
        this.file = file;
        this.where = where;
        this.log = log;
        this.lineOf = lineOf;
        this.found = found;
    }
    read(root) {
        if (root?.kind !== 'map') {
            this.unclassified(root, 'neither a Kubernetes object nor a Compose file', `${this.where}: skipped, not a mapping`);
            return;
        }
        const kind = stringOf(root.entries.get('kind'));
        if (kind === undefined) {
            const services = root.entries.get('services');
            if (services?.kind === 'map')
                return this.compose(services);
            this.unclassified(root, 'neither a Kubernetes object nor a Compose file', `${this.where}: skipped, neither a Kubernetes object (no kind) nor a Compose file (no services)`);
            return;
        }
        this.object(root, kind, this.where);
    }
    object(object, kind, where) {
        if (kind === 'List' || kind.endsWith('List')) {
            const items = object.entries.get('items');
            if (items?.kind !== 'seq')
                return;
            items.items.forEach((item, i) => {
                const itemKind = item.kind === 'map' ? stringOf(item.entries.get('kind')) : undefined;
                if (item.kind === 'map' && itemKind !== undefined)
                    this.object(item, itemKind, `${where} item ${i + 1}`);
                else
                    this.unclassified(item, 'a List item that is no Kubernetes object', `${where} item ${i + 1}: skipped, no kind`);
            });
            return;
        }
        if (DATA_KINDS.includes(kind)) {
            this.log.debug(`${where}: skipped, kind ${kind} runs no containers`);
            return;
        }
        const before = this.found.length;
        const name = stringOf(object.entries.get('metadata'), 'name') ?? '(unnamed)';
        this.podSpecs(object, `${kind} ${name}`);
        this.unclassified(object, `kind ${kind}`, `${where}: skipped, kind ${kind} runs no containers`, before);
    }
    /** Every mapping shaped like a pod spec (a container list), wherever the kind keeps it. */
    podSpecs(value, owner) {
        if (value.kind === 'seq') {
            for (const item of value.items)
                this.podSpecs(item, owner);
            return;
        }
        if (value.kind !== 'map')
            return;
        if (CONTAINER_LISTS.some(list => value.entries.has(list)))
            this.podSpec(value, owner);
        for (const [key, child] of value.entries)
            if (!CONTAINER_LISTS.includes(key))
                this.podSpecs(child, owner);
    }
    podSpec(spec, owner) {
        for (const list of CONTAINER_LISTS) {
            const containers = spec.entries.get(list);
            if (containers === undefined)
                continue;
            const label = list === 'containers' ? 'container' : list.replace(/Containers$/, ' container');
            for (const container of containers.kind === 'seq' ? containers.items : [containers]) {
                const containerName = stringOf(container, 'name') ?? '(unnamed)';
                const image = container.kind === 'map' ? container.entries.get('image') : undefined;
                if (image !== undefined)
                    this.classified.add(image);
                this.image(image ?? container, `${owner}, ${label} ${containerName}`);
            }
        }
        const volumes = spec.entries.get('volumes');
        for (const volume of volumes?.kind === 'seq' ? volumes.items : []) {
            const image = volume.kind === 'map' ? volume.entries.get('image') : undefined;
            if (image === undefined)
                continue;
            this.classified.add(image);
            const reference = image.kind === 'map' ? image.entries.get('reference') : undefined;
            this.image(reference ?? image, `${owner}, image volume ${stringOf(volume, 'name') ?? '(unnamed)'}`);
        }
    }
    /** Compose: `services.<name>.image`; a service with only `build:` is built here, not pulled. */
    compose(services) {
        for (const [name, service] of services.entries) {
            if (service.kind !== 'map')
                continue;
            const image = service.entries.get('image');
            if (image === undefined && service.entries.has('build'))
                continue;
            this.image(image ?? service, `Compose service ${name}`);
        }
    }
    image(value, what) {
        const line = this.lineOf(value.node);
        const text = value.kind === 'scalar' && typeof value.value === 'string' ? value.value.trim() : '';
        const use = { file: this.file, line, image: text, where: what, pinned: false };
        if (text === '')
            this.found.push({ ...use, image: '(none)', unverifiable: `${what} names no image` });
        else if (TEMPLATED.test(text))
            this.found.push({
                ...use,
                unverifiable: `${what}: '${text}' is templated; render it (helm template) first`
            });
        else
            this.found.push({ ...use, pinned: text.includes('@') });
    }
    /**
     * An `image` string outside any pod spec: a controller of this kind may run it, in a way Signet cannot
     * tell, so the document is unverifiable at its first such line; without one, `skipped` is logged
     * (unless images were found since `before`).
     */
    unclassified(value, what, skipped, before = this.found.length) {
        const loose = value === undefined ? undefined : this.looseImage(value);
        if (loose !== undefined) {
            this.found.push({
                file: this.file,
                line: this.lineOf(loose.node),
                image: typeof loose.value === 'string' ? loose.value : '(none)',
                where: what,
                pinned: false,
                unverifiable: `${this.where}: ${what} has an image field outside any pod spec; Signet cannot tell what runs it (exclude the file from 'workloads' if nothing does)`
            });
        }
        else if (this.found.length === before) {
            this.log.debug(skipped);
        }
    }
    looseImage(value) {
        if (value.kind === 'scalar')
            return undefined;
        const children = value.kind === 'seq' ? value.items.map(item => ['', item]) : [...value.entries];
        for (const [key, child] of children) {
            if (key === 'image' &&
                child.kind === 'scalar' &&
                typeof child.value === 'string' &&
                !this.classified.has(child)) {
                return child;
            }
            const nested = this.looseImage(child);
            if (nested !== undefined)
                return nested;
        }
        return undefined;
    }
}
/** A string scalar, or the string at `key` of a mapping. */
function stringOf(value, key) {
    const target = key === undefined ? value : value?.kind === 'map' ? value.entries.get(key) : undefined;
    return target?.kind === 'scalar' && typeof target.value === 'string' ? target.value : undefined;
}
/**
 * The distinct images of the workload files matching `inputs.workloads` (relative to `root`), in
 * first-use order; with `changedFiles`, only those files. Patterns that match no file are an input error.
 */
async function collectWorkloadImages(inputs, options) {
    const root = options.root ?? process.cwd();
    const files = await gateFiles(WORKLOADS_INPUT, inputs.workloads, {
        root,
        changedFiles: options.changedFiles,
        what: 'file',
        example: 'deploy/**/*.yaml'
    });
    const images = new Map();
    for (const file of files) {
        const content = await (0,promises_.readFile)(external_node_path_default().join(root, file));
        for (const use of imagesOfWorkloadFile(content, toPosix(file), options.log)) {
            const { unverifiable, ...plain } = use;
            const entry = unverifiable === undefined ? workloads_requestOf(plain) : { unverifiable };
            // The same image used twice is verified once; each unverifiable use stands alone.
            const key = 'reference' in entry ? (0,oci_reference/* formatReference */.FH)(entry.reference) : `${use.file}:${use.line}`;
            const known = images.get(key);
            if (known)
                known.uses.push(plain);
            else if ('reference' in entry) {
                const uses = [plain];
                images.set(key, { uses, request: { reference: entry.reference, origin: { kind: 'workload', uses } } });
            }
            else
                images.set(key, { uses: [plain], unverifiable: entry.unverifiable });
        }
    }
    return [...images.values()];
}
function workloads_requestOf(use) {
    try {
        return { reference: (0,oci_reference/* parseReference */.F2)(use.image) };
    }
    catch (error) {
        return { unverifiable: `${use.where}: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
}
/** The report of an image that could not be verified at all: a rejection, never a pass. */
function unverifiableReport(image) {
    const reason = `unverifiable: ${image.unverifiable}`;
    return {
        image: image.uses[0].image,
        verified: false,
        verdict: 'rejected',
        checks: [{ name: 'resolve', passed: false, reason }],
        signatures: [],
        selected: [],
        blobs: { checked: 0, bytes: 0, manifests: 0 },
        reasons: [reason]
    };
}
/** Each workload image with its report: verify's for a request, a rejection for an unverifiable one. */
function usedWorkloadImages(images, reportOf) {
    return images.map(image => ({
        uses: image.uses,
        report: image.request === undefined ? unverifiableReport(image) : reportOf(image.request)
    }));
}
/**
 * An error annotation on each `image:` line of a rejected image; a notice on each line naming a
 * verified image by tag, with the digest it resolved to, so the manifest can be pinned.
 */
function annotateWorkloads(images, annotate) {
    for (const { uses, report } of images) {
        for (const use of uses) {
            const at = { file: use.file, startLine: use.line };
            if (!report.verified) {
                const resolved = report.digest && !use.pinned ? ` (${use.image} resolved to ${report.digest})` : '';
                annotate('error', `${report.reasons.join('; ') || 'not verified'}${resolved}`, {
                    ...at,
                    title: `Image ${use.image} failed verification`
                });
            }
            else if (!use.pinned && report.digest) {
                annotate('notice', `${use.image} resolved to ${report.digest}: pin it as ${pinned(use.image, report.digest)}`, {
                    ...at,
                    title: `Pin ${use.image} by digest`
                });
            }
        }
    }
}
/** `name:tag` → `name:tag@digest`-free pinned form `name@digest`, keeping how the file spelled the name. */
function pinned(image, digest) {
    const name = image.replace(/:[^/:]*$/, '');
    return `${name}@${digest}`;
}

// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
// EXTERNAL MODULE: ./src/rules/apply.ts + 1 modules
var apply = __webpack_require__(85533);
// EXTERNAL MODULE: ./src/rules/accepted-signers.ts
var accepted_signers = __webpack_require__(59168);
// EXTERNAL MODULE: ./src/util/shard.ts
var shard = __webpack_require__(49388);
// EXTERNAL MODULE: ./src/run/context.ts + 18 modules
var context = __webpack_require__(27501);
// EXTERNAL MODULE: ./src/run/plans.ts
var plans = __webpack_require__(90685);
;// CONCATENATED MODULE: ./src/run/verify.ts
/**
 * The verify run both faces render: the inputs read (the rules file once), one plan, the requests of
 * every origin (the `image` input, the Dockerfiles of the PR gate, the workload files), verified directly
 * or through the local verified store (restored from and saved to the Actions cache when the face has
 * one), the optional `output-archive`, and the answers grouped by origin into a table, outputs and
 * annotations.
 */
















/**
 * Said when `trusted-identities` is left empty (the CLI without the flag): accepting any signer under the
 * roots is then a default, not a choice, where notation makes the user write "*". The action's own
 * default is the explicit `*` of action.yml.
 */
const NO_IDENTITY_WARNING = "No 'trusted-identities' given: any signer whose chain reaches 'trust-roots' is accepted. Pass '*' to accept any signer on purpose (notation asks for \"*\" explicitly), or 'x509.subject: C=…, O=…, CN=…' to accept only that signer.";
async function runVerify(source, environment, ports = {}) {
    const rules = (0,apply.readRules)(source, environment.log);
    const inputs = (0,apply.readVerifyInputsWithRules)(source, rules);
    if (inputs.trust.kind === 'roots' && source.get(contract/* Inputs */.G0.TrustedIdentities).trim() === '')
        environment.log.warning(NO_IDENTITY_WARNING);
    // The plan first: every certificate and rule is loaded before the first request.
    const plan = (0,plans/* verifyPlanOf */.m)(inputs, rules);
    const root = environment.env.GITHUB_WORKSPACE || undefined;
    const gates = inputs.dockerfiles.length > 0 || inputs.workloads.length > 0;
    const changed = inputs.changedOnly && gates ? await ports.changedFiles?.(inputs) : undefined;
    // With `shard: I/N`, this job's share of the images: chosen by each image's name, so every job of the
    // matrix agrees on the split and an image verified here is verified nowhere else.
    const mine = (image) => (0,shard/* inShard */.I)(image, inputs.shard);
    const dockerfiles = inputs.dockerfiles.length > 0
        ? (await collectBaseImages(inputs, { root, changedFiles: changed })).filter(request => mine((0,oci_reference/* formatReference */.FH)(request.reference)))
        : undefined;
    const workloads = inputs.workloads.length > 0
        ? (await collectWorkloadImages(inputs, { root, changedFiles: changed, log: environment.log })).filter(image => mine(image.request ? (0,oci_reference/* formatReference */.FH)(image.request.reference) : image.uses[0].image))
        : undefined;
    if (inputs.shard !== undefined)
        environment.log.info(`Shard ${(0,shard/* formatShard */._)(inputs.shard)} of the images`);
    const requests = [
        ...inputs.images
            .filter(reference => mine((0,oci_reference/* formatReference */.FH)(reference)))
            .map(reference => ({ reference, origin: { kind: 'input' } })),
        ...(dockerfiles ?? []),
        ...(workloads ?? []).flatMap(image => (image.request ? [image.request] : []))
    ];
    if (requests.length === 0) {
        environment.log.info(inputs.shard !== undefined
            ? `No image to verify in shard ${(0,shard/* formatShard */._)(inputs.shard)}: the other shards have them all`
            : 'No image to verify: no Dockerfile or workload matching the globs changed in this pull request');
    }
    if (inputs.outputArchive !== undefined && requests.length !== 1) {
        throw new errors/* InputError */.dz('output-archive', "Input 'output-archive' writes one image: verify exactly one image, with 'scenario' or 'platform' selecting one entry.");
    }
    const { result, fromStore } = requests.length === 0
        ? { result: (0,verify.resultOf)([]), fromStore: undefined }
        : await (0,context/* withRunContext */.Fw)(inputs.registry, environment, async (context) => inputs.store === undefined && inputs.outputArchive === undefined
            ? { result: await (0,verify.verify)(requests, plan, context, { maxConcurrency: inputs.maxConcurrency }) }
            : verifyThroughStore(inputs, requests, plan, context, ports));
    const run = answer(result, requests, dockerfiles, workloads, fromStore);
    if (inputs.shard !== undefined) {
        run.result.shard = (0,shard/* formatShard */._)(inputs.shard);
        run.outputs = (0,outputs/* verifyOutputs */.ce)(run.result);
    }
    return run;
}
/** The answers grouped by origin, and what the faces show of them. */
function answer(verified, requests, dockerfiles, workloadImages, fromStore) {
    const reportOf = new Map(requests.map((request, index) => [request, verified.images[index]]));
    const found = (request) => {
        const report = reportOf.get(request);
        if (report === undefined)
            throw new Error(`verify returned no report for ${(0,oci_reference/* formatReference */.FH)(request.reference)}`);
        return report;
    };
    const inputReports = requests.filter(request => request.origin.kind === 'input').map(found);
    const gate = dockerfiles?.map(request => ({ uses: request.origin.uses, report: found(request) }));
    const workloads = workloadImages && usedWorkloadImages(workloadImages, found);
    const result = (0,verify.resultOf)([
        ...inputReports,
        ...(gate ?? []).map(image => image.report),
        ...(workloads ?? []).map(image => image.report)
    ]);
    const annotations = [];
    // Annotations land on the FROM line of each failing Dockerfile, in the pull request's diff.
    // Notices on the others say which signer passed each.
    if (gate !== undefined) {
        annotateFailures(gate, (message, properties) => annotations.push({ level: 'error', message, ...properties }));
        annotatePasses(gate, (message, properties) => annotations.push({ level: 'notice', message, ...properties }));
    }
    // Errors on the image: line of each rejected image; notices suggesting a digest for tag-given ones.
    if (workloads !== undefined)
        annotateWorkloads(workloads, (level, message, properties) => annotations.push({ level, message, ...properties }));
    return {
        result,
        gate,
        workloads,
        fromStore,
        table: (0,outputs/* verifyTable */.E3)(result, gate, workloads),
        outputs: (0,outputs/* verifyOutputs */.ce)(result),
        annotations,
        failure: result.verified ? undefined : (0,outputs/* rejectionMessage */.Zp)(result),
        exitCode: { verified: errors/* EXIT */.dc.OK, rejected: errors/* EXIT */.dc.FAILED, error: errors/* EXIT */.dc.INCOMPLETE }[result.verdict]
    };
}
/** Verify through the local verified store (a throwaway one for `output-archive` alone), then archive. */
async function verifyThroughStore(inputs, requests, plan, context, ports) {
    // Loaded on use: the store and its archive writer are off the path of plain verify runs.
    const { verifyWithStore, NO_CACHE_SERVICE } = await Promise.all(/* import() */[__webpack_require__.e(3737), __webpack_require__.e(2951)]).then(__webpack_require__.bind(__webpack_require__, 82951));
    const { writeDockerArchive } = await Promise.all(/* import() */[__webpack_require__.e(3737), __webpack_require__.e(23)]).then(__webpack_require__.bind(__webpack_require__, 23));
    const dir = inputs.store ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'signet-store-')));
    try {
        const outcome = await verifyWithStore({
            dir,
            references: requests.map(request => request.reference),
            remote: reference => context.registry.repository(reference),
            verify: (sourceFor, resolved) => (0,verify.verify)(requests.map((request, index) => ({ ...request, resolved: resolved[index] })), plan, context, { sourceFor, maxConcurrency: inputs.maxConcurrency }),
            cache: inputs.cache ? (ports.cache ?? NO_CACHE_SERVICE) : undefined,
            trust: inputs.trust,
            signers: (0,accepted_signers/* otherSigners */.w)(inputs.signers).map(signer => signer.fingerprint()),
            log: context.log
        });
        const [image] = outcome.result.images;
        if (inputs.outputArchive !== undefined && outcome.result.verified && image?.digest !== undefined) {
            const reference = requests[0].reference;
            const repoTag = reference.tag ? (0,oci_reference/* formatReference */.FH)({ ...reference, digest: undefined }) : undefined;
            await writeDockerArchive(outcome.store, { digest: image.digest }, inputs.outputArchive, repoTag, context.log);
            context.log.info(`Wrote ${inputs.outputArchive} (docker load -i ${inputs.outputArchive})`);
        }
        return { result: outcome.result, fromStore: outcome.fromStore };
    }
    finally {
        if (inputs.store === undefined)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
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
