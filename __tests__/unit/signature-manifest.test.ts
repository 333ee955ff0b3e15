import { createHash } from 'node:crypto'
import { VerificationError } from '../../src/util/errors.js'
import { EMPTY_DESCRIPTOR, type Descriptor } from '../../src/oci/types.js'
import {
  buildSignatureManifest,
  NOTARY_SIGNATURE_ARTIFACT_TYPE,
  parseSignatureManifest
} from '../../src/trust/signature-manifest.js'
import { makePki, type TestPki } from '../helpers/pki.js'

const SUBJECT: Descriptor = {
  mediaType: 'application/vnd.oci.image.index.v1+json',
  digest: `sha256:${'a'.repeat(64)}`,
  size: 777,
  annotations: { 'dev.signet.scenario': 'prod' }
}
const ENVELOPE = Buffer.from('{"payload":"x","protected":"y","header":{},"signature":"z"}')
const CREATED = new Date('2026-11-23T10:11:12.345Z')
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

let pki: TestPki
beforeAll(async () => {
  pki = await makePki({ levels: 3 })
})

describe('buildSignatureManifest', () => {
  test('the manifest Notary Project verifiers expect', () => {
    const { bytes } = buildSignatureManifest(ENVELOPE, 'application/jose+json', SUBJECT, pki.chain, CREATED)
    expect(JSON.parse(bytes.toString('utf8'))).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.cncf.notary.signature',
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        size: 2
      },
      layers: [
        { mediaType: 'application/jose+json', digest: `sha256:${sha256(ENVELOPE)}`, size: ENVELOPE.length }
      ],
      subject: { mediaType: SUBJECT.mediaType, digest: SUBJECT.digest, size: 777 },
      annotations: {
        'io.cncf.notary.x509chain.thumbprint#S256': JSON.stringify(
          pki.chain.map(cert => sha256(new Uint8Array(cert.rawData)))
        ),
        'org.opencontainers.image.created': '2026-11-23T10:11:12Z'
      }
    })
  })

  test('descriptors: the manifest (with artifactType and annotations, for a referrers index) and the envelope', () => {
    const built = buildSignatureManifest(ENVELOPE, 'application/jose+json', SUBJECT, pki.chain, CREATED)
    expect(built.descriptor).toEqual({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${sha256(built.bytes)}`,
      size: built.bytes.length,
      artifactType: NOTARY_SIGNATURE_ARTIFACT_TYPE,
      annotations: JSON.parse(built.bytes.toString('utf8')).annotations
    })
    expect(built.envelopeDescriptor).toEqual({
      mediaType: 'application/jose+json',
      digest: `sha256:${sha256(ENVELOPE)}`,
      size: ENVELOPE.length
    })
  })
})

describe('parseSignatureManifest', () => {
  const manifestOf = (change: (manifest: Record<string, unknown>) => void): Buffer => {
    const manifest = JSON.parse(
      buildSignatureManifest(ENVELOPE, 'application/jose+json', SUBJECT, pki.chain, CREATED).bytes.toString(
        'utf8'
      )
    )
    change(manifest)
    return Buffer.from(JSON.stringify(manifest))
  }

  test('round trip: envelope, subject and lowercase thumbprints', () => {
    const parsed = parseSignatureManifest(manifestOf(() => undefined))
    expect(parsed).toEqual({
      envelope: {
        mediaType: 'application/jose+json',
        digest: `sha256:${sha256(ENVELOPE)}`,
        size: ENVELOPE.length
      },
      subject: { mediaType: SUBJECT.mediaType, digest: SUBJECT.digest, size: 777 },
      thumbprints: pki.chain.map(cert => sha256(new Uint8Array(cert.rawData)))
    })
  })

  test('thumbprints compare case-insensitively', () => {
    const upper = manifestOf(m => {
      const annotations = m.annotations as Record<string, string>
      annotations['io.cncf.notary.x509chain.thumbprint#S256'] =
        annotations['io.cncf.notary.x509chain.thumbprint#S256'].toUpperCase()
    })
    expect(parseSignatureManifest(upper)?.thumbprints?.[0]).toBe(sha256(new Uint8Array(pki.chain[0].rawData)))
  })

  test('the legacy form: no artifactType, config.mediaType = the signature type', () => {
    const legacy = manifestOf(m => {
      delete m.artifactType
      m.config = { mediaType: NOTARY_SIGNATURE_ARTIFACT_TYPE, digest: EMPTY_DESCRIPTOR.digest, size: 2 }
    })
    expect(parseSignatureManifest(legacy)?.envelope.mediaType).toBe('application/jose+json')
  })

  test('other artifacts are not Notary signatures', () => {
    expect(
      parseSignatureManifest(
        manifestOf(m => void (m.artifactType = 'application/vnd.dev.sigstore.bundle.v0.3+json'))
      )
    ).toBeUndefined()
    expect(parseSignatureManifest(manifestOf(m => void delete m.artifactType))).toBeUndefined()
  })

  test.each<[string, (manifest: Record<string, unknown>) => unknown, RegExp]>([
    [
      'two layers',
      m => (m.layers as unknown[]).push((m.layers as unknown[])[0]),
      /exactly one layer \(the envelope\), found 2/
    ],
    ['no layer', m => void (m.layers = []), /exactly one layer \(the envelope\), found 0/],
    [
      'a layer with a bad digest',
      m => void ((m.layers as Descriptor[])[0].digest = 'md5:abc'),
      /its layer is not a valid descriptor/
    ],
    ['a bad subject', m => void (m.subject = { mediaType: 'x' }), /its subject is not a valid descriptor/],
    [
      'thumbprints that are not JSON',
      m =>
        void ((m.annotations as Record<string, string>)['io.cncf.notary.x509chain.thumbprint#S256'] =
          '[oops'),
      /not a JSON array of SHA-256 hex strings/
    ],
    [
      'thumbprints that are not hex',
      m =>
        void ((m.annotations as Record<string, string>)['io.cncf.notary.x509chain.thumbprint#S256'] =
          '["xyz"]'),
      /not a JSON array of SHA-256 hex strings/
    ],
    [
      'an index media type',
      m => void (m.mediaType = 'application/vnd.oci.image.index.v1+json'),
      /its mediaType is application\/vnd\.oci\.image\.index\.v1\+json/
    ]
  ])('a Notary signature manifest with %s is malformed', (_name, change, message) => {
    let error: unknown
    try {
      parseSignatureManifest(manifestOf(change))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(VerificationError)
    expect((error as Error).message).toMatch(/^malformed Notary signature manifest: /)
    expect((error as Error).message).toMatch(message)
  })

  test('bytes that are not JSON', () => {
    expect(() => parseSignatureManifest(Buffer.from('nope'))).toThrow(
      'malformed Notary signature manifest: it is not JSON'
    )
  })
})
