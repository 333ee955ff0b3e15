/**
 * The sweep: sign, in place, every tag under a namespace that has no valid signature yet. Repositories
 * come from the registry's catalog, else the `repositories` input, else the exact repositories the rules
 * name; each repository's key comes from its matching rule (or the explicit key inputs). Each tag is
 * verified first (under the repository's verify rule, else against the signing chain's own root) and
 * signed only when no valid signature exists: the digest is signed and the signature pushed as a referrer,
 * nothing else changes (no new index, no tag moved). Re-runs sign nothing new.
 */
import type { X509Certificate } from '@peculiar/x509'
import { Inputs } from '../inputs/contract.js'
import { matchRule, ruleName, type RulesFile } from '../rules/rules.js'
import type { Repository, RegistryClient } from '../oci/registry.js'
import { repositoryName, type Reference } from '../oci/reference.js'
import { EMPTY_DESCRIPTOR, isIndexMediaType, type Descriptor, type ImageIndex } from '../oci/types.js'
import type { EnvelopeFormat } from '../trust/envelope.js'
import { simplePolicy, type TrustPolicy } from '../trust/policy.js'
import { mapWithLimit } from '../util/concurrency.js'
import { errorMessage, InputError } from '../util/errors.js'
import type { Log } from '../util/log.js'
import { formatShard, inShard, type Shard } from '../util/shard.js'
import type { EngineContext } from '../verify/context.js'
import { PLAN_DEFAULTS } from '../verify/plan.js'
import { verify } from '../verify/verify.js'
import type { SigningKey } from './plan.js'
import { countersign, pushSignatures, signSubjects } from './sign.js'

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
  /** `I/N` when this sweep was one matrix job's share of the repositories. */
  shard?: string
}

/**
 * The sweep's plan: where to look, the rules (parsed once) and a chooser of each repository's key (each
 * key opened once, on first use, and shared by every repository its rule signs).
 */
export interface SweepPlan {
  /** `registry/namespace`: the registry host and the repository path prefix swept. */
  sweep: { registry: string; namespace: string }
  /** Repositories named by the `repositories` input (for registries that do not list their catalog). */
  repositories: Reference[]
  dryRun: boolean
  /** An index being signed gets its platform manifests signed too. */
  signPlatformManifests: boolean
  /** The envelope format of every signature (`signature-format`). */
  format: EnvelopeFormat
  rules?: RulesFile
  /** The rules' verify policy, every rule's trust loaded once: what counts as validly signed already. */
  rulesPolicy?: TrustPolicy
  /** This matrix job's share of the repositories, when the sweep is split (`shard: I/N`). */
  shard?: Shard
  /** The key that signs `repository` (`registry/path`) and the rule that chose it, or why none does. */
  keyFor(repository: string): Promise<{ key: SweepKey; rule: string } | { skip: string }>
}

/** A signing key of the sweep; the root of its chain is learnt from one signature on first need. */
export interface SweepKey extends SigningKey {
  root?: Promise<X509Certificate>
}

/** A repository and the key that signs it. */
interface RepositoryPlan {
  name: string
  key?: SweepKey
  rule?: string
  /** Why the repository is skipped (no rule signs it). */
  skip?: string
}

export async function sweep(plan: SweepPlan, context: EngineContext): Promise<SweepResult> {
  const { log } = context
  const client = context.registry
  const { names: listed, listedFrom } = await listRepositories(plan, client)
  log.info(
    `${listed.length} repositories under ${plan.sweep.registry}/${plan.sweep.namespace} (from the ${listedFrom})`
  )
  // A matrix job's share: by a hash of each repository's name, so the jobs agree without talking and a
  // new repository moves no other to another job.
  const names = listed.filter(name =>
    inShard(repositoryName({ registry: plan.sweep.registry, repository: name }), plan.shard)
  )
  if (plan.shard !== undefined)
    log.info(`Shard ${formatShard(plan.shard)}: ${names.length} of these repositories`)
  // Every key is opened before the first request that could sign: a bad key fails the sweep with nothing pushed.
  const plans: RepositoryPlan[] = []
  for (const name of names) {
    const chosen = await plan.keyFor(repositoryName({ registry: plan.sweep.registry, repository: name }))
    plans.push('skip' in chosen ? { name, skip: chosen.skip } : { name, key: chosen.key, rule: chosen.rule })
  }
  // Repositories are swept side by side: collapsible log groups would interleave, so each line is
  // prefixed with its repository instead.
  const rows = (
    await mapWithLimit(plans, SWEEP_CONCURRENCY, repository =>
      sweepRepository(repository, plan, { ...context, log: prefixed(log, repository.name) })
    )
  ).flat()
  const counts = countRows(rows)
  return {
    dryRun: plan.dryRun,
    listedFrom,
    rows,
    counts,
    ...(plan.shard !== undefined && { shard: formatShard(plan.shard) })
  }
}

/** How many rows took each action (a shard's, or the merged rows of every shard). */
export function countRows(rows: SweepRow[]): SweepResult['counts'] {
  const counts: SweepResult['counts'] = {
    signed: 0,
    'already signed': 0,
    'would sign': 0,
    skipped: 0,
    failed: 0
  }
  for (const row of rows) counts[row.action]++
  return counts
}

async function listRepositories(
  plan: SweepPlan,
  client: RegistryClient
): Promise<{ names: string[]; listedFrom: SweepResult['listedFrom'] }> {
  const { registry, namespace } = plan.sweep
  const under = (repository: string): boolean =>
    repository === namespace || repository.startsWith(`${namespace}/`)
  if (plan.repositories.length > 0) {
    return {
      names: [...new Set(plan.repositories.map(ref => ref.repository))],
      listedFrom: 'repositories input'
    }
  }
  const catalog = await client.catalog(registry)
  if (catalog !== undefined) return { names: catalog.filter(under).sort(), listedFrom: 'catalog' }
  // No catalog: the repositories the rules name exactly (patterns without any glob character).
  const named = (plan.rules?.rules ?? [])
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

async function sweepRepository(
  repositoryPlan: RepositoryPlan,
  plan: SweepPlan,
  context: EngineContext
): Promise<SweepRow[]> {
  const { registry } = plan.sweep
  const full = repositoryName({ registry, repository: repositoryPlan.name })
  const base = { repository: full, rule: repositoryPlan.rule }
  if (repositoryPlan.skip !== undefined)
    return [{ ...base, tags: [], action: 'skipped', detail: repositoryPlan.skip }]
  // A repository its verify rule rejects (quarantined) is never signed, whichever rule holds a key for it.
  const verifyRule = plan.rules && matchRule(plan.rules, full, 'verify')
  if (plan.rules !== undefined && verifyRule?.verify === 'reject') {
    const detail = `rejected by rule ${ruleName(plan.rules, verifyRule)} (verify: reject): not signed`
    return [{ ...base, tags: [], action: 'skipped', detail }]
  }
  const repository = context.registry.repository({ registry, repository: repositoryPlan.name })
  try {
    const byDigest = await tagsByDigest(repository)
    if (byDigest.size === 0) return [{ ...base, tags: [], action: 'skipped', detail: 'no tags' }]
    const subjects = [...byDigest.values()].map(entry => entry.descriptor)
    const key = repositoryPlan.key as SweepKey
    const checked = await verify(
      subjects.map(subject => ({
        reference: { registry, repository: repositoryPlan.name, digest: subject.digest },
        origin: { kind: 'sweep' as const }
      })),
      {
        ...PLAN_DEFAULTS,
        verifyLayers: false,
        policy: await alreadySignedPolicy(full, plan, key, context.now)
      },
      context
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
          action: plan.dryRun ? 'would sign' : 'signed',
          detail: report.reasons.join('; ')
        })
      } else rows.push({ ...row, action: 'failed', detail: report.reasons.join('; ') })
    })
    if (unsigned.length > 0 && !plan.dryRun) {
      const platforms = plan.signPlatformManifests ? await platformManifests(unsigned, repository) : []
      const subjects = [...unsigned, ...platforms]
      const signed = await signSubjects(subjects, key.signer, {
        trustRoots: key.chainRoots,
        now: context.now,
        format: plan.format
      })
      const envelopes =
        key.timestamper === undefined
          ? signed
          : await countersign(signed, subjects, key.timestamper, context.log)
      const signatures = await pushSignatures(
        subjects,
        envelopes,
        repository,
        context.now,
        key.timestamper,
        context.log
      )
      for (const row of rows.filter(candidate => candidate.action === 'signed'))
        row.detail = `signature ${signatures[unsigned.findIndex(subject => subject.digest === row.digest)].digest}`
      if (platforms.length > 0) context.log.info(`${platforms.length} platform manifests signed too`)
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
 * What counts as "already validly signed": the repository's verify rule when it has one, else a
 * signature chaining to the root of the key that would sign it (so a sweep never re-signs its own work).
 */
async function alreadySignedPolicy(
  repository: string,
  plan: SweepPlan,
  key: SweepKey,
  now: Date
): Promise<TrustPolicy> {
  const rule = plan.rules && matchRule(plan.rules, repository, 'verify')
  if (rule !== undefined && rule.verify !== 'reject' && plan.rulesPolicy !== undefined)
    return plan.rulesPolicy
  // A token or plugin tells its chain only with a signature: one signature of the empty descriptor,
  // pushed nowhere, names the root once per key.
  key.root ??= signSubjects([EMPTY_DESCRIPTOR], key.signer, { trustRoots: key.chainRoots, now }).then(
    ([probe]) => probe.chain[probe.chain.length - 1]
  )
  return simplePolicy([await key.root], ['*'])
}
