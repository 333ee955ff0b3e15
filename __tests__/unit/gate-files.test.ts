/**
 * The gates' globs (gate/files.ts): what @actions/glob matched with followSymbolicLinks and
 * matchDirectories off, which Signet used before its own walker. Each expected list below is what
 * @actions/glob 0.7 returned for the same tree and lines.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { findFiles, gateFiles } from '../../src/gate/files.js'
import { InputError } from '../../src/util/errors.js'

async function tree(root: string, files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.join(root, path.dirname(file)), { recursive: true })
    await writeFile(path.join(root, file), 'FROM alpine:3.20\n')
  }
}

describe('findFiles: the cases the gates have always documented', () => {
  let root: string

  beforeAll(async () => {
    // '[' in the root checks that the root is matched literally, not as a glob character class.
    root = await mkdtemp(path.join(os.tmpdir(), 'signet-dockerfiles-[x]-'))
    const files = [
      'Dockerfile',
      'services/api/Dockerfile',
      'services/api/Dockerfile.dev',
      'services/web/Containerfile',
      'services/web/README.md',
      'vendor/lib/Dockerfile',
      'docs/Dockerfile.md'
    ]
    await tree(root, files)
    // A directory named like a Dockerfile is not a file, and a symlinked tree is not followed.
    await mkdir(path.join(root, 'services', 'Dockerfile.d'), { recursive: true })
    await symlink(path.join(root, 'vendor'), path.join(root, 'services', 'linked'))
  })

  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  test('multiline globs with an exclusion, relative to root, sorted, files only', async () => {
    expect(await findFiles(['**/Dockerfile*', '**/Containerfile', '!vendor/**', '!**/*.md'], root)).toEqual([
      'Dockerfile',
      'services/api/Dockerfile',
      'services/api/Dockerfile.dev',
      'services/web/Containerfile'
    ])
  })

  test('without the exclusion, vendored Dockerfiles are found too', async () => {
    expect(await findFiles(['**/Dockerfile'], root)).toEqual([
      'Dockerfile',
      'services/api/Dockerfile',
      'vendor/lib/Dockerfile'
    ])
  })

  test('a relative root is taken from the working directory', async () => {
    expect(await findFiles(['services/*/Dockerfile'], path.relative(process.cwd(), root))).toEqual([
      'services/api/Dockerfile'
    ])
  })

  test('root defaults to the working directory', async () => {
    const cwd = process.cwd()
    process.chdir(path.join(root, 'services'))
    try {
      expect(await findFiles(['*/Dockerfile'])).toEqual(['api/Dockerfile'])
    } finally {
      process.chdir(cwd)
    }
  })

  test('no match and blank or comment lines give an empty list', async () => {
    expect(await findFiles(['**/Nothing*'], root)).toEqual([])
    expect(await findFiles(['', '  ', '# a comment'], root)).toEqual([])
  })
})

describe('findFiles: the rules of a glob line', () => {
  let root: string

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'signet-globs-'))
    await tree(root, [
      'Dockerfile',
      '.github/Dockerfile',
      'services/api/Dockerfile',
      'services/api/.env',
      'services/web/Containerfile',
      'docs/api',
      '(a|b)',
      'a',
      '{a,b}',
      '*star',
      'xstar'
    ])
    await symlink(path.join(root, 'Dockerfile'), path.join(root, 'services', 'Dockerfile.link'))
  })

  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  test.each([
    [
      'a later line includes again what an earlier one excluded',
      ['**/Dockerfile', '!services/**', 'services/api/Dockerfile'],
      ['.github/Dockerfile', 'Dockerfile', 'services/api/Dockerfile']
    ],
    [
      'dot directories and dotfiles match',
      ['**/.env', '.github/*'],
      ['.github/Dockerfile', 'services/api/.env']
    ],
    [
      'a directory stands for every file below it',
      ['services/api'],
      ['services/api/.env', 'services/api/Dockerfile']
    ],
    [
      'a trailing slash matches only below a directory',
      ['services/web/', 'docs/api/'],
      ['services/web/Containerfile']
    ],
    ['without it, a file of that name', ['docs/api'], ['docs/api']],
    ["'X/**' matches a file named X too", ['docs/api/**'], ['docs/api']],
    [
      'an exclusion with a trailing slash leaves a file of that name',
      ['docs/**', '!docs/api/'],
      ['docs/api']
    ],
    ['parentheses and braces are literal', ['(a|b)', '{a,b}'], ['(a|b)', '{a,b}']],
    ["'\\*' is a literal star", ['\\*star'], ['*star']],
    ['[*] is a literal star', ['[*]star'], ['*star']],
    ['* is any name', ['*star'], ['*star', 'xstar']],
    [
      'a link matching a pattern is listed, never followed',
      ['services/*'],
      [
        'services/Dockerfile.link',
        'services/api/.env',
        'services/api/Dockerfile',
        'services/web/Containerfile'
      ]
    ],
    ["'.' and '..' are resolved", ['./services/../Dockerfile'], ['Dockerfile']],
    [
      'a path through a file matches nothing (@actions/glob threw ENOTDIR)',
      ['Dockerfile/x', 'docs/api/*'],
      []
    ],
    ['blank and comment lines and doubled negations', ['  ', '# Dockerfile', '!!Dockerfile'], ['Dockerfile']]
  ])('%s', async (_rule, lines, expected) => {
    expect(await findFiles(lines, root)).toEqual(expected)
  })

  test('an absolute pattern, and a pattern above the root, give paths relative to the root', async () => {
    expect(await findFiles([path.join(root, 'services/*/Dockerfile')], root)).toEqual([
      'services/api/Dockerfile'
    ])
    expect(await findFiles(['../Dockerfile'], path.join(root, 'services'))).toEqual(['../Dockerfile'])
  })

  test('gateFiles: lines that match nothing are an input error naming the input; changed files narrow', async () => {
    const options = { root, what: 'Dockerfile', example: '**/Dockerfile*' }
    await expect(gateFiles('dockerfiles', ['**/Nothing'], options)).rejects.toThrow(InputError)
    await expect(gateFiles('dockerfiles', ['**/Nothing'], options)).rejects.toThrow(
      /No Dockerfile under .* matches 'dockerfiles' \(\*\*\/Nothing\): check the globs, e\.g\. '\*\*\/Dockerfile\*'/
    )
    expect(
      await gateFiles('dockerfiles', ['**/Dockerfile'], {
        ...options,
        changedFiles: ['services/api/Dockerfile']
      })
    ).toEqual(['services/api/Dockerfile'])
  })
})
