/** The one-reading JSON parser for signed documents: JSON.parse's values, minus colliding keys. */
import fc from 'fast-check'
import { parseStrictJson, StrictJsonError } from '../../src/trust/strict-json.js'

function outcome(parse: () => unknown): unknown {
  try {
    return { value: parse() }
  } catch {
    return 'error'
  }
}

test('gives JSON.parse values for any JSON text without colliding keys', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
      const text = JSON.stringify(value, null, indent)
      let parsed: unknown
      try {
        parsed = parseStrictJson(text).value
      } catch (error) {
        // Generated objects may hold keys that differ only in case: refused, and rightly.
        if (error instanceof StrictJsonError && error.collision) return
        throw error
      }
      expect(parsed).toEqual(JSON.parse(text))
    }),
    { numRuns: 1000 }
  )
})

test('accepts and refuses exactly the texts JSON.parse does, when keys do not collide', () => {
  const tokens = fc.constantFrom(
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '"a"',
    '"b"',
    '1',
    '-0',
    '1e5',
    '0.5',
    'true',
    'null',
    ' ',
    '01',
    '"\\u0041"',
    '"\\x"',
    'tru'
  )
  fc.assert(
    fc.property(fc.array(tokens, { maxLength: 12 }), parts => {
      const text = parts.join('')
      let collision = false
      const strict = outcome(() => {
        try {
          return parseStrictJson(text).value
        } catch (error) {
          collision = error instanceof StrictJsonError && error.collision
          throw error
        }
      })
      if (!collision) expect(strict).toEqual(outcome(() => JSON.parse(text)))
    }),
    { numRuns: 3000 }
  )
})

test.each([
  ['an exact duplicate', '{"size":1,"size":2}', 'duplicate key "size" in the top level'],
  [
    'a case variant',
    '{"targetArtifact":{},"TargetArtifact":{}}',
    'keys "targetArtifact" and "TargetArtifact" in the top level differ only in case'
  ],
  [
    'a case variant nested',
    '{"t":{"digest":"a","DIGEST":"b"}}',
    'keys "digest" and "DIGEST" in t differ only in case'
  ],
  ['a long s (Go folds U+017F to s)', '{"size":1,"\u017fize":2}', 'differ only in case'],
  ['a Kelvin sign (Go folds U+212A to k)', '{"kid":1,"\u212aid":2}', 'differ only in case'],
  ['an escaped duplicate', '{"alg":"PS256","\\u0061lg":"ES256"}', 'duplicate key "alg"']
])('refuses %s', (_name, text, message) => {
  let error: unknown
  try {
    parseStrictJson(text)
  } catch (caught) {
    error = caught
  }
  expect(error).toBeInstanceOf(StrictJsonError)
  expect((error as StrictJsonError).collision).toBe(true)
  expect((error as Error).message).toContain(message)
})

test('maps compare keys exactly: case variants are distinct keys, duplicates are not', () => {
  const maps = ['t.annotations']
  expect(parseStrictJson('{"t":{"annotations":{"a.B":"1","a.b":"2"}}}', maps).value).toEqual({
    t: { annotations: { 'a.B': '1', 'a.b': '2' } }
  })
  expect(() => parseStrictJson('{"t":{"annotations":{"a":"1","a":"2"}}}', maps)).toThrow('duplicate key "a"')
})

test('keeps the literal text of every number by path', () => {
  const { numbers } = parseStrictJson('{"t":{"size":1e1,"list":[10.0,-0]}}')
  expect(Object.fromEntries(numbers)).toEqual({ 't.size': '1e1', 't.list[0]': '10.0', 't.list[1]': '-0' })
})

test('a "__proto__" member is an own property, as with JSON.parse', () => {
  const value = parseStrictJson('{"__proto__":{"polluted":true}}').value as Record<string, unknown>
  expect(Object.keys(value)).toEqual(['__proto__'])
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

test('nesting is bounded', () => {
  expect(() => parseStrictJson('['.repeat(100) + ']'.repeat(100))).toThrow('nesting deeper than 64')
})
