/**
 * Base images of Dockerfiles, for the PR gate: every image a build pulls (frontend, FROM, COPY --from,
 * RUN --mount from=, under ONBUILD too) with the build's ARG substitution applied, so the gate
 * verifies exactly what `docker build` would pull.
 * Pure parsing (files.ts finds the Dockerfiles); no registry knowledge.
 */
import { DockerfileParser, type Arg } from 'dockerfile-ast'
import { errorMessage, InputError } from '../util/errors.js'
import {
  flagValues,
  logicalLine,
  mountFrom,
  splitInstruction,
  syntaxDirective,
  SYNTAX_BUILD_ARG
} from './buildkit-syntax.js'

export interface BaseImageUse {
  /** The Dockerfile path, as given. */
  file: string
  /** 1-based line of the instruction or directive (for GitHub annotations). */
  line: number
  /** The reference after ARG substitution, e.g. 'ghcr.io/acme/base:1.2' or 'alpine@sha256:…'. */
  image: string
  /** FROM --platform after substitution; undefined when absent or left to the builder ($BUILDPLATFORM…). */
  platform?: string
  instruction: ImageInstruction
}

/** Where a Dockerfile names an image BuildKit pulls; ONBUILD triggers pull when the image is built upon. */
export type ImageInstruction =
  | 'FROM'
  | 'COPY --from'
  | 'RUN --mount'
  | 'ONBUILD COPY --from'
  | 'ONBUILD RUN --mount'
  | '# syntax'
  | 'BUILDKIT_SYNTAX'

const DOCKERFILES_INPUT = 'dockerfiles'

/**
 * ARGs the builder defines itself (BuildKit's automatic platform ARGs). Their values depend on the build
 * host and `--platform`, which a Dockerfile cannot tell us; build-args may pin them (e.g. TARGETARCH=amd64)
 * to resolve images such as `base-${TARGETARCH}`.
 */
const BUILDER_ARGS = [
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT'
]

/** A variable's value: a string; UNKNOWN when set by the builder to a value we cannot know. Absent = unset. */
const UNKNOWN = Symbol('unknown')
type Scope = Map<string, string | typeof UNKNOWN>

/**
 * Every image a build of this Dockerfile makes BuildKit pull, in order, after ARG substitution with
 * build-args: the frontend (`# syntax=` or the BUILDKIT_SYNTAX build-arg), FROM images (not stage
 * references, not scratch), COPY --from and RUN --mount from= images (not stage names or indexes), and
 * the same inside ONBUILD. dockerfile-ast splits the file into instructions; each instruction's flags
 * are read the way BuildKit reads them (buildkit-syntax.ts). An image that cannot be resolved is an
 * InputError: a gate must not skip it silently.
 */
export function baseImagesOf(
  content: string,
  file: string,
  buildArgs: Record<string, string> = {}
): BaseImageUse[] {
  const dockerfile = DockerfileParser.parse(content)
  const lines = content.split('\n')
  const escapeChar = dockerfile.getEscapeCharacter()
  const globalScope = globalArgs(dockerfile.getInitialARGs(), buildArgs)
  const stageNames: string[] = []
  const uses: BaseImageUse[] = frontendOf(content, file, buildArgs)
  let stageScope: Scope | undefined

  for (const instruction of dockerfile.getInstructions()) {
    const startLine = instruction.getRange().start.line
    const line = startLine + 1
    const location = `${file}:${line}`
    const keyword = instruction.getKeyword()
    if (keyword === 'FROM') {
      const from = splitInstruction(logicalLine(lines, startLine, escapeChar))
      const [raw, as, stage] = from.rest.trim().split(/\s+/)
      if (raw === undefined || raw === '') {
        throw new InputError(
          DOCKERFILES_INPUT,
          `${location}: FROM names no image: give one, e.g. 'FROM alpine:3.20'.`
        )
      }
      const image = resolveImage(raw, globalScope, buildArgs, 'before the first FROM', location)
      if (!isStageReference(image, stageNames)) {
        const [platform] = flagValues(from.flags, 'platform')
        const resolved = platform === undefined ? undefined : expand(platform, globalScope)
        const known = resolved !== undefined && resolved.unresolved.length === 0 && resolved.value !== ''
        uses.push({ file, line, image, ...(known ? { platform: resolved.value } : {}), instruction: 'FROM' })
      }
      if (as?.toLowerCase() === 'as' && stage !== undefined) stageNames.push(stage.toLowerCase())
      // Each stage starts without ARGs: a global ARG is visible in a stage only once redeclared there.
      stageScope = new Map()
    } else if (keyword === 'ARG' && stageScope !== undefined) {
      // ARGs before the first FROM are the global ones, read above.
      declareStageArg(instruction as Arg, stageScope, globalScope, buildArgs)
    } else if (stageScope !== undefined) {
      const scope = stageScope
      let words = splitInstruction(logicalLine(lines, startLine, escapeChar))
      let prefix: '' | 'ONBUILD ' = ''
      if (words.keyword === 'ONBUILD') {
        words = splitInstruction(words.rest)
        prefix = 'ONBUILD '
      }
      const imageOf = (raw: string, instruction: ImageInstruction): void => {
        const image = resolveImage(raw, scope, buildArgs, 'in this stage', location)
        if (!/^\d+$/.test(image) && !isStageReference(image, stageNames))
          uses.push({ file, line, image, instruction })
      }
      if (words.keyword === 'COPY') {
        for (const raw of flagValues(words.flags, 'from')) imageOf(raw, `${prefix}COPY --from`)
      } else if (words.keyword === 'RUN') {
        for (const mount of flagValues(words.flags, 'mount')) {
          const raw = mountSource(mount, location)
          if (raw !== undefined) imageOf(raw, `${prefix}RUN --mount`)
        }
      }
    }
  }
  return uses
}

/** The frontend image BuildKit runs first: the BUILDKIT_SYNTAX build-arg, else the `syntax` directive. */
function frontendOf(content: string, file: string, buildArgs: Record<string, string>): BaseImageUse[] {
  const fromArg = buildArgs[SYNTAX_BUILD_ARG]
  if (fromArg !== undefined && fromArg !== '') {
    return [{ file, line: 1, image: fromArg.split(' ')[0], instruction: 'BUILDKIT_SYNTAX' }]
  }
  const directive = syntaxDirective(content)
  return directive === undefined
    ? []
    : [{ file, line: directive.line, image: directive.image, instruction: '# syntax' }]
}

/** The from= of a --mount value; a value BuildKit could not read either is an input error, not a skip. */
function mountSource(value: string, location: string): string | undefined {
  try {
    return mountFrom(value)
  } catch (error) {
    throw new InputError(
      DOCKERFILES_INPUT,
      `${location}: RUN --mount is not a valid CSV list of key=value options (${errorMessage(error)})`
    )
  }
}

/** Global ARGs (before the first FROM): build-arg, else default; a bare ARG without build-arg stays unset. */
function globalArgs(args: Arg[], buildArgs: Record<string, string>): Scope {
  const scope: Scope = new Map()
  for (const name of BUILDER_ARGS) scope.set(name, buildArgs[name] ?? UNKNOWN)
  for (const arg of args) {
    const property = arg.getProperty()
    if (property === null) continue
    const name = property.getName()
    const fallback = property.getValue()
    if (Object.hasOwn(buildArgs, name)) scope.set(name, buildArgs[name])
    else if (fallback !== null) setExpanded(scope, name, fallback)
  }
  return scope
}

/** A stage ARG: build-arg, else its own default, else (when redeclared bare) the global value. */
function declareStageArg(arg: Arg, stage: Scope, global: Scope, buildArgs: Record<string, string>): void {
  const property = arg.getProperty()
  if (property === null) return
  const name = property.getName()
  const fallback = property.getValue()
  const inherited = global.get(name)
  if (Object.hasOwn(buildArgs, name)) stage.set(name, buildArgs[name])
  else if (fallback !== null) setExpanded(stage, name, fallback)
  else if (inherited !== undefined) stage.set(name, inherited)
}

function setExpanded(scope: Scope, name: string, raw: string): void {
  const { value, unresolved } = expand(raw, scope)
  if (unresolved.length === 0) scope.set(name, value)
  else scope.set(name, UNKNOWN)
}

/**
 * Substitutes variables in an image reference. A gate must not skip what it cannot resolve, so any
 * variable left without a value fails with the fix: set it with build-args, or declare the ARG so
 * the given build-arg reaches this instruction (Docker ignores build-args with no matching ARG).
 */
function resolveImage(
  raw: string,
  scope: Scope,
  buildArgs: Record<string, string>,
  declarationPlace: string,
  location: string
): string {
  const { value, unresolved } = expand(raw, scope)
  if (unresolved.length > 0) {
    const undeclared = unresolved.filter(name => Object.hasOwn(buildArgs, name) && !scope.has(name))
    const fix =
      undeclared.length > 0
        ? `declare 'ARG ${undeclared[0]}' ${declarationPlace} so the build-arg reaches it`
        : 'set it with build-args'
    throw new InputError(DOCKERFILES_INPUT, `${location}: cannot resolve '${raw}': ${fix}`)
  }
  if (value === '') {
    throw new InputError(
      DOCKERFILES_INPUT,
      `${location}: '${raw}' expands to an empty image name: set it with build-args`
    )
  }
  return value
}

function isStageReference(image: string, stageNames: string[]): boolean {
  const lower = image.toLowerCase()
  return lower === 'scratch' || stageNames.includes(lower)
}

interface Expansion {
  value: string
  /** Names whose value is unset or known only to the builder. */
  unresolved: string[]
}

/**
 * Shell-style substitution as Dockerfiles do it: $NAME, ${NAME}, ${NAME:-default}, ${NAME:+alternative},
 * with defaults and alternatives expanded in turn. Any other ${…} form counts as unresolved.
 */
function expand(text: string, scope: Scope): Expansion {
  const unresolved: string[] = []
  let value = ''
  let index = 0
  while (index < text.length) {
    const dollar = text.indexOf('$', index)
    if (dollar === -1) {
      value += text.slice(index)
      break
    }
    value += text.slice(index, dollar)
    if (text[dollar + 1] === '{') {
      const close = matchingBrace(text, dollar + 1)
      if (close === -1) {
        unresolved.push(text.slice(dollar))
        break
      }
      const part = expandBraced(text.slice(dollar + 2, close), scope)
      value += part.value
      unresolved.push(...part.unresolved)
      index = close + 1
      continue
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(dollar + 1))?.[0]
    if (name === undefined) {
      value += '$'
      index = dollar + 1
      continue
    }
    const known = scope.get(name)
    if (typeof known === 'string') value += known
    else unresolved.push(name)
    index = dollar + 1 + name.length
  }
  return { value, unresolved }
}

function expandBraced(inner: string, scope: Scope): Expansion {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:-|:\+)([\s\S]*))?$/.exec(inner)
  if (match === null) return { value: '', unresolved: [inner] }
  const [, name, modifier, word] = match
  const known = scope.get(name)
  if (known === UNKNOWN) return { value: '', unresolved: [name] }
  if (modifier === ':-')
    return known === undefined || known === '' ? expand(word, scope) : { value: known, unresolved: [] }
  if (modifier === ':+')
    return known === undefined || known === '' ? { value: '', unresolved: [] } : expand(word, scope)
  return known === undefined ? { value: '', unresolved: [name] } : { value: known, unresolved: [] }
}

/** Index of the '}' closing the '{' at `open`, counting nested '${'; -1 if none. */
function matchingBrace(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i
  }
  return -1
}
