/**
 * `shard: I/N`: each key in exactly one shard, a split that does not move keys as the list grows, and
 * the input refused unless it is I/N with 1 ≤ I ≤ N.
 */
import { readInputs } from '../../src/inputs/read-inputs.js'
import type { VerifyInputs } from '../../src/inputs/verify-inputs.js'
import { InputError } from '../../src/util/errors.js'
import { inShard, type Shard } from '../../src/util/shard.js'
import { inputSource } from '../helpers/signet.js'

const PEM_CERT = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'
const verify = { mode: 'verify', image: 'ghcr.io/acme/app:1', 'trust-roots': PEM_CERT }
const keys = (count: number) => Array.from({ length: count }, (_, at) => `ghcr.io/acme/service-${at}`)
const shardsOf = (count: number): Shard[] =>
  Array.from({ length: count }, (_, at) => ({ index: at + 1, count }))

test('every key falls in exactly one of N shards, and every shard gets some of 200', () => {
  for (const count of [1, 2, 4, 7]) {
    const shards = shardsOf(count)
    for (const key of keys(200)) expect(shards.filter(shard => inShard(key, shard))).toHaveLength(1)
    for (const shard of shards) expect(keys(200).filter(key => inShard(key, shard)).length).toBeGreaterThan(0)
  }
})

test('a growing list moves no key to another shard (a hash of the name, not its position)', () => {
  const shards = shardsOf(4)
  const owner = (key: string) => shards.findIndex(shard => inShard(key, shard))
  const before = new Map(keys(100).map(key => [key, owner(key)]))
  const grown = [...keys(150).reverse(), 'ghcr.io/acme/a-new-one']
  for (const key of grown) if (before.has(key)) expect(owner(key)).toBe(before.get(key))
})

test.each([
  ['2/4', { index: 2, count: 4 }],
  ['1/1', { index: 1, count: 1 }]
])("shard '%s' is read", (value, shard) => {
  const inputs = readInputs(inputSource({ ...verify, shard: value })) as VerifyInputs
  expect(inputs.shard).toEqual(shard)
})

test.each(['0/4', '5/4', '1', '1/0', 'a/b', '1/4/2', ' 1/4x'])(
  "shard '%s' is refused, naming the input",
  value => {
    const read = () => readInputs(inputSource({ ...verify, shard: value }))
    expect(read).toThrow(InputError)
    expect(read).toThrow(/Invalid input 'shard'.*Expected I\/N/)
  }
)

test('max-concurrency is read, 16 by default', () => {
  const read = (extra: Record<string, string>) =>
    (readInputs(inputSource({ ...verify, ...extra })) as VerifyInputs).maxConcurrency
  expect(read({})).toBe(16)
  expect(read({ 'max-concurrency': '8' })).toBe(8)
  expect(() => read({ 'max-concurrency': '0' })).toThrow(/max-concurrency/)
})
