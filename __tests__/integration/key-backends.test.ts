/**
 * Keys that never leave the HSM or KMS, against a real docker-registry: a SoftHSM2 token driven through
 * OpenSC's pkcs11-tool, and notation signing plugins (the test plugin, in both SIGNATURE_GENERATOR.RAW
 * and .ENVELOPE forms). Every signature is checked by Signet's verify and by notation 1.3.2, and the
 * test plugin is also driven by `notation sign`, so the protocol is proven against notation's own plugin
 * client. Each refusal exits 2 (bad input) or 1 (signing failed) and pushes nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureTools } from '../../scripts/ensure-tools.mjs'
import { runBuiltAction } from '../helpers/built-action.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { fallbackSignatures, tagsOf } from '../helpers/independent.js'
import { deletePublicKey, generateTokenKey, makeToken, type TestToken } from '../helpers/hsm.js'
import {
  installTestPlugin,
  makeNotationHome,
  notationVerify,
  runNotation,
  type NotationHome
} from '../helpers/notation.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { recordingLog, runSign, runVerify } from '../helpers/signet.js'
import { openPluginSigner } from '../../src/sign/notation-plugin.js'
import { silentLog } from '../../src/util/log.js'

let registry: TestRegistry
let pki: TestPki
let image: TestImage
let token: TestToken
let home: NotationHome
let keyFiles: { key: string; chain: string }
/** The token keys' chains: leaves the test CA issued for keys generated inside the token. */
const tokenChains: Record<string, string> = {}
const savedEnv = { ...process.env }
const PIN_VARIABLE = 'SIGNET_TEST_HSM_PIN'

// At load, not in a hook: installing on a fresh machine may take longer than a hook may.
ensureTools(['softhsm2-util', 'pkcs11-tool', 'notation'])

beforeAll(async () => {
  registry = await startRegistry({ countRequests: true })
  pki = await makePki()
  image = await makeOciLayout({
    platform: { os: 'linux', architecture: 'amd64' },
    seed: 'hsm',
    layerSizes: [4000]
  })

  const dir = mkdtempSync(join(tmpdir(), 'signet-key-backends-'))
  keyFiles = { key: join(dir, 'key.pem'), chain: join(dir, 'chain.pem') }
  writeFileSync(keyFiles.key, pki.keyPem)
  writeFileSync(keyFiles.chain, pki.chainPem)

  // Letters outside hex, so that a digest in the log can never look like the PIN.
  token = makeToken('release', 'Pin-Qx7z')
  for (const [label, type, id] of [
    ['signet', 'EC:prime256v1', '01'],
    ['signet-rsa', 'rsa:3072', '02'],
    ['orphan', 'EC:prime256v1', '03']
  ]) {
    const { publicKey } = await generateTokenKey(token, type, label, id)
    tokenChains[label] = (await pki.issueFor!(publicKey)).chainPem
  }
  // A token that keeps no public key object: the mismatch can only show when the signature is checked.
  deletePublicKey(token, '03')

  home = makeNotationHome(pki.rootPem)
  for (const name of ['com.signet.raw', 'com.signet.envelope', 'com.signet.verifier', 'com.signet.faulty'])
    installTestPlugin(home, name)
  // Signet finds plugins where notation does, and SoftHSM finds its token through SOFTHSM2_CONF.
  process.env.XDG_CONFIG_HOME = home.configHome
  process.env.SOFTHSM2_CONF = token.conf
  process.env[PIN_VARIABLE] = token.pin
})

afterAll(async () => {
  process.env = savedEnv
  await registry?.stop()
})

function signInputs(repository: string, key: Record<string, string>): Record<string, string> {
  return {
    image: `${registry.host}/${repository}:1.0`,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${image.dir}:${image.tag} scenario=hsm`,
    'trust-roots': pki.rootPem,
    ...key
  }
}
const pluginKey = (plugin: string, config: Record<string, string> = {}, keyId = 'release') => ({
  'signing-plugin': plugin,
  'signing-key-id': keyId,
  'plugin-config': Object.entries({ key: keyFiles.key, chain: keyFiles.chain, ...config })
    .map(([name, value]) => `${name}=${value}`)
    .join('\n')
})
const tokenUri = (path: string, query = `pin-source=env:${PIN_VARIABLE}`) =>
  `pkcs11:token=${token.label};${path}?module-path=${token.modulePath}&${query}`

/** Signs, then verifies with Signet and with notation; returns the signed digest. */
async function signAndVerifyBoth(repository: string, key: Record<string, string>): Promise<string> {
  const result = await runSign(signInputs(repository, key), { log: recordingLog() })
  expect(result.signatureDigests).toHaveLength(2)
  const verdict = await runVerify({
    image: `${registry.host}/${repository}:1.0`,
    'insecure-registries': registry.host,
    'trust-roots': pki.rootPem
  })
  expect(verdict.images.map(report => [report.verified, report.reasons])).toEqual([[true, []]])
  for (const digest of [result.digest, result.manifests[0].digest]) {
    const notation = await notationVerify(home, `${registry.host}/${repository}@${digest}`)
    expect([notation.code, notation.output]).toEqual([0, expect.stringContaining('Successfully verified')])
  }
  return result.digest
}

/** Expects sign to fail with `exitCode` and `message`, and not one write request to reach the registry. */
async function expectRefused(
  repository: string,
  key: Record<string, string>,
  exitCode: 1 | 2,
  message: RegExp
) {
  const before = registry.requests.length
  const log = recordingLog()
  const failure = await runSign(signInputs(repository, key), { log }).catch((error: unknown) => error)
  expect([(failure as Error).message, (failure as { exitCode?: number }).exitCode]).toEqual([
    expect.stringMatching(message),
    exitCode
  ])
  const writes = registry.requests.slice(before).filter(line => /^(PUT|POST|PATCH|DELETE) /.test(line))
  expect(writes).toEqual([])
  expect(await tagsOf(registry.host, repository)).toEqual([])
  return { message: (failure as Error).message, log: log.lines.join('\n') }
}

describe('PKCS#11 token (SoftHSM2 through pkcs11-tool)', () => {
  test('an EC P-256 key named by label, PIN from an environment variable: Signet and notation verify', async () => {
    await signAndVerifyBoth('hsm/ec', {
      'signing-key': tokenUri('object=signet'),
      'signing-cert-chain': tokenChains.signet
    })
  })

  test('an RSA-3072 key named by id (RSASSA-PSS, salt = hash length), PIN in the URI', async () => {
    const digest = await signAndVerifyBoth('hsm/rsa', {
      'signing-key': tokenUri('id=%02', `pin-value=${token.pin}`),
      'signing-cert-chain': tokenChains['signet-rsa']
    })
    const [signature] = await fallbackSignatures(registry.host, 'hsm/rsa', digest)
    const header = JSON.parse(
      Buffer.from(JSON.parse(signature.envelope.toString()).protected, 'base64url').toString()
    )
    expect(header.alg).toBe('PS384')
  })

  test('a wrong PIN: exit 2 naming signing-key, the PIN shown nowhere', async () => {
    const { message, log } = await expectRefused(
      'hsm/wrong-pin',
      {
        'signing-key': tokenUri('object=signet', 'pin-value=Wrong-Pin-Zq'),
        'signing-cert-chain': tokenChains.signet
      },
      2,
      /signing-key .*the token refused the PIN \(CKR_PIN_INCORRECT\)/
    )
    expect(`${message}\n${log}`).not.toContain('Wrong-Pin-Zq')
    expect(message).toContain('pin-value=***')
  })

  test('a URI naming no key in the token: exit 2, listing the keys there are', async () => {
    await expectRefused(
      'hsm/no-object',
      { 'signing-key': tokenUri('object=absent'), 'signing-cert-chain': tokenChains.signet },
      2,
      /signing-key: the token holds no private key with label 'absent' .*it has 'signet' \(id 01\), 'signet-rsa' \(id 02\), 'orphan' \(id 03\)/
    )
  })

  test("a token key that is not the leaf's: exit 2 when the token has its public key", async () => {
    await expectRefused(
      'hsm/mismatch',
      { 'signing-key': tokenUri('object=signet-rsa'), 'signing-cert-chain': tokenChains.signet },
      2,
      /signing-key: the token key .* is not the key of the leaf certificate/
    )
  })

  test('…and exit 1 at signing when it has none, before anything is pushed', async () => {
    await expectRefused(
      'hsm/orphan',
      { 'signing-key': tokenUri('object=orphan'), 'signing-cert-chain': tokenChains.signet },
      1,
      /^sign: signing-key: PKCS#11 key 'orphan' in token 'release': its signature does not verify with the leaf certificate/
    )
  })
})

describe('notation signing plugins', () => {
  test('SIGNATURE_GENERATOR.RAW: Signet builds the envelope; key id and config on stdin only, no action inputs', async () => {
    const calls = join(mkdtempSync(join(tmpdir(), 'signet-plugin-log-')), 'calls')
    // What the runner sets for the action's inputs, the registry password among them.
    process.env.INPUT_PASSWORD = 'registry-password'
    try {
      await signAndVerifyBoth('plugin/raw', pluginKey('com.signet.raw', { log: calls }))
    } finally {
      delete process.env.INPUT_PASSWORD
    }
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      'get-plugin-metadata pluginConfig args=1 input-env=0',
      'describe-key contractVersion,keyId,pluginConfig args=1 input-env=0',
      'generate-signature contractVersion,hashAlgorithm,keyId,keySpec,payload,pluginConfig args=1 input-env=0',
      'generate-signature contractVersion,hashAlgorithm,keyId,keySpec,payload,pluginConfig args=1 input-env=0'
    ])
  })

  test('SIGNATURE_GENERATOR.ENVELOPE: the plugin envelope is checked and pushed with its annotations', async () => {
    const digest = await signAndVerifyBoth(
      'plugin/envelope',
      pluginKey('com.signet.envelope', { capability: 'ENVELOPE' })
    )
    const [signature] = await fallbackSignatures(registry.host, 'plugin/envelope', digest)
    expect(signature.manifest.annotations).toMatchObject({ 'dev.signet.test.plugin': 'envelope' })
    expect(JSON.parse(signature.envelope.toString()).header['io.cncf.notary.signingAgent']).toBe(
      'signet-test-plugin/1.0.0'
    )
  })

  test('a plugin given by path, noisy on stderr: its text reaches the log only sanitised', async () => {
    const log = recordingLog()
    const path = installTestPlugin(home, 'com.signet.byPath')
    await runSign(signInputs('plugin/path', pluginKey(path, { fault: 'stderr-noise' })), { log })
    const noise = log.lines.filter(line => line.includes('warming up'))
    expect(noise.length).toBeGreaterThan(0)
    // eslint-disable-next-line no-control-regex
    expect(noise.filter(line => /[\u0000-\u001f]/.test(line) || /^(debug: )?::/.test(line))).toEqual([])
  })

  test.each([
    [
      'an unknown plugin',
      'com.signet.absent',
      {},
      'release',
      2,
      /signing-plugin 'com\.signet\.absent' is not installed/
    ],
    [
      'a plugin without a signing capability',
      'com.signet.verifier',
      { capability: 'VERIFY' },
      'release',
      2,
      /signing-plugin com\.signet\.verifier cannot sign: its capabilities are SIGNATURE_VERIFIER\.TRUSTED_IDENTITY/
    ],
    [
      'an unsupported contract version',
      'com.signet.faulty',
      { fault: 'contract-2.0' },
      'release',
      2,
      /signing-plugin com\.signet\.faulty speaks plugin contract 2\.0; Signet speaks 1\.0/
    ],
    [
      'garbage instead of metadata',
      'com.signet.faulty',
      { fault: 'garbage-metadata' },
      'release',
      2,
      /signing-plugin com\.signet\.faulty: get-plugin-metadata answered malformed: its output is not JSON \(this is not json \{\)/
    ],
    [
      'a key id the plugin does not know',
      'com.signet.faulty',
      {},
      'missing',
      2,
      /signing-plugin com\.signet\.faulty: describe-key failed: VALIDATION_ERROR: key missing not found/
    ],
    [
      'a plugin that denies access',
      'com.signet.faulty',
      { fault: 'denied' },
      'release',
      2,
      /describe-key failed: ACCESS_DENIED: the caller may not use this key/
    ],
    [
      'garbage instead of a signature',
      'com.signet.faulty',
      { fault: 'garbage-signature' },
      'release',
      1,
      /generate-signature answered malformed: "signature" and "certificateChain" must be base64/
    ],
    [
      'a signature over other bytes',
      'com.signet.faulty',
      { fault: 'wrong-payload' },
      'release',
      1,
      /signing-plugin com\.signet\.faulty \(1\.0\.0\): its signature does not verify with the leaf certificate/
    ],
    [
      'an envelope over another digest',
      'com.signet.faulty',
      { capability: 'ENVELOPE', fault: 'tamper-envelope' },
      'release',
      1,
      /the envelope it returned is refused: signed digest sha256:0{64} is not sha256:/
    ]
  ] as const)('%s', async (name, plugin, config, keyId, exitCode, message) => {
    await expectRefused(
      `plugin/refused-${name.replace(/\W+/g, '-')}`,
      pluginKey(plugin, config, keyId),
      exitCode,
      message
    )
  })

  test('a chain that does not reach trust-roots is refused before anything is pushed', async () => {
    const stranger = await makePki({ rootSubject: 'C=US, ST=WA, O=Elsewhere, CN=Other Root' })
    const dir = mkdtempSync(join(tmpdir(), 'signet-stranger-'))
    writeFileSync(join(dir, 'key.pem'), stranger.keyPem)
    writeFileSync(join(dir, 'chain.pem'), stranger.chainPem)
    await expectRefused(
      'plugin/stranger',
      pluginKey('com.signet.raw', { key: join(dir, 'key.pem'), chain: join(dir, 'chain.pem') }),
      1,
      /root "C=US, ST=WA, O=Elsewhere, CN=Other Root" .* is not one of the trusted roots/
    )
  })

  test('a plugin that hangs is killed after the timeout', async () => {
    const started = Date.now()
    const failure = await openPluginSigner({
      plugin: 'com.signet.faulty',
      keyId: 'release',
      config: { fault: 'hang' },
      log: silentLog,
      timeoutMs: 1500
    }).catch((error: unknown) => error)
    expect(failure).toMatchObject({
      message: expect.stringMatching(/get-plugin-metadata did not answer within 2 s and was killed/)
    })
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  test.each(['RAW', 'ENVELOPE'])(
    'notation sign drives the test plugin (%s), and Signet verifies what notation signed',
    async capability => {
      // The image is first published under a stranger's key, so only notation's signature can satisfy the verify.
      const stranger = await makePki({ rootSubject: 'C=US, ST=WA, O=Elsewhere, CN=Other Root' })
      const repository = `notation/${capability.toLowerCase()}`
      const published = await runSign(
        signInputs(repository, {
          'signing-key': stranger.keyPem,
          'signing-cert-chain': stranger.chainPem,
          'trust-roots': ''
        })
      )
      const reference = `${registry.host}/${repository}@${published.digest}`
      const verifyTrusted = () =>
        runVerify({ image: reference, 'insecure-registries': registry.host, 'trust-roots': pki.rootPem })
      expect((await verifyTrusted()).verified).toBe(false)

      const plugin = capability === 'RAW' ? 'com.signet.raw' : 'com.signet.envelope'
      const signed = await runNotation(home, [
        'sign',
        '--insecure-registry',
        '--plugin',
        plugin,
        '--id',
        'release',
        '--plugin-config',
        `key=${keyFiles.key}`,
        '--plugin-config',
        `chain=${keyFiles.chain}`,
        '--plugin-config',
        `capability=${capability}`,
        reference
      ])
      expect([signed.code, signed.output]).toEqual([0, expect.stringContaining('Successfully signed')])
      const verdict = await verifyTrusted()
      expect(verdict.images.map(report => [report.verified, report.signer])).toEqual([
        [true, pki.leafSubject]
      ])
    }
  )
})

describe('the bundled action (dist/index.js), no native code', () => {
  /** The runner's HOME is notation's config home, as on a machine where notation was set up. */
  const runAction = (inputs: Record<string, string>, env: NodeJS.ProcessEnv) =>
    runBuiltAction(inputs, { env: { HOME: home.configHome, ...env } })

  test('signs with a token key: the PIN from the environment is masked and printed nowhere else', async () => {
    const pin = token.pin
    const run = await runAction(
      {
        mode: 'sign',
        ...signInputs('action/hsm', {
          'signing-key': tokenUri('object=signet'),
          'signing-cert-chain': tokenChains.signet
        })
      },
      { SOFTHSM2_CONF: token.conf, [PIN_VARIABLE]: pin }
    )
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining(`::add-mask::${pin}`)])
    expect(
      run.stdout.split('\n').filter(line => line.includes(pin) && line !== `::add-mask::${pin}`)
    ).toEqual([])
    expect(await tagsOf(registry.host, 'action/hsm')).toContain('1.0')
  })

  test("signs with a plugin from notation's plugin directory", async () => {
    const run = await runAction(
      {
        mode: 'sign',
        ...signInputs('action/plugin', pluginKey('com.signet.envelope', { capability: 'ENVELOPE' }))
      },
      { XDG_CONFIG_HOME: home.configHome }
    )
    expect([run.code, run.stdout]).toEqual([
      0,
      expect.stringContaining('Signing with signing-plugin com.signet.envelope (1.0.0)')
    ])
    const notation = await notationVerify(home, `${registry.host}/action/plugin:1.0`)
    expect(notation.code).toBe(0)
  })
})
