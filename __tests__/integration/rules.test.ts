/**
 * One rules file against a real docker-registry: two namespaces signed by two keys, verified by one
 * verify step with different identities per namespace, and a workload gate that fails on one unsigned
 * image with the annotation on its `image:` line.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InputSource } from '../../src/inputs/input-values.js'
import { runVerify } from '../../src/run/verify.js'
import { runBuiltAction } from '../helpers/built-action.js'
import { pushUnsigned } from '../helpers/craft.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import type { TestPki } from '../helpers/pki.js'
import { namespaceKeys, PROD_SUBJECT } from '../helpers/namespaces.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inputSource, recordingLog, runSign } from '../helpers/signet.js'

let registry: TestRegistry
let prod: TestPki
let dev: TestPki
let image: TestImage
let dir: string
let rules: string

async function signWithRules(reference: string, extra: Record<string, string> = {}) {
  return runSign({
    image: reference,
    manifests: `oci-layout:${image.dir}:${image.tag} scenario=default`,
    'insecure-registries': registry.host,
    rules,
    ...extra
  })
}

function verifyInputs(values: Record<string, string>): InputSource {
  return inputSource({ mode: 'verify', 'insecure-registries': registry.host, rules, ...values })
}

beforeAll(async () => {
  registry = await startRegistry()
  ;({ prod, dev, dir } = await namespaceKeys())
  image = await makeOciLayout({ seed: 'rules-image' })
  rules = join(dir, 'signet-rules.yml')
  await writeFile(
    rules,
    [
      'version: 1',
      'rules:',
      `  - match: ${registry.host}/acme/**`,
      `    sign: { key: ${dir}/dev.key, cert-chain: ${dir}/dev-chain.pem }`,
      `    verify: { trust-roots: ${dir}/dev-root.pem, identities: ["*"] }`,
      `  - match: ${registry.host}/acme/prod/**`,
      `    sign: { key: ${dir}/prod.key, cert-chain: ${dir}/prod-chain.pem }`,
      `    verify:`,
      `      trust-roots: ${dir}/prod-root.pem`,
      `      identities: ["x509.subject: ${PROD_SUBJECT}"]`,
      '  - match: "**"',
      '    verify: reject',
      ''
    ].join('\n')
  )
  await signWithRules(`${registry.host}/acme/prod/web:1.0`)
  await signWithRules(`${registry.host}/acme/dev/agent:1.0`)
  // A prod repository signed with the dev key (explicit inputs win over the rule): verify must refuse it.
  await signWithRules(`${registry.host}/acme/prod/rogue:1.0`, {
    'signing-key': dev.keyPem,
    'signing-cert-chain': dev.chainPem
  })
  await pushUnsigned(registry.host, 'acme/prod/unsigned', '1.0', image)
})
afterAll(async () => {
  await registry?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('two namespaces signed by two keys from one rules file, verified by one step with per-namespace trust', async () => {
  const { result } = await runVerify(
    verifyInputs({
      image: [
        `${registry.host}/acme/prod/web:1.0`,
        `${registry.host}/acme/dev/agent:1.0`,
        `${registry.host}/acme/prod/rogue:1.0`,
        `${registry.host}/other/app:1.0`
      ].join('\n')
    }),
    { log: recordingLog(), maskSecret: () => undefined, env: {} }
  )
  const verdicts = result.images.map(report => [report.verified, report.signer ?? '', report.policy ?? ''])
  expect(verdicts[0]).toEqual([true, prod.leafSubject, `${rules}:6 (${registry.host}/acme/prod/**) (strict)`])
  expect(verdicts[1]).toEqual([true, dev.leafSubject, `${rules}:3 (${registry.host}/acme/**) (strict)`])
  // Signed, but by the dev chain, which the prod rule does not trust.
  expect(verdicts[2][0]).toBe(false)
  expect(result.images[2].reasons.join()).toMatch(/no valid signature/)
  // Matched by the catch-all rule: refused before any registry request.
  expect(result.images[3].verified).toBe(false)
  expect(result.images[3].reasons).toEqual([`rejected by rule ${rules}:11 (**) (verify: reject)`])
  expect(result.images[3].checks.map(check => check.name)).toEqual(['allowed registry', 'trust policy'])
  expect(prod.leafSubject).not.toBe(dev.leafSubject)
})

/** The manifest set of the gate tests: line 9 dev/agent, line 12 prod/web, line 22 prod/unsigned. */
async function workloadRepository(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'signet-workloads-it-'))
  await mkdir(join(root, 'deploy'))

  const manifest = [
    'apiVersion: apps/v1', // 1
    'kind: Deployment', // 2
    'metadata: { name: web }', // 3
    'spec:', // 4
    '  template:', // 5
    '    spec:', // 6
    '      initContainers:', // 7
    '        - name: agent', // 8
    `          image: ${registry.host}/acme/dev/agent:1.0`, // 9
    '      containers:', // 10
    '        - name: web', // 11
    `          image: ${registry.host}/acme/prod/web:1.0`, // 12
    '---', // 13
    'apiVersion: batch/v1', // 14
    'kind: Job', // 15
    'metadata: { name: migrate }', // 16
    'spec:', // 17
    '  template:', // 18
    '    spec:', // 19
    '      containers:', // 20
    '        - name: migrate', // 21
    `          image: ${registry.host}/acme/prod/unsigned:1.0` // 22
  ]
  await writeFile(join(root, 'deploy', 'app.yaml'), manifest.join('\n') + '\n')
  await writeFile(
    join(root, 'compose.yaml'),
    `services:\n  web:\n    image: ${registry.host}/acme/prod/web@${image.manifest.digest}\n`
  )
  return root
}

test('the workload gate: one unsigned image fails with the annotation on its image: line', async () => {
  const root = await workloadRepository()
  try {
    const run = await runVerify(verifyInputs({ workloads: 'deploy/*.yaml\ncompose.yaml' }), {
      log: recordingLog(),
      maskSecret: () => undefined,
      env: { GITHUB_WORKSPACE: root }
    })
    expect(run.result.verified).toBe(false)
    const workloads = run.workloads
    if (workloads === undefined) throw new Error('no workload result')
    expect(workloads.map(({ report }) => [report.image, report.verified, report.signer ?? ''])).toEqual([
      [`${registry.host}/acme/prod/web@${image.manifest.digest}`, true, prod.leafSubject],
      [`${registry.host}/acme/dev/agent:1.0`, true, dev.leafSubject],
      [`${registry.host}/acme/prod/web:1.0`, true, prod.leafSubject],
      [`${registry.host}/acme/prod/unsigned:1.0`, false, '']
    ])
    const annotations = run.annotations.map(
      ({ level, file, startLine, message }) => `${level} ${file}:${startLine} ${message}`
    )
    const [, agent, web] = workloads.map(({ report }) => report.digest)
    // Tags resolve to the signed index; each notice carries that digest.
    expect(agent).toMatch(/^sha256:/)
    expect(annotations).toEqual([
      `notice deploy/app.yaml:9 ${registry.host}/acme/dev/agent:1.0 resolved to ${agent}: pin it as ${registry.host}/acme/dev/agent@${agent}`,
      `notice deploy/app.yaml:12 ${registry.host}/acme/prod/web:1.0 resolved to ${web}: pin it as ${registry.host}/acme/prod/web@${web}`,
      `error deploy/app.yaml:22 no signature found for ${image.manifest.digest} (${registry.host}/acme/prod/unsigned:1.0 resolved to ${image.manifest.digest})`
    ])
    // One table: a row per image line, "Used by" first (file:line and the workload), then image and verdict.
    const table = run.table
    expect(table.header.slice(0, 3)).toEqual(['Used by', 'Image', 'Verdict'])
    expect(table.rows.map(row => [row[0].replace(/ \(.*\)$/, ''), row[2]])).toEqual([
      ['compose.yaml:3', 'verified'],
      ['deploy/app.yaml:9', 'verified'],
      ['deploy/app.yaml:12', 'verified'],
      ['deploy/app.yaml:22', 'rejected']
    ])
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})

test('through the bundled action: ::error on the image: line, ::notice to pin, a summary row per image', async () => {
  const root = await workloadRepository()
  try {
    const { code, stdout, summary } = await runBuiltAction(
      {
        mode: 'verify',
        workloads: 'deploy/*.yaml',
        rules,
        'insecure-registries': registry.host,
        'trusted-identities': '*'
      },
      { env: { GITHUB_WORKSPACE: root } }
    )
    expect(code).toBe(1)
    const commands = stdout.split('\n').filter(line => /^::(error|notice) title=.*,file=/.test(line))
    expect(
      commands.map(line => line.replace(/^::(\w+) title=[^,]*,(file=[^,]*,line=\d+)::.*$/, '$1 $2'))
    ).toEqual([
      'notice file=deploy/app.yaml,line=9',
      'notice file=deploy/app.yaml,line=12',
      'error file=deploy/app.yaml,line=22'
    ])
    expect(commands[2]).toMatch(/::no signature found for sha256:[0-9a-f]{64} \(/)
    expect(summary).toContain('Verification failed: 1 of 3 images rejected')
    // A row per image: line: each Used by cell shows file:line, the field path in its tooltip.
    expect(summary.match(/>deploy\/<wbr>app\.yaml:\d+</g)).toEqual([
      '>deploy/<wbr>app.yaml:9<',
      '>deploy/<wbr>app.yaml:12<',
      '>deploy/<wbr>app.yaml:22<'
    ])
    // One table per run: the workload rows are not repeated in a second one.
    expect(summary.match(/<table>/g)).toHaveLength(1)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})
