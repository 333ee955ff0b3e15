/**
 * Folder gate/: which images a repository's files make a build pull, as verify requests.
 * May import: inputs/, oci/ (references, platforms), verify/'s request and result types, util/;
 * @actions/github and @actions/glob only on use. No face.
 *
 * The PR gate: the base images of a repository's Dockerfiles, turned into verify requests, and the
 * verdicts turned back into what a reviewer reads (annotations on the FROM line; the summary table's
 * "Used by" rows are built in report/).
 * Registry allow-lists and signatures are checked by verify itself; this module only decides what to ask.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { context as githubContext } from '@actions/github'
import type { BaseImageUse } from './dockerfile.js'
import { gateFiles, toPosix } from './files.js'
import { InputError } from '../util/errors.js'
import type { VerifyInputs } from '../inputs/read-inputs.js'
import { formatPlatform, parsePlatform } from '../oci/platform.js'
import { formatReference, parseReference } from '../oci/reference.js'
import type { ImageReport, ImageRequest, VerifyResult } from '../verify/verify.js'

const DOCKERFILES_INPUT = 'dockerfiles'
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

/** One distinct (image, platform) to verify, with every Dockerfile line that uses it. */
export interface GateImage {
  uses: BaseImageUse[]
  request: ImageRequest
}

/**
 * The distinct base images of the Dockerfiles matching `inputs.dockerfiles` (relative to `root`, the
 * repository checkout), in first-use order. With `changedFiles` (repository-relative paths), only those
 * Dockerfiles count. Patterns that match no Dockerfile at all are an input error: a gate that checks
 * nothing because of a typo must not pass.
 */
export async function collectBaseImages(
  inputs: Pick<VerifyInputs, 'dockerfiles' | 'buildArgs'>,
  options: { root?: string; changedFiles?: string[] } = {}
): Promise<GateImage[]> {
  const root = options.root ?? process.cwd()
  // Loaded on use: the Dockerfile parser is off the start-up path of runs without `dockerfiles`.
  const { baseImagesOf } = await import('./dockerfile.js')
  const files = await gateFiles(DOCKERFILES_INPUT, inputs.dockerfiles, {
    root,
    changedFiles: options.changedFiles,
    what: 'Dockerfile',
    example: '**/Dockerfile*'
  })

  const images = new Map<string, GateImage>()
  for (const file of files) {
    const content = await readFile(path.join(root, file), 'utf8')
    for (const use of baseImagesOf(content, toPosix(file), inputs.buildArgs)) {
      const request = requestOf(use)
      const key = `${formatReference(request.reference)} ${request.platform ? formatPlatform(request.platform) : ''}`
      const known = images.get(key)
      if (known) known.uses.push(use)
      else images.set(key, { uses: [use], request })
    }
  }
  return [...images.values()]
}

/**
 * The files a pull request changes, for `changed-only`; undefined on other events (no filter). Reads
 * the PR's file list through the GitHub API with `token` (needs `pull-requests: read`).
 */
export async function changedFilesOfPullRequest(
  context: Pick<typeof githubContext, 'eventName' | 'payload' | 'repo' | 'apiUrl'>,
  token: string
): Promise<string[] | undefined> {
  if (!PULL_REQUEST_EVENTS.includes(context.eventName)) return undefined
  const number = context.payload.pull_request?.number
  if (number === undefined) return undefined
  // Loaded on use: @actions/github is large, and most runs never list a pull request's files.
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, { baseUrl: context.apiUrl })
  const files: { filename: string }[] = await octokit.paginate(octokit.rest.pulls.listFiles, {
    ...context.repo,
    pull_number: number,
    per_page: 100
  })
  return files.map(file => file.filename)
}

/** One annotation per Dockerfile line using a rejected image, carrying the rejection reason. */
export function annotateFailures(
  images: GateImage[],
  result: VerifyResult,
  annotate: (message: string, properties: { file: string; startLine: number; title: string }) => void
): void {
  images.forEach((image, index) => {
    const report = reportFor(result, index)
    if (report.verified) return
    const reason = report.reasons.join('; ') || 'not verified'
    for (const use of image.uses) {
      annotate(reason, {
        file: use.file,
        startLine: use.line,
        title: `Base image ${use.image} failed verification`
      })
    }
  })
}

function requestOf(use: BaseImageUse): ImageRequest {
  const location = `${use.file}:${use.line}`
  try {
    const reference = parseReference(use.image, DOCKERFILES_INPUT)
    return use.platform === undefined
      ? { reference }
      : { reference, platform: parsePlatform(use.platform, DOCKERFILES_INPUT) }
  } catch (error) {
    if (error instanceof InputError) throw new InputError(DOCKERFILES_INPUT, `${location}: ${error.message}`)
    throw error
  }
}

/** verify reports images in request order; a missing report is a programming error, not a pass. */
function reportFor(result: VerifyResult, index: number): ImageReport {
  const report = result.images[index]
  if (report === undefined) throw new Error(`verify returned no report for base image #${index + 1}`)
  return report
}
