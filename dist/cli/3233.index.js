export const id = 3233;
export const ids = [3233];
export const modules = {

/***/ 55894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ readPemInput),
/* harmony export */   Sm: () => (/* binding */ namesExistingFile),
/* harmony export */   az: () => (/* binding */ isContent),
/* harmony export */   kv: () => (/* binding */ readContentOrPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62701);
/**
 * Inputs that take content or a path (PEM keys and certificates, the rules file, a notation trust
 * policy): the one place that decides which a value is, and reads the file when it names one. Layers
 * below inputs/ receive the content.
 */



/** What marks each format's content: a value without it names a file. */
const CONTENT_MARKS = {
    // An armour line, which no file name holds.
    pem: value => value.includes('-----BEGIN'),
    // A rules file has several lines; a path has one.
    yaml: value => value.includes('\n'),
    // trustpolicy.json is an object.
    json: value => value.trimStart().startsWith('{')
};
/** The message for a value that is neither content nor a readable file, as each input has always said it. */
const UNREADABLE = {
    pem: (input, _path, shown) => `${input} is neither PEM content nor a readable file${shown}`,
    yaml: (input, path) => `Input '${input}': ${path} is neither YAML content nor a readable file.`,
    json: (input, path) => `${input} is neither JSON content nor a readable file: ${path}`
};
/** True when `value` is the content itself, false when it names a file. */
function isContent(value, format) {
    return CONTENT_MARKS[format](value);
}
/** True when `value` names a file that exists (it is no content of `format`). */
function namesExistingFile(value, format) {
    return !isContent(value, format) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(value.trim());
}
/**
 * The content an input holds or names. A PEM input's value is echoed in the error only when it looks
 * like a path and the input is not `secret`; a secret input's value is described (length, armour
 * label), never shown, whatever it holds.
 */
function readContentOrPath(value, format, input, options = {}) {
    if (isContent(value, format))
        return { text: value };
    const path = value.trim();
    try {
        return { text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), path };
    }
    catch {
        const shown = options.secret
            ? ` (${(0,_util_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSecret */ .wr)(value)}; the value is not shown)`
            : path.length <= 256 && !/\s/.test(path)
                ? `: ${path}`
                : ' (value not shown)';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, UNREADABLE[format](input, path, shown));
    }
}
/** A PEM input (content or path) as PEM content. */
function readPemInput(value, input, options = {}) {
    return readContentOrPath(value, 'pem', input, options).text;
}


/***/ }),

/***/ 99451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ SIGNER_INPUTS),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   Kp: () => (/* binding */ SIGNING_AGENT),
/* harmony export */   WJ: () => (/* binding */ INPUT_DEFAULTS),
/* harmony export */   fG: () => (/* binding */ OUTPUT_MODES),
/* harmony export */   gi: () => (/* binding */ SIGNATURE_FORMATS),
/* harmony export */   ln: () => (/* binding */ secretEnvName),
/* harmony export */   mG: () => (/* binding */ INPUT_MODES),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/**
 * Names of every input and output, in one place (actions/cache `constants.ts`). The action reads these
 * from `action.yml`; the CLI accepts each input as `--<name>`. Defaults live here so both faces agree;
 * a unit test checks they equal the defaults declared in action.yml.
 */
const MODES = ['sign', 'verify'];
const Inputs = {
    Mode: 'mode',
    Image: 'image',
    Username: 'username',
    Password: 'password',
    InsecureRegistries: 'insecure-registries',
    RegistryCa: 'registry-ca',
    ScenarioAnnotation: 'scenario-annotation',
    Manifests: 'manifests',
    Tags: 'tags',
    Annotations: 'annotations',
    SigningKey: 'signing-key',
    SigningKeyPassphrase: 'signing-key-passphrase',
    SigningCertChain: 'signing-cert-chain',
    SignPlatformManifests: 'sign-platform-manifests',
    SignatureFormat: 'signature-format',
    TrustRoots: 'trust-roots',
    TrustedIdentities: 'trusted-identities',
    TrustPolicy: 'trust-policy',
    TrustStore: 'trust-store',
    Scenario: 'scenario',
    Platform: 'platform',
    VerifyLayers: 'verify-layers',
    MaxSignatures: 'max-signatures',
    MaxConcurrency: 'max-concurrency',
    Shard: 'shard',
    Dockerfiles: 'dockerfiles',
    BuildArgs: 'build-args',
    ChangedOnly: 'changed-only',
    GithubToken: 'github-token',
    AllowedRegistries: 'allowed-registries',
    Store: 'store',
    Cache: 'cache',
    OutputArchive: 'output-archive',
    SigningPlugin: 'signing-plugin',
    SigningKeyId: 'signing-key-id',
    PluginConfig: 'plugin-config',
    TimestampUrl: 'timestamp-url',
    TimestampRoots: 'timestamp-roots',
    Revocation: 'revocation',
    Rules: 'rules',
    Workloads: 'workloads',
    Sweep: 'sweep',
    Repositories: 'repositories',
    DryRun: 'dry-run',
    CosignKey: 'cosign-key',
    SigstoreTrustedRoot: 'sigstore-trusted-root',
    CertificateIdentity: 'certificate-identity',
    CertificateIdentityRegexp: 'certificate-identity-regexp',
    CertificateOidcIssuer: 'certificate-oidc-issuer',
    Signers: 'signers',
    Require: 'require'
};
/**
 * Inputs that carry secrets. The action masks them before anything runs, and no message ever quotes
 * their value: errors describe it (length, PEM label) instead. A new secret-bearing input (a PIN, a
 * plugin credential) belongs here; the tests feed every input listed here malformed values.
 */
const SECRET_INPUTS = [
    Inputs.Password,
    Inputs.SigningKey,
    Inputs.SigningKeyPassphrase,
    Inputs.GithubToken
];
const INPUT_DEFAULTS = {
    [Inputs.ScenarioAnnotation]: 'dev.signet.scenario',
    [Inputs.SignPlatformManifests]: 'true',
    [Inputs.SignatureFormat]: 'jws',
    [Inputs.TrustedIdentities]: '*',
    [Inputs.VerifyLayers]: 'true',
    [Inputs.MaxSignatures]: '100',
    [Inputs.MaxConcurrency]: '16',
    [Inputs.ChangedOnly]: 'false',
    [Inputs.Cache]: 'false',
    [Inputs.Revocation]: 'enforce',
    [Inputs.DryRun]: 'false',
    [Inputs.Require]: 'any'
};
/** The Notary Project envelope formats Signet signs in (`signature-format`, as notation's `--signature-format`). */
const SIGNATURE_FORMATS = ['jws', 'cose'];
const Outputs = {
    Digest: 'digest',
    Ref: 'ref',
    Manifests: 'manifests',
    SignatureDigests: 'signature-digests',
    Signer: 'signer',
    Verified: 'verified',
    Report: 'report'
};
/** The agent string written into signatures (`io.cncf.notary.signingAgent`) and sent as User-Agent. */
const SIGNING_AGENT = 'signet/0.1.0';
/**
 * The modes each input applies to: the sub-actions (`sign/action.yml`, `verify/action.yml`) declare these
 * inputs, and each CLI command accepts these flags (any other is refused, naming its command). `mode`
 * belongs to the root action alone. A new input is one line here; the compiler asks for it.
 */
const INPUT_MODES = {
    [Inputs.Mode]: [],
    [Inputs.Image]: ['sign', 'verify'],
    [Inputs.Username]: ['sign', 'verify'],
    [Inputs.Password]: ['sign', 'verify'],
    [Inputs.InsecureRegistries]: ['sign', 'verify'],
    [Inputs.RegistryCa]: ['sign', 'verify'],
    [Inputs.ScenarioAnnotation]: ['sign', 'verify'],
    [Inputs.Manifests]: ['sign'],
    [Inputs.Tags]: ['sign'],
    [Inputs.Annotations]: ['sign'],
    [Inputs.SigningKey]: ['sign'],
    [Inputs.SigningKeyPassphrase]: ['sign'],
    [Inputs.SigningCertChain]: ['sign'],
    [Inputs.SignPlatformManifests]: ['sign'],
    [Inputs.SignatureFormat]: ['sign'],
    [Inputs.TrustRoots]: ['sign', 'verify'],
    [Inputs.TrustedIdentities]: ['verify'],
    [Inputs.TrustPolicy]: ['verify'],
    [Inputs.TrustStore]: ['verify'],
    [Inputs.Scenario]: ['verify'],
    [Inputs.Platform]: ['verify'],
    [Inputs.VerifyLayers]: ['verify'],
    [Inputs.MaxSignatures]: ['verify'],
    [Inputs.MaxConcurrency]: ['verify'],
    [Inputs.Shard]: ['sign', 'verify'],
    [Inputs.Dockerfiles]: ['verify'],
    [Inputs.BuildArgs]: ['verify'],
    [Inputs.ChangedOnly]: ['verify'],
    [Inputs.GithubToken]: ['verify'],
    [Inputs.AllowedRegistries]: ['verify'],
    [Inputs.Store]: ['verify'],
    [Inputs.Cache]: ['verify'],
    [Inputs.OutputArchive]: ['verify'],
    [Inputs.SigningPlugin]: ['sign'],
    [Inputs.SigningKeyId]: ['sign'],
    [Inputs.PluginConfig]: ['sign'],
    [Inputs.TimestampUrl]: ['sign'],
    [Inputs.TimestampRoots]: ['sign', 'verify'],
    [Inputs.Revocation]: ['verify'],
    [Inputs.Rules]: ['sign', 'verify'],
    [Inputs.Workloads]: ['verify'],
    [Inputs.Sweep]: ['sign'],
    [Inputs.Repositories]: ['sign'],
    [Inputs.DryRun]: ['sign'],
    [Inputs.CosignKey]: ['verify'],
    [Inputs.SigstoreTrustedRoot]: ['verify'],
    [Inputs.CertificateIdentity]: ['verify'],
    [Inputs.CertificateIdentityRegexp]: ['verify'],
    [Inputs.CertificateOidcIssuer]: ['verify'],
    [Inputs.Signers]: ['verify'],
    [Inputs.Require]: ['verify']
};
/**
 * `signing-key-passphrase` → `SIGNET_SIGNING_KEY_PASSPHRASE`: where the CLI looks for a secret input
 * (SECRET_INPUTS) not given as a flag, which would be visible in `ps` and shell history.
 */
function secretEnvName(input) {
    return `SIGNET_${input.toUpperCase().replace(/-/g, '_')}`;
}
/** The modes that set each output: the sub-actions declare these outputs. */
const OUTPUT_MODES = {
    [Outputs.Digest]: ['sign', 'verify'],
    [Outputs.Ref]: ['sign', 'verify'],
    [Outputs.Manifests]: ['sign'],
    [Outputs.SignatureDigests]: ['sign'],
    [Outputs.Signer]: ['verify'],
    [Outputs.Verified]: ['verify'],
    [Outputs.Report]: ['sign', 'verify']
};
/** The inputs of accepted signers besides `trust-roots`/`trust-policy`: a rules file takes them in its rules. */
const SIGNER_INPUTS = [
    Inputs.CosignKey,
    Inputs.SigstoreTrustedRoot,
    Inputs.CertificateIdentity,
    Inputs.CertificateIdentityRegexp,
    Inputs.CertificateOidcIssuer,
    Inputs.Signers,
    Inputs.Require
];


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
/* harmony export */   wF: () => (/* binding */ readInsecureRegistries),
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
        insecureRegistries: readInsecureRegistries(source),
        registryCa: registryCa === undefined ? undefined : (0,_content_or_path_js__WEBPACK_IMPORTED_MODULE_3__/* .readPemInput */ .$e)(registryCa, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.RegistryCa)
    };
}
/** The `insecure-registries` lines, each a host[:port]. */
function readInsecureRegistries(source) {
    return lines(source, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.InsecureRegistries).map(host => checkPattern(host, HOST_PORT_PATTERN, _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.InsecureRegistries, 'host:port, e.g. 127.0.0.1:5000'));
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

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   SC: () => (/* binding */ VerifyingStream),
/* harmony export */   aG: () => (/* binding */ checkContent),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);



const DIGEST_PATTERN = /^sha(256:[a-f0-9]{64}|512:[a-f0-9]{128})$/;
/** True for the digests Signet accepts: sha256 or sha512, lowercase hex of the right length. */
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
function algorithmOf(digest) {
    if (!isDigest(digest))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(`'${digest}' is not a sha256 or sha512 digest`, digest);
    return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}
/** The sha256 digest of in-memory content, `sha256:<hex>`. */
function sha256Digest(content) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
}
/** The descriptor of in-memory content. */
function describe(content, mediaType) {
    return { mediaType, digest: sha256Digest(content), size: content.byteLength };
}
/** Throws unless `content` has exactly the descriptor's size and digest. `what` names it in the error. */
function checkContent(content, expected, what) {
    if (content.byteLength !== expected.size) {
        const detail = `size mismatch (expected ${expected.size} bytes, got ${content.byteLength})`;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(`${what} ${expected.digest}: ${detail}`, expected.digest, detail);
    }
    const actual = `${algorithmOf(expected.digest)}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected.digest)).update(content).digest('hex')}`;
    if (actual !== expected.digest) {
        const detail = `digest mismatch (content hashes to ${actual})`;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(`${what} ${expected.digest}: ${detail}`, expected.digest, detail);
    }
}
/**
 * A pass-through stream that hashes and counts what flows through it and fails the stream when the
 * content runs past the expected size (so an endless body is cut at the descriptor size) or, at the
 * end, when size or digest differ. Nothing is buffered beyond one chunk.
 */
class VerifyingStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    what;
    hash;
    received = 0;
    constructor(expected, what) {
        super();
        this.expected = expected;
        this.what = what;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected.digest));
    }
    /** True when this stream already fails unless its content is `descriptor`'s: no second check needed. */
    verifies(descriptor) {
        return this.expected.digest === descriptor.digest && this.expected.size === descriptor.size;
    }
    _transform(chunk, _encoding, callback) {
        this.received += chunk.length;
        if (this.received > this.expected.size) {
            callback(this.mismatch(`size mismatch (more than the expected ${this.expected.size} bytes)`));
            return;
        }
        this.hash.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        if (this.received !== this.expected.size) {
            callback(this.mismatch(`size mismatch (expected ${this.expected.size} bytes, got ${this.received})`));
            return;
        }
        const actual = `${algorithmOf(this.expected.digest)}:${this.hash.digest('hex')}`;
        if (actual !== this.expected.digest) {
            callback(this.mismatch(`digest mismatch (content hashes to ${actual})`));
            return;
        }
        callback();
    }
    mismatch(detail) {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentMismatchError */ .gd(`${this.what} ${this.expected.digest}: ${detail}`, this.expected.digest, detail);
    }
}


/***/ }),

/***/ 28630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ InvalidPlatformError),
/* harmony export */   Ln: () => (/* binding */ InvalidSourceError),
/* harmony export */   Zh: () => (/* binding */ DockerConfigError),
/* harmony export */   gK: () => (/* binding */ InvalidIndexError),
/* harmony export */   i: () => (/* binding */ OciInputError),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * oci/'s errors for what it was given in the wrong form: an image reference, a platform, a source spec,
 * the entries of an index, docker's config.json. Bad input (exit 2), worded without input names: oci/
 * does not know which input a value came from. inputs/ (oci-inputs.ts) turns them into InputErrors of
 * the input, with `messageFor` the wording that names it.
 */

class OciInputError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .Tj {
    exitCode = _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.BAD_INPUT;
    /** The message for a value that came from `input` (the same message unless it names where). */
    messageFor(_input) {
        return this.message;
    }
}
/** An image reference that is not `registry/repository[:tag][@digest]` in distribution's grammar. */
class InvalidReferenceError extends OciInputError {
    value;
    reason;
    code = 'INVALID_REFERENCE';
    constructor(value, 
    /** What is wrong with it, e.g. "the repository must be lowercase ('Org')". */
    reason) {
        super(`Invalid image reference '${value}': ${reason}. Expected registry/repository[:tag][@sha256:…]`);
        this.value = value;
        this.reason = reason;
    }
}
/** The form a platform is written in, for messages. */
const PLATFORM_FORM = 'os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8';
/** A platform that is not `os/arch[/variant]`. */
class InvalidPlatformError extends OciInputError {
    value;
    code = 'INVALID_PLATFORM';
    constructor(value) {
        super(`Invalid platform '${value}'. Expected ${PLATFORM_FORM}.`);
        this.value = value;
    }
    messageFor(input) {
        return `Invalid platform '${this.value}' in ${input}. Expected ${PLATFORM_FORM}.`;
    }
}
/** A local source spec (`oci-layout:…`, `docker-archive:…`) that is malformed. */
class InvalidSourceError extends OciInputError {
    code = 'INVALID_SOURCE';
}
/** Index entries that cannot make one scenario-tagged index (no entries, clashing scenarios, duplicates). */
class InvalidIndexError extends OciInputError {
    code = 'INVALID_INDEX';
}
/** docker's config.json cannot be read or is not what docker writes. */
class DockerConfigError extends OciInputError {
    code = 'DOCKER_CONFIG';
}


/***/ }),

/***/ 56276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SF: () => (/* binding */ takePreconnected),
/* harmony export */   aC: () => (/* binding */ keep),
/* harmony export */   kZ: () => (/* binding */ preconnect)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/**
 * TCP connections opened before any HTTP client exists: by a verify's warm-up while its engines load
 * (run/warm-up.ts), and by the entry points before the bundle loads (run/early-connect.ts). The agents of
 * connections.ts take them for their first requests to that host and port (an HTTPS request runs its TLS
 * handshake over one), so those requests do not wait a handshake's round trip. Only node:net here: the
 * entry points import this before anything else loads.
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
 * for its own. For a verify, from the entry points and while its engines load; unused, they are closed
 * after SPARE_IDLE_MS.
 */
function preconnect(url, count = 1) {
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const kept = preconnected.get(`${host}:${port}`) ?? [];
    while (kept.length < count)
        kept.push(keep((0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port, noDelay: true })));
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


/***/ }),

/***/ 62148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ isRegistryHost),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   aR: () => (/* binding */ repositoryName)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68825);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28630);


const DOCKER_HUB = 'docker.io';
// distribution's grammar: lowercase path components joined by '/', separators '.', '_', '__' or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const MAX_NAME_LENGTH = 255;
/** The reference grammar's test: a first path part is a registry host (else the name is on Docker Hub). */
function isRegistryHost(part) {
    return part.includes('.') || part.includes(':') || part === 'localhost';
}
/** Parses `registry/repository[:tag][@digest]`; throws an InvalidReferenceError when malformed. */
function parseReference(value) {
    const fail = (reason) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidReferenceError */ .x_(value, reason);
    };
    const trimmed = value.trim();
    if (trimmed === '')
        fail('it is empty');
    let rest = trimmed;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(digest))
            fail(`'${digest}' is not a sha256 or sha512 digest (lowercase hex)`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            fail(`'${tag}' is not a valid tag (letters, digits, '_', '.', '-'; at most 128)`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && isRegistryHost(parts[0])) {
        registry = parts.shift();
        if (!DOMAIN.test(registry))
            fail(`'${registry}' is not a valid registry host`);
    }
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    for (const part of parts) {
        if (part === '')
            fail('the repository has an empty path component');
        if (part !== part.toLowerCase())
            fail(`the repository must be lowercase ('${part}')`);
        if (!PATH_COMPONENT.test(part))
            fail(`'${part}' is not a valid repository path component`);
    }
    const repository = parts.join('/');
    if (repository.length > MAX_NAME_LENGTH)
        fail(`the repository is longer than ${MAX_NAME_LENGTH} characters`);
    return { registry, repository, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
/** `registry/repository[:tag][@digest]`. */
function formatReference(ref) {
    return `${repositoryName(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** `registry/repository`. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
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

/***/ 83233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ registryOrigins),
/* harmony export */   connectEarly: () => (/* binding */ connectEarly),
/* harmony export */   verifyFlagsAtFirstLook: () => (/* binding */ verifyFlagsAtFirstLook),
/* harmony export */   we: () => (/* binding */ readAheadBlocked)
/* harmony export */ });
/* unused harmony exports READ_AHEAD_BLOCKERS, actionInputsAtFirstLook */
/* harmony import */ var _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _inputs_input_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75848);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62148);
/* harmony import */ var _oci_preconnect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56276);
/* harmony import */ var _oci_transport_origin_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12745);
/**
 * A verify's first connections, opened by the entry points (cli/index.ts, action/index.ts) before the
 * rest of the bundle loads: from a first look at the inputs, a TCP connection (its DNS lookup and its
 * handshake) to each image's registry, while the process reads its code. The run's client takes it for
 * its first request (oci/preconnect.ts) instead of waiting a round trip for its own; on a network that
 * round trip was the first request's wait. Nothing is sent on it before the run's client takes it, and
 * unused it is closed after 10 s without keeping the process alive.
 *
 * It opens nothing where the warm-up would read nothing early (READ_AHEAD_BLOCKERS: an allow-list, rules
 * or a policy may refuse the registry, a store may answer without it), nor when an image line or a
 * registry does not parse: the run reads the inputs again and says what is wrong with them.
 */





/** Inputs under which a verify may not read the images first, or not from their registries. */
const READ_AHEAD_BLOCKERS = [
    _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.AllowedRegistries,
    _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Rules,
    _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TrustPolicy,
    _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Store,
    _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.OutputArchive,
    _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Shard
];
/** True where an input keeps a verify from reading its images ahead of the run (READ_AHEAD_BLOCKERS). */
function readAheadBlocked(inputs) {
    return READ_AHEAD_BLOCKERS.some(name => inputs.get(name) !== '');
}
/** The origin each image's registry is spoken to at (`http://host:port`), with how many images are there. */
function registryOrigins(images, insecureRegistries) {
    const insecure = new Set(insecureRegistries);
    const perOrigin = new Map();
    for (const image of images) {
        const origin = (0,_oci_transport_origin_js__WEBPACK_IMPORTED_MODULE_4__/* .registryBaseUrl */ .m)(image.registry, insecure).origin;
        perOrigin.set(origin, (perOrigin.get(origin) ?? 0) + 1);
    }
    return perOrigin;
}
/** Opens one connection to the registry of each image of a verify's `inputs`, or none. */
function connectEarly(inputs) {
    if (readAheadBlocked(inputs))
        return;
    let origins;
    try {
        const images = (0,_inputs_input_values_js__WEBPACK_IMPORTED_MODULE_1__/* .lines */ .Mn)(inputs, _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image).map(line => (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(line));
        origins = registryOrigins(images, (0,_inputs_input_values_js__WEBPACK_IMPORTED_MODULE_1__/* .readInsecureRegistries */ .wF)(inputs));
    }
    catch {
        return;
    }
    for (const origin of origins.keys())
        (0,_oci_preconnect_js__WEBPACK_IMPORTED_MODULE_3__/* .preconnect */ .kZ)(new URL(origin));
}
/**
 * `signet verify`'s inputs at a first look, before the CLI's parser and its flag tables load: the values
 * of `--name VALUE` and `--name=VALUE`, IMAGE right after the command and after `--`. Undefined for another command
 * or a call for help. A value taken wrongly here (the argument after an on-off flag) names no image and
 * no blocker, so at worst nothing is opened; the run's parser reads the flags for real.
 */
function verifyFlagsAtFirstLook(argv) {
    if (argv[0] !== 'verify' || argv.some(arg => /^(-h|--help)(=.*)?$/.test(arg)))
        return undefined;
    const values = new Map();
    const add = (name, value) => {
        if (value !== undefined)
            values.set(name, [...(values.get(name) ?? []), value]);
    };
    if (argv[1] !== undefined && !argv[1].startsWith('-'))
        add(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image, argv[1]);
    const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
    for (let at = 1; at < end; at++) {
        const flag = /^--([a-z][a-z0-9-]*)(?:=([\s\S]*))?$/.exec(argv[at]);
        if (flag !== null)
            add(flag[1], flag[2] ?? argv[at + 1]);
    }
    // After `--` every argument is an IMAGE.
    for (const image of argv.slice(end + 1))
        add(_inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Image, image);
    return { get: name => (values.get(name) ?? []).join('\n') };
}
/** The action's inputs as the runner hands them over (INPUT_<NAME>), for a first look. */
function actionInputsAtFirstLook(env) {
    return { get: name => env[`INPUT_${name.toUpperCase()}`] ?? '' };
}


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ SignetError),
/* harmony export */   aC: () => (/* binding */ couldNotComplete),
/* harmony export */   c8: () => (/* binding */ SourceError),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   gd: () => (/* binding */ ContentMismatchError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   j$: () => (/* binding */ IncompleteError),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   uJ: () => (/* binding */ SigningError)
/* harmony export */ });
/**
 * Folder util/: typed errors, log, concurrency and steps, shared by every layer. May import: nothing of
 * Signet.
 *
 * Typed errors shared by every layer. Each carries a stable `code` so callers (the action, the CLI,
 * the report) can tell classes apart without parsing messages, and an exit code for the CLI (`EXIT`).
 */
/**
 * The CLI's exit codes. A gate must tell "the image is not trustworthy" (1) from "the check could not
 * run" (3): a registry that is down is no verdict on the image, and a retry may pass.
 */
const EXIT = {
    /** Signed, or verified. */
    OK: 0,
    /** Verification rejected the image, or an operation failed on what it was given. */
    FAILED: 1,
    /** Bad input: the user must change a flag or input. */
    BAD_INPUT: 2,
    /** Could not complete: network, DNS, TLS, authentication or server errors (after retries). */
    INCOMPLETE: 3
};
class SignetError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** An input is malformed or inconsistent. The message names the input and the expected form. */
class InputError extends SignetError {
    input;
    code = 'INPUT';
    exitCode = 2;
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
/**
 * A registry request failed. `status` is the HTTP status, `ociCode` the first OCI error code of the body.
 * The registry's own answers about content (404, a malformed manifest) fail the operation (exit 1);
 * not reaching it, or it refusing to serve (authentication, rate limits, server errors), means the
 * operation could not complete (exit 3).
 */
class RegistryError extends SignetError {
    status;
    ociCode;
    code = 'REGISTRY';
    exitCode;
    constructor(message, status, ociCode, options) {
        super(message, options);
        this.status = status;
        this.ociCode = ociCode;
        this.exitCode =
            (options?.couldNotComplete ?? unavailable(status, options?.cause)) ? EXIT.INCOMPLETE : EXIT.FAILED;
    }
}
/** 401/403/407 (credentials), 408/429 and 5xx (the server), or no answer at all (network, DNS, TLS). */
function unavailable(status, cause) {
    if (status === undefined)
        return cause !== undefined && !(cause instanceof SignetError);
    return [401, 403, 407, 408, 429].includes(status) || status >= 500;
}
/** A check that could not run (e.g. every signature's fetch failed): no verdict on the image. */
class IncompleteError extends SignetError {
    code = 'INCOMPLETE';
    exitCode = EXIT.INCOMPLETE;
}
/** True when `error`, or an error it wraps, means "could not complete" rather than "rejected". */
function couldNotComplete(error) {
    for (let current = error, depth = 0; current instanceof Error && depth < 8; depth++) {
        if (current instanceof SignetError && current.exitCode === EXIT.INCOMPLETE)
            return true;
        current = current.cause;
    }
    return false;
}
/**
 * Content does not match its descriptor: digest, size, or media type. Never retried. `detail` is the
 * mismatch alone ("digest mismatch (…)"), for callers that name the content their own way.
 */
class ContentMismatchError extends SignetError {
    digest;
    detail;
    code = 'CONTENT_MISMATCH';
    exitCode = 1;
    constructor(message, digest, detail) {
        super(message);
        this.digest = digest;
        this.detail = detail;
    }
}
/** A signature, certificate chain, identity or policy check failed; `reason` is one line for reports. */
class VerificationError extends SignetError {
    code = 'VERIFICATION';
    exitCode = 1;
}
/** A key held elsewhere (notation plugin, PKCS#11 token) failed to sign, or signed something Signet refuses. */
class SigningError extends SignetError {
    code = 'SIGNING';
    exitCode = 1;
}
/** A source image (OCI layout, docker archive) cannot be read as an image. */
class SourceError extends SignetError {
    code = 'SOURCE';
    exitCode = 2;
}
/** A message for any thrown value, without a stack trace. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 62701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ safeLines),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   rF: () => (/* binding */ jsonLine),
/* harmony export */   wr: () => (/* binding */ describeSecret)
/* harmony export */ });
/**
 * Untrusted text (registry bodies and headers, annotations, media types, tags, certificate fields,
 * envelope fields, Dockerfile text, parse errors quoting input) made safe to print, in one place.
 *
 * The Actions runner reads every line a step prints (stdout and stderr) and runs it as a workflow command
 * when, after leading whitespace, it starts with `::` (`::error::`, `::add-mask::`, `::stop-commands::`),
 * or when it holds `##[` anywhere (the older command syntax). It splits lines on CR and LF. A terminal
 * also acts on escape sequences. So a printed value must stay on its line and open no command.
 */
/** Characters that end a line for some reader, or that a terminal or log viewer acts on. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
/** The runner's TrimStart: .NET whitespace, then the `::` of a command. */
const COMMAND_START = /^([\s\u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*):(?=:)/;
const OLD_COMMAND = /##\[/g;
/**
 * One untrusted value as one printable line: line breaks and other control characters shown as
 * `\n`, `\r`, `\xNN` or `\uNNNN`; a leading `::` and any `##[` defused by showing one character escaped.
 */
function oneLine(text) {
    return defuse(text.replace(CONTROL, escapeChar));
}
/**
 * A text Signet composed, whose own line breaks are meant: each line is defused as `oneLine` does,
 * other control characters are escaped, the breaks (LF, or CRLF taken as one) are kept.
 */
function safeLines(text) {
    return text
        .split(/\r?\n/)
        .map(line => oneLine(line))
        .join('\n');
}
/**
 * JSON for printing on one line: JSON.stringify already escapes control characters; the line and paragraph
 * separators and the `[` of `##[` are escaped too, with JSON's own `\uNNNN`, so the value read back is
 * unchanged.
 */
function jsonLine(value) {
    return JSON.stringify(value)
        .replace(/[\u2028\u2029\u0085]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(OLD_COMMAND, '##\\u005b');
}
function defuse(line) {
    return line.replace(COMMAND_START, '$1\\x3a').replace(OLD_COMMAND, '##\\x5b');
}
function escapeChar(char) {
    if (char === '\n')
        return '\\n';
    if (char === '\r')
        return '\\r';
    const code = char.charCodeAt(0);
    return code < 0x100
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}
const ARMOUR = /^\s*(-+)\s*BEGIN ([A-Z0-9 ]{1,40}?)\s*(-+)\s*$/;
/**
 * What a secret value looks like, without any of it: its length and line count, and the label of a PEM
 * armour on its first line (a public frame, e.g. 'ENCRYPTED PRIVATE KEY'), or that it has none, or that
 * it is a `pkcs11:` URI. For errors about secret inputs, which must help fix the value yet never print it.
 */
function describeSecret(value) {
    const lines = value.split(/\r?\n/);
    const size = `${value.length} characters on ${lines.length} line${lines.length === 1 ? '' : 's'}`;
    const armour = ARMOUR.exec(lines[0]);
    if (armour !== null) {
        const fine = armour[1] === '-----' && armour[3] === '-----';
        return `${size}, first line a PEM armour for '${armour[2]}'${fine ? '' : ' with other than five dashes on each side'}`;
    }
    if (/^pkcs11:/i.test(value.trim()))
        return `${size}, a pkcs11: URI`;
    return `${size}, no PEM armour line first`;
}


/***/ })

};
