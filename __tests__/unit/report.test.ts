/** Report tables: built from column lists, printed within 120 columns, written as whole, escaped HTML. */
import { formatTable } from '../../src/cli/table-text.js'
import { failureTable, revocationCell, verifyTable, type Table } from '../../src/report/outputs.js'
import { summaryHtml } from '../../src/report/summary-html.js'
import { InputError } from '../../src/util/errors.js'
import { StepError } from '../../src/util/steps.js'
import type { ImageReport } from '../../src/verify/verify.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`

function report(extra: Partial<ImageReport> = {}): ImageReport {
  return {
    image: 'ghcr.io/acme/app:1.0',
    verified: true,
    verdict: 'verified',
    checks: [],
    digest: DIGEST,
    signer: 'C=US, ST=WA, O=Acme, CN=release',
    signatures: [{ digest: DIGEST, verified: true, signingTime: '2026-11-30T06:00:00.000Z' }],
    selected: [{ digest: DIGEST, platform: 'linux/arm64', scenarios: ['kernel-4.19.90', 'edge'] }],
    blobs: { checked: 6, bytes: 3 * 1024 * 1024, manifests: 2 },
    reasons: [],
    ...extra
  }
}

test('the verify table: one row per image, every column, human sizes; reasons in notes, once', () => {
  const rejected = report({
    image: 'ghcr.io/acme/other:1',
    verified: false,
    verdict: 'rejected',
    reasons: ['no signature found']
  })
  const table = verifyTable({ verified: false, verdict: 'rejected', images: [report(), rejected] })
  expect(table.title).toBe('Verification failed: 1 of 2 images rejected')
  expect(table.header).toEqual([
    'Image',
    'Verdict',
    'Scenario',
    'Platform',
    'Pinned digest',
    'Signed by',
    'Signed at',
    'Checked'
  ])
  expect(table.rows[0]).toEqual([
    'ghcr.io/acme/app:1.0',
    'verified',
    'kernel-4.19.90, edge',
    'linux/arm64',
    DIGEST,
    'C=US, ST=WA, O=Acme, CN=release',
    '2026-11-30T06:00:00Z',
    '2 manifests and 4 blobs checked (3.0 MiB)'
  ])
  // A rejected image pins nothing.
  expect(table.rows[1].slice(0, 2)).toEqual(['ghcr.io/acme/other:1', 'rejected'])
  expect(table.rows[1][4]).toBe('')
  expect(table.notes).toEqual(['Rejected ghcr.io/acme/other:1: no signature found'])
})

test('the terminal table fits 120 columns: shortened digests, or a block per row when still too wide', () => {
  const narrow: Table = { title: 'T', header: ['Digest', 'Size'], rows: [[DIGEST, '1 KiB']] }
  expect(formatTable(narrow)).toBe(`T\nDigest                Size\nsha256:${'ab'.repeat(6)}…  1 KiB\n`)
  const text = formatTable(verifyTable({ verified: true, verdict: 'verified', images: [report()] }))
  for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(120)
  // Nothing is cut but the digest: each value is there whole.
  expect(text).toContain('  Signed by      C=US, ST=WA, O=Acme, CN=release\n')
  expect(text).toContain('  Scenario       kernel-4.19.90, edge\n')
  expect(text).toContain(`  Pinned digest  sha256:${'ab'.repeat(6)}…\n`)
})

test('summary HTML closes every cell, escapes text, and keeps no blank line inside a block', () => {
  const html = summaryHtml({
    title: 'Verified <1>',
    header: ['Image', 'Signer'],
    rows: [
      ['a & b', ''],
      ['<script>x</script>', 'line 1\nline 2']
    ],
    notes: ['Rejected "x": <b>']
  })
  expect(html).toBe(
    [
      '<h3>Verified &#60;1&#62;</h3>',
      '',
      '<table>',
      '<tr><th>Image</th><th>Signer</th></tr>',
      '<tr><td>a &#38; b</td><td></td></tr>',
      '<tr><td>&#60;script&#62;x&#60;/<wbr>script&#62;</td><td>line 1\\nline 2</td></tr>',
      '</table>',
      '',
      '<ul>',
      '<li>Rejected &#34;x&#34;: &#60;b&#62;</li>',
      '</ul>',
      '',
      ''
    ].join('\n')
  )
})

test('a failure table names the input or the step that failed', () => {
  expect(failureTable('verify', new InputError('trust-roots', 'Missing trust-roots.')).rows).toEqual([
    ["input 'trust-roots'", 'Missing trust-roots.']
  ])
  const step = failureTable('sign', new StepError('push blobs', new Error('HTTP 500')))
  expect(step.title).toBe('Signet sign failed')
  expect(step.rows).toEqual([['push blobs', 'push blobs: HTTP 500']])
  expect(failureTable(undefined, new Error('boom')).title).toBe('Signet failed')
})

test('revocation says what was checked, once per chain, not a status per certificate', () => {
  const cert = (
    chain: 'signing' | 'timestamping',
    status: 'good' | 'not revocable' | 'unknown',
    source?: 'OCSP' | 'CRL'
  ) => ({ chain, certificate: 'CN=x', status, ...(source ? { source } : {}) })
  expect(
    revocationCell([
      cert('signing', 'not revocable'),
      cert('signing', 'not revocable'),
      cert('signing', 'not revocable')
    ])
  ).toBe('signing: no revocation info in the certificates: not checked')
  expect(
    revocationCell([
      cert('signing', 'good', 'OCSP'),
      cert('signing', 'good', 'OCSP'),
      cert('signing', 'not revocable'),
      cert('timestamping', 'unknown'),
      cert('timestamping', 'not revocable')
    ])
  ).toBe(
    'signing: OCSP: good (2 certificates), 1 without revocation info; timestamping: status unknown, 1 without revocation info'
  )
  expect(revocationCell([])).toBe('')
})

test('the summary view: short digests with the whole value as a tooltip, a verdict badge, the reason behind it', () => {
  const rejected = report({
    image: `ghcr.io/acme/other@${DIGEST}`,
    verified: false,
    verdict: 'rejected',
    reasons: ['no signature found']
  })
  const table = verifyTable({ verified: false, verdict: 'rejected', images: [report(), rejected] })
  expect(table.summary?.header).toEqual(['Image', 'Verdict', 'Scenario / platform', 'Signed by', 'Checks'])
  const html = summaryHtml(table)
  const short = `sha256:${'ab'.repeat(6)}…`
  expect(html).toContain(
    `<td><span title="ghcr.io/<wbr>acme/<wbr>app:1.0&#10;pinned: ${DIGEST}">ghcr.io/<wbr>acme/<wbr>app:1.0<br>${short}</span></td>`.replace(
      /title="([^"]*)"/,
      (_, title: string) => `title="${title.replace(/<wbr>/g, '')}"`
    )
  )
  expect(html).toContain('<td>✅ verified</td>')
  expect(html).toContain('<td><details><summary>❌ rejected</summary>no signature found</details></td>')
  expect(html).toContain(`ghcr.io/<wbr>acme/<wbr>other<wbr>@${short}`)
  expect(html).toContain(`title="ghcr.io/acme/other@${DIGEST}"`)
  // The signer by its CN, the whole DN and signing time in the tooltip; sizes as the text table has them.
  expect(html).toContain(
    '<span title="C=US, ST=WA, O=Acme, CN=release&#10;signed at 2026-11-30T06:00:00Z">release<br>2026-11-30 06:00Z</span>'
  )
  expect(html).toContain('<td>2 manifests and 4 blobs checked (3.0 MiB)</td>')
  // In the table, a whole digest is only ever in a tooltip.
  expect(html.split('</table>')[0]).not.toMatch(new RegExp(`>[^<"]*${DIGEST}`))
})
