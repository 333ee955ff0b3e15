/**
 * Sigstore bundles (v0.1 to v0.3) as stored in registries by cosign 3 and `actions/attest`: read with one
 * reading only (keys that JSON.parse and Go's protojson would read differently are refused), checked
 * against the rules of their version by @sigstore/bundle, and their DSSE payload and signing input
 * exposed. Versions other than the four known media types are refused rather than read as the latest.
 */
import {
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  ValidationError,
  type Bundle
} from '@sigstore/bundle'
import { errorMessage, VerificationError } from '../../util/errors.js'
import { oneLine } from '../../util/sanitize.js'
import { parseStrictJson } from '../strict-json.js'

export type { Bundle }

const KNOWN_MEDIA_TYPES = [
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE
]

/** A bundle's bytes as a checked Bundle; anything malformed is a VerificationError saying what. */
export function parseBundle(bytes: Buffer): Bundle {
  let json: unknown
  try {
    json = parseStrictJson(bytes.toString('utf8')).value
  } catch (error) {
    throw new VerificationError(`the Sigstore bundle is not valid JSON (${errorMessage(error)})`)
  }
  return checkedBundle(json)
}

/** A bundle in its JSON form (parsed, or built from cosign's legacy annotations) as a checked Bundle. */
export function checkedBundle(json: unknown): Bundle {
  const mediaType = (json as { mediaType?: unknown } | null)?.mediaType
  if (typeof mediaType !== 'string' || !KNOWN_MEDIA_TYPES.includes(mediaType)) {
    const shown = typeof mediaType === 'string' ? `'${oneLine(mediaType.slice(0, 100))}'` : 'none'
    throw new VerificationError(
      `unsupported Sigstore bundle media type ${shown} (expected a bundle v0.1, v0.2 or v0.3)`
    )
  }
  try {
    return bundleFromJSON(json)
  } catch (error) {
    const fields = error instanceof ValidationError ? `: ${error.fields.join(', ')}` : ''
    throw new VerificationError(`malformed Sigstore bundle (${errorMessage(error)}${fields})`)
  }
}

/** The DSSE envelope of a bundle, or undefined for a message-signature bundle. */
export function dsseOf(
  bundle: Bundle
): { payloadType: string; payload: Buffer; signature: Buffer } | undefined {
  if (bundle.content.$case !== 'dsseEnvelope') return undefined
  const envelope = bundle.content.dsseEnvelope
  return {
    payloadType: envelope.payloadType,
    payload: envelope.payload,
    signature: envelope.signatures[0].sig
  }
}

/** DSSE's pre-authentication encoding: what a DSSE signature signs. */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload
  ])
}
