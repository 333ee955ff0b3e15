/**
 * A report table as terminal text, at most MAX_WIDTH columns wide: digests shortened as docker does
 * (`sha256:0123456789ab…`), then the widest column cut with '…' until the table fits. Full values are in
 * `--json`. Notes (a rejection's reason) follow the table whole: they are the point, not a cell.
 */
import type { Table } from '../report/outputs.js'

const MAX_WIDTH = 120
const GAP = '  '
/** A column is never cut narrower than this. */
const MIN_COLUMN = 12

export function formatTable(table: Table, maxWidth = MAX_WIDTH): string {
  const rows = table.rows.map(row => row.map(shortenDigests))
  const widths = table.header.map((head, column) =>
    Math.max(head.length, ...rows.map(row => row[column].length))
  )
  const total = () => widths.reduce((sum, width) => sum + width, 0) + GAP.length * (widths.length - 1)
  while (total() > maxWidth) {
    const widest = widths.indexOf(Math.max(...widths))
    if (widths[widest] <= MIN_COLUMN) break
    widths[widest] = Math.max(MIN_COLUMN, widths[widest] - (total() - maxWidth))
  }
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => fit(cell, widths[column]).padEnd(widths[column]))
      .join(GAP)
      .trimEnd()
  const lines = [table.title, line(table.header), ...rows.map(line), ...(table.notes ?? [])]
  return `${lines.join('\n')}\n`
}

function shortenDigests(text: string): string {
  return text.replace(/\b(sha256:[0-9a-f]{12})[0-9a-f]{52}\b/g, '$1…')
}

function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`
}
