/**
 * The node's verdict cache: a node that starts many pods of one image asks containerd's verifier once
 * per pull, and each call would otherwise verify the same signature again. An accepted verdict is kept
 * under `--cache-dir`, keyed by the repository, the digest and a fingerprint of the policy that decided
 * it, so a policy change (another root, identity, level or rule) misses; an entry older than the
 * bounded age is checked again, so a signature or certificate withdrawn since is noticed within it.
 * Rejections are never kept: an image signed a minute later pulls at once.
 *
 * The cache is trusted as much as its directory: one that another user may write to is not used.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PolicyDecision } from '../trust/policy.js'
import { errorMessage } from '../util/errors.js'
import type { Log } from '../util/log.js'
import { othersMayWrite } from '../util/private-dir.js'

/** Bumped when the entry format or what a fingerprint covers changes: older entries then miss. */
const FORMAT = 1

/** What a verdict was given for. */
export interface VerdictKey {
  /** `registry/repository`: the signature lives there, and the policy is the repository's. */
  repository: string
  /** The digest containerd resolved. */
  digest: string
  /** `policyFingerprint` of the decision that applied. */
  fingerprint: string
}

export interface CachedVerdict {
  /** The reason line given when the verdict was reached. */
  reason: string
  /** When it was reached (ISO 8601). */
  checkedAt: string
}

/**
 * A digest of everything in `decision` that can change a verdict (roots and TSA roots by their DER
 * bytes, identities, level, revocation and timestamp handling, the statement's name) and of `settings`
 * (other plan values that decide, e.g. allowed registries).
 */
export function policyFingerprint(decision: PolicyDecision, settings: Record<string, unknown>): string {
  const der = (certificates: PolicyDecision['trustRoots']) =>
    certificates.map(certificate =>
      createHash('sha256').update(Buffer.from(certificate.rawData)).digest('hex')
    )
  const canonical = JSON.stringify({
    format: FORMAT,
    name: decision.name,
    level: decision.level,
    trustRoots: der(decision.trustRoots),
    trustedIdentities: decision.trustedIdentities,
    tsaRoots: der(decision.tsaRoots),
    verifyTimestamp: decision.verifyTimestamp,
    revocation: decision.revocation,
    signers: decision.signers?.map(signer => signer.fingerprint()),
    require: decision.require,
    settings
  })
  return createHash('sha256').update(canonical).digest('hex')
}

export class VerdictCache {
  private constructor(
    private readonly dir: string,
    private readonly log: Log
  ) {}

  /**
   * The cache in `dir` (created 0700 when missing), or undefined, with a warning, when the directory is
   * unusable or others may write to it (an entry planted there would allow a pull).
   */
  static open(dir: string, log: Log): VerdictCache | undefined {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      const stat = statSync(dir)
      if (!stat.isDirectory()) throw new Error('not a directory')
      if (othersMayWrite(stat)) {
        log.warning(
          `Verdict cache ${dir} is writable by others or owned by another user: not used (chmod 700 it)`
        )
        return undefined
      }
      return new VerdictCache(dir, log)
    } catch (error) {
      log.warning(`Verdict cache ${dir} is not usable (${errorMessage(error)}): verifying without it`)
      return undefined
    }
  }

  /** The verdict for `key` when one was reached less than `maxAgeMs` before `now`. */
  lookup(key: VerdictKey, now: Date, maxAgeMs: number): CachedVerdict | undefined {
    let entry: unknown
    try {
      entry = JSON.parse(readFileSync(this.fileOf(key), 'utf8'))
    } catch {
      return undefined
    }
    if (!isEntry(entry) || entry.format !== FORMAT) return undefined
    if (
      entry.repository !== key.repository ||
      entry.digest !== key.digest ||
      entry.fingerprint !== key.fingerprint
    )
      return undefined
    const age = now.getTime() - Date.parse(entry.checkedAt)
    // A time in the future (a clock set back) is no proof of freshness.
    if (!(age >= 0 && age < maxAgeMs)) return undefined
    return { reason: entry.reason, checkedAt: entry.checkedAt }
  }

  /** Keeps an accepted verdict; a write that fails only costs the next call a verification. */
  record(key: VerdictKey, reason: string, now: Date): void {
    const file = this.fileOf(key)
    const entry = { format: FORMAT, ...key, reason, checkedAt: now.toISOString() }
    const temporary = `${file}.${process.pid}.tmp`
    try {
      writeFileSync(temporary, `${JSON.stringify(entry)}\n`, { mode: 0o600 })
      renameSync(temporary, file)
    } catch (error) {
      this.log.warning(`Could not write the verdict cache entry ${file}: ${errorMessage(error)}`)
    }
  }

  private fileOf(key: VerdictKey): string {
    const name = createHash('sha256')
      .update(JSON.stringify([key.repository, key.digest, key.fingerprint]))
      .digest('hex')
    return join(this.dir, `${name}.json`)
  }
}

function isEntry(value: unknown): value is VerdictKey & CachedVerdict & { format: number } {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  return ['repository', 'digest', 'fingerprint', 'reason', 'checkedAt'].every(
    field => typeof entry[field] === 'string'
  )
}
