/**
 * notation's trustpolicy.json (+ trust store) as a rules file, so the two stay interchangeable: each
 * registry scope becomes a rule matching exactly that repository ('*' becomes "**"), with the statement's
 * CA certificates inline as `trust-roots` and its trusted identities as `identities`. The policy is first
 * validated by trust/'s own loader; what a rules file cannot say (levels other than strict) is refused.
 */
import { stringify } from 'yaml'
import { InputError } from '../util/errors.js'
import { readContentOrPath } from '../inputs/content-or-path.js'
import { trustPolicyInput } from '../inputs/trust-inputs.js'
import { parseRules } from './rules.js'

const POLICY = 'trust-policy'
/** A repository name no scope can be: asks the loaded policy for its '*' statement. */
const UNSCOPED = '\u0000'

interface Statement {
  name: string
  registryScopes: string[]
  trustedIdentities?: string[]
}

export function rulesFromTrustPolicy(policy: string, trustStore: string, origin: string): string {
  const { text } = readContentOrPath(policy, 'json', POLICY)
  const loaded = trustPolicyInput(text, trustStore)
  const statements = (JSON.parse(text) as { trustPolicies: Statement[] }).trustPolicies
  const rules = statements.flatMap(statement =>
    statement.registryScopes.map(scope => {
      const decision = loaded.forRepository(scope === '*' ? UNSCOPED : scope)
      if (decision.level !== 'strict') {
        throw new InputError(
          POLICY,
          `${POLICY}: statement "${statement.name}" has level '${decision.level}'; a rules file verifies strictly: change the level to strict or keep using trust-policy.`
        )
      }
      if (decision.trustRoots.length === 0) {
        throw new InputError(
          POLICY,
          `${POLICY}: statement "${statement.name}" names no 'ca' trust store; a rule needs trust roots.`
        )
      }
      return {
        match: scope === '*' ? '**' : scope,
        verify: {
          'trust-roots': decision.trustRoots.map(cert => cert.toString('pem')).join('\n') + '\n',
          identities: statement.trustedIdentities ?? []
        }
      }
    })
  )
  const yaml = `# Converted from ${origin} by 'signet rules from-trust-policy' (statement order kept; the most\n# specific match applies, as in notation: an exact scope before "**").\n${stringify({ version: 1, rules }, { lineWidth: 0, aliasDuplicateObjects: false })}`
  // What is written must read back: a converter that wrote an invalid rules file would only move the error.
  parseRules(yaml, origin)
  return yaml
}
