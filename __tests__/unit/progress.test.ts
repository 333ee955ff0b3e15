/** Progress lines for big blobs, with a fake clock: throttled in logs, redrawn on a terminal, one final line. */
import { Progress, PROGRESS_MIN_BYTES } from '../../src/util/progress.js'
import { recordingLog } from '../helpers/signet.js'

const MiB = 1024 * 1024
const DIGEST = `sha256:${'ab'.repeat(32)}`

function clock(): { now: () => number; advance: (ms: number) => void } {
  let time = 0
  return { now: () => time, advance: ms => void (time += ms) }
}

test('a log gets a line per big blob every 5 s with bytes, rate and ETA, then its time, then the run line', () => {
  const log = recordingLog()
  const time = clock()
  const progress = new Progress(log, 'Re-hashed', { now: time.now })
  const blob = progress.start(DIGEST, 100 * MiB)
  // 10 MiB per second in 1 MiB chunks: 10 chunks a second, one line per 5 s at most.
  for (let second = 0; second < 10; second++) {
    for (let chunk = 0; chunk < 10; chunk++) {
      time.advance(100)
      blob.advance(MiB)
    }
  }
  const lines = log.lines.filter(line => line.includes(' of 100.0 MiB'))
  expect(lines).toEqual([`${DIGEST}: 50.0 MiB of 100.0 MiB (50%), 10.5 MB/s, ETA 5.0 s`])
  blob.finish()
  expect(log.lines.at(-1)).toBe(`${DIGEST}: re-hashed 100.0 MiB in 10.0 s (10.5 MB/s)`)
  const small = progress.start(`sha256:${'cd'.repeat(32)}`, MiB)
  small.advance(MiB)
  small.finish()
  time.advance(1000)
  // Small blobs only count: no line of their own.
  expect(log.lines.some(line => line.includes('cd'.repeat(32)))).toBe(false)
  expect(progress.summary()).toBe('Re-hashed 2 blobs, 101.0 MiB in 11.0 s (9.6 MB/s)')
})

test('a failed blob is not counted, and blobs under the threshold never print progress', () => {
  const log = recordingLog()
  const time = clock()
  const progress = new Progress(log, 'Uploaded', { now: time.now })
  const below = progress.start(DIGEST, PROGRESS_MIN_BYTES - 1)
  time.advance(59_000)
  below.advance(PROGRESS_MIN_BYTES - 1)
  const failing = progress.start(DIGEST, PROGRESS_MIN_BYTES)
  failing.fail()
  below.finish()
  expect(log.lines).toEqual([])
  expect(progress.summary()).toMatch(/^Uploaded 1 blob, 16\.0 MiB in 59\.0 s/)
})

test('on a terminal one status line is redrawn (at most every 200 ms) and cleared when the blob ends', () => {
  const statuses: string[] = []
  const log = { ...recordingLog(), status: (line: string) => void statuses.push(line) }
  const time = clock()
  const progress = new Progress(log, 'Uploaded', { now: time.now })
  const a = progress.start(DIGEST, 32 * MiB)
  const b = progress.start(`sha256:${'cd'.repeat(32)}`, 64 * MiB)
  for (let i = 0; i < 10; i++) {
    time.advance(50)
    a.advance(MiB)
    b.advance(2 * MiB)
  }
  // 500 ms of chunks every 50 ms: redrawn on the first chunk, then every 200 ms.
  expect(statuses).toHaveLength(3)
  expect(statuses[0]).toMatch(
    /^Uploading sha256:abababababab 1\.0 MiB of 32\.0 MiB \(3%\), .* \| sha256:cdcdcdcdcdcd /
  )
  a.finish()
  expect(statuses.at(-1)).toBe('')
  expect(log.lines.at(-1)).toMatch(/^sha256:(ab)+: uploaded 32\.0 MiB in 0\.5 s/)
  // No log lines of progress while a terminal shows the status.
  expect(log.lines.filter(line => line.includes(' of '))).toEqual([])
})
