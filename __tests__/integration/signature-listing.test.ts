/**
 * What verify makes of a signature listing and of a rejection: a referrers listing whose Link pages
 * repeat (a loop back to page 1) fetches each signature manifest once; an image rejected after its
 * signature passed names no signer in the report, the outputs or the summary table.
 */
import { readInputs } from '../../src/inputs/read-inputs.js'
import type { VerifyInputs } from '../../src/inputs/verify-inputs.js'
import { sha256Digest } from '../../src/oci/digest.js'
import { MediaType } from '../../src/oci/types.js'
import { verifyOutputs, verifyTable } from '../../src/report/outputs.js'
import { makeOciLayout } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inputRequests, inputSource, recordingLog, runSign, verifyWith } from '../helpers/signet.js'
import { startStub, type StubRegistry } from '../helpers/stub-registry.js'

let pki: TestPki
beforeAll(async () => {
  pki = await makePki()
})

function inputsFor(image: string, host: string, extra: Record<string, string> = {}): VerifyInputs {
  return readInputs(
    inputSource({ mode: 'verify', image, 'insecure-registries': host, 'trust-roots': pki.rootPem, ...extra })
  ) as VerifyInputs
}

describe('a referrers listing whose Link pages repeat', () => {
  let stub: StubRegistry
  const image = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: { mediaType: 'x', digest: sha256Digest('c'), size: 1 },
      layers: []
    })
  )
  const signatures = [sha256Digest('signature one'), sha256Digest('signature two')].map(digest => ({
    mediaType: MediaType.OciManifest,
    digest,
    size: 100,
    artifactType: 'application/vnd.cncf.notary.signature'
  }))
  beforeAll(async () => {
    stub = await startStub((request, response) => {
      const url = new URL(request.url, 'http://stub')
      if (url.pathname === '/v2/') return void response.writeHead(200).end('{}')
      if (url.pathname === '/v2/app/manifests/1') {
        response.writeHead(200, {
          'content-type': MediaType.OciManifest,
          'content-length': image.length,
          'docker-content-digest': sha256Digest(image)
        })
        return void response.end(request.method === 'HEAD' ? undefined : image)
      }
      if (url.pathname.startsWith('/v2/app/referrers/')) {
        // Page 1 lists both signatures and links to page 2, which lists the first again and links back.
        const second = url.searchParams.get('page') === '2'
        const next = `</v2/app/referrers/${sha256Digest(image)}${second ? '' : '?page=2'}>; rel="next"`
        response.writeHead(200, { 'content-type': MediaType.OciIndex, link: next })
        const manifests = second ? [signatures[0]] : signatures
        return void response.end(
          JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests })
        )
      }
      response.writeHead(404, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'gone' }] }))
    })
  })
  afterAll(async () => stub?.stop())

  test('each signature manifest is fetched once, and each is reported once', async () => {
    const inputs = inputsFor(`${stub.host}/app:1`, stub.host)
    const result = await verifyWith(inputs, inputRequests(inputs), { log: recordingLog() })
    const pages = stub.requests.filter(request => request.url.includes('/referrers/'))
    expect(pages.length).toBeGreaterThan(2)
    const fetches = stub.requests
      .filter(request => request.url.startsWith('/v2/app/manifests/sha256:'))
      .map(request => request.url.slice('/v2/app/manifests/'.length))
    expect(fetches).toEqual(signatures.map(signature => signature.digest))
    expect(result.images[0].signatures.map(signature => signature.digest)).toEqual(
      signatures.map(s => s.digest)
    )
    expect(result.verified).toBe(false)
  })
})

describe('an image rejected after its signature passed', () => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry()
    const image = await makeOciLayout({
      platform: { os: 'linux', architecture: 'amd64' },
      seed: 'signer-rejected'
    })
    await runSign({
      image: `${registry.host}/app/signed:1`,
      'insecure-registries': registry.host,
      manifests: `oci-layout:${image.dir}:${image.tag} scenario=x86`,
      'signing-key': pki.keyPem,
      'signing-cert-chain': pki.chainPem
    })
  })
  afterAll(async () => registry?.stop())

  test('names no signer: not in the report, the signer output or the summary table', async () => {
    const inputs = inputsFor(`${registry.host}/app/signed:1`, registry.host, { scenario: 'arm' })
    const result = await verifyWith(inputs, inputRequests(inputs), { log: recordingLog() })
    const [report] = result.images
    expect(report.verified).toBe(false)
    expect(report.checks.find(check => check.name === 'signature')?.passed).toBe(true)
    expect(report.reasons.join()).toMatch(/no entry has scenario 'arm'/)
    expect(report.signer).toBeUndefined()
    expect(verifyOutputs(result).signer).toBe('')
    expect(verifyTable(result).rows[0][3]).toBe('')
    // The signature's own report still says who signed it, next to its verdict.
    expect(report.signatures[0]).toMatchObject({ verified: true, signer: pki.leafSubject })
  })

  test('the same image, accepted, names its signer', async () => {
    const inputs = inputsFor(`${registry.host}/app/signed:1`, registry.host, { scenario: 'x86' })
    const result = await verifyWith(inputs, inputRequests(inputs), { log: recordingLog() })
    expect(result.images[0].signer).toBe(pki.leafSubject)
  })
})
