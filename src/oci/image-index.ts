/**
 * The scenario-tagged image index: an ordinary OCI index whose entries keep their `platform` (so
 * docker, containerd and skopeo still pick by platform) and carry scenario tags in one descriptor
 * annotation, e.g. `dev.signet.scenario: kernel-4.19,kernel-5.4`.
 */
import { VerificationError } from '../util/errors.js'
import { attestedDigest, isAttestation } from './attestation.js'
import { describe } from './digest.js'
import { InvalidIndexError } from './errors.js'
import { formatPlatform, platformMatches } from './platform.js'
import { MediaType, type Descriptor, type ImageIndex, type Platform } from './types.js'

export const DEFAULT_SCENARIO_ANNOTATION = 'dev.signet.scenario'

export interface IndexEntry {
  /** The platform manifest: mediaType, digest, size. */
  descriptor: Descriptor
  platform: Platform
  scenarios: string[]
}

export interface Selection {
  scenario?: string
  platform?: Platform
}

export const SCENARIO_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/
const SCENARIO_SEPARATOR = ','

/**
 * Builds the index. Bytes are deterministic — fixed key order, entries in input order, index
 * annotations sorted by key — so the same inputs always give the same digest and re-runs are no-ops.
 * Attestation manifests (BuildKit SBOM/provenance) follow the platform entries, as `docker buildx
 * imagetools create` lays them out, each still pointing at its image by `vnd.docker.reference.digest`.
 */
export function buildImageIndex(
  entries: IndexEntry[],
  options: { scenarioAnnotation: string; annotations: Record<string, string>; attestations?: Descriptor[] }
): { bytes: Buffer; descriptor: Descriptor; index: ImageIndex } {
  validateEntries(entries)
  const attestations = options.attestations ?? []
  validateAttestations(entries, attestations)
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaType.OciIndex,
    manifests: [
      ...entries.map(entry => indexEntry(entry, options.scenarioAnnotation)),
      ...attestations.map(attestationEntry)
    ]
  }
  const annotationKeys = Object.keys(options.annotations).sort()
  if (annotationKeys.length > 0) {
    index.annotations = Object.fromEntries(annotationKeys.map(key => [key, options.annotations[key]]))
  }
  const bytes = Buffer.from(JSON.stringify(index))
  return { bytes, descriptor: describe(bytes, MediaType.OciIndex), index }
}

function indexEntry(entry: IndexEntry, scenarioAnnotation: string): Descriptor {
  const descriptor: Descriptor = {
    mediaType: entry.descriptor.mediaType,
    digest: entry.descriptor.digest,
    size: entry.descriptor.size,
    platform: orderedPlatform(entry.platform)
  }
  if (entry.scenarios.length > 0) {
    descriptor.annotations = { [scenarioAnnotation]: entry.scenarios.join(SCENARIO_SEPARATOR) }
  }
  return descriptor
}

/** An attestation entry as BuildKit wrote it: descriptor, `unknown/unknown` platform, its annotations. */
function attestationEntry(attestation: Descriptor): Descriptor {
  return {
    mediaType: attestation.mediaType,
    digest: attestation.digest,
    size: attestation.size,
    ...(attestation.platform && { platform: orderedPlatform(attestation.platform) }),
    annotations: Object.fromEntries(
      Object.keys(attestation.annotations ?? {})
        .sort()
        .map(key => [key, attestation.annotations![key]])
    )
  }
}

/** Every attestation describes one of the entries (a dangling one would describe nothing Signet signs). */
function validateAttestations(entries: IndexEntry[], attestations: Descriptor[]): void {
  const digests = new Set(entries.map(entry => entry.descriptor.digest))
  const seen = new Set<string>()
  for (const attestation of attestations) {
    if (!isAttestation(attestation) || !digests.has(attestedDigest(attestation) ?? '')) {
      throw new InvalidIndexError(
        `Attestation manifest ${attestation.digest} describes ${attestedDigest(attestation) ?? 'nothing'}, which is not one of the index entries.`
      )
    }
    if (seen.has(attestation.digest)) {
      throw new InvalidIndexError(`Attestation manifest ${attestation.digest} is given twice.`)
    }
    seen.add(attestation.digest)
  }
}

/**
 * Platforms that several entries share ("linux/amd64: kernel-3.10, kernel-5.15"). Legal when scenarios
 * tell them apart, but docker, podman and containerd pulling by platform silently take the first.
 */
export function sharedPlatforms(entries: IndexEntry[]): string[] {
  const byPlatform = new Map<string, IndexEntry[]>()
  for (const entry of entries) {
    const platform = formatPlatform(entry.platform)
    byPlatform.set(platform, [...(byPlatform.get(platform) ?? []), entry])
  }
  return [...byPlatform]
    .filter(([, owners]) => owners.length > 1)
    .map(
      ([platform, owners]) =>
        `${platform}: ${owners.map(owner => owner.scenarios.join(',') || owner.descriptor.digest).join(' and ')}`
    )
}

/** The OCI spec's field order, whatever order the caller built the object in. */
function orderedPlatform(platform: Platform): Platform {
  const ordered: Platform = { architecture: platform.architecture, os: platform.os }
  if (platform['os.version'] !== undefined) ordered['os.version'] = platform['os.version']
  if (platform['os.features'] !== undefined) ordered['os.features'] = [...platform['os.features']]
  if (platform.variant !== undefined) ordered.variant = platform.variant
  if (platform.features !== undefined) ordered.features = [...platform.features]
  return ordered
}

function validateEntries(entries: IndexEntry[]): void {
  if (entries.length === 0) {
    throw new InvalidIndexError('No platform images given: the manifests input needs at least one line.')
  }
  const scenarioOwners = new Map<string, IndexEntry>()
  const digestOwners = new Map<string, IndexEntry>()
  const platformOwners = new Map<string, IndexEntry[]>()
  for (const entry of entries) {
    const name = describeEntry(entry)
    for (const scenario of entry.scenarios) {
      if (!SCENARIO_PATTERN.test(scenario)) {
        throw new InvalidIndexError(
          `Invalid scenario tag '${scenario}' for ${name}. Expected 1-128 characters of letters, digits, '.', '_' or '-', starting with a letter or digit (no commas).`
        )
      }
      const owner = scenarioOwners.get(scenario)
      if (owner === entry) throw new InvalidIndexError(`Scenario '${scenario}' is listed twice for ${name}.`)
      if (owner !== undefined) {
        throw new InvalidIndexError(
          `Scenario '${scenario}' is given to two images (${describeEntry(owner)} and ${name}); each scenario must select one image.`
        )
      }
      scenarioOwners.set(scenario, entry)
    }
    const sameDigest = digestOwners.get(entry.descriptor.digest)
    if (sameDigest !== undefined) {
      throw new InvalidIndexError(
        `Image ${entry.descriptor.digest} is listed twice; give it one line with all its scenarios (scenario=a,b).`
      )
    }
    digestOwners.set(entry.descriptor.digest, entry)
    const platform = formatPlatform(entry.platform)
    platformOwners.set(platform, [...(platformOwners.get(platform) ?? []), entry])
  }
  for (const [platform, owners] of platformOwners) {
    if (owners.length > 1 && owners.some(owner => owner.scenarios.length === 0)) {
      throw new InvalidIndexError(
        `${owners.length} images share platform ${platform} and not all have a scenario to tell them apart; give each a scenario=TAG.`
      )
    }
  }
}

function describeEntry(entry: IndexEntry): string {
  return `${formatPlatform(entry.platform)} ${entry.descriptor.digest}`
}

/** The scenario tags an index entry carries (none when the annotation is absent). */
export function scenariosOf(descriptor: Descriptor, scenarioAnnotation: string): string[] {
  const value = descriptor.annotations?.[scenarioAnnotation]
  if (value === undefined) return []
  return value
    .split(SCENARIO_SEPARATOR)
    .map(scenario => scenario.trim())
    .filter(scenario => scenario !== '')
}

/**
 * The entries a selection names: all of them when it is empty; else the one entry with the scenario
 * (which must also run on the platform, when one is given), or every entry for the platform. Nothing
 * matching is a VerificationError that lists what the index offers.
 */
export function selectEntries(
  index: ImageIndex,
  selection: Selection,
  scenarioAnnotation: string
): Descriptor[] {
  const { scenario, platform } = selection
  if (scenario === undefined && platform === undefined) return [...index.manifests]
  // Attestations describe an entry; they are never the runnable image a selection asks for.
  const images = index.manifests.filter(entry => !isAttestation(entry, index.manifests))

  if (scenario !== undefined) {
    const tagged = images.filter(entry => scenariosOf(entry, scenarioAnnotation).includes(scenario))
    if (tagged.length === 0) {
      throw new VerificationError(
        `no entry has scenario '${scenario}' (available: ${available(index, scenarioAnnotation)})`
      )
    }
    if (tagged.length > 1) {
      throw new VerificationError(
        `the index is ambiguous: ${tagged.length} entries have scenario '${scenario}' (${tagged.map(entry => entry.digest).join(', ')})`
      )
    }
    const [entry] = tagged
    if (
      platform !== undefined &&
      !(entry.platform !== undefined && platformMatches(platform, entry.platform))
    ) {
      throw new VerificationError(
        `scenario '${scenario}' is ${platformName(entry)}, not ${formatPlatform(platform)} (available: ${available(index, scenarioAnnotation)})`
      )
    }
    return tagged
  }

  const wanted = platform!
  const matching = images.filter(
    entry => entry.platform !== undefined && platformMatches(wanted, entry.platform)
  )
  if (matching.length === 0) {
    throw new VerificationError(
      `no entry has platform ${formatPlatform(wanted)} (platforms: ${availablePlatforms(index)})`
    )
  }
  if (matching.length > 1) {
    const listed = matching.map(entry => {
      const scenarios = scenariosOf(entry, scenarioAnnotation)
      return `${entry.digest} ${platformName(entry)}${scenarios.length > 0 ? ` [${scenarios.join(', ')}]` : ''}`
    })
    throw new VerificationError(
      `platform ${formatPlatform(wanted)} is ambiguous: ${matching.length} entries match (${listed.join('; ')}); select one with 'scenario' instead`
    )
  }
  return matching
}

/** "kernel-3.10 (linux/amd64), kernel-4.19.90 (linux/arm64/v8)"; entries without scenarios by platform alone. */
function available(index: ImageIndex, scenarioAnnotation: string): string {
  const choices = index.manifests
    .filter(entry => !isAttestation(entry, index.manifests))
    .flatMap(entry => {
      const scenarios = scenariosOf(entry, scenarioAnnotation)
      if (scenarios.length === 0) return [`no scenario (${platformName(entry)})`]
      return scenarios.map(scenario => `${scenario} (${platformName(entry)})`)
    })
  return choices.length > 0 ? choices.join(', ') : 'the index is empty'
}

/** "linux/amd64, linux/arm64/v8": each platform of the index once, in index order. */
function availablePlatforms(index: ImageIndex): string {
  const platforms = new Set(
    index.manifests.filter(entry => !isAttestation(entry, index.manifests)).map(platformName)
  )
  return platforms.size > 0 ? [...platforms].join(', ') : 'the index is empty'
}

function platformName(entry: Descriptor): string {
  return entry.platform ? formatPlatform(entry.platform) : 'no platform'
}
