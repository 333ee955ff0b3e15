/**
 * cosign's legacy keyless signatures (the `.sig` tag, every cosign before 3; how distroless, Chainguard
 * and the Kubernetes images are signed) as the Sigstore bundle v0.1 they are equivalent to, so one verifier
 * checks both formats: the simple-signing layer's signature over its payload is a message signature, its
 * `dev.sigstore.cosign/certificate` the Fulcio leaf, its `dev.sigstore.cosign/bundle` the Rekor entry with
 * its signed entry timestamp (a hashedrekord of that signature), and `dev.sigstore.cosign/rfc3161timestamp`
 * an RFC 3161 token. sigstore-go reads them the same way.
 *
 * Only the leaf is taken from the layer: the chain annotation repeats the CA certificates, which must come
 * from the trusted root.
 */
import { createHash } from 'node:crypto'
import { BUNDLE_V01_MEDIA_TYPE } from '@sigstore/bundle'
import { errorMessage, VerificationError } from '../../util/errors.js'
import type { SimpleSigningLayer } from '../cosign/simple-signing.js'
import { parseStrictJson } from '../strict-json.js'
import { checkedBundle, type Bundle } from './bundle.js'

/** The bundle a keyless legacy layer amounts to; `payload` is the layer's bytes (digest-checked). */
export function legacyKeylessBundle(layer: SimpleSigningLayer, payload: Buffer): Bundle {
  if (layer.certificate === undefined)
    throw new VerificationError('the signature carries no certificate (keyless)')
  const leaf = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(layer.certificate)?.[1]
  if (leaf === undefined) throw new VerificationError('the certificate annotation holds no PEM certificate')
  return checkedBundle({
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: {
      x509CertificateChain: { certificates: [{ rawBytes: leaf.replace(/\s+/g, '') }] },
      tlogEntries: layer.rekorBundle === undefined ? [] : [rekorEntry(layer.rekorBundle)],
      timestampVerificationData: {
        rfc3161Timestamps:
          layer.timestamp === undefined ? [] : [{ signedTimestamp: timestampToken(layer.timestamp) }]
      }
    },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(payload).digest('base64') },
      signature: layer.signature.toString('base64')
    }
  })
}

/** cosign's `{"SignedEntryTimestamp", "Payload": {"body", "integratedTime", "logIndex", "logID"}}`. */
function rekorEntry(text: string): object {
  const rekor = readJson(text, 'Rekor bundle annotation') as {
    SignedEntryTimestamp?: unknown
    Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown }
  }
  const payload = rekor.Payload
  if (
    typeof rekor.SignedEntryTimestamp !== 'string' ||
    typeof payload?.body !== 'string' ||
    !Number.isSafeInteger(payload.integratedTime) ||
    !Number.isSafeInteger(payload.logIndex) ||
    typeof payload.logID !== 'string' ||
    !/^[0-9a-f]{64}$/.test(payload.logID)
  ) {
    throw new VerificationError('the Rekor bundle annotation lacks the signed entry timestamp or its payload')
  }
  const body = readJson(Buffer.from(payload.body, 'base64').toString('utf8'), 'Rekor entry body') as {
    kind?: unknown
    apiVersion?: unknown
  }
  return {
    logIndex: String(payload.logIndex),
    logId: { keyId: Buffer.from(payload.logID, 'hex').toString('base64') },
    kindVersion: { kind: String(body.kind), version: String(body.apiVersion) },
    integratedTime: String(payload.integratedTime),
    inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
    canonicalizedBody: payload.body
  }
}

/** cosign's `{"SignedRFC3161Timestamp": "<base64 DER>"}`. */
function timestampToken(text: string): string {
  const token = (readJson(text, 'RFC 3161 timestamp annotation') as { SignedRFC3161Timestamp?: unknown })
    .SignedRFC3161Timestamp
  if (typeof token !== 'string')
    throw new VerificationError('the RFC 3161 timestamp annotation holds no token')
  return token
}

function readJson(text: string, what: string): Record<string, unknown> {
  try {
    const value = parseStrictJson(text).value
    if (typeof value === 'object' && value !== null) return value as Record<string, unknown>
  } catch (error) {
    throw new VerificationError(`the ${what} is not valid JSON (${errorMessage(error)})`)
  }
  throw new VerificationError(`the ${what} is not a JSON object`)
}
