/**
 * The sweep: sign, in place, every tag under a namespace that has no valid signature yet. Repositories
 * come from the registry's catalog, else the `repositories` input, else the exact repositories the rules
 * name; each repository's key comes from its matching rule (or the explicit key inputs). Each tag is
 * verified first (under the repository's verify rule, else against the signing chain's own root) and
 * signed only when no valid signature exists: the digest is signed and the signature pushed as a referrer,
 * nothing else changes (no new index, no tag moved). Re-runs sign nothing new.
 */
import { Inputs } from '../inputs/contract.js'
import { connect } from '../inputs/registry-client.js'
import {
  readSignerInputs,
  type InputSource,
  type SweepInputs,
  type TrustInputs,
  type VerifyInputs
} from '../inputs/read-inputs.js'
import { readSignTimestampInputs } from '../inputs/timestamp-inputs.js'
import { explicitKey, readWithRule, ruleInputError } from '../rules/apply.js'
import { loadRules, matchRule, ruleName, type Rule, type RulesFile } from '../rules/rules.js'
import type { Repository, RegistryClient } from '../oci/registry.js'
import { repositoryName } from '../oci/reference.js'
import { EMPTY_DESCRIPTOR, isIndexMediaType, type Descriptor, type ImageIndex } from '../oci/types.js'
import type { Table } from '../report/outputs.js'
import { loadCertificates } from '../trust/pki.js'
import type { Signer } from '../trust/signer.js'
import type { X509Certificate } from '@peculiar/x509'
import { mapWithLimit } from '../util/concurrency.js'
import { errorMessage, InputError } from '../util/errors.js'
import type { Log } from '../util/log.js'
import { verify } from '../verify/verify.js'
import { countersign, pushSignatures, signSubjects, type SignOptions } from './sign.js'
import { makeTimestamper, type Timestamper } from './timestamping.js'
import { openSigner } from './signers.js'

/** Repositories swept at once: each is a tag list, a few HEADs and signature pushes. */
const SWEEP_CONCURRENCY = 4
/** Tags that hold signatures or referrer indexes themselves (referrers tag schema, cosign), never signed. */
const ARTIFACT_TAG = /^sha256-[0-9a-f]{64}(\..*)?$/

export type SweepAction = 'signed' | 'already signed' | 'would sign' | 'skipped' | 'failed'

/** One digest of one repository (with every tag pointing at it), or a repository that was skipped. */
export interface SweepRow {
  repository: string
  tags: string[]
  digest?: string
  rule?: string
  action: SweepAction
  detail: string
}

export interface SweepResult {
  dryRun: boolean
  /** Where the repository list came from. */
  listedFrom: 'catalog' | 'repositories input' | 'rules'
  rows: SweepRow[]
  counts: Record<SweepAction, number>
}

/** A repository and the key that signs it. */
interface Plan {
  name: string
  key?: SweepKey
  rule?: string
  /** Why the repository is skipped (no rule signs it). */
  skip?: string
}

export async function sweep(
  inputs: SweepInputs,
  source: InputSource,
  options: SignOptions
): Promise<SweepResult> {
  const { log } = options
  const now = options.now ?? new Date()
  const rules = inputs.rules === undefined ? undefined : loadRules(inputs.rules)
  if (rules === undefined && !explicitKey(source)) {
    throw new InputError(
      Inputs.Rules,
      "Input 'sweep' needs 'rules' (which key signs which repository) or the key inputs ('signing-key', 'signing-cert-chain')."
    )
  }
  const client = connect(inputs.registry, log, options.maskSecret)
  try {
    const { names, listedFrom } = await listRepositories(inputs, client, rules)
    log.info(
      `${names.length} repositories under ${inputs.sweep.registry}/${inputs.sweep.namespace} (from the ${listedFrom})`
    )
    // Every key is loaded before the first request that could sign: a bad key fails the sweep with nothing pushed.
    const plans = await planKeys(names, inputs, source, rules, { ...options, now })
    // Repositories are swept side by side: collapsible log groups would interleave, so each line is
    // prefixed with its repository instead.
    const rows = (
      await mapWithLimit(plans, SWEEP_CONCURRENCY, plan =>
        sweepRepository(plan, inputs, client, rules, { ...options, log: prefixed(log, plan.name) }, now)
      )
    ).flat()
    const counts: SweepResult['counts'] = {
      signed: 0,
      'already signed': 0,
      'would sign': 0,
      skipped: 0,
      failed: 0
    }
    for (const row of rows) counts[row.action]++
    return { dryRun: inputs.dryRun, listedFrom, rows, counts }
  } finally {
    await client.close()
  }
}

async function listRepositories(
  inputs: SweepInputs,
  client: RegistryClient,
  rules: RulesFile | undefined
): Promise<{ names: string[]; listedFrom: SweepResult['listedFrom'] }> {
  const { registry, namespace } = inputs.sweep
  const under = (repository: string): boolean =>
    repository === namespace || repository.startsWith(`${namespace}/`)
  if (inputs.repositories.length > 0) {
    return {
      names: [...new Set(inputs.repositories.map(ref => ref.repository))],
      listedFrom: 'repositories input'
    }
  }
  const catalog = await client.catalog(registry)
  if (catalog !== undefined) return { names: catalog.filter(under).sort(), listedFrom: 'catalog' }
  // No catalog: the repositories the rules name exactly (patterns without any glob character).
  const named = (rules?.rules ?? [])
    .filter(rule => rule.specificity[0] === 1 && rule.match.startsWith(`${registry}/`))
    .map(rule => rule.match.slice(registry.length + 1))
    .filter(under)
  if (named.length === 0) {
    throw new InputError(
      Inputs.Repositories,
      `${registry} does not let this client list its catalog: name the repositories to sweep in 'repositories', a line each (or exactly in the rules).`
    )
  }
  return { names: [...new Set(named)].sort(), listedFrom: 'rules' }
}

/** A signer opened once per rule (or for the explicit key inputs), shared by its repositories. */
interface SweepKey {
  signer: Signer
  /** A plugin brings its own chain: it must reach `trust-roots` when they are given. */
  trustRoots?: X509Certificate[]
  /** The rule's (or the inputs') timestamp authority: every signature the sweep makes is countersigned. */
  timestamper?: Timestamper
  /** The root of the signer's chain, learnt from one signature on first need (see preCheckTrust). */
  root?: Promise<string>
}

/** What one key needs from the inputs (or a rule overlaid on them): the signer and its timestamping. */
function readKeyInputs(source: InputSource) {
  return { signer: readSignerInputs(source), timestamps: readSignTimestampInputs(source) }
}

async function planKeys(
  names: string[],
  inputs: SweepInputs,
  source: InputSource,
  rules: RulesFile | undefined,
  options: SignOptions & { now: Date }
): Promise<Plan[]> {
  const trustRoots =
    inputs.trustRoots === undefined ? undefined : loadCertificates(inputs.trustRoots, 'trust-roots')
  const keys = new Map<string, SweepKey>()
  const open = async (
    label: string,
    read: () => ReturnType<typeof readKeyInputs>,
    rule?: Rule
  ): Promise<SweepKey> => {
    const known = keys.get(label)
    if (known !== undefined) return known
    const { signer: signerInputs, timestamps } = read()
    let signer: Signer
    let timestamper: Timestamper | undefined
    try {
      signer = await openSigner(signerInputs, { ...options, trustRoots })
      timestamper = makeTimestamper(timestamps)
    } catch (error) {
      throw rule === undefined || rules === undefined ? error : ruleInputError(source, rules, rule, error)
    }
    const key = { signer, timestamper, trustRoots: signerInputs.kind === 'plugin' ? trustRoots : undefined }
    keys.set(label, key)
    return key
  }
  const plans: Plan[] = []
  for (const name of names) {
    if (rules === undefined || explicitKey(source)) {
      plans.push({ name, key: await open('', () => readKeyInputs(source)), rule: 'signing-key input' })
      continue
    }
    const full = repositoryName({ registry: inputs.sweep.registry, repository: name })
    const rule = matchRule(rules, full, 'sign')
    if (rule === undefined) {
      plans.push({ name, skip: `no rule with 'sign:' matches ${full}` })
      continue
    }
    const label = ruleName(rules, rule)
    const key = await open(label, () => readWithRule(source, rules, rule, readKeyInputs), rule)
    plans.push({ name, key, rule: label })
  }
  return plans
}

async function sweepRepository(
  plan: Plan,
  inputs: SweepInputs,
  client: RegistryClient,
  rules: RulesFile | undefined,
  options: SignOptions,
  now: Date
): Promise<SweepRow[]> {
  const full = repositoryName({ registry: inputs.sweep.registry, repository: plan.name })
  const base = { repository: full, rule: plan.rule }
  if (plan.skip !== undefined) return [{ ...base, tags: [], action: 'skipped', detail: plan.skip }]
  const repository = client.repository({ registry: inputs.sweep.registry, repository: plan.name })
  try {
    const byDigest = await tagsByDigest(repository)
    if (byDigest.size === 0) return [{ ...base, tags: [], action: 'skipped', detail: 'no tags' }]
    const subjects = [...byDigest.values()].map(entry => entry.descriptor)
    const key = plan.key as SweepKey
    const trust = await preCheckTrust(full, rules, inputs.rules, key, now)
    const checked = await verify(
      preCheckInputs(inputs, trust),
      { ...options, now },
      subjects.map(subject => ({
        reference: { registry: inputs.sweep.registry, repository: plan.name, digest: subject.digest }
      }))
    )
    const rows: SweepRow[] = []
    const unsigned: Descriptor[] = []
    checked.images.forEach((report, index) => {
      const subject = subjects[index]
      const row = { ...base, tags: byDigest.get(subject.digest)?.tags ?? [], digest: subject.digest }
      const failed = report.checks.find(check => !check.passed)
      if (report.verified) rows.push({ ...row, action: 'already signed', detail: `by ${report.signer}` })
      else if (failed?.name === 'signature' || failed?.name === 'trust policy') {
        unsigned.push(subject)
        rows.push({
          ...row,
          action: inputs.dryRun ? 'would sign' : 'signed',
          detail: report.reasons.join('; ')
        })
      } else rows.push({ ...row, action: 'failed', detail: report.reasons.join('; ') })
    })
    if (unsigned.length > 0 && !inputs.dryRun) {
      const platforms = inputs.signPlatformManifests ? await platformManifests(unsigned, repository) : []
      const subjects = [...unsigned, ...platforms]
      const signed = await signSubjects(subjects, key.signer, { trustRoots: key.trustRoots, now })
      const envelopes =
        key.timestamper === undefined
          ? signed
          : await countersign(signed, subjects, key.timestamper, options.log)
      const digests = await pushSignatures(subjects, envelopes, repository, now, key.timestamper, options.log)
      for (const row of rows.filter(candidate => candidate.action === 'signed'))
        row.detail = `signature ${digests[unsigned.findIndex(subject => subject.digest === row.digest)]}`
      if (platforms.length > 0) options.log.info(`${platforms.length} platform manifests signed too`)
    }
    return rows
  } catch (error) {
    if (error instanceof InputError) throw error
    return [{ ...base, tags: [], action: 'failed', detail: errorMessage(error) }]
  }
}

/**
 * The platform manifests of the indexes among `subjects` (not already among them), so that tools that
 * check a pulled platform manifest find a signature, as the sign mode does with sign-platform-manifests.
 */
async function platformManifests(subjects: Descriptor[], repository: Repository): Promise<Descriptor[]> {
  const seen = new Set(subjects.map(subject => subject.digest))
  const children: Descriptor[] = []
  for (const subject of subjects.filter(candidate => isIndexMediaType(candidate.mediaType))) {
    const index = (await repository.fetchManifest(subject.digest)).manifest as ImageIndex
    for (const entry of index.manifests ?? []) {
      if (seen.has(entry.digest) || isIndexMediaType(entry.mediaType)) continue
      seen.add(entry.digest)
      children.push({ mediaType: entry.mediaType, digest: entry.digest, size: entry.size })
    }
  }
  return children
}

/** A log whose lines start with `name: ` and whose groups are plain lines (safe to use concurrently). */
function prefixed(log: Log, name: string): Log {
  return {
    info: message => log.info(`${name}: ${message}`),
    warning: message => log.warning(`${name}: ${message}`),
    debug: message => log.debug(`${name}: ${message}`),
    group: (title, body) => {
      log.info(`${name}: ${title}`)
      return body()
    }
  }
}

/** Distinct digests of a repository's tags (signature and referrer tags left out), each with its tags. */
async function tagsByDigest(
  repository: Repository
): Promise<Map<string, { descriptor: Descriptor; tags: string[] }>> {
  const tags = (await repository.listTags()).filter(tag => !ARTIFACT_TAG.test(tag)).sort()
  const found = new Map<string, { descriptor: Descriptor; tags: string[] }>()
  for (const tag of tags) {
    const resolved = await repository.resolve(tag)
    const descriptor = { mediaType: resolved.mediaType, digest: resolved.digest, size: resolved.size }
    const known = found.get(descriptor.digest)
    if (known) known.tags.push(tag)
    else found.set(descriptor.digest, { descriptor, tags: [tag] })
  }
  return found
}

/**
 * What counts as "already validly signed": the repository's verify rule when it has a usable one, else a
 * signature chaining to the root of the key that would sign it (so a sweep never re-signs its own work).
 */
async function preCheckTrust(
  repository: string,
  rules: RulesFile | undefined,
  rulesInput: string | undefined,
  key: SweepKey,
  now: Date
): Promise<TrustInputs> {
  const rule = rules && matchRule(rules, repository, 'verify')
  if (rule !== undefined && rule.verify !== 'reject' && rulesInput !== undefined)
    return { kind: 'rules', rules: rulesInput }
  // A token or plugin tells its chain only with a signature: one signature of the empty descriptor,
  // pushed nowhere, names the root once per key.
  key.root ??= signSubjects([EMPTY_DESCRIPTOR], key.signer, { trustRoots: key.trustRoots, now }).then(
    ([probe]) => probe.chain[probe.chain.length - 1].toString('pem')
  )
  return { kind: 'roots', trustRoots: await key.root, trustedIdentities: ['*'] }
}

/** Verify inputs for the signature check alone: no selection, no blob re-hashing. */
function preCheckInputs(inputs: SweepInputs, trust: TrustInputs): VerifyInputs {
  return {
    mode: 'verify',
    images: [],
    registry: inputs.registry,
    scenarioAnnotation: 'dev.signet.scenario',
    trust,
    verifyLayers: false,
    maxSignatures: 100,
    dockerfiles: [],
    buildArgs: {},
    changedOnly: false,
    allowedRegistries: [],
    cache: false,
    workloads: []
  }
}

/** One row per digest: repository, tags, digest, rule, action, detail. */
export function sweepTable(result: SweepResult): Table {
  const { counts } = result
  const done = result.dryRun ? `${counts['would sign']} would be signed` : `${counts.signed} signed`
  return {
    title: `Sweep${result.dryRun ? ' (dry run)' : ''}: ${done}, ${counts['already signed']} already signed, ${counts.skipped} skipped, ${counts.failed} failed`,
    header: ['Repository', 'Tags', 'Digest', 'Rule', 'Action', 'Detail'],
    rows: result.rows.map(row => [
      row.repository,
      row.tags.join(', '),
      row.digest ?? '',
      row.rule ?? '',
      row.action,
      row.detail
    ])
  }
}
