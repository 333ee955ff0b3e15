export const id = 7544;
export const ids = [7544,5533];
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
    const [report] = (await (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_5__.verify)([request], plan, context)).images;
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
// EXTERNAL MODULE: ./src/rules/apply.ts + 1 modules
var apply = __webpack_require__(85533);
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
    const rules = (0,apply.readRules)(overlay);
    const inputs = (0,apply.readVerifyInputsWithRules)(overlay, rules);
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


/***/ })

};
