import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { main } from '../../src/cli/main.js'

const VECTORS = resolve(process.cwd(), '__tests__/fixtures/notation-go')

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: t => void (stdout += t), stderr: t => void (stderr += t), env: {} })
  return { code, stdout, stderr }
}

describe('signet CLI', () => {
  test('--help lists the subcommands and exits 0', async () => {
    const { code, stdout } = await cli('--help')
    expect(code).toBe(0)
    for (const command of ['sign', 'verify', 'verify-envelope'])
      expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'))
  })

  test('no command prints usage and exits 2', async () => {
    const { code, stdout } = await cli()
    expect(code).toBe(2)
    expect(stdout).toMatch(/^Usage: signet/)
  })

  test('an unknown command exits 2 naming the choices, without a stack trace', async () => {
    const { code, stderr } = await cli('publish')
    expect(code).toBe(2)
    expect(stderr).toBe(
      "signet: Unknown command 'publish'. Expected one of: sign, verify, verify-envelope, rules from-trust-policy, report merge, cert generate-test, containerd-verifier, containerd-verifier install, completion, help (see --help).\n"
    )
  })

  test('an unknown flag exits 2', async () => {
    const { code, stderr } = await cli('verify', '--trust-rootz', 'x')
    expect(code).toBe(2)
    expect(stderr).toMatch(/trust-rootz/)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  test('bad input through flags exits 2 naming the input; --json reports it as JSON', async () => {
    const { code, stdout } = await cli(
      'verify',
      '--image',
      'ghcr.io/acme/app:1',
      '--max-signatures',
      'lots',
      '--trust-roots',
      `${VECTORS}/NotationTestRoot.pem`,
      '--json'
    )
    expect(code).toBe(2)
    expect(JSON.parse(stdout)).toEqual({
      code: 'INPUT',
      error: "Invalid input 'max-signatures': 'lots'. Expected a whole number from 1 to 999999."
    })
  })

  test('verify-envelope accepts a notation-made envelope under its root and prints the target', async () => {
    const { code, stdout } = await cli(
      'verify-envelope',
      '--envelope',
      `${VECTORS}/ca_valid_sig_env.json`,
      '--trust-roots',
      `${VECTORS}/NotationTestRoot.pem`,
      '--json'
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({
      verified: true,
      target: {
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        digest: 'sha256:60043cf45eaebc4c0867fea485a039b598f52fd09fd5b07b0b2d2f88fad9d74e',
        size: 528
      },
      signer: 'C=US, ST=WA, L=Seattle, O=Notary, CN=Notation Test Root'
    })
  })

  test.each([
    ['ca_invalid_sig_env.json', /base64|signature/i],
    ['ca_expired_sig_env.json', /expired/i],
    ['ca_plugin_sig_env.json', /critical/i],
    ['sa_valid_sig_env.json', /signing scheme/i]
  ])('verify-envelope rejects %s with exit 1', async (file, reason) => {
    const { code, stdout } = await cli(
      'verify-envelope',
      '--envelope',
      `${VECTORS}/${file}`,
      '--trust-roots',
      `${VECTORS}/NotationTestRoot.pem`
    )
    expect(code).toBe(1)
    expect(stdout).toMatch(/^rejected: /)
    expect(stdout).toMatch(reason)
  })

  test('verify-envelope with a trusted identity that does not match exits 1', async () => {
    const { code, stdout } = await cli(
      'verify-envelope',
      '--envelope',
      `${VECTORS}/ca_valid_sig_env.json`,
      '--trust-roots',
      `${VECTORS}/NotationTestRoot.pem`,
      '--trusted-identities',
      'x509.subject: C=US, ST=WA, O=DummyOrg, CN=LOL'
    )
    expect(code).toBe(1)
    expect(stdout).toMatch(/identit/i)
  })
})

/** Every command as notation, cosign and crane users type it, run through main(); the old spellings too. */
describe('signet CLI as people type it', () => {
  const ROOTS = `${VECTORS}/NotationTestRoot.pem`
  const ENVELOPE = `${VECTORS}/ca_valid_sig_env.json`
  const BAD = 'Invalid image reference'

  test('verify IMAGE…: every argument is an image to verify, added to --image', async () => {
    // The second reference is malformed: it was read as an image.
    const both = await cli('verify', '127.0.0.1:9/app:1', '127.0.0.1:9/App:2', '--trust-roots', ROOTS)
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining(`${BAD} '127.0.0.1:9/App:2'`)])
    const mixed = await cli(
      'verify',
      '127.0.0.1:9/app:1',
      '--image',
      '127.0.0.1:9/App:3',
      '--trust-roots',
      ROOTS
    )
    expect([mixed.code, mixed.stderr]).toEqual([2, expect.stringContaining(`${BAD} '127.0.0.1:9/App:3'`)])
  })

  test('sign IMAGE is the image; the same with --image is fine, a different one an error', async () => {
    expect((await cli('sign', '127.0.0.1:9/App:1')).stderr).toContain(`${BAD} '127.0.0.1:9/App:1'`)
    const same = await cli('sign', '127.0.0.1:9/app:1', '--image', '127.0.0.1:9/app:1')
    expect([same.code, same.stderr]).toEqual([2, expect.stringMatching(/^signet: Missing input 'manifests'/)])
    const differ = await cli('sign', '127.0.0.1:9/app:1', '--image', '127.0.0.1:9/app:2')
    expect([differ.code, differ.stderr]).toEqual([
      2,
      "signet: The IMAGE argument '127.0.0.1:9/app:1' and '--image 127.0.0.1:9/app:2' differ: give one. See 'signet sign --help'.\n"
    ])
  })

  test('a bare on-off flag never swallows the next flag', async () => {
    // Were '--max-signatures' taken as the value of --verify-layers, the error would be about verify-layers.
    for (const onOff of [['--verify-layers'], ['--verify-layers=true'], ['--verify-layers', 'false']]) {
      const { code, stderr } = await cli(
        'verify',
        '127.0.0.1:9/app:1',
        ...onOff,
        '--max-signatures',
        'lots',
        '--trust-roots',
        ROOTS
      )
      expect([code, stderr]).toEqual([
        2,
        expect.stringMatching(/^signet: Invalid input 'max-signatures': 'lots'/)
      ])
    }
    const sweep = await cli('sign', '--sweep', '127.0.0.1:9/acme', '--dry-run')
    expect([sweep.code, sweep.stderr]).toEqual([
      2,
      expect.stringMatching(/^signet: Input 'sweep' needs 'rules'/)
    ])
  })

  test("an on-off input's value is checked as the action checks it", async () => {
    const { code, stderr } = await cli(
      'verify',
      '127.0.0.1:9/app:1',
      '--verify-layers=sometimes',
      '--trust-roots',
      ROOTS
    )
    expect([code, stderr]).toEqual([
      2,
      "signet: Invalid input 'verify-layers': 'sometimes'. Expected 'true' or 'false'.\n"
    ])
  })

  test.each([
    [['-o', 'json'], 'json'],
    [['--output', 'json'], 'json'],
    [['--output=json'], 'json'],
    [['--json'], 'json'],
    [['--json=true'], 'json'],
    [['-o', 'text'], 'text'],
    [['--json=false'], 'text'],
    [[], 'text']
  ])('%j prints the result as %s', async (format, expected) => {
    const { code, stdout } = await cli(
      'verify-envelope',
      '--envelope',
      ENVELOPE,
      '--trust-roots',
      ROOTS,
      ...format
    )
    expect(code).toBe(0)
    if (expected === 'json') expect(JSON.parse(stdout)).toMatchObject({ verified: true })
    else expect(stdout).toMatch(/^verified: application\//)
  })

  test('-o json reports errors as JSON too; --json with -o text is a contradiction', async () => {
    const error = await cli(
      'verify',
      '127.0.0.1:9/app:1',
      '--max-signatures',
      'lots',
      '--trust-roots',
      ROOTS,
      '-o',
      'json'
    )
    expect(error.code).toBe(2)
    expect(JSON.parse(error.stdout)).toMatchObject({
      code: 'INPUT',
      error: expect.stringContaining('max-signatures')
    })
    const both = await cli(
      'verify-envelope',
      '--envelope',
      ENVELOPE,
      '--trust-roots',
      ROOTS,
      '--json',
      '-o',
      'text'
    )
    expect([both.code, both.stderr]).toEqual([
      2,
      "signet: Flags '--json' and '--output text' disagree: give one of them.\n"
    ])
  })

  test('cert generate-test DIR -o json writes the PKI and prints its paths as JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'signet-cli-cert-'))
    try {
      const { code, stdout } = await cli('cert', 'generate-test', join(dir, 'pki'), '-o', 'json', '--days=30')
      expect(code).toBe(0)
      expect(JSON.parse(stdout)).toMatchObject({ 'trust-roots': join(dir, 'pki', 'root.pem') })
      expect((await readdir(join(dir, 'pki'))).sort()).toEqual(['chain.pem', 'key.pem', 'root.pem'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test.each([
    [['help', 'cert'], /^Usage: signet cert <command>/, /^ {2}generate-test DIR +write a throwaway/m],
    [['help', 'rules'], /^Usage: signet rules <command>/, /^ {2}from-trust-policy +convert/m],
    [['cert', '--help'], /^Usage: signet cert <command>/, /^ {2}generate-test DIR/m],
    [
      ['help', 'cert', 'generate-test'],
      /^Usage: signet cert generate-test DIR \[flags\]/,
      /^ {2}--days VALUE/m
    ],
    [
      ['help', 'rules', 'from-trust-policy'],
      /^Usage: signet rules from-trust-policy \[flags\]/,
      /^ {2}--trust-store VALUE/m
    ],
    [
      ['help', 'verify'],
      /^Usage: signet verify \[IMAGE…\] \[flags\]/,
      /^ {2}--verify-layers\[=true\|false\]/m
    ],
    [
      ['help', 'completion'],
      /^Usage: signet completion bash\|zsh \[flags\]/,
      /source <\(signet completion bash\)/
    ],
    [['help', 'help'], /^Usage: signet help \[COMMAND…\] \[flags\]/, /^ {2}-h, --help/m],
    [['help'], /^Usage: signet <command>/, /^ {2}cert generate-test DIR +write/m]
  ])('%j prints that help and exits 0', async (argv, head, body) => {
    const { code, stdout, stderr } = await cli(...argv)
    expect([code, stderr]).toEqual([0, ''])
    expect(stdout).toMatch(head)
    expect(stdout).toMatch(body)
  })

  test.each([
    [['help', 'publish'], "signet: Unknown command 'publish'. Expected one of: sign, verify,"],
    [
      ['cert'],
      "signet: Missing cert command. Expected 'signet cert generate-test DIR' (see 'signet help cert')."
    ],
    [
      ['rules', 'to-trust-policy'],
      "signet: Unknown rules command 'to-trust-policy'. Expected 'signet rules from-trust-policy'"
    ],
    [['cert', 'generate-test'], "signet: Missing argument DIR: expected 'signet cert generate-test DIR'."],
    [
      ['cert', 'generate-test', 'a', 'b'],
      "signet: Unexpected argument 'b': expected 'signet cert generate-test DIR'."
    ],
    [
      ['cert', 'generate-test', 'a', '--dayz', '3'],
      "signet: Unknown flag '--dayz' for 'signet cert generate-test'. Did you mean '--days'?"
    ],
    [['completion', 'fish'], "signet: Unexpected SHELL 'fish': expected 'bash' or 'zsh'."]
  ])('%j exits 2 naming what is wrong', async (argv, message) => {
    const { code, stderr } = await cli(...argv)
    expect([code, stderr]).toEqual([2, expect.stringContaining(message)])
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})
