import { createHash } from 'node:crypto'
import { MB } from './config.js'

/** SHA-256 throughput of node:crypto on in-memory data, in MB/s: no verify can re-hash faster. */
export function sha256MegabytesPerSecond(totalMegabytes = 512, chunkBytes = 256 * 1024): number {
  const chunk = Buffer.alloc(chunkBytes, 0x5a)
  const chunks = (totalMegabytes * MB) / chunkBytes
  const started = process.hrtime.bigint()
  const hash = createHash('sha256')
  for (let i = 0; i < chunks; i++) hash.update(chunk)
  hash.digest()
  return totalMegabytes / (Number(process.hrtime.bigint() - started) / 1e9)
}
