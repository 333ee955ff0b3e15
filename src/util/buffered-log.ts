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
