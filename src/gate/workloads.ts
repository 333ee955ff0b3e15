/**
 * The workload gate: every container image that Kubernetes manifests (Pod, Deployment, StatefulSet,
 * DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, `List` kinds; multi-document YAML, so Helm's
 * rendered output too) and Compose files (`services.*.image`) would run, as verify requests, and the
 * verdicts turned into annotations on the `image:` line and a summary row per image.
 * YAML that is not a workload is skipped with a debug line; an image Signet cannot name exactly (a
 * `{{ }}` template, a `${VAR}`, a malformed reference) is reported as unverifiable, which fails the gate.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node, type YAMLMap } from 'yaml'
import type { VerifyInputs } from '../inputs/read-inputs.js'
import { errorMessage } from '../util/errors.js'
import { gateFiles, toPosix } from './files.js'
import type { Log } from '../util/log.js'
import { formatReference, parseReference } from '../oci/reference.js'
import type { VerifyRequest } from '../verify/plan.js'
import type { ImageReport } from '../verify/verify.js'
import type { UsedImage } from './gate.js'

const WORKLOADS_INPUT = 'workloads'

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec']
}
const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers']
const TEMPLATED = /\{\{|\}\}|\$\{?[A-Za-z_]/

/** One `image:` field of a workload file. */
export interface WorkloadImageUse {
  file: string
  /** 1-based line of the `image:` value, for annotations. */
  line: number
  image: string
  /** e.g. 'Deployment web, container app' or 'Compose service api'. */
  where: string
  /** The image names a digest: nothing to suggest pinning. */
  pinned: boolean
}

/** A request of the workload gate: its origin lists the `image:` lines. */
export type WorkloadRequest = VerifyRequest<WorkloadImageUse> & {
  origin: { kind: 'workload'; uses: WorkloadImageUse[] }
}

/** A distinct image with every line that uses it; `unverifiable` when no exact reference can be made. */
export type WorkloadImage =
  | { uses: WorkloadImageUse[]; request: WorkloadRequest; unverifiable?: undefined }
  | { uses: WorkloadImageUse[]; request?: undefined; unverifiable: string }

/** The image fields of one YAML file, with what cannot be verified marked. */
export function imagesOfWorkloadFile(
  content: string,
  file: string,
  log: Log
): (WorkloadImageUse & { unverifiable?: string })[] {
  const lineCounter = new LineCounter()
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1
  const found: (WorkloadImageUse & { unverifiable?: string })[] = []
  const documents = parseAllDocuments(content, { lineCounter })
  if (!Array.isArray(documents)) return found
  documents.forEach((document, index) => {
    const where = `${file} document ${index + 1}`
    if (document.errors.length > 0) {
      const [start, end] = document.range
      const images = imageLinesOf(content.slice(start, end), lineCounter.linePos(start).line, file)
      log.warning(
        `${where}: not valid YAML (${document.errors[0].message.split('\n')[0]}); ${images.length} image line(s) reported as unverifiable`
      )
      found.push(...images)
      return
    }
    visitDocument(document.contents as Node | null, where, log, (node, what) => {
      const line = lineOf(node ?? undefined)
      const text = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : ''
      const use = { file, line, image: text, where: what, pinned: false }
      if (text === '') found.push({ ...use, image: '(none)', unverifiable: `${what} names no image` })
      else if (TEMPLATED.test(text))
        found.push({
          ...use,
          unverifiable: `${what}: '${text}' is templated; render it (helm template) first`
        })
      else found.push({ ...use, pinned: text.includes('@') })
    })
  })
  return found
}

/**
 * The `image:` lines of a document the YAML parser refused (typically an unrendered Helm template):
 * each is unverifiable, since what it would run cannot be known; a file that names no image is skipped.
 */
function imageLinesOf(
  text: string,
  firstLine: number,
  file: string
): (WorkloadImageUse & { unverifiable: string })[] {
  return text.split('\n').flatMap((line, offset) => {
    const match = /^\s*(?:-\s+)?image:\s*(\S.*?)\s*$/.exec(line)
    if (match === null) return []
    const image = match[1].replace(/^(['"])(.*)\1$/, '$2')
    return [
      {
        file,
        line: firstLine + offset,
        image,
        where: 'image field',
        pinned: false,
        unverifiable: `'${image}' is in a document that is not valid YAML${TEMPLATED.test(image) ? ' (a template; render it with helm template first)' : ''}`
      }
    ]
  })
}

type Visit = (image: Node | null | undefined, where: string) => void

function visitDocument(root: Node | null, where: string, log: Log, visit: Visit): void {
  if (!isMap(root)) {
    log.debug(`${where}: skipped, not a mapping`)
    return
  }
  const kind = stringAt(root, ['kind'])
  if (kind === undefined) {
    const services = root.get('services', true)
    if (isMap(services)) return visitCompose(services, visit)
    log.debug(`${where}: skipped, neither a Kubernetes object (no kind) nor a Compose file (no services)`)
    return
  }
  if (kind === 'List' || kind.endsWith('List')) {
    const items = root.get('items', true)
    if (isSeq(items))
      items.items.forEach((item, i) => visitDocument(item as Node, `${where} item ${i + 1}`, log, visit))
    return
  }
  const specPath = POD_SPEC_PATHS[kind]
  if (specPath === undefined) {
    log.debug(`${where}: skipped, kind ${kind} runs no containers`)
    return
  }
  const spec = root.getIn(specPath, true)
  const name = stringAt(root, ['metadata', 'name']) ?? '(unnamed)'
  if (!isMap(spec)) return
  for (const list of CONTAINER_LISTS) {
    const containers = spec.get(list, true)
    if (!isSeq(containers)) continue
    for (const container of containers.items) {
      if (!isMap(container)) continue
      const containerName = stringAt(container, ['name']) ?? '(unnamed)'
      const label = list === 'containers' ? 'container' : list.replace(/Containers$/, ' container')
      visit(
        (container.get('image', true) as Node | undefined) ?? container,
        `${kind} ${name}, ${label} ${containerName}`
      )
    }
  }
}

/** Compose: `services.<name>.image`; a service with only `build:` is built here, not pulled. */
function visitCompose(services: YAMLMap, visit: Visit): void {
  for (const pair of services.items) {
    const service = pair.value
    const name = isScalar(pair.key) ? String(pair.key.value) : '(unnamed)'
    if (!isMap(service)) continue
    const image = service.get('image', true) as Node | undefined
    if (image === undefined && service.has('build')) continue
    visit(image ?? (service as Node), `Compose service ${name}`)
  }
}

function stringAt(map: YAMLMap, keys: string[]): string | undefined {
  const value = map.getIn(keys)
  return typeof value === 'string' ? value : undefined
}

/**
 * The distinct images of the workload files matching `inputs.workloads` (relative to `root`), in
 * first-use order; with `changedFiles`, only those files. Patterns that match no file are an input error.
 */
export async function collectWorkloadImages(
  inputs: Pick<VerifyInputs, 'workloads'>,
  options: { root?: string; changedFiles?: string[]; log: Log }
): Promise<WorkloadImage[]> {
  const root = options.root ?? process.cwd()
  const files = await gateFiles(WORKLOADS_INPUT, inputs.workloads, {
    root,
    changedFiles: options.changedFiles,
    what: 'file',
    example: 'deploy/**/*.yaml'
  })
  const images = new Map<string, WorkloadImage>()
  for (const file of files) {
    const content = await readFile(path.join(root, file), 'utf8')
    for (const use of imagesOfWorkloadFile(content, toPosix(file), options.log)) {
      const { unverifiable, ...plain } = use
      const entry = unverifiable === undefined ? requestOf(plain) : { unverifiable }
      // The same image used twice is verified once; each unverifiable use stands alone.
      const key = 'reference' in entry ? formatReference(entry.reference) : `${use.file}:${use.line}`
      const known = images.get(key)
      if (known) known.uses.push(plain)
      else if ('reference' in entry) {
        const uses = [plain]
        images.set(key, { uses, request: { reference: entry.reference, origin: { kind: 'workload', uses } } })
      } else images.set(key, { uses: [plain], unverifiable: entry.unverifiable })
    }
  }
  return [...images.values()]
}

function requestOf(use: WorkloadImageUse): Pick<VerifyRequest, 'reference'> | { unverifiable: string } {
  try {
    return { reference: parseReference(use.image, WORKLOADS_INPUT) }
  } catch (error) {
    return { unverifiable: `${use.where}: ${errorMessage(error)}` }
  }
}

/** The report of an image that could not be verified at all: a rejection, never a pass. */
export function unverifiableReport(image: Extract<WorkloadImage, { unverifiable: string }>): ImageReport {
  const reason = `unverifiable: ${image.unverifiable}`
  return {
    image: image.uses[0].image,
    verified: false,
    verdict: 'rejected',
    checks: [{ name: 'resolve', passed: false, reason }],
    signatures: [],
    selected: [],
    blobs: { checked: 0, bytes: 0 },
    reasons: [reason]
  }
}

/** Each workload image with its report: verify's for a request, a rejection for an unverifiable one. */
export function usedWorkloadImages(
  images: WorkloadImage[],
  reportOf: (request: WorkloadRequest) => ImageReport
): UsedImage<WorkloadImageUse>[] {
  return images.map(image => ({
    uses: image.uses,
    report: image.request === undefined ? unverifiableReport(image) : reportOf(image.request)
  }))
}

/**
 * An error annotation on each `image:` line of a rejected image; a notice on each line naming a
 * verified image by tag, with the digest it resolved to, so the manifest can be pinned.
 */
export function annotateWorkloads(
  images: UsedImage<WorkloadImageUse>[],
  annotate: (
    level: 'error' | 'notice',
    message: string,
    properties: { file: string; startLine: number; title: string }
  ) => void
): void {
  for (const { uses, report } of images) {
    for (const use of uses) {
      const at = { file: use.file, startLine: use.line }
      if (!report.verified) {
        const resolved = report.digest && !use.pinned ? ` (${use.image} resolved to ${report.digest})` : ''
        annotate('error', `${report.reasons.join('; ') || 'not verified'}${resolved}`, {
          ...at,
          title: `Image ${use.image} failed verification`
        })
      } else if (!use.pinned && report.digest) {
        annotate(
          'notice',
          `${use.image} resolved to ${report.digest}: pin it as ${pinned(use.image, report.digest)}`,
          {
            ...at,
            title: `Pin ${use.image} by digest`
          }
        )
      }
    }
  }
}

/** `name:tag` → `name:tag@digest`-free pinned form `name@digest`, keeping how the file spelled the name. */
function pinned(image: string, digest: string): string {
  const name = image.replace(/:[^/:]*$/, '')
  return `${name}@${digest}`
}
