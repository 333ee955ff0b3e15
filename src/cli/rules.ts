/**
 * `signet rules from-trust-policy --trust-policy FILE --trust-store DIR [--output FILE]`: writes the rules
 * file equivalent to a notation trust policy (stdout unless --output). Exit 0, or 2 on bad input.
 */
import { writeFileSync } from 'node:fs'
import { EXIT, InputError } from '../util/errors.js'
import type { Command } from './command.js'

export const rulesFromTrustPolicyCommand: Command = {
  name: 'rules from-trust-policy',
  summary: 'convert a notation trustpolicy.json + trust store into a rules file',
  flags: [
    { name: 'trust-policy', value: true, description: 'A notation `trustpolicy.json` (path).' },
    {
      name: 'trust-store',
      value: true,
      description: 'Its notation trust store directory (`x509/ca/<name>/*.pem|crt`).'
    },
    { name: 'output', value: true, description: 'Write the rules file here instead of stdout.' }
  ],
  details:
    "The rules file (the input 'rules') gives every repository the decision the trust policy gives it.",
  async run({ flags, io }) {
    const [policy] = flags.values.get('trust-policy') ?? []
    const [store] = flags.values.get('trust-store') ?? []
    if (policy === undefined || store === undefined) {
      const missing = policy === undefined ? 'trust-policy' : 'trust-store'
      throw new InputError(
        missing,
        `Missing flag '--${missing}': 'signet rules from-trust-policy' needs --trust-policy FILE and --trust-store DIR.`
      )
    }
    const { rulesFromTrustPolicy } = await import('../rules/from-trust-policy.js')
    const yaml = rulesFromTrustPolicy(policy, store, policy)
    const [output] = flags.values.get('output') ?? []
    if (output === undefined) io.stdout(yaml)
    else writeFileSync(output, yaml)
    return EXIT.OK
  }
}
