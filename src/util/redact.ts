/**
 * Exact redaction of secrets in every form a program may echo them in: as they are, percent-encoded (a
 * URL or form body), JSON-escaped (an error body), and base64 (a Basic credential, a config's `auth`).
 * Encoders differ (upper- or lowercase hex, `+` for a space, `\/`, `\u0041` for `A`), and a hostile
 * server picks its own, so percent and JSON spellings are matched a character at a time: each character
 * as itself or in any spelling of either encoding (the runner's masker knows one spelling of each).
 * Multi-line secrets (PEM keys) are also matched a line at a time, as the Actions runner masks them.
 * Callers redact before they cut a text, so a cut never leaves part of a secret behind.
 */

/** The shortest line of a multi-line secret matched on its own: shorter lines are PEM framing or blank. */
const MIN_LINE = 8

/** JSON's two-character escapes (RFC 8259 §7); `\/` is optional there, and some encoders use it. */
const JSON_SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t'
}

/** The parts of a secret matched on their own: all of it, and each line of a multi-line one. */
function secretParts(secret: string): string[] {
  const parts = [secret]
  if (/\r?\n/.test(secret)) {
    for (const line of secret.split(/\r?\n/)) {
      if (line.trim().length >= MIN_LINE && !line.startsWith('-----')) parts.push(line.trim())
    }
  }
  return parts
}

/**
 * The base64 spellings of a part: of the part alone (standard with and without padding, url-safe), and
 * of the part inside a longer text (`user:password` in a Basic credential). There it may start at any
 * of the three byte offsets of a base64 group and more may follow, so only the characters the part's
 * bytes alone decide are matched, as the runner's masker does (Base64StringEscapeShift1/2); those
 * shorter than MIN_LINE are left out, as they would cut unrelated text.
 */
function base64Forms(part: string): string[] {
  const bytes = Buffer.from(part, 'utf8')
  const base64 = bytes.toString('base64')
  const forms = [base64, base64.replace(/=+$/, ''), bytes.toString('base64url')]
  for (const offset of [0, 1, 2]) {
    const shifted = Buffer.concat([Buffer.alloc(offset), bytes])
    // A character holds 6 bits: the first ones hold bits of the bytes before, the last one bits of those after.
    const first = Math.ceil((offset * 8) / 6)
    const end = Math.floor((shifted.length * 8) / 6)
    for (const encoding of ['base64', 'base64url'] as const) {
      const decided = shifted.toString(encoding).slice(first, end)
      if (decided.length >= MIN_LINE) forms.push(decided)
    }
  }
  return forms
}

/** The canonical spelling of each form of `secret`, longest first: what an echo most likely holds. */
export function secretForms(secret: string): string[] {
  if (secret === '') return []
  const forms = new Set<string>()
  for (const part of secretParts(secret)) {
    forms.add(part)
    forms.add(encodeURIComponent(part))
    forms.add(JSON.stringify(part).slice(1, -1))
    for (const form of base64Forms(part)) forms.add(form)
  }
  return [...forms].filter(form => form !== '').sort((a, b) => b.length - a.length)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0')

/**
 * Every spelling of one character (a code point): itself; percent-encoded, each UTF-8 byte as `%XX`,
 * and `+` for a space (forms, Go's url.QueryEscape); JSON-escaped, each UTF-16 unit as `\uXXXX`, or its
 * short escape. As regular expressions, hex digits in either case, longest first: the character's
 * match is atomic (below).
 */
function characterSpellings(char: string): string[] {
  const units = Array.from({ length: char.length }, (_, at) => char.charCodeAt(at))
  const spellings = [
    { text: char, hexDigits: false },
    { text: [...Buffer.from(char, 'utf8')].map(byte => `%${hex(byte, 2)}`).join(''), hexDigits: true },
    { text: units.map(unit => `\\u${hex(unit, 4)}`).join(''), hexDigits: true }
  ]
  if (char === ' ') spellings.push({ text: '+', hexDigits: false })
  if (char in JSON_SHORT_ESCAPES) spellings.push({ text: JSON_SHORT_ESCAPES[char], hexDigits: false })
  return spellings
    .sort((a, b) => b.text.length - a.text.length)
    .map(({ text, hexDigits }) => {
      const source = escapeRegExp(text)
      return hexDigits ? source.replace(/[a-f]/g, digit => `[${digit}${digit.toUpperCase()}]`) : source
    })
}

/**
 * A part spelt any way percent-encoding or JSON escaping may spell it, one character after another.
 * Each character's match is atomic (`(?=(…))\N`: the lookahead's capture is consumed as a whole, never
 * retried shorter), so a hostile text of backslashes or percent signs cannot make matching backtrack
 * exponentially. What this misses is rare: a secret with `%` before two hex digits, or `\` before an
 * escape letter, spelt by an encoder other than the canonical ones secretForms matches exactly.
 */
function encodedPattern(part: string): RegExp {
  const source = Array.from(part, (char, at) => `(?=(${characterSpellings(char).join('|')}))\\${at + 1}`)
  return new RegExp(source.join(''), 'g')
}

interface SecretMatchers {
  forms: string[]
  patterns: RegExp[]
}

/** Matchers by secret: a CLI redacts every line it prints with the same few secrets. */
const matchers = new Map<string, SecretMatchers>()

function matchersOf(secret: string): SecretMatchers {
  let found = matchers.get(secret)
  if (found === undefined) {
    found = { forms: secretForms(secret), patterns: secretParts(secret).map(encodedPattern) }
    matchers.set(secret, found)
  }
  return found
}

/** `text` with every form of every secret replaced by '***'; overlapping matches become one. */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  const spans: [start: number, end: number][] = []
  for (const secret of new Set(secrets)) {
    if (secret === '') continue
    const { forms, patterns } = matchersOf(secret)
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
        spans.push([at, at + form.length])
    }
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length])
    }
  }
  if (spans.length === 0) return text
  spans.sort((a, b) => a[0] - b[0])
  let redacted = ''
  let shown = 0
  for (const [start, end] of spans) {
    if (end <= shown) continue
    if (start >= shown) redacted += `${text.slice(shown, start)}***`
    shown = end
  }
  return redacted + text.slice(shown)
}
