/**
 * PKCS#11 URIs (RFC 7512) naming a private key in a token, e.g.
 * `pkcs11:token=release;object=signet?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-source=env:HSM_PIN`.
 *
 * Only what selecting one signing key needs is accepted; an attribute Signet cannot honour is refused
 * rather than ignored, since ignoring it could select another key than the one meant. The PIN
 * (`pin-value`) never appears in a message: `display` is the URI with it replaced.
 */
import { TrustInputError } from './errors.js'

export type PinSource =
  { kind: 'value'; value: string } | { kind: 'env'; name: string } | { kind: 'file'; path: string }

export interface Pkcs11Uri {
  /** Token label (`token=`). */
  token?: string
  /** Slot id (`slot-id=`, decimal). */
  slotId?: string
  /** Key label (`object=`). */
  object?: string
  /** Key id (`id=`, raw bytes, percent-encoded in the URI), as lowercase hex. */
  id?: string
  /** The PKCS#11 module to load (`module-path=`). */
  modulePath: string
  pin: PinSource
  /** The URI as given, with any pin-value replaced by `***`: safe for logs and errors. */
  display: string
}

const PATH_ATTRIBUTES = ['token', 'object', 'id', 'type', 'slot-id']
const QUERY_ATTRIBUTES = ['module-path', 'pin-value', 'pin-source']
/** RFC 7512 attributes Signet does not select by; refused so that no other key than the one meant is used. */
const UNSUPPORTED = [
  'manufacturer',
  'serial',
  'model',
  'library-manufacturer',
  'library-version',
  'library-description',
  'slot-description',
  'slot-manufacturer',
  'module-name'
]

/** A PKCS#11 URI Signet cannot select a key by; `part` 'uri' is the input that gave it. */
export class Pkcs11UriError extends TrustInputError<'uri'> {
  constructor(display: string, reason: string) {
    super('uri', names => `Invalid PKCS#11 URI in '${names.uri}' (${display}): ${reason}.`, {
      uri: 'the key URI'
    })
  }
}

export function isPkcs11Uri(value: string): boolean {
  return value.trim().toLowerCase().startsWith('pkcs11:')
}

/** Parses a PKCS#11 URI naming a signing key; no error shows the PIN. */
export function parsePkcs11Uri(text: string): Pkcs11Uri {
  const uri = text.trim()
  const display = redactPin(uri)
  const fail = (reason: string): Pkcs11UriError => new Pkcs11UriError(display, reason)
  if (/\s/.test(uri)) throw fail('it contains white space (percent-encode it as %20)')
  if (/[^\x21-\x7e]/.test(uri)) throw fail('it contains non-ASCII characters (percent-encode them)')
  const body = uri.slice('pkcs11:'.length)
  const [pathText, queryText = ''] = splitOnce(body, '?')
  const path = attributes(pathText, ';', fail)
  const query = attributes(queryText, '&', fail)

  for (const name of [...path.keys(), ...query.keys()]) {
    if (UNSUPPORTED.includes(name)) {
      throw fail(`'${name}' is not supported; select the key with token=, slot-id=, object= and id=`)
    }
  }
  for (const name of path.keys()) {
    if (!PATH_ATTRIBUTES.includes(name)) throw fail(`unknown attribute '${name}'`)
  }
  for (const name of query.keys()) {
    if (!QUERY_ATTRIBUTES.includes(name)) throw fail(`unknown query attribute '${name}'`)
  }
  const type = path.get('type')
  if (type !== undefined && type !== 'private') {
    throw fail(`type=${type} cannot sign; the key is type=private (or leave type out)`)
  }
  const object = path.get('object')
  const idText = path.get('id')
  if (object === undefined && idText === undefined) {
    throw fail("it names no key: add object=<key label> or id=<key id> (e.g. 'id=%01')")
  }
  const slotId = path.get('slot-id')
  if (slotId !== undefined && !/^\d{1,10}$/.test(slotId)) throw fail(`slot-id '${slotId}' is not a number`)
  const modulePath = query.get('module-path')
  if (modulePath === undefined || modulePath === '') {
    throw fail(
      "it names no PKCS#11 module: add '?module-path=/path/to/module.so' (e.g. /usr/lib/softhsm/libsofthsm2.so)"
    )
  }
  return {
    token: path.get('token'),
    slotId,
    object,
    id: idText === undefined ? undefined : Buffer.from(idText, 'latin1').toString('hex'),
    modulePath,
    pin: pinSource(query, fail),
    display
  }
}

function pinSource(query: Map<string, string>, fail: (reason: string) => Pkcs11UriError): PinSource {
  const value = query.get('pin-value')
  const source = query.get('pin-source')
  if (value !== undefined && source !== undefined) throw fail('give pin-value or pin-source, not both')
  if (value !== undefined) return { kind: 'value', value }
  if (source === undefined) {
    throw fail(
      "it gives no PIN: add '&pin-source=env:NAME' (an environment variable holding the PIN) or '&pin-value=…'"
    )
  }
  if (source.startsWith('env:')) {
    const name = source.slice('env:'.length)
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw fail(`pin-source '${source}' is not env:NAME`)
    return { kind: 'env', name }
  }
  const path = source.startsWith('file:') ? source.slice('file:'.length) : source
  if (path === '') throw fail('pin-source names no file')
  return { kind: 'file', path }
}

/** Attribute name → percent-decoded value; a repeated attribute is an error (RFC 7512 allows none). */
function attributes(
  text: string,
  separator: string,
  fail: (reason: string) => Pkcs11UriError
): Map<string, string> {
  const found = new Map<string, string>()
  for (const part of text.split(separator)) {
    if (part === '') continue
    const [name, raw] = splitOnce(part, '=')
    if (raw === undefined || !/^[a-z][a-z-]*$/.test(name)) throw fail(`'${name}' is not name=value`)
    if (found.has(name)) throw fail(`'${name}' is given twice`)
    found.set(name, percentDecode(raw, name, fail))
  }
  return found
}

/** Decodes to a binary string (one char per byte) so that `id=%01%ff` keeps its bytes, then labels to UTF-8. */
function percentDecode(value: string, name: string, fail: (reason: string) => Pkcs11UriError): string {
  if (/%(?![0-9a-fA-F]{2})/.test(value)) throw fail(`'${name}' has a malformed %-escape`)
  const bytes = Buffer.from(
    value.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1'
  )
  return name === 'id' ? bytes.toString('latin1') : bytes.toString('utf8')
}

/** The URI with the value of pin-value replaced, for anything a person or a log will read. */
export function redactPin(uri: string): string {
  return uri.replace(/([?&]pin-value=)[^&]*/gi, '$1***')
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator)
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)]
}
