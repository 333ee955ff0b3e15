/**
 * The CLI's commands, one entry each: a new command is a module exporting a `Command` (command.ts) and
 * one line in COMMANDS. main.ts finds the command, parses its arguments and flags (argv.ts), answers
 * `--help` and `--version`, fills secrets from the environment, runs it and turns errors into exit codes.
 */
import { certGenerateTestCommand } from './cert.js'
import type { Command } from './command.js'
import { completionCommand } from './completion.js'
import { containerdVerifierCommand, containerdVerifierInstallCommand } from './containerd-verifier.js'
import { helpCommand } from './help.js'
import { signCommand, verifyCommand, verifyEnvelopeCommand } from './mode-commands.js'
import { reportMergeCommand } from './report.js'
import { rulesFromTrustPolicyCommand } from './rules.js'

export const COMMANDS: readonly Command[] = [
  signCommand,
  verifyCommand,
  verifyEnvelopeCommand,
  rulesFromTrustPolicyCommand,
  reportMergeCommand,
  certGenerateTestCommand,
  containerdVerifierCommand,
  containerdVerifierInstallCommand,
  completionCommand(() => COMMANDS),
  helpCommand(() => COMMANDS)
]

/** The command `argv` starts with (the longest name that matches), and the arguments after it. */
export function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  const matches = COMMANDS.filter(command => {
    const words = command.name.split(' ')
    return words.every((word, at) => argv[at] === word)
  }).sort((a, b) => b.name.length - a.name.length)
  const command = matches[0]
  return command && { command, rest: argv.slice(command.name.split(' ').length) }
}

/** The commands of a group (`cert`, `rules`): those whose name starts with its word. */
export function groupCommands(group: string): Command[] {
  return COMMANDS.filter(command => command.name.startsWith(`${group} `))
}

/** The commands that accept `--flag`, for an error that points the user to the right one. */
export function commandsWithFlag(flag: string): string[] {
  return COMMANDS.filter(command => command.flags.some(spec => spec.name === flag)).map(
    command => command.name
  )
}
