/**
 * Folder cli/: the CLI face. Owns commands, flags (= input names), help and exit codes.
 * May import: run/, report/, sign/, rules/, gate/, store/, verify/, inputs/, trust/, oci/, util/. Never action/.
 *
 * The CLI face: `signet <command> [arguments] [--<flag> value]…`. The commands are in commands.ts; every
 * flag of sign and verify is the action input of the same name, a flag given several times makes a
 * multi-line input. Logs go to stderr, results to stdout (`--json` or `-o json` for machines). Exit
 * codes: util/errors.ts EXIT.
 */
import { SECRET_INPUTS, secretEnvName, SIGNING_AGENT } from '../inputs/contract.js'
import type { InputSource } from '../inputs/input-values.js'
import { withoutSecrets } from '../inputs/secrets.js'
import { jsonLine, oneLine } from '../util/sanitize.js'
import { errorMessage, EXIT, InputError, SignetError } from '../util/errors.js'
import type { Log } from '../util/log.js'
import { acceptedFlags, argumentsUsage, isOn, parseArgv } from './argv.js'
import type { CliIo, ParsedFlags } from './command.js'
import { COMMANDS, commandsWithFlag, findCommand, groupCommands } from './commands.js'
import { OUTPUT_FORMAT } from './flags.js'
import { commandHelp, groupHelp, unknownCommand, usage } from './help.js'
import { resolveSecrets } from './secrets.js'

export async function main(argv: string[], terminal: CliIo): Promise<number> {
  // No secret input's value is ever printed, whatever message quotes it (inputs/secrets.ts).
  const secrets: InputSource[] = [secretValues(argv, terminal.env)]
  const cut = (text: string) => secrets.reduce((shown, source) => withoutSecrets(shown, source), text)
  const io: CliIo = {
    ...terminal,
    stdout: text => terminal.stdout(cut(text)),
    stderr: text => terminal.stderr(cut(text))
  }
  // Until the flags are parsed, a rough look: errors before then are JSON too when JSON was asked for.
  let json = asksForJson(argv)
  const found = findCommand(argv)
  try {
    if (found === undefined) return topLevel(argv, io)
    const { command, rest } = found
    const flags = parseArgv(rest, command, commandsWithFlag)
    if (isOn(flags, 'version')) {
      io.stdout(`${SIGNING_AGENT}\n`)
      return EXIT.OK
    }
    if (isOn(flags, 'help')) {
      io.stdout(commandHelp(command))
      return EXIT.OK
    }
    if (flags.problem) throw flags.problem
    json = printsJson(flags, acceptedFlags(command).includes(OUTPUT_FORMAT))
    const log = cliLog(io, isOn(flags, 'debug') || io.env.RUNNER_DEBUG === '1')
    await resolveSecrets(
      flags,
      command.flags.map(flag => flag.name),
      {
        env: io.env,
        readStdin: io.readStdin ?? (async () => ''),
        warn: log.warning
      }
    )
    // What resolveSecrets read (a password from stdin) is a flag value now: cut from output as well.
    secrets.push({ get: name => (flags.values.get(name) ?? []).join('\n') })
    return await command.run({ flags, io, json, log })
  } catch (error) {
    const code = error instanceof SignetError ? error.exitCode : EXIT.FAILED
    if (json)
      io.stdout(
        `${jsonLine({ error: errorMessage(error), code: error instanceof SignetError ? error.code : 'INTERNAL' })}\n`
      )
    io.stderr(`signet: ${oneLine(errorMessage(error))}\n`)
    if (found?.command.errorsToStdout && !json) io.stdout(`signet: ${oneLine(errorMessage(error))}\n`)
    return code
  }
}

/**
 * No command matched: `--version` and `--help` anywhere still answer; a group's word alone (`signet
 * cert`) lists its commands; otherwise usage or an error naming the choices.
 */
function topLevel(argv: string[], io: CliIo): number {
  if (argv.some(arg => ['--version', '-v', '--version=true'].includes(arg))) {
    io.stdout(`${SIGNING_AGENT}\n`)
    return EXIT.OK
  }
  const [first, second] = argv
  const help = argv.some(arg => ['--help', '-h', '--help=true'].includes(arg))
  if (first === undefined || (help && first.startsWith('-'))) {
    io.stdout(usage(COMMANDS))
    return first === undefined ? EXIT.BAD_INPUT : EXIT.OK
  }
  if (first.startsWith('-')) {
    const names = COMMANDS.map(command => command.name).join(', ')
    throw new InputError('command', `Expected a command before '${first}', one of: ${names} (see --help).`)
  }
  // `signet rules to-trust-policy`: a known group, an unknown command of it.
  const group = groupCommands(first)
  if (group.length === 0) throw unknownCommand(first, COMMANDS)
  if (help) {
    io.stdout(groupHelp(first, COMMANDS))
    return EXIT.OK
  }
  const expected = group.map(
    command => `'signet ${[command.name, argumentsUsage(command.args)].join(' ').trim()}'`
  )
  const which =
    second === undefined || second.startsWith('-')
      ? `Missing ${first} command`
      : `Unknown ${first} command '${second}'`
  throw new InputError('command', `${which}. Expected ${expected.join(' or ')} (see 'signet help ${first}').`)
}

/** `--json` or `--output json` (when the command has that flag: `rules` writes a file with --output). */
function printsJson(flags: ParsedFlags, hasFormat: boolean): boolean {
  const json = isOn(flags, 'json')
  const output = hasFormat ? flags.values.get(OUTPUT_FORMAT.name)?.at(-1) : undefined
  if (json && output === 'text')
    throw new InputError('output', "Flags '--json' and '--output text' disagree: give one of them.")
  return json || output === 'json'
}

function asksForJson(argv: string[]): boolean {
  return argv.some(
    (arg, at) =>
      arg === '--json' ||
      arg === '--json=true' ||
      /^(--output=|-o=?)json$/.test(arg) ||
      ((arg === '--output' || arg === '-o') && argv[at + 1] === 'json')
  )
}

/**
 * The values of the secret inputs wherever they may come from: a flag (`--name value`, `--name=value`,
 * read before any parsing can fail) or the environment (SIGNET_<NAME>).
 */
function secretValues(argv: string[], env: NodeJS.ProcessEnv): InputSource {
  const values = new Map<string, string[]>()
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== '') values.set(name, [...(values.get(name) ?? []), value])
  }
  for (const name of SECRET_INPUTS) add(name, env[secretEnvName(name)])
  argv.forEach((arg, index) => {
    if (!arg.startsWith('--')) return
    const equals = arg.indexOf('=')
    const name = arg.slice(2, equals < 0 ? undefined : equals)
    if ((SECRET_INPUTS as readonly string[]).includes(name))
      add(name, equals < 0 ? argv[index + 1] : arg.slice(equals + 1))
  })
  return { get: name => (values.get(name) ?? []).join('\n') }
}

function cliLog(io: CliIo, debug: boolean): Log {
  let depth = 0
  // A status line is redrawn with a carriage return and an erase-line code: only on a terminal, and
  // not with NO_COLOR (https://no-color.org), where progress comes as plain lines like in a log.
  const redraw = io.terminal !== undefined && (io.env.NO_COLOR ?? '') === ''
  const columns = io.terminal?.columns ?? 80
  let statusShown = false
  const clearStatus = (): void => {
    if (statusShown) io.stderr('\r\x1b[K')
    statusShown = false
  }
  const write = (text: string): void => {
    clearStatus()
    io.stderr(`${'  '.repeat(depth)}${oneLine(text)}\n`)
  }
  return {
    info: write,
    warning: message => write(`warning: ${message}`),
    debug: message => (debug ? write(`debug: ${message}`) : undefined),
    group: async (title, body) => {
      write(`== ${title}`)
      depth++
      try {
        return await body()
      } finally {
        depth--
      }
    },
    ...(redraw && {
      status: (line: string) => {
        clearStatus()
        if (line === '') return
        // Kept within one row: a wrapped line cannot be erased by one carriage return.
        io.stderr(`${'  '.repeat(depth)}${line}`.slice(0, Math.max(columns - 1, 20)))
        statusShown = true
      }
    })
  }
}
