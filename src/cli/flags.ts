/**
 * Flags: what a command accepts (argv.ts parses them). The input flags of `sign` and `verify` are the
 * contract's inputs of that mode, described by action-docs.ts (generated from action.yml), so flags,
 * action inputs, sub-actions and the README never disagree.
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
import { ACTION_DOCS } from './action-docs.js'
import type { ArgumentSpec, FlagSpec } from './command.js'

/** `-o json|text`, as notation and cosign spell it. */
export const OUTPUT_FORMAT: FlagSpec = {
  name: 'output',
  short: 'o',
  value: true,
  choices: ['text', 'json'],
  description: 'Print the result as text (the default) or as JSON (the same as --json).'
}

/** Accepted by every command (a command's own flag of the same name replaces one). */
export const COMMON_FLAGS: FlagSpec[] = [
  { name: 'json', value: false, description: 'Print the result (or the error) as JSON on stdout.' },
  OUTPUT_FORMAT,
  { name: 'debug', value: false, description: 'Log debug details to stderr.' },
  { name: 'help', short: 'h', value: false, description: 'Show this help.' },
  { name: 'version', short: 'v', value: false, description: 'Print the version.' }
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
 * them), described as the sub-action describes them, with where a secret may come from instead. An
 * input whose default is 'true' or 'false' is an on-off flag.
 */
export function inputFlags(mode: Mode, names?: readonly InputName[]): FlagSpec[] {
  const descriptions = new Map(modeDocs('inputs', mode).map(doc => [doc.name, doc.description]))
  return Object.values(Inputs)
    .filter(name => INPUT_MODES[name].includes(mode) && (names === undefined || names.includes(name)))
    .map(name => {
      const description = descriptions.get(name) ?? ''
      const fallback = INPUT_DEFAULTS[name]
      return {
        name,
        value: fallback !== 'true' && fallback !== 'false',
        input: true,
        description: SECRET_INPUTS.includes(name)
          ? `${description}\nOr set ${secretEnvName(name)} (kept out of ps and shell history).`
          : description,
        default: fallback
      }
    })
}

/**
 * The image as positional arguments, `signet sign IMAGE` and `signet verify IMAGE…` as every peer takes
 * a reference: another spelling of `--image` (for verify, each argument one more line of it).
 */
export function imageArgument(mode: Mode): ArgumentSpec {
  const description = modeDocs('inputs', mode).find(doc => doc.name === Inputs.Image)?.description ?? ''
  return { name: 'IMAGE', description, optional: true, repeated: mode === 'verify', flag: Inputs.Image }
}
