/**
 * A table as the HTML of a GitHub job summary. The summary is Markdown in which GitHub renders raw HTML
 * blocks; every cell is written whole (`<td></td>` when empty, where core.summary's addTable leaves an
 * open `<td>`), all text is escaped (registry and certificate text is untrusted), and no block holds a
 * blank line (which would end the HTML block and let Markdown parse the rest).
 *
 * GitHub lays a summary table out as wide as its longest lines and scrolls it past the page: a table
 * with a summary view is shown through it (short lines, digests shortened with the whole value in a
 * tooltip, a rejection's reason behind its verdict), so every column fits a 1000 px window.
 */
import { oneLine } from '../util/sanitize.js'
import { escapeHtml, type SummaryCell, type Table } from './outputs.js'

/** Digests show their first 12 hex digits, as docker does; the whole value is in the tooltip. */
const DIGEST = /\b(sha256:[0-9a-f]{12})[0-9a-f]{52}\b/g

export function summaryHtml(table: Table): string {
  // Untrusted text (registry, certificate) becomes one plain line (util/sanitize), then escaped HTML.
  const text = (value: string): string => escapeHtml(oneLine(value))
  const row = (tag: 'th' | 'td', cells: string[]): string =>
    `<tr>${cells.map(cell => `<${tag}>${cell}</${tag}>`).join('')}</tr>`
  const view = table.summary ?? {
    header: table.header,
    rows: table.rows.map(cells => cells.map(cell => ({ lines: [cell] })))
  }
  const blocks = [
    `<h3>${text(table.title)}</h3>`,
    [
      '<table>',
      row('th', view.header.map(text)),
      ...view.rows.map(cells => row('td', cells.map(cellHtml))),
      '</table>'
    ].join('\n')
  ]
  if (table.notes !== undefined && table.notes.length > 0) {
    blocks.push(['<ul>', ...table.notes.map(note => `<li>${text(note)}</li>`), '</ul>'].join('\n'))
  }
  return `${blocks.join('\n\n')}\n\n`
}

/**
 * Escaped text that may wrap after each `/` and before an `@`: paths and image references are long
 * words, and a cell that cannot wrap widens the whole table past the page.
 */
function breakable(html: string): string {
  return html.replace(/\//g, '/<wbr>').replace(/@/g, '<wbr>@')
}

/** Short lines (a `<br>` between), the whole value as a tooltip when something was shortened. */
function cellHtml(cell: SummaryCell): string {
  const lines = cell.lines.filter(line => line !== '')
  const shown = lines.map(line => breakable(escapeHtml(oneLine(line).replace(DIGEST, '$1…')))).join('<br>')
  const whole = cell.title ?? lines.join('\n')
  const shortened = lines.some(line => line.replace(DIGEST, '') !== line)
  // A tooltip keeps its line breaks as escaped newlines; everything else stays one line.
  const title =
    shortened || (cell.title !== undefined && cell.title !== lines.join('\n'))
      ? ` title="${whole
          .split('\n')
          .map(line => escapeHtml(oneLine(line)))
          .join('&#10;')}"`
      : ''
  const content = title ? `<span${title}>${shown}</span>` : shown
  if (cell.details === undefined) return content
  return `<details><summary>${content}</summary>${escapeHtml(oneLine(cell.details))}</details>`
}
