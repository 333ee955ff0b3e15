/**
 * The parts of a Dockerfile's meaning that decide what BuildKit pulls, beyond the tokeniser
 * (buildkit-parser.ts): the frontend image (builder/build.go and parser/directives.go's DetectSyntax),
 * builder flags as instructions read them (instructions/bflag.go) and the CSV fields of `--mount`
 * (instructions/commands_runmount.go with tonistiigi/go-csvvalue), each following BuildKit at
 * BUILDKIT_COMMIT.
 */
import { goToLower, trimGoSpace, trimLeftGoSpace } from './go-text.js'

/** The `BUILDKIT_SYNTAX` build-arg: when set, BuildKit runs this frontend image instead of the directive's. */
export const SYNTAX_BUILD_ARG = 'BUILDKIT_SYNTAX'

export interface SyntaxDirective {
  /** The frontend image (the value's first word). */
  image: string
  /** 1-based line. */
  line: number
  /**
   * How it is written: `#` (a Dockerfile), `//` (a C-style comment BuildKit's own parser would refuse
   * as an instruction) or `json` (the whole file is a JSON object: the frontend's own format).
   */
  form: '#' | '//' | 'json'
}

const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/u
const KNOWN_DIRECTIVES = ['syntax', 'escape', 'check']

/** The frontend image of BUILDKIT_SYNTAX: the trimmed value's first space-separated word. */
export function syntaxBuildArg(value: string): string {
  return trimGoSpace(value).split(' ')[0]
}

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
  for (const comment of ['#', '//'] as const) {
    const found = directiveWithPrefix(text, comment)
    if (found !== undefined)
      return { image: found.value.split(' ')[0], line: found.line + offset, form: comment }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  // Go decodes into a map: the key is matched exactly, and the last of duplicate keys wins, as here.
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined
  const value = Object.hasOwn(json, 'syntax') ? (json as Record<string, unknown>).syntax : undefined
  return typeof value === 'string' ? { image: value, line: offset + 1, form: 'json' } : undefined
}

function directiveWithPrefix(text: string, comment: string): { value: string; line: number } | undefined {
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    // bufio.ScanLines drops one '\r' before the '\n'.
    const line = lines[index].replace(/\r$/, '')
    if (!line.startsWith(comment)) return undefined
    const match = DIRECTIVE.exec(trimLeftGoSpace(line.slice(comment.length)))
    if (match === null) return undefined
    const name = match[1].toLowerCase()
    if (!KNOWN_DIRECTIVES.includes(name)) return undefined
    if (name === 'syntax') return { value: match[2], line: index + 1 }
  }
  return undefined
}

/** How an instruction declares a flag (BFlags.AddBool, AddString, AddStrings). */
export type FlagKind = 'bool' | 'string' | 'strings'

/** A flag BuildKit refuses: unknown, without its value, or given twice. */
export class FlagError extends Error {}

/**
 * BFlags.Parse: each `--name[=value]` against the instruction's declared flags (names match exactly),
 * refused as BuildKit refuses it. The values of each flag used, in order.
 */
export function parseFlags(flags: string[], declared: Record<string, FlagKind>): Map<string, string[]> {
  const values = new Map<string, string[]>()
  for (const flag of flags) {
    const equals = flag.indexOf('=')
    const flagName = equals === -1 ? flag : flag.slice(0, equals)
    const value = equals === -1 ? undefined : flag.slice(equals + 1)
    const name = flagName.slice(2)
    if (!Object.hasOwn(declared, name)) throw new FlagError(`unknown flag: ${flagName}`)
    const kind = declared[name]
    const seen = values.get(name)
    if (seen !== undefined && kind !== 'strings') throw new FlagError(`duplicate flag specified: ${flagName}`)
    if (kind === 'bool') {
      if (value === '') throw new FlagError(`missing a value on flag: ${flagName}`)
      const lower = goToLower(value ?? '')
      if (lower !== '' && lower !== 'true' && lower !== 'false') {
        throw new FlagError(`expecting boolean value for flag ${flagName}, not: ${value}`)
      }
    } else if (value === undefined) {
      throw new FlagError(`missing a value on flag: ${flagName}`)
    }
    values.set(name, [...(seen ?? []), value ?? 'true'])
  }
  return values
}

/**
 * The `from` of one `--mount` value, read like BuildKit's parseMount: the value is one CSV record
 * (go-csvvalue: `"…"` quoted fields with `""` for a quote), keys are case-insensitive, the last `from`
 * wins. Throws on a record BuildKit refuses too.
 */
export function mountFrom(value: string): string | undefined {
  let from: string | undefined
  for (const field of csvRecord(value)) {
    const equals = field.indexOf('=')
    if (equals !== -1 && goToLower(field.slice(0, equals)) === 'from') from = field.slice(equals + 1)
  }
  return from
}

function csvRecord(text: string): string[] {
  if (text === '') throw new Error('an empty value')
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
