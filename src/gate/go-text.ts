/**
 * Go's text primitives, as BuildKit (written in Go) applies them to a Dockerfile. JavaScript's own
 * differ where it matters to a gate: `\s` and `trim()` also take U+FEFF and miss nothing Go takes, but
 * `toLowerCase()` maps U+0130 to two characters and `.` misses U+2028; so the tokeniser uses these.
 */

/** Go's unicode.IsSpace: Latin-1 spaces (U+0085 and U+00A0 included) and Unicode's White_Space. */
export function isGoSpace(ch: string): boolean {
  switch (ch) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case '\u0085':
    case '\u00a0':
    case '\u1680':
    case '\u2028':
    case '\u2029':
    case '\u202f':
    case '\u205f':
    case '\u3000':
      return true
    default:
      return ch >= '\u2000' && ch <= '\u200a' && ch.length === 1
  }
}

/** Go's unicode.IsSpace of one byte read as a rune (BuildKit's byte-wise loops): ASCII spaces, 0x85, 0xA0. */
export function isGoSpaceByte(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d) || byte === 0x85 || byte === 0xa0
}

/** Go's unicode.IsLetter. */
export function isGoLetter(ch: string): boolean {
  return /^\p{L}$/u.test(ch)
}

/** Go's unicode.IsDigit (decimal digits of any script). */
export function isGoDigit(ch: string): boolean {
  return /^\p{Nd}$/u.test(ch)
}

/** strings.TrimLeftFunc(s, unicode.IsSpace). */
export function trimLeftGoSpace(text: string): string {
  let start = 0
  for (const ch of text) {
    if (!isGoSpace(ch)) break
    start += ch.length
  }
  return text.slice(start)
}

/** strings.TrimSpace. */
export function trimGoSpace(text: string): string {
  const left = trimLeftGoSpace(text)
  const chars = Array.from(left)
  let end = chars.length
  while (end > 0 && isGoSpace(chars[end - 1])) end--
  return chars.slice(0, end).join('')
}

/**
 * strings.ToLower: rune by rune with Unicode's simple mapping, so U+0130 becomes 'i' and U+212A 'k'
 * (a keyword such as 'ONBUİLD' is ONBUILD to BuildKit); no context rules such as a final sigma.
 */
export function goToLower(text: string): string {
  let lower = ''
  for (const ch of text) lower += ch === '\u0130' ? 'i' : ch.toLowerCase()
  return lower
}

/** Runes that Go's simple case folding makes equal to an ASCII letter (strings.EqualFold). */
const FOLDS: Record<string, string> = { '\u017f': 's', '\u212a': 'k' }

/** strings.EqualFold against an ASCII word, e.g. a FROM's 'AS' (which 'aſ', with a long s, also spells). */
export function equalFoldAscii(text: string, ascii: string): boolean {
  const chars = Array.from(text)
  const fold = (ch: string): string => FOLDS[ch] ?? (/^[A-Za-z]$/.test(ch) ? ch.toLowerCase() : ch)
  return chars.length === ascii.length && chars.every((ch, i) => fold(ch) === fold(ascii[i]))
}

/** BuildKit's reWhitespace, `[\t\v\f\r ]+`: the only separators between a keyword and its arguments. */
const INSTRUCTION_SPACE = /[\t\v\f\r ]+/g

/** Go's regexp.Split(text, n) with INSTRUCTION_SPACE: at most n parts (all when n < 0). */
export function splitInstructionSpace(text: string, n: number): string[] {
  if (text === '') return ['']
  const matches = [...text.matchAll(INSTRUCTION_SPACE)].slice(0, n > 0 ? n : undefined)
  const parts: string[] = []
  let begin = 0
  let end = 0
  for (const match of matches) {
    if (n > 0 && parts.length === n - 1) break
    end = match.index
    if (match.index + match[0].length !== 0) parts.push(text.slice(begin, end))
    begin = match.index + match[0].length
  }
  if (end !== text.length) parts.push(text.slice(begin))
  return parts
}
