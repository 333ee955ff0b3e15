/**
 * The node gate's run, one per containerd verifier call: the verify inputs (rules read once) as a plan
 * that leaves layers to containerd (it checks every blob's digest as it pulls), the policy of the
 * repository and its fingerprint, the verdict cache, and the judgement (gate/containerd.ts) on the
 * digest containerd resolved. The same rules file and trust inputs as the verify step, so the node and
 * the workflow reach the same verdicts.
 */
import { Inputs, SIGNING_AGENT } from '../inputs/contract.js'
import type { InputSource, RegistryInputs } from '../inputs/input-values.js'
import { formatReference, repositoryName } from '../oci/reference.js'
import { readRules, readVerifyInputsWithRules } from '../rules/apply.js'
import { judgePull, type ContainerdCall } from '../gate/containerd.js'
import { policyFingerprint, VerdictCache } from '../store/verdict-cache.js'
import { EXIT, VerificationError, errorMessage } from '../util/errors.js'
import { oneLine } from '../util/sanitize.js'
import type { Verdict } from '../util/verdict.js'
import type { VerifyPlan } from '../verify/plan.js'
import { withRunContext, type RunEnvironment } from './context.js'
import { verifyPlanOf } from './plans.js'

export interface NodeVerifierOptions {
  /** Where accepted verdicts are kept between calls; without it every call verifies. */
  cacheDir?: string
  /** How long a kept verdict stands before the image is verified again. */
  cacheMaxAgeMs: number
  /** docker's config.json with the node's registry credentials (default: docker's own lookup). */
  dockerConfig?: string
}

export interface NodeVerdict {
  verdict: Verdict
  /** One line: what containerd shows as the verifier's reason (stdout). */
  reason: string
  /** 0 lets containerd go on; 1 rejected, 3 could not verify: both block. */
  exitCode: number
}

/** The plan and registry inputs of the node gate for `image`: the verify inputs, layers left to containerd. */
export function readNodePlan(
  source: InputSource,
  image: string
): { plan: VerifyPlan; registry: RegistryInputs } {
  const overlay: InputSource = {
    get: name => (name === Inputs.Image ? image : name === Inputs.VerifyLayers ? 'false' : source.get(name))
  }
  const rules = readRules(overlay)
  const inputs = readVerifyInputsWithRules(overlay, rules)
  return { plan: { ...verifyPlanOf(inputs, rules), selection: {} }, registry: inputs.registry }
}

/** Judges one containerd call, from the cache when a fresh verdict under the same policy is kept. */
export async function runContainerdVerifier(
  source: InputSource,
  call: ContainerdCall,
  environment: RunEnvironment,
  options: NodeVerifierOptions
): Promise<NodeVerdict> {
  const { log } = environment
  const { digest } = call.descriptor
  const { plan, registry } = readNodePlan(source, formatReference(call.reference))
  const repository = repositoryName(call.reference)
  log.info(`containerd ${call.operation}: ${formatReference(call.reference)} resolved to ${digest}`)
  if (Object.keys(call.annotations).length > 0) log.debug(`annotations: ${JSON.stringify(call.annotations)}`)
  let fingerprint: string
  try {
    const settings = {
      agent: SIGNING_AGENT,
      maxSignatures: plan.maxSignatures,
      allowedRegistries: plan.allowedRegistries
    }
    fingerprint = policyFingerprint(plan.policy.forRepository(repository), settings)
  } catch (error) {
    // No rule for the repository, or `verify: reject`: nothing to ask the registry.
    if (!(error instanceof VerificationError)) throw error
    return verdictOf('rejected', `signet rejected ${digest}: ${errorMessage(error)}`)
  }
  const key = { repository, digest, fingerprint }
  const cache = options.cacheDir === undefined ? undefined : VerdictCache.open(options.cacheDir, log)
  const now = environment.now ?? new Date()
  const kept = cache?.lookup(key, now, options.cacheMaxAgeMs)
  if (kept !== undefined) {
    log.info(`Verdict kept since ${kept.checkedAt} under the same policy`)
    return verdictOf('verified', `${kept.reason} (kept since ${kept.checkedAt})`)
  }
  const judgement = await withRunContext(
    { ...registry, dockerConfig: options.dockerConfig },
    { ...environment, now },
    context => judgePull(call, plan, context)
  )
  if (judgement.verdict === 'verified') cache?.record(key, judgement.reason, now)
  return verdictOf(judgement.verdict, judgement.reason)
}

function verdictOf(verdict: Verdict, reason: string): NodeVerdict {
  const exitCode = { verified: EXIT.OK, rejected: EXIT.FAILED, error: EXIT.INCOMPLETE }[verdict]
  return { verdict, reason: oneLine(reason), exitCode }
}
