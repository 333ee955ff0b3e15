import type { Log } from './log.js'

type Line = { level: 'info' | 'warning' | 'debug'; message: string }

/**
 * A log that holds its lines until `replay`: work that runs concurrently (images of one gate) writes to
 * one each, and the lines reach the real log one piece of work at a time, in a stable order, each in its
 * own group. No status line: a redrawn line would interleave.
 */
export class BufferedLog implements Log {
  private readonly lines: Line[] = []

  info(message: string): void {
    this.lines.push({ level: 'info', message })
  }

  warning(message: string): void {
    this.lines.push({ level: 'warning', message })
  }

  debug(message: string): void {
    this.lines.push({ level: 'debug', message })
  }

  /** A nested group is flattened into this one: the log it replays into has already opened a group. */
  group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.info(title)
    return body()
  }

  /** Writes the held lines to `log`, in the order they were logged. */
  replay(log: Log): void {
    for (const { level, message } of this.lines) log[level](message)
    this.lines.length = 0
  }
}

/**
 * A log held back until `release`: its lines so far are replayed into the log released to, and later
 * ones go straight there (a terminal's status line too); never released, its lines are dropped. For work
 * done ahead of a decision (verify's content check, started while the signature is checked), shown only
 * once the decision lets it count.
 */
export class HeldLog implements Log {
  private readonly held = new BufferedLog()
  private target?: Log

  info(message: string): void {
    ;(this.target ?? this.held).info(message)
  }

  warning(message: string): void {
    ;(this.target ?? this.held).warning(message)
  }

  debug(message: string): void {
    ;(this.target ?? this.held).debug(message)
  }

  group<T>(title: string, body: () => Promise<T>): Promise<T> {
    return (this.target ?? this.held).group(title, body)
  }

  /** The released-to log's status line; none while held, so progress is counted in lines meanwhile. */
  get status(): ((line: string) => void) | undefined {
    return this.target?.status?.bind(this.target)
  }

  release(log: Log): void {
    this.held.replay(log)
    this.target = log
  }
}
