/**
 * The bundled action (dist/index.js) run as GitHub runs it: INPUT_* environment, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, workflow commands on stdout, against a real registry.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'

let registry: TestRegistry
let pki: TestPki
let otherPki: TestPki
let amd64: TestImage
let arm64: TestImage

beforeAll(async () => {
  registry = await startRegistry()
  ;[pki, otherPki] = await Promise.all([makePki(), makePki()])
  amd64 = await makeOciLayout({ platform: { os: 'linux', architecture: 'amd64' }, seed: 'action-amd64' })
  arm64 = await makeOciLayout({ platform: { os: 'linux', architecture: 'arm64' }, seed: 'action-arm64' })
})
afterAll(async () => registry?.stop())

interface ActionRun {
  code: number
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER\nvalue\nDELIMITER`). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}

async function runAction(inputs: Record<string, string>): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'signet-action-'))
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, ...files }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const result = await promisify(execFile)(process.execPath, ['dist/index.js'], { env }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout })
  )
  return {
    ...result,
    outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
  }
}

test('sign, then verify one scenario: outputs, summary, and a pinned reference', async () => {
  const image = `${registry.host}/action/app:2.0`
  const signed = await runAction({
    mode: 'sign',
    image,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${amd64.dir}:${amd64.tag} scenario=kernel-5.15\noci-layout:${arm64.dir}:${arm64.tag} scenario=kernel-4.19.90`,
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem,
    'sign-platform-manifests': 'true',
    'scenario-annotation': 'dev.signet.scenario'
  })
  expect(signed.stdout).not.toMatch(/::error::/)
  expect(signed.code).toBe(0)
  expect(signed.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
  expect(signed.outputs.ref).toBe(`${registry.host}/action/app@${signed.outputs.digest}`)
  expect(JSON.parse(signed.outputs.manifests).map((entry: { digest: string }) => entry.digest)).toEqual([
    amd64.manifest.digest,
    arm64.manifest.digest
  ])
  expect(signed.outputs['signature-digests'].split('\n')).toHaveLength(3)
  expect(signed.summary).toContain('<table>')
  expect(signed.stdout).toContain('::group::Push blobs')

  const verified = await runAction({
    mode: 'verify',
    image,
    'insecure-registries': registry.host,
    'trust-roots': pki.rootPem,
    scenario: 'kernel-4.19.90',
    'verify-layers': 'true',
    'max-signatures': '100',
    'trusted-identities': '*'
  })
  expect(verified.stdout).not.toMatch(/::error::/)
  expect(verified.code).toBe(0)
  expect(verified.outputs.verified).toBe('true')
  expect(verified.outputs.digest).toBe(arm64.manifest.digest)
  expect(verified.outputs.ref).toBe(`${registry.host}/action/app@${arm64.manifest.digest}`)
  expect(verified.outputs.signer).toBe(pki.leafSubject)
  expect(JSON.parse(verified.outputs.report).images[0].verified).toBe(true)
  expect(verified.summary).toContain('verified')
})

test('verify against another root fails the step with the reason and verified=false', async () => {
  const rejected = await runAction({
    mode: 'verify',
    image: `${registry.host}/action/app:2.0`,
    'insecure-registries': registry.host,
    'trust-roots': otherPki.rootPem,
    'verify-layers': 'true',
    'max-signatures': '100',
    'trusted-identities': '*'
  })
  expect(rejected.code).toBe(1)
  expect(rejected.outputs.verified).toBe('false')
  expect(rejected.stdout).toMatch(/::error::.*action\/app:2\.0: no valid signature/)
  expect(rejected.stdout).not.toMatch(/\n\s+at /)
  expect(rejected.summary).toContain('rejected')
})
