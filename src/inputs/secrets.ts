/**
 * The last line of defence for secret inputs: whatever message a run ends with, no 8 characters in a
 * row of a secret input's value survive in it. Errors about secret inputs already describe the value
 * instead of quoting it (describeSecret); this catches any message that quotes one anyway, e.g. a
 * future error path, or a value pasted into the wrong input.
 */
import { Inputs, SECRET_INPUTS, type InputName } from './contract.js'
import type { InputSource } from './read-inputs.js'
import { isPkcs11Uri } from '../trust/pkcs11-uri.js'

/** The shortest run of a secret's characters that is hidden. */
const WINDOW = 8

/**
 * The secret in a value: all of it, except for a `pkcs11:` URI in `signing-key`, whose only secret is its
 * pin-value (token, object and module path are configuration that messages name, the PIN shown as `***`).
 */
function secretParts(name: InputName, value: string): string[] {
  if (name !== Inputs.SigningKey || !isPkcs11Uri(value)) return [value]
  return [...value.matchAll(/[?&]pin-value=([^&]*)/gi)].map(match => match[1])
}

/** `text` with every stretch that repeats 8+ characters of a secret input's value replaced by '***'. */
export function withoutSecrets(text: string, source: InputSource | undefined): string {
  if (source === undefined) return text
  const windows = new Set<string>()
  for (const name of SECRET_INPUTS) {
    for (const value of secretParts(name, source.get(name))) {
      for (let i = 0; i + WINDOW <= value.length; i++) windows.add(value.slice(i, i + WINDOW))
    }
  }
  if (windows.size === 0) return text
  const covered = new Array<boolean>(text.length).fill(false)
  for (let i = 0; i + WINDOW <= text.length; i++) {
    if (windows.has(text.slice(i, i + WINDOW))) covered.fill(true, i, i + WINDOW)
  }
  let result = ''
  for (let i = 0; i < text.length; i++) {
    if (!covered[i]) result += text[i]
    else if (i === 0 || !covered[i - 1]) result += '***'
  }
  return result
}
