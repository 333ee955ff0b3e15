/**
 * The tokeniser against BuildKit's own parser tests (frontend/dockerfile/parser at the commit in
 * __tests__/fixtures/buildkit-parser/NOTICE): every testfiles/<case>/Dockerfile dumps exactly to its
 * `result`, every testfiles-negative one is refused, and the heredoc and line-number cases of
 * parser_heredoc_test.go and parser_test.go hold.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  BUILDKIT_COMMIT,
  DockerfileParseError,
  heredocOf,
  onbuildExpression,
  parseDockerfile,
  type Instruction
} from '../../src/gate/buildkit-parser.js'
import { goToLower } from '../../src/gate/go-text.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'buildkit-parser')
const cases = (dir: string): string[] => readdirSync(path.join(FIXTURES, dir)).sort()

/** Go's strconv.Quote: printable runes kept, the rest escaped (\n, \x00, \u00a0 …). */
function goQuote(text: string): string {
  let out = '"'
  for (const ch of text) {
    const code = ch.codePointAt(0) as number
    if (ch === '"' || ch === '\\') out += '\\' + ch
    else if (ch === ' ' || /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch)) out += ch
    else if ('\x07\b\f\n\r\t\v'.includes(ch)) out += '\\' + 'abfnrtv'['\x07\b\f\n\r\t\v'.indexOf(ch)]
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0')
    else if (code < 0x10000) out += '\\u' + code.toString(16).padStart(4, '0')
    else out += '\\U' + code.toString(16).padStart(8, '0')
  }
  return out + '"'
}

/** BuildKit's Node.Dump of one instruction. */
function dump(instruction: Instruction): string {
  let out = goToLower(instruction.keyword)
  if (instruction.flags.length > 0) out += ` [${instruction.flags.map(goQuote).join(' ')}]`
  if (instruction.trigger) out += ` (${dump(instruction.trigger)})`
  for (const arg of instruction.args) out += ` ${goQuote(arg)}`
  return out.trim()
}

test('the fixtures name the commit the tokeniser was ported from', () => {
  expect(readFileSync(path.join(FIXTURES, 'NOTICE'), 'utf8')).toContain(BUILDKIT_COMMIT)
  expect(cases('testfiles').length).toBeGreaterThanOrEqual(30)
})

describe("BuildKit's parser testfiles", () => {
  test.each(cases('testfiles'))('%s reads into exactly its result', name => {
    const dir = path.join(FIXTURES, 'testfiles', name)
    const { instructions } = parseDockerfile(readFileSync(path.join(dir, 'Dockerfile'), 'utf8'))
    const dumped = instructions.map(instruction => `(${dump(instruction)})\n`).join('')
    expect(dumped).toBe(readFileSync(path.join(dir, 'result'), 'utf8'))
  })

  test.each(cases('testfiles-negative'))('%s is refused', name => {
    const text = readFileSync(path.join(FIXTURES, 'testfiles-negative', name, 'Dockerfile'), 'utf8')
    expect(() => parseDockerfile(text)).toThrow(DockerfileParseError)
  })

  test('instructions keep their first and last lines (testfile-line)', () => {
    const { instructions } = parseDockerfile(
      readFileSync(path.join(FIXTURES, 'testfile-line', 'Dockerfile'), 'utf8')
    )
    expect(instructions.map(({ startLine, endLine }) => [startLine, endLine])).toEqual([
      [5, 5],
      [11, 12],
      [17, 31]
    ])
  })

  test('a line longer than 65535 bytes is refused, as bufio.Scanner refuses it', () => {
    expect(() => parseDockerfile(`FROM image\nLABEL test=${'a'.repeat(65536)}\n`)).toThrow(
      'dockerfile line greater than max allowed size of 65535'
    )
    expect(parseDockerfile(`FROM image\nLABEL ${'a'.repeat(65528)}=\n`).instructions).toHaveLength(2)
  })
})

describe('heredocs (parser_heredoc_test.go)', () => {
  const dockerfile = [
    'FROM alpine:3.6',
    'USER <<INVALID',
    'INVALID',
    'RUN <<EMPTY',
    'EMPTY',
    'RUN 3<<EMPTY2',
    'EMPTY2',
    'RUN "<<NOHEREDOC"',
    'RUN <<-UNINDENT2',
    '\tbaz',
    '\tquux',
    '\tUNINDENT2',
    "RUN <<-'NOEXPAND'",
    "\tdon't expand $NAME",
    'NOEXPAND',
    'RUN <<COMMENT',
    '# internal comment',
    'echo foo bar # trailing comment',
    'COMMENT',
    'RUN --mount=type=cache,target=/foo <<MOUNT',
    'echo hello',
    'MOUNT',
    'COPY <<X <<Y /dest',
    'Y',
    'X',
    'X',
    'Y',
    "RUN <<eo'f'",
    'echo foo',
    'eof',
    "RUN <<eo\\'f",
    'echo foo',
    "eo'f",
    "RUN <<'one two'",
    'echo bar',
    'one two',
    'RUN <<$EOF',
    '$EOF',
    'RUN <<  EOF  > foo',
    'EOF',
    'RUN ["<<EOF"]',
    ''
  ].join('\n')

  test('names, contents and the lines they take', () => {
    const { instructions } = parseDockerfile(dockerfile)
    expect(
      instructions.map(({ keyword, startLine, endLine, heredocs }) => [
        keyword,
        startLine,
        endLine,
        heredocs.map(
          ({ name, content, chomp }) => `${name}${chomp ? ' (chomp)' : ''}: ${JSON.stringify(content)}`
        )
      ])
    ).toEqual([
      ['FROM', 1, 1, []],
      ['USER', 2, 2, []],
      ['INVALID', 3, 3, []],
      ['RUN', 4, 5, ['EMPTY: ""']],
      ['RUN', 6, 7, ['EMPTY2: ""']],
      ['RUN', 8, 8, []],
      ['RUN', 9, 12, ['UNINDENT2 (chomp): "\\tbaz\\n\\tquux\\n"']],
      ['RUN', 13, 15, ['NOEXPAND (chomp): "\\tdon\'t expand $NAME\\n"']],
      ['RUN', 16, 19, ['COMMENT: "# internal comment\\necho foo bar # trailing comment\\n"']],
      ['RUN', 20, 22, ['MOUNT: "echo hello\\n"']],
      ['COPY', 23, 27, ['X: "Y\\n"', 'Y: "X\\n"']],
      ['RUN', 28, 30, ['eof: "echo foo\\n"']],
      ['RUN', 31, 33, ['eo\'f: "echo foo\\n"']],
      ['RUN', 34, 36, ['one two: "echo bar\\n"']],
      ['RUN', 37, 38, ['$EOF: ""']],
      ['RUN', 39, 40, ['EOF: ""']],
      ['RUN', 41, 41, []]
    ])
  })

  test.each([
    '<<EOF',
    "<<'EOF'",
    '<<"EOF"',
    '<<-EOF',
    "<<-'EOF'",
    '<<-"EOF"',
    '<<EO"F"',
    '<< EOF',
    '<<- EOF'
  ])('%s opens a heredoc named EOF', word => expect(heredocOf(word)?.name).toBe('EOF'))

  test.each(['', 'EOF', '<<', '<<-', '<EOF', '<<<EOF', '<<EOF sh'])('%j opens none', word =>
    expect(heredocOf(word)).toBeUndefined()
  )

  test.each(["<<'EOF", '<<"EOF', "<<EOF'", '<<EOF"'])('%s is an error', word =>
    expect(() => heredocOf(word)).toThrow()
  )

  test('an unterminated heredoc is refused', () => {
    expect(() => parseDockerfile('FROM a\nRUN <<EOF\necho\n')).toThrow('unterminated heredoc')
  })

  test('an ONBUILD trigger is parsed again from its expression, heredocs appended', () => {
    const { instructions } = parseDockerfile('FROM a\nonbuild  RUN <<EOF\necho hi\nEOF\n')
    expect(onbuildExpression(instructions[1])).toBe('RUN <<EOF\necho hi\nEOF')
  })
})
