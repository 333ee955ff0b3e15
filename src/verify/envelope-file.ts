/** Verifying a detached envelope file without a registry: `signet verify-envelope` and the library. */
import { errorMessage, InputError, SignetError } from '../util/errors.js'
import type { Descriptor } from '../oci/types.js'
import { COSE_MEDIA_TYPE, JWS_MEDIA_TYPE, verifyEnvelope } from '../trust/envelope.js'
import { readPemInput } from '../inputs/content-or-path.js'
import { certificatesInput, trustedIdentitiesInput, trustRootsInput } from '../inputs/trust-inputs.js'

export interface EnvelopeVerdict {
  verified: boolean
  reason?: string
  target?: Descriptor
  signer?: string
  signingTime?: string
  /** The countersignature's time and TSA, when `timestampRoots` asked for one and it verified. */
  timestamp?: { time: string; tsa: string }
}

/** CBOR tag 18 (COSE_Sign1), or the untagged 4-element array some encoders write. */
const COSE_FIRST_BYTES = [0xd2, 0x84]

/**
 * The envelope's media type from its first byte: JWS JSON starts with '{' (after any whitespace),
 * COSE_Sign1 with CBOR tag 18. Anything else is not an envelope at all: the wrong file was given.
 */
export function sniffEnvelopeMediaType(envelope: Uint8Array, input = 'envelope'): string {
  const first = envelope.find(byte => ![0x20, 0x09, 0x0a, 0x0d].includes(byte))
  if (first === 0x7b) return JWS_MEDIA_TYPE
  if (first !== undefined && COSE_FIRST_BYTES.includes(first)) return COSE_MEDIA_TYPE
  throw new InputError(
    input,
    `${input} is neither a JWS envelope (JSON, starting with '{') nor a COSE envelope (CBOR COSE_Sign1): ${envelope.length === 0 ? 'the file is empty' : `it starts with byte 0x${envelope[0].toString(16).padStart(2, '0')}`}. Pass the signature envelope blob (the layer of the signature manifest).`
  )
}

export interface EnvelopeTrust {
  /** PEM roots (content or path). */
  trustRoots: string
  /** `trusted-identities` lines; default '*'. */
  trustedIdentities?: string
  /** PEM TSA roots (content or path): a valid countersignature is then required, as `verify` requires it. */
  timestampRoots?: string
  now?: Date
}

export function verifyEnvelopeFile(envelope: Uint8Array, trust: EnvelopeTrust): EnvelopeVerdict {
  if (trust.trustRoots === '')
    throw new InputError(
      'trust-roots',
      "Missing flag '--trust-roots': the PEM root certificates to trust (content or path)."
    )
  const trustRoots = trustRootsInput(readPemInput(trust.trustRoots, 'trust-roots'), 'trust-roots')
  const identities = (trust.trustedIdentities || '*')
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
  const trustedIdentities = trustedIdentitiesInput(identities, 'trusted-identities')
  const timestampRoots =
    trust.timestampRoots === undefined || trust.timestampRoots === ''
      ? undefined
      : certificatesInput(readPemInput(trust.timestampRoots, 'timestamp-roots'), 'timestamp-roots')
  try {
    const verified = verifyEnvelope(envelope, sniffEnvelopeMediaType(envelope), {
      trustRoots,
      trustedIdentities,
      now: trust.now,
      timestamp: timestampRoots && { roots: timestampRoots, verify: 'always' }
    })
    return {
      verified: true,
      target: verified.target,
      signer: verified.signer,
      signingTime: verified.signingTime.toISOString(),
      timestamp: verified.timestamp && {
        time: verified.timestamp.time.toISOString(),
        tsa: verified.timestamp.tsa
      }
    }
  } catch (error) {
    if (error instanceof InputError || !(error instanceof SignetError)) throw error
    return { verified: false, reason: errorMessage(error) }
  }
}
