/**
 * The accepted-signer inputs of verify: `cosign-key`, `sigstore-trusted-root`, `certificate-identity`,
 * `certificate-identity-regexp`, `certificate-oidc-issuer`, the `signers` list (YAML) and `require`. They
 * add up to one list: `trust-roots` with `trusted-identities` is one notation signer, each key of
 * `cosign-key` one cosign signer, the `certificate-*` inputs one Sigstore signer, and each `signers` item
 * one more. Everything is read and checked here, once: keys parsed, trusted roots parsed, regexps compiled;
 * bad input is an InputError naming the input (and the item) and the fix.
 */
import { readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { InputError, errorMessage } from '../util/errors.js'
import { INPUT_DEFAULTS, Inputs, type InputName } from './contract.js'
import { readPemInput } from './content-or-path.js'
import { lines, optional, type InputSource } from './input-values.js'
import type { Requirement } from '../trust/accepted-signer.js'
import { CosignKeySigner } from '../trust/cosign/cosign-signer.js'
import { parseCosignPublicKeys, type CosignPublicKey } from '../trust/cosign/public-keys.js'
import type { GitHubAttestationOptions } from '../trust/sigstore/github-attestation.js'
import { goRegexp, type IdentityPolicy } from '../trust/sigstore/identity-policy.js'
import { GitHubAttestationSigner, SigstoreSigner } from '../trust/sigstore/keyless-signers.js'
import { parseTrustedRoots, type SigstoreInstance } from '../trust/sigstore/trusted-root.js'
import { PinnedSigner } from '../trust/pinned-signer.js'
import type { AcceptedSigner } from '../trust/accepted-signer.js'

/** Where a signer was configured, for messages: "cosign-key (key #2)", "signers item #3 (sigstore)". */
interface Origin {
  origin: string
}

/** One accepted signer, its material parsed. Notation keeps PEM content for the trust policy to load. */
export type SignerSpec = Origin &
  (
    | { kind: 'notation'; trustRoots: string; identities: string[] }
    | { kind: 'cosign'; key: CosignPublicKey }
    | { kind: 'sigstore'; instances: SigstoreInstance[]; policy: IdentityPolicy }
    | { kind: 'github-attestation'; instances: SigstoreInstance[]; options: GitHubAttestationOptions }
    | { kind: 'pinned'; digests: string[] }
  )

export interface SignerInputs {
  /** In order: the notation signer, each cosign key, the Sigstore signer, then the `signers` items. */
  signers: SignerSpec[]
  require: Requirement
}

export const SIGNER_KINDS = ['notation', 'cosign', 'sigstore', 'github-attestation', 'pinned'] as const
const ITEM_FIELDS: Record<(typeof SIGNER_KINDS)[number], readonly string[]> = {
  notation: ['trust-roots', 'identities'],
  cosign: ['key'],
  sigstore: ['trusted-root', 'identity', 'identity-regexp', 'issuer'],
  'github-attestation': [
    'trusted-root',
    'repository',
    'owner',
    'predicate-type',
    'signer-workflow',
    'signer-repository',
    'ref',
    'issuer',
    'host'
  ],
  pinned: []
}
const DIGEST = /^sha256:[0-9a-f]{64}$/
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/
const OWNER = /^[A-Za-z0-9-]+$/

export interface SignerInputOptions {
  /** Relative paths (keys, trusted roots) are read from here; default the working directory. */
  baseDir?: string
}

/** The accepted signers of the verify inputs, and how many of them must match. */
export function readSignerInputs(source: InputSource, options: SignerInputOptions = {}): SignerInputs {
  const signers: SignerSpec[] = []
  const trustRoots = optional(source, Inputs.TrustRoots)
  if (trustRoots !== undefined) {
    signers.push({
      kind: 'notation',
      origin: Inputs.TrustRoots,
      trustRoots: readPemInput(trustRoots, Inputs.TrustRoots),
      identities: lines(source, Inputs.TrustedIdentities, INPUT_DEFAULTS[Inputs.TrustedIdentities] as string)
    })
  }
  const cosignKey = optional(source, Inputs.CosignKey)
  if (cosignKey !== undefined) {
    const keys = parseCosignPublicKeys(readPemInput(cosignKey, Inputs.CosignKey), Inputs.CosignKey)
    keys.forEach((key, index) =>
      signers.push({
        kind: 'cosign',
        origin: keys.length > 1 ? `${Inputs.CosignKey} (key #${index + 1})` : Inputs.CosignKey,
        key
      })
    )
  }
  const rootText = optional(source, Inputs.SigstoreTrustedRoot)
  const trustedRoot =
    rootText === undefined
      ? undefined
      : parseTrustedRoots(
          readJsonInput(rootText, Inputs.SigstoreTrustedRoot, options),
          Inputs.SigstoreTrustedRoot
        )
  const keyless = readKeylessInputs(source, trustedRoot)
  if (keyless !== undefined) signers.push(keyless)
  const list = optional(source, Inputs.Signers)
  if (list !== undefined)
    signers.push(...parseSignerList(list, { ...options, defaultTrustedRoot: trustedRoot }))
  if (
    trustedRoot !== undefined &&
    !signers.some(signer => 'instances' in signer && signer.instances === trustedRoot)
  ) {
    throw new InputError(
      Inputs.SigstoreTrustedRoot,
      "Input 'sigstore-trusted-root' is set but nothing uses it: add 'certificate-identity' (or 'certificate-identity-regexp') and 'certificate-oidc-issuer', or a 'sigstore' or 'github-attestation' item in 'signers'."
    )
  }
  // notation's trustpolicy.json is one more signer (its statements pick roots per repository).
  const policySigner = optional(source, Inputs.TrustPolicy) === undefined ? 0 : 1
  return { signers, require: readRequire(source, signers.length + policySigner) }
}

/** The `certificate-*` inputs as one Sigstore signer, or undefined when none is set. */
function readKeylessInputs(
  source: InputSource,
  trustedRoot: SigstoreInstance[] | undefined
): SignerSpec | undefined {
  const identity = optional(source, Inputs.CertificateIdentity)
  const identityRegexp = optional(source, Inputs.CertificateIdentityRegexp)
  const issuer = optional(source, Inputs.CertificateOidcIssuer)
  if (identity === undefined && identityRegexp === undefined && issuer === undefined) return undefined
  const given =
    identity !== undefined
      ? Inputs.CertificateIdentity
      : identityRegexp !== undefined
        ? Inputs.CertificateIdentityRegexp
        : Inputs.CertificateOidcIssuer
  if (trustedRoot === undefined) {
    throw new InputError(
      given,
      `Input '${given}' needs 'sigstore-trusted-root': give the Sigstore trusted_root.json (content or path) that keyless signatures are verified against, e.g. the output of 'gh attestation trusted-root'.`
    )
  }
  return {
    kind: 'sigstore',
    origin: 'certificate-identity inputs',
    instances: trustedRoot,
    policy: identityPolicy({ identity, identityRegexp, issuer }, SIMPLE_INPUT_FIELDS)
  }
}

/** How an identity field is named in errors, and which input the error belongs to. */
interface FieldNames {
  input(field: 'identity' | 'identity-regexp' | 'issuer'): InputName
  label(field: 'identity' | 'identity-regexp' | 'issuer'): string
}

const SIMPLE_INPUT_FIELDS: FieldNames = {
  input: field =>
    field === 'identity'
      ? Inputs.CertificateIdentity
      : field === 'identity-regexp'
        ? Inputs.CertificateIdentityRegexp
        : Inputs.CertificateOidcIssuer,
  label: field => `Input '${SIMPLE_INPUT_FIELDS.input(field)}'`
}

/** cosign's rules: one of identity or identity-regexp, and the issuer. */
function identityPolicy(
  values: { identity?: string; identityRegexp?: string; issuer?: string },
  names: FieldNames
): IdentityPolicy {
  const fail = (field: 'identity' | 'identity-regexp' | 'issuer', message: string): never => {
    throw new InputError(names.input(field), `${names.label(field)} ${message}`)
  }
  if (values.identity !== undefined && values.identityRegexp !== undefined) {
    fail(
      'identity',
      `and ${names.label('identity-regexp')} exclude each other: give the exact identity or a regexp, not both.`
    )
  }
  if (values.identity === undefined && values.identityRegexp === undefined) {
    fail(
      'identity',
      'is missing: keyless signatures need the expected signer, the exact identity (e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main) or a regexp of it.'
    )
  }
  if (values.issuer === undefined) {
    fail(
      'issuer',
      'is missing: keyless signatures need the OIDC issuer that vouched for the signer, e.g. https://token.actions.githubusercontent.com.'
    )
  }
  let identityRegexp: RegExp | undefined
  if (values.identityRegexp !== undefined) {
    try {
      identityRegexp = goRegexp(values.identityRegexp)
    } catch (error) {
      fail('identity-regexp', `is not a valid regular expression: ${errorMessage(error)}`)
    }
  }
  return { identity: values.identity, identityRegexp, issuer: values.issuer }
}

/** `any` (default), `all`, or how many distinct signers, at most as many as are configured. */
function readRequire(source: InputSource, signers: number): Requirement {
  const value = source.get(Inputs.Require) || (INPUT_DEFAULTS[Inputs.Require] as string)
  if (value === 'any') return { kind: 'any' }
  if (value === 'all') return { kind: 'all' }
  if (!/^[1-9][0-9]{0,3}$/.test(value)) {
    throw new InputError(
      Inputs.Require,
      `Invalid input 'require': '${value}'. Expected 'any', 'all', or how many distinct signers must match (a whole number).`
    )
  }
  const count = Number(value)
  if (count > signers) {
    throw new InputError(
      Inputs.Require,
      `Input 'require' asks for ${count} distinct signers but ${signers} ${signers === 1 ? 'is' : 'are'} configured: lower it or add signers.`
    )
  }
  return { kind: 'count', count }
}

/**
 * The `signers` list (YAML text), each item `{ <kind>: { field: value… } }` (`pinned` takes a list of
 * digests). Also for the rules file's `verify: { signers: … }`, with its own base directory.
 */
export function parseSignerList(
  text: string,
  options: SignerInputOptions & { defaultTrustedRoot?: SigstoreInstance[] } = {}
): SignerSpec[] {
  let list: unknown
  try {
    list = parseYaml(text, { uniqueKeys: true })
  } catch (error) {
    throw new InputError(
      Inputs.Signers,
      `Input 'signers' is not valid YAML: ${errorMessage(error).split('\n')[0]}`
    )
  }
  if (!Array.isArray(list)) {
    throw new InputError(
      Inputs.Signers,
      "Input 'signers' must be a YAML list, an item per signer, e.g. '- cosign: { key: keys/cosign.pub }'."
    )
  }
  return list.flatMap((item, index) => signerItem(item, index + 1, options))
}

function signerItem(
  item: unknown,
  number: number,
  options: SignerInputOptions & { defaultTrustedRoot?: SigstoreInstance[] }
): SignerSpec[] {
  const fail = (message: string): never => {
    throw new InputError(Inputs.Signers, `Input 'signers', item #${number}: ${message}`)
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item) || Object.keys(item).length !== 1) {
    fail(`expected one signer, '<kind>: { … }' with kind one of ${SIGNER_KINDS.join(', ')}`)
  }
  const [kind, body] = Object.entries(item as Record<string, unknown>)[0]
  if (!(SIGNER_KINDS as readonly string[]).includes(kind)) {
    fail(`unknown signer kind '${kind.slice(0, 60)}'; expected one of ${SIGNER_KINDS.join(', ')}`)
  }
  const origin = `signers item #${number} (${kind})`
  if (kind === 'pinned') {
    const digests = Array.isArray(body) ? body : [body]
    if (digests.length === 0 || !digests.every(digest => typeof digest === 'string' && DIGEST.test(digest))) {
      fail('\'pinned\' takes a list of manifest digests, e.g. [ "sha256:<64 hex>" ]')
    }
    return [{ kind: 'pinned', origin, digests: digests as string[] }]
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    fail(`'${kind}' takes a map of fields: ${ITEM_FIELDS[kind as keyof typeof ITEM_FIELDS].join(', ')}`)
  const fields = body as Record<string, unknown>
  for (const field of Object.keys(fields)) {
    if (!ITEM_FIELDS[kind as keyof typeof ITEM_FIELDS].includes(field))
      fail(
        `unknown field '${field.slice(0, 60)}' for ${kind}; expected ${ITEM_FIELDS[kind as keyof typeof ITEM_FIELDS].join(', ')}`
      )
  }
  const text = (field: string): string | undefined => {
    const value = fields[field]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string' || value.trim() === '') fail(`'${field}' must be a non-empty string`)
    return (value as string).trim()
  }
  const path = (value: string) =>
    isAbsolute(value) || value.includes('-----BEGIN') ? value : resolve(options.baseDir ?? '.', value)
  const trustedRoot = (): SigstoreInstance[] => {
    const value = text('trusted-root')
    if (value !== undefined)
      return parseTrustedRoots(readJsonInput(value, Inputs.Signers, options, number), Inputs.Signers)
    if (options.defaultTrustedRoot !== undefined) return options.defaultTrustedRoot
    return fail(
      "'trusted-root' is missing (and 'sigstore-trusted-root' is not set): name the Sigstore trusted_root.json"
    )
  }
  switch (kind) {
    case 'notation': {
      const roots =
        text('trust-roots') ?? fail("'trust-roots' is missing: the PEM root certificates (content or path)")
      const identities = fields.identities ?? ['*']
      if (!Array.isArray(identities) || !identities.every(line => typeof line === 'string'))
        fail('\'identities\' must be a list, e.g. ["x509.subject: C=US, O=Acme, CN=release"] or ["*"]')
      return [
        {
          kind: 'notation',
          origin,
          trustRoots: readPemInput(path(roots), Inputs.Signers),
          identities: identities as string[]
        }
      ]
    }
    case 'cosign': {
      const key = text('key') ?? fail("'key' is missing: the cosign public key (PEM content or path)")
      const keys = parseCosignPublicKeys(readPemInput(path(key), Inputs.Signers), Inputs.Signers)
      return keys.map(parsed => ({ kind: 'cosign' as const, origin, key: parsed }))
    }
    case 'sigstore':
      return [
        {
          kind: 'sigstore',
          origin,
          instances: trustedRoot(),
          policy: identityPolicy(
            { identity: text('identity'), identityRegexp: text('identity-regexp'), issuer: text('issuer') },
            { input: () => Inputs.Signers, label: field => `Input 'signers', item #${number}: '${field}'` }
          )
        }
      ]
    default:
      return [
        { kind: 'github-attestation', origin, instances: trustedRoot(), options: githubOptions(text, fail) }
      ]
  }
}

function githubOptions(
  text: (field: string) => string | undefined,
  fail: (message: string) => never
): GitHubAttestationOptions {
  const repository = text('repository')
  const owner = text('owner')
  if (repository === undefined && owner === undefined)
    fail("'repository' (owner/repo) or 'owner' is missing: which repository's workflows made the attestation")
  if (repository !== undefined && !REPOSITORY.test(repository))
    fail(`'repository' must be owner/repo, got '${repository.slice(0, 100)}'`)
  if (owner !== undefined && !OWNER.test(owner))
    fail(`'owner' must be a GitHub organization or user, got '${owner.slice(0, 100)}'`)
  if (
    repository !== undefined &&
    owner !== undefined &&
    repository.split('/')[0].toLowerCase() !== owner.toLowerCase()
  )
    fail(`'owner' ${owner} is not the owner of 'repository' ${repository}`)
  const signerWorkflow = text('signer-workflow')
  if (
    signerWorkflow !== undefined &&
    !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+\/\.github\/workflows\/[^\s]+$/.test(signerWorkflow)
  )
    fail(
      `'signer-workflow' must be owner/repo/.github/workflows/<file>, got '${signerWorkflow.slice(0, 100)}'`
    )
  const signerRepository = text('signer-repository')
  if (signerRepository !== undefined && !REPOSITORY.test(signerRepository))
    fail(`'signer-repository' must be owner/repo, got '${signerRepository.slice(0, 100)}'`)
  const ref = text('ref')
  if (ref !== undefined && !ref.startsWith('refs/'))
    fail(`'ref' must be a full ref, e.g. refs/heads/main or refs/tags/v1.2.3`)
  return {
    repository,
    owner,
    predicateType: text('predicate-type'),
    signerWorkflow,
    signerRepository,
    sourceRef: ref,
    issuer: text('issuer'),
    host: text('host')
  }
}

/** A trusted root given as JSON content (it starts with `{`) or a path to it. */
function readJsonInput(value: string, input: InputName, options: SignerInputOptions, item?: number): string {
  const trimmed = value.trim()
  if (trimmed.startsWith('{')) return trimmed
  const file = isAbsolute(trimmed) ? trimmed : resolve(options.baseDir ?? '.', trimmed)
  try {
    return readFileSync(file, 'utf8')
  } catch {
    const where = item === undefined ? `Input '${input}'` : `Input '${input}', item #${item}`
    const shown = trimmed.length <= 256 && !/\s/.test(trimmed) ? `: ${trimmed}` : ' (value not shown)'
    throw new InputError(
      input,
      `${where} is neither a trusted_root.json's content nor a readable file${shown}`
    )
  }
}

/** The signers of kinds trust/ implements (the notation signer is built from the trust policy). */
export function acceptedSigner(spec: Exclude<SignerSpec, { kind: 'notation' }>): AcceptedSigner {
  switch (spec.kind) {
    case 'cosign':
      return new CosignKeySigner(spec.key)
    case 'sigstore':
      return new SigstoreSigner(spec.instances, spec.policy)
    case 'github-attestation':
      return new GitHubAttestationSigner(spec.instances, spec.options)
    case 'pinned':
      return new PinnedSigner(spec.digests)
  }
}
