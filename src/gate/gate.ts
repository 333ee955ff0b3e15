/**
 * Folder gate/: which images a repository's files make a build pull or a cluster run, as verify
 * requests that carry the file lines they came from. May import: verify/, inputs/, oci/, util/.
 *
 * The PR gate: the base images of a repository's Dockerfiles, turned into verify requests, and the
 * verdicts turned back into what a reviewer reads (annotations on the FROM line; the summary table's
 * "Used by" rows are built in report/).
 * Registry allow-lists and signatures are checked by verify itself; this module only decides what to ask.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { BaseImageUse } from './dockerfile.js'
import { gateFiles, toPosix } from './files.js'
import { InputError } from '../util/errors.js'
import type { VerifyInputs } from '../inputs/verify-inputs.js'
import { readPlatform, readReference } from '../inputs/oci-inputs.js'
import { formatPlatform } from '../oci/platform.js'
import { formatReference } from '../oci/reference.js'
import type { VerifyRequest } from '../verify/plan.js'
import { signedByLine, type ImageReport } from '../verify/verify.js'

const DOCKERFILES_INPUT = 'dockerfiles'

/** One distinct (image, platform) to verify; its origin lists every Dockerfile line that uses it. */
export type GateRequest = VerifyRequest<BaseImageUse> & {
  origin: { kind: 'dockerfile'; uses: BaseImageUse[] }
}

/** An image with the file lines that use it and its verdict: what tables and annotations are made of. */
export interface UsedImage<Use> {
  uses: Use[]
  report: ImageReport
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
): Promise<GateRequest[]> {
  const root = options.root ?? process.cwd()
  // Loaded on use: the Dockerfile parser is off the start-up path of runs without `dockerfiles`.
  const { baseImagesOf } = await import('./dockerfile.js')
  const files = await gateFiles(DOCKERFILES_INPUT, inputs.dockerfiles, {
    root,
    changedFiles: options.changedFiles,
    what: 'Dockerfile',
    example: '**/Dockerfile*'
  })

  const images = new Map<string, GateRequest>()
  for (const file of files) {
    const content = await readFile(path.join(root, file), 'utf8')
    for (const use of baseImagesOf(content, toPosix(file), inputs.buildArgs)) {
      const request = requestOf(use)
      const key = `${formatReference(request.reference)} ${request.platform ? formatPlatform(request.platform) : ''}`
      const known = images.get(key)
      if (known) known.origin.uses.push(use)
      else images.set(key, { ...request, origin: { kind: 'dockerfile', uses: [use] } })
    }
  }
  return [...images.values()]
}

/** One annotation per Dockerfile line using a rejected image, carrying the rejection reason. */
export function annotateFailures(
  images: UsedImage<BaseImageUse>[],
  annotate: (message: string, properties: { file: string; startLine: number; title: string }) => void
): void {
  for (const { uses, report } of images) {
    if (report.verified) continue
    const reason = report.reasons.join('; ') || 'not verified'
    for (const use of uses) {
      annotate(reason, {
        file: use.file,
        startLine: use.line,
        title: `${imageRole(use.instruction)} ${use.image} failed verification`
      })
    }
  }
}

/**
 * A notice on each line using a verified image, naming the kind of signer that passed it (notation,
 * cosign, sigstore, github-attestation, pinned), so a reviewer sees why each base image was trusted.
 */
export function annotatePasses(
  images: UsedImage<BaseImageUse>[],
  annotate: (message: string, properties: { file: string; startLine: number; title: string }) => void
): void {
  for (const { uses, report } of images) {
    if (!report.verified || report.signedBy === undefined || report.signedBy.length === 0) continue
    for (const use of uses) {
      annotate(`${report.ref ?? report.image} signed by ${signedByLine(report.signedBy)}`, {
        file: use.file,
        startLine: use.line,
        title: `${imageRole(use.instruction)} ${use.image} verified`
      })
    }
  }
}

/** What the image is to the build, named by the instruction that pulls it: `FROM image`, `Frontend (# syntax=)`. */
function imageRole(instruction: BaseImageUse['instruction']): string {
  if (instruction === '# syntax') return 'Frontend (# syntax=)'
  if (instruction === 'BUILDKIT_SYNTAX') return 'Frontend (BUILDKIT_SYNTAX build arg)'
  return `${instruction} image`
}

function requestOf(use: BaseImageUse): Pick<VerifyRequest, 'reference' | 'platform'> {
  const location = `${use.file}:${use.line}`
  try {
    const reference = readReference(use.image, DOCKERFILES_INPUT)
    return use.platform === undefined
      ? { reference }
      : { reference, platform: readPlatform(use.platform, DOCKERFILES_INPUT) }
  } catch (error) {
    if (error instanceof InputError) throw new InputError(DOCKERFILES_INPUT, `${location}: ${error.message}`)
    throw error
  }
}
