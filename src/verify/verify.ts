/**
 * Folder verify/: the verify engine (plan + context in, result out) and verify-envelope.
 * May import: inputs/, trust/, oci/, util/. No face, no run/, no mode above it.
 *
 * The verify mode: resolve → find signatures → chain + signature + identity + target → select the
 * requested entry of the signed index → re-hash every manifest, config and layer reached → report.
 * It is a gate: whatever cannot be checked is never a pass. A check the registry answered against the
 * image is a rejection; a check that could not run (network, TLS, auth, server errors) is an error.
 */
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { BufferedLog, HeldLog } from '../util/buffered-log.js'
import { mapWithLimit } from '../util/concurrency.js'
import { settled, unwrap, type Settled } from '../util/settled.js'
import {
  ContentMismatchError,
  couldNotComplete,
  errorMessage,
  InputError,
  SignetError,
  VerificationError
} from '../util/errors.js'
import type { Log } from '../util/log.js'
import type { EngineContext } from './context.js'
import type { VerifyPlan, VerifyRequest } from './plan.js'
import { combineVerdicts, type Verdict } from '../util/verdict.js'
import { checkedContent, Progress } from '../util/progress.js'
import { scenariosOf, selectEntries } from '../oci/image-index.js'
import { formatPlatform, platformMatches } from '../oci/platform.js'
import { formatReference, repositoryName } from '../oci/reference.js'
import { canonicalRegistry } from '../oci/canonical.js'
import type { FetchedManifest } from '../oci/registry.js'
import { fetchImageConfig, type ContentSource, type SourceFor } from '../oci/content.js'
import {
  isIndexMediaType,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Platform
} from '../oci/types.js'
import type { SignatureReport, SignedBy } from './signatures.js'
import { checkImageSignatures, type AttestationPlacement } from './platform-attestations.js'

export type { SignatureReport, SignedBy }

/**
 * Blobs (and child manifests) fetched at once per image: the config and layers of two platforms together,
 * within the client's 12 connections per host (4 left the last blobs of a 2-platform index a round trip behind).
 */
const BLOB_CONCURRENCY = 8
/**
 * Images of one run verified at once when the caller does not say (the `max-concurrency` default). The
 * registry client caps the requests in flight to one host (oci/http.ts), so this bounds work, not load on
 * a registry: a gate of 10 images at 30 ms RTT took 0.80 s at 4, 0.60 s at 6-10, 0.53 s at 16.
 */
export const DEFAULT_IMAGE_CONCURRENCY = 16
/** Index → index nesting deeper than this is refused rather than followed. */
const MAX_NESTING = 4

/** One step of the verification of an image, in the order run; the first failure ends the image. */
export interface CheckReport {
  name: 'allowed registry' | 'trust policy' | 'resolve' | 'signature' | 'selection and content'
  passed: boolean
  reason?: string
}

export type { Verdict }

export interface ImageReport {
  image: string
  verified: boolean
  verdict: Verdict
  checks: CheckReport[]
  digest?: string
  ref?: string
  signer?: string
  policy?: string
  /** Every signature examined, verified or not, with the kind of signer that read it. */
  signatures: SignatureReport[]
  /** Each accepted signer's signature that verified (kind, who, when, evidence). */
  signedBy?: SignedBy[]
  /** For an index under GitHub-attestation signers: which digests (index, platforms) carry bundles, and which was used. */
  attestations?: AttestationPlacement[]
  selected: { digest: string; platform?: string; scenarios: string[] }[]
  /**
   * What was fetched and hashed below the signed manifest: `checked` counts every blob, the child
   * manifests among them (`manifests`) included; `bytes` is their total size.
   */
  blobs: { checked: number; bytes: number; manifests: number }
  reasons: string[]
  /** The same image (reference, platform) was asked for earlier in this run: this is that answer. */
  verifiedOnce?: true
}

export interface VerifyResult {
  verified: boolean
  /** `rejected` when any image is rejected, else `error` when any could not be checked. */
  verdict: Verdict
  images: ImageReport[]
  /** `I/N` when this run verified one matrix job's share of the images. */
  shard?: string
}

/** The result of verifying `images`: a rejection outweighs an error, which outweighs a pass. */
export function resultOf(images: ImageReport[]): VerifyResult {
  const verdict = combineVerdicts(images.map(image => image.verdict))
  return { verified: verdict === 'verified', verdict, images }
}

export interface VerifyOptions {
  /** Where an image's content is read from instead of its registry repository (the verified store). */
  sourceFor?: SourceFor
  /** Images verified at once (default DEFAULT_IMAGE_CONCURRENCY); 1 verifies them one after another. */
  maxConcurrency?: number
}

/**
 * Verifies each request under `plan`, up to `maxConcurrency` images at once; `images[i]` of the result
 * answers `requests[i]`, and the request keeps its origin for whoever groups the answers. Each image's
 * log lines are held and written as one group, in the order of the requests, whatever order they finish
 * in. A request for an image already asked for in this run (same reference and platform) is answered
 * with that verification rather than a second one.
 */
export async function verify(
  requests: readonly VerifyRequest<unknown>[],
  plan: VerifyPlan,
  context: EngineContext,
  options: VerifyOptions = {}
): Promise<VerifyResult> {
  const limit = Math.max(1, Math.floor(options.maxConcurrency ?? DEFAULT_IMAGE_CONCURRENCY))
  const answers = new Map<string, Promise<ImageReport>>()
  const verifyOnce = (request: VerifyRequest<unknown>, log: Log): Promise<ImageReport> => {
    const key = JSON.stringify([
      formatReference(request.reference),
      request.platform,
      request.resolved?.digest
    ])
    const earlier = answers.get(key)
    if (earlier !== undefined) {
      log.info('Verified once in this run: the same image was asked for above')
      return earlier.then(report => ({ ...structuredClone(report), verifiedOnce: true }))
    }
    const remote = context.registry.repository(request.reference)
    const source = options.sourceFor?.(request.reference, remote) ?? remote
    const answer = verifyImage(request, plan, source, { ...context, log })
    answers.set(key, answer)
    return answer
  }
  const title = (request: VerifyRequest<unknown>) => `Verify ${formatReference(request.reference)}`
  if (limit === 1 || requests.length === 1) {
    const images: ImageReport[] = []
    for (const request of requests)
      images.push(await context.log.group(title(request), () => verifyOnce(request, context.log)))
    return resultOf(images)
  }
  // Groups are written in request order: a finished image's lines wait for those of the images before it.
  const held: (BufferedLog | undefined)[] = new Array(requests.length)
  let next = 0
  let written: Promise<unknown> = Promise.resolve()
  const images = await mapWithLimit(requests, limit, async (request, index) => {
    const log = new BufferedLog()
    const report = await verifyOnce(request, log)
    held[index] = log
    while (next < requests.length && held[next] !== undefined) {
      const at = next++
      const lines = held[at] as BufferedLog
      written = written.then(() =>
        context.log.group(title(requests[at]), async () => lines.replay(context.log))
      )
    }
    return report
  })
  await written
  return resultOf(images)
}

/**
 * Registry host patterns: `ghcr.io` exactly, `*.example.com` any subdomain; both sides compared as
 * canonical hosts (oci/canonical.ts), so `GHCR.IO` or `ghcr.io:443` is `ghcr.io`.
 */
export function registryAllowed(registry: string, patterns: string[]): boolean {
  if (patterns.length === 0) return true
  const host = canonicalRegistry(registry)
  return patterns.some(pattern => {
    if (!pattern.startsWith('*.')) return host === canonicalRegistry(pattern)
    const suffix = pattern.slice(1).toLowerCase()
    return host.endsWith(suffix) && host.length > suffix.length
  })
}

async function verifyImage(
  request: VerifyRequest<unknown>,
  plan: VerifyPlan,
  repository: ContentSource,
  context: EngineContext
): Promise<ImageReport> {
  const { log } = context
  const report: ImageReport = {
    image: formatReference(request.reference),
    verified: false,
    verdict: 'rejected',
    checks: [],
    signatures: [],
    selected: [],
    blobs: { checked: 0, bytes: 0, manifests: 0 },
    reasons: []
  }
  /** Runs one check and records its outcome in the report. */
  const check = async <T>(name: CheckReport['name'], body: () => Promise<T> | T): Promise<T> => {
    try {
      const value = await body()
      report.checks.push({ name, passed: true })
      return value
    } catch (error) {
      report.checks.push({ name, passed: false, reason: errorMessage(error) })
      throw error
    }
  }
  let listing: Promise<void> | undefined
  // The content check runs while the signature is checked, and counts only once the signature passed.
  const ahead = new AbortController()
  let content: ContentAhead | undefined
  try {
    await check('allowed registry', () => {
      if (!registryAllowed(request.reference.registry, plan.allowedRegistries)) {
        throw new VerificationError(
          `registry ${request.reference.registry} is not in allowed-registries (${plan.allowedRegistries.join(', ')})`
        )
      }
    })
    const decision = await check('trust policy', () =>
      plan.policy.forRepository(repositoryName(request.reference))
    )
    report.policy = `${decision.name} (${decision.level})`

    // 1. Resolve once; everything after works on the digest. Without an earlier resolve, one GET: the
    // manifest's bytes are needed for the selection anyway (a HEAD first would cost a round trip).
    // A digest known already has its referrers listed meanwhile: the signature step reads that listing
    // from the client's memory of this run instead of waiting a round trip more for it.
    const known = request.resolved?.digest ?? request.reference.digest
    if (known !== undefined && decision.level !== 'skip') {
      listing = repository.referrers(known).then(
        () => undefined,
        () => undefined // asked again, and reported, by the signature step
      )
    }
    let root: FetchedManifest | undefined
    /** The manifest the subject names, fetched once (the resolve's GET when there was one). */
    const signedRoot = async (): Promise<FetchedManifest> =>
      (root ??= await repository.fetchManifest(subject.digest))
    /** The platform entry verified by its own attestation when the index had none. */
    let attestedEntry: Descriptor | undefined
    const subject = await check('resolve', async () => {
      if (request.resolved === undefined) {
        root = await repository.fetchManifest(request.reference.digest ?? request.reference.tag ?? 'latest')
      }
      const resolved = request.resolved ?? (root as FetchedManifest).descriptor
      return { mediaType: resolved.mediaType, digest: resolved.digest, size: resolved.size }
    })
    report.digest = subject.digest
    log.info(`Resolved to ${subject.digest}`)
    const selection = { ...plan.selection, platform: request.platform ?? plan.selection.platform }
    content = checkContentAhead(signedRoot, subject, selection, plan, repository, ahead.signal)

    // 2. A signature that passes every check.
    if (decision.level === 'skip') {
      log.warning(
        `Trust policy '${decision.name}' skips signature verification for ${repositoryName(request.reference)}`
      )
      report.checks.push({
        name: 'signature',
        passed: true,
        reason: `skipped by trust policy '${decision.name}'`
      })
    } else {
      const { outcome: accepted, attestedEntry: entry } = await check('signature', () =>
        checkImageSignatures({
          subject,
          signedRoot,
          decision,
          selection,
          plan,
          repository,
          report,
          context
        })
      )
      attestedEntry = entry
      // Only a signer whose chain and identity were checked is named as the image's signer; an audit
      // level that let an untrusted one pass leaves it in the signature's own report only.
      report.signer = accepted.signer
      report.signedBy = accepted.signedBy
      log.info(
        accepted.authentic
          ? `Signature ${accepted.digest} by ${signedByLine(accepted.signedBy)}`
          : `Signature ${accepted.digest} (not trusted: audit)`
      )
    }

    // 3 + 4. Select from the signed manifest and re-hash everything reached: the check started above,
    // now that the signature passed, reported (its log lines so far, then as they come) and awaited.
    const checked = content
    const pinned = await check('selection and content', async () => {
      if (attestedEntry !== undefined) {
        // The index has no signature of its own: what was checked ahead of it does not count, and the
        // platform entry attested by its own digest is checked now.
        ahead.abort()
        return checkAttestedEntry(attestedEntry, plan, repository, report, log)
      }
      checked.log.release(log)
      const outcome = await checked.done
      report.selected.push(...checked.report.selected)
      report.blobs = checked.report.blobs
      return unwrap(outcome)
    })
    report.ref = formatReference({
      registry: request.reference.registry,
      repository: request.reference.repository,
      digest: pinned
    })
    report.digest = pinned
    report.verified = true
    report.verdict = 'verified'
    log.info(`Verified: ${report.ref}: ${checkedContent(report.blobs, plan.verifyLayers)}`)
  } catch (error) {
    if (error instanceof InputError) throw error
    // A rejected image has no signer: outputs, report and summary must not name one as if trusted.
    delete report.signer
    const reason = errorMessage(error)
    report.reasons.push(reason)
    if (couldNotComplete(error)) {
      report.verdict = 'error'
      log.info(`Could not complete: ${reason}`)
    } else {
      log.info(`Rejected: ${reason}`)
    }
    if (!(error instanceof SignetError)) log.debug(String((error as Error).stack))
  } finally {
    // A content check whose signature did not pass is stopped, never reported; and no request of this
    // image is left running behind the caller's back.
    ahead.abort()
    await Promise.all([content?.done, listing])
  }
  return report
}

/** A content check started ahead of the signature's verdict: what it found so far, and its end. */
interface ContentAhead {
  report: ContentReport
  log: HeldLog
  /** The digest to pin, or the check's failure, held until the signature passed. */
  done: Promise<Settled<string>>
}

/** What the content check reports: the entries selected, the blobs re-hashed. */
type ContentReport = Pick<ImageReport, 'selected' | 'blobs'>

/**
 * Starts the selection and content check while the signature is checked, so the manifests and blobs it
 * reads are fetched and re-hashed during the signature's round trips. It writes to a report and a log
 * of its own, and its failure is held: nothing of it reaches the image's report, and no failure of it
 * decides the verdict, before the signature passed. `signal` stops it when the signature did not.
 */
function checkContentAhead(
  signedRoot: () => Promise<FetchedManifest>,
  subject: Descriptor,
  selection: { scenario?: string; platform?: Platform },
  plan: VerifyPlan,
  repository: ContentSource,
  signal: AbortSignal
): ContentAhead {
  const report: ContentReport = { selected: [], blobs: { checked: 0, bytes: 0, manifests: 0 } }
  const log = new HeldLog()
  const check = async () => {
    const signed = await signedRoot()
    checkDescriptor(signed.descriptor, subject, 'signed manifest')
    return checkContentTree(signed, selection, plan, repository, report, log, signal)
  }
  return { report, log, done: settled(check()) }
}

/** `notation: CN=release, O=Acme; cosign: cosign key ECDSA P-256 sha256:…`: who signed, by kind. */
export function signedByLine(signedBy: SignedBy[]): string {
  return [...new Set(signedBy.map(entry => `${entry.kind}: ${entry.signer}`))].join('; ')
}

/** A blob reached from the signed manifest, and how the report names it when it fails. */
interface BlobCheck {
  descriptor: Descriptor
  what: string
}

/**
 * Walks the signed manifest: for an index, the selected entries (all when nothing is selected); for an
 * image manifest, its config and layers (without `verifyLayers`, only the selection is made). Manifests
 * are read first, then every blob of every entry is re-hashed from one queue, so the transfers of one
 * image overlap the tail of another's. Returns the digest to pin: the selected entry's when exactly one
 * entry was asked for, else the signed manifest's. `signal` stops it between requests and transfers.
 */
async function checkContentTree(
  root: FetchedManifest,
  selection: { scenario?: string; platform?: Platform },
  plan: VerifyPlan,
  repository: ContentSource,
  report: ContentReport,
  log: Log,
  signal: AbortSignal
): Promise<string> {
  const selecting = selection.scenario !== undefined || selection.platform !== undefined
  if (!isIndexMediaType(root.descriptor.mediaType)) {
    if (selection.scenario !== undefined) {
      throw new VerificationError(
        `scenario '${selection.scenario}' requested, but ${root.descriptor.digest} is a single image, not an index`
      )
    }
    const blobs = await imageBlobs(root, repository, selection.platform)
    await checkBlobs(blobs, plan, repository, report, log, signal)
    return root.descriptor.digest
  }
  const index = root.manifest as ImageIndex
  const entries = selectEntries(index, selection, plan.scenarioAnnotation)
  for (const entry of entries) {
    const { named, scenarios } = recordSelected(entry, plan, report)
    log.info(`${named}${scenarios.length ? ` [${scenarios.join(', ')}]` : ''}`)
  }
  const pinned = selecting && entries.length === 1 ? entries[0].digest : root.descriptor.digest
  // Signature only: the entries are named by the signed index; fetching them checks nothing it does not.
  if (!plan.verifyLayers) return pinned
  const blobs = await mapWithLimit(entries, BLOB_CONCURRENCY, entry =>
    childBlobs(entry, repository, report, 1, signal)
  )
  await checkBlobs(blobs.flat(), plan, repository, report, log, signal)
  return pinned
}

/**
 * The selected platform of an index that is not itself attested, verified by its own attestation: its
 * manifest and (with `verifyLayers`) every blob it reaches are re-hashed, and its digest is pinned.
 */
async function checkAttestedEntry(
  entry: Descriptor,
  plan: VerifyPlan,
  repository: ContentSource,
  report: ImageReport,
  log: Log
): Promise<string> {
  log.info(`${recordSelected(entry, plan, report).named} (attested by its own digest)`)
  const blobs = await childBlobs(entry, repository, report, 1)
  await checkBlobs(blobs, plan, repository, report, log)
  return entry.digest
}

/** Records `entry` as selected; returns its scenarios and how the log names it (`Entry sha256:… linux/amd64`). */
function recordSelected(
  entry: Descriptor,
  plan: VerifyPlan,
  report: ContentReport
): { named: string; scenarios: string[] } {
  const platform = entry.platform && formatPlatform(entry.platform)
  const scenarios = scenariosOf(entry, plan.scenarioAnnotation)
  report.selected.push({ digest: entry.digest, platform, scenarios })
  return { named: `Entry ${entry.digest}${platform ? ` ${platform}` : ''}`, scenarios }
}

/** Fetches (and so digest-checks) a child manifest, and lists the blobs of the images it reaches. */
async function childBlobs(
  entry: Descriptor,
  repository: ContentSource,
  report: ContentReport,
  depth: number,
  signal?: AbortSignal
): Promise<BlobCheck[]> {
  if (depth > MAX_NESTING)
    throw new VerificationError(`index nesting deeper than ${MAX_NESTING} at ${entry.digest}`)
  signal?.throwIfAborted()
  const child = await repository.fetchManifest(entry.digest)
  checkDescriptor(
    child.descriptor,
    entry,
    `child manifest${entry.platform ? ` of ${formatPlatform(entry.platform)}` : ''}`
  )
  report.blobs.checked++
  report.blobs.manifests++
  report.blobs.bytes += child.descriptor.size
  if (isIndexMediaType(child.descriptor.mediaType)) {
    const nested: BlobCheck[] = []
    for (const grandchild of (child.manifest as ImageIndex).manifests)
      nested.push(...(await childBlobs(grandchild, repository, report, depth + 1, signal)))
    return nested
  }
  return imageBlobs(child, repository, undefined, entry.platform)
}

/** Config and layers of one image manifest; with `wantedPlatform`, its config must describe that platform. */
async function imageBlobs(
  image: FetchedManifest,
  repository: ContentSource,
  wantedPlatform?: Platform,
  entryPlatform?: Platform
): Promise<BlobCheck[]> {
  const manifest = image.manifest as ImageManifest
  if (!Array.isArray(manifest.layers) || manifest.config === undefined) {
    throw new VerificationError(`manifest ${image.descriptor.digest} has no config or layers`)
  }
  const label = entryPlatform ? ` of ${formatPlatform(entryPlatform)}` : ''
  if (wantedPlatform !== undefined) {
    const config = await fetchImageConfig(repository, manifest.config)
    const actual: Platform = {
      os: config.os ?? '',
      architecture: config.architecture ?? '',
      variant: config.variant
    }
    if (!platformMatches(wantedPlatform, actual)) {
      throw new VerificationError(
        `platform ${formatPlatform(wantedPlatform)} requested, but ${image.descriptor.digest} is ${formatPlatform(actual)}`
      )
    }
  }
  return [
    { descriptor: manifest.config, what: `config ${manifest.config.digest}${label}` },
    ...manifest.layers.map(layer => ({ descriptor: layer, what: `layer ${layer.digest}${label}` }))
  ]
}

/**
 * Streams every blob through its size + digest check, at most BLOB_CONCURRENCY at once. A blob listed by
 * several images (a shared base layer) with the same digest and size is read once.
 */
async function checkBlobs(
  blobs: BlobCheck[],
  plan: VerifyPlan,
  repository: ContentSource,
  report: ContentReport,
  log: Log,
  signal?: AbortSignal
): Promise<void> {
  if (!plan.verifyLayers) return
  const unique = new Map<string, BlobCheck>()
  for (const blob of blobs) {
    const key = `${blob.descriptor.digest} ${blob.descriptor.size}`
    if (!unique.has(key)) unique.set(key, blob)
  }
  const progress = new Progress(log, 'Re-hashed')
  await mapWithLimit([...unique.values()], BLOB_CONCURRENCY, async ({ descriptor, what }) => {
    signal?.throwIfAborted()
    const transfer = progress.start(descriptor.digest, descriptor.size)
    try {
      await pipeline(await repository.fetchBlob(descriptor), discard(transfer.advance), { signal })
    } catch (error) {
      transfer.fail()
      const detail =
        error instanceof ContentMismatchError && error.detail ? error.detail : errorMessage(error)
      throw new VerificationError(`${what}: ${detail}`, { cause: error })
    }
    transfer.finish()
    report.blobs.checked++
    report.blobs.bytes += descriptor.size
  })
  log.info(progress.summary())
}

function checkDescriptor(actual: Descriptor, expected: Descriptor, what: string): void {
  if (
    actual.digest !== expected.digest ||
    actual.size !== expected.size ||
    actual.mediaType !== expected.mediaType
  ) {
    throw new VerificationError(
      `${what} ${expected.digest}: registry serves ${actual.mediaType} ${actual.digest} (${actual.size} bytes), expected ${expected.mediaType} (${expected.size} bytes)`
    )
  }
}

/** The end of a re-hash: the bytes were checked on the way; only their count is kept. */
function discard(onBytes: (bytes: number) => void): Writable {
  return new Writable({
    write: (chunk: Buffer, _encoding, callback) => {
      onBytes(chunk.length)
      callback()
    }
  })
}
