/**
 * A gate must tell "the image is not trustworthy" (exit 1, verdict `rejected`) from "the check could
 * not run" (exit 3, verdict `error`). The built CLI against real registries: plain, Basic auth and TLS
 * docker-registry instances, a fault proxy that answers 503, a closed port and a name that does not
 * resolve. Keys and passwords travel as users pass them: PEM content in flags, SIGNET_* variables, stdin.
 * notation 1.3 gives its verdict beside ours where it has one.
 */
import { ensureTools } from '../../scripts/ensure-tools.mjs'
import { makeNotationHome, notationVerify } from '../helpers/notation.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { runCli, type CliRun } from '../helpers/cli.js'
import { DEFAULT_MAX_ATTEMPTS } from '../../src/oci/transport.js'

let registry: TestRegistry
let authRegistry: TestRegistry
let tlsRegistry: TestRegistry
let proxy: FaultProxy
let pki: TestPki
let otherPki: TestPki
let image: TestImage

beforeAll(async () => {
  ensureTools(['notation'])
  ;[registry, authRegistry, tlsRegistry, pki, otherPki, image] = await Promise.all([
    startRegistry(),
    startRegistry({ auth: 'basic' }),
    startRegistry({ tls: true }),
    makePki(),
    makePki(),
    makeOciLayout({ platform: { os: 'linux', architecture: 'amd64' }, seed: 'exit-codes' })
  ])
  proxy = await startFaultProxy({ target: registry.host })
})
afterAll(async () => {
  await proxy?.stop()
  await Promise.all([registry, authRegistry, tlsRegistry].map(r => r?.stop()))
})

const manifestsFlag = () => ['--manifests', `oci-layout:${image.dir}:${image.tag} scenario=kernel-5.15`]

/** `signet verify --json` of `ref`; the parsed JSON report with the process's exit code. */
async function verifyJson(
  ref: string,
  flags: string[] = [],
  options: { env?: NodeJS.ProcessEnv; stdin?: string; roots?: string } = {}
): Promise<CliRun & { report: { verdict: string; images: { verdict: string; reasons: string[] }[] } }> {
  const run = await runCli(
    ['verify', '--image', ref, '--trust-roots', options.roots ?? pki.rootPem, '--json', ...flags],
    options
  )
  return { ...run, report: JSON.parse(run.stdout) }
}

describe('sign through the built CLI, keys and passwords as users pass them', () => {
  test('--signing-key with PEM content (starting with -----) signs', async () => {
    const signed = await runCli([
      'sign',
      '--image',
      `${registry.host}/exit/app:1`,
      '--insecure-registries',
      registry.host,
      ...manifestsFlag(),
      '--signing-key',
      pki.keyPem,
      '--signing-cert-chain',
      pki.chainPem,
      '--json'
    ])
    expect(signed.stderr).toContain('warning: --signing-key on the command line is visible to other users')
    expect(signed.code).toBe(0)
    expect(JSON.parse(signed.stdout).ref).toMatch(new RegExp(`^${registry.host}/exit/app@sha256:`))
  })

  test('SIGNET_SIGNING_KEY and SIGNET_PASSWORD sign on a registry with Basic auth, with no warning', async () => {
    const signed = await runCli(
      [
        'sign',
        '--image',
        `${authRegistry.host}/exit/app:1`,
        '--insecure-registries',
        authRegistry.host,
        '--username',
        authRegistry.username as string,
        ...manifestsFlag(),
        '--signing-cert-chain',
        pki.chainPem
      ],
      { env: { SIGNET_SIGNING_KEY: pki.keyPem, SIGNET_PASSWORD: authRegistry.password } }
    )
    expect(signed.stderr).not.toContain('warning:')
    expect(signed.code).toBe(0)
  })

  test('a registry that is down makes sign exit 3', async () => {
    const signed = await runCli(
      [
        'sign',
        '--image',
        '127.0.0.1:9/exit/app:1',
        '--insecure-registries',
        '127.0.0.1:9',
        ...manifestsFlag()
      ],
      { env: { SIGNET_SIGNING_KEY: pki.keyPem, SIGNET_SIGNING_CERT_CHAIN: 'ignored: not a secret input' } }
    )
    // SIGNET_SIGNING_CERT_CHAIN is not read (only secrets come from the environment): the chain is missing.
    expect(signed.stderr).toMatch(/^signet: Missing input 'signing-cert-chain'/m)
    expect(signed.code).toBe(2)
    const unreachable = await runCli(
      [
        'sign',
        '--image',
        '127.0.0.1:9/exit/app:1',
        '--insecure-registries',
        '127.0.0.1:9',
        ...manifestsFlag(),
        '--signing-cert-chain',
        pki.chainPem
      ],
      { env: { SIGNET_SIGNING_KEY: pki.keyPem } }
    )
    expect(unreachable.stderr).toMatch(/cannot reach 127\.0\.0\.1:9/)
    expect(unreachable.stderr).not.toMatch(/\n\s+at /)
    expect(unreachable.code).toBe(3)
  })
})

describe('verify: 0 verified, 1 rejected, 3 could not complete', () => {
  test('a signed image under its root: exit 0, verdict verified', async () => {
    const run = await verifyJson(`${registry.host}/exit/app:1`, ['--insecure-registries', registry.host])
    expect(run.report.verdict).toBe('verified')
    expect(run.code).toBe(0)
  })

  test('under another root: exit 1, verdict rejected', async () => {
    const run = await verifyJson(`${registry.host}/exit/app:1`, ['--insecure-registries', registry.host], {
      roots: otherPki.rootPem
    })
    expect(run.report.images[0].verdict).toBe('rejected')
    expect(run.report.verdict).toBe('rejected')
    expect(run.code).toBe(1)
  })

  test('a tag the registry does not have: exit 1 (the registry answered)', async () => {
    const run = await verifyJson(`${registry.host}/exit/app:no-such-tag`, [
      '--insecure-registries',
      registry.host
    ])
    expect(run.report.images[0].reasons[0]).toMatch(
      /not found in .*: the (repository .* does not exist|tag is not among)/
    )
    expect(run.report.verdict).toBe('rejected')
    expect(run.code).toBe(1)
  })

  test('a registry that is down: exit 3, verdict error', async () => {
    const run = await verifyJson('127.0.0.1:9/exit/app:1', ['--insecure-registries', '127.0.0.1:9'])
    expect(run.report.images[0]).toMatchObject({ verdict: 'error' })
    expect(run.report.images[0].reasons[0]).toMatch(/cannot reach 127\.0\.0\.1:9 \(ECONNREFUSED/)
    expect(run.report.verdict).toBe('error')
    expect(run.code).toBe(3)
  })

  test('a registry name that does not resolve: exit 3', async () => {
    const run = await verifyJson('signet-no-such-host.invalid/exit/app:1')
    expect(run.report.images[0].reasons[0]).toMatch(/ENOTFOUND|EAI_AGAIN/)
    expect(run.report.verdict).toBe('error')
    expect(run.code).toBe(3)
  })

  test('a TLS certificate not trusted: exit 3; with registry-ca the same registry answers (404: exit 1)', async () => {
    const ref = `${tlsRegistry.host}/exit/app:1`
    const untrusted = await verifyJson(ref)
    expect(untrusted.report.images[0].reasons[0]).toMatch(/TLS certificate of .* is not trusted/)
    expect(untrusted.code).toBe(3)
    const trusted = await verifyJson(ref, ['--registry-ca', tlsRegistry.caPem as string])
    expect(trusted.report.images[0].reasons[0]).toMatch(
      /not found in .*: the (repository .* does not exist|tag is not among)/
    )
    expect(trusted.code).toBe(1)
  })

  test('credentials refused: exit 3; the right password from stdin or SIGNET_PASSWORD: exit 0', async () => {
    const ref = `${authRegistry.host}/exit/app:1`
    const flags = [
      ...['--insecure-registries', authRegistry.host, '--username', authRegistry.username as string],
      ...['--trusted-identities', '*']
    ]
    const refused = await verifyJson(ref, flags, { env: { SIGNET_PASSWORD: 'not-the-password' } })
    expect(refused.report.images[0].reasons[0]).toMatch(/refused the username\/password|HTTP 401/)
    expect(refused.stdout + refused.stderr).not.toContain('not-the-password')
    expect(refused.code).toBe(3)
    const fromStdin = await verifyJson(ref, [...flags, '--password-stdin'], {
      stdin: `${authRegistry.password}\n`
    })
    expect(fromStdin.stderr).not.toContain('warning:')
    expect(fromStdin.code).toBe(0)
    const fromEnv = await verifyJson(ref, flags, { env: { SIGNET_PASSWORD: authRegistry.password } })
    expect(fromEnv.code).toBe(0)
  })

  test('server errors after every retry: exit 3, after the retries were made', async () => {
    proxy.rules = [{ match: () => true, action: { kind: 'status', status: 503 } }]
    proxy.requests.length = 0
    try {
      const run = await verifyJson(`${proxy.host}/exit/app:1`, ['--insecure-registries', proxy.host])
      expect(run.report.images[0].reasons[0]).toMatch(/HTTP 503/)
      expect(run.report.verdict).toBe('error')
      expect(run.code).toBe(3)
      expect(proxy.requests.length).toBe(DEFAULT_MAX_ATTEMPTS)
    } finally {
      proxy.rules = []
    }
  })

  test('a signature whose fetch fails while no other passes: exit 3, not a rejection', async () => {
    // The index resolves and the referrers list is served; every fetch of a signature manifest fails.
    proxy.rules = [
      {
        match: request => request.method === 'GET' && /\/manifests\/sha256:/.test(request.url),
        action: { kind: 'status', status: 503 }
      }
    ]
    try {
      const run = await verifyJson(`${proxy.host}/exit/app:1`, ['--insecure-registries', proxy.host])
      expect(run.report.images[0].reasons[0]).toMatch(/could not check every signature/)
      expect(run.code).toBe(3)
    } finally {
      proxy.rules = []
    }
  })

  test('with several images, a rejection outweighs an error: exit 1', async () => {
    const run = await runCli([
      'verify',
      '--image',
      `${registry.host}/exit/app:1`,
      '--image',
      '127.0.0.1:9/exit/app:1',
      '--insecure-registries',
      `${registry.host}`,
      '--insecure-registries',
      '127.0.0.1:9',
      '--trust-roots',
      otherPki.rootPem,
      '--json'
    ])
    const report = JSON.parse(run.stdout)
    expect(report.images.map((image: { verdict: string }) => image.verdict)).toEqual(['rejected', 'error'])
    expect(run.code).toBe(1)
  })
})

test('beside notation: where it verifies we exit 0, where it rejects the signature 1, where it cannot connect 3', async () => {
  const signed = `${registry.host}/exit/app:1`
  const cases = [
    { ref: signed, root: pki.rootPem, ours: 0, notation: /Successfully verified/ },
    { ref: signed, root: otherPki.rootPem, ours: 1, notation: /signature verification failed/i },
    { ref: '127.0.0.1:9/exit/app:1', root: pki.rootPem, ours: 3, notation: /connection refused/i }
  ]
  for (const { ref, root, ours, notation } of cases) {
    const peer = await notationVerify(makeNotationHome(root), ref)
    expect([ref, peer.output]).toEqual([ref, expect.stringMatching(notation)])
    expect([ref, peer.code === 0]).toEqual([ref, ours === 0])
    const host = ref.split('/')[0]
    const run = await verifyJson(ref, ['--insecure-registries', host], { roots: root })
    expect([ref, run.code]).toEqual([ref, ours])
  }
})
