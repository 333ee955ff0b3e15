/**
 * The Sigstore client conformance suite's bundle-verification cases (sigstore/sigstore-conformance,
 * `test/assets/bundle-verify/`), run through Signet's keyless core: parse, verify against the case's
 * trusted root (else the public-good root), check the statement's subject (DSSE) or the artifact's
 * signature (message signature), then the identity and issuer. A case named `*_fail` must be rejected,
 * any other accepted. Key-signed cases are left to the cosign key signer's tests: a key signer trusts the
 * key alone and checks no log.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dsseOf, parseBundle } from '../../src/trust/sigstore/bundle.js'
import { identityMismatch } from '../../src/trust/sigstore/identity-policy.js'
import { checkStatement, parseStatement } from '../../src/trust/sigstore/statement.js'
import { parseTrustedRoots } from '../../src/trust/sigstore/trusted-root.js'
import { verifyKeylessBundle } from '../../src/trust/sigstore/verify-bundle.js'

const DIR = '__tests__/fixtures/sigstore/conformance'
const PUBLIC_GOOD = readFileSync(
  '__tests__/fixtures/sigstore/sigstore-go/trusted-root-public-good.json',
  'utf8'
)
const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com'

const cases = readdirSync(DIR).filter(name => existsSync(join(DIR, name, 'bundle.sigstore.json')))
const keyless = cases.filter(
  name => !existsSync(join(DIR, name, 'key.pub')) && !name.startsWith('managed-key')
)

/** Signet's verdict on one case: undefined when accepted, else the reason. */
async function verdict(name: string): Promise<string | undefined> {
  const dir = join(DIR, name)
  const file = (base: string) => (existsSync(join(dir, base)) ? readFileSync(join(dir, base)) : undefined)
  const artifact = file('artifact') ?? readFileSync(join(DIR, 'a.txt'))
  try {
    const instances = parseTrustedRoots(
      file('trusted_root.json')?.toString() ?? PUBLIC_GOOD,
      'sigstore-trusted-root'
    )
    const bundle = parseBundle(file('bundle.sigstore.json') as Buffer)
    const envelope = dsseOf(bundle)
    const verified = await verifyKeylessBundle(
      bundle,
      instances,
      envelope === undefined ? artifact : undefined
    )
    if (envelope !== undefined) {
      const statement = parseStatement(envelope.payloadType, envelope.payload)
      const digest = `sha256:${createHash('sha256').update(artifact).digest('hex')}`
      checkStatement(statement, digest, statement.predicateType)
    }
    return identityMismatch(verified.identity, {
      identity: file('identity')?.toString().trim() ?? DEFAULT_IDENTITY,
      issuer: file('issuer')?.toString().trim() ?? DEFAULT_ISSUER
    })
  } catch (error) {
    return (error as Error).message
  }
}

test('the suite was read: its happy paths and failures are all there', () => {
  expect(keyless.length).toBeGreaterThanOrEqual(60)
  expect(keyless.filter(name => name.endsWith('_fail')).length).toBeGreaterThanOrEqual(40)
  expect(cases.length - keyless.length).toBe(4)
})

test.each(keyless.filter(name => !name.endsWith('_fail')))('accepts %s', async name => {
  expect(await verdict(name)).toBeUndefined()
})

test.each(keyless.filter(name => name.endsWith('_fail')))('rejects %s', async name => {
  const reason = await verdict(name)
  expect(reason).toEqual(expect.any(String))
  // A rejection says why in Signet's or @sigstore/verify's words, never as a crash of the code.
  expect(reason).not.toMatch(/Cannot read properties|is not a function|undefined \(reading/)
})
