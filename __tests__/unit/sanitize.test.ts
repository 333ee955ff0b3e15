/** The one sanitiser for untrusted text: one line, no workflow command, JSON that reads back the same. */
import fc from 'fast-check'
import { jsonLine, oneLine, safeLines } from '../../src/util/sanitize.js'

const tricky = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '\n',
        '\r',
        '\u2028',
        '\u2029',
        '\u0085',
        ' ',
        '\u00a0',
        '\t',
        '::',
        '##[',
        ':',
        '#',
        '[',
        'x',
        '\u001b'
      )
    )
    .map(parts => parts.join(''))
)

/** The runner's two command syntaxes, read independently of the code under test. */
function opensCommand(line: string): boolean {
  return /^[\s\u0085]*::/.test(line) || line.includes('##[')
}

test('oneLine: a single line that opens no command, for any input', () => {
  fc.assert(
    fc.property(tricky, text => {
      const line = oneLine(text)
      // eslint-disable-next-line no-control-regex -- control characters are what must not pass
      expect(line).not.toMatch(/[\r\n\u2028\u2029\u0085\u0000-\u0008\u000b-\u001f\u007f]/)
      expect(opensCommand(line)).toBe(false)
    }),
    { numRuns: 2000 }
  )
})

test('oneLine keeps ordinary text as is and shows what it escapes', () => {
  expect(oneLine('CN=release, O=Acme: HTTP 403 (denied) ::ok')).toBe(
    'CN=release, O=Acme: HTTP 403 (denied) ::ok'
  )
  expect(oneLine('a\n::error::pwned')).toBe('a\\n::error::pwned')
  expect(oneLine('  ::add-mask::x')).toBe('  \\x3a:add-mask::x')
  expect(oneLine('x ##[error]y')).toBe('x ##\\x5berror]y')
  expect(oneLine('\u001b[31mred\u2028')).toBe('\\x1b[31mred\\u2028')
})

test('safeLines keeps the line breaks Signet meant and defuses each line', () => {
  expect(safeLines('first\r\n::error::second\nthird ##[x]')).toBe(
    'first\n\\x3a:error::second\nthird ##\\x5bx]'
  )
})

test('jsonLine: one line, no command, and the same value read back', () => {
  fc.assert(
    fc.property(fc.jsonValue(), tricky, (value, text) => {
      for (const input of [value, { text }]) {
        const line = jsonLine(input)
        expect(line).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
        expect(opensCommand(line)).toBe(false)
        expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(input)))
      }
    }),
    { numRuns: 1000 }
  )
})
