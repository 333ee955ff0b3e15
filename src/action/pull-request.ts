/** The changed-files port of the PR gate (run/verify.ts VerifyPorts.changedFiles), filled from GitHub. */
import type { context as githubContext } from '@actions/github'
import { Inputs } from '../inputs/contract.js'
import type { VerifyInputs } from '../inputs/verify-inputs.js'
import { InputError } from '../util/errors.js'

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

/** The files the workflow's pull request changes, for `changed-only`; undefined on other events. */
export async function changedFiles(inputs: VerifyInputs): Promise<string[] | undefined> {
  // Loaded on use: @actions/github is large, and most runs never list a pull request's files.
  const github = await import('@actions/github')
  if (!PULL_REQUEST_EVENTS.includes(github.context.eventName)) return undefined
  if (inputs.githubToken === undefined) {
    throw new InputError(
      Inputs.GithubToken,
      "Input 'changed-only' needs 'github-token' on pull requests (default: ${{ github.token }})."
    )
  }
  return changedFilesOfPullRequest(github.context, inputs.githubToken)
}

/**
 * The files a pull request changes; undefined on other events (no filter). Reads the PR's file list
 * through the GitHub API with `token` (needs `pull-requests: read`).
 */
export async function changedFilesOfPullRequest(
  context: Pick<typeof githubContext, 'eventName' | 'payload' | 'repo' | 'apiUrl'>,
  token: string
): Promise<string[] | undefined> {
  if (!PULL_REQUEST_EVENTS.includes(context.eventName)) return undefined
  const number = context.payload.pull_request?.number
  if (number === undefined) return undefined
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, { baseUrl: context.apiUrl })
  const files: { filename: string }[] = await octokit.paginate(octokit.rest.pulls.listFiles, {
    ...context.repo,
    pull_number: number,
    per_page: 100
  })
  return files.map(file => file.filename)
}
