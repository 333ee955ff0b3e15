/** The PR gate without a registry: Dockerfiles → requests, PR file lists over a local GitHub API stand-in, reports. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/util/errors.js'
import { changedFilesOfPullRequest } from '../../src/action/pull-request.js'
import { annotateFailures, collectBaseImages, type GateRequest } from '../../src/gate/gate.js'
import { usedImages } from '../helpers/signet.js'
import { formatReference } from '../../src/oci/reference.js'
import { VERIFY_COLUMNS, verifyTable } from '../../src/report/outputs.js'
import type { ImageReport, VerifyResult } from '../../src/verify/verify.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'signet-gate-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function files(contents: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(contents)) {
    await mkdir(join(root, name, '..'), { recursive: true })
    await writeFile(join(root, name), content)
  }
}

function summary(images: GateRequest[]) {
  return images.map(image => ({
    image: formatReference(image.reference),
    platform: image.platform && `${image.platform.os}/${image.platform.architecture}`,
    uses: image.origin.uses.map(use => `${use.file}:${use.line}`)
  }))
}

test('multi-stage builds, ARG defaults and build-args, --platform, digests, grouped across Dockerfiles', async () => {
  await files({
    'app/Dockerfile': [
      'ARG BASE=r.example/base',
      'ARG VERSION=1.0',
      'FROM --platform=linux/arm64 ${BASE}:${VERSION} AS build',
      'RUN make',
      'FROM build AS test',
      'FROM scratch',
      'COPY --from=build /out /out',
      `COPY --from=r.example/tools@${DIGEST} /bin/tool /bin/tool`
    ].join('\n'),
    'svc/Containerfile': [
      'ARG VERSION=1.0',
      'FROM r.example/base:${VERSION}',
      'FROM r.example/base:1.0'
    ].join('\n'),
    'docs/README.md': 'FROM nothing'
  })
  const images = await collectBaseImages(
    { dockerfiles: ['**/Dockerfile*', '**/Containerfile'], buildArgs: { VERSION: '2.0' } },
    { root }
  )
  expect(summary(images)).toEqual([
    { image: 'r.example/base:2.0', platform: 'linux/arm64', uses: ['app/Dockerfile:3'] },
    { image: `r.example/tools@${DIGEST}`, platform: undefined, uses: ['app/Dockerfile:8'] },
    { image: 'r.example/base:2.0', platform: undefined, uses: ['svc/Containerfile:2'] },
    { image: 'r.example/base:1.0', platform: undefined, uses: ['svc/Containerfile:3'] }
  ])
  // Docker Hub names are normalised so the same image is verified once.
  await files({ Dockerfile: 'FROM alpine:3.20\nFROM docker.io/library/alpine:3.20' })
  const hub = await collectBaseImages({ dockerfiles: ['Dockerfile'], buildArgs: {} }, { root })
  expect(summary(hub)).toEqual([
    { image: 'docker.io/library/alpine:3.20', platform: undefined, uses: ['Dockerfile:1', 'Dockerfile:2'] }
  ])
})

test('changedFiles keeps only the Dockerfiles a pull request touches', async () => {
  await files({ 'a/Dockerfile': 'FROM r.example/a:1', 'b/Dockerfile': 'FROM r.example/b:1' })
  const images = await collectBaseImages(
    { dockerfiles: ['**/Dockerfile'], buildArgs: {} },
    { root, changedFiles: ['b/Dockerfile', 'README.md'] }
  )
  expect(summary(images).map(image => image.image)).toEqual(['r.example/b:1'])
  const none = await collectBaseImages(
    { dockerfiles: ['**/Dockerfile'], buildArgs: {} },
    { root, changedFiles: [] }
  )
  expect(none).toEqual([])
})

test('patterns matching no Dockerfile, and a malformed image, are input errors that say where', async () => {
  await files({ Dockerfile: 'FROM r.example/UPPER:1' })
  const missing = collectBaseImages({ dockerfiles: ['nothing/**/Dockerfile'], buildArgs: {} }, { root })
  await expect(missing).rejects.toThrow(InputError)
  await expect(missing).rejects.toThrow(
    /No Dockerfile under .* matches 'dockerfiles' \(nothing\/\*\*\/Dockerfile\)/
  )
  const bad = collectBaseImages({ dockerfiles: ['Dockerfile'], buildArgs: {} }, { root })
  await expect(bad).rejects.toThrow(/^Dockerfile:1: Invalid image reference 'r\.example\/UPPER:1'/)
})

/** A GitHub REST API stand-in serving a PR's files over two pages. */
async function startGitHubApi(filenames: string[]) {
  const requests: string[] = []
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url} ${request.headers.authorization}`)
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname !== '/repos/acme/app/pulls/7/files') {
      response.writeHead(404).end('{}')
      return
    }
    const page = Number(url.searchParams.get('page') ?? '1')
    const { port } = server.address() as AddressInfo
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (page === 1) {
      headers.Link = `<http://127.0.0.1:${port}/repos/acme/app/pulls/7/files?per_page=100&page=2>; rel="next"`
    }
    const slice = page === 1 ? filenames.slice(0, 2) : filenames.slice(2)
    response.writeHead(200, headers)
    response.end(JSON.stringify(slice.map(filename => ({ filename, status: 'modified' }))))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}

test('changedFilesOfPullRequest pages through the PR file list; other events get no filter', async () => {
  const api = await startGitHubApi(['a/Dockerfile', 'README.md', 'b/Containerfile'])
  try {
    const context = {
      eventName: 'pull_request',
      payload: { pull_request: { number: 7 } },
      repo: { owner: 'acme', repo: 'app' },
      apiUrl: api.apiUrl
    }
    expect(await changedFilesOfPullRequest(context, 'ghs_token')).toEqual([
      'a/Dockerfile',
      'README.md',
      'b/Containerfile'
    ])
    expect(api.requests).toHaveLength(2)
    expect(api.requests[0]).toMatch(/^GET \/repos\/acme\/app\/pulls\/7\/files\?per_page=100 token ghs_token$/)
    expect(await changedFilesOfPullRequest({ ...context, eventName: 'push' }, 'ghs_token')).toBeUndefined()
    expect(api.requests).toHaveLength(2)
  } finally {
    await api.stop()
  }
})

function report(image: string, verified: boolean, extra: Partial<ImageReport> = {}): ImageReport {
  return {
    image,
    verified,
    verdict: verified ? 'verified' : 'rejected',
    checks: [],
    signatures: [],
    selected: [],
    blobs: { checked: 0, bytes: 0, manifests: 0 },
    reasons: verified ? [] : ['no signature found for ' + DIGEST],
    ...extra
  }
}

test('annotateFailures marks every line using a rejected image, named by its instruction; the verify table has a row per use', async () => {
  await files({
    Dockerfile:
      '# syntax=r.example/unsigned:1\nFROM r.example/signed:1\nFROM r.example/unsigned:1\nCOPY --from=r.example/unsigned:1 /a /a'
  })
  const images = await collectBaseImages({ dockerfiles: ['Dockerfile'], buildArgs: {} }, { root })
  const result: VerifyResult = {
    verified: false,
    verdict: 'rejected',
    // In the order the Dockerfile first names them: the frontend on line 1 first.
    images: [
      report('r.example/unsigned:1', false, { digest: DIGEST }),
      report('r.example/signed:1', true, { digest: DIGEST, signer: 'CN=release' })
    ]
  }
  const annotations: unknown[] = []
  annotateFailures(usedImages(images, result), (message, properties) =>
    annotations.push({ message, ...properties })
  )
  const message = `no signature found for ${DIGEST}`
  expect(annotations).toEqual([
    {
      message,
      file: 'Dockerfile',
      startLine: 1,
      title: 'Frontend (# syntax=) r.example/unsigned:1 failed verification'
    },
    {
      message,
      file: 'Dockerfile',
      startLine: 3,
      title: 'FROM image r.example/unsigned:1 failed verification'
    },
    {
      message,
      file: 'Dockerfile',
      startLine: 4,
      title: 'COPY --from image r.example/unsigned:1 failed verification'
    }
  ])
  const table = verifyTable(result, usedImages(images, result))
  expect(table.title).toBe('Verification failed: 1 of 2 images rejected')
  // Timestamp and Revocation are left out: no signature here carries them.
  expect(table.header).toEqual([
    'Used by',
    ...VERIFY_COLUMNS.filter(column => !column.optional).map(column => column.header)
  ])
  expect(table.rows.map(row => [row[0], row[1], row[2], row[5], row[6]])).toEqual([
    ['Dockerfile:1', 'r.example/unsigned:1', 'rejected', '', ''],
    ['Dockerfile:3', 'r.example/unsigned:1', 'rejected', '', ''],
    ['Dockerfile:4', 'r.example/unsigned:1', 'rejected', '', ''],
    ['Dockerfile:2', 'r.example/signed:1', 'verified', DIGEST, 'CN=release']
  ])
  // The reason once, after the table, not in each row.
  expect(table.notes).toEqual([`Rejected r.example/unsigned:1: no signature found for ${DIGEST}`])
})
