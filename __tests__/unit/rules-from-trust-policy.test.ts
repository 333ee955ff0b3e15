/** `signet rules from-trust-policy`: a notation trust policy and its store as a rules file with the same decisions. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import { policyOf } from '../../src/rules/apply.js'
import { trustPolicyInput } from '../../src/inputs/trust-inputs.js'
import { makePki, type TestPki } from '../helpers/pki.js'

let acme: TestPki
let partner: TestPki
let dir: string
let store: string
const PROD_ID = 'x509.subject: C=US, ST=WA, O=Acme, CN=prod-release'

function policy(level = 'strict') {
  return {
    version: '1.0',
    trustPolicies: [
      {
        name: 'prod',
        registryScopes: ['ghcr.io/acme/prod/web', 'ghcr.io/acme/prod/api'],
        signatureVerification: { level },
        trustStores: ['ca:acme'],
        trustedIdentities: [PROD_ID]
      },
      {
        name: 'everything-else',
        registryScopes: ['*'],
        signatureVerification: { level: 'strict' },
        trustStores: ['ca:acme', 'ca:partner'],
        trustedIdentities: ['*']
      }
    ]
  }
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    env: {}
  })
  return { code, stdout, stderr }
}

beforeAll(async () => {
  ;[acme, partner] = await Promise.all([makePki(), makePki()])
  dir = mkdtempSync(join(tmpdir(), 'signet-convert-'))
  store = join(dir, 'truststore')
  for (const [name, pki] of [
    ['acme', acme],
    ['partner', partner]
  ] as const) {
    mkdirSync(join(store, 'x509', 'ca', name), { recursive: true })
    writeFileSync(join(store, 'x509', 'ca', name, 'root.pem'), pki.rootPem)
  }
  writeFileSync(join(dir, 'trustpolicy.json'), JSON.stringify(policy()))
})

test('the converted rules give every repository the decision notation’s policy gives it', async () => {
  const { code, stdout, stderr } = await cli([
    'rules',
    'from-trust-policy',
    '--trust-policy',
    join(dir, 'trustpolicy.json'),
    '--trust-store',
    store
  ])
  expect([code, stderr]).toEqual([0, ''])
  expect(stdout).toMatch(/^# Converted from .*trustpolicy\.json/)
  const notation = trustPolicyInput(join(dir, 'trustpolicy.json'), store)
  const rules = policyOf({ kind: 'rules', rules: stdout })
  for (const repository of [
    'ghcr.io/acme/prod/web',
    'ghcr.io/acme/prod/api',
    'ghcr.io/acme/prod/other',
    'docker.io/library/alpine'
  ]) {
    const [theirs, ours] = [notation.forRepository(repository), rules.forRepository(repository)]
    expect([repository, ours.trustRoots.map(cert => cert.serialNumber)]).toEqual([
      repository,
      theirs.trustRoots.map(cert => cert.serialNumber)
    ])
    expect(ours.trustedIdentities).toEqual(theirs.trustedIdentities)
    expect(ours.level).toBe(theirs.level)
  }
  expect(rules.forRepository('ghcr.io/acme/prod/web').trustedIdentities).not.toEqual(['*'])
  expect(rules.forRepository('ghcr.io/acme/prod/web').trustRoots).toHaveLength(1)
  expect(rules.forRepository('ghcr.io/x/y').trustRoots).toHaveLength(2)
})

test('--output writes the file; what a rules file cannot say is refused with exit 2', async () => {
  const output = join(dir, 'rules.yml')
  const written = await cli([
    'rules',
    'from-trust-policy',
    '--trust-policy',
    join(dir, 'trustpolicy.json'),
    '--trust-store',
    store,
    '--output',
    output
  ])
  expect([written.code, written.stdout]).toEqual([0, ''])
  expect(readFileSync(output, 'utf8')).toContain('match: ghcr.io/acme/prod/api')

  writeFileSync(join(dir, 'permissive.json'), JSON.stringify(policy('permissive')))
  const permissive = await cli([
    'rules',
    'from-trust-policy',
    '--trust-policy',
    join(dir, 'permissive.json'),
    '--trust-store',
    store
  ])
  expect(permissive.code).toBe(2)
  expect(permissive.stderr).toContain(
    `statement "prod" has level 'permissive'; a rules file verifies strictly`
  )

  const missing = await cli(['rules', 'from-trust-policy', '--trust-policy', join(dir, 'trustpolicy.json')])
  expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("Missing flag '--trust-store'")])
  const unknown = await cli(['rules', 'to-trust-policy'])
  expect([unknown.code, unknown.stderr]).toEqual([
    2,
    expect.stringContaining("Unknown rules command 'to-trust-policy'")
  ])
})
