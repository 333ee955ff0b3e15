/**
 * The CLI's one parser (cli/argv.ts) over the real command table: positional references, bare on-off
 * flags, `=` values, short flags, `--`, and the errors that name the flag or argument.
 */
import { parseArgv } from '../../src/cli/argv.js'
import { COMMANDS, commandsWithFlag } from '../../src/cli/commands.js'
import type { Command } from '../../src/cli/command.js'

function command(name: string): Command {
  const found = COMMANDS.find(candidate => candidate.name === name)
  if (found === undefined) throw new Error(`no command ${name}`)
  return found
}

function parse(name: string, ...argv: string[]) {
  const parsed = parseArgv(argv, command(name), commandsWithFlag)
  return {
    values: Object.fromEntries(parsed.values),
    args: Object.fromEntries(parsed.args),
    problem: parsed.problem?.message
  }
}

describe('positional arguments', () => {
  test('verify IMAGE… are lines of --image, in command-line order with the flag', () => {
    expect(parse('verify', 'a.io/x:1', '--image', 'a.io/y:1', 'a.io/z:1')).toEqual({
      values: { image: ['a.io/x:1', 'a.io/y:1', 'a.io/z:1'] },
      args: {},
      problem: undefined
    })
  })

  test('sign IMAGE is --image; the same reference both ways is one', () => {
    expect(parse('sign', 'a.io/x:1').values).toEqual({ image: ['a.io/x:1'] })
    expect(parse('sign', 'a.io/x:1', '--image', 'a.io/x:1').values).toEqual({ image: ['a.io/x:1'] })
  })

  test('sign with two different references, or two arguments, is an error naming them', () => {
    expect(parse('sign', 'a.io/x:1', '--image', 'a.io/y:1').problem).toBe(
      "The IMAGE argument 'a.io/x:1' and '--image a.io/y:1' differ: give one. See 'signet sign --help'."
    )
    expect(parse('sign', 'a.io/x:1', 'a.io/y:1').problem).toBe(
      "Unexpected argument 'a.io/y:1': expected 'signet sign [IMAGE]'. See 'signet sign --help'."
    )
  })

  test('cert generate-test DIR: the argument by name; missing, it is named', () => {
    expect(parse('cert generate-test', 'pki', '--days', '30')).toEqual({
      values: { days: ['30'] },
      args: { DIR: ['pki'] },
      problem: undefined
    })
    expect(parse('cert generate-test', '--days', '30').problem).toBe(
      "Missing argument DIR: expected 'signet cert generate-test DIR'. See 'signet cert generate-test --help'."
    )
  })

  test('a command without arguments refuses one; a choice argument refuses other values', () => {
    expect(parse('verify-envelope', 'sig.jws').problem).toMatch(
      /^Unexpected argument 'sig\.jws': 'signet verify-envelope' takes only flags/
    )
    expect(parse('completion', 'fish').problem).toBe(
      "Unexpected SHELL 'fish': expected 'bash' or 'zsh'. See 'signet completion --help'."
    )
  })

  test("after '--' everything is an argument, even what looks like a flag", () => {
    expect(parse('verify', '--', '--json').values).toEqual({ image: ['--json'] })
  })
})

describe('on-off flags', () => {
  test('bare is on, and never takes the next flag as its value', () => {
    expect(parse('verify', '--verify-layers', '--insecure-registries', 'h:5000', '--json').values).toEqual({
      'verify-layers': ['true'],
      'insecure-registries': ['h:5000'],
      json: ['true']
    })
  })

  test.each([
    [['--verify-layers=false'], ['false']],
    [['--verify-layers', 'false'], ['false']],
    [['--verify-layers', 'True'], ['True']],
    [['--verify-layers=false', '--verify-layers'], ['true']]
  ])('%j: an input takes =VALUE or a following true/false, the last one counts', (argv, expected) => {
    expect(parse('verify', ...argv).values['verify-layers']).toEqual(expected)
  })

  test("an input's other value is left to the input check; a following argument that is no boolean is an IMAGE", () => {
    expect(parse('verify', '--verify-layers=sometimes').values['verify-layers']).toEqual(['sometimes'])
    expect(parse('verify', '--verify-layers', 'a.io/x:1').values).toEqual({
      'verify-layers': ['true'],
      image: ['a.io/x:1']
    })
  })

  test("the CLI's own switches take =true|false only", () => {
    expect(parse('verify', '--json=false', '--debug=TRUE').values).toEqual({
      json: ['false'],
      debug: ['true']
    })
    expect(parse('verify', '--json=yes').problem).toBe(
      "Flag '--json' is on or off: '--json' alone or '--json=true|false', not 'yes'. See 'signet verify --help'."
    )
    // A switch never takes the next word: 'true' here is an image.
    expect(parse('verify', '--json', 'true').values).toEqual({ json: ['true'], image: ['true'] })
  })
})

describe('values and short flags', () => {
  test.each([[['--output', 'json']], [['--output=json']], [['-o', 'json']], [['-o=json']], [['-ojson']]])(
    '%j is the output format',
    argv => {
      expect(parse('verify', ...argv).values).toEqual({ output: ['json'] })
    }
  )

  test('-o takes text or json only; -h and -v are help and version', () => {
    expect(parse('verify', '-o', 'yaml').problem).toBe(
      "Flag '-o' takes 'text' or 'json', not 'yaml'. See 'signet verify --help'."
    )
    expect(parse('cert generate-test', '-h', '-v').values).toEqual({ help: ['true'], version: ['true'] })
  })

  test("a value flag takes the next argument whatever it looks like (PEM starts with '-')", () => {
    expect(parse('verify', '--trust-roots', '-----BEGIN CERTIFICATE-----').values).toEqual({
      'trust-roots': ['-----BEGIN CERTIFICATE-----']
    })
  })

  test('rules from-trust-policy keeps --output FILE (a rules file), and has no -o', () => {
    expect(parse('rules from-trust-policy', '--output', 'rules.yml').values).toEqual({
      output: ['rules.yml']
    })
    expect(parse('rules from-trust-policy', '-o', 'json').problem).toMatch(
      /^Unknown flag '-o' for 'signet rules from-trust-policy'\./
    )
  })

  test('unknown flags: a long one is suggested or pointed to its command, a short one named', () => {
    expect(parse('verify', '--trust-rootz', 'x').problem).toMatch(/Did you mean '--trust-roots'\?/)
    expect(parse('sign', '--scenario', 'x').problem).toMatch(/it belongs to 'signet verify'/)
    expect(parse('verify', '-x').problem).toBe(
      "Unknown flag '-x' for 'signet verify'. See 'signet verify --help'."
    )
    expect(parse('verify', '-hx').problem).toMatch(/^Unknown flag '-hx'/)
  })
})
