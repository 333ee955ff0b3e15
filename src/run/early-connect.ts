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
import { Inputs, type InputName } from '../inputs/contract.js'
import { lines, readInsecureRegistries, type InputSource } from '../inputs/input-values.js'
import { parseReference, type Reference } from '../oci/reference.js'
import { preconnect } from '../oci/preconnect.js'
import { registryBaseUrl } from '../oci/transport/origin.js'

/** Inputs under which a verify may not read the images first, or not from their registries. */
export const READ_AHEAD_BLOCKERS: readonly InputName[] = [
  Inputs.AllowedRegistries,
  Inputs.Rules,
  Inputs.TrustPolicy,
  Inputs.Store,
  Inputs.OutputArchive,
  Inputs.Shard
]

/** True where an input keeps a verify from reading its images ahead of the run (READ_AHEAD_BLOCKERS). */
export function readAheadBlocked(inputs: InputSource): boolean {
  return READ_AHEAD_BLOCKERS.some(name => inputs.get(name) !== '')
}

/** The origin each image's registry is spoken to at (`http://host:port`), with how many images are there. */
export function registryOrigins(images: Reference[], insecureRegistries: string[]): Map<string, number> {
  const insecure = new Set(insecureRegistries)
  const perOrigin = new Map<string, number>()
  for (const image of images) {
    const origin = registryBaseUrl(image.registry, insecure).origin
    perOrigin.set(origin, (perOrigin.get(origin) ?? 0) + 1)
  }
  return perOrigin
}

/** Opens one connection to the registry of each image of a verify's `inputs`, or none. */
export function connectEarly(inputs: InputSource): void {
  if (readAheadBlocked(inputs)) return
  let origins: Map<string, number>
  try {
    const images = lines(inputs, Inputs.Image).map(line => parseReference(line))
    origins = registryOrigins(images, readInsecureRegistries(inputs))
  } catch {
    return
  }
  for (const origin of origins.keys()) preconnect(new URL(origin))
}

/**
 * `signet verify`'s inputs at a first look, before the CLI's parser and its flag tables load: the values
 * of `--name VALUE` and `--name=VALUE`, IMAGE right after the command and after `--`. Undefined for another command
 * or a call for help. A value taken wrongly here (the argument after an on-off flag) names no image and
 * no blocker, so at worst nothing is opened; the run's parser reads the flags for real.
 */
export function verifyFlagsAtFirstLook(argv: readonly string[]): InputSource | undefined {
  if (argv[0] !== 'verify' || argv.some(arg => /^(-h|--help)(=.*)?$/.test(arg))) return undefined
  const values = new Map<string, string[]>()
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined) values.set(name, [...(values.get(name) ?? []), value])
  }
  if (argv[1] !== undefined && !argv[1].startsWith('-')) add(Inputs.Image, argv[1])
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length
  for (let at = 1; at < end; at++) {
    const flag = /^--([a-z][a-z0-9-]*)(?:=([\s\S]*))?$/.exec(argv[at])
    if (flag !== null) add(flag[1], flag[2] ?? argv[at + 1])
  }
  // After `--` every argument is an IMAGE.
  for (const image of argv.slice(end + 1)) add(Inputs.Image, image)
  return { get: name => (values.get(name) ?? []).join('\n') }
}

/** The action's inputs as the runner hands them over (INPUT_<NAME>), for a first look. */
export function actionInputsAtFirstLook(env: NodeJS.ProcessEnv): InputSource {
  return { get: name => env[`INPUT_${name.toUpperCase()}`] ?? '' }
}
