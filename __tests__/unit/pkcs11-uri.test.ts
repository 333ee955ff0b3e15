/** RFC 7512 PKCS#11 URIs as `signing-key`: what selects a key, and refusals that never show the PIN. */
import { isPkcs11Uri, parsePkcs11Uri, Pkcs11UriError, redactPin } from '../../src/trust/pkcs11-uri.js'
import { pkcs11UriInput } from '../../src/inputs/trust-inputs.js'
import { parsePrivateKeys } from '../../src/sign/pkcs11-token.js'
import { InputError } from '../../src/util/errors.js'
import { thrown } from '../helpers/thrown.js'

const MODULE = 'module-path=/usr/lib/softhsm/libsofthsm2.so'

test('token, label and module with the PIN from an environment variable', () => {
  expect(parsePkcs11Uri(`pkcs11:token=release;object=signet?${MODULE}&pin-source=env:HSM_PIN`)).toEqual({
    token: 'release',
    slotId: undefined,
    object: 'signet',
    id: undefined,
    modulePath: '/usr/lib/softhsm/libsofthsm2.so',
    pin: { kind: 'env', name: 'HSM_PIN' },
    display: `pkcs11:token=release;object=signet?${MODULE}&pin-source=env:HSM_PIN`
  })
})

test('percent-encoding: an id keeps its raw bytes, a label decodes as UTF-8, a path keeps its slashes', () => {
  const uri = parsePkcs11Uri(
    `pkcs11:token=My%20Token;object=cl%C3%A9;id=%01%ff;type=private;slot-id=7?module-path=%2Fopt%2Fhsm%2Flib.so&pin-value=12%2634`
  )
  expect(uri).toMatchObject({
    token: 'My Token',
    object: 'clé',
    id: '01ff',
    slotId: '7',
    modulePath: '/opt/hsm/lib.so',
    pin: { kind: 'value', value: '12&34' }
  })
  expect(uri.display).toBe(
    'pkcs11:token=My%20Token;object=cl%C3%A9;id=%01%ff;type=private;slot-id=7?module-path=%2Fopt%2Fhsm%2Flib.so&pin-value=***'
  )
})

test('pin-source may name a file', () => {
  expect(parsePkcs11Uri(`pkcs11:id=%02?${MODULE}&pin-source=file:/run/secrets/pin`).pin).toEqual({
    kind: 'file',
    path: '/run/secrets/pin'
  })
})

test('isPkcs11Uri tells URIs from PEM content and paths', () => {
  expect([isPkcs11Uri('pkcs11:object=a'), isPkcs11Uri(' PKCS11:id=%01'), isPkcs11Uri('./key.pem')]).toEqual([
    true,
    true,
    false
  ])
})

test.each([
  [
    `pkcs11:token=release?${MODULE}&pin-value=SECRET`,
    /it names no key: add object=<key label> or id=<key id>/
  ],
  ['pkcs11:object=signet?pin-value=SECRET', /it names no PKCS#11 module: add '\?module-path=/],
  [`pkcs11:object=signet?${MODULE}`, /it gives no PIN: add '&pin-source=env:NAME'/],
  [
    `pkcs11:object=signet?${MODULE}&pin-value=SECRET&pin-source=env:X`,
    /give pin-value or pin-source, not both/
  ],
  [`pkcs11:object=signet;object=other?${MODULE}&pin-value=SECRET`, /'object' is given twice/],
  [
    `pkcs11:object=signet;serial=42?${MODULE}&pin-value=SECRET`,
    /'serial' is not supported; select the key with token=/
  ],
  [`pkcs11:object=signet;colour=blue?${MODULE}&pin-value=SECRET`, /unknown attribute 'colour'/],
  [`pkcs11:object=signet;type=public?${MODULE}&pin-value=SECRET`, /type=public cannot sign/],
  [`pkcs11:object=a b?${MODULE}&pin-value=SECRET`, /white space/],
  [`pkcs11:object=sig%2?${MODULE}&pin-value=SECRET`, /'object' has a malformed %-escape/],
  [`pkcs11:object=signet?${MODULE}&pin-source=env:1BAD`, /pin-source 'env:1BAD' is not env:NAME/]
])('%s is refused', (text, reason) => {
  const error = thrown(() => pkcs11UriInput(text, 'signing-key'))
  expect(error).toBeInstanceOf(InputError)
  expect((error as InputError).input).toBe('signing-key')
  expect(error.message).toMatch(/^Invalid PKCS#11 URI in 'signing-key' \(pkcs11:/)
  expect(error.message).toMatch(reason)
  expect(error.message).not.toContain('SECRET')
  // trust/ itself names no input, and shows no PIN either.
  const own = thrown(() => parsePkcs11Uri(text))
  expect(own).toBeInstanceOf(Pkcs11UriError)
  expect(own.message).toMatch(/^Invalid PKCS#11 URI in 'the key URI' \(pkcs11:/)
  expect(own.message).toMatch(reason)
  expect(own.message).not.toContain('SECRET')
})

test('redactPin hides every pin-value, whatever its case or position', () => {
  expect(redactPin('pkcs11:id=%01?pin-value=1&module-path=/m.so&PIN-VALUE=2')).toBe(
    'pkcs11:id=%01?pin-value=***&module-path=/m.so&PIN-VALUE=***'
  )
})

test("pkcs11-tool's key listing gives each private key's label and id", () => {
  const listing = [
    'Private Key Object; EC',
    '  label:      signet',
    '  ID:         01',
    '  Usage:      decrypt, sign, unwrap, derive',
    'Private Key Object; RSA ',
    '  label:      release key',
    '  ID:         A0B1',
    '  Usage:      decrypt, sign, unwrap',
    'Private Key Object; EC',
    '  Usage:      sign'
  ].join('\n')
  expect(parsePrivateKeys(listing)).toEqual([
    { label: 'signet', id: '01' },
    { label: 'release key', id: 'a0b1' }
  ])
})
