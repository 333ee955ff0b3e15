/**
 * Countersigning at sign time: each envelope's signature value goes to the `timestamp-url` TSA, whose
 * answer is checked in full (status, imprint, nonce, TSA chain to `timestamp-roots`, genTime within the
 * signing chain's validity) before the token joins the envelope. Also the warning for a signing leaf
 * about to expire when nothing will keep its signatures valid after that.
 */
import type { Repository } from '../oci/registry.js'
import type { Descriptor } from '../oci/types.js'
import { VerificationError } from '../util/errors.js'
import type { Log } from '../util/log.js'
import type { X509Certificate } from '@peculiar/x509'
import { addTimestamp, countersignatureOf } from '../trust/envelope.js'
import type { HttpFetcher } from '../trust/http-fetch.js'
import { subjectOf } from '../trust/pki.js'
import { parseSignatureManifest } from '../trust/signature-manifest.js'
import type { SignedEnvelope } from '../trust/signer.js'
import { requestTimestamp, verifyTimestampToken, type TrustedTimestamp } from '../trust/timestamp.js'

const EXPIRY_WARNING_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000
/** An existing signature envelope larger than this is not read back to look for a countersignature. */
const MAX_ENVELOPE_BYTES = 32 * 1024 * 1024

export interface Timestamper {
  /** The envelope with its countersignature, whatever backend made it (PEM key, token, plugin). */
  stamp(signed: SignedEnvelope): Promise<{ envelope: Buffer; time: string; tsa: string }>
  /** Whether an existing signature (a referrer) carries a countersignature that verifies against timestamp-roots. */
  isTimestamped(target: Repository, referrer: Descriptor): Promise<boolean>
}

/** For signatures no TSA countersigns: a leaf about to expire takes its signatures with it. */
export function warnOnNearExpiry(chain: X509Certificate[], now: Date, log: Log): void {
  const leaf = chain[0]
  const days = Math.floor((leaf.notAfter.getTime() - now.getTime()) / DAY_MS)
  if (days < EXPIRY_WARNING_DAYS) {
    log.warning(
      `The signing certificate "${subjectOf(leaf)}" expires on ${leaf.notAfter.toISOString()} (in ${days} days): its signatures stop verifying then. Set 'timestamp-url' (and 'timestamp-roots') so they outlive it, or renew the certificate.`
    )
  }
}

/** The `timestamp-url` TSA, whose answers must chain to `tsaRoots`, asked through the run's fetcher. */
export function makeTimestamper(url: string, tsaRoots: X509Certificate[], fetcher: HttpFetcher): Timestamper {
  return {
    async stamp(signed) {
      let timestamp: TrustedTimestamp | undefined
      const stamped = await addTimestamp(signed.envelope, signed.mediaType, async (signature, hash) => {
        const answer = await requestTimestamp({ url, signature, hash, tsaRoots, fetcher })
        timestamp = answer.timestamp
        return answer.token
      })
      if (timestamp === undefined) throw new Error('addTimestamp did not ask for a timestamp')
      checkWithinValidity(timestamp, signed.chain)
      return { envelope: stamped, time: timestamp.time.toISOString(), tsa: timestamp.tsa }
    },
    async isTimestamped(target, referrer) {
      const manifest = parseSignatureManifest((await target.fetchManifest(referrer.digest)).bytes)
      if (manifest === undefined) return false
      const countersignature = countersignatureOf(
        await target.fetchBlobBytes(manifest.envelope, MAX_ENVELOPE_BYTES),
        manifest.envelope.mediaType
      )
      if (countersignature === undefined) return false
      try {
        verifyTimestampToken(countersignature.token, countersignature.signature, tsaRoots)
        return true
      } catch {
        return false
      }
    }
  }
}

/** A timestamp outside the chain's validity would make verifiers reject the signature: refused now. */
function checkWithinValidity(timestamp: TrustedTimestamp, chain: X509Certificate[]): void {
  for (const cert of chain) {
    if (timestamp.lower < cert.notBefore || timestamp.upper > cert.notAfter) {
      throw new VerificationError(
        `timestamp: the TSA's time ${timestamp.time.toISOString()} is outside the validity of "${subjectOf(cert)}" (${cert.notBefore.toISOString()} to ${cert.notAfter.toISOString()}); check the TSA's clock or the certificate`
      )
    }
  }
}
