/** The inputs of sign mode with `sweep`: the namespace swept, its repositories, and how each is signed. */
import { Inputs, type SignatureFormat } from './contract.js'
import { readReference } from './oci-inputs.js'
import type { Shard } from '../util/shard.js'
import { InputError } from '../util/errors.js'
import type { Reference } from '../oci/reference.js'
import { readPemInput } from './content-or-path.js'
import { readSignatureFormat } from './sign-inputs.js'
import {
  lines,
  optional,
  readBoolean,
  readRegistryInputs,
  readShard,
  required,
  type InputSource,
  type RegistryInputs
} from './input-values.js'

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
