import { createHash, type Hash } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { ContentMismatchError } from '../util/errors.js'
import type { Descriptor } from './types.js'

const DIGEST_PATTERN = /^sha(256:[a-f0-9]{64}|512:[a-f0-9]{128})$/

/** True for the digests Signet accepts: sha256 or sha512, lowercase hex of the right length. */
export function isDigest(value: string): boolean {
  return DIGEST_PATTERN.test(value)
}

function algorithmOf(digest: string): 'sha256' | 'sha512' {
  if (!isDigest(digest))
    throw new ContentMismatchError(`'${digest}' is not a sha256 or sha512 digest`, digest)
  return digest.startsWith('sha512:') ? 'sha512' : 'sha256'
}

/** The sha256 digest of in-memory content, `sha256:<hex>`. */
export function sha256Digest(content: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`
}

/** The descriptor of in-memory content. */
export function describe(content: Uint8Array, mediaType: string): Descriptor {
  return { mediaType, digest: sha256Digest(content), size: content.byteLength }
}

/** Throws unless `content` has exactly the descriptor's size and digest. `what` names it in the error. */
export function checkContent(
  content: Uint8Array,
  expected: Pick<Descriptor, 'digest' | 'size'>,
  what: string
): void {
  if (content.byteLength !== expected.size) {
    const detail = `size mismatch (expected ${expected.size} bytes, got ${content.byteLength})`
    throw new ContentMismatchError(`${what} ${expected.digest}: ${detail}`, expected.digest, detail)
  }
  const actual = `${algorithmOf(expected.digest)}:${createHash(algorithmOf(expected.digest)).update(content).digest('hex')}`
  if (actual !== expected.digest) {
    const detail = `digest mismatch (content hashes to ${actual})`
    throw new ContentMismatchError(`${what} ${expected.digest}: ${detail}`, expected.digest, detail)
  }
}

/**
 * A pass-through stream that hashes and counts what flows through it and fails the stream when the
 * content runs past the expected size (so an endless body is cut at the descriptor size) or, at the
 * end, when size or digest differ. Nothing is buffered beyond one chunk.
 */
export class VerifyingStream extends Transform {
  private readonly hash: Hash
  private received = 0

  constructor(
    private readonly expected: Pick<Descriptor, 'digest' | 'size'>,
    private readonly what: string
  ) {
    super()
    this.hash = createHash(algorithmOf(expected.digest))
  }

  /** True when this stream already fails unless its content is `descriptor`'s: no second check needed. */
  verifies(descriptor: Pick<Descriptor, 'digest' | 'size'>): boolean {
    return this.expected.digest === descriptor.digest && this.expected.size === descriptor.size
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.received += chunk.length
    if (this.received > this.expected.size) {
      callback(this.mismatch(`size mismatch (more than the expected ${this.expected.size} bytes)`))
      return
    }
    this.hash.update(chunk)
    callback(null, chunk)
  }

  override _flush(callback: TransformCallback): void {
    if (this.received !== this.expected.size) {
      callback(this.mismatch(`size mismatch (expected ${this.expected.size} bytes, got ${this.received})`))
      return
    }
    const actual = `${algorithmOf(this.expected.digest)}:${this.hash.digest('hex')}`
    if (actual !== this.expected.digest) {
      callback(this.mismatch(`digest mismatch (content hashes to ${actual})`))
      return
    }
    callback()
  }

  private mismatch(detail: string): ContentMismatchError {
    return new ContentMismatchError(
      `${this.what} ${this.expected.digest}: ${detail}`,
      this.expected.digest,
      detail
    )
  }
}
