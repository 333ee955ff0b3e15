/**
 * The discovery pass against a scripted source: every signature format found once, with the fewest
 * reads, whatever artifactType a listing claims; failures recorded as "could not read", not thrown.
 */
import { createHash } from 'node:crypto'
import { discoverSignatures, type DiscoverySource } from '../../src/oci/signature-discovery.js'
import type { FetchedManifest } from '../../src/oci/registry.js'
import type { Descriptor } from '../../src/oci/types.js'
import { RegistryError } from '../../src/util/errors.js'

const SUBJECT = `sha256:${'1'.repeat(64)}`
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

function manifest(body: object): { descriptor: Descriptor; fetched: FetchedManifest } {
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST, ...body }))
  const descriptor = {
    mediaType: MANIFEST,
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    size: bytes.length
  }
  return {
    descriptor,
    fetched: { descriptor, bytes, manifest: JSON.parse(bytes.toString()) as FetchedManifest['manifest'] }
  }
}

const layer = (mediaType: string) => ({ mediaType, digest: `sha256:${'2'.repeat(64)}`, size: 10 })
const empty = { mediaType: 'application/vnd.oci.empty.v1+json', digest: `sha256:${'4'.repeat(64)}`, size: 2 }
const notary = manifest({
  artifactType: 'application/vnd.cncf.notary.signature',
  config: empty,
  layers: [layer('application/jose+json')]
})
const bundle = manifest({
  artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  config: empty,
  layers: [layer('application/vnd.dev.sigstore.bundle.v0.3+json')]
})
const sbom = manifest({
  artifactType: 'application/spdx+json',
  config: empty,
  layers: [layer('application/spdx+json')]
})
const legacy = manifest({
  config: { ...empty, mediaType: 'application/vnd.oci.image.config.v1+json' },
  layers: [layer('application/vnd.dev.cosign.simplesigning.v1+json')]
})

interface Script {
  referrers?: Descriptor[] | Error
  sigTag?: typeof legacy
  failing?: string[]
}

function source(script: Script): DiscoverySource & { calls: string[] } {
  const calls: string[] = []
  const known = [notary, bundle, sbom, legacy]
  return {
    calls,
    referrers: async digest => {
      calls.push(`referrers ${digest}`)
      if (script.referrers instanceof Error) throw script.referrers
      return script.referrers ?? []
    },
    manifestExists: async reference => {
      calls.push(`HEAD ${reference}`)
      return script.sigTag !== undefined && reference === `sha256-${'1'.repeat(64)}.sig`
    },
    fetchManifest: async reference => {
      calls.push(`GET ${reference}`)
      if (script.failing?.includes(reference)) throw new RegistryError(`GET ${reference}: HTTP 503`, 503)
      if (reference.endsWith('.sig') && script.sigTag) return script.sigTag.fetched
      const found = known.find(candidate => candidate.descriptor.digest === reference)
      if (found === undefined) throw new RegistryError(`manifest ${reference} not found`, 404)
      return found.fetched
    },
    fetchBlobBytes: async descriptor => {
      calls.push(`blob ${descriptor.digest}`)
      return Buffer.from('blob')
    }
  }
}

test('every format is found: Notary and cosign bundles by referrers whatever their listed type, the legacy .sig tag', async () => {
  const scripted = source({
    referrers: [
      { ...notary.descriptor, artifactType: 'application/vnd.cncf.notary.signature' },
      // cosign 3.1.1 as Debian builds it lists its bundles under the empty type.
      { ...bundle.descriptor, artifactType: 'application/vnd.oci.empty.v1+json' },
      { ...sbom.descriptor, artifactType: 'application/spdx+json' }
    ],
    sigTag: legacy
  })
  const found = await discoverSignatures(scripted, SUBJECT, { maxArtifacts: 100 })
  expect(
    found.artifacts.map(artifact => [artifact.format, artifact.foundIn, artifact.descriptor.digest])
  ).toEqual([
    ['notary', 'referrers', notary.descriptor.digest],
    ['sigstore-bundle', 'referrers', bundle.descriptor.digest],
    ['cosign-simple-signing', 'cosign-signature-tag', legacy.descriptor.digest]
  ])
  // The SBOM is not fetched: its listed type is no signature format. The .sig manifest is fetched once.
  expect(found.others.map(other => other.digest)).toEqual([sbom.descriptor.digest])
  expect(scripted.calls.sort()).toEqual(
    [
      `referrers ${SUBJECT}`,
      `HEAD sha256-${'1'.repeat(64)}.sig`,
      `GET sha256-${'1'.repeat(64)}.sig`,
      `GET ${notary.descriptor.digest}`,
      `GET ${bundle.descriptor.digest}`
    ].sort()
  )
  expect(found.unread).toEqual([])
})

test('an untyped entry is read and judged by its content; one that is no signature lands in others', async () => {
  const untypedSbom: Descriptor = { ...sbom.descriptor }
  const found = await discoverSignatures(source({ referrers: [untypedSbom, bundle.descriptor] }), SUBJECT, {
    maxArtifacts: 100
  })
  expect(found.artifacts.map(artifact => artifact.format)).toEqual(['sigstore-bundle'])
  expect(found.others.map(other => other.digest)).toEqual([sbom.descriptor.digest])
})

test('at most maxArtifacts manifests are read; the rest are counted', async () => {
  const scripted = source({ referrers: [notary.descriptor, bundle.descriptor] })
  const found = await discoverSignatures(scripted, SUBJECT, { maxArtifacts: 1 })
  expect(found.artifacts).toHaveLength(1)
  expect(found.notExamined).toBe(1)
  expect(scripted.calls.filter(call => call.startsWith('GET'))).toHaveLength(1)
})

test('a listing or manifest that fails is recorded as unread, saying whether it could not complete', async () => {
  const down = await discoverSignatures(
    source({ referrers: new RegistryError('GET referrers: HTTP 503', 503), sigTag: legacy }),
    SUBJECT,
    { maxArtifacts: 10 }
  )
  expect(down.artifacts.map(artifact => artifact.format)).toEqual(['cosign-simple-signing'])
  expect(down.unread).toEqual([
    {
      what: `referrers of ${SUBJECT}`,
      reason: 'GET referrers: HTTP 503',
      couldNotComplete: true,
      cause: expect.any(RegistryError)
    }
  ])

  const broken = await discoverSignatures(
    source({ referrers: [notary.descriptor, bundle.descriptor], failing: [bundle.descriptor.digest] }),
    SUBJECT,
    { maxArtifacts: 10 }
  )
  expect(broken.artifacts.map(artifact => artifact.format)).toEqual(['notary'])
  expect(broken.unread).toEqual([
    {
      what: `signature manifest ${bundle.descriptor.digest}`,
      reason: `GET ${bundle.descriptor.digest}: HTTP 503`,
      couldNotComplete: true,
      cause: expect.any(Error),
      digest: bundle.descriptor.digest
    }
  ])
})

test('a source without tags (the verified store) is not asked for the .sig tag', async () => {
  const store = source({ referrers: [bundle.descriptor], sigTag: legacy })
  delete (store as DiscoverySource).manifestExists
  const found = await discoverSignatures(store, SUBJECT, { maxArtifacts: 10 })
  expect(found.artifacts.map(artifact => artifact.format)).toEqual(['sigstore-bundle'])
  expect(store.calls.filter(call => call.includes('.sig'))).toEqual([])
})

test('with no cosign signer to read it, the .sig tag is not asked for', async () => {
  const scripted = source({ referrers: [notary.descriptor], sigTag: legacy })
  const found = await discoverSignatures(scripted, SUBJECT, { maxArtifacts: 10, cosignSignatureTag: false })
  expect(found.artifacts.map(artifact => artifact.format)).toEqual(['notary'])
  expect(scripted.calls.filter(call => call.includes('.sig'))).toEqual([])
})

test('blobs are fetched once however many signers read them', async () => {
  const scripted = source({ referrers: [bundle.descriptor] })
  const found = await discoverSignatures(scripted, SUBJECT, { maxArtifacts: 10 })
  const blob = found.artifacts[0].manifest.layers[0]
  await Promise.all([found.blob(blob, 1000), found.blob(blob, 1000), found.blob(blob, 1000)])
  expect(scripted.calls.filter(call => call.startsWith('blob'))).toEqual([`blob ${blob.digest}`])
})
