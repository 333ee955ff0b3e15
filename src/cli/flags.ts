/**
 * Flags: what a command accepts, and the argv parser. The input flags of `sign` and `verify` are the
 * contract's inputs of that mode, described by action-docs.ts (generated from action.yml), so flags,
 * action inputs, sub-actions and the README never disagree.
 *
 * The parser is Signet's own because node:util parseArgs refuses a value that starts with `-`
 * (`--signing-key "$(cat key.pem)"`: PEM starts with `-----`). Here the argument after a value flag is
 * always its value, as docker, git and notation take it.
 */
import {
  INPUT_DEFAULTS,
  INPUT_MODES,
  Inputs,
  OUTPUT_MODES,
  SECRET_INPUTS,
  secretEnvName,
  type InputName,
  type Mode,
  type OutputName
} from '../inputs/contract.js'
import { InputError } from '../util/errors.js'
import { ACTION_DOCS } from './action-docs.js'

export interface FlagSpec {
  name: string
  /** Takes a value (`--name VALUE` or `--name=VALUE`); repeated, the values make a multi-line input. */
  value: boolean
  description: string
  default?: string
}

export interface ParsedFlags {
  values: Map<string, string[]>
  switches: Set<string>
  /** The first misuse found; reported after `--help` and `--version` had their chance. */
  problem?: InputError
}

/** Accepted by every command. */
export const COMMON_FLAGS: FlagSpec[] = [
  { name: 'json', value: false, description: 'Print the result (or the error) as JSON on stdout.' },
  { name: 'debug', value: false, description: 'Log debug details to stderr.' },
  { name: 'help', value: false, description: 'Show this help (also -h).' },
  { name: 'version', value: false, description: 'Print the version.' }
]

/** Reads the registry password from stdin, as `docker login --password-stdin` does. */
export const PASSWORD_STDIN: FlagSpec = {
  name: 'password-stdin',
  value: false,
  description: `Read the registry password from stdin (instead of --${Inputs.Password}).`
}

/** The inputs or outputs of `mode`, each with its description for that mode. */
export function modeDocs(kind: 'inputs' | 'outputs', mode: Mode): { name: string; description: string }[] {
  const modesOf = (name: string): readonly Mode[] =>
    kind === 'inputs' ? (INPUT_MODES[name as InputName] ?? []) : (OUTPUT_MODES[name as OutputName] ?? [])
  return ACTION_DOCS[kind]
    .filter(doc => modesOf(doc.name).includes(mode))
    .map(doc => ({
      name: doc.name,
      description: typeof doc.description === 'string' ? doc.description : (doc.description[mode] ?? '')
    }))
}

/**
 * The flags of a mode: its inputs (the contract's INPUT_MODES and INPUT_DEFAULTS, as readInputs applies
 * them), described as the sub-action describes them, with where a secret may come from instead.
 */
export function inputFlags(mode: Mode, names?: readonly InputName[]): FlagSpec[] {
  const descriptions = new Map(modeDocs('inputs', mode).map(doc => [doc.name, doc.description]))
  return Object.values(Inputs)
    .filter(name => INPUT_MODES[name].includes(mode) && (names === undefined || names.includes(name)))
    .map(name => {
      const description = descriptions.get(name) ?? ''
      return {
        name,
        value: true,
        description: SECRET_INPUTS.includes(name)
          ? `${description}\nOr set ${secretEnvName(name)} (kept out of ps and shell history).`
          : description,
        default: INPUT_DEFAULTS[name]
      }
    })
}

/**
 * Parses `args` against `accepted`. A flag that is not accepted is reported with the commands it
 * belongs to (`belongsTo`), so `sign --scenario` says that `--scenario` is a verify flag.
 */
export function parseFlags(
  args: string[],
  accepted: FlagSpec[],
  command: string,
  belongsTo: (flag: string) => string[]
): ParsedFlags {
  const parsed: ParsedFlags = { values: new Map(), switches: new Set() }
  const specs = new Map(accepted.map(spec => [spec.name, spec]))
  const seeHelp = `See 'signet ${command} --help'.`
  const problem = (flag: string, message: string) => {
    parsed.problem ??= new InputError(flag, `${message} ${seeHelp}`)
  }
  for (let at = 0; at < args.length; at++) {
    const arg = args[at]
    if (arg === '-h') {
      parsed.switches.add('help')
      continue
    }
    if (!arg.startsWith('--') || arg === '--') {
      problem('flags', `Unexpected argument '${arg}': 'signet ${command}' takes only flags (--name value).`)
      continue
    }
    const equals = arg.indexOf('=')
    const name = arg.slice(2, equals < 0 ? undefined : equals)
    const spec = specs.get(name)
    if (spec === undefined) {
      const owners = belongsTo(name)
      problem(
        name,
        owners.length > 0
          ? `Flag '--${name}' does not apply to 'signet ${command}': it belongs to ${owners.map(owner => `'signet ${owner}'`).join(' and ')}.`
          : `Unknown flag '--${name}' for 'signet ${command}'.${suggestion(name, [...specs.keys()])}`
      )
      continue
    }
    if (!spec.value) {
      if (equals >= 0) problem(name, `Flag '--${name}' takes no value.`)
      parsed.switches.add(name)
      continue
    }
    let value: string
    if (equals >= 0) {
      value = arg.slice(equals + 1)
    } else if (at + 1 < args.length) {
      value = args[++at]
    } else {
      problem(name, `Flag '--${name}' needs a value.`)
      continue
    }
    parsed.values.set(name, [...(parsed.values.get(name) ?? []), value])
  }
  return parsed
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
