/**
 * The pinned signer: manifests trusted by digest alone, with no signature (the BuildKit frontend a
 * `# syntax=` line pulls, a base image reviewed once). A pin names exactly one manifest, so it matches
 * that manifest and nothing else, whatever signatures are or are not attached to it.
 */
import type { Descriptor } from '../oci/types.js'
import { mismatch, type AcceptedSigner, type SignerResult } from './accepted-signer.js'

export class PinnedSigner implements AcceptedSigner {
  readonly kind = 'pinned'

  constructor(private readonly digests: readonly string[]) {}

  describe(): string {
    return `pinned ${this.digests.length === 1 ? this.digests[0] : `digests (${this.digests.length})`}`
  }

  fingerprint(): string {
    return `pinned ${[...this.digests].sort().join(',')}`
  }

  verify(subject: Descriptor): Promise<SignerResult> {
    if (!this.digests.includes(subject.digest)) {
      return Promise.resolve(
        mismatch(this.kind, this.describe(), [], `${subject.digest} is not a pinned digest`)
      )
    }
    return Promise.resolve({
      matched: true,
      kind: this.kind,
      signer: this.describe(),
      signatures: [
        {
          artifact: subject.digest,
          signer: `pinned ${subject.digest}`,
          identity: `pinned:${subject.digest}`,
          evidence: []
        }
      ],
      rejected: []
    })
  }
}
