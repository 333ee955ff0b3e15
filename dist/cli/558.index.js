export const id = 558;
export const ids = [558];
export const modules = {

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

/***/ 60756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nr: () => (/* binding */ readSignInputs),
  mH: () => (/* binding */ readSignerInputs),
  qd: () => (/* binding */ readSweepInputs),
  e2: () => (/* binding */ readTrustInputs),
  Ht: () => (/* binding */ readVerifyInputs)
});

// UNUSED EXPORTS: parseManifestLine, readInputs, readMode

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/inputs/build-args.ts
/** The `build-args` input: Dockerfile ARG values for the PR gate, one KEY=value a line. */

const BUILD_ARGS_INPUT = 'build-args';
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Parses 'KEY=value' lines. Values may contain '='; the error names the line, never a value (it may be a secret). */
function parseBuildArgs(lines, input = BUILD_ARGS_INPUT, names = { pattern: ARG_NAME, expected: "letters, digits and '_'" }) {
    const args = {};
    lines.forEach((line, index) => {
        const equals = line.indexOf('=');
        if (equals === -1) {
            throw new errors/* InputError */.dz(input, `Invalid line ${index + 1} in '${input}': no '='. Expected KEY=value, a line each.`);
        }
        const key = line.slice(0, equals).trim();
        if (!names.pattern.test(key)) {
            throw new errors/* InputError */.dz(input, `Invalid name '${key}' on line ${index + 1} of '${input}'. Expected KEY=value with KEY made of ${names.expected}.`);
        }
        if (Object.hasOwn(args, key)) {
            throw new errors/* InputError */.dz(input, `'${key}' is set twice in '${input}' (line ${index + 1}): keep one line per name.`);
        }
        args[key] = line.slice(equals + 1);
    });
    return args;
}

// EXTERNAL MODULE: ./src/inputs/oci-inputs.ts
var oci_inputs = __webpack_require__(53280);
// EXTERNAL MODULE: ./src/oci/image-index.ts
var image_index = __webpack_require__(55325);
// EXTERNAL MODULE: ./src/trust/pkcs11-uri.ts
var pkcs11_uri = __webpack_require__(9902);
// EXTERNAL MODULE: ./src/inputs/content-or-path.ts
var content_or_path = __webpack_require__(55894);
// EXTERNAL MODULE: ./src/inputs/trust-inputs.ts
var trust_inputs = __webpack_require__(86089);
// EXTERNAL MODULE: ./src/inputs/timestamp-inputs.ts
var timestamp_inputs = __webpack_require__(20523);
;// CONCATENATED MODULE: ./src/inputs/read-inputs.ts
/**
 * Folder inputs/: the input contract (names, defaults), parsing, validation and error wording.
 * May import: trust/, oci/, util/.
 *
 * One typed Inputs object built from either face (action or CLI). All validation and error wording for
 * inputs lives here: bad input is rejected with the input's name and the expected form, never defaulted.
 */











const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const ANNOTATION_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const HOST_PORT_PATTERN = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;
const HOST_PATTERN = /^(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/;
const TOKEN_PATTERN = /^\S+$/;
function readInputs(source) {
    const mode = readMode(source);
    return mode === 'sign' ? readSignInputs(source) : readVerifyInputs(source);
}
function readMode(source) {
    const mode = source.get(Inputs.Mode);
    if (!MODES.includes(mode)) {
        const given = mode === '' ? 'no mode was given' : `got '${mode}'`;
        throw new InputError(Inputs.Mode, `Invalid input 'mode': ${given}. Expected one of: ${MODES.join(', ')}.`);
    }
    return mode;
}
function readSignInputs(source) {
    const imageText = required(source, contract/* Inputs */.G0.Image, 'the reference to publish, e.g. ghcr.io/acme/app:1.4.0');
    const image = (0,oci_inputs/* readReference */.Wf)(imageText, contract/* Inputs */.G0.Image);
    if (image.digest || !image.tag) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Image, `Invalid input 'image': '${imageText}' must name a tag to publish and no digest, e.g. ghcr.io/acme/app:1.4.0.`);
    }
    const manifestLines = lines(source, contract/* Inputs */.G0.Manifests);
    if (manifestLines.length === 0) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Manifests, "Missing input 'manifests': give one platform image a line, e.g. 'oci-layout:./out/amd64 scenario=kernel-5.15'.");
    }
    const trustRoots = optional(source, contract/* Inputs */.G0.TrustRoots);
    return {
        mode: 'sign',
        image: { ...image, tag: image.tag },
        registry: readRegistryInputs(source),
        scenarioAnnotation: readAnnotationKey(source),
        manifests: manifestLines.map(parseManifestLine),
        tags: [...new Set(lines(source, contract/* Inputs */.G0.Tags).map(readTag))],
        annotations: readAnnotations(source),
        signer: readSignerInputs(source),
        signPlatformManifests: readBoolean(source, contract/* Inputs */.G0.SignPlatformManifests),
        signatureFormat: readSignatureFormat(source),
        trustRoots: trustRoots === undefined ? undefined : (0,content_or_path/* readPemInput */.$e)(trustRoots, contract/* Inputs */.G0.TrustRoots),
        ...(0,timestamp_inputs/* readSignTimestampInputs */.h6)(source)
    };
}
/** `signing-key` (PEM or a PKCS#11 URI) with `signing-cert-chain`, or `signing-plugin` with `signing-key-id`. */
function readSignerInputs(source) {
    const plugin = optional(source, contract/* Inputs */.G0.SigningPlugin);
    if (plugin !== undefined)
        return readPluginInputs(source, plugin);
    for (const name of [contract/* Inputs */.G0.SigningKeyId, contract/* Inputs */.G0.PluginConfig]) {
        if (optional(source, name) !== undefined) {
            throw new errors/* InputError */.dz(name, `Input '${name}' is set but 'signing-plugin' is not: name the plugin that holds the key.`);
        }
    }
    const key = required(source, contract/* Inputs */.G0.SigningKey, "a PEM private key or a path to one, a 'pkcs11:' URI, or 'signing-plugin'");
    const certChain = () => (0,content_or_path/* readPemInput */.$e)(required(source, contract/* Inputs */.G0.SigningCertChain, 'a PEM certificate chain, leaf first, or a path to one'), contract/* Inputs */.G0.SigningCertChain);
    if ((0,pkcs11_uri/* isPkcs11Uri */.Sd)(key)) {
        if (optional(source, contract/* Inputs */.G0.SigningKeyPassphrase) !== undefined) {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningKeyPassphrase, "Input 'signing-key-passphrase' does not apply to a PKCS#11 'signing-key': put the token PIN in the URI's pin-source (or pin-value).");
        }
        return { kind: 'pkcs11', uri: (0,trust_inputs/* pkcs11UriInput */.EA)(key, contract/* Inputs */.G0.SigningKey), certChain: certChain() };
    }
    return {
        kind: 'pem',
        key: (0,content_or_path/* readPemInput */.$e)(key, contract/* Inputs */.G0.SigningKey, { secret: contract/* SECRET_INPUTS */.pH.includes(contract/* Inputs */.G0.SigningKey) }),
        passphrase: optional(source, contract/* Inputs */.G0.SigningKeyPassphrase),
        certChain: certChain()
    };
}
const PLUGIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** notation's plugin-config keys are free text ("aws-region", "ca_certs"); only '=' and line breaks end one. */
const PLUGIN_CONFIG_KEY = /^[^=\s][^=]*$/;
function readPluginInputs(source, plugin) {
    for (const name of [contract/* Inputs */.G0.SigningKey, contract/* Inputs */.G0.SigningKeyPassphrase, contract/* Inputs */.G0.SigningCertChain]) {
        if (optional(source, name) !== undefined) {
            throw new errors/* InputError */.dz(name, `Inputs '${name}' and 'signing-plugin' exclude each other: the plugin holds the key and returns its certificate chain.`);
        }
    }
    if (!plugin.includes('/') && !PLUGIN_NAME.test(plugin)) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.SigningPlugin, `Invalid input 'signing-plugin': '${plugin}'. Expected a plugin name (letters, digits, '.', '_', '-', e.g. com.example.kms) or a path to its notation-<name> executable.`);
    }
    const keyId = required(source, contract/* Inputs */.G0.SigningKeyId, 'the id of the key the plugin signs with');
    return {
        kind: 'plugin',
        plugin,
        keyId,
        config: parseBuildArgs(lines(source, contract/* Inputs */.G0.PluginConfig), contract/* Inputs */.G0.PluginConfig, {
            pattern: PLUGIN_CONFIG_KEY,
            expected: "anything but '='"
        })
    };
}
function readSweepInputs(source) {
    const text = required(source, contract/* Inputs */.G0.Sweep, 'REGISTRY/NAMESPACE, e.g. ghcr.io/acme');
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
    const trustRoots = optional(source, contract/* Inputs */.G0.TrustRoots);
    const repositories = lines(source, contract/* Inputs */.G0.Repositories).map(line => {
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
        dryRun: readBoolean(source, contract/* Inputs */.G0.DryRun),
        signPlatformManifests: readBoolean(source, contract/* Inputs */.G0.SignPlatformManifests),
        signatureFormat: readSignatureFormat(source),
        registry: readRegistryInputs(source),
        rules: optional(source, contract/* Inputs */.G0.Rules),
        trustRoots: trustRoots === undefined ? undefined : (0,content_or_path/* readPemInput */.$e)(trustRoots, contract/* Inputs */.G0.TrustRoots),
        shard: readShard(source)
    };
}
function readVerifyInputs(source) {
    const images = lines(source, contract/* Inputs */.G0.Image).map(line => (0,oci_inputs/* readReference */.Wf)(line, contract/* Inputs */.G0.Image));
    const dockerfiles = lines(source, contract/* Inputs */.G0.Dockerfiles);
    const workloads = lines(source, contract/* Inputs */.G0.Workloads);
    if (images.length === 0 && dockerfiles.length === 0 && workloads.length === 0) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Image, "Missing input 'image': give one or more references to verify, a line each (or 'dockerfiles' or 'workloads' for the PR gate).");
    }
    const platform = optional(source, contract/* Inputs */.G0.Platform);
    const scenario = optional(source, contract/* Inputs */.G0.Scenario);
    const store = optionalPath(source, contract/* Inputs */.G0.Store);
    const githubToken = optional(source, contract/* Inputs */.G0.GithubToken);
    const cache = readBoolean(source, contract/* Inputs */.G0.Cache);
    if (cache && store === undefined) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Cache, "Input 'cache' is 'true' but 'store' is not set: name the store directory to cache.");
    }
    return {
        mode: 'verify',
        images,
        registry: readRegistryInputs(source),
        scenarioAnnotation: readAnnotationKey(source),
        trust: readTrustInputs(source),
        scenario: scenario === undefined
            ? undefined
            : checkPattern(scenario, image_index/* SCENARIO_PATTERN */.sk, contract/* Inputs */.G0.Scenario, 'one scenario tag, e.g. kernel-4.19.90 (no commas or spaces)'),
        platform: platform === undefined ? undefined : (0,oci_inputs/* readPlatform */.Kd)(platform, contract/* Inputs */.G0.Platform),
        verifyLayers: readBoolean(source, contract/* Inputs */.G0.VerifyLayers),
        maxSignatures: readPositiveInteger(source, contract/* Inputs */.G0.MaxSignatures),
        maxConcurrency: readPositiveInteger(source, contract/* Inputs */.G0.MaxConcurrency),
        shard: readShard(source),
        dockerfiles,
        buildArgs: parseBuildArgs(lines(source, contract/* Inputs */.G0.BuildArgs), contract/* Inputs */.G0.BuildArgs),
        changedOnly: readBoolean(source, contract/* Inputs */.G0.ChangedOnly),
        githubToken: readToken(githubToken),
        allowedRegistries: lines(source, contract/* Inputs */.G0.AllowedRegistries).map(host => checkPattern(host, HOST_PATTERN, contract/* Inputs */.G0.AllowedRegistries, 'a host or *.domain pattern, e.g. ghcr.io')),
        store,
        cache,
        outputArchive: optionalPath(source, contract/* Inputs */.G0.OutputArchive),
        workloads
    };
}
function readTrustInputs(source) {
    const trustRoots = optional(source, contract/* Inputs */.G0.TrustRoots);
    const trustPolicy = optional(source, contract/* Inputs */.G0.TrustPolicy);
    const trustStore = optional(source, contract/* Inputs */.G0.TrustStore);
    const rules = optional(source, contract/* Inputs */.G0.Rules);
    if (rules !== undefined) {
        const identities = optional(source, contract/* Inputs */.G0.TrustedIdentities);
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
    if (trustRoots === undefined) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.TrustRoots, "Missing input 'trust-roots': give the PEM root certificates to trust (content or path), or 'trust-policy' with 'trust-store'.");
    }
    const trustedIdentities = lines(source, contract/* Inputs */.G0.TrustedIdentities, contract/* INPUT_DEFAULTS */.WJ[contract/* Inputs */.G0.TrustedIdentities]);
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
function readRegistryInputs(source) {
    const username = optional(source, contract/* Inputs */.G0.Username);
    const password = optional(source, contract/* Inputs */.G0.Password);
    if ((username === undefined) !== (password === undefined)) {
        const missing = username === undefined ? contract/* Inputs */.G0.Username : contract/* Inputs */.G0.Password;
        throw new errors/* InputError */.dz(missing, `Missing input '${missing}': 'username' and 'password' go together.`);
    }
    const registryCa = optional(source, contract/* Inputs */.G0.RegistryCa);
    return {
        username,
        password,
        insecureRegistries: lines(source, contract/* Inputs */.G0.InsecureRegistries).map(host => checkPattern(host, HOST_PORT_PATTERN, contract/* Inputs */.G0.InsecureRegistries, 'host:port, e.g. 127.0.0.1:5000')),
        registryCa: registryCa === undefined ? undefined : (0,content_or_path/* readPemInput */.$e)(registryCa, contract/* Inputs */.G0.RegistryCa)
    };
}
/** `SOURCE [scenario=TAG[,TAG…]] [platform=os/arch[/variant]]` */
function parseManifestLine(text) {
    const [sourceText, ...options] = text.split(/\s+/);
    const line = { text, source: (0,oci_inputs/* readSourceSpec */.hB)(sourceText, contract/* Inputs */.G0.Manifests), scenarios: [] };
    const seen = new Set();
    for (const option of options) {
        const [key, value] = splitOnce(option, '=');
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
            line.platform = (0,oci_inputs/* readPlatform */.Kd)(value, contract/* Inputs */.G0.Manifests);
        }
        else {
            throw manifestLineError(text, `unknown option '${key}'`);
        }
    }
    return line;
}
function manifestLineError(text, detail) {
    return new errors/* InputError */.dz(contract/* Inputs */.G0.Manifests, `Invalid line in 'manifests': '${text}': ${detail}. Expected 'SOURCE [scenario=TAG[,TAG…]] [platform=os/arch[/variant]]'.`);
}
function readAnnotations(source) {
    const annotations = {};
    for (const line of lines(source, contract/* Inputs */.G0.Annotations)) {
        const [key, value] = splitOnce(line, '=');
        if (value === undefined || !ANNOTATION_KEY_PATTERN.test(key.trim())) {
            throw new errors/* InputError */.dz(contract/* Inputs */.G0.Annotations, `Invalid line in 'annotations': '${line}'. Expected 'key=value'.`);
        }
        annotations[key.trim()] = value.trim();
    }
    return annotations;
}
function readAnnotationKey(source) {
    const key = source.get(contract/* Inputs */.G0.ScenarioAnnotation) || contract/* INPUT_DEFAULTS */.WJ[contract/* Inputs */.G0.ScenarioAnnotation];
    return checkPattern(key, ANNOTATION_KEY_PATTERN, contract/* Inputs */.G0.ScenarioAnnotation, 'an annotation key, e.g. dev.signet.scenario');
}
function readTag(tag) {
    if (/[,\s]/.test(tag)) {
        const parts = tag.split(/[,\s]+/).filter(Boolean);
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Tags, `Invalid tag '${tag}' in 'tags': one tag per line (CLI: repeat --tags): ${parts.map(part => `'${part}'`).join(', ')} on lines of their own.`);
    }
    return checkPattern(tag, TAG_PATTERN, contract/* Inputs */.G0.Tags, 'letters, digits, _ . - (at most 128), not starting with . or -');
}
function readBoolean(source, name) {
    const value = source.get(name) || contract/* INPUT_DEFAULTS */.WJ[name] || 'false';
    // The same spellings as core.getBooleanInput (YAML 1.2 core schema), but anything else is an error.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors/* InputError */.dz(name, `Invalid input '${name}': '${value}'. Expected 'true' or 'false'.`);
}
/** `shard: I/N`, 1 ≤ I ≤ N: one matrix job's share of a sweep or of the images to verify. */
function readShard(source) {
    const value = source.get(contract/* Inputs */.G0.Shard);
    if (value === '')
        return undefined;
    const match = /^([1-9][0-9]{0,3})\/([1-9][0-9]{0,3})$/.exec(value);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (match === null || index > count) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.Shard, `Invalid input '${contract/* Inputs */.G0.Shard}': '${value}'. Expected I/N with 1 ≤ I ≤ N, e.g. 1/4 (from a matrix: \${{ matrix.shard }}/4).`);
    }
    return { index, count };
}
function readSignatureFormat(source) {
    const value = source.get(contract/* Inputs */.G0.SignatureFormat) || contract/* INPUT_DEFAULTS */.WJ[contract/* Inputs */.G0.SignatureFormat];
    if (!contract/* SIGNATURE_FORMATS */.gi.includes(value)) {
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.SignatureFormat, `Invalid input 'signature-format': '${value}'. Expected one of: ${contract/* SIGNATURE_FORMATS */.gi.join(', ')} (as notation's --signature-format).`);
    }
    return value;
}
function readPositiveInteger(source, name) {
    const value = source.get(name) || contract/* INPUT_DEFAULTS */.WJ[name];
    if (!/^[1-9][0-9]{0,5}$/.test(value)) {
        throw new errors/* InputError */.dz(name, `Invalid input '${name}': '${value}'. Expected a whole number from 1 to 999999.`);
    }
    return Number(value);
}
function required(source, name, expected) {
    const value = source.get(name);
    if (value === '')
        throw new errors/* InputError */.dz(name, `Missing input '${name}': expected ${expected}.`);
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
        throw new errors/* InputError */.dz(contract/* Inputs */.G0.GithubToken, "Invalid input 'github-token': expected a single token without spaces or line breaks.");
    }
    return token;
}
/** A path Signet will create: its parent directory must exist, so a typo fails before any network use. */
function optionalPath(source, name) {
    const value = optional(source, name);
    if (value === undefined)
        return undefined;
    const parent = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(value));
    if (!(0,external_node_fs_.statSync)(parent, { throwIfNoEntry: false })?.isDirectory()) {
        throw new errors/* InputError */.dz(name, `Invalid input '${name}': '${value}': its parent directory ${parent} does not exist.`);
    }
    return value;
}
function checkPattern(value, pattern, name, expected) {
    if (!pattern.test(value))
        throw new errors/* InputError */.dz(name, `Invalid value in '${name}': '${value}'. Expected ${expected}.`);
    return value;
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
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

/***/ 35439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ ruleInputError),
/* harmony export */   $K: () => (/* binding */ readWithRule),
/* harmony export */   ID: () => (/* binding */ readSignInputsWithRules),
/* harmony export */   Is: () => (/* binding */ rulesPolicy),
/* harmony export */   Kc: () => (/* binding */ readRules),
/* harmony export */   Qj: () => (/* binding */ explicitKey),
/* harmony export */   US: () => (/* binding */ policyOf),
/* harmony export */   cn: () => (/* binding */ readVerifyInputsWithRules)
/* harmony export */ });
/* unused harmony exports readInputsWithRules, signRuleFor */
/* harmony import */ var _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _inputs_read_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60756);
/* harmony import */ var _inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86089);
/* harmony import */ var _trust_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99742);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15192);
/**
 * Rules applied to inputs: a rule's `sign:` fields become the raw values of the sign inputs (validated by
 * inputs/ exactly as if given directly), and its `verify:` fields become the trust inputs of the images
 * it matches. Explicit key inputs win over a rule's `sign:`; an error in a value that came from a rule
 * names the rule's file, line and field instead of the input.
 */






/**
 * The trust inputs as one policy: simple roots + identities, notation's trustpolicy.json + store, or the
 * rules file (each image gets its matching rule's trust).
 */
function policyOf(trust) {
    if (trust.kind === 'policy')
        return (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .trustPolicyInput */ .Hr)(trust.trustPolicy, trust.trustStore);
    if (trust.kind === 'rules')
        return rulesPolicy((0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRules */ .A7)(trust.rules));
    return (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .simplePolicy */ .jp)((0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .certificatesInput */ .VL)(trust.trustRoots, 'trust-roots'), (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedIdentitiesInput */ .KB)(trust.trustedIdentities, 'trusted-identities'), {
        tsaRoots: trust.timestampRoots === undefined
            ? undefined
            : (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .tsaRootsInput */ .aS)((0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .certificatesInput */ .VL)(trust.timestampRoots, 'timestamp-roots'), 'timestamp-roots'),
        revocation: trust.revocation
    });
}
/** Inputs that choose the signing key: when any is given explicitly, rules choose no key. */
const KEY_INPUTS = ['signing-key', 'signing-plugin', 'signing-key-id'];
/** The `rules` input, parsed once per run (content or a path); undefined without one. */
function readRules(source, log) {
    const value = source.get(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Rules);
    if (value === '')
        return undefined;
    const rules = (0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRules */ .A7)(value);
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
    return (0,_inputs_read_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readVerifyInputs */ .Ht)(source);
}
/** The sign inputs; the rule that signs `image` supplies the key inputs the step left empty. */
function readSignInputsWithRules(source, rules) {
    const image = source.get(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image);
    if (rules === undefined || image === '' || explicitKey(source))
        return (0,_inputs_read_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readSignInputs */ .nr)(source);
    return readWithRule(source, rules, signRuleFor(rules, image), _inputs_read_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readSignInputs */ .nr);
}
/** True when the step names its key itself: then rules choose no key for it. */
function explicitKey(source) {
    return KEY_INPUTS.some(name => isInput(name) && source.get(name) !== '');
}
/** The rule that signs `registry/repository` (a reference is reduced to it); an InputError when none. */
function signRuleFor(rules, repository) {
    const name = repository.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    const rule = (0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .matchRule */ .mU)(rules, name, 'sign');
    if (rule === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Rules, `No rule in ${rules.origin} with 'sign:' matches ${name}, and no 'signing-key' was given: add a rule for it or give the key inputs.`);
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
    if (!(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz))
        return error;
    const field = rule.sign?.find(candidate => candidate.input === error.input);
    if (field === undefined || source.get(field.input) !== '')
        return error;
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .ruleError */ .hV)(rules.origin, field.line, `rules[${rule.index}].sign.${field.field}`, error.message);
}
/** A rule's trust inputs, read by inputs/ from the rule's `verify:` fields. */
function trustOfRule(rules, rule) {
    if (rule.verify === undefined || rule.verify === 'reject')
        return undefined;
    const fields = new Map(rule.verify.map(field => [field.input, field]));
    try {
        return (0,_inputs_read_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readTrustInputs */ .e2)({ get: name => fields.get(name)?.value ?? '' });
    }
    catch (error) {
        throw verifyFieldError(rules, rule, error);
    }
}
/** An InputError about one of the rule's trust inputs, naming the line and field that gave it. */
function verifyFieldError(rules, rule, error) {
    if (!(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz))
        return error;
    const fields = rule.verify === 'reject' ? undefined : rule.verify;
    const field = fields?.find(candidate => candidate.input === error.input);
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .ruleError */ .hV)(rules.origin, field?.line ?? rule.line, `rules[${rule.index}].verify${field ? `.${field.field}` : ''}`, error.message);
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
            policies.set(rule, policyOf(trust));
        }
        catch (error) {
            throw verifyFieldError(rules, rule, error);
        }
    }
    return {
        forRepository(repository) {
            const rule = (0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .matchRule */ .mU)(rules, repository, 'verify');
            if (rule === undefined)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerificationError */ .mk(`no rule in ${rules.origin} with 'verify:' matches ${repository}`);
            const name = (0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .ruleName */ .oF)(rules, rule);
            const policy = policies.get(rule);
            if (policy === undefined)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerificationError */ .mk(`rejected by rule ${name} (verify: reject)`);
            return { ...policy.forRepository(repository), name };
        }
    };
}
function isInput(name) {
    return Object.values(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0).includes(name);
}


/***/ }),

/***/ 94236:
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
        throw new errors/* RegistryError */.gl(`Credential helper '${program}' failed for ${serverUrl} (exit ${code}): ${(stderr || stdout).trim().slice(0, 200)}`, undefined, undefined, HELPER_FAILED);
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
;// CONCATENATED MODULE: ./src/oci/http.ts
class HttpClient {
    ca;
    agent;
    /** `ca`: the certificates TLS connections trust (Node's defaults when undefined). */
    constructor(ca) {
        this.ca = ca;
    }
    async request(url, options) {
        const { request } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
        return request(url, { ...options, dispatcher: await this.pool() });
    }
    /** Closes keep-alive sockets. */
    async close() {
        await (await this.agent)?.close();
    }
    pool() {
        const ca = this.ca;
        this.agent ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19)).then(({ Agent }) => new Agent({ connect: ca ? { ca } : undefined }));
        return this.agent;
    }
}

// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __webpack_require__(62701);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
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
/** undici's answer as a TransportResponse. */
function toResponse(url, answer) {
    return {
        status: answer.statusCode,
        url,
        body: answer.body,
        header(name) {
            const value = answer.headers[name.toLowerCase()];
            return Array.isArray(value) ? value[0] : value;
        }
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
        throw await refused(`with no Basic or Bearer challenge (WWW-Authenticate: '${(header ?? '').slice(0, 100)}')`);
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
    constructor(options = {}) {
        this.options = options;
        const ca = options.caCertificates ? [...external_node_tls_.rootCertificates, options.caCertificates] : undefined;
        this.http = new HttpClient(ca);
        this.insecure = new Set(options.insecureRegistries ?? []);
        this.retries = retryPolicy(options);
        this.userAgent = options.userAgent ?? 'signet';
        const secrets = new Secrets(options.onSecret);
        this.errors = new ErrorMapper({
            secrets,
            insecure: this.insecure,
            credentials: options.credentials,
            advice: options.loginAdvice ?? 'docker login'
        });
        this.auth = new Authenticator({
            http: this.http,
            credentials: options.credentials,
            userAgent: this.userAgent,
            secrets,
            errors: this.errors,
            debug: options.debug
        });
    }
    /** `https://host/`, or `http://host/` for hosts listed as insecure; Docker Hub's API host for docker.io. */
    baseUrl(registry) {
        const host = registry === reference/* DOCKER_HUB */.Xb ? 'registry-1.docker.io' : registry;
        return new URL(`${this.insecure.has(registry) ? 'http' : 'https'}://${host}/`);
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
                const asked = outcome.retryAfter ? ` (Retry-After: ${(0,sanitize/* oneLine */.TN)(outcome.retryAfter.slice(0, 40))})` : '';
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
     * listings that start meanwhile wait for it rather than ask the API too.
     */
    list(digest, artifactType) {
        return this.memory.referrers(this.repository.fullName, digest, artifactType, () => this.listOnce(digest, artifactType));
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


/***/ })

};
