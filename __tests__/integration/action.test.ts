/**
 * The bundled action (dist/index.js) run as GitHub runs it: INPUT_* environment, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, workflow commands on stdout, against a real registry.
 */
import { runAction } from '../helpers/action.js'
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

/** The sign inputs of a two-platform image, with the defaults the runner passes for the sign inputs. */
function signInputs(image: string): Record<string, string> {
  return {
    image,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${amd64.dir}:${amd64.tag} scenario=kernel-5.15\noci-layout:${arm64.dir}:${arm64.tag} scenario=kernel-4.19.90`,
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem,
    'sign-platform-manifests': 'true',
    'scenario-annotation': 'dev.signet.scenario'
  }
}

test('sign, then verify one scenario: outputs, summary, and a pinned reference', async () => {
  const image = `${registry.host}/action/app:2.0`
  const signed = await runAction({ mode: 'sign', ...signInputs(image) })
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

test('the sub-actions, with no mode input: sign, then verify a scenario', async () => {
  const image = `${registry.host}/action/sub:1.0`
  const signed = await runAction(signInputs(image), {}, 'dist/sign.js')
  expect(signed.stdout).not.toMatch(/::error::/)
  expect(signed.code).toBe(0)
  expect(signed.outputs.ref).toBe(`${registry.host}/action/sub@${signed.outputs.digest}`)
  expect(JSON.parse(signed.outputs.report).signatureDigests).toHaveLength(3)

  const verified = await runAction(
    {
      image,
      'insecure-registries': registry.host,
      'trust-roots': pki.rootPem,
      scenario: 'kernel-5.15',
      'verify-layers': 'true',
      'max-signatures': '100',
      'trusted-identities': '*',
      'changed-only': 'false',
      cache: 'false'
    },
    {},
    'dist/verify.js'
  )
  expect(verified.stdout).not.toMatch(/::error::/)
  expect(verified.code).toBe(0)
  expect(verified.outputs.ref).toBe(`${registry.host}/action/sub@${amd64.manifest.digest}`)
  expect(JSON.parse(verified.outputs.report).verdict).toBe('verified')
})

test('verify against a registry that is down: the step fails, the report says error (not rejected)', async () => {
  const run = await runAction(
    {
      image: '127.0.0.1:9/action/app:1',
      'insecure-registries': '127.0.0.1:9',
      'trust-roots': pki.rootPem
    },
    {},
    'dist/verify.js'
  )
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(
    /::error::127\.0\.0\.1:9\/action\/app:1: could not complete: .*cannot reach 127\.0\.0\.1:9/
  )
  expect(run.outputs.verified).toBe('false')
  expect(JSON.parse(run.outputs.report)).toMatchObject({ verdict: 'error', images: [{ verdict: 'error' }] })
  expect(run.summary).toContain('Verification could not complete')
})
