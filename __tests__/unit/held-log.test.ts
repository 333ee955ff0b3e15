/** A log held back until released: verify's content check, run while the signature is checked, logs into one. */
import { HeldLog } from '../../src/util/buffered-log.js'
import { recordingLog } from '../helpers/signet.js'

test('lines wait for the release, come out in order, and go straight through after it', async () => {
  const held = new HeldLog()
  const log = recordingLog()
  held.info('one')
  held.warning('two')
  await held.group('three', async () => held.debug('four'))
  expect(log.lines).toEqual([])
  held.release(log)
  expect(log.lines).toEqual(['one', 'warning: two', 'three', 'debug: four'])
  held.info('five')
  expect(log.lines.at(-1)).toBe('five')
})

test('never released, nothing reaches any log', () => {
  const held = new HeldLog()
  const log = recordingLog()
  held.info('work done ahead of a rejection')
  expect(log.lines).toEqual([])
})

test("a status line only once released, and only to a log that has one (a terminal's)", () => {
  const held = new HeldLog()
  expect(held.status).toBeUndefined()
  const drawn: string[] = []
  held.release({ ...recordingLog(), status: line => void drawn.push(line) })
  held.status?.('40%')
  expect(drawn).toEqual(['40%'])
  const plain = new HeldLog()
  plain.release(recordingLog())
  expect(plain.status).toBeUndefined()
})
