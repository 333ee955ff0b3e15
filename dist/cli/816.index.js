export const id = 816;
export const ids = [816];
export const modules = {

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

/***/ 75848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ readToken),
/* harmony export */   E2: () => (/* binding */ splitOnce),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   Xy: () => (/* binding */ readShard),
/* harmony export */   ZB: () => (/* binding */ readAnnotationKey),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   r9: () => (/* binding */ ANNOTATION_KEY_PATTERN),
/* harmony export */   rS: () => (/* binding */ readRegistryInputs),
/* harmony export */   rg: () => (/* binding */ checkPattern),
/* harmony export */   s2: () => (/* binding */ optionalPath),
/* harmony export */   yg: () => (/* binding */ readPositiveInteger)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99451);
/* harmony import */ var _content_or_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55894);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/**
 * The readers every mode's inputs share: where raw values come from (InputSource), the registry inputs,
 * and the small readers of one value each (required, optional, lines, booleans, numbers, shard, token,
 * paths, patterns). Each error names the input and the expected form.
 */





const ANNOTATION_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const HOST_PORT_PATTERN = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;
const TOKEN_PATTERN = /^\S+$/;
function readRegistryInputs(source) {
    const username = optional(source, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Username);
    const password = optional(source, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Password);
    if ((username === undefined) !== (password === undefined)) {
        const missing = username === undefined ? _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Username : _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Password;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(missing, `Missing input '${missing}': 'username' and 'password' go together.`);
    }
    const registryCa = optional(source, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.RegistryCa);
    return {
        username,
        password,
        insecureRegistries: lines(source, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.InsecureRegistries).map(host => checkPattern(host, HOST_PORT_PATTERN, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.InsecureRegistries, 'host:port, e.g. 127.0.0.1:5000')),
        registryCa: registryCa === undefined ? undefined : (0,_content_or_path_js__WEBPACK_IMPORTED_MODULE_3__/* .readPemInput */ .$e)(registryCa, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.RegistryCa)
    };
}
function readAnnotationKey(source) {
    const key = source.get(_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ScenarioAnnotation) || _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_DEFAULTS */ .WJ[_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ScenarioAnnotation];
    return checkPattern(key, ANNOTATION_KEY_PATTERN, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ScenarioAnnotation, 'an annotation key, e.g. dev.signet.scenario');
}
function readBoolean(source, name) {
    const value = source.get(name) || _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_DEFAULTS */ .WJ[name] || 'false';
    // The same spellings as core.getBooleanInput (YAML 1.2 core schema), but anything else is an error.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `Invalid input '${name}': '${value}'. Expected 'true' or 'false'.`);
}
/** `shard: I/N`, 1 ≤ I ≤ N: one matrix job's share of a sweep or of the images to verify. */
function readShard(source) {
    const value = source.get(_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Shard);
    if (value === '')
        return undefined;
    const match = /^([1-9][0-9]{0,3})\/([1-9][0-9]{0,3})$/.exec(value);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (match === null || index > count) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Shard, `Invalid input '${_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Shard}': '${value}'. Expected I/N with 1 ≤ I ≤ N, e.g. 1/4 (from a matrix: \${{ matrix.shard }}/4).`);
    }
    return { index, count };
}
function readPositiveInteger(source, name) {
    const value = source.get(name) || _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_DEFAULTS */ .WJ[name];
    if (!/^[1-9][0-9]{0,5}$/.test(value)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `Invalid input '${name}': '${value}'. Expected a whole number from 1 to 999999.`);
    }
    return Number(value);
}
function required(source, name, expected) {
    const value = source.get(name);
    if (value === '')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `Missing input '${name}': expected ${expected}.`);
    return value;
}
function optional(source, name) {
    const value = source.get(name);
    return value === '' ? undefined : value;
}
/** Non-empty, trimmed lines; `#` starts a comment line. */
function lines(source, name, fallback) {
    const value = source.get(name) || fallback || '';
    return value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
}
/** A token is one word; the error never repeats the value, which is a secret. */
function readToken(token) {
    if (token !== undefined && !TOKEN_PATTERN.test(token)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.GithubToken, "Invalid input 'github-token': expected a single token without spaces or line breaks.");
    }
    return token;
}
/** A path Signet will create: its parent directory must exist, so a typo fails before any network use. */
function optionalPath(source, name) {
    const value = optional(source, name);
    if (value === undefined)
        return undefined;
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(value));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(parent, { throwIfNoEntry: false })?.isDirectory()) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `Invalid input '${name}': '${value}': its parent directory ${parent} does not exist.`);
    }
    return value;
}
function checkPattern(value, pattern, name, expected) {
    if (!pattern.test(value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `Invalid value in '${name}': '${value}'. Expected ${expected}.`);
    return value;
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
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
        list = (0,dist/* parse */.qg)(text, { uniqueKeys: true });
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

/***/ 34648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d3: () => (/* binding */ TlsAgent),
/* harmony export */   kZ: () => (/* binding */ preconnect),
/* harmony export */   o5: () => (/* binding */ PlainAgent)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The connections of the HTTP client (http.ts) beyond Node's agents: one spare per host, opened beside
 * the first connection to it for the next request that finds none idle, and connections opened ahead of
 * any client (`preconnect`). A run asks for two things at once early on (the referrers API and the
 * referrers tag; a manifest and the listing of its signatures): without a spare, the second waits a TCP
 * (and TLS) handshake more; `preconnect` opens the first while the CLI's engines load. Kept connections
 * never keep the process alive and are closed after SPARE_IDLE_MS unused.
 */



/** A spare or preconnected connection nobody asked for by then is closed. */
const SPARE_IDLE_MS = 10_000;
function keep(socket) {
    const drop = () => socket.destroy();
    socket.unref();
    socket.on('error', drop);
    socket.setTimeout(SPARE_IDLE_MS, drop);
    return {
        socket,
        take: () => {
            socket.off('error', drop);
            socket.off('timeout', drop);
            socket.setTimeout(0);
            socket.ref();
            return socket;
        }
    };
}
/** TCP connections opened by `preconnect`, by `host:port`, for the first clients that need some there. */
const preconnected = new Map();
/**
 * Opens `count` TCP connections to the origin of `url` before any client needs them: the first requests
 * there take them (an HTTPS request runs its TLS handshake over one) instead of each waiting a round trip
 * for its own. For the CLI, while the engines load; unused, they are closed after SPARE_IDLE_MS.
 */
function preconnect(url, count = 1) {
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const kept = preconnected.get(`${host}:${port}`) ?? [];
    while (kept.length < count)
        kept.push(keep((0,node_net__WEBPACK_IMPORTED_MODULE_2__.connect)({ host, port, noDelay: true })));
    preconnected.set(`${host}:${port}`, kept);
}
/** A live connection `preconnect` opened to this host and port, each taken once. */
function takePreconnected(options) {
    const kept = preconnected.get(`${options.host}:${Number(options.port)}`) ?? [];
    for (let next = kept.shift(); next !== undefined; next = kept.shift()) {
        if (!next.socket.destroyed)
            return next.take();
    }
    return undefined;
}
/**
 * One spare connection per host: opened beside the first connection to it, handed to the next one the
 * agent needs. Until then it is unreferenced (the process may exit) and closed when idle or failed.
 */
class SpareConnections {
    enabled;
    spares = new Map();
    opened = new Set();
    /** Off where one connection per host is all there may be: a spare would be one more. */
    constructor(enabled) {
        this.enabled = enabled;
    }
    /**
     * The connection for `host` (an agent's name for it): the spare when there is a live one, else
     * `open(callback)`; the first time, a spare is opened too, with `open()` (which takes one opened
     * ahead, when there is one).
     */
    connect(host, open, callback) {
        const spare = this.spares.get(host);
        this.spares.delete(host);
        if (spare !== undefined && !spare.socket.destroyed)
            return spare.take();
        const socket = open(callback);
        if (this.enabled && !this.opened.has(host)) {
            this.opened.add(host);
            const extra = open();
            if (extra)
                this.spares.set(host, keep(extra));
        }
        return socket;
    }
    destroy() {
        for (const { socket } of this.spares.values())
            socket.destroy();
        this.spares.clear();
    }
}
/** Node's HTTP agent, with a spare connection per host and the connections opened ahead. */
class PlainAgent extends node_http__WEBPACK_IMPORTED_MODULE_0__.Agent {
    spares = new SpareConnections(this.maxSockets > 1);
    createConnection(options, callback) {
        return this.spares.connect(this.getName(options), done => takePreconnected(options) ?? super.createConnection(options, done), callback);
    }
}
/** Node's HTTPS agent, with a spare connection per host; TLS runs over a connection opened ahead. */
class TlsAgent extends node_https__WEBPACK_IMPORTED_MODULE_1__.Agent {
    spares = new SpareConnections(this.maxSockets > 1);
    createConnection(options, callback) {
        return this.spares.connect(this.getName(options), done => {
            // The TLS handshake runs over a connection opened ahead (tls.connect's `socket`).
            const socket = takePreconnected(options);
            return super.createConnection(socket ? Object.assign({ ...options }, { socket }) : options, done);
        }, callback);
    }
}


/***/ }),

/***/ 95809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient),
/* harmony export */   g: () => (/* binding */ DEFAULT_MAX_CONNECTIONS_PER_HOST)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _connections_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34648);
/**
 * HTTP for the transport: Node's own HTTP/1.1 clients over one keep-alive agent per scheme, at most
 * `maxConnectionsPerHost` sockets open to one host, further requests queued until one is free.
 *
 * Not undici: its public entry is 1.3 MB of bundle that took 50-190 ms to load before a run's first
 * request (measured at 30 ms RTT, issue 27), where node:http is already in the binary (under 10 ms). And
 * undici frees a keep-alive socket one event-loop turn after its answer ends, so a request sent as soon as
 * the previous answer was read opened a new connection (a TCP and TLS handshake: one to three round trips)
 * instead of reusing the idle one; Node's agent frees it before the reader sees the end.
 *
 * The agents keep a spare connection per host and take connections opened ahead (connections.ts).
 */





/**
 * Connections to one registry host at most, whatever `max-concurrency` asks: registries and their
 * proxies throttle clients that open many (regclient and oras-go keep 3-6 per host). 12, not 6: a gate of
 * ten images asks four small things of each, and at 30 ms round trip 6 connections made it 0.77 s, 12
 * made it 0.58 s (the notation ×10 peer: 2.4-2.6 s); every connection is kept alive and reused.
 */
const DEFAULT_MAX_CONNECTIONS_PER_HOST = 12;
/** A host that has not accepted the connection by then is given up on (undici's connect timeout). */
const CONNECT_TIMEOUT_MS = 10_000;
/** A connection silent this long, waiting for headers or between body chunks, is given up on (undici's). */
const IDLE_TIMEOUT_MS = 300_000;
/** What `dump()` reads to keep a connection reusable; a longer body closes the connection instead. */
const DUMP_LIMIT_BYTES = 128 * 1024;
/** A timeout as a network failure: the transport maps and retries it like a connection timed out. */
function timedOut(message) {
    return Object.assign(new Error(message), { code: 'ETIMEDOUT' });
}
class HttpClient {
    http;
    https;
    constructor(options = {}) {
        const maxSockets = Math.max(1, options.maxConnectionsPerHost ?? DEFAULT_MAX_CONNECTIONS_PER_HOST);
        this.http = new _connections_js__WEBPACK_IMPORTED_MODULE_4__/* .PlainAgent */ .o5({ keepAlive: true, maxSockets });
        this.https = new _connections_js__WEBPACK_IMPORTED_MODULE_4__/* .TlsAgent */ .d3({ keepAlive: true, maxSockets, ca: options.ca });
    }
    request(url, options) {
        const secure = url.protocol === 'https:';
        const headers = { ...options.headers };
        if (Buffer.isBuffer(options.body) || typeof options.body === 'string') {
            headers['content-length'] = String(Buffer.byteLength(options.body));
        }
        return new Promise((resolve, reject) => {
            const request = (secure ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, {
                method: options.method,
                headers,
                agent: secure ? this.https : this.http
            });
            request.setTimeout(IDLE_TIMEOUT_MS, () => request.destroy(timedOut(`no data from ${url.host} for ${IDLE_TIMEOUT_MS / 1000} s`)));
            request.once('socket', socket => {
                if (!socket.connecting)
                    return;
                const timer = setTimeout(() => request.destroy(timedOut(`connecting to ${url.host} took over ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
                const stop = () => clearTimeout(timer);
                socket.once('connect', stop);
                socket.once('close', stop);
            });
            request.once('error', reject);
            request.once('response', (incoming) => {
                // From now on a failure (a reset, the idle timeout) belongs to whoever reads the body.
                request.off('error', reject);
                request.on('error', error => incoming.destroy(error));
                resolve({
                    statusCode: incoming.statusCode ?? 0,
                    headers: firstValues(incoming),
                    body: responseBody(incoming)
                });
            });
            const body = options.body;
            if (body instanceof node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable) {
                // A source that fails ends the request; the error reaches the caller through the request's.
                (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(body, request).catch(error => request.destroy(error));
            }
            else {
                request.end(body);
            }
        });
    }
    /** Closes every socket, idle or not; the client is unusable afterwards. */
    async close() {
        for (const agent of [this.http, this.https]) {
            agent.spares.destroy();
            agent.destroy();
        }
    }
}
/**
 * The first value of each header: a registry that repeats one (two `WWW-Authenticate` challenges, two
 * `Link`s) is read by its first, never by a comma-joined string that parses as something else.
 */
function firstValues(incoming) {
    const headers = {};
    for (const [name, values] of Object.entries(incoming.headersDistinct))
        headers[name] = values?.[0];
    return headers;
}
function responseBody(incoming) {
    return Object.assign(incoming, { dump: () => dump(incoming) });
}
/** Node frees a keep-alive socket when its answer's end is read, so even an empty body is read to its end. */
async function dump(incoming) {
    if (incoming.readableEnded || incoming.destroyed)
        return;
    // A body declared longer than is worth reading (or one never sent) is not waited for.
    if (Number(incoming.headers['content-length']) > DUMP_LIMIT_BYTES) {
        incoming.destroy();
        return;
    }
    let read = 0;
    try {
        for await (const chunk of incoming) {
            read += chunk.length;
            if (read > DUMP_LIMIT_BYTES) {
                incoming.destroy();
                return;
            }
        }
    }
    catch {
        // A body being thrown away that breaks off changes nothing for the caller.
    }
}


/***/ }),

/***/ 12745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ registryBaseUrl)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62148);

/**
 * Where a registry is spoken to: `https://host/`, or `http://host/` for hosts listed as insecure (and
 * nothing else ever is); Docker Hub's API host for docker.io.
 */
function registryBaseUrl(registry, insecure) {
    const host = registry === _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb ? 'registry-1.docker.io' : registry;
    return new URL(`${insecure.has(registry) ? 'http' : 'https'}://${host}/`);
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
/* harmony import */ var _verify_notary_signer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88756);
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
    const roots = (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .certificatesInput */ .VL)(spec.trustRoots, spec.origin);
    const identities = (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedIdentitiesInput */ .KB)(spec.identities, spec.origin);
    return new _verify_notary_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .NotarySigner */ .k((0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .simplePolicy */ .jp)(roots, identities).forRepository(''), spec.origin);
}


/***/ }),

/***/ 20350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qj: () => (/* binding */ explicitKey),
  US: () => (/* binding */ policyOf),
  Kc: () => (/* binding */ readRules),
  ID: () => (/* binding */ readSignInputsWithRules),
  cn: () => (/* binding */ readVerifyInputsWithRules),
  $K: () => (/* binding */ readWithRule),
  $F: () => (/* binding */ ruleInputError),
  Is: () => (/* binding */ rulesPolicy)
});

// UNUSED EXPORTS: readInputsWithRules, signRuleFor

// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/inputs/sign-inputs.ts
var sign_inputs = __webpack_require__(61496);
// EXTERNAL MODULE: ./src/inputs/build-args.ts
var build_args = __webpack_require__(33819);
// EXTERNAL MODULE: ./src/inputs/oci-inputs.ts
var oci_inputs = __webpack_require__(53280);
// EXTERNAL MODULE: ./src/oci/image-index.ts
var image_index = __webpack_require__(55325);
// EXTERNAL MODULE: ./src/inputs/content-or-path.ts
var content_or_path = __webpack_require__(55894);
// EXTERNAL MODULE: ./src/inputs/signer-inputs.ts + 10 modules
var signer_inputs = __webpack_require__(48751);
// EXTERNAL MODULE: ./src/inputs/timestamp-inputs.ts
var timestamp_inputs = __webpack_require__(20523);
// EXTERNAL MODULE: ./src/inputs/input-values.ts
var input_values = __webpack_require__(75848);
;// CONCATENATED MODULE: ./src/inputs/verify-inputs.ts
/**
 * The inputs of verify mode: the images (or the PR gate's dockerfiles and workloads), the Notary Project
 * trust (roots, notation's trust policy, or the rules file), the accepted signers, and how the run goes
 * (platform, scenario, concurrency, shard, store, cache).
 */









const HOST_PATTERN = /^(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/;
function verify_inputs_readVerifyInputs(source) {
    const images = (0,input_values/* lines */.Mn)(source, contract/* Inputs */.G0.Image).map(line => (0,oci_inputs/* readReference */.Wf)(line, contract/* Inputs */.G0.Image));
    const dockerfiles = (0,input_values/* lines */.Mn)(source, contract/* Inputs */.G0.Dockerfiles);
    const workloads = (0,input_values/* lines */.Mn)(source, contract/* Inputs */.G0.Workloads);
    if (images.length === 0 && dockerfiles.length === 0 && workloads.length === 0) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Image, "Missing input 'image': give one or more references to verify, a line each (or 'dockerfiles' or 'workloads' for the PR gate).");
    }
    const platform = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.Platform);
    const scenario = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.Scenario);
    const store = (0,input_values/* optionalPath */.s2)(source, contract/* Inputs */.G0.Store);
    const githubToken = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.GithubToken);
    const cache = (0,input_values/* readBoolean */.Vf)(source, contract/* Inputs */.G0.Cache);
    const { trust, signers } = readVerifyTrust(source);
    if (cache && store === undefined) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Cache, "Input 'cache' is 'true' but 'store' is not set: name the store directory to cache.");
    }
    return {
        mode: 'verify',
        images,
        registry: (0,input_values/* readRegistryInputs */.rS)(source),
        scenarioAnnotation: (0,input_values/* readAnnotationKey */.ZB)(source),
        trust,
        signers,
        scenario: scenario === undefined
            ? undefined
            : (0,input_values/* checkPattern */.rg)(scenario, image_index/* SCENARIO_PATTERN */.sk, contract/* Inputs */.G0.Scenario, 'one scenario tag, e.g. kernel-4.19.90 (no commas or spaces)'),
        platform: platform === undefined ? undefined : (0,oci_inputs/* readPlatform */.Kd)(platform, contract/* Inputs */.G0.Platform),
        verifyLayers: (0,input_values/* readBoolean */.Vf)(source, contract/* Inputs */.G0.VerifyLayers),
        maxSignatures: (0,input_values/* readPositiveInteger */.yg)(source, contract/* Inputs */.G0.MaxSignatures),
        maxConcurrency: (0,input_values/* readPositiveInteger */.yg)(source, contract/* Inputs */.G0.MaxConcurrency),
        shard: (0,input_values/* readShard */.Xy)(source),
        dockerfiles,
        buildArgs: (0,build_args/* parseBuildArgs */.N)((0,input_values/* lines */.Mn)(source, contract/* Inputs */.G0.BuildArgs), contract/* Inputs */.G0.BuildArgs),
        changedOnly: (0,input_values/* readBoolean */.Vf)(source, contract/* Inputs */.G0.ChangedOnly),
        githubToken: (0,input_values/* readToken */.AI)(githubToken),
        allowedRegistries: (0,input_values/* lines */.Mn)(source, contract/* Inputs */.G0.AllowedRegistries).map(host => (0,input_values/* checkPattern */.rg)(host, HOST_PATTERN, contract/* Inputs */.G0.AllowedRegistries, 'a host or *.domain pattern, e.g. ghcr.io')),
        store,
        cache,
        outputArchive: (0,input_values/* optionalPath */.s2)(source, contract/* Inputs */.G0.OutputArchive),
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
    if ((0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.Rules) === undefined)
        return (0,signer_inputs/* readSignerInputs */.mH)(source);
    const given = contract/* SIGNER_INPUTS */.B8.find(name => (0,input_values/* optional */.lq)(source, name) !== undefined);
    if (given !== undefined) {
        throw new errors/* InputError */.dz(given, `Input 'rules' gives the trust of each image: put '${given}' in the rules' 'verify:' instead of the step's inputs.`);
    }
    return { signers: [], require: { kind: 'any' } };
}
/**
 * The Notary Project trust of verify: `trust-roots` (+ identities, timestamps, revocation), notation's
 * trust policy + store, or the rules file. With `othersAccepted` (cosign keys, Sigstore identities…),
 * none of them is needed.
 */
function readTrustInputs(source, options = {}) {
    const trustRoots = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.TrustRoots);
    const trustPolicy = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.TrustPolicy);
    const trustStore = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.TrustStore);
    const rules = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.Rules);
    if (rules !== undefined) {
        const identities = (0,input_values/* optional */.lq)(source, contract/* Inputs */.G0.TrustedIdentities);
        if (trustRoots !== undefined ||
            trustPolicy !== undefined ||
            trustStore !== undefined ||
            (identities ?? '*') !== '*') {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.Rules, "Input 'rules' gives the trust of each image: put 'trust-roots' and 'identities' in the rules' 'verify:' instead of 'trust-roots', 'trusted-identities', 'trust-policy' or 'trust-store'.");
        }
        return { kind: 'rules', rules };
    }
    if (trustPolicy !== undefined || trustStore !== undefined) {
        if (trustRoots !== undefined) {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.TrustPolicy, "Inputs 'trust-policy'/'trust-store' and 'trust-roots' exclude each other: use a notation trust policy or trust roots, not both.");
        }
        if (trustPolicy === undefined || trustStore === undefined) {
            const missing = trustPolicy === undefined ? contract/* Inputs */.G0.TrustPolicy : contract/* Inputs */.G0.TrustStore;
            throw new errors/* InputError */.dz(missing, `Missing input '${missing}': 'trust-policy' and 'trust-store' go together.`);
        }
        (0,timestamp_inputs/* refuseWithTrustPolicy */.DQ)(source);
        return { kind: 'policy', trustPolicy, trustStore };
    }
    if (trustRoots === undefined && options.othersAccepted === true)
        return { kind: 'none' };
    if (trustRoots === undefined) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.TrustRoots, "Missing input 'trust-roots': give the PEM root certificates to trust (content or path), or 'trust-policy' with 'trust-store', or other accepted signers ('cosign-key', 'certificate-identity' with 'sigstore-trusted-root', 'signers').");
    }
    const trustedIdentities = (0,input_values/* lines */.Mn)(source, contract/* Inputs */.G0.TrustedIdentities, contract/* INPUT_DEFAULTS */.WJ[contract/* Inputs */.G0.TrustedIdentities]);
    // Only blank or comment lines, given on purpose: never read as "anyone" nor as a silent "nobody".
    if (trustedIdentities.length === 0) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.TrustedIdentities, "Invalid input 'trusted-identities': it lists no identity (only blank or comment lines). Give one identity a line, or '*' to accept any signer under 'trust-roots'.");
    }
    return {
        kind: 'roots',
        trustRoots: readRootsInput(trustRoots, contract/* Inputs */.G0.TrustRoots),
        trustedIdentities,
        ...(0,timestamp_inputs/* readVerifyTimestampInputs */.nb)(source)
    };
}
/** Root certificates (PEM content or a path): an empty file is refused here, naming the input. */
function readRootsInput(value, name) {
    const pem = (0,content_or_path/* readPemInput */.$e)(value, name);
    if (pem.trim() === '') {
        throw new errors/* InputError */.dz(name, `Invalid input '${name}': ${value.trim()} is empty; give the PEM root certificates to trust.`);
    }
    return pem;
}

;// CONCATENATED MODULE: ./src/inputs/read-inputs.ts
/**
 * Folder inputs/: the input contract (names, defaults), parsing, validation and error wording.
 * May import: trust/, oci/, util/.
 *
 * One typed Inputs object built from either face (action or CLI). All validation and error wording for
 * inputs lives here: bad input is rejected with the input's name and the expected form, never defaulted.
 */




function readInputs(source) {
    const mode = read_inputs_readMode(source);
    return mode === 'sign' ? readSignInputs(source) : readVerifyInputs(source);
}
function read_inputs_readMode(source) {
    const mode = source.get(Inputs.Mode);
    if (!MODES.includes(mode)) {
        const given = mode === '' ? 'no mode was given' : `got '${mode}'`;
        throw new InputError(Inputs.Mode, `Invalid input 'mode': ${given}. Expected one of: ${MODES.join(', ')}.`);
    }
    return mode;
}

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
    return (0,policy/* simplePolicy */.jp)((0,trust_inputs/* certificatesInput */.VL)(trust.trustRoots, 'trust-roots'), (0,trust_inputs/* trustedIdentitiesInput */.KB)(trust.trustedIdentities, 'trusted-identities'), {
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
    return verify_inputs_readVerifyInputs(source);
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
/** A rule's trust inputs and accepted signers, read by inputs/ from the rule's `verify:` fields. */
function trustOfRule(rules, rule) {
    if (rule.verify === undefined || rule.verify === 'reject')
        return undefined;
    const fields = new Map(rule.verify.map(field => [field.input, field]));
    try {
        return readVerifyTrust({ get: name => fields.get(name)?.value ?? '' });
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

/***/ 27501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fw: () => (/* binding */ withRunContext)
});

// UNUSED EXPORTS: ciFacts, createRunContext

// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(28630);
;// CONCATENATED MODULE: ./src/oci/auth.ts






const DOCKER_HUB_HOSTS = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];
/** The key docker uses for Docker Hub in `auths` and when asking credential helpers. */
const DOCKER_HUB_SERVER_URL = 'https://index.docker.io/v1/';
const HELPER_TIMEOUT_MS = 30_000;
/** What credential helpers print (docker-credential-helpers' ErrCredentialsNotFound) when they hold nothing. */
const HELPER_NOT_FOUND = /credentials not found/i;
/** Credentials that cannot be had are a failure to authenticate: the operation could not complete (exit 3). */
const HELPER_FAILED = { couldNotComplete: true };
/** A helper's Username meaning "Secret is an identity token". */
const IDENTITY_TOKEN_USERNAME = '<token>';
/**
 * The credential files, in the order they are asked for a host (the first that has an entry answers):
 * `$REGISTRY_AUTH_FILE` (podman's and skopeo's explicit override), docker's `config.json`
 * (`$DOCKER_CONFIG` or `~/.docker`), then podman's own `$XDG_RUNTIME_DIR/containers/auth.json` and
 * `$XDG_CONFIG_HOME/containers/auth.json` (`~/.config`). Docker's file comes before podman's so that
 * what docker/login-action wrote is never shadowed by a stale podman login; containers/image reads its
 * own files in the same relative order.
 */
function credentialFiles(env) {
    const home = env.HOME || (0,external_node_os_.homedir)();
    return [
        ...(env.REGISTRY_AUTH_FILE ? [env.REGISTRY_AUTH_FILE] : []),
        (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)(home, '.docker'), 'config.json'),
        ...(env.XDG_RUNTIME_DIR ? [(0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json')] : []),
        (0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)(home, '.config'), 'containers', 'auth.json')
    ];
}
/** 'https://host:5000/v1/' → 'host:5000'; Docker Hub's many names → 'docker.io'. */
function normaliseHost(key) {
    const host = key
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        .toLowerCase();
    return DOCKER_HUB_HOSTS.includes(host) ? 'docker.io' : host;
}
function fromAuthEntry(entry, configPath, key) {
    const credentials = {};
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new oci_errors/* DockerConfigError */.Zh(`The 'auth' of '${key}' in ${configPath} is not base64 of 'user:password'`);
        }
        credentials.username = decoded.slice(0, colon);
        credentials.password = decoded.slice(colon + 1);
    }
    else if (entry.username || entry.password) {
        credentials.username = entry.username;
        credentials.password = entry.password;
    }
    if (entry.identitytoken)
        credentials.identityToken = entry.identitytoken;
    if (entry.registrytoken)
        credentials.registryToken = entry.registrytoken;
    return Object.keys(credentials).length > 0 ? credentials : undefined;
}
/** Runs `docker-credential-<helper> get` with the server URL on stdin, as docker does. */
async function runHelper(helper, serverUrl) {
    const program = `docker-credential-${helper}`;
    const { code, stdout, stderr } = await new Promise((resolve, reject) => {
        // `env` explicitly: the caller's environment (PATH included) is the one the helper must see.
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'], env: process.env });
        // Our own timer, not spawn's `timeout`: that one outlives a helper that failed to start.
        const timer = setTimeout(() => child.kill(), HELPER_TIMEOUT_MS);
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk) => (out += chunk.toString()));
        child.stderr.on('data', (chunk) => (err += chunk.toString()));
        child.on('error', (error) => {
            clearTimeout(timer);
            if (error.code === 'ENOENT') {
                reject(new errors/* RegistryError */.gl(`Credential helper '${program}' (named in docker's config.json for ${serverUrl}) is not on PATH: install it, or remove it from config.json, or pass username/password`, undefined, undefined, HELPER_FAILED));
            }
            else
                reject(new errors/* RegistryError */.gl(`Credential helper '${program}' failed to start: ${error.message}`, undefined, undefined, HELPER_FAILED));
        });
        child.on('close', exitCode => {
            clearTimeout(timer);
            resolve({ code: exitCode, stdout: out, stderr: err });
        });
        child.stdin.on('error', () => undefined); // a helper that exits without reading stdin is not an error
        child.stdin.end(serverUrl);
    });
    if (code !== 0) {
        if (HELPER_NOT_FOUND.test(stdout + stderr))
            return undefined;
        throw new errors/* RegistryError */.gl(`Credential helper '${program}' failed for ${serverUrl} (exit ${code}): ${helperMessage(stderr, stdout)}`, undefined, undefined, HELPER_FAILED);
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new errors/* RegistryError */.gl(`Credential helper '${program}' printed no JSON for ${serverUrl}`, undefined, undefined, HELPER_FAILED);
    }
    if (!parsed.Secret)
        return undefined;
    if (parsed.Username === IDENTITY_TOKEN_USERNAME)
        return { identityToken: parsed.Secret };
    return { username: parsed.Username, password: parsed.Secret };
}
/**
 * What a failing helper said, for the error: its stderr, else its stdout (docker's helpers print their
 * errors there), unless that stdout is JSON, which may be the credentials themselves: never quoted.
 */
function helperMessage(stderr, stdout) {
    if (stderr.trim() !== '')
        return stderr.trim().slice(0, 200);
    try {
        JSON.parse(stdout);
        return '(its output is JSON and may hold credentials: not shown)';
    }
    catch {
        return stdout.trim().slice(0, 200);
    }
}
class DockerConfigCredentials {
    configPath;
    config;
    constructor(configPath) {
        this.configPath = configPath;
    }
    async get(host) {
        const config = await (this.config ??= this.load());
        if (!config)
            return undefined;
        const wanted = normaliseHost(host);
        const serverUrl = wanted === 'docker.io' ? DOCKER_HUB_SERVER_URL : wanted;
        const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => normaliseHost(key) === wanted)?.[1];
        if (helper)
            return runHelper(helper, serverUrl);
        if (config.credsStore) {
            const stored = await runHelper(config.credsStore, serverUrl);
            if (stored)
                return stored;
        }
        for (const [key, entry] of Object.entries(config.auths ?? {})) {
            // auth.json may key an entry by a namespace (`quay.io/org`): credentials for part of a registry
            // are not sent to all of it, as Signet looks credentials up per registry.
            if (isNamespaceKey(key))
                continue;
            if (normaliseHost(key) === wanted)
                return fromAuthEntry(entry, this.configPath, key);
        }
        return undefined;
    }
    async load() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.configPath, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw new oci_errors/* DockerConfigError */.Zh(`Cannot read ${this.configPath}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        try {
            return JSON.parse(text);
        }
        catch (error) {
            // Never Node's message: it quotes the text around the mistake, and this file holds credentials.
            const position = /position (\d+)/.exec((0,errors/* errorMessage */.gJ)(error))?.[1];
            throw new oci_errors/* DockerConfigError */.Zh(`${this.configPath} is not valid JSON${position === undefined ? '' : ` (at character ${position})`}: fix or remove it, or pass username/password`);
        }
    }
}
/** `quay.io/org/repo` (a namespace); not `https://index.docker.io/v1/`, docker's URL-shaped keys. */
function isNamespaceKey(key) {
    return !/^[a-z]+:\/\//i.test(key) && key.includes('/');
}
/** Several credential files asked in order: the first with an entry for the host answers. */
class CredentialFiles {
    files;
    constructor(paths) {
        this.files = paths.map(path => new DockerConfigCredentials(path));
    }
    async get(host) {
        for (const file of this.files) {
            const credentials = await file.get(host);
            if (credentials !== undefined)
                return credentials;
        }
        return undefined;
    }
}
/**
 * Explicit username/password win for every host; otherwise `dockerConfigPath` alone, or the credential
 * files of `env` (credentialFiles), each read as docker reads config.json: `credHelpers`, `credsStore`,
 * then `auths`.
 */
function credentialSource(options) {
    if (options.username || options.password) {
        const explicit = { username: options.username, password: options.password };
        return { get: () => Promise.resolve(explicit) };
    }
    if (options.dockerConfigPath !== undefined)
        return new DockerConfigCredentials(options.dockerConfigPath);
    return new CredentialFiles(credentialFiles(options.env ?? process.env));
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./src/oci/http.ts
var http = __webpack_require__(95809);
// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __webpack_require__(62701);
;// CONCATENATED MODULE: ./src/oci/transport/challenge.ts
const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]+/y;
const TOKEN68 = /[A-Za-z0-9\-._~+/]+=*/y;
const SPACE = /[ \t]*/y;
// Lenient: some registries leave URLs unquoted, and ':' or '/' are not token characters.
const UNQUOTED_VALUE = /[^\s,"]+/y;
/**
 * Parses a `WWW-Authenticate` header (RFC 9110): several challenges separated by commas, each a scheme
 * then either a token68 or `name=value` parameters whose values may be quoted and hold commas.
 * The scheme is lowercased, as are parameter names.
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let position = 0;
    const match = (pattern) => {
        pattern.lastIndex = position;
        const found = pattern.exec(header);
        if (!found || found[0] === '')
            return undefined;
        position = pattern.lastIndex;
        return found[0];
    };
    const skipSpace = () => match(SPACE);
    const skipSeparators = () => {
        while (position < header.length && /[ \t,]/.test(header[position]))
            position++;
    };
    const quoted = () => {
        let value = '';
        position++; // opening quote
        while (position < header.length && header[position] !== '"') {
            if (header[position] === '\\' && position + 1 < header.length)
                position++;
            value += header[position++];
        }
        position++; // closing quote
        return value;
    };
    /** A `name=value` parameter at the position, or undefined (position unchanged) when there is none. */
    const parameter = () => {
        const start = position;
        const name = match(TOKEN);
        skipSpace();
        if (name === undefined || header[position] !== '=') {
            position = start;
            return undefined;
        }
        position++;
        skipSpace();
        if (header[position] === '"')
            return [name.toLowerCase(), quoted()];
        const value = match(UNQUOTED_VALUE);
        // `abc==` is a token68 with padding, not a parameter with an empty value.
        if (value === undefined || value.startsWith('=')) {
            position = start;
            return undefined;
        }
        return [name.toLowerCase(), value];
    };
    const parameterAhead = () => {
        const start = position;
        const found = parameter() !== undefined;
        position = start;
        return found;
    };
    skipSeparators();
    while (position < header.length) {
        const scheme = match(TOKEN);
        if (scheme === undefined)
            break;
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        skipSpace();
        const start = position;
        const token68 = parameterAhead() ? undefined : match(TOKEN68);
        if (token68 !== undefined && /^[ \t]*(,|$)/.test(header.slice(position)))
            challenge.params.token68 = token68;
        else
            position = start;
        // Parameters follow, separated by commas, until a token that is not `name=` starts the next challenge.
        for (;;) {
            skipSeparators();
            const param = parameter();
            if (!param)
                break;
            challenge.params[param[0]] = param[1];
        }
    }
    return challenges;
}

// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/oci/transport/exchange.ts
/** False for a streamed body: its bytes are gone once sent. */
function replayable(req) {
    return req.body === undefined || Buffer.isBuffer(req.body);
}
/** The HTTP client's answer as a TransportResponse. */
function toResponse(url, answer) {
    return {
        status: answer.statusCode,
        url,
        body: answer.body,
        header: name => answer.headers[name.toLowerCase()]
    };
}
/** Reads a body up to `maxBytes`; returns undefined (and stops reading) when it is longer. */
async function readBody(body, maxBytes) {
    const chunks = [];
    let length = 0;
    for await (const chunk of body) {
        length += chunk.length;
        if (length > maxBytes) {
            body.destroy();
            return undefined;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** The target of a `Link: <…>; rel="next"` header (pagination of tags and referrers), resolved against `base`. */
function nextLink(header, base) {
    for (const part of header?.split(',') ?? []) {
        const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (match && /(^|;)\s*rel="?next"?\s*(;|$)/.test(match[2]))
            return new URL(match[1], base).toString();
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/oci/transport/errors.ts
/**
 * Error mapping (go-containerregistry `transport/error.go`): registry answers and network failures
 * become RegistryErrors that say what failed and what to do about it. OCI error bodies are read as
 * `CODE: message (detail)`; everything a registry says is kept on one line and has every credential
 * Signet sent it redacted; URLs lose their user-info and token-like query values.
 */




const MAX_ERROR_BODY_BYTES = 64 * 1024;
const TLS_TRUST_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID'
]);
/** Network error codes (Node's and undici's) by what they say about the host. */
const NETWORK_FAILURES = {
    ENOTFOUND: 'dns',
    EAI_NONAME: 'dns',
    EAI_FAIL: 'dns',
    EAI_NODATA: 'dns',
    EAI_AGAIN: 'dns-again',
    ECONNREFUSED: 'refused',
    EHOSTUNREACH: 'unroutable',
    ENETUNREACH: 'unroutable',
    ETIMEDOUT: 'timeout',
    UND_ERR_CONNECT_TIMEOUT: 'timeout',
    UND_ERR_HEADERS_TIMEOUT: 'timeout',
    UND_ERR_BODY_TIMEOUT: 'timeout',
    ECONNRESET: 'dropped',
    EPIPE: 'dropped',
    ECONNABORTED: 'dropped',
    UND_ERR_SOCKET: 'dropped'
};
const REDACTED_QUERY_KEYS = /token|password|secret|signature|credential|^sig$|^_state$/i;
/** URLs for logs and errors: no user-info, no token-like query values. */
function redactUrl(url) {
    const copy = new URL(url.toString());
    copy.username = '';
    copy.password = '';
    for (const key of [...copy.searchParams.keys()]) {
        if (REDACTED_QUERY_KEYS.test(key))
            copy.searchParams.set(key, 'REDACTED');
    }
    return copy.toString();
}
/** Every credential a transport sent or received: masked by `onSecret`, never repeated from an answer. */
class Secrets {
    onSecret;
    values = new Set();
    constructor(onSecret) {
        this.onSecret = onSecret;
    }
    add(value) {
        if (value !== '')
            this.values.add(value);
        this.onSecret?.(value);
    }
    /** `text` with every credential replaced by '***' in any form a hostile registry may echo it in. */
    redact(text) {
        return (0,redact/* redactSecrets */.f)(text, this.values);
    }
}
// Duck-typed, not `instanceof Error`: errors from Node's sockets may come from another realm (jest's VM).
function errorChain(error) {
    const chain = [];
    for (let current = error; typeof current === 'object' && current !== null && chain.length < 5;) {
        chain.push(current);
        current = current.cause;
    }
    return chain;
}
/** The first error code (`ECONNRESET`, `UND_ERR_SOCKET`, …) along the error and its causes. */
function networkCode(error) {
    return errorChain(error).find(link => typeof link.code === 'string')?.code;
}
/** The first line of the innermost useful message (OpenSSL appends file and line noise). */
function networkReason(error) {
    const messages = errorChain(error)
        .map(link => link.message)
        .filter(Boolean);
    const message = messages.at(-1) ?? String(error);
    const openssl = /:([a-z0-9 ]+):[^:]*\.c:\d+/i.exec(message);
    return (openssl ? openssl[1] : message).split('\n')[0].trim();
}
/**
 * `CODE: message (detail)` for each OCI error in the body, or the body's first line when it is not one;
 * on one line, with no workflow command in it.
 */
function describeErrorBody(text) {
    try {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
            const summary = parsed.errors
                .map(error => {
                const detail = error.detail === undefined ? '' : ` (${JSON.stringify(error.detail).slice(0, 200)})`;
                return `${error.code ?? 'UNKNOWN'}: ${error.message ?? ''}${detail}`;
            })
                .join('; ');
            // The registry's words are untrusted: kept on one line wherever they are printed.
            return { ociCode: parsed.errors[0].code, summary: (0,sanitize/* oneLine */.TN)(summary.slice(0, 1000)) };
        }
    }
    catch {
        // not JSON: fall through to the plain text
    }
    return { summary: (0,sanitize/* oneLine */.TN)(text.split('\n')[0].trim().slice(0, 200)) };
}
/**
 * What to do about a refused request. `credentialed`: credentials were sent (so they are wrong or lack
 * access), not absent (so the user must log in first).
 */
function hintFor(status, registry, credentialed, advice) {
    const login = advice === 'docker/login-action'
        ? `add a docker/login-action step for ${registry} before this one, or set the username and password inputs`
        : `run 'docker login ${registry}', or pass --username and --password`;
    if (status === 401) {
        return credentialed
            ? ` ${registry} refused the credentials it was sent: the username, password or token is incorrect or expired. Check them (${login}).`
            : ` ${registry} requires authentication and no credentials for it were found: ${login}.`;
    }
    if (status === 403) {
        return credentialed
            ? ` The credentials for ${registry} lack access to this repository: check their permissions or scopes (${login}).`
            : ` ${registry} denies anonymous access to this repository: ${login}.`;
    }
    if (status === 429)
        return ` The registry is rate limiting: retry later or log in for a higher limit.`;
    return '';
}
/** `host` of `host:port` (IPv6 literals keep their brackets). */
function hostOf(registry) {
    return registry.replace(/:\d+$/, '');
}
/** Turns failed exchanges into RegistryErrors, knowing the transport's hosts, credentials and secrets. */
class ErrorMapper {
    context;
    constructor(context) {
        this.context = context;
    }
    /** An answer whose status the request did not expect, with the registry's own words (redacted). */
    async statusError(req, response) {
        const text = req.method === 'HEAD'
            ? ''
            : ((await readBody(response.body, MAX_ERROR_BODY_BYTES))?.toString('utf8') ?? '');
        if (req.method === 'HEAD')
            await response.body.dump();
        // Redacted whole, before describeErrorBody cuts it: a cut must not leave part of a secret behind.
        const { ociCode, summary: described } = describeErrorBody(this.context.secrets.redact(text));
        const summary = this.context.secrets.redact(described);
        const detail = summary ? ` ${summary}` : '';
        return new errors/* RegistryError */.gl(`${req.what} failed: HTTP ${response.status}${detail}.${await this.hint(response.status, req.registry)}`, response.status, ociCode);
    }
    /** A 401 that no (other) credentials can answer; `reason` says why. */
    async unauthorized(req, reason) {
        return new errors/* RegistryError */.gl(`${req.what} failed: HTTP 401 ${reason}.${await this.hint(401, req.registry)}`, 401, 'UNAUTHORIZED');
    }
    /** A token realm that refused: its words (redacted), and the advice for a refused login. */
    tokenRefused(what, status, text, registry, credentialed) {
        const summary = this.context.secrets.redact(describeErrorBody(this.context.secrets.redact(text)).summary);
        return new errors/* RegistryError */.gl(`${what} failed: HTTP ${status} ${summary}.${hintFor(status === 403 ? 403 : 401, registry, credentialed, this.context.advice)}`, status);
    }
    /** No answer: an untrusted certificate, plain HTTP where TLS was spoken, or an unreachable host. */
    connectionError(req, error) {
        const code = networkCode(error);
        const reason = `${code ? `${code}: ` : ''}${networkReason(error)}`;
        if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
            // A CA bundle cannot help here: the certificate is for other names.
            return new errors/* RegistryError */.gl(`${req.what} failed: the TLS certificate of ${req.registry} is issued for other host names (${reason}). Use a host name the certificate names.`, undefined, undefined, { cause: error });
        }
        if (code && TLS_TRUST_CODES.has(code)) {
            return new errors/* RegistryError */.gl(`${req.what} failed: the TLS certificate of ${req.registry} is not trusted (${reason}). Pass its CA bundle in registry-ca.`, undefined, undefined, { cause: error });
        }
        if (/wrong version number|packet length too long|ERR_SSL/i.test(reason)) {
            return new errors/* RegistryError */.gl(`${req.what} failed: ${req.registry} did not answer TLS (${reason}).${this.insecureHint(req.registry)}`, undefined, undefined, { cause: error });
        }
        return new errors/* RegistryError */.gl(`${req.what} failed: cannot reach ${req.registry} (${reason}).${this.unreachableAdvice(code, req.registry)}`, undefined, undefined, { cause: error });
    }
    /** hintFor, knowing whether this host has credentials (then a 401 means they are wrong). */
    async hint(status, registry) {
        if (status !== 401 && status !== 403)
            return hintFor(status, registry, false, this.context.advice);
        const credentials = await this.context.credentials?.get(registry).catch(() => undefined);
        const credentialed = Boolean(credentials?.username || credentials?.identityToken || credentials?.registryToken);
        return hintFor(status, registry, credentialed, this.context.advice);
    }
    /**
     * What to check when a host did not answer, by the network's error code: plain HTTP is suggested only
     * where it could be the cause (a dropped connection, an unknown failure), never for a name that does
     * not resolve, a closed port or a timeout.
     */
    unreachableAdvice(code, registry) {
        const host = hostOf(registry);
        const kind = code === undefined ? undefined : NETWORK_FAILURES[code];
        if (kind === 'dns')
            return ` The host name ${host} does not resolve: check its spelling and this machine's DNS settings.`;
        if (kind === 'dns-again')
            return ` The DNS lookup of ${host} failed for now (retried): check this machine's DNS server and network.`;
        if (kind === 'refused')
            return ` Nothing accepts connections there: check the port and that the registry is running.${this.nearPortHint(registry)}`;
        if (kind === 'unroutable')
            return ` There is no route to ${host}: check this machine's network.`;
        if (kind === 'timeout')
            return ` It did not answer in time (retried): check that a firewall or proxy lets this machine reach ${registry}.`;
        const plain = this.context.insecure.has(registry) ? '' : this.insecureHint(registry);
        if (kind === 'dropped')
            return ` The connection was dropped (retried): a proxy or the registry closed it.${plain}`;
        return ` Is the registry reachable?${plain}`;
    }
    /** The insecure-registries entry for this host under another port, when there is one. */
    nearPortHint(registry) {
        const hint = this.insecureHint(registry);
        return hint.startsWith(' insecure-registries lists') ? hint : '';
    }
    /**
     * What to do about plain HTTP. An entry for the same host with another port (or none) is listed but
     * does not apply: insecure-registries names `host:port` exactly, so say which port differs.
     */
    insecureHint(registry) {
        const host = hostOf(registry);
        const near = [...this.context.insecure].filter(entry => entry !== registry && hostOf(entry) === host);
        if (near.length > 0) {
            return ` insecure-registries lists ${near.join(', ')}, but the registry is ${registry}: the port must match exactly, so list ${registry}.`;
        }
        return ' If it serves plain HTTP, list it in insecure-registries.';
    }
}

;// CONCATENATED MODULE: ./src/oci/transport/authenticator.ts




const DEFAULT_TOKEN_SECONDS = 60;
/** Tokens are renewed this long before they expire, so one does not lapse in flight. */
const TOKEN_EXPIRY_MARGIN_MS = 10_000;
const MAX_TOKEN_BODY_BYTES = 1024 * 1024;
/** `repository:<name>:pull[,push]`, the token scope for a repository. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions.join(',')}`;
}
/** True when `scope` (`type:name:actions`) asks for nothing that `scopes` do not already grant. */
function coveredBy(scope, scopes) {
    const split = (value) => {
        const last = value.lastIndexOf(':');
        return { resource: value.slice(0, last), actions: value.slice(last + 1).split(',') };
    };
    const wanted = split(scope);
    const granted = scopes.map(split).filter(candidate => candidate.resource === wanted.resource);
    return wanted.actions.every(action => granted.some(candidate => candidate.actions.includes(action)));
}
function tokenKey(registry, scopes) {
    return `${registry} ${[...scopes].sort().join(' ')}`;
}
class Authenticator {
    context;
    hosts = new Map();
    tokens = new Map();
    pendingTokens = new Map();
    constructor(context) {
        this.context = context;
    }
    /** What to send before any challenge: Basic once asked for, a cached (or fetched) token once challenged. */
    async cachedAuthorization(registry, scopes) {
        const auth = this.hosts.get(registry);
        if (auth?.basic)
            return auth.basic;
        if (!auth?.bearer)
            return undefined;
        const token = await this.bearerToken(registry, auth.bearer, scopes);
        return token && `Bearer ${token.value}`;
    }
    /**
     * Answers a 401 challenge (`header`, the WWW-Authenticate value) with an Authorization value; throws
     * when no (other) credentials than `previous`, the refused one, can satisfy it.
     */
    async authorize(req, header, previous) {
        const challenges = parseWwwAuthenticate(header ?? '');
        const bearer = challenges.find(challenge => challenge.scheme === 'bearer');
        const basic = challenges.find(challenge => challenge.scheme === 'basic');
        const refused = (reason) => this.context.errors.unauthorized(req, reason);
        if (bearer) {
            this.hostAuth(req.registry).bearer = bearer;
            // A refused token may lack a scope the challenge names: drop it and ask again with that scope.
            if (previous?.startsWith('Bearer '))
                this.tokens.delete(tokenKey(req.registry, req.scopes));
            const token = await this.bearerToken(req.registry, bearer, req.scopes);
            if (!token)
                throw await refused('and the registry token could not be obtained');
            return `Bearer ${token.value}`;
        }
        if (basic) {
            const credentials = await this.context.credentials?.get(req.registry);
            if (!credentials?.username || credentials.password === undefined) {
                throw await refused('(Basic authentication required)');
            }
            const value = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
            if (value === previous)
                throw await refused('(the registry refused the username/password)');
            this.context.secrets.add(credentials.password);
            this.context.secrets.add(value.slice('Basic '.length));
            this.hostAuth(req.registry).basic = value;
            return value;
        }
        // The header is the registry's text: redacted whole before it is cut, as an error body is.
        const quoted = this.context.secrets.redact(header ?? '').slice(0, 100);
        throw await refused(`with no Basic or Bearer challenge (WWW-Authenticate: '${quoted}')`);
    }
    hostAuth(registry) {
        let auth = this.hosts.get(registry);
        if (!auth)
            this.hosts.set(registry, (auth = {}));
        return auth;
    }
    /** A token for these scopes: cached while valid, else fetched once even when many requests ask at once. */
    async bearerToken(registry, challenge, scopes) {
        const key = tokenKey(registry, scopes);
        const cached = this.tokens.get(key);
        if (cached && cached.expiresAt > Date.now())
            return cached;
        let pending = this.pendingTokens.get(key);
        if (!pending) {
            pending = this.fetchToken(registry, challenge, scopes).finally(() => this.pendingTokens.delete(key));
            this.pendingTokens.set(key, pending);
        }
        const token = await pending;
        this.tokens.set(key, token);
        return token;
    }
    async fetchToken(registry, challenge, scopes) {
        const { secrets, userAgent } = this.context;
        const credentials = (await this.context.credentials?.get(registry)) ?? {};
        if (credentials.registryToken) {
            secrets.add(credentials.registryToken);
            return { value: credentials.registryToken, expiresAt: Number.MAX_SAFE_INTEGER };
        }
        const realm = challenge.params.realm;
        const what = `token request to ${realm ?? '(no realm)'} for ${registry}`;
        if (!realm || !/^https?:\/\//.test(realm)) {
            throw new errors/* RegistryError */.gl(`${what} failed: the registry's Bearer challenge has no usable realm`, 401);
        }
        const challenged = (challenge.params.scope ?? '')
            .split(' ')
            .filter(scope => scope && !coveredBy(scope, scopes));
        const allScopes = [...scopes, ...challenged];
        const url = new URL(realm);
        const headers = { 'user-agent': userAgent };
        let method = 'GET';
        let body;
        if (credentials.identityToken) {
            // OAuth2 refresh-token grant: what docker does with an identity token from config.json.
            secrets.add(credentials.identityToken);
            method = 'POST';
            headers['content-type'] = 'application/x-www-form-urlencoded';
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.identityToken
            });
            form.set('client_id', userAgent);
            if (challenge.params.service)
                form.set('service', challenge.params.service);
            if (allScopes.length > 0)
                form.set('scope', allScopes.join(' '));
            body = form.toString();
        }
        else {
            if (challenge.params.service)
                url.searchParams.set('service', challenge.params.service);
            for (const scope of allScopes)
                url.searchParams.append('scope', scope);
            if (credentials.username && credentials.password !== undefined) {
                const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
                secrets.add(credentials.password);
                secrets.add(basic);
                headers.authorization = `Basic ${basic}`;
            }
        }
        let answer;
        try {
            answer = await this.context.http.request(url, { method, headers, body });
        }
        catch (error) {
            throw this.context.errors.connectionError({ what, registry: url.host }, error);
        }
        const response = toResponse(url, answer);
        this.context.debug?.(`${method} ${redactUrl(url)} → ${response.status}`);
        const text = (await readBody(response.body, MAX_TOKEN_BODY_BYTES))?.toString('utf8') ?? '';
        if (response.status !== 200) {
            throw this.context.errors.tokenRefused(what, response.status, text, registry, Boolean(credentials.username));
        }
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            throw new errors/* RegistryError */.gl(`${what} failed: the answer is not JSON`, response.status);
        }
        const value = parsed.token ?? parsed.access_token;
        if (!value)
            throw new errors/* RegistryError */.gl(`${what} failed: the answer holds no token`, response.status);
        secrets.add(value);
        const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0
            ? parsed.expires_in
            : DEFAULT_TOKEN_SECONDS;
        return { value, expiresAt: Date.now() + seconds * 1000 - TOKEN_EXPIRY_MARGIN_MS };
    }
}

// EXTERNAL MODULE: ./src/oci/transport/origin.ts
var origin = __webpack_require__(12745);
;// CONCATENATED MODULE: ./src/oci/transport/retry.ts
/**
 * The retry policy (go-containerregistry `remote/options.go`): which failures are worth repeating
 * (408, 429, 5xx, connections reset or timed out; never 401/403/404 or content mismatches) and how long
 * to wait before the next attempt (exponential backoff with jitter, or the registry's Retry-After).
 */


const DEFAULT_MAX_ATTEMPTS = 4;
const DEFAULT_RETRY_BASE_DELAY_MS = 300;
const MAX_BACKOFF_MS = 10_000;
/** A registry asking for longer than this is not waited for longer. */
const MAX_RETRY_AFTER_MS = 30_000;
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT'
]);
/** The policy the client options ask for: defaults where unset, always at least one attempt. */
function retryPolicy(options) {
    return {
        maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
        baseDelayMs: options.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS
    };
}
/**
 * True for failures worth repeating: 408, 429 and 5xx answers, and connections that were reset or
 * timed out. Never 401/403/404 or content mismatches.
 */
function isTransientError(error) {
    if (!(error instanceof errors/* RegistryError */.gl))
        return false;
    if (error.status !== undefined)
        return RETRYABLE_STATUSES.has(error.status);
    const code = networkCode(error.cause);
    return code !== undefined && RETRYABLE_NETWORK_CODES.has(code);
}
/** True when `error`, the failure of attempt `attempt` of at most `maxAttempts`, is worth another. */
function shouldRetry(error, attempt, maxAttempts) {
    return attempt < maxAttempts && isTransientError(error);
}
/** Exponential backoff with jitter, or the registry's Retry-After (seconds or a date), capped. */
function retryDelayMs(attempt, baseMs, retryAfter) {
    if (retryAfter) {
        const seconds = Number(retryAfter);
        const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
        if (Number.isFinite(ms))
            return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
    }
    const backoff = Math.min(baseMs * 2 ** (attempt - 1), MAX_BACKOFF_MS);
    return backoff / 2 + Math.random() * (backoff / 2);
}
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}
/** Waits the backoff that follows the failure of attempt `attempt`. */
function backoff(policy, attempt) {
    return sleep(retryDelayMs(attempt, policy.baseDelayMs));
}

;// CONCATENATED MODULE: ./src/oci/transport.ts















const MAX_REDIRECTS = 5;
class Transport {
    options;
    http;
    insecure;
    retries;
    userAgent;
    errors;
    auth;
    secrets;
    constructor(options = {}) {
        this.options = options;
        const ca = options.caCertificates ? [...external_node_tls_.rootCertificates, options.caCertificates] : undefined;
        this.http = new http/* HttpClient */.Q({ ca, maxConnectionsPerHost: options.maxConnectionsPerHost });
        this.insecure = new Set(options.insecureRegistries ?? []);
        this.retries = retryPolicy(options);
        this.userAgent = options.userAgent ?? 'signet';
        this.secrets = new Secrets(options.onSecret);
        this.errors = new ErrorMapper({
            secrets: this.secrets,
            insecure: this.insecure,
            credentials: options.credentials,
            advice: options.loginAdvice ?? 'docker login'
        });
        this.auth = new Authenticator({
            http: this.http,
            credentials: options.credentials,
            userAgent: this.userAgent,
            secrets: this.secrets,
            errors: this.errors,
            debug: options.debug
        });
    }
    /** `https://host/`, or `http://host/` for hosts listed as insecure; Docker Hub's API host for docker.io. */
    baseUrl(registry) {
        return (0,origin/* registryBaseUrl */.m)(registry, this.insecure);
    }
    async close() {
        await this.http.close();
    }
    /** Sends a request: authenticates on challenge, retries transient failures, maps errors. */
    async request(req) {
        const attempts = req.retry === false || !replayable(req) ? 1 : this.retries.maxAttempts;
        for (let attempt = 1;; attempt++) {
            const outcome = await this.attempt(req);
            if (outcome.response)
                return outcome.response;
            const error = outcome.error;
            if (!shouldRetry(error, attempt, attempts))
                throw error;
            const delay = retryDelayMs(attempt, this.retries.baseDelayMs, outcome.retryAfter);
            if (error.status === 429) {
                // The registry's text: redacted whole before it is cut, as an error body is.
                const retryAfter = outcome.retryAfter && this.secrets.redact(outcome.retryAfter).slice(0, 40);
                const asked = retryAfter ? ` (Retry-After: ${(0,sanitize/* oneLine */.TN)(retryAfter)})` : '';
                this.options.warn?.(`${req.registry} is rate-limiting requests (HTTP 429)${asked}: waiting ${(delay / 1000).toFixed(1)} s before attempt ${attempt + 1} of ${attempts}`);
            }
            this.options.debug?.(`${req.what}: ${error.message}; attempt ${attempt + 1} of ${attempts} in ${Math.round(delay)} ms`);
            await sleep(delay);
        }
    }
    async attempt(req) {
        try {
            const url = new URL(req.target, this.baseUrl(req.registry));
            let authorization = await this.auth.cachedAuthorization(req.registry, req.scopes);
            let response = await this.send(req, url, authorization);
            const challenged = response.status === 401 && response.url.origin === this.baseUrl(req.registry).origin;
            if (challenged && replayable(req)) {
                const challenge = response.header('www-authenticate');
                await response.body.dump();
                authorization = await this.auth.authorize(req, challenge, authorization);
                response = await this.send(req, url, authorization);
            }
            if (req.expect.includes(response.status))
                return { response };
            return {
                error: await this.errors.statusError(req, response),
                retryAfter: response.header('retry-after')
            };
        }
        catch (error) {
            if (error instanceof errors/* RegistryError */.gl)
                return { error };
            // A credential file that cannot be read is bad local input (exit 2), not a registry out of reach.
            if (error instanceof oci_errors/* OciInputError */.i)
                throw error;
            return { error: this.errors.connectionError(req, error) };
        }
    }
    /** One exchange, following redirects by hand so Authorization never leaves the registry's origin. */
    async send(req, start, authorization) {
        const origin = this.baseUrl(req.registry).origin;
        let url = start;
        let method = req.method;
        for (let redirects = 0;; redirects++) {
            const headers = { 'user-agent': this.userAgent, ...req.headers };
            if (authorization && url.origin === origin)
                headers.authorization = authorization;
            const body = method === 'GET' || method === 'HEAD' ? undefined : (req.body ?? Buffer.alloc(0));
            const answer = await this.http.request(url, { method, headers, body });
            const response = toResponse(url, answer);
            this.options.debug?.(`${method} ${redactUrl(url)} → ${response.status}`);
            const location = response.header('location');
            const isRedirect = [301, 302, 303, 307, 308].includes(response.status);
            if (!req.followRedirects || !isRedirect || !location || !replayable(req))
                return response;
            await response.body.dump();
            if (redirects >= MAX_REDIRECTS) {
                throw new errors/* RegistryError */.gl(`${req.what} failed: more than ${MAX_REDIRECTS} redirects`, response.status);
            }
            const next = new URL(location, url);
            if (url.protocol === 'https:' && next.protocol !== 'https:') {
                throw new errors/* RegistryError */.gl(`${req.what} failed: refusing a redirect from HTTPS to ${redactUrl(next)}`);
            }
            if (response.status === 303)
                method = 'GET';
            url = next;
        }
    }
}

// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
;// CONCATENATED MODULE: ./src/oci/registry/repository-transport.ts




/**
 * The transport bound to one repository, shared by the operations on its manifests, blobs, tags and
 * referrers: its token scope, its name in messages, and the retry of answers whose body broke off.
 */
class RepositoryTransport {
    transport;
    registry;
    name;
    /** `registry/name`, as messages name the repository. */
    fullName;
    retries;
    constructor(transport, registry, name, options) {
        this.transport = transport;
        this.registry = registry;
        this.name = name;
        this.fullName = (0,reference/* repositoryName */.aR)({ registry, repository: name });
        this.retries = retryPolicy(options);
    }
    send(request) {
        const own = repositoryScope(this.name, request.push ? ['pull', 'push'] : ['pull']);
        return this.transport.request({
            ...request,
            registry: this.registry,
            scopes: [own, ...(request.scopes ?? [])]
        });
    }
    /**
     * Sends a request and reads its answer with `read`. A connection lost while the body was being read
     * (after the transport already handed the response over) becomes a RegistryError and the whole
     * exchange is repeated like any transient failure; errors `read` raises itself pass through.
     */
    async exchange(request, read) {
        for (let attempt = 1;; attempt++) {
            const response = await this.send(request);
            try {
                return await read(response);
            }
            catch (error) {
                if (error instanceof errors/* SignetError */.Tj)
                    throw error;
                const failure = bodyInterrupted(request.what, error);
                if (!shouldRetry(failure, attempt, this.retries.maxAttempts))
                    throw failure;
                await backoff(this.retries, attempt);
            }
        }
    }
}
/** A connection that broke off while a body was read, as a RegistryError (transient when the cause is). */
function bodyInterrupted(what, error) {
    return new errors/* RegistryError */.gl(`${what} failed: the connection broke off while reading the answer (${(0,errors/* errorMessage */.gJ)(error)})`, undefined, undefined, { cause: error });
}

;// CONCATENATED MODULE: ./src/oci/registry/upload-stream.ts



/**
 * What a blob upload reads its source through: a digest and size check, and the cut of one stream into
 * the consecutive parts of a chunked upload.
 */
/**
 * Everything read from an upload source is hashed on the way: a source that does not match its
 * descriptor fails before the upload is committed, with a ContentMismatchError. A source that is itself
 * a check of this descriptor (a layout or registry blob stream) is used as it is, not hashed twice.
 */
function verifiedSource(source, descriptor, what) {
    if (source instanceof oci_digest/* VerifyingStream */.SC && source.verifies(descriptor))
        return source;
    const verifying = new oci_digest/* VerifyingStream */.SC(descriptor, what);
    (0,external_node_stream_.pipeline)(Buffer.isBuffer(source) ? external_node_stream_.Readable.from([source]) : source, verifying, () => undefined);
    return verifying;
}
/**
 * Consecutive parts of one stream, each of a given length and streamed as it is sent (nothing is held
 * beyond the chunk in hand; a chunk that straddles two parts is split).
 */
class StreamParts {
    digest;
    what;
    chunks;
    leftover;
    /** Bytes handed out so far. */
    position = 0;
    constructor(stream, digest, what) {
        this.digest = digest;
        this.what = what;
        this.chunks = stream[Symbol.asyncIterator]();
    }
    async *take(length) {
        for (let remaining = length; remaining > 0;) {
            let chunk = this.leftover ?? (await this.nextChunk());
            this.leftover = undefined;
            if (chunk.length > remaining) {
                this.leftover = chunk.subarray(remaining);
                chunk = chunk.subarray(0, remaining);
            }
            remaining -= chunk.length;
            this.position += chunk.length;
            yield chunk;
        }
    }
    /** Reads the end of the stream, so its final checks run; fails when bytes are left over. */
    async finish() {
        if (this.leftover !== undefined || !(await this.chunks.next()).done) {
            throw this.mismatch(`size mismatch (more than the ${this.position} bytes uploaded)`);
        }
    }
    mismatch(detail) {
        return new errors/* ContentMismatchError */.gd(`${this.what} ${this.digest}: ${detail}`, this.digest, detail);
    }
    async nextChunk() {
        const next = await this.chunks.next();
        if (next.done)
            throw this.mismatch(`size mismatch (the source ended after ${this.position} bytes)`);
        return Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/blobs.ts







/** Blobs up to this size go up in one PUT; larger ones in PATCH chunks. */
const MONOLITHIC_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;
/**
 * The size of each PATCH of a chunked upload, streamed from the source (not held in memory). Each PATCH
 * ends in a round trip the upload waits on; 32 MiB measured faster than 8 MiB and level with 64 MiB
 * (npm run bench, loopback docker-registry).
 */
const UPLOAD_CHUNK_BYTES = 32 * 1024 * 1024;
/**
 * The blobs of a repository (regclient `scheme/reg/blob.go`): fetched as streams that fail unless their
 * bytes match the descriptor (resumed where a connection broke off), pushed by mount, one PUT or PATCH
 * chunks, from sources hashed on the way.
 */
class Blobs {
    repository;
    constructor(repository) {
        this.repository = repository;
    }
    path(digest) {
        return `/v2/${this.repository.name}/blobs/${digest}`;
    }
    async exists(digest) {
        const response = await this.repository.send({
            method: 'HEAD',
            target: this.path(digest),
            expect: [200, 404],
            followRedirects: true,
            what: `HEAD blob ${digest} of ${this.repository.fullName}`
        });
        await response.body.dump();
        return response.status === 200;
    }
    /**
     * A stream of the blob that fails unless its bytes match the descriptor's size and digest. A
     * connection lost mid-body is resumed with a Range request from the last byte received (from the
     * start, skipping what was read, when the registry ignores Range), so the hash sees every byte once.
     */
    async fetch(descriptor) {
        const first = await this.request(descriptor, 0);
        const verifying = new oci_digest/* VerifyingStream */.SC(descriptor, `Blob of ${this.repository.fullName}`);
        // pipeline destroys both ends on error; the error reaches whoever reads `verifying`.
        (0,external_node_stream_.pipeline)(external_node_stream_.Readable.from(this.resumingBody(descriptor, first)), verifying, () => undefined);
        return verifying;
    }
    request(descriptor, offset) {
        return this.repository.send({
            method: 'GET',
            target: this.path(descriptor.digest),
            headers: offset > 0 ? { range: `bytes=${offset}-` } : undefined,
            expect: offset > 0 ? [200, 206] : [200],
            followRedirects: true,
            what: `GET blob ${descriptor.digest} of ${this.repository.fullName}${offset > 0 ? ` (from byte ${offset})` : ''}`
        });
    }
    async *resumingBody(descriptor, first) {
        const { retries } = this.repository;
        let response = first;
        let received = 0;
        let skip = 0;
        for (let attempt = 1;; attempt++) {
            try {
                for await (const data of response.body) {
                    let chunk = data;
                    if (skip > 0) {
                        const dropped = Math.min(skip, chunk.length);
                        skip -= dropped;
                        chunk = chunk.subarray(dropped);
                    }
                    received += chunk.length;
                    if (chunk.length > 0)
                        yield chunk;
                }
                return;
            }
            catch (error) {
                const failure = bodyInterrupted(`GET blob ${descriptor.digest} of ${this.repository.fullName}`, error);
                if (!shouldRetry(failure, attempt, retries.maxAttempts))
                    throw failure;
                await backoff(retries, attempt);
                response = await this.request(descriptor, received);
                if (response.status === 200)
                    skip = received;
            }
        }
    }
    /** A small blob (config, envelope) in memory, verified; refuses descriptors larger than `maxBytes`. */
    async fetchBytes(descriptor, maxBytes) {
        if (descriptor.size > maxBytes) {
            throw new errors/* RegistryError */.gl(`Refusing blob ${descriptor.digest} of ${this.repository.fullName}: its descriptor says ${descriptor.size} bytes, more than the ${maxBytes} allowed here`);
        }
        const chunks = [];
        for await (const chunk of await this.fetch(descriptor))
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
    /**
     * Uploads a blob unless the repository has it: a cross-repository mount when `mountFrom` is given,
     * else one PUT (small blobs) or PATCH chunks. A transient failure restarts the upload from a fresh
     * `open()`, because a half-received upload session cannot be trusted to resume.
     */
    async push(descriptor, open, options = {}) {
        if (await this.exists(descriptor.digest))
            return 'exists';
        const { retries } = this.repository;
        for (let attempt = 1;; attempt++) {
            try {
                return await this.upload(descriptor, open, options);
            }
            catch (error) {
                if (!shouldRetry(error, attempt, retries.maxAttempts))
                    throw error;
                await backoff(retries, attempt);
            }
        }
    }
    async upload(descriptor, open, options) {
        const { name, fullName } = this.repository;
        const what = `blob ${descriptor.digest} to ${fullName}`;
        const mountFrom = options.mountFrom !== name ? options.mountFrom : undefined;
        const query = mountFrom
            ? `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(mountFrom)}`
            : '';
        const started = await this.repository.send({
            method: 'POST',
            target: `/v2/${name}/blobs/uploads/${query}`,
            push: true,
            scopes: mountFrom ? [repositoryScope(mountFrom, ['pull'])] : [],
            expect: mountFrom ? [201, 202] : [202],
            retry: false,
            what: `POST ${mountFrom ? `mount of ${what} from ${mountFrom}` : `upload of ${what}`}`
        });
        await started.body.dump();
        if (started.status === 201)
            return 'mounted';
        let location = uploadLocation(started, what);
        const verified = verifiedSource(await open(), descriptor, `Source of blob for ${fullName}`);
        let sent = 0;
        try {
            if (descriptor.size <= MONOLITHIC_UPLOAD_MAX_BYTES) {
                const body = Buffer.concat(await verified.toArray());
                await this.finishUpload(location, descriptor.digest, body, what);
                options.onProgress?.(body.length);
                return 'uploaded';
            }
            const parts = new StreamParts(verified, descriptor.digest, `Source of blob for ${fullName}`);
            while (sent < descriptor.size) {
                const length = Math.min(UPLOAD_CHUNK_BYTES, descriptor.size - sent);
                const range = `${sent}-${sent + length - 1}`;
                const response = await this.repository.send({
                    method: 'PATCH',
                    target: location.toString(),
                    headers: {
                        'content-type': 'application/octet-stream',
                        'content-range': range,
                        'content-length': String(length)
                    },
                    body: external_node_stream_.Readable.from(parts.take(length), { objectMode: false }),
                    push: true,
                    expect: [202],
                    retry: false,
                    what: `PATCH ${what} (bytes ${range})`
                });
                await response.body.dump();
                if (parts.position !== sent + length) {
                    throw new errors/* RegistryError */.gl(`PATCH ${what} (bytes ${range}): the registry answered before reading it all`);
                }
                location = uploadLocation(response, what);
                sent += length;
                options.onProgress?.(sent);
            }
            // The end of the source is where the verifying stream reports a digest mismatch: before the commit.
            await parts.finish();
            await this.finishUpload(location, descriptor.digest, Buffer.alloc(0), what);
            return 'uploaded';
        }
        catch (error) {
            // A source failing mid-PATCH reaches the transport as a broken request: report the source's error.
            throw verified.errored ?? error;
        }
        finally {
            verified.destroy();
        }
    }
    async finishUpload(location, digest, body, what) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const response = await this.repository.send({
            method: 'PUT',
            target: url.toString(),
            headers: { 'content-type': 'application/octet-stream' },
            body,
            push: true,
            expect: [201],
            retry: false,
            what: `PUT ${what}`
        });
        await response.body.dump();
    }
}
function uploadLocation(response, what) {
    const location = response.header('location');
    if (!location)
        throw new errors/* RegistryError */.gl(`Upload of ${what}: the registry sent no Location`, response.status);
    return new URL(location, response.url);
}

// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/oci/registry/pages.ts



/**
 * Paginated listings (catalog, tags, referrers): one page of JSON, at most the size of a manifest, and
 * the `Link: rel="next"` to the next one.
 */
/** Pages of referrers, tags or repositories followed at most, against registries that link in circles. */
const MAX_PAGES = 100;
async function readPage(response) {
    return {
        body: await readBody(response.body, types/* MAX_MANIFEST_BYTES */.ZJ),
        next: nextLink(response.header('link'), response.url),
        filteredBy: (response.header('oci-filters-applied') ?? '').split(',').map(filter => filter.trim())
    };
}
/** The page's body, refused when it was larger than a manifest may be. */
function pageBody(page, what) {
    if (!page.body)
        throw new errors/* RegistryError */.gl(`${what}: the answer is larger than ${types/* MAX_MANIFEST_BYTES */.ZJ} bytes`);
    return page.body;
}
function parseJson(bytes, what) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new errors/* RegistryError */.gl(`${what} is not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/catalog.ts


/**
 * The repository names of a registry (`/v2/_catalog`, following `Link` pagination), or undefined when
 * the registry does not let this client list them (401, 403, 404: common on hosted registries), so the
 * caller can fall back to repositories it was told about.
 */
async function listCatalog(transport, registry) {
    const names = [];
    let target = '/v2/_catalog?n=1000';
    for (let page = 0; target && page < MAX_PAGES; page++) {
        const what = `GET catalog of ${registry}`;
        let response;
        try {
            response = await transport.request({
                method: 'GET',
                registry,
                target,
                scopes: ['registry:catalog:*'],
                expect: [200, 401, 403, 404],
                what
            });
        }
        catch (error) {
            if (error instanceof errors/* RegistryError */.gl && [401, 403].includes(error.status ?? 0))
                return undefined;
            throw error;
        }
        if (response.status !== 200) {
            await response.body.dump();
            if (page > 0)
                throw new errors/* RegistryError */.gl(`${what}: a next page vanished (HTTP ${response.status})`);
            return undefined;
        }
        const listing = await readPage(response);
        const parsed = parseJson(pageBody(listing, what), `the catalog of ${registry}`);
        if (!Array.isArray(parsed.repositories) || !parsed.repositories.every(name => typeof name === 'string'))
            throw new errors/* RegistryError */.gl(`${what}: the answer has no list of repository names`);
        names.push(...parsed.repositories);
        target = listing.next;
    }
    return names;
}

;// CONCATENATED MODULE: ./src/oci/registry/run-memory.ts
/**
 * What one RegistryClient learns during a run and need not ask again (regclient's cache and feature
 * set, oras-go's `referrersState`): manifests by digest (content-addressed, hashed when fetched, so they
 * cannot go stale), referrer lists by subject digest (dropped when this client pushes a referrer of that
 * subject), and whether each registry has the referrers API. Entries are promises, so callers that ask
 * at the same time share one request; a failed request is forgotten, so the next caller asks again.
 */
class RunMemory {
    manifests = new Map();
    referrerLists = new Map();
    referrersApiAnswers = new Map();
    /** The manifest `digest` of `repository` (`registry/name`), fetched by `fetch` on the first ask. */
    manifest(repository, digest, fetch) {
        return remember(this.manifests, `${repository}@${digest}`, fetch);
    }
    /** Records a manifest fetched another way (by tag), under its digest. */
    rememberManifest(repository, manifest) {
        this.manifests.set(`${repository}@${manifest.descriptor.digest}`, Promise.resolve(manifest));
    }
    /** The manifest when it was fetched (or is being fetched) in this run: a HEAD for it need not be sent. */
    knownManifest(repository, digest) {
        return this.manifests.get(`${repository}@${digest}`);
    }
    referrers(repository, subject, artifactType, list) {
        return remember(this.referrerLists, `${repository}@${subject} ${artifactType ?? ''}`, list);
    }
    /** The listing of every referrer of `subject` when it was asked for (or is being asked for) in this run. */
    knownReferrers(repository, subject) {
        return this.referrerLists.get(`${repository}@${subject} `);
    }
    /** Forgets the referrer lists of `subject` (of every artifact type): a referrer was just pushed. */
    forgetReferrers(repository, subject) {
        const prefix = `${repository}@${subject} `;
        for (const key of this.referrerLists.keys())
            if (key.startsWith(prefix))
                this.referrerLists.delete(key);
    }
    /**
     * Whether `registry` answers the referrers API, once a listing found out; while the first listing is
     * still finding out, its answer to come (undefined if it failed, and the caller finds out itself).
     */
    referrersApi(registry) {
        return this.referrersApiAnswers.get(registry);
    }
    /**
     * Claims finding out whether `registry` has the referrers API: callers that ask meanwhile wait for the
     * answer instead of asking the registry too. Settle with what the listing learnt (undefined: nothing).
     */
    findOutReferrersApi(registry) {
        let settle = () => undefined;
        this.referrersApiAnswers.set(registry, new Promise(resolve => (settle = resolve)));
        return available => {
            if (available === undefined)
                this.referrersApiAnswers.delete(registry);
            else
                this.referrersApiAnswers.set(registry, available);
            settle(available);
        };
    }
}
function remember(map, key, load) {
    const known = map.get(key);
    if (known !== undefined)
        return known;
    const loading = load();
    map.set(key, loading);
    loading.catch(() => {
        if (map.get(key) === loading)
            map.delete(key);
    });
    return loading;
}

;// CONCATENATED MODULE: ./src/oci/registry/manifests.ts





/** Tags named in a "not found" message at most; the rest are counted. */
const MAX_TAGS_SHOWN = 20;
/** The distribution-spec tag grammar: what a tag list may show a person. */
const TAG_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** `sha256-<hex>` tags hold referrers (signatures), not images: not worth listing as candidates. */
const REFERRERS_TAG = /^sha256-[0-9a-f]{64}$/;
const ACCEPT_MANIFESTS = types/* MANIFEST_MEDIA_TYPES */.$T.join(', ');
function mediaTypeOf(contentType) {
    const type = contentType?.split(';')[0].trim();
    return type && types/* MANIFEST_MEDIA_TYPES */.$T.includes(type) ? type : undefined;
}
/**
 * The manifests of a repository (regclient `scheme/reg/manifest.go`): resolve, fetch (hashed against
 * the digest asked for, size-capped), push (checked against the digest the registry echoes), tag.
 */
class Manifests {
    repository;
    tags;
    memory;
    constructor(repository, tags, memory = new RunMemory()) {
        this.repository = repository;
        this.tags = tags;
        this.memory = memory;
    }
    path(reference) {
        return `/v2/${this.repository.name}/manifests/${reference}`;
    }
    /** The descriptor a tag or digest points at, from a HEAD (a GET when the registry sends no digest). */
    async resolve(reference) {
        const known = (0,oci_digest/* isDigest */.Bc)(reference) && this.memory.knownManifest(this.repository.fullName, reference);
        if (known)
            return (await known).descriptor;
        const response = await this.head(reference);
        if (response.status === 404)
            throw await this.notFound(reference);
        const digest = response.header('docker-content-digest');
        const size = Number(response.header('content-length'));
        const mediaType = mediaTypeOf(response.header('content-type'));
        if (!digest || !(0,oci_digest/* isDigest */.Bc)(digest) || !Number.isSafeInteger(size) || !mediaType) {
            return (await this.fetch(reference)).descriptor;
        }
        if ((0,oci_digest/* isDigest */.Bc)(reference) && digest !== reference) {
            throw new errors/* ContentMismatchError */.gd(`Manifest ${reference} of ${this.repository.fullName}: the registry reports digest ${digest}`, reference, `digest mismatch (registry reports ${digest})`);
        }
        return { mediaType, digest, size };
    }
    /**
     * A 404 for a manifest, saying what is missing: the repository (a misspelled name looks like a missing
     * tag otherwise) or the tag, with the tags there are. The tag list is registry text: only names that
     * are valid tags are shown, and at most MAX_TAGS_SHOWN of them.
     */
    async notFound(reference) {
        const { registry, name, fullName } = this.repository;
        const error = (detail) => new errors/* RegistryError */.gl(`Manifest '${reference}' not found in ${fullName}: ${detail}`, 404, 'MANIFEST_UNKNOWN');
        let tags;
        try {
            tags = (await this.tags.list()).filter(tag => TAG_NAME.test(tag) && !REFERRERS_TAG.test(tag));
        }
        catch (listing) {
            if (listing instanceof errors/* RegistryError */.gl && listing.status === 404) {
                return error(`the repository ${name} does not exist on ${registry}: check the repository name`);
            }
            const why = listing instanceof errors/* RegistryError */.gl && listing.status ? `: HTTP ${listing.status}` : '';
            return error(`check the repository name and the tag or digest (its tags cannot be listed${why})`);
        }
        if (tags.length === 0)
            return error(`the repository ${name} has no tags: check the repository name`);
        if ((0,oci_digest/* isDigest */.Bc)(reference))
            return error('no manifest with this digest: check the digest');
        tags.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
        const shown = tags.slice(0, MAX_TAGS_SHOWN).join(', ');
        const more = tags.length > MAX_TAGS_SHOWN ? ` and ${tags.length - MAX_TAGS_SHOWN} more` : '';
        return error(`the tag is not among its ${tags.length} tags: ${shown}${more}`);
    }
    /**
     * The manifest bytes, checked against the digest asked for (or the registry's digest header for a
     * tag). Asked once per digest and run: a manifest fetched by tag is remembered under its digest too, so
     * the caller that resolved a tag with this GET never asks for the same bytes again.
     */
    async fetch(reference) {
        const { fullName } = this.repository;
        if ((0,oci_digest/* isDigest */.Bc)(reference))
            return this.memory.manifest(fullName, reference, () => this.fetchOnce(reference));
        const fetched = await this.fetchOnce(reference);
        this.memory.rememberManifest(fullName, fetched);
        return fetched;
    }
    async fetchOnce(reference) {
        const fetched = await this.fetchIfExists(reference);
        if (!fetched)
            throw await this.notFound(reference);
        return fetched.manifest;
    }
    /** The manifest and its ETag, or undefined when the registry has none under `reference` (404). */
    async fetchIfExists(reference) {
        const what = `manifest '${reference}' of ${this.repository.fullName}`;
        return this.repository.exchange({
            method: 'GET',
            target: this.path(reference),
            headers: { accept: ACCEPT_MANIFESTS },
            expect: [200, 404],
            what: `GET ${what}`
        }, response => this.read(reference, what, response));
    }
    async read(reference, what, response) {
        if (response.status === 404) {
            await response.body.dump();
            return undefined;
        }
        const tooLarge = () => new errors/* RegistryError */.gl(`Refusing ${what}: larger than the ${types/* MAX_MANIFEST_BYTES */.ZJ} bytes allowed for a manifest`);
        if (Number(response.header('content-length')) > types/* MAX_MANIFEST_BYTES */.ZJ) {
            await response.body.dump();
            throw tooLarge();
        }
        const bytes = await readBody(response.body, types/* MAX_MANIFEST_BYTES */.ZJ);
        if (!bytes)
            throw tooLarge();
        const expectedDigest = (0,oci_digest/* isDigest */.Bc)(reference) ? reference : response.header('docker-content-digest');
        if (expectedDigest && (0,oci_digest/* isDigest */.Bc)(expectedDigest))
            (0,oci_digest/* checkContent */.aG)(bytes, { digest: expectedDigest, size: bytes.length }, `Manifest of ${this.repository.fullName}`);
        const digest = expectedDigest && (0,oci_digest/* isDigest */.Bc)(expectedDigest) ? expectedDigest : (0,oci_digest/* sha256Digest */.sI)(bytes);
        let manifest;
        try {
            manifest = JSON.parse(bytes.toString('utf8'));
        }
        catch (error) {
            throw new errors/* RegistryError */.gl(`${what} is not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}`, 200, 'MANIFEST_INVALID');
        }
        if (typeof manifest !== 'object' || manifest === null || manifest.schemaVersion !== 2) {
            throw new errors/* RegistryError */.gl(`${what} is not a schemaVersion 2 manifest or index`, 200, 'MANIFEST_INVALID');
        }
        const mediaType = mediaTypeOf(response.header('content-type')) ??
            manifest.mediaType ??
            ('manifests' in manifest ? types/* MediaType */.zu.OciIndex : types/* MediaType */.zu.OciManifest);
        return {
            manifest: { descriptor: { mediaType, digest, size: bytes.length }, bytes, manifest },
            etag: response.header('etag')
        };
    }
    async exists(reference) {
        return (await this.head(reference)).status === 200;
    }
    /** A HEAD of a manifest, answered 200 (headers carry its digest and size) or 404; the body is drained. */
    async head(reference) {
        const response = await this.repository.send({
            method: 'HEAD',
            target: this.path(reference),
            headers: { accept: ACCEPT_MANIFESTS },
            expect: [200, 404],
            what: `HEAD manifest '${reference}' of ${this.repository.fullName}`
        });
        await response.body.dump();
        return response;
    }
    /**
     * PUTs a manifest under a tag, or under its own digest when no tag is given. With `ifMatch` (an ETag)
     * the PUT is conditional, and a 412 (someone else wrote first) is answered, not thrown.
     */
    async push(bytes, mediaType, reference, ifMatch) {
        const descriptor = (0,oci_digest/* describe */.q0)(bytes, mediaType);
        const target = reference ?? descriptor.digest;
        const what = `manifest '${target}' of ${this.repository.fullName}`;
        if (bytes.length > types/* MAX_MANIFEST_BYTES */.ZJ) {
            throw new errors/* RegistryError */.gl(`Refusing to push ${what}: ${bytes.length} bytes, more than the ${types/* MAX_MANIFEST_BYTES */.ZJ} registries accept`);
        }
        const response = await this.repository.send({
            method: 'PUT',
            target: this.path(target),
            headers: { 'content-type': mediaType, ...(ifMatch && { 'if-match': ifMatch }) },
            body: bytes,
            push: true,
            expect: ifMatch ? [200, 201, 412] : [200, 201],
            what: `PUT ${what}`
        });
        await response.body.dump();
        if (response.status === 412)
            return { descriptor, subjectAccepted: false, preconditionFailed: true };
        const echoed = response.header('docker-content-digest');
        if (echoed && echoed.startsWith('sha256:') && echoed !== descriptor.digest) {
            throw new errors/* ContentMismatchError */.gd(`Pushed ${what}: the registry stored digest ${echoed}, expected ${descriptor.digest}`, descriptor.digest, `digest mismatch (registry reports ${echoed})`);
        }
        return { descriptor, subjectAccepted: response.header('oci-subject') !== undefined };
    }
    /** Points a tag at a manifest already in the repository. */
    async tag(descriptor, tag) {
        const fetched = await this.fetch(descriptor.digest);
        await this.push(fetched.bytes, descriptor.mediaType, tag);
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/referrers-tag.ts

/**
 * The referrers tag schema of distribution-spec v1.1, for registries without the referrers API: the
 * tag `<alg>-<hex>` of a subject holds an image index listing the manifests that refer to it.
 */
/** `sha256:abc…` → `sha256-abc…` (truncated to the 128 characters a tag may have). */
function referrersTag(subjectDigest) {
    return subjectDigest.replace(':', '-').slice(0, 128);
}
/** The index entry for a referrer: its descriptor plus `artifactType` and annotations, as the API lists it. */
function referrerDescriptor(manifest, pushed) {
    // The spec takes the config media type as artifact type when the manifest names none.
    const artifactType = manifest.artifactType ?? manifest.config?.mediaType;
    return {
        mediaType: pushed.mediaType,
        digest: pushed.digest,
        size: pushed.size,
        ...(artifactType && { artifactType }),
        ...(manifest.annotations && { annotations: manifest.annotations })
    };
}
/**
 * The referrers index with `entry` added (existing entries and annotations kept), serialised; or
 * undefined when the entry is already listed, so nothing needs writing.
 */
function addReferrer(current, entry) {
    const manifests = current?.manifests ?? [];
    if (manifests.some(existing => existing.digest === entry.digest))
        return undefined;
    const index = {
        schemaVersion: 2,
        mediaType: types/* MediaType */.zu.OciIndex,
        manifests: [...manifests, entry],
        ...(current?.annotations && { annotations: current.annotations })
    };
    return Buffer.from(JSON.stringify(index));
}
/**
 * The entries of `artifactType`, and those that name no type at all: copies made by `skopeo sync` or
 * `skopeo copy --all` rewrite the referrers tag index without each entry's `artifactType`, and dropping
 * them would hide the signatures. Callers read such a manifest's own type before using it.
 */
function filterByArtifactType(descriptors, artifactType) {
    return artifactType
        ? descriptors.filter(descriptor => descriptor.artifactType === artifactType || descriptor.artifactType === undefined)
        : descriptors;
}

// EXTERNAL MODULE: ./src/util/settled.ts
var settled = __webpack_require__(37641);
;// CONCATENATED MODULE: ./src/oci/registry/referrers.ts








/** Rounds of read-modify-write of the referrers tag when another writer races us (412). */
const MAX_REFERRERS_TAG_UPDATES = 8;
/** How long a referrers tag update settles before it is read back (jittered, so racing writers diverge). */
const REFERRERS_SETTLE_MS = 100;
/**
 * The referrers of a repository's manifests (regclient `scheme/reg/referrer.go`): listed through the
 * referrers API, or the referrers tag schema where the registry has no API; pushed so that either finds
 * them.
 */
class Referrers {
    repository;
    manifests;
    memory;
    constructor(repository, manifests, memory = new RunMemory()) {
        this.repository = repository;
        this.manifests = manifests;
        this.memory = memory;
    }
    /**
     * The referrers of a manifest, optionally of one artifact type: the referrers API, or on 404 the
     * referrers tag schema (`sha256-<hex>` holding an index; absent means none). Listed once per run.
     * While the registry's answer to the API is unknown, both are asked at once (one round trip instead
     * of two on a registry without the API); the answer is remembered for the rest of the run, and
     * listings that start meanwhile wait for it rather than ask the API too. A listing of one artifact
     * type is read from the run's listing of every referrer when there is one, so a caller that listed
     * them all early (verify, while it resolves) leaves nothing to ask for later.
     */
    list(digest, artifactType) {
        const { fullName } = this.repository;
        const every = artifactType === undefined ? undefined : this.memory.knownReferrers(fullName, digest);
        if (every !== undefined)
            return every.then(listed => filterByArtifactType(listed, artifactType));
        return this.memory.referrers(fullName, digest, artifactType, () => this.listOnce(digest, artifactType));
    }
    async listOnce(digest, artifactType) {
        const { registry } = this.repository;
        // Not awaited unless pending: the first listing must claim finding out before another one looks.
        const known = this.memory.referrersApi(registry);
        const api = known instanceof Promise ? await known : known;
        if (api === false)
            return this.fromTag(digest, artifactType);
        if (api === true)
            return (await this.fromApi(digest, artifactType)) ?? this.fromTag(digest, artifactType);
        const learnt = this.memory.findOutReferrersApi(registry);
        const fromTag = (0,settled/* settled */.g)(this.fromTag(digest, artifactType));
        try {
            const listed = await this.fromApi(digest, artifactType).finally(() => fromTag);
            learnt(listed !== undefined);
            return listed ?? (0,settled/* unwrap */.o)(await fromTag);
        }
        catch (error) {
            learnt(undefined);
            throw error;
        }
    }
    /** The referrers API's listing, or undefined when the registry has no such API (404 on the first page). */
    async fromApi(digest, artifactType) {
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        let target = `/v2/${this.repository.name}/referrers/${digest}${query}`;
        const found = [];
        for (let page = 0; target && page < MAX_PAGES; page++) {
            const what = `referrers of ${digest} in ${this.repository.fullName}`;
            const answer = await this.repository.exchange({
                method: 'GET',
                target,
                headers: { accept: types/* MediaType */.zu.OciIndex },
                expect: [200, 404],
                what: `GET ${what}`
            }, async (response) => {
                if (response.status !== 404)
                    return readPage(response);
                await response.body.dump();
                return undefined;
            });
            if (!answer) {
                if (page > 0)
                    throw new errors/* RegistryError */.gl(`GET ${what}: a next page vanished (HTTP 404)`, 404);
                return undefined;
            }
            const index = parseJson(pageBody(answer, `GET ${what}`), what);
            const listed = answer.filteredBy.includes('artifactType')
                ? (index.manifests ?? [])
                : filterByArtifactType(index.manifests ?? [], artifactType);
            // Pages that repeat (a Link back to an earlier page) list each referrer once.
            found.push(...listed.filter(entry => !found.some(known => known.digest === entry.digest)));
            target = answer.next;
        }
        return found;
    }
    async fromTag(digest, artifactType) {
        const fetched = await this.manifests.fetchIfExists(referrersTag(digest));
        if (!fetched)
            return [];
        const index = fetched.manifest.manifest;
        return filterByArtifactType(index.manifests ?? [], artifactType);
    }
    /**
     * Pushes a manifest that has a `subject`. When the registry does not index it itself (no OCI-Subject
     * in the answer), adds it to the referrers tag index with a read-modify-write guarded by ETag, and
     * reads it back until the entry is listed (registries without conditional PUTs lose racing updates).
     */
    async push(bytes, mediaType) {
        const manifest = parseJson(bytes, 'the referrer manifest');
        if (!manifest.subject?.digest) {
            throw new errors/* RegistryError */.gl(`Referrer manifest ${(0,oci_digest/* sha256Digest */.sI)(bytes)} has no subject: nothing to attach it to`);
        }
        // The run's listings of this subject are out of date from now on (and until the push is done).
        const subject = manifest.subject.digest;
        const forget = () => this.memory.forgetReferrers(this.repository.fullName, subject);
        forget();
        try {
            return await this.pushListed(bytes, mediaType, manifest, subject);
        }
        finally {
            forget();
        }
    }
    async pushListed(bytes, mediaType, manifest, subject) {
        const pushed = await this.manifests.push(bytes, mediaType);
        if (pushed.subjectAccepted)
            return pushed;
        const entry = referrerDescriptor(manifest, pushed.descriptor);
        const tag = referrersTag(subject);
        for (let round = 1; round <= MAX_REFERRERS_TAG_UPDATES; round++) {
            const current = await this.manifests.fetchIfExists(tag);
            const updated = addReferrer(current?.manifest.manifest, entry);
            if (!updated)
                return pushed;
            const result = await this.manifests.push(updated, types/* MediaType */.zu.OciIndex, tag, current?.etag);
            if (result.preconditionFailed)
                continue;
            // Registries that ignore If-Match (distribution 2.8) let a concurrent writer overwrite this update
            // with an index it read before: after a moment, the next round reads back and re-adds a lost entry.
            await sleep(REFERRERS_SETTLE_MS / 2 + Math.random() * REFERRERS_SETTLE_MS);
        }
        throw new errors/* RegistryError */.gl(`Updating the referrers tag ${tag} of ${this.repository.fullName}: other writers changed it ${MAX_REFERRERS_TAG_UPDATES} times in a row; retry`, 412);
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/tags.ts

/** The tags of a repository (regclient `scheme/reg/tag.go`): the tag list, page by page. */
class Tags {
    repository;
    constructor(repository) {
        this.repository = repository;
    }
    /** Every tag, following `Link` pagination. */
    async list() {
        const { name, fullName } = this.repository;
        const tags = [];
        let target = `/v2/${name}/tags/list`;
        for (let page = 0; target && page < MAX_PAGES; page++) {
            const what = `GET tags of ${fullName}`;
            const listing = await this.repository.exchange({ method: 'GET', target, expect: [200], what }, readPage);
            const parsed = parseJson(pageBody(listing, what), `the tag list of ${fullName}`);
            tags.push(...(parsed.tags ?? []));
            target = listing.next;
        }
        return tags;
    }
}

;// CONCATENATED MODULE: ./src/oci/registry.ts









class RegistryClient {
    options;
    transport;
    /** What this client learnt in its run: manifests, referrer lists, each registry's referrers API. */
    memory = new RunMemory();
    constructor(options = {}) {
        this.options = options;
        this.transport = new Transport(options);
    }
    repository(ref) {
        return new Repository(this.transport, ref.registry, ref.repository, this.options, this.memory);
    }
    /**
     * The repository names of a registry (`/v2/_catalog`, following `Link` pagination), or undefined when
     * the registry does not let this client list them (401, 403, 404: common on hosted registries), so the
     * caller can fall back to repositories it was told about.
     */
    catalog(registry) {
        return listCatalog(this.transport, registry);
    }
    /** Closes keep-alive sockets; the client is unusable afterwards. */
    async close() {
        await this.transport.close();
    }
}
/** Operations on one repository of one registry: each resource's own module does the work. */
class Repository {
    registry;
    name;
    manifests;
    blobs;
    tags;
    referrerList;
    constructor(transport, registry, name, options = {}, memory = new RunMemory()) {
        this.registry = registry;
        this.name = name;
        const repository = new RepositoryTransport(transport, registry, name, options);
        this.tags = new Tags(repository);
        this.manifests = new Manifests(repository, this.tags, memory);
        this.blobs = new Blobs(repository);
        this.referrerList = new Referrers(repository, this.manifests, memory);
    }
    /** The descriptor a tag or digest points at, from a HEAD (a GET when the registry sends no digest). */
    resolve(reference) {
        return this.manifests.resolve(reference);
    }
    /**
     * The manifest bytes, checked against the digest asked for (or the registry's digest header for a tag),
     * fetched once per digest and run.
     */
    fetchManifest(reference) {
        return this.manifests.fetch(reference);
    }
    manifestExists(reference) {
        return this.manifests.exists(reference);
    }
    /** PUTs a manifest under a tag, or under its own digest when no tag is given. */
    async pushManifest(bytes, mediaType, reference) {
        return this.manifests.push(bytes, mediaType, reference);
    }
    /** Points a tag at a manifest already in the repository. */
    tag(descriptor, tag) {
        return this.manifests.tag(descriptor, tag);
    }
    blobExists(digest) {
        return this.blobs.exists(digest);
    }
    /** A stream of the blob that fails unless its bytes match the descriptor's size and digest. */
    fetchBlob(descriptor) {
        return this.blobs.fetch(descriptor);
    }
    /** A small blob (config, envelope) in memory, verified; refuses descriptors larger than `maxBytes`. */
    fetchBlobBytes(descriptor, maxBytes) {
        return this.blobs.fetchBytes(descriptor, maxBytes);
    }
    /** Uploads a blob unless the repository has it: by mount, one PUT or PATCH chunks (see Blobs.push). */
    pushBlob(descriptor, open, options = {}) {
        return this.blobs.push(descriptor, open, options);
    }
    /** Every tag, following `Link` pagination. */
    listTags() {
        return this.tags.list();
    }
    /**
     * The referrers of a manifest, optionally of one artifact type (referrers API, else the tag schema),
     * listed once per run unless this client pushes a referrer of it.
     */
    referrers(digest, artifactType) {
        return this.referrerList.list(digest, artifactType);
    }
    /** Pushes a manifest that has a `subject`, and lists it in the referrers tag where the registry does not. */
    pushReferrer(bytes, mediaType) {
        return this.referrerList.push(bytes, mediaType);
    }
}

// EXTERNAL MODULE: ./src/trust/http-fetch.ts
var http_fetch = __webpack_require__(2345);
;// CONCATENATED MODULE: ./src/run/context.ts
/**
 * Folder run/: one run per mode, between the faces and the engines. It reads the inputs (rules once),
 * builds the plan, owns the run's context, calls the engines and returns what a face renders (result,
 * table, outputs, annotations, exit code).
 * May import: report/, sign/, rules/, gate/, store/, verify/, inputs/, trust/, oci/, util/.
 *
 * The context of one run: the one registry client, the log, masking, the clock, the HTTP fetcher and the
 * facts of the CI environment, read once here so that no engine reads them again.
 */




/** The CI facts of an environment. */
function ciFacts(env) {
    return {
        env,
        githubActions: env.GITHUB_ACTIONS === 'true',
        workspace: env.GITHUB_WORKSPACE || undefined,
        eventName: env.GITHUB_EVENT_NAME || undefined,
        eventPath: env.GITHUB_EVENT_PATH || undefined,
        sha: env.GITHUB_SHA?.toLowerCase() || undefined,
        repositoryUrl: env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
            ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
            : undefined,
        sourceDateEpoch: env.SOURCE_DATE_EPOCH || undefined
    };
}
/** The context of one run, with its one registry client configured from the registry inputs. */
function createRunContext(registry, environment) {
    const ci = ciFacts(environment.env);
    const client = new RegistryClient({
        credentials: credentialSource({
            username: registry.username,
            password: registry.password,
            dockerConfigPath: registry.dockerConfig,
            env: environment.env
        }),
        insecureRegistries: registry.insecureRegistries,
        caCertificates: registry.registryCa,
        userAgent: contract/* SIGNING_AGENT */.Kp,
        onSecret: environment.maskSecret,
        // In a workflow (either face) the way to log in is docker/login-action; in a terminal, docker login.
        loginAdvice: ci.githubActions ? 'docker/login-action' : 'docker login',
        debug: message => environment.log.debug(message),
        warn: message => environment.log.warning(message)
    });
    environment.log.debug('Registry client opened for this run');
    return {
        registry: client,
        log: environment.log,
        maskSecret: environment.maskSecret,
        now: environment.now ?? new Date(),
        fetcher: new http_fetch/* HttpFetcher */.eI(contract/* SIGNING_AGENT */.Kp),
        ci,
        close: () => client.close()
    };
}
/** Runs `body` with a context, closing its connections whatever happens. */
async function withRunContext(registry, environment, body) {
    const context = createRunContext(registry, environment);
    try {
        return await body(context);
    }
    finally {
        await context.close();
    }
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
    const cert = new _x509_js__WEBPACK_IMPORTED_MODULE_2__/* .x509.X509Certificate */ .f.yI(der);
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


/***/ })

};
