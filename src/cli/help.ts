/** `signet --help` and `signet <command> --help`: commands, flags with descriptions and defaults, exit codes. */
import { SECRET_INPUTS, secretEnvName } from '../inputs/contract.js'
import { COMMANDS, type Command } from './commands.js'
import { COMMON_FLAGS, type FlagSpec } from './flags.js'

export const EXIT_STATUS = `Exit status:
  0  success: signed, or every image verified
  1  rejected: verification failed, or the operation failed on what it was given
  2  bad input: a flag is missing or malformed (the message names it and the fix)
  3  could not complete: registry unreachable, DNS, TLS, authentication or server errors (after retries)`

/** `cert generate-test DIR` takes a positional argument, so it has its own parser (cert.ts), not a Command. */
const CERT_SUMMARY = {
  name: 'cert generate-test DIR',
  summary: 'write a throwaway root, intermediate, code-signing leaf and key to DIR (not for production)'
}

export function usage(): string {
  const listed = [...COMMANDS, CERT_SUMMARY]
  const width = Math.max(...listed.map(command => command.name.length)) + 3
  return `Usage: signet <command> [--<flag> <value>]… [--json] [--debug]

Commands:
${listed.map(command => `  ${command.name.padEnd(width)}${command.summary}`).join('\n')}

Run 'signet <command> --help' for its flags. Each flag of sign and verify is the action input of the same
name; repeat a flag for a multi-line input. Secrets are best kept off the command line: set
  ${SECRET_INPUTS.map(secretEnvName).join(', ')}
or pipe the registry password into --password-stdin.

${EXIT_STATUS}
`
}

export function commandHelp(command: Command): string {
  return `Usage: signet ${command.name} [flags]

${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.

Flags:
${command.flags.map(flagHelp).join('\n')}
${COMMON_FLAGS.map(flagHelp).join('\n')}
${command.details ? `\n${command.details}\n` : ''}
${EXIT_STATUS}
`
}

function flagHelp(flag: FlagSpec): string {
  const head = `  --${flag.name}${flag.value ? ' VALUE' : ''}${flag.default === undefined ? '' : `  (default: ${flag.default})`}`
  const body = flag.description
    .split('\n')
    .map(line => `      ${line}`)
    .join('\n')
  return `${head}\n${body}`
}
