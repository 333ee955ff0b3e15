import { rootCertificates } from 'node:tls'
import { HttpClient } from './http.js'
import { RegistryError } from '../util/errors.js'
import { oneLine } from '../util/sanitize.js'
import { OciInputError } from './errors.js'
import type { CredentialSource } from './auth.js'
import { Authenticator } from './transport/authenticator.js'
import { registryBaseUrl } from './transport/origin.js'
import { ErrorMapper, redactUrl, Secrets, type LoginAdvice } from './transport/errors.js'
import {
  replayable,
  toResponse,
  type TransportRequest,
  type TransportResponse
} from './transport/exchange.js'
import { retryDelayMs, retryPolicy, shouldRetry, sleep, type RetryPolicy } from './transport/retry.js'

/**
 * HTTP to registries, in layers as go-containerregistry's `remote/transport`: the scheme (HTTPS unless
 * opted out per host) and manual redirects here, over the auth flow (transport/authenticator.ts), the
 * retry policy (transport/retry.ts) and the error mapping (transport/errors.ts). No OCI operations here.
 */
export interface TransportOptions {
  credentials?: CredentialSource
  insecureRegistries?: string[]
  caCertificates?: string
  userAgent?: string
  maxAttempts?: number
  retryBaseDelayMs?: number
  /** Sockets open to one host at most (DEFAULT_MAX_CONNECTIONS_PER_HOST); requests beyond wait for one. */
  maxConnectionsPerHost?: number
  onSecret?: (secret: string) => void
  debug?: (message: string) => void
  /** Told when a registry rate-limits (429) and how long it asked to wait: a person should see that. */
  warn?: (message: string) => void
  /**
   * How a user logs in where this runs, for 401/403 advice: `docker login` in a terminal (default),
   * docker/login-action in a workflow.
   */
  loginAdvice?: LoginAdvice
}

export type { LoginAdvice }
export type { Method, TransportRequest, TransportResponse } from './transport/exchange.js'
export { nextLink, readBody } from './transport/exchange.js'
export { redactUrl } from './transport/errors.js'
export { DEFAULT_MAX_CONNECTIONS_PER_HOST } from './http.js'
export { repositoryScope } from './transport/authenticator.js'
export {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_BASE_DELAY_MS,
  isTransientError,
  retryDelayMs,
  sleep
} from './transport/retry.js'

const MAX_REDIRECTS = 5

/** One attempt's outcome: the expected answer, or the error and the registry's Retry-After. */
interface Attempt {
  response?: TransportResponse
  error?: RegistryError
  retryAfter?: string
}

export class Transport {
  private readonly http: HttpClient
  private readonly insecure: Set<string>
  private readonly retries: RetryPolicy
  private readonly userAgent: string
  private readonly errors: ErrorMapper
  private readonly auth: Authenticator
  private readonly secrets: Secrets

  constructor(private readonly options: TransportOptions = {}) {
    const ca = options.caCertificates ? [...rootCertificates, options.caCertificates] : undefined
    this.http = new HttpClient({ ca, maxConnectionsPerHost: options.maxConnectionsPerHost })
    this.insecure = new Set(options.insecureRegistries ?? [])
    this.retries = retryPolicy(options)
    this.userAgent = options.userAgent ?? 'signet'
    this.secrets = new Secrets(options.onSecret)
    this.errors = new ErrorMapper({
      secrets: this.secrets,
      insecure: this.insecure,
      credentials: options.credentials,
      advice: options.loginAdvice ?? 'docker login'
    })
    this.auth = new Authenticator({
      http: this.http,
      credentials: options.credentials,
      userAgent: this.userAgent,
      secrets: this.secrets,
      errors: this.errors,
      debug: options.debug
    })
  }

  /** `https://host/`, or `http://host/` for hosts listed as insecure; Docker Hub's API host for docker.io. */
  baseUrl(registry: string): URL {
    return registryBaseUrl(registry, this.insecure)
  }

  async close(): Promise<void> {
    await this.http.close()
  }

  /** Sends a request: authenticates on challenge, retries transient failures, maps errors. */
  async request(req: TransportRequest): Promise<TransportResponse> {
    const attempts = req.retry === false || !replayable(req) ? 1 : this.retries.maxAttempts
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(req)
      if (outcome.response) return outcome.response
      const error = outcome.error as RegistryError
      if (!shouldRetry(error, attempt, attempts)) throw error
      const delay = retryDelayMs(attempt, this.retries.baseDelayMs, outcome.retryAfter)
      if (error.status === 429) {
        // The registry's text: redacted whole before it is cut, as an error body is.
        const retryAfter = outcome.retryAfter && this.secrets.redact(outcome.retryAfter).slice(0, 40)
        const asked = retryAfter ? ` (Retry-After: ${oneLine(retryAfter)})` : ''
        this.options.warn?.(
          `${req.registry} is rate-limiting requests (HTTP 429)${asked}: waiting ${(delay / 1000).toFixed(1)} s before attempt ${attempt + 1} of ${attempts}`
        )
      }
      this.options.debug?.(
        `${req.what}: ${error.message}; attempt ${attempt + 1} of ${attempts} in ${Math.round(delay)} ms`
      )
      await sleep(delay)
    }
  }

  private async attempt(req: TransportRequest): Promise<Attempt> {
    try {
      const url = new URL(req.target, this.baseUrl(req.registry))
      let authorization = await this.auth.cachedAuthorization(req.registry, req.scopes)
      let response = await this.send(req, url, authorization)
      const challenged = response.status === 401 && response.url.origin === this.baseUrl(req.registry).origin
      if (challenged && replayable(req)) {
        const challenge = response.header('www-authenticate')
        await response.body.dump()
        authorization = await this.auth.authorize(req, challenge, authorization)
        response = await this.send(req, url, authorization)
      }
      if (req.expect.includes(response.status)) return { response }
      return {
        error: await this.errors.statusError(req, response),
        retryAfter: response.header('retry-after')
      }
    } catch (error) {
      if (error instanceof RegistryError) return { error }
      // A credential file that cannot be read is bad local input (exit 2), not a registry out of reach.
      if (error instanceof OciInputError) throw error
      return { error: this.errors.connectionError(req, error) }
    }
  }

  /** One exchange, following redirects by hand so Authorization never leaves the registry's origin. */
  private async send(req: TransportRequest, start: URL, authorization?: string): Promise<TransportResponse> {
    const origin = this.baseUrl(req.registry).origin
    let url = start
    let method = req.method
    for (let redirects = 0; ; redirects++) {
      const headers: Record<string, string> = { 'user-agent': this.userAgent, ...req.headers }
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
}
