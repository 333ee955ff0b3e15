/**
 * The sweep against a real docker-registry: a dry run lists what would be signed and pushes nothing, a run
 * signs only the unsigned digests (each with its rule's key), a re-run is a no-op; notation verifies the
 * swept signatures with the same trust.
 */
import { execFile } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { readSweepInputs } from '../../src/inputs/sweep-inputs.js'
import type { SweepResult } from '../../src/sign/sweep.js'
import { sweepTable } from '../../src/report/outputs.js'
import { rulesFromTrustPolicy } from '../../src/rules/from-trust-policy.js'
import { InputError } from '../../src/util/errors.js'
import { silentLog, type Log } from '../../src/util/log.js'
import { ensureTools, toolPath } from '../../scripts/ensure-tools.mjs'
import { pushUnsigned } from '../helpers/craft.js'
import { generateTokenKey, makeToken } from '../helpers/hsm.js'
import { startFaultProxy } from '../helpers/fault-proxy.js'
import { fallbackSignatures, tagsOf } from '../helpers/independent.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import type { TestPki } from '../helpers/pki.js'
import { namespaceKeys, PROD_SUBJECT, writeSweepRules } from '../helpers/namespaces.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inputSource, recordingLog, runSign, runSweep, runVerify } from '../helpers/signet.js'
import { main } from '../../src/cli/main.js'
import { buildImageIndex } from '../../src/oci/image-index.js'
import { RegistryClient } from '../../src/oci/registry.js'

const run = promisify(execFile)
// At load, not in a hook: installing on a fresh machine may take longer than a hook may.
ensureTools(['notation', 'softhsm2-util', 'pkcs11-tool'])
let registry: TestRegistry
let prod: TestPki
let one: TestImage
let two: TestImage
let dir: string
let rules: string
let multiIndex: string
let armDigest: string

beforeAll(async () => {
  registry = await startRegistry()
  ;({ prod, dir } = await namespaceKeys())
  one = await makeOciLayout({ seed: 'sweep-one' })
  two = await makeOciLayout({ seed: 'sweep-two' })
  rules = await writeSweepRules(registry.host, dir)
  // acme/prod/web: 1.0 and 1.1 (= latest) unsigned; acme/dev/agent: 1.0 unsigned;
  // acme/prod/api: signed by Signet's sign mode (its referrers tag must not be swept); other/x: outside.
  await pushUnsigned(registry.host, 'acme/prod/web', '1.0', one)
  await pushUnsigned(registry.host, 'acme/prod/web', '1.1', two)
  await pushUnsigned(registry.host, 'acme/prod/web', 'latest', two)
  await pushUnsigned(registry.host, 'acme/dev/agent', '1.0', one)
  await pushUnsigned(registry.host, 'other/x', '1.0', one)
  // acme/prod/multi:2.0: an unsigned two-platform index whose platform manifests have no tag.
  const arm = await makeOciLayout({ seed: 'sweep-arm', platform: { os: 'linux', architecture: 'arm64' } })
  const client = new RegistryClient({ insecureRegistries: [registry.host] })
  const multi = client.repository({ registry: registry.host, repository: 'acme/prod/multi' })
  const blob = (layout: TestImage, digest: string) =>
    join(layout.dir, 'blobs', 'sha256', digest.slice('sha256:'.length))
  for (const layout of [one, arm]) {
    for (const descriptor of [layout.config, ...layout.layers])
      await multi.pushBlob(descriptor, () => createReadStream(blob(layout, descriptor.digest)))
    await multi.pushManifest(await readFile(blob(layout, layout.manifest.digest)), layout.manifest.mediaType)
  }
  const index = buildImageIndex(
    [
      { descriptor: one.manifest, platform: one.platform, scenarios: [] },
      { descriptor: arm.manifest, platform: arm.platform, scenarios: [] }
    ],
    { scenarioAnnotation: 'dev.signet.scenario', annotations: {} }
  )
  await multi.pushManifest(index.bytes, index.descriptor.mediaType, '2.0')
  await client.close()
  multiIndex = index.descriptor.digest
  armDigest = arm.manifest.digest
  await runSign({
    image: `${registry.host}/acme/prod/api:1.0`,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${one.dir}:${one.tag}`,
    'signing-key': prod.keyPem,
    'signing-cert-chain': prod.chainPem,
    'sign-platform-manifests': 'false'
  })
})
afterAll(async () => {
  await registry?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

function sweepWith(values: Record<string, string>, log: Log = silentLog): Promise<SweepResult> {
  const source = inputSource({
    mode: 'sign',
    sweep: `${registry.host}/acme`,
    'insecure-registries': registry.host,
    rules,
    ...values
  })
  return runSweep(source, log)
}

const summary = (result: SweepResult) =>
  result.rows.map(
    row => `${row.repository.slice(registry.host.length + 1)} ${row.tags.join(',')} ${row.action}`
  )

test('dry run lists what would be signed and pushes nothing', async () => {
  const before = await tagsOf(registry.host, 'acme/prod/web')
  const result = await sweepWith({ 'dry-run': 'true' })
  expect(result.listedFrom).toBe('catalog')
  expect(summary(result)).toEqual([
    'acme/dev/agent 1.0 would sign',
    'acme/prod/api 1.0 already signed',
    'acme/prod/multi 2.0 would sign',
    'acme/prod/web 1.0 would sign',
    'acme/prod/web 1.1,latest would sign'
  ])
  expect(sweepTable(result).title).toBe(
    'Sweep (dry run): 4 would be signed, 1 already signed, 0 skipped, 0 failed'
  )
  expect(await tagsOf(registry.host, 'acme/prod/web')).toEqual(before)
})

test('a sweep signs only the unsigned digests, each with its rule key; a re-run is a no-op', async () => {
  const log = recordingLog()
  const result = await sweepWith({}, log)
  // Repositories are swept side by side: every line names its repository.
  expect(log.lines).toContain(
    `acme/dev/agent: Signed ${one.manifest.digest}: signature ${result.rows[0].detail.split(' ')[1]} (referrers tag fallback)`
  )
  expect(summary(result)).toEqual([
    'acme/dev/agent 1.0 signed',
    'acme/prod/api 1.0 already signed',
    'acme/prod/multi 2.0 signed',
    'acme/prod/web 1.0 signed',
    'acme/prod/web 1.1,latest signed'
  ])
  expect(result.rows.find(row => row.tags.includes('latest'))?.digest).toBe(two.manifest.digest)
  // The signed digests are the tags' own: no new index, no tag moved.
  expect(
    (await tagsOf(registry.host, 'acme/prod/web')).filter(tag => !tag.startsWith('sha256-')).sort()
  ).toEqual(['1.0', '1.1', 'latest'])
  const web = await runVerify({
    image: `${registry.host}/acme/prod/web:latest\n${registry.host}/acme/prod/web:1.0`,
    'insecure-registries': registry.host,
    rules
  })
  expect(web.images.map(image => [image.verified, image.signer])).toEqual([
    [true, prod.leafSubject],
    [true, prod.leafSubject]
  ])
  const agent = await fallbackSignatures(registry.host, 'acme/dev/agent', one.manifest.digest)
  expect(agent).toHaveLength(1)
  expect(JSON.stringify(agent[0].manifest)).toContain('io.cncf.notary.x509chain.thumbprint#S256')

  // The index is signed and so are its untagged platform manifests (sign-platform-manifests).
  expect(await fallbackSignatures(registry.host, 'acme/prod/multi', multiIndex)).toHaveLength(1)
  expect(await fallbackSignatures(registry.host, 'acme/prod/multi', armDigest)).toHaveLength(1)

  const again = await sweepWith({})
  expect(new Set(again.rows.map(row => row.action))).toEqual(new Set(['already signed']))
  expect(again.rows).toHaveLength(result.rows.length)
  expect(await fallbackSignatures(registry.host, 'acme/dev/agent', one.manifest.digest)).toHaveLength(1)
  expect(await fallbackSignatures(registry.host, 'acme/prod/web', two.manifest.digest)).toHaveLength(1)
})

/** notation's configuration trusting the prod root and identity for every scope (made on first use). */
async function prodNotationConfig(): Promise<string> {
  const config = join(dir, 'notation')
  await mkdir(join(config, 'notation', 'truststore', 'x509', 'ca', 'prod'), { recursive: true })
  await writeFile(join(config, 'notation', 'truststore', 'x509', 'ca', 'prod', 'root.pem'), prod.rootPem)
  await writeFile(
    join(config, 'notation', 'trustpolicy.json'),
    JSON.stringify({
      version: '1.0',
      trustPolicies: [
        {
          name: 'prod',
          registryScopes: ['*'],
          signatureVerification: { level: 'strict' },
          trustStores: ['ca:prod'],
          trustedIdentities: [`x509.subject: ${PROD_SUBJECT}`]
        }
      ]
    })
  )
  return config
}

async function runNotationVerify(reference: string): Promise<{ stdout: string; stderr: string }> {
  return run(toolPath('notation'), ['verify', '--insecure-registry', reference], {
    env: { ...process.env, XDG_CONFIG_HOME: await prodNotationConfig() }
  })
}

test('notation verifies what the sweep signed, with the prod trust', async () => {
  const config = await prodNotationConfig()
  const references = [
    `${registry.host}/acme/prod/web@${one.manifest.digest}`,
    `${registry.host}/acme/dev/agent@${one.manifest.digest}`
  ]
  await expect(runNotationVerify(references[0])).resolves.toBeDefined()
  // The dev namespace was signed by the dev key: notation refuses it under the prod trust, as Signet does.
  await expect(runNotationVerify(references[1])).rejects.toThrow(
    /verification failed|signature verification/i
  )
  // The same policy converted into rules gives Signet's verify the same verdicts as notation's.
  const converted = rulesFromTrustPolicy(
    join(config, 'notation', 'trustpolicy.json'),
    join(config, 'notation', 'truststore'),
    'trustpolicy.json'
  )
  const signet = await runVerify({
    image: references.join('\n'),
    'insecure-registries': registry.host,
    rules: converted
  })
  expect(signet.images.map(image => image.verified)).toEqual([true, false])
})

test('repositories input instead of the catalog; bad sweep inputs are exit 2', async () => {
  const result = await sweepWith({ repositories: `${registry.host}/acme/dev/agent`, 'dry-run': 'true' })
  expect(result.listedFrom).toBe('repositories input')
  expect(summary(result)).toEqual(['acme/dev/agent 1.0 already signed'])
  expect(() => readSweepInputs(inputSource({ sweep: 'acme' }))).toThrow(InputError)
  expect(() =>
    readSweepInputs(inputSource({ sweep: `${registry.host}/acme`, repositories: `${registry.host}/other/x` }))
  ).toThrow("Invalid line in 'repositories'")
  expect(() => readSweepInputs(inputSource({ sweep: `${registry.host}/acme`, image: 'a.io/b:1' }))).toThrow(
    "Input 'image' does not go with 'sweep'"
  )
  await expect(sweepWith({ rules: '' })).rejects.toThrow("Input 'sweep' needs 'rules'")
})

test('a registry that hides its catalog: the repositories the rules name exactly are swept', async () => {
  const proxy = await startFaultProxy({ target: registry.host })
  try {
    proxy.rules = [
      { match: request => request.url.startsWith('/v2/_catalog'), action: { kind: 'status', status: 403 } }
    ]
    const exact = join(dir, 'exact-rules.yml')
    await writeFile(
      exact,
      [
        'version: 1',
        'rules:',
        `  - match: ${proxy.host}/acme/dev/agent`,
        `    sign: { key: ${dir}/dev.key, cert-chain: ${dir}/dev-chain.pem }`,
        `  - match: ${proxy.host}/acme/**`,
        `    sign: { key: ${dir}/prod.key, cert-chain: ${dir}/prod-chain.pem }`,
        ''
      ].join('\n')
    )
    const values = { sweep: `${proxy.host}/acme`, 'insecure-registries': proxy.host, 'dry-run': 'true' }
    const source = inputSource({ mode: 'sign', ...values, rules: exact })
    const result = await runSweep(source, silentLog)
    expect(result.listedFrom).toBe('rules')
    expect(result.rows.map(row => [row.repository, row.action])).toEqual([
      [`${proxy.host}/acme/dev/agent`, 'already signed']
    ])
    expect(proxy.requests.filter(request => request.fault === 'status 403')).toHaveLength(1)

    // Without an exact rule there is nothing to sweep: the error says to name the repositories.
    const globs = inputSource({ mode: 'sign', ...values, rules: exact.replace('exact-rules', 'missing') })
    await writeFile(
      exact.replace('exact-rules', 'missing'),
      `version: 1\nrules:\n  - match: ${proxy.host}/acme/**\n    sign: { key: ${dir}/dev.key, cert-chain: ${dir}/dev-chain.pem }\n`
    )
    await expect(runSweep(globs, silentLog)).rejects.toThrow(
      `${proxy.host} does not let this client list its catalog: name the repositories to sweep in 'repositories'`
    )
  } finally {
    await proxy.stop()
  }
})

test('the CLI: signet sign --sweep prints the table and exits 0', async () => {
  let stdout = ''
  const code = await main(
    [
      'sign',
      '--sweep',
      `${registry.host}/acme`,
      '--rules',
      rules,
      '--insecure-registries',
      registry.host,
      '--dry-run',
      'true'
    ],
    { stdout: text => void (stdout += text), stderr: () => undefined, env: {} }
  )
  expect(code).toBe(0)
  expect(stdout).toMatch(/^Sweep \(dry run\): 0 would be signed, 5 already signed, 0 skipped, 0 failed\n/)
  // Wider than 120 columns with its rule paths: the CLI prints a block of `Header  value` lines per row.
  expect(stdout).toMatch(
    /^ {2}Repository +\S+\n {2}Tags +1\.0\n {2}Digest +sha256:[0-9a-f]{12}…\n {2}Rule +/m
  )
})

test('a rule whose key is in a PKCS#11 token (SoftHSM2): the sweep signs through it, notation verifies', async () => {
  const token = makeToken('sweep', 'Pin-Swp7q')
  const { publicKey } = await generateTokenKey(token, 'EC:prime256v1', 'prod-key', '01')
  const chain = join(dir, 'token-chain.pem')
  await writeFile(chain, (await prod.issueFor!(publicKey)).chainPem)
  const saved = { conf: process.env.SOFTHSM2_CONF, pin: process.env.SIGNET_SWEEP_PIN }
  process.env.SOFTHSM2_CONF = token.conf
  process.env.SIGNET_SWEEP_PIN = token.pin
  try {
    await pushUnsigned(registry.host, 'acme/hsm/app', '1.0', two)
    const hsmRules = join(dir, 'hsm-rules.yml')
    await writeFile(
      hsmRules,
      [
        'version: 1',
        'rules:',
        `  - match: ${registry.host}/acme/hsm/**`,
        '    sign:',
        `      key: "pkcs11:token=sweep;object=prod-key?module-path=${token.modulePath}&pin-source=env:SIGNET_SWEEP_PIN"`,
        `      cert-chain: ${chain}`,
        `    verify: { trust-roots: ${dir}/prod-root.pem, identities: ["x509.subject: ${PROD_SUBJECT}"] }`,
        ''
      ].join('\n')
    )
    const result = await sweepWith({ rules: hsmRules, repositories: `${registry.host}/acme/hsm/app` })
    expect(summary(result)).toEqual(['acme/hsm/app 1.0 signed'])
    const verdict = await runVerify({
      image: `${registry.host}/acme/hsm/app:1.0`,
      'insecure-registries': registry.host,
      rules: hsmRules
    })
    expect(verdict.images.map(image => [image.verified, image.signer])).toEqual([[true, prod.leafSubject]])
    const notation = await runNotationVerify(`${registry.host}/acme/hsm/app@${two.manifest.digest}`)
    expect(notation.stdout + notation.stderr).toContain('Successfully verified')
  } finally {
    process.env.SOFTHSM2_CONF = saved.conf
    process.env.SIGNET_SWEEP_PIN = saved.pin
    if (saved.conf === undefined) delete process.env.SOFTHSM2_CONF
    if (saved.pin === undefined) delete process.env.SIGNET_SWEEP_PIN
  }
})
