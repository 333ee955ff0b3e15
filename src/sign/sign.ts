/**
 * Folder sign/: the sign engine, the sweep and the key backends.
 * May import: rules/, verify/, inputs/, trust/, oci/, util/.
 *
 * The sign mode: read every platform image → build the scenario-tagged index (validating it) → sign →
 * push blobs → push platform manifests → push the index → push signatures → only then move tags.
 * Everything that can be refused (inputs, key, chain, sources, index, the signatures of a key held in a
 * token or plugin) is refused before the first push, and a failure before the last step leaves no tag
 * pointing at an unsigned index.
 */
import type { Readable } from 'node:stream'
import type { X509Certificate } from '@peculiar/x509'
import { mapWithLimit } from '../util/concurrency.js'
import { SIGNING_AGENT } from '../inputs/contract.js'
import { fetchImageConfig } from '../oci/content.js'
import type { ManifestLine } from '../inputs/sign-inputs.js'
import type { Log } from '../util/log.js'
import { buildImageIndex, sharedPlatforms, type IndexEntry } from '../oci/image-index.js'
import type { AttachedManifest } from '../oci/layout.js'
import { openSource } from '../oci/source.js'
import { formatPlatform, platformFromConfig } from '../oci/platform.js'
import { formatReference, parseReference } from '../oci/reference.js'
import type { BlobPushResult, RegistryClient, Repository } from '../oci/registry.js'
import {
  EMPTY_DESCRIPTOR,
  isIndexMediaType,
  type Descriptor,
  type ImageManifest,
  type Platform
} from '../oci/types.js'
import { formatSize, Progress, PROGRESS_MIN_BYTES } from '../util/progress.js'
import { step } from '../util/steps.js'
import { putRelinkingContent } from './content-relinked.js'
import { readAttestedImage } from './attested-image.js'
import { createdTime } from './created-time.js'
import type { EnvelopeFormat } from '../trust/envelope.js'
import { subjectOf, thumbprintsOf } from '../trust/pki.js'
import {
  buildSignatureManifest,
  CREATED_ANNOTATION,
  NOTARY_SIGNATURE_ARTIFACT_TYPE
} from '../trust/signature-manifest.js'
import { signEnvelope, type SignedEnvelope, type Signer } from '../trust/signer.js'
import { warnOnNearExpiry, type Timestamper } from './timestamping.js'
import type { SignPlan } from './plan.js'
import type { EngineContext } from '../verify/context.js'

const THUMBPRINT_ANNOTATION = 'io.cncf.notary.x509chain.thumbprint#S256'

/** Blob transfers at once: enough to hide latency, few enough not to thrash two cores. */
const BLOB_CONCURRENCY = 4
/** Subjects signed at once: each is a few small requests and, without the referrers API, a settle wait. */
const SIGNATURE_CONCURRENCY = 4

export interface SignedEntry {
  source: string
  scenarios: string[]
  platform: string
  digest: string
}

export interface SignResult {
  digest: string
  ref: string
  tags: string[]
  manifests: SignedEntry[]
  signatureDigests: string[]
  blobs: Record<BlobPushResult, number> & { bytesUploaded: number }
  /** Subject of the signing (leaf) certificate. */
  signer: string
  /**
   * The index signature's time, RFC 3339: this run's, or on a re-run that kept the signature already
   * there, that signature's (its created annotation); undefined when a kept signature carries none.
   */
  signedAt?: string
}

/** One platform image, wherever it comes from, with what it takes to copy its blobs. */
interface PlatformImage {
  line: ManifestLine
  manifest: { descriptor: Descriptor; bytes: Buffer; manifest: ImageManifest }
  platform: Platform
  /** Every blob to copy: the image's, then its attestations'. */
  blobs: Descriptor[]
  /** BuildKit attestation manifests of the image, carried into the index. */
  attestations: AttachedManifest[]
  openBlob(descriptor: Descriptor): Promise<Readable>
  /** The repository on the target registry the blobs may be mounted from. */
  mountFrom?: string
}

export async function sign(plan: SignPlan, context: EngineContext): Promise<SignResult> {
  const { log, now } = context
  const { signer, timestamper } = plan.key
  log.info(`Signing with ${signer.description}${signer.kind === 'raw' ? `, ${signer.algorithm}` : ''}`)
  const client = context.registry
  const target = client.repository(plan.image)
  const images = await step('read platform images', () =>
    log.group('Read platform images', () => readImages(plan, client, target, log))
  )
  const index = await step('build image index', async () =>
    buildImageIndex(
      images.map((image): IndexEntry => ({
        descriptor: pick(image.manifest.descriptor),
        platform: image.platform,
        scenarios: image.line.scenarios
      })),
      {
        attestations: images.flatMap(image => image.attestations.map(attestation => attestation.descriptor)),
        scenarioAnnotation: plan.scenarioAnnotation,
        annotations: await indexAnnotations(plan, context)
      }
    )
  )

  // Signed before the first push: a key in a token or a plugin can still fail here, and then nothing is pushed.
  const subjects = [pick(index.descriptor)]
  if (plan.signPlatformManifests) subjects.push(...images.map(image => pick(image.manifest.descriptor)))
  const envelopes = await step('sign', async () => {
    const signed = await signSubjects(subjects, signer, {
      trustRoots: plan.key.chainRoots,
      now,
      format: plan.format
    })
    // Countersigned here too, so a TSA that is down or answers wrongly stops the run before any push.
    return timestamper === undefined ? signed : countersign(signed, subjects, timestamper, log)
  })
  if (timestamper === undefined) warnOnNearExpiry(envelopes[0].chain, now, log)

  const blobs = await step('push blobs', () => log.group('Push blobs', () => pushBlobs(images, target, log)))
  await step('push platform manifests', () =>
    log.group('Push platform manifests', () => pushPlatformManifests(images, target, log))
  )
  // An index the registry refuses for a child it lost (pushed at once by another client) gets its
  // children pushed again (content-relinked.ts).
  await step('push index', async () => {
    await putRelinkingContent(
      () => target.pushManifest(index.bytes, index.descriptor.mediaType),
      () => pushPlatformManifests(images, target, log),
      `Index ${index.descriptor.digest}`,
      log
    )
    log.info(`Index ${index.descriptor.digest} (${images.length} entries)`)
  })

  const signatures = await step('push signatures', () =>
    log.group('Sign', () => pushSignatures(subjects, envelopes, target, now, timestamper, log))
  )

  const tags = [plan.image.tag, ...plan.tags.filter(tag => tag !== plan.image.tag)]
  await step('move tags', async () => {
    for (const tag of tags) {
      await target.tag(index.descriptor, tag)
      log.info(`Tagged ${formatReference({ ...plan.image, tag, digest: undefined })}`)
    }
  })

  return {
    digest: index.descriptor.digest,
    ref: formatReference({
      registry: plan.image.registry,
      repository: plan.image.repository,
      digest: index.descriptor.digest
    }),
    tags,
    manifests: images.map(image => ({
      source:
        image.line.source.kind === 'registry' ? image.line.source.reference : image.line.text.split(/\s+/)[0],
      scenarios: image.line.scenarios,
      platform: formatPlatform(image.platform),
      digest: image.manifest.descriptor.digest
    })),
    signatureDigests: signatures.map(signature => signature.digest),
    blobs,
    // Every envelope of a run comes from one signer: the index's names it.
    signer: subjectOf(envelopes[0].chain[0]),
    signedAt: signatures[0].signedAt
  }
}

/** One envelope per subject, in order; a key in a token or a plugin signs one at a time. */
export async function signSubjects(
  subjects: Descriptor[],
  signer: Signer,
  options: { trustRoots?: X509Certificate[]; now: Date; format?: EnvelopeFormat }
): Promise<SignedEnvelope[]> {
  const envelopes: SignedEnvelope[] = []
  for (const subject of subjects) {
    envelopes.push(
      await signEnvelope(subject, signer, {
        signingAgent: SIGNING_AGENT,
        signingTime: options.now,
        now: options.now,
        trustRoots: options.trustRoots,
        format: options.format
      })
    )
  }
  return envelopes
}

async function readImages(
  plan: SignPlan,
  client: RegistryClient,
  target: Repository,
  log: Log
): Promise<PlatformImage[]> {
  const images: PlatformImage[] = []
  for (const line of plan.manifests) {
    const image =
      line.source.kind === 'registry'
        ? await readRemoteImage(line, line.source.reference, client, target)
        : await readLocalImage(line)
    const attested = image.attestations.length > 0 ? ` (+${image.attestations.length} attestation)` : ''
    log.info(
      `${line.text.split(/\s+/)[0]}: ${formatPlatform(image.platform)} ${image.manifest.descriptor.digest}${attested}`
    )
    images.push(image)
  }
  for (const shared of sharedPlatforms(
    images.map(image => ({
      descriptor: image.manifest.descriptor,
      platform: image.platform,
      scenarios: image.line.scenarios
    }))
  )) {
    log.warning(
      `Entries share a platform (${shared}): docker, podman and containerd pulling by platform silently take the first; only a scenario selects the others.`
    )
  }
  return images
}

async function readLocalImage(line: ManifestLine): Promise<PlatformImage> {
  const source = await openSource(line.source)
  return {
    line,
    manifest: source.manifest,
    platform: line.platform ?? platformFromConfig(source.config),
    blobs: [...source.blobs, ...source.attestations.flatMap(attestation => attestation.blobs)],
    attestations: source.attestations,
    openBlob: descriptor => source.openBlob(descriptor)
  }
}

/** A platform image already in a registry, typically pushed by digest from a matrix job. */
async function readRemoteImage(
  line: ManifestLine,
  text: string,
  client: RegistryClient,
  target: Repository
): Promise<PlatformImage> {
  const reference = parseReference(text)
  const repository = client.repository(reference)
  let fetched = await repository.fetchManifest(reference.digest ?? reference.tag ?? 'latest')
  let attestations: AttachedManifest[] = []
  if (isIndexMediaType(fetched.descriptor.mediaType)) {
    ;({ image: fetched, attestations } = await readAttestedImage(repository, fetched, text))
  }
  const manifest = fetched.manifest as ImageManifest
  const platform = line.platform ?? platformFromConfig(await fetchImageConfig(repository, manifest.config))
  return {
    line,
    manifest: { descriptor: fetched.descriptor, bytes: fetched.bytes, manifest },
    platform,
    blobs: [manifest.config, ...manifest.layers, ...attestations.flatMap(attestation => attestation.blobs)],
    attestations,
    openBlob: async descriptor => (await repository.fetchBlob(descriptor)) as Readable,
    // Same registry: the registry can link the blob into the target repository without moving bytes.
    mountFrom:
      reference.registry === target.registry && reference.repository !== target.name
        ? reference.repository
        : undefined
  }
}

/** Each platform manifest and its attestations, after their blobs; the blobs again if the registry lost them. */
async function pushPlatformManifests(images: PlatformImage[], target: Repository, log: Log): Promise<void> {
  for (const image of images) {
    const platform = formatPlatform(image.platform)
    for (const manifest of [image.manifest, ...image.attestations]) {
      const label = manifest === image.manifest ? platform : `${platform} attestation`
      await putRelinkingContent(
        () => target.pushManifest(manifest.bytes, manifest.descriptor.mediaType),
        () => pushBlobs([image], target, log),
        `${label} manifest ${manifest.descriptor.digest}`,
        log
      )
      log.info(`${label}: ${manifest.descriptor.digest}`)
    }
  }
}

async function pushBlobs(
  images: PlatformImage[],
  target: Repository,
  log: Log
): Promise<SignResult['blobs']> {
  // Platforms often share layers: each distinct digest is pushed once.
  const unique = new Map<string, { image: PlatformImage; descriptor: Descriptor }>()
  for (const image of images) {
    for (const descriptor of image.blobs)
      if (!unique.has(descriptor.digest)) unique.set(descriptor.digest, { image, descriptor })
  }
  const counts: SignResult['blobs'] = { exists: 0, mounted: 0, uploaded: 0, bytesUploaded: 0 }
  const progress = new Progress(log, 'Uploaded')
  await mapWithLimit([...unique.values()], BLOB_CONCURRENCY, async ({ image, descriptor }) => {
    const transfer = progress.start(descriptor.digest, descriptor.size)
    let reported = 0
    try {
      const result = await target.pushBlob(descriptor, () => image.openBlob(descriptor), {
        mountFrom: image.mountFrom,
        onProgress: sent => {
          transfer.advance(sent - reported)
          reported = sent
        }
      })
      counts[result]++
      if (result === 'uploaded') {
        counts.bytesUploaded += descriptor.size
        transfer.finish()
      } else transfer.fail()
      // A big upload has just said so with its time and rate.
      if (result !== 'uploaded' || descriptor.size < PROGRESS_MIN_BYTES)
        log.info(`${descriptor.digest} ${formatSize(descriptor.size)}: ${result}`)
    } catch (error) {
      transfer.fail()
      throw error
    }
  })
  log.info(`${progress.summary()}; ${counts.mounted} mounted, ${counts.exists} already present`)
  return counts
}

/** Each envelope with its RFC 3161 countersignature, checked in full before it is used. */
export async function countersign(
  envelopes: SignedEnvelope[],
  subjects: Descriptor[],
  timestamper: Timestamper,
  log: Log
): Promise<SignedEnvelope[]> {
  return mapWithLimit(envelopes, SIGNATURE_CONCURRENCY, async (signed, index) => {
    const stamped = await timestamper.stamp(signed)
    log.info(`Timestamped the signature of ${subjects[index].digest}: ${stamped.time} by ${stamped.tsa}`)
    return { ...signed, envelope: stamped.envelope }
  })
}

/**
 * Pushes each subject's envelope to `target` as a signature referrer; a subject already signed by this
 * very chain keeps its signature (so re-runs and sweeps push nothing new). Returns each subject's
 * signature, pushed or kept, with its time.
 */
export async function pushSignatures(
  subjects: Descriptor[],
  envelopes: SignedEnvelope[],
  target: Repository,
  now: Date,
  timestamper: Timestamper | undefined,
  log: Log
): Promise<PushedSignature[]> {
  // The registry accepts a manifest only once every blob it references exists: the empty config first.
  await target.pushBlob(EMPTY_DESCRIPTOR, () => Buffer.from('{}'))
  // Subjects are signed side by side: each has its own referrers list (or fallback tag), and on
  // registries without the referrers API each update waits a moment to read itself back.
  return mapWithLimit(subjects, SIGNATURE_CONCURRENCY, async (subject, index) => {
    const { envelope, mediaType, chain, annotations } = envelopes[index]
    const thumbprints = thumbprintsOf(chain)
    // A re-run pushes nothing new: a signature by this very chain over this subject is already there
    // (and countersigned, when a timestamp is asked for).
    const candidates = (await target.referrers(subject.digest, NOTARY_SIGNATURE_ARTIFACT_TYPE)).filter(
      referrer => sameThumbprints(referrer.annotations?.[THUMBPRINT_ANNOTATION], thumbprints)
    )
    for (const existing of candidates) {
      if (timestamper !== undefined && !(await timestamper.isTimestamped(target, existing))) continue
      const signedAt = existing.annotations?.[CREATED_ANNOTATION]
      log.info(
        `Signed ${subject.digest}: already signed by this certificate chain (${existing.digest}${signedAt ? ` at ${signedAt}` : ''})`
      )
      return { digest: existing.digest, signedAt }
    }
    const signature = buildSignatureManifest(envelope, mediaType, subject, chain, now, annotations)
    const pushContent = async () => {
      await target.pushBlob(EMPTY_DESCRIPTOR, () => Buffer.from('{}'))
      await target.pushBlob(signature.envelopeDescriptor, () => envelope)
    }
    await target.pushBlob(signature.envelopeDescriptor, () => envelope)
    const pushed = await putRelinkingContent(
      () => target.pushReferrer(signature.bytes, signature.descriptor.mediaType),
      pushContent,
      `Signature manifest ${signature.descriptor.digest}`,
      log
    )
    log.info(
      `Signed ${subject.digest}: signature ${pushed.descriptor.digest}${pushed.subjectAccepted ? '' : ' (referrers tag fallback)'}`
    )
    return {
      digest: pushed.descriptor.digest,
      signedAt: signature.descriptor.annotations?.[CREATED_ANNOTATION]
    }
  })
}

/** A subject's signature after pushSignatures: its manifest digest and its created time (RFC 3339). */
export interface PushedSignature {
  digest: string
  signedAt?: string
}

function sameThumbprints(annotation: string | undefined, thumbprints: string[]): boolean {
  if (annotation === undefined) return false
  try {
    const listed = JSON.parse(annotation) as unknown
    return (
      Array.isArray(listed) &&
      listed.length === thumbprints.length &&
      listed.every((value, i) => typeof value === 'string' && value.toLowerCase() === thumbprints[i])
    )
  } catch {
    return false
  }
}

/** org.opencontainers.image.* annotations from the GitHub context, then the user's (which win). */
async function indexAnnotations(plan: SignPlan, context: EngineContext): Promise<Record<string, string>> {
  const { ci, now, log } = context
  const annotations: Record<string, string> = {}
  if (plan.annotations['org.opencontainers.image.created'] === undefined) {
    const created = await createdTime(ci, now, log)
    log.info(`Index created time ${created.value}: ${created.source}`)
    annotations['org.opencontainers.image.created'] = created.value
  }
  if (ci.repositoryUrl !== undefined) annotations['org.opencontainers.image.source'] = ci.repositoryUrl
  if (ci.sha !== undefined) annotations['org.opencontainers.image.revision'] = ci.sha
  return { ...annotations, ...plan.annotations }
}

/** A descriptor reduced to what the index and signature payloads carry. */
function pick(descriptor: Descriptor): Descriptor {
  return { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size }
}
