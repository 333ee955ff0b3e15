/**
 * Rules applied to inputs: a rule's `sign:` fields become the raw values of the sign inputs (validated by
 * inputs/ exactly as if given directly), and its `verify:` fields become the trust inputs of the images
 * it matches. Explicit key inputs win over a rule's `sign:`; an error in a value that came from a rule
 * names the rule's file, line and field instead of the input.
 */
import { Inputs, type InputName } from '../inputs/contract.js'
import type { InputSource } from '../inputs/input-values.js'
import { readMode } from '../inputs/mode.js'
import type { ModeInputs } from '../inputs/read-inputs.js'
import { readSignInputs, type SignInputs } from '../inputs/sign-inputs.js'
import {
  readVerifyInputs,
  readVerifyTrust,
  type TrustInputs,
  type VerifyInputs
} from '../inputs/verify-inputs.js'
import {
  certificatesInput,
  trustedIdentitiesInput,
  trustPolicyInput,
  trustRootsInput,
  tsaRootsInput
} from '../inputs/trust-inputs.js'
import type { SignerInputs } from '../inputs/signer-inputs.js'
import { simplePolicy, type TrustPolicy } from '../trust/policy.js'
import { otherSigners } from './accepted-signers.js'
import { InputError, VerificationError } from '../util/errors.js'
import type { Log } from '../util/log.js'
import {
  loadRules,
  matchRule,
  ruleError,
  ruleName,
  type Rule,
  type RuleField,
  type RulesFile
} from './rules.js'

/**
 * The trust inputs as one policy: simple roots + identities, notation's trustpolicy.json + store, or the
 * rules file (each image gets its matching rule's trust), with the other accepted signers (cosign keys,
 * Sigstore identities, `signers` items) and `require` beside the Notary roots.
 */
export function policyOf(trust: TrustInputs, accepted?: SignerInputs): TrustPolicy {
  const notary = notaryPolicyOf(trust)
  if (accepted === undefined) return notary
  const signers = otherSigners(accepted)
  if (signers.length === 0 && accepted.require.kind === 'any') return notary
  return {
    forRepository: repository => ({
      ...notary.forRepository(repository),
      signers,
      require: accepted.require
    })
  }
}

function notaryPolicyOf(trust: TrustInputs): TrustPolicy {
  if (trust.kind === 'policy') return trustPolicyInput(trust.trustPolicy, trust.trustStore)
  if (trust.kind === 'rules') return rulesPolicy(loadRules(trust.rules))
  // No Notary roots: a statement that only names the policy; the other signers decide.
  if (trust.kind === 'none') return simplePolicy([], [], { name: 'accepted signers' })
  return simplePolicy(
    trustRootsInput(trust.trustRoots, 'trust-roots'),
    trustedIdentitiesInput(trust.trustedIdentities, 'trusted-identities'),
    {
      tsaRoots:
        trust.timestampRoots === undefined
          ? undefined
          : tsaRootsInput(certificatesInput(trust.timestampRoots, 'timestamp-roots'), 'timestamp-roots'),
      revocation: trust.revocation
    }
  )
}

/** Inputs that choose the signing key: when any is given explicitly, rules choose no key. */
const KEY_INPUTS = ['signing-key', 'signing-plugin', 'signing-key-id']

/** The `rules` input, parsed once per run (content or a path); undefined without one. */
export function readRules(source: InputSource, log?: Log): RulesFile | undefined {
  const value = source.get(Inputs.Rules)
  if (value === '') return undefined
  const rules = loadRules(value)
  log?.debug(`Rules read from ${rules.origin}: ${rules.rules.length} rules`)
  return rules
}

/**
 * The inputs of either mode, with the `rules` input applied: in sign mode the rule matching `image`
 * supplies the key inputs not given; in verify mode every rule's trust is checked now, before any
 * network use, and verify picks the trust per image later (TrustInputs kind 'rules').
 */
export function readInputsWithRules(source: InputSource, rules = readRules(source)): ModeInputs {
  return readMode(source) === 'verify'
    ? readVerifyInputsWithRules(source, rules)
    : readSignInputsWithRules(source, rules)
}

/** The verify inputs; with rules, every rule's trust inputs are read (and refused) before anything else. */
export function readVerifyInputsWithRules(source: InputSource, rules: RulesFile | undefined): VerifyInputs {
  if (rules !== undefined) for (const rule of rules.rules) trustOfRule(rules, rule)
  return readVerifyInputs(source)
}

/** The sign inputs; the rule that signs `image` supplies the key inputs the step left empty. */
export function readSignInputsWithRules(source: InputSource, rules: RulesFile | undefined): SignInputs {
  const image = source.get(Inputs.Image)
  if (rules === undefined || image === '' || explicitKey(source)) return readSignInputs(source)
  return readWithRule(source, rules, signRuleFor(rules, image), readSignInputs)
}

/** True when the step names its key itself: then rules choose no key for it. */
export function explicitKey(source: InputSource): boolean {
  return KEY_INPUTS.some(name => isInput(name) && source.get(name as InputName) !== '')
}

/** The rule that signs `registry/repository` (a reference is reduced to it); an InputError when none. */
export function signRuleFor(rules: RulesFile, repository: string): Rule {
  const name = repository.replace(/@.*$/, '').replace(/:[^/:]*$/, '')
  const rule = matchRule(rules, name, 'sign')
  if (rule === undefined) {
    throw new InputError(
      Inputs.Rules,
      `No rule in ${rules.origin} with 'sign:' matches ${name}, and no 'signing-key' was given: add a rule for it or give the key inputs.`
    )
  }
  return rule
}

/**
 * Reads inputs through `read` with the rule's fields filling the inputs the step left empty. An input
 * error about a value the rule supplied is re-worded to name the rule's file, line and field.
 */
export function readWithRule<T>(
  source: InputSource,
  rules: RulesFile,
  rule: Rule,
  read: (source: InputSource) => T
): T {
  const fields = new Map<string, RuleField>((rule.sign ?? []).map(field => [field.input, field]))
  const overlay: InputSource = {
    get: name => source.get(name) || fields.get(name)?.value || ''
  }
  try {
    return read(overlay)
  } catch (error) {
    throw ruleInputError(source, rules, rule, error)
  }
}

/**
 * An InputError about an input whose value came from the rule's `sign:` (the step left it empty), as an
 * error naming the rule's file, line and field; any other error as it is.
 */
export function ruleInputError(source: InputSource, rules: RulesFile, rule: Rule, error: unknown): unknown {
  if (!(error instanceof InputError)) return error
  const field = rule.sign?.find(candidate => candidate.input === error.input)
  if (field === undefined || source.get(field.input) !== '') return error
  return ruleError(rules.origin, field.line, `rules[${rule.index}].sign.${field.field}`, error.message)
}

/**
 * Each rule's trust as read: the inputs are checked rule by rule before anything else
 * (readVerifyInputsWithRules), and the policy takes the same reading (rulesPolicy) instead of reading
 * every key, root and signer list a second time.
 */
const rulesTrust = new WeakMap<Rule, { trust: TrustInputs; signers: SignerInputs }>()

/** A rule's trust inputs and accepted signers, read by inputs/ from the rule's `verify:` fields. */
function trustOfRule(
  rules: RulesFile,
  rule: Rule
): { trust: TrustInputs; signers: SignerInputs } | undefined {
  if (rule.verify === undefined || rule.verify === 'reject') return undefined
  const known = rulesTrust.get(rule)
  if (known !== undefined) return known
  const fields = new Map<string, RuleField>(rule.verify.map(field => [field.input, field]))
  try {
    const trust = readVerifyTrust({ get: name => fields.get(name)?.value ?? '' })
    rulesTrust.set(rule, trust)
    return trust
  } catch (error) {
    throw verifyFieldError(rules, rule, error)
  }
}

/** An InputError about one of the rule's trust inputs, naming the line and field that gave it. */
function verifyFieldError(rules: RulesFile, rule: Rule, error: unknown): unknown {
  if (!(error instanceof InputError)) return error
  const fields = rule.verify === 'reject' ? undefined : rule.verify
  const field = fields?.find(candidate => candidate.input === error.input)
  return ruleError(
    rules.origin,
    field?.line ?? rule.line,
    `rules[${rule.index}].verify${field ? `.${field.field}` : ''}`,
    error.message
  )
}

/**
 * The trust policy the rules describe: each image gets the trust of the most specific rule with a
 * `verify:` that matches its `registry/repository`; `verify: reject` and no matching rule reject it.
 * Each rule's trust inputs become a policy as the step's own would (policyOf), so every trust input
 * works in a rule too. Every rule is loaded now, so a bad certificate fails before any image.
 */
export function rulesPolicy(rules: RulesFile): TrustPolicy {
  const policies = new Map<Rule, TrustPolicy>()
  for (const rule of rules.rules) {
    const trust = trustOfRule(rules, rule)
    if (trust === undefined) continue
    try {
      policies.set(rule, policyOf(trust.trust, trust.signers))
    } catch (error) {
      throw verifyFieldError(rules, rule, error)
    }
  }
  return {
    forRepository(repository) {
      const rule = matchRule(rules, repository, 'verify')
      if (rule === undefined)
        throw new VerificationError(`no rule in ${rules.origin} with 'verify:' matches ${repository}`)
      const name = ruleName(rules, rule)
      const policy = policies.get(rule)
      if (policy === undefined) throw new VerificationError(`rejected by rule ${name} (verify: reject)`)
      return { ...policy.forRepository(repository), name }
    }
  }
}

function isInput(name: string): boolean {
  return (Object.values(Inputs) as string[]).includes(name)
}
