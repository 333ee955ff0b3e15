/**
 * Inputs that take content or a path (PEM keys and certificates, the rules file, a notation trust
 * policy): the one place that decides which a value is, and reads the file when it names one. Layers
 * below inputs/ receive the content.
 */
import { existsSync, readFileSync } from 'node:fs'
import { InputError } from '../util/errors.js'
import { describeSecret } from '../util/sanitize.js'

export type ContentFormat = 'pem' | 'yaml' | 'json'

/** What marks each format's content: a value without it names a file. */
const CONTENT_MARKS: Record<ContentFormat, (value: string) => boolean> = {
  // An armour line, which no file name holds.
  pem: value => value.includes('-----BEGIN'),
  // A rules file has several lines; a path has one.
  yaml: value => value.includes('\n'),
  // trustpolicy.json is an object.
  json: value => value.trimStart().startsWith('{')
}

/** The message for a value that is neither content nor a readable file, as each input has always said it. */
const UNREADABLE: Record<ContentFormat, (input: string, path: string, shown: string) => string> = {
  pem: (input, _path, shown) => `${input} is neither PEM content nor a readable file${shown}`,
  yaml: (input, path) => `Input '${input}': ${path} is neither YAML content nor a readable file.`,
  json: (input, path) => `${input} is neither JSON content nor a readable file: ${path}`
}

/** True when `value` is the content itself, false when it names a file. */
export function isContent(value: string, format: ContentFormat): boolean {
  return CONTENT_MARKS[format](value)
}

/** True when `value` names a file that exists (it is no content of `format`). */
export function namesExistingFile(value: string, format: ContentFormat): boolean {
  return !isContent(value, format) && existsSync(value.trim())
}

export interface InputText {
  text: string
  /** The file the text was read from; undefined when the input held the content. */
  path?: string
}

/**
 * The content an input holds or names. A PEM input's value is echoed in the error only when it looks
 * like a path and the input is not `secret`; a secret input's value is described (length, armour
 * label), never shown, whatever it holds.
 */
export function readContentOrPath(
  value: string,
  format: ContentFormat,
  input: string,
  options: { secret?: boolean } = {}
): InputText {
  if (isContent(value, format)) return { text: value }
  const path = value.trim()
  try {
    return { text: readFileSync(path, 'utf8'), path }
  } catch {
    const shown = options.secret
      ? ` (${describeSecret(value)}; the value is not shown)`
      : path.length <= 256 && !/\s/.test(path)
        ? `: ${path}`
        : ' (value not shown)'
    throw new InputError(input, UNREADABLE[format](input, path, shown))
  }
}

/** A PEM input (content or path) as PEM content. */
export function readPemInput(value: string, input: string, options: { secret?: boolean } = {}): string {
  return readContentOrPath(value, 'pem', input, options).text
}
