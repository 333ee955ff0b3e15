import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Writable } from 'node:stream'
import { checkContent, isDigest, sha256Digest, VerifyingStream } from '../../src/oci/digest.js'
import { ContentMismatchError } from '../../src/util/errors.js'

const content = Buffer.from('hello signet')
const expected = { digest: sha256Digest(content), size: content.length }

async function drain(chunks: Buffer[], want: { digest: string; size: number }): Promise<void> {
  const sink = new Writable({ write: (_c, _e, cb) => cb() })
  await pipeline(Readable.from(chunks), new VerifyingStream(want, 'blob'), sink)
}

describe('digest', () => {
  test('sha256Digest matches a known value', () => {
    expect(sha256Digest('{}')).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a')
  })

  test.each([
    ['sha256:' + 'a'.repeat(64), true],
    ['sha512:' + 'b'.repeat(128), true],
    ['sha256:' + 'A'.repeat(64), false],
    ['sha256:' + 'a'.repeat(63), false],
    ['md5:abc', false]
  ])('isDigest(%s) is %s', (value, valid) => {
    expect(isDigest(value)).toBe(valid)
  })

  test('checkContent accepts matching content and names the mismatch otherwise', () => {
    expect(() => checkContent(content, expected, 'config')).not.toThrow()
    expect(() => checkContent(Buffer.from('hello signeT'), expected, 'config')).toThrow(
      /config sha256:.*digest mismatch/
    )
    expect(() => checkContent(Buffer.from('hello'), expected, 'config')).toThrow(/size mismatch/)
  })

  test('VerifyingStream passes matching content split in chunks', async () => {
    await expect(drain([content.subarray(0, 3), content.subarray(3)], expected)).resolves.toBeUndefined()
  })

  test('VerifyingStream rejects altered, short and overlong content', async () => {
    await expect(drain([Buffer.from('hello signeT')], expected)).rejects.toThrow(ContentMismatchError)
    await expect(drain([content.subarray(0, 5)], expected)).rejects.toThrow(/size mismatch/)
    await expect(drain([content, Buffer.from('more')], expected)).rejects.toThrow(/more than the expected/)
  })
})
