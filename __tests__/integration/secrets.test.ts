/**
 * No secret in any log: sign and verify run through both faces (the action's run() with INPUT_* env,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files; the CLI's main() with --debug) with an encrypted key
 * and its passphrase, a Basic-auth registry password and a token registry's bearer tokens. Every byte
 * they print is captured, and no secret may appear in it, in clear or base64, except inside the
 * `::add-mask::` commands that are the masking itself.
 */
import { main } from '../../src/cli/main.js'
import { runActionInProcess } from '../helpers/action-in-process.js'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { encodeKey, makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'

const PASSPHRASE = 'correct-horse-battery-staple-42'

let pki: TestPki
let encryptedKey: string
let image: TestImage
let basic: TestRegistry
let token: TestRegistry
/** In front of the token registry, to capture the bearer tokens Signet is issued and sends. */
let tokenProxy: FaultProxy

beforeAll(async () => {
  pki = await makePki()
  encryptedKey = encodeKey(pki.key, 'pkcs8-encrypted', PASSPHRASE)
  image = await makeOciLayout({ seed: 'secrets', layerSizes: [1500] })
  basic = await startRegistry({ auth: 'basic' })
  token = await startRegistry({ auth: 'token' })
  tokenProxy = await startFaultProxy({ target: token.host })
})
afterAll(async () => {
  await tokenProxy?.stop()
  await basic?.stop()
  await token?.stop()
})

interface Target {
  label: string
  registry: () => TestRegistry
}
const targets: Target[] = [
  { label: 'Basic auth registry', registry: () => basic },
  { label: 'token auth registry', registry: () => token }
]
const hostOf = (target: Target) => (target.registry() === token ? tokenProxy.host : basic.host)

function signValues(target: Target, repository: string): Record<string, string> {
  const registry = target.registry()
  return {
    mode: 'sign',
    image: `${hostOf(target)}/${repository}:1.0`,
    'insecure-registries': hostOf(target),
    username: registry.username as string,
    password: registry.password as string,
    manifests: `oci-layout:${image.dir}:${image.tag} scenario=s`,
    'signing-key': encryptedKey,
    'signing-key-passphrase': PASSPHRASE,
    'signing-cert-chain': pki.chainPem
  }
}

function verifyValues(target: Target, repository: string): Record<string, string> {
  const registry = target.registry()
  return {
    mode: 'verify',
    image: `${hostOf(target)}/${repository}:1.0`,
    'insecure-registries': hostOf(target),
    username: registry.username as string,
    password: registry.password as string,
    'trust-roots': pki.rootPem
  }
}

/** The distinct bearer tokens the token registry's clients sent through the proxy. */
function capturedBearerTokens(): string[] {
  const values = tokenProxy.requests
    .map(request => request.authorization)
    .filter((value): value is string => value?.startsWith('Bearer ') === true)
  return [...new Set(values.map(value => value.slice('Bearer '.length)))]
}

/** Every secret of a run, in clear and base64 (standard and url-safe), plus each line of the keys. */
function secretForms(target: Target): string[] {
  const registry = target.registry()
  const bearerTokens = capturedBearerTokens()
  const secrets = [
    PASSPHRASE,
    registry.password as string,
    `${registry.username}:${registry.password}`,
    ...bearerTokens
  ]
  const keyLines = [encryptedKey, pki.keyPem]
    .flatMap(pem => pem.split('\n'))
    .filter(line => line.length >= 16 && !line.startsWith('-----'))
  return [
    ...secrets.flatMap(secret => [
      secret,
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64url')
    ]),
    ...keyLines
  ]
}

function leaks(text: string, secrets: string[]): string[] {
  const visible = text
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  return secrets.filter(secret => visible.includes(secret))
}

/** The action's run() with debug lines on, so the test sees what a debug-enabled run would print. */
const runAction = (values: Record<string, string>) => runActionInProcess(values, { RUNNER_DEBUG: '1' })

async function runCli(
  values: Record<string, string>
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { mode, ...flags } = values
  // --name=value: PEM values start with '-', which parseArgs would take for an option.
  const argv = [mode, '--debug', ...Object.entries(flags).map(([name, value]) => `--${name}=${value}`)]
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    env: {}
  })
  return { code, stdout, stderr }
}

describe.each(targets)('$label', target => {
  test('the action: sign and verify print and write no secret', async () => {
    const repository = `secrets/action-${target.registry() === token ? 'token' : 'basic'}`
    const signed = await runAction(signValues(target, repository))
    expect(signed.code).toBe(0)
    expect(signed.outputFile).toContain('digest')
    const verified = await runAction(verifyValues(target, repository))
    expect(verified.code).toBe(0)
    expect(verified.outputFile).toMatch(/verified.*\n?true/)
    expect(verified.summary).toContain('<table>')

    const secrets = secretForms(target)
    if (target.registry() === token) expect(capturedBearerTokens().length).toBeGreaterThan(0)
    // The masks themselves were issued for the inputs and the derived credentials.
    expect(signed.stdout).toContain(`::add-mask::${PASSPHRASE}`)
    expect(signed.stdout).toContain(`::add-mask::${target.registry().password}`)
    for (const result of [signed, verified]) {
      expect(leaks(result.stdout, secrets)).toEqual([])
      expect(leaks(result.outputFile, secrets)).toEqual([])
      expect(leaks(result.summary, secrets)).toEqual([])
    }
    // Debug lines were on, so the test saw what a debug-enabled run would print.
    expect(signed.stdout).toContain('::debug::')
  })

  test('the CLI with --debug: sign and verify print no secret', async () => {
    const repository = `secrets/cli-${target.registry() === token ? 'token' : 'basic'}`
    const signed = await runCli(signValues(target, repository))
    expect(signed.stderr).not.toMatch(/^signet: /m)
    expect(signed.code).toBe(0)
    const verified = await runCli(verifyValues(target, repository))
    expect(verified.code).toBe(0)
    expect(signed.stderr).toContain('debug: ')

    const secrets = secretForms(target)
    for (const result of [signed, verified]) {
      expect(leaks(result.stdout, secrets)).toEqual([])
      expect(leaks(result.stderr, secrets)).toEqual([])
    }
  })

  test('a refused password is not echoed in the error either', async () => {
    const wrong = 'wrong-password-that-must-not-show-9f8e7d'
    const values = { ...verifyValues(target, 'secrets/refused'), password: wrong }
    const cli = await runCli(values)
    const action = await runAction(values)
    // Refused credentials: the check could not complete (exit 3), no verdict on the image.
    expect(cli.code).toBe(3)
    expect(action.code).toBe(1)
    const forms = [wrong, Buffer.from(`${target.registry().username}:${wrong}`).toString('base64')]
    expect(leaks(cli.stdout + cli.stderr, forms)).toEqual([])
    expect(leaks(action.stdout + action.outputFile + action.summary, forms)).toEqual([])
  })
})
