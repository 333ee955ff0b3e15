import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseBuildArgs } from '../../src/inputs/build-args.js'
import { baseImagesOf, UnreadableDockerfileError, type BaseImageUse } from '../../src/gate/dockerfile.js'
import { InputError } from '../../src/util/errors.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'dockerfiles')
const DIGEST = `sha256:${'a'.repeat(64)}`

/** image, line, platform and instruction of each use, in order; `file` is checked separately. */
function summary(content: string, buildArgs?: Record<string, string>): Array<Omit<BaseImageUse, 'file'>> {
  return baseImagesOf(content, 'Dockerfile', buildArgs).map(({ file, ...rest }) => {
    expect(file).toBe('Dockerfile')
    return rest
  })
}

function inputErrorOf(action: () => unknown): InputError {
  try {
    action()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected an InputError, nothing was thrown')
}

function unreadableOf(action: () => unknown): UnreadableDockerfileError {
  try {
    action()
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableDockerfileError)
    expect((error as UnreadableDockerfileError).exitCode).toBe(1)
    return error as UnreadableDockerfileError
  }
  throw new Error('expected an UnreadableDockerfileError, nothing was thrown')
}

describe('baseImagesOf', () => {
  test.each<[string, string, Record<string, string> | undefined, string[]]>([
    ['a plain tag', 'FROM alpine:3.20', undefined, ['alpine:3.20']],
    ['a digest', `FROM alpine@${DIGEST}`, undefined, [`alpine@${DIGEST}`]],
    [
      'tag and digest',
      `FROM ghcr.io/acme/base:1.2@${DIGEST}`,
      undefined,
      [`ghcr.io/acme/base:1.2@${DIGEST}`]
    ],
    ['scratch is no image', 'FROM scratch\nCOPY a /a', undefined, []],
    ['ARG default, $VAR form', 'ARG BASE=alpine:3.19\nFROM $BASE', undefined, ['alpine:3.19']],
    ['ARG default, ${VAR} form', 'ARG V=3.19\nFROM alpine:${V}', undefined, ['alpine:3.19']],
    ['build-arg overrides the default', 'ARG V=3.19\nFROM alpine:${V}', { V: '3.20' }, ['alpine:3.20']],
    ['build-arg fills a bare ARG', 'ARG V\nFROM alpine:$V', { V: '3.18' }, ['alpine:3.18']],
    [
      'quoted ARG default',
      'ARG BASE="ghcr.io/acme/base:1.2"\nFROM ${BASE}',
      undefined,
      ['ghcr.io/acme/base:1.2']
    ],
    [
      'ARG default built from an earlier ARG',
      'ARG R=ghcr.io\nARG B=${R}/acme/b:1\nFROM $B',
      undefined,
      ['ghcr.io/acme/b:1']
    ],
    [
      'build-arg reaches ARGs built from it',
      'ARG R=ghcr.io\nARG B=${R}/b:1\nFROM $B',
      { R: 'quay.io' },
      ['quay.io/b:1']
    ],
    [':- takes the default when unset', 'ARG V\nFROM alpine:${V:-3.17}', undefined, ['alpine:3.17']],
    [':- takes the default when empty', 'ARG V=\nFROM alpine:${V:-3.17}', undefined, ['alpine:3.17']],
    [':- keeps a set value', 'ARG V=3.16\nFROM alpine:${V:-3.17}', undefined, ['alpine:3.16']],
    [
      ':- default may hold a variable',
      'ARG D=3.15\nARG V\nFROM alpine:${V:-${D}}',
      undefined,
      ['alpine:3.15']
    ],
    [
      ':+ gives the alternative when set',
      'ARG S=1\nFROM ghcr.io/acme/base${S:+-slim}:1',
      undefined,
      ['ghcr.io/acme/base-slim:1']
    ],
    [
      ':+ gives nothing when unset',
      'ARG S\nFROM ghcr.io/acme/base${S:+-slim}:1',
      undefined,
      ['ghcr.io/acme/base:1']
    ],
    [
      'build-args pin builder ARGs',
      'FROM ghcr.io/acme/base-${TARGETARCH}:1',
      { TARGETARCH: 'arm64' },
      ['ghcr.io/acme/base-arm64:1']
    ],
    [
      'stage references are skipped',
      'FROM node:20 AS deps\nFROM deps AS build\nFROM build',
      undefined,
      ['node:20']
    ],
    ['a stage name is matched in lower case', 'FROM node:20 AS Deps\nFROM deps', undefined, ['node:20']],
    // dockerfile2llb compares FROM's expanded name with the lower-cased stage names exactly.
    [
      'FROM in another case names an image',
      'FROM node:20 AS Deps\nFROM DEPS',
      undefined,
      ['node:20', 'DEPS']
    ],
    [
      'a stage named later is still an image',
      'FROM later\nFROM node:20 AS later',
      undefined,
      ['later', 'node:20']
    ],
    [
      'lowercase keywords',
      'from node:20 as base\nfrom base\ncopy --from=nginx:1.25 / /',
      undefined,
      ['node:20', 'nginx:1.25']
    ],
    [
      'COPY --from: images kept; stage names and indexes skipped',
      'FROM node:20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\nCOPY --from=nginx:1.25 /c /c',
      undefined,
      ['node:20', 'alpine:3.20', 'nginx:1.25']
    ],
    [
      'COPY --from after other flags',
      'FROM alpine:3.20\nCOPY --link --chown=1:1 --from=nginx:1.25 / /',
      undefined,
      ['alpine:3.20', 'nginx:1.25']
    ],
    [
      'COPY --from with a stage ARG inheriting the global value',
      'ARG TOOLS=ghcr.io/acme/tools:2\nFROM alpine:3.20\nARG TOOLS\nCOPY --from=$TOOLS /t /t',
      undefined,
      ['alpine:3.20', 'ghcr.io/acme/tools:2']
    ],
    [
      'COPY --from with a stage ARG default overridden by a build-arg',
      'FROM alpine:3.20\nARG TOOLS=ghcr.io/acme/tools:2\nCOPY --from=${TOOLS} /t /t',
      { TOOLS: 'ghcr.io/acme/tools:3' },
      ['alpine:3.20', 'ghcr.io/acme/tools:3']
    ],
    [
      'stage ARGs do not leak into the next stage',
      'FROM alpine:3.20 AS one\nARG T=ghcr.io/acme/tools:2\nFROM alpine:3.21\nARG T=ghcr.io/acme/tools:9\nCOPY --from=$T / /',
      undefined,
      ['alpine:3.20', 'alpine:3.21', 'ghcr.io/acme/tools:9']
    ]
  ])('%s', (_name, content, buildArgs, images) => {
    expect(summary(content, buildArgs).map(use => use.image)).toEqual(images)
  })

  test.each<[string, string, Record<string, string> | undefined, string | undefined]>([
    [
      '--platform=$BUILDPLATFORM is left to the builder',
      'FROM --platform=$BUILDPLATFORM golang:1.22',
      undefined,
      undefined
    ],
    [
      '${TARGETPLATFORM} is left to the builder',
      'FROM --platform=${TARGETPLATFORM} golang:1.22',
      undefined,
      undefined
    ],
    [
      'a builder ARG with a default is still unknown',
      'FROM --platform=${BUILDPLATFORM:-linux/amd64} golang:1.22',
      undefined,
      undefined
    ],
    ['a literal platform', 'FROM --platform=linux/arm64 golang:1.22', undefined, 'linux/arm64'],
    [
      'a platform from a global ARG',
      'ARG P=linux/arm/v7\nFROM --platform=$P golang:1.22',
      undefined,
      'linux/arm/v7'
    ],
    [
      'a platform pinned by build-args',
      'FROM --platform=$BUILDPLATFORM golang:1.22',
      { BUILDPLATFORM: 'linux/amd64' },
      'linux/amd64'
    ],
    [
      'several platforms are passed through',
      'FROM --platform=linux/amd64,linux/arm64 golang:1.22',
      undefined,
      'linux/amd64,linux/arm64'
    ],
    ['no --platform', 'FROM golang:1.22', undefined, undefined]
  ])('%s', (_name, content, buildArgs, platform) => {
    const [use] = summary(content, buildArgs)
    expect(use.image).toBe('golang:1.22')
    expect(use.platform).toBe(platform)
    expect('platform' in use).toBe(platform !== undefined)
  })

  test('a multi-stage fixture: images, exact lines, platforms and instructions', async () => {
    const content = await readFile(path.join(fixtures, 'multistage.Dockerfile'), 'utf8')
    expect(baseImagesOf(content, 'services/api/Dockerfile', { GO_VERSION: '1.23' })).toEqual([
      {
        file: 'services/api/Dockerfile',
        line: 1,
        image: 'docker/dockerfile:1.7',
        instruction: '# syntax'
      },
      {
        file: 'services/api/Dockerfile',
        line: 6,
        image: 'ghcr.io/acme/golang:1.23',
        instruction: 'FROM'
      },
      {
        file: 'services/api/Dockerfile',
        line: 17,
        image: `gcr.io/distroless/static@sha256:${'1'.repeat(64)}`,
        platform: 'linux/arm64',
        instruction: 'FROM'
      },
      {
        file: 'services/api/Dockerfile',
        line: 21,
        image: 'docker.io/tonistiigi/xx:1.4',
        instruction: 'COPY --from'
      }
    ])
  })

  test('every way a Dockerfile makes BuildKit pull an image is found, on its own line', async () => {
    const content = await readFile(path.join(fixtures, 'buildkit-pulls.Dockerfile'), 'utf8')
    expect(summary(content)).toEqual([
      { line: 1, image: 'ghcr.io/acme/dockerfile-frontend:1.9', instruction: '# syntax' },
      { line: 6, image: 'ghcr.io/acme/base:1', instruction: 'FROM' },
      { line: 8, image: 'ghcr.io/acme/bind:1', instruction: 'RUN --mount' },
      { line: 9, image: 'ghcr.io/acme/cache:1', instruction: 'RUN --mount' },
      { line: 10, image: 'ghcr.io/acme/quoted:1', instruction: 'RUN --mount' },
      { line: 11, image: 'ghcr.io/acme/spaced:1', instruction: 'RUN --mount' },
      { line: 12, image: 'ghcr.io/acme/continued:1', instruction: 'RUN --mount' },
      { line: 15, image: 'ghcr.io/acme/tools:2', instruction: 'RUN --mount' },
      { line: 16, image: 'ghcr.io/acme/copy-spaced:1', instruction: 'COPY --from' },
      { line: 17, image: 'ghcr.io/acme/onbuild-copy:1', instruction: 'ONBUILD COPY --from' },
      { line: 18, image: 'ghcr.io/acme/onbuild-run:1', instruction: 'ONBUILD RUN --mount' },
      { line: 19, image: 'ghcr.io/acme/tools:2', instruction: 'ONBUILD RUN --mount' }
    ])
    // A build-arg reaches the ARG behind both $TOOLS forms.
    const images = summary(content, { TOOLS: 'ghcr.io/acme/tools:3' }).map(use => use.image)
    expect(images.filter(image => image.startsWith('ghcr.io/acme/tools'))).toEqual([
      'ghcr.io/acme/tools:3',
      'ghcr.io/acme/tools:3'
    ])
  })

  test('look-alikes are not images: stage names and indexes, mounts without from=, command text, late comments', async () => {
    const content = await readFile(path.join(fixtures, 'buildkit-negative.Dockerfile'), 'utf8')
    expect(summary(content)).toEqual([{ line: 3, image: 'ghcr.io/acme/base:1', instruction: 'FROM' }])
  })

  test.each<[string, string, Record<string, string> | undefined, string[]]>([
    ['a # syntax directive', '# syntax=r.example/fe:1\nFROM a:1', undefined, ['r.example/fe:1', 'a:1']],
    [
      'a directive key in any case',
      '#SYNTAX = r.example/fe:1\nFROM a:1',
      undefined,
      ['r.example/fe:1', 'a:1']
    ],
    [
      'a directive after escape',
      '# escape=`\n# syntax=r.example/fe:1\nFROM a:1',
      undefined,
      ['r.example/fe:1', 'a:1']
    ],
    ['a // syntax directive', '// syntax=r.example/fe:2\nFROM a:1', undefined, ['r.example/fe:2', 'a:1']],
    [
      'a directive after a BOM',
      '\uFEFF# syntax=r.example/fe:3\nFROM a:1',
      undefined,
      ['r.example/fe:3', 'a:1']
    ],
    [
      'a directive after a #! line',
      '#!/usr/bin/env x\n# syntax=r.example/fe:4\nFROM a:1',
      undefined,
      ['r.example/fe:4', 'a:1']
    ],
    ['a JSON document naming a frontend', '{"syntax": "r.example/fe:5"}', undefined, ['r.example/fe:5']],
    [
      'the BUILDKIT_SYNTAX build-arg over the directive',
      '# syntax=r.example/fe:1\nFROM a:1',
      { BUILDKIT_SYNTAX: 'r.example/fe:6' },
      ['r.example/fe:6', 'a:1']
    ],
    ['no directive after a blank line', '\n# syntax=r.example/fe:1\nFROM a:1', undefined, ['a:1']],
    ['no directive after an instruction', 'FROM a:1\n# syntax=r.example/fe:1', undefined, ['a:1']],
    ['no directive when indented', ' # syntax=r.example/fe:1\nFROM a:1', undefined, ['a:1']],
    ['no directive after an unknown one', '# foo=bar\n# syntax=r.example/fe:1\nFROM a:1', undefined, ['a:1']],
    [
      'COPY --from after a bare flag',
      'FROM a:1\nCOPY --link --from=r.example/b:1 / /',
      undefined,
      ['a:1', 'r.example/b:1']
    ],
    [
      'a mount from= with a quoted CSV field',
      'FROM a:1\nRUN --mount=type=bind,"from=r.example/c:1" x',
      undefined,
      ['a:1', 'r.example/c:1']
    ],
    [
      'the last from= of a mount wins, every one is checked',
      'FROM a:1\nRUN --mount=from=a:1,from=r.example/d:1 x',
      undefined,
      ['a:1', 'r.example/d:1']
    ],
    [
      'a mount from= naming a later stage is an image',
      'FROM a:1\nRUN --mount=from=later x\nFROM b:1 AS later',
      undefined,
      ['a:1', 'later', 'b:1']
    ],
    [
      'a mount from= naming an earlier stage in another case',
      'FROM a:1 AS Tools\nFROM b:1\nRUN --mount=from=TOOLS x',
      undefined,
      ['a:1', 'b:1']
    ]
  ])('%s', (_name, content, buildArgs, images) => {
    expect(summary(content, buildArgs).map(use => use.image)).toEqual(images)
  })

  test.each<[string, string, Record<string, string> | undefined, string]>([
    [
      'a mount from= that cannot be resolved',
      'FROM a:1\nRUN --mount=type=bind,from=$NOPE x',
      undefined,
      "img/Dockerfile:2: cannot resolve '$NOPE': set it with build-args"
    ],
    [
      'an ONBUILD mount from a global ARG not redeclared',
      'ARG T=t:1\nFROM a:1\nONBUILD RUN --mount=from=$T x',
      { T: 't:2' },
      "img/Dockerfile:3: cannot resolve '$T': declare 'ARG T' in this stage so the build-arg reaches it"
    ]
  ])('%s is an error naming file:line', (_name, content, buildArgs, messageStart) => {
    const error = inputErrorOf(() => baseImagesOf(content, 'img/Dockerfile', buildArgs))
    expect(error.input).toBe('dockerfiles')
    expect(error.message.startsWith(messageStart)).toBe(true)
  })

  test('an escape=` directive with CRLF line endings and continuations', async () => {
    const content = await readFile(path.join(fixtures, 'windows.Dockerfile'), 'utf8')
    expect(summary(content)).toEqual([
      { line: 4, image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022', instruction: 'FROM' }
    ])
  })

  test('comments, blank lines and continuations do not shift line numbers', () => {
    const content = [
      '# syntax=docker/dockerfile:1', // 1
      '', // 2
      '# a comment', // 3
      'FROM \\', // 4
      '  # a comment inside the continuation', // 5
      '  alpine:3.20 \\', // 6
      '  AS base', // 7
      'RUN echo \\', // 8
      '    done', // 9
      'COPY \\', // 10
      '  --from=nginx:1.25 \\', // 11
      '  / /' // 12
    ].join('\n')
    expect(summary(content)).toEqual([
      { line: 1, image: 'docker/dockerfile:1', instruction: '# syntax' },
      { line: 4, image: 'alpine:3.20', instruction: 'FROM' },
      { line: 10, image: 'nginx:1.25', instruction: 'COPY --from' }
    ])
  })

  test.each<[string, string, Record<string, string> | undefined, string]>([
    [
      'an undeclared variable',
      'FROM alpine\nFROM $BASE',
      undefined,
      "img/Dockerfile:2: cannot resolve '$BASE': set it with build-args"
    ],
    [
      'a bare ARG without build-arg',
      'ARG V\nFROM alpine:${V}',
      undefined,
      "img/Dockerfile:2: cannot resolve 'alpine:${V}': set it with build-args"
    ],
    [
      'an ARG built from an unset one',
      'ARG R\nARG B=$R/b:1\n\nFROM $B',
      undefined,
      "img/Dockerfile:4: cannot resolve '$B': set it with build-args"
    ],
    [
      'a builder ARG in the image',
      'FROM ghcr.io/acme/base-$TARGETARCH:1',
      undefined,
      "img/Dockerfile:1: cannot resolve 'ghcr.io/acme/base-$TARGETARCH:1': set it with build-args"
    ],
    [
      'a build-arg with no global ARG (Docker ignores it)',
      'FROM $BASE',
      { BASE: 'alpine' },
      "img/Dockerfile:1: cannot resolve '$BASE': declare 'ARG BASE' before the first FROM so the build-arg reaches it"
    ],
    [
      'a global ARG not redeclared in the stage',
      'ARG T=tools:1\nFROM alpine\nCOPY --from=$T / /',
      { T: 'tools:2' },
      "img/Dockerfile:3: cannot resolve '$T': declare 'ARG T' in this stage so the build-arg reaches it"
    ],
    [
      'an image that expands to nothing',
      'ARG S\nFROM ${S:+alpine}',
      undefined,
      "img/Dockerfile:2: '${S:+alpine}' expands to an empty image name: set it with build-args"
    ],
    [
      'a FROM without image',
      'FROM\n',
      undefined,
      "img/Dockerfile:1: FROM names no image: give one, e.g. 'FROM alpine:3.20'."
    ]
  ])('%s is an error naming file:line and the fix', (_name, content, buildArgs, message) => {
    const error = inputErrorOf(() => baseImagesOf(content, 'img/Dockerfile', buildArgs))
    expect(error.input).toBe('dockerfiles')
    expect(error.message).toBe(message)
  })
})

/** Issue 22, class 1: what BuildKit pulls, read as BuildKit reads it (each failed before the port). */
describe('read as BuildKit reads it', () => {
  test.each<[string, string, string[]]>([
    ['a vertical tab between FROM and the image', 'FROM\vunsigned:1', ['unsigned:1']],
    ['a form feed between FROM and the image', 'FROM\funsigned:1', ['unsigned:1']],
    ['a carriage return between FROM and the image', 'FROM\runsigned:1\n', ['unsigned:1']],
    ['a form feed between COPY and --from', 'FROM a:1\nCOPY\f--from=unsigned:1 / /', ['a:1', 'unsigned:1']],
    [
      'a carriage return between COPY and --from',
      'FROM a:1\nCOPY\r--from=unsigned:1 / /',
      ['a:1', 'unsigned:1']
    ],
    [
      'a vertical tab between COPY and --from',
      'FROM a:1\nCOPY\v--from=unsigned:1 / /',
      ['a:1', 'unsigned:1']
    ],
    [
      'a form feed between RUN and --mount',
      'FROM a:1\nRUN\f--mount=type=bind,from=unsigned:1 make',
      ['a:1', 'unsigned:1']
    ],
    [
      'a carriage return between RUN and --mount',
      'FROM a:1\nRUN\r--mount=from=unsigned:1 make',
      ['a:1', 'unsigned:1']
    ],
    ['a no-break space before the keyword', '\u00a0FROM unsigned:1', ['unsigned:1']],
    ['an em space before the keyword', '\u2003FROM unsigned:1', ['unsigned:1']],
    ['a next-line (U+0085) before the keyword', 'FROM a:1\n\u0085FROM unsigned:1', ['a:1', 'unsigned:1']],
    ['an ideographic space before COPY', 'FROM a:1\n\u3000COPY --from=unsigned:1 / /', ['a:1', 'unsigned:1']],
    [
      'a line ending in an escaped backslash continues nothing',
      'FROM a:1\nRUN echo \\\\\nFROM unsigned:1',
      ['a:1', 'unsigned:1']
    ],
    [
      'an escaped backtick under escape=` continues nothing either',
      '# escape=`\nFROM a:1\nRUN echo ``\nFROM unsigned:1',
      ['a:1', 'unsigned:1']
    ],
    ['several names in one ARG', 'ARG X=1 BASE=unsigned:1\nFROM $BASE', ['unsigned:1']],
    ['an ARG naming one from another', 'ARG A=unsigned B=${A}:1\nFROM $B', ['unsigned:1']],
    ['ARG names split by a no-break space', 'ARG X=1\u00a0BASE=unsigned:1\nFROM $BASE', ['unsigned:1']],
    ['a quoted ARG value with a space', 'ARG X="a b" BASE=unsigned:1\nFROM ${BASE}', ['unsigned:1']],
    [
      'several names in a stage ARG',
      'FROM a:1\nARG X=1 T=unsigned:1\nCOPY --from=$T / /',
      ['a:1', 'unsigned:1']
    ],
    [
      // 'à' is C3 A0 in UTF-8: BuildKit reads flags byte by byte and takes 0xA0 for a space.
      'a flag after a UTF-8 character ending in byte 0xA0',
      'FROM a:1\nCOPY --chown=\u00e0--from=unsigned:1 / /',
      ['a:1', 'unsigned:1']
    ],
    ['a quoted FROM image', 'FROM "unsigned:1"', ['unsigned:1']],
    ['an escaped character in the FROM image', 'FROM unsig\\ned:1', ['unsigned:1']],
    ['a suffix trimmed with ${V%…}', 'ARG V=3.20-r1\nFROM alpine:${V%-*}', ['alpine:3.20']],
    ['a pattern substitution', 'ARG V=x-unsigned:1\nFROM ${V/x-/}', ['unsigned:1']],
    [
      'a comment and an empty line inside a continuation',
      'FROM a:1\nCOPY \\\n# comment\n\n  --from=unsigned:1 / /',
      ['a:1', 'unsigned:1']
    ],
    [
      'a continued line keeps its indentation, so an indented from= is the command, not the mount',
      'FROM a:1\nRUN --mount=type=bind,\\\n    from=b:1 make',
      ['a:1']
    ],
    ['a byte-order mark before the first keyword', '\uFEFFFROM unsigned:1', ['unsigned:1']],
    ['a heredoc holds no instruction', 'FROM a:1\nRUN <<EOF\nFROM unsigned:1\nEOF\nFROM b:1', ['a:1', 'b:1']],
    [
      'a quoted heredoc word is no heredoc: the next line is an instruction',
      'FROM a:1\nRUN echo "<<EOF"\nFROM unsigned:1',
      ['a:1', 'unsigned:1']
    ],
    [
      'a heredoc word after ${…} is none to BuildKit (its lexer empties the word)',
      'FROM a:1\nRUN cat <<${X:-y}EOF\nFROM unsigned:1',
      ['a:1', 'unsigned:1']
    ],
    [
      'an ONBUILD trigger is read again with the default escape token',
      '# escape=`\nFROM a:1\nONBUILD COPY --from=unsigned:1 / /',
      ['a:1', 'unsigned:1']
    ],
    ['a stage named with a long s in AS', 'FROM a:1 a\u017f b\nFROM b', ['a:1']],
    ['a stage index with a sign is no image', 'FROM a:1\nFROM b:1\nCOPY --from=+0 / /', ['a:1', 'b:1']],
    ['a TARGETSTAGE default is the builder’s', 'FROM b:1 AS x', ['b:1']]
  ])('%s', (_name, content, images) => {
    expect(summary(content).map(use => use.image)).toEqual(images)
  })

  test.each<[string, string, string]>([
    [
      'an unknown instruction',
      'FROM a:1\nFROMM b:1',
      'img/Dockerfile:2: BuildKit refuses it: unknown instruction: FROMM'
    ],
    [
      'a no-break space after the keyword (no separator to BuildKit)',
      'FROM\u00a0unsigned:1',
      'img/Dockerfile:1: BuildKit refuses it: unknown instruction: FROM\u00a0unsigned:1'
    ],
    [
      'an instruction before the first FROM',
      'RUN --mount=from=unsigned:1 x\nFROM a:1',
      'img/Dockerfile:1: BuildKit refuses it: RUN before the first FROM'
    ],
    [
      'a bare --mount with its value after a space',
      'FROM a:1\nRUN --mount type=bind,from=unsigned:1 make',
      'img/Dockerfile:2: BuildKit refuses it: missing a value on flag: --mount'
    ],
    [
      'a bare --from with its value after a space',
      'FROM a:1\nCOPY --from unsigned:1 / /',
      'img/Dockerfile:2: BuildKit refuses it: missing a value on flag: --from'
    ],
    [
      'a bare --platform',
      'FROM --platform linux/arm64 unsigned:1',
      'img/Dockerfile:1: BuildKit refuses it: missing a value on flag: --platform'
    ],
    [
      '--from twice',
      'FROM a:1\nCOPY --from=a:1 --from=unsigned:1 / /',
      'img/Dockerfile:2: BuildKit refuses it: duplicate flag specified: --from'
    ],
    [
      'a flag in another case',
      'FROM a:1\nCOPY --FROM=unsigned:1 / /',
      'img/Dockerfile:2: BuildKit refuses it: unknown flag: --FROM'
    ],
    [
      'a no-break space inside flags (C2 A0: 0xC2 joins the word)',
      'FROM a:1\nCOPY --link\u00a0--from=unsigned:1 / /',
      'img/Dockerfile:2: BuildKit refuses it: unknown flag: --link\u00c2'
    ],
    [
      'FROM with two words',
      'FROM unsigned:1 x',
      'img/Dockerfile:1: BuildKit refuses it: FROM requires either one or three arguments'
    ],
    [
      'a stage name BuildKit refuses',
      'FROM a:1 AS 9x',
      "img/Dockerfile:1: BuildKit refuses it: invalid name for build stage: '9x'"
    ],
    [
      'a mount BuildKit could not read either',
      'FROM a:1\nRUN --mount=type=bind,\\"from=x x',
      'img/Dockerfile:2: BuildKit refuses it: RUN --mount is not a valid CSV list of key=value options'
    ],
    [
      'an unclosed brace',
      'ARG V=1\nFROM alpine:${V',
      "img/Dockerfile:2: BuildKit refuses it: cannot expand 'alpine:${V'"
    ],
    [
      'an unterminated heredoc',
      'FROM a:1\nRUN <<EOF\nFROM unsigned:1',
      'img/Dockerfile:2: BuildKit refuses it: unterminated heredoc'
    ],
    [
      'a second escape directive',
      '# escape=`\n# escape=\\\nFROM a:1',
      'img/Dockerfile:2: BuildKit refuses it: only one escape parser directive'
    ],
    [
      'a file with no instruction',
      '# only a comment\n',
      'img/Dockerfile:1: BuildKit refuses it: file with no instructions'
    ],
    [
      'a byte that is not UTF-8 where BuildKit reads flags',
      'FROM a:1\nCOPY \uFFFD--from=unsigned:1 / /',
      'img/Dockerfile:2: cannot be read as BuildKit reads it: a byte that is not UTF-8'
    ],
    [
      'an ONBUILD without its instruction',
      'FROM a:1\nONBUILD',
      'img/Dockerfile:2: BuildKit refuses it: its ONBUILD trigger: file with no instructions'
    ]
  ])('%s is refused, naming the line', (_name, content, messageStart) => {
    const error = unreadableOf(() => baseImagesOf(content, 'img/Dockerfile'))
    expect(error.message.startsWith(messageStart)).toBe(true)
    expect(error.file).toBe('img/Dockerfile')
  })

  test('the builder’s own ARGs (TARGETSTAGE, *OSVERSION) are unknown, defaults included', () => {
    const error = inputErrorOf(() => baseImagesOf('FROM unsigned:${TARGETSTAGE:-1}', 'img/Dockerfile'))
    expect(error.message).toBe(
      "img/Dockerfile:1: cannot resolve 'unsigned:${TARGETSTAGE:-1}': set it with build-args"
    )
    expect(summary('FROM b:${TARGETOSVERSION}', { TARGETOSVERSION: '10' }).map(use => use.image)).toEqual([
      'b:10'
    ])
  })

  test('a variable an ENV sets in the stage is not taken from an ARG of the same name', () => {
    const error = inputErrorOf(() =>
      baseImagesOf('FROM a:1\nARG T=a:1\nENV T=unsigned:1\nCOPY --from=$T / /', 'img/Dockerfile')
    )
    expect(error.message).toBe("img/Dockerfile:4: cannot resolve '$T': set it with build-args")
  })
})

describe('parseBuildArgs', () => {
  test('reads KEY=value lines; values keep further = and may be empty', () => {
    expect(parseBuildArgs(['A=1', 'URL=https://x.example/?a=b', 'EMPTY=', '_under_9=x y'])).toEqual({
      A: '1',
      URL: 'https://x.example/?a=b',
      EMPTY: '',
      _under_9: 'x y'
    })
  })

  test('no lines give no args', () => {
    expect(parseBuildArgs([])).toEqual({})
  })

  test.each<[string, string[], string | undefined, string, string]>([
    [
      'a line without =',
      ['A=1', 'ghp_secretvalue'],
      undefined,
      'build-args',
      "Invalid line 2 in 'build-args': no '='."
    ],
    [
      'a bad name',
      ['9LIVES=1'],
      'extra-args',
      'extra-args',
      "Invalid name '9LIVES' on line 1 of 'extra-args'."
    ],
    ['an empty name', ['=1'], undefined, 'build-args', "Invalid name '' on line 1 of 'build-args'."],
    ['a name set twice', ['A=1', 'A=2'], undefined, 'build-args', "'A' is set twice in 'build-args' (line 2)"]
  ])('%s is an InputError naming the input', (_name, lines, input, expectedInput, messageStart) => {
    const error = inputErrorOf(() => parseBuildArgs(lines, input))
    expect(error.input).toBe(expectedInput)
    expect(error.message.startsWith(messageStart)).toBe(true)
  })

  test('a malformed line is not echoed: it may be a secret', () => {
    expect(inputErrorOf(() => parseBuildArgs(['ghp_secretvalue'])).message).not.toContain('ghp_secretvalue')
  })
})

test.each(['__proto__', 'constructor', 'toString x', 'hasOwnProperty y'])(
  'an instruction named like an Object property (%s) is unknown to BuildKit: refused, never a crash',
  text => {
    expect(() => baseImagesOf(text, 'Dockerfile', {})).toThrow(UnreadableDockerfileError)
  }
)
