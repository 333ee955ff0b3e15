/** Verifying a detached envelope file without a registry: `signet verify-envelope` and the library. */
import { errorMessage, InputError, SignetError } from '../util/errors.js'
import type { Descriptor } from '../oci/types.js'
import { COSE_MEDIA_TYPE, JWS_MEDIA_TYPE, verifyEnvelope } from '../trust/envelope.js'
import { loadCertificates, parseTrustedIdentities, readPemInput } from '../trust/pki.js'

export interface EnvelopeVerdict {
  verified: boolean
  reason?: string
  target?: Descriptor
  signer?: string
  signingTime?: string
}

/** The envelope's media type from its first byte: JWS JSON starts with '{', COSE_Sign1 with CBOR tag 18. */
export function sniffEnvelopeMediaType(envelope: Uint8Array): string {
  return envelope[0] === 0x7b ? JWS_MEDIA_TYPE : COSE_MEDIA_TYPE
}

export function verifyEnvelopeFile(
  envelope: Uint8Array,
  trust: { trustRoots: string; trustedIdentities?: string; now?: Date }
): EnvelopeVerdict {
  if (trust.trustRoots === '')
    throw new InputError(
      'trust-roots',
      "Missing flag '--trust-roots': the PEM root certificates to trust (content or path)."
    )
  const trustRoots = loadCertificates(readPemInput(trust.trustRoots, 'trust-roots'), 'trust-roots')
  const identities = (trust.trustedIdentities || '*')
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
  const trustedIdentities = parseTrustedIdentities(identities, 'trusted-identities')
  try {
    const verified = verifyEnvelope(envelope, sniffEnvelopeMediaType(envelope), {
      trustRoots,
      trustedIdentities,
      now: trust.now
    })
    return {
      verified: true,
      target: verified.target,
      signer: verified.signer,
      signingTime: verified.signingTime.toISOString()
    }
  } catch (error) {
    if (error instanceof InputError || !(error instanceof SignetError)) throw error
    return { verified: false, reason: errorMessage(error) }
  }
}
