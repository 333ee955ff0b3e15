/**
 * The tar reader on its own: entries found from their headers and read as byte ranges of the file.
 * docker-archive.test.ts reads real docker save layouts through it (long names from GNU tar and pax).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import tar from 'tar-stream'
import { SourceError } from '../../src/util/errors.js'
import { TarArchive } from '../../src/oci/tar.js'

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'signet-tar-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

type Header = Partial<tar.Header> & Pick<tar.Header, 'name'> & { content?: string }

/** A tar written by tar-stream (ustar, with pax headers where ustar cannot say it). */
async function packed(name: string, headers: Header[]): Promise<string> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  pack.on('data', chunk => chunks.push(chunk as Buffer))
  const ended = new Promise<void>(resolve => pack.on('end', () => resolve()))
  for (const { content, ...header } of headers) {
    await new Promise<void>((resolve, reject) =>
      pack.entry(header, content ?? '', error => (error ? reject(error) : resolve()))
    )
  }
  pack.finalize()
  await ended
  const file = join(scratch, name)
  await writeFile(file, Buffer.concat(chunks))
  return file
}

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString()
}

test('regular files are read whole or as a stream; names are normalised', async () => {
  const file = await packed('plain.tar', [
    { name: './manifest.json', content: '[]' },
    { name: 'blobs/sha256/', type: 'directory' },
    { name: 'blobs/sha256/abc', content: 'layer bytes' },
    { name: 'empty', content: '' }
  ])
  const archive = await TarArchive.open(file, 'docker-archive:plain.tar')
  expect(archive.has('manifest.json')).toBe(true)
  expect(archive.has('/blobs/sha256/abc/')).toBe(true)
  expect(archive.has('missing')).toBe(false)
  expect((await archive.read('manifest.json', 10)).toString()).toBe('[]')
  expect(await text(archive.stream(archive.entry('blobs/sha256/abc')))).toBe('layer bytes')
  expect((await archive.readRange(archive.entry('blobs/sha256/abc'), 5)).toString()).toBe('layer')
  expect(await text(archive.stream(archive.entry('empty')))).toBe('')
  await expect(archive.read('blobs/sha256/abc', 4)).rejects.toThrow(
    "docker-archive:plain.tar: entry 'blobs/sha256/abc' is 11 bytes, more than the 4 allowed."
  )
  expect(() => archive.entry('blobs/sha256')).toThrow("entry 'blobs/sha256' is not a regular file")
})

test('symlinks (relative to their directory) and hard links are followed; loops are refused', async () => {
  const file = await packed('links.tar', [
    { name: 'a/layer.tar', content: 'first layer' },
    { name: 'b/layer.tar', type: 'symlink', linkname: '../a/layer.tar' },
    { name: 'c/layer.tar', type: 'link', linkname: 'b/layer.tar' },
    { name: 'loop1', type: 'symlink', linkname: 'loop2' },
    { name: 'loop2', type: 'symlink', linkname: 'loop1' }
  ])
  const archive = await TarArchive.open(file, 'links.tar')
  expect((await archive.read('b/layer.tar', 100)).toString()).toBe('first layer')
  expect((await archive.read('c/layer.tar', 100)).toString()).toBe('first layer')
  expect(() => archive.entry('loop1')).toThrow("links.tar: entry 'loop1' is a chain of more than 8 links.")
  expect(() => archive.entry('nothing')).toThrow("links.tar has no entry 'nothing'.")
})

test('a later entry of the same name replaces the earlier one, as extraction would', async () => {
  const file = await packed('twice.tar', [
    { name: 'index.json', content: 'old' },
    { name: 'index.json', content: 'new' }
  ])
  expect((await (await TarArchive.open(file, 'twice.tar')).read('index.json', 10)).toString()).toBe('new')
})

test('a pax path longer than ustar can hold names the entry', async () => {
  const long = `${'directory/'.repeat(20)}layer.tar`
  const file = await packed('pax.tar', [{ name: long, content: 'deep' }])
  const archive = await TarArchive.open(file, 'pax.tar')
  expect((await archive.read(long, 10)).toString()).toBe('deep')
})

test('a base-256 size field (GNU tar, entries of 8 GiB and more) is read', async () => {
  const file = await packed('base256.tar', [{ name: 'big', content: 'twelve bytes' }])
  const bytes = await readFile(file)
  // Rewrite the octal size as base-256 (high bit set, big-endian) and fix the header checksum.
  const size = bytes.subarray(124, 136)
  size.fill(0)
  size[0] = 0x80
  size[11] = 12
  bytes.fill(0x20, 148, 156)
  let sum = 0
  for (let i = 0; i < 512; i++) sum += bytes[i]
  bytes.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
  await writeFile(file, bytes)
  expect((await (await TarArchive.open(file, 'base256.tar')).read('big', 100)).toString()).toBe(
    'twelve bytes'
  )
})

test('not a tar, a gzip-compressed tar, a truncated tar and a missing file are SourceErrors', async () => {
  const plain = await packed('whole.tar', [{ name: 'x', content: 'x'.repeat(2000) }])
  const bytes = await readFile(plain)
  const cases: [string, Buffer | undefined, RegExp][] = [
    ['junk.tar', Buffer.alloc(1024, 'junk'), /is not a tar archive \(bad header checksum at offset 0\)/],
    ['zipped.tar', Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(1022)]), /is gzip-compressed/],
    ['cut.tar', bytes.subarray(0, 1024), /is truncated: an entry at offset 0 runs past the end of the file/],
    ['absent.tar', undefined, /absent\.tar: no such file\./]
  ]
  for (const [name, content, message] of cases) {
    const file = join(scratch, name)
    if (content) await writeFile(file, content)
    const error = await TarArchive.open(file, name).catch(e => e)
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toMatch(message)
  }
})
