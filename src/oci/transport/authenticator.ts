/**
 * The auth flow (go-containerregistry `transport/bearer.go` and `basic.go`): a 401's challenge is
 * answered with Basic credentials or a Bearer token fetched from the challenge's realm; tokens are
 * cached per host and scope until shortly before they expire, and fetched once however many requests
 * ask at the same time. Later requests to a host send what it asked for before being refused again.
 */
import type { CredentialSource, Credentials } from '../auth.js'
import type { HttpClient } from '../http.js'
import { RegistryError } from '../../util/errors.js'
import { parseWwwAuthenticate, type Challenge } from './challenge.js'
import { redactUrl, type ErrorMapper, type Secrets } from './errors.js'
import { readBody, toResponse, type TransportRequest } from './exchange.js'

const DEFAULT_TOKEN_SECONDS = 60
/** Tokens are renewed this long before they expire, so one does not lapse in flight. */
const TOKEN_EXPIRY_MARGIN_MS = 10_000
const MAX_TOKEN_BODY_BYTES = 1024 * 1024

/** `repository:<name>:pull[,push]`, the token scope for a repository. */
export function repositoryScope(repository: string, actions: ('pull' | 'push')[]): string {
  return `repository:${repository}:${actions.join(',')}`
}

/** True when `scope` (`type:name:actions`) asks for nothing that `scopes` do not already grant. */
export function coveredBy(scope: string, scopes: string[]): boolean {
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

export class Authenticator {
  private readonly hosts = new Map<string, HostAuth>()
  private readonly tokens = new Map<string, BearerToken>()
  private readonly pendingTokens = new Map<string, Promise<BearerToken>>()

  constructor(
    private readonly context: {
      http: HttpClient
      credentials?: CredentialSource
      userAgent: string
      secrets: Secrets
      errors: ErrorMapper
      debug?: (message: string) => void
    }
  ) {}

  /** What to send before any challenge: Basic once asked for, a cached (or fetched) token once challenged. */
  async cachedAuthorization(registry: string, scopes: string[]): Promise<string | undefined> {
    const auth = this.hosts.get(registry)
    if (auth?.basic) return auth.basic
    if (!auth?.bearer) return undefined
    const token = await this.bearerToken(registry, auth.bearer, scopes)
    return token && `Bearer ${token.value}`
  }

  /**
   * Answers a 401 challenge (`header`, the WWW-Authenticate value) with an Authorization value; throws
   * when no (other) credentials than `previous`, the refused one, can satisfy it.
   */
  async authorize(req: TransportRequest, header: string | undefined, previous?: string): Promise<string> {
    const challenges = parseWwwAuthenticate(header ?? '')
    const bearer = challenges.find(challenge => challenge.scheme === 'bearer')
    const basic = challenges.find(challenge => challenge.scheme === 'basic')
    const refused = (reason: string) => this.context.errors.unauthorized(req, reason)
    if (bearer) {
      this.hostAuth(req.registry).bearer = bearer
      // A refused token may lack a scope the challenge names: drop it and ask again with that scope.
      if (previous?.startsWith('Bearer ')) this.tokens.delete(tokenKey(req.registry, req.scopes))
      const token = await this.bearerToken(req.registry, bearer, req.scopes)
      if (!token) throw await refused('and the registry token could not be obtained')
      return `Bearer ${token.value}`
    }
    if (basic) {
      const credentials = await this.context.credentials?.get(req.registry)
      if (!credentials?.username || credentials.password === undefined) {
        throw await refused('(Basic authentication required)')
      }
      const value = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
      if (value === previous) throw await refused('(the registry refused the username/password)')
      this.context.secrets.add(credentials.password)
      this.context.secrets.add(value.slice('Basic '.length))
      this.hostAuth(req.registry).basic = value
      return value
    }
    // The header is the registry's text: redacted whole before it is cut, as an error body is.
    const quoted = this.context.secrets.redact(header ?? '').slice(0, 100)
    throw await refused(`with no Basic or Bearer challenge (WWW-Authenticate: '${quoted}')`)
  }

  private hostAuth(registry: string): HostAuth {
    let auth = this.hosts.get(registry)
    if (!auth) this.hosts.set(registry, (auth = {}))
    return auth
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
    const { secrets, userAgent } = this.context
    const credentials: Credentials = (await this.context.credentials?.get(registry)) ?? {}
    if (credentials.registryToken) {
      secrets.add(credentials.registryToken)
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
    const headers: Record<string, string> = { 'user-agent': userAgent }
    let method: 'GET' | 'POST' = 'GET'
    let body: string | undefined
    if (credentials.identityToken) {
      // OAuth2 refresh-token grant: what docker does with an identity token from config.json.
      secrets.add(credentials.identityToken)
      method = 'POST'
      headers['content-type'] = 'application/x-www-form-urlencoded'
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.identityToken
      })
      form.set('client_id', userAgent)
      if (challenge.params.service) form.set('service', challenge.params.service)
      if (allScopes.length > 0) form.set('scope', allScopes.join(' '))
      body = form.toString()
    } else {
      if (challenge.params.service) url.searchParams.set('service', challenge.params.service)
      for (const scope of allScopes) url.searchParams.append('scope', scope)
      if (credentials.username && credentials.password !== undefined) {
        const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
        secrets.add(credentials.password)
        secrets.add(basic)
        headers.authorization = `Basic ${basic}`
      }
    }
    let answer
    try {
      answer = await this.context.http.request(url, { method, headers, body })
    } catch (error) {
      throw this.context.errors.connectionError({ what, registry: url.host }, error)
    }
    const response = toResponse(url, answer)
    this.context.debug?.(`${method} ${redactUrl(url)} → ${response.status}`)
    const text = (await readBody(response.body, MAX_TOKEN_BODY_BYTES))?.toString('utf8') ?? ''
    if (response.status !== 200) {
      throw this.context.errors.tokenRefused(
        what,
        response.status,
        text,
        registry,
        Boolean(credentials.username)
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
    secrets.add(value)
    const seconds =
      typeof parsed.expires_in === 'number' && parsed.expires_in > 0
        ? parsed.expires_in
        : DEFAULT_TOKEN_SECONDS
    return { value, expiresAt: Date.now() + seconds * 1000 - TOKEN_EXPIRY_MARGIN_MS }
  }
}
