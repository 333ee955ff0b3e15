/**
 * A table as the HTML of a GitHub job summary. The summary is Markdown in which GitHub renders raw HTML
 * blocks; every cell is written whole (`<td></td>` when empty, where core.summary's addTable leaves an
 * open `<td>`), all text is escaped (registry and certificate text is untrusted), and no block holds a
 * blank line (which would end the HTML block and let Markdown parse the rest).
 */
import { oneLine } from '../util/sanitize.js'
import { escapeHtml, type Table } from './outputs.js'

export function summaryHtml(table: Table): string {
  // Untrusted text (registry, certificate) becomes one plain line (util/sanitize), then escaped HTML.
  const text = (value: string): string => escapeHtml(oneLine(value))
  const row = (tag: 'th' | 'td', cells: string[]): string =>
    `<tr>${cells.map(cell => `<${tag}>${text(cell)}</${tag}>`).join('')}</tr>`
  const blocks = [
    `<h3>${text(table.title)}</h3>`,
    ['<table>', row('th', table.header), ...table.rows.map(cells => row('td', cells)), '</table>'].join('\n')
  ]
  if (table.notes !== undefined && table.notes.length > 0) {
    blocks.push(['<ul>', ...table.notes.map(note => `<li>${text(note)}</li>`), '</ul>'].join('\n'))
  }
  return `${blocks.join('\n\n')}\n\n`
}
