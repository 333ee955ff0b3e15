/** The workload gate without a registry: manifests → image uses with lines, grouping, reports, annotations. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jest } from '@jest/globals'
import fc from 'fast-check'
import { stringify } from 'yaml'
import {
  annotateWorkloads,
  collectWorkloadImages,
  imagesOfWorkloadFile,
  usedWorkloadImages
} from '../../src/gate/workloads.js'
import { resultOf } from '../../src/verify/verify.js'
import { formatReference } from '../../src/oci/reference.js'
import { verifyTable } from '../../src/report/outputs.js'
import { InputError } from '../../src/util/errors.js'
import type { ImageReport } from '../../src/verify/verify.js'
import { recordingLog } from '../helpers/signet.js'

const FIXTURES = '__tests__/fixtures/workloads'
const DIGEST = `sha256:${'cd'.repeat(32)}`

function usesOf(name: string, log = recordingLog()) {
  return imagesOfWorkloadFile(readFileSync(join(FIXTURES, name), 'utf8'), name, log).map(use =>
    [use.line, use.image, use.where, use.unverifiable ?? ''].join(' | ')
  )
}

test('Helm-rendered output: init containers, containers, a CronJob and a test Pod; ConfigMap data is no image', () => {
  const log = recordingLog()
  expect(usesOf('helm-rendered.yaml', log)).toEqual([
    '77 | ghcr.io/acme/tools/wait-for:2.1 | Deployment release-web, init container wait-for-db | ',
    '83 | ghcr.io/acme/prod/web:1.4.2 | Deployment release-web, container web | ',
    '98 | ghcr.io/acme/prod/exporter:0.9 | Deployment release-web, container metrics | ',
    '118 | ghcr.io/acme/prod/web:1.4.2 | CronJob release-web-cleanup, container cleanup | ',
    '133 | busybox | Pod release-web-test-connection, container wget | '
  ])
  expect(log.lines).toContain(
    'debug: helm-rendered.yaml document 2: skipped, kind ConfigMap runs no containers'
  )
  expect(log.lines).toContain(
    'debug: helm-rendered.yaml document 3: skipped, kind Service runs no containers'
  )
})

test('a multi-document set: StatefulSet, DaemonSet, a List of ReplicaSet and Job, ephemeral containers; other YAML skipped', () => {
  const log = recordingLog()
  expect(usesOf('multi-doc.yaml', log)).toEqual([
    '22 | ghcr.io/acme/prod/queue@sha256:3f5b8e2c1d4a6f7980b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d | StatefulSet queue, container broker | ',
    '51 | ghcr.io/acme/dev/agent:2024.11 | DaemonSet node-agent, container agent | ',
    '70 | ghcr.io/acme/dev/frontend:3 | ReplicaSet legacy-frontend, container frontend | ',
    '82 | ghcr.io/acme/prod/web:1.4.2 | Job migrate, container migrate | ',
    '92 | ghcr.io/acme/dev/frontend:3 | Pod debug-target, container app | ',
    '95 | ghcr.io/acme/tools/debug:1 | Pod debug-target, ephemeral container debugger | '
  ])
  expect(log.lines).toEqual(
    expect.arrayContaining([
      'debug: multi-doc.yaml document 1: skipped, kind Namespace runs no containers',
      'debug: multi-doc.yaml document 7: skipped, neither a Kubernetes object (no kind) nor a Compose file (no services)'
    ])
  )
})

test('Compose: services.*.image; build-only services skipped; a ${VAR} image is unverifiable', () => {
  expect(usesOf('compose.yaml')).toEqual([
    '4 | ghcr.io/acme/prod/web:1.4.2 | Compose service web | ',
    '17 | docker.io/library/postgres:16.4 | Compose service db | ',
    "21 | ghcr.io/acme/dev/cache:${CACHE_TAG:-7} | Compose service cache | Compose service cache: 'ghcr.io/acme/dev/cache:${CACHE_TAG:-7}' is templated; render it (helm template) first"
  ])
})

test('an unrendered Helm template (not valid YAML) reports its image line as unverifiable, never passes', () => {
  const log = recordingLog()
  const uses = usesOf('templated.yaml', log)
  expect(uses).toHaveLength(1)
  expect(uses[0]).toMatch(
    /^13 \| \{\{ \.Values\.image\.repository \}\}:.* \| image field \| .*not valid YAML \(a template; render it with helm template first\)$/
  )
  expect(log.lines.some(line => /^warning: templated\.yaml document 1: not valid YAML/.test(line))).toBe(true)
})

test('a templated image in valid YAML is unverifiable; a container without image too', () => {
  const text = [
    'kind: Pod',
    'metadata: { name: p }',
    'spec:',
    '  containers:',
    '    - name: a',
    '      image: "{{ .Values.image }}"',
    '    - name: b'
  ].join('\n')
  const uses = imagesOfWorkloadFile(text, 'p.yaml', recordingLog())
  expect(uses.map(use => [use.line, use.unverifiable !== undefined])).toEqual([
    [6, true],
    [7, true]
  ])
  expect(uses[1].unverifiable).toBe('Pod p, container b names no image')
})

describe('collect, report, annotate', () => {
  let stdout: { mockRestore(): void }
  let root: string
  beforeEach(() => {
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    root = mkdtempSync(join(tmpdir(), 'signet-workloads-'))
    cpSync(FIXTURES, join(root, 'deploy'), { recursive: true })
  })
  afterEach(() => stdout.mockRestore())

  test('distinct images in first-use order, every use kept; unverifiable ones stand alone', async () => {
    const images = await collectWorkloadImages(
      { workloads: ['deploy/*.yaml'] },
      { root, log: recordingLog() }
    )
    const summary = images.map(image =>
      image.request
        ? `${formatReference(image.request.reference)} x${image.uses.length}`
        : `unverifiable ${image.uses[0].file}:${image.uses[0].line}`
    )
    expect(summary).toEqual([
      'ghcr.io/acme/prod/web:1.4.2 x4', // compose, helm ×2, multi-doc Job
      'docker.io/library/postgres:16.4 x1',
      'unverifiable deploy/compose.yaml:21',
      'ghcr.io/acme/tools/wait-for:2.1 x1',
      'ghcr.io/acme/prod/exporter:0.9 x1',
      'docker.io/library/busybox x1',
      'ghcr.io/acme/prod/queue@sha256:3f5b8e2c1d4a6f7980b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d x1',
      'ghcr.io/acme/dev/agent:2024.11 x1',
      'ghcr.io/acme/dev/frontend:3 x2',
      'ghcr.io/acme/tools/debug:1 x1',
      'unverifiable deploy/templated.yaml:13'
    ])
  })

  test('changed-only keeps the changed files; globs matching nothing are an input error', async () => {
    const images = await collectWorkloadImages(
      { workloads: ['deploy/*.yaml'] },
      { root, changedFiles: ['deploy/compose.yaml'], log: recordingLog() }
    )
    expect(images.flatMap(image => image.uses.map(use => use.file))).toEqual([
      'deploy/compose.yaml',
      'deploy/compose.yaml',
      'deploy/compose.yaml'
    ])
    await expect(
      collectWorkloadImages({ workloads: ['k8s/**/*.yml'] }, { root, log: recordingLog() })
    ).rejects.toThrow(InputError)
  })

  test('reports merge in order; errors on every line of a rejected image, pin notices for tag-given ones', async () => {
    const images = await collectWorkloadImages(
      { workloads: ['deploy/compose.yaml'] },
      { root, log: recordingLog() }
    )
    const report = (image: string, verified: boolean, reasons: string[] = []): ImageReport => ({
      image,
      verified,
      verdict: verified ? 'verified' : 'rejected',
      digest: DIGEST,
      checks: [],
      signatures: [],
      selected: [],
      blobs: { checked: 0, bytes: 0, manifests: 0 },
      reasons,
      signer: verified ? 'CN=release' : undefined
    })
    const verified = [
      report('ghcr.io/acme/prod/web:1.4.2', true),
      report('docker.io/library/postgres:16.4', false, ['no signature found for ' + DIGEST])
    ]
    const used = usedWorkloadImages(
      images,
      request => verified[images.findIndex(image => image.request === request) - 0]
    )
    const result = resultOf(used.map(image => image.report))
    expect(result.verified).toBe(false)
    expect(result.images.map(image => image.verified)).toEqual([true, false, false])
    expect(result.images[2].reasons[0]).toMatch(/^unverifiable: Compose service cache: .* is templated/)

    const annotations: string[] = []
    annotateWorkloads(used, (level, message, { file, startLine, title }) =>
      annotations.push(`${level} ${file}:${startLine} ${title}: ${message}`)
    )
    expect(annotations).toEqual([
      `notice deploy/compose.yaml:4 Pin ghcr.io/acme/prod/web:1.4.2 by digest: ghcr.io/acme/prod/web:1.4.2 resolved to ${DIGEST}: pin it as ghcr.io/acme/prod/web@${DIGEST}`,
      `error deploy/compose.yaml:17 Image docker.io/library/postgres:16.4 failed verification: no signature found for ${DIGEST} (docker.io/library/postgres:16.4 resolved to ${DIGEST})`,
      expect.stringMatching(
        /^error deploy\/compose\.yaml:21 Image ghcr\.io\/acme\/dev\/cache:\$\{CACHE_TAG:-7\} failed verification: unverifiable: /
      )
    ])
    const table = verifyTable(result, undefined, used)
    const column = (name: string) => table.header.indexOf(name)
    const usedBy = (row: string[]) => row[column('Used by')].replace(/ \(.*\)$/, '')
    expect(
      table.rows.map(row => [usedBy(row), row[column('Verdict')], row[column('Pinned digest')]])
    ).toEqual([
      ['deploy/compose.yaml:4', 'verified', DIGEST],
      ['deploy/compose.yaml:17', 'rejected', ''],
      ['deploy/compose.yaml:21', 'rejected', '']
    ])
    expect(table.title).toBe('Verification failed: 2 of 3 images rejected')
  })
})

describe('never a crash on hostile YAML', () => {
  const kinds = fc.constantFrom('Pod', 'Deployment', 'CronJob', 'List', 'ConfigMap', undefined)
  /** Objects shaped somewhat like workloads, with any value where an image or a list is expected. */
  const workload = fc.record({
    kind: kinds,
    metadata: fc.option(fc.record({ name: fc.anything() })),
    spec: fc.anything({ maxDepth: 4 }),
    items: fc.option(fc.array(fc.anything({ maxDepth: 3 }))),
    services: fc.option(fc.dictionary(fc.string(), fc.record({ image: fc.anything({ maxDepth: 1 }) })))
  })

  test('any text or workload-like document: image uses or a skip, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          workload.map(value => stringify(value))
        ),
        text => {
          const uses = imagesOfWorkloadFile(text, 'fuzz.yaml', recordingLog())
          for (const use of uses) {
            expect(use.line).toBeGreaterThanOrEqual(1)
            // Whatever is not verifiable is marked so, never passed through as an image.
            if (use.unverifiable === undefined) expect(use.image).not.toMatch(/\{\{|\$\{/)
          }
        }
      ),
      { numRuns: 300 }
    )
  })
})

/** Issue 22, class 2: what kubectl and compose would run, read as they read it (each failed before). */
describe('read as kubectl and compose read it', () => {
  const uses = (text: string | Uint8Array) =>
    imagesOfWorkloadFile(text, 'w.yaml', recordingLog()).map(use =>
      use.unverifiable === undefined
        ? `${use.line} ${use.image}`
        : `${use.line} unverifiable: ${use.unverifiable}`
    )

  test('an alias as the value of kind:', () => {
    const text = [
      'apiVersion: apps/v1',
      'metadata: { name: web, labels: { k: &kind Deployment } }',
      'kind: *kind',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - { name: app, image: r.example/unsigned:1 }'
    ].join('\n')
    expect(uses(text)).toEqual(['8 r.example/unsigned:1'])
  })

  test.each([
    ['an Argo Rollout', 'argoproj.io/v1alpha1', 'Rollout', 'spec:\n  template:\n    spec:'],
    ['a Knative Service', 'serving.knative.dev/v1', 'Service', 'spec:\n  template:\n    spec:'],
    [
      'any CRD with a pod template',
      'acme.example/v1',
      'Widget',
      'spec:\n  worker:\n    jobTemplate:\n      template:\n        spec:'
    ]
  ])('a pod template in %s', (_name, apiVersion, kind, path) => {
    const indent = ' '.repeat(path.split('\n').length * 2)
    const text = `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: w }\n${path}\n${indent}containers:\n${indent}  - name: app\n${indent}    image: r.example/unsigned:1\n`
    const line = text.split('\n').findIndex(l => l.includes('unsigned')) + 1
    expect(uses(text)).toEqual([`${line} r.example/unsigned:1`])
  })

  test('a Pod image volume', () => {
    const text = [
      'kind: Pod',
      'metadata: { name: p }',
      'spec:',
      '  containers: [{ name: a, image: r.example/signed:1 }]',
      '  volumes:',
      '    - name: data',
      '      image: { reference: r.example/unsigned:1, pullPolicy: IfNotPresent }'
    ].join('\n')
    const found = imagesOfWorkloadFile(text, 'w.yaml', recordingLog())
    expect(found.map(use => `${use.line} ${use.image} (${use.where})`)).toEqual([
      '4 r.example/signed:1 (Pod p, container a)',
      '7 r.example/unsigned:1 (Pod p, image volume data)'
    ])
  })

  test.each([
    [
      'JSON',
      '{"kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"a","image":"r.example/signed:1","image":"r.example/unsigned:1"}]}}',
      1
    ],
    [
      'flow style',
      '{kind: Pod, spec: {containers: [{name: a, image: r.example/signed:1, image: r.example/unsigned:1}]}}',
      1
    ],
    [
      'block style',
      'kind: Pod\nspec:\n  containers:\n    - name: a\n      image: r.example/signed:1\n      image: r.example/unsigned:1',
      6
    ],
    [
      'keys equal as JSON strings',
      'kind: Pod\nspec:\n  containers:\n    - name: a\n      "1": x\n      1: y\n      image: r.example/signed:1',
      6
    ]
  ])('duplicate keys in %s are refused on their line', (_name, text, line) => {
    const [use] = uses(text)
    expect(use).toMatch(
      new RegExp(`^${line} unverifiable: w\\.yaml document 1: (a duplicate key|duplicate key '1')`)
    )
    expect(uses(text)).toHaveLength(1)
  })

  test('Compose: a merge key brings the image, and image: beside build: is pulled first', () => {
    const text = [
      'x-img: &img',
      '  image: r.example/unsigned:1',
      'services:',
      '  web:',
      '    <<: *img',
      '    build: .',
      '  api:',
      '    build: ./api',
      '    image: r.example/also-pulled:2',
      '  worker:',
      '    build: ./worker'
    ].join('\n')
    expect(uses(text)).toEqual(['2 r.example/unsigned:1', '9 r.example/also-pulled:2'])
  })

  test('a pod spec reached through an alias whose anchor sits in another object', () => {
    const text = [
      'kind: List',
      'items:',
      '  - kind: ConfigMap',
      '    metadata: { name: c }',
      '    template: &pod',
      '      spec:',
      '        containers: [{ name: a, image: r.example/unsigned:1 }]',
      '  - kind: Deployment',
      '    metadata: { name: d }',
      '    spec:',
      '      template: *pod'
    ].join('\n')
    expect(
      imagesOfWorkloadFile(text, 'w.yaml', recordingLog()).map(
        use => `${use.line} ${use.image} (${use.where})`
      )
    ).toEqual(['7 r.example/unsigned:1 (Deployment d, container a)'])
  })

  test('merge keys in a pod spec: explicit keys after the merge win, a list of merges takes the first', () => {
    const text = [
      'kind: Deployment',
      'metadata: { name: d }',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - &base { name: base, image: r.example/base:1 }',
      '        - &other { name: other, image: r.example/other:1 }',
      '      containers:',
      '        - { <<: *base, image: r.example/own:1 }',
      '        - { <<: [*other, *base] }',
      '        - *base'
    ].join('\n')
    expect(uses(text)).toEqual([
      '7 r.example/base:1',
      '8 r.example/other:1',
      '10 r.example/own:1',
      '8 r.example/other:1',
      '7 r.example/base:1'
    ])
  })

  test.each([
    [
      'two merge keys in one mapping',
      'x: &a { image: r.example/a:1 }\ny: &b { image: r.example/b:1 }\nservices:\n  s:\n    <<: *a\n    <<: *b',
      6,
      'two merge keys'
    ],
    [
      'a key set before a merge key that sets it too',
      'x: &a { image: r.example/unsigned:1 }\nservices:\n  s:\n    image: r.example/signed:1\n    <<: *a',
      5,
      "key 'image' is set before a merge key"
    ],
    [
      'an alias inside its own anchor',
      'kind: Pod\nspec: &s\n  containers: [{ name: a, image: r.example/a:1 }]\n  more: *s',
      4,
      'inside its own anchor'
    ],
    [
      'a merge of something that is no mapping',
      'x: &a [1]\nservices:\n  s:\n    <<: *a',
      4,
      'needs a mapping'
    ]
  ])('%s is refused on its line', (_name, text, line, reason) => {
    const found = uses(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(new RegExp(`^${line} unverifiable: w\\.yaml document 1: .*${reason}`))
  })

  test('a billion-laughs document is refused, not expanded', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++)
      levels.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    const found = uses(levels.join('\n'))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/unverifiable: .*excessive aliasing/)
  })

  test('an image field in a kind Signet cannot classify is unverifiable; ConfigMap data stays data', () => {
    const task =
      'apiVersion: tekton.dev/v1\nkind: Task\nmetadata: { name: t }\nspec:\n  steps:\n    - name: s\n      image: r.example/unsigned:1'
    expect(uses(task)).toEqual([
      "7 unverifiable: w.yaml document 1: kind Task has an image field outside any pod spec; Signet cannot tell what runs it (exclude the file from 'workloads' if nothing does)"
    ])
    expect(uses('kind: ConfigMap\ndata:\n  image: r.example/data:1')).toEqual([])
    expect(uses('values:\n  image: r.example/unsigned:1')).toEqual([
      "2 unverifiable: w.yaml document 1: neither a Kubernetes object nor a Compose file has an image field outside any pod spec; Signet cannot tell what runs it (exclude the file from 'workloads' if nothing does)"
    ])
  })

  test('a document that is not valid YAML and shows no image line is refused, not passed', () => {
    expect(uses('kind: Pod\nspec: {containers: [{"name": "a", "image": "r.example/unsigned:1"}\n')).toEqual([
      expect.stringMatching(/^\d+ unverifiable: w\.yaml document 1: not valid YAML/)
    ])
  })

  test.each<[string, Uint8Array, string]>([
    [
      'UTF-16 LE with a byte-order mark',
      Buffer.from(
        '\uFEFFkind: Pod\nspec:\n  containers: [{name: a, image: r.example/unsigned:1}]\n',
        'utf16le'
      ),
      '1 unverifiable: w.yaml: is UTF-16 (byte-order mark)'
    ],
    [
      'UTF-16 BE with a byte-order mark',
      Buffer.from('\uFEFFkind: Pod\n', 'utf16le').swap16(),
      '1 unverifiable: w.yaml: is UTF-16 (byte-order mark)'
    ],
    [
      'UTF-16 without a byte-order mark',
      Buffer.from('kind: Pod\n', 'utf16le'),
      '1 unverifiable: w.yaml: holds NUL characters'
    ],
    [
      'bytes that are not UTF-8',
      Buffer.concat([Buffer.from('kind: Pod\nspec:\n  x: '), Buffer.from([0xff]), Buffer.from('\n')]),
      '3 unverifiable: w.yaml: is not UTF-8'
    ]
  ])('%s is refused, naming the file', (_name, bytes, start) => {
    const found = uses(bytes)
    expect(found).toHaveLength(1)
    expect(found[0].startsWith(start)).toBe(true)
  })

  test('a UTF-8 file with a byte-order mark is read', () => {
    expect(
      uses(Buffer.from('\uFEFFkind: Pod\nspec:\n  containers: [{name: a, image: r.example/a:1}]\n'))
    ).toEqual(['3 r.example/a:1'])
  })

  test('collect reads the bytes: a UTF-16 file fails the gate instead of passing with no image', async () => {
    const root = mkdtempSync(join(tmpdir(), 'signet-workloads-utf16-'))
    writeFileSync(
      join(root, 'pod.yaml'),
      Buffer.from(
        '\uFEFFkind: Pod\nspec:\n  containers: [{name: a, image: r.example/unsigned:1}]\n',
        'utf16le'
      )
    )
    const images = await collectWorkloadImages({ workloads: ['*.yaml'] }, { root, log: recordingLog() })
    expect(images).toHaveLength(1)
    expect(images[0].unverifiable).toMatch(/^pod\.yaml: is UTF-16/)
    const used = usedWorkloadImages(images, () => {
      throw new Error('nothing here is verifiable')
    })
    expect(resultOf(used.map(image => image.report)).verified).toBe(false)
  })
})
