/**
 * cosign 3.1.1 driven as users run it offline (no transparency-log upload, no signing config), and a
 * Sigstore bundle attached to an image the way cosign 3 and `actions/attest` attach it, for the tests
 * that compare Signet's verdicts with cosign's.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { toolPath } from '../../scripts/ensure-tools.mjs'
import { describe as describeContent } from '../../src/oci/digest.js'
import { RegistryClient } from '../../src/oci/registry.js'
import { EMPTY_DESCRIPTOR, MediaType, type Descriptor } from '../../src/oci/types.js'

const run = promisify(execFile)
const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

export type CosignFormat = 'bundle' | 'legacy'

/** cosign with its keys in `work` (`<name>.key`, `<name>.pub`, empty password) and HOME there. */
export function cosignIn(work: string) {
  const env = { PATH: process.env.PATH, HOME: work, COSIGN_PASSWORD: '' }
  const cosign = (args: string[]) => run(toolPath('cosign'), args, { env })
  return {
    env,
    cosign,
    generateKeyPair: (name: string) => cosign(['generate-key-pair', '--output-key-prefix', join(work, name)]),
    /** `cosign sign --key` offline, in the new bundle format or the legacy `.sig` one. */
    sign: (key: string, reference: string, format: CosignFormat) =>
      cosign([
        'sign',
        '--yes',
        '--key',
        join(work, `${key}.key`),
        '--use-signing-config=false',
        '--tlog-upload=false',
        ...(format === 'legacy' ? ['--new-bundle-format=false'] : []),
        '--allow-insecure-registry',
        reference
      ]),
    /** Whether `cosign verify --key <key>.pub --insecure-ignore-tlog` accepts the image. */
    accepts: (key: string, reference: string): Promise<boolean> =>
      cosign([
        'verify',
        '--key',
        join(work, `${key}.pub`),
        '--insecure-ignore-tlog',
        '--allow-insecure-registry',
        reference
      ]).then(
        () => true,
        () => false
      )
  }
}

/** A Sigstore bundle attached to `subject` as a referrer whose one layer is the bundle. */
export async function attachBundle(
  host: string,
  repository: string,
  subject: Descriptor,
  bundle: Buffer
): Promise<void> {
  const client = new RegistryClient({ insecureRegistries: [host] })
  try {
    const repo = client.repository({ registry: host, repository })
    const layer = describeContent(bundle, BUNDLE_TYPE)
    await repo.pushBlob(EMPTY_DESCRIPTOR, () => Buffer.from('{}'))
    await repo.pushBlob(layer, () => bundle)
    const manifest = {
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      artifactType: BUNDLE_TYPE,
      config: EMPTY_DESCRIPTOR,
      layers: [layer],
      annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope' },
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size }
    }
    await repo.pushReferrer(Buffer.from(JSON.stringify(manifest)), MediaType.OciManifest)
  } finally {
    await client.close()
  }
}
