/**
 * Base images of Dockerfiles, for the PR gate: every image a build pulls (FROM, COPY --from) with the
 * build's ARG substitution applied, so the gate verifies exactly what `docker build` would pull.
 * Pure parsing apart from findDockerfiles; no registry knowledge.
 */
import path from 'node:path'
import { DockerfileParser, type Arg, type From, type ModifiableInstruction } from 'dockerfile-ast'
import { InputError } from '../util/errors.js'

export interface BaseImageUse {
  /** The Dockerfile path, as given. */
  file: string
  /** 1-based line of the FROM / COPY instruction (for GitHub annotations). */
  line: number
  /** The reference after ARG substitution, e.g. 'ghcr.io/acme/base:1.2' or 'alpine@sha256:…'. */
  image: string
  /** FROM --platform after substitution; undefined when absent or left to the builder ($BUILDPLATFORM…). */
  platform?: string
  instruction: 'FROM' | 'COPY --from'
}

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
 * The images a build of this Dockerfile pulls: FROM images (not stage references, not scratch) and
 * COPY --from images (not stage names or indexes), in order, after ARG substitution with build-args.
 * An image that cannot be resolved is an InputError: a gate must not skip it silently.
 */
export function baseImagesOf(
  content: string,
  file: string,
  buildArgs: Record<string, string> = {}
): BaseImageUse[] {
  const dockerfile = DockerfileParser.parse(content)
  const globalScope = globalArgs(dockerfile.getInitialARGs(), buildArgs)
  const stageNames: string[] = []
  const uses: BaseImageUse[] = []
  let stageScope: Scope | undefined

  for (const instruction of dockerfile.getInstructions()) {
    const line = instruction.getRange().start.line + 1
    const keyword = instruction.getKeyword()
    if (keyword === 'FROM') {
      const from = instruction as From
      const raw = from.getImage()
      if (raw === null) {
        throw new InputError(
          DOCKERFILES_INPUT,
          `${file}:${line}: FROM names no image: give one, e.g. 'FROM alpine:3.20'.`
        )
      }
      const image = resolveImage(raw, globalScope, buildArgs, 'before the first FROM', `${file}:${line}`)
      if (!isStageReference(image, stageNames)) {
        const platform = flagValue(from, 'platform')
        const resolved = platform === undefined ? undefined : expand(platform, globalScope)
        const known = resolved !== undefined && resolved.unresolved.length === 0 && resolved.value !== ''
        uses.push({ file, line, image, ...(known ? { platform: resolved.value } : {}), instruction: 'FROM' })
      }
      const stage = from.getBuildStage()
      if (stage !== null) stageNames.push(stage.toLowerCase())
      // Each stage starts without ARGs: a global ARG is visible in a stage only once redeclared there.
      stageScope = new Map()
    } else if (keyword === 'ARG' && stageScope !== undefined) {
      // ARGs before the first FROM are the global ones, read above.
      declareStageArg(instruction as Arg, stageScope, globalScope, buildArgs)
    } else if (keyword === 'COPY' && stageScope !== undefined) {
      const raw = flagValue(instruction as ModifiableInstruction, 'from')
      if (raw === undefined) continue
      const image = resolveImage(raw, stageScope, buildArgs, 'in this stage', `${file}:${line}`)
      if (/^\d+$/.test(image) || isStageReference(image, stageNames)) continue
      uses.push({ file, line, image, instruction: 'COPY --from' })
    }
  }
  return uses
}

/**
 * Dockerfiles matching multiline globs ('**\/Dockerfile*', '!vendor/**'), relative to root, sorted.
 * Relative patterns are anchored at root, not at the process's working directory.
 */
export async function findDockerfiles(patterns: string[], root: string = process.cwd()): Promise<string[]> {
  const absoluteRoot = path.resolve(root)
  const anchored = patterns.map(pattern => anchorPattern(pattern.trim(), absoluteRoot)).filter(p => p !== '')
  if (anchored.length === 0) return []
  // Loaded on use, to keep it off the start-up path of runs without Dockerfiles.
  const glob = await import('@actions/glob')
  const globber = await glob.create(anchored.join('\n'), {
    followSymbolicLinks: false,
    matchDirectories: false
  })
  const files = await globber.glob()
  return files.map(file => path.relative(absoluteRoot, file)).sort()
}

function anchorPattern(pattern: string, root: string): string {
  if (pattern === '' || pattern.startsWith('#')) return ''
  const negation = /^!*/.exec(pattern)?.[0] ?? ''
  const body = pattern.slice(negation.length)
  return path.isAbsolute(body) ? pattern : negation + path.join(escapeGlob(root), body)
}

/** @actions/glob reads '*', '?' and '[' in the root as pattern characters; '[x]' matches x literally. */
function escapeGlob(literal: string): string {
  return literal.replace(/[*?[]/g, char => `[${char}]`)
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

/** The value of `--name=value`; dockerfile-ast's getFromFlag/getPlatformFlag miss it when other flags come first. */
function flagValue(instruction: ModifiableInstruction, name: string): string | undefined {
  const flag = instruction.getFlags().find(candidate => candidate.getName() === name)
  return flag?.getValue() ?? undefined
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
