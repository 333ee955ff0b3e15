/** The PR gate against a real docker-registry: Dockerfiles → base images → verify → annotations. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jest } from '@jest/globals'
import { annotateFailures, collectBaseImages } from '../../src/gate/gate.js'
import { verifyTable } from '../../src/report/outputs.js'
import { readInputs } from '../../src/inputs/read-inputs.js'
import type { VerifyInputs } from '../../src/inputs/verify-inputs.js'
import { pushUnsigned } from '../helpers/craft.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inputSource, runSign, usedImages, verifyWith } from '../helpers/signet.js'

let registry: TestRegistry
let pki: TestPki
let amd64: TestImage
let arm64: TestImage
let root: string
let stdout: { mockRestore(): void }

beforeAll(async () => {
  registry = await startRegistry({ countRequests: true })
  pki = await makePki()
  amd64 = await makeOciLayout({ platform: { os: 'linux', architecture: 'amd64' }, seed: 'gate-amd64' })
  arm64 = await makeOciLayout({
    platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    seed: 'gate-arm64'
  })
  await runSign({
    image: `${registry.host}/base/signed:1.0`,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${amd64.dir}:${amd64.tag} scenario=x86\noci-layout:${arm64.dir}:${arm64.tag} scenario=arm`,
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem
  })
  await pushUnsigned(registry.host, 'base/unsigned', '1.0', amd64)

  root = await mkdtemp(join(tmpdir(), 'signet-gate-repo-'))
  const dockerfiles: Record<string, string[]> = {
    'app/Dockerfile': [
      `ARG REGISTRY=${registry.host}`,
      'ARG TAG=0.9',
      'FROM ${REGISTRY}/base/signed:${TAG} AS build',
      'RUN make',
      'FROM --platform=linux/arm64 ${REGISTRY}/base/signed:${TAG}',
      'COPY --from=build /out /out'
    ],
    'legacy/Dockerfile': ['FROM scratch AS empty', `FROM ${registry.host}/base/unsigned:1.0`],
    'pinned/Dockerfile': [`FROM ${registry.host}/base/signed@${amd64.manifest.digest}`]
  }
  for (const [file, lines] of Object.entries(dockerfiles)) {
    await mkdir(join(root, file, '..'), { recursive: true })
    await writeFile(join(root, file), lines.join('\n') + '\n')
  }
})
afterAll(async () => {
  await registry?.stop()
  if (root) await rm(root, { recursive: true, force: true })
})
beforeEach(() => {
  stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => stdout.mockRestore())

function gateInputs(extra: Record<string, string> = {}): VerifyInputs {
  return readInputs(
    inputSource({
      mode: 'verify',
      dockerfiles: '**/Dockerfile',
      'build-args': 'TAG=1.0',
      'insecure-registries': registry.host,
      'trust-roots': pki.rootPem,
      ...extra
    })
  ) as VerifyInputs
}

test('signed bases pass (by tag, by --platform, by digest); the unsigned one is rejected and annotated', async () => {
  const inputs = gateInputs()
  const images = await collectBaseImages(inputs, { root })
  expect(images.map(image => image.origin.uses.map(use => `${use.file}:${use.line}`))).toEqual([
    ['app/Dockerfile:3'],
    ['app/Dockerfile:5'],
    ['legacy/Dockerfile:2'],
    ['pinned/Dockerfile:1']
  ])
  const result = await verifyWith(inputs, images)
  const verdicts = result.images.map(image => [image.verified, image.digest, image.reasons.join('; ')])
  expect(verdicts[0][0]).toBe(true)
  expect(verdicts[1]).toEqual([true, arm64.manifest.digest, ''])
  expect(verdicts[2][0]).toBe(false)
  expect(verdicts[2][2]).toMatch(/no signature found/)
  expect(verdicts[3]).toEqual([true, amd64.manifest.digest, ''])
  expect(result.images[0].signer).toBe(pki.leafSubject)
  expect(result.verified).toBe(false)

  const annotations: { message: string; file: string; startLine: number }[] = []
  annotateFailures(usedImages(images, result), (message, properties) =>
    annotations.push({ message, ...properties })
  )
  expect(annotations.map(a => [a.file, a.startLine])).toEqual([['legacy/Dockerfile', 2]])
  expect(annotations[0].message).toMatch(/no signature found/)

  // One table: a row per Dockerfile line, with the selected platform of the --platform line.
  const table = verifyTable(result, usedImages(images, result))
  expect(table.header.slice(0, 5)).toEqual(['Used by', 'Image', 'Verdict', 'Scenario', 'Platform'])
  expect(table.rows.map(row => [row[0], row[2], row[4]])).toEqual([
    ['app/Dockerfile:3', 'verified', 'linux/amd64, linux/arm64/v8'],
    ['app/Dockerfile:5', 'verified', 'linux/arm64/v8'],
    ['legacy/Dockerfile:2', 'rejected', ''],
    ['pinned/Dockerfile:1', 'verified', '']
  ])
  expect(table.notes).toEqual([expect.stringMatching(/^Rejected .*base\/unsigned:1\.0: no signature found/)])
})

test('allowed-registries rejects every base image elsewhere before any request to it', async () => {
  const inputs = gateInputs({ 'allowed-registries': 'ghcr.io\n*.example.com' })
  const images = await collectBaseImages(inputs, { root })
  const before = registry.requests.length
  const result = await verifyWith(inputs, images)
  expect(result.images.map(image => image.verified)).toEqual([false, false, false, false])
  for (const image of result.images) {
    expect(image.reasons.join()).toMatch(
      new RegExp(
        `registry ${registry.host.replace(/\./g, '\\.')} is not in allowed-registries \\(ghcr\\.io, \\*\\.example\\.com\\)`
      )
    )
  }
  expect(registry.requests.slice(before)).toEqual([])
})

test('changed-only: only the Dockerfiles of the pull request are gated', async () => {
  const inputs = gateInputs()
  const images = await collectBaseImages(inputs, { root, changedFiles: ['legacy/Dockerfile', 'src/main.c'] })
  expect(images.map(image => image.origin.uses[0].file)).toEqual(['legacy/Dockerfile'])
})

test('an unsigned frontend, mount source or ONBUILD image fails the gate on its own line, under a signed FROM', async () => {
  const repo = await mkdtemp(join(tmpdir(), 'signet-gate-buildkit-'))
  try {
    const signed = `${registry.host}/base/signed:1.0`
    const unsigned = `${registry.host}/base/unsigned:1.0`
    await writeFile(
      join(repo, 'Dockerfile'),
      [
        `# syntax=${unsigned}`,
        `FROM ${signed} AS build`,
        `RUN --mount=target=/t,from=${unsigned},type=bind make`,
        `RUN --mount=type=bind,from=build,target=/b make`,
        `ONBUILD COPY --from=${unsigned} / /`
      ].join('\n')
    )
    const inputs = gateInputs()
    const images = await collectBaseImages(inputs, { root: repo })
    const result = await verifyWith(inputs, images)
    expect(result.verified).toBe(false)
    const annotations: { message: string; startLine: number; title: string }[] = []
    annotateFailures(usedImages(images, result), (message, properties) =>
      annotations.push({ message, ...properties })
    )
    expect(annotations.map(a => a.startLine)).toEqual([1, 3, 5])
    for (const annotation of annotations) expect(annotation.message).toMatch(/no signature found/)
    expect(verifyTable(result, usedImages(images, result)).rows.map(row => [row[0], row[2]])).toEqual([
      ['Dockerfile:1', 'rejected'],
      ['Dockerfile:3', 'rejected'],
      ['Dockerfile:5', 'rejected'],
      ['Dockerfile:2', 'verified']
    ])
  } finally {
    await rm(repo, { recursive: true, force: true })
  }
})
