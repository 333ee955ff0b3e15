export const id = 439;
export const ids = [439];
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

/***/ 35439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explicitKey: () => (/* binding */ explicitKey),
/* harmony export */   policyOf: () => (/* binding */ policyOf),
/* harmony export */   readInputsWithRules: () => (/* binding */ readInputsWithRules),
/* harmony export */   readRules: () => (/* binding */ readRules),
/* harmony export */   readSignInputsWithRules: () => (/* binding */ readSignInputsWithRules),
/* harmony export */   readVerifyInputsWithRules: () => (/* binding */ readVerifyInputsWithRules),
/* harmony export */   readWithRule: () => (/* binding */ readWithRule),
/* harmony export */   ruleInputError: () => (/* binding */ ruleInputError),
/* harmony export */   rulesPolicy: () => (/* binding */ rulesPolicy),
/* harmony export */   signRuleFor: () => (/* binding */ signRuleFor)
/* harmony export */ });
/* harmony import */ var _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _inputs_mode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86458);
/* harmony import */ var _inputs_sign_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61496);
/* harmony import */ var _inputs_verify_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41788);
/* harmony import */ var _inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86089);
/* harmony import */ var _trust_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99742);
/* harmony import */ var _accepted_signers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59168);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15192);
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
    const signers = (0,_accepted_signers_js__WEBPACK_IMPORTED_MODULE_6__/* .otherSigners */ .w)(accepted);
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
        return (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .trustPolicyInput */ .Hr)(trust.trustPolicy, trust.trustStore);
    if (trust.kind === 'rules')
        return rulesPolicy((0,_rules_js__WEBPACK_IMPORTED_MODULE_8__/* .loadRules */ .A7)(trust.rules));
    // No Notary roots: a statement that only names the policy; the other signers decide.
    if (trust.kind === 'none')
        return (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .simplePolicy */ .jp)([], [], { name: 'accepted signers' });
    return (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .simplePolicy */ .jp)((0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .trustRootsInput */ .s)(trust.trustRoots, 'trust-roots'), (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .trustedIdentitiesInput */ .KB)(trust.trustedIdentities, 'trusted-identities'), {
        tsaRoots: trust.timestampRoots === undefined
            ? undefined
            : (0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .tsaRootsInput */ .aS)((0,_inputs_trust_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .certificatesInput */ .VL)(trust.timestampRoots, 'timestamp-roots'), 'timestamp-roots'),
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
    const rules = (0,_rules_js__WEBPACK_IMPORTED_MODULE_8__/* .loadRules */ .A7)(value);
    log?.debug(`Rules read from ${rules.origin}: ${rules.rules.length} rules`);
    return rules;
}
/**
 * The inputs of either mode, with the `rules` input applied: in sign mode the rule matching `image`
 * supplies the key inputs not given; in verify mode every rule's trust is checked now, before any
 * network use, and verify picks the trust per image later (TrustInputs kind 'rules').
 */
function readInputsWithRules(source, rules = readRules(source)) {
    return (0,_inputs_mode_js__WEBPACK_IMPORTED_MODULE_1__/* .readMode */ .E)(source) === 'verify'
        ? readVerifyInputsWithRules(source, rules)
        : readSignInputsWithRules(source, rules);
}
/** The verify inputs; with rules, every rule's trust inputs are read (and refused) before anything else. */
function readVerifyInputsWithRules(source, rules) {
    if (rules !== undefined)
        for (const rule of rules.rules)
            trustOfRule(rules, rule);
    return (0,_inputs_verify_inputs_js__WEBPACK_IMPORTED_MODULE_3__.readVerifyInputs)(source);
}
/** The sign inputs; the rule that signs `image` supplies the key inputs the step left empty. */
function readSignInputsWithRules(source, rules) {
    const image = source.get(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image);
    if (rules === undefined || image === '' || explicitKey(source))
        return (0,_inputs_sign_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readSignInputs */ .nr)(source);
    return readWithRule(source, rules, signRuleFor(rules, image), _inputs_sign_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readSignInputs */ .nr);
}
/** True when the step names its key itself: then rules choose no key for it. */
function explicitKey(source) {
    return KEY_INPUTS.some(name => isInput(name) && source.get(name) !== '');
}
/** The rule that signs `registry/repository` (a reference is reduced to it); an InputError when none. */
function signRuleFor(rules, repository) {
    const name = repository.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    const rule = (0,_rules_js__WEBPACK_IMPORTED_MODULE_8__/* .matchRule */ .mU)(rules, name, 'sign');
    if (rule === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Rules, `No rule in ${rules.origin} with 'sign:' matches ${name}, and no 'signing-key' was given: add a rule for it or give the key inputs.`);
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
    if (!(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz))
        return error;
    const field = rule.sign?.find(candidate => candidate.input === error.input);
    if (field === undefined || source.get(field.input) !== '')
        return error;
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_8__/* .ruleError */ .hV)(rules.origin, field.line, `rules[${rule.index}].sign.${field.field}`, error.message);
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
        const trust = (0,_inputs_verify_inputs_js__WEBPACK_IMPORTED_MODULE_3__.readVerifyTrust)({ get: name => fields.get(name)?.value ?? '' });
        rulesTrust.set(rule, trust);
        return trust;
    }
    catch (error) {
        throw verifyFieldError(rules, rule, error);
    }
}
/** An InputError about one of the rule's trust inputs, naming the line and field that gave it. */
function verifyFieldError(rules, rule, error) {
    if (!(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz))
        return error;
    const fields = rule.verify === 'reject' ? undefined : rule.verify;
    const field = fields?.find(candidate => candidate.input === error.input);
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_8__/* .ruleError */ .hV)(rules.origin, field?.line ?? rule.line, `rules[${rule.index}].verify${field ? `.${field.field}` : ''}`, error.message);
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
            const rule = (0,_rules_js__WEBPACK_IMPORTED_MODULE_8__/* .matchRule */ .mU)(rules, repository, 'verify');
            if (rule === undefined)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .VerificationError */ .mk(`no rule in ${rules.origin} with 'verify:' matches ${repository}`);
            const name = (0,_rules_js__WEBPACK_IMPORTED_MODULE_8__/* .ruleName */ .oF)(rules, rule);
            const policy = policies.get(rule);
            if (policy === undefined)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .VerificationError */ .mk(`rejected by rule ${name} (verify: reject)`);
            return { ...policy.forRepository(repository), name };
        }
    };
}
function isInput(name) {
    return Object.values(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0).includes(name);
}


/***/ }),

/***/ 15192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ loadRules),
/* harmony export */   hV: () => (/* binding */ ruleError),
/* harmony export */   mU: () => (/* binding */ matchRule),
/* harmony export */   oF: () => (/* binding */ ruleName)
/* harmony export */ });
/* unused harmony exports SIGN_FIELDS, VERIFY_FIELDS, parseRules, specificity */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _inputs_contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99451);
/* harmony import */ var _inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55894);
/* harmony import */ var _oci_canonical_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33899);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/**
 * Folder rules/: the rules file, which key signs and which trust verifies each repository pattern.
 * May import: verify/, inputs/, trust/, oci/, util/. No mode or face.
 *
 * One YAML file maps `registry/repository` globs to sign settings (onto the sign inputs) and verify
 * settings (onto the trust inputs, or `reject`). It is read with line numbers kept, so every error names
 * the file, the line and the field; a file with any error is refused as a whole (exit 2).
 */







const RULES_INPUT = _inputs_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Rules;
/**
 * Rule fields and the inputs they stand for. A table, so a backend that adds an input (timestamps,
 * plugins) is reachable from a rule by adding one line; a field whose input this build lacks is refused.
 */
const SIGN_FIELDS = {
    key: 'signing-key',
    'cert-chain': 'signing-cert-chain',
    plugin: 'signing-plugin',
    'key-id': 'signing-key-id',
    'plugin-config': 'plugin-config',
    'timestamp-url': 'timestamp-url',
    'timestamp-roots': 'timestamp-roots'
};
const VERIFY_FIELDS = {
    'trust-roots': 'trust-roots',
    identities: 'trusted-identities',
    'timestamp-roots': 'timestamp-roots',
    revocation: 'revocation',
    'cosign-key': 'cosign-key',
    'sigstore-trusted-root': 'sigstore-trusted-root',
    'certificate-identity': 'certificate-identity',
    'certificate-identity-regexp': 'certificate-identity-regexp',
    'certificate-oidc-issuer': 'certificate-oidc-issuer',
    signers: 'signers',
    require: 'require'
};
/** Verify fields that name a signer: a verify rule needs one of them (or is 'reject'). */
const SIGNER_FIELDS = [
    'trust-roots',
    'cosign-key',
    'certificate-identity',
    'certificate-identity-regexp',
    'signers'
];
/** Inputs whose value is PEM content or a path: a path that does not exist is refused when the file is read. */
const PEM_OR_PATH = new Set([
    'signing-key',
    'signing-cert-chain',
    'trust-roots',
    'timestamp-roots',
    'cosign-key'
]);
/** Key references that name something other than a file (RFC 7512 PKCS#11 URIs). */
const NOT_A_PATH = /^pkcs11:/;
/** Characters that make a pattern segment a glob rather than a literal name. */
const GLOB_CHARS = /[*?[\]{}()!+@|]/;
/** What a repository pattern may contain: the reference grammar's characters and picomatch's. */
const PATTERN_CHARS = /^[A-Za-z0-9._:/\-*?[\]{}(),!+@|]+$/;
/** `origin:line: path: message`, as an InputError of the `rules` input. */
function ruleError(origin, line, path, message) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(RULES_INPUT, `${origin}:${line}: ${path}: ${message}`);
}
/** The `rules` input: YAML content (it has a line break) or the path of a file holding it. */
function loadRules(value) {
    const { text, path } = (0,_inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_3__/* .readContentOrPath */ .kv)(value, 'yaml', RULES_INPUT);
    return parseRules(text, path ?? RULES_INPUT);
}
function parseRules(text, origin) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__.LineCounter();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseDocument)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    // Typed explicitly: TypeScript narrows after a never-returning call only through an explicitly typed name.
    const reader = new Reader(origin, lines);
    if (document.errors.length > 0) {
        const error = document.errors[0];
        throw ruleError(origin, lines.linePos(error.pos[0]).line, 'yaml', error.message.split('\n')[0]);
    }
    const root = document.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(root))
        reader.fail(root, '(top)', "expected a mapping with 'version' and 'rules'");
    let version;
    let list;
    for (const pair of root.items) {
        const key = reader.key(pair);
        if (key === 'version')
            version = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(pair.value) ? pair.value.value : undefined;
        else if (key === 'rules')
            list = pair.value;
        else
            reader.fail(pair, key, "unknown key; expected 'version' and 'rules'");
    }
    if (version !== 1 && version !== '1')
        reader.fail(root, 'version', "missing or unsupported; use 'version: 1'");
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isSeq)(list) || list.items.length === 0)
        reader.fail((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isSeq)(list) ? list : root, 'rules', 'expected a list of at least one rule');
    const seen = new Map();
    const rules = list.items.map((node, index) => {
        const rule = parseRule(node, index, reader);
        const earlier = seen.get(rule.pattern);
        if (earlier !== undefined)
            reader.fail(node, `rules[${index}].match`, rule.pattern === rule.match
                ? `'${rule.match}' is already the pattern of the rule on line ${earlier}`
                : `'${rule.match}' (canonically '${rule.pattern}') is already the pattern of the rule on line ${earlier}`);
        seen.set(rule.pattern, rule.line);
        return rule;
    });
    rules.sort((a, b) => compareSpecificity(b.specificity, a.specificity) || a.index - b.index);
    return { origin, text, rules };
}
/** Line numbers and errors for the nodes of one rules file. */
class Reader {
    origin;
    lines;
    constructor(origin, lines) {
        this.origin = origin;
        this.lines = lines;
    }
    lineOf(node) {
        const target = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isPair)(node) ? node.key : node;
        const range = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isNode)(target) ? target.range : undefined;
        return range ? this.lines.linePos(range[0]).line : 1;
    }
    fail(node, path, message) {
        throw ruleError(this.origin, this.lineOf(node), path, message);
    }
    key(pair) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(pair.key) || typeof pair.key.value !== 'string')
            this.fail(pair, '(key)', 'keys must be plain strings');
        return pair.key.value;
    }
}
function parseRule(node, index, reader) {
    const at = `rules[${index}]`;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(node))
        reader.fail(node, at, "expected a mapping with 'match' and 'sign' and/or 'verify'");
    let pattern;
    let sign;
    let verify;
    for (const pair of node.items) {
        const key = reader.key(pair);
        const value = pair.value;
        if (key === 'match') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(value) || typeof value.value !== 'string' || value.value === '')
                reader.fail(pair, `${at}.match`, "expected a glob over 'registry/repository', e.g. ghcr.io/acme/**");
            const match = value.value;
            const fail = (message) => reader.fail(value, `${at}.match`, message);
            checkPattern(match, fail);
            // Matched against canonical names, so a literal registry part is read the same way.
            const canonical = (0,_oci_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalPattern */ .PR)(match, segment => GLOB_CHARS.test(segment));
            const matches = compilePattern(canonical, fail);
            pattern = { match, pattern: canonical, matches, specificity: specificity(canonical) };
        }
        else if (key === 'sign') {
            sign = fields(value, SIGN_FIELDS, `${at}.sign`, reader);
        }
        else if (key === 'verify') {
            verify =
                (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(value) && value.value === 'reject'
                    ? 'reject'
                    : fields(value, VERIFY_FIELDS, `${at}.verify`, reader);
            if (verify !== 'reject' && !verify.some(field => SIGNER_FIELDS.includes(field.field)))
                reader.fail(value, `${at}.verify.trust-roots`, "missing; a verify rule names its trusted roots or other signers ('cosign-key', 'certificate-identity', 'signers'), or is 'reject'");
        }
        else {
            reader.fail(pair, `${at}.${key}`, "unknown key; a rule has 'match', 'sign' and 'verify'");
        }
    }
    if (pattern === undefined)
        reader.fail(node, `${at}.match`, 'missing; every rule needs a repository pattern');
    if (sign === undefined && verify === undefined)
        reader.fail(node, at, "has neither 'sign' nor 'verify'; give at least one");
    return { index, line: reader.lineOf(node), ...pattern, sign, verify };
}
/** A rule section: a mapping of known fields, each mapped onto its input, with references resolved. */
function fields(node, table, at, reader) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(node)) {
        const reject = at.endsWith('verify') ? ", or 'reject'" : '';
        reader.fail(node, at, `expected a mapping of ${Object.keys(table).join(', ')}${reject}`);
    }
    if (node.items.length === 0)
        reader.fail(node, at, `is empty; give at least one of ${Object.keys(table).join(', ')}, or remove it`);
    const known = new Set(Object.values(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0));
    return node.items.map(pair => {
        const field = reader.key(pair);
        const path = `${at}.${field}`;
        const input = table[field];
        if (input === undefined)
            reader.fail(pair, path, `unknown key; expected one of ${Object.keys(table).join(', ')}`);
        if (!known.has(input))
            reader.fail(pair, path, `maps onto the input '${input}', which this version of Signet does not have; remove the field`);
        // A signers list is YAML of its own (a list of maps), read as the 'signers' input reads it.
        const value = field === 'signers' && (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isSeq)(pair.value) ? String(pair.value) : inputValue(pair.value, path, reader);
        // An empty field would fall back to the input's default ('*' for identities: any signer).
        if (value === '')
            reader.fail(pair.value, path, field === 'identities'
                ? `is empty; list the trusted identities, or write ["*"] to accept any signer under the roots`
                : 'is empty; give a value or remove the field');
        const isPath = PEM_OR_PATH.has(input) && !(0,_inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isContent */ .az)(value, 'pem') && !NOT_A_PATH.test(value);
        if (isPath && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(value))
            reader.fail(pair.value, path, `'${value}' does not resolve: no such file (paths are relative to the working directory)`);
        return { field, input: input, value, line: reader.lineOf(pair.value) };
    });
}
/** A field's YAML value as the raw input text: a scalar, a list as lines, a mapping as `key=value` lines. */
function inputValue(node, path, reader) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(node) && node.value !== null && typeof node.value !== 'object')
        return String(node.value).trim();
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isSeq)(node))
        return node.items
            .map(item => {
            const value = inputValue(item, path, reader);
            if (value === '')
                reader.fail(item, path, 'has a blank entry; remove it');
            return value;
        })
            .join('\n');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(node))
        return node.items.map(pair => `${reader.key(pair)}=${inputValue(pair.value, path, reader)}`).join('\n');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isAlias)(node))
        reader.fail(node, path, 'YAML aliases are not supported in a rules file; write the value out');
    return reader.fail(node, path, 'expected a value');
}
/** A pattern as written: the characters and shape of a `registry/repository` glob. */
function checkPattern(pattern, fail) {
    if (!PATTERN_CHARS.test(pattern))
        fail(`'${pattern}' has characters a repository pattern cannot have (no spaces, tags or digests)`);
    if (/@sha(256|512):/.test(pattern) || pattern.startsWith('/') || pattern.includes('//'))
        fail(`'${pattern}' is not a 'registry/repository' pattern`);
    // Repository names are lowercase: a rule with an uppercase path would match nothing, silently
    // leaving its repositories to a looser rule. (The registry part is canonicalised instead.)
    const slash = pattern.indexOf('/');
    if (slash >= 0 && /[A-Z]/.test(pattern.slice(slash + 1)))
        fail(`'${pattern}': repository names are lowercase, so this pattern would match nothing; write it in lowercase`);
}
/** picomatch over `registry/repository`; `*` stays within a path segment, `**` crosses them. */
function compilePattern(pattern, fail) {
    try {
        picomatch__WEBPACK_IMPORTED_MODULE_6___default().makeRe(pattern, { strictBrackets: true });
        return picomatch__WEBPACK_IMPORTED_MODULE_6___default()(pattern, { strictBrackets: true });
    }
    catch (error) {
        return fail(`'${pattern}' is not a valid glob: ${error.message}`);
    }
}
/**
 * How specific a pattern is, compared element by element (larger wins, file order breaks ties):
 * 1. an exact name (no glob character) beats any glob;
 * 2. more literal path segments (segments with no glob character), e.g. ghcr.io/acme/prod/** (3) over
 *    ghcr.io/acme/** (2);
 * 3. fewer `**` (a bounded pattern over an unbounded one), e.g. ghcr.io/acme/* over ghcr.io/acme/**;
 * 4. more literal characters, e.g. ghcr.io/acme/app-* over ghcr.io/acme/*.
 */
function specificity(pattern) {
    const segments = pattern.split('/');
    const literalSegments = segments.filter(segment => !GLOB_CHARS.test(segment)).length;
    const globstars = segments.filter(segment => segment === '**').length;
    const literalChars = pattern.replace(/[*?[\]{}()!+@|]/g, '').length;
    return [GLOB_CHARS.test(pattern) ? 0 : 1, literalSegments, -globstars || 0, literalChars];
}
function compareSpecificity(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
/**
 * The most specific rule with a `section` whose pattern matches `registry/repository`, read canonically
 * (`GHCR.IO/x` as `ghcr.io/x`, `localhost:5000/x` as `127.0.0.1:5000/x`): no spelling escapes a rule.
 */
function matchRule(rules, repository, section) {
    const name = (0,_oci_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalName */ .Ew)(repository);
    return rules.rules.find(rule => rule[section] !== undefined && rule.matches(name));
}
/** `rules.yml:5 (ghcr.io/acme/**)`: how reports and logs name a rule. */
function ruleName(rules, rule) {
    return `${rules.origin}:${rule.line} (${rule.match})`;
}


/***/ })

};
