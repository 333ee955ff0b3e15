/** Two signing identities for two namespaces (prod, dev), with their keys, chains and roots as files. */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makePki, type TestPki } from './pki.js'

export const PROD_SUBJECT = 'C=US, ST=WA, O=Acme, CN=prod-release'
export const DEV_SUBJECT = 'C=US, ST=WA, O=Acme, CN=dev'

export interface NamespaceKeys {
  prod: TestPki
  dev: TestPki
  /** Holds prod.key, prod-chain.pem, prod-root.pem and the same for dev. */
  dir: string
}

export async function namespaceKeys(): Promise<NamespaceKeys> {
  const [prod, dev] = await Promise.all([
    makePki({ leaf: { subject: PROD_SUBJECT } }),
    makePki({ leaf: { subject: DEV_SUBJECT } })
  ])
  const dir = await mkdtemp(join(tmpdir(), 'signet-namespaces-'))
  for (const [name, pki] of [
    ['prod', prod],
    ['dev', dev]
  ] as const) {
    await writeFile(join(dir, `${name}.key`), pki.keyPem)
    await writeFile(join(dir, `${name}-chain.pem`), pki.chainPem)
    await writeFile(join(dir, `${name}-root.pem`), pki.rootPem)
  }
  return { prod, dev, dir }
}

/**
 * A rules file in `dir` for a sweep of `host/acme`: acme/prod/** signed by the prod key and verified
 * under the prod root and identity; the rest of acme/** signed by the dev key. Returns its path.
 */
export async function writeSweepRules(host: string, dir: string): Promise<string> {
  const rules = join(dir, 'rules.yml')
  await writeFile(
    rules,
    [
      'version: 1',
      'rules:',
      `  - match: ${host}/acme/prod/**`,
      `    sign: { key: ${dir}/prod.key, cert-chain: ${dir}/prod-chain.pem }`,
      `    verify: { trust-roots: ${dir}/prod-root.pem, identities: ["x509.subject: ${PROD_SUBJECT}"] }`,
      `  - match: ${host}/acme/**`,
      `    sign: { key: ${dir}/dev.key, cert-chain: ${dir}/dev-chain.pem }`,
      ''
    ].join('\n')
  )
  return rules
}
