/** "Signed at" is the signature's time: this run's for a new signature, the kept one's on a re-run. */
import type { Repository } from '../../src/oci/registry.js'
import type { Descriptor } from '../../src/oci/types.js'
import { signTable } from '../../src/report/outputs.js'
import { pushSignatures, type SignResult } from '../../src/sign/sign.js'
import { thumbprintsOf } from '../../src/trust/pki.js'
import { NOTARY_SIGNATURE_ARTIFACT_TYPE } from '../../src/trust/signature-manifest.js'
import { makePki } from '../helpers/pki.js'

const SUBJECT: Descriptor = {
  mediaType: 'application/vnd.oci.image.index.v1+json',
  digest: `sha256:${'ab'.repeat(32)}`,
  size: 100
}
const NOW = new Date('2026-12-06T10:00:00.123Z')
const log = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
  group: <T>(_: string, body: () => Promise<T>) => body()
}

/** A repository holding `existing` as the subject's signature referrers; records what is pushed. */
function repository(existing: Descriptor[]): { target: Repository; pushed: Buffer[] } {
  const pushed: Buffer[] = []
  const target = {
    pushBlob: async () => 'exists',
    referrers: async () => existing,
    pushReferrer: async (bytes: Buffer, mediaType: string) => {
      pushed.push(bytes)
      return {
        descriptor: { mediaType, digest: `sha256:${'ef'.repeat(32)}`, size: bytes.length },
        subjectAccepted: true
      }
    }
  } as unknown as Repository
  return { target, pushed }
}

test('a new signature is dated by this run; one kept from an earlier run by its own created time', async () => {
  const pki = await makePki()
  const envelopes = [
    { envelope: Buffer.from('{}'), mediaType: 'application/jose+json', chain: pki.chain, annotations: {} }
  ]

  const fresh = repository([])
  const [made] = await pushSignatures([SUBJECT], envelopes, fresh.target, NOW, undefined, log)
  expect(fresh.pushed).toHaveLength(1)
  expect(made.signedAt).toBe('2026-12-06T10:00:00Z')

  const kept: Descriptor = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: `sha256:${'12'.repeat(32)}`,
    size: 500,
    artifactType: NOTARY_SIGNATURE_ARTIFACT_TYPE,
    annotations: {
      'io.cncf.notary.x509chain.thumbprint#S256': JSON.stringify(thumbprintsOf(pki.chain)),
      'org.opencontainers.image.created': '2026-11-01T08:30:00Z'
    }
  }
  const rerun = repository([kept])
  const [again] = await pushSignatures([SUBJECT], envelopes, rerun.target, NOW, undefined, log)
  expect(rerun.pushed).toHaveLength(0)
  expect(again).toEqual({ digest: kept.digest, signedAt: '2026-11-01T08:30:00Z' })
})

test("the sign table's 'Signed at' line is the result's, or says it is unknown", () => {
  const result: SignResult = {
    digest: SUBJECT.digest,
    ref: `r.example/app@${SUBJECT.digest}`,
    tags: ['1.0'],
    manifests: [],
    signatureDigests: [`sha256:${'12'.repeat(32)}`],
    blobs: { uploaded: 0, mounted: 0, exists: 2, bytesUploaded: 0 },
    signer: 'CN=release',
    signedAt: '2026-11-01T08:30:00Z'
  }
  expect(signTable(result).notes).toContain('Signed at: 2026-11-01T08:30:00Z')
  expect(signTable({ ...result, signedAt: undefined }).notes).toContain(
    'Signed at: unknown (the signature kept from an earlier run has no created time)'
  )
})
