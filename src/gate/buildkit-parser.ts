/**
 * BuildKit's Dockerfile parser, ported rule for rule from moby/buildkit frontend/dockerfile/parser
 * (parser.go, line_parsers.go, split_command.go, and directives.go for `# escape`) at BUILDKIT_COMMIT,
 * so the gate splits a Dockerfile into exactly the instructions, flags and arguments BuildKit does:
 * lines split on '\n' only; Unicode spaces trimmed before the keyword; the keyword split from its
 * arguments on any of [ \t\v\f\r]; the escape token continuing a line unless it is itself escaped;
 * comment and blank lines inside a continuation dropped; builder flags read byte by byte (so U+0085 and
 * U+00A0, and bytes 0x85 and 0xA0 inside UTF-8 characters, separate flags as they do in BuildKit);
 * heredocs found with BuildKit's own shell lexer and their lines kept out of the instructions.
 * __tests__/unit/buildkit-parser.test.ts holds it to BuildKit's own testfiles.
 *
 * One thing the port cannot see: bytes that are not UTF-8 reach it already replaced by U+FFFD, while
 * BuildKit reads the raw byte, and a lone 0x85 or 0xA0 is a flag separator to it. A U+FFFD where
 * BuildKit reads flags is therefore refused as uncertain.
 */
import {
  goToLower,
  isGoSpace,
  isGoSpaceByte,
  splitInstructionSpace,
  trimGoSpace,
  trimLeftGoSpace
} from './go-text.js'
import { processWord, ShellSyntaxError } from './buildkit-shell.js'

/** The moby/buildkit commit whose parser this is. */
export const BUILDKIT_COMMIT = '73ed6825c4b7569379ef89df0aedcdbe64473d31'

/**
 * BuildKit refuses the Dockerfile at `line` (1-based), or, when `uncertain`, BuildKit may read it there
 * in a way the port cannot follow.
 */
export class DockerfileParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly uncertain = false
  ) {
    super(message)
  }
}

/** An error of one instruction line, given its line number by the parse loop. */
class LineError extends Error {
  constructor(
    message: string,
    readonly uncertain = false
  ) {
    super(message)
  }
}

export interface Heredoc {
  /** The terminator word, quotes removed. */
  name: string
  /** `<<-`: leading tabs are removed from the terminator line (and the content). */
  chomp: boolean
  /** The lines between the instruction and the terminator, line endings kept. */
  content: string
}

/** One instruction: BuildKit's parser.Node. */
export interface Instruction {
  /** The keyword as written (match it with goToLower). */
  keyword: string
  /** Builder flags (`--name=value`) with quotes and escapes removed; bytes beyond ASCII read as Latin-1. */
  flags: string[]
  /** The arguments as BuildKit's parser for this keyword splits them (quotes kept, except JSON form). */
  args: string[]
  /** ONBUILD's instruction. */
  trigger?: Instruction
  /** Arguments in JSON array form. */
  json: boolean
  /** The logical line: continuations joined, comments dropped. */
  original: string
  /** 1-based first and last line, heredoc lines included. */
  startLine: number
  endLine: number
  heredocs: Heredoc[]
}

export interface ParsedDockerfile {
  instructions: Instruction[]
  /** '\\' or '`' (the `# escape` directive). */
  escapeToken: string
}

/** bufio.Scanner's limit: BuildKit refuses a longer line. */
const MAX_LINE_BYTES = 65535
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/u
const KNOWN_DIRECTIVES = ['syntax', 'escape', 'check']

/** The parser directives at the top of the file, and the escape token they set. */
class Directives {
  escapeToken = '\\'
  continuation = continuationPattern('\\')
  private done = false
  private readonly seen = new Set<string>()

  /** possibleParserDirective: whether `line` (trimmed) is a directive; an escape directive applies at once. */
  directive(line: string): boolean {
    if (this.done) return false
    const match = line.startsWith('#') ? DIRECTIVE.exec(trimLeftGoSpace(line.slice(1))) : null
    const name = match?.[1].toLowerCase()
    if (match === null || name === undefined || !KNOWN_DIRECTIVES.includes(name)) {
      this.done = true
      return false
    }
    if (this.seen.has(name)) throw new LineError(`only one ${name} parser directive can be used`)
    this.seen.add(name)
    if (name === 'escape') {
      if (match[2] !== '`' && match[2] !== '\\') {
        throw new LineError(`invalid escape token '${match[2]}' does not match \` or \\`)
      }
      this.escapeToken = match[2]
      this.continuation = continuationPattern(match[2])
    }
    return true
  }
}

/**
 * BuildKit's lineContinuationRegex: the escape token, then only spaces and tabs, at the end of a line,
 * unless the character before it is the escape token too (`\\` ends no continuation).
 */
function continuationPattern(token: string): RegExp {
  const escaped = token === '\\' ? '\\\\' : token
  return new RegExp(`([^${escaped}])${escaped}[ \\t]*$|^${escaped}[ \\t]*$`, 'u')
}

/** Parses a Dockerfile as BuildKit's parser.Parse does; throws DockerfileParseError where it fails. */
export function parseDockerfile(content: string): ParsedDockerfile {
  const directives = new Directives()
  const lines = content === '' ? [] : content.split(/(?<=\n)/)
  const instructions: Instruction[] = []
  let index = 0
  let currentLine = 0
  const readLine = (): string => {
    const line = lines[index++]
    currentLine++
    if (Buffer.byteLength(line.replace(/\n$/, ''), 'utf8') > MAX_LINE_BYTES) {
      throw new DockerfileParseError(
        `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`,
        currentLine
      )
    }
    return line
  }

  while (index < lines.length) {
    let raw = readLine()
    if (currentLine === 1 && raw.startsWith('\uFEFF')) raw = raw.slice(1)
    const first = processLine(directives, raw, true, currentLine)
    const startLine = currentLine
    let [text, ended] = trimContinuation(first, directives)
    if (ended && text === '') continue
    let line = text
    while (!ended && index < lines.length) {
      const next = readLine()
      const processed = processLine(directives, next, false, currentLine)
      if (isComment(next) || isBlank(processed)) continue
      ;[text, ended] = trimContinuation(processed, directives)
      line += text
    }
    const instruction = atLine(startLine, () => instructionOf(line, directives))
    if (canContainHeredoc(instruction) && line.includes('<<')) {
      for (const heredoc of atLine(startLine, () => heredocsOf(line))) {
        let content = ''
        let terminated = false
        while (index < lines.length) {
          const next = readLine()
          let terminator = next.replace(/[\r\n]+$/, '')
          if (heredoc.chomp) terminator = terminator.replace(/^\t+/, '')
          if (terminator === heredoc.name) {
            terminated = true
            break
          }
          content += next
        }
        if (!terminated) throw new DockerfileParseError('unterminated heredoc', startLine)
        instruction.heredocs.push({ ...heredoc, content })
      }
    }
    instruction.startLine = startLine
    instruction.endLine = currentLine
    instructions.push(instruction)
  }
  if (instructions.length === 0) throw new DockerfileParseError('file with no instructions', currentLine)
  return { instructions, escapeToken: directives.escapeToken }
}

function atLine<T>(line: number, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof LineError) throw new DockerfileParseError(error.message, line, error.uncertain)
    if (error instanceof ShellSyntaxError) throw new DockerfileParseError(error.message, line)
    throw error
  }
}

/** processLine: line ending removed, leading spaces too on an instruction's first line; a comment is ''. */
function processLine(directives: Directives, raw: string, firstLine: boolean, line: number): string {
  let text = raw.replace(/[\r\n]+$/, '')
  if (firstLine) text = trimLeftGoSpace(text)
  atLine(line, () => directives.directive(text))
  return isComment(text) ? '' : text
}

function isComment(line: string): boolean {
  return trimLeftGoSpace(line).startsWith('#')
}

function isBlank(line: string): boolean {
  return trimLeftGoSpace(line.replace(/[\r\n]+$/, '')) === ''
}

/** The line without its continuation token, and whether the instruction ends here. */
function trimContinuation(line: string, directives: Directives): [string, boolean] {
  const match = directives.continuation.exec(line)
  return match === null ? [line, true] : [line.slice(0, match.index) + (match[1] ?? ''), false]
}

function canContainHeredoc(instruction: Instruction): boolean {
  const target =
    goToLower(instruction.keyword) === 'onbuild' && instruction.trigger ? instruction.trigger : instruction
  return ['add', 'copy', 'run'].includes(goToLower(target.keyword)) && !target.json
}

/** newNodeFromLine: the keyword, its flags, and its arguments as the keyword's line parser splits them. */
function instructionOf(line: string, directives: Directives): Instruction {
  const parts = splitInstructionSpace(trimGoSpace(line), 2)
  const { flags, rest } =
    parts.length === 2 ? builderFlags(parts[1], directives.escapeToken) : { flags: [], rest: '' }
  const keyword = goToLower(parts[0])
  // Own keys only: a line starting `__proto__` or `constructor` is an unknown instruction, not a lookup
  // into Object.prototype.
  const parse: LineParser = Object.hasOwn(LINE_PARSERS, keyword)
    ? LINE_PARSERS[keyword]
    : () => ({ args: [''] })
  const parsed = parse(trimGoSpace(rest), directives)
  return {
    keyword: parts[0],
    flags,
    args: parsed.args,
    ...(parsed.trigger ? { trigger: parsed.trigger } : {}),
    json: parsed.json ?? false,
    original: line,
    startLine: 0,
    endLine: 0,
    heredocs: []
  }
}

interface Parsed {
  args: string[]
  json?: boolean
  trigger?: Instruction
}
type LineParser = (rest: string, directives: Directives) => Parsed

const LINE_PARSERS: Record<string, LineParser> = {
  add: rest => maybeJsonToList(rest),
  arg: (rest, directives) => ({ args: words(rest, directives.escapeToken) }),
  cmd: rest => maybeJson(rest),
  copy: rest => maybeJsonToList(rest),
  entrypoint: rest => maybeJson(rest),
  env: (rest, directives) => nameValues(rest, 'ENV', directives.escapeToken),
  expose: rest => whitespaceDelimited(rest),
  from: rest => whitespaceDelimited(rest),
  healthcheck: rest => healthConfig(rest),
  label: (rest, directives) => nameValues(rest, 'LABEL', directives.escapeToken),
  maintainer: rest => ({ args: rest === '' ? [] : [rest] }),
  onbuild: (rest, directives) =>
    rest === '' ? { args: [] } : { args: [], trigger: instructionOf(rest, directives) },
  run: rest => maybeJson(rest),
  shell: rest => maybeJson(rest),
  stopsignal: rest => ({ args: rest === '' ? [] : [rest] }),
  user: rest => ({ args: rest === '' ? [] : [rest] }),
  volume: rest => maybeJsonToList(rest),
  workdir: rest => ({ args: rest === '' ? [] : [rest] })
}

/**
 * extractBuilderFlags, byte by byte as BuildKit reads it: leading `--` words, quotes and the escape token
 * removed, each byte kept as the Latin-1 character of its value; the rest from the first other word.
 */
function builderFlags(text: string, escapeToken: string): { flags: string[]; rest: string } {
  const bytes = Buffer.from(text, 'utf8')
  const replaced = replacementBytes(bytes)
  const escape = escapeToken.charCodeAt(0)
  const flags: string[] = []
  let phase: 'spaces' | 'word' | 'quote' = 'spaces'
  let word = ''
  let quote = 0
  let blankOk = false
  let ch = 0
  // A byte BuildKit may take for a space (0x85, 0xA0) that reached us as U+FFFD: refuse, do not guess.
  const spaceTest = (position: number): number => {
    if (replaced[position]) {
      throw new LineError(
        'a byte that is not UTF-8 sits where BuildKit reads flags (it may read it as a space)',
        true
      )
    }
    return bytes[position]
  }
  for (let pos = 0; pos <= bytes.length; pos++) {
    if (pos !== bytes.length) ch = phase === 'quote' ? bytes[pos] : spaceTest(pos)
    if (phase === 'spaces') {
      if (pos === bytes.length) break
      if (isGoSpaceByte(ch)) continue
      if (ch !== 0x2d || pos + 1 === bytes.length || bytes[pos + 1] !== 0x2d) {
        return { flags, rest: bytes.subarray(pos).toString('utf8') }
      }
      phase = 'word'
    }
    if (pos === bytes.length) {
      if (word !== '--' && (blankOk || word.length > 0)) flags.push(word)
      break
    }
    if (phase === 'word') {
      if (isGoSpaceByte(ch)) {
        phase = 'spaces'
        if (word === '--') return { flags, rest: bytes.subarray(pos).toString('utf8') }
        if (blankOk || word.length > 0) flags.push(word)
        word = ''
        blankOk = false
        continue
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch
        blankOk = true
        phase = 'quote'
        continue
      }
      if (ch === escape) {
        if (pos + 1 === bytes.length) continue
        ch = bytes[++pos]
      }
      word += String.fromCharCode(ch)
      continue
    }
    if (ch === quote) {
      phase = 'word'
      continue
    }
    if (ch === escape) {
      if (pos + 1 === bytes.length) {
        phase = 'word'
        continue
      }
      ch = bytes[++pos]
    }
    word += String.fromCharCode(ch)
  }
  return { flags, rest: '' }
}

/** Which bytes belong to a U+FFFD (EF BF BD): in text from a UTF-8 decoder, a byte it could not read. */
function replacementBytes(bytes: Buffer): boolean[] {
  const marks = new Array<boolean>(bytes.length).fill(false)
  for (let at = bytes.indexOf('\uFFFD'); at !== -1; at = bytes.indexOf('\uFFFD', at + 3)) {
    marks[at] = marks[at + 1] = marks[at + 2] = true
  }
  return marks
}

/** parseWords: words split on Unicode spaces; quotes and escapes kept in the word. */
function words(rest: string, escapeToken: string): string[] {
  const runes = Array.from(rest)
  const found: string[] = []
  let phase: 'spaces' | 'word' | 'quote' = 'spaces'
  let quote = ''
  let blankOk = false
  let word = ''
  let ch = ''
  for (let pos = 0; pos <= runes.length; pos++) {
    if (pos !== runes.length) ch = runes[pos]
    if (phase === 'spaces') {
      if (pos === runes.length) break
      if (isGoSpace(ch)) continue
      phase = 'word'
    }
    if (pos === runes.length) {
      if (blankOk || word.length > 0) found.push(word)
      break
    }
    if (phase === 'word') {
      if (isGoSpace(ch)) {
        phase = 'spaces'
        if (blankOk || word.length > 0) found.push(word)
        word = ''
        blankOk = false
        continue
      }
      if (ch === "'" || ch === '"') {
        quote = ch
        blankOk = true
        phase = 'quote'
      }
      if (ch === escapeToken) {
        if (pos + 1 === runes.length) continue
        word += ch
        ch = runes[++pos]
      }
      word += ch
      continue
    }
    if (ch === quote) phase = 'word'
    if (ch === escapeToken && quote !== "'") {
      if (pos + 1 === runes.length) {
        phase = 'word'
        continue
      }
      word += ch
      ch = runes[++pos]
    }
    word += ch
  }
  return found
}

/** parseNameVal (ENV, LABEL): `name value` (old form) or `name=value …`; each pair as name, value, separator. */
function nameValues(rest: string, keyword: string, escapeToken: string): Parsed {
  const found = words(rest, escapeToken)
  if (found.length === 0) return { args: [] }
  if (!found[0].includes('=')) {
    const parts = splitInstructionSpace(rest, 2)
    if (parts.length < 2) throw new LineError(`${keyword} must have two arguments`)
    return { args: [parts[0], parts[1], ''] }
  }
  return {
    args: found.flatMap(word => {
      const equals = word.indexOf('=')
      if (equals === -1) {
        throw new LineError(`Syntax error - can't find = in "${word}". Must be of the form: name=value`)
      }
      return [word.slice(0, equals), word.slice(equals + 1), '=']
    })
  }
}

function whitespaceDelimited(rest: string): Parsed {
  return { args: rest === '' ? [] : splitInstructionSpace(rest, -1) }
}

const NOT_JSON = Symbol('not a JSON array')

/** parseJSON: a JSON array of strings, as Go's encoding/json reads it. */
function jsonArray(rest: string): string[] | typeof NOT_JSON {
  const text = trimLeftGoSpace(rest)
  if (!text.startsWith('[')) return NOT_JSON
  let overflow = false
  let value: unknown
  try {
    value = JSON.parse(text, (_key, item: unknown) => {
      if (typeof item === 'number' && !Number.isFinite(item)) overflow = true
      return item
    })
  } catch {
    return NOT_JSON
  }
  // Go refuses a number beyond float64 as an unmarshal error, which BuildKit reads as "not JSON".
  if (overflow || !Array.isArray(value)) return NOT_JSON
  if (!value.every(item => typeof item === 'string')) {
    throw new LineError('when using JSON array syntax, arrays must be comprised of strings only')
  }
  return value as string[]
}

function maybeJson(rest: string): Parsed {
  if (rest === '') return { args: [] }
  const json = jsonArray(rest)
  return json === NOT_JSON ? { args: [rest] } : { args: json, json: true }
}

function maybeJsonToList(rest: string): Parsed {
  const json = jsonArray(rest)
  return json === NOT_JSON ? whitespaceDelimited(rest) : { args: json, json: true }
}

/** parseHealthConfig: a type word (split byte by byte, as BuildKit does), then a command. */
function healthConfig(rest: string): Parsed {
  const bytes = Buffer.from(rest, 'utf8')
  let separator = 0
  while (separator < bytes.length && !isGoSpaceByte(bytes[separator])) separator++
  let next = separator
  while (next < bytes.length && isGoSpaceByte(bytes[next])) next++
  if (separator === 0) return { args: [] }
  const command = maybeJson(bytes.subarray(next).toString('utf8'))
  return { args: [bytes.subarray(0, separator).toString('utf8'), ...command.args], json: command.json }
}

const HEREDOC = /^([0-9]*)<<(-?)[\t\n\f\r ]*([^<]*)$/u
const NO_ENV = (): undefined => undefined

/** heredocsFromLine: each word of the line (BuildKit's lexer, errors ignored as BuildKit does) that opens one. */
function heredocsOf(line: string): Omit<Heredoc, 'content'>[] {
  let lineWords: string[]
  try {
    lineWords = processWord(line, NO_ENV, {
      escapeToken: '\\',
      rawQuotes: true,
      rawEscapes: true,
      skipUnsetEnv: true
    }).words
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error
    lineWords = []
  }
  return lineWords.flatMap(word => {
    const heredoc = heredocOf(word)
    return heredoc === undefined ? [] : [heredoc]
  })
}

/** ParseHeredoc: `[n]<<[-]WORD` where WORD lexes to exactly one word. */
export function heredocOf(word: string): Omit<Heredoc, 'content'> | undefined {
  const match = HEREDOC.exec(word)
  if (match === null || match[3] === '') return undefined
  const options = { escapeToken: '\\', skipUnsetEnv: true }
  const names = processWord(match[3], NO_ENV, options).words
  if (names.length !== 1) return undefined
  if (processWord(match[3], NO_ENV, { ...options, rawQuotes: true }).words.length !== 1) {
    throw new LineError(`internal lexing of heredoc produced inconsistent results: ${match[3]}`)
  }
  return { name: names[0], chomp: match[2] === '-' }
}

/** The text a build parses again for an ONBUILD trigger: BuildKit's OnbuildCommand.Expression. */
export function onbuildExpression(instruction: Instruction): string {
  let expression = instruction.original.replace(/^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i, '')
  for (const heredoc of instruction.heredocs) expression += `\n${heredoc.content}${heredoc.name}`
  return expression
}
