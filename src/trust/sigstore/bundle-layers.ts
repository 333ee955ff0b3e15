/**
 * Where Sigstore bundles are in a signature manifest, apart from bundle.ts: finding them needs no Sigstore
 * library, so signers pick their layers without loading @sigstore/bundle until one is read.
 */
import type { Descriptor, ImageManifest } from '../../oci/types.js'

/** Bundles are a certificate, a few log entries and an envelope: larger is not a bundle to read. */
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024

/** The bundle layers of a manifest (one, as cosign and actions/attest write them), v0.3 or older. */
export function bundleLayers(manifest: ImageManifest): Descriptor[] {
  const layers = Array.isArray(manifest.layers) ? manifest.layers : []
  return layers.filter(layer => /^application\/vnd\.dev\.sigstore\.bundle[.+]/.test(layer?.mediaType ?? ''))
}
