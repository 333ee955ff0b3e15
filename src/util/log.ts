/** What the engines need of a console. The action maps it to `@actions/core`, the CLI to stderr. */
export interface Log {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** A collapsible group in the Actions log; a heading in the terminal. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>
  /** A status line redrawn in place on a terminal ('' clears it); absent where output is a log. */
  status?(line: string): void
}

/** A log that drops everything, for library callers and tests that do not care. */
export const silentLog: Log = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
  group: (_title, body) => body()
}
