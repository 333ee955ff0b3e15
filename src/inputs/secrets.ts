/**
 * The last line of defence for secret inputs: whatever message a run ends with, no secret input's value
 * survives in it, in any form (util/redact.ts: as is, percent-encoded, JSON-escaped, base64, a line of a
 * PEM at a time). Errors about secret inputs already describe the value instead of quoting it
 * (describeSecret); this catches any message that quotes one anyway, e.g. a future error path, or a value
 * pasted into the wrong input. Exact matching: Signet's own words that share a few characters with a
 * secret stay readable.
 */
import { Inputs, SECRET_INPUTS, type InputName } from './contract.js'
import type { InputSource } from './input-values.js'
import { isPkcs11Uri } from '../trust/pkcs11-uri.js'
import { redactSecrets } from '../util/redact.js'

/**
 * The secret in a value: all of it, except for a `pkcs11:` URI in `signing-key`, whose only secret is its
 * pin-value (token, object and module path are configuration that messages name, the PIN shown as `***`).
 */
function secretParts(name: InputName, value: string): string[] {
  if (name !== Inputs.SigningKey || !isPkcs11Uri(value)) return [value]
  return [...value.matchAll(/[?&]pin-value=([^&]*)/gi)].map(match => match[1])
}

/** `text` with every form of a secret input's value replaced by '***'. */
export function withoutSecrets(text: string, source: InputSource | undefined): string {
  if (source === undefined) return text
  return redactSecrets(
    text,
    SECRET_INPUTS.flatMap(name => secretParts(name, source.get(name)))
  )
}
