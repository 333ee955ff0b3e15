/**
 * Untrusted text (registry bodies and headers, annotations, media types, tags, certificate fields,
 * envelope fields, Dockerfile text, parse errors quoting input) made safe to print, in one place.
 *
 * The Actions runner reads every line a step prints (stdout and stderr) and runs it as a workflow command
 * when, after leading whitespace, it starts with `::` (`::error::`, `::add-mask::`, `::stop-commands::`),
 * or when it holds `##[` anywhere (the older command syntax). It splits lines on CR and LF. A terminal
 * also acts on escape sequences. So a printed value must stay on its line and open no command.
 */

/** Characters that end a line for some reader, or that a terminal or log viewer acts on. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g
/** The runner's TrimStart: .NET whitespace, then the `::` of a command. */
const COMMAND_START = /^([\s\u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*):(?=:)/
const OLD_COMMAND = /##\[/g

/**
 * One untrusted value as one printable line: line breaks and other control characters shown as
 * `\n`, `\r`, `\xNN` or `\uNNNN`; a leading `::` and any `##[` defused by showing one character escaped.
 */
export function oneLine(text: string): string {
  return defuse(text.replace(CONTROL, escapeChar))
}

/**
 * A text Signet composed, whose own line breaks are meant: each line is defused as `oneLine` does,
 * other control characters are escaped, the breaks (LF, or CRLF taken as one) are kept.
 */
export function safeLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map(line => oneLine(line))
    .join('\n')
}

/**
 * JSON for printing on one line: JSON.stringify already escapes control characters; the line and paragraph
 * separators and the `[` of `##[` are escaped too, with JSON's own `\uNNNN`, so the value read back is
 * unchanged.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[\u2028\u2029\u0085]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(OLD_COMMAND, '##\\u005b')
}

function defuse(line: string): string {
  return line.replace(COMMAND_START, '$1\\x3a').replace(OLD_COMMAND, '##\\x5b')
}

function escapeChar(char: string): string {
  if (char === '\n') return '\\n'
  if (char === '\r') return '\\r'
  const code = char.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

const ARMOUR = /^\s*(-+)\s*BEGIN ([A-Z0-9 ]{1,40}?)\s*(-+)\s*$/

/**
 * What a secret value looks like, without any of it: its length and line count, and the label of a PEM
 * armour on its first line (a public frame, e.g. 'ENCRYPTED PRIVATE KEY'), or that it has none, or that
 * it is a `pkcs11:` URI. For errors about secret inputs, which must help fix the value yet never print it.
 */
export function describeSecret(value: string): string {
  const lines = value.split(/\r?\n/)
  const size = `${value.length} characters on ${lines.length} line${lines.length === 1 ? '' : 's'}`
  const armour = ARMOUR.exec(lines[0])
  if (armour !== null) {
    const fine = armour[1] === '-----' && armour[3] === '-----'
    return `${size}, first line a PEM armour for '${armour[2]}'${fine ? '' : ' with other than five dashes on each side'}`
  }
  if (/^pkcs11:/i.test(value.trim())) return `${size}, a pkcs11: URI`
  return `${size}, no PEM armour line first`
}
