/**
 * The index's `org.opencontainers.image.created`. It is part of the index bytes, so "now" would give
 * every run a new index digest: GitHub's "Re-run job" would then publish a second index, sign it again
 * and move the tags. It is pinned instead to the first of: SOURCE_DATE_EPOCH (reproducible builds), the
 * commit time of GITHUB_SHA (from the event payload, else `git log` in the checkout), and only then now.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { InputError } from '../util/errors.js'
import type { Log } from '../util/log.js'
import type { CiFacts } from '../verify/context.js'

/** Where `created` came from, for the log. */
export interface CreatedTime {
  value: string
  source:
    | 'SOURCE_DATE_EPOCH'
    | 'commit time from the event payload'
    | 'commit time from git log'
    | 'the current time (no SOURCE_DATE_EPOCH or commit to go by)'
}

const GIT_TIMEOUT_MS = 10_000
const COMMIT_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/

export async function createdTime(ci: CiFacts, now: Date, log: Log): Promise<CreatedTime> {
  const epoch = ci.sourceDateEpoch
  if (epoch !== undefined) {
    if (!/^\d{1,12}$/.test(epoch))
      throw new InputError(
        'SOURCE_DATE_EPOCH',
        `SOURCE_DATE_EPOCH '${epoch}' is not a whole number of seconds.`
      )
    return { value: rfc3339(new Date(Number(epoch) * 1000)), source: 'SOURCE_DATE_EPOCH' }
  }
  const { sha } = ci
  if (sha !== undefined && COMMIT_SHA.test(sha)) {
    const fromEvent = await commitTimeFromEvent(ci.eventPath, sha, log)
    if (fromEvent !== undefined)
      return { value: rfc3339(fromEvent), source: 'commit time from the event payload' }
    const fromGit = await commitTimeFromGit(ci.workspace, sha, log)
    if (fromGit !== undefined) return { value: rfc3339(fromGit), source: 'commit time from git log' }
  }
  return { value: rfc3339(now), source: 'the current time (no SOURCE_DATE_EPOCH or commit to go by)' }
}

/**
 * The commit time the event payload gives for `sha`: a push's `head_commit` (or one of its `commits`),
 * a workflow_run's `head_commit`. Other events carry no commit time (on pull_request GITHUB_SHA is the
 * merge commit, which actions/checkout checks out: git log has it). Anything unreadable or not about
 * `sha` gives undefined: the payload is a hint, never an error.
 */
async function commitTimeFromEvent(
  path: string | undefined,
  sha: string,
  log: Log
): Promise<Date | undefined> {
  if (path === undefined || path === '') return undefined
  let payload: unknown
  try {
    payload = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    log.debug(`GITHUB_EVENT_PATH ${path} unreadable: ${(error as Error).message}`)
    return undefined
  }
  const event = payload as {
    head_commit?: unknown
    commits?: unknown
    workflow_run?: { head_commit?: unknown }
  }
  const candidates = [
    event?.head_commit,
    ...(Array.isArray(event?.commits) ? event.commits : []),
    event?.workflow_run?.head_commit
  ]
  for (const candidate of candidates) {
    const commit = candidate as { id?: unknown; timestamp?: unknown } | null | undefined
    if (typeof commit?.id !== 'string' || commit.id.toLowerCase() !== sha) continue
    if (typeof commit.timestamp !== 'string') continue
    const time = new Date(commit.timestamp)
    if (!Number.isNaN(time.getTime())) return time
  }
  return undefined
}

/** `git log -1 --format=%ct SHA` in the workspace, when it is a checkout that has the commit. */
async function commitTimeFromGit(
  workspace: string | undefined,
  sha: string,
  log: Log
): Promise<Date | undefined> {
  try {
    const { stdout } = await promisify(execFile)(
      'git',
      ['-C', workspace || '.', 'log', '-1', '--format=%ct', sha, '--'],
      { timeout: GIT_TIMEOUT_MS, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }
    )
    const seconds = stdout.trim()
    return /^\d{1,12}$/.test(seconds) ? new Date(Number(seconds) * 1000) : undefined
  } catch (error) {
    log.debug(`No commit time for ${sha} from git: ${(error as Error).message.split('\n')[0]}`)
    return undefined
  }
}

/** RFC 3339 in UTC to the second, as the index annotation has always been written. */
function rfc3339(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
