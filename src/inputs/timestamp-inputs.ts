/**
 * The timestamp and revocation inputs: `timestamp-url` and `timestamp-roots` for sign, and
 * `timestamp-roots` and `revocation` next to the simple trust inputs for verify.
 */
import { Inputs, INPUT_DEFAULTS, type InputName } from './contract.js'
import { InputError } from '../util/errors.js'
import type { RevocationAction } from '../trust/policy.js'
import { readPemInput } from './content-or-path.js'
import { certificatesInput, tsaRootsInput } from './trust-inputs.js'

interface Source {
  get(name: InputName): string
}

const REVOCATION_ACTIONS: readonly RevocationAction[] = ['enforce', 'log', 'skip']

/** sign: the TSA to ask and the roots its answers must chain to (both or neither). */
export function readSignTimestampInputs(source: Source): { timestampUrl?: string; timestampRoots?: string } {
  const url = source.get(Inputs.TimestampUrl)
  const roots = source.get(Inputs.TimestampRoots)
  if (url === '' && roots === '') return {}
  if (url === '') {
    throw new InputError(
      Inputs.TimestampUrl,
      "Input 'timestamp-roots' is set but 'timestamp-url' is not: name the RFC 3161 timestamp authority to ask, e.g. https://timestamp.digicert.com."
    )
  }
  checkTimestampUrl(url)
  if (roots === '') {
    throw new InputError(
      Inputs.TimestampRoots,
      "Missing input 'timestamp-roots': give the PEM root CA certificates of the timestamp authority (content or path); its answers are checked against them before anything is pushed."
    )
  }
  return { timestampUrl: url, timestampRoots: readTsaRoots(roots) }
}

/** verify with the simple trust inputs: optional TSA roots and the revocation action. */
export function readVerifyTimestampInputs(source: Source): {
  timestampRoots?: string
  revocation: RevocationAction
} {
  const roots = source.get(Inputs.TimestampRoots)
  return {
    timestampRoots: roots === '' ? undefined : readTsaRoots(roots),
    revocation: readRevocation(source)
  }
}

/** With trust-policy, timestamps and revocation are the policy's (tsa stores, the revocation override). */
export function refuseWithTrustPolicy(source: Source): void {
  if (source.get(Inputs.TimestampRoots) !== '') {
    throw new InputError(
      Inputs.TimestampRoots,
      "Input 'timestamp-roots' goes with 'trust-roots'; with 'trust-policy', list a 'tsa:NAME' trust store in the statement instead."
    )
  }
  if (source.get(Inputs.Revocation) !== '') {
    throw new InputError(
      Inputs.Revocation,
      "Input 'revocation' goes with 'trust-roots'; with 'trust-policy', set signatureVerification.override.revocation in the statement instead."
    )
  }
}

function readRevocation(source: Source): RevocationAction {
  const value = source.get(Inputs.Revocation) || (INPUT_DEFAULTS[Inputs.Revocation] as string)
  if (!(REVOCATION_ACTIONS as readonly string[]).includes(value)) {
    throw new InputError(
      Inputs.Revocation,
      `Invalid input 'revocation': '${value}'. Expected one of: ${REVOCATION_ACTIONS.join(', ')}.`
    )
  }
  return value as RevocationAction
}

function checkTimestampUrl(text: string): void {
  let url: URL | undefined
  try {
    url = new URL(text)
  } catch {
    url = undefined
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    throw new InputError(
      Inputs.TimestampUrl,
      `Invalid input 'timestamp-url': '${text}'. Expected an http or https URL of an RFC 3161 timestamp authority, e.g. https://timestamp.digicert.com.`
    )
  }
  if (url.username !== '' || url.password !== '') {
    throw new InputError(
      Inputs.TimestampUrl,
      "Invalid input 'timestamp-url': it carries a user name or password; Signet sends no credentials to a timestamp authority."
    )
  }
}

/** PEM content of CA certificates, checked now so that a wrong file fails before any network call. */
function readTsaRoots(value: string): string {
  const pem = readPemInput(value, Inputs.TimestampRoots)
  tsaRootsInput(certificatesInput(pem, Inputs.TimestampRoots), Inputs.TimestampRoots)
  return pem
}
