/**
 * A reader of the tar archives `docker save`, `podman save -m` and `ctr images export` write: ustar,
 * pax extended headers (names, link targets, sizes) and GNU long names and links, octal or base-256
 * sizes. It reads headers only, skipping over entry data, and records where each entry's data lies, so
 * entries are served as byte ranges of the file and a layer is never held in memory or read to index
 * the archive (a streaming extractor such as tar-stream reads every byte to reach the next header).
 */
import { open, type FileHandle } from 'node:fs/promises'
import { posix } from 'node:path'
import { Readable } from 'node:stream'
import { SourceError } from '../util/errors.js'
import { readBlobFile } from './file-stream.js'

/** Where an entry's data lies in the tar. */
export interface TarEntry {
  name: string
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other'
  offset: number
  size: number
  linkname: string
}

const BLOCK = 512
const GZIP_MAGIC = [0x1f, 0x8b]
/** Symlink chains longer than this are refused (a loop, or a crafted archive). */
const MAX_LINK_HOPS = 8

/** True when `head` starts with gzip's magic number (a compressed tar, or a compressed layer in one). */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]
}

/**
 * A tar file indexed by its headers: its entries are read by random access (a range of the file), never
 * extracted, so a multi-gigabyte archive costs one pass over its headers.
 */
export class TarArchive {
  private constructor(
    readonly file: string,
    readonly label: string,
    private readonly entries: Map<string, TarEntry>
  ) {}

  /** Scans the headers of `file`; `label` names it in errors (SourceErrors). */
  static async open(file: string, label: string): Promise<TarArchive> {
    return new TarArchive(file, label, await scanTar(file, label))
  }

  /** The regular file at `path`, following symlinks and hard links (docker save links repeated layers). */
  entry(path: string): TarEntry {
    let name = normaliseName(path)
    for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
      const entry = this.entries.get(name)
      if (entry === undefined) throw new SourceError(`${this.label} has no entry '${path}'.`)
      if (entry.type === 'file') return entry
      if (entry.type === 'symlink')
        name = normaliseName(posix.join(posix.dirname(entry.name), entry.linkname))
      else if (entry.type === 'hardlink') name = normaliseName(entry.linkname)
      else throw new SourceError(`${this.label}: entry '${path}' is not a regular file.`)
    }
    throw new SourceError(`${this.label}: entry '${path}' is a chain of more than ${MAX_LINK_HOPS} links.`)
  }

  has(path: string): boolean {
    return this.entries.has(normaliseName(path))
  }

  async read(path: string, maxBytes: number): Promise<Buffer> {
    const entry = this.entry(path)
    if (entry.size > maxBytes) {
      throw new SourceError(
        `${this.label}: entry '${path}' is ${entry.size} bytes, more than the ${maxBytes} allowed.`
      )
    }
    return this.readRange(entry, entry.size)
  }

  async readRange(entry: TarEntry, length: number): Promise<Buffer> {
    const handle = await open(this.file, 'r')
    try {
      return await readExactly(handle, entry.offset, length, this.label)
    } finally {
      await handle.close()
    }
  }

  stream(entry: TarEntry): Readable {
    // createReadStream's `end` is inclusive, and an empty range must still be an (empty) stream.
    if (entry.size === 0) return Readable.from([])
    return readBlobFile(this.file, { start: entry.offset, end: entry.offset + entry.size - 1 })
  }
}

/**
 * Reads the tar's headers (ustar, pax extended headers and GNU long names), skipping over entry data,
 * and records where each entry's data lies. Later entries with the same name replace earlier ones,
 * as when a tar is extracted.
 */
async function scanTar(file: string, label: string): Promise<Map<string, TarEntry>> {
  const handle = await openArchive(file, label)
  try {
    const fileSize = (await handle.stat()).size
    const entries = new Map<string, TarEntry>()
    let position = 0
    let longName: string | undefined
    let longLink: string | undefined
    let pax: Record<string, string> = {}
    while (position + BLOCK <= fileSize) {
      const header = await readExactly(handle, position, BLOCK, label)
      if (position === 0 && isGzip(header)) {
        throw new SourceError(
          `${label} is gzip-compressed; give the uncompressed tar that docker save writes (gunzip it first).`
        )
      }
      if (header.every(byte => byte === 0)) break
      checkHeaderChecksum(header, position, label)
      const typeflag = String.fromCharCode(header[156])
      const size = Number(pax.size ?? readSize(header, position, label))
      const dataOffset = position + BLOCK
      if (dataOffset + size > fileSize) {
        throw new SourceError(
          `${label} is truncated: an entry at offset ${position} runs past the end of the file.`
        )
      }
      position = dataOffset + Math.ceil(size / BLOCK) * BLOCK

      if (typeflag === 'L' || typeflag === 'K' || typeflag === 'x') {
        const data = await readExactly(handle, dataOffset, size, label)
        if (typeflag === 'L') longName = cString(data)
        else if (typeflag === 'K') longLink = cString(data)
        else pax = parsePax(data, label)
        continue
      }
      if (typeflag === 'g') continue

      const name = normaliseName(pax.path ?? longName ?? headerName(header))
      const linkname = pax.linkpath ?? longLink ?? cString(header.subarray(157, 257))
      entries.set(name, { name, type: entryType(typeflag), offset: dataOffset, size, linkname })
      longName = longLink = undefined
      pax = {}
    }
    return entries
  } finally {
    await handle.close()
  }
}

async function openArchive(file: string, label: string): Promise<FileHandle> {
  try {
    return await open(file, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new SourceError(`${label}: no such file.`)
    if (code === 'EISDIR')
      throw new SourceError(`${label} is a directory; for an OCI layout write oci-layout:DIR.`)
    throw error
  }
}

async function readExactly(
  handle: FileHandle,
  position: number,
  length: number,
  label: string
): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  let filled = 0
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled)
    if (bytesRead === 0) throw new SourceError(`${label} is truncated at offset ${position + filled}.`)
    filled += bytesRead
  }
  return buffer
}

/** The header checksum tells a tar header from anything else (e.g. a compressed or non-tar file). */
function checkHeaderChecksum(header: Buffer, position: number, label: string): void {
  const stored = parseInt(cString(header.subarray(148, 156)).trim(), 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]
  if (stored !== sum) {
    throw new SourceError(`${label} is not a tar archive (bad header checksum at offset ${position}).`)
  }
}

/** Octal, or base-256 (high bit set) for entries of 8 GiB and more, as GNU tar and Docker write them. */
function readSize(header: Buffer, position: number, label: string): number {
  const field = header.subarray(124, 136)
  let size: number
  if (field[0] & 0x80) {
    let value = BigInt(field[0] & 0x7f)
    for (const byte of field.subarray(1)) value = (value << 8n) | BigInt(byte)
    size = Number(value)
  } else {
    const text = cString(field).trim()
    size = text === '' ? 0 : parseInt(text, 8)
  }
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new SourceError(`${label}: invalid entry size in the tar header at offset ${position}.`)
  }
  return size
}

/** ustar splits long names into prefix + name; GNU tar uses the prefix field for other data. */
function headerName(header: Buffer): string {
  const name = cString(header.subarray(0, 100))
  const isUstar = header.subarray(257, 263).toString('latin1') === 'ustar\0'
  const prefix = isUstar ? cString(header.subarray(345, 500)) : ''
  return prefix ? `${prefix}/${name}` : name
}

/** Pax records: "<length> <key>=<value>\n", the length counting the whole record. */
function parsePax(data: Buffer, label: string): Record<string, string> {
  const records: Record<string, string> = {}
  let position = 0
  while (position < data.length && data[position] !== 0) {
    const space = data.indexOf(0x20, position)
    const length = parseInt(data.subarray(position, space).toString('latin1'), 10)
    if (space < 0 || !Number.isSafeInteger(length) || length <= 0) {
      throw new SourceError(`${label}: malformed pax extended header.`)
    }
    const record = data.subarray(space + 1, position + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    records[record.slice(0, equals)] = record.slice(equals + 1)
    position += length
  }
  return records
}

function entryType(typeflag: string): TarEntry['type'] {
  switch (typeflag) {
    case '0':
    case '\0':
    case '7':
      return 'file'
    case '1':
      return 'hardlink'
    case '2':
      return 'symlink'
    case '5':
      return 'directory'
    default:
      return 'other'
  }
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0)
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8')
}

/** 'blobs/sha256/x', './blobs/sha256/x' and '/blobs/sha256/x/' all name the same entry. */
function normaliseName(name: string): string {
  return posix
    .normalize(name)
    .replace(/^(\.\/|\/)+/, '')
    .replace(/\/+$/, '')
}
