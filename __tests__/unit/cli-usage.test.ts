/**
 * The CLI (its main(), as the `signet` bin runs it) as a user meets it: help for every command generated
 * from the sub-actions' inputs, `--version` and `-v` anywhere, PEM content as a flag value, secrets from
 * the environment and stdin, and warnings for secrets on the command line. No network: every run here
 * ends before a registry is contacted, or needs none (verify-envelope).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { runMain, runMainWith as runCli, runMainWithEnv } from '../helpers/cli-main.js'

const VECTORS = resolve(process.cwd(), '__tests__/fixtures/notation-go')
const ROOT_PEM = readFileSync(`${VECTORS}/NotationTestRoot.pem`, 'utf8')
const STACK_TRACE = /\n\s+at .+[(:]\d+/
const EXIT_CODES =
  /^ {2}3 {2}could not complete: registry unreachable, DNS, TLS, authentication or server errors/m

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string }>
}
const subAction = (mode: string) => parse(readFileSync(`${mode}/action.yml`, 'utf8')) as ActionYaml

test('signet --help lists the commands and every exit code, and exits 0', async () => {
  for (const argv of [['--help'], ['-h'], ['help']]) {
    const { code, stdout } = await runMain(...argv)
    expect(code).toBe(0)
    for (const command of [
      'sign [IMAGE]',
      'verify [IMAGE…]',
      'verify-envelope',
      'rules from-trust-policy',
      'cert generate-test DIR',
      'completion bash|zsh',
      'help [COMMAND…]'
    ])
      expect(stdout).toMatch(new RegExp(`^ {2}${command.replace(/[[\]|]/g, '\\$&')} {3,}\\w`, 'm'))
    expect(stdout).toMatch(EXIT_CODES)
    expect(stdout).toContain('SIGNET_PASSWORD, SIGNET_SIGNING_KEY, SIGNET_SIGNING_KEY_PASSPHRASE')
  }
})

describe.each(['sign', 'verify'])('signet %s help', mode => {
  test.each([['--help'], ['-h'], ['help-command']])(
    '%s shows every input of the sub-action with its default',
    async form => {
      const argv = form === 'help-command' ? ['help', mode] : [mode, form]
      const { code, stdout, stderr } = await runMain(...argv)
      expect([code, stderr]).toEqual([0, ''])
      const image = mode === 'sign' ? '\\[IMAGE\\]' : '\\[IMAGE…\\]'
      expect(stdout).toMatch(new RegExp(`^Usage: signet ${mode} ${image} \\[flags\\]`))
      // The reference as an argument, another spelling of --image.
      expect(stdout).toContain(
        `Arguments:\n  IMAGE${mode === 'verify' ? '…' : ''}\n      ${subAction(mode).inputs.image.description.split('\n')[0]}\n      ${mode === 'verify' ? 'Each one more line of --image.' : 'The same as --image.'}\n`
      )
      const inputs = subAction(mode).inputs
      for (const [name, spec] of Object.entries(inputs)) {
        // An input whose default is 'true' or 'false' is an on-off flag: bare, or =true|false.
        const value = spec.default === 'true' || spec.default === 'false' ? '[=true|false]' : ' VALUE'
        const head = `  --${name}${value}${spec.default !== undefined && !spec.default.startsWith('${{') ? `  (default: ${spec.default})` : ''}\n`
        expect(stdout).toContain(head)
        // The description's first line follows, as the sub-action states it.
        expect(stdout).toContain(`${head}      ${spec.description.split('\n')[0]}\n`)
      }
      expect(stdout).toContain('  --password-stdin\n')
      expect(stdout).toContain('Or set SIGNET_PASSWORD')
      expect(stdout).toMatch(EXIT_CODES)
    }
  )
})

test('sign --help shows no verify-only flag, verify --help no sign-only flag', async () => {
  const sign = (await runMain('sign', '--help')).stdout
  const verify = (await runMain('verify', '--help')).stdout
  expect(sign).not.toMatch(/^ {2}--scenario /m)
  expect(sign).toMatch(/^ {2}--signing-key VALUE$/m)
  expect(verify).not.toMatch(/^ {2}--signing-key /m)
  expect(verify).toMatch(/^ {2}--max-signatures VALUE {2}\(default: 100\)$/m)
})

test('verify-envelope --help lists its four flags and the common ones', async () => {
  const { code, stdout } = await runCli(['verify-envelope', '-h'])
  expect(code).toBe(0)
  const flags = [...stdout.matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gm)].map(match => match[1])
  expect(flags).toEqual([
    'envelope',
    'trust-roots',
    'trusted-identities',
    'timestamp-roots',
    'json',
    'output',
    'debug',
    'help',
    'version'
  ])
  expect(stdout).toMatch(/^ {2}-o, --output text\|json$/m)
})

test.each([
  [['--version']],
  [['-v']],
  [['sign', '--version']],
  [['sign', '-v']],
  [['verify', '127.0.0.1:9/app:1', '--version=true']],
  [['cert', 'generate-test', '--version']],
  [['cert', 'generate-test', 'DIR', '-v']],
  [['cert', '-v']],
  [['rules', 'from-trust-policy', '-v']],
  [['completion', '--version']],
  [['help', 'verify', '-v']],
  [['verify', '--image', 'ghcr.io/acme/app:1', '--json', '--version']],
  [['verify-envelope', '--version', '--envelope', 'x']],
  [['sign', '--scenario', 'x', '--version']],
  [['no-such-command', '--version']]
])('%j prints the version and exits 0', async argv => {
  const { code, stdout } = await runMain(...argv)
  expect(code).toBe(0)
  expect(stdout).toBe('signet/0.1.0\n')
})

test.each([
  ['--trust-roots PEM', (pem: string) => ['--trust-roots', pem]],
  ['--trust-roots=PEM', (pem: string) => [`--trust-roots=${pem}`]]
])('PEM content as a flag value (%s) is taken as the value', async (_form, flag) => {
  const { code, stdout, stderr } = await runMain(
    'verify-envelope',
    '--envelope',
    `${VECTORS}/ca_valid_sig_env.json`,
    ...flag(ROOT_PEM)
  )
  expect(stderr).toBe('')
  expect(code).toBe(0)
  expect(stdout).toMatch(
    /^verified: application\/vnd\.docker\.distribution\.manifest\.v2\+json sha256:60043cf4/
  )
})

test('a signing key given as PEM content on the command line is read (and warned about)', async () => {
  // No manifests: the run stops at that input, after the key flag was parsed and the secret warned about.
  const key = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'
  const { code, stderr } = await runMain('sign', '--image', '127.0.0.1:9/app:1', '--signing-key', key)
  expect(stderr).toContain(
    'warning: --signing-key on the command line is visible to other users (ps) and kept in shell history: use SIGNET_SIGNING_KEY.'
  )
  expect(stderr).toMatch(/^signet: Missing input 'manifests'/m)
  expect(stderr).not.toContain('AAAA')
  expect(code).toBe(2)
})

test.each([
  ['a key file path', 'package.json', false],
  ['a PKCS#11 URI with its PIN from elsewhere', 'pkcs11:token=t;object=k?pin-source=env:PIN', false],
  ['a PKCS#11 URI holding its PIN', 'pkcs11:token=t;object=k?pin-value=1234', true]
])('--signing-key with %s: warned about %s', async (_what, value, warned) => {
  const { stderr } = await runMain('sign', '--image', '127.0.0.1:9/app:1', '--signing-key', value)
  expect(stderr.includes('warning: --signing-key on the command line')).toBe(warned)
  expect(stderr).toMatch(/^signet: Missing input 'manifests'/m)
})

test('SIGNET_PASSWORD is read from the environment, and never printed', async () => {
  const { code, stderr } = await runMainWithEnv(
    { SIGNET_PASSWORD: 'env-secret-value' },
    'verify',
    '--image',
    '127.0.0.1:9/app:1',
    '--trust-roots',
    `${VECTORS}/NotationTestRoot.pem`
  )
  // The password arrived: its partner input is now missing.
  expect(stderr).toBe("signet: Missing input 'username': 'username' and 'password' go together.\n")
  expect(code).toBe(2)
})

test('a password on the command line is warned about and pointed to SIGNET_PASSWORD and --password-stdin', async () => {
  const { code, stderr } = await runMain(
    'verify',
    '--image',
    '127.0.0.1:9/app:1',
    '--username',
    'u',
    '--password',
    'flag-secret-value',
    '--max-signatures',
    'lots'
  )
  expect(stderr).toContain(
    'warning: --password on the command line is visible to other users (ps) and kept in shell history: use SIGNET_PASSWORD or --password-stdin.'
  )
  expect(stderr).not.toContain('flag-secret-value')
  expect(code).toBe(2)
})

test('a password read from stdin is cut from whatever the CLI prints, as one given by flag or environment is', async () => {
  // The password also given as another input's value: the error quoting that value must not show it.
  const { code, stderr, stdout } = await runCli(
    [
      'verify',
      '--image',
      '127.0.0.1:9/app:1',
      '--username',
      'u',
      '--password-stdin',
      '--trust-roots',
      `${VECTORS}/NotationTestRoot.pem`,
      '--max-signatures',
      'stdin-secret-value'
    ],
    { stdin: 'stdin-secret-value\n' }
  )
  expect(stderr).toMatch(/Invalid input 'max-signatures': '\*\*\*'/)
  expect(stderr + stdout).not.toContain('stdin-secret-value')
  expect(code).toBe(2)
})

test('an environment secret that does not apply to the command is ignored', async () => {
  const { code, stdout } = await runMainWithEnv(
    { SIGNET_SIGNING_KEY: 'not used here', SIGNET_PASSWORD: 'nor this' },
    'verify-envelope',
    '--envelope',
    `${VECTORS}/ca_valid_sig_env.json`,
    '--trust-roots',
    `${VECTORS}/NotationTestRoot.pem`
  )
  expect(code).toBe(0)
  expect(stdout).toMatch(/^verified: /)
})

test('errors carry no stack trace, and --json reports them as JSON', async () => {
  const { code, stdout, stderr } = await runCli(['sign', '--scenario', 'x', '--json'])
  expect(code).toBe(2)
  expect(JSON.parse(stdout)).toEqual({
    code: 'INPUT',
    error:
      "Flag '--scenario' does not apply to 'signet sign': it belongs to 'signet verify'. See 'signet sign --help'."
  })
  expect(stdout + stderr).not.toMatch(STACK_TRACE)
})
