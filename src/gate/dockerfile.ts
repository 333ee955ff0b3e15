/**
 * Base images of Dockerfiles, for the PR gate: every image a build pulls (frontend, FROM, COPY --from,
 * RUN --mount from=, under ONBUILD too) with the build's ARG substitution applied, so the gate
 * verifies exactly what `docker build` would pull. The file is split by a port of BuildKit's own parser
 * (buildkit-parser.ts) and its instructions read as BuildKit's instructions and dockerfile2llb packages
 * read them. Where BuildKit refuses the file, or Signet cannot follow BuildKit with certainty, the gate
 * fails closed with an UnreadableDockerfileError naming the line: a rejection, never fewer images.
 * Pure parsing (files.ts finds the Dockerfiles); no registry knowledge.
 */
import { errorMessage, InputError, SignetError } from '../util/errors.js'
import {
  DockerfileParseError,
  onbuildExpression,
  parseDockerfile,
  type Instruction
} from './buildkit-parser.js'
import { processWord, ShellSyntaxError } from './buildkit-shell.js'
import {
  FlagError,
  mountFrom,
  parseFlags,
  syntaxBuildArg,
  syntaxDirective,
  SYNTAX_BUILD_ARG,
  type FlagKind
} from './buildkit-syntax.js'
import { equalFoldAscii, goToLower } from './go-text.js'

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

/**
 * A Dockerfile BuildKit refuses at `line`, or one Signet cannot read there as BuildKit does: the gate
 * rejects that file at that line (exit 1) rather than verify fewer images than the build pulls.
 */
export class UnreadableDockerfileError extends SignetError {
  readonly code = 'UNREADABLE_DOCKERFILE'
  readonly exitCode = 1
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string
  ) {
    super(`${file}:${line}: ${reason}`)
  }
}

const DOCKERFILES_INPUT = 'dockerfiles'

/**
 * ARGs the builder defines itself (dockerfile2llb's defaultArgs). Their values depend on the build host,
 * `--platform` and `--target`, which a Dockerfile cannot tell us; build-args may pin them (e.g.
 * TARGETARCH=amd64) to resolve images such as `base-${TARGETARCH}`.
 */
const BUILDER_ARGS = [
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDOSVERSION',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETOSVERSION',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE'
]

/** The flags BuildKit declares on the instructions that name images (instructions/parse.go, RUN hooks). */
const FROM_FLAGS: Record<string, FlagKind> = { platform: 'string' }
const COPY_FLAGS: Record<string, FlagKind> = {
  chown: 'string',
  from: 'string',
  chmod: 'string',
  link: 'bool',
  exclude: 'strings',
  parents: 'bool'
}
const RUN_FLAGS: Record<string, FlagKind> = {
  mount: 'strings',
  network: 'string',
  security: 'string',
  device: 'strings'
}
/** BuildKit's instructions (frontend/dockerfile/command); any other keyword makes it refuse the file. */
const INSTRUCTIONS = [
  'add',
  'arg',
  'cmd',
  'copy',
  'entrypoint',
  'env',
  'expose',
  'from',
  'healthcheck',
  'label',
  'maintainer',
  'onbuild',
  'run',
  'shell',
  'stopsignal',
  'user',
  'volume',
  'workdir'
]
/** parseBuildStageName's rule, applied to the lower-cased name. */
const VALID_STAGE_NAME = /^[a-z][a-z0-9\-_.]*$/

/** A variable's value: a string; UNKNOWN when set by the builder to a value we cannot know. Absent = unset. */
const UNKNOWN = Symbol('unknown')
type Scope = Map<string, string | typeof UNKNOWN>

/**
 * Every image a build of this Dockerfile makes BuildKit pull, in order, after ARG substitution with
 * build-args: the frontend (`# syntax=` or the BUILDKIT_SYNTAX build-arg), FROM images (not stage
 * references, not scratch), COPY --from and RUN --mount from= images (not stage names or indexes), and
 * the same inside ONBUILD. An image that cannot be resolved is an InputError (set build-args); a file
 * BuildKit refuses, or Signet cannot read with certainty, an UnreadableDockerfileError.
 */
export function baseImagesOf(
  content: string,
  file: string,
  buildArgs: Record<string, string> = {}
): BaseImageUse[] {
  const frontend = frontendOf(content, file, buildArgs)
  const form = syntaxDirective(content)?.form
  // A JSON document naming its frontend is that frontend's own format, not a Dockerfile.
  if (form === 'json') return frontend
  let instructions: Instruction[]
  let escapeToken: string
  try {
    ;({ instructions, escapeToken } = parseDockerfile(
      form === '//' ? withoutSlashDirectives(content) : content
    ))
  } catch (error) {
    if (error instanceof DockerfileParseError) throw parseRefusal(file, error)
    throw error
  }
  const build = new BuildReader(file, buildArgs, escapeToken)
  for (const instruction of instructions) build.read(instruction)
  return [...frontend, ...build.uses]
}

/** BuildKit refuses the file at `line`: the gate rejects it there. */
function refused(file: string, line: number, reason: string): UnreadableDockerfileError {
  return new UnreadableDockerfileError(file, line, `BuildKit refuses it: ${reason}`)
}

function parseRefusal(file: string, error: DockerfileParseError): UnreadableDockerfileError {
  return error.uncertain
    ? new UnreadableDockerfileError(file, error.line, `cannot be read as BuildKit reads it: ${error.message}`)
    : refused(file, error.line, error.message)
}

/**
 * The file without its leading `//` lines (blanked, so lines keep their numbers): a frontend named that
 * way reads its own format; the rest is still read as a Dockerfile, so no FROM goes unverified.
 */
function withoutSlashDirectives(content: string): string {
  const lines = content.split('\n')
  let index = lines[0]?.replace(/^\uFEFF/, '').startsWith('#!') ? 1 : 0
  for (; index < lines.length && lines[index].replace(/^\uFEFF/, '').startsWith('//'); index++)
    lines[index] = ''
  return lines.join('\n')
}

/** The frontend image BuildKit runs first: the BUILDKIT_SYNTAX build-arg, else the `syntax` directive. */
function frontendOf(content: string, file: string, buildArgs: Record<string, string>): BaseImageUse[] {
  const fromArg = syntaxBuildArg(buildArgs[SYNTAX_BUILD_ARG] ?? '')
  if (fromArg !== '') return [{ file, line: 1, image: fromArg, instruction: 'BUILDKIT_SYNTAX' }]
  const directive = syntaxDirective(content)
  return directive === undefined
    ? []
    : [{ file, line: directive.line, image: directive.image, instruction: '# syntax' }]
}

/** The instructions of one build in order: the ARG scopes, the stage names, and the images pulled. */
class BuildReader {
  readonly uses: BaseImageUse[] = []
  private readonly global: Scope = new Map()
  private readonly stageNames: string[] = []
  /** Undefined before the first FROM. */
  private stage: Scope | undefined

  constructor(
    private readonly file: string,
    private readonly buildArgs: Record<string, string>,
    private readonly escapeToken: string
  ) {
    for (const name of BUILDER_ARGS) this.global.set(name, buildArgs[name] ?? UNKNOWN)
  }

  read(instruction: Instruction): void {
    const keyword = goToLower(instruction.keyword)
    const line = instruction.startLine
    if (!INSTRUCTIONS.includes(keyword))
      throw refused(this.file, line, `unknown instruction: ${instruction.keyword}`)
    if (keyword === 'from') return this.from(instruction)
    if (keyword === 'arg') return this.declareArgs(instruction)
    if (this.stage === undefined) {
      throw refused(this.file, line, `${instruction.keyword} before the first FROM`)
    }
    // ENV values are not followed: a variable it sets is unknown from here on in this stage.
    if (keyword === 'env') {
      for (let i = 0; i < instruction.args.length; i += 3) this.stage.set(instruction.args[i], UNKNOWN)
      return
    }
    this.pulls(instruction, line, '')
  }

  private from(instruction: Instruction): void {
    const line = instruction.startLine
    const flags = this.flags(instruction, FROM_FLAGS, line)
    const args = instruction.args
    if (args.length === 0) {
      throw new InputError(
        DOCKERFILES_INPUT,
        `${this.file}:${line}: FROM names no image: give one, e.g. 'FROM alpine:3.20'.`
      )
    }
    if (args.length !== 1 && !(args.length === 3 && equalFoldAscii(args[1], 'as'))) {
      throw refused(this.file, line, 'FROM requires either one or three arguments')
    }
    const stageName = args.length === 3 ? goToLower(args[2]) : undefined
    if (stageName !== undefined && !VALID_STAGE_NAME.test(stageName)) {
      throw refused(this.file, line, `invalid name for build stage: '${args[2]}'`)
    }
    const image = this.resolve(args[0], this.global, 'before the first FROM', line)
    // dockerfile2llb matches the expanded name exactly against the (lower-case) names of earlier stages.
    if (image !== 'scratch' && !this.stageNames.includes(image)) {
      const [platform] = flags.get('platform') ?? []
      const known = platform === undefined ? undefined : this.platformOf(platform, line)
      this.uses.push({
        file: this.file,
        line,
        image,
        ...(known ? { platform: known } : {}),
        instruction: 'FROM'
      })
    }
    if (stageName !== undefined) this.stageNames.push(stageName)
    // Each stage starts without ARGs: a global ARG is visible in a stage only once redeclared there.
    this.stage = new Map()
  }

  /** The images of COPY --from and RUN --mount from=, and of an ONBUILD trigger as a build re-reads it. */
  private pulls(instruction: Instruction, line: number, prefix: '' | 'ONBUILD '): void {
    const keyword = goToLower(instruction.keyword)
    if (keyword === 'copy') {
      const [from] = this.flags(instruction, COPY_FLAGS, line).get('from') ?? []
      if (from) this.stageImage(from, `${prefix}COPY --from`, line)
    } else if (keyword === 'run') {
      for (const mount of this.flags(instruction, RUN_FLAGS, line).get('mount') ?? []) {
        const from = this.mountSource(mount, line)
        if (from) this.stageImage(from, `${prefix}RUN --mount`, line)
      }
    } else if (keyword === 'onbuild') {
      this.pulls(this.trigger(instruction, line), line, 'ONBUILD ')
    }
  }

  /**
   * The instruction a build runs for an ONBUILD: BuildKit stores the line's text and parses it again,
   * on its own and with the default escape token, where it is triggered.
   */
  private trigger(instruction: Instruction, line: number): Instruction {
    let parsed: Instruction[]
    try {
      parsed = parseDockerfile(onbuildExpression(instruction)).instructions
    } catch (error) {
      if (!(error instanceof DockerfileParseError)) throw error
      const message = `its ONBUILD trigger: ${error.message}`
      throw parseRefusal(this.file, new DockerfileParseError(message, line, error.uncertain))
    }
    if (parsed.length !== 1) {
      throw refused(this.file, line, 'its ONBUILD trigger: onbuild trigger should be a single expression')
    }
    return parsed[0]
  }

  /** COPY --from or a mount's from=: an image unless a stage index, scratch or an earlier stage's name. */
  private stageImage(raw: string, instruction: ImageInstruction, line: number): void {
    const image = this.resolve(raw, this.stage as Scope, 'in this stage', line)
    if (isStageIndex(image) || image === 'scratch' || this.stageNames.includes(goToLower(image))) return
    this.uses.push({ file: this.file, line, image, instruction })
  }

  private flags(
    instruction: Instruction,
    declared: Record<string, FlagKind>,
    line: number
  ): Map<string, string[]> {
    try {
      return parseFlags(instruction.flags, declared)
    } catch (error) {
      if (error instanceof FlagError) throw refused(this.file, line, error.message)
      throw error
    }
  }

  /** The from= of a --mount value; a value BuildKit could not read either is refused, not skipped. */
  private mountSource(value: string, line: number): string | undefined {
    try {
      return mountFrom(value)
    } catch (error) {
      throw refused(
        this.file,
        line,
        `RUN --mount is not a valid CSV list of key=value options (${errorMessage(error)})`
      )
    }
  }

  /**
   * ARG NAME[=default] …, several names to a line. Before the first FROM (buildMetaArgs): build-arg, else
   * the default expanded with what precedes it; a bare ARG without build-arg leaves the name as it was.
   * In a stage (dispatchArg): build-arg, else its own default, else (redeclared bare) the global value.
   */
  private declareArgs(instruction: Instruction): void {
    for (const word of instruction.args) {
      const equals = word.indexOf('=')
      const name = equals === -1 ? word : word.slice(0, equals)
      const fallback = equals === -1 ? undefined : word.slice(equals + 1)
      if (name === '') throw refused(this.file, instruction.startLine, 'ARG names can not be blank')
      const scope = this.stage ?? this.global
      if (Object.hasOwn(this.buildArgs, name)) scope.set(name, this.buildArgs[name])
      else if (fallback !== undefined) scope.set(name, this.expanded(fallback, scope))
      else if (this.stage !== undefined) {
        const inherited = this.global.get(name)
        if (inherited !== undefined) this.stage.set(name, inherited)
      }
    }
  }

  private expanded(raw: string, scope: Scope): string | typeof UNKNOWN {
    try {
      const { value, unresolved } = this.expand(raw, scope)
      return unresolved.length === 0 ? value : UNKNOWN
    } catch (error) {
      if (error instanceof ShellSyntaxError) return UNKNOWN
      throw error
    }
  }

  /** FROM --platform after substitution, or undefined when it depends on the builder or on unset ARGs. */
  private platformOf(raw: string, line: number): string | undefined {
    try {
      const { value, unresolved } = this.expand(raw, this.global)
      return unresolved.length === 0 && value !== '' ? value : undefined
    } catch (error) {
      if (error instanceof ShellSyntaxError) {
        throw refused(this.file, line, `cannot expand --platform '${raw}': ${error.message}`)
      }
      throw error
    }
  }

  /**
   * Substitutes variables in an image reference with BuildKit's lexer. A gate must not skip what it
   * cannot resolve, so any variable left without a value fails with the fix: set it with build-args, or
   * declare the ARG so the given build-arg reaches this instruction (Docker ignores build-args with no
   * matching ARG).
   */
  private resolve(raw: string, scope: Scope, declarationPlace: string, line: number): string {
    const location = `${this.file}:${line}`
    let expansion: Expansion
    try {
      expansion = this.expand(raw, scope)
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error
      throw refused(this.file, line, `cannot expand '${raw}': ${error.message}`)
    }
    const { value, unresolved } = expansion
    if (unresolved.length > 0) {
      const undeclared = unresolved.filter(name => Object.hasOwn(this.buildArgs, name) && !scope.has(name))
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

  /** ProcessWord with this file's escape token; unresolved: names unknown or used while unset. */
  private expand(text: string, scope: Scope): Expansion {
    const lookUp = (name: string): string | undefined => {
      const value = scope.get(name)
      return value === UNKNOWN ? '' : value
    }
    const { result, matched, unsetUsed } = processWord(text, lookUp, { escapeToken: this.escapeToken })
    const unknown = [...matched].filter(name => scope.get(name) === UNKNOWN)
    return { value: result, unresolved: [...unknown, ...unsetUsed] }
  }
}

interface Expansion {
  value: string
  /** Names whose value is unset or known only to the builder. */
  unresolved: string[]
}

/** Go's strconv.Atoi accepts it: dockerfile2llb then reads a stage index, never an image. */
function isStageIndex(text: string): boolean {
  if (!/^[+-]?[0-9]+$/.test(text)) return false
  const value = BigInt(text)
  return value >= -(2n ** 63n) && value < 2n ** 63n
}
