/** Drives the sign and verify modes the way both faces do: raw input values → readInputs → engine. */
import {
  readInputs,
  type InputSource,
  type SignInputs,
  type VerifyInputs
} from '../../src/inputs/read-inputs.js'
import { silentLog, type Log } from '../../src/util/log.js'
import { sign, type SignResult } from '../../src/sign/sign.js'
import { verify, type VerifyResult } from '../../src/verify/verify.js'

export function inputSource(values: Record<string, string | undefined>): InputSource {
  return { get: name => (values[name] ?? '').trim() }
}

/** A log that keeps every line, to assert on what a person would read (and on what must not appear). */
export function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: message => void lines.push(message),
    warning: message => void lines.push(`warning: ${message}`),
    debug: message => void lines.push(`debug: ${message}`),
    group: async (title, body) => {
      lines.push(`group: ${title}`)
      return body()
    }
  }
}

export async function runSign(
  values: Record<string, string | undefined>,
  options: { log?: Log; now?: Date; env?: NodeJS.ProcessEnv } = {}
): Promise<SignResult> {
  const inputs = readInputs(inputSource({ mode: 'sign', ...values })) as SignInputs
  return sign(inputs, {
    log: options.log ?? silentLog,
    maskSecret: () => undefined,
    now: options.now,
    env: options.env ?? {}
  })
}

export async function runVerify(
  values: Record<string, string | undefined>,
  options: { log?: Log; now?: Date } = {}
): Promise<VerifyResult> {
  const inputs = readInputs(inputSource({ mode: 'verify', ...values })) as VerifyInputs
  return verify(inputs, { log: options.log ?? silentLog, maskSecret: () => undefined, now: options.now })
}

/** Sign inputs for a test registry over plain HTTP: `repository:1.0` from `manifests` lines. */
export function signInputsFor(host: string, signer: { keyPem: string; chainPem: string }) {
  return (repository: string, manifests: string[]) => ({
    image: `${host}/${repository}:1.0`,
    'insecure-registries': host,
    manifests: manifests.join('\n'),
    'signing-key': signer.keyPem,
    'signing-cert-chain': signer.chainPem
  })
}

/** Verify inputs for a test registry over plain HTTP, trusting `rootPem`. */
export function verifyInputsFor(host: string, rootPem: string) {
  return (image: string, extra: Record<string, string> = {}) => ({
    image,
    'insecure-registries': host,
    'trust-roots': rootPem,
    ...extra
  })
}
