/**
 * Same bytes, two verifiers: each crafted signature is attached to its own image in a real registry and
 * verified by notation 1.3 (the peer) and by Signet. Signet must agree, or be stricter where the README's
 * table of deviations says why (JSON that notation's Go decoder reads one way and JSON.parse another).
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ensureTools, toolPath } from '../../scripts/ensure-tools.mjs'
import type { Descriptor } from '../../src/oci/types.js'
import { attachSignature, craftJws, pushUnsigned, type CraftOptions } from '../helpers/craft.js'
import { makeOciLayout } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { runVerify } from '../helpers/signet.js'

ensureTools(['notation', 'skopeo', 'docker-registry'])
const NOTATION = toolPath('notation')

let registry: TestRegistry
let rsa: TestPki
let config: string

beforeAll(async () => {
  registry = await startRegistry()
  rsa = await makePki({ key: { kind: 'rsa', bits: 2048 } })
  config = await mkdtemp(join(tmpdir(), 'signet-notation-'))
  const store = join(config, 'notation', 'truststore', 'x509', 'ca', 'test')
  await mkdir(store, { recursive: true })
  await writeFile(join(store, 'root.pem'), rsa.rootPem)
  const policy = {
    version: '1.0',
    trustPolicies: [
      {
        name: 'all',
        registryScopes: ['*'],
        signatureVerification: { level: 'strict' },
        trustStores: ['ca:test'],
        trustedIdentities: ['*']
      }
    ]
  }
  await writeFile(join(config, 'notation', 'trustpolicy.json'), JSON.stringify(policy))
})
afterAll(async () => {
  await registry?.stop()
  if (config) await rm(config, { recursive: true, force: true })
})

async function notationVerdict(reference: string): Promise<'accepted' | 'rejected'> {
  try {
    await promisify(execFile)(NOTATION, ['verify', '--insecure-registry', reference], {
      env: { PATH: process.env.PATH, HOME: config, XDG_CONFIG_HOME: config }
    })
    return 'accepted'
  } catch {
    return 'rejected'
  }
}

async function signetVerdict(reference: string): Promise<'accepted' | 'rejected'> {
  const result = await runVerify({
    image: reference,
    'insecure-registries': registry.host,
    'trust-roots': rsa.rootPem
  })
  return result.verified ? 'accepted' : 'rejected'
}

const payload = (target: Descriptor, fields: string): string =>
  `{"targetArtifact":{"mediaType":"${target.mediaType}","digest":"${target.digest}",${fields}}}`
const fake = `{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:${'0'.repeat(64)}","size":2}`

const cases: [string, string, string, (target: Descriptor) => Partial<CraftOptions>][] = [
  ['RSASSA-PSS, salt = hash length', 'accepted', 'accepted', () => ({})],
  ['RSASSA-PSS, salt of 0 bytes', 'accepted', 'accepted', () => ({ saltLength: 0 })],
  ['RSASSA-PSS, maximum salt (222 bytes)', 'accepted', 'accepted', () => ({ saltLength: 222 })],
  [
    'payload: a fake targetArtifact, then the real one under the same key',
    'accepted',
    'rejected',
    target => ({
      payloadText: `{"targetArtifact":${fake},${payload(target, `"size":${target.size}`).slice(1)}`
    })
  ],
  [
    'payload: the real targetArtifact, then a fake TargetArtifact',
    'rejected',
    'rejected',
    target => ({
      payloadText: `${payload(target, `"size":${target.size}`).slice(0, -1)},"TargetArtifact":${fake}}`
    })
  ],
  [
    'payload: the real size, then a case-variant Size',
    'accepted',
    'rejected',
    target => ({ payloadText: payload(target, `"size":${target.size},"Size":${target.size}`) })
  ],
  [
    'an unknown critical header (crit names io.example.unknown)',
    'accepted',
    'rejected',
    () => ({
      protectedExtra: {
        'io.example.unknown': 'x',
        crit: ['io.cncf.notary.signingScheme', 'io.example.unknown']
      }
    })
  ],
  [
    'payload: size written as a float',
    'rejected',
    'rejected',
    target => ({ payloadText: payload(target, `"size":${target.size}.0`) })
  ]
]

test.each(cases)(
  '%s: notation %s, Signet %s',
  async (name, notationExpected, signetExpected, options) => {
    const image = await makeOciLayout({ seed: `differential ${name}` })
    const repository = `diff/case${cases.findIndex(entry => entry[0] === name)}`
    const target = await pushUnsigned(registry.host, repository, '1', image)
    const envelope = craftJws(target, { key: rsa.key, chain: rsa.chain, alg: 'PS256', ...options(target) })
    await attachSignature(registry.host, repository, target, envelope, rsa.chain)
    const reference = `${registry.host}/${repository}@${target.digest}`
    expect([await notationVerdict(reference), await signetVerdict(reference)]).toEqual([
      notationExpected,
      signetExpected
    ])
  },
  60_000
)
