export const id = 3654;
export const ids = [3654,5533];
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

/***/ 23654:
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
// EXTERNAL MODULE: ./src/rules/apply.ts + 1 modules
var apply = __webpack_require__(85533);
// EXTERNAL MODULE: ./src/rules/rules.ts
var rules_rules = __webpack_require__(15192);
// EXTERNAL MODULE: ./src/sign/sign.ts + 4 modules
var sign = __webpack_require__(15045);
// EXTERNAL MODULE: ./src/trust/envelope.ts + 4 modules
var envelope = __webpack_require__(92502);
// EXTERNAL MODULE: ./src/inputs/trust-inputs.ts
var trust_inputs = __webpack_require__(86089);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
// EXTERNAL MODULE: ./src/trust/pki.ts
var pki = __webpack_require__(6062);
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
            signature: (0,envelope/* signBytes */.b_)(input, identity.key, identity.algorithm),
            algorithm: identity.algorithm,
            chain: identity.chain
        })
    };
}

// EXTERNAL MODULE: ./src/sign/sweep.ts + 1 modules
var sweep = __webpack_require__(41316);
// EXTERNAL MODULE: ./src/sign/timestamping.ts
var timestamping = __webpack_require__(73929);
// EXTERNAL MODULE: ./src/util/steps.ts
var steps = __webpack_require__(94615);
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
        const result = await (0,sign/* sign */._S)({
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
        const result = await (0,sweep/* sweep */.X)(plan, context);
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
            : (0,timestamping/* makeTimestamper */.K)(timestampUrl, (0,trust_inputs/* certificatesInput */.VL)(timestampRoots, 'timestamp-roots'), context.fetcher)
    };
}


/***/ })

};
