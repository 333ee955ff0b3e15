export const id = 2089;
export const ids = [2089];
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
        { "name": "trust-roots", "description": { "sign": "Optional, completes a chain given without its root.", "verify": "PEM bundle of trusted root certificates (content or path), each a CA certificate or self-signed, as notation requires of its trust store." } },
        { "name": "trusted-identities", "description": "Signer identities accepted, a line each, matched against the leaf certificate's subject; `*` accepts any leaf under a trusted root.\nThe action's default is `*`, written out: any signer whose chain reaches `trust-roots` is accepted. Name the signer to accept only it. The CLI without `--trusted-identities` accepts any signer too, with a warning (notation asks for `\"*\"` explicitly).\nExample: `x509.subject: C=US, ST=WA, O=Acme, CN=release`" },
        { "name": "trust-policy", "description": "A notation `trustpolicy.json` (content or path), used with `trust-store` instead of `trust-roots`/`trusted-identities`." },
        { "name": "trust-store", "description": "A notation trust store directory (`x509/ca/<name>/*.pem|crt`), for `trust-policy`." },
        { "name": "scenario", "description": "Select the entry of the signed index tagged with this scenario; `ref` is then pinned to that entry." },
        { "name": "platform", "description": "Select the entry of the signed index with this platform (`os/arch[/variant]`)." },
        { "name": "verify-layers", "description": "Fetch and re-hash every manifest, config and layer reached." },
        { "name": "max-signatures", "description": "Signatures examined at most per image." },
        { "name": "max-concurrency", "description": "Images verified at once (a gate of many images); each image's log stays in one group, in order. Whatever this says, one run keeps at most 12 connections (so 12 requests) open to one registry host; more wait for a free one." },
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
        const { generateTestCertificates } = await Promise.all(/* import() */[__webpack_require__.e(4549), __webpack_require__.e(7261), __webpack_require__.e(3594), __webpack_require__.e(1467), __webpack_require__.e(3772), __webpack_require__.e(8927), __webpack_require__.e(7437)]).then(__webpack_require__.bind(__webpack_require__, 37437));
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
    ...contract/* SIGNER_INPUTS */.B8,
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
        const { parseContainerdCall } = await Promise.all(/* import() */[__webpack_require__.e(4549), __webpack_require__.e(7261), __webpack_require__.e(3594), __webpack_require__.e(1467), __webpack_require__.e(3772), __webpack_require__.e(8927), __webpack_require__.e(1720), __webpack_require__.e(9911), __webpack_require__.e(6973), __webpack_require__.e(5026), __webpack_require__.e(2502), __webpack_require__.e(6118), __webpack_require__.e(585), __webpack_require__.e(9105), __webpack_require__.e(9322)]).then(__webpack_require__.bind(__webpack_require__, 69322));
        const { runContainerdVerifier } = await Promise.all(/* import() */[__webpack_require__.e(4549), __webpack_require__.e(7261), __webpack_require__.e(3594), __webpack_require__.e(1467), __webpack_require__.e(3772), __webpack_require__.e(8927), __webpack_require__.e(8815), __webpack_require__.e(1720), __webpack_require__.e(9911), __webpack_require__.e(4006), __webpack_require__.e(9654), __webpack_require__.e(6973), __webpack_require__.e(5026), __webpack_require__.e(2502), __webpack_require__.e(6118), __webpack_require__.e(585), __webpack_require__.e(7645), __webpack_require__.e(9105), __webpack_require__.e(1788), __webpack_require__.e(9161), __webpack_require__.e(7544)]).then(__webpack_require__.bind(__webpack_require__, 57544));
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
        const { readNodePlan } = await Promise.all(/* import() */[__webpack_require__.e(4549), __webpack_require__.e(7261), __webpack_require__.e(3594), __webpack_require__.e(1467), __webpack_require__.e(3772), __webpack_require__.e(8927), __webpack_require__.e(8815), __webpack_require__.e(1720), __webpack_require__.e(9911), __webpack_require__.e(4006), __webpack_require__.e(9654), __webpack_require__.e(6973), __webpack_require__.e(5026), __webpack_require__.e(2502), __webpack_require__.e(6118), __webpack_require__.e(585), __webpack_require__.e(7645), __webpack_require__.e(9105), __webpack_require__.e(1788), __webpack_require__.e(9161), __webpack_require__.e(7544)]).then(__webpack_require__.bind(__webpack_require__, 57544));
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
    const { runSign } = await Promise.all(/* import() */[__webpack_require__.e(4549), __webpack_require__.e(7261), __webpack_require__.e(3594), __webpack_require__.e(1467), __webpack_require__.e(3772), __webpack_require__.e(8927), __webpack_require__.e(8815), __webpack_require__.e(1720), __webpack_require__.e(9911), __webpack_require__.e(4006), __webpack_require__.e(9654), __webpack_require__.e(6973), __webpack_require__.e(5026), __webpack_require__.e(2502), __webpack_require__.e(6118), __webpack_require__.e(585), __webpack_require__.e(7645), __webpack_require__.e(9105), __webpack_require__.e(1788), __webpack_require__.e(9161), __webpack_require__.e(7909), __webpack_require__.e(3654)]).then(__webpack_require__.bind(__webpack_require__, 23654));
    return render(io, json, await runSign(flagSource('sign', flags), environment(io, log)));
});
const verifyCommand = modeCommand('verify', 'verify signature, chain, scenario selection and every blob of images', `  signet verify --image 127.0.0.1:5000/app:1.0 --insecure-registries 127.0.0.1:5000 \\
    --trust-roots root.pem --scenario kernel-4.19.90`, async ({ flags, io, json, log }) => {
    const source = flagSource('verify', flags);
    // The run's first reads start while the engines load.
    const { runWarmVerify } = await Promise.all(/* import() */[__webpack_require__.e(9105), __webpack_require__.e(9161), __webpack_require__.e(6744)]).then(__webpack_require__.bind(__webpack_require__, 76744));
    const run = await runWarmVerify(source, environment(io, log));
    const code = render(io, json, run);
    if (!run.result.verified) {
        // The reasons are in the log and in the table's notes already: the last line is the run's headline.
        const { verifyHeadline } = await __webpack_require__.e(/* import() */ 5468).then(__webpack_require__.bind(__webpack_require__, 65468));
        io.stderr(`signet: ${verifyHeadline(run.result.images)} (reasons above)\n`);
    }
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
        const { verifyEnvelopeFile } = await Promise.all(/* import() */[__webpack_require__.e(4549), __webpack_require__.e(7261), __webpack_require__.e(3594), __webpack_require__.e(1467), __webpack_require__.e(3772), __webpack_require__.e(8927), __webpack_require__.e(1720), __webpack_require__.e(6973), __webpack_require__.e(5026), __webpack_require__.e(2502), __webpack_require__.e(6769)]).then(__webpack_require__.bind(__webpack_require__, 1472));
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
        const { mergeReports } = await Promise.all(/* import() */[__webpack_require__.e(4549), __webpack_require__.e(7261), __webpack_require__.e(3594), __webpack_require__.e(1467), __webpack_require__.e(3772), __webpack_require__.e(8927), __webpack_require__.e(8815), __webpack_require__.e(1720), __webpack_require__.e(9911), __webpack_require__.e(4006), __webpack_require__.e(6973), __webpack_require__.e(5026), __webpack_require__.e(2502), __webpack_require__.e(6118), __webpack_require__.e(585), __webpack_require__.e(7645), __webpack_require__.e(9105), __webpack_require__.e(7909), __webpack_require__.e(3278)]).then(__webpack_require__.bind(__webpack_require__, 43278));
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
        const { rulesFromTrustPolicy } = await Promise.all(/* import() */[__webpack_require__.e(4549), __webpack_require__.e(7261), __webpack_require__.e(3594), __webpack_require__.e(1467), __webpack_require__.e(3772), __webpack_require__.e(8927), __webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(6973), __webpack_require__.e(7645), __webpack_require__.e(3710)]).then(__webpack_require__.bind(__webpack_require__, 98843));
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
    const secrets = [secretValues(argv, terminal.env)];
    const cut = (text) => secrets.reduce((shown, source) => withoutSecrets(shown, source), text);
    const io = {
        ...terminal,
        stdout: text => terminal.stdout(cut(text)),
        stderr: text => terminal.stderr(cut(text))
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
        // What resolveSecrets read (a password from stdin) is a flag value now: cut from output as well.
        secrets.push({ get: name => (flags.values.get(name) ?? []).join('\n') });
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

/***/ 50767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony export secretForms */
/**
 * Exact redaction of secrets in every form a program may echo them in: as they are, percent-encoded (a
 * URL or form body), JSON-escaped (an error body), and base64 (a Basic credential, a config's `auth`).
 * Encoders differ (upper- or lowercase hex, `+` for a space, `\/`, `\u0041` for `A`), and a hostile
 * server picks its own, so percent and JSON spellings are matched a character at a time: each character
 * as itself or in any spelling of either encoding (the runner's masker knows one spelling of each).
 * Multi-line secrets (PEM keys) are also matched a line at a time, as the Actions runner masks them.
 * Callers redact before they cut a text, so a cut never leaves part of a secret behind.
 */
/** The shortest line of a multi-line secret matched on its own: shorter lines are PEM framing or blank. */
const MIN_LINE = 8;
/** JSON's two-character escapes (RFC 8259 §7); `\/` is optional there, and some encoders use it. */
const JSON_SHORT_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '/': '\\/',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t'
};
/** The parts of a secret matched on their own: all of it, and each line of a multi-line one. */
function secretParts(secret) {
    const parts = [secret];
    if (/\r?\n/.test(secret)) {
        for (const line of secret.split(/\r?\n/)) {
            if (line.trim().length >= MIN_LINE && !line.startsWith('-----'))
                parts.push(line.trim());
        }
    }
    return parts;
}
/**
 * The base64 spellings of a part: of the part alone (standard with and without padding, url-safe), and
 * of the part inside a longer text (`user:password` in a Basic credential). There it may start at any
 * of the three byte offsets of a base64 group and more may follow, so only the characters the part's
 * bytes alone decide are matched, as the runner's masker does (Base64StringEscapeShift1/2); those
 * shorter than MIN_LINE are left out, as they would cut unrelated text.
 */
function base64Forms(part) {
    const bytes = Buffer.from(part, 'utf8');
    const base64 = bytes.toString('base64');
    const forms = [base64, base64.replace(/=+$/, ''), bytes.toString('base64url')];
    for (const offset of [0, 1, 2]) {
        const shifted = Buffer.concat([Buffer.alloc(offset), bytes]);
        // A character holds 6 bits: the first ones hold bits of the bytes before, the last one bits of those after.
        const first = Math.ceil((offset * 8) / 6);
        const end = Math.floor((shifted.length * 8) / 6);
        for (const encoding of ['base64', 'base64url']) {
            const decided = shifted.toString(encoding).slice(first, end);
            if (decided.length >= MIN_LINE)
                forms.push(decided);
        }
    }
    return forms;
}
/** The canonical spelling of each form of `secret`, longest first: what an echo most likely holds. */
function secretForms(secret) {
    if (secret === '')
        return [];
    const forms = new Set();
    for (const part of secretParts(secret)) {
        forms.add(part);
        forms.add(encodeURIComponent(part));
        forms.add(JSON.stringify(part).slice(1, -1));
        for (const form of base64Forms(part))
            forms.add(form);
    }
    return [...forms].filter(form => form !== '').sort((a, b) => b.length - a.length);
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hex = (value, width) => value.toString(16).padStart(width, '0');
/**
 * Every spelling of one character (a code point): itself; percent-encoded, each UTF-8 byte as `%XX`,
 * and `+` for a space (forms, Go's url.QueryEscape); JSON-escaped, each UTF-16 unit as `\uXXXX`, or its
 * short escape. As regular expressions, hex digits in either case, longest first: the character's
 * match is atomic (below).
 */
function characterSpellings(char) {
    const units = Array.from({ length: char.length }, (_, at) => char.charCodeAt(at));
    const spellings = [
        { text: char, hexDigits: false },
        { text: [...Buffer.from(char, 'utf8')].map(byte => `%${hex(byte, 2)}`).join(''), hexDigits: true },
        { text: units.map(unit => `\\u${hex(unit, 4)}`).join(''), hexDigits: true }
    ];
    if (char === ' ')
        spellings.push({ text: '+', hexDigits: false });
    if (char in JSON_SHORT_ESCAPES)
        spellings.push({ text: JSON_SHORT_ESCAPES[char], hexDigits: false });
    return spellings
        .sort((a, b) => b.text.length - a.text.length)
        .map(({ text, hexDigits }) => {
        const source = escapeRegExp(text);
        return hexDigits ? source.replace(/[a-f]/g, digit => `[${digit}${digit.toUpperCase()}]`) : source;
    });
}
/**
 * A part spelt any way percent-encoding or JSON escaping may spell it, one character after another.
 * Each character's match is atomic (`(?=(…))\N`: the lookahead's capture is consumed as a whole, never
 * retried shorter), so a hostile text of backslashes or percent signs cannot make matching backtrack
 * exponentially. What this misses is rare: a secret with `%` before two hex digits, or `\` before an
 * escape letter, spelt by an encoder other than the canonical ones secretForms matches exactly.
 */
function encodedPattern(part) {
    const source = Array.from(part, (char, at) => `(?=(${characterSpellings(char).join('|')}))\\${at + 1}`);
    return new RegExp(source.join(''), 'g');
}
/** Matchers by secret: a CLI redacts every line it prints with the same few secrets. */
const matchers = new Map();
function matchersOf(secret) {
    let found = matchers.get(secret);
    if (found === undefined) {
        found = { forms: secretForms(secret), patterns: secretParts(secret).map(encodedPattern) };
        matchers.set(secret, found);
    }
    return found;
}
/** `text` with every form of every secret replaced by '***'; overlapping matches become one. */
function redactSecrets(text, secrets) {
    const spans = [];
    for (const secret of new Set(secrets)) {
        if (secret === '')
            continue;
        const { forms, patterns } = matchersOf(secret);
        for (const form of forms) {
            for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
                spans.push([at, at + form.length]);
        }
        for (const pattern of patterns) {
            for (const match of text.matchAll(pattern))
                spans.push([match.index, match.index + match[0].length]);
        }
    }
    if (spans.length === 0)
        return text;
    spans.sort((a, b) => a[0] - b[0]);
    let redacted = '';
    let shown = 0;
    for (const [start, end] of spans) {
        if (end <= shown)
            continue;
        if (start >= shown)
            redacted += `${text.slice(shown, start)}***`;
        shown = end;
    }
    return redacted + text.slice(shown);
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
