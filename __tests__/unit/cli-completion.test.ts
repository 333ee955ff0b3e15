/**
 * `signet completion bash|zsh`: the scripts are loaded into the real shells and asked what they
 * complete, as the shell asks on <TAB>; what they offer must be the command table's commands, flags and
 * values, so completion and the parser never disagree.
 */
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { acceptedFlags } from '../../src/cli/argv.js'
import { COMMANDS } from '../../src/cli/commands.js'
import { runMain } from '../helpers/cli-main.js'

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`

async function script(shell: 'bash' | 'zsh'): Promise<string> {
  const { code, stdout, stderr } = await runMain('completion', shell)
  expect([code, stderr]).toEqual([0, ''])
  return stdout
}

/** COMPREPLY for `words` (bash's COMP_WORDS, split at '=' as bash splits them), the cursor in the last. */
function bashComplete(source: string, words: string[], cwd?: string): string[] {
  const program = `${source}
COMP_WORDS=(${words.map(quote).join(' ')}); COMP_CWORD=${words.length - 1}; COMPREPLY=()
_signet
printf '%s\\n' "\${COMPREPLY[@]}"
`
  const run = spawnSync('bash', ['--norc', '--noprofile', '-s'], { input: program, cwd, encoding: 'utf8' })
  expect(run.stderr).toBe('')
  return run.stdout.split('\n').filter(line => line !== '')
}

const spellings = (name: string) =>
  acceptedFlags(COMMANDS.find(command => command.name === name) ?? { flags: [] }).flatMap(flag => [
    ...(flag.short ? [`-${flag.short}`] : []),
    `--${flag.name}`
  ])

describe('bash', () => {
  let bash: string
  let dir: string
  beforeAll(async () => {
    bash = await script('bash')
    dir = await mkdtemp(join(tmpdir(), 'signet-completion-'))
    await writeFile(join(dir, 'root.pem'), '')
    await mkdir(join(dir, 'roots'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  test.each([
    [
      ['signet', 'ver'],
      ['verify', 'verify-envelope']
    ],
    [
      ['signet', 'c'],
      ['cert', 'containerd-verifier', 'completion']
    ],
    [['signet', '--v'], ['--version']],
    [['signet', 'cert', ''], ['generate-test']],
    [['signet', 'rules', 'f'], ['from-trust-policy']],
    [['signet', 'verify', '--trust-r'], ['--trust-roots']],
    [['signet', 'verify', '--verify-l'], ['--verify-layers']],
    [['signet', 'sign', '--verify-l'], []],
    [
      ['signet', 'verify', '-o', ''],
      ['text', 'json']
    ],
    [['signet', 'verify', '--output', '=', 'j'], ['json']],
    [
      ['signet', 'sign', '--dry-run', '=', ''],
      ['true', 'false']
    ],
    [
      ['signet', 'completion', ''],
      ['bash', 'zsh']
    ],
    [
      ['signet', 'help', 'c'],
      ['cert', 'containerd-verifier', 'completion']
    ],
    [['signet', 'verify', 'ghcr.io/'], []]
  ])('%j completes to %j', (words, expected) => {
    expect(bashComplete(bash, words)).toEqual(expected)
  })

  test('a value flag completes file names; DIR completes directories', () => {
    expect(bashComplete(bash, ['signet', 'verify', '--trust-roots', 'ro'], dir).sort()).toEqual([
      'root.pem',
      'roots'
    ])
    expect(bashComplete(bash, ['signet', 'cert', 'generate-test', 'ro'], dir)).toEqual(['roots'])
  })

  test.each(COMMANDS.map(command => command.name))(
    "'signet %s -' offers every flag the parser accepts",
    name => {
      const offered = bashComplete(bash, ['signet', ...name.split(' '), '-'])
      expect(offered.sort()).toEqual(spellings(name).sort())
    }
  )
})

describe('zsh', () => {
  const zshPresent = spawnSync('zsh', ['--version']).status === 0
  // zsh is not on every machine: the script's text is checked everywhere, its behaviour where zsh runs.
  const withZsh = zshPresent ? test : test.skip

  test('the script declares every command and every flag of each', async () => {
    const zsh = await script('zsh')
    expect(zsh).toMatch(/^#compdef signet\n/)
    for (const command of COMMANDS) {
      expect(zsh).toContain(`    ${quote(command.name)})\n      _arguments`)
      for (const flag of spellings(command.name)) expect(zsh).toContain(flag)
    }
  })

  /** What _signet hands to _describe / _arguments for `words` (stubs print their arguments). */
  function zshComplete(source: string, words: string[]): string[] {
    const program = `
compdef() { : }
_describe() { local name=\${@[-1]}; print -rl -- \${(P)name} }
_arguments() { print -rl -- "$@" }
_files() { : }
${source}
words=(${words.map(quote).join(' ')}); CURRENT=${words.length}
_signet
`
    const run = spawnSync('zsh', ['-f', '-s'], { input: program, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    return run.stdout.split('\n').filter(line => line !== '')
  }

  withZsh('the script parses, and offers commands, subcommands, flags and arguments', async () => {
    const zsh = await script('zsh')
    expect(spawnSync('zsh', ['-n', '-f', '-s'], { input: zsh, encoding: 'utf8' }).status).toBe(0)
    expect(zshComplete(zsh, ['signet', ''])).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^verify:verify signature/),
        expect.stringMatching(/^cert:/)
      ])
    )
    expect(zshComplete(zsh, ['signet', 'cert', ''])).toEqual([
      expect.stringMatching(/^generate-test:write a throwaway/)
    ])
    const verify = zshComplete(zsh, ['signet', 'verify', '--'])
    expect(verify).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^\*--trust-roots=\[PEM bundle of trusted root certificates .*\]:trust-roots:_files$/
        ),
        '--verify-layers=-[Fetch and re-hash every manifest, config and layer reached.]::on or off:(true false)',
        '(-o --output)-o+[Print the result as text (the default) or as JSON (the same as --json).]:output:(text json)',
        '*:image: '
      ])
    )
    expect(verify.some(spec => spec.includes('--signing-key'))).toBe(false)
    expect(zshComplete(zsh, ['signet', 'cert', 'generate-test', ''])).toContain(':dir:_files -/')
    expect(zshComplete(zsh, ['signet', 'completion', ''])).toContain(':shell:(bash zsh)')
  })
})
