/**
 * cosign's legacy signature format (`--new-bundle-format=false`, and every cosign before 3): the tag
 * `sha256-<hex>.sig` holds a manifest with one layer per signature, each layer a "simple signing" payload
 * whose signature is the layer annotation `dev.cosignproject.cosign/signature` (base64). Keyless signatures
 * add the Fulcio certificate and chain (PEM) and the Rekor entry (`dev.sigstore.cosign/bundle`) as more
 * annotations of the same layer.
 *
 * The payload names what was signed: `critical.image.docker-manifest-digest` must be the digest being
 * verified, and `critical.type` cosign's own type. cosign reads it with Go's case-insensitive field
 * matching, so keys that differ only in case are refused (outside `optional`, a free map).
 */
import type { Descriptor, ImageManifest } from '../../oci/types.js'
import { errorMessage, VerificationError } from '../../util/errors.js'
import { oneLine } from '../../util/sanitize.js'
import { parseStrictJson } from '../strict-json.js'

export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json'
export const COSIGN_SIGNATURE_TYPE = 'cosign container image signature'
/** Payloads are a few hundred bytes; `optional` annotations make them larger, never megabytes. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024

const Annotation = {
  Signature: 'dev.cosignproject.cosign/signature',
  Certificate: 'dev.sigstore.cosign/certificate',
  Chain: 'dev.sigstore.cosign/chain',
  RekorBundle: 'dev.sigstore.cosign/bundle',
  Timestamp: 'dev.sigstore.cosign/rfc3161timestamp'
} as const

/** One legacy signature: its payload layer and what the layer's annotations carry. */
export interface SimpleSigningLayer {
  layer: Descriptor
  /** The raw signature (DER for ECDSA), decoded from base64; empty when the annotation is missing. */
  signature: Buffer
  /** Keyless: the signing certificate and its chain (PEM), the Rekor entry and the RFC 3161 token (JSON). */
  certificate?: string
  chain?: string
  rekorBundle?: string
  timestamp?: string
}

/** The simple-signing layers of a legacy signature manifest. */
export function simpleSigningLayers(manifest: ImageManifest): SimpleSigningLayer[] {
  const layers = Array.isArray(manifest.layers) ? manifest.layers : []
  return layers
    .filter(layer => layer?.mediaType === SIMPLE_SIGNING_MEDIA_TYPE)
    .map(layer => {
      const annotations = layer.annotations ?? {}
      const text = (key: string) => (typeof annotations[key] === 'string' ? annotations[key] : undefined)
      return {
        layer,
        signature: Buffer.from(text(Annotation.Signature) ?? '', 'base64'),
        certificate: text(Annotation.Certificate) || undefined,
        chain: text(Annotation.Chain) || undefined,
        rekorBundle: text(Annotation.RekorBundle) || undefined,
        timestamp: text(Annotation.Timestamp) || undefined
      }
    })
}

/** Checks that a simple-signing payload signs the manifest `digest`; a VerificationError says why not. */
export function checkSimpleSigningPayload(payload: Buffer, digest: string): void {
  let value: unknown
  try {
    value = parseStrictJson(payload.toString('utf8'), ['optional']).value
  } catch (error) {
    throw new VerificationError(`the simple-signing payload is not valid JSON (${errorMessage(error)})`)
  }
  const critical = (value as { critical?: unknown } | null)?.critical as
    { type?: unknown; image?: { 'docker-manifest-digest'?: unknown } | null } | undefined
  if (typeof critical !== 'object' || critical === null)
    throw new VerificationError("the simple-signing payload has no 'critical' section")
  if (critical.type !== COSIGN_SIGNATURE_TYPE) {
    throw new VerificationError(
      `the payload's critical.type is ${shown(critical.type)}, not '${COSIGN_SIGNATURE_TYPE}'`
    )
  }
  const signed = critical.image?.['docker-manifest-digest']
  if (signed !== digest) {
    throw new VerificationError(
      `the payload signs ${shown(signed)}, not ${digest}: it is the signature of another image`
    )
  }
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `'${oneLine(value.slice(0, 140))}'` : 'missing'
}
