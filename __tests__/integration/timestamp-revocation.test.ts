/**
 * Timestamps and revocation end to end, Signet beside notation 1.3 on every verdict: a real registry,
 * openssl's TSA, OCSP responder and CRLs on loopback (helpers/pki-services.ts), and notation signing and
 * verifying with a trust policy that lists a `tsa` store. Each case asserts Signet's verdict and
 * notation's, and that they agree.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ensureTools, toolPath } from '../../scripts/ensure-tools.mjs'
import type { VerifyResult } from '../../src/verify/verify.js'
import { pushUnsigned } from '../helpers/craft.js'
import { verifyTable } from '../../src/report/outputs.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { fallbackSignatures, tagsOf } from '../helpers/independent.js'
import { startPkiServices, type Issued, type PkiServices } from '../helpers/pki-services.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inputSource, recordingLog, runSign, runSweep, runVerify } from '../helpers/signet.js'

ensureTools(['notation'])
const NOTATION = toolPath('notation')

let registry: TestRegistry
let pki: PkiServices
let image: TestImage
let work: string

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'signet-ts-'))
  ;[registry, pki, image] = await Promise.all([
    startRegistry(),
    startPkiServices(),
    makeOciLayout({ platform: { os: 'linux', architecture: 'amd64' }, seed: 'ts', layerSizes: [20_000] })
  ])
})
afterAll(async () => {
  await Promise.all([registry?.stop(), pki?.stop()])
  rmSync(work, { recursive: true, force: true })
})

async function signetSign(
  repository: string,
  signer: Issued,
  timestamp = true,
  extra: Record<string, string> = {},
  log = recordingLog()
) {
  return runSign(
    {
      image: `${registry.host}/${repository}:1.0`,
      'insecure-registries': registry.host,
      manifests: `oci-layout:${image.dir}:${image.tag} scenario=base`,
      'signing-key': signer.keyPem,
      'signing-cert-chain': signer.chainPem,
      'timestamp-url': timestamp ? pki.tsaUrl : undefined,
      'timestamp-roots': timestamp ? pki.tsaRootPem : undefined,
      ...extra
    },
    // A pinned creation time: re-runs build the same index, so "already signed" can apply.
    { log, env: { SOURCE_DATE_EPOCH: '1700000000' } }
  )
}

async function signetVerify(ref: string, extra: Record<string, string> = {}): Promise<VerifyResult> {
  return runVerify(
    {
      image: ref,
      'insecure-registries': registry.host,
      'trust-roots': pki.rootPem,
      'timestamp-roots': pki.tsaRootPem,
      ...extra
    },
    { log: recordingLog() }
  )
}

const reasons = (result: VerifyResult) => result.images.flatMap(image => image.reasons).join('\n')

/** A fresh notation config: the org root as `ca:signet`, the TSA root as `tsa:tsa`, strict, scope '*'. */
function notationHome(revocation?: 'enforce' | 'log' | 'skip'): string {
  const home = mkdtempSync(join(work, 'notation-'))
  const config = join(home, 'config', 'notation')
  mkdirSync(join(config, 'truststore', 'x509', 'ca', 'signet'), { recursive: true })
  mkdirSync(join(config, 'truststore', 'x509', 'tsa', 'tsa'), { recursive: true })
  writeFileSync(join(config, 'truststore', 'x509', 'ca', 'signet', 'root.pem'), pki.rootPem)
  writeFileSync(join(config, 'truststore', 'x509', 'tsa', 'tsa', 'tsaroot.pem'), pki.tsaRootPem)
  writeFileSync(
    join(config, 'trustpolicy.json'),
    JSON.stringify({
      version: '1.0',
      trustPolicies: [
        {
          name: 'signet',
          registryScopes: ['*'],
          signatureVerification: {
            level: 'strict',
            ...(revocation ? { override: { revocation } } : {})
          },
          trustStores: ['ca:signet', 'tsa:tsa'],
          trustedIdentities: ['*']
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

const notationVerify = (ref: string, home = notationHome()) =>
  notation(home, ['verify', '--verbose', '--insecure-registry', ref])

async function notationSign(ref: string, signer: Issued): Promise<void> {
  const home = notationHome()
  const chain = join(home, 'chain.pem')
  writeFileSync(chain, signer.chainPem)
  writeFileSync(
    join(home, 'config', 'notation', 'signingkeys.json'),
    JSON.stringify({ default: 'k', keys: [{ name: 'k', keyPath: signer.key, certPath: chain }] })
  )
  const tsaRoot = join(home, 'tsaroot.pem')
  writeFileSync(tsaRoot, pki.tsaRootPem)
  const result = await notation(home, [
    'sign',
    '--insecure-registry',
    '--timestamp-url',
    pki.tsaUrl,
    '--timestamp-root-cert',
    tsaRoot,
    ref
  ])
  if (!result.ok) throw new Error(`notation sign failed: ${result.output}`)
}

describe('timestamped signatures', () => {
  test('Signet countersigns every signature; Signet and notation (tsa store) verify them', async () => {
    const signed = await signetSign('ts/ok', pki.leaf)
    const ref = signed.ref
    // Index and platform manifest signatures both carry the token.
    for (const digest of [signed.digest, signed.manifests[0].digest]) {
      const [signature] = await fallbackSignatures(registry.host, 'ts/ok', digest)
      const header = JSON.parse(signature.envelope.toString()).header
      expect(header['io.cncf.notary.timestampSignature']).toMatch(/^[A-Za-z0-9+/]+=*$/)
    }
    const result = await signetVerify(ref)
    expect(result.verified).toBe(true)
    const [signature] = result.images[0].signatures
    expect(signature.timestamp?.tsa).toMatch(/CN=tsa/)
    expect(signature.revocation?.filter(r => r.chain === 'signing').map(r => [r.status, r.source])).toEqual([
      ['good', 'OCSP'],
      ['good', 'CRL'],
      ['not revocable', undefined]
    ])
    expect(signature.revocation?.some(r => r.chain === 'timestamping' && r.status === 'good')).toBe(true)
    // The job summary's row for it: signing time, timestamp time and TSA, revocation and its source.
    const table = verifyTable(result)
    const cell = (name: string) => table.rows[0][table.header.indexOf(name)]
    expect(cell('Verdict')).toBe('verified')
    expect(cell('Signed at')).toBe(signature.signingTime?.replace(/\.\d{3}Z$/, 'Z'))
    expect(cell('Timestamp')).toBe(
      `${signature.timestamp?.time.replace(/\.\d{3}Z$/, 'Z')} by ${signature.timestamp?.tsa}`
    )
    expect(cell('Revocation')).toBe(
      'signing: OCSP: good, CRL: good, 1 without revocation info; timestamping: CRL: good, 1 without revocation info'
    )
    const peer = await notationVerify(ref)
    expect(peer).toMatchObject({ ok: true })
  })

  test('without a countersignature: both reject when TSA trust is configured', async () => {
    const signed = await signetSign('ts/none', pki.leaf, false)
    const result = await signetVerify(signed.ref)
    expect(result.verified).toBe(false)
    expect(reasons(result)).toMatch(/no timestamp countersignature was found/)
    const peer = await notationVerify(signed.ref)
    expect(peer.ok).toBe(false)
    expect(peer.output).toMatch(/no timestamp countersignature was found/)
  })

  test('after the signing leaf expired: both accept a timestamped signature, by either tool', async () => {
    // A leaf that expires 25 s from now: signed before, verified after (nothing waits longer).
    const expiresAt = new Date(Date.now() + 25_000)
    const shortLived = await pki.issueLeaf('short-lived', {
      start: new Date(Date.now() - 3600_000),
      end: expiresAt
    })
    const signetSigned = await signetSign('ts/expiring', shortLived)
    const notationRef = `${registry.host}/ts/expiring@${signetSigned.manifests[0].digest}`
    await notationSign(notationRef, shortLived)
    await new Promise(resolve => setTimeout(resolve, Math.max(0, expiresAt.getTime() - Date.now() + 2000)))

    for (const ref of [signetSigned.ref, notationRef]) {
      const result = await signetVerify(ref)
      expect({ ref, verified: result.verified, reasons: reasons(result) }).toMatchObject({ verified: true })
      const peer = await notationVerify(ref)
      expect({ ref, ...peer }).toMatchObject({ ok: true })
      // Without TSA trust the same signature is judged now, and the expired leaf rejects it.
      const untimed = await runVerify({
        image: ref,
        'insecure-registries': registry.host,
        'trust-roots': pki.rootPem
      })
      expect(reasons(untimed)).toMatch(/CN=short-lived" expired on/)
    }
  })
})

describe('signing with a TSA', () => {
  test.each([
    [
      'a TSA that answers 404',
      { 'timestamp-url': 'PKI/nothing' },
      /^sign: timestamp: timestamp http:\/\/127\.0\.0\.1:\d+\/nothing: HTTP 404/
    ],
    [
      'a TSA outside timestamp-roots',
      { 'timestamp-roots': 'ROOT' },
      /^sign: timestamp: the TSA certificate "[^"]*CN=tsa" does not chain to a trusted TSA root/
    ],
    ['an unreachable TSA', { 'timestamp-url': 'http://127.0.0.1:9/tsa' }, /^sign: timestamp: .*ECONNREFUSED/]
  ])('%s fails the run before anything is pushed or tagged', async (label, extra, reason) => {
    const repository = `tsa-fail/${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`
    const values = Object.fromEntries(
      Object.entries(extra).map(([name, value]) => [
        name,
        value.replace('PKI', pki.base).replace('ROOT', pki.rootPem)
      ])
    )
    await expect(signetSign(repository, pki.leaf, true, values)).rejects.toThrow(reason)
    expect(await tagsOf(registry.host, repository)).toEqual([])
  })

  test('a re-run asking for a timestamp does not reuse the untimestamped signature', async () => {
    const first = await signetSign('ts/reuse', pki.leaf, false)
    const again = await signetSign('ts/reuse', pki.leaf, false)
    expect(again.signatureDigests).toEqual(first.signatureDigests)
    const stamped = await signetSign('ts/reuse', pki.leaf, true)
    expect(stamped.signatureDigests).not.toContain(first.signatureDigests[0])
    expect((await signetVerify(stamped.ref)).verified).toBe(true)
    // And a timestamped signature is reused by the next timestamped run.
    expect((await signetSign('ts/reuse', pki.leaf, true)).signatureDigests).toEqual(stamped.signatureDigests)
  })

  test('a leaf expiring within 30 days warns without timestamp-url, and not with it', async () => {
    const soon = await pki.issueLeaf('expires-soon', {
      start: new Date(Date.now() - 3600_000),
      end: new Date(Date.now() + 10 * 24 * 3600_000)
    })
    const untimed = recordingLog()
    await signetSign('ts/soon', soon, false, {}, untimed)
    expect(untimed.lines.join('\n')).toMatch(
      /warning: The signing certificate "[^"]*CN=expires-soon" expires on .* \(in 9 days\).*Set 'timestamp-url'/
    )
    const timed = recordingLog()
    await signetSign('ts/soon', soon, true, {}, timed)
    expect(timed.lines.join('\n')).not.toMatch(/expires on/)
    expect(timed.lines.join('\n')).toMatch(
      /Timestamped the signature of sha256:[0-9a-f]{64}: .* by [^\n]*CN=tsa/
    )
  })
})

describe('a sweep under a rule with timestamp-url', () => {
  test("countersigns what it signs in place, with the rule's TSA; verify under the same rule passes", async () => {
    const subject = await pushUnsigned(registry.host, 'swept/app', '1.0', image)
    const files = join(work, 'sweep-rule')
    mkdirSync(files)
    for (const [name, pem] of Object.entries({
      'key.pem': pki.leaf.keyPem,
      'chain.pem': pki.leaf.chainPem,
      'root.pem': pki.rootPem,
      'tsa-root.pem': pki.tsaRootPem
    }))
      writeFileSync(join(files, name), pem)
    const rules = [
      'version: 1',
      'rules:',
      `  - match: ${registry.host}/swept/**`,
      `    sign: { key: ${files}/key.pem, cert-chain: ${files}/chain.pem, timestamp-url: "${pki.tsaUrl}", timestamp-roots: ${files}/tsa-root.pem }`,
      `    verify: { trust-roots: ${files}/root.pem, timestamp-roots: ${files}/tsa-root.pem }`
    ].join('\n')
    const source = inputSource({
      mode: 'sign',
      sweep: `${registry.host}/swept`,
      'insecure-registries': registry.host,
      'sign-platform-manifests': 'false',
      rules
    })
    const result = await runSweep(source, recordingLog())
    expect(result.rows.map(row => [row.digest, row.action])).toEqual([[subject.digest, 'signed']])
    const [signature] = await fallbackSignatures(registry.host, 'swept/app', subject.digest)
    const header = JSON.parse(signature.envelope.toString()).header
    expect(header['io.cncf.notary.timestampSignature']).toMatch(/^[A-Za-z0-9+/]+=*$/)
    // The rule's verify names TSA roots, so a countersignature is required: it is there and valid.
    const verified = await runVerify(
      { image: `${registry.host}/swept/app:1.0`, 'insecure-registries': registry.host, rules },
      { log: recordingLog() }
    )
    expect(verified.verified).toBe(true)
    expect(verified.images[0].signatures.find(s => s.verified)?.timestamp?.tsa).toMatch(/CN=tsa/)
  })
})

describe('revocation', () => {
  test('revoked leaf: both reject, naming the certificate', async () => {
    const leaf = await pki.issueLeaf('revoked-leaf')
    const signed = await signetSign('rv/leaf', leaf)
    expect((await signetVerify(signed.ref)).verified).toBe(true)
    await pki.revoke(leaf, 'intermediate')
    const result = await signetVerify(signed.ref)
    expect(result.verified).toBe(false)
    expect(reasons(result)).toMatch(
      /signing certificate "[^"]*CN=revoked-leaf" is revoked on .* \(keyCompromise\) according to OCSP/
    )
    const peer = await notationVerify(signed.ref)
    expect(peer.ok).toBe(false)
    expect(peer.output).toMatch(/revoked/)
    // revocation: log keeps the verdict but warns; notation's override does the same.
    const logged = await signetVerify(signed.ref, { revocation: 'log' })
    expect(logged.verified).toBe(true)
    expect(logged.images[0].signatures[0].warnings?.join()).toMatch(/is revoked/)
    expect((await notationVerify(signed.ref, notationHome('log'))).ok).toBe(true)
  })

  test('revoked intermediate (CRL): both reject', async () => {
    const signed = await signetSign('rv/intermediate', pki.leaf2)
    await pki.revoke(pki.intermediate2, 'root', 'cACompromise')
    const result = await signetVerify(signed.ref)
    expect(reasons(result)).toMatch(/CN=intermediate2" is revoked .*according to CRL/)
    const peer = await notationVerify(signed.ref)
    expect(peer.ok).toBe(false)
    expect(peer.output).toMatch(/revoked/)
  })

  test('OCSP unreachable: both fall back to the CRL; OCSP and CRL unreachable: both reject', async () => {
    const signed = await signetSign('rv/outage', pki.leaf)
    pki.outage.ocsp = true
    try {
      const viaCrl = await signetVerify(signed.ref)
      expect(viaCrl.verified).toBe(true)
      expect(viaCrl.images[0].signatures[0].revocation?.[0]).toMatchObject({ status: 'good', source: 'CRL' })
      expect((await notationVerify(signed.ref)).ok).toBe(true)
      pki.outage.crl = true
      const unknown = await signetVerify(signed.ref)
      expect(unknown.verified).toBe(false)
      expect(reasons(unknown)).toMatch(/revocation status is unknown: OCSP .*503/)
      const peer = await notationVerify(signed.ref)
      expect(peer.ok).toBe(false)
      expect(peer.output).toMatch(/unknown/)
    } finally {
      pki.outage.ocsp = false
      pki.outage.crl = false
    }
  })

  test('revoked TSA certificate: both reject the timestamp', async () => {
    const signed = await signetSign('rv/tsa', pki.leaf)
    await pki.revoke(pki.tsa, 'tsaroot')
    const result = await signetVerify(signed.ref)
    expect(result.verified).toBe(false)
    expect(reasons(result)).toMatch(/timestamping certificate "[^"]*CN=tsa" is revoked/)
    const peer = await notationVerify(signed.ref)
    expect(peer.ok).toBe(false)
    expect(peer.output).toMatch(/timestamping certificate .* is revoked/)
  })
})
