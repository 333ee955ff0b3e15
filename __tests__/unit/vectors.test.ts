/**
 * Notary Project conformance vectors (__tests__/fixtures/notation-go, copied byte for byte from
 * notation-go, Apache-2.0): every entry of its README with the verdict a notation.x509 JWS verifier
 * without plugins, signing-authority or RFC 3161 support must reach, under a strict policy with
 * trustedIdentities ['*'], at the pinned time the README was checked.
 */
import { constants, createPublicKey, verify as cryptoVerify } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { X509Certificate } from '@peculiar/x509'
import { VerificationError } from '../../src/util/errors.js'
import type { Descriptor } from '../../src/oci/types.js'
import { COSE_MEDIA_TYPE, JWS_MEDIA_TYPE, targetMatches, verifyEnvelope } from '../../src/trust/envelope.js'
import { loadCertificates, parseTrustedIdentities, thumbprintsOf } from '../../src/trust/pki.js'
import { decodeCose } from '../../src/trust/cose.js'
import { x509 } from '../../src/trust/x509.js'

const VECTORS = resolve(process.cwd(), '__tests__/fixtures/notation-go')
const NOW = new Date('2026-11-23T12:00:00Z')

const read = (name: string): Buffer => readFileSync(join(VECTORS, name))
const certificateFile = (name: string): X509Certificate[] => loadCertificates(read(name).toString('utf8'))
const notationRoot = (): X509Certificate[] => certificateFile('NotationTestRoot.pem')
const wabbitRoot = (): X509Certificate[] => certificateFile('wabbit-networks.io.crt')
/** The envelope's own x5c (x5chain) leaf as the trust root (for the self-signed `alpine`/`testTSA` vectors). */
const ownLeaf = (name: string): X509Certificate[] => {
  if (name.startsWith('cose')) return [decodeCose(read(name)).certificateChain()[0]]
  const x5c = JSON.parse(read(name).toString('utf8')).header.x5c as string[]
  return [new x509.X509Certificate(Buffer.from(x5c[0], 'base64'))]
}

const NOTATION_TARGET: Descriptor = {
  mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
  digest: 'sha256:60043cf45eaebc4c0867fea485a039b598f52fd09fd5b07b0b2d2f88fad9d74e',
  size: 528
}
const TIMESTAMP_TARGET: Descriptor = {
  mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
  digest: 'sha256:c0669ef34cdc14332c0f1ab0c2c01acb91d96014b172f1a76f3a39e63d1f0bda',
  size: 528
}

function verify(name: string, roots: X509Certificate[], identities: string[] = ['*']) {
  const mediaType = name.startsWith('cose') ? COSE_MEDIA_TYPE : JWS_MEDIA_TYPE
  return verifyEnvelope(read(name), mediaType, {
    trustRoots: roots,
    trustedIdentities: parseTrustedIdentities(identities),
    now: NOW
  })
}

describe('ACCEPT vectors', () => {
  test.each([
    [
      'ca_valid_sig_env.json',
      notationRoot,
      NOTATION_TARGET,
      'C=US, ST=WA, L=Seattle, O=Notary, CN=Notation Test Root'
    ],
    [
      'withoutTimestamp.sig',
      () => ownLeaf('withoutTimestamp.sig'),
      TIMESTAMP_TARGET,
      'C=US, ST=WA, L=Seattle, O=Notary, CN=alpine'
    ],
    [
      'jwsWithTimestamp.sig',
      () => ownLeaf('jwsWithTimestamp.sig'),
      TIMESTAMP_TARGET,
      'C=US, ST=WA, L=Seattle, O=Notary, CN=alpine'
    ],
    [
      'cose_signature.sig',
      () => ownLeaf('cose_signature.sig'),
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: 'sha256:19dbd2e48e921426ee8ace4dc892edfb2ecdc1d1a72d5416c83670c30acecef0',
        size: 481
      },
      'C=US, ST=WA, L=Seattle, O=Notary, CN=alpine'
    ]
  ] as const)('%s verifies, with its target and signer', (name, roots, target, signer) => {
    const verified = verify(name, roots())
    expect(verified.target).toEqual(target)
    expect(verified.signer).toBe(signer)
    expect(verified.warnings).toEqual([])
  })

  test('ca_valid_sig_env.json: PS384, signing time, expiry and the two-certificate chain', () => {
    const verified = verify('ca_valid_sig_env.json', notationRoot())
    expect(verified.algorithm).toBe('PS384')
    expect(verified.signingTime.toISOString()).toBe('2020-11-09T07:00:00.000Z')
    expect(verified.expiry?.toISOString()).toBe('2120-11-09T07:00:00.000Z')
    expect(thumbprintsOf(verified.chain)[1]).toBe(thumbprintsOf(notationRoot())[0])
    expect(thumbprintsOf(notationRoot())[0]).toMatch(/^86df8041.*43d644$/)
  })

  test('jws_signature.sig verifies against its own leaf, and its target is the manifest of oci-layout/', () => {
    const verified = verify('jws_signature.sig', ownLeaf('jws_signature.sig'))
    const layoutIndex = JSON.parse(read('oci-layout/index.json').toString('utf8')) as {
      manifests: Descriptor[]
    }
    expect(layoutIndex.manifests).toHaveLength(1)
    expect(targetMatches(verified.target, layoutIndex.manifests[0])).toBeUndefined()
    expect(verified.target.digest).toBe(
      'sha256:19dbd2e48e921426ee8ace4dc892edfb2ecdc1d1a72d5416c83670c30acecef0'
    )
    expect(targetMatches(verified.target, { ...layoutIndex.manifests[0], size: 480 })).toMatch(
      /size 481 is not 480/
    )
  })

  test('sig_env_with_metadata.json returns the signed annotations', () => {
    // Under audit only integrity is enforced; the untrusted, expired chain becomes warnings.
    const verified = verifyEnvelope(read('sig_env_with_metadata.json'), JWS_MEDIA_TYPE, {
      trustRoots: wabbitRoot(),
      trustedIdentities: ['*'],
      now: NOW,
      level: 'audit'
    })
    expect(verified.target.annotations).toEqual({
      'io.wabbit-networks.buildId': '123',
      'io.wabbit-networks.buildTime': '1672944615'
    })
    expect(verified.warnings.join('\n')).toMatch(/not one of the trusted roots/)
    expect(verified.warnings.join('\n')).toMatch(/expired on 2023-01-12/)
  })
})

describe('identity check on ca_valid_sig_env.json', () => {
  test('the matching DN passes', () => {
    const verified = verify('ca_valid_sig_env.json', notationRoot(), [
      'x509.subject: C=US, ST=WA, L=Seattle, O=Notary, CN=Notation Test Root'
    ])
    expect(verified.signer).toBe('C=US, ST=WA, L=Seattle, O=Notary, CN=Notation Test Root')
  })

  test('a subset of the DN passes (notation matches attribute by attribute)', () => {
    expect(
      verify('ca_valid_sig_env.json', notationRoot(), ['x509.subject: C=US, ST=WA, O=Notary']).signer
    ).toMatch(/Notation/)
  })

  test('another DN fails', () => {
    expect(() =>
      verify('ca_valid_sig_env.json', notationRoot(), [
        'x509.subject: CN=LOL, O=DummyOrg, L=Seattle, ST=WA, C=US'
      ])
    ).toThrow(/signer "C=US, ST=WA, L=Seattle, O=Notary, CN=Notation Test Root" is not a trusted identity/)
  })
})

describe('REJECT vectors', () => {
  const rejects: [string, () => X509Certificate[], RegExp][] = [
    ['ca_invalid_sig_env.json', notationRoot, /payload is not unpadded base64url/],
    ['ca_expired_sig_env.json', notationRoot, /^signature expired on 2022-07-29T23:59:00Z$/],
    ['ca_plugin_sig_env.json', notationRoot, /^unknown critical header SomeKey$/],
    ['sa_valid_sig_env.json', notationRoot, /^unsupported signing scheme notary\.x509\.signingAuthority$/],
    ['sa_invalid_sig_env.json', notationRoot, /base64url/],
    ['sa_expired_sig_env.json', notationRoot, /signing scheme/],
    ['sa_plugin_sig_env.json', notationRoot, /signing scheme/],
    [
      'ca_compatible_pluginver_sig_env_1.0.0.json',
      wabbitRoot,
      /^unknown critical header io\.cncf\.notary\.verificationPlugin/
    ],
    [
      'ca_incompatible_pluginver_sig_env_1.0.1.json',
      wabbitRoot,
      /critical header io\.cncf\.notary\.verificationPlugin/
    ],
    ['sig_env_with_metadata.json', wabbitRoot, /not one of the trusted roots/],
    ['jws_signature.sig', notationRoot, /trusted roots/],
    ['jws_signature.sig', wabbitRoot, /trusted roots/],
    ['cose_signature.sig', notationRoot, /trusted roots/],
    [
      'jwsExpiredWithTimestamp.sig',
      () => ownLeaf('jwsExpiredWithTimestamp.sig'),
      /CN=testTSA" expired on 2024-06-18T07:30:31Z/
    ],
    [
      'timestampBeforeNotBefore.sig',
      () => ownLeaf('timestampBeforeNotBefore.sig'),
      /not yet valid at signing time/
    ]
  ]
  test.each(rejects)('%s is rejected (%#)', (name, roots, reason) => {
    let error: unknown
    try {
      verify(name, roots())
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(VerificationError)
    expect((error as Error).message).toMatch(reason)
  })

  test('ca_invalid_sig_env.json: the pad is its only defect, and the signature does not cover the padded input', () => {
    const envelope = JSON.parse(read('ca_invalid_sig_env.json').toString('utf8'))
    const leaf = new x509.X509Certificate(Buffer.from(envelope.header.x5c[0], 'base64'))
    const leafKey = createPublicKey({ key: Buffer.from(leaf.publicKey.rawData), format: 'der', type: 'spki' })
    const pss = { key: leafKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 }
    const signature = Buffer.from(envelope.signature, 'base64url')
    const padded = Buffer.from(`${envelope.protected}.${envelope.payload}`)
    expect(cryptoVerify('sha384', padded, pss, signature)).toBe(false)

    envelope.payload = envelope.payload.replace(/=+$/, '')
    expect(
      cryptoVerify('sha384', Buffer.from(`${envelope.protected}.${envelope.payload}`), pss, signature)
    ).toBe(true)
    const verified = verifyEnvelope(Buffer.from(JSON.stringify(envelope)), JWS_MEDIA_TYPE, {
      trustRoots: notationRoot(),
      trustedIdentities: ['*'],
      now: NOW
    })
    expect(verified.target).toEqual(NOTATION_TARGET)
  })

  test('ca_expired_sig_env.json is only logged under permissive', () => {
    const verified = verifyEnvelope(read('ca_expired_sig_env.json'), JWS_MEDIA_TYPE, {
      trustRoots: notationRoot(),
      trustedIdentities: ['*'],
      now: NOW,
      level: 'permissive'
    })
    expect(verified.warnings).toEqual(['signature expired on 2022-07-29T23:59:00Z'])
  })

  test('the ACCEPT vectors flip to REJECT once their leaf has expired', () => {
    expect(() =>
      verifyEnvelope(read('withoutTimestamp.sig'), JWS_MEDIA_TYPE, {
        trustRoots: ownLeaf('withoutTimestamp.sig'),
        trustedIdentities: ['*'],
        now: new Date('2033-06-01T00:00:00Z')
      })
    ).toThrow(/expired on 2033-05-10/)
  })
})
