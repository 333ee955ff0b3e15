/**
 * What docker/build-push-action (BuildKit, provenance on by default) leaves behind, made without Docker:
 * an image index holding the image manifest and an attestation manifest (`unknown/unknown`,
 * `vnd.docker.reference.type: attestation-manifest`, `vnd.docker.reference.digest: <image>`) whose
 * layers are in-toto statements. Written into the image's OCI layout, so it can be read as
 * `oci-layout:DIR:TAG` or copied to a registry with `skopeo copy --all` (digests kept).
 */
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MediaType, type Descriptor, type ImageIndex } from '../../src/oci/types.js'
import { makeOciLayout, type TestImage } from './images.js'

export const IN_TOTO = 'application/vnd.in-toto+json'

export interface BuildkitIndex {
  /** The index as index.json names it (tag `tag`). */
  index: Descriptor
  /** The attestation manifest entry, exactly as the index lists it. */
  attestation: Descriptor
  /** The attestation's config and in-toto layers. */
  attestationBlobs: Descriptor[]
  tag: string
}

function describeBytes(bytes: Buffer, mediaType: string): Descriptor {
  return {
    mediaType,
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    size: bytes.length
  }
}

async function writeBlob(dir: string, bytes: Buffer, mediaType: string): Promise<Descriptor> {
  const descriptor = describeBytes(bytes, mediaType)
  await writeFile(join(dir, 'blobs', 'sha256', descriptor.digest.slice('sha256:'.length)), bytes)
  return descriptor
}

/**
 * Adds, in `images[0].dir`, a BuildKit index over `images` (one for build-push-action's output, several
 * for a real multi-platform build), each image followed by its provenance attestation, tagged `tag`.
 */
export async function addBuildkitIndex(images: TestImage[], tag: string): Promise<BuildkitIndex> {
  const dir = images[0].dir
  const entries: Descriptor[] = []
  const attestations: Descriptor[] = []
  let attestationBlobs: Descriptor[] = []
  for (const image of images) {
    const statement = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v0.1',
        predicateType: 'https://slsa.dev/provenance/v0.2',
        subject: [
          {
            name: `pkg:docker/signet-test@${tag}?platform=${image.platform.os}%2F${image.platform.architecture}`,
            digest: { sha256: image.manifest.digest.slice('sha256:'.length) }
          }
        ],
        predicate: { builder: { id: '' }, buildType: 'https://mobyproject.org/buildkit@v1' }
      })
    )
    const layer = {
      ...(await writeBlob(dir, statement, IN_TOTO)),
      annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' }
    }
    const config = await writeBlob(
      dir,
      Buffer.from(
        JSON.stringify({
          architecture: 'unknown',
          os: 'unknown',
          config: {},
          rootfs: { type: 'layers', diff_ids: [layer.digest] }
        })
      ),
      MediaType.OciConfig
    )
    const manifest = await writeBlob(
      dir,
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MediaType.OciManifest,
          config,
          layers: [layer]
        })
      ),
      MediaType.OciManifest
    )
    entries.push({ ...image.manifest, platform: image.platform })
    const attestation: Descriptor = {
      ...manifest,
      annotations: {
        'vnd.docker.reference.digest': image.manifest.digest,
        'vnd.docker.reference.type': 'attestation-manifest'
      },
      platform: { architecture: 'unknown', os: 'unknown' }
    }
    attestations.push(attestation)
    attestationBlobs = [config, { mediaType: layer.mediaType, digest: layer.digest, size: layer.size }]
  }
  const indexBytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: [...entries, ...attestations]
    })
  )
  const index = await writeBlob(dir, indexBytes, MediaType.OciIndex)
  const layoutIndex = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as ImageIndex
  layoutIndex.manifests.push({ ...index, annotations: { 'org.opencontainers.image.ref.name': tag } })
  await writeFile(join(dir, 'index.json'), JSON.stringify(layoutIndex))
  return { index, attestation: attestations[0], attestationBlobs, tag }
}

/** A matrix build's two platform images, tagged amd64 and arm64 (v8) in one OCI layout at `dir`. */
export async function makeTwoPlatforms(
  dir: string,
  seed: string
): Promise<{ amd64: TestImage; arm64: TestImage }> {
  const amd64 = await makeOciLayout({
    dir,
    tag: 'amd64',
    platform: { os: 'linux', architecture: 'amd64' },
    seed: `${seed}-amd64`
  })
  const arm64 = await makeOciLayout({
    dir,
    tag: 'arm64',
    platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    seed: `${seed}-arm64`
  })
  return { amd64, arm64 }
}
