/**
 * While `signet verify` loads its engines (about 0.1 s), TCP connections to the registries of its
 * `image` references are opened (oci/connections.ts `preconnect`), so the run's first request does not wait a
 * round trip for its own. Connections only: no request is sent before the run has read its inputs and
 * checked each image. With `allowed-registries` nothing is opened (a registry is reached only once it is
 * found allowed); a reference that does not parse is left to the run to report.
 */
import { Inputs } from '../inputs/contract.js'
import { lines, type InputSource } from '../inputs/input-values.js'
import { preconnect } from '../oci/connections.js'
import { DEFAULT_MAX_CONNECTIONS_PER_HOST } from '../oci/http.js'
import { parseReference } from '../oci/reference.js'
import { registryBaseUrl } from '../oci/transport/origin.js'

export function preconnectRegistries(source: InputSource): void {
  if (source.get(Inputs.AllowedRegistries) !== '') return
  const insecure = new Set(lines(source, Inputs.InsecureRegistries))
  const images = new Map<string, number>()
  for (const line of lines(source, Inputs.Image)) {
    try {
      const origin = registryBaseUrl(parseReference(line).registry, insecure).toString()
      images.set(origin, (images.get(origin) ?? 0) + 1)
    } catch {
      // Not a reference: the run says what is wrong with it.
    }
  }
  // Signature only, one image asks two things at once early on (a manifest and the listing of its
  // signatures, or the referrers API and tag); its content check asks for child manifests and blobs
  // meanwhile, and several images at once ask for more: as many as the client allows.
  const signatureOnly = source.get(Inputs.VerifyLayers) === 'false'
  for (const [origin, count] of images) {
    const wanted = signatureOnly ? count + 1 : DEFAULT_MAX_CONNECTIONS_PER_HOST
    preconnect(new URL(origin), Math.min(wanted, DEFAULT_MAX_CONNECTIONS_PER_HOST))
  }
}
