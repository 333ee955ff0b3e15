/**
 * The one argv parser of every command: the command's flags (and the common ones) and its positional
 * arguments, from its table in command.ts form.
 * - `--name VALUE`, `--name=VALUE`, `-o VALUE`, `-o=VALUE`, `-oVALUE`; a repeated value flag adds a line.
 * - A flag declared `singleDash` is also `-name VALUE` and `-name=VALUE`, as Go's flag package spells it
 *   (containerd calls its image verifiers so).
 * - On-off flags: `--name` alone is on, `--name=true|false` sets it. An on-off action input also takes
 *   `--name true|false` (its spelling before it could stand alone); any other next argument is never
 *   its value, so `--verify-layers --insecure-registries H` reads as it looks.
 * - `--` ends the flags. Arguments are the command's, in order; one that spells a flag (verify's IMAGE
 *   is `--image`) becomes a value of that flag, so both spellings add up.
 *
 * Signet's own because node:util parseArgs refuses a value that starts with `-` (`--signing-key
 * "$(cat key.pem)"`: PEM starts with `-----`). Here the argument after a value flag is always its
 * value, as docker, git and notation take it.
 */
import { InputError } from '../util/errors.js'
import type { ArgumentSpec, Command, FlagSpec, ParsedFlags } from './command.js'
import { COMMON_FLAGS } from './flags.js'

/** The words an on-off flag takes as its value (those the action's boolean inputs take). */
const ON_OFF_WORDS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE']

type Declared = Pick<Command, 'name' | 'args' | 'flags'>

/** The flags `command` accepts: its own, then the common ones it does not replace. */
export function acceptedFlags(command: Pick<Command, 'flags'>): FlagSpec[] {
  const own = new Set(command.flags.map(flag => flag.name))
  return [...command.flags, ...COMMON_FLAGS.filter(flag => !own.has(flag.name))]
}

/** Whether an on-off flag is on. */
export function isOn(flags: ParsedFlags, name: string): boolean {
  return flags.values.get(name)?.[0] === 'true'
}

/** The arguments as a usage line writes them: `DIR`, `[IMAGE]`, `[IMAGE…]`, `bash|zsh`. */
export function argumentsUsage(args: readonly ArgumentSpec[] = []): string {
  return args
    .map(arg => {
      const word = `${arg.choices?.join('|') ?? arg.name}${arg.repeated ? '…' : ''}`
      return arg.optional ? `[${word}]` : word
    })
    .join(' ')
}

/**
 * Parses `argv` (what follows the command's words). A flag the command does not accept is reported with
 * the commands it belongs to (`belongsTo`), so `sign --scenario` says that `--scenario` is a verify flag.
 */
export function parseArgv(
  argv: string[],
  command: Declared,
  belongsTo: (flag: string) => string[]
): ParsedFlags {
  const parsed: ParsedFlags = { values: new Map(), args: new Map() }
  const accepted = acceptedFlags(command)
  const byName = new Map(accepted.map(spec => [spec.name, spec]))
  const byShort = new Map(accepted.flatMap(spec => (spec.short ? [[spec.short, spec] as const] : [])))
  const problem = (name: string, message: string): void => {
    parsed.problem ??= new InputError(name, `${message} See 'signet ${command.name} --help'.`)
  }
  const argument = argumentPlacer(command, parsed, problem)
  let flagsEnded = false
  for (let at = 0; at < argv.length; at++) {
    const arg = argv[at]
    if (flagsEnded || arg === '-' || !arg.startsWith('-')) {
      argument.place(arg)
      continue
    }
    if (arg === '--') {
      flagsEnded = true
      continue
    }
    const flag = splitFlag(arg, byName, byShort)
    if (flag.spec === undefined) {
      problem(flag.name, unknownFlag(flag.spelled, flag.name, command, [...byName.keys()], belongsTo))
      continue
    }
    const { spec, spelled } = flag
    let value = flag.value
    if (spec.value) {
      if (value === undefined && at + 1 < argv.length) value = argv[++at]
      if (value === undefined) {
        problem(spec.name, `Flag '${spelled}' needs a value.`)
      } else if (spec.choices && !spec.choices.includes(value)) {
        problem(spec.name, `Flag '${spelled}' takes ${orList(spec.choices)}, not '${value}'.`)
      } else {
        parsed.values.set(spec.name, [...(parsed.values.get(spec.name) ?? []), value])
      }
      continue
    }
    if (value === undefined && spec.input && ON_OFF_WORDS.includes(argv[at + 1])) value = argv[++at]
    if (value === undefined || spec.input) {
      // An input's value is checked with every other input (inputs/), in the action's words.
      parsed.values.set(spec.name, [value ?? 'true'])
    } else if (ON_OFF_WORDS.includes(value)) {
      parsed.values.set(spec.name, [value.toLowerCase()])
    } else {
      problem(
        spec.name,
        `Flag '${spelled}' is on or off: '${spelled}' alone or '${spelled}=true|false', not '${value}'.`
      )
    }
  }
  argument.finish()
  return parsed
}

/**
 * `--name=value`, `--name`, `-name[=value]` (a `singleDash` flag), `-o value`, `-o=value`, `-ovalue` as
 * the flag, its spelling and inline value.
 */
function splitFlag(
  arg: string,
  byName: Map<string, FlagSpec>,
  byShort: Map<string, FlagSpec>
): { name: string; spelled: string; spec?: FlagSpec; value?: string } {
  if (arg.startsWith('--')) {
    const equals = arg.indexOf('=')
    const name = arg.slice(2, equals < 0 ? undefined : equals)
    return {
      name,
      spelled: `--${name}`,
      spec: byName.get(name),
      value: equals < 0 ? undefined : arg.slice(equals + 1)
    }
  }
  const equals = arg.indexOf('=')
  const long = byName.get(arg.slice(1, equals < 0 ? undefined : equals))
  if (long?.singleDash && long.name.length > 1)
    return {
      name: long.name,
      spelled: `-${long.name}`,
      spec: long,
      value: equals < 0 ? undefined : arg.slice(equals + 1)
    }
  const spec = byShort.get(arg[1])
  const attached = arg.slice(2)
  const value = attached === '' ? undefined : attached.startsWith('=') ? attached.slice(1) : attached
  // `-hx` is no spelling of `-h`: only a value flag takes an attached value without '='.
  if (spec === undefined || (!spec.value && value !== undefined && !attached.startsWith('=')))
    return { name: arg.slice(1), spelled: arg }
  return { name: spec.name, spelled: `-${arg[1]}`, spec, value }
}

function unknownFlag(
  spelled: string,
  name: string,
  command: Declared,
  accepted: string[],
  belongsTo: (flag: string) => string[]
): string {
  const owners = spelled.startsWith('--') ? belongsTo(name) : []
  return owners.length > 0
    ? `Flag '${spelled}' does not apply to 'signet ${command.name}': it belongs to ${owners.map(owner => `'signet ${owner}'`).join(' and ')}.`
    : `Unknown flag '${spelled}' for 'signet ${command.name}'.${spelled.startsWith('--') ? suggestion(name, accepted) : ''}`
}

/**
 * Places positional arguments onto the command's declared ones, in order (a `repeated` one takes the
 * rest). One that spells a flag becomes a value of it, in command-line order; a single one must agree
 * with the flag, if that is given too.
 */
function argumentPlacer(
  command: Declared,
  parsed: ParsedFlags,
  problem: (name: string, message: string) => void
): { place(value: string): void; finish(): void } {
  const specs = command.args ?? []
  const usage = `'signet ${[command.name, argumentsUsage(specs)].join(' ').trim()}'`
  const append = (map: Map<string, string[]>, key: string, value: string) =>
    map.set(key, [...(map.get(key) ?? []), value])
  const given: { spec: ArgumentSpec; value: string }[] = []
  return {
    place(value) {
      const index = given.length
      const spec = specs[Math.min(index, specs.length - 1)]
      if (spec === undefined || (index >= specs.length && !spec.repeated)) {
        problem(
          'arguments',
          specs.length === 0
            ? `Unexpected argument '${value}': 'signet ${command.name}' takes only flags (--name value).`
            : `Unexpected argument '${value}': expected ${usage}.`
        )
        return
      }
      given.push({ spec, value })
      if (spec.choices && !spec.choices.includes(value))
        problem(
          spec.name.toLowerCase(),
          `Unexpected ${spec.name} '${value}': expected ${orList(spec.choices)}.`
        )
      else if (spec.flag === undefined) append(parsed.args, spec.name, value)
      else if (spec.repeated) append(parsed.values, spec.flag, value)
    },
    finish() {
      for (const { spec, value } of given) {
        if (spec.flag === undefined || spec.repeated) continue
        // One value, two spellings: `sign IMG --image IMG` is fine, two different images are not.
        const other = parsed.values.get(spec.flag)?.find(flagged => flagged !== value)
        if (other === undefined) parsed.values.set(spec.flag, [value])
        else
          problem(
            spec.flag,
            `The ${spec.name} argument '${value}' and '--${spec.flag} ${other}' differ: give one.`
          )
      }
      for (const spec of specs) {
        const present =
          given.some(arg => arg.spec === spec) || (spec.flag !== undefined && parsed.values.has(spec.flag))
        if (!spec.optional && !present)
          problem(spec.name.toLowerCase(), `Missing argument ${spec.name}: expected ${usage}.`)
      }
    }
  }
}

function orList(choices: readonly string[]): string {
  const quoted = choices.map(choice => `'${choice}'`)
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`
}

/** ` Did you mean '--trust-roots'?` for a flag within two edits of an accepted one, else ''. */
function suggestion(name: string, accepted: string[]): string {
  const [best] = accepted
    .map(candidate => ({ candidate, distance: editDistance(name, candidate) }))
    .filter(({ distance }) => distance <= 2)
    .sort((a, b) => a.distance - b.distance)
  return best === undefined ? '' : ` Did you mean '--${best.candidate}'?`
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
    previous = current
  }
  return previous[b.length]
}
