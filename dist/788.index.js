export const id = 788;
export const ids = [788];
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
/* harmony export */   m3: () => (/* binding */ signingIdentityInput),
/* harmony export */   s: () => (/* binding */ trustRootsInput)
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
/** Trusted roots from a PEM input (its content): each a CA certificate or self-signed, as notation asks. */
function trustRootsInput(pem, input) {
    const roots = certificatesInput(pem, input);
    return named({ certificates: input }, () => (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTrustRoots */ .It)(roots));
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

/***/ 99742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ loadTrustPolicy),
/* harmony export */   It: () => (/* binding */ checkTrustRoots),
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
/* harmony import */ var _trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67952);
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
/**
 * Trusted certificates must each be a CA certificate (basicConstraints CA:TRUE) or self-signed, as
 * notation requires of every certificate of a trust store (notation-go truststore.ValidateCertificates):
 * a leaf issued by someone else is no anchor, and notation refuses the store that holds one.
 */
function checkTrustRoots(roots) {
    roots.forEach((root, index) => {
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .isCaCertificate */ .oD)(root) && !(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .isSelfSigned */ .Nl)(root)) {
            throw new _certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .CertificateError */ .EE('not-a-ca', names => `${names.certificates}: certificate #${index + 1} ("${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .subjectOf */ .et)(root)}") is neither a CA certificate (basicConstraints CA:TRUE) nor self-signed, and notation refuses it as a trusted certificate; give the root CA certificate your signers' chains end in`);
        }
    });
    return roots;
}
/** TSA roots must be CA certificates: a TSA's own certificate is no root to chain to. */
function checkTsaRoots(roots) {
    roots.forEach((root, index) => {
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .isCaCertificate */ .oD)(root)) {
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
        trustedIdentities = (0,_trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTrustedIdentities */ .$F)(identities);
    }
    catch (error) {
        if (!(error instanceof _trusted_identities_js__WEBPACK_IMPORTED_MODULE_6__/* .TrustedIdentityError */ .ai))
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
    const certificates = files.flatMap(file => checkStoreFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file), readCertificates((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file))));
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
/** Each certificate of a store's file must be a CA or self-signed, as notation checks each file. */
function checkStoreFile(path, certificates) {
    try {
        return checkTrustRoots(certificates);
    }
    catch (error) {
        if (!(error instanceof _certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .CertificateError */ .EE))
            throw error;
        throw storeError(error.messageFor({ certificates: path }));
    }
}
function readCertificates(path) {
    const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    try {
        const text = content.toString('utf8');
        if (text.includes('-----BEGIN CERTIFICATE-----'))
            return (0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCertificates */ .vp)(text);
        return [(0,_certificates_js__WEBPACK_IMPORTED_MODULE_4__/* .certificateFromDer */ .VJ)(content)];
    }
    catch {
        throw storeError(`${path} is not a PEM or DER certificate`);
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


/***/ })

};
