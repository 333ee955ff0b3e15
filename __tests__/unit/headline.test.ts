/**
 * One headline per verify run, the same on stdout (the table's title), stderr (the CLI's last line), the
 * action's failure and summary, agreeing with the exit code; outputs that hold verified images only.
 */
import { resolve } from 'node:path'
import { rejectionMessage, verifyHeadline, verifyOutputs, verifyTable } from '../../src/report/outputs.js'
import { summaryHtml } from '../../src/report/summary-html.js'
import { checkedContent } from '../../src/util/progress.js'
import { resultOf, type ImageReport } from '../../src/verify/verify.js'
import { NO_IDENTITY_WARNING } from '../../src/run/verify.js'
import { runMain } from '../helpers/cli-main.js'
import { ociError, startStub } from '../helpers/stub-registry.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`
const OTHER = `sha256:${'cd'.repeat(32)}`

function image(name: string, verdict: ImageReport['verdict'], extra: Partial<ImageReport> = {}): ImageReport {
  const verified = verdict === 'verified'
  return {
    image: name,
    verified,
    verdict,
    checks: [],
    signatures: [],
    selected: [],
    blobs: { checked: 0, bytes: 0, manifests: 0 },
    reasons: verified ? [] : [`${verdict} because`],
    ...(verified ? { digest: DIGEST, ref: `${name}@${DIGEST}`, signer: `CN=${name}` } : {}),
    ...extra
  }
}

test.each([
  [['verified', 'verified'], 'Verified 2 images'],
  [['verified'], 'Verified 1 image'],
  [
    ['verified', 'rejected', 'error', 'verified', 'verified'],
    'Verification failed: 1 of 5 images rejected, 1 more could not be checked'
  ],
  [['verified', 'rejected'], 'Verification failed: 1 of 2 images rejected'],
  [['error', 'error', 'verified'], 'Verification could not complete: 2 of 3 images could not be checked'],
  [[], 'No image to verify']
] as [ImageReport['verdict'][], string][])('verdicts %j: %s', (verdicts, headline) => {
  const result = resultOf(verdicts.map((verdict, i) => image(`r.example/app${i}:1`, verdict)))
  expect(verifyHeadline(result.images)).toBe(headline)
  // The table's title (stdout, job summary) and the action's failure start with the same words.
  expect(verifyTable(result).title).toBe(headline)
  expect(summaryHtml(verifyTable(result))).toContain(`>${headline}</`)
  if (!result.verified) expect(rejectionMessage(result).split(' | ')[0]).toBe(headline)
})

test('digest, ref and signer hold a line per verified image only; the rejected one is in the report', () => {
  const rejected = image('r.example/bad:1', 'rejected', { digest: OTHER })
  const result = resultOf([image('r.example/a:1', 'verified'), rejected, image('r.example/b:1', 'verified')])
  const outputs = verifyOutputs(result)
  expect(outputs.digest).toBe(`${DIGEST}\n${DIGEST}`)
  expect(outputs.ref).toBe(`r.example/a:1@${DIGEST}\nr.example/b:1@${DIGEST}`)
  expect(outputs.signer).toBe('CN=r.example/a:1\nCN=r.example/b:1')
  expect(outputs.digest).not.toContain(OTHER)
  expect(JSON.parse(outputs.report ?? '').images[1].digest).toBe(OTHER)
})

test("the content count says manifests and blobs apart, so it agrees with the run's 'Re-hashed N blobs'", () => {
  expect(checkedContent({ checked: 6, bytes: 3 * 1024 * 1024, manifests: 2 })).toBe(
    '2 manifests and 4 blobs checked (3.0 MiB)'
  )
  expect(checkedContent({ checked: 3, bytes: 2048, manifests: 0 })).toBe('3 blobs checked (2.0 KiB)')
  expect(checkedContent({ checked: 1, bytes: 500, manifests: 1 }, false)).toBe(
    '1 manifest checked, blobs not re-hashed (verify-layers: false)'
  )
})

test('the CLI prints one headline: stdout title and stderr last line agree with the exit code', async () => {
  // One image rejected (no such manifest), one not checkable (nothing listens on port 9): exit 1.
  const registry = await startStub((_request, response) =>
    ociError(response, 404, 'MANIFEST_UNKNOWN', 'manifest unknown')
  )
  try {
    const { code, stdout, stderr } = await runMain(
      'verify',
      `${registry.host}/app:1`,
      '127.0.0.1:9/app:1',
      '--insecure-registries',
      registry.host,
      '--insecure-registries',
      '127.0.0.1:9',
      '--trust-roots',
      resolve('__tests__/fixtures/notation-go/NotationTestRoot.pem')
    )
    const headline = 'Verification failed: 1 of 2 images rejected, 1 more could not be checked'
    expect([code, stderr]).toEqual([1, expect.anything()])
    expect(stdout.split('\n')[0]).toBe(headline)
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(`signet: ${headline} (reasons above)`)
    // No image verified: no digest line at all, rather than an empty one.
    expect(stdout).not.toMatch(/^digest:/m)
    expect(stdout).toMatch(/^verified: false$/m)
  } finally {
    await registry.stop()
  }
}, 60_000)

test('verify without trusted-identities warns that any signer under the roots is accepted; "*" says it on purpose', async () => {
  const roots = resolve('__tests__/fixtures/notation-go/NotationTestRoot.pem')
  const args = ['verify', '127.0.0.1:9/app:1', '--insecure-registries', '127.0.0.1:9', '--trust-roots', roots]
  const implicit = await runMain(...args)
  expect(implicit.stderr).toContain(`warning: ${NO_IDENTITY_WARNING}`)
  const explicit = await runMain(...args, '--trusted-identities', '*')
  expect(explicit.stderr).not.toContain(NO_IDENTITY_WARNING)
  expect([implicit.code, explicit.code]).toEqual([3, 3])
})
