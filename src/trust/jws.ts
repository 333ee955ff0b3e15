/**
 * The JWS envelope format of the Notary Project signature specification: flattened JWS JSON with exactly
 * `payload`, `protected`, `header` and `signature`; base64url without padding; signing input
 * ASCII(BASE64URL(protected) '.' BASE64URL(payload)); `x5c` as standard base64 DER, leaf first. This
 * module checks the format and decodes it into the shape the Notary rules read (DecodedEnvelope), and
 * encodes the parts a signer produces. The rules themselves are in envelope.ts.
 */
import type { X509Certificate } from '@peculiar/x509'
import {
  chainCertificate,
  isObject,
  malformed,
  NotaryHeader,
  parseJsonObject,
  rfc3339Seconds,
  type DecodedEnvelope
} from './notary-envelope.js'

export const JWS_MEDIA_TYPE = 'application/jose+json'

/** The signed parts of an envelope, before the signature: what a key held elsewhere (HSM, KMS) signs. */
export interface EnvelopeToSign {
  protected: string
  payload: string
  /** ASCII(BASE64URL(protected) '.' BASE64URL(payload)), the JWS signing input. */
  signingInput: Buffer
}

interface Jws {
  payload: string
  protected: string
  header: Record<string, unknown>
  signature: string
}

const JWS_MEMBERS = ['header', 'payload', 'protected', 'signature']
const BASE64URL = /^[A-Za-z0-9_-]*$/
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

/** The envelope's members, each checked for its JWS encoding; a malformed-envelope error otherwise. */
function parseJws(envelope: Uint8Array): Jws {
  const parsed = parseJsonObject(Buffer.from(envelope).toString('utf8'), 'the envelope')
  const members = Object.keys(parsed).sort()
  if (members.join() !== JWS_MEMBERS.join()) {
    throw malformed(
      `expected exactly the members payload, protected, header, signature (got ${members.join(', ')})`
    )
  }
  for (const member of ['payload', 'protected', 'signature']) {
    const value = parsed[member]
    if (typeof value !== 'string' || !BASE64URL.test(value) || value.length % 4 === 1 || value === '') {
      throw malformed(`${member} is not unpadded base64url`)
    }
  }
  if (!isObject(parsed.header)) throw malformed('header is not a JSON object')
  return parsed as unknown as Jws
}

/** A JWS envelope as the Notary rules read it (its protected header parsed as strict JSON). */
export function decodeJws(envelope: Uint8Array): DecodedEnvelope {
  const jws = parseJws(envelope)
  const protectedHeader = parseJsonObject(
    Buffer.from(jws.protected, 'base64url').toString('utf8'),
    'the protected header'
  )
  return {
    protectedHeader,
    decodeTime: parseTime,
    payload: Buffer.from(jws.payload, 'base64url'),
    signingInput: Buffer.from(`${jws.protected}.${jws.payload}`),
    signature: Buffer.from(jws.signature, 'base64url'),
    certificateChain: () => parseCertificateChain(jws.header),
    timestamped: NotaryHeader.timestampSignature in jws.header,
    timestampToken: () => timestampToken(jws.header),
    withTimestampToken: token =>
      Buffer.from(
        JSON.stringify({
          ...jws,
          header: { ...jws.header, [NotaryHeader.timestampSignature]: token.toString('base64') }
        })
      )
  }
}

function parseTime(value: unknown, name: string): Date {
  const time = typeof value === 'string' && RFC3339.test(value) ? new Date(value) : undefined
  if (time === undefined || Number.isNaN(time.getTime())) throw malformed(`${name} is not an RFC 3339 time`)
  return time
}

function parseCertificateChain(header: Record<string, unknown>): X509Certificate[] {
  const x5c = header.x5c
  if (!Array.isArray(x5c) || x5c.length === 0) throw malformed('x5c holds no certificate')
  return x5c.map((entry: unknown, index) => {
    if (typeof entry !== 'string' || !BASE64.test(entry) || entry.length % 4 !== 0) {
      throw malformed(`x5c[${index}] is not standard base64`)
    }
    return chainCertificate(Buffer.from(entry, 'base64'), `x5c[${index}]`)
  })
}

function timestampToken(header: Record<string, unknown>): Buffer | undefined {
  const encoded = header[NotaryHeader.timestampSignature]
  if (encoded === undefined || encoded === '') return undefined
  if (typeof encoded !== 'string' || !BASE64.test(encoded) || encoded.length % 4 !== 0) {
    throw malformed(`${NotaryHeader.timestampSignature} is not standard base64`)
  }
  return Buffer.from(encoded, 'base64')
}

/**
 * An envelope's countersignature token and the signature value it should cover; undefined when absent
 * or when the envelope is no JWS. Lenient on purpose: it only tells a signer whether a signature it
 * finds already carries a token, which is then verified in full.
 */
export function countersignatureOf(envelope: Uint8Array): { token: Buffer; signature: Buffer } | undefined {
  try {
    const jws = parseJws(envelope)
    const token = jws.header[NotaryHeader.timestampSignature]
    if (typeof token !== 'string' || token === '') return undefined
    return { token: Buffer.from(token, 'base64'), signature: Buffer.from(jws.signature, 'base64url') }
  } catch {
    return undefined
  }
}

/** The encoded protected header (time values as RFC 3339 seconds, in member order) and payload. */
export function encodeJwsParts(header: Record<string, unknown>, payload: Buffer): EnvelopeToSign {
  const encoded = Object.fromEntries(
    Object.entries(header).map(([name, value]) => [
      name,
      value instanceof Date ? rfc3339Seconds(value) : value
    ])
  )
  const encodedProtected = Buffer.from(JSON.stringify(encoded)).toString('base64url')
  const encodedPayload = payload.toString('base64url')
  return {
    protected: encodedProtected,
    payload: encodedPayload,
    signingInput: Buffer.from(`${encodedProtected}.${encodedPayload}`)
  }
}

/** The flattened JWS JSON around `parts` and a raw `signature`, with the chain as `x5c` and `unprotected` after it. */
export function assembleJws(
  parts: EnvelopeToSign,
  signature: Buffer,
  chain: X509Certificate[],
  unprotected: Record<string, unknown>
): Buffer {
  const envelope = {
    payload: parts.payload,
    protected: parts.protected,
    header: {
      x5c: chain.map(cert => Buffer.from(cert.rawData).toString('base64')),
      ...unprotected
    },
    signature: signature.toString('base64url')
  }
  return Buffer.from(JSON.stringify(envelope))
}
