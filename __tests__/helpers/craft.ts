/**
 * Hand-made signatures for rejection tests: a JWS, or a COSE_Sign1, built with plain node:crypto so that
 * single fields (critical headers, padding, chains that Signet's signer would refuse) can be set at will.
 */
import { sign as cryptoSign, constants, type KeyObject } from 'node:crypto'
import { tool } from './independent.js'
import { RegistryClient } from '../../src/oci/registry.js'
import { EMPTY_DESCRIPTOR, type Descriptor } from '../../src/oci/types.js'
import { describe as describeContent } from '../../src/oci/digest.js'
import { buildSignatureManifest } from '../../src/trust/signature-manifest.js'
import { encodeDeterministic, Tagged } from '../../src/trust/cbor.js'
import type { X509Certificate } from '@peculiar/x509'
import type { TestImage } from './images.js'

export interface CraftOptions {
  key: KeyObject
  chain: X509Certificate[]
  alg?: 'ES256' | 'PS256'
  signingTime?: Date
  /** Extra protected header members; `crit` replaces the default list when given. */
  protectedExtra?: Record<string, unknown>
  /** RSA-PSS salt length (default the hash length, 32). */
  saltLength?: number
  /** Replaces the payload JSON text (e.g. with duplicate or case-variant keys). */
  payloadText?: string
  /** Replaces the protected header JSON text. */
  protectedText?: string
  /** Applied to the finished envelope object before serialisation (e.g. pad the payload). */
  mutate?: (jws: Record<string, unknown>) => void
}

export function craftJws(target: Descriptor, options: CraftOptions): Buffer {
  const alg = options.alg ?? 'ES256'
  const header = {
    alg,
    cty: 'application/vnd.cncf.notary.payload.v1+json',
    'io.cncf.notary.signingScheme': 'notary.x509',
    'io.cncf.notary.signingTime': (options.signingTime ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    crit: ['io.cncf.notary.signingScheme'],
    ...options.protectedExtra
  }
  const protectedPart = Buffer.from(options.protectedText ?? JSON.stringify(header)).toString('base64url')
  const payload = Buffer.from(
    options.payloadText ??
      JSON.stringify({
        targetArtifact: { mediaType: target.mediaType, digest: target.digest, size: target.size }
      })
  ).toString('base64url')
  const input = Buffer.from(`${protectedPart}.${payload}`)
  const signature =
    alg === 'ES256'
      ? cryptoSign('sha256', input, { key: options.key, dsaEncoding: 'ieee-p1363' })
      : cryptoSign('sha256', input, {
          key: options.key,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: options.saltLength ?? 32
        })
  const jws: Record<string, unknown> = {
    payload,
    protected: protectedPart,
    header: {
      x5c: options.chain.map(cert => Buffer.from(cert.rawData).toString('base64')),
      'io.cncf.notary.signingAgent': 'test-crafter'
    },
    signature: signature.toString('base64url')
  }
  options.mutate?.(jws)
  return Buffer.from(JSON.stringify(jws))
}

export interface CraftCoseOptions {
  key: KeyObject
  chain: X509Certificate[]
  alg?: 'ES256' | 'PS256'
  signingTime?: Date
  expiry?: Date
  /** Extra protected header parameters (signed); `crit` (label 2) replaces the default list when given. */
  protectedExtra?: Array<[number | string, unknown]>
  /** Extra unprotected header parameters (e.g. a timestamp token). */
  unprotectedExtra?: Array<[number | string, unknown]>
  /** Rewrites the encoded protected header before it is signed (e.g. a longer-than-shortest integer). */
  protectedBytes?: (encoded: Buffer) => Buffer
  /** Applied after signing to the protected header bytes and payload (a tamper the signature does not cover). */
  tamper?: (parts: { protected: Buffer; payload: Buffer }) => void
}

/** COSE algorithm ids (IANA) of the two algorithms crafted here. */
const COSE_ALG = { ES256: -7, PS256: -37 }

/** A Notary COSE_Sign1 (tag 18) over `target`, in core deterministic CBOR. */
export function craftCose(target: Descriptor, options: CraftCoseOptions): Buffer {
  const alg = options.alg ?? 'ES256'
  const epoch = (date: Date) => new Tagged(1, Math.floor(date.getTime() / 1000))
  const header = new Map<number | string, unknown>([
    [1, COSE_ALG[alg]],
    [2, ['io.cncf.notary.signingScheme', ...(options.expiry ? ['io.cncf.notary.expiry'] : [])]],
    [3, 'application/vnd.cncf.notary.payload.v1+json'],
    ['io.cncf.notary.signingScheme', 'notary.x509'],
    ['io.cncf.notary.signingTime', epoch(options.signingTime ?? new Date())]
  ])
  if (options.expiry) header.set('io.cncf.notary.expiry', epoch(options.expiry))
  for (const [label, value] of options.protectedExtra ?? []) header.set(label, value)
  const encoded = encodeDeterministic(header)
  const parts = {
    protected: options.protectedBytes?.(encoded) ?? encoded,
    payload: Buffer.from(
      JSON.stringify({
        targetArtifact: { mediaType: target.mediaType, digest: target.digest, size: target.size }
      })
    )
  }
  const input = encodeDeterministic(['Signature1', parts.protected, new Uint8Array(), parts.payload])
  const signature =
    alg === 'ES256'
      ? cryptoSign('sha256', input, { key: options.key, dsaEncoding: 'ieee-p1363' })
      : cryptoSign('sha256', input, {
          key: options.key,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: 32
        })
  options.tamper?.(parts)
  const unprotected = new Map<number | string, unknown>([
    [33, options.chain.map(cert => new Uint8Array(cert.rawData))],
    ['io.cncf.notary.signingAgent', 'test-crafter'],
    ...(options.unprotectedExtra ?? [])
  ])
  return encodeDeterministic(new Tagged(18, [parts.protected, unprotected, parts.payload, signature]))
}

/** Attaches an envelope to `subject` as a Notary signature referrer. */
export async function attachSignature(
  host: string,
  repository: string,
  subject: Descriptor,
  envelope: Buffer,
  chain: X509Certificate[],
  mediaType = 'application/jose+json'
): Promise<string> {
  const client = new RegistryClient({ insecureRegistries: [host] })
  try {
    const repo = client.repository({ registry: host, repository })
    const signature = buildSignatureManifest(envelope, mediaType, subject, chain, new Date())
    await repo.pushBlob(EMPTY_DESCRIPTOR, () => Buffer.from('{}'))
    await repo.pushBlob(describeContent(envelope, mediaType), () => envelope)
    return (await repo.pushReferrer(signature.bytes, signature.descriptor.mediaType)).descriptor.digest
  } finally {
    await client.close()
  }
}

/** Pushes one platform image with skopeo, unsigned, and returns its manifest descriptor. */
export async function pushUnsigned(
  host: string,
  repository: string,
  tag: string,
  image: TestImage
): Promise<Descriptor> {
  await tool('skopeo', [
    'copy',
    '--preserve-digests',
    '--dest-tls-verify=false',
    `oci:${image.dir}:${image.tag}`,
    `docker://${host}/${repository}:${tag}`
  ])
  return { mediaType: image.manifest.mediaType, digest: image.manifest.digest, size: image.manifest.size }
}
