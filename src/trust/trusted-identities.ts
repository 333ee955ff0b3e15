/**
 * Trusted identities, as notation's trust policy writes them: `x509.subject: C=US, ST=WA, O=Acme,
 * CN=release` (a leaf whose subject carries each attribute matches) or `*` (any leaf).
 */
import type { X509Certificate } from '@peculiar/x509'
import { TrustInputError } from './errors.js'

export type TrustedIdentity = '*' | { subject: Record<string, string> }

/** A list of trusted identities notation would refuse; `reason` is the message without the list's name. */
export class TrustedIdentityError extends TrustInputError<'identities'> {
  constructor(readonly reason: string) {
    super('identities', names => `${names.identities}: ${reason}`, { identities: 'trusted identities' })
  }
}

const IDENTITY_PREFIX = 'x509.subject:'
const MANDATORY_DN_ATTRIBUTES = ['C', 'ST', 'O']

/**
 * Lines `x509.subject: C=US, ST=WA, O=Acme, CN=release` or `*`. As notation: each DN needs C, ST and O,
 * has no repeated or multi-valued attributes, '*' stands alone, and no DN may be a subset of another.
 */
export function parseTrustedIdentities(lines: string[]): TrustedIdentity[] {
  const values = lines.map(line => line.trim()).filter(line => line !== '')
  if (values.includes('*')) {
    if (values.length > 1)
      throw new TrustedIdentityError("the wildcard '*' cannot be combined with other identities")
    return ['*']
  }
  const identities = values.map(value => {
    if (!value.startsWith(IDENTITY_PREFIX)) {
      throw new TrustedIdentityError(`'${value}' must be '*' or 'x509.subject: C=…, ST=…, O=…[, CN=…]'`)
    }
    return { subject: parseDistinguishedName(value.slice(IDENTITY_PREFIX.length).trim()) }
  })
  identities.forEach((first, index) =>
    identities.slice(index + 1).forEach(second => {
      if (isSubset(first.subject, second.subject) || isSubset(second.subject, first.subject)) {
        throw new TrustedIdentityError(
          `the identities ${formatDn(first.subject)} and ${formatDn(second.subject)} overlap`
        )
      }
    })
  )
  return identities
}

/** The identities as a person wrote them, for messages: `C=US, ST=WA, O=Acme, CN=release; …`. */
export function formatIdentities(identities: TrustedIdentity[]): string {
  return identities.map(identity => (identity === '*' ? '*' : formatDn(identity.subject))).join('; ')
}

/** True when the leaf subject carries every attribute of one trusted DN with the same value, or for '*'. */
export function identityMatches(cert: X509Certificate, identities: TrustedIdentity[]): boolean {
  if (identities.includes('*')) return true
  const leaf = subjectAttributes(cert)
  if (leaf === undefined) return false
  return identities.some(identity => identity !== '*' && isSubset(identity.subject, leaf))
}

/** The leaf subject as attribute → value; undefined when an attribute repeats (notation cannot match those). */
function subjectAttributes(cert: X509Certificate): Record<string, string> | undefined {
  const attributes: Record<string, string> = {}
  for (const rdn of cert.subjectName.toJSON()) {
    const entries = Object.entries(rdn)
    if (entries.length !== 1) return undefined
    const [type, values] = entries[0]
    const key = type.toUpperCase()
    if (values.length !== 1 || key in attributes) return undefined
    attributes[key] = values[0]
  }
  return attributes
}

function isSubset(part: Record<string, string>, whole: Record<string, string>): boolean {
  return Object.entries(part).every(([key, value]) => whole[key] === value)
}

function formatDn(dn: Record<string, string>): string {
  return `"${Object.entries(dn)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ')}"`
}

/** RFC 4514 DN text → attribute map (escapes honoured; types upper-cased). */
function parseDistinguishedName(dn: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const rdn of splitUnescaped(dn, ',')) {
    if (splitUnescaped(rdn, '+').length > 1)
      throw new TrustedIdentityError(`DN "${dn}" has a multi-valued RDN, which is not supported`)
    const equals = rdn.indexOf('=')
    const type = rdn.slice(0, equals).trim().toUpperCase()
    const value = unescapeDnValue(rdn.slice(equals + 1).trim())
    if (equals <= 0 || !/^[A-Z][A-Z0-9-]*$|^\d+(\.\d+)+$/.test(type) || value === '') {
      throw new TrustedIdentityError(
        `DN "${dn}" is not valid: expected TYPE=value pairs separated by commas (RFC 4514)`
      )
    }
    if (type in attributes) throw new TrustedIdentityError(`DN "${dn}" repeats the attribute ${type}`)
    attributes[type] = value
  }
  const missing = MANDATORY_DN_ATTRIBUTES.filter(key => !(key in attributes))
  if (missing.length > 0)
    throw new TrustedIdentityError(
      `DN "${dn}" lacks ${missing.join(', ')}; it must contain at least C, ST and O`
    )
  return attributes
}

function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\\' && index + 1 < text.length) {
      current += char + text[++index]
    } else if (char === separator) {
      parts.push(current)
      current = ''
    } else {
      current += char
    }
  }
  parts.push(current)
  return parts
}

function unescapeDnValue(value: string): string {
  const unquoted =
    value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value
  // Runs of \XX escapes are UTF-8 bytes; any other escaped character stands for itself.
  return unquoted.replace(
    /((?:\\[0-9a-fA-F]{2})+)|\\(.)/g,
    (_match, hex: string | undefined, char: string | undefined) =>
      hex !== undefined ? Buffer.from(hex.replace(/\\/g, ''), 'hex').toString('utf8') : (char ?? '')
  )
}
