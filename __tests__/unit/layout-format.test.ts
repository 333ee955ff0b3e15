/**
 * The OCI image layout format that the layout reader (oci/layout.ts) and the store's writer share: a
 * layout written with these functions is one the reader opens.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe as describeContent } from '../../src/oci/digest.js'
import {
  blobPath,
  createLayout,
  emptyIndex,
  LAYOUT_FILE,
  parseIndex,
  readIndexFile,
  REF_NAME_ANNOTATION,
  writeIndexFile,
  writeWhole
} from '../../src/oci/layout-format.js'
import { openOciLayout } from '../../src/oci/layout.js'
import { EMPTY_DESCRIPTOR, MediaType } from '../../src/oci/types.js'

let root: string
let scratch: string
let made = 0
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'signet-layout-format-'))
})
afterAll(() => rm(root, { recursive: true, force: true }))
/** Each test writes its own layout (createLayout makes the directory). */
beforeEach(() => {
  scratch = join(root, `layout-${++made}`)
})

test('blobs live under blobs/<algorithm>/<hex>', () => {
  expect(blobPath(`sha256:${'a'.repeat(64)}`)).toBe(`blobs/sha256/${'a'.repeat(64)}`)
  expect(blobPath(`sha512:${'b'.repeat(128)}`)).toBe(`blobs/sha512/${'b'.repeat(128)}`)
})

test('parseIndex: an index, bytes that are not JSON, or JSON without a manifests list', () => {
  const index = { ...emptyIndex(), manifests: [EMPTY_DESCRIPTOR] }
  expect(parseIndex(Buffer.from(JSON.stringify(index)))).toEqual({ index })
  expect(parseIndex(Buffer.from('{ nope'))).toEqual({ notJson: expect.stringMatching(/JSON/) })
  expect(parseIndex(Buffer.from('{"manifests":{}}'))).toEqual({ noManifests: true })
  expect(parseIndex(Buffer.from('null'))).toEqual({ noManifests: true })
})

test('createLayout makes the skeleton once and keeps an existing oci-layout file', async () => {
  await createLayout(scratch)
  expect(JSON.parse(await readFile(join(scratch, LAYOUT_FILE), 'utf8'))).toEqual({
    imageLayoutVersion: '1.0.0'
  })
  expect(await readdir(join(scratch, 'blobs'))).toEqual(['sha256'])
  expect(await readIndexFile(scratch)).toBeUndefined()
  await writeFile(join(scratch, LAYOUT_FILE), '{"imageLayoutVersion":"1.0.0","kept":true}')
  await createLayout(scratch)
  expect(await readFile(join(scratch, LAYOUT_FILE), 'utf8')).toContain('kept')
})

test('index.json is replaced whole and leaves no temporary file behind', async () => {
  await createLayout(scratch)
  await writeIndexFile(scratch, emptyIndex())
  const index = { ...emptyIndex(), manifests: [EMPTY_DESCRIPTOR] }
  await writeIndexFile(scratch, index)
  expect(parseIndex((await readIndexFile(scratch))!)).toEqual({ index })
  expect((await readdir(scratch)).sort()).toEqual(['blobs', 'index.json', 'oci-layout'])
})

test('a layout written with these functions opens with the layout reader', async () => {
  await createLayout(scratch)
  const config = Buffer.from(
    JSON.stringify({ architecture: 'arm64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } })
  )
  const configDescriptor = describeContent(config, MediaType.OciConfig)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: configDescriptor,
      layers: []
    })
  )
  const manifestDescriptor = describeContent(manifest, MediaType.OciManifest)
  for (const [descriptor, bytes] of [
    [configDescriptor, config],
    [manifestDescriptor, manifest]
  ] as const) {
    await writeWhole(join(scratch, blobPath(descriptor.digest)), bytes)
  }
  await writeIndexFile(scratch, {
    ...emptyIndex(),
    manifests: [{ ...manifestDescriptor, annotations: { [REF_NAME_ANNOTATION]: 'v1' } }]
  })
  const source = await openOciLayout(scratch, { tag: 'v1' })
  expect(source.manifest.descriptor).toEqual(manifestDescriptor)
  expect(source.config.architecture).toBe('arm64')
})
