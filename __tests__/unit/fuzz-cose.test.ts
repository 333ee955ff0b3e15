/**
 * Property tests of the COSE envelope reader (src/trust/cose.ts over src/trust/cbor.ts, then the Notary
 * rules of src/trust/envelope.ts): a valid Notary COSE envelope rewritten with one CBOR fault (truncated, an indefinite length, a repeated map key, a
 * tag where none may be, a length far beyond the input, a longer-than-shortest head), in the message or
 * inside its protected header, is always refused with a VerificationError; arbitrary bytes and one-byte
 * changes give a VerificationError or a reading, never another exception, and never hang. Case counts
 * scale with SIGNET_FUZZ_SCALE (1 = the full count CI runs).
 */
import fc from 'fast-check'
import { VerificationError } from '../../src/util/errors.js'
import { MediaType, type Descriptor } from '../../src/oci/types.js'
import { decodeStrict, Tagged } from '../../src/trust/cbor.js'
import {
  addTimestamp,
  COSE_MEDIA_TYPE,
  createEnvelope,
  verifyEnvelope,
  type VerifyOptions
} from '../../src/trust/envelope.js'
import { loadSigningIdentity } from '../../src/trust/pki.js'
import { makePki } from '../helpers/pki.js'

const SCALE = Number(process.env.SIGNET_FUZZ_SCALE ?? 1)
const runs = (full: number) => Math.max(10, Math.round(full * SCALE))

const TARGET: Descriptor = { mediaType: MediaType.OciIndex, digest: `sha256:${'ab'.repeat(32)}`, size: 1234 }

/** A CBOR data item as this test writes it, so that one item can be written wrongly. */
type Item =
  | { kind: 'int'; value: number }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'text'; value: string }
  | { kind: 'array'; items: Item[] }
  | { kind: 'map'; entries: Array<[Item, Item]> }
  | { kind: 'tag'; tag: number; item: Item }
  | { kind: 'simple'; byte: number }

type FaultKind = 'indefinite' | 'duplicate' | 'tag' | 'huge' | 'longHead'

interface Fault {
  kind: FaultKind
  /** Which of the eligible items (pre-order) gets the fault, modulo their count. */
  index: number
  /** The wrapping tag (`tag`), or the declared length (`huge`). */
  number: bigint
}

function itemOf(value: unknown): Item {
  if (typeof value === 'number') return { kind: 'int', value }
  if (value instanceof Uint8Array) return { kind: 'bytes', value }
  if (typeof value === 'string') return { kind: 'text', value }
  if (Array.isArray(value)) return { kind: 'array', items: value.map(itemOf) }
  if (value instanceof Map)
    return { kind: 'map', entries: [...value].map(([k, v]) => [itemOf(k), itemOf(v)]) }
  if (value instanceof Tagged) return { kind: 'tag', tag: value.tag, item: itemOf(value.value) }
  if (value === null) return { kind: 'simple', byte: 0xf6 }
  throw new Error(`unexpected value ${String(value)}`)
}

function eligible(item: Item, kind: FaultKind): boolean {
  switch (kind) {
    case 'indefinite':
    case 'huge':
      return ['bytes', 'text', 'array', 'map'].includes(item.kind)
    case 'duplicate':
      return item.kind === 'map' && item.entries.length > 0
    case 'tag':
      return true
    case 'longHead':
      return item.kind !== 'simple'
  }
}

function head(major: number, argument: bigint | number, width?: 1 | 2 | 4 | 8): Buffer {
  const n = BigInt(argument)
  const size = width ?? (n < 24n ? 0 : n < 0x100n ? 1 : n < 0x10000n ? 2 : n < 0x100000000n ? 4 : 8)
  if (size === 0) return Buffer.from([(major << 5) | Number(n)])
  const out = Buffer.alloc(1 + size)
  out[0] = (major << 5) | { 1: 24, 2: 25, 4: 26, 8: 27 }[size]
  for (let index = 0; index < size; index++) out[size - index] = Number((n >> BigInt(8 * index)) & 0xffn)
  return out
}

/** Writes `item`, putting `fault` on the chosen eligible item; counts eligible items in `seen`. */
function write(item: Item, fault: Fault | undefined, seen = { count: 0 }): Buffer {
  let here: FaultKind | undefined
  if (fault !== undefined && eligible(item, fault.kind)) {
    if (seen.count === fault.index) here = fault.kind
    seen.count += 1
  }
  const children = (items: Item[]) => items.map(child => write(child, fault, seen))
  if (here === 'tag') {
    return Buffer.concat([head(6, fault?.number ?? 0n), write(item, undefined)])
  }
  const wide = here === 'longHead' ? 8 : undefined
  const length = (major: number, count: number) =>
    here === 'huge' ? head(major, fault?.number ?? 0n, 8) : head(major, count, wide)
  switch (item.kind) {
    case 'int':
      return item.value >= 0 ? head(0, item.value, wide) : head(1, -1 - item.value, wide)
    case 'simple':
      return Buffer.from([item.byte])
    case 'bytes':
    case 'text': {
      const major = item.kind === 'bytes' ? 2 : 3
      const content = item.kind === 'bytes' ? Buffer.from(item.value) : Buffer.from(item.value, 'utf8')
      if (here === 'indefinite') {
        return Buffer.concat([
          Buffer.from([(major << 5) | 31]),
          head(major, content.length),
          content,
          Buffer.from([0xff])
        ])
      }
      return Buffer.concat([length(major, content.length), content])
    }
    case 'array': {
      const body = children(item.items)
      if (here === 'indefinite') return Buffer.concat([Buffer.from([0x9f]), ...body, Buffer.from([0xff])])
      return Buffer.concat([length(4, item.items.length), ...body])
    }
    case 'map': {
      const entries = item.entries.flatMap(([key, value]) => [key, value])
      const body = children(entries)
      let count = item.entries.length
      if (here === 'duplicate') {
        // The first entry again: a repeated key, read one way by one decoder and another by the next.
        body.push(write(item.entries[0][0], undefined), write(item.entries[0][1], undefined))
        count += 1
      }
      if (here === 'indefinite') return Buffer.concat([Buffer.from([0xbf]), ...body, Buffer.from([0xff])])
      return Buffer.concat([length(5, count), ...body])
    }
    case 'tag':
      return Buffer.concat([head(6, item.tag, wide), ...children([item.item])])
  }
}

let valid: Buffer
let message: Item
let protectedHeader: Item
let options: VerifyOptions

/** The whole reading: the COSE format, then every Notary rule (the chain trusted, the time now). */
const read = (bytes: Uint8Array) => verifyEnvelope(bytes, COSE_MEDIA_TYPE, options)

beforeAll(async () => {
  const pki = await makePki({ levels: 3 })
  const identity = loadSigningIdentity({ key: pki.keyPem, chain: pki.chainPem })
  options = { trustRoots: [pki.root], trustedIdentities: ['*'] }
  const envelope = createEnvelope(TARGET, identity, {
    signingAgent: 'signet-fuzz',
    expiry: new Date(Date.now() + 86_400_000),
    format: 'cose'
  })
  // A token that is never verified here (no TSA trust): only its place in the unprotected header matters.
  valid = await addTimestamp(envelope, COSE_MEDIA_TYPE, async () => Buffer.from('3003020101', 'hex'))
  message = itemOf(decodeStrict(valid, { tags: [18] }))
  const members = (message as { item: { items: Item[] } }).item.items
  protectedHeader = itemOf(decodeStrict((members[0] as { value: Uint8Array }).value, { tags: [1] }))
})

function expectRefused(bytes: Uint8Array): void {
  try {
    read(bytes)
  } catch (error) {
    if (error instanceof VerificationError) return
    throw new Error(`not a VerificationError: ${String(error)}`, { cause: error })
  }
  throw new Error(`accepted: ${Buffer.from(bytes).toString('hex')}`)
}

/** A VerificationError, or a verdict that the envelope signs exactly TARGET; anything else fails. */
function expectNoOtherError(bytes: Uint8Array): void {
  try {
    // Only unsigned bytes may change and still verify (the signing agent, the token).
    expect(read(bytes).target).toEqual(TARGET)
  } catch (error) {
    if (!(error instanceof VerificationError)) {
      throw new Error(`not a VerificationError: ${String(error)}`, { cause: error })
    }
  }
}

/** The message with its protected header rewritten (`fault` inside it) or the message itself rewritten. */
function rewrite(where: 'message' | 'protected', fault: Fault | undefined): Buffer {
  if (where === 'message') return write(message, fault)
  const members = (message as { item: { items: Item[] } }).item.items
  const rewritten: Item = {
    kind: 'tag',
    tag: 18,
    item: {
      kind: 'array',
      items: [{ kind: 'bytes', value: write(protectedHeader, fault) }, ...members.slice(1)]
    }
  }
  return write(rewritten, undefined)
}

test('the writer reproduces the valid envelope, which reads (so every refusal below is the fault’s doing)', () => {
  expect(rewrite('message', undefined).equals(valid)).toBe(true)
  expect(rewrite('protected', undefined).equals(valid)).toBe(true)
  expect(read(valid)).toMatchObject({ target: TARGET, timestamped: true })
})

const faultArbitrary = fc.record({
  kind: fc.constantFrom<FaultKind>('indefinite', 'duplicate', 'tag', 'huge', 'longHead'),
  index: fc.nat({ max: 200 }),
  number: fc.oneof(
    fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
    fc.constantFrom(0n, 1n, 17n, 19n, 55799n, 0xffffffffn, (1n << 53n) - 1n, (1n << 64n) - 1n)
  )
})

describe('fuzz: one CBOR fault anywhere is always refused with a VerificationError', () => {
  test.each(['message', 'protected'] as const)('in the %s', where => {
    fc.assert(
      fc.property(faultArbitrary, fault => {
        // Count the eligible items first, so that `index` always lands on one.
        const seen = { count: 0 }
        write(where === 'message' ? message : protectedHeader, { ...fault, index: -1 }, seen)
        const chosen: Fault = {
          ...fault,
          index: fault.index % seen.count,
          // Tag 18 wrapped around the top is a doubled tag (refused too); a huge length exceeds any input.
          number:
            fault.kind === 'huge' ? (fault.number > 0x7fffffffn ? fault.number : 0xffffffffn) : fault.number
        }
        expectRefused(rewrite(where, chosen))
      }),
      { numRuns: runs(4_000) }
    )
  })

  test('truncated anywhere', () => {
    for (let length = 0; length < valid.length; length++) expectRefused(valid.subarray(0, length))
  })

  test('the top tag replaced by any other', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).filter(tag => tag !== 18n),
        tag => {
          const top = message as { item: Item }
          expectRefused(Buffer.concat([head(6, tag), write(top.item, undefined)]))
        }
      ),
      { numRuns: runs(1_000) }
    )
  })

  test('trailing bytes after the message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 16 }), extra => {
        expectRefused(Buffer.concat([valid, extra]))
      }),
      { numRuns: runs(500) }
    )
  })
})

describe('fuzz: arbitrary input never throws anything but a VerificationError, and never hangs', () => {
  test('arbitrary bytes, with and without the COSE_Sign1 prefix', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.boolean(), (bytes, prefixed) => {
        expectNoOtherError(prefixed ? Buffer.concat([Buffer.from([0xd2, 0x84]), bytes]) : bytes)
      }),
      { numRuns: runs(10_000) }
    )
  })

  test('one byte of a valid envelope changed, wherever it falls', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.integer({ min: 1, max: 255 }), (position, xor) => {
        const mutated = Buffer.from(valid)
        mutated[position % mutated.length] ^= xor
        expectNoOtherError(mutated)
      }),
      // Each case runs every rule (chain included): about 10 ms.
      { numRuns: runs(1_000) }
    )
  })

  test('deep nesting and huge declared sizes are refused at once', () => {
    const started = Date.now()
    expectRefused(Buffer.concat([Buffer.from([0xd2]), Buffer.alloc(1_000_000, 0x81)]))
    expectRefused(Buffer.concat([Buffer.from([0xd2, 0x84, 0x40, 0xa1, 0x01]), Buffer.alloc(1_000_000, 0xd9)]))
    expectRefused(Buffer.from('d29bffffffffffffffff', 'hex'))
    expectRefused(Buffer.from('d2845bffffffffffffffff', 'hex'))
    expectRefused(Buffer.from('d2844040bbffffffffffffffff', 'hex'))
    expectRefused(Buffer.from('d2849affffffff', 'hex'))
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  test('an envelope over 32 MiB is refused unread', () => {
    expectRefused(Buffer.alloc(32 * 1024 * 1024 + 1))
  })
})
