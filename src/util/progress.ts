/**
 * Progress of long blob transfers (sign's pushes, verify's re-hash and store writes), so a multi-GB
 * image is not minutes of silence. Blobs of PROGRESS_MIN_BYTES and more get bytes, rate and ETA:
 * in a log (CI, a pipe) a line per blob every few seconds; on a terminal one status line redrawn in place
 * (the Log's `status`). Every run ends with one line: blobs, bytes, seconds, MB/s.
 */
import type { Log } from './log.js'

/** Blobs at least this big get progress lines; smaller ones only count towards the run's total. */
export const PROGRESS_MIN_BYTES = 16 * 1024 * 1024
/** A log gets at most a line per blob this often: readable in CI, not a line per chunk. */
const LOG_INTERVAL_MS = 5000
/** A terminal's status line is redrawn at most this often. */
const STATUS_INTERVAL_MS = 200

export interface ProgressOptions {
  /** Milliseconds since some origin; tests pass a fake clock. */
  now?: () => number
  /** Log line interval; default 5 s. */
  logIntervalMs?: number
}

/** One blob's progress: chunks as they pass, then finish (counted) or fail (not counted). */
export interface BlobProgress {
  advance(bytes: number): void
  finish(): void
  fail(): void
}

interface Transfer {
  name: string
  size: number
  done: number
  started: number
  lastLogged: number
}

/** One run's transfers: `verb` says what happens to the bytes ("Pushed", "Re-hashed"). */
export class Progress {
  private readonly now: () => number
  private readonly logIntervalMs: number
  private readonly started: number
  private readonly active = new Set<Transfer>()
  private lastStatus = -Infinity
  private blobs = 0
  private bytes = 0

  constructor(
    private readonly log: Log,
    private readonly verb: string,
    options: ProgressOptions = {}
  ) {
    this.now = options.now ?? (() => performance.now())
    this.logIntervalMs = options.logIntervalMs ?? LOG_INTERVAL_MS
    this.started = this.now()
  }

  /**
   * Starts one blob; call the returned `advance` with each chunk's length and `finish` once it is done.
   * Small blobs are only counted.
   */
  start(name: string, size: number): BlobProgress {
    if (size < PROGRESS_MIN_BYTES) {
      return { advance: () => undefined, finish: () => this.count(size), fail: () => undefined }
    }
    const started = this.now()
    const transfer: Transfer = { name, size, done: 0, started, lastLogged: started }
    this.active.add(transfer)
    return {
      advance: bytes => {
        transfer.done += bytes
        this.report(transfer)
      },
      finish: () => {
        if (!this.active.delete(transfer)) return
        this.count(size)
        this.clearStatus()
        const seconds = (this.now() - transfer.started) / 1000
        this.log.info(
          `${transfer.name}: ${this.verb.toLowerCase()} ${formatSize(size)} in ${formatSeconds(seconds)} (${formatRate(size, seconds)})`
        )
      },
      fail: () => {
        if (this.active.delete(transfer)) this.clearStatus()
      }
    }
  }

  /** The run's line: `Re-hashed 8 blobs, 600.1 MiB in 4.2 s (142.8 MB/s)`. */
  summary(): string {
    const seconds = (this.now() - this.started) / 1000
    return `${this.verb} ${this.blobs} blob${this.blobs === 1 ? '' : 's'}, ${formatSize(this.bytes)} in ${formatSeconds(seconds)} (${formatRate(this.bytes, seconds)})`
  }

  private count(size: number): void {
    this.blobs++
    this.bytes += size
  }

  private report(transfer: Transfer): void {
    const now = this.now()
    if (this.log.status !== undefined) {
      if (now - this.lastStatus < STATUS_INTERVAL_MS) return
      this.lastStatus = now
      this.log.status(this.statusLine(now))
      return
    }
    if (now - transfer.lastLogged < this.logIntervalMs || transfer.done >= transfer.size) return
    transfer.lastLogged = now
    this.log.info(`${transfer.name}: ${describeTransfer(transfer, now)}`)
  }

  /** Every big blob in flight on one line, for a terminal. */
  private statusLine(now: number): string {
    const parts = [...this.active].map(
      transfer => `${shortName(transfer.name)} ${describeTransfer(transfer, now)}`
    )
    return `${this.verb.replace(/ed$/, 'ing')} ${parts.join(' | ')}`
  }

  private clearStatus(): void {
    if (this.log.status === undefined || this.lastStatus === -Infinity) return
    this.log.status('')
    this.lastStatus = -Infinity
  }
}

/** `120.0 MiB of 1.00 GiB (12%), 95.2 MB/s, ETA 9 s` */
function describeTransfer(transfer: Transfer, now: number): string {
  const seconds = Math.max((now - transfer.started) / 1000, 0.001)
  const rate = transfer.done / seconds
  const percent = Math.floor((transfer.done / transfer.size) * 100)
  const eta = rate > 0 ? `ETA ${formatSeconds((transfer.size - transfer.done) / rate)}` : 'ETA unknown'
  return `${formatSize(transfer.done)} of ${formatSize(transfer.size)} (${percent}%), ${formatRate(transfer.done, seconds)}, ${eta}`
}

/** `sha256:0123456789ab` of a digest, so several fit on a terminal line. */
function shortName(name: string): string {
  return name.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+/, '$1')
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GiB`
}

/** Decimal megabytes per second, as network tools quote rates. */
function formatRate(bytes: number, seconds: number): string {
  return `${(bytes / 1e6 / Math.max(seconds, 0.001)).toFixed(1)} MB/s`
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)} min ${whole % 60} s`
}

/**
 * `2 manifests and 4 blobs checked (3.0 MiB)`: the same count of blobs as the run's `Re-hashed 4 blobs`
 * line, child manifests counted apart. (Here, not in verify/, so the faces' reports format it without
 * loading the verify engine.)
 */
export function checkedContent(
  blobs: { checked: number; bytes: number; manifests: number },
  verifyLayers = true
): string {
  const manifests =
    blobs.manifests > 0 ? `${blobs.manifests} manifest${blobs.manifests === 1 ? '' : 's'}` : ''
  if (!verifyLayers)
    return `${manifests ? `${manifests} checked, ` : ''}blobs not re-hashed (verify-layers: false)`
  const layers = blobs.checked - blobs.manifests
  const counted = [manifests, `${layers} blob${layers === 1 ? '' : 's'}`].filter(Boolean).join(' and ')
  return `${counted} checked (${formatSize(blobs.bytes)})`
}
