/**
 * Where @sigstore/verify 3 (the line that runs on Node 20) accepts what 4 refuses, Signet refuses it too
 * (log-entry-checks.ts): each case below is a real Rekor v2 bundle of the conformance suite with one thing
 * changed that 3.1.1 alone accepts (measured) and 4.1.3 rejects. Rekor v2's DSSE-over-hashedrekord
 * entries, which 3.1.1 alone rejects, are the conformance suite's `rekor2-dsse-*` cases.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dsseOf, parseBundle } from '../../src/trust/sigstore/bundle.js'
import { parseTrustedRoots } from '../../src/trust/sigstore/trusted-root.js'
import { verifyKeylessBundle } from '../../src/trust/sigstore/verify-bundle.js'

const DIR = '__tests__/fixtures/sigstore/conformance'

interface Entry {
  logId: { keyId: string }
  kindVersion: { kind: string; version: string }
  inclusionProof: { checkpoint: { envelope: string } }
}

/** A conformance case's bundle (JSON, to change), its trusted root, and its entry. */
function load(name: string) {
  const bundle = JSON.parse(readFileSync(join(DIR, name, 'bundle.sigstore.json'), 'utf8')) as {
    verificationMaterial: { tlogEntries: Entry[] }
  }
  const root = readFileSync(join(DIR, name, 'trusted_root.json'), 'utf8')
  return { bundle, root, entry: bundle.verificationMaterial.tlogEntries[0] }
}

/** Signet's verdict: undefined when accepted, else the reason. A message signature signs the suite's a.txt. */
async function verdict(bundle: object, root: string): Promise<string | undefined> {
  try {
    const parsed = parseBundle(Buffer.from(JSON.stringify(bundle)))
    const artifact = dsseOf(parsed) === undefined ? readFileSync(join(DIR, 'a.txt')) : undefined
    await verifyKeylessBundle(parsed, parseTrustedRoots(root, 'sigstore-trusted-root'), artifact)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

/** The checkpoint's signature lines with each name replaced. */
const renamed = (envelope: string, rename: (name: string) => string) =>
  envelope.replace(/\u2014 (\S+) /g, (_line, name: string) => `\u2014 ${rename(name)} `)

test.each(['rekor2-happy-path', 'rekor2-dsse-happy-path', 'rekor2-checkpoint-cosigned'])(
  '%s as published is accepted',
  async name => {
    const { bundle, root } = load(name)
    expect(await verdict(bundle, root)).toBeUndefined()
  }
)

test('an entry whose checkpoint is signed by another log of the trusted root is rejected', async () => {
  const { bundle, root, entry } = load('rekor2-happy-path')
  const logs = (JSON.parse(root) as { tlogs: { logId: { keyId: string } }[] }).tlogs
  const other = logs.find(log => log.logId.keyId !== entry.logId.keyId)
  expect(other).toBeDefined()
  entry.logId.keyId = other?.logId.keyId ?? ''
  expect(await verdict(bundle, root)).toMatch(/invalid checkpoint signature/)
})

test.each([
  ['a dot for a letter', (name: string) => name.replace(/v$/, '.')],
  ['a pattern matching any name', () => '^.*$'],
  // 2.5 s of backtracking in 3.1.1 with the repetition bounded at 20; unbounded (`*`), more than 2 minutes.
  ['a pattern that backtracks', () => '(.|.){0,20}!']
])("a checkpoint signature with the log's key under %s is rejected", async (_what, rename) => {
  const { bundle, root, entry } = load('rekor2-happy-path')
  const checkpoint = entry.inclusionProof.checkpoint
  checkpoint.envelope = renamed(checkpoint.envelope, rename)
  const started = Date.now()
  expect(await verdict(bundle, root)).toMatch(
    /checkpoint carries a signature with the key of https:\/\/log2025-alpha1\.rekor\.sigstage\.dev under the name '.+', which is not that log's/
  )
  expect(Date.now() - started).toBeLessThan(1000)
})

test("a witness's cosignature under its own name is not the log's business", async () => {
  const { bundle, root, entry } = load('rekor2-checkpoint-cosigned')
  const lines = entry.inclusionProof.checkpoint.envelope.split('\n').filter(line => line.startsWith('\u2014'))
  expect(lines.length).toBeGreaterThan(1)
  expect(await verdict(bundle, root)).toBeUndefined()
})

test('a DSSE envelope logged both as hashedrekord and as dsse is refused with the reason', async () => {
  const { bundle, root, entry } = load('rekor2-dsse-happy-path')
  bundle.verificationMaterial.tlogEntries.push({
    ...entry,
    kindVersion: { kind: 'dsse', version: '0.0.2' }
  })
  expect(await verdict(bundle, root)).toMatch(
    /logged both as a hashedrekord entry and as dsse: one bundle is logged one way/
  )
})
