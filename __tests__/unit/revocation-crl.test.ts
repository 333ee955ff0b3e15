/**
 * CRLs per RFC 5280 (§5.2, §5.3, §6.3.3): a CRL with a critical extension Signet does not process, on
 * the CRL or on any entry, an indirect CRL, or an issuing distribution point whose scope leaves the
 * certificate out is not used: the status is unknown, never good. CRLs built here, served by a fake fetcher.
 */
import { AsnConvert } from '@peculiar/asn1-schema'
import {
  DistributionPointName,
  GeneralName,
  GeneralNames,
  IssuingDistributionPoint,
  Reason,
  ReasonFlags
} from '@peculiar/asn1-x509'
import type { X509Certificate } from '@peculiar/x509'
import type { HttpFetcher } from '../../src/trust/http-fetch.js'
import { checkChainRevocation, type CertificateRevocation } from '../../src/trust/revocation.js'
import { x509 } from '../../src/trust/x509.js'
import { generateKeys } from '../helpers/pki.js'

const CRL_URL = 'http://crl.test/root.crl'
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' }
const HOUR = 3600_000

let rootKeys: Awaited<ReturnType<typeof generateKeys>>
let root: X509Certificate
let leaf: X509Certificate
let intermediate: X509Certificate

const keys = () => generateKeys({ kind: 'ec', curve: 'P-256' })

beforeAll(async () => {
  rootKeys = await keys()
  const now = Date.now()
  root = await x509.X509CertificateGenerator.createSelfSigned({
    name: 'CN=CRL test root',
    keys: rootKeys,
    notBefore: new Date(now - 24 * HOUR),
    notAfter: new Date(now + 24 * HOUR),
    signingAlgorithm: SIGNING,
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true)]
  })
  const issue = async (subject: string, ca: boolean) =>
    x509.X509CertificateGenerator.create({
      subject,
      issuer: root.subjectName,
      publicKey: (await keys()).publicKey,
      signingKey: rootKeys.privateKey,
      serialNumber: ca ? '0a' : '0b',
      notBefore: new Date(now - HOUR),
      notAfter: new Date(now + HOUR),
      signingAlgorithm: SIGNING,
      extensions: [
        ...(ca ? [new x509.BasicConstraintsExtension(true, 0, true)] : []),
        new x509.CRLDistributionPointsExtension([CRL_URL])
      ]
    })
  leaf = await issue('CN=leaf', false)
  intermediate = await issue('CN=intermediate', true)
})

interface CrlOptions {
  extensions?: x509.Extension[]
  entries?: { serialNumber: string; extensions?: x509.Extension[] }[]
}

async function crl(options: CrlOptions = {}): Promise<Buffer> {
  const now = Date.now()
  const list = await x509.X509CrlGenerator.create({
    issuer: root.subjectName,
    thisUpdate: new Date(now - HOUR),
    nextUpdate: new Date(now + HOUR),
    extensions: options.extensions,
    entries: (options.entries ?? []).map(entry => ({ revocationDate: new Date(now - HOUR), ...entry })),
    signingKey: rootKeys.privateKey,
    signingAlgorithm: SIGNING
  })
  return Buffer.from(list.rawData)
}

const idp = (scope: Partial<IssuingDistributionPoint>, critical = true): x509.Extension =>
  new x509.Extension('2.5.29.28', critical, AsnConvert.serialize(new IssuingDistributionPoint(scope)))

const pointNamed = (url: string): DistributionPointName =>
  new DistributionPointName({ fullName: [new GeneralName({ uniformResourceIdentifier: url })] })

async function statusOf(cert: X509Certificate, body: Buffer): Promise<CertificateRevocation> {
  const fetcher = { fetch: async () => body } as unknown as HttpFetcher
  const [result] = await checkChainRevocation([cert, root], { fetcher, now: new Date() })
  return result
}

describe('controls: a CRL Signet can read gives its answer', () => {
  test('not listed: good; listed: revoked', async () => {
    expect((await statusOf(leaf, await crl())).status).toBe('good')
    expect((await statusOf(leaf, await crl({ entries: [{ serialNumber: '0b' }] }))).status).toBe('revoked')
  })

  test('a non-critical unknown extension, on the CRL or an entry, is ignored', async () => {
    const unknown = new x509.Extension('1.2.3.4', false, new Uint8Array([5, 0]))
    expect((await statusOf(leaf, await crl({ extensions: [unknown] }))).status).toBe('good')
    const entries = [{ serialNumber: '0c', extensions: [unknown] }]
    expect((await statusOf(leaf, await crl({ entries }))).status).toBe('good')
  })

  test('a scope that includes the certificate is used', async () => {
    expect(
      (await statusOf(leaf, await crl({ extensions: [idp({ onlyContainsUserCerts: true })] }))).status
    ).toBe('good')
    expect(
      (await statusOf(intermediate, await crl({ extensions: [idp({ onlyContainsCACerts: true })] }))).status
    ).toBe('good')
    const same = idp({ distributionPoint: pointNamed(CRL_URL) })
    expect((await statusOf(leaf, await crl({ extensions: [same] }))).status).toBe('good')
  })
})

describe('unusable CRLs leave the status unknown', () => {
  const unknownCritical = () => new x509.Extension('1.2.3.4', true, new Uint8Array([5, 0]))

  test.each<[string, () => Promise<Buffer>, 'leaf' | 'intermediate', RegExp]>([
    [
      'an unknown critical CRL extension',
      () => crl({ extensions: [unknownCritical()] }),
      'leaf',
      /critical extension 1\.2\.3\.4/
    ],
    [
      'an unknown critical extension on another entry',
      () => crl({ entries: [{ serialNumber: '0c', extensions: [unknownCritical()] }] }),
      'leaf',
      /CRL entry has a critical extension 1\.2\.3\.4/
    ],
    [
      'a certificate issuer on an entry (indirect CRL)',
      () =>
        crl({
          entries: [
            {
              serialNumber: '0c',
              extensions: [
                new x509.Extension(
                  '2.5.29.29',
                  true,
                  AsnConvert.serialize(new GeneralNames([new GeneralName({ dNSName: 'other.test' })]))
                )
              ]
            }
          ]
        }),
      'leaf',
      /indirect/
    ],
    [
      'CA certificates only, for a leaf',
      () => crl({ extensions: [idp({ onlyContainsCACerts: true })] }),
      'leaf',
      /CA certificates only/
    ],
    [
      'end-entity certificates only, for a CA',
      () => crl({ extensions: [idp({ onlyContainsUserCerts: true })] }),
      'intermediate',
      /end-entity certificates only/
    ],
    [
      'attribute certificates only',
      () => crl({ extensions: [idp({ onlyContainsAttributeCerts: true })] }),
      'leaf',
      /attribute certificates only/
    ],
    [
      'some reasons only',
      () => crl({ extensions: [idp({ onlySomeReasons: new Reason(ReasonFlags.keyCompromise) })] }),
      'leaf',
      /only some revocation reasons/
    ],
    ['an indirect CRL', () => crl({ extensions: [idp({ indirectCRL: true })] }), 'leaf', /indirect/],
    [
      'another distribution point',
      () => crl({ extensions: [idp({ distributionPoint: pointNamed('http://crl.test/other.crl') })] }),
      'leaf',
      /distribution point is none of this certificate's/
    ],
    [
      'a non-critical scope that excludes the leaf (honoured all the same)',
      () => crl({ extensions: [idp({ onlyContainsCACerts: true }, false)] }),
      'leaf',
      /CA certificates only/
    ]
  ])('%s', async (_what, build, which, detail) => {
    const cert = which === 'leaf' ? leaf : intermediate
    const result = await statusOf(cert, await build())
    expect(result.status).toBe('unknown')
    expect(result.detail).toMatch(detail)
  })
})
