/**
 * Folder rules/: the rules file, which key signs and which trust verifies each repository pattern.
 * May import: verify/, inputs/, trust/, oci/, util/. No mode or face.
 *
 * One YAML file maps `registry/repository` globs to sign settings (onto the sign inputs) and verify
 * settings (onto the trust inputs, or `reject`). It is read with line numbers kept, so every error names
 * the file, the line and the field; a file with any error is refused as a whole (exit 2).
 */
import { existsSync } from 'node:fs'
import picomatch from 'picomatch'
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Pair } from 'yaml'
import { Inputs, type InputName } from '../inputs/contract.js'
import { isContent, readContentOrPath } from '../inputs/content-or-path.js'
import { canonicalName, canonicalPattern } from '../oci/canonical.js'
import { InputError } from '../util/errors.js'

const RULES_INPUT = Inputs.Rules

/**
 * Rule fields and the inputs they stand for. A table, so a backend that adds an input (timestamps,
 * plugins) is reachable from a rule by adding one line; a field whose input this build lacks is refused.
 */
export const SIGN_FIELDS: Record<string, string> = {
  key: 'signing-key',
  'cert-chain': 'signing-cert-chain',
  plugin: 'signing-plugin',
  'key-id': 'signing-key-id',
  'plugin-config': 'plugin-config',
  'timestamp-url': 'timestamp-url',
  'timestamp-roots': 'timestamp-roots'
}
export const VERIFY_FIELDS: Record<string, string> = {
  'trust-roots': 'trust-roots',
  identities: 'trusted-identities',
  'timestamp-roots': 'timestamp-roots',
  revocation: 'revocation',
  'cosign-key': 'cosign-key',
  'sigstore-trusted-root': 'sigstore-trusted-root',
  'certificate-identity': 'certificate-identity',
  'certificate-identity-regexp': 'certificate-identity-regexp',
  'certificate-oidc-issuer': 'certificate-oidc-issuer',
  signers: 'signers',
  require: 'require'
}
/** Verify fields that name a signer: a verify rule needs one of them (or is 'reject'). */
const SIGNER_FIELDS = [
  'trust-roots',
  'cosign-key',
  'certificate-identity',
  'certificate-identity-regexp',
  'signers'
]
/** Inputs whose value is PEM content or a path: a path that does not exist is refused when the file is read. */
const PEM_OR_PATH = new Set([
  'signing-key',
  'signing-cert-chain',
  'trust-roots',
  'timestamp-roots',
  'cosign-key'
])
/** Key references that name something other than a file (RFC 7512 PKCS#11 URIs). */
const NOT_A_PATH = /^pkcs11:/
/** Characters that make a pattern segment a glob rather than a literal name. */
const GLOB_CHARS = /[*?[\]{}()!+@|]/
/** What a repository pattern may contain: the reference grammar's characters and picomatch's. */
const PATTERN_CHARS = /^[A-Za-z0-9._:/\-*?[\]{}(),!+@|]+$/

/** One rule field mapped onto an input: where it was written and the raw input value it gives. */
export interface RuleField {
  field: string
  input: InputName
  value: string
  line: number
}

export interface Rule {
  /** 0-based position in the file. */
  index: number
  line: number
  /** The pattern as written (how messages name the rule). */
  match: string
  /** The pattern with its literal registry part canonical (oci/canonical.ts): what is matched. */
  pattern: string
  /** Whether the pattern matches a canonical `registry/repository`. */
  matches(repository: string): boolean
  /** Sort key, larger first; see `specificity`. */
  specificity: number[]
  sign?: RuleField[]
  verify?: RuleField[] | 'reject'
}

export interface RulesFile {
  /** The file's path, or 'rules' when the input held the YAML itself. */
  origin: string
  text: string
  /** Most specific first (see `specificity`), file order among equals. */
  rules: Rule[]
}

/** `origin:line: path: message`, as an InputError of the `rules` input. */
export function ruleError(origin: string, line: number, path: string, message: string): InputError {
  return new InputError(RULES_INPUT, `${origin}:${line}: ${path}: ${message}`)
}

/** The `rules` input: YAML content (it has a line break) or the path of a file holding it. */
export function loadRules(value: string): RulesFile {
  const { text, path } = readContentOrPath(value, 'yaml', RULES_INPUT)
  return parseRules(text, path ?? RULES_INPUT)
}

export function parseRules(text: string, origin: string): RulesFile {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false })
  // Typed explicitly: TypeScript narrows after a never-returning call only through an explicitly typed name.
  const reader: Reader = new Reader(origin, lines)
  if (document.errors.length > 0) {
    const error = document.errors[0]
    throw ruleError(origin, lines.linePos(error.pos[0]).line, 'yaml', error.message.split('\n')[0])
  }
  const root = document.contents
  if (!isMap(root)) reader.fail(root, '(top)', "expected a mapping with 'version' and 'rules'")
  let version: unknown
  let list: unknown
  for (const pair of root.items) {
    const key = reader.key(pair)
    if (key === 'version') version = isScalar(pair.value) ? pair.value.value : undefined
    else if (key === 'rules') list = pair.value
    else reader.fail(pair, key, "unknown key; expected 'version' and 'rules'")
  }
  if (version !== 1 && version !== '1')
    reader.fail(root, 'version', "missing or unsupported; use 'version: 1'")
  if (!isSeq(list) || list.items.length === 0)
    reader.fail(isSeq(list) ? list : root, 'rules', 'expected a list of at least one rule')
  const seen = new Map<string, number>()
  const rules = list.items.map((node, index) => {
    const rule = parseRule(node, index, reader)
    const earlier = seen.get(rule.pattern)
    if (earlier !== undefined)
      reader.fail(
        node,
        `rules[${index}].match`,
        rule.pattern === rule.match
          ? `'${rule.match}' is already the pattern of the rule on line ${earlier}`
          : `'${rule.match}' (canonically '${rule.pattern}') is already the pattern of the rule on line ${earlier}`
      )
    seen.set(rule.pattern, rule.line)
    return rule
  })
  rules.sort((a, b) => compareSpecificity(b.specificity, a.specificity) || a.index - b.index)
  return { origin, text, rules }
}

/** Line numbers and errors for the nodes of one rules file. */
class Reader {
  constructor(
    private readonly origin: string,
    private readonly lines: LineCounter
  ) {}

  lineOf(node: unknown): number {
    const target = isPair(node) ? node.key : node
    const range = isNode(target) ? target.range : undefined
    return range ? this.lines.linePos(range[0]).line : 1
  }

  fail(node: unknown, path: string, message: string): never {
    throw ruleError(this.origin, this.lineOf(node), path, message)
  }

  key(pair: Pair): string {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string')
      this.fail(pair, '(key)', 'keys must be plain strings')
    return pair.key.value
  }
}

function parseRule(node: unknown, index: number, reader: Reader): Rule {
  const at = `rules[${index}]`
  if (!isMap(node)) reader.fail(node, at, "expected a mapping with 'match' and 'sign' and/or 'verify'")
  let pattern: Pick<Rule, 'match' | 'pattern' | 'matches' | 'specificity'> | undefined
  let sign: RuleField[] | undefined
  let verify: Rule['verify']
  for (const pair of node.items) {
    const key = reader.key(pair)
    const value = pair.value
    if (key === 'match') {
      if (!isScalar(value) || typeof value.value !== 'string' || value.value === '')
        reader.fail(pair, `${at}.match`, "expected a glob over 'registry/repository', e.g. ghcr.io/acme/**")
      const match = value.value
      const fail = (message: string): never => reader.fail(value, `${at}.match`, message)
      checkPattern(match, fail)
      // Matched against canonical names, so a literal registry part is read the same way.
      const canonical = canonicalPattern(match, segment => GLOB_CHARS.test(segment))
      const matches = compilePattern(canonical, fail)
      pattern = { match, pattern: canonical, matches, specificity: specificity(canonical) }
    } else if (key === 'sign') {
      sign = fields(value, SIGN_FIELDS, `${at}.sign`, reader)
    } else if (key === 'verify') {
      verify =
        isScalar(value) && value.value === 'reject'
          ? 'reject'
          : fields(value, VERIFY_FIELDS, `${at}.verify`, reader)
      if (verify !== 'reject' && !verify.some(field => SIGNER_FIELDS.includes(field.field)))
        reader.fail(
          value,
          `${at}.verify.trust-roots`,
          "missing; a verify rule names its trusted roots or other signers ('cosign-key', 'certificate-identity', 'signers'), or is 'reject'"
        )
    } else {
      reader.fail(pair, `${at}.${key}`, "unknown key; a rule has 'match', 'sign' and 'verify'")
    }
  }
  if (pattern === undefined)
    reader.fail(node, `${at}.match`, 'missing; every rule needs a repository pattern')
  if (sign === undefined && verify === undefined)
    reader.fail(node, at, "has neither 'sign' nor 'verify'; give at least one")
  return { index, line: reader.lineOf(node), ...pattern, sign, verify }
}

/** A rule section: a mapping of known fields, each mapped onto its input, with references resolved. */
function fields(node: unknown, table: Record<string, string>, at: string, reader: Reader): RuleField[] {
  if (!isMap(node)) {
    const reject = at.endsWith('verify') ? ", or 'reject'" : ''
    reader.fail(node, at, `expected a mapping of ${Object.keys(table).join(', ')}${reject}`)
  }
  if (node.items.length === 0)
    reader.fail(node, at, `is empty; give at least one of ${Object.keys(table).join(', ')}, or remove it`)
  const known = new Set<string>(Object.values(Inputs))
  return node.items.map(pair => {
    const field = reader.key(pair)
    const path = `${at}.${field}`
    const input = table[field]
    if (input === undefined)
      reader.fail(pair, path, `unknown key; expected one of ${Object.keys(table).join(', ')}`)
    if (!known.has(input))
      reader.fail(
        pair,
        path,
        `maps onto the input '${input}', which this version of Signet does not have; remove the field`
      )
    // A signers list is YAML of its own (a list of maps), read as the 'signers' input reads it.
    const value =
      field === 'signers' && isSeq(pair.value) ? String(pair.value) : inputValue(pair.value, path, reader)
    // An empty field would fall back to the input's default ('*' for identities: any signer).
    if (value === '')
      reader.fail(
        pair.value,
        path,
        field === 'identities'
          ? `is empty; list the trusted identities, or write ["*"] to accept any signer under the roots`
          : 'is empty; give a value or remove the field'
      )
    const isPath = PEM_OR_PATH.has(input) && !isContent(value, 'pem') && !NOT_A_PATH.test(value)
    if (isPath && !existsSync(value))
      reader.fail(
        pair.value,
        path,
        `'${value}' does not resolve: no such file (paths are relative to the working directory)`
      )
    return { field, input: input as InputName, value, line: reader.lineOf(pair.value) }
  })
}

/** A field's YAML value as the raw input text: a scalar, a list as lines, a mapping as `key=value` lines. */
function inputValue(node: unknown, path: string, reader: Reader): string {
  if (isScalar(node) && node.value !== null && typeof node.value !== 'object')
    return String(node.value).trim()
  if (isSeq(node))
    return node.items
      .map(item => {
        const value = inputValue(item, path, reader)
        if (value === '') reader.fail(item, path, 'has a blank entry; remove it')
        return value
      })
      .join('\n')
  if (isMap(node))
    return node.items.map(pair => `${reader.key(pair)}=${inputValue(pair.value, path, reader)}`).join('\n')
  if (isAlias(node))
    reader.fail(node, path, 'YAML aliases are not supported in a rules file; write the value out')
  return reader.fail(node, path, 'expected a value')
}

/** A pattern as written: the characters and shape of a `registry/repository` glob. */
function checkPattern(pattern: string, fail: (message: string) => never): void {
  if (!PATTERN_CHARS.test(pattern))
    fail(`'${pattern}' has characters a repository pattern cannot have (no spaces, tags or digests)`)
  if (/@sha(256|512):/.test(pattern) || pattern.startsWith('/') || pattern.includes('//'))
    fail(`'${pattern}' is not a 'registry/repository' pattern`)
  // Repository names are lowercase: a rule with an uppercase path would match nothing, silently
  // leaving its repositories to a looser rule. (The registry part is canonicalised instead.)
  const slash = pattern.indexOf('/')
  if (slash >= 0 && /[A-Z]/.test(pattern.slice(slash + 1)))
    fail(
      `'${pattern}': repository names are lowercase, so this pattern would match nothing; write it in lowercase`
    )
}

/** picomatch over `registry/repository`; `*` stays within a path segment, `**` crosses them. */
function compilePattern(pattern: string, fail: (message: string) => never): (repository: string) => boolean {
  try {
    picomatch.makeRe(pattern, { strictBrackets: true })
    return picomatch(pattern, { strictBrackets: true })
  } catch (error) {
    return fail(`'${pattern}' is not a valid glob: ${(error as Error).message}`)
  }
}

/**
 * How specific a pattern is, compared element by element (larger wins, file order breaks ties):
 * 1. an exact name (no glob character) beats any glob;
 * 2. more literal path segments (segments with no glob character), e.g. ghcr.io/acme/prod/** (3) over
 *    ghcr.io/acme/** (2);
 * 3. fewer `**` (a bounded pattern over an unbounded one), e.g. ghcr.io/acme/* over ghcr.io/acme/**;
 * 4. more literal characters, e.g. ghcr.io/acme/app-* over ghcr.io/acme/*.
 */
export function specificity(pattern: string): number[] {
  const segments = pattern.split('/')
  const literalSegments = segments.filter(segment => !GLOB_CHARS.test(segment)).length
  const globstars = segments.filter(segment => segment === '**').length
  const literalChars = pattern.replace(/[*?[\]{}()!+@|]/g, '').length
  return [GLOB_CHARS.test(pattern) ? 0 : 1, literalSegments, -globstars || 0, literalChars]
}

function compareSpecificity(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

/**
 * The most specific rule with a `section` whose pattern matches `registry/repository`, read canonically
 * (`GHCR.IO/x` as `ghcr.io/x`, `localhost:5000/x` as `127.0.0.1:5000/x`): no spelling escapes a rule.
 */
export function matchRule(
  rules: RulesFile,
  repository: string,
  section: 'sign' | 'verify'
): Rule | undefined {
  const name = canonicalName(repository)
  return rules.rules.find(rule => rule[section] !== undefined && rule.matches(name))
}

/** `rules.yml:5 (ghcr.io/acme/**)`: how reports and logs name a rule. */
export function ruleName(rules: RulesFile, rule: Rule): string {
  return `${rules.origin}:${rule.line} (${rule.match})`
}
