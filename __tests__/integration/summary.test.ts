/**
 * What a user sees, from the bundles: the job summary of the built action rendered in headless Chromium
 * and read as a reviewer would (columns, cells, no stray markup, the reason in full), summaries of runs
 * that fail early, and progress lines of the built CLI in a log, on a terminal and with NO_COLOR.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { runBuiltAction } from '../helpers/built-action.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'

const MiB = 1024 * 1024
/** The escape that starts every ANSI control sequence. */
const ESC = '\u001b'
/** Markup in a certificate subject: if the summary did not escape it, the page would gain elements. */
const HOSTILE_CN = '<b>Acme</b></td></tr></table><h1>injected</h1>'

let registry: TestRegistry
let pki: TestPki
let hostile: TestPki
let big: TestImage
let small: TestImage
let work: string

// A fresh machine installs the tools first (apt-get): longer than a test's two minutes.
beforeAll(async () => {
  // Installs Debian's chromium on a fresh machine (apt-get, as root), as for every other tool.
  execFileSync(process.execPath, ['scripts/ensure-tools.mjs', 'chromium'], { stdio: 'inherit' })
  work = mkdtempSync(join(tmpdir(), 'signet-summary-'))
  registry = await startRegistry()
  ;[pki, hostile] = await Promise.all([
    makePki(),
    makePki({ leaf: { subject: `C=US, ST=WA, O=Signet Test, CN=${HOSTILE_CN}` } })
  ])
  ;[big, small] = await Promise.all([
    makeOciLayout({ layerSizes: [20 * MiB, 1024], seed: 'summary-big' }),
    makeOciLayout({ platform: { os: 'linux', architecture: 'arm64' }, seed: 'summary-small' })
  ])
}, 600_000)
afterAll(async () => {
  await registry?.stop()
  rmSync(work, { recursive: true, force: true })
})

/** The built action as on a runner (GITHUB_ACTIONS=true). */
const runAction = (inputs: Record<string, string>) =>
  runBuiltAction(inputs, { env: { GITHUB_ACTIONS: 'true' } })

/** A program's exit code and output (the built CLI, or `script` giving it a terminal). */
async function run(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv
): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(file, args, { env, maxBuffer: 16 * MiB }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr
    })
  )
}

interface Rendered {
  title: string
  headings: string[]
  tables: { header: string[]; rows: string[][] }[]
  notes: string[]
  /** Elements only unescaped certificate text would create. */
  injected: number
  text: string
}

/**
 * The summary as GitHub shows it: its HTML blocks in a page, rendered by Chromium; a script reads back
 * what a reviewer sees. A screenshot goes to the temp dir (never the repository) for a human to look at.
 */
async function render(summary: string, name: string): Promise<Rendered> {
  const page = join(work, `${name}.html`)
  const reader = `<script>
    const text = element => element.textContent
    document.getElementById('signet-read').textContent = JSON.stringify({
      title: document.title,
      headings: [...document.querySelectorAll('h3')].map(text),
      tables: [...document.querySelectorAll('table')].map(table => {
        const [header, ...rows] = [...table.rows].map(row => [...row.cells].map(text))
        return { header, rows }
      }),
      notes: [...document.querySelectorAll('li')].map(text),
      injected: document.querySelectorAll('b, h1').length,
      text: document.body.innerText
    })
  </script>`
  writeFileSync(
    page,
    `<!doctype html><html><head><meta charset="utf-8"><title>summary</title></head><body>\n${summary}\n<pre id="signet-read"></pre>${reader}</body></html>`
  )
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${join(work, 'chromium')}`
  ]
  const dom = await promisify(execFile)('chromium', [...flags, '--dump-dom', `file://${page}`], {
    maxBuffer: 16 * MiB
  })
  const screenshot = join(work, `${name}.png`)
  await promisify(execFile)('chromium', [
    ...flags,
    '--window-size=1400,700',
    `--screenshot=${screenshot}`,
    `file://${page}`
  ])
  expect(statSync(screenshot).size).toBeGreaterThan(5000)
  const json = /<pre id="signet-read">([\s\S]*?)<\/pre>/.exec(dom.stdout)?.[1] ?? ''
  return JSON.parse(json.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as Rendered
}

/** Every tag the summary opens it closes: no `<td>` left open for an empty cell. */
function expectBalanced(summary: string): void {
  for (const tag of ['table', 'tr', 'th', 'td', 'ul', 'li', 'h3']) {
    const opened = summary.match(new RegExp(`<${tag}>`, 'g'))?.length ?? 0
    expect([tag, summary.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0]).toEqual([tag, opened])
  }
}

/** The table a reviewer must see: the report's columns, in order. */
/** The columns every verify table has; Timestamp and Revocation join only when a signature has them. */
/** The summary's view of the verify table (summary-width.test.ts holds it to 1000 px). */
const SUMMARY_HEADER = ['Image', 'Verdict', 'Scenario / platform', 'Signed by', 'Checks']
/** A digest as the summary shows it; the whole value is in the cell's tooltip. */
const short = (digest: string): string => `${digest.slice(0, 'sha256:'.length + 12)}…`

test('sign and verify: one table each, every column, human sizes, and progress of the 20 MiB layer', async () => {
  const image = `${registry.host}/summary/app:1.0`
  const signed = await runAction({
    mode: 'sign',
    image,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${big.dir}:${big.tag} scenario=kernel-5.15\noci-layout:${small.dir}:${small.tag} scenario=kernel-4.19.90,edge`,
    tags: 'latest',
    'signing-key': pki.keyPem,
    'signing-cert-chain': pki.chainPem
  })
  expect(signed.code).toBe(0)
  expectBalanced(signed.summary)
  // The upload of the big layer says its time and rate; the run ends with blobs, bytes, seconds, MB/s.
  expect(signed.stdout).toMatch(
    new RegExp(`${big.layers[0].digest}: uploaded 20\\.0 MiB in \\d+\\.\\d s \\(\\d+\\.\\d MB/s\\)`)
  )
  expect(signed.stdout).toMatch(
    /Uploaded 6 blobs, 20\.\d MiB in \d+\.\d s \(\d+\.\d MB\/s\); 0 mounted, 0 already present/
  )
  const signPage = await render(signed.summary, 'sign')
  expect(signPage.headings).toEqual([expect.stringMatching(/^Signed .*summary\/app@sha256:/)])
  expect(signPage.tables).toHaveLength(1)
  expect(signPage.tables[0].header).toEqual(['Scenarios', 'Platform', 'Digest', 'Source'])
  expect(signPage.tables[0].rows.map(row => row.slice(0, 3))).toEqual([
    ['kernel-5.15', 'linux/amd64', short(big.manifest.digest)],
    ['kernel-4.19.90, edge', 'linux/arm64', short(small.manifest.digest)]
  ])
  // Digests are shortened in the page; the whole value is the cell's tooltip.
  expect(signed.summary).toContain(`<span title="${big.manifest.digest}">`)
  expect(signPage.notes).toEqual(
    expect.arrayContaining([
      'Tags: 1.0, latest',
      `Signer: ${pki.leafSubject}`,
      expect.stringMatching(/^Blobs: 6 uploaded \(20\.\d MiB\)/)
    ])
  )

  const verified = await runAction({
    mode: 'verify',
    image,
    'insecure-registries': registry.host,
    'trust-roots': pki.rootPem,
    scenario: 'kernel-5.15'
  })
  expect(verified.code).toBe(0)
  expectBalanced(verified.summary)
  expect(verified.stdout).toMatch(new RegExp(`${big.layers[0].digest}: re-hashed 20\\.0 MiB in`))
  expect(verified.stdout).toMatch(/Re-hashed 3 blobs, 20\.\d MiB in \d+\.\d s \(\d+\.\d MB\/s\)/)
  const page = await render(verified.summary, 'verify')
  expect(page.title).toBe('summary')
  // One table per run, in the summary's short view (a cell's lines read back joined).
  expect(page.headings).toEqual(['Verified 1 image'])
  expect(page.tables).toHaveLength(1)
  expect(page.tables[0].header).toEqual(SUMMARY_HEADER)
  const [row] = page.tables[0].rows
  expect(row.slice(0, 3)).toEqual([
    `${image}${short(big.manifest.digest)}`,
    '✅ verified',
    'kernel-5.15linux/amd64'
  ])
  expect(verified.summary).toContain(`pinned: ${big.manifest.digest}`)
  const cn = /CN=([^,]+)/.exec(pki.leafSubject)?.[1] ?? ''
  expect(row[3]).toMatch(new RegExp(`^${cn}\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\dZ$`))
  // Revocation is enforced by default: the certificates carry no CRL or OCSP URL, so nothing is checked.
  // The platform manifest, then its config and two layers: the 3 blobs of the run's 'Re-hashed' line.
  expect(row[4]).toMatch(/^revocation: not checked1 manifest and 3 blobs checked \(20\.\d MiB\)$/)
  expect(page.text).not.toMatch(/<\/?(td|tr|th|table)/)
})

test('a rejection shows the reason in full, once; certificate text is escaped, never markup', async () => {
  const image = `${registry.host}/summary/hostile:1.0`
  const signed = await runAction({
    mode: 'sign',
    image,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${small.dir}:${small.tag} scenario=edge`,
    'signing-key': hostile.keyPem,
    'signing-cert-chain': hostile.chainPem
  })
  expect(signed.code).toBe(0)
  const rejected = await runAction({
    mode: 'verify',
    image,
    'insecure-registries': registry.host,
    'trust-roots': hostile.rootPem,
    'trusted-identities': 'x509.subject: C=US, ST=WA, O=Acme, CN=release'
  })
  expect(rejected.code).toBe(1)
  expectBalanced(rejected.summary)
  expect(rejected.summary).not.toContain('<h1>')
  const page = await render(rejected.summary, 'rejected')
  expect(page.injected).toBe(0)
  expect(page.headings).toEqual(['Verification failed: 1 of 1 image rejected'])
  expect(page.tables).toHaveLength(1)
  expect(page.tables[0].header).toEqual(SUMMARY_HEADER)
  // The reason opens from the verdict, beside the image (read back as the verdict, then the reason).
  expect(page.tables[0].rows[0][0]).toBe(image)
  expect(page.tables[0].rows[0][1]).toMatch(/^❌ rejectedno valid signature for /)
  expect(page.notes).toHaveLength(1)
  expect(page.notes[0]).toContain(`Rejected ${image}: no valid signature for`)
  expect(page.notes[0]).toContain(
    // As the certificate's DN prints it (RFC 4514 escapes '<' and '>'), as text.
    `CN=${HOSTILE_CN.replace(/[<>]/g, '\\$&')}" is not a trusted identity (trusted: "C=US, ST=WA, O=Acme, CN=release")`
  )
  // The reason is in the step's log once (the verify group) and once in the failure (::error::).
  const reason = 'is not a trusted identity'
  const shown = rejected.stdout.split('\n').filter(line => !line.startsWith('::debug::'))
  expect(shown.filter(line => line.includes(reason))).toEqual([
    expect.stringMatching(/^Rejected: no valid signature/),
    expect.stringMatching(/^::error::/)
  ])
})

test('runs that fail early still write a summary saying what failed', async () => {
  const input = await runAction({ mode: 'verify', image: `${registry.host}/summary/app:1.0` })
  expect(input.code).toBe(1)
  expectBalanced(input.summary)
  const inputPage = await render(input.summary, 'input-error')
  expect(inputPage.headings).toEqual(['Signet verify failed'])
  expect(inputPage.tables[0].header).toEqual(['What failed', 'Error'])
  expect(inputPage.tables[0].rows[0][0]).toBe("input 'trust-roots'")
  expect(inputPage.tables[0].rows[0][1]).toMatch(/trust-roots/)

  const other = await makePki()
  const signFailure = await runAction({
    mode: 'sign',
    image: `${registry.host}/summary/app:2.0`,
    'insecure-registries': registry.host,
    manifests: `oci-layout:${small.dir}:${small.tag} scenario=edge`,
    'signing-key': other.keyPem,
    'signing-cert-chain': pki.chainPem
  })
  expect(signFailure.code).toBe(1)
  const signPage = await render(signFailure.summary, 'sign-error')
  expect(signPage.headings).toEqual(['Signet sign failed'])
  expect(signPage.tables[0].rows[0][0]).toBe('check signing key and certificate chain')
  expect(signPage.tables[0].rows[0][1]).toMatch(/signing-key does not match the public key of the leaf/)
})

describe('progress of the built CLI', () => {
  const verifyArgs = () => [
    'dist/cli/index.js',
    'verify',
    '--image',
    `${registry.host}/summary/app:1.0`,
    '--insecure-registries',
    registry.host,
    '--trust-roots',
    join(work, 'root.pem'),
    '--scenario',
    'kernel-5.15'
  ]
  beforeAll(() => writeFileSync(join(work, 'root.pem'), pki.rootPem))

  test('piped: plain lines, no ANSI codes, a line for the big blob and the run', async () => {
    const result = await run(process.execPath, verifyArgs(), { PATH: process.env.PATH, HOME: work })
    expect(result.code).toBe(0)
    expect(result.stderr).not.toContain(ESC)
    expect(result.stderr).not.toContain('\r')
    expect(result.stderr).toMatch(new RegExp(`${big.layers[0].digest}: re-hashed 20\\.0 MiB in`))
    expect(result.stderr).toMatch(/Re-hashed 3 blobs, 20\.\d MiB in/)
    // The table stays within 120 columns: digests are shortened (full ones are in --json and `ref:`).
    const table = result.stdout.split('\nref:')[0]
    for (const line of table.split('\n')) expect(line.length).toBeLessThanOrEqual(120)
    expect(result.stdout).toMatch(/sha256:[0-9a-f]{12}…/)
    expect(result.stdout).toContain(`ref: ${registry.host}/summary/app@${big.manifest.digest}`)
  })

  test('on a terminal: a redrawn status line; with NO_COLOR: none', async () => {
    // script(1) gives the CLI a pseudo-terminal, as an interactive shell would.
    const command = (noColor: boolean) =>
      `${noColor ? 'NO_COLOR=1 ' : ''}${[process.execPath, ...verifyArgs()].map(arg => `'${arg}'`).join(' ')} >/dev/null`
    const env = { PATH: process.env.PATH, HOME: work, COLUMNS: '100' }
    const tty = await run('script', ['-qec', command(false), '/dev/null'], env)
    expect(tty.code).toBe(0)
    expect(tty.stdout).toContain(`\r${ESC}[K`)
    const plain = await run('script', ['-qec', command(true), '/dev/null'], env)
    expect(plain.code).toBe(0)
    expect(plain.stdout).not.toContain(ESC)
    expect(plain.stdout).toMatch(/Re-hashed 3 blobs/)
  })
})

describe('login advice of the built faces against a registry with Basic auth', () => {
  let secured: TestRegistry
  beforeAll(async () => {
    secured = await startRegistry({ auth: 'basic' })
  })
  afterAll(async () => secured?.stop())

  const verifyInputs = () => ({
    mode: 'verify',
    image: `${secured.host}/private/app:1.0`,
    'insecure-registries': secured.host,
    'trust-roots': pki.rootPem
  })

  test('CLI: no credentials → docker login; a wrong password → refused credentials', async () => {
    const args = (extra: string[]) => [
      'dist/cli/index.js',
      'verify',
      '--image',
      `${secured.host}/private/app:1.0`,
      '--insecure-registries',
      secured.host,
      '--trust-roots',
      join(work, 'root.pem'),
      ...extra
    ]
    writeFileSync(join(work, 'root.pem'), pki.rootPem)
    const env = { PATH: process.env.PATH, HOME: work }
    const none = await run(process.execPath, args([]), env)
    // Refused credentials: the check could not complete (exit 3), not a verdict on the image.
    expect(none.code).toBe(3)
    expect(none.stdout).toContain(
      `${secured.host} requires authentication and no credentials for it were found: run 'docker login ${secured.host}', or pass --username and --password.`
    )
    const wrong = await run(
      process.execPath,
      args(['--username', secured.username ?? '', '--password', 'not-it']),
      env
    )
    expect(wrong.stdout).toContain(`${secured.host} refused the credentials it was sent`)
    expect(wrong.stdout + wrong.stderr).not.toContain('not-it')
    expect(wrong.stdout).not.toContain('docker/login-action')
  })

  test('action: the advice is docker/login-action', async () => {
    const none = await runAction(verifyInputs())
    expect(none.code).toBe(1)
    expect(none.stdout).toMatch(
      new RegExp(
        `::error::.*requires authentication and no credentials for it were found: add a docker/login-action step for ${secured.host.replace(/\./g, '\\.')}`
      )
    )
    expect(none.stdout).not.toContain("'docker login")
  })
})
