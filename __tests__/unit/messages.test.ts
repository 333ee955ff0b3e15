/**
 * Messages that used to mislead a new user (issue #16), each with the key facts its new wording must
 * carry: what is wrong, the input or flag to change, and how.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SIGNING_AGENT } from '../../src/inputs/contract.js'
import { readInputs } from '../../src/inputs/read-inputs.js'
import type { SignInputs } from '../../src/inputs/sign-inputs.js'
import { RegistryClient } from '../../src/oci/registry.js'
import { createEnvelope } from '../../src/trust/envelope.js'
import { certificatesInput, signingIdentityInput } from '../../src/inputs/trust-inputs.js'
import { loadSigningIdentity } from '../../src/trust/pki.js'
import { InputError } from '../../src/util/errors.js'
import { verifyEnvelopeFile } from '../../src/verify/envelope-file.js'
import { makePki } from '../helpers/pki.js'
import { ociError, startStub } from '../helpers/stub-registry.js'
import { inputSource } from '../helpers/signet.js'
import { runMain } from '../helpers/cli-main.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-messages-'))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

function pemOf(certs: { toString(format: 'pem'): string }[]): string {
  return certs.map(cert => cert.toString('pem')).join('\n')
}

test('a chain given root first says it looks reversed and that it must be leaf first', async () => {
  const pki = await makePki({ levels: 3 })
  const reversed = pemOf([...pki.chain].reverse())
  const error = (() => {
    try {
      signingIdentityInput({ key: pki.keyPem, chain: reversed })
    } catch (e) {
      return e as InputError
    }
  })()
  expect(error).toBeInstanceOf(InputError)
  expect(error?.input).toBe('signing-cert-chain')
  expect(error?.message).toContain('looks reversed')
  expect(error?.message).toContain('leaf first')
  expect(error?.message).toContain('certificate #3 of 3')
  expect(error?.message).toContain('CN=Signet Test Root')
  // The chain in the right order is accepted: the message is about order, not about these certificates.
  expect(signingIdentityInput({ key: pki.keyPem, chain: pki.chainPem }).chain).toHaveLength(3)
})

test('a key that belongs to no certificate of the chain still says it does not match the leaf', async () => {
  const [pki, other] = await Promise.all([makePki(), makePki()])
  expect(() => signingIdentityInput({ key: other.keyPem, chain: pki.chainPem })).toThrow(
    /signing-key does not match the public key of the leaf certificate/
  )
})

test('trust-roots given a private key says so, and that a verifier never needs one', async () => {
  const pki = await makePki()
  const error = (() => {
    try {
      certificatesInput(pki.keyPem, 'trust-roots')
    } catch (e) {
      return e as InputError
    }
  })()
  expect(error?.input).toBe('trust-roots')
  expect(error?.message).toContain('trust-roots holds a private key')
  expect(error?.message).toContain('a verifier never needs a private key')
  // The key itself is never repeated in the message.
  expect(error?.message).not.toContain('PRIVATE KEY-----\n')
})

test("'tags: 1.0,latest' asks for one tag per line; repeated tags are tagged once", async () => {
  const pki = await makePki()
  const values = {
    mode: 'sign',
    image: '127.0.0.1:5000/app:1.0',
    manifests: 'oci-layout:./out scenario=a',
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem
  }
  const error = (() => {
    try {
      readInputs(inputSource({ ...values, tags: '1.0,latest' }))
    } catch (e) {
      return e as InputError
    }
  })()
  expect(error?.input).toBe('tags')
  expect(error?.message).toContain('one tag per line (CLI: repeat --tags)')
  // One line, like every error: the action prints it as a single ::error:: line.
  expect(error?.message).toContain("'1.0', 'latest' on lines of their own")
  expect(error?.message).not.toContain('\n')
  const inputs = readInputs(inputSource({ ...values, tags: 'latest\n1.0\nlatest' })) as SignInputs
  expect(inputs.tags).toEqual(['latest', '1.0'])
})

test('an identity mismatch shows the configured identities next to the signer', async () => {
  const pki = await makePki()
  const identity = loadSigningIdentity({ key: pki.keyPem, chain: pki.chainPem })
  const envelope = createEnvelope(
    { mediaType: 'application/vnd.oci.image.index.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 10 },
    identity,
    { signingAgent: SIGNING_AGENT }
  )
  const verdict = verifyEnvelopeFile(envelope, {
    trustRoots: pki.rootPem,
    trustedIdentities:
      'x509.subject: C=US, ST=WA, O=Acme, CN=release\nx509.subject: C=US, ST=WA, O=Acme, CN=ci'
  })
  expect(verdict.verified).toBe(false)
  expect(verdict.reason).toContain(`signer "${pki.leafSubject}" is not a trusted identity`)
  expect(verdict.reason).toContain('trusted: "C=US, ST=WA, O=Acme, CN=release"; "C=US, ST=WA, O=Acme, CN=ci"')
})

describe('verify-envelope', () => {
  test('a missing file exits 2 naming --envelope, without a raw ENOENT', async () => {
    const pki = await makePki()
    const roots = join(dir, 'root.pem')
    await writeFile(roots, pki.rootPem)
    const missing = join(dir, 'missing.jws')
    const { code, stderr } = await runMain('verify-envelope', '--envelope', missing, '--trust-roots', roots)
    expect(code).toBe(2)
    expect(stderr).toBe(`signet: --envelope ${missing}: cannot read the signature envelope (no such file).\n`)
  })

  test('a file that is neither JWS nor COSE says so and exits 2', async () => {
    const pki = await makePki()
    const roots = join(dir, 'root.pem')
    await writeFile(roots, pki.rootPem)
    const garbage = join(dir, 'garbage.bin')
    await writeFile(garbage, 'not an envelope at all')
    const { code, stderr } = await runMain('verify-envelope', '--envelope', garbage, '--trust-roots', roots)
    expect(code).toBe(2)
    expect(stderr).toMatch(/envelope is neither a JWS envelope .* nor a COSE envelope/)
    expect(stderr).toContain('starts with byte 0x6e')
    expect(stderr).not.toContain('application/cose')
  })
})

test('a missing manifest where the tags cannot be listed: check the repository name and the tag', async () => {
  // As registries that hide private repositories answer: the manifest 404s, the tag list is denied.
  const registry = await startStub((request, response) =>
    request.url.includes('/tags/list')
      ? ociError(response, 403, 'DENIED', 'requested access to the resource is denied')
      : ociError(response, 404, 'MANIFEST_UNKNOWN', 'manifest unknown')
  )
  const client = new RegistryClient({ insecureRegistries: [registry.host], maxAttempts: 1 })
  try {
    const error = await client
      .repository({ registry: registry.host, repository: 'team/apq' })
      .resolve('1.0')
      .catch(e => e)
    expect(error.status).toBe(404)
    expect(error.message).toBe(
      `Manifest '1.0' not found in ${registry.host}/team/apq: check the repository name and the tag or digest (its tags cannot be listed: HTTP 403)`
    )
  } finally {
    await client.close()
    await registry.stop()
  }
})
