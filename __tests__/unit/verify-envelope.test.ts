/**
 * Every Notary Project conformance vector through `verifyEnvelopeFile`, the path `signet verify-envelope`
 * and library users take: media type sniffed from the bytes, trust roots read from a PEM file. The
 * verification time is pinned to the day the vectors' verdicts were checked.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { verifyEnvelopeFile } from '../../src/verify/envelope-file.js'
import { decodeCose } from '../../src/trust/cose.js'

const VECTORS = resolve(process.cwd(), '__tests__/fixtures/notation-go')
const NOW = new Date('2026-11-23T12:00:00Z')
const NOTATION_ROOT = join(VECTORS, 'NotationTestRoot.pem')
const WABBIT_ROOT = join(VECTORS, 'wabbit-networks.io.crt')

/** The envelope's own x5c leaf as a PEM trust-root file (for the self-signed vectors). */
function ownLeafFile(name: string): string {
  const der = (JSON.parse(readFileSync(join(VECTORS, name), 'utf8')) as { header: { x5c: string[] } }).header
    .x5c[0]
  const file = join(mkdtempSync(join(tmpdir(), 'signet-vector-')), 'leaf.pem')
  writeFileSync(
    file,
    `-----BEGIN CERTIFICATE-----\n${der.match(/.{1,64}/g)?.join('\n')}\n-----END CERTIFICATE-----\n`
  )
  return file
}

const check = (name: string, trustRoots: string, trustedIdentities?: string) =>
  verifyEnvelopeFile(readFileSync(join(VECTORS, name)), { trustRoots, trustedIdentities, now: NOW })

test.each([
  [
    'ca_valid_sig_env.json',
    () => NOTATION_ROOT,
    'sha256:60043cf45eaebc4c0867fea485a039b598f52fd09fd5b07b0b2d2f88fad9d74e'
  ],
  [
    'jws_signature.sig',
    () => ownLeafFile('jws_signature.sig'),
    'sha256:19dbd2e48e921426ee8ace4dc892edfb2ecdc1d1a72d5416c83670c30acecef0'
  ],
  [
    'withoutTimestamp.sig',
    () => ownLeafFile('withoutTimestamp.sig'),
    'sha256:c0669ef34cdc14332c0f1ab0c2c01acb91d96014b172f1a76f3a39e63d1f0bda'
  ],
  [
    'jwsWithTimestamp.sig',
    () => ownLeafFile('jwsWithTimestamp.sig'),
    'sha256:c0669ef34cdc14332c0f1ab0c2c01acb91d96014b172f1a76f3a39e63d1f0bda'
  ]
])('ACCEPT %s', (name, root, digest) => {
  const verdict = check(name, root())
  expect(verdict.reason).toBeUndefined()
  expect(verdict.verified).toBe(true)
  expect(verdict.target?.digest).toBe(digest)
})

test.each([
  ['ca_invalid_sig_env.json', () => NOTATION_ROOT, /base64|signature/i],
  ['ca_expired_sig_env.json', () => NOTATION_ROOT, /expired/i],
  ['ca_plugin_sig_env.json', () => NOTATION_ROOT, /critical|plugin/i],
  ['sa_valid_sig_env.json', () => NOTATION_ROOT, /signing scheme/i],
  ['sa_invalid_sig_env.json', () => NOTATION_ROOT, /base64|signature|scheme/i],
  ['sa_expired_sig_env.json', () => NOTATION_ROOT, /expired|scheme/i],
  ['sa_plugin_sig_env.json', () => NOTATION_ROOT, /critical|plugin|scheme/i],
  ['ca_compatible_pluginver_sig_env_1.0.0.json', () => WABBIT_ROOT, /critical|plugin/i],
  ['ca_incompatible_pluginver_sig_env_1.0.1.json', () => WABBIT_ROOT, /critical|plugin/i],
  ['sig_env_with_metadata.json', () => WABBIT_ROOT, /trust|expired|chain/i],
  ['jws_signature.sig', () => NOTATION_ROOT, /trust|chain/i],
  ['cose_signature.sig', () => NOTATION_ROOT, /trust|chain/i],
  ['jwsExpiredWithTimestamp.sig', () => ownLeafFile('jwsExpiredWithTimestamp.sig'), /expired/i],
  ['timestampBeforeNotBefore.sig', () => ownLeafFile('timestampBeforeNotBefore.sig'), /not yet valid/i]
])('REJECT %s', (name, root, reason) => {
  const verdict = check(name, root())
  expect(verdict.verified).toBe(false)
  expect(verdict.reason).toMatch(reason)
})

test('identity: the notation test leaf matches its own DN and not another', () => {
  expect(
    check(
      'ca_valid_sig_env.json',
      NOTATION_ROOT,
      'x509.subject: C=US, ST=WA, L=Seattle, O=Notary, CN=Notation Test Root'
    ).verified
  ).toBe(true)
  const other = check('ca_valid_sig_env.json', NOTATION_ROOT, 'x509.subject: C=US, ST=WA, O=DummyOrg, CN=LOL')
  expect(other.verified).toBe(false)
  expect(other.reason).toMatch(/identit/i)
})

describe('timestamp-roots: a valid countersignature is then required', () => {
  // The TSA root is DER upstream; timestamp-roots takes PEM.
  const TSA_ROOT = join(mkdtempSync(join(tmpdir(), 'signet-tsa-')), 'globalsign.pem')
  writeFileSync(
    TSA_ROOT,
    `-----BEGIN CERTIFICATE-----\n${readFileSync(join(VECTORS, 'globalsignRoot.cer'))
      .toString('base64')
      .match(/.{1,64}/g)
      ?.join('\n')}\n-----END CERTIFICATE-----\n`
  )
  const withTsa = (name: string) =>
    verifyEnvelopeFile(readFileSync(join(VECTORS, name)), {
      trustRoots: ownLeafFile(name),
      timestampRoots: TSA_ROOT,
      now: NOW
    })

  test('jwsWithTimestamp.sig: its RFC 3161 token verifies against the GlobalSign TSA root', () => {
    const verdict = withTsa('jwsWithTimestamp.sig')
    expect(verdict.reason).toBeUndefined()
    expect(verdict.verified).toBe(true)
    expect(verdict.timestamp?.tsa).toMatch(/GlobalSign/)
  })

  test('withoutTimestamp.sig: accepted without TSA roots, rejected with them', () => {
    expect(check('withoutTimestamp.sig', ownLeafFile('withoutTimestamp.sig')).timestamp).toBeUndefined()
    const verdict = withTsa('withoutTimestamp.sig')
    expect(verdict.verified).toBe(false)
    expect(verdict.reason).toMatch(/no timestamp countersignature was found/)
  })
})

test('ACCEPT cose_signature.sig (COSE, sniffed from its first bytes) with its own leaf as the root', () => {
  const leaf = decodeCose(readFileSync(join(VECTORS, 'cose_signature.sig'))).certificateChain()[0]
  const file = join(mkdtempSync(join(tmpdir(), 'signet-vector-')), 'leaf.pem')
  writeFileSync(file, leaf.toString('pem'))
  const verdict = check('cose_signature.sig', file)
  expect(verdict.reason).toBeUndefined()
  expect(verdict.target?.digest).toBe(
    'sha256:19dbd2e48e921426ee8ace4dc892edfb2ecdc1d1a72d5416c83670c30acecef0'
  )
  expect(verdict.signer).toMatch(/CN=alpine/)
})
