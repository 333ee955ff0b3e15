/**
 * The readers every mode's inputs share: where raw values come from (InputSource), the registry inputs,
 * and the small readers of one value each (required, optional, lines, booleans, numbers, shard, token,
 * paths, patterns). Each error names the input and the expected form.
 */
import { statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { INPUT_DEFAULTS, Inputs, type InputName } from './contract.js'
import { readPemInput } from './content-or-path.js'
import type { Shard } from '../util/shard.js'
import { InputError } from '../util/errors.js'

/** Where raw input values come from: `@actions/core` for the action, parsed flags for the CLI. */
export interface InputSource {
  /** The trimmed value, or '' when not given. */
  get(name: InputName): string
}

export interface RegistryInputs {
  username?: string
  password?: string
  insecureRegistries: string[]
  /** PEM content of the extra CA bundle. */
  registryCa?: string
  /**
   * docker's config.json to take credentials from instead of `$DOCKER_CONFIG/config.json` or
   * `~/.docker/config.json` (the node gate names the node's own; no action input sets it).
   */
  dockerConfig?: string
}

export const ANNOTATION_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/
const HOST_PORT_PATTERN = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/
const TOKEN_PATTERN = /^\S+$/

export function readRegistryInputs(source: InputSource): RegistryInputs {
  const username = optional(source, Inputs.Username)
  const password = optional(source, Inputs.Password)
  if ((username === undefined) !== (password === undefined)) {
    const missing = username === undefined ? Inputs.Username : Inputs.Password
    throw new InputError(missing, `Missing input '${missing}': 'username' and 'password' go together.`)
  }
  const registryCa = optional(source, Inputs.RegistryCa)
  return {
    username,
    password,
    insecureRegistries: readInsecureRegistries(source),
    registryCa: registryCa === undefined ? undefined : readPemInput(registryCa, Inputs.RegistryCa)
  }
}

/** The `insecure-registries` lines, each a host[:port]. */
export function readInsecureRegistries(source: InputSource): string[] {
  return lines(source, Inputs.InsecureRegistries).map(host =>
    checkPattern(host, HOST_PORT_PATTERN, Inputs.InsecureRegistries, 'host:port, e.g. 127.0.0.1:5000')
  )
}

export function readAnnotationKey(source: InputSource): string {
  const key = source.get(Inputs.ScenarioAnnotation) || (INPUT_DEFAULTS[Inputs.ScenarioAnnotation] as string)
  return checkPattern(
    key,
    ANNOTATION_KEY_PATTERN,
    Inputs.ScenarioAnnotation,
    'an annotation key, e.g. dev.signet.scenario'
  )
}

export function readBoolean(source: InputSource, name: InputName): boolean {
  const value = source.get(name) || INPUT_DEFAULTS[name] || 'false'
  // The same spellings as core.getBooleanInput (YAML 1.2 core schema), but anything else is an error.
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(name, `Invalid input '${name}': '${value}'. Expected 'true' or 'false'.`)
}

/** `shard: I/N`, 1 ≤ I ≤ N: one matrix job's share of a sweep or of the images to verify. */
export function readShard(source: InputSource): Shard | undefined {
  const value = source.get(Inputs.Shard)
  if (value === '') return undefined
  const match = /^([1-9][0-9]{0,3})\/([1-9][0-9]{0,3})$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (match === null || index > count) {
    throw new InputError(
      Inputs.Shard,
      `Invalid input '${Inputs.Shard}': '${value}'. Expected I/N with 1 ≤ I ≤ N, e.g. 1/4 (from a matrix: \${{ matrix.shard }}/4).`
    )
  }
  return { index, count }
}

export function readPositiveInteger(source: InputSource, name: InputName): number {
  const value = source.get(name) || (INPUT_DEFAULTS[name] as string)
  if (!/^[1-9][0-9]{0,5}$/.test(value)) {
    throw new InputError(
      name,
      `Invalid input '${name}': '${value}'. Expected a whole number from 1 to 999999.`
    )
  }
  return Number(value)
}

export function required(source: InputSource, name: InputName, expected: string): string {
  const value = source.get(name)
  if (value === '') throw new InputError(name, `Missing input '${name}': expected ${expected}.`)
  return value
}

export function optional(source: InputSource, name: InputName): string | undefined {
  const value = source.get(name)
  return value === '' ? undefined : value
}

/** Non-empty, trimmed lines; `#` starts a comment line. */
export function lines(source: InputSource, name: InputName, fallback?: string): string[] {
  const value = source.get(name) || fallback || ''
  return value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
}

/** A token is one word; the error never repeats the value, which is a secret. */
export function readToken(token: string | undefined): string | undefined {
  if (token !== undefined && !TOKEN_PATTERN.test(token)) {
    throw new InputError(
      Inputs.GithubToken,
      "Invalid input 'github-token': expected a single token without spaces or line breaks."
    )
  }
  return token
}

/** A path Signet will create: its parent directory must exist, so a typo fails before any network use. */
export function optionalPath(source: InputSource, name: InputName): string | undefined {
  const value = optional(source, name)
  if (value === undefined) return undefined
  const parent = dirname(resolve(value))
  if (!statSync(parent, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(
      name,
      `Invalid input '${name}': '${value}': its parent directory ${parent} does not exist.`
    )
  }
  return value
}

export function checkPattern(value: string, pattern: RegExp, name: InputName, expected: string): string {
  if (!pattern.test(value))
    throw new InputError(name, `Invalid value in '${name}': '${value}'. Expected ${expected}.`)
  return value
}

export function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator)
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)]
}
