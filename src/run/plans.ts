/** Plans built from inputs: parsed values (policies, certificates, keys) the engines decide with. */
import type { VerifyInputs } from '../inputs/verify-inputs.js'
import { policyOf, rulesPolicy } from '../rules/apply.js'
import type { RulesFile } from '../rules/rules.js'
import type { VerifyPlan } from '../verify/plan.js'

/** The verify plan of the inputs; with a rules file, its policy (each rule's trust loaded once). */
export function verifyPlanOf(inputs: VerifyInputs, rules: RulesFile | undefined): VerifyPlan {
  return {
    policy: rules === undefined ? policyOf(inputs.trust, inputs.signers) : rulesPolicy(rules),
    selection: { scenario: inputs.scenario, platform: inputs.platform },
    scenarioAnnotation: inputs.scenarioAnnotation,
    verifyLayers: inputs.verifyLayers,
    maxSignatures: inputs.maxSignatures,
    allowedRegistries: inputs.allowedRegistries
  }
}
