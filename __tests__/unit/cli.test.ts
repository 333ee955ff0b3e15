import { resolve } from 'node:path'
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
      "signet: Unknown command 'publish'. Expected one of: sign, verify, verify-envelope, rules from-trust-policy (see --help).\n"
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
