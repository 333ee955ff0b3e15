/**
 * `signet report merge` on verify reports (sweeps are merged against a real registry in
 * sweep-shard.test.ts): the verdict of the whole, the exit code, and what is refused.
 */
import { mergeReports } from '../../src/report/merge.js'
import { EXIT, InputError } from '../../src/util/errors.js'
import type { ImageReport, VerifyResult } from '../../src/verify/verify.js'

function image(name: string, verdict: ImageReport['verdict']): ImageReport {
  return {
    image: name,
    verified: verdict === 'verified',
    verdict,
    checks: [],
    signatures: [],
    selected: [],
    blobs: { checked: 0, bytes: 0, manifests: 0 },
    reasons: verdict === 'verified' ? [] : [`${name} ${verdict}`]
  }
}

function shard(index: number, images: ImageReport[], count = 3): { file: string; json: VerifyResult } {
  const verdict = images.some(i => i.verdict === 'rejected')
    ? 'rejected'
    : images.some(i => i.verdict === 'error')
      ? 'error'
      : 'verified'
  return {
    file: `shard-${index}.json`,
    json: { verified: verdict === 'verified', verdict, images, shard: `${index}/${count}` }
  }
}

test('shards merge in shard order whatever order the files come in; a rejection outweighs an error', () => {
  const merged = mergeReports([
    shard(3, [image('c', 'error')]),
    shard(1, [image('a', 'verified')]),
    shard(2, [image('b', 'rejected')])
  ])
  expect(merged.kind).toBe('verify')
  expect((merged.result as VerifyResult).images.map(i => i.image)).toEqual(['a', 'b', 'c'])
  expect(merged.result).toMatchObject({ verified: false, verdict: 'rejected' })
  expect(merged.exitCode).toBe(EXIT.FAILED)
  expect(merged.table.title).toContain('1 of 3 images rejected, 1 more could not be checked')
})

test.each([
  [[shard(1, [image('a', 'verified')]), shard(2, [image('b', 'verified')]), shard(3, [])], EXIT.OK],
  [[shard(1, [image('a', 'verified')]), shard(2, [image('b', 'error')]), shard(3, [])], EXIT.INCOMPLETE]
])('the exit code is the whole run’s (%#)', (files, code) => {
  expect(mergeReports(files).exitCode).toBe(code)
})

test.each([
  ['no file', [], /Nothing to merge/],
  ['a shard missing', [shard(1, []), shard(3, [])], /Shard 2\/3 missing/],
  ['a shard twice', [shard(1, []), shard(2, []), shard(2, []), shard(3, [])], /Shard 2\/3 is given twice/],
  ['splits of different sizes', [shard(1, [], 2), shard(2, [], 3)], /different sizes/],
  [
    'a shard and an unsplit run',
    [shard(1, [], 1), { file: 'x', json: { verified: true, verdict: 'verified', images: [] } }],
    /some are not/
  ],
  ['not a report', [{ file: 'x.json', json: { hello: 1 } }], /x\.json is not a Signet JSON report/],
  [
    'an image without a verdict',
    [{ file: 'y.json', json: { verdict: 'verified', images: [{ image: 'a' }] } }],
    /y\.json/
  ],
  [
    'a sweep with a verify',
    [shard(1, [], 1), { file: 's', json: { rows: [], counts: {}, dryRun: false, listedFrom: 'catalog' } }],
    /sweep report with a verify report/
  ]
])('refused: %s', (_name, files, message) => {
  expect(() => mergeReports(files as Parameters<typeof mergeReports>[0])).toThrow(InputError)
  expect(() => mergeReports(files as Parameters<typeof mergeReports>[0])).toThrow(message)
})
