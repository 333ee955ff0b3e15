/**
 * One discovery pass: every artifact that may carry a signature of a manifest, in each format Signet
 * reads, found once for all accepted signers (Notary, cosign with a key, Sigstore keyless, GitHub
 * attestations), with as few requests as the formats allow:
 *
 * - the referrers of the digest: the referrers API, or the `sha256-<hex>` tag index on registries without
 *   it. Notary signatures and Sigstore bundles (cosign 3, `actions/attest`) live here. Entries are not
 *   filtered by the listed artifactType, because writers get it wrong: cosign 3.1.1 as Debian builds it
 *   lists its bundles as `application/vnd.oci.empty.v1+json` (go-containerregistry 0.20.7). Only entries
 *   listed with a type that is no signature in any format (an SBOM, a scan report) are left unread.
 * - the legacy cosign tag `sha256-<hex>.sig`: one HEAD, and a GET only when it exists.
 *
 * Each manifest is fetched (digest-checked) once and sorted by what its content is, not by what a listing
 * says it is. Blobs are fetched on demand, once, however many signers read them. A listing or fetch that
 * fails is recorded, not thrown: a signature might have been there, so a caller whose signers found too
 * little must report "could not complete" rather than "rejected".
 */
import { couldNotComplete, errorMessage } from '../util/errors.js'
import { mapWithLimit } from '../util/concurrency.js'
import type { ContentSource } from './content.js'
import type { FetchedManifest, Repository } from './registry.js'
import { MediaType, type Descriptor, type ImageManifest } from './types.js'

const SignatureMediaType = {
  /** Notary Project signature manifests (artifactType, or config media type in the older form). */
  Notary: 'application/vnd.cncf.notary.signature',
  /** Sigstore bundle v0.3, as cosign 3 and `actions/attest` store it (layer media type and artifactType). */
  SigstoreBundleV03: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  /** A cosign legacy signature layer: the simple-signing payload, the signature in an annotation. */
  CosignSimpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  /** cosign 2's experimental OCI 1.1 mode: a legacy signature manifest pushed as a referrer. */
  CosignArtifactSignature: 'application/vnd.dev.cosign.artifact.sig.v1+json'
} as const

/** Every Sigstore bundle media type: v0.3 and the older `application/vnd.dev.sigstore.bundle+json;version=0.x`. */
const SIGSTORE_BUNDLE_TYPE =
  /^application\/vnd\.dev\.sigstore\.bundle(\.v\d+\.\d+\+json|\+json;\s*version=\d+\.\d+)$/

/** The formats discovery tells apart; each signer kind reads the ones it understands. */
export type SignatureFormat = 'notary' | 'sigstore-bundle' | 'cosign-simple-signing'

export interface SignatureArtifact {
  format: SignatureFormat
  /** Where it was listed: the referrers of the digest (API or tag index), or the legacy cosign `.sig` tag. */
  foundIn: 'referrers' | 'cosign-signature-tag'
  /** The manifest, as fetched: its digest was checked against the listing. */
  descriptor: Descriptor
  manifest: ImageManifest
}

/** A listing or manifest that could not be read; `couldNotComplete` when the cause was the network or server. */
export interface UnreadPart {
  what: string
  reason: string
  couldNotComplete: boolean
  /** The error itself, for a caller that reports it as it came (its type says exit 1 or 3). */
  cause: unknown
  /** The signature manifest that could not be read, when it was one (not a listing). */
  digest?: string
}

export interface DiscoveredSignatures {
  /** The digest whose signatures these are. */
  subject: string
  artifacts: SignatureArtifact[]
  /** Referrers that were read and are no signature (SBOMs, attestations of other kinds). */
  others: Descriptor[]
  /** Referrers listed beyond `maxArtifacts`, not read. */
  notExamined: number
  unread: UnreadPart[]
  /** A blob of one of the artifacts (a bundle, a payload), fetched once and digest-checked by the source. */
  blob(descriptor: Descriptor, maxBytes: number): Promise<Buffer>
}

/**
 * What discovery reads from: a registry repository, or a store that serves the same calls. Without
 * `manifestExists` (a source that has no tags, like the verified store), the legacy `.sig` tag is not looked up.
 */
export type DiscoverySource = Pick<ContentSource, 'referrers' | 'fetchManifest' | 'fetchBlobBytes'> &
  Partial<Pick<Repository, 'manifestExists'>>

export interface DiscoveryOptions {
  /** Signature manifests read at most (the rest are counted in `notExamined`), as notation's 100. */
  maxArtifacts: number
  /**
   * Look up cosign's legacy `.sig` tag (default true). Only cosign signers read it: a run that accepts
   * only Notary signatures leaves it alone and saves the round trip.
   */
  cosignSignatureTag?: boolean
}

/** Manifests fetched at once. */
const FETCH_CONCURRENCY = 4

/** Listed artifact types worth fetching: signature formats, the empty type cosign 3.1.1 writes, and none. */
function mayBeSignature(entry: Descriptor): boolean {
  const type = entry.artifactType
  return (
    type === undefined ||
    type === '' ||
    type === MediaType.OciEmpty ||
    type === SignatureMediaType.Notary ||
    type === SignatureMediaType.CosignArtifactSignature ||
    SIGSTORE_BUNDLE_TYPE.test(type)
  )
}

/** The cosign legacy signature tag of a digest: `sha256:abc…` → `sha256-abc….sig`. */
export function cosignSignatureTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`
}

/** Whether a tag is a cosign legacy signature tag (`sha256-<hex>.sig`). */
export function isCosignSignatureTag(tag: string): boolean {
  return /^sha(256|512)-[0-9a-f]{64,128}\.sig$/.test(tag)
}

/** Whether a media type is a Sigstore bundle's (any version). */
export function isSigstoreBundleMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && SIGSTORE_BUNDLE_TYPE.test(mediaType)
}

/** What a fetched manifest carries, judged from its own content; undefined when it is no signature. */
function signatureFormatOf(manifest: ImageManifest): SignatureFormat | undefined {
  if (manifest.artifactType === SignatureMediaType.Notary) return 'notary'
  if (manifest.config?.mediaType === SignatureMediaType.Notary) return 'notary'
  const layers = Array.isArray(manifest.layers) ? manifest.layers : []
  if (layers.some(layer => isSigstoreBundleMediaType(layer?.mediaType))) return 'sigstore-bundle'
  if (layers.some(layer => layer?.mediaType === SignatureMediaType.CosignSimpleSigning))
    return 'cosign-simple-signing'
  return undefined
}

export async function discoverSignatures(
  source: DiscoverySource,
  subject: string,
  options: DiscoveryOptions
): Promise<DiscoveredSignatures> {
  const unread: UnreadPart[] = []
  const failed = (what: string, error: unknown, digest?: string) =>
    unread.push({
      what,
      reason: errorMessage(error),
      couldNotComplete: couldNotComplete(error),
      cause: error,
      ...(digest !== undefined && { digest })
    })

  const listed: {
    entry: Descriptor
    foundIn: SignatureArtifact['foundIn']
    /** Already fetched (the `.sig` tag's GET), not fetched again. */
    fetched?: FetchedManifest
  }[] = []
  // The referrers listing and the legacy tag do not depend on each other: asked together.
  const [referrers, legacy] = await Promise.all([
    source.referrers(subject).catch((error: unknown) => {
      failed(`referrers of ${subject}`, error)
      return []
    }),
    options.cosignSignatureTag === false ? undefined : legacySignature(source, subject, failed)
  ])
  const seen = new Set<string>()
  for (const entry of referrers) {
    if (seen.has(entry.digest)) continue
    seen.add(entry.digest)
    listed.push({ entry, foundIn: 'referrers' })
  }
  if (legacy !== undefined && !listed.some(({ entry }) => entry.digest === legacy.descriptor.digest)) {
    listed.push({ entry: legacy.descriptor, foundIn: 'cosign-signature-tag', fetched: legacy })
  }

  const candidates = listed.filter(({ entry }) => mayBeSignature(entry))
  const others = listed.filter(({ entry }) => !mayBeSignature(entry)).map(({ entry }) => entry)
  const examined = candidates.slice(0, options.maxArtifacts)
  const artifacts: SignatureArtifact[] = []
  await mapWithLimit(examined, FETCH_CONCURRENCY, async ({ entry, foundIn, fetched: known }) => {
    try {
      const fetched = known ?? (await source.fetchManifest(entry.digest))
      const manifest = fetched.manifest as ImageManifest
      const format = Array.isArray((manifest as { manifests?: unknown }).manifests)
        ? undefined
        : signatureFormatOf(manifest)
      if (format === undefined) others.push(entry)
      else artifacts.push({ format, foundIn, descriptor: fetched.descriptor, manifest })
    } catch (error) {
      failed(`signature manifest ${entry.digest}`, error, entry.digest)
    }
  })
  // mapWithLimit finishes in any order: keep the listing's order, so reports read the same each run.
  const order = (digest: string) => examined.findIndex(({ entry }) => entry.digest === digest)
  artifacts.sort((a, b) => order(a.descriptor.digest) - order(b.descriptor.digest))

  return {
    subject,
    artifacts,
    others,
    notExamined: candidates.length - examined.length,
    unread,
    blob: blobCache(source)
  }
}

/**
 * The `.sig` tag's manifest when the tag exists: a HEAD first, because a GET of a missing tag costs a
 * tag listing as well (the registry client explains its 404s). The GET checks the bytes against the
 * digest the registry reports for the tag.
 */
async function legacySignature(
  source: DiscoverySource,
  subject: string,
  failed: (what: string, error: unknown) => void
): Promise<FetchedManifest | undefined> {
  if (source.manifestExists === undefined) return undefined
  const tag = cosignSignatureTag(subject)
  try {
    if (!(await source.manifestExists(tag))) return undefined
    return await source.fetchManifest(tag)
  } catch (error) {
    failed(`cosign signature tag ${tag}`, error)
    return undefined
  }
}

/** Blob reads shared by every signer: one fetch per digest and size. */
function blobCache(source: DiscoverySource): DiscoveredSignatures['blob'] {
  const fetched = new Map<string, Promise<Buffer>>()
  return (descriptor, maxBytes) => {
    const key = `${descriptor.digest} ${descriptor.size}`
    let pending = fetched.get(key)
    if (pending === undefined) {
      pending = source.fetchBlobBytes(descriptor, maxBytes)
      // A failed read is not cached: the next signer asks again (a transient error may have passed).
      pending.catch(() => fetched.delete(key))
      fetched.set(key, pending)
    }
    return pending
  }
}
