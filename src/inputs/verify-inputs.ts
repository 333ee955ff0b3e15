/**
 * The inputs of verify mode: the images (or the PR gate's dockerfiles and workloads), the Notary Project
 * trust (roots, notation's trust policy, or the rules file), the accepted signers, and how the run goes
 * (platform, scenario, concurrency, shard, store, cache).
 */
import { INPUT_DEFAULTS, Inputs, SIGNER_INPUTS, type InputName } from './contract.js'
import { parseBuildArgs } from './build-args.js'
import { readPlatform, readReference } from './oci-inputs.js'
import type { Shard } from '../util/shard.js'
import { InputError } from '../util/errors.js'
import { SCENARIO_PATTERN } from '../oci/image-index.js'
import type { Reference } from '../oci/reference.js'
import type { Platform } from '../oci/types.js'
import type { RevocationAction } from '../trust/policy.js'
import { readPemInput } from './content-or-path.js'
import {
  readSignerInputs as readAcceptedSignerInputs,
  type SignerInputs as AcceptedSignerInputs
} from './signer-inputs.js'
import { readVerifyTimestampInputs, refuseWithTrustPolicy } from './timestamp-inputs.js'
import {
  checkPattern,
  lines,
  optional,
  optionalPath,
  readAnnotationKey,
  readBoolean,
  readPositiveInteger,
  readRegistryInputs,
  readShard,
  readToken,
  type InputSource,
  type RegistryInputs
} from './input-values.js'

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

const HOST_PATTERN = /^(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/

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
  const { trust, signers } = readVerifyTrust(source)
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
    trust,
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
 * Who verify trusts, from the step's inputs or a rule's `verify:` fields: the Notary Project trust and
 * the other accepted signers (with those, Notary roots are not needed).
 */
export function readVerifyTrust(source: InputSource): { trust: TrustInputs; signers: AcceptedSignerInputs } {
  const signers = readAcceptedSigners(source)
  return { trust: readTrustInputs(source, { othersAccepted: signers.signers.length > 0 }), signers }
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
function readTrustInputs(source: InputSource, options: { othersAccepted?: boolean } = {}): TrustInputs {
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
