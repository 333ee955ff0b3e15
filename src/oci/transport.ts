import type { Readable } from 'node:stream'
import { rootCertificates } from 'node:tls'
import { HttpClient, type ResponseBody } from './http.js'
import { RegistryError } from '../util/errors.js'
import { oneLine } from '../util/sanitize.js'
import { parseWwwAuthenticate, type Challenge, type CredentialSource, type Credentials } from './auth.js'
import { DOCKER_HUB } from './reference.js'

/**
 * HTTP to registries: scheme choice (HTTPS unless opted out per host), authentication from challenges
 * (Basic, Bearer tokens cached per host and scope), careful retries, manual redirects, and OCI error
 * bodies turned into RegistryErrors that say what failed and how to fix it. No OCI operations here.
 */
export interface TransportOptions {
  credentials?: CredentialSource
  insecureRegistries?: string[]
  caCertificates?: string
  userAgent?: string
  maxAttempts?: number
  retryBaseDelayMs?: number
  onSecret?: (secret: string) => void
  debug?: (message: string) => void
  /**
   * How a user logs in where this runs, for 401/403 advice: `docker login` in a terminal (default),
   * docker/login-action in a workflow.
   */
  loginAdvice?: LoginAdvice
}

export type LoginAdvice = 'docker login' | 'docker/login-action'

export type Method = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'

export interface TransportRequest {
  method: Method
  registry: string
  /** A `/v2/…` path with its query, or an absolute URL the registry handed out (upload Location, Link). */
  target: string
  headers?: Record<string, string>
  /**
   * In memory, so the request can be replayed after a 401 challenge or a retryable failure; or a stream
   * (upload chunks, so they need not be held in memory), sent once: never retried, never replayed after a
   * 401 or a redirect, so only for requests whose authorization is already cached.
   */
  body?: Buffer | Readable
  /** Token scopes, e.g. `repository:team/app:pull,push`. */
  scopes: string[]
  /** Statuses handed back to the caller; any other becomes a RegistryError. */
  expect: number[]
  /** Names the operation in errors and logs, e.g. `GET manifest 'latest' of host/repo`. */
  what: string
  /** False for steps that must not be repeated alone (upload steps: the caller restarts the upload). */
  retry?: boolean
  followRedirects?: boolean
}

export interface TransportResponse {
  status: number
  url: URL
  body: ResponseBody
  /** The first value of a response header (case-insensitive). */
  header(name: string): string | undefined
}

export const DEFAULT_MAX_ATTEMPTS = 4
export const DEFAULT_RETRY_BASE_DELAY_MS = 300
const MAX_BACKOFF_MS = 10_000
/** A registry asking for longer than this is not waited for longer. */
const MAX_RETRY_AFTER_MS = 30_000
const MAX_REDIRECTS = 5
const DEFAULT_TOKEN_SECONDS = 60
/** Tokens are renewed this long before they expire, so one does not lapse in flight. */
const TOKEN_EXPIRY_MARGIN_MS = 10_000
const MAX_ERROR_BODY_BYTES = 64 * 1024
const MAX_TOKEN_BODY_BYTES = 1024 * 1024
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504])
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT'
])
const TLS_TRUST_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID'
])
const REDACTED_QUERY_KEYS = /token|password|secret|signature|credential|^sig$|^_state$/i

/** `repository:<name>:pull[,push]`, the token scope for a repository. */
export function repositoryScope(repository: string, actions: ('pull' | 'push')[]): string {
  return `repository:${repository}:${actions.join(',')}`
}

/** URLs for logs and errors: no user-info, no token-like query values. */
export function redactUrl(url: URL | string): string {
  const copy = new URL(url.toString())
  copy.username = ''
  copy.password = ''
  for (const key of [...copy.searchParams.keys()]) {
    if (REDACTED_QUERY_KEYS.test(key)) copy.searchParams.set(key, 'REDACTED')
  }
  return copy.toString()
}

// Duck-typed, not `instanceof Error`: errors from Node's sockets may come from another realm (jest's VM).
function errorChain(error: unknown): { code?: string; message?: string }[] {
  const chain: { code?: string; message?: string }[] = []
  for (let current = error; typeof current === 'object' && current !== null && chain.length < 5;) {
    chain.push(current as { code?: string; message?: string })
    current = (current as { cause?: unknown }).cause
  }
  return chain
}

function networkCode(error: unknown): string | undefined {
  return errorChain(error).find(link => typeof link.code === 'string')?.code
}

/** The first line of the innermost useful message (OpenSSL appends file and line noise). */
function networkReason(error: unknown): string {
  const messages = errorChain(error)
    .map(link => link.message)
    .filter(Boolean) as string[]
  const message = messages.at(-1) ?? String(error)
  const openssl = /:([a-z0-9 ]+):[^:]*\.c:\d+/i.exec(message)
  return (openssl ? openssl[1] : message).split('\n')[0].trim()
}

/**
 * True for failures worth repeating: 408, 429 and 5xx answers, and connections that were reset or
 * timed out. Never 401/403/404 or content mismatches.
 */
export function isTransientError(error: unknown): boolean {
  if (!(error instanceof RegistryError)) return false
  if (error.status !== undefined) return RETRYABLE_STATUSES.has(error.status)
  const code = networkCode(error.cause)
  return code !== undefined && RETRYABLE_NETWORK_CODES.has(code)
}

/** Exponential backoff with jitter, or the registry's Retry-After (seconds or a date), capped. */
export function retryDelayMs(attempt: number, baseMs: number, retryAfter?: string): number {
  if (retryAfter) {
    const seconds = Number(retryAfter)
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now()
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS)
  }
  const backoff = Math.min(baseMs * 2 ** (attempt - 1), MAX_BACKOFF_MS)
  return backoff / 2 + Math.random() * (backoff / 2)
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

/** Reads a body up to `maxBytes`; returns undefined (and stops reading) when it is longer. */
export async function readBody(body: Readable, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of body) {
    length += (chunk as Buffer).length
    if (length > maxBytes) {
      body.destroy()
      return undefined
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** The target of a `Link: <…>; rel="next"` header (pagination of tags and referrers), resolved against `base`. */
export function nextLink(header: string | undefined, base: URL): string | undefined {
  for (const part of header?.split(',') ?? []) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part)
    if (match && /(^|;)\s*rel="?next"?\s*(;|$)/.test(match[2])) return new URL(match[1], base).toString()
  }
  return undefined
}

interface OciErrorBody {
  errors?: { code?: string; message?: string; detail?: unknown }[]
}

/**
 * `CODE: message (detail)` for each OCI error in the body, or the body's first line when it is not one;
 * on one line, with no workflow command in it.
 */
function describeErrorBody(text: string): { ociCode?: string; summary: string } {
  try {
    const parsed = JSON.parse(text) as OciErrorBody
    if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
      const summary = parsed.errors
        .map(error => {
          const detail = error.detail === undefined ? '' : ` (${JSON.stringify(error.detail).slice(0, 200)})`
          return `${error.code ?? 'UNKNOWN'}: ${error.message ?? ''}${detail}`
        })
        .join('; ')
      // The registry's words are untrusted: kept on one line wherever they are printed.
      return { ociCode: parsed.errors[0].code, summary: oneLine(summary.slice(0, 1000)) }
    }
  } catch {
    // not JSON: fall through to the plain text
  }
  return { summary: oneLine(text.split('\n')[0].trim().slice(0, 200)) }
}

/**
 * What to do about a refused request. `credentialed`: credentials were sent (so they are wrong or lack
 * access), not absent (so the user must log in first).
 */
function hintFor(status: number, registry: string, credentialed: boolean, advice: LoginAdvice): string {
  const login =
    advice === 'docker/login-action'
      ? `add a docker/login-action step for ${registry} before this one, or set the username and password inputs`
      : `run 'docker login ${registry}', or pass --username and --password`
  if (status === 401) {
    return credentialed
      ? ` ${registry} refused the credentials it was sent: the username, password or token is incorrect or expired. Check them (${login}).`
      : ` ${registry} requires authentication and no credentials for it were found: ${login}.`
  }
  if (status === 403) {
    return credentialed
      ? ` The credentials for ${registry} lack access to this repository: check their permissions or scopes (${login}).`
      : ` ${registry} denies anonymous access to this repository: ${login}.`
  }
  if (status === 429) return ` The registry is rate limiting: retry later or log in for a higher limit.`
  return ''
}

interface BearerToken {
  value: string
  expiresAt: number
}

interface HostAuth {
  /** The last challenge the host sent, so later requests can fetch a token before being refused. */
  bearer?: Challenge
  /** The Basic header value, once the host asked for Basic. */
  basic?: string
}

interface Attempt {
  response?: TransportResponse
  error?: RegistryError
  retryAfter?: string
}

export class Transport {
  private readonly http: HttpClient
  private readonly insecure: Set<string>
  private readonly maxAttempts: number
  private readonly retryBaseDelayMs: number
  private readonly hosts = new Map<string, HostAuth>()
  private readonly tokens = new Map<string, BearerToken>()
  private readonly pendingTokens = new Map<string, Promise<BearerToken>>()
  /** Every credential this transport sent or received, redacted from what a registry answers. */
  private readonly secrets = new Set<string>()

  constructor(private readonly options: TransportOptions = {}) {
    const ca = options.caCertificates ? [...rootCertificates, options.caCertificates] : undefined
    this.http = new HttpClient(ca)
    this.insecure = new Set(options.insecureRegistries ?? [])
    this.maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)
    this.retryBaseDelayMs = options.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS
  }

  /** `https://host/`, or `http://host/` for hosts listed as insecure; Docker Hub's API host for docker.io. */
  baseUrl(registry: string): URL {
    const host = registry === DOCKER_HUB ? 'registry-1.docker.io' : registry
    return new URL(`${this.insecure.has(registry) ? 'http' : 'https'}://${host}/`)
  }

  /** A credential: masked by the caller's onSecret, and never repeated from a registry's answer. */
  private secret(value: string): void {
    if (value !== '') this.secrets.add(value)
    this.options.onSecret?.(value)
  }

  /** A registry answer with every credential Signet sent it replaced by '***' (a hostile one may echo them). */
  private redact(text: string): string {
    let redacted = text
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      redacted = redacted.split(secret).join('***')
    }
    return redacted
  }

  async close(): Promise<void> {
    await this.http.close()
  }

  /** Sends a request: authenticates on challenge, retries transient failures, maps errors. */
  async request(req: TransportRequest): Promise<TransportResponse> {
    const attempts = req.retry === false || !replayable(req) ? 1 : this.maxAttempts
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(req)
      if (outcome.response) return outcome.response
      const error = outcome.error as RegistryError
      if (attempt >= attempts || !isTransientError(error)) throw error
      const delay = retryDelayMs(attempt, this.retryBaseDelayMs, outcome.retryAfter)
      this.options.debug?.(
        `${req.what}: ${error.message}; attempt ${attempt + 1} of ${attempts} in ${Math.round(delay)} ms`
      )
      await sleep(delay)
    }
  }

  private async attempt(req: TransportRequest): Promise<Attempt> {
    try {
      const url = new URL(req.target, this.baseUrl(req.registry))
      let authorization = await this.cachedAuthorization(req.registry, req.scopes)
      let response = await this.send(req, url, authorization)
      const challenged = response.status === 401 && response.url.origin === this.baseUrl(req.registry).origin
      if (challenged && replayable(req)) {
        const challenge = response.header('www-authenticate')
        await response.body.dump()
        authorization = await this.authorize(req, challenge, authorization)
        response = await this.send(req, url, authorization)
      }
      if (req.expect.includes(response.status)) return { response }
      return { error: await this.statusError(req, response), retryAfter: response.header('retry-after') }
    } catch (error) {
      if (error instanceof RegistryError) return { error }
      return { error: this.connectionError(req, error) }
    }
  }

  /** One exchange, following redirects by hand so Authorization never leaves the registry's origin. */
  private async send(req: TransportRequest, start: URL, authorization?: string): Promise<TransportResponse> {
    const origin = this.baseUrl(req.registry).origin
    let url = start
    let method = req.method
    for (let redirects = 0; ; redirects++) {
      const headers: Record<string, string> = {
        'user-agent': this.options.userAgent ?? 'signet',
        ...req.headers
      }
      if (authorization && url.origin === origin) headers.authorization = authorization
      const body = method === 'GET' || method === 'HEAD' ? undefined : (req.body ?? Buffer.alloc(0))
      const answer = await this.http.request(url, { method, headers, body })
      const response = toResponse(url, answer)
      this.options.debug?.(`${method} ${redactUrl(url)} → ${response.status}`)
      const location = response.header('location')
      const isRedirect = [301, 302, 303, 307, 308].includes(response.status)
      if (!req.followRedirects || !isRedirect || !location || !replayable(req)) return response
      await response.body.dump()
      if (redirects >= MAX_REDIRECTS) {
        throw new RegistryError(`${req.what} failed: more than ${MAX_REDIRECTS} redirects`, response.status)
      }
      const next = new URL(location, url)
      if (url.protocol === 'https:' && next.protocol !== 'https:') {
        throw new RegistryError(`${req.what} failed: refusing a redirect from HTTPS to ${redactUrl(next)}`)
      }
      if (response.status === 303) method = 'GET'
      url = next
    }
  }

  private hostAuth(registry: string): HostAuth {
    let auth = this.hosts.get(registry)
    if (!auth) this.hosts.set(registry, (auth = {}))
    return auth
  }

  /** What to send before any challenge: Basic once asked for, a cached (or fetched) token once challenged. */
  private async cachedAuthorization(registry: string, scopes: string[]): Promise<string | undefined> {
    const auth = this.hosts.get(registry)
    if (auth?.basic) return auth.basic
    if (!auth?.bearer) return undefined
    const token = await this.bearerToken(registry, auth.bearer, scopes)
    return token && `Bearer ${token.value}`
  }

  /** Answers a 401 challenge; throws when no (other) credentials can satisfy it. */
  private async authorize(
    req: TransportRequest,
    header: string | undefined,
    previous?: string
  ): Promise<string> {
    const challenges = parseWwwAuthenticate(header ?? '')
    const bearer = challenges.find(challenge => challenge.scheme === 'bearer')
    const basic = challenges.find(challenge => challenge.scheme === 'basic')
    const refused = async (reason: string) =>
      new RegistryError(
        `${req.what} failed: HTTP 401 ${reason}.${await this.hint(401, req.registry)}`,
        401,
        'UNAUTHORIZED'
      )
    if (bearer) {
      this.hostAuth(req.registry).bearer = bearer
      // A refused token may lack a scope the challenge names: drop it and ask again with that scope.
      if (previous?.startsWith('Bearer ')) this.tokens.delete(tokenKey(req.registry, req.scopes))
      const token = await this.bearerToken(req.registry, bearer, req.scopes)
      if (!token) throw await refused('and the registry token could not be obtained')
      return `Bearer ${token.value}`
    }
    if (basic) {
      const credentials = await this.options.credentials?.get(req.registry)
      if (!credentials?.username || credentials.password === undefined) {
        throw await refused('(Basic authentication required)')
      }
      const value = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
      if (value === previous) throw await refused('(the registry refused the username/password)')
      this.secret(credentials.password)
      this.secret(value.slice('Basic '.length))
      this.hostAuth(req.registry).basic = value
      return value
    }
    throw await refused(
      `with no Basic or Bearer challenge (WWW-Authenticate: '${(header ?? '').slice(0, 100)}')`
    )
  }

  /** A token for these scopes: cached while valid, else fetched once even when many requests ask at once. */
  private async bearerToken(registry: string, challenge: Challenge, scopes: string[]): Promise<BearerToken> {
    const key = tokenKey(registry, scopes)
    const cached = this.tokens.get(key)
    if (cached && cached.expiresAt > Date.now()) return cached
    let pending = this.pendingTokens.get(key)
    if (!pending) {
      pending = this.fetchToken(registry, challenge, scopes).finally(() => this.pendingTokens.delete(key))
      this.pendingTokens.set(key, pending)
    }
    const token = await pending
    this.tokens.set(key, token)
    return token
  }

  private async fetchToken(registry: string, challenge: Challenge, scopes: string[]): Promise<BearerToken> {
    const credentials: Credentials = (await this.options.credentials?.get(registry)) ?? {}
    if (credentials.registryToken) {
      this.secret(credentials.registryToken)
      return { value: credentials.registryToken, expiresAt: Number.MAX_SAFE_INTEGER }
    }
    const realm = challenge.params.realm
    const what = `token request to ${realm ?? '(no realm)'} for ${registry}`
    if (!realm || !/^https?:\/\//.test(realm)) {
      throw new RegistryError(`${what} failed: the registry's Bearer challenge has no usable realm`, 401)
    }
    const challenged = (challenge.params.scope ?? '')
      .split(' ')
      .filter(scope => scope && !coveredBy(scope, scopes))
    const allScopes = [...scopes, ...challenged]
    const url = new URL(realm)
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent ?? 'signet' }
    let method: 'GET' | 'POST' = 'GET'
    let body: string | undefined
    if (credentials.identityToken) {
      // OAuth2 refresh-token grant: what docker does with an identity token from config.json.
      this.secret(credentials.identityToken)
      method = 'POST'
      headers['content-type'] = 'application/x-www-form-urlencoded'
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.identityToken
      })
      form.set('client_id', this.options.userAgent ?? 'signet')
      if (challenge.params.service) form.set('service', challenge.params.service)
      if (allScopes.length > 0) form.set('scope', allScopes.join(' '))
      body = form.toString()
    } else {
      if (challenge.params.service) url.searchParams.set('service', challenge.params.service)
      for (const scope of allScopes) url.searchParams.append('scope', scope)
      if (credentials.username && credentials.password !== undefined) {
        const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
        this.secret(credentials.password)
        this.secret(basic)
        headers.authorization = `Basic ${basic}`
      }
    }
    let answer
    try {
      answer = await this.http.request(url, { method, headers, body })
    } catch (error) {
      throw this.connectionError({ what, registry: url.host }, error)
    }
    const response = toResponse(url, answer)
    this.options.debug?.(`${method} ${redactUrl(url)} → ${response.status}`)
    const text = (await readBody(response.body, MAX_TOKEN_BODY_BYTES))?.toString('utf8') ?? ''
    if (response.status !== 200) {
      const summary = this.redact(describeErrorBody(text).summary)
      throw new RegistryError(
        `${what} failed: HTTP ${response.status} ${summary}.${hintFor(response.status === 403 ? 403 : 401, registry, Boolean(credentials.username), this.advice)}`,
        response.status
      )
    }
    let parsed: { token?: string; access_token?: string; expires_in?: number }
    try {
      parsed = JSON.parse(text) as typeof parsed
    } catch {
      throw new RegistryError(`${what} failed: the answer is not JSON`, response.status)
    }
    const value = parsed.token ?? parsed.access_token
    if (!value) throw new RegistryError(`${what} failed: the answer holds no token`, response.status)
    this.secret(value)
    const seconds =
      typeof parsed.expires_in === 'number' && parsed.expires_in > 0
        ? parsed.expires_in
        : DEFAULT_TOKEN_SECONDS
    return { value, expiresAt: Date.now() + seconds * 1000 - TOKEN_EXPIRY_MARGIN_MS }
  }

  private async statusError(req: TransportRequest, response: TransportResponse): Promise<RegistryError> {
    const text =
      req.method === 'HEAD'
        ? ''
        : ((await readBody(response.body, MAX_ERROR_BODY_BYTES))?.toString('utf8') ?? '')
    if (req.method === 'HEAD') await response.body.dump()
    const { ociCode, summary: described } = describeErrorBody(text)
    const summary = this.redact(described)
    const detail = summary ? ` ${summary}` : ''
    return new RegistryError(
      `${req.what} failed: HTTP ${response.status}${detail}.${await this.hint(response.status, req.registry)}`,
      response.status,
      ociCode
    )
  }

  private get advice(): LoginAdvice {
    return this.options.loginAdvice ?? 'docker login'
  }

  /** hintFor, knowing whether this host has credentials (then a 401 means they are wrong). */
  private async hint(status: number, registry: string): Promise<string> {
    if (status !== 401 && status !== 403) return hintFor(status, registry, false, this.advice)
    const credentials = await this.options.credentials?.get(registry).catch(() => undefined)
    const credentialed = Boolean(
      credentials?.username || credentials?.identityToken || credentials?.registryToken
    )
    return hintFor(status, registry, credentialed, this.advice)
  }

  /**
   * What to do about plain HTTP. An entry for the same host with another port (or none) is listed but
   * does not apply: insecure-registries names `host:port` exactly, so say which port differs.
   */
  private insecureHint(registry: string): string {
    const host = hostOf(registry)
    const near = [...this.insecure].filter(entry => entry !== registry && hostOf(entry) === host)
    if (near.length > 0) {
      return ` insecure-registries lists ${near.join(', ')}, but the registry is ${registry}: the port must match exactly, so list ${registry}.`
    }
    return ' If it serves plain HTTP, list it in insecure-registries.'
  }

  private connectionError(req: Pick<TransportRequest, 'what' | 'registry'>, error: unknown): RegistryError {
    const code = networkCode(error)
    const reason = `${code ? `${code}: ` : ''}${networkReason(error)}`
    if (code && TLS_TRUST_CODES.has(code)) {
      return new RegistryError(
        `${req.what} failed: the TLS certificate of ${req.registry} is not trusted (${reason}). Pass its CA bundle in registry-ca.`,
        undefined,
        undefined,
        { cause: error }
      )
    }
    if (/wrong version number|packet length too long|ERR_SSL/i.test(reason)) {
      return new RegistryError(
        `${req.what} failed: ${req.registry} did not answer TLS (${reason}).${this.insecureHint(req.registry)}`,
        undefined,
        undefined,
        { cause: error }
      )
    }
    return new RegistryError(
      `${req.what} failed: cannot reach ${req.registry} (${reason}). Is the registry reachable?${this.insecure.has(req.registry) ? '' : this.insecureHint(req.registry)}`,
      undefined,
      undefined,
      { cause: error }
    )
  }
}

/** False for a streamed body: its bytes are gone once sent. */
function replayable(req: TransportRequest): boolean {
  return req.body === undefined || Buffer.isBuffer(req.body)
}

/** True when `scope` (`type:name:actions`) asks for nothing that `scopes` do not already grant. */
function coveredBy(scope: string, scopes: string[]): boolean {
  const split = (value: string) => {
    const last = value.lastIndexOf(':')
    return { resource: value.slice(0, last), actions: value.slice(last + 1).split(',') }
  }
  const wanted = split(scope)
  const granted = scopes.map(split).filter(candidate => candidate.resource === wanted.resource)
  return wanted.actions.every(action => granted.some(candidate => candidate.actions.includes(action)))
}

function tokenKey(registry: string, scopes: string[]): string {
  return `${registry} ${[...scopes].sort().join(' ')}`
}

function toResponse(
  url: URL,
  answer: {
    statusCode: number
    headers: Record<string, string | string[] | undefined>
    body: TransportResponse['body']
  }
): TransportResponse {
  return {
    status: answer.statusCode,
    url,
    body: answer.body,
    header(name: string) {
      const value = answer.headers[name.toLowerCase()]
      return Array.isArray(value) ? value[0] : value
    }
  }
}

/** `host` of `host:port` (IPv6 literals keep their brackets). */
function hostOf(registry: string): string {
  return registry.replace(/:\d+$/, '')
}
