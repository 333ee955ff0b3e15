/**
 * Bad inputs, one table row (at least) per input of action.yml: a malformed value and the message it
 * must produce, run through both faces. The action (run() with INPUT_* env) fails the step with an
 * `::error::` line; the CLI (`main()`) exits 2. Neither prints a stack trace. Every value here
 * is refused before any network use: the registry named (127.0.0.1:9) is never contacted.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import { runActionInProcess } from '../helpers/action-in-process.js'
import { encodeKey, makePki, type TestPki } from '../helpers/pki.js'

const IMAGE = '127.0.0.1:9/app/bad:1.0'
const NO_CERTIFICATE = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'
const PRIVATE_KEY =
  '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\neyJrZGYiOnt9fQ==\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n'
const TRUSTED_ROOT = '__tests__/fixtures/sigstore/gh-cli/trusted_root.json'

interface Row {
  input: string
  value: string
  mode: 'sign' | 'verify'
  /** Other inputs this row needs (beyond the mode's valid base), e.g. a partner input. */
  extra?: Record<string, string>
  /** Inputs of the base to leave out. */
  omit?: string[]
  expected: RegExp
  /** The CLI's wording when it differs (the mode is its subcommand). */
  cliExpected?: RegExp
}

let pki: TestPki
let dir: string
const base: Record<'sign' | 'verify', Record<string, string>> = { sign: {}, verify: {} }

function actionInputNames(): string[] {
  const inputsSection = readFileSync('action.yml', 'utf8')
    .split(/^outputs:/m)[0]
    .split(/^inputs:/m)[1]
  return [...inputsSection.matchAll(/^ {2}([a-z][a-z-]*):/gm)].map(match => match[1])
}

const rows: Row[] = [
  {
    input: 'mode',
    mode: 'sign',
    value: 'publish',
    expected: /Invalid input 'mode': got 'publish'\. Expected one of: sign, verify\./,
    cliExpected: /Unknown command 'publish'\. Expected one of: sign, verify, verify-envelope/
  },
  {
    input: 'image',
    mode: 'sign',
    value: '127.0.0.1:9/App/Bad:1.0',
    expected: /Invalid image reference '127\.0\.0\.1:9\/App\/Bad:1\.0': the repository must be lowercase/
  },
  {
    input: 'image',
    mode: 'sign',
    value: `127.0.0.1:9/app@sha256:${'a'.repeat(64)}`,
    expected: /Invalid input 'image': .* must name a tag to publish and no digest/
  },
  {
    input: 'image',
    mode: 'verify',
    value: 'not a reference',
    expected: /Invalid image reference 'not a reference': .*Expected registry\/repository\[:tag\]/
  },
  {
    input: 'username',
    mode: 'verify',
    value: 'someone',
    expected: /Missing input 'password': 'username' and 'password' go together\./
  },
  {
    input: 'password',
    mode: 'verify',
    value: 's3cret-value',
    expected: /Missing input 'username': 'username' and 'password' go together\./
  },
  {
    input: 'insecure-registries',
    mode: 'verify',
    value: 'http://127.0.0.1:9',
    expected: /insecure-registries.*host:port, e\.g\. 127\.0\.0\.1:5000/
  },
  {
    input: 'registry-ca',
    mode: 'verify',
    value: '/no/such/ca.pem',
    expected: /registry-ca is neither PEM content nor a readable file: \/no\/such\/ca\.pem/
  },
  {
    input: 'scenario-annotation',
    mode: 'verify',
    value: 'not a key!',
    expected: /Invalid value in 'scenario-annotation': 'not a key!'\. Expected an annotation key/
  },
  {
    input: 'manifests',
    mode: 'sign',
    value: 'oci-layout:/tmp/x scenario=',
    expected: /Invalid line in 'manifests': .*'scenario=' is not a single 'scenario=…' or 'platform=…' option/
  },
  {
    input: 'manifests',
    mode: 'sign',
    value: 'oci-layout:/tmp/x scenario=a color=red',
    expected: /Invalid line in 'manifests': .*unknown option 'color'/
  },
  {
    input: 'tags',
    mode: 'sign',
    value: '-leading-dash',
    expected: /tags.*letters, digits, _ \. - \(at most 128\), not starting with \. or -/
  },
  {
    input: 'annotations',
    mode: 'sign',
    value: 'no-equals-sign',
    expected: /Invalid line in 'annotations': 'no-equals-sign'\. Expected 'key=value'\./
  },
  {
    input: 'signing-key',
    mode: 'sign',
    value: '/no/such/key.pem',
    // A secret input's value is described, never echoed, even when it looks like a path.
    expected:
      /signing-key is neither PEM content nor a readable file \(16 characters on 1 line, no PEM armour line first; the value is not shown\)/
  },
  {
    input: 'signing-key',
    mode: 'sign',
    value: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
    expected:
      /^(::error::|signet: )check signing key and certificate chain: signing-key is not a readable PEM private key/m
  },
  {
    input: 'signing-key-passphrase',
    mode: 'sign',
    value: 'w0rng-h0rse-b4ttery',
    extra: { 'signing-key': 'ENCRYPTED' },
    expected: /^(::error::|signet: )check signing key and certificate chain: .*passphrase/m
  },
  {
    input: 'signing-cert-chain',
    mode: 'sign',
    value: NO_CERTIFICATE,
    expected: /signing-cert-chain: certificate #1 is not a valid X\.509 certificate/
  },
  {
    input: 'sign-platform-manifests',
    mode: 'sign',
    value: 'yes',
    expected: /Invalid input 'sign-platform-manifests': 'yes'\. Expected 'true' or 'false'\./
  },
  {
    input: 'signature-format',
    mode: 'sign',
    value: 'jwt',
    expected: /Invalid input 'signature-format': 'jwt'\. Expected one of: jws, cose/
  },
  {
    input: 'trust-roots',
    mode: 'verify',
    value: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n',
    expected: /trust-roots holds no PEM certificate/
  },
  {
    input: 'trusted-identities',
    mode: 'verify',
    value: 'CN=release',
    expected: /trusted-identities: 'CN=release' must be '\*' or 'x509\.subject: C=…/
  },
  {
    input: 'trust-policy',
    mode: 'verify',
    value: '{"version": "0.9", "trustPolicies": []}',
    omit: ['trust-roots'],
    extra: { 'trust-store': 'STORE' },
    expected: /trust-policy: unsupported version "0\.9"; use "1\.0"/
  },
  {
    input: 'trust-store',
    mode: 'verify',
    value: 'STORE',
    omit: ['trust-roots'],
    expected: /Missing input 'trust-policy': 'trust-policy' and 'trust-store' go together\./
  },
  {
    input: 'scenario',
    mode: 'verify',
    value: 'a,b',
    expected: /scenario/
  },
  {
    input: 'platform',
    mode: 'verify',
    value: 'linux',
    expected: /Invalid platform 'linux' in platform\. Expected os\/arch\[\/variant\]/
  },
  {
    input: 'verify-layers',
    mode: 'verify',
    value: 'sometimes',
    expected: /Invalid input 'verify-layers': 'sometimes'\. Expected 'true' or 'false'\./
  },
  {
    input: 'max-signatures',
    mode: 'verify',
    value: '0',
    expected: /Invalid input 'max-signatures': '0'\. Expected a whole number from 1/
  },
  {
    input: 'max-signatures',
    mode: 'verify',
    value: 'ten',
    expected: /Invalid input 'max-signatures': 'ten'\. Expected a whole number from 1/
  },
  {
    input: 'max-concurrency',
    mode: 'verify',
    value: '0',
    expected: /Invalid input 'max-concurrency': '0'\. Expected a whole number from 1/
  },
  {
    input: 'shard',
    mode: 'verify',
    value: '5/4',
    expected: /Invalid input 'shard': '5\/4'\. Expected I\/N with 1 ≤ I ≤ N/
  },
  {
    input: 'dockerfiles',
    mode: 'verify',
    value: '/no/such/dir/**/Dockerfile',
    omit: ['image'],
    expected: /No Dockerfile under .* matches 'dockerfiles' \(\/no\/such\/dir\/\*\*\/Dockerfile\)/
  },
  {
    input: 'build-args',
    mode: 'verify',
    value: 'NO_EQUALS',
    expected: /Invalid line 1 in 'build-args': no '='\. Expected KEY=value/
  },
  {
    input: 'changed-only',
    mode: 'verify',
    value: 'often',
    expected: /Invalid input 'changed-only': 'often'\. Expected 'true' or 'false'\./
  },
  {
    input: 'github-token',
    mode: 'verify',
    value: 'ghp_x not\na token',
    expected: /github-token/
  },
  {
    input: 'allowed-registries',
    mode: 'verify',
    value: 'https://ghcr.io',
    expected: /allowed-registries.*a host or \*\.domain pattern, e\.g\. ghcr\.io/
  },
  {
    input: 'store',
    mode: 'verify',
    value: '/dev/null/store',
    expected: /store/
  },
  {
    input: 'cache',
    mode: 'verify',
    value: 'true',
    expected: /Input 'cache' is 'true' but 'store' is not set: name the store directory to cache\./
  },
  {
    input: 'output-archive',
    mode: 'verify',
    value: '/dev/null/out.tar',
    expected: /output-archive/
  },
  {
    input: 'signing-key',
    mode: 'sign',
    value: 'pkcs11:token=release?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-value=s3cr3t-pin',
    expected:
      /Invalid PKCS#11 URI in 'signing-key' \(pkcs11:token=release\?module-path=\/usr\/lib\/softhsm\/libsofthsm2\.so&pin-value=\*\*\*\): it names no key/
  },
  {
    input: 'signing-plugin',
    mode: 'sign',
    value: 'com.example.absent',
    extra: { 'signing-key-id': 'release' },
    omit: ['signing-key', 'signing-cert-chain'],
    expected:
      /check signing key and certificate chain: signing-plugin 'com\.example\.absent' is not installed: no executable notation-com\.example\.absent/
  },
  {
    input: 'signing-key-id',
    mode: 'sign',
    value: 'release',
    expected:
      /Input 'signing-key-id' is set but 'signing-plugin' is not: name the plugin that holds the key\./
  },
  {
    input: 'plugin-config',
    mode: 'sign',
    value: 'region',
    extra: { 'signing-plugin': 'com.example.kms', 'signing-key-id': 'release' },
    omit: ['signing-key', 'signing-cert-chain'],
    expected: /Invalid line 1 in 'plugin-config': no '='\. Expected KEY=value, a line each\./
  },
  {
    input: 'timestamp-url',
    mode: 'sign',
    value: 'timestamp.example.com',
    extra: { 'timestamp-roots': '/no/such/tsa-root.pem' },
    expected: /Invalid input 'timestamp-url': 'timestamp\.example\.com'\. Expected an http or https URL/
  },
  {
    input: 'timestamp-url',
    mode: 'sign',
    value: 'https://user:pw@tsa.example.com/',
    extra: { 'timestamp-roots': '/no/such/tsa-root.pem' },
    expected: /Invalid input 'timestamp-url': it carries a user name or password/
  },
  {
    input: 'timestamp-roots',
    mode: 'sign',
    value: '/no/such/tsa-root.pem',
    extra: { 'timestamp-url': 'http://127.0.0.1:9/tsa' },
    expected: /timestamp-roots is neither PEM content nor a readable file: \/no\/such\/tsa-root\.pem/
  },
  {
    input: 'timestamp-roots',
    mode: 'verify',
    value: 'LEAF_PEM',
    expected: /timestamp-roots: certificate #1 \(".*"\) is not a CA certificate/
  },
  {
    input: 'revocation',
    mode: 'verify',
    value: 'strict',
    expected: /Invalid input 'revocation': 'strict'\. Expected one of: enforce, log, skip\./
  },
  {
    input: 'rules',
    mode: 'verify',
    value: 'version: 1\nrules:\n  - match: "127.0.0.1:9/[app"\n    verify: reject',
    omit: ['trust-roots'],
    expected: /rules:3: rules\[0\]\.match: '127\.0\.0\.1:9\/\[app' is not a valid glob/
  },
  {
    input: 'workloads',
    mode: 'verify',
    value: 'no-such-dir/**/*.yaml',
    expected: /No file under .* matches 'workloads' \(no-such-dir\/\*\*\/\*\.yaml\): check the globs/
  },
  {
    input: 'sweep',
    mode: 'sign',
    value: 'acme',
    expected:
      /Invalid input 'sweep': 'acme' does not start with a registry host\. Expected REGISTRY\/NAMESPACE/
  },
  {
    input: 'repositories',
    mode: 'sign',
    value: '127.0.0.1:9/other/app',
    extra: { sweep: '127.0.0.1:9/acme' },
    omit: ['image', 'manifests'],
    expected:
      /Invalid line in 'repositories': '127\.0\.0\.1:9\/other\/app'\. Expected a repository under 127\.0\.0\.1:9\/acme/
  },
  {
    input: 'dry-run',
    mode: 'sign',
    value: 'maybe',
    extra: { sweep: '127.0.0.1:9/acme' },
    omit: ['image', 'manifests'],
    expected: /Invalid input 'dry-run': 'maybe'\. Expected 'true' or 'false'\./
  },
  {
    input: 'cosign-key',
    mode: 'verify',
    value: PRIVATE_KEY,
    expected: /cosign-key holds a private key: a verifier needs only the public key/,
  },
  {
    input: 'sigstore-trusted-root',
    mode: 'verify',
    value: '{"mediaType": "application/json"}',
    extra: {
      'certificate-identity': 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
      'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
    },
    expected:
      /sigstore-trusted-root is not a usable Sigstore trusted root: its mediaType is 'application\/json'/,
  },
  {
    input: 'certificate-identity',
    mode: 'verify',
    value: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
    extra: { 'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com' },
    expected: /Input 'certificate-identity' needs 'sigstore-trusted-root'/,
  },
  {
    input: 'certificate-identity-regexp',
    mode: 'verify',
    value: '^https://github.com/(acme',
    extra: {
      'sigstore-trusted-root': TRUSTED_ROOT,
      'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
    },
    expected: /Input 'certificate-identity-regexp' is not a valid regular expression/,
  },
  {
    input: 'certificate-oidc-issuer',
    mode: 'verify',
    value: 'https://token.actions.githubusercontent.com',
    extra: { 'sigstore-trusted-root': TRUSTED_ROOT },
    expected: /Input 'certificate-identity' is missing: keyless signatures need the expected signer/,
  },
  {
    input: 'signers',
    mode: 'verify',
    value: '- x509: { roots: root.pem }',
    expected: /Input 'signers', item #1: unknown signer kind 'x509'/,
  },
  {
    input: 'require',
    mode: 'verify',
    value: '2',
    expected: /Input 'require' asks for 2 distinct signers but 1 is configured/,
  }
]

beforeAll(async () => {
  pki = await makePki()
  dir = mkdtempSync(join(tmpdir(), 'signet-bad-inputs-'))
  base.sign = {
    image: IMAGE,
    'insecure-registries': '127.0.0.1:9',
    manifests: 'oci-layout:/no/such/layout scenario=a',
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem
  }
  base.verify = { image: IMAGE, 'insecure-registries': '127.0.0.1:9', 'trust-roots': pki.rootPem }
})

/** The row's full input values, placeholders resolved. */
function valuesOf(row: Row): Record<string, string> {
  const values: Record<string, string> = { ...base[row.mode], ...row.extra, [row.input]: row.value }
  for (const name of row.omit ?? []) delete values[name]
  for (const [name, value] of Object.entries(values)) {
    if (value === 'ENCRYPTED') values[name] = encodeKey(pki.key, 'pkcs8-encrypted', 'the-right-passphrase')
    if (value === 'STORE') values[name] = dir
    if (value === 'LEAF_PEM') values[name] = pki.chainPem
  }
  return { mode: row.mode, ...values }
}

async function runCli(values: Record<string, string>): Promise<{ code: number; output: string }> {
  const { mode, ...flags } = values
  // --name=value: PEM values start with '-', which parseArgs would take for an option.
  const argv = [mode, ...Object.entries(flags).map(([name, value]) => `--${name}=${value}`)]
  let output = ''
  const code = await main(argv, {
    stdout: text => void (output += text),
    stderr: text => void (output += text),
    env: {}
  })
  return { code, output }
}

const STACK_TRACE = /\n\s+at .+[(:]\d+/

test('the table covers every input of action.yml', () => {
  const covered = new Set(rows.map(row => row.input))
  expect(actionInputNames().filter(name => !covered.has(name))).toEqual([])
})

describe.each(rows.map(row => [row.input, row.value.split('\n')[0], row] as const))(
  '%s = %j',
  (_input, _value, row) => {
    test('the action fails the step with an ::error:: line and no stack trace', async () => {
      const { code, stdout } = await runActionInProcess(valuesOf(row), { HOME: dir })
      const error = stdout.split('\n').find(line => line.startsWith('::error::')) ?? ''
      expect(error).toMatch(row.expected)
      expect(code).toBe(1)
      expect(stdout).not.toMatch(STACK_TRACE)
    })

    test('the CLI exits 2 with the same message and no stack trace', async () => {
      const { code, output } = await runCli(valuesOf(row))
      expect(output).toMatch(row.cliExpected ?? row.expected)
      expect(code).toBe(2)
      expect(output).not.toMatch(STACK_TRACE)
    })
  }
)

test('a refused passphrase is not echoed', async () => {
  const row = rows.find(candidate => candidate.input === 'signing-key-passphrase') as Row
  const { output } = await runCli(valuesOf(row))
  expect(output).not.toContain('w0rng-h0rse-b4ttery')
})

/**
 * Misused flags and commands of the CLI (no action input is involved): each error names the flag or
 * command, the cause and the fix, exits 2, and comes before any network use.
 */
const flagRows: { case: string; argv: () => string[]; stdin?: string; expected: RegExp }[] = [
  {
    case: 'a verify flag given to sign',
    argv: () => ['sign', '--image', IMAGE, '--scenario', 'kernel-5.15'],
    expected:
      /^signet: Flag '--scenario' does not apply to 'signet sign': it belongs to 'signet verify'\. See 'signet sign --help'\.$/m
  },
  {
    case: 'a sign flag given to verify',
    argv: () => ['verify', '--image', IMAGE, '--manifests', 'oci-layout:./out'],
    expected: /Flag '--manifests' does not apply to 'signet verify': it belongs to 'signet sign'\./
  },
  {
    case: 'an action flag given to verify-envelope',
    argv: () => ['verify-envelope', '--envelope', 'sig.jws', '--image', IMAGE],
    expected:
      /Flag '--image' does not apply to 'signet verify-envelope': it belongs to 'signet sign' and 'signet verify'\./
  },
  {
    case: 'an unknown flag',
    argv: () => ['verify', '--trust-rootz', 'root.pem'],
    expected:
      /Unknown flag '--trust-rootz' for 'signet verify'\. Did you mean '--trust-roots'\? See 'signet verify --help'\./
  },
  {
    case: 'an unknown command',
    argv: () => ['foo', 'DIR'],
    expected: /^signet: Unknown command 'foo'\. Expected one of: sign, verify, verify-envelope/m
  },
  {
    case: 'a flag before any command',
    argv: () => ['--image', IMAGE],
    expected: /Expected a command before '--image', one of: sign, verify, verify-envelope/
  },
  {
    case: 'a positional argument to a command that takes none',
    argv: () => ['verify-envelope', IMAGE],
    expected:
      /Unexpected argument '127\.0\.0\.1:9\/app\/bad:1\.0': 'signet verify-envelope' takes only flags \(--name value\)/
  },
  {
    case: 'a second reference to sign',
    argv: () => ['sign', IMAGE, `${IMAGE}-2`],
    expected: /Unexpected argument '127\.0\.0\.1:9\/app\/bad:1\.0-2': expected 'signet sign \[IMAGE\]'\./
  },
  {
    case: 'a value flag without its value',
    argv: () => ['verify', '--trust-roots', pki.rootPem, '--image'],
    expected: /Flag '--image' needs a value\. See 'signet verify --help'\./
  },
  {
    case: 'a switch given a value other than true or false',
    argv: () => ['verify', '--json=yes'],
    expected: /Flag '--json' is on or off: '--json' alone or '--json=true\|false', not 'yes'\./
  },
  {
    case: '--password with --password-stdin',
    argv: () => [...verifyArgv(), '--username', 'u', '--password', 'pw-on-the-line', '--password-stdin'],
    stdin: 'pw-from-stdin\n',
    expected: /Flags '--password' and '--password-stdin' exclude each other: give the password one way\./
  },
  {
    case: '--password-stdin with nothing on stdin',
    argv: () => [...verifyArgv(), '--username', 'u', '--password-stdin'],
    stdin: '',
    expected: /Flag '--password-stdin' read an empty password: pipe it in/
  }
]

function verifyArgv(): string[] {
  return ['verify', '--image', IMAGE, '--insecure-registries', '127.0.0.1:9', '--trust-roots', pki.rootPem]
}

describe.each(flagRows.map(row => [row.case, row] as const))('CLI: %s', (_case, row) => {
  test('exits 2 naming the flag or command, without a stack trace', async () => {
    let output = ''
    const code = await main(row.argv(), {
      stdout: text => void (output += text),
      stderr: text => void (output += text),
      env: {},
      readStdin: async () => row.stdin ?? ''
    })
    expect(output).toMatch(row.expected)
    expect(code).toBe(2)
    expect(output).not.toMatch(STACK_TRACE)
    expect(output).not.toContain('pw-on-the-line')
  })
})
