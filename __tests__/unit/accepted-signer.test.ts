/**
 * The `require` rule and the verdict over accepted signers: distinct identities counted as a largest
 * matching, "could not complete" kept apart from "rejected", a signer's crash never a pass.
 */
import {
  evaluateRequirement,
  judgeSigners,
  type AcceptedSigner,
  type SignerResult,
  type UnreadPart
} from '../../src/trust/accepted-signer.js'
import { InputError, RegistryError } from '../../src/util/errors.js'

const SUBJECT = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${'a'.repeat(64)}`,
  size: 1
}
const CONTEXT = { now: new Date('2026-12-01T00:00:00Z') }

const matched = (signer: string, ...identities: string[]): SignerResult => ({
  matched: true,
  kind: 'cosign',
  signer,
  signatures: identities.map(identity => ({ artifact: 'sha256:sig', signer, identity, evidence: [] })),
  rejected: []
})
const missed = (signer: string, reason: string, couldNotComplete = false): SignerResult => ({
  matched: false,
  kind: 'sigstore',
  signer,
  reason,
  rejected: [],
  couldNotComplete
})
const signerOf = (name: string, outcome: SignerResult | Error): AcceptedSigner => ({
  kind: 'cosign',
  describe: () => name,
  fingerprint: () => name,
  verify: () => (outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve(outcome))
})
const judge = (
  outcomes: [string, SignerResult | Error][],
  requirement: Parameters<typeof judgeSigners>[3],
  unread: UnreadPart[] = []
) =>
  judgeSigners(
    SUBJECT,
    { artifacts: [], blob: () => Promise.reject(new Error('unused')), unread },
    outcomes.map(([name, outcome]) => signerOf(name, outcome)),
    requirement,
    CONTEXT
  )

test('distinct signers are a largest matching of signers to identities', () => {
  // A matched by X or Y, B by X only: A→Y, B→X makes two.
  expect(evaluateRequirement({ kind: 'all' }, [matched('A', 'X', 'Y'), matched('B', 'X')])).toMatchObject({
    satisfied: true,
    distinct: 2
  })
  // Both by X only: one signer, however many entries name it.
  expect(
    evaluateRequirement({ kind: 'count', count: 2 }, [matched('A', 'X'), matched('B', 'X')])
  ).toMatchObject({
    satisfied: false,
    distinct: 1,
    needed: 2,
    summary: '1 distinct signer matched (2 matched, some through the same key or identity), 2 required'
  })
  expect(evaluateRequirement({ kind: 'any' }, [missed('A', 'no'), matched('B', 'X')])).toMatchObject({
    satisfied: true,
    needed: 1
  })
  expect(evaluateRequirement({ kind: 'any' }, [])).toMatchObject({ satisfied: false })
})

test('verified when the requirement is met, whatever else failed', async () => {
  const judgement = await judge(
    [
      ['cosign key K', matched('cosign key K', 'key:K')],
      ['sigstore S', missed('sigstore S', 'identity is other')]
    ],
    { kind: 'any' }
  )
  expect(judgement.verdict).toBe('verified')
  expect(judgement.reason).toBeUndefined()
})

test('rejected short of the requirement: the reason names each signer that did not match', async () => {
  const judgement = await judge(
    [
      ['cosign key K', matched('cosign key K', 'key:K')],
      ['sigstore S', missed('sigstore S', "the certificate's identity is 'x', not 'y'")]
    ],
    { kind: 'all' }
  )
  expect(judgement.verdict).toBe('rejected')
  expect(judgement.reason).toBe(
    "1 distinct signer matched, 2 required; sigstore S: the certificate's identity is 'x', not 'y'"
  )
})

test('an error, not a rejection, when a signature could not be checked or a listing could not be read', async () => {
  const unchecked = await judge([['sigstore S', missed('sigstore S', 'blob: HTTP 503', true)]], {
    kind: 'any'
  })
  expect(unchecked.verdict).toBe('error')
  const unread = await judge([['sigstore S', missed('sigstore S', 'none found')]], { kind: 'any' }, [
    { what: `referrers of ${SUBJECT.digest}`, reason: 'HTTP 503', couldNotComplete: true }
  ])
  expect(unread).toMatchObject({ verdict: 'error' })
  expect(unread.reason).toContain(`referrers of ${SUBJECT.digest} could not be read: HTTP 503`)
  // A manifest the registry answered about (malformed, 404) is no reason to doubt: a rejection.
  const answered = await judge([['sigstore S', missed('sigstore S', 'none found')]], { kind: 'any' }, [
    { what: 'signature manifest sha256:b', reason: 'not valid JSON', couldNotComplete: false }
  ])
  expect(answered.verdict).toBe('rejected')
})

test('a signer that throws is a mismatch (an error when it could not complete); bad input is rethrown', async () => {
  const crashed = await judge([['cosign key K', new TypeError('undefined is not a function')]], {
    kind: 'any'
  })
  expect(crashed).toMatchObject({
    verdict: 'rejected',
    reason: '0 distinct signers matched, 1 required; cosign key K: undefined is not a function'
  })
  const unreachable = await judge([['cosign key K', new RegistryError('GET blob: HTTP 503', 503)]], {
    kind: 'any'
  })
  expect(unreachable.verdict).toBe('error')
  await expect(
    judge([['cosign key K', new InputError('cosign-key', 'bad key')]], { kind: 'any' })
  ).rejects.toThrow('bad key')
})
