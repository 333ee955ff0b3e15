/**
 * CBOR (RFC 8949) as Signet must read and write signed documents, over `cborg`.
 *
 * Reading admits one reading only: definite lengths, integers and lengths in their shortest form, valid
 * UTF-8, map keys that are integers or text and never repeated, no trailing bytes, bounded nesting, and
 * tags only where the caller allows them. Whatever else a decoder might resolve one way or another (a
 * repeated key, a string a lenient decoder repairs) is refused, with a CborError and never another
 * exception, whatever the bytes: the input comes from a registry.
 *
 * Writing is RFC 8949 §4.2.1 core deterministic encoding (shortest forms, definite lengths, map keys
 * sorted by their encoded bytes), so the same value always gives the same bytes and the same digest.
 */
import { decode, encode, rfc8949EncodeOptions, Tagged, Tokenizer, Type, type Token } from 'cborg'

export { Tagged }

/** The bytes are not CBOR Signet reads. */
export class CborError extends Error {}

export interface StrictDecodeOptions {
  /** Tags allowed (kept as `Tagged` values): the tag numbers, or a test of the tag and its byte offset. */
  tags: readonly number[] | ((tag: number, offset: number) => boolean)
  /** Containers (arrays, maps, tags) nested deeper than this are refused. Default 16. */
  maxDepth?: number
}

const DEFAULT_MAX_DEPTH = 16
const UTF8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes one CBOR data item that must fill `bytes`. Maps become `Map`s (keys: number, bigint, string),
 * byte strings `Uint8Array`s, allowed tags `Tagged`. Throws CborError.
 */
export function decodeStrict(bytes: Uint8Array, options: StrictDecodeOptions): unknown {
  const allowed = options.tags
  const tagAllowed =
    typeof allowed === 'function' ? allowed : (tag: number) => (allowed as readonly number[]).includes(tag)
  const decodeOptions = {
    strict: true,
    allowIndefinite: false,
    useMaps: true,
    rejectDuplicateMapKeys: true,
    retainStringBytes: true,
    tags: TAGS_AS_TAGGED
  }
  const tokenizer = new CheckingTokenizer(
    bytes,
    decodeOptions,
    tagAllowed,
    options.maxDepth ?? DEFAULT_MAX_DEPTH
  )
  try {
    return decode(bytes, { ...decodeOptions, tokenizer })
  } catch (error) {
    if (error instanceof CborError) throw error
    // cborg's own refusals (truncation, non-shortest forms, indefinite lengths, repeated keys …).
    const message = error instanceof Error ? error.message.replace(/^CBOR decode error: /, '') : String(error)
    throw new CborError(message)
  }
}

/** RFC 8949 §4.2.1 core deterministic encoding of `value` (Maps, arrays, Uint8Arrays, text, integers, Tagged). */
export function encodeDeterministic(value: unknown): Buffer {
  const bytes = encode(value, rfc8949EncodeOptions)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Every tag decodes to a `Tagged`; CheckingTokenizer has already refused the ones not allowed. */
const TAGS_AS_TAGGED = new Proxy(
  {},
  {
    get: (_target, key) =>
      typeof key === 'string' && /^\d+$/.test(key) ? Tagged.decoder(Number(key)) : undefined
  }
)

/** What is left to read of an open container: items (a map counts keys and values). */
interface Frame {
  remaining: number
  map: boolean
  read: number
}

/**
 * cborg's tokenizer, checking what cborg does not: nesting depth, the type of map keys, UTF-8, and which
 * tags may appear where. Every refusal is a CborError before cborg builds anything from the token.
 */
class CheckingTokenizer extends Tokenizer {
  private readonly open: Frame[] = []

  constructor(
    data: Uint8Array,
    options: object,
    private readonly tagAllowed: (tag: number, offset: number) => boolean,
    private readonly maxDepth: number
  ) {
    super(data, options)
  }

  override next(): Token {
    const offset = this.pos()
    const token = super.next()
    const parent = this.open.at(-1)
    if (parent !== undefined) {
      if (parent.map && parent.read % 2 === 0 && !isKeyType(token)) {
        throw new CborError(`map key at byte ${offset} is a ${token.type.name}, not an integer or text`)
      }
      parent.read += 1
      parent.remaining -= 1
    }
    if (Type.equals(token.type, Type.string)) checkUtf8(token, offset)
    if (Type.equals(token.type, Type.tag)) {
      const tag = token.value as unknown
      if (typeof tag !== 'number' || !this.tagAllowed(tag, offset)) {
        throw new CborError(`tag ${String(tag)} at byte ${offset} is not allowed here`)
      }
      this.push({ remaining: 1, map: false, read: 0 })
    } else if (Type.equals(token.type, Type.array) || Type.equals(token.type, Type.map)) {
      const map = Type.equals(token.type, Type.map)
      const count = token.value as number
      if (count > 0) this.push({ remaining: map ? count * 2 : count, map, read: 0 })
    }
    while (this.open.length > 0 && this.open[this.open.length - 1].remaining === 0) this.open.pop()
    return token
  }

  private push(frame: Frame): void {
    this.open.push(frame)
    if (this.open.length > this.maxDepth) throw new CborError(`nested deeper than ${this.maxDepth} levels`)
  }
}

function isKeyType(token: Token): boolean {
  return [Type.uint, Type.negint, Type.string].some(type => Type.equals(token.type, type))
}

function checkUtf8(token: Token, offset: number): void {
  try {
    UTF8.decode(token.byteValue ?? new Uint8Array())
  } catch {
    throw new CborError(`text string at byte ${offset} is not valid UTF-8`)
  }
}
