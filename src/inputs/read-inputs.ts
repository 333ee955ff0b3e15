/**
 * Folder inputs/: the input contract (names, defaults), parsing, validation and error wording.
 * May import: trust/, oci/, util/.
 *
 * One typed Inputs object built from either face (action or CLI). All validation and error wording for
 * inputs lives here: bad input is rejected with the input's name and the expected form, never defaulted.
 */
import { statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import {
  INPUT_DEFAULTS,
  Inputs,
  MODES,
  SECRET_INPUTS,
  SIGNATURE_FORMATS,
  SIGNER_INPUTS,
  type InputName,
  type Mode,
  type SignatureFormat
} from './contract.js'
import { parseBuildArgs } from './build-args.js'
import { readPlatform, readReference, readSourceSpec } from './oci-inputs.js'
import type { Shard } from '../util/shard.js'
import { InputError } from '../util/errors.js'
import { SCENARIO_PATTERN } from '../oci/image-index.js'
import type { SourceSpec } from '../oci/source.js'
import type { Reference } from '../oci/reference.js'
import type { Platform } from '../oci/types.js'
import { isPkcs11Uri, type Pkcs11Uri } from '../trust/pkcs11-uri.js'
import type { RevocationAction } from '../trust/policy.js'
import { readPemInput } from './content-or-path.js'
import { pkcs11UriInput } from './trust-inputs.js'
import {
  readSignerInputs as readAcceptedSignerInputs,
  type SignerInputs as AcceptedSignerInputs
} from './signer-inputs.js'
import {
  readSignTimestampInputs,
  readVerifyTimestampInputs,
  refuseWithTrustPolicy
} from './timestamp-inputs.js'

/** Where raw input values come from: `@actions/core` for the action, parsed flags for the CLI. */
export interface InputSource {
  /** The trimmed value, or '' when not given. */
  get(name: InputName): string
}

export interface RegistryInputs {
  username?: string
  password?: string
  insecureRegistries: string[]
  /** PEM content of the extra CA bundle. */
  registryCa?: string
  /**
   * docker's config.json to take credentials from instead of `$DOCKER_CONFIG/config.json` or
   * `~/.docker/config.json` (the node gate names the node's own; no action input sets it).
   */
  dockerConfig?: string
}

/** One line of the `manifests` input. */
export interface ManifestLine {
  text: string
  source: SourceSpec
  scenarios: string[]
  platform?: Platform
}

export interface SignInputs {
  mode: 'sign'
  image: Reference & { tag: string }
  registry: RegistryInputs
  scenarioAnnotation: string
  manifests: ManifestLine[]
  tags: string[]
  annotations: Record<string, string>
  /** Which key signs: a PEM key, a key in a PKCS#11 token, or a notation signing plugin. */
  signer: SignerInputs
  signPlatformManifests: boolean
  /** The envelope format of every signature made: JWS (`application/jose+json`) or COSE (`application/cose`). */
  signatureFormat: SignatureFormat
  trustRoots?: string
  /** RFC 3161 TSA to countersign every signature, and the PEM roots its answers must chain to. */
  timestampUrl?: string
  timestampRoots?: string
}

/** PEM and chain contents are read once (never paths) so that they are not re-read later. */
export type SignerInputs =
  | { kind: 'pem'; key: string; passphrase?: string; certChain: string }
  | { kind: 'pkcs11'; uri: Pkcs11Uri; certChain: string }
  | { kind: 'plugin'; plugin: string; keyId: string; config: Record<string, string> }

export type TrustInputs =
  | {
      kind: 'roots'
      trustRoots: string
      trustedIdentities: string[]
      /** PEM TSA roots: a valid countersignature is then required. */
      timestampRoots?: string
      /** Default enforce. */
      revocation?: RevocationAction
    }
  | { kind: 'policy'; trustPolicy: string; trustStore: string }
  /** The `rules` input (YAML content or a path): trust is picked per image by rules/. */
  | { kind: 'rules'; rules: string }
  /** No Notary Project roots: only the accepted signers of the other inputs (cosign keys, Sigstore…). */
  | { kind: 'none' }

export interface VerifyInputs {
  mode: 'verify'
  images: Reference[]
  registry: RegistryInputs
  scenarioAnnotation: string
  trust: TrustInputs
  /** Accepted signers (`trust-roots` as a notation signer first, then cosign keys, Sigstore, `signers`) and `require`. */
  signers: AcceptedSignerInputs
  scenario?: string
  platform?: Platform
  verifyLayers: boolean
  maxSignatures: number
  /** Images verified at once. */
  maxConcurrency: number
  /** This matrix job's share of the images (`shard: I/N`), when the run is split. */
  shard?: Shard
  dockerfiles: string[]
  buildArgs: Record<string, string>
  changedOnly: boolean
  githubToken?: string
  allowedRegistries: string[]
  store?: string
  cache: boolean
  outputArchive?: string
  /** Workload manifest globs (Kubernetes, Helm output, Compose) for the PR gate. */
  workloads: string[]
}

export type ModeInputs = SignInputs | VerifyInputs

const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const ANNOTATION_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/
const HOST_PORT_PATTERN = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/
const HOST_PATTERN = /^(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/
const TOKEN_PATTERN = /^\S+$/

export function readInputs(source: InputSource): ModeInputs {
  const mode = readMode(source)
  return mode === 'sign' ? readSignInputs(source) : readVerifyInputs(source)
}

export function readMode(source: InputSource): Mode {
  const mode = source.get(Inputs.Mode)
  if (!(MODES as readonly string[]).includes(mode)) {
    const given = mode === '' ? 'no mode was given' : `got '${mode}'`
    throw new InputError(Inputs.Mode, `Invalid input 'mode': ${given}. Expected one of: ${MODES.join(', ')}.`)
  }
  return mode as Mode
}

export function readSignInputs(source: InputSource): SignInputs {
  const imageText = required(source, Inputs.Image, 'the reference to publish, e.g. ghcr.io/acme/app:1.4.0')
  const image = readReference(imageText, Inputs.Image)
  if (image.digest || !image.tag) {
    throw new InputError(
      Inputs.Image,
      `Invalid input 'image': '${imageText}' must name a tag to publish and no digest, e.g. ghcr.io/acme/app:1.4.0.`
    )
  }
  const manifestLines = lines(source, Inputs.Manifests)
  if (manifestLines.length === 0) {
    throw new InputError(
      Inputs.Manifests,
      "Missing input 'manifests': give one platform image a line, e.g. 'oci-layout:./out/amd64 scenario=kernel-5.15'."
    )
  }
  const trustRoots = optional(source, Inputs.TrustRoots)
  return {
    mode: 'sign',
    image: { ...image, tag: image.tag },
    registry: readRegistryInputs(source),
    scenarioAnnotation: readAnnotationKey(source),
    manifests: manifestLines.map(parseManifestLine),
    tags: [...new Set(lines(source, Inputs.Tags).map(readTag))],
    annotations: readAnnotations(source),
    signer: readSignerInputs(source),
    signPlatformManifests: readBoolean(source, Inputs.SignPlatformManifests),
    signatureFormat: readSignatureFormat(source),
    trustRoots: trustRoots === undefined ? undefined : readPemInput(trustRoots, Inputs.TrustRoots),
    ...readSignTimestampInputs(source)
  }
}

/** `signing-key` (PEM or a PKCS#11 URI) with `signing-cert-chain`, or `signing-plugin` with `signing-key-id`. */
export function readSignerInputs(source: InputSource): SignerInputs {
  const plugin = optional(source, Inputs.SigningPlugin)
  if (plugin !== undefined) return readPluginInputs(source, plugin)
  for (const name of [Inputs.SigningKeyId, Inputs.PluginConfig]) {
    if (optional(source, name) !== undefined) {
      throw new InputError(
        name,
        `Input '${name}' is set but 'signing-plugin' is not: name the plugin that holds the key.`
      )
    }
  }
  const key = required(
    source,
    Inputs.SigningKey,
    "a PEM private key or a path to one, a 'pkcs11:' URI, or 'signing-plugin'"
  )
  const certChain = () =>
    readPemInput(
      required(source, Inputs.SigningCertChain, 'a PEM certificate chain, leaf first, or a path to one'),
      Inputs.SigningCertChain
    )
  if (isPkcs11Uri(key)) {
    if (optional(source, Inputs.SigningKeyPassphrase) !== undefined) {
      throw new InputError(
        Inputs.SigningKeyPassphrase,
        "Input 'signing-key-passphrase' does not apply to a PKCS#11 'signing-key': put the token PIN in the URI's pin-source (or pin-value)."
      )
    }
    return { kind: 'pkcs11', uri: pkcs11UriInput(key, Inputs.SigningKey), certChain: certChain() }
  }
  return {
    kind: 'pem',
    key: readPemInput(key, Inputs.SigningKey, { secret: SECRET_INPUTS.includes(Inputs.SigningKey) }),
    passphrase: optional(source, Inputs.SigningKeyPassphrase),
    certChain: certChain()
  }
}

const PLUGIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
/** notation's plugin-config keys are free text ("aws-region", "ca_certs"); only '=' and line breaks end one. */
const PLUGIN_CONFIG_KEY = /^[^=\s][^=]*$/

function readPluginInputs(source: InputSource, plugin: string): SignerInputs {
  for (const name of [Inputs.SigningKey, Inputs.SigningKeyPassphrase, Inputs.SigningCertChain]) {
    if (optional(source, name) !== undefined) {
      throw new InputError(
        name,
        `Inputs '${name}' and 'signing-plugin' exclude each other: the plugin holds the key and returns its certificate chain.`
      )
    }
  }
  if (!plugin.includes('/') && !PLUGIN_NAME.test(plugin)) {
    throw new InputError(
      Inputs.SigningPlugin,
      `Invalid input 'signing-plugin': '${plugin}'. Expected a plugin name (letters, digits, '.', '_', '-', e.g. com.example.kms) or a path to its notation-<name> executable.`
    )
  }
  const keyId = required(source, Inputs.SigningKeyId, 'the id of the key the plugin signs with')
  return {
    kind: 'plugin',
    plugin,
    keyId,
    config: parseBuildArgs(lines(source, Inputs.PluginConfig), Inputs.PluginConfig, {
      pattern: PLUGIN_CONFIG_KEY,
      expected: "anything but '='"
    })
  }
}

/** Sign mode with `sweep`: sign, in place, every unsigned tag of the repositories under a namespace. */
export interface SweepInputs {
  mode: 'sign'
  /** `registry/namespace`: the registry host and the repository path prefix swept. */
  sweep: { registry: string; namespace: string }
  /** Repositories named by the `repositories` input (for registries that do not list their catalog). */
  repositories: Reference[]
  dryRun: boolean
  /** An index being signed gets its platform manifests signed too. */
  signPlatformManifests: boolean
  signatureFormat: SignatureFormat
  registry: RegistryInputs
  /** The `rules` input (content or path), when given: it picks each repository's key. */
  rules?: string
  /** PEM content of `trust-roots`: completes a chain given without its root, checks a plugin's chain. */
  trustRoots?: string
  /** This matrix job's share of the repositories (`shard: I/N`), when the sweep is split. */
  shard?: Shard
}

export function readSweepInputs(source: InputSource): SweepInputs {
  const text = required(source, Inputs.Sweep, 'REGISTRY/NAMESPACE, e.g. ghcr.io/acme')
  const fail = (reason: string): never => {
    throw new InputError(
      Inputs.Sweep,
      `Invalid input 'sweep': '${text}' ${reason}. Expected REGISTRY/NAMESPACE, e.g. ghcr.io/acme.`
    )
  }
  const parsed = readReference(text, Inputs.Sweep)
  if (parsed.tag !== undefined || parsed.digest !== undefined) fail('names a tag or digest')
  if (!text.startsWith(`${parsed.registry}/`)) fail('does not start with a registry host')
  for (const name of [Inputs.Image, Inputs.Manifests, Inputs.Tags]) {
    if (source.get(name) !== '')
      throw new InputError(
        name,
        `Input '${name}' does not go with 'sweep': a sweep signs the tags already in the registry.`
      )
  }
  const namespace = parsed.repository
  const trustRoots = optional(source, Inputs.TrustRoots)
  const repositories = lines(source, Inputs.Repositories).map(line => {
    const reference = readReference(line, Inputs.Repositories)
    const inside =
      reference.registry === parsed.registry &&
      (reference.repository === namespace || reference.repository.startsWith(`${namespace}/`))
    if (reference.tag !== undefined || reference.digest !== undefined || !inside) {
      throw new InputError(
        Inputs.Repositories,
        `Invalid line in 'repositories': '${line}'. Expected a repository under ${text} without tag or digest, e.g. ${text}/app.`
      )
    }
    return reference
  })
  return {
    mode: 'sign',
    sweep: { registry: parsed.registry, namespace },
    repositories,
    dryRun: readBoolean(source, Inputs.DryRun),
    signPlatformManifests: readBoolean(source, Inputs.SignPlatformManifests),
    signatureFormat: readSignatureFormat(source),
    registry: readRegistryInputs(source),
    rules: optional(source, Inputs.Rules),
    trustRoots: trustRoots === undefined ? undefined : readPemInput(trustRoots, Inputs.TrustRoots),
    shard: readShard(source)
  }
}

export function readVerifyInputs(source: InputSource): VerifyInputs {
  const images = lines(source, Inputs.Image).map(line => readReference(line, Inputs.Image))
  const dockerfiles = lines(source, Inputs.Dockerfiles)
  const workloads = lines(source, Inputs.Workloads)
  if (images.length === 0 && dockerfiles.length === 0 && workloads.length === 0) {
    throw new InputError(
      Inputs.Image,
      "Missing input 'image': give one or more references to verify, a line each (or 'dockerfiles' or 'workloads' for the PR gate)."
    )
  }
  const platform = optional(source, Inputs.Platform)
  const scenario = optional(source, Inputs.Scenario)
  const store = optionalPath(source, Inputs.Store)
  const githubToken = optional(source, Inputs.GithubToken)
  const cache = readBoolean(source, Inputs.Cache)
  const signers = readAcceptedSigners(source)
  if (cache && store === undefined) {
    throw new InputError(
      Inputs.Cache,
      "Input 'cache' is 'true' but 'store' is not set: name the store directory to cache."
    )
  }
  return {
    mode: 'verify',
    images,
    registry: readRegistryInputs(source),
    scenarioAnnotation: readAnnotationKey(source),
    trust: readTrustInputs(source, { othersAccepted: signers.signers.length > 0 }),
    signers,
    scenario:
      scenario === undefined
        ? undefined
        : checkPattern(
            scenario,
            SCENARIO_PATTERN,
            Inputs.Scenario,
            'one scenario tag, e.g. kernel-4.19.90 (no commas or spaces)'
          ),
    platform: platform === undefined ? undefined : readPlatform(platform, Inputs.Platform),
    verifyLayers: readBoolean(source, Inputs.VerifyLayers),
    maxSignatures: readPositiveInteger(source, Inputs.MaxSignatures),
    maxConcurrency: readPositiveInteger(source, Inputs.MaxConcurrency),
    shard: readShard(source),
    dockerfiles,
    buildArgs: parseBuildArgs(lines(source, Inputs.BuildArgs), Inputs.BuildArgs),
    changedOnly: readBoolean(source, Inputs.ChangedOnly),
    githubToken: readToken(githubToken),
    allowedRegistries: lines(source, Inputs.AllowedRegistries).map(host =>
      checkPattern(host, HOST_PATTERN, Inputs.AllowedRegistries, 'a host or *.domain pattern, e.g. ghcr.io')
    ),
    store,
    cache,
    outputArchive: optionalPath(source, Inputs.OutputArchive),
    workloads
  }
}

/**
 * The accepted signers of verify. With `rules`, none: each rule's `verify:` names its own signers, and
 * the step's signer inputs are refused (a second source of trust beside the rules would be ambiguous).
 */
function readAcceptedSigners(source: InputSource): AcceptedSignerInputs {
  if (optional(source, Inputs.Rules) === undefined) return readAcceptedSignerInputs(source)
  const given = SIGNER_INPUTS.find(name => optional(source, name) !== undefined)
  if (given !== undefined) {
    throw new InputError(
      given,
      `Input 'rules' gives the trust of each image: put '${given}' in the rules' 'verify:' instead of the step's inputs.`
    )
  }
  return { signers: [], require: { kind: 'any' } }
}

/**
 * The Notary Project trust of verify: `trust-roots` (+ identities, timestamps, revocation), notation's
 * trust policy + store, or the rules file. With `othersAccepted` (cosign keys, Sigstore identities…),
 * none of them is needed.
 */
export function readTrustInputs(
  source: InputSource,
  options: { othersAccepted?: boolean } = {}
): TrustInputs {
  const trustRoots = optional(source, Inputs.TrustRoots)
  const trustPolicy = optional(source, Inputs.TrustPolicy)
  const trustStore = optional(source, Inputs.TrustStore)
  const rules = optional(source, Inputs.Rules)
  if (rules !== undefined) {
    const identities = optional(source, Inputs.TrustedIdentities)
    if (
      trustRoots !== undefined ||
      trustPolicy !== undefined ||
      trustStore !== undefined ||
      (identities ?? '*') !== '*'
    ) {
      throw new InputError(
        Inputs.Rules,
        "Input 'rules' gives the trust of each image: put 'trust-roots' and 'identities' in the rules' 'verify:' instead of 'trust-roots', 'trusted-identities', 'trust-policy' or 'trust-store'."
      )
    }
    return { kind: 'rules', rules }
  }
  if (trustPolicy !== undefined || trustStore !== undefined) {
    if (trustRoots !== undefined) {
      throw new InputError(
        Inputs.TrustPolicy,
        "Inputs 'trust-policy'/'trust-store' and 'trust-roots' exclude each other: use a notation trust policy or trust roots, not both."
      )
    }
    if (trustPolicy === undefined || trustStore === undefined) {
      const missing = trustPolicy === undefined ? Inputs.TrustPolicy : Inputs.TrustStore
      throw new InputError(
        missing,
        `Missing input '${missing}': 'trust-policy' and 'trust-store' go together.`
      )
    }
    refuseWithTrustPolicy(source)
    return { kind: 'policy', trustPolicy, trustStore }
  }
  if (trustRoots === undefined && options.othersAccepted === true) return { kind: 'none' }
  if (trustRoots === undefined) {
    throw new InputError(
      Inputs.TrustRoots,
      "Missing input 'trust-roots': give the PEM root certificates to trust (content or path), or 'trust-policy' with 'trust-store', or other accepted signers ('cosign-key', 'certificate-identity' with 'sigstore-trusted-root', 'signers')."
    )
  }
  const trustedIdentities = lines(source, Inputs.TrustedIdentities, INPUT_DEFAULTS[Inputs.TrustedIdentities])
  // Only blank or comment lines, given on purpose: never read as "anyone" nor as a silent "nobody".
  if (trustedIdentities.length === 0) {
    throw new InputError(
      Inputs.TrustedIdentities,
      "Invalid input 'trusted-identities': it lists no identity (only blank or comment lines). Give one identity a line, or '*' to accept any signer under 'trust-roots'."
    )
  }
  return {
    kind: 'roots',
    trustRoots: readRootsInput(trustRoots, Inputs.TrustRoots),
    trustedIdentities,
    ...readVerifyTimestampInputs(source)
  }
}

/** Root certificates (PEM content or a path): an empty file is refused here, naming the input. */
function readRootsInput(value: string, name: InputName): string {
  const pem = readPemInput(value, name)
  if (pem.trim() === '') {
    throw new InputError(
      name,
      `Invalid input '${name}': ${value.trim()} is empty; give the PEM root certificates to trust.`
    )
  }
  return pem
}

function readRegistryInputs(source: InputSource): RegistryInputs {
  const username = optional(source, Inputs.Username)
  const password = optional(source, Inputs.Password)
  if ((username === undefined) !== (password === undefined)) {
    const missing = username === undefined ? Inputs.Username : Inputs.Password
    throw new InputError(missing, `Missing input '${missing}': 'username' and 'password' go together.`)
  }
  const registryCa = optional(source, Inputs.RegistryCa)
  return {
    username,
    password,
    insecureRegistries: lines(source, Inputs.InsecureRegistries).map(host =>
      checkPattern(host, HOST_PORT_PATTERN, Inputs.InsecureRegistries, 'host:port, e.g. 127.0.0.1:5000')
    ),
    registryCa: registryCa === undefined ? undefined : readPemInput(registryCa, Inputs.RegistryCa)
  }
}

/** `SOURCE [scenario=TAG[,TAG…]] [platform=os/arch[/variant]]` */
export function parseManifestLine(text: string): ManifestLine {
  const [sourceText, ...options] = text.split(/\s+/)
  const line: ManifestLine = { text, source: readSourceSpec(sourceText, Inputs.Manifests), scenarios: [] }
  const seen = new Set<string>()
  for (const option of options) {
    const [key, value] = splitOnce(option, '=')
    if (value === undefined || value === '' || seen.has(key)) {
      throw manifestLineError(text, `'${option}' is not a single 'scenario=…' or 'platform=…' option`)
    }
    seen.add(key)
    if (key === 'scenario') {
      line.scenarios = value.split(',')
      if (line.scenarios.some(tag => tag === ''))
        throw manifestLineError(text, `'${option}' has an empty scenario tag`)
    } else if (key === 'platform') {
      line.platform = readPlatform(value, Inputs.Manifests)
    } else {
      throw manifestLineError(text, `unknown option '${key}'`)
    }
  }
  return line
}

function manifestLineError(text: string, detail: string): InputError {
  return new InputError(
    Inputs.Manifests,
    `Invalid line in 'manifests': '${text}': ${detail}. Expected 'SOURCE [scenario=TAG[,TAG…]] [platform=os/arch[/variant]]'.`
  )
}

function readAnnotations(source: InputSource): Record<string, string> {
  const annotations: Record<string, string> = {}
  for (const line of lines(source, Inputs.Annotations)) {
    const [key, value] = splitOnce(line, '=')
    if (value === undefined || !ANNOTATION_KEY_PATTERN.test(key.trim())) {
      throw new InputError(
        Inputs.Annotations,
        `Invalid line in 'annotations': '${line}'. Expected 'key=value'.`
      )
    }
    annotations[key.trim()] = value.trim()
  }
  return annotations
}

function readAnnotationKey(source: InputSource): string {
  const key = source.get(Inputs.ScenarioAnnotation) || (INPUT_DEFAULTS[Inputs.ScenarioAnnotation] as string)
  return checkPattern(
    key,
    ANNOTATION_KEY_PATTERN,
    Inputs.ScenarioAnnotation,
    'an annotation key, e.g. dev.signet.scenario'
  )
}

function readTag(tag: string): string {
  if (/[,\s]/.test(tag)) {
    const parts = tag.split(/[,\s]+/).filter(Boolean)
    throw new InputError(
      Inputs.Tags,
      `Invalid tag '${tag}' in 'tags': one tag per line (CLI: repeat --tags): ${parts.map(part => `'${part}'`).join(', ')} on lines of their own.`
    )
  }
  return checkPattern(
    tag,
    TAG_PATTERN,
    Inputs.Tags,
    'letters, digits, _ . - (at most 128), not starting with . or -'
  )
}

function readBoolean(source: InputSource, name: InputName): boolean {
  const value = source.get(name) || INPUT_DEFAULTS[name] || 'false'
  // The same spellings as core.getBooleanInput (YAML 1.2 core schema), but anything else is an error.
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(name, `Invalid input '${name}': '${value}'. Expected 'true' or 'false'.`)
}

/** `shard: I/N`, 1 ≤ I ≤ N: one matrix job's share of a sweep or of the images to verify. */
function readShard(source: InputSource): Shard | undefined {
  const value = source.get(Inputs.Shard)
  if (value === '') return undefined
  const match = /^([1-9][0-9]{0,3})\/([1-9][0-9]{0,3})$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (match === null || index > count) {
    throw new InputError(
      Inputs.Shard,
      `Invalid input '${Inputs.Shard}': '${value}'. Expected I/N with 1 ≤ I ≤ N, e.g. 1/4 (from a matrix: \${{ matrix.shard }}/4).`
    )
  }
  return { index, count }
}

function readSignatureFormat(source: InputSource): SignatureFormat {
  const value = source.get(Inputs.SignatureFormat) || (INPUT_DEFAULTS[Inputs.SignatureFormat] as string)
  if (!(SIGNATURE_FORMATS as readonly string[]).includes(value)) {
    throw new InputError(
      Inputs.SignatureFormat,
      `Invalid input 'signature-format': '${value}'. Expected one of: ${SIGNATURE_FORMATS.join(', ')} (as notation's --signature-format).`
    )
  }
  return value as SignatureFormat
}

function readPositiveInteger(source: InputSource, name: InputName): number {
  const value = source.get(name) || (INPUT_DEFAULTS[name] as string)
  if (!/^[1-9][0-9]{0,5}$/.test(value)) {
    throw new InputError(
      name,
      `Invalid input '${name}': '${value}'. Expected a whole number from 1 to 999999.`
    )
  }
  return Number(value)
}

function required(source: InputSource, name: InputName, expected: string): string {
  const value = source.get(name)
  if (value === '') throw new InputError(name, `Missing input '${name}': expected ${expected}.`)
  return value
}

function optional(source: InputSource, name: InputName): string | undefined {
  const value = source.get(name)
  return value === '' ? undefined : value
}

/** Non-empty, trimmed lines; `#` starts a comment line. */
function lines(source: InputSource, name: InputName, fallback?: string): string[] {
  const value = source.get(name) || fallback || ''
  return value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
}

/** A token is one word; the error never repeats the value, which is a secret. */
function readToken(token: string | undefined): string | undefined {
  if (token !== undefined && !TOKEN_PATTERN.test(token)) {
    throw new InputError(
      Inputs.GithubToken,
      "Invalid input 'github-token': expected a single token without spaces or line breaks."
    )
  }
  return token
}

/** A path Signet will create: its parent directory must exist, so a typo fails before any network use. */
function optionalPath(source: InputSource, name: InputName): string | undefined {
  const value = optional(source, name)
  if (value === undefined) return undefined
  const parent = dirname(resolve(value))
  if (!statSync(parent, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(
      name,
      `Invalid input '${name}': '${value}': its parent directory ${parent} does not exist.`
    )
  }
  return value
}

function checkPattern(value: string, pattern: RegExp, name: InputName, expected: string): string {
  if (!pattern.test(value))
    throw new InputError(name, `Invalid value in '${name}': '${value}'. Expected ${expected}.`)
  return value
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator)
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)]
}
