/**
 * A secret input is never echoed, even when malformed: every input SECRET_INPUTS lists (so a secret input
 * added later is covered without touching this file) gets malformed values (a path with a typo, a
 * pkcs11: URI carrying pin-value, a PEM with a broken armour, a token with a space, two lines) in both
 * modes, through the CLI and through the bundled action, against a registry that answers every request
 * with a 401 quoting the credentials it was sent. No 8 characters in a row of the value may be printed
 * (PEM armour lines are public framing and not counted), except in the action's own `::add-mask::`:
 * Signet never quotes part of a secret, and redaction removes every whole form of one.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import { SECRET_INPUTS } from '../../src/inputs/contract.js'
import { runBuiltAction } from '../helpers/built-action.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { encodeKey, makePki, type TestPki } from '../helpers/pki.js'
import { startStub, type StubRegistry } from '../helpers/stub-registry.js'

const PASSPHRASE = 'Kx9-passphrase-of-the-test-key'

const MALFORMED = [
  '/home/runner/work/keys/sgning-kye.pme',
  'pkcs11:token=release;object=signing?pin-value=73915-Qz-pin&module-path=/usr/lib/softhsm.so',
  '----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----',
  '-----BEGIN ENCRYPTED PRIVATE KEY-----\nnot*base64~at+all,Zq8mWv3\n-----END ENCRYPTED PRIVATE KEY-----',
  'ghp_Q2x7bW9uZXktdG9rZW4tdmFsdWU5 trailing-word',
  'first-line-of-secret-Vb1\nsecond-line-of-secret-Wc2'
]

let stub: StubRegistry
let pki: TestPki
let image: TestImage
let dir: string
let encryptedKeyPath: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-secret-echo-'))
  pki = await makePki()
  image = await makeOciLayout({ seed: 'secret-echo' })
  encryptedKeyPath = join(dir, 'key.pem')
  await writeFile(encryptedKeyPath, encodeKey(pki.key, 'pkcs8-encrypted', PASSPHRASE))
  // A hostile registry: every answer is a 401 that repeats the credentials it was sent, decoded too.
  stub = await startStub((request, response) => {
    const authorization = request.headers.authorization ?? ''
    const decoded = Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString('utf8')
    response.writeHead(401, { 'www-authenticate': 'Basic realm="stub"', 'content-type': 'application/json' })
    response.end(
      JSON.stringify({
        errors: [{ code: 'UNAUTHORIZED', message: `you sent ${authorization} = ${decoded}` }]
      })
    )
  })
})
afterAll(async () => {
  await stub?.stop()
  await rm(dir, { recursive: true, force: true })
})

function baseInputs(mode: 'sign' | 'verify'): Record<string, string> {
  const common = {
    mode,
    image: `${stub.host}/app/echo:1`,
    'insecure-registries': stub.host,
    username: 'robot',
    password: 'Ht4Qz9-kW7mVp2-xR5'
  }
  return mode === 'sign'
    ? {
        ...common,
        manifests: `oci-layout:${image.dir}:${image.tag} scenario=s`,
        'signing-key': encryptedKeyPath,
        'signing-key-passphrase': PASSPHRASE,
        'signing-cert-chain': pki.chainPem
      }
    : { ...common, 'trust-roots': pki.rootPem, 'github-token': 'ghs_validTokenValue123' }
}

/**
 * Every 8-character run of the value's lines, armour lines left out. In a `signing-key` pkcs11: URI only
 * the PIN is secret: token, object and module path are configuration that errors name.
 */
function fragments(value: string, input: string): string[] {
  const pin = /[?&]pin-value=([^&]*)/.exec(value)?.[1]
  const secret = input === 'signing-key' && value.startsWith('pkcs11:') && pin !== undefined ? pin : value
  const secretLines = secret.split('\n').filter(line => !/^-+\s*(BEGIN|END) [A-Z0-9 ]+-+$/.test(line))
  return secretLines.flatMap(line =>
    Array.from({ length: Math.max(0, line.length - 7) }, (_, i) => line.slice(i, i + 8))
  )
}

function leaks(output: string, value: string, input: string): string[] {
  return fragments(value, input).filter(fragment => output.includes(fragment))
}

async function cliOutput(inputs: Record<string, string>): Promise<string> {
  const { mode, ...flags } = inputs
  const args = [mode, ...Object.entries(flags).map(([name, value]) => `--${name}=${value}`), '--debug']
  let output = ''
  const write = (text: string): void => void (output += text)
  await main(args, { stdout: write, stderr: write, env: {} })
  return output
}

async function actionOutput(inputs: Record<string, string>): Promise<string> {
  const run = await runBuiltAction(inputs, { env: { RUNNER_DEBUG: '1' } })
  // The masking commands themselves carry the secret to the runner, which hides it from then on.
  const printed = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  return printed + run.outputFile + run.summary
}

const cases = SECRET_INPUTS.flatMap(input =>
  (['sign', 'verify'] as const).flatMap(mode =>
    MALFORMED.map((value, index) => ({ input, mode, value, index }))
  )
)

test('the secret inputs include the four the issue names', () => {
  expect(SECRET_INPUTS).toEqual(
    expect.arrayContaining(['signing-key', 'signing-key-passphrase', 'password', 'github-token'])
  )
})

test.each(cases)(
  'CLI: $input in $mode, malformed value #$index, is never printed',
  async ({ input, mode, value }) => {
    const output = await cliOutput({ ...baseInputs(mode), [input]: value })
    expect(output).not.toBe('')
    expect(leaks(output, value, input)).toEqual([])
  }
)

test.each(cases)(
  'action: $input in $mode, malformed value #$index, is never printed',
  async ({ input, mode, value }) => {
    const output = await actionOutput({ ...baseInputs(mode), [input]: value })
    expect(output).toMatch(/::error::/)
    expect(leaks(output, value, input)).toEqual([])
  }
)

test('a well-formed password a registry echoes back is redacted too', async () => {
  const inputs = baseInputs('verify')
  const output = await cliOutput(inputs)
  expect(output).toMatch(/HTTP 401/)
  expect(leaks(output, inputs.password, 'password')).toEqual([])
  // Redaction is exact: Signet's own words around it stay whole.
  expect(output).toContain('--password on the command line')
  expect(output).not.toContain(Buffer.from(`robot:${inputs.password}`).toString('base64'))
})
