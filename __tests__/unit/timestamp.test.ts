/**
 * RFC 3161 countersignatures: notation's own timestamped envelopes (tokens from GlobalSign's TSA, read
 * in place from __tests__/fixtures/notation-go/) and tokens made here by `openssl ts -reply`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VerificationError } from '../../src/util/errors.js'
import { JWS_MEDIA_TYPE, verifyEnvelope } from '../../src/trust/envelope.js'
import { loadCertificates } from '../../src/trust/pki.js'
import { verifyTimestampToken } from '../../src/trust/timestamp.js'
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
