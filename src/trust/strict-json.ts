/**
 * JSON as Signet must read signed documents: one reading only. JSON.parse keeps the last of duplicate
 * keys silently, and Go's encoding/json (notation-go) also matches struct fields case-insensitively
 * (with Unicode simple folding: "ſize" is "size", "\u212a" is "k"), so `{"size":1,"Size":2}` means 1
 * to one verifier and 2 to the other. This parser refuses any object whose keys collide under such
 * folding (exact duplicates included), except in the maps named by the caller, where keys are compared
 * exactly as Go's map decoding does. It also keeps each number's literal text, for callers that must
 * refuse what Go would not decode into an integer (`1e1`, `10.0`).
 */

export class StrictJsonError extends Error {
  constructor(
    message: string,
    /** True for colliding keys (valid JSON that is read two ways), false for malformed JSON. */
    readonly collision = false
  ) {
    super(message)
  }
}

export interface StrictJson {
  value: unknown
  /** The literal text of every number, by path ('targetArtifact.size'). */
  numbers: Map<string, string>
}

/**
 * Parses `text` as RFC 8259 JSON (the same values JSON.parse gives), refusing colliding keys. `maps` are
 * the paths of objects that are maps (e.g. 'targetArtifact.annotations'), checked for exact duplicates.
 */
export function parseStrictJson(text: string, maps: readonly string[] = []): StrictJson {
  const parser = new Parser(text, new Set(maps))
  parser.space()
  const value = parser.value('')
  parser.space()
  if (parser.pos !== text.length) throw parser.error('unexpected text after the value')
  return { value, numbers: parser.numbers }
}

/** Go's case-insensitive match, approximated from above: any two keys Go could confuse compare equal. */
function fold(key: string): string {
  return key.toUpperCase().toLowerCase()
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y

class Parser {
  pos = 0
  readonly numbers = new Map<string, string>()
  private depth = 0

  constructor(
    private readonly text: string,
    private readonly maps: Set<string>
  ) {}

  error(reason: string, collision = false): StrictJsonError {
    return new StrictJsonError(`${reason} at offset ${this.pos}`, collision)
  }

  space(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos])) this.pos++
  }

  value(path: string): unknown {
    const char = this.text[this.pos]
    if (char === '{') return this.object(path)
    if (char === '[') return this.array(path)
    if (char === '"') return this.string()
    for (const [word, literal] of [
      ['true', true],
      ['false', false],
      ['null', null]
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length
        return literal
      }
    }
    NUMBER.lastIndex = this.pos
    const number = NUMBER.exec(this.text)
    if (number === null) throw this.error('expected a JSON value')
    this.pos += number[0].length
    this.numbers.set(path, number[0])
    return Number(number[0])
  }

  private nest<T>(body: () => T): T {
    // Deeper than any signed document; bounds the recursion on hostile input.
    if (++this.depth > 64) throw this.error('nesting deeper than 64')
    try {
      return body()
    } finally {
      this.depth--
    }
  }

  private object(path: string): Record<string, unknown> {
    return this.nest(() => {
      this.pos++
      const result: Record<string, unknown> = {}
      const seen = new Map<string, string>()
      const isMap = this.maps.has(path)
      this.space()
      if (this.text[this.pos] === '}') {
        this.pos++
        return result
      }
      for (;;) {
        this.space()
        if (this.text[this.pos] !== '"') throw this.error('expected a member name')
        const key = this.string()
        const folded = isMap ? key : fold(key)
        const earlier = seen.get(folded)
        if (earlier !== undefined) {
          const where = path === '' ? 'the top level' : path
          throw this.error(
            earlier === key
              ? `duplicate key ${JSON.stringify(key)} in ${where}`
              : `keys ${JSON.stringify(earlier)} and ${JSON.stringify(key)} in ${where} differ only in case`,
            true
          )
        }
        seen.set(folded, key)
        this.space()
        if (this.text[this.pos] !== ':') throw this.error("expected ':'")
        this.pos++
        this.space()
        const value = this.value(path === '' ? key : `${path}.${key}`)
        // defineProperty: a "__proto__" member is an own property, as JSON.parse makes it.
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true })
        this.space()
        const next = this.text[this.pos++]
        if (next === '}') return result
        if (next !== ',') throw this.error("expected ',' or '}'")
      }
    })
  }

  private array(path: string): unknown[] {
    return this.nest(() => {
      this.pos++
      const result: unknown[] = []
      this.space()
      if (this.text[this.pos] === ']') {
        this.pos++
        return result
      }
      for (;;) {
        this.space()
        result.push(this.value(`${path}[${result.length}]`))
        this.space()
        const next = this.text[this.pos++]
        if (next === ']') return result
        if (next !== ',') throw this.error("expected ',' or ']'")
      }
    })
  }

  private string(): string {
    STRING.lastIndex = this.pos
    const match = STRING.exec(this.text)
    if (match === null) throw this.error('malformed string')
    this.pos += match[0].length
    return JSON.parse(match[0]) as string
  }
}
