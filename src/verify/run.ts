/**
 * The verify mode as both faces run it: the images to verify (the `image` input, plus the base images of
 * `dockerfiles` for the PR gate), verified directly or through the local verified store (restored from
 * and saved to the Actions cache), then the optional `output-archive`.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect } from '../inputs/registry-client.js'
import { InputError } from '../util/errors.js'
import {
  changedFilesOfPullRequest,
  collectBaseImages,
  PULL_REQUEST_EVENTS,
  type GateImage
} from '../gate/gate.js'
import type { VerifyInputs } from '../inputs/read-inputs.js'
import { collectWorkloadImages, workloadResult, type WorkloadImage } from '../gate/workloads.js'
import { formatReference } from '../oci/reference.js'
import { resultOf, verify, type ImageRequest, type VerifyOptions, type VerifyResult } from './verify.js'

export interface VerifyRunOptions extends VerifyOptions {
  /** Where Dockerfile globs are resolved (the workspace); defaults to the working directory. */
  root?: string
  /** With `changed-only`: the files the pull request changes; by default asked of GitHub for the event. */
  changedFiles?: string[]
}

export interface VerifyRun {
  result: VerifyResult
  /** The PR gate's base images with their own slice of the result (after the `image` input's images). */
  gate?: { images: GateImage[]; result: VerifyResult }
  /** The workload gate's images (after the Dockerfiles'), unverifiable ones included as rejections. */
  workloads?: { images: WorkloadImage[]; result: VerifyResult }
  /** True when the verified store answered everything and no blob crossed the network. */
  fromStore?: boolean
}

/** The pull request's changed files, or undefined outside a pull request (then every Dockerfile counts). */
async function changedFiles(inputs: VerifyInputs, options: VerifyRunOptions): Promise<string[] | undefined> {
  if (options.changedFiles !== undefined) return options.changedFiles
  const github = await import('@actions/github')
  if (!PULL_REQUEST_EVENTS.includes(github.context.eventName)) return undefined
  if (inputs.githubToken === undefined) {
    throw new InputError(
      'github-token',
      "Input 'changed-only' needs 'github-token' on pull requests (default: ${{ github.token }})."
    )
  }
  return changedFilesOfPullRequest(github.context, inputs.githubToken)
}

export async function runVerify(inputs: VerifyInputs, options: VerifyRunOptions): Promise<VerifyRun> {
  const changed =
    inputs.changedOnly && (inputs.dockerfiles.length > 0 || inputs.workloads.length > 0)
      ? await changedFiles(inputs, options)
      : undefined
  const gateImages =
    inputs.dockerfiles.length > 0
      ? await collectBaseImages(inputs, { root: options.root, changedFiles: changed })
      : undefined
  const workloadImages =
    inputs.workloads.length > 0
      ? await collectWorkloadImages(inputs, { root: options.root, changedFiles: changed, log: options.log })
      : undefined
  const requests: ImageRequest[] = [
    ...inputs.images.map(reference => ({ reference })),
    ...(gateImages ?? []).map(image => image.request),
    ...(workloadImages ?? []).flatMap(image => (image.request ? [image.request] : []))
  ]
  const withGate = (result: VerifyResult): Pick<VerifyRun, 'result' | 'gate' | 'workloads'> => {
    const gateEnd = inputs.images.length + (gateImages?.length ?? 0)
    const images = result.images.slice(inputs.images.length, gateEnd)
    const workloads = workloadImages && {
      images: workloadImages,
      result: workloadResult(workloadImages, result.images.slice(gateEnd))
    }
    const all = [...result.images.slice(0, gateEnd), ...(workloads?.result.images ?? [])]
    return {
      result: resultOf(all),
      gate: gateImages && { images: gateImages, result: resultOf(images) },
      workloads
    }
  }
  if (requests.length === 0) {
    options.log.info(
      'No image to verify: no Dockerfile or workload matching the globs changed in this pull request'
    )
    return withGate(resultOf([]))
  }
  if (inputs.outputArchive !== undefined && requests.length !== 1) {
    throw new InputError(
      'output-archive',
      "Input 'output-archive' writes one image: verify exactly one image, with 'scenario' or 'platform' selecting one entry."
    )
  }

  if (inputs.store === undefined && inputs.outputArchive === undefined) {
    return withGate(await verify(inputs, options, requests))
  }
  // Loaded on use: the cache brings @actions/cache and its Azure SDK, most of the bundle's size.
  const { actionsCache, verifyWithStore } = await import('../store/cache.js')
  const { writeDockerArchive } = await import('../store/layout-store.js')
  // The archive is exported from a store: a throwaway one when the user keeps none.
  const dir = inputs.store ?? (await mkdtemp(join(tmpdir(), 'signet-store-')))
  const client = connect(inputs.registry, options.log, options.maskSecret)
  try {
    const outcome = await verifyWithStore({
      dir,
      references: requests.map(request => request.reference),
      remote: reference => client.repository(reference),
      verify: (sourceFor, resolved) =>
        verify(
          inputs,
          { ...options, sourceFor },
          requests.map((request, index) => ({ ...request, resolved: resolved[index] }))
        ),
      cache: inputs.cache ? actionsCache : undefined,
      trust: inputs.trust,
      log: options.log
    })
    const [image] = outcome.result.images
    if (inputs.outputArchive !== undefined && outcome.result.verified && image?.digest !== undefined) {
      const repoTag = requests[0].reference.tag
        ? formatReference({ ...requests[0].reference, digest: undefined })
        : undefined
      await writeDockerArchive(
        outcome.store,
        { digest: image.digest },
        inputs.outputArchive,
        repoTag,
        options.log
      )
      options.log.info(`Wrote ${inputs.outputArchive} (docker load -i ${inputs.outputArchive})`)
    }
    return { ...withGate(outcome.result), fromStore: outcome.fromStore }
  } finally {
    await client.close()
    if (inputs.store === undefined) await rm(dir, { recursive: true, force: true })
  }
}
