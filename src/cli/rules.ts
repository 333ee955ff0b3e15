/**
 * `signet rules from-trust-policy --trust-policy FILE --trust-store DIR [--output FILE]`: writes the rules
 * file equivalent to a notation trust policy (stdout unless --output). Exit 0, or 2 on bad input.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { rulesFromTrustPolicy } from '../rules/from-trust-policy.js'
import { errorMessage, InputError } from '../util/errors.js'

export const RULES_USAGE = `Usage: signet rules from-trust-policy --trust-policy FILE --trust-store DIR [--output FILE]

Converts a notation trustpolicy.json and its trust store into a Signet rules file (the input 'rules').`

export function runRulesCommand(args: string[], io: { stdout: (text: string) => void }): number {
  const [subcommand, ...rest] = args
  if (subcommand !== 'from-trust-policy') {
    throw new InputError('rules', `Unknown rules command '${subcommand ?? ''}'.\n${RULES_USAGE}`)
  }
  let values: Record<string, string | undefined>
  try {
    values = parseArgs({
      args: rest,
      options: {
        'trust-policy': { type: 'string' },
        'trust-store': { type: 'string' },
        output: { type: 'string' }
      },
      strict: true,
      allowPositionals: false
    }).values
  } catch (error) {
    throw new InputError('flags', `${errorMessage(error)}.\n${RULES_USAGE}`)
  }
  const policy = values['trust-policy']
  const store = values['trust-store']
  if (policy === undefined || store === undefined) {
    const missing = policy === undefined ? 'trust-policy' : 'trust-store'
    throw new InputError(missing, `Missing flag '--${missing}'.\n${RULES_USAGE}`)
  }
  const yaml = rulesFromTrustPolicy(policy, store, policy)
  if (values.output === undefined) io.stdout(yaml)
  else writeFileSync(values.output, yaml)
  return 0
}
