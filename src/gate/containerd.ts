/**
 * The node gate: containerd's image verifier API (the `io.containerd.image-verifier.v1.bindir` plugin,
 * containerd 2.x). containerd's transfer service runs every executable of its `bin_dir` once per pull
 * with `-name REF -digest DIGEST -stdin-media-type application/vnd.oci.descriptor.v1+json` and the
 * descriptor it resolved, as JSON and a newline, on stdin; exit 0 lets the pull go on, anything else
 * blocks it with stdout as the reason. A proposed `verify_on_run` (containerd PR #12541) adds
 * `-operation pull|run` and a wrapper `{"operation","descriptor","annotations"}` on stdin.
 *
 * This module reads that call and judges it on the digest containerd resolved, never on the tag read
 * again: a tag moved since containerd resolved it must not let another index through.
 */
import { couldNotComplete, errorMessage, InputError } from '../util/errors.js'
import { oneLine } from '../util/sanitize.js'
import type { Verdict } from '../util/verdict.js'
import { isDigest } from '../oci/digest.js'
import { repositoryName, type Reference } from '../oci/reference.js'
import { readReference } from '../inputs/oci-inputs.js'
import { isIndexMediaType, MediaType, type Descriptor, type ImageIndex } from '../oci/types.js'
import type { EngineContext } from '../verify/context.js'
import type { VerifyPlan, VerifyRequest } from '../verify/plan.js'
import { verify, type ImageReport } from '../verify/verify.js'

/** The media type containerd 2.x declares for its stdin: one OCI descriptor. */
export const DESCRIPTOR_MEDIA_TYPE = MediaType.OciDescriptor
/** containerd writes one small descriptor; anything much larger is not containerd talking. */
const MAX_STDIN_BYTES = 64 * 1024
const OPERATIONS = ['pull', 'run'] as const
export type ContainerdOperation = (typeof OPERATIONS)[number]

/** The flags containerd passes, as parsed (undefined: not given). */
export interface ContainerdFlags {
  name?: string
  digest?: string
  stdinMediaType?: string
  operation?: string
}

/** One call of the verifier: what containerd is about to pull (or run) and the digest it resolved. */
export interface ContainerdCall {
  /** `-name` as containerd passes it: the reference as typed (through a mirror too, not the mirror's). */
  reference: Reference
  /** The descriptor containerd resolved: the only thing judged. */
  descriptor: Descriptor
  operation: ContainerdOperation
  /** The wrapper's annotations (verify_on_run's CRI context): logged, never a reason to allow. */
  annotations: Record<string, string>
}

/** The verdict on a call: `reason` is the one line containerd shows (stdout). */
export interface PullJudgement {
  verdict: Verdict
  reason: string
}

const USAGE =
  "containerd passes -name REF -digest sha256:… -stdin-media-type TYPE (see 'signet containerd-verifier --help')"

/**
 * The call containerd made, from its flags and all of stdin. Anything missing or malformed is an
 * InputError naming the flag or stdin: the pull is blocked (exit 2), with the reason on one line.
 */
export function parseContainerdCall(flags: ContainerdFlags, stdin: string): ContainerdCall {
  const required = (value: string | undefined, flag: string): string => {
    if (value === undefined || value === '') throw new InputError(flag, `Missing flag '-${flag}': ${USAGE}.`)
    return value
  }
  const name = required(flags.name, 'name')
  const digest = required(flags.digest, 'digest')
  const mediaType = required(flags.stdinMediaType, 'stdin-media-type')
  if (!isDigest(digest))
    throw new InputError('digest', `Invalid flag '-digest': '${digest}' is not a sha256 or sha512 digest.`)
  const operation = flags.operation ?? 'pull'
  if (!(OPERATIONS as readonly string[]).includes(operation))
    throw new InputError('operation', `Invalid flag '-operation': '${operation}'. Expected 'pull' or 'run'.`)
  const reference = readReference(name, 'name')
  if (reference.digest !== undefined && reference.digest !== digest)
    throw new InputError(
      'digest',
      `Flag '-name' pins ${reference.digest} but '-digest' is ${digest}: containerd resolved another image than named.`
    )
  const input = readStdin(stdin, mediaType)
  if (input.operation !== undefined && input.operation !== operation)
    throw new InputError(
      'stdin',
      `stdin says operation '${input.operation}' but '-operation' is '${operation}'.`
    )
  if (input.descriptor.digest !== digest)
    throw new InputError(
      'stdin',
      `The descriptor on stdin names ${input.descriptor.digest} but '-digest' is ${digest}.`
    )
  return {
    reference,
    descriptor: input.descriptor,
    operation: operation as ContainerdOperation,
    annotations: input.annotations
  }
}

/**
 * stdin as one of its two shapes: the descriptor itself (`-stdin-media-type` the descriptor type), or
 * the verify_on_run wrapper `{"operation","descriptor","annotations"}` (recognised by its shape: the
 * media type it will be declared under is not settled upstream).
 */
function readStdin(
  text: string,
  mediaType: string
): { descriptor: Descriptor; operation?: string; annotations: Record<string, string> } {
  if (Buffer.byteLength(text) > MAX_STDIN_BYTES)
    throw new InputError('stdin', `stdin holds more than ${MAX_STDIN_BYTES} bytes: not a descriptor.`)
  if (text.trim() === '')
    throw new InputError(
      'stdin',
      "stdin is empty: containerd writes the resolved image's OCI descriptor (JSON) there."
    )
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError('stdin', `stdin is not JSON (${errorMessage(error)}): expected an OCI descriptor.`)
  }
  if (!isObject(value))
    throw new InputError('stdin', 'stdin is not a JSON object: expected an OCI descriptor.')
  if (isObject(value.descriptor)) {
    const { operation, annotations } = value
    if (operation !== undefined && typeof operation !== 'string')
      throw new InputError('stdin', "stdin's 'operation' is not a string.")
    return {
      descriptor: readDescriptor(value.descriptor, "stdin's 'descriptor'"),
      operation,
      annotations: readAnnotations(annotations)
    }
  }
  if (mediaType !== DESCRIPTOR_MEDIA_TYPE)
    throw new InputError(
      'stdin-media-type',
      `Unknown '-stdin-media-type' '${mediaType}' for a bare descriptor: expected ${DESCRIPTOR_MEDIA_TYPE}.`
    )
  return { descriptor: readDescriptor(value, 'stdin'), annotations: {} }
}

function readDescriptor(value: Record<string, unknown>, what: string): Descriptor {
  const { mediaType, digest, size } = value
  if (typeof mediaType !== 'string' || mediaType === '')
    throw new InputError('stdin', `${what} has no 'mediaType': expected an OCI descriptor.`)
  if (typeof digest !== 'string' || !isDigest(digest))
    throw new InputError('stdin', `${what} has no valid 'digest': expected an OCI descriptor.`)
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
    throw new InputError('stdin', `${what} has no valid 'size': expected an OCI descriptor.`)
  return { mediaType, digest, size }
}

function readAnnotations(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {}
  if (!isObject(value) || Object.values(value).some(entry => typeof entry !== 'string'))
    throw new InputError('stdin', "stdin's 'annotations' is not a map of strings.")
  return value as Record<string, string>
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Judges a call under `plan` (its policy picks the trust of the repository; layers are containerd's
 * to check). Allowed when the resolved digest is signed (an index, or an image), or when it is an
 * image manifest listed in a signed index of the same repository: the pull of one platform of a
 * multi-arch image by its own digest. The tag is read only to find that index; what is allowed is
 * still exactly the digest containerd resolved, listed by a verified index.
 */
export async function judgePull(
  call: ContainerdCall,
  plan: VerifyPlan,
  context: EngineContext
): Promise<PullJudgement> {
  const { digest } = call.descriptor
  const own = await verifyOne(pinned(call.reference, digest), call.descriptor, plan, context)
  if (own.verified) return { verdict: 'verified', reason: accepted(own, `${digest} is signed`) }
  const parent = failedAt(own) === 'signature' ? await signedIndexListing(call, plan, context) : undefined
  if (parent?.verified)
    return {
      verdict: 'verified',
      reason: accepted(parent, `${digest} is listed in the signed index ${parent.digest}`)
    }
  const why = oneLine(own.reasons[0] ?? 'not verified')
  const policy = own.policy === undefined ? '' : ` (policy ${oneLine(own.policy)})`
  return own.verdict === 'error'
    ? { verdict: 'error', reason: `signet could not verify ${digest}, so it blocks it: ${why}` }
    : { verdict: 'rejected', reason: `signet rejected ${digest}: ${why}${policy}` }
}

function accepted(report: ImageReport, what: string): string {
  const signer = report.signer === undefined ? '' : ` by ${report.signer}`
  return oneLine(`signet verified: ${what}${signer} (policy ${report.policy ?? 'none'})`)
}

function failedAt(report: ImageReport): string | undefined {
  return report.checks.find(check => !check.passed)?.name
}

/** `registry/repository@digest`: the request never carries the tag, so nothing resolves it again. */
function pinned(reference: Reference, digest: string): Reference {
  return { registry: reference.registry, repository: reference.repository, digest }
}

async function verifyOne(
  reference: Reference,
  resolved: Descriptor,
  plan: VerifyPlan,
  context: EngineContext
): Promise<ImageReport> {
  const request: VerifyRequest = { reference, origin: { kind: 'input' }, resolved }
  const [report] = (await verify([request], plan, context)).images
  return report
}

/**
 * The verified report of the index the call's tag names now, when that index lists exactly the
 * resolved image manifest (digest, size and media type); undefined when there is no such index.
 */
async function signedIndexListing(
  call: ContainerdCall,
  plan: VerifyPlan,
  context: EngineContext
): Promise<ImageReport | undefined> {
  const { tag } = call.reference
  const image = call.descriptor
  if (tag === undefined || isIndexMediaType(image.mediaType)) return undefined
  const repository = context.registry.repository(call.reference)
  try {
    const index = await repository.resolve(tag)
    if (!isIndexMediaType(index.mediaType)) return undefined
    const { manifest } = await repository.fetchManifest(index.digest)
    const listed = (manifest as ImageIndex).manifests.some(
      entry =>
        entry.digest === image.digest && entry.size === image.size && entry.mediaType === image.mediaType
    )
    if (!listed) return undefined
    context.log.info(
      `${image.digest} is listed in ${index.digest}, the index ${repositoryName(call.reference)}:${tag} names: verifying that index`
    )
    return await verifyOne(pinned(call.reference, index.digest), index, plan, context)
  } catch (error) {
    // No index to vouch for the image: the image's own rejection stands.
    context.log.debug(
      `No signed index lists ${image.digest}${couldNotComplete(error) ? ' (registry unavailable)' : ''}: ${errorMessage(error)}`
    )
    return undefined
  }
}
