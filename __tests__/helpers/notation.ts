/**
 * notation 1.3 as a peer: a private config home (XDG_CONFIG_HOME) with a trust store and policy for one
 * root, the test signing plugin installed in its plugin directory, and `notation sign`/`verify` runs.
 */
import { execFile } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { toolPath } from '../../scripts/ensure-tools.mjs'

export const TEST_PLUGIN_SOURCE = resolve('__tests__/fixtures/notation-plugin/signet-test-plugin.cjs')

export interface NotationHome {
  /** XDG_CONFIG_HOME for notation and for Signet's plugin lookup. */
  configHome: string
}

/** A config home trusting `rootPem` for every registry scope, strict, any identity. */
export function makeNotationHome(rootPem: string): NotationHome {
  const configHome = mkdtempSync(join(tmpdir(), 'signet-notation-'))
  const store = join(configHome, 'notation', 'truststore', 'x509', 'ca', 'signet')
  mkdirSync(store, { recursive: true })
  writeFileSync(join(store, 'root.pem'), rootPem)
  writeFileSync(
    join(configHome, 'notation', 'trustpolicy.json'),
    JSON.stringify({
      version: '1.0',
      trustPolicies: [
        {
          name: 'signet',
          registryScopes: ['*'],
          signatureVerification: { level: 'strict' },
          trustStores: ['ca:signet'],
          trustedIdentities: ['*']
        }
      ]
    })
  )
  return { configHome }
}

/** Installs the test plugin as notation-<name> in the home's plugin directory (a regular file, as notation requires). */
export function installTestPlugin(home: NotationHome, name: string): string {
  const dir = join(home.configHome, 'notation', 'plugins', name)
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `notation-${name}`)
  copyFileSync(TEST_PLUGIN_SOURCE, path)
  chmodSync(path, 0o755)
  return path
}

export function runNotation(
  home: NotationHome,
  args: string[],
  env: NodeJS.ProcessEnv = {}
): Promise<{ code: number; output: string }> {
  return new Promise(done => {
    execFile(
      toolPath('notation'),
      args,
      { env: { PATH: process.env.PATH, HOME: home.configHome, XDG_CONFIG_HOME: home.configHome, ...env } },
      (error, stdout, stderr) =>
        done({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          output: `${stdout}${stderr}`
        })
    )
  })
}

export function notationVerify(home: NotationHome, reference: string) {
  return runNotation(home, ['verify', '--insecure-registry', reference])
}
