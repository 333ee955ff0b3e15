/**
 * The bundled action (dist/index.js) run as GitHub runs it: INPUT_* environment, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, workflow commands on stdout, against a real registry.
 */
import { runBuiltAction } from '../helpers/built-action.js'
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
  const signed = await runBuiltAction({ mode: 'sign', ...signInputs(image) })
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

  const verified = await runBuiltAction({
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
  const rejected = await runBuiltAction({
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
  const signed = await runBuiltAction(signInputs(image), { entry: 'sign.js' })
  expect(signed.stdout).not.toMatch(/::error::/)
  expect(signed.code).toBe(0)
  expect(signed.outputs.ref).toBe(`${registry.host}/action/sub@${signed.outputs.digest}`)
  expect(JSON.parse(signed.outputs.report).signatureDigests).toHaveLength(3)

  const verified = await runBuiltAction(
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
    { entry: 'verify.js' }
  )
  expect(verified.stdout).not.toMatch(/::error::/)
  expect(verified.code).toBe(0)
  expect(verified.outputs.ref).toBe(`${registry.host}/action/sub@${amd64.manifest.digest}`)
  expect(JSON.parse(verified.outputs.report).verdict).toBe('verified')
})

test('verify against a registry that is down: the step fails, the report says error (not rejected)', async () => {
  const run = await runBuiltAction(
    {
      image: '127.0.0.1:9/action/app:1',
      'insecure-registries': '127.0.0.1:9',
      'trust-roots': pki.rootPem
    },
    { entry: 'verify.js' }
  )
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(
    /::error::Verification could not complete: 1 of 1 image could not be checked \| 127\.0\.0\.1:9\/action\/app:1: could not be checked: .*cannot reach 127\.0\.0\.1:9/
  )
  expect(run.outputs.verified).toBe('false')
  expect(JSON.parse(run.outputs.report)).toMatchObject({ verdict: 'error', images: [{ verdict: 'error' }] })
  expect(run.summary).toContain('Verification could not complete')
})

/** Each entry of the bundle refuses its inputs as the runner would show it, before any registry use. */
describe('the entries of the bundle: mode from the entry, inputs refused up front', () => {
  const NO_REGISTRY = '127.0.0.1:9/app:1'
  const STACK_TRACE = /\n\s+at .+[(:]\d+/

  test('the sign sub-action needs no mode input: it reads the sign inputs', async () => {
    const { code, stdout } = await runBuiltAction({ image: NO_REGISTRY }, { entry: 'sign.js' })
    expect(stdout).toContain("::error::Missing input 'manifests'")
    expect(code).toBe(1)
  })

  test('the verify sub-action needs no mode input: it reads the verify inputs', async () => {
    const { code, stdout } = await runBuiltAction(
      { image: NO_REGISTRY, 'trusted-identities': '*' },
      { entry: 'verify.js' }
    )
    expect(stdout).toContain("::error::Missing input 'trust-roots'")
    expect(code).toBe(1)
  })

  test('a sub-action may repeat its own mode', async () => {
    const { stdout } = await runBuiltAction({ mode: 'verify', image: NO_REGISTRY }, { entry: 'verify.js' })
    expect(stdout).toContain("::error::Missing input 'trust-roots'")
  })

  test.each([
    [
      'sign.js',
      'verify',
      /^::error::Input 'mode' is 'verify', but this is the sign action \(…\/signet\/sign\): remove 'mode'/m
    ],
    [
      'verify.js',
      'sign',
      /^::error::Input 'mode' is 'sign', but this is the verify action \(…\/signet\/verify\): remove 'mode'/m
    ]
  ] as const)(
    'the sub-action %s given mode=%s exits 1 naming the input, without a stack trace',
    async (entry, mode, expected) => {
      const run = await runBuiltAction(
        { mode, image: NO_REGISTRY, 'insecure-registries': '127.0.0.1:9', 'trust-roots': pki.rootPem },
        { entry }
      )
      expect(run.stdout).toMatch(expected)
      expect(run.code).toBe(1)
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE)
    }
  )

  test('the root action still takes mode, and masks secrets first', async () => {
    const { code, stdout } = await runBuiltAction({ image: NO_REGISTRY, password: 'a-secret-password' })
    expect(stdout).toContain(
      "::error::Invalid input 'mode': no mode was given. Expected one of: sign, verify."
    )
    expect(stdout.indexOf('::add-mask::a-secret-password')).toBeGreaterThanOrEqual(0)
    expect(code).toBe(1)
  })

  test('mode=bogus fails with a message naming mode and no stack trace', async () => {
    const { code, stdout, stderr } = await runBuiltAction({ mode: 'bogus' })
    expect(code).toBe(1)
    expect(stdout).toContain("::error::Invalid input 'mode': got 'bogus'. Expected one of: sign, verify.")
    expect(stdout + stderr).not.toMatch(STACK_TRACE)
  })
})
