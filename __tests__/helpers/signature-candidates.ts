/**
 * Signature candidates built from files, as one discovery pass would hand them to the signers: each
 * manifest described by its own bytes, each blob served only when its bytes match the descriptor.
 */
import { createHash } from 'node:crypto'
import type { CandidateArtifact, SignatureCandidates } from '../../src/trust/accepted-signer.js'
import type { Descriptor, ImageManifest } from '../../src/oci/types.js'

export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

export interface ArtifactFiles {
  format: CandidateArtifact['format']
  manifest: Buffer
  /** The blobs the manifest names (any order); a blob not given here is missing from the registry. */
  blobs: Buffer[]
}

export function candidatesFrom(artifacts: ArtifactFiles[]): SignatureCandidates & { reads: string[] } {
  const blobs = new Map(
    artifacts.flatMap(artifact => artifact.blobs.map(blob => [sha256(blob), blob] as const))
  )
  const reads: string[] = []
  return {
    reads,
    artifacts: artifacts.map(artifact => ({
      format: artifact.format,
      foundIn: artifact.format === 'cosign-simple-signing' ? 'cosign-signature-tag' : 'referrers',
      descriptor: {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: sha256(artifact.manifest),
        size: artifact.manifest.length
      },
      manifest: JSON.parse(artifact.manifest.toString('utf8')) as ImageManifest
    })),
    blob: (descriptor: Descriptor, maxBytes: number) => {
      reads.push(descriptor.digest)
      const bytes = blobs.get(descriptor.digest)
      if (bytes === undefined) return Promise.reject(new Error(`blob ${descriptor.digest} not found`))
      if (bytes.length !== descriptor.size || bytes.length > maxBytes)
        return Promise.reject(new Error(`blob ${descriptor.digest}: size mismatch`))
      return Promise.resolve(bytes)
    }
  }
}
