/**
 * The parts of a Dockerfile that make BuildKit pull an image but that dockerfile-ast reads differently
 * from BuildKit: the `syntax` parser directive (the frontend image), builder flags (`--mount`, `--from`,
 * with `=` or a space, quotes and continuations) and the CSV fields of `--mount`. Each function follows
 * BuildKit's own reading (frontend/dockerfile/parser: directives.go, split_command.go, parser.go;
 * instructions/commands_runmount.go) so the gate sees the image BuildKit would pull, not another one.
 */

/** The `BUILDKIT_SYNTAX` build-arg: when set, BuildKit runs this frontend image instead of the directive's. */
export const SYNTAX_BUILD_ARG = 'BUILDKIT_SYNTAX'

export interface SyntaxDirective {
  /** The frontend image (the value's first word). */
  image: string
  /** 1-based line. */
  line: number
}

const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/
const KNOWN_DIRECTIVES = ['syntax', 'escape', 'check']

/**
 * The frontend image BuildKit's DetectSyntax finds: `# syntax=` directives at the top (after a BOM and
 * a `#!` line), else `// syntax=` ones, else a whole-file JSON object's "syntax" member. The directive
 * block ends at the first line that is not a known directive, blank lines included.
 */
export function syntaxDirective(content: string): SyntaxDirective | undefined {
  let text = content.startsWith('\uFEFF') ? content.slice(1) : content
  let offset = 0
  const firstBreak = text.indexOf('\n')
  if (text.startsWith('#!')) {
    text = firstBreak === -1 ? '' : text.slice(firstBreak + 1)
    offset = 1
  }
  for (const comment of ['#', '//']) {
    const found = directiveWithPrefix(text, comment)
    if (found !== undefined) return { image: found.value.split(' ')[0], line: found.line + offset }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  // Go's encoding/json matches object keys case-insensitively; a JSON file is never a real Dockerfile,
  // so any key spelled like "syntax" counts.
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined
  const key = Object.keys(json).find(name => name.toLowerCase() === 'syntax')
  const value = key === undefined ? undefined : (json as Record<string, unknown>)[key]
  return typeof value === 'string' ? { image: value, line: offset + 1 } : undefined
}

function directiveWithPrefix(text: string, comment: string): { value: string; line: number } | undefined {
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].replace(/\r$/, '')
    if (!line.startsWith(comment)) return undefined
    const match = DIRECTIVE.exec(line.slice(comment.length).trimStart())
    if (match === null) return undefined
    const name = match[1].toLowerCase()
    if (!KNOWN_DIRECTIVES.includes(name)) return undefined
    if (name === 'syntax') return { value: match[2], line: index + 1 }
  }
  return undefined
}

/**
 * The logical line of the instruction starting on 0-based `startLine`, as BuildKit joins it: leading
 * whitespace trimmed, a trailing escape character continues onto the next line (joined without a
 * space), comment lines and blank lines inside a continuation are dropped.
 */
export function logicalLine(lines: string[], startLine: number, escapeChar: string): string {
  const continuation = new RegExp(`${escapeRegExp(escapeChar)}[ \\t]*$`)
  let joined = ''
  for (let index = startLine; index < lines.length; index++) {
    const raw = lines[index].replace(/\r$/, '').trimStart()
    if (index > startLine && (raw.startsWith('#') || raw.trim() === '')) continue
    const continues = continuation.test(raw)
    joined += continues ? raw.replace(continuation, '') : raw
    if (!continues) break
  }
  return joined
}

/** `keyword`, its builder flags (`name=value` words, quotes removed) and the rest of a logical line. */
export function splitInstruction(line: string): { keyword: string; flags: string[]; rest: string } {
  const [keyword, args = ''] = line.trim().split(/[ \t]+(.*)/s)
  const { flags, rest } = extractBuilderFlags(args)
  return { keyword: keyword.toUpperCase(), flags, rest }
}

/** The values of flag `name` (`--name=value` or `--name value`), matched case-insensitively. */
export function flagValues(flags: string[], name: string): string[] {
  const values: string[] = []
  for (const flag of flags) {
    const equals = flag.indexOf('=')
    const flagName = equals === -1 ? flag : flag.slice(0, equals)
    if (flagName.toLowerCase() === name && equals !== -1) values.push(flag.slice(equals + 1))
  }
  return values
}

/**
 * BuildKit's extractBuilderFlags, read as a superset of its versions: leading `--name[=value]` words with
 * shell-like quotes and backslash escapes removed, up to the first word that is not a flag (or `--`).
 * Recent BuildKit also pairs a bare `--name` with the next word (`--mount type=bind,from=x`), older
 * versions refuse that form; a bare flag yields both readings, so no version pulls an image the gate
 * did not see. `rest` starts after the pair, where recent BuildKit reads the instruction's arguments.
 */
function extractBuilderFlags(line: string): { flags: string[]; rest: string } {
  const flags: string[] = []
  let bare: string | undefined
  let pos = 0
  for (;;) {
    while (pos < line.length && /\s/.test(line[pos])) pos++
    if (pos >= line.length) return { flags, rest: '' }
    const dashed = line.startsWith('--', pos)
    if (!dashed && bare === undefined) return { flags, rest: line.slice(pos) }
    const { word, end } = shellWord(line, pos)
    pos = end
    if (bare !== undefined) flags.push(`${bare}=${word}`)
    bare = undefined
    if (!dashed) continue
    if (word === '--') return { flags, rest: line.slice(pos) }
    flags.push(word.slice(2))
    if (!word.includes('=')) bare = word.slice(2)
  }
}

/** One word from `start`: up to unquoted whitespace, quotes removed, `\\x` read as x. */
function shellWord(line: string, start: number): { word: string; end: number } {
  let word = ''
  let quote = ''
  let pos = start
  for (; pos < line.length; pos++) {
    let ch = line[pos]
    if (quote === '' && /\s/.test(ch)) break
    if (quote !== '' && ch === quote) {
      quote = ''
      continue
    }
    if (quote === '' && (ch === "'" || ch === '"')) {
      quote = ch
      continue
    }
    if (ch === '\\' && pos + 1 < line.length) ch = line[++pos]
    word += ch
  }
  return { word, end: pos }
}

/**
 * The `from` of one `--mount` value, read like BuildKit's parseMount: the value is one CSV record (Go's
 * encoding/csv: `"…"` quoted fields with `""` for a quote), keys are case-insensitive, the last `from`
 * wins. Throws on a record encoding/csv would refuse, since BuildKit then refuses the Dockerfile too
 * and the gate should not guess.
 */
export function mountFrom(value: string): string | undefined {
  let from: string | undefined
  for (const field of csvRecord(value)) {
    const equals = field.indexOf('=')
    if (equals !== -1 && field.slice(0, equals).toLowerCase() === 'from') from = field.slice(equals + 1)
  }
  return from
}

function csvRecord(text: string): string[] {
  const fields: string[] = []
  let pos = 0
  for (;;) {
    let field = ''
    if (text[pos] === '"') {
      pos++
      for (;;) {
        const close = text.indexOf('"', pos)
        if (close === -1) throw new Error(`unterminated quoted field in '${text}'`)
        field += text.slice(pos, close)
        pos = close + 1
        if (text[pos] === '"') {
          field += '"'
          pos++
          continue
        }
        break
      }
      if (pos < text.length && text[pos] !== ',') throw new Error(`extraneous '"' in field of '${text}'`)
    } else {
      const comma = text.indexOf(',', pos)
      field = comma === -1 ? text.slice(pos) : text.slice(pos, comma)
      if (field.includes('"')) throw new Error(`bare '"' in field of '${text}'`)
      pos = comma === -1 ? text.length : comma
    }
    fields.push(field)
    if (pos >= text.length) return fields
    pos++ // the comma
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
