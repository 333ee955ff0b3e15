/**
 * in-toto Statements, the payload of the DSSE envelopes in Sigstore bundles: cosign 3's image signature
 * (predicate type `https://sigstore.dev/cosign/sign/v1`, the image digest as its one subject) and GitHub
 * artifact attestations (SLSA provenance, SBOMs…). What was signed is the statement's subject: a
 * statement that does not name the digest being verified signs something else, and is rejected.
 */
import { errorMessage, VerificationError } from '../../util/errors.js'
import { oneLine } from '../../util/sanitize.js'
import { parseStrictJson } from '../strict-json.js'

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1'
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']

export interface Statement {
  subjects: { name?: string; digest: Record<string, string> }[]
  predicateType: string
  predicate: unknown
}

/** The statement a DSSE payload carries; anything else is a VerificationError saying what. */
export function parseStatement(payloadType: string, payload: Buffer): Statement {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new VerificationError(
      `the envelope's payload type is '${oneLine(payloadType.slice(0, 100))}', not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE})`
    )
  }
  let value: unknown
  try {
    // Go reads a statement's fields case-insensitively: keys that differ only in case are refused.
    value = parseStrictJson(payload.toString('utf8')).value
  } catch (error) {
    throw new VerificationError(`the in-toto statement is not valid JSON (${errorMessage(error)})`)
  }
  const statement = value as {
    _type?: unknown
    subject?: unknown
    predicateType?: unknown
    predicate?: unknown
  }
  if (
    typeof statement !== 'object' ||
    statement === null ||
    !STATEMENT_TYPES.includes(String(statement._type))
  ) {
    throw new VerificationError('the payload is not an in-toto Statement (v1 or v0.1)')
  }
  if (typeof statement.predicateType !== 'string')
    throw new VerificationError('the in-toto statement has no predicateType')
  if (!Array.isArray(statement.subject) || statement.subject.length === 0)
    throw new VerificationError('the in-toto statement names no subject')
  const subjects = statement.subject.map(subject => {
    const digest = (subject as { digest?: unknown } | null)?.digest
    if (typeof digest !== 'object' || digest === null || Array.isArray(digest))
      throw new VerificationError('a subject of the in-toto statement has no digest')
    const name = (subject as { name?: unknown }).name
    return {
      name: typeof name === 'string' ? name : undefined,
      digest: Object.fromEntries(
        Object.entries(digest).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      )
    }
  })
  return { subjects, predicateType: statement.predicateType, predicate: statement.predicate }
}

/**
 * Checks that the statement signs `digest` (`sha256:<hex>`) with `predicateType`. in-toto's digest
 * values are lowercase hex; an uppercase one is compared as such, since it names the same bytes.
 */
export function checkStatement(statement: Statement, digest: string, predicateType: string): void {
  if (statement.predicateType !== predicateType) {
    throw new VerificationError(
      `predicate type is '${oneLine(statement.predicateType.slice(0, 200))}', not '${predicateType}'`
    )
  }
  const [algorithm, hex] = digest.split(':')
  if (!statement.subjects.some(subject => subject.digest[algorithm]?.toLowerCase() === hex)) {
    const named = statement.subjects
      .map(subject => Object.entries(subject.digest).map(([alg, value]) => `${alg}:${value}`))
      .flat()
      .slice(0, 3)
      .map(text => oneLine(text.slice(0, 140)))
    throw new VerificationError(
      `the statement's subject is ${named.join(', ') || 'no digest'}, not ${digest}: it signs another artifact`
    )
  }
}
