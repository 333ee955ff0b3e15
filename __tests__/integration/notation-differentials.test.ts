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

/**
 * The certificates a verifier trusts: notation accepts a trust store only if each certificate in it is a
 * CA certificate or self-signed (notation-go truststore.ValidateCertificates), and Signet holds
 * `trust-roots` and trust stores to the same rule. Each case: one signed image, notation with the store,
 * Signet with the same certificates as `trust-roots` and as a trust policy with that store.
 */
describe('trusted certificates: CA or self-signed, as notation requires of its trust store', () => {
  let ca: TestPki
  let selfSigned: TestPki
  beforeAll(async () => {
    ;[ca, selfSigned] = await Promise.all([makePki(), makePki({ levels: 1 })])
  })

  const leafOf = (pki: TestPki) => pki.chainPem.split(/(?<=-----END CERTIFICATE-----)/)[0].trim() + '\n'

  async function notationWithStore(trusted: string, reference: string): Promise<'accepted' | 'rejected'> {
    const home = await mkdtemp(join(tmpdir(), 'signet-notation-store-'))
    try {
      const store = join(home, 'notation', 'truststore', 'x509', 'ca', 'test')
      await mkdir(store, { recursive: true })
      await writeFile(join(store, 'trusted.pem'), trusted)
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
      await writeFile(join(home, 'notation', 'trustpolicy.json'), JSON.stringify(policy))
      await promisify(execFile)(NOTATION, ['verify', '--insecure-registry', reference], {
        env: { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: home }
      })
      return 'accepted'
    } catch {
      return 'rejected'
    } finally {
      await rm(home, { recursive: true, force: true })
    }
  }

  /** Signet's verdict with `trust-roots`, and with a trust policy and store holding the same file. */
  async function signetWithStore(trusted: string, reference: string): Promise<string[]> {
    const store = await mkdtemp(join(tmpdir(), 'signet-store-'))
    try {
      await mkdir(join(store, 'x509', 'ca', 'test'), { recursive: true })
      await writeFile(join(store, 'x509', 'ca', 'test', 'trusted.pem'), trusted)
      const policy = JSON.stringify({
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
      })
      const verdicts: string[] = []
      for (const trust of [{ 'trust-roots': trusted }, { 'trust-policy': policy, 'trust-store': store }]) {
        try {
          const result = await runVerify({ image: reference, 'insecure-registries': registry.host, ...trust })
          verdicts.push(result.verified ? 'accepted' : 'rejected')
        } catch (error) {
          const message = (error as Error).message
          verdicts.push(
            /is neither a CA certificate \(basicConstraints CA:TRUE\) nor self-signed/.test(message)
              ? 'refused'
              : message
          )
        }
      }
      return verdicts
    } finally {
      await rm(store, { recursive: true, force: true })
    }
  }

  const storeCases: {
    name: string
    signer: () => TestPki
    trusted: () => string
    notation: string
    signet: string
  }[] = [
    {
      name: 'the root CA',
      signer: () => ca,
      trusted: () => ca.rootPem,
      notation: 'accepted',
      signet: 'accepted'
    },
    {
      name: 'a self-signed signing certificate (its own root)',
      signer: () => selfSigned,
      trusted: () => selfSigned.rootPem,
      notation: 'accepted',
      signet: 'accepted'
    },
    {
      name: 'the root CA and the leaf it issued',
      signer: () => ca,
      trusted: () => ca.rootPem + leafOf(ca),
      notation: 'rejected',
      signet: 'refused'
    },
    {
      name: 'the leaf alone',
      signer: () => ca,
      trusted: () => leafOf(ca),
      notation: 'rejected',
      signet: 'refused'
    }
  ]

  test.each(storeCases)(
    'trusting $name: notation $notation, Signet $signet (trust-roots and trust store)',
    async ({ name, signer, trusted, notation, signet }) => {
      const image = await makeOciLayout({ seed: `trusted certificates ${name}` })
      const repository = `trusted/case${storeCases.findIndex(entry => entry.name === name)}`
      const target = await pushUnsigned(registry.host, repository, '1', image)
      const pki = signer()
      const envelope = craftJws(target, { key: pki.key, chain: pki.chain })
      await attachSignature(registry.host, repository, target, envelope, pki.chain)
      const reference = `${registry.host}/${repository}@${target.digest}`
      const verdicts = [
        await notationWithStore(trusted(), reference),
        ...(await signetWithStore(trusted(), reference))
      ]
      expect(verdicts).toEqual([notation, signet, signet])
    },
    60_000
  )
})
