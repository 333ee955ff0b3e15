/**
 * A verify started before its engines are loaded. Loading them takes a process about 0.1 s, several round
 * trips to a distant registry; meanwhile the run's registry client is opened and starts on what the run
 * reads first: connections to the registries of the `image` references, then each image's manifest,
 * signatures and envelopes (oci/prefetch.ts). The run, handed the client, finds them in its memory or in
 * flight. Both faces start a verify this way.
 *
 * Only where the run is certain to read them first and the same way: images given as `image`, and no
 * input that may keep the run from reading an image or make it read elsewhere (`allowed-registries`: a
 * registry is reached only once found allowed; `rules` and `trust-policy`: a rule may reject an image or
 * skip its signature; `store`, `output-archive`: the store may answer; `shard`: another job's images;
 * READ_AHEAD_BLOCKERS in early-connect.ts).
 * Inputs that do not parse are left to the run to report.
 */
import { Inputs } from '../inputs/contract.js'
import {
  lines,
  readPositiveInteger,
  readRegistryInputs,
  type InputSource,
  type RegistryInputs
} from '../inputs/input-values.js'
import { readReference } from '../inputs/oci-inputs.js'
import { preconnect } from '../oci/preconnect.js'
import { DEFAULT_MAX_CONNECTIONS_PER_HOST } from '../oci/http.js'
import { prefetchImage } from '../oci/prefetch.js'
import type { Reference } from '../oci/reference.js'
import type { RegistryClient } from '../oci/registry.js'
import { openRegistryClient, type RunEnvironment } from './context.js'
import { readAheadBlocked, registryOrigins } from './early-connect.js'
import type { VerifyPorts, VerifyRun } from './verify.js'

/** `runVerify`, its first reads started before its engines load; both faces verify through it. */
export async function runWarmVerify(
  source: InputSource,
  environment: RunEnvironment,
  ports?: VerifyPorts
): Promise<VerifyRun> {
  const registryClient = warmUp(source, environment)
  try {
    const { runVerify } = await loadVerifyRun()
    return await runVerify(source, { ...environment, registryClient }, ports)
  } finally {
    // Closed by the run when it got that far; a run stopped by its inputs before then leaves it open.
    await registryClient?.close()
  }
}

/** What the warm-up reads, from the inputs as the run will read them. */
interface ReadAhead {
  registry: RegistryInputs
  images: Reference[]
  signatureOnly: boolean
  /** The run re-hashes every entry of an index: no scenario or platform selected. */
  everyEntry: boolean
  /** The run has a Notary signer (`trust-roots`). */
  notary: boolean
  maxSignatures: number
}

/** The run's registry client, already reading, or undefined when the run should open its own. */
export function warmUp(source: InputSource, environment: RunEnvironment): RegistryClient | undefined {
  const ahead = readAhead(source)
  if (ahead === undefined) return undefined
  preconnectRegistries(ahead)
  const client = openRegistryClient(ahead.registry, environment)
  for (const image of ahead.images) {
    // Failures are the run's to meet and report; nothing read here is trusted before the run checks it.
    void prefetchImage(client.repository(image), image, {
      childManifests: !ahead.signatureOnly && ahead.everyEntry,
      notaryEnvelope: ahead.notary,
      maxSignatures: ahead.maxSignatures
    }).catch(() => undefined)
  }
  return client
}

function readAhead(source: InputSource): ReadAhead | undefined {
  if (readAheadBlocked(source)) return undefined
  try {
    return {
      registry: readRegistryInputs(source),
      images: lines(source, Inputs.Image).map(line => readReference(line, Inputs.Image)),
      signatureOnly: source.get(Inputs.VerifyLayers) === 'false',
      everyEntry: source.get(Inputs.Scenario) === '' && source.get(Inputs.Platform) === '',
      notary: source.get(Inputs.TrustRoots) !== '',
      maxSignatures: readPositiveInteger(source, Inputs.MaxSignatures)
    }
  } catch {
    // The run reads the inputs again and says what is wrong with them.
    return undefined
  }
}

/**
 * Signature only, one image asks two things at once early on (the referrers API and the tag fallback);
 * re-hashing asks for child manifests and blobs meanwhile, and several images ask for more: as many
 * connections as the client allows.
 */
function preconnectRegistries({ registry, images, signatureOnly }: ReadAhead): void {
  for (const [origin, count] of registryOrigins(images, registry.insecureRegistries)) {
    const wanted = signatureOnly ? count + 1 : DEFAULT_MAX_CONNECTIONS_PER_HOST
    preconnect(new URL(origin), Math.min(wanted, DEFAULT_MAX_CONNECTIONS_PER_HOST))
  }
}

/**
 * The verify run, loaded a part at a time with a turn of the event loop between parts: loading it all at
 * once keeps the process from reading the warm-up's answers and sending its next requests for about 0.1 s.
 * The parts are the largest libraries first, in the order the engine needs them, none longer than about
 * 15 ms here; the list is a loading order only (the engine imports what it needs either way).
 */
async function loadVerifyRun(): Promise<typeof import('./verify.js')> {
  const parts = [
    () => import('yaml'),
    () => import('asn1js'),
    () => import('@peculiar/asn1-schema'),
    () => import('@peculiar/asn1-x509'),
    () => import('@peculiar/asn1-cms'),
    () => import('@peculiar/asn1-rsa'),
    () => import('@peculiar/asn1-ecc'),
    () => import('@peculiar/asn1-pkcs9'),
    () => import('../trust/x509.js'),
    () => import('../trust/timestamp.js'),
    () => import('../trust/revocation.js'),
    () => import('../trust/notary-envelope.js'),
    () => import('../inputs/verify-inputs.js'),
    () => import('../rules/apply.js'),
    () => import('../verify/verify.js')
  ]
  for (const part of parts) {
    await part()
    await new Promise(resolve => setImmediate(resolve))
  }
  return import('./verify.js')
}
