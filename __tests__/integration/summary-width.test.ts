/**
 * The job summary at 1000 px: a gate run's verify table with long names, timestamps, revocation and a
 * rejection, rendered by headless Chromium under GitHub's table rules (a table is as wide as its longest
 * lines and scrolls past the page), shows every column without horizontal scrolling. The same rows as
 * a plain table (every text column, full digests) do scroll: the check can fail.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { UsedImage } from '../../src/gate/gate.js'
import type { BaseImageUse } from '../../src/gate/dockerfile.js'
import type { WorkloadImageUse } from '../../src/gate/workloads.js'
import { verifyTable } from '../../src/report/outputs.js'
import { summaryHtml } from '../../src/report/summary-html.js'
import { resultOf, type ImageReport } from '../../src/verify/verify.js'

const WIDTH = 1000
const DIGEST = `sha256:${'3f9a'.repeat(16)}`
const SIGNER =
  'C=US, ST=Washington, L=Seattle, O=Acme Corporation, OU=Release Engineering, CN=release-signing'
const TSA = 'C=US, O=Acme Corporation, CN=Acme Timestamping Authority 2026'

let work: string
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/ensure-tools.mjs', 'chromium'], { stdio: 'inherit' })
  work = mkdtempSync(join(tmpdir(), 'signet-summary-width-'))
}, 600_000)
afterAll(() => (process.env.KEEP_SUMMARY ? undefined : rmSync(work, { recursive: true, force: true })))

function verified(image: string): ImageReport {
  return {
    image,
    verified: true,
    verdict: 'verified',
    checks: [],
    digest: DIGEST,
    ref: `${image.replace(/[:@].*$/, '')}@${DIGEST}`,
    signer: SIGNER,
    signatures: [
      {
        digest: DIGEST,
        verified: true,
        signer: SIGNER,
        signingTime: '2026-11-30T06:00:00.000Z',
        timestamp: { time: '2026-11-30T06:00:01Z', tsa: TSA },
        revocation: [
          { chain: 'signing', certificate: SIGNER, status: 'good', source: 'OCSP' },
          { chain: 'signing', certificate: 'CN=Acme Intermediate CA', status: 'good', source: 'CRL' },
          { chain: 'signing', certificate: 'CN=Acme Root CA', status: 'not revocable' },
          { chain: 'timestamping', certificate: TSA, status: 'good', source: 'CRL' },
          { chain: 'timestamping', certificate: 'CN=Acme TSA Root', status: 'not revocable' }
        ]
      }
    ],
    selected: [{ digest: DIGEST, platform: 'linux/arm64/v8', scenarios: ['kernel-4.19.90', 'edge-gateway'] }],
    blobs: { checked: 14, bytes: 734 * 1024 * 1024, manifests: 2 },
    reasons: []
  }
}

const rejected: ImageReport = {
  image: `registry.example.com:5000/platform/team-payments/base-runtime@${DIGEST}`,
  verified: false,
  verdict: 'rejected',
  checks: [],
  digest: DIGEST,
  signatures: [],
  selected: [],
  blobs: { checked: 0, bytes: 0, manifests: 0 },
  reasons: [
    `no valid signature for ${DIGEST} (${DIGEST}: certificate "${SIGNER}" is not a trusted identity (trusted: "C=US, ST=WA, O=Acme, CN=release"))`
  ]
}

/** A gate run: two Dockerfile images (one used on two lines) and a workload image. */
function gateTable() {
  const base = verified('ghcr.io/acme-corporation/platform/base-images/debian:12.7-slim')
  const app = verified('ghcr.io/acme-corporation/services/payments-api:2026.11.30-rc.4')
  const result = resultOf([base, rejected, app])
  const use = (file: string, line: number, image: string): BaseImageUse => ({
    file,
    line,
    image,
    instruction: 'FROM'
  })
  const gate: UsedImage<BaseImageUse>[] = [
    { report: base, uses: [use('services/payments-api/docker/Dockerfile.release', 3, base.image)] },
    {
      report: rejected,
      uses: [
        use('services/payments-api/docker/Dockerfile.release', 17, rejected.image),
        use('services/payments-api/docker/Dockerfile.debug', 9, rejected.image)
      ]
    }
  ]
  const workloads = [
    {
      report: app,
      uses: [
        {
          file: 'deploy/kubernetes/payments/deployment.yaml',
          line: 41,
          image: app.image,
          where: 'Deployment payments-api spec.template.spec.containers[0].image'
        }
      ]
    }
  ] as unknown as UsedImage<WorkloadImageUse>[]
  return verifyTable(result, gate, workloads)
}

interface Layout {
  innerWidth: number
  pageScrollWidth: number
  table: { scrollWidth: number; clientWidth: number }
  columns: { header: string; right: number }[]
}

/**
 * The summary in a page laid out as GitHub lays out a job summary: GitHub's markdown table rules
 * (`display: block; width: max-content; max-width: 100%; overflow: auto`, 6 px 13 px cell padding),
 * 14 px text, in a card with 16 px page margins and 32 px padding. Chromium at WIDTH px reads back
 * where each column ends; a screenshot goes to the temp dir for a human to look at (kept with KEEP_SUMMARY=1).
 */
async function layout(html: string, name: string): Promise<Layout> {
  const page = join(work, `${name}.html`)
  const css = `
    body { margin: 16px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
    .markdown-body { padding: 32px; border: 1px solid #d0d7de; }
    .markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto;
      border-spacing: 0; border-collapse: collapse; }
    .markdown-body td, .markdown-body th { padding: 6px 13px; border: 1px solid #d0d7de; }`
  const reader = `<script>
    const table = document.querySelector('table')
    document.getElementById('signet-read').textContent = JSON.stringify({
      innerWidth: window.innerWidth,
      pageScrollWidth: document.documentElement.scrollWidth,
      table: { scrollWidth: table.scrollWidth, clientWidth: table.clientWidth },
      columns: [...table.rows[0].cells].map(cell => ({
        header: cell.textContent,
        right: cell.getBoundingClientRect().right
      }))
    })
  </script>`
  writeFileSync(
    page,
    `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><div class="markdown-body">\n${html}\n</div><pre id="signet-read"></pre>${reader}</body></html>`
  )
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--window-size=${WIDTH},900`,
    `--user-data-dir=${join(work, 'chromium')}`
  ]
  const dom = await promisify(execFile)('chromium', [...flags, '--dump-dom', `file://${page}`], {
    maxBuffer: 16 * 1024 * 1024
  })
  const screenshot = join(work, `${name}.png`)
  await promisify(execFile)('chromium', [...flags, `--screenshot=${screenshot}`, `file://${page}`])
  expect(statSync(screenshot).size).toBeGreaterThan(5000)
  const json = /<pre id="signet-read">([\s\S]*?)<\/pre>/.exec(dom.stdout)?.[1] ?? ''
  return JSON.parse(json.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as Layout
}

test('at 1000 px every column of the summary is visible without horizontal scrolling', async () => {
  const table = gateTable()
  const html = summaryHtml(table)
  const shown = await layout(html, 'summary-1000')
  expect(shown.innerWidth).toBe(WIDTH)
  expect(shown.columns.map(column => column.header)).toEqual(table.summary?.header)
  expect(shown.columns).toHaveLength(6)
  // The table scrolls nothing, and its last column ends inside the window (and inside the card).
  expect(shown.table.scrollWidth).toBeLessThanOrEqual(shown.table.clientWidth)
  expect(shown.pageScrollWidth).toBeLessThanOrEqual(WIDTH)
  for (const column of shown.columns)
    expect([column.header, column.right <= WIDTH - 16 - 32]).toEqual([column.header, true])
  // What was shortened is still there: the whole digest in a tooltip, the reason behind the verdict.
  expect(html).toContain(
    `title="ghcr.io/acme-corporation/platform/base-images/debian:12.7-slim&#10;pinned: ${DIGEST}"`
  )
  expect(html).toContain('<details><summary>❌ rejected</summary>no valid signature for')
  expect(html).toContain('✅ verified')
}, 120_000)

test('the control: the same rows as a plain table of every text column scroll at 1000 px', async () => {
  const shown = await layout(summaryHtml({ ...gateTable(), summary: undefined }), 'plain-1000')
  expect(shown.table.scrollWidth).toBeGreaterThan(shown.table.clientWidth)
}, 120_000)
