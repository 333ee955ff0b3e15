/**
 * The files a gate reads: the repository files matching an input's globs (relative to `root`), narrowed
 * to a pull request's changed files for `changed-only`. Globs that match nothing at all are an input
 * error: a gate that checks nothing because of a typo must not pass.
 */
import path from 'node:path'
import { InputError } from '../util/errors.js'

export async function gateFiles(
  input: string,
  patterns: string[],
  options: { root: string; changedFiles?: string[]; what: string; example: string }
): Promise<string[]> {
  // Loaded on use: @actions/glob stays off the start-up path of runs without a gate.
  const { findDockerfiles: findFiles } = await import('./dockerfile.js')
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
