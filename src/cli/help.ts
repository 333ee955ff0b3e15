/**
 * The help texts: `signet --help` (every command), `signet help <command>` and `signet <command> --help`
 * (its arguments, flags with descriptions and defaults, exit codes), `signet help <group>` (its commands);
 * and the `help` command itself. All of it read from the command table.
 */
import { SECRET_INPUTS, secretEnvName } from '../inputs/contract.js'
import { EXIT, InputError } from '../util/errors.js'
import { acceptedFlags, argumentsUsage } from './argv.js'
import type { ArgumentSpec, Command, FlagSpec } from './command.js'

export const EXIT_STATUS = `Exit status:
  0  success: signed, or every image verified
  1  rejected: verification failed, or the operation failed on what it was given
  2  bad input: a flag is missing or malformed (the message names it and the fix)
  3  could not complete: registry unreachable, DNS, TLS, authentication or server errors (after retries)`

export function usage(commands: readonly Command[]): string {
  return `Usage: signet <command> [arguments] [--<flag> <value>]… [--json | -o json] [--debug]

Commands:
${commandList(commands, command => command.name)}

Run 'signet help <command>' (or 'signet <command> --help') for its flags. Each flag of sign and verify is
the action input of the same name; repeat a flag for a multi-line input; an on-off flag is on by itself
(--dry-run) or set with =true or =false. Secrets are best kept off the command line: set
  ${SECRET_INPUTS.map(secretEnvName).join(', ')}
or pipe the registry password into --password-stdin. Shell completion: 'signet completion bash|zsh'.

${EXIT_STATUS}
`
}

/** The commands of a group (`cert`, `rules`), for `signet help cert` and `signet cert --help`. */
export function groupHelp(group: string, commands: readonly Command[]): string {
  const members = commands.filter(command => command.name.startsWith(`${group} `))
  return `Usage: signet ${group} <command> [arguments] [flags]

Commands:
${commandList(members, command => command.name.slice(group.length + 1))}

Run 'signet help ${group} <command>' for its arguments and flags.
`
}

export function commandHelp(command: Command): string {
  const args = command.args ?? []
  return `Usage: signet ${[command.name, argumentsUsage(args), '[flags]'].filter(Boolean).join(' ')}

${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.
${args.length > 0 ? `\nArguments:\n${args.map(argumentHelp).join('\n')}\n` : ''}
Flags:
${acceptedFlags(command).map(flagHelp).join('\n')}
${command.details ? `\n${command.details}\n` : ''}
${EXIT_STATUS}
`
}

/**
 * `signet help [COMMAND…]`: the help of a command or of a group, or the general usage. `registry` gives
 * the commands (a function: this command is one of them).
 */
export function helpCommand(registry: () => readonly Command[]): Command {
  return {
    name: 'help',
    summary: "show a command's help: its arguments, flags and exit codes",
    args: [
      {
        name: 'COMMAND',
        description: 'A command (`verify`, `cert generate-test`) or a group of commands (`cert`, `rules`).',
        repeated: true,
        optional: true,
        completion: 'commands'
      }
    ],
    flags: [],
    async run({ flags, io }) {
      const topic = (flags.args.get('COMMAND') ?? []).join(' ')
      const commands = registry()
      const command = commands.find(candidate => candidate.name === topic)
      if (topic === '') io.stdout(usage(commands))
      else if (command !== undefined) io.stdout(commandHelp(command))
      else if (commands.some(candidate => candidate.name.startsWith(`${topic} `)))
        io.stdout(groupHelp(topic, commands))
      else throw unknownCommand(topic, commands)
      return EXIT.OK
    }
  }
}

export function unknownCommand(words: string, commands: readonly Command[]): InputError {
  const names = commands.map(command => command.name).join(', ')
  return new InputError('command', `Unknown command '${words}'. Expected one of: ${names} (see --help).`)
}

/** `  name ARGS   summary` lines, aligned. */
function commandList(commands: readonly Command[], label: (command: Command) => string): string {
  const heads = commands.map(command => [label(command), argumentsUsage(command.args)].join(' ').trim())
  const width = Math.max(...heads.map(head => head.length)) + 3
  return commands.map((command, at) => `  ${heads[at].padEnd(width)}${command.summary}`).join('\n')
}

function argumentHelp(arg: ArgumentSpec): string {
  const spelling =
    arg.flag === undefined
      ? ''
      : `\n      ${arg.repeated ? `Each one more line of --${arg.flag}.` : `The same as --${arg.flag}.`}`
  return `  ${arg.name}${arg.repeated ? '…' : ''}\n      ${arg.description}${spelling}`
}

function flagHelp(flag: FlagSpec): string {
  const value = flag.value ? ` ${flag.choices?.join('|') ?? 'VALUE'}` : flag.input ? '[=true|false]' : ''
  const head = `  ${flag.short ? `-${flag.short}, ` : ''}${flag.singleDash ? `-${flag.name}, ` : ''}--${flag.name}${value}${flag.default === undefined ? '' : `  (default: ${flag.default})`}`
  const body = flag.description
    .split('\n')
    .map(line => `      ${line}`)
    .join('\n')
  return `${head}\n${body}`
}
