/**
 * Secrets are redacted exactly, in every form a registry or a program may echo them in, and before any
 * cut: a password percent-encoded, JSON-escaped or base64, a password past the 1000 characters an error
 * body is cut at, a line of a PEM key. Signet's own words that share characters with a secret stay.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { credentialSource } from '../../src/oci/auth.js'
import { DockerConfigError } from '../../src/oci/errors.js'
import { ErrorMapper, Secrets } from '../../src/oci/transport/errors.js'
import { withoutSecrets } from '../../src/inputs/secrets.js'
import { redactSecrets, secretForms } from '../../src/util/redact.js'
import { Readable } from 'node:stream'

const PASSWORD = 'p@ss w0rd/"x"&y'

test.each([
  ['as it is', PASSWORD],
  ['percent-encoded', encodeURIComponent(PASSWORD)],
  ['JSON-escaped', JSON.stringify(PASSWORD).slice(1, -1)],
  ['base64', Buffer.from(PASSWORD).toString('base64')],
  ['base64url', Buffer.from(PASSWORD).toString('base64url')]
])('a secret %s is redacted', (_form, echoed) => {
  expect(redactSecrets(`before ${echoed} after`, [PASSWORD])).toBe('before *** after')
})

test('a line of a PEM key is redacted on its own; the PEM framing is not a secret', () => {
  const key =
    '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49\nAwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n'
  expect(redactSecrets('bad line MIGHAgEAMBMGByqGSM49AgEGCCqGSM49 here', [key])).toBe('bad line *** here')
  expect(redactSecrets('a -----BEGIN PRIVATE KEY----- label', [key])).toBe(
    'a -----BEGIN PRIVATE KEY----- label'
  )
  expect(secretForms('')).toEqual([])
})

test("Signet's own words that share 8 characters with a secret are not cut (exact matching)", () => {
  const source = { get: (name: string) => (name === 'signing-key-passphrase' ? 'demo-passphrase' : '') }
  expect(withoutSecrets("warning: '--signing-key-passphrase' on the command line", source)).toBe(
    "warning: '--signing-key-passphrase' on the command line"
  )
  expect(withoutSecrets('it was demo-passphrase', source)).toBe('it was ***')
})

test('a password echoed after 980 characters of JSON is redacted before the body is cut', async () => {
  const secrets = new Secrets()
  secrets.add(PASSWORD)
  const errors = new ErrorMapper({ secrets, insecure: new Set(), advice: 'docker login' })
  const body = JSON.stringify({ errors: [{ code: 'DENIED', message: `${'x'.repeat(980)} ${PASSWORD}` }] })
  const error = await errors.statusError(
    { what: 'GET manifest', registry: 'r.example', method: 'GET' } as never,
    {
      status: 403,
      header: () => undefined,
      body: Object.assign(Readable.from([Buffer.from(body)]), { dump: async () => undefined })
    } as never
  )
  for (const form of secretForms(PASSWORD)) expect(error.message).not.toContain(form)
  for (const part of ['p@ss', 'w0rd/', encodeURIComponent(PASSWORD).slice(0, 8)])
    expect(error.message).not.toContain(part)
})

test('a docker config.json that is not JSON is refused naming the file, without quoting it (exit 2)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'signet-redact-'))
  const path = join(dir, 'config.json')
  writeFileSync(path, '{"auths": {"r.example": {"auth": "dXNlcjpodW50ZXIy"}}, oops}')
  const source = credentialSource({ dockerConfigPath: path })
  const error = await source.get('r.example').catch((thrown: unknown) => thrown)
  expect(error).toBeInstanceOf(DockerConfigError)
  expect((error as DockerConfigError).exitCode).toBe(2)
  expect((error as Error).message).toContain(path)
  expect((error as Error).message).not.toMatch(/dXNlcjpodW50ZXIy|oops|auths/)
})
