/**
 * Timestamps and revocation against real openssl services (see helpers/pki-services.ts): a TSA answer
 * checked end to end, OCSP and CRL verdicts for good, revoked and unreachable, and hostile servers that
 * must be refused within bounded time and memory.
 */
import { HttpFetcher } from '../../src/trust/http-fetch.js'
import { loadCertificates } from '../../src/trust/pki.js'
import { checkChainRevocation, revocationProblem } from '../../src/trust/revocation.js'
import { requestTimestamp, verifyTimestampToken } from '../../src/trust/timestamp.js'
import { startPkiServices, type PkiServices } from '../helpers/pki-services.js'

let pki: PkiServices
beforeAll(async () => {
  pki = await startPkiServices()
})
afterAll(async () => {
  await pki?.stop()
})

const chainOf = (pem: string) => loadCertificates(pem)
const fetcher = () => new HttpFetcher('signet-test')

describe('RFC 3161 with openssl ts -reply', () => {
  test('a granted answer is checked and its token verifies over the same bytes only', async () => {
    const signature = Buffer.from('the signature value')
    const { token, timestamp } = await requestTimestamp({
      url: pki.tsaUrl,
      signature,
      hash: 'sha256',
      tsaRoots: chainOf(pki.tsaRootPem),
      fetcher: fetcher()
    })
    expect(timestamp.tsa).toMatch(/CN=tsa/)
    expect(Math.abs(timestamp.time.getTime() - Date.now())).toBeLessThan(60_000)
    expect(timestamp.upper.getTime() - timestamp.lower.getTime()).toBe(2000) // accuracy secs:1
    expect(verifyTimestampToken(token, signature, chainOf(pki.tsaRootPem)).time).toEqual(timestamp.time)
    expect(() => verifyTimestampToken(token, Buffer.from('another'), chainOf(pki.tsaRootPem))).toThrow(
      /message imprint/
    )
    expect(() => verifyTimestampToken(token, signature, chainOf(pki.rootPem))).toThrow(
      /does not chain to a trusted TSA root/
    )
  })

  test('a TSA that is not one (a CRL server, a 404) is a clear rejection', async () => {
    const ask = (url: string) =>
      requestTimestamp({
        url,
        signature: Buffer.from('x'),
        hash: 'sha256',
        tsaRoots: chainOf(pki.tsaRootPem),
        fetcher: fetcher()
      })
    await expect(ask(`${pki.base}/crl/root.crl`)).rejects.toThrow(
      /timestamp: .*content type 'application\/pkix-crl'/
    )
    await expect(ask(`${pki.base}/nothing`)).rejects.toThrow(/timestamp: .*HTTP 404/)
  })
})

describe('revocation of the signing chain', () => {
  test('good: OCSP for the leaf, CRL for the intermediate, the root not revocable', async () => {
    const results = await checkChainRevocation(chainOf(pki.leaf.chainPem), {
      fetcher: fetcher(),
      now: new Date()
    })
    expect(results.map(r => [r.status, r.source])).toEqual([
      ['good', 'OCSP'],
      ['good', 'CRL'],
      ['not revocable', undefined]
    ])
    expect(revocationProblem(results)).toBeUndefined()
  })

  test('revoked leaf (OCSP) and revoked intermediate (CRL), with time and reason', async () => {
    const leaf = await pki.issueLeaf('to-revoke')
    await pki.revoke(leaf, 'intermediate', 'keyCompromise')
    const [leafResult] = await checkChainRevocation(chainOf(leaf.chainPem), {
      fetcher: fetcher(),
      now: new Date()
    })
    expect(leafResult).toMatchObject({ status: 'revoked', source: 'OCSP', reason: 'keyCompromise' })

    await pki.revoke(pki.intermediate2, 'root', 'cACompromise')
    const results = await checkChainRevocation(chainOf(pki.leaf2.chainPem), {
      fetcher: fetcher(),
      now: new Date()
    })
    expect(results[1]).toMatchObject({ status: 'revoked', source: 'CRL', reason: 'cACompromise' })
    expect(revocationProblem(results)?.subject).toMatch(/CN=intermediate2/)
  })

  test('an invalidity date after a trusted timestamp does not revoke that signature (the spec rule)', async () => {
    const leaf = await pki.issueLeaf('compromised-later')
    const compromisedAt = new Date(Date.now() + 3600_000)
    await pki.revoke(leaf, 'intermediate', 'keyCompromise', compromisedAt)
    const timestamp = {
      time: new Date(),
      lower: new Date(Date.now() - 1000),
      upper: new Date(Date.now() + 1000),
      tsa: 'CN=tsa',
      chain: []
    }
    for (const outage of [false, true]) {
      // Through OCSP, then (OCSP down) through the CRL: both carry the invalidity date.
      pki.outage.ocsp = outage
      try {
        const [withTimestamp] = await checkChainRevocation(chainOf(leaf.chainPem), {
          fetcher: fetcher(),
          now: new Date(),
          timestamp
        })
        expect(withTimestamp).toMatchObject({ status: 'good', source: outage ? 'CRL' : 'OCSP' })
        expect(withTimestamp.detail).toMatch(/invalid from .*after the trusted timestamp/)
        const [without] = await checkChainRevocation(chainOf(leaf.chainPem), {
          fetcher: fetcher(),
          now: new Date()
        })
        expect(without).toMatchObject({ status: 'revoked', reason: 'keyCompromise' })
      } finally {
        pki.outage.ocsp = false
      }
    }
  })

  test('OCSP down: falls back to the CRL; both down: unknown, naming both', async () => {
    pki.outage.ocsp = true
    try {
      const [viaCrl] = await checkChainRevocation(chainOf(pki.leaf.chainPem), {
        fetcher: fetcher(),
        now: new Date()
      })
      expect(viaCrl).toMatchObject({ status: 'good', source: 'CRL' })
      pki.outage.crl = true
      const [unknown] = await checkChainRevocation(chainOf(pki.leaf.chainPem), {
        fetcher: fetcher(),
        now: new Date()
      })
      expect(unknown.status).toBe('unknown')
      expect(unknown.detail).toMatch(/OCSP .*HTTP 503.*CRL .*HTTP 503/)
    } finally {
      pki.outage.ocsp = false
      pki.outage.crl = false
    }
  })

  test('one fetch per OCSP request and CRL for the run, however many signatures share them', async () => {
    const shared = fetcher()
    const before = pki.requests.length
    pki.outage.ocsp = false
    for (let run = 0; run < 3; run++) {
      await checkChainRevocation(chainOf(pki.leaf.chainPem), { fetcher: shared, now: new Date() })
    }
    expect(pki.requests.slice(before)).toEqual(['POST /ocsp/intermediate', 'GET /crl/root.crl'])
  })

  test('a CRL past its nextUpdate is no answer', async () => {
    const [, intermediate] = await checkChainRevocation(chainOf(pki.leaf.chainPem), {
      fetcher: fetcher(),
      now: new Date(Date.now() + 3 * 24 * 3600 * 1000)
    })
    expect(intermediate.status).toBe('unknown')
    expect(intermediate.detail).toMatch(/expired CRL/)
  })
})

describe('hostile servers are refused in bounded time and memory', () => {
  const exchange = { what: 'CRL', accept: ['application/pkix-crl'], timeoutMs: 2000, maxBytes: 1024 * 1024 }
  test.each([
    ['huge body', '/hostile/huge-crl', /larger than 1048576 bytes/],
    ['wrong content type', '/hostile/type', /content type 'text\/html'/],
    ['slow drip', '/hostile/drip-crl', /no complete answer within 2000 ms/],
    ['redirect to another host', '/hostile/redirect', /redirect to another host/]
  ])('%s', async (_name, path, reason) => {
    const started = Date.now()
    const heapBefore = process.memoryUsage().heapUsed
    await expect(fetcher().fetch(`${pki.base}${path}`, exchange)).rejects.toThrow(reason)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 * 1024)
  })

  test('a URL with credentials is refused before any request', async () => {
    const before = pki.requests.length
    await expect(fetcher().fetch(`http://user:secret@127.0.0.1:1/crl`, exchange)).rejects.toThrow(
      /carries credentials/
    )
    expect(pki.requests.length).toBe(before)
  })
})
