/** The result table: printed for people, written as JSON for machines. */
export interface Row {
  measurement: string
  unit: 's' | 'MB' | 'bytes' | 'MB/s'
  signet: number
  /** skopeo's median for the same job, or another named reference (see `baselineName`). */
  baseline?: number
  baselineName?: string
  /** Signet ÷ baseline, when there is a baseline. */
  ratio?: number
  target: string
  met?: boolean
  /** Requests the registry saw, when counted (the latency suite). */
  requests?: { signet: number; baseline?: number }
}

export function row(fields: Omit<Row, 'ratio'>): Row {
  const ratio = fields.baseline ? fields.signet / fields.baseline : undefined
  return { ...fields, ratio }
}

function format(value: number | undefined, unit: Row['unit']): string {
  if (value === undefined) return '—'
  if (unit === 'bytes') return `${Math.round(value)} B`
  if (unit === 's') return `${value.toFixed(3)} s`
  return `${value.toFixed(0)} ${unit}`
}

export function renderTable(rows: Row[]): string {
  const header = [
    'measurement',
    'signet (median)',
    'baseline (median)',
    'ratio',
    'requests',
    'target',
    'met?'
  ]
  const cells = rows.map(r => [
    r.measurement,
    format(r.signet, r.unit),
    r.baseline === undefined ? '—' : `${format(r.baseline, r.unit)} (${r.baselineName ?? 'skopeo'})`,
    r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`,
    r.requests === undefined ? '—' : `${r.requests.signet} vs ${r.requests.baseline ?? '—'}`,
    r.target,
    r.met === undefined ? '—' : r.met ? 'yes' : 'NO'
  ])
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map(line => line[i].length)))
  const line = (values: string[]) => `| ${values.map((value, i) => value.padEnd(widths[i])).join(' | ')} |`
  return [line(header), line(widths.map(width => '-'.repeat(width))), ...cells.map(line)].join('\n')
}
