/**
 * The files a gate reads: the repository files matching an input's globs (relative to `root`), narrowed
 * to a pull request's changed files for `changed-only`. Globs that match nothing at all are an input
 * error: a gate that checks nothing because of a typo must not pass.
 *
 * The globs mean what they meant when @actions/glob read them (its `followSymbolicLinks: false`,
 * `matchDirectories: false`), so existing workflows find the same files:
 * - a line each; blank lines and `#` comments are skipped; `!` excludes, and a later line can include
 *   again (the last line that matches a path decides);
 * - `*`, `?`, `[…]` within a path segment, `**` across segments; no braces, no extglobs; dotfiles match;
 * - a pattern also matches every file below a directory it matches (`vendor` = `vendor/**`); a trailing
 *   `/` matches only below a directory;
 * - symbolic links are never followed (a link matching a pattern is listed as a file);
 * - relative patterns start at `root`; `.` and `..` are resolved first (in an absolute pattern too, where
 *   @actions/glob threw). Output: relative to root, sorted.
 */
import { lstat, readdir } from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'
import { InputError } from '../util/errors.js'

export async function gateFiles(
  input: string,
  patterns: string[],
  options: { root: string; changedFiles?: string[]; what: string; example: string }
): Promise<string[]> {
  const found = await findFiles(patterns, options.root)
  if (found.length === 0) {
    throw new InputError(
      input,
      `No ${options.what} under ${options.root} matches '${input}' (${patterns.join(', ')}): check the globs, e.g. '${options.example}'.`
    )
  }
  const changed = options.changedFiles && new Set(options.changedFiles.map(toPosix))
  return changed ? found.filter(file => changed.has(toPosix(file))) : found
}

/** GitHub lists changed files with '/' whatever the runner's OS. */
export function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

const IS_WINDOWS = process.platform === 'win32'
const GLOBSTAR = Symbol('**')

/** A pattern segment: a literal name, a glob within one name, or `**`. */
type Segment = string | ((name: string) => boolean) | typeof GLOBSTAR

interface Glob {
  exclude: boolean
  /** Absolute: the root's names, then the pattern's. */
  segments: Segment[]
  /** A trailing `/`: the pattern names directories, so only what lies below them is listed. */
  directoriesOnly: boolean
  /** What a pattern adds implicitly: everything below what it matches (at least one more name). */
  below: boolean
}

/** The files (and links) under `root` matching the glob lines, relative to root, sorted. */
export async function findFiles(lines: string[], root: string = process.cwd()): Promise<string[]> {
  const absoluteRoot = path.resolve(root)
  const globs = lines.flatMap(line => parseGlob(line, absoluteRoot))
  const found: string[] = []
  for (const start of searchPaths(globs)) {
    // Nothing matches under a start that does not exist (or lies under a file, where @actions/glob
    // threw ENOTDIR); any other failure is the runner's to report.
    const exists = await lstat(start).then(
      () => true,
      (error: NodeJS.ErrnoException) =>
        error.code === 'ENOENT' || error.code === 'ENOTDIR' ? false : Promise.reject(error)
    )
    if (exists) await walk(start, globs, found)
  }
  return found.map(file => path.relative(absoluteRoot, file)).sort()
}

async function walk(start: string, globs: Glob[], found: string[]): Promise<void> {
  const pending = [start]
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const names = namesOf(item)
    const listed = fileMatches(globs, names)
    const descend = globs.some(glob => !glob.exclude && couldMatchBelow(glob.segments, names))
    if (!listed && !descend) continue
    const stats = await lstat(item)
    if (stats.isDirectory()) {
      if (descend) pending.push(...(await readdir(item)).map(name => path.join(item, name)))
    } else if (listed) {
      found.push(item)
    }
  }
}

/**
 * Whether a file at `names` is listed: the patterns in order, each including or excluding what it
 * matches. A directories-only pattern never matches a file itself.
 */
function fileMatches(globs: Glob[], names: string[]): boolean {
  let listed = false
  for (const glob of globs) {
    if (glob.directoriesOnly || !matches(glob, names)) continue
    listed = !glob.exclude
  }
  return listed
}

function matches(glob: Glob, names: string[]): boolean {
  // A pattern ending in `**` matches the directory it starts from too (`vendor/**` matches a file named
  // `vendor`); what a pattern adds implicitly matches only what lies below.
  const last = glob.segments.length - 1
  if (!glob.below && glob.segments[last] === GLOBSTAR && matchSegments(glob.segments.slice(0, last), names))
    return true
  return matchSegments(glob.segments, names)
}

/** Segment-wise match; `**` takes any number of names, at the end at least one. */
function matchSegments(segments: Segment[], names: string[], at = 0, name = 0): boolean {
  if (at === segments.length) return name === names.length
  const segment = segments[at]
  if (segment === GLOBSTAR) {
    if (at === segments.length - 1) return name < names.length
    for (let next = name; next <= names.length; next++)
      if (matchSegments(segments, names, at + 1, next)) return true
    return false
  }
  return (
    name < names.length &&
    segmentMatches(segment, names[name]) &&
    matchSegments(segments, names, at + 1, name + 1)
  )
}

/** Whether something below the directory at `names` may match: its names match a prefix of the pattern. */
function couldMatchBelow(segments: Segment[], names: string[]): boolean {
  for (let at = 0; at < names.length; at++) {
    const segment = segments[at]
    if (segment === undefined) return false
    if (segment === GLOBSTAR) return true
    if (!segmentMatches(segment, names[at])) return false
  }
  return true
}

function segmentMatches(segment: Exclude<Segment, typeof GLOBSTAR>, name: string): boolean {
  if (typeof segment === 'function') return segment(name)
  return IS_WINDOWS ? segment.toLowerCase() === name.toLowerCase() : segment === name
}

/** A line as the patterns it stands for: itself and, unless it ends in `**`, everything below it. */
function parseGlob(line: string, root: string): Glob[] {
  let pattern = line.trim()
  if (pattern === '' || pattern.startsWith('#')) return []
  let exclude = false
  while (pattern.startsWith('!')) {
    exclude = !exclude
    pattern = pattern.slice(1).trim()
  }
  // On Windows '\\' separates names (and escapes nothing), as @actions/glob read it there.
  if (IS_WINDOWS) pattern = pattern.replace(/\\/g, '/')
  const directoriesOnly = pattern.endsWith('/')
  // A relative pattern continues the root, whose names are literal: never read as glob characters.
  const fsRoot = path.parse(pattern).root
  const segments: Segment[] = fsRoot === '' ? namesOf(root) : [rootName(fsRoot)]
  for (const part of pattern.slice(fsRoot.length).split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (segments.length > 1) segments.pop()
    } else {
      segments.push(segmentOf(part))
    }
  }
  // `**/**` means what `**` means; one keeps the match from trying every way to split names between them.
  for (let at = segments.length - 1; at > 0; at--)
    if (segments[at] === GLOBSTAR && segments[at - 1] === GLOBSTAR) segments.splice(at, 1)
  const globs: Glob[] = [{ exclude, segments, directoriesOnly, below: false }]
  if (directoriesOnly || segments[segments.length - 1] !== GLOBSTAR)
    globs.push({ exclude, segments: [...segments, GLOBSTAR], directoriesOnly: false, below: true })
  return globs
}

/** `**`, a literal name (escapes and one-character sets like `[*]` resolved), or a glob within one name. */
function segmentOf(part: string): Segment {
  if (part === '**') return GLOBSTAR
  const literal = literalOf(part)
  if (literal !== undefined) return literal
  // Only `*`, `?` and `[…]` are special (as in minimatch with nobrace and noext): picomatch's
  // regex-style groups `(a|b)` are escaped, braces and extglobs are switched off.
  const escaped = part.replace(/\\.|\[[^\]]*\]|[()|]/g, token => (token.length === 1 ? `\\${token}` : token))
  return picomatch(escaped, {
    dot: true,
    nobrace: true,
    noextglob: true,
    nonegate: true,
    posix: true,
    windows: false,
    nocase: IS_WINDOWS
  })
}

/** The name `part` stands for when it holds no glob (as @actions/glob's getLiteral), else undefined. */
function literalOf(part: string): string | undefined {
  let literal = ''
  for (let at = 0; at < part.length; at++) {
    const char = part[at]
    if (char === '\\' && !IS_WINDOWS && at + 1 < part.length) {
      literal += part[++at]
      continue
    }
    if (char === '*' || char === '?') return undefined
    if (char === '[') {
      const set = /^\[((?:\\.|[^\]\\])*)\]/.exec(part.slice(at))
      const members = set?.[1].replace(/\\(.)/g, '$1')
      if (set && members !== undefined && members.length > 1) return undefined
      if (set && members) {
        literal += members
        at += set[0].length - 1
        continue
      }
    }
    literal += char
  }
  return literal
}

/**
 * Where to start walking: the literal part of each including pattern (up to its first glob), leaving
 * out any that lies under another.
 */
function searchPaths(globs: Glob[]): string[] {
  const starts = globs
    .filter(glob => !glob.exclude)
    .map(glob => {
      const end = glob.segments.findIndex(segment => typeof segment !== 'string')
      return glob.segments.slice(0, end < 0 ? undefined : end) as string[]
    })
  const key = (names: string[]) => (IS_WINDOWS ? names.join('/').toLowerCase() : names.join('/'))
  const keys = new Set(starts.map(key))
  const kept = new Map<string, string[]>()
  for (const names of starts) {
    const underAnother = names.some((_, at) => at < names.length - 1 && keys.has(key(names.slice(0, at + 1))))
    if (!underAnother) kept.set(key(names), names)
  }
  return [...kept.values()].map(([first, ...rest]) => path.join(`${first}${path.sep}`, ...rest))
}

/** An absolute path as names: its root ('' for '/', 'C:' on Windows), then each directory and the file. */
function namesOf(absolute: string): string[] {
  const { root } = path.parse(absolute)
  return [
    rootName(root),
    ...absolute
      .slice(root.length)
      .split(path.sep)
      .filter(name => name !== '')
  ]
}

function rootName(root: string): string {
  return root.replace(/[\\/]+$/, '')
}
