/**
 * The workload gate: every container image that Kubernetes manifests (any kind whose object holds a pod
 * spec: Pod, Deployment, CronJob, and CRDs such as Argo Rollout or Knative Service; Pod image volumes;
 * `List` kinds; multi-document YAML and JSON, so Helm's rendered output too) and Compose files
 * (`services.*.image`) would run, as verify requests, and the verdicts turned into annotations on the
 * `image:` line and a summary row per image.
 * A document is read as kubectl and compose read it: aliases expanded and merge keys applied first
 * (yaml-resolve.ts). What they could read differently from Signet is refused, never passed: a file that
 * is not UTF-8, duplicate keys (block, flow or JSON), ambiguous merges, an image field in a kind Signet
 * cannot classify, an image Signet cannot name exactly (a `{{ }}` template, a `${VAR}`, a malformed
 * reference). Each is an unverifiable use on its line, which fails the gate.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { LineCounter, parseAllDocuments, type Document, type Node } from 'yaml'
import type { VerifyInputs } from '../inputs/verify-inputs.js'
import { errorMessage } from '../util/errors.js'
import { gateFiles, toPosix } from './files.js'
import type { Log } from '../util/log.js'
import { formatReference, parseReference } from '../oci/reference.js'
import type { VerifyRequest } from '../verify/plan.js'
import type { ImageReport } from '../verify/verify.js'
import type { UsedImage } from './gate.js'
import { AmbiguousYamlError, resolveDocument, type Resolved, type ResolvedMap } from './yaml-resolve.js'

const WORKLOADS_INPUT = 'workloads'

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers']
/** Kinds whose contents are data for others, never run: an `image` key in them is just a string. */
const DATA_KINDS = ['ConfigMap', 'Secret']
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

type FoundUse = WorkloadImageUse & { unverifiable?: string }

/**
 * The image fields of one workload file (its text, or its bytes, which must be UTF-8), with what cannot
 * be verified marked.
 */
export function imagesOfWorkloadFile(content: string | Uint8Array, file: string, log: Log): FoundUse[] {
  const text = typeof content === 'string' ? content : utf8Of(content)
  if (typeof text !== 'string') return [refusal(file, text.line, file, text.reason)]
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    const reason = 'holds NUL characters (UTF-16 without a byte-order mark?): save it as UTF-8'
    return [refusal(file, text.slice(0, nul).split('\n').length, file, reason)]
  }
  const lineCounter = new LineCounter()
  const context = { file, text, log, lineCounter }
  return parseAllDocuments(text, { lineCounter, merge: true }).flatMap((document, index) =>
    imagesOfDocument(document, `${file} document ${index + 1}`, context)
  )
}

/** One document: refused where its consumers could read it otherwise, else read for images. */
function imagesOfDocument(
  document: Document.Parsed,
  where: string,
  { file, text, log, lineCounter }: { file: string; text: string; log: Log; lineCounter: LineCounter }
): FoundUse[] {
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line
  const duplicate = document.errors.find(error => error.code === 'DUPLICATE_KEY')
  if (duplicate !== undefined) {
    const reason = 'a duplicate key: consumers keep different values, Signet keeps none; remove it'
    return [refusal(file, lineAt(duplicate.pos[0]), where, reason)]
  }
  if (document.errors.length > 0) {
    const [start, end] = document.range
    const images = imageLinesOf(text.slice(start, end), lineAt(start), file)
    const reason = document.errors[0].message.split('\n')[0]
    log.warning(
      `${where}: not valid YAML (${reason}); ${images.length} image line(s) reported as unverifiable`
    )
    if (images.length > 0) return images
    return [
      refusal(
        file,
        lineAt(document.errors[0].pos[0]),
        where,
        `not valid YAML (${reason}): what it runs cannot be known`
      )
    ]
  }
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineAt(node.range[0]) : 1)
  let root: Resolved | undefined
  try {
    root = resolveDocument(document)
  } catch (error) {
    if (!(error instanceof AmbiguousYamlError)) throw error
    return [refusal(file, lineOf(error.node), where, error.message)]
  }
  const found: FoundUse[] = []
  new DocumentReader(file, where, log, lineOf, found).read(root)
  return found
}

/** A use standing for a whole file or document that cannot be read: a rejection on that line. */
function refusal(file: string, line: number, where: string, reason: string): FoundUse {
  return { file, line, image: '(unreadable)', where, pinned: false, unverifiable: `${where}: ${reason}` }
}

/** The text of UTF-8 bytes (a UTF-8 byte-order mark allowed), or why it is refused and where. */
function utf8Of(bytes: Uint8Array): string | { line: number; reason: string } {
  const bom = [
    [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
    [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
    [[0xfe, 0xff], 'UTF-16'],
    [[0xff, 0xfe], 'UTF-16']
  ] as const
  for (const [mark, encoding] of bom) {
    if (mark.every((byte, i) => bytes[i] === byte)) {
      return {
        line: 1,
        reason: `is ${encoding} (byte-order mark): kubectl reads it, Signet reads only UTF-8; save it as UTF-8`
      }
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const valid = new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0]
    return { line: valid.split('\n').length, reason: 'is not UTF-8: save it as UTF-8' }
  }
}

/**
 * The `image:` lines of a document the YAML parser refused (typically an unrendered Helm template):
 * each is unverifiable, since what it would run cannot be known.
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

/** One resolved document: Kubernetes objects (pod specs found wherever they are), or a Compose file. */
class DocumentReader {
  /** Image values read as images: any other `image` string is one Signet cannot classify. */
  private readonly classified = new Set<Resolved>()

  constructor(
    private readonly file: string,
    private readonly where: string,
    private readonly log: Log,
    private readonly lineOf: (node: Node | null | undefined) => number,
    private readonly found: FoundUse[]
  ) {}

  read(root: Resolved | undefined): void {
    if (root?.kind !== 'map') {
      this.unclassified(
        root,
        'neither a Kubernetes object nor a Compose file',
        `${this.where}: skipped, not a mapping`
      )
      return
    }
    const kind = stringOf(root.entries.get('kind'))
    if (kind === undefined) {
      const services = root.entries.get('services')
      if (services?.kind === 'map') return this.compose(services)
      this.unclassified(
        root,
        'neither a Kubernetes object nor a Compose file',
        `${this.where}: skipped, neither a Kubernetes object (no kind) nor a Compose file (no services)`
      )
      return
    }
    this.object(root, kind, this.where)
  }

  private object(object: ResolvedMap, kind: string, where: string): void {
    if (kind === 'List' || kind.endsWith('List')) {
      const items = object.entries.get('items')
      if (items?.kind !== 'seq') return
      items.items.forEach((item, i) => {
        const itemKind = item.kind === 'map' ? stringOf(item.entries.get('kind')) : undefined
        if (item.kind === 'map' && itemKind !== undefined)
          this.object(item, itemKind, `${where} item ${i + 1}`)
        else
          this.unclassified(
            item,
            'a List item that is no Kubernetes object',
            `${where} item ${i + 1}: skipped, no kind`
          )
      })
      return
    }
    if (DATA_KINDS.includes(kind)) {
      this.log.debug(`${where}: skipped, kind ${kind} runs no containers`)
      return
    }
    const before = this.found.length
    const name = stringOf(object.entries.get('metadata'), 'name') ?? '(unnamed)'
    this.podSpecs(object, `${kind} ${name}`)
    this.unclassified(object, `kind ${kind}`, `${where}: skipped, kind ${kind} runs no containers`, before)
  }

  /** Every mapping shaped like a pod spec (a container list), wherever the kind keeps it. */
  private podSpecs(value: Resolved, owner: string): void {
    if (value.kind === 'seq') {
      for (const item of value.items) this.podSpecs(item, owner)
      return
    }
    if (value.kind !== 'map') return
    if (CONTAINER_LISTS.some(list => value.entries.has(list))) this.podSpec(value, owner)
    for (const [key, child] of value.entries) if (!CONTAINER_LISTS.includes(key)) this.podSpecs(child, owner)
  }

  private podSpec(spec: ResolvedMap, owner: string): void {
    for (const list of CONTAINER_LISTS) {
      const containers = spec.entries.get(list)
      if (containers === undefined) continue
      const label = list === 'containers' ? 'container' : list.replace(/Containers$/, ' container')
      for (const container of containers.kind === 'seq' ? containers.items : [containers]) {
        const containerName = stringOf(container, 'name') ?? '(unnamed)'
        const image = container.kind === 'map' ? container.entries.get('image') : undefined
        if (image !== undefined) this.classified.add(image)
        this.image(image ?? container, `${owner}, ${label} ${containerName}`)
      }
    }
    const volumes = spec.entries.get('volumes')
    for (const volume of volumes?.kind === 'seq' ? volumes.items : []) {
      const image = volume.kind === 'map' ? volume.entries.get('image') : undefined
      if (image === undefined) continue
      this.classified.add(image)
      const reference = image.kind === 'map' ? image.entries.get('reference') : undefined
      this.image(reference ?? image, `${owner}, image volume ${stringOf(volume, 'name') ?? '(unnamed)'}`)
    }
  }

  /** Compose: `services.<name>.image`; a service with only `build:` is built here, not pulled. */
  private compose(services: ResolvedMap): void {
    for (const [name, service] of services.entries) {
      if (service.kind !== 'map') continue
      const image = service.entries.get('image')
      if (image === undefined && service.entries.has('build')) continue
      this.image(image ?? service, `Compose service ${name}`)
    }
  }

  private image(value: Resolved, what: string): void {
    const line = this.lineOf(value.node)
    const text = value.kind === 'scalar' && typeof value.value === 'string' ? value.value.trim() : ''
    const use = { file: this.file, line, image: text, where: what, pinned: false }
    if (text === '') this.found.push({ ...use, image: '(none)', unverifiable: `${what} names no image` })
    else if (TEMPLATED.test(text))
      this.found.push({
        ...use,
        unverifiable: `${what}: '${text}' is templated; render it (helm template) first`
      })
    else this.found.push({ ...use, pinned: text.includes('@') })
  }

  /**
   * An `image` string outside any pod spec: a controller of this kind may run it, in a way Signet cannot
   * tell, so the document is unverifiable at its first such line; without one, `skipped` is logged
   * (unless images were found since `before`).
   */
  private unclassified(
    value: Resolved | undefined,
    what: string,
    skipped: string,
    before = this.found.length
  ): void {
    const loose = value === undefined ? undefined : this.looseImage(value)
    if (loose !== undefined) {
      this.found.push({
        file: this.file,
        line: this.lineOf(loose.node),
        image: typeof loose.value === 'string' ? loose.value : '(none)',
        where: what,
        pinned: false,
        unverifiable: `${this.where}: ${what} has an image field outside any pod spec; Signet cannot tell what runs it (exclude the file from 'workloads' if nothing does)`
      })
    } else if (this.found.length === before) {
      this.log.debug(skipped)
    }
  }

  private looseImage(value: Resolved): Extract<Resolved, { kind: 'scalar' }> | undefined {
    if (value.kind === 'scalar') return undefined
    const children = value.kind === 'seq' ? value.items.map(item => ['', item] as const) : [...value.entries]
    for (const [key, child] of children) {
      if (
        key === 'image' &&
        child.kind === 'scalar' &&
        typeof child.value === 'string' &&
        !this.classified.has(child)
      ) {
        return child
      }
      const nested = this.looseImage(child)
      if (nested !== undefined) return nested
    }
    return undefined
  }
}

/** A string scalar, or the string at `key` of a mapping. */
function stringOf(value: Resolved | undefined, key?: string): string | undefined {
  const target = key === undefined ? value : value?.kind === 'map' ? value.entries.get(key) : undefined
  return target?.kind === 'scalar' && typeof target.value === 'string' ? target.value : undefined
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
    const content = await readFile(path.join(root, file))
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
    return { reference: parseReference(use.image) }
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
    blobs: { checked: 0, bytes: 0, manifests: 0 },
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
