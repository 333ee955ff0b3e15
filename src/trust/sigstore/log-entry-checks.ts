/**
 * Three things @sigstore/verify 3 (the last line that runs on Node 20) does differently from 4, done as 4
 * does them, so that Signet's verdicts do not depend on which one is installed:
 *
 * - A DSSE bundle logged to Rekor v2 is a `hashedrekord` entry over the digest of the envelope's
 *   pre-authentication encoding (rekor-v2 spec §6.1.4; sigstore-go, sigstore-python and 4.x verify it so).
 *   3.x compares that digest with the payload's and rejects every such bundle.
 * - A checkpoint must be signed by the log its entry names. 3.x accepts a checkpoint signed by any log of
 *   the trusted root.
 * - A checkpoint signature's name is text to find in the log's URL. 3.x reads it as a regular expression:
 *   `.` or `^.*$` then names every log, and a name with nested repetition hangs the verifier for minutes
 *   (a denial of service from one pushed bundle).
 *
 * Remove this module with the move to @sigstore/verify 4: it hands hashedrekord entries `compareSignedDigest`,
 * which the entity built here does not have, so the conformance suite fails until it is removed.
 */
import { createHash } from 'node:crypto'
import type { SignedEntity, TrustMaterial } from '@sigstore/verify'
import { VerificationError } from '../../util/errors.js'
import { oneLine } from '../../util/sanitize.js'
import { dsseOf, preAuthEncoding, type Bundle } from './bundle.js'

/**
 * The entity to verify, its signature compared with hashedrekord entries through the digest of what was
 * signed: the PAE for a DSSE envelope. A DSSE bundle with entries of both kinds is refused (3.x hands every
 * entry the same comparison, and no signer writes such a bundle).
 */
export function withSignedDigest(entity: SignedEntity, bundle: Bundle): SignedEntity {
  const envelope = dsseOf(bundle)
  const kinds = new Set(bundle.verificationMaterial.tlogEntries.map(entry => entry.kindVersion?.kind))
  if (envelope === undefined || !kinds.has('hashedrekord')) return entity
  if (kinds.size > 1) {
    throw new VerificationError(
      `the bundle's DSSE envelope is logged both as a hashedrekord entry and as ${[...kinds].filter(kind => kind !== 'hashedrekord').join(', ')}: one bundle is logged one way`
    )
  }
  const content = entity.signature
  const signedDigest = createHash('sha256')
    .update(preAuthEncoding(envelope.payloadType, envelope.payload))
    .digest()
  return {
    ...entity,
    signature: {
      signature: content.signature,
      compareSignature: signature => content.compareSignature(signature),
      compareDigest: digest => signedDigest.equals(digest),
      verifySignature: key => content.verifySignature(key)
    }
  }
}

/**
 * The instance's trust material with only the transparency logs the bundle's entries name, and the checks
 * that its checkpoints name those logs. Each entry's checkpoint is then verified against its own log (for
 * a bundle logged to several logs, against one of them: the entry is still proven in a trusted log).
 */
export function entriesOwnLogs(material: TrustMaterial, bundle: Bundle): TrustMaterial {
  const entries = bundle.verificationMaterial.tlogEntries
  const logIds = entries.flatMap(entry => (entry.logId?.keyId.length ? [entry.logId.keyId] : []))
  const tlogs = material.tlogs.filter(log => logIds.some(id => log.logID.equals(id)))
  entries.forEach((entry, index) => {
    const envelope = entry.inclusionProof?.checkpoint?.envelope
    if (envelope !== undefined) checkSignatureNames(envelope, tlogs, index)
  })
  return { ...material, tlogs }
}

/** A checkpoint's signature lines as 3.x reads them: `— <name> <base64 of key hint + signature>`. */
const SIGNATURE_LINE = /\u2014 (\S+) (\S+)\n/g

/**
 * Every signature line that carries the key hint of one of `tlogs` must name that log: the name is found,
 * as written, in the log's URL. 3.x matches that name as a regular expression, so a line that fails here is
 * refused before 3.x reads it (4.x would skip it and try the others: the stricter verdict is the safe one).
 */
function checkSignatureNames(envelope: string, tlogs: TrustMaterial['tlogs'], index: number): void {
  const separator = envelope.indexOf('\n\n')
  if (separator < 0) return // 3.x refuses it: no signatures
  for (const [, name, signature] of envelope.slice(separator + 2).matchAll(SIGNATURE_LINE)) {
    const hint = Buffer.from(signature, 'base64').subarray(0, 4)
    const logs = tlogs.filter(log => log.logID.subarray(0, 4).equals(hint))
    if (logs.length > 0 && !logs.some(log => log.baseURL.includes(name))) {
      throw new VerificationError(
        `transparency-log entry #${index + 1}: its checkpoint carries a signature with the key of ${logs[0].baseURL} under the name '${oneLine(name.slice(0, 100))}', which is not that log's`
      )
    }
  }
}
