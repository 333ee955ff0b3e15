/**
 * The shell lexer against BuildKit's own lexer tests (frontend/dockerfile/shell at the commit in
 * __tests__/fixtures/buildkit-shell/NOTICE): envVarTest (ProcessWord) and wordsTest (ProcessWords) line
 * by line, and the substitution cases of lex_test.go's TestProcessWithMatches.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { processWord } from '../../src/gate/buildkit-shell.js'
import { trimGoSpace } from '../../src/gate/go-text.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'buildkit-shell')
const lines = (name: string): string[] => readFileSync(path.join(FIXTURES, name), 'utf8').split('\n')
const envOf =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    Object.hasOwn(values, name) ? values[name] : undefined

/** What ProcessWord gives, or 'error'. */
function word(text: string, values: Record<string, string>): string {
  try {
    return processWord(text, envOf(values), { escapeToken: '\\' }).result
  } catch {
    return 'error'
  }
}

describe('envVarTest: ProcessWord, Unix and all-platform lines', () => {
  const env = { PWD: '/home', SHELL: 'bash', KOREAN: '한국어', NULL: '' }
  const cases = lines('envVarTest')
    .filter(line => !line.startsWith('#') && trimGoSpace(line) !== '')
    .map(line => trimGoSpace(line).split('|').map(trimGoSpace))
    .filter(([platform]) => platform === 'A' || platform === 'U')
    .map(([, source, expected]) => [source, expected])

  test('the file is read', () => expect(cases.length).toBeGreaterThan(200))
  test.each(cases)('%s → %s', (source, expected) => expect(word(source, env)).toBe(expected))
})

describe('wordsTest: ProcessWords', () => {
  const cases: [string, string[], string[]][] = []
  const env: string[] = []
  for (const line of lines('wordsTest')) {
    if (line.startsWith('#') || line === '') continue
    if (line.startsWith('ENV ')) {
      env.push(line.slice(3).replace(/^ +/, ''))
      continue
    }
    const [source, expected] = line.split('|')
    cases.push([trimGoSpace(source), expected.replace(/^ +/, '').split(','), [...env]])
  }

  test('the file is read', () => expect(cases.length).toBeGreaterThan(20))
  test.each(cases)('%j → %j', (source, expected, assignments) => {
    const values = Object.fromEntries(
      assignments.map(a => [a.split('=')[0], a.split('=').slice(1).join('=')])
    )
    let words: string[]
    try {
      words = processWord(source, envOf(values), { escapeToken: '\\' }).words
    } catch {
      words = ['error']
    }
    expect(words).toEqual(expected)
  })
})

describe('substitutions (TestProcessWithMatches)', () => {
  test.each<[string, Record<string, string>, string]>([
    ['${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}', { FOO: 'xxx', BAR: '' }, 'xxx  ccc'],
    ['${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}', { FOO: 'xxx', BAR: '' }, 'xxx bbb ccc'],
    ['${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}', { FOO: 'xxx', BAR: '' }, 'aaa bbb '],
    ['${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}', { FOO: 'xxx', BAR: '' }, 'aaa  '],
    ['${FOO?aaa}', { FOO: 'xxx' }, 'xxx'],
    ['${BAR?bbb}', { BAR: '' }, ''],
    ['${BAZ?ccc}', {}, 'error'],
    ['${BAR:?bbb}', { BAR: '' }, 'error'],
    ['${FOO=aaa}', { FOO: 'xxx' }, 'error'],
    ['${FOO#()[]{\\}^$.\\*\\?|\\\\}', { FOO: '()[]{}^$.*?|\\x' }, 'x'],
    ['${FOO%%\\**}', { FOO: 'xx**' }, 'xx'],
    ['${FOO#*x*y}', { FOO: 'xxyy' }, 'y'],
    ['${FOO#*}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO#$BAR}', { FOO: 'xxyy', BAR: 'x' }, 'xyy'],
    ['${FOO##*x}', { FOO: 'xxyy' }, 'yy'],
    ['${FOO#?\\?}', { FOO: '???y' }, '?y'],
    ['${ABC:-.}${FOO%x}${ABC:-.}', { FOO: 'xxyy' }, '.xxyy.'],
    ['${FOO%%\\**\\*}', { FOO: 'a***yy*' }, 'a'],
    ['${FOO:#}', {}, 'error'],
    ['${FOO:%%}', {}, 'error'],
    [
      '${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}',
      { FOO: '/foo*/*/*.txt', NEEDLE: '\\*/' },
      '/foo.*/*.txt - /foo..*.txt'
    ],
    [
      '${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}',
      { FOO: '/tmp/tmp/bar.txt', NEEDLE: '/tmp' },
      '/tmp/bar.txt - /bar.txt'
    ],
    [
      '${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}',
      { FOO: '/a/foo/b/c.txt', NEEDLE: '/?/', REPLACEMENT: '/' },
      '/foo/b/c.txt - /foo/c.txt'
    ],
    ['${FOO//\\//\\/}', { FOO: '/tmp/foo.txt' }, '\\/tmp\\/foo.txt'],
    ['${FOO/$BAR/ww}', { FOO: 'xxyy', BAR: '' }, 'wwxxyy'],
    ['${FOO//ww}', { FOO: 'xxyy' }, 'error'],
    ['${FOO///}', { FOO: 'xxyy' }, 'xxyy'],
    // Go's ReplaceAll: no replacement for an empty match right after a match (JavaScript's gives '--')…
    ['${FOO//*/-}', { FOO: 'baaac' }, '-'],
    // …and its template keeps '$&' (JavaScript's would insert the match); '$$' is a special parameter.
    ['${FOO//a/\\$&}', { FOO: 'bab' }, 'b\\$&b'],
    ['${FOO//a/$$}', { FOO: 'bab' }, 'bb']
  ])('%s', (source, values, expected) => expect(word(source, values)).toBe(expected))

  test('names looked up, and names whose missing value was used, are reported', () => {
    const result = processWord('${A}${B:-x}$C${D#y}', envOf({ A: '1' }), { escapeToken: '\\' })
    expect([...result.matched]).toEqual(['A'])
    expect([...result.unsetUsed].sort()).toEqual(['C', 'D'])
  })

  test('a leading U+FEFF is skipped, as Go’s text/scanner skips it', () => {
    expect(word('\uFEFFalpine', {})).toBe('alpine')
    expect(word('a\uFEFF', {})).toBe('a\uFEFF')
  })

  test('a nested ${…} empties the word being built, as BuildKit’s shared buffer does', () => {
    const words = (text: string) =>
      processWord(text, envOf({}), {
        escapeToken: '\\',
        skipUnsetEnv: true,
        rawQuotes: true,
        rawEscapes: true
      }).words
    expect(words('RUN <<${X:-y}EOF')).toEqual(['RUN', '${X:-y}EOF'])
  })
})
