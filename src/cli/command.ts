/**
 * What a CLI command is: its words, its positional arguments and flags (one table that the parser, the
 * help and the shell completion all read), and what it is given when it runs. Types only, so that every
 * command module and the registry (commands.ts) can import them without importing each other.
 */
import type { InputError } from '../util/errors.js'
import type { Log } from '../util/log.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  /** All of stdin (for `--password-stdin`); absent when the caller has none to give. */
  readStdin?: () => Promise<string>
  /** stderr is a terminal this wide: progress redraws one status line there (unless NO_COLOR is set). */
  terminal?: { columns: number }
  /** The command that runs this CLI, Node and its script: for a launcher that runs it again. */
  self?: [node: string, script: string]
}

export interface FlagSpec {
  name: string
  /**
   * true: takes a value (`--name VALUE` or `--name=VALUE`); repeated, the values make a multi-line input.
   * false: on or off: `--name` alone is on, `--name=true` / `--name=false` set it.
   */
  value: boolean
  description: string
  default?: string
  /** A one-letter spelling: `-o json` for `--output json`. */
  short?: string
  /**
   * Also spelled with one dash, `-name VALUE` or `-name=VALUE`: the flags containerd passes to an image
   * verifier, as Go's flag package writes them.
   */
  singleDash?: boolean
  /** The only values it takes (checked by the parser, offered by the shell completion). */
  choices?: readonly string[]
  /**
   * An action input. Its value is checked where every input is (inputs/, in the action's words), and an
   * on-off input also takes the value as the next argument, `--verify-layers false`, as it always did.
   */
  input?: boolean
}

/** A positional argument, e.g. `DIR` of `cert generate-test DIR`. */
export interface ArgumentSpec {
  /** As the usage line shows it: `DIR`, `IMAGE`. */
  name: string
  description: string
  /** Takes every remaining argument (`IMAGE…`); otherwise one. */
  repeated?: boolean
  /** May be left out (e.g. the image given by `--image` instead). */
  optional?: boolean
  /** The only values it takes (checked by the parser, offered by the shell completion). */
  choices?: readonly string[]
  /** What the shell completion offers for it (besides `choices`); nothing when absent. */
  completion?: 'files' | 'directories' | 'commands'
  /**
   * The flag this argument is another spelling of: each argument is one more value of that flag, in
   * command-line order. A single argument (not `repeated`) must agree with the flag when both are given.
   */
  flag?: string
}

export interface ParsedFlags {
  /** Values by flag name in command-line order; an on-off flag's is its last setting ('true' / 'false'). */
  values: Map<string, string[]>
  /** Positional arguments by their name (`DIR`), those that are not the spelling of a flag. */
  args: Map<string, string[]>
  /** The first misuse found; reported after `--help` and `--version` had their chance. */
  problem?: InputError
}

export interface CommandContext {
  flags: ParsedFlags
  io: CliIo
  /** `--json` or `--output json`: print the result as JSON. */
  json: boolean
  log: Log
}

export interface Command {
  /** The words after `signet`: `verify`, or `cert generate-test` for a command of a group. */
  name: string
  /** One line, for `signet --help`. */
  summary: string
  /** Its positional arguments, in order. None: the command takes flags only. */
  args?: ArgumentSpec[]
  /** The flags it accepts besides the common ones (--json, --output, --debug, --help, --version). */
  flags: FlagSpec[]
  /** Help text after the flags: outputs, examples. */
  details?: string
  /**
   * Errors go to stdout too (one line): containerd shows a verifier's stdout, not its stderr, as the
   * reason a pull was blocked.
   */
  errorsToStdout?: boolean
  /** Runs the command; returns the exit code (errors thrown are turned into one by main). */
  run(context: CommandContext): Promise<number>
}
