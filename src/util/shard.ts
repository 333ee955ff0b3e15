import { createHash } from 'node:crypto'

/** One matrix job's share of a run: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number
  count: number
}

/**
 * True when `key` (a repository, an image) belongs to `shard`. The share is chosen by a hash of the key,
 * not by its position in a list: adding or removing a repository moves no other one to another shard,
 * and every job of the matrix computes the same split without talking to the others.
 */
export function inShard(key: string, shard: Shard | undefined): boolean {
  if (shard === undefined || shard.count === 1) return true
  const hash = createHash('sha256').update(key).digest()
  return hash.readUInt32BE(0) % shard.count === shard.index - 1
}

/** `I/N` as the `shard` input and reports spell it. */
export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`
}
