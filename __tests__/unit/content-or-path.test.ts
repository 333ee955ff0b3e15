/** The one decision "content or a path?" for every input that takes either, and its messages. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  isContent,
  namesExistingFile,
  readContentOrPath,
  readPemInput
} from '../../src/inputs/content-or-path.js'
import { InputError } from '../../src/util/errors.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { thrown } from '../helpers/thrown.js'

let pki: TestPki
let dir: string
beforeAll(async () => {
  pki = await makePki()
  dir = mkdtempSync(join(tmpdir(), 'signet-content-'))
  writeFileSync(join(dir, 'chain.pem'), pki.chainPem)
  writeFileSync(join(dir, 'rules.yml'), 'version: 1\nrules: []\n')
  writeFileSync(join(dir, 'trustpolicy.json'), '{"version":"1.0"}')
})

test.each([
  ['pem', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', true],
  ['pem', './certs/root.pem', false],
  ['yaml', 'version: 1\nrules: []', true],
  ['yaml', 'rules.yml', false],
  ['json', '  {"version":"1.0"}', true],
  ['json', './trustpolicy.json', false]
] as const)('isContent(%s, %j) is %s', (format, value, content) => {
  expect(isContent(value, format)).toBe(content)
})

test('content is returned as given; a path is read, trimmed, and named', () => {
  expect(readContentOrPath(pki.chainPem, 'pem', 'trust-roots')).toEqual({ text: pki.chainPem })
  expect(readContentOrPath(` ${join(dir, 'chain.pem')}\n`, 'pem', 'trust-roots')).toEqual({
    text: pki.chainPem,
    path: join(dir, 'chain.pem')
  })
  expect(readContentOrPath(join(dir, 'rules.yml'), 'yaml', 'rules').text).toBe('version: 1\nrules: []\n')
  expect(readContentOrPath(join(dir, 'trustpolicy.json'), 'json', 'trust-policy').text).toBe(
    '{"version":"1.0"}'
  )
})

test.each([
  ['pem', 'signing-key', 'signing-key is neither PEM content nor a readable file: /nonexistent/x'],
  ['yaml', 'rules', "Input 'rules': /nonexistent/x is neither YAML content nor a readable file."],
  ['json', 'trust-policy', 'trust-policy is neither JSON content nor a readable file: /nonexistent/x']
] as const)(
  'a %s input naming no readable file: an InputError of %s, worded as before',
  (format, input, message) => {
    const error = thrown(() => readContentOrPath('/nonexistent/x', format, input))
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe(input)
    expect(error.message).toBe(message)
  }
)

describe('readPemInput', () => {
  test('returns PEM content as is, reads a file otherwise', () => {
    expect(readPemInput(pki.chainPem, 'signing-cert-chain')).toBe(pki.chainPem)
    expect(readPemInput(join(dir, 'chain.pem'), 'signing-cert-chain')).toBe(pki.chainPem)
  })

  test('never echoes something that could be key material', () => {
    const armourless = pki.keyPem.split('\n').slice(1, -2).join('\n')
    const error = thrown(() => readPemInput(armourless, 'signing-key'))
    expect(error.message).toBe('signing-key is neither PEM content nor a readable file (value not shown)')
  })

  test('a secret input is described, never shown, even when it looks like a path', () => {
    const error = thrown(() => readPemInput('/nonexistent/key.pem', 'signing-key', { secret: true }))
    expect(error.message).toMatch(
      /^signing-key is neither PEM content nor a readable file \(.*; the value is not shown\)$/
    )
    expect(error.message).not.toContain('/nonexistent/key.pem')
  })
})

test('namesExistingFile: a path that exists, never content', () => {
  expect(namesExistingFile(join(dir, 'chain.pem'), 'pem')).toBe(true)
  expect(namesExistingFile(join(dir, 'missing.pem'), 'pem')).toBe(false)
  expect(namesExistingFile(pki.chainPem, 'pem')).toBe(false)
})
