/**
 * The CLI's commands, one entry each: a new command is a module exporting a `Command` and one line in
 * COMMANDS. main.ts finds the command, parses its flags, answers `--help` and `--version`, fills secrets
 * from the environment, runs it and turns errors into exit codes.
 */
import type { Log } from '../util/log.js'
import type { FlagSpec, ParsedFlags } from './flags.js'
import { signCommand, verifyCommand, verifyEnvelopeCommand } from './mode-commands.js'
import { rulesFromTrustPolicyCommand } from './rules.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  /** All of stdin (for `--password-stdin`); absent when the caller has none to give. */
  readStdin?: () => Promise<string>
  /** stderr is a terminal this wide: progress redraws one status line there (unless NO_COLOR is set). */
  terminal?: { columns: number }
}

export interface CommandContext {
  flags: ParsedFlags
  io: CliIo
  json: boolean
  log: Log
}

export interface Command {
  /** The words after `signet`: `verify`, or `cert generate-test` for a command with a subcommand. */
  name: string
  /** One line, for `signet --help`. */
  summary: string
  /** The flags it accepts besides the common ones (--json, --debug, --help, --version). */
  flags: FlagSpec[]
  /** Help text after the flags: outputs, examples. */
  details?: string
  /** Runs the command; returns the exit code (errors thrown are turned into one by main). */
  run(context: CommandContext): Promise<number>
}

export const COMMANDS: Command[] = [
  signCommand,
  verifyCommand,
  verifyEnvelopeCommand,
  rulesFromTrustPolicyCommand
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

/** The commands that accept `--flag`, for an error that points the user to the right one. */
export function commandsWithFlag(flag: string): string[] {
  return COMMANDS.filter(command => command.flags.some(spec => spec.name === flag)).map(
    command => command.name
  )
}
