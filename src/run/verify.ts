/**
 * The verify run both faces render: the inputs read (the rules file once), one plan, the requests of
 * every origin (the `image` input, the Dockerfiles of the PR gate, the workload files), verified directly
 * or through the local verified store (restored from and saved to the Actions cache when the face has
 * one), the optional `output-archive`, and the answers grouped by origin into a table, outputs and
 * annotations.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectBaseImages, type GateRequest, type UsedImage } from '../gate/gate.js'
import type { BaseImageUse } from '../gate/dockerfile.js'
import {
  annotateWorkloads,
  collectWorkloadImages,
  usedWorkloadImages,
  type WorkloadImage,
  type WorkloadImageUse
} from '../gate/workloads.js'
import { Inputs } from '../inputs/contract.js'
import type { InputSource } from '../inputs/input-values.js'
import type { VerifyInputs } from '../inputs/verify-inputs.js'
import { formatReference } from '../oci/reference.js'
import { rejectionMessage, verifyOutputs, verifyTable } from '../report/outputs.js'
import type { Annotation, ModeRun } from '../report/run-result.js'
import { readRules, readVerifyInputsWithRules } from '../rules/apply.js'
import { otherSigners } from '../rules/accepted-signers.js'
import type { CacheApi } from '../store/cache.js'
import { annotateFailures, annotatePasses } from '../gate/gate.js'
import { EXIT, InputError } from '../util/errors.js'
import { formatShard, inShard } from '../util/shard.js'
import type { VerifyRequest } from '../verify/plan.js'
import { resultOf, verify, type ImageReport, type VerifyResult } from '../verify/verify.js'
import { withRunContext, type RunContext, type RunEnvironment } from './context.js'
import { verifyPlanOf } from './plans.js'

/**
 * Said when `trusted-identities` is left empty (the CLI without the flag): accepting any signer under the
 * roots is then a default, not a choice, where notation makes the user write "*". The action's own
 * default is the explicit `*` of action.yml.
 */
export const NO_IDENTITY_WARNING =
  "No 'trusted-identities' given: any signer whose chain reaches 'trust-roots' is accepted. Pass '*' to accept any signer on purpose (notation asks for \"*\" explicitly), or 'x509.subject: C=…, O=…, CN=…' to accept only that signer."

/** What only a face can give a verify run. */
export interface VerifyPorts {
  /** The Actions cache behind `cache: true` (the action's); without it the store is not restored. */
  cache?: CacheApi
  /**
   * The files the pull request changes, for `changed-only`; undefined outside a pull request (every
   * file counts). Without the port, every file counts.
   */
  changedFiles?: (inputs: VerifyInputs) => Promise<string[] | undefined>
}

export interface VerifyRun extends ModeRun<VerifyResult> {
  /** The PR gate's images with the Dockerfile lines that use them. */
  gate?: UsedImage<BaseImageUse>[]
  /** The workload gate's images with their `image:` lines, unverifiable ones as rejections. */
  workloads?: UsedImage<WorkloadImageUse>[]
  /** True when the verified store answered everything and no blob crossed the network. */
  fromStore?: boolean
}

export async function runVerify(
  source: InputSource,
  environment: RunEnvironment,
  ports: VerifyPorts = {}
): Promise<VerifyRun> {
  const rules = readRules(source, environment.log)
  const inputs = readVerifyInputsWithRules(source, rules)
  if (inputs.trust.kind === 'roots' && source.get(Inputs.TrustedIdentities).trim() === '')
    environment.log.warning(NO_IDENTITY_WARNING)
  // The plan first: every certificate and rule is loaded before the first request.
  const plan = verifyPlanOf(inputs, rules)
  const root = environment.env.GITHUB_WORKSPACE || undefined
  const gates = inputs.dockerfiles.length > 0 || inputs.workloads.length > 0
  const changed = inputs.changedOnly && gates ? await ports.changedFiles?.(inputs) : undefined
  // With `shard: I/N`, this job's share of the images: chosen by each image's name, so every job of the
  // matrix agrees on the split and an image verified here is verified nowhere else.
  const mine = (image: string) => inShard(image, inputs.shard)
  const dockerfiles =
    inputs.dockerfiles.length > 0
      ? (await collectBaseImages(inputs, { root, changedFiles: changed })).filter(request =>
          mine(formatReference(request.reference))
        )
      : undefined
  const workloads =
    inputs.workloads.length > 0
      ? (await collectWorkloadImages(inputs, { root, changedFiles: changed, log: environment.log })).filter(
          image => mine(image.request ? formatReference(image.request.reference) : image.uses[0].image)
        )
      : undefined
  if (inputs.shard !== undefined) environment.log.info(`Shard ${formatShard(inputs.shard)} of the images`)
  const requests: VerifyRequest<unknown>[] = [
    ...inputs.images
      .filter(reference => mine(formatReference(reference)))
      .map(reference => ({ reference, origin: { kind: 'input' as const } })),
    ...(dockerfiles ?? []),
    ...(workloads ?? []).flatMap(image => (image.request ? [image.request] : []))
  ]
  if (requests.length === 0) {
    environment.log.info(
      inputs.shard !== undefined
        ? `No image to verify in shard ${formatShard(inputs.shard)}: the other shards have them all`
        : 'No image to verify: no Dockerfile or workload matching the globs changed in this pull request'
    )
  }
  if (inputs.outputArchive !== undefined && requests.length !== 1) {
    throw new InputError(
      'output-archive',
      "Input 'output-archive' writes one image: verify exactly one image, with 'scenario' or 'platform' selecting one entry."
    )
  }
  const { result, fromStore } =
    requests.length === 0
      ? { result: resultOf([]), fromStore: undefined }
      : await withRunContext<{ result: VerifyResult; fromStore?: boolean }>(
          inputs.registry,
          environment,
          async context =>
            inputs.store === undefined && inputs.outputArchive === undefined
              ? { result: await verify(requests, plan, context, { maxConcurrency: inputs.maxConcurrency }) }
              : verifyThroughStore(inputs, requests, plan, context, ports)
        )
  const run = answer(result, requests, dockerfiles, workloads, fromStore)
  if (inputs.shard !== undefined) {
    run.result.shard = formatShard(inputs.shard)
    run.outputs = verifyOutputs(run.result)
  }
  return run
}

/** The answers grouped by origin, and what the faces show of them. */
function answer(
  verified: VerifyResult,
  requests: VerifyRequest<unknown>[],
  dockerfiles: GateRequest[] | undefined,
  workloadImages: WorkloadImage[] | undefined,
  fromStore: boolean | undefined
): VerifyRun {
  const reportOf = new Map<VerifyRequest<unknown>, ImageReport>(
    requests.map((request, index) => [request, verified.images[index]])
  )
  const found = (request: VerifyRequest<unknown>): ImageReport => {
    const report = reportOf.get(request)
    if (report === undefined)
      throw new Error(`verify returned no report for ${formatReference(request.reference)}`)
    return report
  }
  const inputReports = requests.filter(request => request.origin.kind === 'input').map(found)
  const gate = dockerfiles?.map(request => ({ uses: request.origin.uses, report: found(request) }))
  const workloads = workloadImages && usedWorkloadImages(workloadImages, found)
  const result = resultOf([
    ...inputReports,
    ...(gate ?? []).map(image => image.report),
    ...(workloads ?? []).map(image => image.report)
  ])
  const annotations: Annotation[] = []
  // Annotations land on the FROM line of each failing Dockerfile, in the pull request's diff.
  // Notices on the others say which signer passed each.
  if (gate !== undefined) {
    annotateFailures(gate, (message, properties) =>
      annotations.push({ level: 'error', message, ...properties })
    )
    annotatePasses(gate, (message, properties) =>
      annotations.push({ level: 'notice', message, ...properties })
    )
  }
  // Errors on the image: line of each rejected image; notices suggesting a digest for tag-given ones.
  if (workloads !== undefined)
    annotateWorkloads(workloads, (level, message, properties) =>
      annotations.push({ level, message, ...properties })
    )
  return {
    result,
    gate,
    workloads,
    fromStore,
    table: verifyTable(result, gate, workloads),
    outputs: verifyOutputs(result),
    annotations,
    failure: result.verified ? undefined : rejectionMessage(result),
    exitCode: { verified: EXIT.OK, rejected: EXIT.FAILED, error: EXIT.INCOMPLETE }[result.verdict]
  }
}

/** Verify through the local verified store (a throwaway one for `output-archive` alone), then archive. */
async function verifyThroughStore(
  inputs: VerifyInputs,
  requests: VerifyRequest<unknown>[],
  plan: ReturnType<typeof verifyPlanOf>,
  context: RunContext,
  ports: VerifyPorts
): Promise<{ result: VerifyResult; fromStore: boolean }> {
  // Loaded on use: the store and its archive writer are off the path of plain verify runs.
  const { verifyWithStore, NO_CACHE_SERVICE } = await import('../store/cache.js')
  const { writeDockerArchive } = await import('../store/layout-store.js')
  const dir = inputs.store ?? (await mkdtemp(join(tmpdir(), 'signet-store-')))
  try {
    const outcome = await verifyWithStore({
      dir,
      references: requests.map(request => request.reference),
      remote: reference => context.registry.repository(reference),
      verify: (sourceFor, resolved) =>
        verify(
          requests.map((request, index) => ({ ...request, resolved: resolved[index] })),
          plan,
          context,
          { sourceFor, maxConcurrency: inputs.maxConcurrency }
        ),
      cache: inputs.cache ? (ports.cache ?? NO_CACHE_SERVICE) : undefined,
      trust: inputs.trust,
      signers: otherSigners(inputs.signers).map(signer => signer.fingerprint()),
      log: context.log
    })
    const [image] = outcome.result.images
    if (inputs.outputArchive !== undefined && outcome.result.verified && image?.digest !== undefined) {
      const reference = requests[0].reference
      const repoTag = reference.tag ? formatReference({ ...reference, digest: undefined }) : undefined
      await writeDockerArchive(
        outcome.store,
        { digest: image.digest },
        inputs.outputArchive,
        repoTag,
        context.log
      )
      context.log.info(`Wrote ${inputs.outputArchive} (docker load -i ${inputs.outputArchive})`)
    }
    return { result: outcome.result, fromStore: outcome.fromStore }
  } finally {
    if (inputs.store === undefined) await rm(dir, { recursive: true, force: true })
  }
}
