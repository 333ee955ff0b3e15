/** The source side of a blob upload: the digest check on the way, and the cut into PATCH-sized parts. */
import { Readable } from 'node:stream'
import { ContentMismatchError } from '../../src/util/errors.js'
import { describe as describeContent, VerifyingStream } from '../../src/oci/digest.js'
import { StreamParts, verifiedSource } from '../../src/oci/registry/upload-stream.js'
import { MediaType } from '../../src/oci/types.js'

const content = Buffer.from('0123456789abcdefghij')
const descriptor = describeContent(content, MediaType.OciLayer)

async function collect(parts: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of parts) chunks.push(chunk)
  return Buffer.concat(chunks).toString()
}

describe('StreamParts', () => {
  test('cuts a stream into consecutive parts, splitting chunks that straddle two', async () => {
    const source = Readable.from([content.subarray(0, 7), content.subarray(7, 13), content.subarray(13)])
    const parts = new StreamParts(source, descriptor.digest, 'Source')
    expect(await collect(parts.take(5))).toBe('01234')
    expect(parts.position).toBe(5)
    expect(await collect(parts.take(10))).toBe('56789abcde')
    expect(await collect(parts.take(5))).toBe('fghij')
    expect(parts.position).toBe(20)
    await expect(parts.finish()).resolves.toBeUndefined()
  })

  test('a source shorter than the parts asked for is a size mismatch', async () => {
    const parts = new StreamParts(Readable.from([content.subarray(0, 8)]), descriptor.digest, 'Source')
    const error = await collect(parts.take(10)).catch(e => e)
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect(error.message).toBe(`Source ${descriptor.digest}: size mismatch (the source ended after 8 bytes)`)
  })

  test('bytes left after the last part are a size mismatch', async () => {
    const parts = new StreamParts(Readable.from([content]), descriptor.digest, 'Source')
    await collect(parts.take(15))
    const error = await parts.finish().catch(e => e)
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect(error.detail).toBe('size mismatch (more than the 15 bytes uploaded)')
  })
})

describe('verifiedSource', () => {
  test('passes matching bytes, from a buffer or a stream', async () => {
    expect(await collect(verifiedSource(content, descriptor, 'Source'))).toBe(content.toString())
    expect(await collect(verifiedSource(Readable.from([content]), descriptor, 'Source'))).toBe(
      content.toString()
    )
  })

  test('fails a source whose bytes hash to another digest', async () => {
    const other = Buffer.from(content.toString().toUpperCase())
    const error = await collect(verifiedSource(other, descriptor, 'Source')).catch(e => e)
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect(error.message).toMatch(new RegExp(`^Source ${descriptor.digest}: digest mismatch`))
  })

  test('a stream that already checks this descriptor is used as it is; one checking another is wrapped', () => {
    const checking = new VerifyingStream(descriptor, 'layout blob')
    expect(verifiedSource(checking, descriptor, 'Source')).toBe(checking)
    const elsewhere = new VerifyingStream({ digest: descriptor.digest, size: descriptor.size + 1 }, 'other')
    expect(verifiedSource(elsewhere, descriptor, 'Source')).not.toBe(elsewhere)
    elsewhere.destroy()
  })
})
