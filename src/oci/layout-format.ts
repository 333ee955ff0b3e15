/**
 * The OCI image layout format (image-spec `image-layout.md`), in one place for the layouts Signet reads
 * (oci/layout.ts: directories, and docker archives holding one) and the one it writes (store/): the
 * `oci-layout` marker with its version, `index.json`, content-addressed blobs under `blobs/<alg>/<hex>`,
 * and the writing of a layout directory (files appear whole: written aside, then renamed into place).
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { errorMessage } from '../util/errors.js'
import { MediaType, type ImageIndex } from './types.js'

export const LAYOUT_FILE = 'oci-layout'
export const INDEX_FILE = 'index.json'
export const LAYOUT_VERSION = '1.0.0'
/** The annotation OCI layouts (and skopeo's `oci:DIR:REF`) use to name an index.json entry. */
export const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name'

/** `blobs/<algorithm>/<hex>`, where a layout keeps the blob of `digest` (validate the digest first). */
export function blobPath(digest: string): string {
  const [algorithm, hex] = digest.split(':')
  return `blobs/${algorithm}/${hex}`
}

/** The content of the `oci-layout` file. */
export function layoutMarker(): Buffer {
  return Buffer.from(JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }))
}

export function emptyIndex(): ImageIndex {
  return { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] }
}

/** index.json read: the index, or why its bytes are none (each reader words the error its own way). */
export type ParsedIndex = { index: ImageIndex } | { notJson: string } | { noManifests: true }

export function parseIndex(bytes: Buffer): ParsedIndex {
  let index: ImageIndex
  try {
    index = JSON.parse(bytes.toString('utf8')) as ImageIndex
  } catch (error) {
    return { notJson: errorMessage(error) }
  }
  return Array.isArray(index?.manifests) ? { index } : { noManifests: true }
}

/** Makes `dir` a layout where it is not yet one: `blobs/sha256/`, and the `oci-layout` file if missing. */
export async function createLayout(dir: string): Promise<void> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true })
  if (!(await exists(join(dir, LAYOUT_FILE)))) await writeFile(join(dir, LAYOUT_FILE), layoutMarker())
}

/** The bytes of `dir`'s index.json, or undefined when it has none. */
export async function readIndexFile(dir: string): Promise<Buffer | undefined> {
  const file = join(dir, INDEX_FILE)
  return (await exists(file)) ? readFile(file) : undefined
}

/** Replaces `dir`'s index.json in one step (readers never see half a file). */
export async function writeIndexFile(dir: string, index: ImageIndex): Promise<void> {
  await writeWhole(join(dir, INDEX_FILE), Buffer.from(JSON.stringify(index, null, 2)))
}

/** Writes `file` aside and renames it into place, so it never exists incomplete. */
export async function writeWhole(file: string, bytes: Buffer): Promise<void> {
  const temporary = temporaryPath(file)
  await writeFile(temporary, bytes)
  await rename(temporary, file)
}

/** A unique name beside `file` for its content while it is written. */
export function temporaryPath(file: string): string {
  return `${file}.${randomBytes(6).toString('hex')}.tmp`
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false
  )
}
