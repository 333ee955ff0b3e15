/** The command lines the benchmark times: Signet's built CLI as users run it, and skopeo for reference. */
import { isAbsolute } from 'node:path'

// Built as plain strings at run time: ncc rewrites path.resolve/join calls it can see into paths inside
// the bench bundle, which breaks SIGNET_DIST (a copy of dist/ elsewhere, to compare two builds).
const DIST = process.env.SIGNET_DIST ?? 'dist'
const DIST_DIR = isAbsolute(DIST) ? DIST : `${process.cwd()}/${DIST}`
export const SIGNET_CLI = `${DIST_DIR}/cli/index.js`
export const SIGNET_ACTION = `${DIST_DIR}/index.js`

export interface Keys {
  key: string
  chain: string
  root: string
}

export function signetVerify(host: string, image: string, keys: Keys, scenario?: string): string[] {
  const selection = scenario ? ['--scenario', scenario] : []
  return [
    SIGNET_CLI,
    'verify',
    '--image',
    image,
    '--insecure-registries',
    host,
    '--trust-roots',
    keys.root,
    ...selection,
    '--json'
  ]
}

/** `manifests` lines are `SOURCE scenario=TAG`. */
export function signetSign(host: string, image: string, manifests: string[], keys: Keys): string[] {
  return [
    SIGNET_CLI,
    'sign',
    '--image',
    image,
    '--insecure-registries',
    host,
    ...manifests.flatMap(line => ['--manifests', line]),
    '--signing-key',
    keys.key,
    '--signing-cert-chain',
    keys.chain,
    '--json'
  ]
}

/**
 * skopeo doing the same transfer and no more: `--preserve-digests` so a push cannot recompress layers
 * (the docker transport gzips uncompressed ones), and uncompressed layers accepted as they are when
 * pulling into an OCI layout (the default compresses them).
 */
export function skopeoCopy(source: string, destination: string, all = false): string[] {
  const pushing = destination.startsWith('docker://')
  return [
    'copy',
    '--quiet',
    ...(all ? ['--all'] : []),
    ...(pushing
      ? ['--preserve-digests', '--dest-tls-verify=false']
      : ['--dest-oci-accept-uncompressed-layers']),
    ...(source.startsWith('docker://') ? ['--src-tls-verify=false'] : []),
    source,
    destination
  ]
}
