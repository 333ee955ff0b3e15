/**
 * RFC 3161 countersignatures: notation's own timestamped envelopes (tokens from GlobalSign's TSA, read
 * in place from __tests__/fixtures/notation-go/) and tokens made here by `openssl ts -reply`; the
 * query Signet sends, read by OpenSSL.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { VerificationError } from '../../src/util/errors.js'
import { JWS_MEDIA_TYPE, verifyEnvelope } from '../../src/trust/envelope.js'
import { loadCertificates } from '../../src/trust/pki.js'
import { derChildren, derContent } from '../../src/trust/der.js'
import { timestampQuery, verifyTimestampToken } from '../../src/trust/timestamp.js'
import { x509 } from '../../src/trust/x509.js'

const FIXTURES = join('__tests__', 'fixtures', 'notation-go')
const envelope = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'))
const globalsign = () => [new x509.X509Certificate(readFileSync(join(FIXTURES, 'globalsignRoot.cer')))]

describe('notation vectors', () => {
  test.each(['jwsWithTimestamp.sig', 'jwsExpiredWithTimestamp.sig'])(
    '%s: the token verifies against GlobalSign over the signature value',
    name => {
      const jws = envelope(name)
      const token = Buffer.from(jws.header['io.cncf.notary.timestampSignature'], 'base64')
      const timestamp = verifyTimestampToken(token, Buffer.from(jws.signature, 'base64url'), globalsign())
      expect(timestamp.tsa).toMatch(/GlobalSign/)
      expect(timestamp.lower.getTime()).toBeLessThanOrEqual(timestamp.time.getTime())
      expect(timestamp.chain.length).toBeGreaterThanOrEqual(2)
    }
  )

  test('the token of one signature does not verify another signature', () => {
    const jws = envelope('jwsWithTimestamp.sig')
    const token = Buffer.from(jws.header['io.cncf.notary.timestampSignature'], 'base64')
    const other = Buffer.from(envelope('jwsExpiredWithTimestamp.sig').signature, 'base64url')
    expect(() => verifyTimestampToken(token, other, globalsign())).toThrow(/message imprint/)
  })

  test('an untrusted TSA root is a rejection', () => {
    const jws = envelope('jwsWithTimestamp.sig')
    const token = Buffer.from(jws.header['io.cncf.notary.timestampSignature'], 'base64')
    const leafAsRoot = loadCertificates(
      `-----BEGIN CERTIFICATE-----\n${jws.header.x5c[0]}\n-----END CERTIFICATE-----`
    )
    expect(() => verifyTimestampToken(token, Buffer.from(jws.signature, 'base64url'), leafAsRoot)).toThrow(
      VerificationError
    )
  })
})

describe('authentic timestamp in verifyEnvelope (notation semantics)', () => {
  const ownLeaf = (name: string) => {
    const x5c = envelope(name).header.x5c as string[]
    return [new x509.X509Certificate(Buffer.from(x5c[0], 'base64'))]
  }
  const run = (name: string, now: Date, timestamp?: { verify: 'always' | 'afterCertExpiry' }) =>
    verifyEnvelope(readFileSync(join(FIXTURES, name)), JWS_MEDIA_TYPE, {
      trustRoots: ownLeaf(name),
      trustedIdentities: ['*'],
      now,
      timestamp: timestamp && { roots: globalsign(), verify: timestamp.verify }
    })
  const LATER = new Date('2026-11-23T12:00:00Z')

  test('an expired leaf verifies through its countersignature, judged at the timestamp', () => {
    expect(() => run('jwsExpiredWithTimestamp.sig', LATER)).toThrow(/CN=testTSA" expired on 2024-06-18/)
    const verified = run('jwsExpiredWithTimestamp.sig', LATER, { verify: 'always' })
    expect(verified.timestamp?.time.toISOString()).toMatch(/^2024-06-18T07:2/)
    expect(verified.timestamp?.tsa).toMatch(/GlobalSign/)
    expect(run('jwsExpiredWithTimestamp.sig', LATER, { verify: 'afterCertExpiry' }).timestamp).toBeDefined()
  })

  test('with TSA trust, a signature without a countersignature fails; afterCertExpiry waits for expiry', () => {
    expect(() => run('withoutTimestamp.sig', LATER, { verify: 'always' })).toThrow(
      /no timestamp countersignature was found in the signature envelope/
    )
    // The leaf is valid until 2033: afterCertExpiry does not ask for a timestamp yet, and says so.
    const verified = run('withoutTimestamp.sig', LATER, { verify: 'afterCertExpiry' })
    expect(verified.timestamp).toBeUndefined()
    expect(verified.timestamped).toBe(false)
    expect(() =>
      run('withoutTimestamp.sig', new Date('2034-01-01T00:00:00Z'), { verify: 'afterCertExpiry' })
    ).toThrow(/no timestamp countersignature/)
  })

  test('a token swapped in from another envelope fails (the imprint binds it to its signature)', () => {
    const jws = envelope('jwsWithTimestamp.sig')
    jws.header['io.cncf.notary.timestampSignature'] = envelope('jwsExpiredWithTimestamp.sig').header[
      'io.cncf.notary.timestampSignature'
    ]
    expect(() =>
      verifyEnvelope(Buffer.from(JSON.stringify(jws)), JWS_MEDIA_TYPE, {
        trustRoots: ownLeaf('jwsWithTimestamp.sig'),
        trustedIdentities: ['*'],
        now: LATER,
        timestamp: { roots: globalsign(), verify: 'always' }
      })
    ).toThrow(/message imprint is not the hash of this signature/)
  })
})

describe('the timestamp query', () => {
  const signature = Buffer.from('a signature value')
  // The TimeStampReq's fields: version, messageImprint, nonce, certReq (no policy asked).
  const nonceField = (query: Buffer) => derChildren(query)[2]

  test('its nonce is a positive INTEGER in minimal DER for any random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), random => {
        const { query, nonce } = timestampQuery(signature, 'sha256', Buffer.from(random))
        const field = nonceField(query)
        expect(field[0]).toBe(0x02)
        const content = derContent(field)
        expect(content.equals(nonce)).toBe(true)
        expect(content[0] & 0x80).toBe(0)
        if (content.length > 1 && content[0] === 0) expect(content[1] & 0x80).toBe(0x80)
        expect(content.subarray(1).equals(Buffer.from(random).subarray(1))).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })

  // The first bytes that made OpenSSL's TSA refuse a query (a leading 0x00 before a byte below 0x80),
  // and the ones that would read as negative.
  test.each([
    ['00 12', [0x00, 0x12]],
    ['00 00', [0x00, 0x00]],
    ['80 00', [0x80, 0x00]],
    ['ff ff', [0xff, 0xff]]
  ])('OpenSSL reads a query whose random bytes start %s', (_name, start) => {
    const random = Buffer.alloc(8, 0x5a)
    random.set(start)
    const { query } = timestampQuery(signature, 'sha384', random)
    const dir = mkdtempSync(join(tmpdir(), 'signet-tsq-'))
    try {
      writeFileSync(join(dir, 'q.tsq'), query)
      const text = execFileSync('openssl', ['ts', '-query', '-in', join(dir, 'q.tsq'), '-text'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe']
      })
      expect(text).toMatch(/Nonce: 0x[0-9A-F]+/)
      expect(text).toMatch(/Certificate required: yes/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
