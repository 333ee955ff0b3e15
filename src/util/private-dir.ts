/**
 * Where a cache of Signet's own results may live. An entry someone else planted would be taken as Signet's
 * (an accepted verdict, compiled code), so a cache is kept only where this user alone may write.
 */
import type { Stats } from 'node:fs'

/**
 * True where `stat` is of a file or directory someone else may write: group- or world-writable, or owned
 * by another user (where the system has user ids).
 */
export function othersMayWrite(stat: Stats): boolean {
  const owner = process.getuid?.()
  return (stat.mode & 0o022) !== 0 || (owner !== undefined && stat.uid !== owner)
}
