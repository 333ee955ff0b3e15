/**
 * A report table as terminal text, at most MAX_WIDTH columns wide. Digests are shortened as docker does
 * (`sha256:0123456789ab…`; the full values are in `--json` and the `digest:`/`ref:` lines). A table still
 * too wide is printed as one block of `Header  value` lines per row, which wraps nothing and cuts
 * nothing. Notes (a rejection's reason) follow whole: they are the point, not a cell.
 */
import type { Table } from '../report/outputs.js'
import { oneLine } from '../util/sanitize.js'

const MAX_WIDTH = 120
const GAP = '  '

/** The table as text; every cell, the title and the notes kept to one line (text from registries and certificates). */
export function formatTable(untrusted: Table, maxWidth = MAX_WIDTH): string {
  const table = {
    ...untrusted,
    title: oneLine(untrusted.title),
    notes: untrusted.notes?.map(note => oneLine(note))
  }
  const rows = untrusted.rows.map(row => row.map(cell => shortenDigests(oneLine(cell))))
  const widths = table.header.map((head, column) =>
    Math.max(head.length, ...rows.map(row => row[column].length))
  )
  const width = widths.reduce((sum, column) => sum + column, 0) + GAP.length * (widths.length - 1)
  const body = width <= maxWidth ? columns(table.header, rows, widths) : records(table.header, rows)
  return `${[table.title, ...body, ...(table.notes ?? [])].join('\n')}\n`
}

function columns(header: string[], rows: string[][], widths: number[]): string[] {
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join(GAP)
      .trimEnd()
  return [line(header), ...rows.map(line)]
}

/** Each row as `Header  value` lines (empty cells left out), rows separated by a blank line. */
function records(header: string[], rows: string[][]): string[] {
  const label = Math.max(...header.map(head => head.length))
  return rows.flatMap((row, index) => [
    ...(index > 0 ? [''] : []),
    ...row.flatMap((cell, column) => (cell === '' ? [] : [`  ${header[column].padEnd(label)}${GAP}${cell}`]))
  ])
}

function shortenDigests(text: string): string {
  return text.replace(/\b(sha256:[0-9a-f]{12})[0-9a-f]{52}\b/g, '$1…')
}
