/**
 * Error mapping (go-containerregistry `transport/error.go`): registry answers and network failures
 * become RegistryErrors that say what failed and what to do about it. OCI error bodies are read as
 * `CODE: message (detail)`; everything a registry says is kept on one line and has every credential
 * Signet sent it redacted; URLs lose their user-info and token-like query values.
 */
import { redactSecrets } from '../../util/redact.js'
import type { CredentialSource } from '../auth.js'
import { RegistryError } from '../../util/errors.js'
import { oneLine } from '../../util/sanitize.js'
import { readBody, type TransportRequest, type TransportResponse } from './exchange.js'

/**
 * How a user logs in where this runs, for 401/403 advice: `docker login` in a terminal (default),
 * docker/login-action in a workflow.
 */
export type LoginAdvice = 'docker login' | 'docker/login-action'

const MAX_ERROR_BODY_BYTES = 64 * 1024
const TLS_TRUST_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID'
])
/** Network error codes (Node's and undici's) by what they say about the host. */
const NETWORK_FAILURES: Record<
  string,
  'dns' | 'dns-again' | 'refused' | 'unroutable' | 'timeout' | 'dropped'
> = {
  ENOTFOUND: 'dns',
  EAI_NONAME: 'dns',
  EAI_FAIL: 'dns',
  EAI_NODATA: 'dns',
  EAI_AGAIN: 'dns-again',
  ECONNREFUSED: 'refused',
  EHOSTUNREACH: 'unroutable',
  ENETUNREACH: 'unroutable',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ECONNRESET: 'dropped',
  EPIPE: 'dropped',
  ECONNABORTED: 'dropped',
  UND_ERR_SOCKET: 'dropped'
}
const REDACTED_QUERY_KEYS = /token|password|secret|signature|credential|^sig$|^_state$/i

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

/** Every credential a transport sent or received: masked by `onSecret`, never repeated from an answer. */
export class Secrets {
  private readonly values = new Set<string>()

  constructor(private readonly onSecret?: (secret: string) => void) {}

  add(value: string): void {
    if (value !== '') this.values.add(value)
    this.onSecret?.(value)
  }

  /** `text` with every credential replaced by '***' in any form a hostile registry may echo it in. */
  redact(text: string): string {
    return redactSecrets(text, this.values)
  }
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

/** The first error code (`ECONNRESET`, `UND_ERR_SOCKET`, …) along the error and its causes. */
export function networkCode(error: unknown): string | undefined {
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

interface OciErrorBody {
  errors?: { code?: string; message?: string; detail?: unknown }[]
}

/**
 * `CODE: message (detail)` for each OCI error in the body, or the body's first line when it is not one;
 * on one line, with no workflow command in it.
 */
export function describeErrorBody(text: string): { ociCode?: string; summary: string } {
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
export function hintFor(
  status: number,
  registry: string,
  credentialed: boolean,
  advice: LoginAdvice
): string {
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

/** `host` of `host:port` (IPv6 literals keep their brackets). */
function hostOf(registry: string): string {
  return registry.replace(/:\d+$/, '')
}

/** Turns failed exchanges into RegistryErrors, knowing the transport's hosts, credentials and secrets. */
export class ErrorMapper {
  constructor(
    private readonly context: {
      secrets: Secrets
      /** The hosts spoken to over plain HTTP. */
      insecure: ReadonlySet<string>
      credentials?: CredentialSource
      advice: LoginAdvice
    }
  ) {}

  /** An answer whose status the request did not expect, with the registry's own words (redacted). */
  async statusError(req: TransportRequest, response: TransportResponse): Promise<RegistryError> {
    const text =
      req.method === 'HEAD'
        ? ''
        : ((await readBody(response.body, MAX_ERROR_BODY_BYTES))?.toString('utf8') ?? '')
    if (req.method === 'HEAD') await response.body.dump()
    // Redacted whole, before describeErrorBody cuts it: a cut must not leave part of a secret behind.
    const { ociCode, summary: described } = describeErrorBody(this.context.secrets.redact(text))
    const summary = this.context.secrets.redact(described)
    const detail = summary ? ` ${summary}` : ''
    return new RegistryError(
      `${req.what} failed: HTTP ${response.status}${detail}.${await this.hint(response.status, req.registry)}`,
      response.status,
      ociCode
    )
  }

  /** A 401 that no (other) credentials can answer; `reason` says why. */
  async unauthorized(
    req: Pick<TransportRequest, 'what' | 'registry'>,
    reason: string
  ): Promise<RegistryError> {
    return new RegistryError(
      `${req.what} failed: HTTP 401 ${reason}.${await this.hint(401, req.registry)}`,
      401,
      'UNAUTHORIZED'
    )
  }

  /** A token realm that refused: its words (redacted), and the advice for a refused login. */
  tokenRefused(
    what: string,
    status: number,
    text: string,
    registry: string,
    credentialed: boolean
  ): RegistryError {
    const summary = this.context.secrets.redact(describeErrorBody(this.context.secrets.redact(text)).summary)
    return new RegistryError(
      `${what} failed: HTTP ${status} ${summary}.${hintFor(status === 403 ? 403 : 401, registry, credentialed, this.context.advice)}`,
      status
    )
  }

  /** No answer: an untrusted certificate, plain HTTP where TLS was spoken, or an unreachable host. */
  connectionError(req: Pick<TransportRequest, 'what' | 'registry'>, error: unknown): RegistryError {
    const code = networkCode(error)
    const reason = `${code ? `${code}: ` : ''}${networkReason(error)}`
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
      // A CA bundle cannot help here: the certificate is for other names.
      return new RegistryError(
        `${req.what} failed: the TLS certificate of ${req.registry} is issued for other host names (${reason}). Use a host name the certificate names.`,
        undefined,
        undefined,
        { cause: error }
      )
    }
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
      `${req.what} failed: cannot reach ${req.registry} (${reason}).${this.unreachableAdvice(code, req.registry)}`,
      undefined,
      undefined,
      { cause: error }
    )
  }

  /** hintFor, knowing whether this host has credentials (then a 401 means they are wrong). */
  private async hint(status: number, registry: string): Promise<string> {
    if (status !== 401 && status !== 403) return hintFor(status, registry, false, this.context.advice)
    const credentials = await this.context.credentials?.get(registry).catch(() => undefined)
    const credentialed = Boolean(
      credentials?.username || credentials?.identityToken || credentials?.registryToken
    )
    return hintFor(status, registry, credentialed, this.context.advice)
  }

  /**
   * What to check when a host did not answer, by the network's error code: plain HTTP is suggested only
   * where it could be the cause (a dropped connection, an unknown failure), never for a name that does
   * not resolve, a closed port or a timeout.
   */
  private unreachableAdvice(code: string | undefined, registry: string): string {
    const host = hostOf(registry)
    const kind = code === undefined ? undefined : NETWORK_FAILURES[code]
    if (kind === 'dns')
      return ` The host name ${host} does not resolve: check its spelling and this machine's DNS settings.`
    if (kind === 'dns-again')
      return ` The DNS lookup of ${host} failed for now (retried): check this machine's DNS server and network.`
    if (kind === 'refused')
      return ` Nothing accepts connections there: check the port and that the registry is running.${this.nearPortHint(registry)}`
    if (kind === 'unroutable') return ` There is no route to ${host}: check this machine's network.`
    if (kind === 'timeout')
      return ` It did not answer in time (retried): check that a firewall or proxy lets this machine reach ${registry}.`
    const plain = this.context.insecure.has(registry) ? '' : this.insecureHint(registry)
    if (kind === 'dropped')
      return ` The connection was dropped (retried): a proxy or the registry closed it.${plain}`
    return ` Is the registry reachable?${plain}`
  }

  /** The insecure-registries entry for this host under another port, when there is one. */
  private nearPortHint(registry: string): string {
    const hint = this.insecureHint(registry)
    return hint.startsWith(' insecure-registries lists') ? hint : ''
  }

  /**
   * What to do about plain HTTP. An entry for the same host with another port (or none) is listed but
   * does not apply: insecure-registries names `host:port` exactly, so say which port differs.
   */
  private insecureHint(registry: string): string {
    const host = hostOf(registry)
    const near = [...this.context.insecure].filter(entry => entry !== registry && hostOf(entry) === host)
    if (near.length > 0) {
      return ` insecure-registries lists ${near.join(', ')}, but the registry is ${registry}: the port must match exactly, so list ${registry}.`
    }
    return ' If it serves plain HTTP, list it in insecure-registries.'
  }
}
