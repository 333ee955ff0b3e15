/** Drives the sign and verify modes the way both faces do: raw input values → run/ → engines. */
import type { InputSource } from '../../src/inputs/input-values.js'
import type { VerifyInputs } from '../../src/inputs/verify-inputs.js'
import { silentLog, type Log } from '../../src/util/log.js'
import type { SignResult } from '../../src/sign/sign.js'
import type { SweepResult } from '../../src/sign/sweep.js'
import { verify, type ImageReport, type VerifyResult } from '../../src/verify/verify.js'
import type { VerifyRequest } from '../../src/verify/plan.js'
import type { SourceFor } from '../../src/oci/content.js'
import { withRunContext } from '../../src/run/context.js'
import { verifyPlanOf } from '../../src/run/plans.js'
import { runSign as runSignMode } from '../../src/run/sign.js'
import { runVerify as runVerifyMode } from '../../src/run/verify.js'

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
  const run = await runSignMode(inputSource({ mode: 'sign', ...values }), {
    log: options.log ?? silentLog,
    maskSecret: () => undefined,
    now: options.now,
    env: options.env ?? {}
  })
  return run.result as SignResult
}

export async function runVerify(
  values: Record<string, string | undefined>,
  options: { log?: Log; now?: Date } = {}
): Promise<VerifyResult> {
  const run = await runVerifyMode(inputSource({ mode: 'verify', ...values }), {
    log: options.log ?? silentLog,
    maskSecret: () => undefined,
    now: options.now,
    env: {}
  })
  return run.result
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

/** The verify engine over `requests` with the plan of `inputs` and a run context, as run/verify.ts does. */
export async function verifyWith(
  inputs: VerifyInputs,
  requests: VerifyRequest<unknown>[],
  options: { log?: Log; now?: Date; sourceFor?: SourceFor } = {}
): Promise<VerifyResult> {
  const environment = {
    log: options.log ?? silentLog,
    maskSecret: () => undefined,
    env: {},
    now: options.now
  }
  return withRunContext(inputs.registry, environment, context =>
    verify(requests, verifyPlanOf(inputs, undefined), context, { sourceFor: options.sourceFor })
  )
}

/** The gate's requests with their reports, as tables and annotations take them. */
export function usedImages<Use>(
  requests: { origin: { uses: Use[] } }[],
  result: VerifyResult
): { uses: Use[]; report: ImageReport }[] {
  return requests.map((request, index) => ({ uses: request.origin.uses, report: result.images[index] }))
}

/** The requests of the `image` input's references. */
export function inputRequests(inputs: VerifyInputs): VerifyRequest[] {
  return inputs.images.map(reference => ({ reference, origin: { kind: 'input' } }))
}

/** A sweep as both faces run it (`sign` with the `sweep` input). */
export async function runSweep(source: InputSource, log: Log = silentLog): Promise<SweepResult> {
  const run = await runSignMode(source, { log, maskSecret: () => undefined, env: {} })
  return run.result as SweepResult
}
