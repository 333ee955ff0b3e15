/** `signet cert generate-test DIR`: a throwaway PKI that Signet's own chain rules accept. */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SIGNING_AGENT } from '../../src/inputs/contract.js'
import { createEnvelope } from '../../src/trust/envelope.js'
import { loadCertificates, loadSigningIdentity } from '../../src/trust/pki.js'
import { verifyEnvelopeFile } from '../../src/verify/envelope-file.js'
import { runMain } from '../helpers/cli-main.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-cert-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

test('writes key, chain and root, prints their paths and says it is not for production', async () => {
  const out = join(dir, 'pki')
  const { code, stdout } = await runMain('cert', 'generate-test', out, '--common-name', 'first-run')
  expect(code).toBe(0)
  expect(stdout).toMatch(/NOT FOR PRODUCTION/)
  for (const [file, flag] of [
    ['key.pem', '--signing-key'],
    ['chain.pem', '--signing-cert-chain'],
    ['root.pem', '--trust-roots']
  ])
    expect(stdout).toMatch(new RegExp(`${join(out, file)}\\s+${flag}`))
  expect((await stat(join(out, 'key.pem'))).mode & 0o777).toBe(0o600)

  const [key, chain, root] = await Promise.all(
    ['key.pem', 'chain.pem', 'root.pem'].map(file => readFile(join(out, file), 'utf8'))
  )
  // Signet's own rules accept it as a signing identity: leaf first, three certificates, key matches.
  const identity = loadSigningIdentity({ key, chain })
  expect(identity.chain).toHaveLength(3)
  expect(identity.algorithm).toBe('ES256')
  expect(loadCertificates(root)[0].subject).toMatch(/CN=Signet Test Root CA/)
  // And what it signs verifies under the root, for the identity the command printed.
  const printed = /--trusted-identities '([^']+)'/.exec(stdout)?.[1]
  expect(printed).toMatch(/^x509\.subject: C=US, ST=WA, O=Signet Test \(not for production\), CN=first-run$/)
  const envelope = createEnvelope(
    { mediaType: 'application/vnd.oci.image.index.v1+json', digest: `sha256:${'0'.repeat(64)}`, size: 1 },
    identity,
    { signingAgent: SIGNING_AGENT }
  )
  const verdict = verifyEnvelopeFile(envelope, { trustRoots: root, trustedIdentities: printed })
  expect(verdict).toMatchObject({ verified: true, signer: expect.stringContaining('CN=first-run') })
})

test('--json gives the paths by input name', async () => {
  const { code, stdout } = await runMain('cert', 'generate-test', dir, '--json')
  expect(code).toBe(0)
  expect(JSON.parse(stdout)).toEqual({
    'signing-key': join(dir, 'key.pem'),
    'signing-cert-chain': join(dir, 'chain.pem'),
    'trust-roots': join(dir, 'root.pem'),
    'trusted-identities': expect.stringMatching(/^x509\.subject: .*CN=signet-test$/)
  })
})

test('never overwrites: a directory with files is refused with exit 2, and so is a bad command', async () => {
  await writeFile(join(dir, 'key.pem'), 'precious')
  const refused = await runMain('cert', 'generate-test', dir)
  expect(refused.code).toBe(2)
  expect(refused.stderr).toContain(`${dir} is not empty`)
  expect(await readFile(join(dir, 'key.pem'), 'utf8')).toBe('precious')
  const wrong = await runMain('cert', 'generate')
  expect(wrong.code).toBe(2)
  expect(wrong.stderr).toContain("Expected 'signet cert generate-test DIR'")
  const days = await runMain('cert', 'generate-test', join(dir, 'x'), '--days', 'soon')
  expect(days.code).toBe(2)
  expect(days.stderr).toContain("--days 'soon'")
})
