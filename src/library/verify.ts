/**
 * The library's verify: references and a plan in, a result out. A caller builds the plan in a few lines
 * (a policy, and whatever differs from the defaults); the registry client and the rest of the run's
 * context are made here, as for the faces.
 */
import type { RegistryInputs } from '../inputs/input-values.js'
import { readReference } from '../inputs/oci-inputs.js'
import { withRunContext } from '../run/context.js'
import { silentLog, type Log } from '../util/log.js'
import { PLAN_DEFAULTS, type VerifyPlan } from '../verify/plan.js'
import { verify as verifyRequests, type VerifyResult } from '../verify/verify.js'

export interface VerifyCallOptions {
  /** Credentials (else docker's config.json), plain-HTTP hosts, an extra CA bundle (PEM). */
  registry?: Partial<RegistryInputs>
  /** Where progress goes; nothing is printed by default. */
  log?: Log
  /** The time certificates are judged at; now by default. */
  now?: Date
}

/**
 * Verifies each reference (`registry/repository:tag` or `@sha256:…`) under `plan`; fields of the plan
 * left out take the defaults of the action's inputs (every blob re-hashed, 100 signatures at most).
 */
export async function verify(
  references: string[],
  plan: Partial<VerifyPlan> & Pick<VerifyPlan, 'policy'>,
  options: VerifyCallOptions = {}
): Promise<VerifyResult> {
  const requests = references.map(text => ({
    reference: readReference(text, 'image'),
    origin: { kind: 'input' as const }
  }))
  const environment = {
    log: options.log ?? silentLog,
    maskSecret: () => undefined,
    env: process.env,
    now: options.now
  }
  return withRunContext({ insecureRegistries: [], ...options.registry }, environment, context =>
    verifyRequests(requests, { ...PLAN_DEFAULTS, ...plan }, context)
  )
}
