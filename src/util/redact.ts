/**
 * Exact redaction of secrets in every form a program may echo them in: as they are, percent-encoded (a
 * URL or form body), JSON-escaped (an error body), and base64 (a Basic credential, a config's `auth`).
 * Multi-line secrets (PEM keys) are also matched a line at a time, as the Actions runner masks them.
 * Callers redact before they cut a text, so a cut never leaves part of a secret behind.
 */

/** The shortest line of a multi-line secret matched on its own: shorter lines are PEM framing or blank. */
const MIN_LINE = 8

/** Every spelling of `secret` that redaction looks for, longest first. */
export function secretForms(secret: string): string[] {
  if (secret === '') return []
  const parts = [secret]
  if (/\r?\n/.test(secret)) {
    for (const line of secret.split(/\r?\n/)) {
      if (line.trim().length >= MIN_LINE && !line.startsWith('-----')) parts.push(line.trim())
    }
  }
  const forms = new Set<string>()
  for (const part of parts) {
    forms.add(part)
    forms.add(encodeURIComponent(part))
    forms.add(JSON.stringify(part).slice(1, -1))
    const base64 = Buffer.from(part, 'utf8').toString('base64')
    forms.add(base64)
    forms.add(base64.replace(/=+$/, ''))
    forms.add(Buffer.from(part, 'utf8').toString('base64url'))
  }
  return [...forms].filter(form => form !== '').sort((a, b) => b.length - a.length)
}

/** `text` with every form of every secret replaced by '***'. */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  const forms = [...new Set([...secrets].flatMap(secretForms))].sort((a, b) => b.length - a.length)
  let redacted = text
  for (const form of forms) redacted = redacted.split(form).join('***')
  return redacted
}
