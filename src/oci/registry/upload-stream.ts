import { pipeline, Readable } from 'node:stream'
import { ContentMismatchError } from '../../util/errors.js'
import { VerifyingStream } from '../digest.js'
import type { Descriptor } from '../types.js'

/**
 * What a blob upload reads its source through: a digest and size check, and the cut of one stream into
 * the consecutive parts of a chunked upload.
 */

/**
 * Everything read from an upload source is hashed on the way: a source that does not match its
 * descriptor fails before the upload is committed, with a ContentMismatchError. A source that is itself
 * a check of this descriptor (a layout or registry blob stream) is used as it is, not hashed twice.
 */
export function verifiedSource(
  source: Readable | Buffer,
  descriptor: Descriptor,
  what: string
): VerifyingStream {
  if (source instanceof VerifyingStream && source.verifies(descriptor)) return source
  const verifying = new VerifyingStream(descriptor, what)
  pipeline(Buffer.isBuffer(source) ? Readable.from([source]) : source, verifying, () => undefined)
  return verifying
}

/**
 * Consecutive parts of one stream, each of a given length and streamed as it is sent (nothing is held
 * beyond the chunk in hand; a chunk that straddles two parts is split).
 */
export class StreamParts {
  private readonly chunks: AsyncIterator<unknown>
  private leftover: Buffer | undefined
  /** Bytes handed out so far. */
  position = 0

  constructor(
    stream: Readable,
    private readonly digest: string,
    private readonly what: string
  ) {
    this.chunks = stream[Symbol.asyncIterator]()
  }

  async *take(length: number): AsyncGenerator<Buffer> {
    for (let remaining = length; remaining > 0;) {
      let chunk = this.leftover ?? (await this.nextChunk())
      this.leftover = undefined
      if (chunk.length > remaining) {
        this.leftover = chunk.subarray(remaining)
        chunk = chunk.subarray(0, remaining)
      }
      remaining -= chunk.length
      this.position += chunk.length
      yield chunk
    }
  }

  /** Reads the end of the stream, so its final checks run; fails when bytes are left over. */
  async finish(): Promise<void> {
    if (this.leftover !== undefined || !(await this.chunks.next()).done) {
      throw this.mismatch(`size mismatch (more than the ${this.position} bytes uploaded)`)
    }
  }

  private mismatch(detail: string): ContentMismatchError {
    return new ContentMismatchError(`${this.what} ${this.digest}: ${detail}`, this.digest, detail)
  }

  private async nextChunk(): Promise<Buffer> {
    const next = await this.chunks.next()
    if (next.done) throw this.mismatch(`size mismatch (the source ended after ${this.position} bytes)`)
    return Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value as Uint8Array)
  }
}
