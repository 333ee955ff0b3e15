/**
 * COSE envelopes (`application/cose`) both ways, notation 1.3 beside Signet on every verdict: Signet signs
 * with `signature-format: cose` (index and platform manifests, PEM key, with and without an RFC 3161
 * countersignature) and notation verifies; notation signs with `--signature-format cose` and Signet
 * verifies; and the tamper matrix of the JWS tests, redone in COSE, gets the same verdict from both.
 * A real registry and openssl's PKI, TSA, OCSP responder and CRLs on loopback (helpers/pki-services.ts).
 */
import { execFile } from 'node:child_process'
import { createPrivateKey } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ensureTools, toolPath } from '../../scripts/ensure-tools.mjs'
import type { Descriptor } from '../../src/oci/types.js'
import { decodeStrict, encodeDeterministic, Tagged } from '../../src/trust/cbor.js'
import { decodeCose } from '../../src/trust/cose.js'
import { loadCertificates } from '../../src/trust/pki.js'
import type { VerifyResult } from '../../src/verify/verify.js'
import { attachSignature, craftCose, pushUnsigned, type CraftCoseOptions } from '../helpers/craft.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { fallbackSignatures } from '../helpers/independent.js'
import { startPkiServices, type Issued, type PkiServices } from '../helpers/pki-services.js'
import { generateTokenKey, makeToken } from '../helpers/hsm.js'
import {
  installTestPlugin,
  makeNotationHome,
  notationVerify as notationVerifyIn
} from '../helpers/notation.js'
import { makePki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inputSource, recordingLog, runSign, runSweep, runVerify } from '../helpers/signet.js'
import { runVerify as runVerifyMode } from '../../src/run/verify.js'

ensureTools(['notation', 'skopeo', 'docker-registry', 'softhsm2-util', 'pkcs11-tool'])
const NOTATION = toolPath('notation')
const COSE = 'application/cose'

let registry: TestRegistry
let pki: PkiServices
let image: TestImage
let work: string

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'signet-cose-'))
  ;[registry, pki, image] = await Promise.all([
    startRegistry(),
    startPkiServices(),
    makeOciLayout({ platform: { os: 'linux', architecture: 'amd64' }, seed: 'cose', layerSizes: [10_000] })
  ])
})
afterAll(async () => {
  await Promise.all([registry?.stop(), pki?.stop()])
  rmSync(work, { recursive: true, force: true })
})

interface HomeOptions {
  /** The TSA root as a `tsa` store: a valid countersignature is then required. */
  tsa?: boolean
  identity?: string
  root?: string
}

/** A fresh notation config: the org root as `ca:signet` (and the TSA root as `tsa:tsa`), strict, scope '*'. */
function notationHome(options: HomeOptions = {}): string {
  const home = mkdtempSync(join(work, 'notation-'))
  const config = join(home, 'config', 'notation')
  mkdirSync(join(config, 'truststore', 'x509', 'ca', 'signet'), { recursive: true })
  writeFileSync(join(config, 'truststore', 'x509', 'ca', 'signet', 'root.pem'), options.root ?? pki.rootPem)
  const stores = ['ca:signet']
  if (options.tsa) {
    mkdirSync(join(config, 'truststore', 'x509', 'tsa', 'tsa'), { recursive: true })
    writeFileSync(join(config, 'truststore', 'x509', 'tsa', 'tsa', 'tsaroot.pem'), pki.tsaRootPem)
    stores.push('tsa:tsa')
  }
  writeFileSync(
    join(config, 'trustpolicy.json'),
    JSON.stringify({
      version: '1.0',
      trustPolicies: [
        {
          name: 'signet',
          registryScopes: ['*'],
          signatureVerification: { level: 'strict' },
          trustStores: stores,
          trustedIdentities: [options.identity ?? '*']
        }
      ]
    })
  )
  return home
}

async function notation(home: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(NOTATION, args, {
      // A fresh cache each time: notation keeps CRLs until their nextUpdate, which would hide a revocation.
      env: {
        ...process.env,
        XDG_CONFIG_HOME: join(home, 'config'),
        XDG_CACHE_HOME: mkdtempSync(join(home, 'cache-'))
      },
      timeout: 60_000
    })
    return { ok: true, output: stdout + stderr }
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string }
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? failed.message}` }
  }
}

const notationVerify = (ref: string, options: HomeOptions = {}) =>
  notation(notationHome(options), ['verify', '--verbose', '--insecure-registry', ref])

async function notationSign(ref: string, signer: Issued, timestamp: boolean): Promise<void> {
  const home = notationHome()
  const chain = join(home, 'chain.pem')
  writeFileSync(chain, signer.chainPem)
  writeFileSync(
    join(home, 'config', 'notation', 'signingkeys.json'),
    JSON.stringify({ default: 'k', keys: [{ name: 'k', keyPath: signer.key, certPath: chain }] })
  )
  const tsaRoot = join(home, 'tsaroot.pem')
  writeFileSync(tsaRoot, pki.tsaRootPem)
  const stamp = timestamp ? ['--timestamp-url', pki.tsaUrl, '--timestamp-root-cert', tsaRoot] : []
  const result = await notation(home, [
    'sign',
    '--insecure-registry',
    '--signature-format',
    'cose',
    ...stamp,
    ref
  ])
  if (!result.ok) throw new Error(`notation sign failed: ${result.output}`)
}

async function signetSign(repository: string, signer: Issued, timestamp: boolean) {
  return runSign(
    {
      image: `${registry.host}/${repository}:1.0`,
      'insecure-registries': registry.host,
      manifests: `oci-layout:${image.dir}:${image.tag} scenario=base`,
      'signing-key': signer.keyPem,
      'signing-cert-chain': signer.chainPem,
      'signature-format': 'cose',
      'timestamp-url': timestamp ? pki.tsaUrl : undefined,
      'timestamp-roots': timestamp ? pki.tsaRootPem : undefined
    },
    { log: recordingLog() }
  )
}

async function signetVerify(ref: string, extra: Record<string, string> = {}): Promise<VerifyResult> {
  return runVerify(
    { image: ref, 'insecure-registries': registry.host, 'trust-roots': pki.rootPem, ...extra },
    { log: recordingLog() }
  )
}

const reasons = (result: VerifyResult) => result.images.flatMap(entry => entry.reasons).join('\n')

/** The signature manifests and COSE envelopes attached to `digest` (the registry has no referrers API). */
async function coseSignatures(repository: string, digest: string) {
  const signatures = await fallbackSignatures(registry.host, repository, digest)
  for (const { manifest } of signatures) {
    expect((manifest as { layers: { mediaType: string }[] }).layers.map(layer => layer.mediaType)).toEqual([
      COSE
    ])
  }
  return signatures.map(({ envelope }) => {
    const decoded = decodeCose(envelope)
    return { algorithm: decoded.protectedHeader.alg, timestampToken: decoded.timestampToken() }
  })
}

describe('Signet signs COSE, notation verifies', () => {
  test('index and platform manifest, PEM key, countersigned: notation (tsa store) and Signet accept', async () => {
    const signed = await signetSign('cose/signet-ts', pki.leaf, true)
    const platformRef = `${registry.host}/cose/signet-ts@${signed.manifests[0].digest}`
    for (const digest of [signed.digest, signed.manifests[0].digest]) {
      const [envelope] = await coseSignatures('cose/signet-ts', digest)
      expect(envelope.timestampToken).toBeDefined()
    }
    for (const ref of [signed.ref, platformRef]) {
      expect({ ref, ...(await notationVerify(ref, { tsa: true })) }).toMatchObject({ ok: true })
      const result = await signetVerify(ref, { 'timestamp-roots': pki.tsaRootPem })
      expect({ ref, verified: result.verified, reasons: reasons(result) }).toMatchObject({ verified: true })
      expect(result.images[0].signatures.find(s => s.verified)?.timestamp?.tsa).toMatch(/CN=tsa/)
    }
  })

  test('without a countersignature: both accept without TSA trust, both reject with it', async () => {
    const signed = await signetSign('cose/signet-plain', pki.leaf, false)
    const platformRef = `${registry.host}/cose/signet-plain@${signed.manifests[0].digest}`
    for (const ref of [signed.ref, platformRef]) {
      expect({ ref, ...(await notationVerify(ref)) }).toMatchObject({ ok: true })
      expect((await signetVerify(ref)).verified).toBe(true)
    }
    const peer = await notationVerify(signed.ref, { tsa: true })
    expect(peer.ok).toBe(false)
    expect(peer.output).toMatch(/no timestamp countersignature was found/)
    const result = await signetVerify(signed.ref, { 'timestamp-roots': pki.tsaRootPem })
    expect(result.verified).toBe(false)
    expect(reasons(result)).toMatch(/no timestamp countersignature was found/)
  })

  test('Signet writes the protected header notation writes: the same labels, types and order', async () => {
    const repository = 'cose/same-header'
    const signed = await signetSign(repository, pki.leaf, false)
    await notationSign(`${registry.host}/${repository}@${signed.manifests[0].digest}`, pki.leaf, false)
    const signatures = await fallbackSignatures(registry.host, repository, signed.manifests[0].digest)
    expect(signatures).toHaveLength(2)
    const shapes = signatures.map(({ envelope }) => {
      const message = decodeStrict(envelope, { tags: [18] }) as Tagged
      const [protectedBytes, unprotected] = message.value as [Uint8Array, Map<unknown, unknown>]
      const header = decodeStrict(protectedBytes, { tags: [1] }) as Map<unknown, unknown>
      const shape = (map: Map<unknown, unknown>) =>
        [...map.entries()].map(([label, value]) => [
          label,
          value instanceof Tagged ? `tag ${value.tag}` : Array.isArray(value) ? 'array' : typeof value
        ])
      return { protected: shape(header), unprotected: shape(unprotected).filter(([label]) => label === 33) }
    })
    expect(shapes[0]).toEqual(shapes[1])
  })
})

describe('a sweep signs in COSE too', () => {
  test('signature-format: cose signs each unsigned tag in place with a COSE envelope notation verifies', async () => {
    const target = await pushUnsigned(registry.host, 'coseswept/app', '1.0', image)
    const result = await runSweep(
      inputSource({
        mode: 'sign',
        sweep: `${registry.host}/coseswept`,
        'insecure-registries': registry.host,
        'signing-key': pki.leaf.keyPem,
        'signing-cert-chain': pki.leaf.chainPem,
        'sign-platform-manifests': 'false',
        'signature-format': 'cose'
      }),
      recordingLog()
    )
    expect(result.rows.map(row => [row.digest, row.action])).toEqual([[target.digest, 'signed']])
    const [envelope] = await coseSignatures('coseswept/app', target.digest)
    expect(envelope.algorithm).toBe('ES256')
    const ref = `${registry.host}/coseswept/app@${target.digest}`
    expect(await notationVerify(ref)).toMatchObject({ ok: true })
    expect((await signetVerify(ref)).verified).toBe(true)
  })
})

describe('the verified store keeps COSE signatures', () => {
  test('recorded on a miss, re-verified offline (the COSE envelope read from the store) on a hit', async () => {
    const signed = await signetSign('cose/store', pki.leaf, false)
    const store = join(work, 'store')
    const run = () =>
      runVerifyMode(
        inputSource({
          mode: 'verify',
          image: signed.ref,
          'insecure-registries': registry.host,
          'trust-roots': pki.rootPem,
          store
        }),
        { log: recordingLog(), maskSecret: () => undefined, env: {} }
      )
    const first = await run()
    expect([first.result.verified, first.fromStore]).toEqual([true, false])
    const second = await run()
    expect([second.result.verified, second.fromStore, second.result.images[0].reasons]).toEqual([
      true,
      true,
      []
    ])
  })
})

describe('notation signs COSE, Signet verifies', () => {
  test.each([
    ['countersigned', true],
    ['without a countersignature', false]
  ])('%s: Signet and notation accept', async (_name, timestamp) => {
    const repository = `cose/notation-${timestamp ? 'ts' : 'plain'}`
    const target = await pushUnsigned(registry.host, repository, '1', image)
    const ref = `${registry.host}/${repository}@${target.digest}`
    await notationSign(ref, pki.leaf, timestamp)
    const [envelope] = await coseSignatures(repository, target.digest)
    expect(envelope.timestampToken !== undefined).toBe(timestamp)
    const extra: Record<string, string> = timestamp ? { 'timestamp-roots': pki.tsaRootPem } : {}
    const result = await signetVerify(ref, extra)
    expect({ verified: result.verified, reasons: reasons(result) }).toMatchObject({ verified: true })
    expect(result.images[0].signatures.find(s => s.verified)?.signer).toMatch(/CN=leaf/)
    expect(await notationVerify(ref, { tsa: timestamp })).toMatchObject({ ok: true })
  })
})

describe('the tamper matrix in COSE: notation’s verdict and Signet’s', () => {
  const key = () => createPrivateKey(pki.leaf.keyPem)
  const chain = () => loadCertificates(pki.leaf.chainPem)
  /** A countersignature token from the TSA over other bytes than this envelope's signature. */
  let foreignToken: Buffer

  beforeAll(async () => {
    const signed = await signetSign('cose/foreign-token', pki.leaf, true)
    const [envelope] = await coseSignatures('cose/foreign-token', signed.digest)
    foreignToken = envelope.timestampToken as Buffer
  })

  interface Case {
    name: string
    craft: (target: Descriptor) => Promise<{ envelope: Buffer; chainPem?: string }>
    home?: HomeOptions
    signet?: Record<string, string>
    verdict: 'accepted' | 'rejected'
    /** notation's verdict where it differs from Signet's (README, deliberate deviations). */
    notationVerdict?: 'accepted' | 'rejected'
    /** What Signet's reason says. */
    reason?: RegExp
  }
  const crafted =
    (options: Partial<CraftCoseOptions> = {}) =>
    async (target: Descriptor) => ({
      envelope: craftCose(target, { key: key(), chain: chain(), ...options })
    })
  const otherSigningTime = (parts: { protected: Buffer }) => {
    const header = decodeStrict(parts.protected, { tags: [1] }) as Map<unknown, unknown>
    header.set('io.cncf.notary.signingTime', new Tagged(1, Math.floor(Date.now() / 1000) - 60))
    parts.protected = encodeDeterministic(header)
  }
  const cases: Case[] = [
    { name: 'untampered (the control)', craft: crafted(), verdict: 'accepted' },
    {
      name: 'altered payload',
      craft: crafted({
        tamper: parts =>
          (parts.payload = Buffer.from(parts.payload.toString().replace('"size":', '"size":1')))
      }),
      verdict: 'rejected',
      reason: /signature does not verify|signed size/
    },
    {
      name: 'altered protected header',
      craft: crafted({ tamper: otherSigningTime }),
      verdict: 'rejected',
      reason: /signature does not verify/
    },
    {
      name: 'unknown critical label',
      craft: crafted({
        protectedExtra: [
          ['io.example.unknown', 'x'],
          [2, ['io.cncf.notary.signingScheme', 'io.example.unknown']]
        ]
      }),
      // notation 1.3.2 accepts it (measured, JWS too); the spec says a verifier must fail on a critical
      // header it does not understand, and Signet does.
      verdict: 'rejected',
      notationVerdict: 'accepted',
      reason: /unknown critical header io\.example\.unknown/
    },
    {
      name: 'expired',
      craft: crafted({ expiry: new Date(Date.now() - 60_000) }),
      verdict: 'rejected',
      reason: /signature expired on/
    },
    {
      name: 'wrong root',
      craft: async target => {
        const other = await makePki()
        return { envelope: craftCose(target, { key: other.key, chain: other.chain }) }
      },
      verdict: 'rejected',
      reason: /not one of the trusted roots|trusted root/
    },
    {
      name: 'wrong identity',
      craft: crafted(),
      home: { identity: 'x509.subject: C=US, ST=WA, O=Signet Test, CN=someone-else' },
      signet: { 'trusted-identities': 'x509.subject: C=US, ST=WA, O=Signet Test, CN=someone-else' },
      verdict: 'rejected',
      reason: /is not a trusted identity/
    },
    {
      name: 'timestamp over other bytes',
      craft: async target => ({
        envelope: craftCose(target, {
          key: key(),
          chain: chain(),
          unprotectedExtra: [['io.cncf.notary.timestampSignature', new Uint8Array(foreignToken)]]
        })
      }),
      home: { tsa: true },
      signet: { 'timestamp-roots': 'TSA' },
      verdict: 'rejected',
      reason: /timestamp/
    },
    {
      name: 'revoked leaf',
      craft: async target => {
        const leaf = await pki.issueLeaf('cose-revoked')
        const envelope = craftCose(target, {
          key: createPrivateKey(leaf.keyPem),
          chain: loadCertificates(leaf.chainPem)
        })
        await pki.revoke(leaf, 'intermediate', 'keyCompromise')
        return { envelope }
      },
      verdict: 'rejected',
      reason: /is revoked/
    }
  ]

  test.each(
    cases.map(
      (entry, index) => [entry.name, entry.notationVerdict ?? entry.verdict, entry.verdict, index] as const
    )
  )(
    '%s: notation %s, Signet %s',
    async (_name, notationVerdict, verdict, index) => {
      const entry = cases[index]
      const repository = `cose/tamper${index}`
      const target = await pushUnsigned(registry.host, repository, '1', image)
      const { envelope } = await entry.craft(target)
      await attachSignature(registry.host, repository, target, envelope, chain(), COSE)
      const ref = `${registry.host}/${repository}@${target.digest}`
      const extra = Object.fromEntries(
        Object.entries(entry.signet ?? {}).map(([name, value]) => [
          name,
          value === 'TSA' ? pki.tsaRootPem : value
        ])
      )
      const [peer, result] = [await notationVerify(ref, entry.home), await signetVerify(ref, extra)]
      expect({
        notation: peer.ok ? 'accepted' : 'rejected',
        signet: result.verified ? 'accepted' : 'rejected'
      }).toEqual({ notation: notationVerdict, signet: verdict })
      if (entry.reason) expect(reasons(result)).toMatch(entry.reason)
    },
    90_000
  )
})

describe('COSE from keys held elsewhere: Signet signs, Signet and notation verify', () => {
  const savedEnv = { ...process.env }
  const PIN_VARIABLE = 'SIGNET_TEST_COSE_PIN'
  let keyPki: Awaited<ReturnType<typeof makePki>>
  let home: ReturnType<typeof makeNotationHome>
  let token: ReturnType<typeof makeToken>
  let tokenChain: string
  let keyFiles: { key: string; chain: string }

  beforeAll(async () => {
    keyPki = await makePki()
    home = makeNotationHome(keyPki.rootPem)
    for (const name of ['com.signet.cose.raw', 'com.signet.cose.envelope']) installTestPlugin(home, name)
    token = makeToken('cose', 'Pin-Cz4w')
    const { publicKey } = await generateTokenKey(token, 'EC:prime256v1', 'signet', '01')
    tokenChain = (await keyPki.issueFor!(publicKey)).chainPem
    keyFiles = { key: join(work, 'plugin-key.pem'), chain: join(work, 'plugin-chain.pem') }
    writeFileSync(keyFiles.key, keyPki.keyPem)
    writeFileSync(keyFiles.chain, keyPki.chainPem)
    // Signet finds plugins where notation does, and SoftHSM finds its token through SOFTHSM2_CONF.
    process.env.XDG_CONFIG_HOME = home.configHome
    process.env.SOFTHSM2_CONF = token.conf
    process.env[PIN_VARIABLE] = token.pin
  })
  afterAll(() => {
    process.env = savedEnv
  })

  const plugin = (name: string, capability: 'RAW' | 'ENVELOPE') => ({
    'signing-plugin': name,
    'signing-key-id': 'release',
    'plugin-config': [`key=${keyFiles.key}`, `chain=${keyFiles.chain}`, `capability=${capability}`].join('\n')
  })

  test.each([
    [
      'a PKCS#11 token key (SoftHSM2)',
      () => ({
        'signing-key': `pkcs11:token=cose;object=signet?module-path=${token.modulePath}&pin-source=env:${PIN_VARIABLE}`,
        'signing-cert-chain': tokenChain
      })
    ],
    [
      'a SIGNATURE_GENERATOR.RAW plugin (Signet wraps its signature)',
      () => plugin('com.signet.cose.raw', 'RAW')
    ],
    [
      'a SIGNATURE_GENERATOR.ENVELOPE plugin (asked for application/cose)',
      () => plugin('com.signet.cose.envelope', 'ENVELOPE')
    ]
  ])('%s', async (name, key) => {
    const repository = `cose/key-${name
      .split(' ')[1]
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '')}`
    const signed = await runSign(
      {
        image: `${registry.host}/${repository}:1.0`,
        'insecure-registries': registry.host,
        manifests: `oci-layout:${image.dir}:${image.tag} scenario=base`,
        'signature-format': 'cose',
        'trust-roots': keyPki.rootPem,
        ...key()
      },
      { log: recordingLog() }
    )
    for (const digest of [signed.digest, signed.manifests[0].digest]) {
      const [envelope] = await coseSignatures(repository, digest)
      expect(envelope.algorithm).toBe('ES256')
      const ref = `${registry.host}/${repository}@${digest}`
      const notation = await notationVerifyIn(home, ref)
      expect([notation.code, notation.output]).toEqual([0, expect.stringContaining('Successfully verified')])
      const result = await runVerify(
        { image: ref, 'insecure-registries': registry.host, 'trust-roots': keyPki.rootPem },
        { log: recordingLog() }
      )
      expect({ verified: result.verified, reasons: reasons(result) }).toEqual({ verified: true, reasons: '' })
    }
  })
})

describe('COSE differentials: the same bytes before notation and Signet (README, deliberate deviations)', () => {
  const key = () => createPrivateKey(pki.leaf.keyPem)
  const chain = () => loadCertificates(pki.leaf.chainPem)
  const CTY = 'application/vnd.cncf.notary.payload.v1+json'
  const cases: [string, 'accepted' | 'rejected', 'accepted' | 'rejected', Partial<CraftCoseOptions>][] = [
    [
      'an integer not in its shortest form in the protected header (alg -7 as 0x38 0x06)',
      'accepted',
      'rejected',
      { protectedBytes: encoded => Buffer.from(encoded.toString('hex').replace('0126', '013806'), 'hex') }
    ],
    [
      'a label in both the protected and the unprotected header',
      'accepted',
      'rejected',
      { unprotectedExtra: [[3, CTY]] }
    ],
    [
      'crit naming label 1 (alg)',
      'accepted',
      'rejected',
      { protectedExtra: [[2, ['io.cncf.notary.signingScheme', 1]]] }
    ],
    [
      'a signing time with a fraction of a second (tag 1 over a float)',
      'accepted',
      'accepted',
      {
        protectedExtra: [['io.cncf.notary.signingTime', new Tagged(1, Math.floor(Date.now() / 1000) - 30.5)]]
      }
    ],
    [
      'a tag in the unprotected header',
      'rejected',
      'rejected',
      { unprotectedExtra: [['x', new Tagged(1, 5)]] }
    ]
  ]

  test.each(cases)('%s: notation %s, Signet %s', async (name, notationVerdict, signetVerdict, options) => {
    const repository = `cose/diff${cases.findIndex(entry => entry[0] === name)}`
    const target = await pushUnsigned(registry.host, repository, '1', image)
    const envelope = craftCose(target, { key: key(), chain: chain(), ...options })
    await attachSignature(registry.host, repository, target, envelope, chain(), COSE)
    const ref = `${registry.host}/${repository}@${target.digest}`
    const [peer, result] = [await notationVerify(ref), await signetVerify(ref)]
    expect({
      notation: peer.ok ? 'accepted' : 'rejected',
      signet: result.verified ? 'accepted' : 'rejected'
    }).toEqual({ notation: notationVerdict, signet: signetVerdict })
  })
})
