export const id = 89;
export const ids = [89];
export const modules = {

/***/ 52089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

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

// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __webpack_require__(62701);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/cli/action-docs.ts
// prettier-ignore
const ACTION_DOCS = {
    summaries: { "sign": "Push multi-arch images, publish a scenario-tagged image index and sign it (Notary Project, X.509).", "verify": "Verify signature, chain, scenario selection and every blob of images before use (Notary Project)." },
    inputs: [
        { "name": "image", "description": { "sign": "The reference to publish, `registry/repository:tag`.", "verify": "One or more references to verify, a line each (tags are resolved once to digests)." } },
        { "name": "username", "description": "Registry username. Otherwise credentials come from `~/.docker/config.json` (what docker/login-action writes) or podman's `auth.json` (`$REGISTRY_AUTH_FILE`, `$XDG_RUNTIME_DIR/containers/auth.json`), otherwise anonymous." },
        { "name": "password", "description": "Registry password or token (masked)." },
        { "name": "insecure-registries", "description": "Registry hosts (`host:port`) allowed over plain HTTP, a line each. Nothing else ever is.\nExample: `127.0.0.1:5000`" },
        { "name": "registry-ca", "description": "Extra PEM CA bundle (content or path) trusted for registries' TLS, e.g. a private registry's CA." },
        { "name": "scenario-annotation", "description": "Annotation key that carries an index entry's scenario tags." },
        { "name": "manifests", "description": "One platform image a line: `SOURCE [scenario=TAG[,TAG…]] [platform=os/arch[/variant]]`.\nSOURCE is `oci-layout:DIR[:TAG|@DIGEST]`, `docker-archive:FILE[:REF|:@N]` (`docker save` output; REF or N picks one image of several) or a registry reference (build-push-action's digest too: its attestations are carried along).\nExample:\n  oci-layout:./out/amd64 scenario=kernel-5.15\n  docker-archive:./out/arm64.tar scenario=kernel-4.19.90,edge platform=linux/arm64/v8\n  ghcr.io/acme/app@sha256:… scenario=kernel-3.10" },
        { "name": "tags", "description": "Extra tags to move to the signed index, a line each (`1.4`, `latest`). Moved only after signing succeeded." },
        { "name": "annotations", "description": "Extra index annotations, `key=value` a line each." },
        { "name": "signing-key", "description": "PEM private key (content or path): PKCS#8, PKCS#1 RSA, SEC1 EC, or encrypted PKCS#8. RSA 2048/3072/4096 or ECDSA P-256/P-384/P-521. Masked, never written to disk. Or a PKCS#11 URI (RFC 7512) of a key in a token, used through OpenSC's `pkcs11-tool` and never exported: `pkcs11:token=release;object=signet?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-source=env:HSM_PIN`." },
        { "name": "signing-key-passphrase", "description": "Passphrase of an encrypted `signing-key` (masked)." },
        { "name": "signing-cert-chain", "description": "PEM certificate chain (content or path), leaf first; the root may be omitted when `trust-roots` holds it." },
        { "name": "sign-platform-manifests", "description": "Also sign each platform manifest, so tools that check a pulled platform manifest find a signature." },
        { "name": "trust-roots", "description": { "sign": "Optional, completes a chain given without its root.", "verify": "PEM bundle of trusted root certificates (content or path)." } },
        { "name": "trusted-identities", "description": "Signer identities accepted, a line each, matched against the leaf certificate's subject; `*` accepts any leaf under a trusted root.\nThe action's default is `*`, written out: any signer whose chain reaches `trust-roots` is accepted. Name the signer to accept only it. The CLI without `--trusted-identities` accepts any signer too, with a warning (notation asks for `\"*\"` explicitly).\nExample: `x509.subject: C=US, ST=WA, O=Acme, CN=release`" },
        { "name": "trust-policy", "description": "A notation `trustpolicy.json` (content or path), used with `trust-store` instead of `trust-roots`/`trusted-identities`." },
        { "name": "trust-store", "description": "A notation trust store directory (`x509/ca/<name>/*.pem|crt`), for `trust-policy`." },
        { "name": "scenario", "description": "Select the entry of the signed index tagged with this scenario; `ref` is then pinned to that entry." },
        { "name": "platform", "description": "Select the entry of the signed index with this platform (`os/arch[/variant]`)." },
        { "name": "verify-layers", "description": "Fetch and re-hash every manifest, config and layer reached." },
        { "name": "max-signatures", "description": "Signatures examined at most per image." },
        { "name": "max-concurrency", "description": "Images verified at once (a gate of many images); each image's log stays in one group, in order." },
        { "name": "shard", "description": { "sign": "Sweep: `I/N` to sweep this matrix job's share of the repositories only, split by a hash of their names (stable as the list grows). Merge the jobs' `report` outputs with `signet report merge`.", "verify": "`I/N` to verify this matrix job's share of the images only (the `image` lines, the gates' images), split by a hash of their names. Merge the jobs' `report` outputs with `signet report merge`.\nExample: `${{ matrix.shard }}/4`" } },
        { "name": "dockerfiles", "description": "PR gate: Dockerfile globs, a line each; every image they make BuildKit pull (# syntax, FROM, COPY --from, RUN --mount from=, under ONBUILD too) is verified.\nExample: `**/Dockerfile*`" },
        { "name": "build-args", "description": "PR gate: `KEY=value` lines overriding Dockerfile ARG defaults." },
        { "name": "changed-only", "description": "PR gate: on pull_request events, only Dockerfiles the PR changes." },
        { "name": "github-token", "description": "PR gate: token to list a pull request's changed files, for `changed-only` (needs `pull-requests: read`)." },
        { "name": "allowed-registries", "description": "Registry host patterns (`ghcr.io`, `*.example.com`), a line each; images from any other registry are rejected before any network call." },
        { "name": "store", "description": "Directory of a local OCI image layout that receives every verified image." },
        { "name": "cache", "description": "Restore and save `store` with the Actions cache; restored content is re-verified before use." },
        { "name": "output-archive", "description": "Write the verified image also as a `docker load`-able tarball at this path." },
        { "name": "signature-format", "description": "The envelope format of the signatures, as notation's `--signature-format`: `jws` (`application/jose+json`) or `cose` (`application/cose`, a COSE_Sign1). Both verify with notation and with Signet; pick what your verifier or signing service expects." },
        { "name": "signing-plugin", "description": "A notation signing plugin that holds the key (AWS Signer, Azure Key Vault, HashiCorp Vault, …): its name, found as `notation-<name>` in notation's plugin directory (`~/.config/notation/plugins/<name>/`) or on `PATH`, or a path to the executable. Instead of `signing-key`; the plugin returns the certificate chain." },
        { "name": "signing-key-id", "description": "The key id the `signing-plugin` signs with (notation's `--id`)." },
        { "name": "plugin-config", "description": "`key=value` lines passed to the `signing-plugin` as its `pluginConfig` (notation's `--plugin-config`), on stdin, never on a command line. For example:\n  vault_addr=https://vault.internal:8200" },
        { "name": "timestamp-url", "description": "An RFC 3161 timestamp authority (http or https); every signature gets its countersignature, so it still verifies after the signing certificate expires. Needs `timestamp-roots`." },
        { "name": "timestamp-roots", "description": { "sign": "PEM root CA certificates of the timestamp authority (content or path).", "verify": "PEM root CA certificates of the timestamp authority (content or path). With `trust-roots`: a valid countersignature is then required, and the chain is judged at its time." } },
        { "name": "revocation", "description": "With `trust-roots`: revocation checks of the signing and TSA chains by OCSP and CRL: `enforce` (revoked or unknown status rejects), `log` (warn only) or `skip`." },
        { "name": "rules", "description": "A rules file (YAML content or a path) mapping `registry/repository` globs to a signing key (`sign:`) and to trust (`verify:` roots and identities, or `reject`); the most specific matching rule applies. Explicit signing inputs win over a rule's `sign:`.\nExample:\n  version: 1\n  rules:\n    - match: ghcr.io/acme/prod/**\n      sign: { key: keys/prod.pem, cert-chain: certs/prod-chain.pem }\n      verify: { trust-roots: certs/acme-root.pem, identities: [\"x509.subject: C=US, ST=WA, O=Acme, CN=prod-release\"] }\n    - match: \"**\"\n      verify: reject" },
        { "name": "workloads", "description": "PR gate: globs of Kubernetes manifests, Helm-rendered output and Compose files, a line each; every container image they reference is verified. Example: `deploy/**/*.yaml`" },
        { "name": "sweep", "description": "`REGISTRY/NAMESPACE` to sweep: every tag of every repository under it that has no valid signature under its matching rule is signed in place (needs `rules`)." },
        { "name": "repositories", "description": "Sweep: repositories to sweep, a line each (`registry/repository`), for registries that do not allow listing their catalog." },
        { "name": "dry-run", "description": "Sweep: list what would be signed, sign nothing." },
        { "name": "cosign-key", "description": "Cosign public key(s), PEM content or path (several may be concatenated): each is one accepted signer, whose cosign signatures are verified offline in both formats (Sigstore bundle and the legacy `.sig` tag). ECDSA P-256/P-384/P-521, RSA, Ed25519. Give the `.pub` file, never the private key." },
        { "name": "sigstore-trusted-root", "description": "A Sigstore `trusted_root.json` (content or path; JSON lines with one root per line accepted), e.g. the output of `gh attestation trusted-root`, for keyless signatures and GitHub artifact attestations. Fulcio chain, SCT, transparency-log entry and RFC 3161 timestamps are checked offline against it; what is required follows the instance (public good: a log entry and an SCT; GitHub's own: a signed timestamp)." },
        { "name": "certificate-identity", "description": "Keyless signatures must come from this exact certificate identity (as cosign's `--certificate-identity`), e.g. `https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main`; needs `sigstore-trusted-root` and `certificate-oidc-issuer`." },
        { "name": "certificate-identity-regexp", "description": "Instead of `certificate-identity`, a regular expression the certificate identity must match (cosign's `--certificate-identity-regexp`, Go syntax), e.g. `^https://github.com/chainguard-images/`." },
        { "name": "certificate-oidc-issuer", "description": "The OIDC issuer keyless signatures must carry (cosign's `--certificate-oidc-issuer`), e.g. `https://token.actions.githubusercontent.com`." },
        { "name": "signers", "description": "More accepted signers, a YAML list, an item each: `notation`, `cosign`, `sigstore`, `github-attestation` or `pinned`. They add to the ones the simple inputs give (`trust-roots`, `cosign-key`, `certificate-*`).\nExample:\n  - cosign: { key: keys/cosign.pub }\n  - sigstore: { trusted-root: trust/trusted_root.json, issuer: https://token.actions.githubusercontent.com, identity-regexp: '^https://github.com/chainguard-images/' }\n  - github-attestation: { trusted-root: trust/github.json, repository: acme/app, predicate-type: https://slsa.dev/provenance/v1, signer-workflow: acme/app/.github/workflows/release.yml }\n  - pinned: [ \"sha256:…\" ]" },
        { "name": "require", "description": "How many distinct accepted signers must match: `any`, `all`, or a number (the same key or identity never counts twice)." }
    ],
    outputs: [
        { "name": "digest", "description": { "sign": "The signed index digest.", "verify": "A line per verified image, in the order verified (`image` first, then the gates' images): its digest (the selected entry's when `scenario`/`platform` was given). A rejected image has no line; `report` has its verdict and resolved digest." } },
        { "name": "ref", "description": { "sign": "A digest-pinned reference, `registry/repository@sha256:…`: what runs is what was signed or verified.", "verify": "A digest-pinned reference, `registry/repository@sha256:…`: what runs is what was signed or verified.\nA line per verified image, in the same order as `digest`." } },
        { "name": "manifests", "description": "JSON array of the index entries: scenarios, platform, digest." },
        { "name": "signature-digests", "description": "Digests of the signature manifests pushed, a line each." },
        { "name": "signer", "description": "Subject of the signing certificate, a line per verified image, in the same order as `digest`." },
        { "name": "verified", "description": "`true` when every image verified, else `false`." },
        { "name": "report", "description": { "sign": "The machine-readable result, JSON.\nThe index entries, tags and signatures; with `sweep`, every repository, digest and action (the shards of a matrix merge with `signet report merge`).", "verify": "The machine-readable result, JSON.\nEvery image with its verdict (`verified`, `rejected`, or `error`: the check could not complete), checks and signatures." } }
    ]
};

;// CONCATENATED MODULE: ./src/cli/flags.ts
/**
 * Flags: what a command accepts (argv.ts parses them). The input flags of `sign` and `verify` are the
 * contract's inputs of that mode, described by action-docs.ts (generated from action.yml), so flags,
 * action inputs, sub-actions and the README never disagree.
 */


/** `-o json|text`, as notation and cosign spell it. */
const OUTPUT_FORMAT = {
    name: 'output',
    short: 'o',
    value: true,
    choices: ['text', 'json'],
    description: 'Print the result as text (the default) or as JSON (the same as --json).'
};
/** Accepted by every command (a command's own flag of the same name replaces one). */
const COMMON_FLAGS = [
    { name: 'json', value: false, description: 'Print the result (or the error) as JSON on stdout.' },
    OUTPUT_FORMAT,
    { name: 'debug', value: false, description: 'Log debug details to stderr.' },
    { name: 'help', short: 'h', value: false, description: 'Show this help.' },
    { name: 'version', short: 'v', value: false, description: 'Print the version.' }
];
/** Reads the registry password from stdin, as `docker login --password-stdin` does. */
const PASSWORD_STDIN = {
    name: 'password-stdin',
    value: false,
    description: `Read the registry password from stdin (instead of --${contract/* Inputs */.G0.Password}).`
};
/** The inputs or outputs of `mode`, each with its description for that mode. */
function modeDocs(kind, mode) {
    const modesOf = (name) => kind === 'inputs' ? (contract/* INPUT_MODES */.mG[name] ?? []) : (contract/* OUTPUT_MODES */.fG[name] ?? []);
    return ACTION_DOCS[kind]
        .filter(doc => modesOf(doc.name).includes(mode))
        .map(doc => ({
        name: doc.name,
        description: typeof doc.description === 'string' ? doc.description : (doc.description[mode] ?? '')
    }));
}
/**
 * The flags of a mode: its inputs (the contract's INPUT_MODES and INPUT_DEFAULTS, as readInputs applies
 * them), described as the sub-action describes them, with where a secret may come from instead. An
 * input whose default is 'true' or 'false' is an on-off flag.
 */
function inputFlags(mode, names) {
    const descriptions = new Map(modeDocs('inputs', mode).map(doc => [doc.name, doc.description]));
    return Object.values(contract/* Inputs */.G0)
        .filter(name => contract/* INPUT_MODES */.mG[name].includes(mode) && (names === undefined || names.includes(name)))
        .map(name => {
        const description = descriptions.get(name) ?? '';
        const fallback = contract/* INPUT_DEFAULTS */.WJ[name];
        return {
            name,
            value: fallback !== 'true' && fallback !== 'false',
            input: true,
            description: contract/* SECRET_INPUTS */.pH.includes(name)
                ? `${description}\nOr set ${(0,contract/* secretEnvName */.ln)(name)} (kept out of ps and shell history).`
                : description,
            default: fallback
        };
    });
}
/**
 * The image as positional arguments, `signet sign IMAGE` and `signet verify IMAGE…` as every peer takes
 * a reference: another spelling of `--image` (for verify, each argument one more line of it).
 */
function imageArgument(mode) {
    const description = modeDocs('inputs', mode).find(doc => doc.name === contract/* Inputs */.G0.Image)?.description ?? '';
    return { name: 'IMAGE', description, optional: true, repeated: mode === 'verify', flag: contract/* Inputs */.G0.Image };
}

;// CONCATENATED MODULE: ./src/cli/argv.ts
/**
 * The one argv parser of every command: the command's flags (and the common ones) and its positional
 * arguments, from its table in command.ts form.
 * - `--name VALUE`, `--name=VALUE`, `-o VALUE`, `-o=VALUE`, `-oVALUE`; a repeated value flag adds a line.
 * - A flag declared `singleDash` is also `-name VALUE` and `-name=VALUE`, as Go's flag package spells it
 *   (containerd calls its image verifiers so).
 * - On-off flags: `--name` alone is on, `--name=true|false` sets it. An on-off action input also takes
 *   `--name true|false` (its spelling before it could stand alone); any other next argument is never
 *   its value, so `--verify-layers --insecure-registries H` reads as it looks.
 * - `--` ends the flags. Arguments are the command's, in order; one that spells a flag (verify's IMAGE
 *   is `--image`) becomes a value of that flag, so both spellings add up.
 *
 * Signet's own because node:util parseArgs refuses a value that starts with `-` (`--signing-key
 * "$(cat key.pem)"`: PEM starts with `-----`). Here the argument after a value flag is always its
 * value, as docker, git and notation take it.
 */


/** The words an on-off flag takes as its value (those the action's boolean inputs take). */
const ON_OFF_WORDS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'];
/** The flags `command` accepts: its own, then the common ones it does not replace. */
function acceptedFlags(command) {
    const own = new Set(command.flags.map(flag => flag.name));
    return [...command.flags, ...COMMON_FLAGS.filter(flag => !own.has(flag.name))];
}
/** Whether an on-off flag is on. */
function isOn(flags, name) {
    return flags.values.get(name)?.[0] === 'true';
}
/** The arguments as a usage line writes them: `DIR`, `[IMAGE]`, `[IMAGE…]`, `bash|zsh`. */
function argumentsUsage(args = []) {
    return args
        .map(arg => {
        const word = `${arg.choices?.join('|') ?? arg.name}${arg.repeated ? '…' : ''}`;
        return arg.optional ? `[${word}]` : word;
    })
        .join(' ');
}
/**
 * Parses `argv` (what follows the command's words). A flag the command does not accept is reported with
 * the commands it belongs to (`belongsTo`), so `sign --scenario` says that `--scenario` is a verify flag.
 */
function parseArgv(argv, command, belongsTo) {
    const parsed = { values: new Map(), args: new Map() };
    const accepted = acceptedFlags(command);
    const byName = new Map(accepted.map(spec => [spec.name, spec]));
    const byShort = new Map(accepted.flatMap(spec => (spec.short ? [[spec.short, spec]] : [])));
    const problem = (name, message) => {
        parsed.problem ??= new errors/* InputError */.dz(name, `${message} See 'signet ${command.name} --help'.`);
    };
    const argument = argumentPlacer(command, parsed, problem);
    let flagsEnded = false;
    for (let at = 0; at < argv.length; at++) {
        const arg = argv[at];
        if (flagsEnded || arg === '-' || !arg.startsWith('-')) {
            argument.place(arg);
            continue;
        }
        if (arg === '--') {
            flagsEnded = true;
            continue;
        }
        const flag = splitFlag(arg, byName, byShort);
        if (flag.spec === undefined) {
            problem(flag.name, unknownFlag(flag.spelled, flag.name, command, [...byName.keys()], belongsTo));
            continue;
        }
        const { spec, spelled } = flag;
        let value = flag.value;
        if (spec.value) {
            if (value === undefined && at + 1 < argv.length)
                value = argv[++at];
            if (value === undefined) {
                problem(spec.name, `Flag '${spelled}' needs a value.`);
            }
            else if (spec.choices && !spec.choices.includes(value)) {
                problem(spec.name, `Flag '${spelled}' takes ${orList(spec.choices)}, not '${value}'.`);
            }
            else {
                parsed.values.set(spec.name, [...(parsed.values.get(spec.name) ?? []), value]);
            }
            continue;
        }
        if (value === undefined && spec.input && ON_OFF_WORDS.includes(argv[at + 1]))
            value = argv[++at];
        if (value === undefined || spec.input) {
            // An input's value is checked with every other input (inputs/), in the action's words.
            parsed.values.set(spec.name, [value ?? 'true']);
        }
        else if (ON_OFF_WORDS.includes(value)) {
            parsed.values.set(spec.name, [value.toLowerCase()]);
        }
        else {
            problem(spec.name, `Flag '${spelled}' is on or off: '${spelled}' alone or '${spelled}=true|false', not '${value}'.`);
        }
    }
    argument.finish();
    return parsed;
}
/**
 * `--name=value`, `--name`, `-name[=value]` (a `singleDash` flag), `-o value`, `-o=value`, `-ovalue` as
 * the flag, its spelling and inline value.
 */
function splitFlag(arg, byName, byShort) {
    if (arg.startsWith('--')) {
        const equals = arg.indexOf('=');
        const name = arg.slice(2, equals < 0 ? undefined : equals);
        return {
            name,
            spelled: `--${name}`,
            spec: byName.get(name),
            value: equals < 0 ? undefined : arg.slice(equals + 1)
        };
    }
    const equals = arg.indexOf('=');
    const long = byName.get(arg.slice(1, equals < 0 ? undefined : equals));
    if (long?.singleDash && long.name.length > 1)
        return {
            name: long.name,
            spelled: `-${long.name}`,
            spec: long,
            value: equals < 0 ? undefined : arg.slice(equals + 1)
        };
    const spec = byShort.get(arg[1]);
    const attached = arg.slice(2);
    const value = attached === '' ? undefined : attached.startsWith('=') ? attached.slice(1) : attached;
    // `-hx` is no spelling of `-h`: only a value flag takes an attached value without '='.
    if (spec === undefined || (!spec.value && value !== undefined && !attached.startsWith('=')))
        return { name: arg.slice(1), spelled: arg };
    return { name: spec.name, spelled: `-${arg[1]}`, spec, value };
}
function unknownFlag(spelled, name, command, accepted, belongsTo) {
    const owners = spelled.startsWith('--') ? belongsTo(name) : [];
    return owners.length > 0
        ? `Flag '${spelled}' does not apply to 'signet ${command.name}': it belongs to ${owners.map(owner => `'signet ${owner}'`).join(' and ')}.`
        : `Unknown flag '${spelled}' for 'signet ${command.name}'.${spelled.startsWith('--') ? suggestion(name, accepted) : ''}`;
}
/**
 * Places positional arguments onto the command's declared ones, in order (a `repeated` one takes the
 * rest). One that spells a flag becomes a value of it, in command-line order; a single one must agree
 * with the flag, if that is given too.
 */
function argumentPlacer(command, parsed, problem) {
    const specs = command.args ?? [];
    const usage = `'signet ${[command.name, argumentsUsage(specs)].join(' ').trim()}'`;
    const append = (map, key, value) => map.set(key, [...(map.get(key) ?? []), value]);
    const given = [];
    return {
        place(value) {
            const index = given.length;
            const spec = specs[Math.min(index, specs.length - 1)];
            if (spec === undefined || (index >= specs.length && !spec.repeated)) {
                problem('arguments', specs.length === 0
                    ? `Unexpected argument '${value}': 'signet ${command.name}' takes only flags (--name value).`
                    : `Unexpected argument '${value}': expected ${usage}.`);
                return;
            }
            given.push({ spec, value });
            if (spec.choices && !spec.choices.includes(value))
                problem(spec.name.toLowerCase(), `Unexpected ${spec.name} '${value}': expected ${orList(spec.choices)}.`);
            else if (spec.flag === undefined)
                append(parsed.args, spec.name, value);
            else if (spec.repeated)
                append(parsed.values, spec.flag, value);
        },
        finish() {
            for (const { spec, value } of given) {
                if (spec.flag === undefined || spec.repeated)
                    continue;
                // One value, two spellings: `sign IMG --image IMG` is fine, two different images are not.
                const other = parsed.values.get(spec.flag)?.find(flagged => flagged !== value);
                if (other === undefined)
                    parsed.values.set(spec.flag, [value]);
                else
                    problem(spec.flag, `The ${spec.name} argument '${value}' and '--${spec.flag} ${other}' differ: give one.`);
            }
            for (const spec of specs) {
                const present = given.some(arg => arg.spec === spec) || (spec.flag !== undefined && parsed.values.has(spec.flag));
                if (!spec.optional && !present)
                    problem(spec.name.toLowerCase(), `Missing argument ${spec.name}: expected ${usage}.`);
            }
        }
    };
}
function orList(choices) {
    const quoted = choices.map(choice => `'${choice}'`);
    return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
/** ` Did you mean '--trust-roots'?` for a flag within two edits of an accepted one, else ''. */
function suggestion(name, accepted) {
    const [best] = accepted
        .map(candidate => ({ candidate, distance: editDistance(name, candidate) }))
        .filter(({ distance }) => distance <= 2)
        .sort((a, b) => a.distance - b.distance);
    return best === undefined ? '' : ` Did you mean '--${best.candidate}'?`;
}
/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, at) => at);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/cli/cert.ts
/**
 * `signet cert generate-test DIR`: a throwaway root CA, intermediate CA and code-signing leaf with its
 * key, written to DIR for a first sign and verify (as `notation cert generate-test`). Not for production.
 */



/** Files of the generated PKI, with the input each one feeds. */
const FILES = [
    { name: 'key.pem', input: 'signing-key', what: "the leaf's private key, unencrypted" },
    { name: 'chain.pem', input: 'signing-cert-chain', what: 'leaf, intermediate, root (leaf first)' },
    { name: 'root.pem', input: 'trust-roots', what: 'the root CA certificate' }
];
const certGenerateTestCommand = {
    name: 'cert generate-test',
    summary: 'write a throwaway root, intermediate, code-signing leaf and key to DIR (not for production)',
    args: [
        {
            name: 'DIR',
            description: 'Where to write them: a new or empty directory (created if missing).',
            completion: 'directories'
        }
    ],
    flags: [
        {
            name: 'common-name',
            value: true,
            description: "The leaf certificate's common name (CN).",
            default: 'signet-test'
        },
        { name: 'days', value: true, description: "The leaf's validity in days, 1 to 3650.", default: '365' }
    ],
    details: `Writes key.pem (the leaf's private key, unencrypted), chain.pem (leaf, intermediate, root) and
root.pem (the root CA). For trying Signet out: NOT for production, where the key lives in a secret or an
HSM and the CA is your organisation's.`,
    async run({ flags, io, json }) {
        const [dir] = flags.args.get('DIR') ?? [];
        const [daysFlag] = flags.values.get('days') ?? [];
        const days = daysFlag === undefined ? undefined : Number(daysFlag);
        if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 3650)) {
            throw new errors/* InputError */.dz('days', `--days '${daysFlag}': expected a whole number of days from 1 to 3650.`);
        }
        const target = (0,external_node_path_.resolve)(dir);
        // Never overwrite keys: a directory that holds anything is refused.
        if ((0,external_node_fs_.existsSync)(target) && (0,external_node_fs_.readdirSync)(target).length > 0) {
            throw new errors/* InputError */.dz('cert', `${target} is not empty: pass a new or empty directory.`);
        }
        const { generateTestCertificates } = await __webpack_require__.e(/* import() */ 437).then(__webpack_require__.bind(__webpack_require__, 37437));
        const pki = await generateTestCertificates({ commonName: flags.values.get('common-name')?.[0], days });
        const contents = { 'key.pem': pki.key, 'chain.pem': pki.chain, 'root.pem': pki.root };
        try {
            (0,external_node_fs_.mkdirSync)(target, { recursive: true });
            for (const file of FILES) {
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(target, file.name), contents[file.name], {
                    mode: file.name === 'key.pem' ? 0o600 : 0o644
                });
            }
        }
        catch (error) {
            throw new errors/* InputError */.dz('cert', `cannot write to ${target}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        const paths = Object.fromEntries(FILES.map(file => [file.input, (0,external_node_path_.join)(target, file.name)]));
        const identity = `x509.subject: ${pki.subject}`;
        if (json) {
            io.stdout(`${JSON.stringify({ ...paths, 'trusted-identities': identity })}\n`);
            return errors/* EXIT */.dc.OK;
        }
        const width = Math.max(...FILES.map(file => (0,external_node_path_.join)(target, file.name).length));
        io.stdout([
            `Test certificates in ${target}: NOT FOR PRODUCTION (throwaway CA, unencrypted key).`,
            ...FILES.map(file => `  ${(0,external_node_path_.join)(target, file.name).padEnd(width)}  --${file.input}  ${file.what}`),
            `Signer: ${pki.subject}`,
            '',
            'Sign and verify with them:',
            `  signet sign REGISTRY/REPO:TAG --manifests 'SOURCE scenario=TAG' \\`,
            `    --signing-key ${shellQuote(paths['signing-key'])} --signing-cert-chain ${shellQuote(paths['signing-cert-chain'])}`,
            `  signet verify REGISTRY/REPO:TAG --trust-roots ${shellQuote(paths['trust-roots'])} \\`,
            `    --trusted-identities ${shellQuote(identity)}`,
            ''
        ].join('\n'));
        return errors/* EXIT */.dc.OK;
    }
};
/** A word a POSIX shell reads back as it is. */
function shellQuote(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/cli/completion.ts
/**
 * `signet completion bash|zsh`: a shell completion script generated from the command table, the same
 * one the parser and the help read, so completion offers exactly the commands, flags and values the
 * parser accepts. Value flags complete file names (most inputs take a path), flags with fixed values
 * their values, an argument what it declares (directories for DIR, the shells for SHELL).
 */


const SHELLS = ['bash', 'zsh'];
function completionCommand(registry) {
    return {
        name: 'completion',
        summary: 'print a shell completion script for bash or zsh',
        args: [{ name: 'SHELL', description: 'The shell: bash or zsh.', choices: SHELLS }],
        flags: [],
        details: [
            'Load it in the current shell:',
            '  source <(signet completion bash)      # bash (4.1 or later)',
            '  source <(signet completion zsh)       # zsh, after compinit',
            'or save it where the shell looks: `signet completion bash > /etc/bash_completion.d/signet`,',
            '`signet completion zsh > "${fpath[1]}/_signet"`.'
        ].join('\n'),
        async run({ flags, io }) {
            const [shell] = flags.args.get('SHELL') ?? [];
            io.stdout(shell === 'zsh' ? zshCompletion(registry()) : bashCompletion(registry()));
            return errors/* EXIT */.dc.OK;
        }
    };
}
/** Words for a shell's single-quoted string. */
function quote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
/** The groups (`cert`, `rules`) and their subcommands; the first words of every command. */
function firstWords(commands) {
    return [...new Set(commands.map(command => command.name.split(' ')[0]))];
}
function subcommands(commands, group) {
    return commands.filter(command => command.name.startsWith(`${group} `));
}
function groups(commands) {
    return firstWords(commands).filter(word => subcommands(commands, word).length > 0);
}
function spellings(flag) {
    return [...(flag.short ? [`-${flag.short}`] : []), `--${flag.name}`];
}
function bashCompletion(commands) {
    const cases = commands.map(command => {
        const flags = acceptedFlags(command);
        const [arg] = command.args ?? [];
        const values = flags.filter(flag => flag.value);
        const withChoices = values.filter(flag => flag.choices);
        const files = values.filter(flag => !flag.choices);
        const onOff = flags.filter(flag => !flag.value);
        return [
            `    ${quote(command.name)})`,
            `      flags=${quote(flags.flatMap(spellings).join(' '))}`,
            `      arg=${quote(bashArgument(arg, commands))}`,
            '      case $flag in',
            ...withChoices.map(flag => `        ${spellings(flag).join('|')}) values=${quote(flag.choices?.join(' ') ?? '')} ;;`),
            ...(files.length > 0 ? [`        ${files.flatMap(spellings).join('|')}) values=FILES ;;`] : []),
            ...(onOff.length > 0
                ? [`        ${onOff.flatMap(spellings).join('|')}) [[ -n $equals ]] && values='true false' ;;`]
                : []),
            '      esac',
            '      ;;'
        ].join('\n');
    });
    const commandWords = commands.filter(command => command.name.includes(' ')).map(command => command.name);
    return `# bash completion for signet, generated by 'signet completion bash' from its command table.
# Load it with:  source <(signet completion bash)
_signet() {
  local cur=\${COMP_WORDS[COMP_CWORD]} command='' flag='' value='' equals='' values='' flags='' arg=''
  # The command: two words for a command of a group, else one; none while it is being typed.
  if (( COMP_CWORD > 2 )); then
    case "\${COMP_WORDS[1]} \${COMP_WORDS[2]}" in
      ${commandWords.map(quote).join('|') || "''"}) command="\${COMP_WORDS[1]} \${COMP_WORDS[2]}" ;;
    esac
  fi
  if [[ -z $command ]] && (( COMP_CWORD > 1 )); then
    case \${COMP_WORDS[1]} in
      ${commands
        .filter(command => !command.name.includes(' '))
        .map(command => quote(command.name))
        .join('|')}) command=\${COMP_WORDS[1]} ;;
    esac
  fi
  if [[ -z $command ]]; then
    case "$COMP_CWORD \${COMP_WORDS[1]}" in
      1\\ *) values=${quote([...firstWords(commands), '--help', '--version'].join(' '))} ;;
${groups(commands)
        .map(group => `      ${quote(`2 ${group}`)}) values=${quote(subcommands(commands, group)
        .map(command => command.name.slice(group.length + 1))
        .join(' '))} ;;`)
        .join('\n')}
    esac
    COMPREPLY=($(compgen -W "$values" -- "$cur"))
    return 0
  fi
  # bash splits '--flag=value' at '=' (COMP_WORDBREAKS): the flag is then one or two words back.
  if [[ $cur == = ]]; then
    flag=\${COMP_WORDS[COMP_CWORD-1]} equals=1
  elif [[ \${COMP_WORDS[COMP_CWORD-1]} == = ]]; then
    flag=\${COMP_WORDS[COMP_CWORD-2]} equals=1 value=$cur
  elif [[ $cur != -* ]]; then
    flag=\${COMP_WORDS[COMP_CWORD-1]} value=$cur
  fi
  case $command in
${cases.join('\n')}
  esac
  if [[ $values == FILES ]] || { [[ -z $values && $cur != -* ]] && [[ $arg == FILES || $arg == DIRECTORIES ]]; }; then
    compopt -o filenames 2>/dev/null
    if [[ $values == FILES || $arg == FILES ]]; then values=$(compgen -f -- "$value"); else values=$(compgen -d -- "$value"); fi
    mapfile -t COMPREPLY <<<"$values"
    [[ -n $values ]] || COMPREPLY=()
  elif [[ -n $values ]]; then
    COMPREPLY=($(compgen -W "$values" -- "$value"))
  elif [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  elif [[ $arg == COMMANDS ]]; then
    COMPREPLY=($(compgen -W ${quote(firstWords(commands).join(' '))} -- "$cur"))
  elif [[ -n $arg ]]; then
    COMPREPLY=($(compgen -W "$arg" -- "$cur"))
  fi
  return 0
}
complete -F _signet signet
`;
}
/** FILES, DIRECTORIES, COMMANDS, the choices, or '' (nothing to offer) for an argument. */
function bashArgument(arg, commands) {
    if (arg?.choices)
        return arg.choices.join(' ');
    if (arg?.completion === 'commands')
        return firstWords(commands).length > 0 ? 'COMMANDS' : '';
    return { files: 'FILES', directories: 'DIRECTORIES', none: '' }[arg?.completion ?? 'none'];
}
function zshCompletion(commands) {
    const described = (name, summary) => quote(`${name.replace(/:/g, '\\:')}:${summary}`);
    const topLevel = firstWords(commands).map(word => {
        const command = commands.find(candidate => candidate.name === word);
        const summary = command?.summary ??
            `${subcommands(commands, word)
                .map(sub => sub.name)
                .join(', ')}`;
        return described(word, summary);
    });
    const groupCases = groups(commands).map(group => [
        `        ${quote(group)}) subcommands=(${subcommands(commands, group)
            .map(command => described(command.name.slice(group.length + 1), command.summary))
            .join(' ')}) ;;`
    ].join('\n'));
    const cases = commands.map(command => [
        `    ${quote(command.name)})`,
        `      _arguments -s -S \\`,
        ...acceptedFlags(command).map(flag => `        ${zshFlag(flag)} \\`),
        ...(command.args ?? []).map(arg => `        ${zshArgument(arg, commands)} \\`),
        `        && return 0`,
        '      ;;'
    ].join('\n'));
    return `#compdef signet
# zsh completion for signet, generated by 'signet completion zsh' from its command table.
# Load it with:  source <(signet completion zsh)   (after compinit), or save it as _signet in $fpath.
_signet() {
  local command
  local -a commands subcommands
  commands=(${topLevel.join(' ')})
  if (( CURRENT == 2 )); then
    _describe -t commands 'signet command' commands
    return
  fi
  command=\${words[2]}
  case $command in
${groupCases.length > 0
        ? `    ${groups(commands).map(quote).join('|')})
      if (( CURRENT == 3 )); then
        case $command in
${groupCases.join('\n')}
        esac
        _describe -t commands "signet $command command" subcommands
        return
      fi
      command="$command \${words[3]}"
      shift 2 words
      (( CURRENT -= 2 ))
      ;;
`
        : ''}    *)
      shift words
      (( CURRENT-- ))
      ;;
  esac
  case $command in
${cases.join('\n')}
  esac
  return 1
}
if [[ \${funcstack[1]} == _signet ]]; then
  _signet "$@"
else
  compdef _signet signet
fi
`;
}
/** An `_arguments` spec of a flag: exclusive spellings, description, value and what completes it. */
function zshFlag(flag) {
    const description = `[${zshEscape(flag.description.split('\n')[0])}]`;
    const exclusive = flag.short ? quote(`(-${flag.short} --${flag.name})`) : '';
    if (!flag.value) {
        if (flag.short)
            return `${exclusive}{-${flag.short},--${flag.name}}${quote(description)}`;
        return quote(`--${flag.name}=-${description}::on or off:(true false)`);
    }
    const action = flag.choices ? `(${flag.choices.join(' ')})` : '_files';
    const value = `${description}:${flag.name}:${action}`;
    if (flag.short)
        return `${exclusive}{-${flag.short}+,--${flag.name}=}${quote(value)}`;
    return quote(`*--${flag.name}=${value}`);
}
function zshArgument(arg, commands) {
    const action = arg.choices
        ? `(${arg.choices.join(' ')})`
        : arg.completion === 'commands'
            ? `(${firstWords(commands).join(' ')})`
            : { files: '_files', directories: '_files -/', none: ' ' }[arg.completion ?? 'none'];
    const label = arg.name.toLowerCase();
    return quote(arg.repeated ? `*:${label}:${action}` : `${arg.optional ? ':' : ''}:${label}:${action}`);
}
/** Text inside an `_arguments` description: brackets and colons escaped. */
function zshEscape(text) {
    return text.replace(/[\\[\]:]/g, char => `\\${char}`);
}

// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/cli/containerd-verifier.ts
/**
 * `signet containerd-verifier`: containerd's image verifier (the bindir plugin of containerd 2.x), so a
 * node refuses to pull what Signet rejects; and `signet containerd-verifier install`, which writes the
 * executable containerd runs (the verify flags baked in) and prints the config stanza that enables it.
 */







/**
 * The verify inputs a node takes: the same trust and registry settings as the verify step. The
 * accepted-signer inputs (`signers`, `require`, `cosign-key`, …) belong here once verify's plan takes
 * them, and then in the verdict cache's fingerprint (run/containerd-verifier.ts) too: a kept verdict
 * must miss when any of them changes.
 */
const VERIFY_INPUTS = [
    contract/* Inputs */.G0.Rules,
    contract/* Inputs */.G0.TrustRoots,
    contract/* Inputs */.G0.TrustedIdentities,
    contract/* Inputs */.G0.TrustPolicy,
    contract/* Inputs */.G0.TrustStore,
    contract/* Inputs */.G0.TimestampRoots,
    contract/* Inputs */.G0.Revocation,
    contract/* Inputs */.G0.MaxSignatures,
    contract/* Inputs */.G0.AllowedRegistries,
    contract/* Inputs */.G0.InsecureRegistries,
    contract/* Inputs */.G0.RegistryCa,
    contract/* Inputs */.G0.Username
];
const DEFAULT_MAX_AGE = '10m';
const MAX_AGE_LIMIT_MS = 24 * 3600_000;
/** The bounds containerd's bindir plugin is given in the stanza printed by install. */
const STANZA_MAX_VERIFIERS = 10;
const STANZA_TIMEOUT = '10s';
/** The node's own settings: credentials that stay off the command line, and the verdict cache. */
const NODE_FLAGS = [
    {
        name: 'password-file',
        value: true,
        description: 'A file holding the registry password for --username (kept off the command line, and out of the wrapper install writes).'
    },
    {
        name: 'docker-config',
        value: true,
        description: "docker's config.json with the node's registry credentials (default: $DOCKER_CONFIG/config.json, else ~/.docker/config.json of the user containerd runs as)."
    },
    {
        name: 'cache-dir',
        value: true,
        description: 'Keep accepted verdicts here (created 0700), keyed by repository, digest and policy: a node that pulls one image for many pods verifies it once. Without it every pull is verified.'
    },
    {
        name: 'cache-max-age',
        value: true,
        default: DEFAULT_MAX_AGE,
        description: 'How long a kept verdict stands before the image is verified again: 90s, 10m, 1h (at most 24h).'
    }
];
/** What containerd passes, in its own single-dash spelling (the double-dash one works too). */
const CONTAINERD_FLAGS = [
    {
        name: 'name',
        value: true,
        singleDash: true,
        description: 'The reference containerd pulls, as it was given.'
    },
    {
        name: 'digest',
        value: true,
        singleDash: true,
        description: 'The digest containerd resolved it to: the only thing judged.'
    },
    {
        name: 'stdin-media-type',
        value: true,
        singleDash: true,
        description: `The media type of stdin: ${types/* MediaType */.zu.OciDescriptor} (the descriptor containerd resolved, JSON).`
    },
    {
        name: 'operation',
        value: true,
        singleDash: true,
        choices: ['pull', 'run'],
        description: '\'pull\' (the default) or \'run\' (verify_on_run: checked again before a container starts, from the cache when fresh); stdin then holds {"operation","descriptor","annotations"}.'
    }
];
const containerdVerifierCommand = {
    name: 'containerd-verifier',
    summary: "block a node's pull unless Signet verifies the digest containerd resolved (its image verifier)",
    flags: [...CONTAINERD_FLAGS, ...inputFlags('verify', VERIFY_INPUTS), ...NODE_FLAGS],
    errorsToStdout: true,
    details: `containerd 2.x runs it per pull (its transfer service: ctr images pull, and CRI pulls from 2.1 on)
with -name REF -digest sha256:… -stdin-media-type ${types/* MediaType */.zu.OciDescriptor}, the descriptor on stdin.
The pull goes on (exit 0) when that digest is signed (an index, or an image), or is an image manifest
listed in a signed index, under the trust its repository's rule gives; otherwise it is blocked with one
line on stdout, which ctr shows as the reason (exit 1 rejected, 2 bad call, 3 registry unreachable).
Layers are not re-hashed: containerd checks every blob's digest as it pulls.
Install it with 'signet containerd-verifier install --bin-dir DIR [flags]'.`,
    async run({ flags, io, log }) {
        const value = (name) => flags.values.get(name)?.at(-1);
        // Loaded on use, as every engine of the CLI: other commands start without them.
        const { parseContainerdCall } = await Promise.all(/* import() */[__webpack_require__.e(592), __webpack_require__.e(322)]).then(__webpack_require__.bind(__webpack_require__, 69322));
        const { runContainerdVerifier } = await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(592), __webpack_require__.e(645), __webpack_require__.e(558), __webpack_require__.e(544)]).then(__webpack_require__.bind(__webpack_require__, 57544));
        const call = parseContainerdCall({
            name: value('name'),
            digest: value('digest'),
            stdinMediaType: value('stdin-media-type'),
            operation: value('operation')
        }, await (io.readStdin ?? (async () => ''))());
        const verdict = await runContainerdVerifier(verifySource(flags), call, { log, maskSecret: () => undefined, env: io.env }, {
            cacheDir: value('cache-dir'),
            cacheMaxAgeMs: readMaxAge(value('cache-max-age') ?? DEFAULT_MAX_AGE),
            dockerConfig: value('docker-config')
        });
        io.stdout(`${verdict.reason}\n`);
        return verdict.exitCode;
    }
};
const containerdVerifierInstallCommand = {
    name: 'containerd-verifier install',
    summary: "write containerd's image verifier (verify flags baked in) and print its config stanza",
    flags: [
        {
            name: 'bin-dir',
            value: true,
            description: "containerd's image verifier directory (the bindir plugin's bin_dir); every file in it is run per pull."
        },
        { name: 'file-name', value: true, default: 'signet', description: "The wrapper's name in --bin-dir." },
        {
            name: 'cli',
            value: true,
            description: 'The Signet CLI script the wrapper runs (default: this one, e.g. …/dist/cli/index.js).'
        },
        ...inputFlags('verify', VERIFY_INPUTS),
        ...NODE_FLAGS
    ],
    details: `The wrapper is a shell script: it enters the directory install ran in (relative paths, those in
the rules file too, resolve as they did here) and runs Node with the Signet CLI and the flags given here.
It holds no secret: give --password-file or --docker-config, never a password.
Then add the printed stanza to containerd's config.toml and restart containerd.`,
    async run({ flags, io, json }) {
        const value = (name) => flags.values.get(name)?.at(-1);
        const binDir = value('bin-dir');
        if (binDir === undefined)
            throw new errors/* InputError */.dz('bin-dir', "Missing flag '--bin-dir': containerd's image verifier directory.");
        const fileName = value('file-name') ?? 'signet';
        if (fileName !== (0,external_node_path_.basename)(fileName) || fileName.startsWith('.'))
            throw new errors/* InputError */.dz('file-name', `Invalid flag '--file-name': '${fileName}' must be a plain file name.`);
        const [node, script] = program(io, value('cli'));
        // The same reading a pull will do, now: a bad rules file or root fails here, not on the node's pulls.
        const { readNodePlan } = await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(592), __webpack_require__.e(645), __webpack_require__.e(558), __webpack_require__.e(544)]).then(__webpack_require__.bind(__webpack_require__, 57544));
        readNodePlan(verifySource(flags), 'localhost/signet/install-check');
        readMaxAge(value('cache-max-age') ?? DEFAULT_MAX_AGE);
        const baked = [...VERIFY_INPUTS, ...NODE_FLAGS.map(flag => flag.name)].flatMap(name => (flags.values.get(name) ?? []).map(given => `--${name}=${given}`));
        const wrapper = (0,external_node_path_.join)((0,external_node_path_.resolve)(binDir), fileName);
        writeExecutable(wrapper, wrapperScript(process.cwd(), node, script, baked));
        const stanza = configStanza((0,external_node_path_.resolve)(binDir));
        const others = (0,external_node_fs_.readdirSync)(binDir).filter(entry => entry !== fileName);
        if (json) {
            io.stdout(`${(0,sanitize/* jsonLine */.rF)({ wrapper, stanza, otherVerifiers: others })}\n`);
            return errors/* EXIT */.dc.OK;
        }
        io.stdout(`Wrote ${wrapper} (mode 0755): it runs '${node} ${script} containerd-verifier' with ${baked.length} flag${baked.length === 1 ? '' : 's'}.\n` +
            (others.length > 0
                ? `Note: containerd runs every file in ${binDir} per pull, and all must allow it; also there: ${others.join(', ')}\n`
                : '') +
            `Add to containerd's config.toml (version 2 or 3) and restart containerd:\n\n${stanza}`);
        return errors/* EXIT */.dc.OK;
    }
};
/** The verify flags as the input source of the node gate, the password read from --password-file. */
function verifySource(flags) {
    const passwordFile = flags.values.get('password-file')?.at(-1);
    const username = flags.values.get(contract/* Inputs */.G0.Username)?.at(-1);
    if ((passwordFile === undefined) !== (username === undefined)) {
        const missing = username === undefined ? 'username' : 'password-file';
        throw new errors/* InputError */.dz(missing, `Missing flag '--${missing}': '--username' and '--password-file' go together.`);
    }
    const password = passwordFile === undefined ? '' : readPasswordFile(passwordFile);
    return {
        get: name => (name === contract/* Inputs */.G0.Password ? password : (flags.values.get(name) ?? []).join('\n').trim())
    };
}
function readPasswordFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* InputError */.dz('password-file', `--password-file ${path}: cannot read it (${reason}).`);
    }
    const password = text.replace(/\r?\n$/, '');
    if (password === '')
        throw new errors/* InputError */.dz('password-file', `--password-file ${path} is empty.`);
    return password;
}
/** `90s`, `10m`, `1h` or seconds, as milliseconds. */
function readMaxAge(text) {
    const match = /^(\d{1,6})(s|m|h)?$/.exec(text);
    const unit = match?.[2] === 'h' ? 3600_000 : match?.[2] === 'm' ? 60_000 : 1000;
    const ms = match ? Number(match[1]) * unit : NaN;
    if (!(ms <= MAX_AGE_LIMIT_MS))
        throw new errors/* InputError */.dz('cache-max-age', `Invalid flag '--cache-max-age': '${text}'. Expected a duration such as 90s, 10m or 1h (at most 24h).`);
    return ms;
}
/** Node and the CLI script the wrapper runs: this process's, or the script given. */
function program(io, cli) {
    const script = cli === undefined ? io.self?.[1] : (0,external_node_path_.resolve)(cli);
    if (script === undefined || !(0,external_node_fs_.existsSync)(script))
        throw new errors/* InputError */.dz('cli', cli === undefined
            ? "Flag '--cli' is needed here: the path of the Signet CLI script (…/dist/cli/index.js) the wrapper runs."
            : `Invalid flag '--cli': ${cli} does not exist.`);
    return [io.self?.[0] ?? process.execPath, script];
}
/** A POSIX shell word: single-quoted, a quote inside closed, escaped and reopened. */
function shellWord(word) {
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
function wrapperScript(cwd, node, script, flags) {
    return [
        '#!/bin/sh',
        "# containerd's image verifier: Signet (written by 'signet containerd-verifier install').",
        '# containerd runs it per pull with -name REF -digest DIGEST -stdin-media-type TYPE; exit 0 allows.',
        `cd ${shellWord(cwd)} || { echo ${shellWord(`signet: cannot enter ${cwd}, where install ran`)}; exit 2; }`,
        `exec ${[node, script, 'containerd-verifier', ...flags].map(shellWord).join(' \\\n  ')} \\\n  "$@"`,
        ''
    ].join('\n');
}
function configStanza(binDir) {
    return [
        '[plugins."io.containerd.image-verifier.v1.bindir"]',
        `  bin_dir = ${JSON.stringify(binDir)}`,
        `  max_verifiers = ${STANZA_MAX_VERIFIERS}`,
        `  per_verifier_timeout = "${STANZA_TIMEOUT}"`,
        ''
    ].join('\n');
}
/**
 * Writes `file` with mode 0755 whole or not at all: containerd runs whatever is in its bin_dir, so the
 * script is written beside the directory and renamed in (written in place when that crosses devices).
 */
function writeExecutable(file, text) {
    const dir = (0,external_node_path_.dirname)(file);
    if (!(0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false })?.isDirectory())
        throw new errors/* InputError */.dz('bin-dir', `Invalid flag '--bin-dir': ${dir} is not a directory (create it first).`);
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(dir), `.${(0,external_node_path_.basename)(file)}.${process.pid}.tmp`);
    try {
        (0,external_node_fs_.writeFileSync)(temporary, text);
        (0,external_node_fs_.chmodSync)(temporary, 0o755);
        (0,external_node_fs_.renameSync)(temporary, file);
    }
    catch {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        (0,external_node_fs_.writeFileSync)(file, text);
        (0,external_node_fs_.chmodSync)(file, 0o755);
    }
}

;// CONCATENATED MODULE: ./src/cli/help.ts
/**
 * The help texts: `signet --help` (every command), `signet help <command>` and `signet <command> --help`
 * (its arguments, flags with descriptions and defaults, exit codes), `signet help <group>` (its commands);
 * and the `help` command itself. All of it read from the command table.
 */



const EXIT_STATUS = `Exit status:
  0  success: signed, or every image verified
  1  rejected: verification failed, or the operation failed on what it was given
  2  bad input: a flag is missing or malformed (the message names it and the fix)
  3  could not complete: registry unreachable, DNS, TLS, authentication or server errors (after retries)`;
function usage(commands) {
    return `Usage: signet <command> [arguments] [--<flag> <value>]… [--json | -o json] [--debug]

Commands:
${commandList(commands, command => command.name)}

Run 'signet help <command>' (or 'signet <command> --help') for its flags. Each flag of sign and verify is
the action input of the same name; repeat a flag for a multi-line input; an on-off flag is on by itself
(--dry-run) or set with =true or =false. Secrets are best kept off the command line: set
  ${contract/* SECRET_INPUTS */.pH.map(contract/* secretEnvName */.ln).join(', ')}
or pipe the registry password into --password-stdin. Shell completion: 'signet completion bash|zsh'.

${EXIT_STATUS}
`;
}
/** The commands of a group (`cert`, `rules`), for `signet help cert` and `signet cert --help`. */
function groupHelp(group, commands) {
    const members = commands.filter(command => command.name.startsWith(`${group} `));
    return `Usage: signet ${group} <command> [arguments] [flags]

Commands:
${commandList(members, command => command.name.slice(group.length + 1))}

Run 'signet help ${group} <command>' for its arguments and flags.
`;
}
function commandHelp(command) {
    const args = command.args ?? [];
    return `Usage: signet ${[command.name, argumentsUsage(args), '[flags]'].filter(Boolean).join(' ')}

${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.
${args.length > 0 ? `\nArguments:\n${args.map(argumentHelp).join('\n')}\n` : ''}
Flags:
${acceptedFlags(command).map(flagHelp).join('\n')}
${command.details ? `\n${command.details}\n` : ''}
${EXIT_STATUS}
`;
}
/**
 * `signet help [COMMAND…]`: the help of a command or of a group, or the general usage. `registry` gives
 * the commands (a function: this command is one of them).
 */
function helpCommand(registry) {
    return {
        name: 'help',
        summary: "show a command's help: its arguments, flags and exit codes",
        args: [
            {
                name: 'COMMAND',
                description: 'A command (`verify`, `cert generate-test`) or a group of commands (`cert`, `rules`).',
                repeated: true,
                optional: true,
                completion: 'commands'
            }
        ],
        flags: [],
        async run({ flags, io }) {
            const topic = (flags.args.get('COMMAND') ?? []).join(' ');
            const commands = registry();
            const command = commands.find(candidate => candidate.name === topic);
            if (topic === '')
                io.stdout(usage(commands));
            else if (command !== undefined)
                io.stdout(commandHelp(command));
            else if (commands.some(candidate => candidate.name.startsWith(`${topic} `)))
                io.stdout(groupHelp(topic, commands));
            else
                throw unknownCommand(topic, commands);
            return errors/* EXIT */.dc.OK;
        }
    };
}
function unknownCommand(words, commands) {
    const names = commands.map(command => command.name).join(', ');
    return new errors/* InputError */.dz('command', `Unknown command '${words}'. Expected one of: ${names} (see --help).`);
}
/** `  name ARGS   summary` lines, aligned. */
function commandList(commands, label) {
    const heads = commands.map(command => [label(command), argumentsUsage(command.args)].join(' ').trim());
    const width = Math.max(...heads.map(head => head.length)) + 3;
    return commands.map((command, at) => `  ${heads[at].padEnd(width)}${command.summary}`).join('\n');
}
function argumentHelp(arg) {
    const spelling = arg.flag === undefined
        ? ''
        : `\n      ${arg.repeated ? `Each one more line of --${arg.flag}.` : `The same as --${arg.flag}.`}`;
    return `  ${arg.name}${arg.repeated ? '…' : ''}\n      ${arg.description}${spelling}`;
}
function flagHelp(flag) {
    const value = flag.value ? ` ${flag.choices?.join('|') ?? 'VALUE'}` : flag.input ? '[=true|false]' : '';
    const head = `  ${flag.short ? `-${flag.short}, ` : ''}${flag.singleDash ? `-${flag.name}, ` : ''}--${flag.name}${value}${flag.default === undefined ? '' : `  (default: ${flag.default})`}`;
    const body = flag.description
        .split('\n')
        .map(line => `      ${line}`)
        .join('\n');
    return `${head}\n${body}`;
}

// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
;// CONCATENATED MODULE: ./src/cli/table-text.ts

const MAX_WIDTH = 120;
const GAP = '  ';
/** The table as text; every cell, the title and the notes kept to one line (text from registries and certificates). */
function formatTable(untrusted, maxWidth = MAX_WIDTH) {
    const table = {
        ...untrusted,
        title: (0,sanitize/* oneLine */.TN)(untrusted.title),
        notes: untrusted.notes?.map(note => (0,sanitize/* oneLine */.TN)(note))
    };
    const rows = untrusted.rows.map(row => row.map(cell => shortenDigests((0,sanitize/* oneLine */.TN)(cell))));
    const widths = table.header.map((head, column) => Math.max(head.length, ...rows.map(row => row[column].length)));
    const width = widths.reduce((sum, column) => sum + column, 0) + GAP.length * (widths.length - 1);
    const body = width <= maxWidth ? columns(table.header, rows, widths) : records(table.header, rows);
    return `${[table.title, ...body, ...(table.notes ?? [])].join('\n')}\n`;
}
function columns(header, rows, widths) {
    const line = (cells) => cells
        .map((cell, column) => cell.padEnd(widths[column]))
        .join(GAP)
        .trimEnd();
    return [line(header), ...rows.map(line)];
}
/** Each row as `Header  value` lines (empty cells left out), rows separated by a blank line. */
function records(header, rows) {
    const label = Math.max(...header.map(head => head.length));
    return rows.flatMap((row, index) => [
        ...(index > 0 ? [''] : []),
        ...row.flatMap((cell, column) => (cell === '' ? [] : [`  ${header[column].padEnd(label)}${GAP}${cell}`]))
    ]);
}
function shortenDigests(text) {
    return text.replace(/\b(sha256:[0-9a-f]{12})[0-9a-f]{52}\b/g, '$1…');
}

;// CONCATENATED MODULE: ./src/cli/mode-commands.ts
/**
 * The commands of the two modes, `signet sign` and `signet verify` (every flag an action input of the
 * same name), and `signet verify-envelope` for a detached signature file.
 */







/** `signet sign` and `signet verify`: the action inputs of the mode as flags, its outputs in the help. */
function modeCommand(mode, summary, example, run) {
    const outputs = modeDocs('outputs', mode).map(output => `  ${output.name.padEnd(18)}${output.description.replace(/\n/g, ' ')}`);
    return {
        name: mode,
        summary,
        args: [imageArgument(mode)],
        flags: [...inputFlags(mode), PASSWORD_STDIN],
        details: [
            'Outputs (printed after the table; --json prints the whole result):',
            ...outputs,
            '',
            'Example:',
            example
        ].join('\n'),
        run
    };
}
const signCommand = modeCommand('sign', 'push platform images, publish a scenario-tagged index, sign it', `  signet sign --image 127.0.0.1:5000/app:1.0 --insecure-registries 127.0.0.1:5000 \\
    --manifests "oci-layout:./out/amd64 scenario=kernel-5.15" \\
    --manifests "oci-layout:./out/arm64 scenario=kernel-4.19.90" \\
    --signing-key key.pem --signing-cert-chain chain.pem`, async ({ flags, io, json, log }) => {
    // Loaded on use, as every engine: `signet --version` and `--help` start without them.
    const { runSign } = await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(592), __webpack_require__.e(645), __webpack_require__.e(558), __webpack_require__.e(316), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 82942));
    return render(io, json, await runSign(flagSource('sign', flags), environment(io, log)));
});
const verifyCommand = modeCommand('verify', 'verify signature, chain, scenario selection and every blob of images', `  signet verify --image 127.0.0.1:5000/app:1.0 --insecure-registries 127.0.0.1:5000 \\
    --trust-roots root.pem --scenario kernel-4.19.90`, async ({ flags, io, json, log }) => {
    const { runVerify } = await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(118), __webpack_require__.e(592), __webpack_require__.e(645), __webpack_require__.e(558), __webpack_require__.e(483)]).then(__webpack_require__.bind(__webpack_require__, 29483));
    const run = await runVerify(flagSource('verify', flags), environment(io, log));
    const code = render(io, json, run);
    // The reasons are in the log and in the table's notes already: the last line is the run's headline.
    if (!run.result.verified)
        io.stderr(`signet: ${(0,outputs/* verifyHeadline */.Qh)(run.result.images)} (reasons above)\n`);
    return code;
});
const verifyEnvelopeCommand = {
    name: 'verify-envelope',
    summary: 'verify a detached signature envelope (--envelope FILE --trust-roots FILE)',
    flags: [
        {
            name: 'envelope',
            value: true,
            description: 'Path of a signature envelope file (JWS `application/jose+json` or COSE `application/cose`), e.g. from `notation sign`.'
        },
        ...inputFlags('verify', [contract/* Inputs */.G0.TrustRoots, contract/* Inputs */.G0.TrustedIdentities, contract/* Inputs */.G0.TimestampRoots])
    ],
    details: 'Prints the signed target (media type, digest, size) and the signer; exit 1 when rejected.',
    async run({ flags, io, json }) {
        const envelopePath = flags.values.get('envelope')?.[0];
        if (envelopePath === undefined)
            throw new errors/* InputError */.dz('envelope', "Missing flag '--envelope': the path of a signature envelope file.");
        const source = flagSource('verify', flags);
        const { verifyEnvelopeFile } = await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.bind(__webpack_require__, 1472));
        const result = verifyEnvelopeFile(readEnvelopeFlag(envelopePath), {
            trustRoots: source.get(contract/* Inputs */.G0.TrustRoots),
            trustedIdentities: source.get(contract/* Inputs */.G0.TrustedIdentities),
            timestampRoots: source.get(contract/* Inputs */.G0.TimestampRoots)
        });
        if (json) {
            io.stdout(`${(0,sanitize/* jsonLine */.rF)(result)}\n`);
        }
        else if (result.verified) {
            io.stdout(`verified: ${(0,sanitize/* oneLine */.TN)(`${result.target?.mediaType} ${result.target?.digest}`)} (${result.target?.size} bytes)\nsigner: ${(0,sanitize/* oneLine */.TN)(result.signer ?? '')}\n`);
            if (result.timestamp !== undefined)
                io.stdout(`timestamp: ${(0,sanitize/* oneLine */.TN)(`${result.timestamp.time} by ${result.timestamp.tsa}`)}\n`);
        }
        else {
            io.stdout(`rejected: ${(0,sanitize/* oneLine */.TN)(result.reason ?? '')}\n`);
        }
        return result.verified ? errors/* EXIT */.dc.OK : errors/* EXIT */.dc.FAILED;
    }
};
/** The parsed flags as the input source of `mode`; a repeated flag is a multi-line input. */
function flagSource(mode, flags) {
    return {
        get: (name) => {
            if (name === contract/* Inputs */.G0.Mode)
                return mode;
            return (flags.values.get(name) ?? []).join('\n').trim();
        }
    };
}
/** A run of the CLI: its log, no masking service (secrets are cut from output by main.ts), its environment. */
function environment(io, log) {
    return { log, maskSecret: () => undefined, env: io.env };
}
/**
 * Prints a run: its annotations as `file:line: level: message` lines on stderr, then `--json` the whole
 * result, or the table and the outputs. Returns the run's exit code.
 */
function render(io, json, run) {
    for (const { level, message, file, startLine } of run.annotations)
        io.stderr(`${(0,sanitize/* oneLine */.TN)(file)}:${startLine}: ${level}: ${(0,sanitize/* oneLine */.TN)(message)}\n`);
    print(io, json, run.result, run.outputs, run.table);
    return run.exitCode;
}
/** `--json` prints the whole result (what the action's outputs are made of); otherwise a table and the outputs. */
function print(io, json, result, outputs, table) {
    if (json) {
        io.stdout(`${(0,sanitize/* jsonLine */.rF)(result)}\n`);
        return;
    }
    io.stdout(formatTable(table));
    // A multi-line output (a line per verified image) is a `name: value` line per value, as grep reads it;
    // an empty one (no image verified) prints nothing.
    for (const [name, value] of Object.entries(outputs)) {
        if (name === 'report' || name === 'manifests' || value === '')
            continue;
        for (const line of (0,sanitize/* safeLines */.Bv)(value).split('\n'))
            io.stdout(`${name}: ${line}\n`);
    }
}
/** The --envelope file; a missing or unreadable one is bad input (exit 2) naming the flag. */
function readEnvelopeFlag(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path);
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* InputError */.dz('envelope', `--envelope ${path}: cannot read the signature envelope (${reason}).`);
    }
}

;// CONCATENATED MODULE: ./src/cli/report.ts
/**
 * `signet report merge FILE…`: the JSON reports of a matrix's jobs (each job's `report` output, or its
 * `--json` output) merged into the one table, JSON and exit code of the whole run.
 */




const reportMergeCommand = {
    name: 'report merge',
    summary: "merge the JSON reports of a matrix's shards into one table and exit code",
    args: [
        {
            name: 'FILE',
            description: "A job's JSON report (its 'report' output, or `signet … --json`), a file each.",
            repeated: true,
            completion: 'files'
        }
    ],
    flags: [],
    details: 'Refuses a merge with a shard missing or given twice: a job that did not report checked nothing.\nExit 0 when everything merged is verified or signed, 1 when something was rejected or failed, 3 when something could not be checked.',
    async run({ flags, io, json }) {
        const files = (flags.args.get('FILE') ?? []).map(readReport);
        const { mergeReports } = await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(592), __webpack_require__.e(645), __webpack_require__.e(316), __webpack_require__.e(278)]).then(__webpack_require__.bind(__webpack_require__, 43278));
        const merged = mergeReports(files);
        if (json) {
            io.stdout(`${(0,sanitize/* jsonLine */.rF)(merged.result)}\n`);
        }
        else {
            const { table } = merged;
            io.stdout(formatTable(table));
        }
        return merged.exitCode;
    }
};
function readReport(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* InputError */.dz('FILE', `${file}: cannot read the report (${reason}).`);
    }
    try {
        return { file, json: JSON.parse(text) };
    }
    catch (error) {
        throw new errors/* InputError */.dz('FILE', `${file} is not JSON (${(0,errors/* errorMessage */.gJ)(error)}): give a job's JSON report.`);
    }
}

;// CONCATENATED MODULE: ./src/cli/rules.ts
/**
 * `signet rules from-trust-policy --trust-policy FILE --trust-store DIR [--output FILE]`: writes the rules
 * file equivalent to a notation trust policy (stdout unless --output). Exit 0, or 2 on bad input.
 */


const rulesFromTrustPolicyCommand = {
    name: 'rules from-trust-policy',
    summary: 'convert a notation trustpolicy.json + trust store into a rules file',
    flags: [
        { name: 'trust-policy', value: true, description: 'A notation `trustpolicy.json` (path).' },
        {
            name: 'trust-store',
            value: true,
            description: 'Its notation trust store directory (`x509/ca/<name>/*.pem|crt`).'
        },
        { name: 'output', value: true, description: 'Write the rules file here instead of stdout.' }
    ],
    details: "The rules file (the input 'rules') gives every repository the decision the trust policy gives it.",
    async run({ flags, io }) {
        const [policy] = flags.values.get('trust-policy') ?? [];
        const [store] = flags.values.get('trust-store') ?? [];
        if (policy === undefined || store === undefined) {
            const missing = policy === undefined ? 'trust-policy' : 'trust-store';
            throw new errors/* InputError */.dz(missing, `Missing flag '--${missing}': 'signet rules from-trust-policy' needs --trust-policy FILE and --trust-store DIR.`);
        }
        const { rulesFromTrustPolicy } = await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(645), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 98843));
        const yaml = rulesFromTrustPolicy(policy, store, policy);
        const [output] = flags.values.get('output') ?? [];
        if (output === undefined)
            io.stdout(yaml);
        else
            (0,external_node_fs_.writeFileSync)(output, yaml);
        return errors/* EXIT */.dc.OK;
    }
};

;// CONCATENATED MODULE: ./src/cli/commands.ts
/**
 * The CLI's commands, one entry each: a new command is a module exporting a `Command` (command.ts) and
 * one line in COMMANDS. main.ts finds the command, parses its arguments and flags (argv.ts), answers
 * `--help` and `--version`, fills secrets from the environment, runs it and turns errors into exit codes.
 */







const COMMANDS = [
    signCommand,
    verifyCommand,
    verifyEnvelopeCommand,
    rulesFromTrustPolicyCommand,
    reportMergeCommand,
    certGenerateTestCommand,
    containerdVerifierCommand,
    containerdVerifierInstallCommand,
    completionCommand(() => COMMANDS),
    helpCommand(() => COMMANDS)
];
/** The command `argv` starts with (the longest name that matches), and the arguments after it. */
function findCommand(argv) {
    const matches = COMMANDS.filter(command => {
        const words = command.name.split(' ');
        return words.every((word, at) => argv[at] === word);
    }).sort((a, b) => b.name.length - a.name.length);
    const command = matches[0];
    return command && { command, rest: argv.slice(command.name.split(' ').length) };
}
/** The commands of a group (`cert`, `rules`): those whose name starts with its word. */
function groupCommands(group) {
    return COMMANDS.filter(command => command.name.startsWith(`${group} `));
}
/** The commands that accept `--flag`, for an error that points the user to the right one. */
function commandsWithFlag(flag) {
    return COMMANDS.filter(command => command.flags.some(spec => spec.name === flag)).map(command => command.name);
}

// EXTERNAL MODULE: ./src/inputs/content-or-path.ts
var content_or_path = __webpack_require__(55894);
;// CONCATENATED MODULE: ./src/cli/secrets.ts
/**
 * Secrets on the command line are visible to every user of the machine (`ps`) and stay in shell
 * history. So each secret input is also read from the environment (`SIGNET_PASSWORD`,
 * `SIGNET_SIGNING_KEY`, …: `secretEnvName`), the registry password from stdin with `--password-stdin`
 * (as `docker login`), and a secret given as a flag gets a warning.
 */




/**
 * Fills the secret inputs `accepted` by the command that no flag gave, from the environment or stdin,
 * into `flags.values`. A flag wins over the environment, which is ambient; stdin must not meet a flag.
 */
async function resolveSecrets(flags, accepted, sources) {
    const passwordFlag = flags.values.has(contract/* Inputs */.G0.Password);
    for (const name of contract/* SECRET_INPUTS */.pH) {
        if (!accepted.includes(name))
            continue;
        const envName = (0,contract/* secretEnvName */.ln)(name);
        const given = flags.values.get(name);
        if (given !== undefined) {
            if (!given.every(namesSecretElsewhere)) {
                const alternatives = name === contract/* Inputs */.G0.Password ? `${envName} or --password-stdin` : envName;
                sources.warn(`--${name} on the command line is visible to other users (ps) and kept in shell history: use ${alternatives}.`);
            }
            continue;
        }
        const fromEnv = sources.env[envName];
        if (fromEnv !== undefined && fromEnv !== '')
            flags.values.set(name, [fromEnv]);
    }
    if (isOn(flags, 'password-stdin')) {
        if (passwordFlag) {
            throw new errors/* InputError */.dz('password-stdin', "Flags '--password' and '--password-stdin' exclude each other: give the password one way.");
        }
        const password = (await sources.readStdin()).replace(/\r?\n$/, '');
        if (password === '') {
            throw new errors/* InputError */.dz('password-stdin', "Flag '--password-stdin' read an empty password: pipe it in, e.g. 'echo \"$TOKEN\" | signet … --password-stdin'.");
        }
        flags.values.set(contract/* Inputs */.G0.Password, [password]);
    }
}
/**
 * A path (`--signing-key key.pem`) or a PKCS#11 URI whose PIN comes from elsewhere (`pin-source`) names
 * the secret without holding it: no warning. Key content, a password or `pin-value=` hold it.
 */
function namesSecretElsewhere(value) {
    if (/^pkcs11:/i.test(value))
        return !/[;?&]pin-value=/i.test(value);
    return (0,content_or_path/* namesExistingFile */.Sm)(value, 'pem');
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * Folder cli/: the CLI face. Owns commands, flags (= input names), help and exit codes.
 * May import: run/, report/, sign/, rules/, gate/, store/, verify/, inputs/, trust/, oci/, util/. Never action/.
 *
 * The CLI face: `signet <command> [arguments] [--<flag> value]…`. The commands are in commands.ts; every
 * flag of sign and verify is the action input of the same name, a flag given several times makes a
 * multi-line input. Logs go to stderr, results to stdout (`--json` or `-o json` for machines). Exit
 * codes: util/errors.ts EXIT.
 */









async function main(argv, terminal) {
    // No secret input's value is ever printed, whatever message quotes it (inputs/secrets.ts).
    const secrets = secretValues(argv, terminal.env);
    const io = {
        ...terminal,
        stdout: text => terminal.stdout(withoutSecrets(text, secrets)),
        stderr: text => terminal.stderr(withoutSecrets(text, secrets))
    };
    // Until the flags are parsed, a rough look: errors before then are JSON too when JSON was asked for.
    let json = asksForJson(argv);
    const found = findCommand(argv);
    try {
        if (found === undefined)
            return topLevel(argv, io);
        const { command, rest } = found;
        const flags = parseArgv(rest, command, commandsWithFlag);
        if (isOn(flags, 'version')) {
            io.stdout(`${contract/* SIGNING_AGENT */.Kp}\n`);
            return errors/* EXIT */.dc.OK;
        }
        if (isOn(flags, 'help')) {
            io.stdout(commandHelp(command));
            return errors/* EXIT */.dc.OK;
        }
        if (flags.problem)
            throw flags.problem;
        json = printsJson(flags, acceptedFlags(command).includes(OUTPUT_FORMAT));
        const log = cliLog(io, isOn(flags, 'debug') || io.env.RUNNER_DEBUG === '1');
        await resolveSecrets(flags, command.flags.map(flag => flag.name), {
            env: io.env,
            readStdin: io.readStdin ?? (async () => ''),
            warn: log.warning
        });
        return await command.run({ flags, io, json, log });
    }
    catch (error) {
        const code = error instanceof errors/* SignetError */.Tj ? error.exitCode : errors/* EXIT */.dc.FAILED;
        if (json)
            io.stdout(`${(0,sanitize/* jsonLine */.rF)({ error: (0,errors/* errorMessage */.gJ)(error), code: error instanceof errors/* SignetError */.Tj ? error.code : 'INTERNAL' })}\n`);
        io.stderr(`signet: ${(0,sanitize/* oneLine */.TN)((0,errors/* errorMessage */.gJ)(error))}\n`);
        if (found?.command.errorsToStdout && !json)
            io.stdout(`signet: ${(0,sanitize/* oneLine */.TN)((0,errors/* errorMessage */.gJ)(error))}\n`);
        return code;
    }
}
/**
 * No command matched: `--version` and `--help` anywhere still answer; a group's word alone (`signet
 * cert`) lists its commands; otherwise usage or an error naming the choices.
 */
function topLevel(argv, io) {
    if (argv.some(arg => ['--version', '-v', '--version=true'].includes(arg))) {
        io.stdout(`${contract/* SIGNING_AGENT */.Kp}\n`);
        return errors/* EXIT */.dc.OK;
    }
    const [first, second] = argv;
    const help = argv.some(arg => ['--help', '-h', '--help=true'].includes(arg));
    if (first === undefined || (help && first.startsWith('-'))) {
        io.stdout(usage(COMMANDS));
        return first === undefined ? errors/* EXIT */.dc.BAD_INPUT : errors/* EXIT */.dc.OK;
    }
    if (first.startsWith('-')) {
        const names = COMMANDS.map(command => command.name).join(', ');
        throw new errors/* InputError */.dz('command', `Expected a command before '${first}', one of: ${names} (see --help).`);
    }
    // `signet rules to-trust-policy`: a known group, an unknown command of it.
    const group = groupCommands(first);
    if (group.length === 0)
        throw unknownCommand(first, COMMANDS);
    if (help) {
        io.stdout(groupHelp(first, COMMANDS));
        return errors/* EXIT */.dc.OK;
    }
    const expected = group.map(command => `'signet ${[command.name, argumentsUsage(command.args)].join(' ').trim()}'`);
    const which = second === undefined || second.startsWith('-')
        ? `Missing ${first} command`
        : `Unknown ${first} command '${second}'`;
    throw new errors/* InputError */.dz('command', `${which}. Expected ${expected.join(' or ')} (see 'signet help ${first}').`);
}
/** `--json` or `--output json` (when the command has that flag: `rules` writes a file with --output). */
function printsJson(flags, hasFormat) {
    const json = isOn(flags, 'json');
    const output = hasFormat ? flags.values.get(OUTPUT_FORMAT.name)?.at(-1) : undefined;
    if (json && output === 'text')
        throw new errors/* InputError */.dz('output', "Flags '--json' and '--output text' disagree: give one of them.");
    return json || output === 'json';
}
function asksForJson(argv) {
    return argv.some((arg, at) => arg === '--json' ||
        arg === '--json=true' ||
        /^(--output=|-o=?)json$/.test(arg) ||
        ((arg === '--output' || arg === '-o') && argv[at + 1] === 'json'));
}
/**
 * The values of the secret inputs wherever they may come from: a flag (`--name value`, `--name=value`,
 * read before any parsing can fail) or the environment (SIGNET_<NAME>).
 */
function secretValues(argv, env) {
    const values = new Map();
    const add = (name, value) => {
        if (value !== undefined && value !== '')
            values.set(name, [...(values.get(name) ?? []), value]);
    };
    for (const name of contract/* SECRET_INPUTS */.pH)
        add(name, env[(0,contract/* secretEnvName */.ln)(name)]);
    argv.forEach((arg, index) => {
        if (!arg.startsWith('--'))
            return;
        const equals = arg.indexOf('=');
        const name = arg.slice(2, equals < 0 ? undefined : equals);
        if (contract/* SECRET_INPUTS */.pH.includes(name))
            add(name, equals < 0 ? argv[index + 1] : arg.slice(equals + 1));
    });
    return { get: name => (values.get(name) ?? []).join('\n') };
}
function cliLog(io, debug) {
    let depth = 0;
    // A status line is redrawn with a carriage return and an erase-line code: only on a terminal, and
    // not with NO_COLOR (https://no-color.org), where progress comes as plain lines like in a log.
    const redraw = io.terminal !== undefined && (io.env.NO_COLOR ?? '') === '';
    const columns = io.terminal?.columns ?? 80;
    let statusShown = false;
    const clearStatus = () => {
        if (statusShown)
            io.stderr('\r\x1b[K');
        statusShown = false;
    };
    const write = (text) => {
        clearStatus();
        io.stderr(`${'  '.repeat(depth)}${(0,sanitize/* oneLine */.TN)(text)}\n`);
    };
    return {
        info: write,
        warning: message => write(`warning: ${message}`),
        debug: message => (debug ? write(`debug: ${message}`) : undefined),
        group: async (title, body) => {
            write(`== ${title}`);
            depth++;
            try {
                return await body();
            }
            finally {
                depth--;
            }
        },
        ...(redraw && {
            status: (line) => {
                clearStatus();
                if (line === '')
                    return;
                // Kept within one row: a wrapped line cannot be erased by one carriage return.
                io.stderr(`${'  '.repeat(depth)}${line}`.slice(0, Math.max(columns - 1, 20)));
                statusShown = true;
            }
        })
    };
}


/***/ }),

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
/* unused harmony export MODES */
/**
 * Names of every input and output, in one place (actions/cache `constants.ts`). The action reads these
 * from `action.yml`; the CLI accepts each input as `--<name>`. Defaults live here so both faces agree;
 * a unit test checks they equal the defaults declared in action.yml.
 */
const MODES = (/* unused pure expression or super */ null && (['sign', 'verify']));
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
    [Inputs.MaxConcurrency]: '4',
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
/* harmony export */   E3: () => (/* binding */ verifyTable),
/* harmony export */   OB: () => (/* binding */ signOutputs),
/* harmony export */   Qh: () => (/* binding */ verifyHeadline),
/* harmony export */   Zp: () => (/* binding */ rejectionMessage),
/* harmony export */   ce: () => (/* binding */ verifyOutputs),
/* harmony export */   eU: () => (/* binding */ signTable),
/* harmony export */   p: () => (/* binding */ sweepTable)
/* harmony export */ });
/* unused harmony exports tableOf, VERIFY_COLUMNS, revocationCell, failureTable, escapeHtml */
/* harmony import */ var _inputs_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99451);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65365);
/* harmony import */ var _util_steps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94615);
/* harmony import */ var _verify_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73668);
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
    { header: 'Signer', value: ({ report }) => report.signer ?? '' },
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
                ? (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .checkedContent */ .Du)(report.blobs)
                : ''
    }
];
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
        header: 'Signer',
        cell: ({ report }) => {
            const accepted = acceptedSignature(report);
            const signedAt = wholeSeconds(accepted?.signingTime ?? '');
            const timestamp = accepted?.timestamp;
            return {
                lines: [commonName(report.signer ?? ''), signedAt.replace('T', ' ').replace(/:\d\dZ$/, 'Z')],
                title: [
                    report.signer ?? '',
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
            const checked = report.blobs.checked > 0 ? (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .checkedContent */ .Du)(report.blobs) : '';
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
        .map(image => `${(0,_util_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(image.image)}: ${image.verdict === 'error' ? 'could not be checked: ' : ''}${image.reasons.map(_util_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN).join('; ')}`);
    return [verifyHeadline(result.images), ...reasons].join(' | ');
}
/** Registry-supplied text is untrusted: escape it before it goes into the job summary's HTML. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
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
            const cert = new _x509_js__WEBPACK_IMPORTED_MODULE_2__/* .x509.X509Certificate */ .f.yI(block);
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
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.KeyUsageFlags */ .f.Ob.keyEncipherment, 'keyEncipherment'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.KeyUsageFlags */ .f.Ob.dataEncipherment, 'dataEncipherment'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.KeyUsageFlags */ .f.Ob.keyAgreement, 'keyAgreement'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.KeyUsageFlags */ .f.Ob.keyCertSign, 'keyCertSign'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.KeyUsageFlags */ .f.Ob.cRLSign, 'cRLSign'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.KeyUsageFlags */ .f.Ob.encipherOnly, 'encipherOnly'],
    [_x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.KeyUsageFlags */ .f.Ob.decipherOnly, 'decipherOnly']
];
function checkLeafCertificate(leaf) {
    const name = `leaf "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(leaf)}"`;
    const basic = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(leaf, OID.basicConstraints);
    if (basic !== undefined && new _x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.BasicConstraintsExtension */ .f.WA(basic.rawData).ca) {
        throw chainError(`${name} is a CA certificate (basicConstraints CA:TRUE); sign with an end-entity code-signing certificate`);
    }
    const keyUsage = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(leaf, OID.keyUsage);
    if (keyUsage === undefined || !keyUsage.critical) {
        throw chainError(`${name} needs a critical keyUsage extension with digitalSignature`);
    }
    const usages = new _x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.KeyUsagesExtension */ .f.hy(keyUsage.rawData).usages;
    if ((usages & _x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.KeyUsageFlags */ .f.Ob.digitalSignature) === 0) {
        throw chainError(`${name} lacks the digitalSignature key usage`);
    }
    const forbidden = FORBIDDEN_LEAF_KEY_USAGES.filter(([flag]) => (usages & flag) !== 0).map(([, label]) => label);
    if (forbidden.length > 0) {
        throw chainError(`${name} has key usage ${forbidden.join(', ')}; a code-signing leaf may only have digitalSignature`);
    }
    const eku = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(leaf, OID.extKeyUsage);
    if (eku !== undefined) {
        const usagesOids = new _x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.ExtendedKeyUsageExtension */ .f.j6(eku.rawData).usages.map(String);
        const bad = usagesOids.filter(oid => oid in FORBIDDEN_LEAF_EKUS).map(oid => FORBIDDEN_LEAF_EKUS[oid]);
        if (bad.length > 0) {
            throw chainError(`${name} has the extended key usage ${bad.join(', ')}, which code signing forbids (use codeSigning)`);
        }
    }
    const key = (0,_key_description_js__WEBPACK_IMPORTED_MODULE_2__/* .describeKey */ .R)((0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyOf */ .kc)(leaf));
    if (key.algorithm === undefined) {
        throw chainError(`${name} has an unsupported ${key.description} key; supported: ${_key_description_js__WEBPACK_IMPORTED_MODULE_2__/* .SUPPORTED_KEYS */ .I}`);
    }
}
/** `caBelow` = how many CA certificates sit between this one and the leaf (its path length must allow them). */
function checkCaCertificate(cert, caBelow) {
    const name = `CA "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(cert)}"`;
    const basic = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .extension */ .ck)(cert, OID.basicConstraints);
    const constraints = basic === undefined ? undefined : new _x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.BasicConstraintsExtension */ .f.WA(basic.rawData);
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
    if ((new _x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.KeyUsagesExtension */ .f.hy(keyUsage.rawData).usages & _x509_js__WEBPACK_IMPORTED_MODULE_3__/* .x509.KeyUsageFlags */ .f.Ob.keyCertSign) === 0) {
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

/***/ 3210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $3: () => (/* reexport */ COSE_MEDIA_TYPE),
  E$: () => (/* binding */ ENVELOPE_MEDIA_TYPES),
  f9: () => (/* reexport */ JWS_MEDIA_TYPE),
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

// UNUSED EXPORTS: createEnvelope, notaryProtectedHeader

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

;// CONCATENATED MODULE: ./src/trust/strict-json.ts
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

// EXTERNAL MODULE: ./src/trust/x509.ts
var x509 = __webpack_require__(28336);
;// CONCATENATED MODULE: ./src/trust/notary-envelope.ts




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
    return new errors/* VerificationError */.mk(`malformed envelope: ${reason}`);
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
        parsed = parseStrictJson(text, maps);
    }
    catch (error) {
        if (error instanceof StrictJsonError && error.collision) {
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
/** One certificate of an envelope's chain, from its DER; `name` says where it sat (e.g. 'x5c[1]'). */
function chainCertificate(der, name) {
    let cert;
    try {
        cert = new x509/* x509.X509Certificate */.f.yI(der);
        (0,certificates/* publicKeyOf */.kc)(cert);
    }
    catch {
        throw malformed(`${name} is not a DER X.509 certificate`);
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
            throw malformed(`header ${String(label)} is both protected and unprotected`);
    }
    return {
        protectedHeader: namedHeader(header),
        decodeTime: epochTime,
        payload: sign1.payload,
        signingInput: sigStructure(sign1.protected, sign1.payload),
        signature: sign1.signature,
        certificateChain: () => parseChain(sign1.unprotected.get(X5CHAIN)).map((der, index) => chainCertificate(der, `x5chain[${index}]`)),
        timestamped: sign1.unprotected.has(NotaryHeader.timestampSignature),
        timestampToken: () => timestampToken(sign1.unprotected),
        withTimestampToken: token => {
            const unprotected = new Map(sign1.unprotected);
            unprotected.set(NotaryHeader.timestampSignature, new Uint8Array(token));
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
        throw malformed(`the COSE envelope is ${envelope.length} bytes, more than ${MAX_COSE_ENVELOPE_BYTES}`);
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
        throw malformed('not a tagged COSE_Sign1 (CBOR tag 18)');
    }
    const members = message.value;
    if (!Array.isArray(members) || members.length !== 4) {
        throw malformed('COSE_Sign1 is not an array of four members');
    }
    const [protectedBytes, unprotected, payload, signature] = members;
    if (!(protectedBytes instanceof Uint8Array))
        throw malformed('the protected header is not a byte string');
    if (!isHeaderMap(unprotected))
        throw malformed('the unprotected header is not a map');
    if (payload === null)
        throw malformed('the payload is detached; a Notary envelope carries it');
    if (!(payload instanceof Uint8Array))
        throw malformed('the payload is not a byte string');
    if (!(signature instanceof Uint8Array) || signature.length === 0) {
        throw malformed('the signature is not a non-empty byte string');
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
        throw malformed('the protected header is empty');
    let header;
    try {
        // Any tag may appear in a protected header (tag 1 does); only the Notary times are read as tags.
        header = decodeStrict(bytes, { tags: () => true, maxDepth: MAX_DEPTH });
    }
    catch (error) {
        throw cborError(error, 'the protected header');
    }
    if (!isHeaderMap(header))
        throw malformed('the protected header is not a map');
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
                throw malformed(`the protected header has a text label "${label}"`);
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
        throw malformed(`${name} is not a CBOR tag 1 epoch time`);
    }
    const seconds = value.value;
    const time = typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined;
    if (time === undefined || Number.isNaN(time.getTime()))
        throw malformed(`${name} is not an epoch time`);
    return time;
}
/** x5chain as notation writes and reads it: an array of DER certificates, even for one. */
function parseChain(value) {
    if (!Array.isArray(value) || value.length === 0) {
        throw malformed('x5chain (label 33) is not a non-empty array of certificates');
    }
    return value.map((entry, index) => {
        if (!(entry instanceof Uint8Array))
            throw malformed(`x5chain[${index}] is not a byte string`);
        return Buffer.from(entry);
    });
}
function timestampToken(unprotected) {
    const value = unprotected.get(NotaryHeader.timestampSignature);
    if (value === undefined)
        return undefined;
    if (!(value instanceof Uint8Array))
        throw malformed(`${NotaryHeader.timestampSignature} is not a byte string`);
    return value.length === 0 ? undefined : Buffer.from(value);
}
function isHeaderMap(value) {
    return value instanceof Map && [...value.keys()].every(isLabel);
}
function isLabel(value) {
    return (typeof value === 'number' && Number.isSafeInteger(value)) || typeof value === 'string';
}
function cborError(error, what) {
    return error instanceof CborError ? malformed(`${what} is not strict CBOR: ${error.message}`) : error;
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
    const parsed = parseJsonObject(Buffer.from(envelope).toString('utf8'), 'the envelope');
    const members = Object.keys(parsed).sort();
    if (members.join() !== JWS_MEMBERS.join()) {
        throw malformed(`expected exactly the members payload, protected, header, signature (got ${members.join(', ')})`);
    }
    for (const member of ['payload', 'protected', 'signature']) {
        const value = parsed[member];
        if (typeof value !== 'string' || !BASE64URL.test(value) || value.length % 4 === 1 || value === '') {
            throw malformed(`${member} is not unpadded base64url`);
        }
    }
    if (!isObject(parsed.header))
        throw malformed('header is not a JSON object');
    return parsed;
}
/** A JWS envelope as the Notary rules read it (its protected header parsed as strict JSON). */
function decodeJws(envelope) {
    const jws = parseJws(envelope);
    const protectedHeader = parseJsonObject(Buffer.from(jws.protected, 'base64url').toString('utf8'), 'the protected header');
    return {
        protectedHeader,
        decodeTime: parseTime,
        payload: Buffer.from(jws.payload, 'base64url'),
        signingInput: Buffer.from(`${jws.protected}.${jws.payload}`),
        signature: Buffer.from(jws.signature, 'base64url'),
        certificateChain: () => parseCertificateChain(jws.header),
        timestamped: NotaryHeader.timestampSignature in jws.header,
        timestampToken: () => jws_timestampToken(jws.header),
        withTimestampToken: token => Buffer.from(JSON.stringify({
            ...jws,
            header: { ...jws.header, [NotaryHeader.timestampSignature]: token.toString('base64') }
        }))
    };
}
function parseTime(value, name) {
    const time = typeof value === 'string' && RFC3339.test(value) ? new Date(value) : undefined;
    if (time === undefined || Number.isNaN(time.getTime()))
        throw malformed(`${name} is not an RFC 3339 time`);
    return time;
}
function parseCertificateChain(header) {
    const x5c = header.x5c;
    if (!Array.isArray(x5c) || x5c.length === 0)
        throw malformed('x5c holds no certificate');
    return x5c.map((entry, index) => {
        if (typeof entry !== 'string' || !BASE64.test(entry) || entry.length % 4 !== 0) {
            throw malformed(`x5c[${index}] is not standard base64`);
        }
        return chainCertificate(Buffer.from(entry, 'base64'), `x5c[${index}]`);
    });
}
function jws_timestampToken(header) {
    const encoded = header[NotaryHeader.timestampSignature];
    if (encoded === undefined || encoded === '')
        return undefined;
    if (typeof encoded !== 'string' || !BASE64.test(encoded) || encoded.length % 4 !== 0) {
        throw malformed(`${NotaryHeader.timestampSignature} is not standard base64`);
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
        const token = jws.header[NotaryHeader.timestampSignature];
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
        value instanceof Date ? rfc3339Seconds(value) : value
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
const UNDERSTOOD_CRITICAL = [NotaryHeader.signingScheme, NotaryHeader.expiry];
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
    const unprotected = { [NotaryHeader.signingAgent]: options.signingAgent };
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
        [NotaryHeader.signingScheme]: SIGNING_SCHEME_X509,
        [NotaryHeader.signingTime]: options.signingTime ?? new Date(),
        crit: [NotaryHeader.signingScheme]
    };
    if (options.expiry !== undefined) {
        header[NotaryHeader.expiry] = options.expiry;
        header.crit = [NotaryHeader.signingScheme, NotaryHeader.expiry];
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
            throw new errors/* VerificationError */.mk(`signature expired on ${rfc3339Seconds(header.expiry)}`);
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
    const timestamp = (0,trust_timestamp/* verifyTimestampToken */.fT)(token, decoded.signature, tsa.roots);
    for (const cert of chain) {
        if (timestamp.lower < cert.notBefore) {
            throw new errors/* VerificationError */.mk(`timestamp: ${rfc3339Seconds(timestamp.time)} may be before "${(0,certificates/* subjectOf */.et)(cert)}" became valid (${rfc3339Seconds(cert.notBefore)})`);
        }
        if (timestamp.upper > cert.notAfter) {
            throw new errors/* VerificationError */.mk(`timestamp: ${rfc3339Seconds(timestamp.time)} may be after "${(0,certificates/* subjectOf */.et)(cert)}" expired (${rfc3339Seconds(cert.notAfter)})`);
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
    const scheme = header[NotaryHeader.signingScheme];
    if (scheme === undefined)
        throw malformed(`the protected header lacks ${NotaryHeader.signingScheme}`);
    if (scheme !== SIGNING_SCHEME_X509)
        throw new errors/* VerificationError */.mk(`unsupported signing scheme ${String(scheme)}`);
    const crit = header.crit;
    if (!Array.isArray(crit) || crit.length === 0 || !crit.every(entry => typeof entry === 'string')) {
        throw malformed('the protected header "crit" must be a non-empty array of strings');
    }
    for (const name of crit) {
        if (!UNDERSTOOD_CRITICAL.includes(name))
            throw new errors/* VerificationError */.mk(`unknown critical header ${name}`);
        if (!(name in header))
            throw malformed(`critical header ${name} is not present`);
    }
    for (const name of UNDERSTOOD_CRITICAL) {
        if (name in header && !crit.includes(name))
            throw malformed(`${name} must be listed in "crit"`);
    }
    if (NotaryHeader.verificationPlugin in header) {
        throw new errors/* VerificationError */.mk(`the signature requires verification plugin ${String(header[NotaryHeader.verificationPlugin])}`);
    }
    if (NotaryHeader.authenticSigningTime in header) {
        throw malformed(`${NotaryHeader.authenticSigningTime} must not be present with signing scheme ${SIGNING_SCHEME_X509}`);
    }
    const alg = header.alg;
    if (!isSigningAlgorithm(alg))
        throw new errors/* VerificationError */.mk(`unsupported signature algorithm ${String(alg)}`);
    if (header.cty !== PAYLOAD_CONTENT_TYPE)
        throw malformed(`content type (cty) is ${String(header.cty)}, not ${PAYLOAD_CONTENT_TYPE}`);
    const time = (name) => header[name] === undefined ? undefined : decoded.decodeTime(header[name], name);
    const signingTime = time(NotaryHeader.signingTime);
    if (signingTime === undefined)
        throw malformed(`the protected header lacks ${NotaryHeader.signingTime}`);
    return { alg, signingTime, expiry: time(NotaryHeader.expiry) };
}
function parsePayload(payload) {
    const parsed = parseJsonObject(payload.toString('utf8'), 'the payload', ['targetArtifact.annotations']);
    const target = parsed.targetArtifact;
    if (!isObject(target))
        throw malformed('the payload has no targetArtifact object');
    const { mediaType, digest, size, annotations } = target;
    if (typeof mediaType !== 'string' || mediaType === '')
        throw malformed('targetArtifact.mediaType is missing');
    if (typeof digest !== 'string' || !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest)) {
        throw malformed('targetArtifact.digest is not a digest');
    }
    // Go decodes size into an int64: '1e1' or '10.0' fail there, so they fail here too.
    const sizeText = parsed[NUMBERS]?.get('targetArtifact.size') ?? '';
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0 || !/^(0|[1-9]\d*)$/.test(sizeText))
        throw malformed('targetArtifact.size is not a size');
    const descriptor = { mediaType, digest, size };
    if (annotations !== undefined) {
        if (!isObject(annotations) || !Object.values(annotations).every(value => typeof value === 'string')) {
            throw malformed('targetArtifact.annotations is not a map of strings');
        }
        descriptor.annotations = annotations;
    }
    return descriptor;
}
function checkSignature(decoded, alg, leaf) {
    const key = (0,certificates/* publicKeyOf */.kc)(leaf);
    const { description, algorithm } = (0,key_description/* describeKey */.R)(key);
    if (algorithm === undefined)
        throw new errors/* VerificationError */.mk(`the leaf certificate has an unsupported ${description} key`);
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
/* harmony export */   I: () => (/* binding */ SUPPORTED_KEYS),
/* harmony export */   R: () => (/* binding */ describeKey)
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
/* harmony export */   Rx: () => (/* reexport safe */ _key_description_js__WEBPACK_IMPORTED_MODULE_2__.R),
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

/***/ 26964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ NOTARY_SIGNATURE_ARTIFACT_TYPE),
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
    const { description, algorithm } = (0,_key_description_js__WEBPACK_IMPORTED_MODULE_5__/* .describeKey */ .R)(key);
    if (algorithm === undefined) {
        throw new SigningIdentityError('key', names => `${names.key} is an ${description} key; supported: ${_key_description_js__WEBPACK_IMPORTED_MODULE_5__/* .SUPPORTED_KEYS */ .I}`);
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

/***/ 5026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ isTsaRootCandidate),
/* harmony export */   fT: () => (/* binding */ verifyTimestampToken),
/* harmony export */   uN: () => (/* binding */ requestTimestamp)
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
    const nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8);
    nonce[0] &= 0x7f; // a positive INTEGER
    const request = new _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.TimeStampReq({
        messageImprint: new _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.MessageImprint({
            hashAlgorithm: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__.AlgorithmIdentifier({ algorithm: OID_OF_HASH[options.hash] }),
            hashedMessage: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(options.hash).update(options.signature).digest())
        }),
        nonce: (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .toArrayBuffer */ .XA)(nonce),
        certReq: true
    });
    let body;
    try {
        body = await options.fetcher.fetch(options.url, {
            what: 'timestamp',
            accept: ['application/timestamp-reply'],
            body: Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(request)),
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
            const cert = new _x509_js__WEBPACK_IMPORTED_MODULE_10__/* .x509.X509Certificate */ .f.yI(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(choice.certificate));
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
            Buffer.from(new _x509_js__WEBPACK_IMPORTED_MODULE_10__/* .x509.SubjectKeyIdentifierExtension */ .f.QE(ski.rawData).keyId, 'hex').equals(Buffer.from(subjectKeyIdentifier.buffer)));
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
    const usages = eku === undefined ? [] : new _x509_js__WEBPACK_IMPORTED_MODULE_10__/* .x509.ExtendedKeyUsageExtension */ .f.j6(eku.rawData).usages.map(String);
    if (eku === undefined || !eku.critical || usages.length !== 1 || usages[0] !== OID.timeStamping) {
        throw timestampError(`TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(cert)}" must have a critical extended key usage of timeStamping only`);
    }
    const basic = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .extension */ .ck)(cert, OID.basicConstraints);
    if (basic !== undefined && new _x509_js__WEBPACK_IMPORTED_MODULE_10__/* .x509.BasicConstraintsExtension */ .f.WA(basic.rawData).ca) {
        throw timestampError(`TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(cert)}" is a CA certificate`);
    }
}
/** A TSA root named by `timestamp-roots` or a `tsa` store must be a CA (or a self-signed TSA certificate). */
function isTsaRootCandidate(cert) {
    const basic = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .extension */ .ck)(cert, OID.basicConstraints);
    if (basic !== undefined && new _x509_js__WEBPACK_IMPORTED_MODULE_10__/* .x509.BasicConstraintsExtension */ .f.WA(basic.rawData).ca)
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
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* reexport fake namespace object from non-harmony */ _peculiar_x509__WEBPACK_IMPORTED_MODULE_1___namespace_cache || (_peculiar_x509__WEBPACK_IMPORTED_MODULE_1___namespace_cache = __webpack_require__.t(_peculiar_x509__WEBPACK_IMPORTED_MODULE_1__, 2)))
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
_peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .cryptoProvider */ .Ve.set(globalThis.crypto);



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
 * Multi-line secrets (PEM keys) are also matched a line at a time, as the Actions runner masks them.
 * Callers redact before they cut a text, so a cut never leaves part of a secret behind.
 */
/** The shortest line of a multi-line secret matched on its own: shorter lines are PEM framing or blank. */
const MIN_LINE = 8;
/** Every spelling of `secret` that redaction looks for, longest first. */
function secretForms(secret) {
    if (secret === '')
        return [];
    const parts = [secret];
    if (/\r?\n/.test(secret)) {
        for (const line of secret.split(/\r?\n/)) {
            if (line.trim().length >= MIN_LINE && !line.startsWith('-----'))
                parts.push(line.trim());
        }
    }
    const forms = new Set();
    for (const part of parts) {
        forms.add(part);
        forms.add(encodeURIComponent(part));
        forms.add(JSON.stringify(part).slice(1, -1));
        const base64 = Buffer.from(part, 'utf8').toString('base64');
        forms.add(base64);
        forms.add(base64.replace(/=+$/, ''));
        forms.add(Buffer.from(part, 'utf8').toString('base64url'));
    }
    return [...forms].filter(form => form !== '').sort((a, b) => b.length - a.length);
}
/** `text` with every form of every secret replaced by '***'. */
function redactSecrets(text, secrets) {
    const forms = [...new Set([...secrets].flatMap(secretForms))].sort((a, b) => b.length - a.length);
    let redacted = text;
    for (const form of forms)
        redacted = redacted.split(form).join('***');
    return redacted;
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

/***/ 73668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Du: () => (/* binding */ checkedContent),
  Bg: () => (/* binding */ resultOf),
  MX: () => (/* binding */ verify)
});

// UNUSED EXPORTS: DEFAULT_IMAGE_CONCURRENCY, registryAllowed

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
var platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/canonical.ts
var canonical = __webpack_require__(33899);
// EXTERNAL MODULE: ./src/oci/content.ts
var content = __webpack_require__(36956);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
// EXTERNAL MODULE: ./src/trust/envelope.ts + 6 modules
var trust_envelope = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/trust/pki.ts
var pki = __webpack_require__(6062);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(47261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-ocsp/build/cjs/index.js
var build_cjs = __webpack_require__(19911);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var asn1_x509_build_cjs = __webpack_require__(33594);
// EXTERNAL MODULE: ./src/trust/asn1-signature.ts
var asn1_signature = __webpack_require__(38450);
// EXTERNAL MODULE: ./src/trust/der.ts
var der = __webpack_require__(3257);
// EXTERNAL MODULE: ./src/trust/certificates.ts
var certificates = __webpack_require__(75624);
// EXTERNAL MODULE: ./src/trust/x509.ts
var x509 = __webpack_require__(28336);
;// CONCATENATED MODULE: ./src/trust/revocation.ts
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
    const subject = (0,certificates/* subjectOf */.et)(cert);
    const ocspUrls = accessUrls(cert);
    const crlUrls = distributionPointUrls(cert);
    if (ocspUrls.length === 0 && crlUrls.length === 0)
        return { subject, status: 'not revocable' };
    if ((0,certificates/* isSelfSigned */.Nl)(cert) && cert !== issuer)
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
    const found = (0,certificates/* extension */.ck)(cert, oid);
    if (found === undefined)
        return undefined;
    return cjs.AsnConvert.parse(found.value, type);
}
/** http URLs of the AIA OCSP responders (notation uses http only: responses are signed). */
function accessUrls(cert) {
    const aia = parsedExtension(cert, OID.aia, asn1_x509_build_cjs.AuthorityInfoAccessSyntax) ?? [];
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
    return parsedExtension(cert, OID.crlDistributionPoints, asn1_x509_build_cjs.CRLDistributionPoints) ?? [];
}
/** An entry's revocation, unless its invalidity date falls after a trusted timestamp (the spec's rule). */
function revoked(revokedAt, reasonCode, invalidity, timestamp) {
    const reason = reasonCode === undefined ? undefined : (asn1_x509_build_cjs.CRLReasons[reasonCode] ?? `reason ${reasonCode}`);
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
    return found === undefined ? undefined : cjs.AsnConvert.parse(found.extnValue.buffer, type);
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
    const request = new build_cjs.OCSPRequest({
        tbsRequest: new build_cjs.TBSRequest({ requestList: [new build_cjs.Request({ reqCert: certId })] })
    });
    const body = await options.fetcher.fetch(url, {
        what: 'OCSP',
        accept: ['application/ocsp-response'],
        body: Buffer.from(cjs.AsnConvert.serialize(request)),
        contentType: 'application/ocsp-request',
        // No nonce: the same certificate gets the same request, and one answer serves every signature.
        cache: true,
        timeoutMs: OCSP_TIMEOUT_MS,
        maxBytes: OCSP_MAX_BYTES
    });
    let response;
    try {
        response = cjs.AsnConvert.parse(body, build_cjs.OCSPResponse);
    }
    catch {
        throw new Error('the answer is not an OCSP response');
    }
    if (response.responseStatus !== build_cjs.OCSPResponseStatus.successful) {
        throw new Error(`the responder answered ${build_cjs.OCSPResponseStatus[response.responseStatus] ?? response.responseStatus}`);
    }
    if (response.responseBytes?.responseType !== build_cjs.id_pkix_ocsp_basic)
        throw new Error('not a basic OCSP response');
    const basicBytes = Buffer.from(response.responseBytes.response.buffer);
    const basic = cjs.AsnConvert.parse(basicBytes, build_cjs.BasicOCSPResponse);
    checkOcspSignature(basic, (0,der/* derChildren */.v0)(basicBytes)[0], issuer, options.now);
    const single = basic.tbsResponseData.responses.find(candidate => sameCertId(candidate.certID, certId));
    if (single === undefined)
        throw new Error('the response does not cover this certificate');
    checkFreshness(single.thisUpdate, single.nextUpdate, options.now, 'OCSP response');
    const status = single.certStatus;
    if (status.good !== undefined)
        return { status: 'good' };
    if (status.revoked !== undefined) {
        const invalidity = extensionsValue(single.singleExtensions, OID.invalidityDate, asn1_x509_build_cjs.InvalidityDate);
        return revoked(status.revoked.revocationTime, status.revoked.revocationReason?.reason, invalidity?.value, options.timestamp);
    }
    return { status: 'unknown', detail: 'the responder does not know this certificate' };
}
function certIdOf(cert, issuer) {
    const issuerTbs = cjs.AsnConvert.parse(issuer.rawData, asn1_x509_build_cjs.Certificate).tbsCertificate;
    const sha1 = (data) => new cjs.OctetString((0,external_node_crypto_.createHash)('sha1').update(Buffer.from(data)).digest());
    return new build_cjs.CertID({
        hashAlgorithm: new asn1_x509_build_cjs.AlgorithmIdentifier({ algorithm: OID.sha1, parameters: null }),
        issuerNameHash: sha1(cjs.AsnConvert.serialize(issuerTbs.subject)),
        issuerKeyHash: sha1(issuerTbs.subjectPublicKeyInfo.subjectPublicKey),
        serialNumber: cjs.AsnConvert.parse(cert.rawData, asn1_x509_build_cjs.Certificate).tbsCertificate.serialNumber
    });
}
function sameCertId(a, b) {
    const bytes = (value) => Buffer.from(value instanceof cjs.OctetString ? value.buffer : value);
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
            return (0,asn1_signature/* verifyAsn1Signature */.H)(tbs, basic.signatureAlgorithm, signature, (0,certificates/* publicKeyOf */.kc)(signer));
        }
        catch {
            return false;
        }
    };
    if (verifies(issuer))
        return;
    for (const certificate of basic.certs ?? []) {
        const delegate = new x509/* x509.X509Certificate */.f.yI(cjs.AsnConvert.serialize(certificate));
        if (!verifies(delegate))
            continue;
        if (!(0,certificates/* isIssuedBy */.rh)(delegate, issuer))
            throw new Error(`responder "${(0,certificates/* subjectOf */.et)(delegate)}" is not certified by the issuer`);
        const eku = (0,certificates/* extension */.ck)(delegate, OID.extKeyUsage);
        const usages = eku === undefined ? [] : new x509/* x509.ExtendedKeyUsageExtension */.f.j6(eku.rawData).usages.map(String);
        if (!usages.includes(OID.ocspSigning)) {
            throw new Error(`responder "${(0,certificates/* subjectOf */.et)(delegate)}" lacks the OCSPSigning extended key usage`);
        }
        if (now < delegate.notBefore || now > delegate.notAfter) {
            throw new Error(`responder certificate "${(0,certificates/* subjectOf */.et)(delegate)}" is not valid now`);
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
        crl = cjs.AsnConvert.parse(body, asn1_x509_build_cjs.CertificateList);
        tbs = (0,der/* derChildren */.v0)(body)[0];
    }
    catch {
        throw new Error('the answer is not a DER CRL');
    }
    const issuerTbs = cjs.AsnConvert.parse(issuer.rawData, asn1_x509_build_cjs.Certificate).tbsCertificate;
    if (!Buffer.from(cjs.AsnConvert.serialize(crl.tbsCertList.issuer)).equals(Buffer.from(cjs.AsnConvert.serialize(issuerTbs.subject)))) {
        throw new Error(`the CRL is issued by someone else than "${(0,certificates/* subjectOf */.et)(issuer)}"`);
    }
    let valid;
    try {
        valid = (0,asn1_signature/* verifyAsn1Signature */.H)(tbs, crl.signatureAlgorithm, Buffer.from(crl.signature), (0,certificates/* publicKeyOf */.kc)(issuer));
    }
    catch (error) {
        throw new Error(`the CRL uses an ${error.message}`);
    }
    if (!valid)
        throw new Error(`the CRL signature does not verify with "${(0,certificates/* subjectOf */.et)(issuer)}"'s key`);
    const extensions = crl.tbsCertList.crlExtensions ?? [];
    if (extensions.some(ext => ext.extnID === OID.deltaCrlIndicator)) {
        throw new Error('a delta CRL, not a base CRL (delta CRLs are not supported)');
    }
    if (extensions.some(ext => ext.extnID === OID.freshestCrl)) {
        throw new Error('the CRL points to a delta CRL (Freshest CRL), which is not supported');
    }
    checkCrlUsable(crl, cert);
    checkFreshness(crl.tbsCertList.thisUpdate.getTime(), crl.tbsCertList.nextUpdate?.getTime(), options.now, 'CRL');
    const serial = Buffer.from(cjs.AsnConvert.parse(cert.rawData, asn1_x509_build_cjs.Certificate).tbsCertificate.serialNumber);
    const entry = (crl.tbsCertList.revokedCertificates ?? []).find(candidate => Buffer.from(candidate.userCertificate).equals(serial));
    if (entry === undefined)
        return { status: 'good' };
    const reason = extensionsValue(entry.crlEntryExtensions, OID.crlReason, asn1_x509_build_cjs.CRLReason)?.reason;
    if (reason === asn1_x509_build_cjs.CRLReasons.removeFromCRL)
        return { status: 'good' };
    const invalidity = extensionsValue(entry.crlEntryExtensions, OID.invalidityDate, asn1_x509_build_cjs.InvalidityDate);
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
    const scope = extensionsValue(extensions, OID.issuingDistributionPoint, asn1_x509_build_cjs.IssuingDistributionPoint);
    if (scope !== undefined)
        checkScope(scope, cert);
}
/** The issuing distribution point's scope includes `cert` (§6.3.3 b), or throws saying why not. */
function checkScope(scope, cert) {
    const basic = (0,certificates/* extension */.ck)(cert, OID.basicConstraints);
    const isCa = basic !== undefined && new x509/* x509.BasicConstraintsExtension */.f.WA(basic.rawData).ca;
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
    const der = (name) => Buffer.from(cjs.AsnConvert.serialize(name)).toString('hex');
    const covered = new Set(point.fullName.map(der));
    const named = distributionPoints(cert).flatMap(candidate => candidate.distributionPoint?.fullName ?? []);
    if (!named.some(name => covered.has(der(name))))
        throw new Error("the CRL's distribution point is none of this certificate's");
}

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
        const problem = revocationProblem(statuses);
        if (problem === undefined)
            return;
        const message = describeRevocation(problem, `${chain} certificate`);
        if (enforced)
            throw new errors/* VerificationError */.mk(message);
        warnings.push(message);
    };
    if (decision.revocation !== 'skip') {
        await judge('signing', checkChainRevocation(verified.chain, { ...options, timestamp: verified.timestamp }), decision.revocation === 'enforce');
    }
    if (verified.timestamp !== undefined) {
        await judge('timestamping', checkChainRevocation(verified.timestamp.chain, options), decision.level === 'strict');
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

// EXTERNAL MODULE: ./src/trust/signature-manifest.ts
var signature_manifest = __webpack_require__(26964);
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


















/** Envelopes larger than this are refused (the Notary Project's own limit). */
const MAX_ENVELOPE_BYTES = 32 * 1024 * 1024;
const BLOB_CONCURRENCY = 4;
/**
 * Signatures whose manifest and envelope are in flight at once: the next one is fetched while one is
 * checked, which costs at most two requests more when the first signature passes.
 */
const SIGNATURE_LOOKAHEAD = 2;
/** Images of one run verified at once when the caller does not say (the `max-concurrency` default). */
const DEFAULT_IMAGE_CONCURRENCY = 4;
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
    let warming;
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
        let root;
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
        // The manifests to re-hash are fetched while the signature is checked; nothing is judged on them
        // until it has passed.
        if (plan.verifyLayers && decision.level !== 'skip') {
            warming = warmManifests(root, subject, selection, plan, repository);
        }
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
            const accepted = await check('signature', () => findValidSignature(subject, decision, repository, plan.maxSignatures, report, context));
            // Only a signer whose chain and identity were checked is named as the image's signer; an audit
            // level that let an untrusted one pass leaves it in the signature's own report only.
            if (accepted.authentic)
                report.signer = accepted.signer;
            log.info(`Signature ${accepted.digest} by ${accepted.signer}${accepted.authentic ? '' : ' (not trusted: audit)'}`);
        }
        // 3 + 4. Select from the signed manifest and re-hash everything reached.
        const pinned = await check('selection and content', async () => {
            const signed = root ?? (await repository.fetchManifest(subject.digest));
            checkDescriptor(signed.descriptor, subject, 'signed manifest');
            return checkContentTree(signed, selection, plan, repository, report, log);
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
        // No request of this image is left running behind the caller's back.
        await warming;
    }
    return report;
}
/**
 * Starts fetching the manifests the content check will read (the signed one, the selected entries of an
 * index), so their round trips overlap the signature's. The client remembers them by digest; a failure
 * here is only a miss: the content check asks again and reports it.
 */
async function warmManifests(root, subject, selection, plan, repository) {
    try {
        const signed = root ?? (await repository.fetchManifest(subject.digest));
        if (!(0,types/* isIndexMediaType */.$$)(signed.descriptor.mediaType))
            return;
        const entries = (0,image_index/* selectEntries */.XO)(signed.manifest, selection, plan.scenarioAnnotation);
        await (0,concurrency/* mapWithLimit */.c)(entries, BLOB_CONCURRENCY, entry => repository.fetchManifest(entry.digest));
    }
    catch {
        // Reported by the content check, which fetches again.
    }
}
async function findValidSignature(subject, decision, repository, maxSignatures, report, context) {
    // A listing may repeat an entry (Link pages that loop or overlap): each signature is examined once.
    const referrers = uniqueByDigest(await repository.referrers(subject.digest, signature_manifest/* NOTARY_SIGNATURE_ARTIFACT_TYPE */.$1));
    if (referrers.length === 0)
        throw new errors/* VerificationError */.mk(`no signature found for ${subject.digest}`);
    if (referrers.length > maxSignatures) {
        context.log.warning(`${referrers.length} signatures found; examining the first ${maxSignatures} (max-signatures)`);
    }
    // Each signature's manifest and envelope are fetched ahead (a few at a time), and checked in the
    // order listed: the first that passes is the verdict, as when they were fetched one by one.
    const candidates = referrers.slice(0, maxSignatures);
    const fetches = [];
    const fetchAhead = (upTo) => {
        for (let next = fetches.length; next < Math.min(upTo, candidates.length); next++)
            fetches.push((0,settled/* settled */.g)(fetchSignature(candidates[next], subject, repository)));
    };
    try {
        return await checkSignatures(candidates, fetchAhead, fetches, subject, decision, report, context);
    }
    finally {
        await Promise.all(fetches);
    }
}
/**
 * Fetches a signature manifest and, when it is a signature of `subject`, its envelope. What it finds
 * wrong is thrown, as the check of this signature would throw it.
 */
async function fetchSignature(referrer, subject, repository) {
    const manifest = await repository.fetchManifest(referrer.digest);
    const parsed = (0,signature_manifest/* parseSignatureManifest */.XY)(manifest.bytes);
    if (parsed === undefined)
        return {};
    if (parsed.subject !== undefined && parsed.subject.digest !== subject.digest) {
        throw new errors/* VerificationError */.mk(`signature manifest's subject is ${parsed.subject.digest}, not ${subject.digest}`);
    }
    return { parsed, envelope: await repository.fetchBlobBytes(parsed.envelope, MAX_ENVELOPE_BYTES) };
}
async function checkSignatures(candidates, fetchAhead, fetches, subject, decision, report, context) {
    let unfetched = false;
    for (const [index, referrer] of candidates.entries()) {
        fetchAhead(index + SIGNATURE_LOOKAHEAD);
        const signature = { digest: referrer.digest, verified: false };
        report.signatures.push(signature);
        try {
            const { parsed, envelope } = (0,settled/* unwrap */.o)(await fetches[index]);
            if (parsed === undefined && referrer.artifactType === undefined) {
                // An untyped entry (a referrers index rewritten by skopeo sync) that is some other artifact:
                // not a signature, so neither a rejected one.
                report.signatures.splice(report.signatures.indexOf(signature), 1);
                context.log.debug(`Referrer ${referrer.digest} names no artifactType and is not a signature`);
                continue;
            }
            if (parsed === undefined || envelope === undefined)
                throw new errors/* VerificationError */.mk('not a Notary Project signature manifest');
            const verified = (0,trust_envelope/* verifyEnvelope */.Yj)(envelope, parsed.envelope.mediaType, {
                trustRoots: decision.trustRoots,
                trustedIdentities: decision.trustedIdentities,
                level: decision.level,
                now: context.now,
                timestamp: decision.tsaRoots.length > 0
                    ? { roots: decision.tsaRoots, verify: decision.verifyTimestamp }
                    : undefined
            });
            // The payload names what was signed: a signature of another image listed here (replay) fails.
            const mismatch = (0,trust_envelope/* targetMatches */.DB)(verified.target, subject);
            if (mismatch !== undefined)
                throw new errors/* VerificationError */.mk(`signed target differs from ${subject.digest}: ${mismatch}`);
            signature.signingTime = verified.signingTime.toISOString();
            signature.timestamped = verified.timestamped;
            if (verified.timestamp !== undefined) {
                signature.timestamp = { time: verified.timestamp.time.toISOString(), tsa: verified.timestamp.tsa };
            }
            const revocation = await checkRevocation(verified, decision, {
                fetcher: context.fetcher,
                now: context.now
            });
            signature.revocation = revocation.reports.length > 0 ? revocation.reports : undefined;
            const warnings = [...verified.warnings, ...revocation.warnings];
            for (const warning of warnings)
                context.log.warning(`signature ${referrer.digest}: ${warning}`);
            Object.assign(signature, {
                verified: true,
                signer: verified.signer,
                chain: verified.chain.map(pki/* subjectOf */.et),
                warnings: warnings.length > 0 ? warnings : undefined
            });
            return { ...signature, signer: verified.signer, authentic: verified.authentic };
        }
        catch (error) {
            if (error instanceof errors/* InputError */.dz)
                throw error;
            unfetched ||= (0,errors/* couldNotComplete */.aC)(error);
            signature.reason = (0,errors/* errorMessage */.gJ)(error);
            // The image's reason lists every signature's: at info level this would print each twice.
            context.log.debug(`Signature ${referrer.digest} rejected: ${signature.reason}`);
        }
    }
    if (report.signatures.length === 0)
        throw new errors/* VerificationError */.mk(`no signature found for ${subject.digest}`);
    const reasons = report.signatures.map(s => `${s.digest}: ${s.reason}`).join('; ');
    // A signature that could not be fetched might have been the valid one: no verdict, only an error.
    if (unfetched)
        throw new errors/* IncompleteError */.j$(`could not check every signature of ${subject.digest} (${reasons})`);
    throw new errors/* VerificationError */.mk(`no valid signature for ${subject.digest} (${reasons})`);
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
function uniqueByDigest(descriptors) {
    const seen = new Set();
    return descriptors.filter(descriptor => !seen.has(descriptor.digest) && seen.add(descriptor.digest));
}
/**
 * Walks the signed manifest: for an index, the selected entries (all when nothing is selected); for an
 * image manifest, its config and layers (without `verifyLayers`, only the selection is made). Manifests
 * are read first, then every blob of every entry is re-hashed from one queue, so the transfers of one
 * image overlap the tail of another's. Returns the digest to pin: the selected entry's when exactly one
 * entry was asked for, else the signed manifest's.
 */
async function checkContentTree(root, selection, plan, repository, report, log) {
    const selecting = selection.scenario !== undefined || selection.platform !== undefined;
    if (!(0,types/* isIndexMediaType */.$$)(root.descriptor.mediaType)) {
        if (selection.scenario !== undefined) {
            throw new errors/* VerificationError */.mk(`scenario '${selection.scenario}' requested, but ${root.descriptor.digest} is a single image, not an index`);
        }
        const blobs = await imageBlobs(root, repository, selection.platform);
        await checkBlobs(blobs, plan, repository, report, log);
        return root.descriptor.digest;
    }
    const index = root.manifest;
    const entries = (0,image_index/* selectEntries */.XO)(index, selection, plan.scenarioAnnotation);
    for (const entry of entries) {
        const scenarios = (0,image_index/* scenariosOf */.vh)(entry, plan.scenarioAnnotation);
        report.selected.push({
            digest: entry.digest,
            platform: entry.platform && (0,platform/* formatPlatform */.Bq)(entry.platform),
            scenarios
        });
        log.info(`Entry ${entry.digest}${entry.platform ? ` ${(0,platform/* formatPlatform */.Bq)(entry.platform)}` : ''}${scenarios.length ? ` [${scenarios.join(', ')}]` : ''}`);
    }
    const pinned = selecting && entries.length === 1 ? entries[0].digest : root.descriptor.digest;
    // Signature only: the entries are named by the signed index; fetching them checks nothing it does not.
    if (!plan.verifyLayers)
        return pinned;
    const blobs = await (0,concurrency/* mapWithLimit */.c)(entries, BLOB_CONCURRENCY, entry => childBlobs(entry, repository, report, 1));
    await checkBlobs(blobs.flat(), plan, repository, report, log);
    return pinned;
}
/** Fetches (and so digest-checks) a child manifest, and lists the blobs of the images it reaches. */
async function childBlobs(entry, repository, report, depth) {
    if (depth > MAX_NESTING)
        throw new errors/* VerificationError */.mk(`index nesting deeper than ${MAX_NESTING} at ${entry.digest}`);
    const child = await repository.fetchManifest(entry.digest);
    checkDescriptor(child.descriptor, entry, `child manifest${entry.platform ? ` of ${(0,platform/* formatPlatform */.Bq)(entry.platform)}` : ''}`);
    report.blobs.checked++;
    report.blobs.manifests++;
    report.blobs.bytes += child.descriptor.size;
    if ((0,types/* isIndexMediaType */.$$)(child.descriptor.mediaType)) {
        const nested = [];
        for (const grandchild of child.manifest.manifests)
            nested.push(...(await childBlobs(grandchild, repository, report, depth + 1)));
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
    const label = entryPlatform ? ` of ${(0,platform/* formatPlatform */.Bq)(entryPlatform)}` : '';
    if (wantedPlatform !== undefined) {
        const config = await (0,content/* fetchImageConfig */.m)(repository, manifest.config);
        const actual = {
            os: config.os ?? '',
            architecture: config.architecture ?? '',
            variant: config.variant
        };
        if (!(0,platform/* platformMatches */.J5)(wantedPlatform, actual)) {
            throw new errors/* VerificationError */.mk(`platform ${(0,platform/* formatPlatform */.Bq)(wantedPlatform)} requested, but ${image.descriptor.digest} is ${(0,platform/* formatPlatform */.Bq)(actual)}`);
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
async function checkBlobs(blobs, plan, repository, report, log) {
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
        const transfer = progress.start(descriptor.digest, descriptor.size);
        try {
            await (0,promises_.pipeline)(await repository.fetchBlob(descriptor), discard(transfer.advance));
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
