/**
 * Which roots, identities and verification level apply to a repository: either the simple
 * trust-roots/trusted-identities inputs, or notation's own trustpolicy.json (version 1.0) with its
 * trust store directory (`x509/<type>/<name>/*.pem|crt|cer`), validated the way notation validates it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { X509Certificate } from '@peculiar/x509'
import { canonicalName } from '../oci/canonical.js'
import { errorMessage, VerificationError } from '../util/errors.js'
import {
  CertificateError,
  certificateFromDer,
  isCaCertificate,
  isSelfSigned,
  loadCertificates,
  subjectOf
} from './certificates.js'
import type { VerificationLevel, VerifyTimestamp } from './envelope.js'
import { TrustInputError } from './errors.js'
import { TrustedIdentityError, parseTrustedIdentities, type TrustedIdentity } from './trusted-identities.js'
import type { AcceptedSigner, Requirement } from './accepted-signer.js'

/** What to do with a failed revocation check (notation's `revocation` validation action). */
export type RevocationAction = 'enforce' | 'log' | 'skip'

export interface PolicyDecision {
  /** The policy statement's name. */
  name: string
  level: VerificationLevel
  trustRoots: X509Certificate[]
  trustedIdentities: TrustedIdentity[]
  /** TSA roots (`tsa:` stores or `timestamp-roots`); empty = timestamps are not verified. */
  tsaRoots: X509Certificate[]
  verifyTimestamp: VerifyTimestamp
  revocation: RevocationAction
  /**
   * Signers accepted besides the Notary Project roots above (cosign keys, Sigstore identities, GitHub
   * attestations, pins, more Notary roots). With no `trustRoots`, only these.
   */
  signers?: readonly AcceptedSigner[]
  /** How many distinct signers must match; any one when unset. */
  require?: Requirement
}

export interface TrustPolicy {
  /** The statement for `registry/repository`: an exact registry scope first, else the '*' scope. */
  forRepository(repository: string): PolicyDecision
}

/** The trust-roots and trusted-identities inputs as a one-statement strict policy for every repository. */
export function simplePolicy(
  trustRoots: X509Certificate[],
  trustedIdentities: TrustedIdentity[],
  options: { tsaRoots?: X509Certificate[]; revocation?: RevocationAction; name?: string } = {}
): TrustPolicy {
  const decision: PolicyDecision = {
    name: options.name ?? 'trust-roots',
    level: 'strict',
    trustRoots,
    trustedIdentities,
    tsaRoots: options.tsaRoots ?? [],
    verifyTimestamp: 'always',
    revocation: options.revocation ?? 'enforce'
  }
  return { forRepository: () => decision }
}

/**
 * Trusted certificates must each be a CA certificate (basicConstraints CA:TRUE) or self-signed, as
 * notation requires of every certificate of a trust store (notation-go truststore.ValidateCertificates):
 * a leaf issued by someone else is no anchor, and notation refuses the store that holds one.
 */
export function checkTrustRoots(roots: X509Certificate[]): X509Certificate[] {
  roots.forEach((root, index) => {
    if (!isCaCertificate(root) && !isSelfSigned(root)) {
      throw new CertificateError(
        'not-a-ca',
        names =>
          `${names.certificates}: certificate #${index + 1} ("${subjectOf(root)}") is neither a CA certificate (basicConstraints CA:TRUE) nor self-signed, and notation refuses it as a trusted certificate; give the root CA certificate your signers' chains end in`
      )
    }
  })
  return roots
}

/** TSA roots must be CA certificates: a TSA's own certificate is no root to chain to. */
export function checkTsaRoots(roots: X509Certificate[]): X509Certificate[] {
  roots.forEach((root, index) => {
    if (!isCaCertificate(root)) {
      throw new CertificateError(
        'not-a-ca',
        names =>
          `${names.certificates}: certificate #${index + 1} ("${root.subject}") is not a CA certificate (basicConstraints CA:TRUE); give the TSA's root CA`
      )
    }
  })
  return roots
}

/** notation would refuse the trust policy document, or the trust store it names (`part`). */
export class TrustPolicyError extends TrustInputError<'policy' | 'store'> {
  constructor(part: 'policy' | 'store', wording: (names: Record<'policy' | 'store', string>) => string) {
    super(part, wording, { policy: 'the trust policy', store: 'the trust store' })
  }
}

const WILDCARD = '*'
const LEVELS: readonly VerificationLevel[] = ['strict', 'permissive', 'audit', 'skip']
const STORE_NAME = /^[a-zA-Z0-9_.-]+$/
const CERTIFICATE_FILE = /\.(pem|crt|cer)$/i
// Registry scope grammar from notation (adapted from distribution's reference regexps).
const SCOPE_DOMAIN =
  /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))+)?(?::[0-9]+)?$/
const SCOPE_REPOSITORY =
  /^[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*)*$/

/** Enforcement per validation type, as notation's level table (revocation apart: it may be skipped). */
type Action = RevocationAction
type Enforcement = Record<'authenticity' | 'authenticTimestamp' | 'expiry', Action>
const LEVEL_ENFORCEMENT: Record<Exclude<VerificationLevel, 'skip'>, Enforcement> = {
  strict: { authenticity: 'enforce', authenticTimestamp: 'enforce', expiry: 'enforce' },
  permissive: { authenticity: 'enforce', authenticTimestamp: 'log', expiry: 'log' },
  audit: { authenticity: 'log', authenticTimestamp: 'log', expiry: 'log' }
}

interface Statement {
  name?: unknown
  registryScopes?: unknown
  signatureVerification?: { level?: unknown; override?: unknown; verifyTimestamp?: unknown }
  trustStores?: unknown
  trustedIdentities?: unknown
}

/** Validates notation's trustpolicy.json (its content) and loads the certificates it names from the store. */
export function loadTrustPolicy(policy: string, trustStoreDir: string): TrustPolicy {
  const document = parsePolicyDocument(policy)
  const decisions = new Map<string, PolicyDecision>()
  const names = new Set<string>()
  for (const statement of document.trustPolicies) {
    const name = statementName(statement)
    if (names.has(name))
      throw policyError(`two statements are named "${name}"; statement names must be unique`)
    names.add(name)
    const decision = loadStatement(statement, name, trustStoreDir)
    for (const scope of registryScopes(statement, name)) {
      // Scopes and repositories meet as canonical names: no other spelling of a scope reaches '*'.
      const key = scope === WILDCARD ? scope : canonicalName(scope)
      if (decisions.has(key))
        throw policyError(`registry scope "${scope}" appears in more than one statement`)
      decisions.set(key, decision)
    }
  }
  return {
    forRepository(repository: string): PolicyDecision {
      const decision = decisions.get(canonicalName(repository)) ?? decisions.get(WILDCARD)
      if (decision === undefined) {
        throw new VerificationError(
          `no trust policy statement applies to ${repository}: add it to a statement's registryScopes, or add a '*' statement`
        )
      }
      return decision
    }
  }
}

function policyError(reason: string): TrustPolicyError {
  return new TrustPolicyError('policy', names => `${names.policy}: ${reason}`)
}

function storeError(reason: string): TrustPolicyError {
  return new TrustPolicyError('store', names => `${names.store}: ${reason}`)
}

function parsePolicyDocument(text: string): { trustPolicies: Statement[] } {
  let document: { version?: unknown; trustPolicies?: unknown }
  try {
    document = JSON.parse(text)
  } catch (error) {
    throw policyError(`not valid JSON (${errorMessage(error)})`)
  }
  if (typeof document !== 'object' || document === null) throw policyError('not a JSON object')
  if (document.version === undefined || document.version === '')
    throw policyError('"version" is missing; use "1.0"')
  if (document.version !== '1.0')
    throw policyError(`unsupported version ${JSON.stringify(document.version)}; use "1.0"`)
  if (!Array.isArray(document.trustPolicies) || document.trustPolicies.length === 0) {
    throw policyError('"trustPolicies" must list at least one statement')
  }
  return { trustPolicies: document.trustPolicies as Statement[] }
}

function statementName(statement: Statement): string {
  if (typeof statement !== 'object' || statement === null)
    throw policyError('every trust policy statement must be an object')
  if (typeof statement.name !== 'string' || statement.name === '') {
    throw policyError('a statement has no "name"; every statement needs a unique name')
  }
  return statement.name
}

function registryScopes(statement: Statement, name: string): string[] {
  const scopes = stringList(statement.registryScopes, `statement "${name}" registryScopes`)
  if (scopes.length === 0)
    throw policyError(`statement "${name}" has no registryScopes; list 'registry/repository' values or '*'`)
  if (scopes.length > 1 && scopes.includes(WILDCARD)) {
    throw policyError(
      `statement "${name}" mixes the wildcard scope '*' with other scopes; '*' must stand alone`
    )
  }
  for (const scope of scopes) {
    if (scope === WILDCARD) continue
    const slash = scope.indexOf('/')
    if (
      slash < 0 ||
      !SCOPE_DOMAIN.test(scope.slice(0, slash)) ||
      !SCOPE_REPOSITORY.test(scope.slice(slash + 1))
    ) {
      throw policyError(
        `statement "${name}" has registry scope "${scope}"; a scope is a repository without scheme or tag, e.g. registry.example.com/team/app`
      )
    }
  }
  return scopes
}

function stringList(value: unknown, what: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every(entry => typeof entry === 'string')) {
    throw policyError(`${what} must be an array of strings`)
  }
  return value
}

function loadStatement(statement: Statement, name: string, trustStoreDir: string): PolicyDecision {
  const level = statementLevel(statement, name)
  const stores = stringList(statement.trustStores, `statement "${name}" trustStores`)
  const identities = stringList(statement.trustedIdentities, `statement "${name}" trustedIdentities`)
  if (level === 'skip') {
    if (stores.length > 0 || identities.length > 0) {
      throw policyError(
        `statement "${name}" skips verification but lists trust stores or trusted identities; remove them`
      )
    }
    return {
      name,
      level,
      trustRoots: [],
      trustedIdentities: [],
      tsaRoots: [],
      verifyTimestamp: 'always',
      revocation: 'skip'
    }
  }
  if (stores.length === 0 || identities.length === 0) {
    throw policyError(`statement "${name}" needs both trustStores and trustedIdentities`)
  }
  // A blank entry is no identity: never read as "anyone", nor left to match no one at verify time.
  if (identities.some(identity => identity.trim() === '')) {
    throw policyError(`statement "${name}" trustedIdentities has a blank entry; remove it, or use "*"`)
  }
  const trustRoots: X509Certificate[] = []
  const tsaRoots: X509Certificate[] = []
  for (const store of stores) {
    const [type, storeName] = splitStore(store, name)
    const certificates = loadStore(trustStoreDir, type, storeName)
    // notary.x509 signatures chain to 'ca' stores only; signingAuthority stores serve a scheme Signet rejects.
    if (type === 'ca') trustRoots.push(...certificates)
    if (type === 'tsa') tsaRoots.push(...checkStoreTsaRoots(certificates))
  }
  let trustedIdentities: TrustedIdentity[]
  try {
    trustedIdentities = parseTrustedIdentities(identities)
  } catch (error) {
    if (!(error instanceof TrustedIdentityError)) throw error
    throw policyError(`statement "${name}": ${error.reason}`)
  }
  return {
    name,
    level,
    trustRoots,
    trustedIdentities,
    tsaRoots,
    verifyTimestamp: statementVerifyTimestamp(statement, name),
    revocation: statementRevocation(statement, level)
  }
}

function statementVerifyTimestamp(statement: Statement, name: string): VerifyTimestamp {
  const value = statement.signatureVerification?.verifyTimestamp
  if (value === undefined) return 'always'
  if (value !== 'always' && value !== 'afterCertExpiry') {
    throw policyError(
      `statement "${name}" signatureVerification.verifyTimestamp is ${JSON.stringify(value)}; use "always" or "afterCertExpiry"`
    )
  }
  return value
}

/** The level's revocation action (strict enforces, permissive and audit log), or the statement's override. */
function statementRevocation(statement: Statement, level: VerificationLevel): RevocationAction {
  const override = statement.signatureVerification?.override as Record<string, unknown> | undefined
  const action = override?.revocation
  if (action === 'enforce' || action === 'log' || action === 'skip') return action
  return level === 'strict' ? 'enforce' : 'log'
}

function statementLevel(statement: Statement, name: string): VerificationLevel {
  const verification = statement.signatureVerification
  const level = verification?.level
  if (typeof level !== 'string' || !LEVELS.includes(level as VerificationLevel)) {
    throw policyError(`statement "${name}" signatureVerification.level must be one of ${LEVELS.join(', ')}`)
  }
  const override = verification?.override
  if (
    override === undefined ||
    (typeof override === 'object' && override !== null && Object.keys(override).length === 0)
  ) {
    return level as VerificationLevel
  }
  if (level === 'skip') throw policyError(`statement "${name}" cannot override checks of the 'skip' level`)
  return overriddenLevel(level as Exclude<VerificationLevel, 'skip'>, override, name)
}

/**
 * notation lets a statement override single checks. Signet supports the overrides whose result is one of
 * the preset levels (e.g. strict with expiry and authenticTimestamp logged = permissive); the revocation
 * override stands apart (statementRevocation), with every action allowed.
 */
function overriddenLevel(
  level: Exclude<VerificationLevel, 'skip'>,
  override: unknown,
  name: string
): Exclude<VerificationLevel, 'skip'> {
  if (typeof override !== 'object' || override === null || Array.isArray(override)) {
    throw policyError(`statement "${name}" signatureVerification.override must be an object`)
  }
  const effective: Enforcement = { ...LEVEL_ENFORCEMENT[level] }
  for (const [check, action] of Object.entries(override)) {
    if (!['enforce', 'log', 'skip'].includes(action as string)) {
      throw policyError(
        `statement "${name}" override action "${String(action)}" must be enforce, log or skip`
      )
    }
    if (check === 'revocation') continue
    if (check === 'integrity') throw policyError(`statement "${name}" cannot override the integrity check`)
    if (!(check in effective)) {
      throw policyError(
        `statement "${name}" overrides unknown check "${check}" (integrity, authenticity, authenticTimestamp, expiry, revocation)`
      )
    }
    if (action === 'skip') throw policyError(`statement "${name}" cannot skip the ${check} check`)
    effective[check as keyof Enforcement] = action as Action
  }
  const preset = (Object.keys(LEVEL_ENFORCEMENT) as Exclude<VerificationLevel, 'skip'>[]).find(candidate =>
    (Object.keys(effective) as (keyof Enforcement)[]).every(
      check => LEVEL_ENFORCEMENT[candidate][check] === effective[check]
    )
  )
  if (preset === undefined) {
    throw policyError(
      `statement "${name}" overrides checks into a combination Signet does not support; use level strict, permissive or audit`
    )
  }
  return preset
}

function splitStore(store: string, name: string): ['ca' | 'signingAuthority' | 'tsa', string] {
  const colon = store.indexOf(':')
  const type = store.slice(0, colon)
  const storeName = store.slice(colon + 1)
  if (colon < 0)
    throw policyError(
      `statement "${name}" trust store "${store}" must have the form <type>:<name>, e.g. ca:acme`
    )
  if (type !== 'ca' && type !== 'signingAuthority' && type !== 'tsa') {
    throw policyError(
      `statement "${name}" uses unsupported trust store type "${type}" in "${store}" (use ca, signingAuthority or tsa)`
    )
  }
  if (!STORE_NAME.test(storeName)) {
    throw policyError(`statement "${name}" trust store name "${storeName}" must match [a-zA-Z0-9_.-]+`)
  }
  return [type, storeName]
}

/** Every certificate (PEM or DER) in `<dir>/x509/<type>/<name>/`. */
function loadStore(trustStoreDir: string, type: string, name: string): X509Certificate[] {
  const dir = join(trustStoreDir, 'x509', type, name)
  let files: string[]
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory')
    files = readdirSync(dir)
      .filter(file => CERTIFICATE_FILE.test(file))
      .sort()
  } catch {
    throw storeError(`trust store ${type}:${name} not found (expected the directory ${dir})`)
  }
  const certificates = files.flatMap(file =>
    checkStoreFile(join(dir, file), readCertificates(join(dir, file)))
  )
  if (certificates.length === 0) {
    throw storeError(`trust store ${type}:${name} holds no certificate (.pem, .crt or .cer files in ${dir})`)
  }
  return certificates
}

function checkStoreTsaRoots(certificates: X509Certificate[]): X509Certificate[] {
  try {
    return checkTsaRoots(certificates)
  } catch (error) {
    if (!(error instanceof CertificateError)) throw error
    throw new TrustPolicyError('store', names => error.messageFor({ certificates: names.store }))
  }
}

/** Each certificate of a store's file must be a CA or self-signed, as notation checks each file. */
function checkStoreFile(path: string, certificates: X509Certificate[]): X509Certificate[] {
  try {
    return checkTrustRoots(certificates)
  } catch (error) {
    if (!(error instanceof CertificateError)) throw error
    throw storeError(error.messageFor({ certificates: path }))
  }
}

function readCertificates(path: string): X509Certificate[] {
  const content = readFileSync(path)
  try {
    const text = content.toString('utf8')
    if (text.includes('-----BEGIN CERTIFICATE-----')) return loadCertificates(text)
    return [certificateFromDer(content)]
  } catch {
    throw storeError(`${path} is not a PEM or DER certificate`)
  }
}
