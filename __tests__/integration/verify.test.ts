/** The verify mode against a real docker-registry: what must pass, and every rejection class with its reason. */
import { closeSync, openSync, readFileSync, readSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { sha256Digest } from '../../src/oci/digest.js'
import type { VerifyResult } from '../../src/verify/verify.js'
import { attachSignature, craftJws, pushUnsigned } from '../helpers/craft.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { rawManifest } from '../helpers/independent.js'
import { subjectOf } from '../../src/trust/pki.js'
import { makePki, type MakePkiOptions, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { recordingLog, runSign, runVerify } from '../helpers/signet.js'

let registry: TestRegistry
let pki: TestPki
let otherPki: TestPki
let amd64: TestImage
let arm64: TestImage

beforeAll(async () => {
  registry = await startRegistry()
  ;[pki, otherPki] = await Promise.all([makePki({ levels: 3 }), makePki()])
  amd64 = await makeOciLayout({
    platform: { os: 'linux', architecture: 'amd64' },
    seed: 'v-amd64',
    layerSizes: [100_000, 5_000]
  })
  arm64 = await makeOciLayout({
    platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    seed: 'v-arm64',
    layerSizes: [80_000]
  })
})
afterAll(async () => registry?.stop())

/** Signs amd64 + arm64 under two scenarios into `repository:1.0`. */
async function signTwo(repository: string, signer: TestPki = pki, now?: Date) {
  return runSign(
    {
      image: `${registry.host}/${repository}:1.0`,
      'insecure-registries': registry.host,
      manifests: [
        `oci-layout:${amd64.dir}:${amd64.tag} scenario=kernel-5.15`,
        `oci-layout:${arm64.dir}:${arm64.tag} scenario=kernel-4.19.90,edge`
      ].join('\n'),
      'signing-key': signer.keyPem,
      'signing-cert-chain': signer.chainPem
    },
    { now }
  )
}

function verifyInputs(repository: string, extra: Record<string, string> = {}, root: TestPki = pki) {
  return {
    image: `${registry.host}/${repository}:1.0`,
    'insecure-registries': registry.host,
    'trust-roots': root.rootPem,
    ...extra
  }
}

function reasons(result: VerifyResult): string {
  return result.images.flatMap(image => image.reasons).join('\n')
}

function expectRejected(result: VerifyResult, reason: RegExp): void {
  expect(result.verified).toBe(false)
  expect(result.images[0].verified).toBe(false)
  expect(reasons(result)).toMatch(reason)
}

function blobFile(digest: string, storageDir = registry.storageDir): string {
  const hex = digest.slice('sha256:'.length)
  return join(storageDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data')
}

function flipByte(digest: string, offset = 3, storageDir = registry.storageDir): void {
  const fd = openSync(blobFile(digest, storageDir), 'r+')
  const byte = Buffer.alloc(1)
  readSync(fd, byte, 0, 1, offset)
  byte[0] ^= 0x01
  writeSync(fd, byte, 0, 1, offset)
  closeSync(fd)
}

describe('verify accepts', () => {
  test('a signed two-platform index: every blob re-hashed, pinned to the index digest, signer reported', async () => {
    const signed = await signTwo('ok/all')
    const log = recordingLog()
    const result = await runVerify(
      verifyInputs('ok/all', { 'trusted-identities': `x509.subject: ${pki.leafSubject}` }),
      { log }
    )
    expect(reasons(result)).toBe('')
    expect(result.verified).toBe(true)
    const [image] = result.images
    expect(image.digest).toBe(signed.digest)
    expect(image.ref).toBe(`${registry.host}/ok/all@${signed.digest}`)
    expect(image.signer).toBe(pki.leafSubject)
    // 2 child manifests + 2 configs + 3 layers
    expect(image.blobs.checked).toBe(7)
    expect(image.selected.map(entry => entry.scenarios)).toEqual([
      ['kernel-5.15'],
      ['kernel-4.19.90', 'edge']
    ])
    expect(image.checks.map(check => [check.name, check.passed])).toEqual([
      ['allowed registry', true],
      ['trust policy', true],
      ['resolve', true],
      ['signature', true],
      ['selection and content', true]
    ])
    expect(image.signatures.find(signature => signature.verified)?.chain).toEqual(
      pki.chain.map(cert => subjectOf(cert))
    )
  })

  test('one scenario: only that entry is re-hashed and the reference is pinned to it', async () => {
    await signTwo('ok/scenario')
    const result = await runVerify(verifyInputs('ok/scenario', { scenario: 'edge' }))
    expect(reasons(result)).toBe('')
    expect(result.images[0].digest).toBe(arm64.manifest.digest)
    expect(result.images[0].ref).toBe(`${registry.host}/ok/scenario@${arm64.manifest.digest}`)
    expect(result.images[0].blobs.checked).toBe(3)
  })

  test('by platform, and a platform manifest verified directly by its digest (it is signed too)', async () => {
    await signTwo('ok/platform')
    const byPlatform = await runVerify(verifyInputs('ok/platform', { platform: 'linux/amd64' }))
    expect(byPlatform.images[0].digest).toBe(amd64.manifest.digest)
    const direct = await runVerify({
      ...verifyInputs('ok/platform'),
      image: `${registry.host}/ok/platform@${amd64.manifest.digest}`
    })
    expect(reasons(direct)).toBe('')
    expect(direct.images[0].blobs.checked).toBe(3)
  })

  test('platforms sharing a layer: it is fetched and re-hashed once, and a tamper of it still fails', async () => {
    const counting = await startRegistry({ countRequests: true })
    try {
      // Same seed, other platform: the same layers under two configs.
      const [intel, arm] = await Promise.all(
        [
          { os: 'linux', architecture: 'amd64' },
          { os: 'linux', architecture: 'arm64' }
        ].map(platform => makeOciLayout({ platform, seed: 'v-shared', layerSizes: [60_000, 2_000] }))
      )
      expect(arm.layers).toEqual(intel.layers)
      await runSign({
        image: `${counting.host}/shared/app:1`,
        'insecure-registries': counting.host,
        manifests: [intel, arm].map(image => `oci-layout:${image.dir}:${image.tag}`).join('\n'),
        'signing-key': pki.keyPem,
        'signing-cert-chain': pki.chainPem
      })
      const inputs = {
        image: `${counting.host}/shared/app:1`,
        'insecure-registries': counting.host,
        'trust-roots': pki.rootPem
      }
      counting.requests.length = 0
      const result = await runVerify(inputs)
      expect(reasons(result)).toBe('')
      // 2 child manifests + 2 configs + 2 layers (not 4)
      expect(result.images[0].blobs.checked).toBe(6)
      for (const layer of intel.layers) {
        const gets = counting.requests.filter(line => line === `GET /v2/shared/app/blobs/${layer.digest}`)
        expect(gets).toHaveLength(1)
      }

      flipByte(intel.layers[0].digest, 3, counting.storageDir)
      expectRejected(
        await runVerify(inputs),
        new RegExp(`layer ${intel.layers[0].digest} of linux/amd64: digest mismatch`)
      )
    } finally {
      await counting.stop()
    }
  })

  test('RSA keys and a 1-level (self-signed, trusted) chain', async () => {
    const rsa = await makePki({ key: { kind: 'rsa', bits: 3072 }, levels: 1 })
    await signTwo('ok/rsa', rsa)
    const result = await runVerify(verifyInputs('ok/rsa', {}, rsa))
    expect(reasons(result)).toBe('')
  })
})

describe('verify rejects', () => {
  test('an unsigned image, the failing check named in the report', async () => {
    await pushUnsigned(registry.host, 'bad/unsigned', '1.0', amd64)
    const result = await runVerify(verifyInputs('bad/unsigned'))
    expectRejected(result, /no signature found/)
    expect(result.images[0].checks.at(-1)).toEqual({
      name: 'signature',
      passed: false,
      reason: expect.stringMatching(/no signature found/)
    })
  })

  test('a signature chaining to another root', async () => {
    await signTwo('bad/other-root', otherPki)
    expectRejected(await runVerify(verifyInputs('bad/other-root')), /certificate chain|trust/i)
  })

  test('a signature chaining to another root over tampered content: the signature is the verdict, no content is reported', async () => {
    // The content is fetched and re-hashed while the signature is checked: none of it may count, or show,
    // when the signature does not pass, and its own failure must not take the signature's place.
    await signTwo('bad/other-root-tampered', otherPki)
    flipByte(arm64.layers[0].digest)
    const log = recordingLog()
    try {
      const result = await runVerify(verifyInputs('bad/other-root-tampered'), { log })
      expectRejected(result, /certificate chain|trust/i)
      const [image] = result.images
      expect(reasons(result)).not.toMatch(/digest mismatch/)
      expect(image.checks.map(check => check.name)).not.toContain('selection and content')
      expect(image.blobs).toEqual({ checked: 0, bytes: 0, manifests: 0 })
      expect(image.selected).toEqual([])
      expect(log.lines.filter(line => /Re-hashed|^Entry /.test(line))).toEqual([])
    } finally {
      flipByte(arm64.layers[0].digest)
    }
  })

  test('a signer that is not a trusted identity', async () => {
    await signTwo('bad/identity')
    const result = await runVerify(
      verifyInputs('bad/identity', {
        'trusted-identities': 'x509.subject: C=US, ST=WA, O=Someone Else, CN=release'
      })
    )
    expectRejected(result, /identit/i)
  })

  test('an expired leaf (signed while it was valid)', async () => {
    const expired = await makePki({
      leaf: { notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') }
    })
    await signTwo('bad/expired', expired, new Date('2020-06-01'))
    expectRejected(await runVerify(verifyInputs('bad/expired', {}, expired)), /expired/i)
  })

  test('a leaf that is not yet valid', async () => {
    const future = await makePki({
      leaf: { notBefore: new Date('2099-01-01'), notAfter: new Date('2100-01-01') }
    })
    await signTwo('bad/future', future, new Date('2099-06-01'))
    expectRejected(await runVerify(verifyInputs('bad/future', {}, future)), /not yet valid/i)
  })

  const badLeaves: [string, MakePkiOptions, RegExp][] = [
    ['a CA certificate as leaf', { leaf: { ca: true } }, /CA/],
    [
      'a leaf with the serverAuth EKU',
      { leaf: { eku: ['1.3.6.1.5.5.7.3.1'] } },
      /serverAuth|extended key usage|EKU/i
    ]
  ]
  test.each(badLeaves)(
    '%s (signature crafted by hand, since sign refuses it)',
    async (_name, options, reason) => {
      const bad = await makePki(options)
      const repository = `bad/${_name.replace(/[^a-z]+/gi, '-').toLowerCase()}`
      const subject = await pushUnsigned(registry.host, repository, '1.0', amd64)
      await attachSignature(
        registry.host,
        repository,
        subject,
        craftJws(subject, { key: bad.key, chain: bad.chain }),
        bad.chain
      )
      expectRejected(await runVerify(verifyInputs(repository, {}, bad)), reason)
    }
  )

  test('control: the hand-crafted signature passes when nothing is wrong with it', async () => {
    const subject = await pushUnsigned(registry.host, 'ok/crafted', '1.0', amd64)
    await attachSignature(
      registry.host,
      'ok/crafted',
      subject,
      craftJws(subject, { key: pki.key, chain: pki.chain }),
      pki.chain
    )
    expect(reasons(await runVerify(verifyInputs('ok/crafted')))).toBe('')
  })

  test('an unknown critical header', async () => {
    const subject = await pushUnsigned(registry.host, 'bad/crit', '1.0', amd64)
    const envelope = craftJws(subject, {
      key: pki.key,
      chain: pki.chain,
      protectedExtra: {
        'io.cncf.notary.verificationPlugin': 'acme-plugin',
        crit: ['io.cncf.notary.signingScheme', 'io.cncf.notary.verificationPlugin']
      }
    })
    await attachSignature(registry.host, 'bad/crit', subject, envelope, pki.chain)
    expectRejected(await runVerify(verifyInputs('bad/crit')), /critical/i)
  })

  test('a padded base64 payload', async () => {
    const subject = await pushUnsigned(registry.host, 'bad/padded', '1.0', amd64)
    const envelope = craftJws(subject, {
      key: pki.key,
      chain: pki.chain,
      mutate: jws => void (jws.payload = `${jws.payload}=`)
    })
    await attachSignature(registry.host, 'bad/padded', subject, envelope, pki.chain)
    expectRejected(await runVerify(verifyInputs('bad/padded')), /base64|signature/i)
  })

  test('a signature of another image listed under this digest (replay)', async () => {
    const subject = await pushUnsigned(registry.host, 'bad/replay', '1.0', amd64)
    const other = {
      mediaType: arm64.manifest.mediaType,
      digest: arm64.manifest.digest,
      size: arm64.manifest.size
    }
    await attachSignature(
      registry.host,
      'bad/replay',
      subject,
      craftJws(other, { key: pki.key, chain: pki.chain }),
      pki.chain
    )
    expectRejected(await runVerify(verifyInputs('bad/replay')), /signed target differs|digest/i)
  })

  test('a tampered layer in registry storage, naming the layer and platform', async () => {
    await signTwo('bad/layer')
    flipByte(arm64.layers[0].digest)
    try {
      const result = await runVerify(verifyInputs('bad/layer'))
      expectRejected(result, new RegExp(`layer ${arm64.layers[0].digest} of linux/arm64/v8: digest mismatch`))
    } finally {
      flipByte(arm64.layers[0].digest)
    }
  })

  test('a tampered config in registry storage', async () => {
    await signTwo('bad/config')
    flipByte(amd64.config.digest, 10)
    try {
      expectRejected(
        await runVerify(verifyInputs('bad/config', { scenario: 'kernel-5.15' })),
        new RegExp(`config ${amd64.config.digest}.*digest mismatch`)
      )
    } finally {
      flipByte(amd64.config.digest, 10)
    }
  })

  test('a tampered child manifest in registry storage', async () => {
    await signTwo('bad/child')
    const file = blobFile(amd64.manifest.digest)
    const original = readFileSync(file)
    // Change one hex character of the config digest: still valid JSON, different bytes.
    const at = original.indexOf('sha256:') + 'sha256:'.length
    const altered = Buffer.from(original)
    altered[at] = altered[at] === 0x30 ? 0x31 : 0x30
    writeFileSync(file, altered)
    try {
      expectRejected(await runVerify(verifyInputs('bad/child')), new RegExp(`${amd64.manifest.digest}`))
    } finally {
      writeFileSync(file, original)
    }
  })

  test('a scenario annotation edited after signing (the tag now names an unsigned index)', async () => {
    const signed = await signTwo('bad/edited')
    const index = JSON.parse((await rawManifest(registry.host, 'bad/edited', signed.digest)).bytes.toString())
    index.manifests[0].annotations['dev.signet.scenario'] = 'kernel-4.19.90-rt'
    const bytes = Buffer.from(JSON.stringify(index))
    const put = await fetch(`http://${registry.host}/v2/bad/edited/manifests/1.0`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/vnd.oci.image.index.v1+json' },
      body: bytes
    })
    expect(put.status).toBe(201)
    const result = await runVerify(verifyInputs('bad/edited'))
    expectRejected(result, new RegExp(`no signature found for ${sha256Digest(bytes)}`))
  })

  test('a tag moved to an index signed under an untrusted root', async () => {
    await signTwo('bad/moved')
    const moved = await runSign({
      image: `${registry.host}/bad/moved:1.0`,
      'insecure-registries': registry.host,
      manifests: `oci-layout:${amd64.dir}:${amd64.tag} scenario=other`,
      'signing-key': otherPki.keyPem,
      'signing-cert-chain': otherPki.chainPem
    })
    const result = await runVerify(verifyInputs('bad/moved'))
    expect(result.images[0].digest).toBe(moved.digest)
    expectRejected(result, /certificate chain|trust/i)
  })

  test('an unknown scenario, listing the available ones', async () => {
    await signTwo('bad/scenario')
    const result = await runVerify(verifyInputs('bad/scenario', { scenario: 'kernel-9.9' }))
    expectRejected(result, /kernel-9\.9/)
    expect(reasons(result)).toMatch(/kernel-5\.15 \(linux\/amd64\)/)
    expect(reasons(result)).toMatch(/kernel-4\.19\.90.*linux\/arm64\/v8/)
  })

  test('an image from a registry outside allowed-registries, before any request', async () => {
    const result = await runVerify(verifyInputs('ok/all', { 'allowed-registries': 'ghcr.io' }))
    expectRejected(result, /not in allowed-registries/)
  })

  test('several images: one bad one fails the whole run while the good one is reported verified', async () => {
    await signTwo('multi/good')
    await pushUnsigned(registry.host, 'multi/bad', '1.0', amd64)
    const result = await runVerify({
      ...verifyInputs('multi/good'),
      image: `${registry.host}/multi/good:1.0\n${registry.host}/multi/bad:1.0`
    })
    expect(result.verified).toBe(false)
    expect(result.images.map(image => image.verified)).toEqual([true, false])
  })
})
