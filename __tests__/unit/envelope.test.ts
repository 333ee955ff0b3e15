import { spawnSync } from 'node:child_process'
import {
  constants,
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
  verify as cryptoVerify,
  X509Certificate as NodeCertificate
} from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VerificationError } from '../../src/util/errors.js'
import type { Descriptor } from '../../src/oci/types.js'
import {
  COSE_MEDIA_TYPE,
  createEnvelope,
  JWS_MEDIA_TYPE,
  targetMatches,
  verifyEnvelope
} from '../../src/trust/envelope.js'
import { loadSigningIdentity, parseTrustedIdentities, type SigningIdentity } from '../../src/trust/pki.js'
import { makePki, type KeySpec, type TestPki } from '../helpers/pki.js'
import { x509 } from '../../src/trust/x509.js'

const TARGET: Descriptor = {
  mediaType: 'application/vnd.oci.image.index.v1+json',
  digest: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  size: 1234,
  annotations: { 'org.opencontainers.image.created': '2026-11-23T00:00:00Z' }
}
const SIGNING_TIME = new Date('2026-11-23T10:00:00.789Z')

interface Jws {
  payload: string
  protected: string
  header: { x5c: string[]; [key: string]: unknown }
  signature: string
}

const parse = (envelope: Buffer): Jws => JSON.parse(envelope.toString('utf8'))
const decode = (part: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))

function identityOf(pki: TestPki): SigningIdentity {
  return loadSigningIdentity({ key: pki.keyPem, chain: pki.chainPem })
}

function verify(envelope: Buffer, pki: TestPki, extra: { now?: Date } = {}) {
  return verifyEnvelope(envelope, JWS_MEDIA_TYPE, {
    trustRoots: [pki.root],
    trustedIdentities: ['*'],
    ...extra
  })
}

/** Plain node:crypto over `protected.payload`, with the leaf from x5c: no Signet code involved. */
function independentlyVerify(envelope: Buffer): boolean {
  const jws = parse(envelope)
  const alg = decode(jws.protected).alg as string
  const leaf = new NodeCertificate(Buffer.from(jws.header.x5c[0], 'base64'))
  const hash = `sha${alg.slice(2)}`
  const input = Buffer.from(`${jws.protected}.${jws.payload}`)
  const signature = Buffer.from(jws.signature, 'base64url')
  if (alg.startsWith('PS')) {
    const saltLength = Number(alg.slice(2)) / 8
    return cryptoVerify(
      hash,
      input,
      { key: leaf.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength },
      signature
    )
  }
  return cryptoVerify(hash, input, { key: leaf.publicKey, dsaEncoding: 'ieee-p1363' }, signature)
}

describe('createEnvelope', () => {
  let pki: TestPki
  let envelope: Buffer
  beforeAll(async () => {
    // A leaf valid around the pinned SIGNING_TIME, whatever the day the tests run on.
    pki = await makePki({
      levels: 3,
      leaf: { notBefore: new Date('2026-01-01T00:00:00Z'), notAfter: new Date('2036-01-01T00:00:00Z') }
    })
    envelope = createEnvelope(TARGET, identityOf(pki), {
      signingAgent: 'signet/0.1.0',
      signingTime: SIGNING_TIME
    })
  })

  test('is a flattened JWS with exactly payload, protected, header, signature in unpadded base64url', () => {
    const jws = parse(envelope)
    expect(Object.keys(jws)).toEqual(['payload', 'protected', 'header', 'signature'])
    for (const part of [jws.payload, jws.protected, jws.signature]) expect(part).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  test('protected header: alg, cty, scheme, second-precision signing time, crit', () => {
    expect(decode(parse(envelope).protected)).toEqual({
      alg: 'ES256',
      cty: 'application/vnd.cncf.notary.payload.v1+json',
      'io.cncf.notary.signingScheme': 'notary.x509',
      'io.cncf.notary.signingTime': '2026-11-23T10:00:00Z',
      crit: ['io.cncf.notary.signingScheme']
    })
  })

  test('an expiry is protected and critical', () => {
    const expiry = new Date('2027-01-01T00:00:00Z')
    const withExpiry = createEnvelope(TARGET, identityOf(pki), {
      signingAgent: 'x',
      signingTime: SIGNING_TIME,
      expiry
    })
    const header = decode(parse(withExpiry).protected)
    expect(header['io.cncf.notary.expiry']).toBe('2027-01-01T00:00:00Z')
    expect(header.crit).toEqual(['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry'])
    expect(verify(withExpiry, pki, { now: new Date('2026-12-01T00:00:00Z') }).expiry).toEqual(expiry)
    expect(() => verify(withExpiry, pki, { now: new Date('2027-02-01T00:00:00Z') })).toThrow(
      /^signature expired on 2027-01-01T00:00:00Z$/
    )
  })

  test('payload is the target descriptor; header carries the whole chain in standard base64 and the agent', () => {
    const jws = parse(envelope)
    expect(decode(jws.payload)).toEqual({ targetArtifact: TARGET })
    expect(jws.header['io.cncf.notary.signingAgent']).toBe('signet/0.1.0')
    expect(jws.header.x5c).toEqual(pki.chain.map(cert => Buffer.from(cert.rawData).toString('base64')))
    expect(jws.header.x5c).toHaveLength(3)
  })

  test('platform and other descriptor fields are not signed, only mediaType, digest, size and annotations', () => {
    const withPlatform = { ...TARGET, platform: { os: 'linux', architecture: 'amd64' }, urls: ['http://x'] }
    const jws = parse(createEnvelope(withPlatform, identityOf(pki), { signingAgent: 'x' }))
    expect(decode(jws.payload)).toEqual({ targetArtifact: TARGET })
  })
})

describe('round trip and independent verification, per key type', () => {
  const specs: [string, KeySpec, string][] = [
    ['RSA-2048', { kind: 'rsa', bits: 2048 }, 'PS256'],
    ['RSA-3072', { kind: 'rsa', bits: 3072 }, 'PS384'],
    ['RSA-4096', { kind: 'rsa', bits: 4096 }, 'PS512'],
    ['EC P-256', { kind: 'ec', curve: 'P-256' }, 'ES256'],
    ['EC P-384', { kind: 'ec', curve: 'P-384' }, 'ES384'],
    ['EC P-521', { kind: 'ec', curve: 'P-521' }, 'ES512']
  ]
  test.each(specs)('%s signs %s; Signet and plain node:crypto both verify', async (_name, key, alg) => {
    const pki = await makePki({ key })
    const envelope = createEnvelope(TARGET, identityOf(pki), { signingAgent: 'signet/test' })
    expect(decode(parse(envelope).protected).alg).toBe(alg)
    expect(independentlyVerify(envelope)).toBe(true)
    const verified = verify(envelope, pki)
    expect(verified.algorithm).toBe(alg)
    expect(verified.target).toEqual(TARGET)
    expect(verified.signer).toBe(pki.leafSubject)
    expect(verified.warnings).toEqual([])
  })

  test('openssl verifies an RSA-PSS envelope signature (PS256, salt = digest length)', async () => {
    const pki = await makePki({ key: { kind: 'rsa', bits: 2048 } })
    const jws = parse(createEnvelope(TARGET, identityOf(pki), { signingAgent: 'signet/test' }))
    const dir = mkdtempSync(join(tmpdir(), 'signet-openssl-'))
    const leaf = new NodeCertificate(Buffer.from(jws.header.x5c[0], 'base64'))
    writeFileSync(join(dir, 'leaf.pub.pem'), leaf.publicKey.export({ type: 'spki', format: 'pem' }))
    writeFileSync(join(dir, 'input.txt'), `${jws.protected}.${jws.payload}`)
    writeFileSync(join(dir, 'sig.bin'), Buffer.from(jws.signature, 'base64url'))
    const verifyWith = (saltLength: string) => {
      const args = ['dgst', '-sha256', '-verify', 'leaf.pub.pem', '-sigopt', 'rsa_padding_mode:pss']
      args.push('-sigopt', `rsa_pss_saltlen:${saltLength}`, '-signature', 'sig.bin', 'input.txt')
      const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' })
      return `${result.status} ${result.stdout.trim()}`
    }
    expect(verifyWith('-1')).toBe('0 Verified OK')
    expect(verifyWith('32')).toBe('0 Verified OK')
    writeFileSync(join(dir, 'input.txt'), `${jws.protected}.${jws.payload}x`)
    expect(verifyWith('-1')).toBe('1 Verification failure')
  })
})

test('a Notary signature by an Ed25519 leaf is refused as the Notary Project refuses it, not as a bad signature', () => {
  // openssl issues the leaf: a CA-signed code-signing certificate for an Ed25519 key.
  const dir = mkdtempSync(join(tmpdir(), 'signet-ed25519-'))
  const openssl = (...args: string[]) => {
    const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(result.stderr)
  }
  writeFileSync(
    join(dir, 'leaf.ext'),
    'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\n'
  )
  openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'ca.key')
  openssl('req', '-x509', '-key', 'ca.key', '-subj', '/CN=Ed Root', '-days', '2', '-out', 'ca.pem')
  openssl('genpkey', '-algorithm', 'ed25519', '-out', 'leaf.key')
  openssl('req', '-new', '-key', 'leaf.key', '-subj', '/CN=ed leaf', '-out', 'leaf.csr')
  openssl(
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-days',
    '1',
    '-extfile',
    'leaf.ext',
    '-out',
    'leaf.pem'
  )
  const root = new x509.X509Certificate(readFileSync(join(dir, 'ca.pem'), 'utf8'))
  const leaf = new x509.X509Certificate(readFileSync(join(dir, 'leaf.pem'), 'utf8'))
  const protectedPart = Buffer.from(
    JSON.stringify({
      alg: 'ES256',
      cty: 'application/vnd.cncf.notary.payload.v1+json',
      'io.cncf.notary.signingScheme': 'notary.x509',
      'io.cncf.notary.signingTime': '2026-11-23T10:00:00Z',
      crit: ['io.cncf.notary.signingScheme']
    })
  ).toString('base64url')
  const payload = Buffer.from(JSON.stringify({ targetArtifact: TARGET })).toString('base64url')
  const key = createPrivateKey(readFileSync(join(dir, 'leaf.key')))
  const envelope = Buffer.from(
    JSON.stringify({
      payload,
      protected: protectedPart,
      header: { x5c: [leaf, root].map(cert => Buffer.from(cert.rawData).toString('base64')) },
      signature: cryptoSign(null, Buffer.from(`${protectedPart}.${payload}`), key).toString('base64url')
    })
  )
  expect(() =>
    verifyEnvelope(envelope, JWS_MEDIA_TYPE, { trustRoots: [root], trustedIdentities: ['*'] })
  ).toThrow(/ed25519 key, which the Notary Project does not allow \(supported: RSA 2048/)
})

describe('verifyEnvelope rejects', () => {
  let pki: TestPki
  let envelope: Buffer
  beforeAll(async () => {
    pki = await makePki()
    envelope = createEnvelope(TARGET, identityOf(pki), { signingAgent: 'signet/test' })
  })

  function mutate(change: (jws: Jws) => void): Buffer {
    const jws = parse(envelope)
    change(jws)
    return Buffer.from(JSON.stringify(jws))
  }
  /** Changes one base64url character (never the last, whose low bits may be ignored by decoders). */
  const flip = (text: string, at = 5): string =>
    text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1)
  function reasonOf(bytes: Buffer): string {
    try {
      verify(bytes, pki)
    } catch (error) {
      expect(error).toBeInstanceOf(VerificationError)
      return (error as Error).message
    }
    return 'accepted'
  }

  test('control: the unmodified envelope verifies', () => {
    expect(reasonOf(envelope)).toBe('accepted')
  })

  test.each<[string, (jws: Jws) => unknown, RegExp]>([
    ['one byte of protected', (jws: Jws) => void (jws.protected = flip(jws.protected, 12)), /.+/],
    ['one byte of payload', (jws: Jws) => void (jws.payload = flip(jws.payload, 30)), /.+/],
    [
      'one byte of signature',
      (jws: Jws) => void (jws.signature = flip(jws.signature, 10)),
      /^signature does not verify$/
    ],
    [
      'a padded payload',
      (jws: Jws) => void (jws.payload = `${jws.payload}=`),
      /^malformed envelope: payload is not unpadded base64url$/
    ],
    [
      'a padded signature',
      (jws: Jws) => void (jws.signature = `${jws.signature}==`),
      /signature is not unpadded base64url/
    ],
    [
      'an extra member',
      (jws: Jws) => Object.assign(jws, { signatures: [] }),
      /expected exactly the members payload, protected, header, signature/
    ],
    [
      'a missing header',
      (jws: Jws) => void delete (jws as Partial<Jws>).header,
      /expected exactly the members/
    ],
    ['an empty x5c', (jws: Jws) => void (jws.header.x5c = []), /x5c holds no certificate/],
    [
      'url-safe base64 in x5c',
      (jws: Jws) =>
        void (jws.header.x5c = jws.header.x5c.map(c => c.replace(/\+/g, '-').replace(/\//g, '_'))),
      /x5c\[0\] is not standard base64|x5c\[0\]/
    ]
  ])('%s', (_name, change, reason) => {
    const reasonText = reasonOf(mutate(change))
    expect(reasonText).not.toBe('accepted')
    expect(reasonText).toMatch(reason)
  })

  test('one byte of the x5c leaf: the certificate no longer parses, or its key no longer verifies', () => {
    const reasons = [40, 200, 300].map(at =>
      reasonOf(
        mutate(jws => {
          const der = Buffer.from(jws.header.x5c[0], 'base64')
          der[at] ^= 0x01
          jws.header.x5c[0] = der.toString('base64')
        })
      )
    )
    for (const reason of reasons) expect(reason).not.toBe('accepted')
  })

  test('the x5c of another signer: the signature does not verify with its key', async () => {
    const other = await makePki()
    const reason = reasonOf(
      mutate(jws => void (jws.header.x5c = other.chain.map(c => Buffer.from(c.rawData).toString('base64'))))
    )
    expect(reason).toBe('signature does not verify')
  })

  test('alg that does not match the leaf key', async () => {
    const rsa = await makePki({ key: { kind: 'rsa', bits: 3072 } })
    const rsaEnvelope = createEnvelope(TARGET, identityOf(rsa), { signingAgent: 'x' })
    const jws = parse(rsaEnvelope)
    const header = decode(jws.protected)
    header.alg = 'PS256'
    jws.protected = Buffer.from(JSON.stringify(header)).toString('base64url')
    expect(() => verify(Buffer.from(JSON.stringify(jws)), rsa)).toThrow(
      /^alg PS256 does not match the RSA-3072 leaf key \(expects PS384\)$/
    )
  })

  function withProtected(change: (header: Record<string, unknown>) => void): Buffer {
    return mutate(jws => {
      const header = decode(jws.protected)
      change(header)
      jws.protected = Buffer.from(JSON.stringify(header)).toString('base64url')
    })
  }
  test.each<[string, (header: Record<string, unknown>) => unknown, RegExp]>([
    [
      'an unknown critical header',
      (h: Record<string, unknown>) => Object.assign(h, { crit: ['io.cncf.notary.signingScheme', 'x'], x: 1 }),
      /^unknown critical header x$/
    ],
    [
      'a critical header that is absent',
      (h: Record<string, unknown>) =>
        void (h.crit = ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry']),
      /critical header io\.cncf\.notary\.expiry is not present/
    ],
    [
      'an expiry that is not critical',
      (h: Record<string, unknown>) => void (h['io.cncf.notary.expiry'] = '2100-01-01T00:00:00Z'),
      /io\.cncf\.notary\.expiry must be listed in "crit"/
    ],
    [
      'signingScheme not critical',
      (h: Record<string, unknown>) => void (h.crit = []),
      /"crit" must be a non-empty array/
    ],
    [
      'the signing-authority scheme',
      (h: Record<string, unknown>) =>
        void (h['io.cncf.notary.signingScheme'] = 'notary.x509.signingAuthority'),
      /^unsupported signing scheme notary\.x509\.signingAuthority$/
    ],
    [
      'a verification plugin',
      (h: Record<string, unknown>) => void (h['io.cncf.notary.verificationPlugin'] = 'p'),
      /requires verification plugin p/
    ],
    [
      'another content type',
      (h: Record<string, unknown>) => void (h.cty = 'application/json'),
      /content type \(cty\) is application\/json/
    ],
    [
      'a signing time that is not RFC 3339',
      (h: Record<string, unknown>) => void (h['io.cncf.notary.signingTime'] = 'yesterday'),
      /signingTime is not an RFC 3339 time/
    ],
    [
      'no signing time',
      (h: Record<string, unknown>) => void delete h['io.cncf.notary.signingTime'],
      /lacks io\.cncf\.notary\.signingTime/
    ],
    [
      'an unsupported alg',
      (h: Record<string, unknown>) => void (h.alg = 'RS256'),
      /^unsupported signature algorithm RS256$/
    ]
  ])('%s', (_name, change, reason) => {
    expect(reasonOf(withProtected(change))).toMatch(reason)
  })

  test('a non-critical unknown protected header (an extended attribute) is accepted when signed', () => {
    const jws = parse(withProtected(h => void (h['com.example.buildId'] = '42')))
    const input = Buffer.from(`${jws.protected}.${jws.payload}`)
    jws.signature = cryptoSign('sha256', input, { key: pki.key, dsaEncoding: 'ieee-p1363' }).toString(
      'base64url'
    )
    expect(reasonOf(Buffer.from(JSON.stringify(jws)))).toBe('accepted')
    expect(reasonOf(withProtected(h => void (h['com.example.buildId'] = '42')))).toBe(
      'signature does not verify'
    )
  })

  test('COSE envelopes are read by the COSE format (src/trust/cose.ts; tests in cose.test.ts)', () => {
    expect(() =>
      verifyEnvelope(Buffer.from([0xd2, 0x84]), COSE_MEDIA_TYPE, {
        trustRoots: [pki.root],
        trustedIdentities: ['*']
      })
    ).toThrow(/^malformed envelope: the COSE envelope is not strict CBOR: /)
  })

  test('an envelope type that is neither JWS nor COSE is not supported', () => {
    expect(() =>
      verifyEnvelope(Buffer.from('{}'), 'application/vnd.example+json', {
        trustRoots: [pki.root],
        trustedIdentities: ['*']
      })
    ).toThrow(/^unsupported signature envelope type application\/vnd\.example\+json$/)
  })

  test('not JSON', () => {
    expect(reasonOf(Buffer.from('nope'))).toBe('malformed envelope: the envelope is not JSON')
  })
})

describe('verification levels', () => {
  let expired: TestPki
  let envelope: Buffer
  beforeAll(async () => {
    expired = await makePki({ leaf: { notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') } })
    const identity = loadSigningIdentity({
      key: expired.keyPem,
      chain: expired.chainPem,
      now: new Date('2020-06-01')
    })
    envelope = createEnvelope(TARGET, identity, { signingAgent: 'x', signingTime: new Date('2020-06-01') })
  })
  const run = (level: 'strict' | 'permissive' | 'audit', trustRoots = [expired.root], identities = ['*']) =>
    verifyEnvelope(envelope, JWS_MEDIA_TYPE, {
      trustRoots,
      trustedIdentities: parseTrustedIdentities(identities),
      level
    })

  test('strict enforces "valid now"', () => {
    expect(() => run('strict')).toThrow(/CN=release" expired on 2021-01-01T00:00:00Z/)
  })

  test('permissive only logs it', () => {
    expect(run('permissive').warnings).toEqual([
      'certificate chain: "C=US, ST=WA, L=Seattle, O=Signet Test, CN=release" expired on 2021-01-01T00:00:00Z'
    ])
  })

  test('permissive still enforces trust and identity', async () => {
    const other = await makePki()
    expect(() => run('permissive', [other.root])).toThrow(/not one of the trusted roots/)
    expect(() => run('permissive', [expired.root], ['x509.subject: C=US, ST=WA, O=Elsewhere'])).toThrow(
      /is not a trusted identity/
    )
  })

  test('audit logs authenticity too, but integrity stays enforced', async () => {
    const other = await makePki()
    const verified = run('audit', [other.root], ['x509.subject: C=US, ST=WA, O=Elsewhere'])
    expect(verified.warnings).toHaveLength(3)
    expect(verified.warnings[0]).toMatch(/not one of the trusted roots/)
    expect(verified.warnings[1]).toMatch(/is not a trusted identity/)
    const jws = parse(envelope)
    jws.signature =
      jws.signature.slice(0, 10) + (jws.signature[10] === 'A' ? 'B' : 'A') + jws.signature.slice(11)
    expect(() =>
      verifyEnvelope(Buffer.from(JSON.stringify(jws)), JWS_MEDIA_TYPE, {
        trustRoots: [],
        trustedIdentities: ['*'],
        level: 'audit'
      })
    ).toThrow(/^signature does not verify$/)
  })
})

describe('targetMatches', () => {
  test('undefined when digest, size and media type agree (annotations do not matter)', () => {
    expect(
      targetMatches(TARGET, { mediaType: TARGET.mediaType, digest: TARGET.digest, size: TARGET.size })
    ).toBeUndefined()
  })

  test('names every difference', () => {
    expect(targetMatches(TARGET, { ...TARGET, size: 1 })).toBe('signed size 1234 is not 1')
    expect(
      targetMatches(TARGET, { ...TARGET, digest: 'sha256:' + 'f'.repeat(64), mediaType: 'application/x' })
    ).toBe(
      `signed digest ${TARGET.digest} is not sha256:${'f'.repeat(64)}; media type ${TARGET.mediaType} is not application/x`
    )
  })
})

test('createPublicKey sanity: x5c leaf and the signing key agree', async () => {
  const pki = await makePki()
  const jws = parse(createEnvelope(TARGET, identityOf(pki), { signingAgent: 'x' }))
  const leafKey = new NodeCertificate(Buffer.from(jws.header.x5c[0], 'base64')).publicKey.export({
    type: 'spki',
    format: 'der'
  })
  expect(leafKey.equals(createPublicKey(pki.key).export({ type: 'spki', format: 'der' }))).toBe(true)
})
