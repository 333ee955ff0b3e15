/**
 * The CLI's bundle (dist/cli/main.cjs) loaded with V8's code cache, on every Node version Signet runs on:
 * `module.enableCompileCache` needs Node ≥ 22.1, and Node 20 has nothing like it for ES modules. With the
 * cache a run reads the bundle's compiled code instead of parsing and compiling 2 MB of JavaScript again:
 * about 60 ms of CPU less, a third of what a signature-only verify costs (`npm run bench`, start-up rows).
 *
 * One cache per command: what a run compiles is what its command uses, so the first `verify` writes the
 * code a verify needs, and a later `verify` finds all of it, whichever command ran first on the machine.
 *
 * Two rules keep it honest. V8 accepts a cache made by the same V8, with the same flags, for a source of
 * the same length; it does not check that the source is the same. So a cache is named by the SHA-256 of
 * the bundle it was made from. And compiled code is code: a cache is read only from a directory and a
 * file this user owns and nobody else may write, never through a symbolic link; anything else and the
 * bundle is compiled as if there were no cache.
 */
import { createHash } from 'node:crypto'
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { Script } from 'node:vm'
import { othersMayWrite } from '../util/private-dir.js'

/** What became of the cache: read and taken by V8, none yet, refused by V8, or not used at all. */
export type CodeCacheState = 'used' | 'absent' | 'rejected' | 'off'

export interface LoadedBundle {
  /** The bundle's `module.exports`. */
  exports: unknown
  cache: CodeCacheState
  /**
   * Writes the cache from what this process has compiled so far, where there was none or V8 refused it;
   * call it when the command's work is done. Never throws: a cache that cannot be written is no cache.
   */
  save(): void
}

/** A cache file's name: `<bundle SHA-256, 32 hex>-<command>-<arch>-v8-<version>.bin`. */
const CACHE_FILE = /^([0-9a-f]{32})-[a-z0-9-]+-[a-z0-9]+-v8-[0-9a-z.-]+\.bin$/

/**
 * The directory of Signet's code caches: under NODE_COMPILE_CACHE where that is set (Node's own setting,
 * which Node ≥ 22.1 uses for its compile cache), else under XDG_CACHE_HOME or ~/.cache; none where
 * NODE_DISABLE_COMPILE_CACHE is set (Node's switch for its own) or no home directory is known.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv, home: () => string = homedir): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined
  if (env.NODE_COMPILE_CACHE) return join(env.NODE_COMPILE_CACHE, 'signet')
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'signet', 'code-cache')
  try {
    return join(home(), '.cache', 'signet', 'code-cache')
  } catch {
    return undefined
  }
}

/**
 * The cache's name for a run of `argv`: its command word (`verify`, `sign`, …), `signet` for none. A word
 * that is no command makes a run that exits 2, and those write no cache (cli/index.ts).
 */
export function cacheNameOf(argv: readonly string[]): string {
  const word = argv[0] ?? ''
  return /^[a-z][a-z0-9-]{0,31}$/.test(word) ? word : 'signet'
}

/**
 * Runs the CommonJS bundle `file` as Node would `require` it, with its compiled code from `cacheDir`
 * (one file per `name`) where a good one is there.
 */
export function loadBundle(file: string, options: { cacheDir?: string; name: string }): LoadedBundle {
  const bytes = readFileSync(file)
  const bundleHash = createHash('sha256').update(bytes).digest('hex').slice(0, 32)
  const dir =
    options.cacheDir !== undefined && privateDirectory(options.cacheDir) ? options.cacheDir : undefined
  const cacheFile =
    dir && join(dir, `${bundleHash}-${options.name}-${process.arch}-v8-${process.versions.v8}.bin`)
  const cachedData = cacheFile ? readPrivateFile(cacheFile) : undefined
  // The wrapper Node puts around a CommonJS module, on the bundle's first line so its line numbers hold.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n})`,
    { filename: file, cachedData }
  )
  const cache: CodeCacheState =
    cacheFile === undefined
      ? 'off'
      : cachedData === undefined
        ? 'absent'
        : script.cachedDataRejected
          ? 'rejected'
          : 'used'
  const module = { exports: {} as unknown }
  const run = script.runInThisContext() as (...args: unknown[]) => void
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file))
  return {
    exports: module.exports,
    cache,
    save: () => {
      if (cacheFile !== undefined && (cache === 'absent' || cache === 'rejected')) {
        writeCache(cacheFile, bundleHash, script)
      }
    }
  }
}

/**
 * Creates `dir` (for this user only) where missing; true where it is this user's and only theirs to write.
 * Never where the system has no user ids (Windows): there is no telling who wrote what is there.
 */
function privateDirectory(dir: string): boolean {
  if (process.getuid === undefined) return false
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const stat = lstatSync(dir)
    return stat.isDirectory() && !othersMayWrite(stat)
  } catch {
    return false
  }
}

/**
 * The bytes of `file` where it is a regular file this user owns and only they may write (in a directory
 * privateDirectory accepted); not followed if a link.
 */
function readPrivateFile(file: string): Buffer | undefined {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch {
    return undefined
  }
  try {
    const stat = fstatSync(fd)
    return stat.isFile() && !othersMayWrite(stat) ? readFileSync(fd) : undefined
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

/**
 * Writes the cache whole or not at all (a new file renamed over the old, so a process starting meanwhile
 * reads the old or the new), and removes the caches of other bundles: an upgrade leaves none behind.
 */
function writeCache(cacheFile: string, bundleHash: string, script: Script): void {
  const dir = dirname(cacheFile)
  const partial = `${cacheFile}.${process.pid}.partial`
  try {
    writeFileSync(partial, script.createCachedData(), { mode: 0o600, flag: 'wx' })
    renameSync(partial, cacheFile)
    for (const name of readdirSync(dir)) {
      const other = CACHE_FILE.exec(name)
      if (other !== null && other[1] !== bundleHash) removeQuietly(join(dir, name))
    }
  } catch {
    removeQuietly(partial)
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true })
  } catch {
    // Left for the next writer's rename to replace, or the user to remove.
  }
}
