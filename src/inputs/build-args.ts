/** The `build-args` input: Dockerfile ARG values for the PR gate, one KEY=value a line. */
import { InputError } from '../util/errors.js'

const BUILD_ARGS_INPUT = 'build-args'
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Parses 'KEY=value' lines. Values may contain '='; the error names the line, never a value (it may be a secret). */
export function parseBuildArgs(
  lines: string[],
  input: string = BUILD_ARGS_INPUT,
  names: { pattern: RegExp; expected: string } = { pattern: ARG_NAME, expected: "letters, digits and '_'" }
): Record<string, string> {
  const args: Record<string, string> = {}
  lines.forEach((line, index) => {
    const equals = line.indexOf('=')
    if (equals === -1) {
      throw new InputError(
        input,
        `Invalid line ${index + 1} in '${input}': no '='. Expected KEY=value, a line each.`
      )
    }
    const key = line.slice(0, equals).trim()
    if (!names.pattern.test(key)) {
      throw new InputError(
        input,
        `Invalid name '${key}' on line ${index + 1} of '${input}'. Expected KEY=value with KEY made of ${names.expected}.`
      )
    }
    if (Object.hasOwn(args, key)) {
      throw new InputError(
        input,
        `'${key}' is set twice in '${input}' (line ${index + 1}): keep one line per name.`
      )
    }
    args[key] = line.slice(equals + 1)
  })
  return args
}
