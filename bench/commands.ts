/** The command lines the benchmark times: Signet's built CLI as users run it, and skopeo for reference. */
import { resolve } from 'node:path'

export const SIGNET_CLI = resolve('dist/cli/index.js')
export const SIGNET_ACTION = resolve('dist/index.js')

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

export function skopeoCopy(source: string, destination: string, all = false): string[] {
  return [
    'copy',
    '--quiet',
    ...(all ? ['--all'] : []),
    '--src-tls-verify=false',
    '--dest-tls-verify=false',
    source,
    destination
  ]
}
