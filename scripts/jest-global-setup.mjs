// Integration tests start their own docker-registry and cross-check with skopeo/umoci/openssl.
import { ensureTools } from './ensure-tools.mjs'

export default function globalSetup() {
  ensureTools()
}
