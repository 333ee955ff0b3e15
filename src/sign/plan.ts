/**
 * What the sign engine and the sweep decide with, as parsed values: the signer already opened (its key
 * checked against its chain), the timestamp authority with its roots, the sources to read. run/ builds
 * it once per run, before the first request.
 */
import type { X509Certificate } from '@peculiar/x509'
import type { ManifestLine } from '../inputs/sign-inputs.js'
import type { Reference } from '../oci/reference.js'
import type { EnvelopeFormat } from '../trust/envelope.js'
import type { Signer } from '../trust/signer.js'
import type { Timestamper } from './timestamping.js'

/** A key that signs: opened once, shared by every subject (and, in a sweep, every repository it signs). */
export interface SigningKey {
  signer: Signer
  /** A plugin brings its own chain: it must reach these roots (`trust-roots`) when they are given. */
  chainRoots?: X509Certificate[]
  /** The TSA that countersigns every signature the key makes, when `timestamp-url` is set. */
  timestamper?: Timestamper
}

export interface SignPlan {
  /** The reference to publish: its tag moves last. */
  image: Reference & { tag: string }
  /** A line per platform image: where to read it, its scenarios, an optional platform override. */
  manifests: ManifestLine[]
  /** Extra tags moved to the index after it is signed. */
  tags: string[]
  /** Index annotations given by the user (`org.opencontainers.image.created` overrides the computed one). */
  annotations: Record<string, string>
  scenarioAnnotation: string
  key: SigningKey
  /** Sign each platform manifest too, not only the index. */
  signPlatformManifests: boolean
  /** The envelope format of every signature (`signature-format`). */
  format: EnvelopeFormat
}
