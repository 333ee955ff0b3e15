/**
 * The few DER readings that the ASN.1 classes of @peculiar/* do not cover (an OBJECT IDENTIFIER
 * attribute value, the ESS signing-certificate attribute, INTEGER comparison). Definite lengths only,
 * as DER requires; anything else throws.
 */

interface Tlv {
  /** Offset of the content within the buffer. */
  start: number
  /** Offset just after the content. */
  end: number
}

function readTlv(der: Buffer, offset: number): Tlv {
  if (offset + 2 > der.length) throw new Error('DER: truncated')
  const first = der[offset + 1]
  let length = first
  let start = offset + 2
  if (first >= 0x80) {
    const count = first & 0x7f
    if (count === 0 || count > 4) throw new Error('DER: unsupported length')
    length = 0
    for (let index = 0; index < count; index++) length = length * 256 + der[start + index]
    start += count
  }
  const end = start + length
  if (end > der.length) throw new Error('DER: truncated')
  return { start, end }
}

/** The content octets of the value at the start of `der`. */
export function derContent(der: Buffer): Buffer {
  const { start, end } = readTlv(der, 0)
  return der.subarray(start, end)
}

/** The complete encodings (tag, length, content) of each element inside the constructed value `der`. */
export function derChildren(der: Buffer): Buffer[] {
  const content = derContent(der)
  const children: Buffer[] = []
  let offset = 0
  while (offset < content.length) {
    const { end } = readTlv(content, offset)
    children.push(content.subarray(offset, end))
    offset = end
  }
  return children
}

/** Dotted text of an encoded OBJECT IDENTIFIER (tag 6). */
export function decodeOid(der: Buffer): string {
  if (der[0] !== 0x06) throw new Error('DER: not an OBJECT IDENTIFIER')
  const content = derContent(der)
  const parts: number[] = []
  let value = 0
  for (const byte of content) {
    value = value * 128 + (byte & 0x7f)
    if ((byte & 0x80) === 0) {
      parts.push(value)
      value = 0
    }
  }
  const [first, ...rest] = parts
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80]
  return [...head, ...rest].join('.')
}

/** INTEGER content without its leading zero octets, for comparing values that were encoded apart. */
export function unsignedInteger(bytes: Buffer): Buffer {
  let index = 0
  while (index < bytes.length - 1 && bytes[index] === 0) index++
  return bytes.subarray(index)
}

export function toArrayBuffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer
}
