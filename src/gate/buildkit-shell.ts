/**
 * BuildKit's shell lexer (frontend/dockerfile/shell/lex.go), ported rule for rule: quotes, the escape
 * token, `$NAME`, `${NAME}` and its modifiers (`:-` `-` `:+` `+` `:?` `?` `#` `##` `%` `%%` `/` `//`),
 * `<<` kept whole for heredocs, and word splitting. BuildKit runs it on FROM images and ARG defaults
 * (what a build pulls) and on an instruction line to find its heredocs (which lines are no
 * instructions), so the gate must reach BuildKit's result exactly, its quirks included: a nested
 * `${…}` empties the word being built (one words buffer is shared), and a leading U+FEFF is dropped
 * (Go's text/scanner skips it).
 */
import { isGoDigit, isGoLetter, isGoSpace } from './go-text.js'

/** A syntax error BuildKit's lexer reports (an unterminated quote, a bad substitution). */
export class ShellSyntaxError extends Error {}

export interface LexOptions {
  /** The Dockerfile's escape token: '\\' or '`'. */
  escapeToken: string
  /** Keep quotes in the result. */
  rawQuotes?: boolean
  /** Keep escape tokens in the result. */
  rawEscapes?: boolean
  /** Leave a variable with no value as written (`$X`, `${X:-y}`) instead of expanding it to ''. */
  skipUnsetEnv?: boolean
}

export interface LexResult {
  /** ProcessWord's result: the whole text expanded. */
  result: string
  /** ProcessWords' result: the expanded text split into words. */
  words: string[]
  /** Names looked up and found. */
  matched: Set<string>
  /** Names whose missing value went into the result ($X, ${X}, ${X#…}, ${X%…}, ${X/…}). */
  unsetUsed: Set<string>
}

/** ProcessWord / ProcessWords with `env` (name → value; a missing name is unset). Throws ShellSyntaxError. */
export function processWord(
  word: string,
  env: (name: string) => string | undefined,
  options: LexOptions
): LexResult {
  const lexer = new ShellWord(word, env, options)
  const { result, words } = lexer.processStopOn(undefined, options.rawEscapes ?? false)
  return { result, words, matched: lexer.matched, unsetUsed: lexer.unsetUsed }
}

/** Go's text/scanner over a string: runes, undefined at the end, a U+FEFF at the very start skipped. */
class RuneScanner {
  private readonly runes: string[]
  private position = 0
  constructor(text: string) {
    this.runes = Array.from(text)
    if (this.runes[0] === '\uFEFF') this.position = 1
  }
  peek(): string | undefined {
    return this.runes[this.position]
  }
  next(): string | undefined {
    const ch = this.runes[this.position]
    if (ch !== undefined) this.position++
    return ch
  }
}

/** The words being built; `buffer` is shared by every nested processStopOn, as BuildKit's is. */
class Words {
  readonly words: string[] = []
  private inWord = false
  constructor(private readonly buffer: { text: string }) {}

  addChar(ch: string): void {
    if (isGoSpace(ch) && this.inWord) {
      if (this.buffer.text.length !== 0) {
        this.words.push(this.buffer.text)
        this.buffer.text = ''
        this.inWord = false
      }
    } else if (!isGoSpace(ch)) {
      this.addRawChar(ch)
    }
  }
  addRawChar(ch: string): void {
    this.buffer.text += ch
    this.inWord = true
  }
  addString(text: string): void {
    for (const ch of text) this.addChar(ch)
  }
  addRawString(text: string): void {
    this.buffer.text += text
    this.inWord = true
  }
  getWords(): string[] {
    if (this.buffer.text.length > 0) {
      this.words.push(this.buffer.text)
      this.buffer.text = ''
      this.inWord = false
    }
    return this.words
  }
}

const SPECIAL_PARAMETERS = new Set(['@', '*', '#', '?', '-', '$', '!', '0'])

class ShellWord {
  readonly matched = new Set<string>()
  readonly unsetUsed = new Set<string>()
  private readonly scanner: RuneScanner
  private readonly wordsBuffer = { text: '' }
  private rawEscapes: boolean

  constructor(
    word: string,
    private readonly env: (name: string) => string | undefined,
    private readonly options: LexOptions
  ) {
    this.scanner = new RuneScanner(word)
    this.rawEscapes = options.rawEscapes ?? false
  }

  processStopOn(stopChar: string | undefined, rawEscapes: boolean): { result: string; words: string[] } {
    let result = ''
    this.wordsBuffer.text = ''
    const words = new Words(this.wordsBuffer)
    const restore = rawEscapes !== this.rawEscapes
    if (restore) this.rawEscapes = rawEscapes
    try {
      for (let ch = this.scanner.peek(); ch !== undefined; ch = this.scanner.peek()) {
        if (stopChar !== undefined && ch === stopChar) {
          this.scanner.next()
          return { result, words: words.getWords() }
        }
        const special = this.special(ch)
        if (special !== undefined) {
          const text = special()
          result += text
          if (ch === '$') words.addString(text)
          else words.addRawString(text)
          continue
        }
        let next = this.scanner.next() as string
        if (next === this.options.escapeToken) {
          if (this.rawEscapes) {
            words.addRawChar(next)
            result += next
          }
          const escaped = this.scanner.next()
          if (escaped === undefined) break
          next = escaped
          words.addRawChar(next)
        } else {
          words.addChar(next)
        }
        result += next
      }
      if (stopChar !== undefined) {
        throw new ShellSyntaxError(`unexpected end of statement while looking for matching ${stopChar}`)
      }
      return { result, words: words.getWords() }
    } finally {
      // BuildKit's deferred restore sets the opposite of the requested mode, which is the previous one.
      if (restore) this.rawEscapes = !rawEscapes
    }
  }

  private special(ch: string): (() => string) | undefined {
    if (ch === '$') return () => this.processDollar()
    if (ch === '<') return () => this.processPossibleHeredoc()
    if (ch === "'") return () => this.processSingleQuote()
    if (ch === '"') return () => this.processDoubleQuote()
    return undefined
  }

  private processSingleQuote(): string {
    let result = ''
    const open = this.scanner.next() as string
    if (this.options.rawQuotes) result += open
    for (;;) {
      const ch = this.scanner.next()
      if (ch === undefined) {
        throw new ShellSyntaxError('unexpected end of statement while looking for matching single-quote')
      }
      if (ch === "'") {
        if (this.options.rawQuotes) result += ch
        return result
      }
      result += ch
    }
  }

  private processDoubleQuote(): string {
    let result = ''
    const open = this.scanner.next() as string
    if (this.options.rawQuotes) result += open
    for (;;) {
      const peeked = this.scanner.peek()
      if (peeked === undefined) {
        throw new ShellSyntaxError('unexpected end of statement while looking for matching double-quote')
      }
      if (peeked === '"') {
        this.scanner.next()
        if (this.options.rawQuotes) result += peeked
        return result
      }
      if (peeked === '$') {
        result += this.processDollar()
        continue
      }
      let ch = this.scanner.next() as string
      if (ch === this.options.escapeToken) {
        if (this.rawEscapes) result += ch
        const escaped = this.scanner.peek()
        if (escaped === undefined) continue // an escape at the end: the loop then reports the open quote
        if (escaped === '"' || escaped === '$' || escaped === this.options.escapeToken) {
          ch = this.scanner.next() as string
        }
      }
      result += ch
    }
  }

  private processDollar(): string {
    this.scanner.next()
    if (this.scanner.peek() !== '{') {
      const name = this.processName()
      if (name === '') return '$'
      const value = this.lookUp(name)
      if (value === undefined) {
        if (this.options.skipUnsetEnv) return '$' + name
        this.unsetUsed.add(name)
      }
      return value ?? ''
    }
    this.scanner.next()
    const first = this.scanner.peek()
    if (first === undefined) throw new ShellSyntaxError("syntax error: missing '}'")
    if (first === '{' || first === '}' || first === ':')
      throw new ShellSyntaxError('syntax error: bad substitution')
    const name = this.processName()
    // Go's string(rune(-1)) at the end of input.
    let ch = this.scanner.next() ?? '\uFFFD'
    let modifier = ch
    if (ch === '}') {
      const value = this.lookUp(name)
      if (value === undefined) {
        if (this.options.skipUnsetEnv) return `\${${name}}`
        this.unsetUsed.add(name)
      }
      return value ?? ''
    }
    if (ch === '/') return this.substitute(name)
    let nullIsUnset = false
    if (ch === ':') {
      nullIsUnset = true
      ch = this.scanner.next() ?? '\uFFFD'
      modifier += ch
    } else if (!['+', '-', '?', '#', '%'].includes(ch)) {
      throw new ShellSyntaxError(`unsupported modifier (${modifier}) in substitution`)
    }
    const trims = ch === '#' || ch === '%'
    if (nullIsUnset && trims) throw new ShellSyntaxError(`unsupported modifier (${modifier}) in substitution`)
    let word = this.wordUpTo('}', trims, "syntax error: missing '}'")
    const value = this.lookUp(name)
    if (this.options.skipUnsetEnv && value === undefined) return `\${${name}${modifier}${word}}`
    const empty = value === undefined || (nullIsUnset && value === '')
    switch (ch) {
      case '-':
        return empty ? word : (value as string)
      case '+':
        return empty ? '' : word
      case '?':
        if (value === undefined)
          throw new ShellSyntaxError(`${name}: ${word || 'is not allowed to be unset'}`)
        if (empty) throw new ShellSyntaxError(`${name}: ${word || 'is not allowed to be empty'}`)
        return value
      case '%':
      case '#': {
        if (value === undefined) this.unsetUsed.add(name)
        const greedy = word.startsWith(ch)
        if (greedy) word = word.slice(1)
        return ch === '%' ? trimSuffix(word, value ?? '', greedy) : trimPrefix(word, value ?? '', greedy)
      }
      default:
        throw new ShellSyntaxError(`unsupported modifier (${modifier}) in substitution`)
    }
  }

  /** `${NAME/pattern/replacement}` and `${NAME//pattern/replacement}`. */
  private substitute(name: string): string {
    const replaceAll = this.scanner.peek() === '/'
    if (replaceAll) this.scanner.next()
    const pattern = this.wordUpTo('/', true, "syntax error: missing '/' in ${}")
    const replacement = this.wordUpTo('}', true, "syntax error: missing '}'")
    const value = this.lookUp(name)
    if (this.options.skipUnsetEnv && value === undefined) return `\${${name}/${pattern}/${replacement}}`
    if (value === undefined) this.unsetUsed.add(name)
    const regex = shellPatternToRegex(pattern, true, false)
    if (replaceAll) return goReplaceAll(regex, value ?? '', goExpandTemplate(replacement))
    const match = new RegExp(regex.source, 'u').exec(value ?? '')
    if (match === null) return value ?? ''
    const text = value as string
    return text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length)
  }

  /** A nested word up to `stop`; BuildKit names a missing stop with `missing` when the input ended. */
  private wordUpTo(stop: string, rawEscapes: boolean, missing: string): string {
    try {
      return this.processStopOn(stop, rawEscapes).result
    } catch (error) {
      if (this.scanner.peek() === undefined) throw new ShellSyntaxError(missing)
      throw error
    }
  }

  private processName(): string {
    let name = ''
    for (let ch = this.scanner.peek(); ch !== undefined; ch = this.scanner.peek()) {
      if (name === '' && isGoDigit(ch)) {
        for (
          let digit = this.scanner.peek();
          digit !== undefined && isGoDigit(digit);
          digit = this.scanner.peek()
        ) {
          name += this.scanner.next()
        }
        return name
      }
      if (name === '' && SPECIAL_PARAMETERS.has(ch)) return this.scanner.next() as string
      if (!isGoLetter(ch) && !isGoDigit(ch) && ch !== '_') break
      name += this.scanner.next()
    }
    return name
  }

  private processPossibleHeredoc(): string {
    this.scanner.next()
    if (this.scanner.peek() !== '<') return '<'
    this.scanner.next()
    let space = ''
    for (let ch = this.scanner.peek(); ch === '\t' || ch === '\r' || ch === ' '; ch = this.scanner.peek()) {
      space += this.scanner.next()
    }
    return '<<' + space
  }

  private lookUp(name: string): string | undefined {
    const value = this.env(name)
    if (value !== undefined) this.matched.add(name)
    return value
  }
}

/**
 * convertShellPatternToRegex: `*` any run (shortest unless greedy), `?` one character, `\` escapes
 * `*`, `?` and `\` (and is dropped before `}` and `/`); everything else literal. Go's `.` matches any
 * rune but '\n', hence `[^\n]` with the `u` flag.
 */
function shellPatternToRegex(pattern: string, greedy: boolean, anchored: boolean): RegExp {
  const scanner = new RuneScanner(pattern)
  let out = anchored ? '^' : ''
  for (let token = scanner.next(); token !== undefined; token = scanner.next()) {
    if (token === '*') {
      out += greedy ? '[^\\n]*' : '[^\\n]*?'
      continue
    }
    if (token === '?') {
      out += '[^\\n]'
      continue
    }
    if (token === '\\') {
      const peeked = scanner.peek()
      if (peeked === '}' || peeked === '/') continue
      const escaped = scanner.next()
      if (escaped !== '*' && escaped !== '?' && escaped !== '\\') {
        throw new ShellSyntaxError(`invalid pattern (${pattern}) in substitution: invalid escape`)
      }
      out += '\\' + escaped
      continue
    }
    out += '[]{}.+()|^$'.includes(token) ? '\\' + token : token
  }
  return new RegExp(out, 'u')
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const match = shellPatternToRegex(pattern, greedy, true).exec(value)
  return match === null ? value : value.slice(match[0].length)
}

/** Shortest or longest suffix: both strings reversed (escapes kept in front of what they escape). */
function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  const reversed = trimPrefix(reversePattern(pattern), Array.from(value).reverse().join(''), greedy)
  return Array.from(reversed).reverse().join('')
}

function reversePattern(pattern: string): string {
  const runes = Array.from(pattern)
  const out: string[] = new Array<string>(runes.length)
  const last = runes.length - 1
  for (let i = 0; i <= last;) {
    if (runes[i] === '\\' && i !== last) {
      out[last - i - 1] = runes[i]
      out[last - i] = runes[i + 1]
      i += 2
    } else {
      out[last - i] = runes[i]
      i++
    }
  }
  return out.join('')
}

/**
 * Go's Regexp.ReplaceAllString: an empty match right after a match is not replaced, and the search
 * always moves on by at least one rune (JavaScript's replace differs on both).
 */
function goReplaceAll(regex: RegExp, text: string, replacement: string): string {
  const searcher = new RegExp(regex.source, 'gu')
  let out = ''
  let lastMatchEnd = 0
  let searchPos = 0
  while (searchPos <= text.length) {
    searcher.lastIndex = searchPos
    const match = searcher.exec(text)
    if (match === null) break
    const start = match.index
    const end = start + match[0].length
    out += text.slice(lastMatchEnd, start)
    if (end > lastMatchEnd || start === 0) out += replacement
    lastMatchEnd = end
    const width = searchPos < text.length ? ((text.codePointAt(searchPos) as number) > 0xffff ? 2 : 1) : 0
    if (searchPos + width > end) searchPos += width
    else if (searchPos + 1 > end) searchPos++
    else searchPos = end
  }
  return out + text.slice(lastMatchEnd)
}

/**
 * A ReplaceAllString template without capture groups (the pattern has none): `$$` is '$', a `$name`
 * or `${name}` is '' (no such group), any other '$' is literal.
 */
function goExpandTemplate(template: string): string {
  return template.replace(/\$(\$|\{[\p{L}\p{Nd}_]+\}|[\p{L}\p{Nd}_]+)?/gu, (_whole, reference?: string) =>
    reference === undefined ? '$' : reference === '$' ? '$' : ''
  )
}
