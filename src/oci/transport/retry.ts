/**
 * The retry policy (go-containerregistry `remote/options.go`): which failures are worth repeating
 * (408, 429, 5xx, connections reset or timed out; never 401/403/404 or content mismatches) and how long
 * to wait before the next attempt (exponential backoff with jitter, or the registry's Retry-After).
 */
import { RegistryError } from '../../util/errors.js'
import { networkCode } from './errors.js'

export const DEFAULT_MAX_ATTEMPTS = 4
export const DEFAULT_RETRY_BASE_DELAY_MS = 300
const MAX_BACKOFF_MS = 10_000
/** A registry asking for longer than this is not waited for longer. */
const MAX_RETRY_AFTER_MS = 30_000
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

/** How often a failed exchange is tried in all, and the first backoff. */
export interface RetryPolicy {
  maxAttempts: number
  baseDelayMs: number
}

/** The policy the client options ask for: defaults where unset, always at least one attempt. */
export function retryPolicy(options: { maxAttempts?: number; retryBaseDelayMs?: number }): RetryPolicy {
  return {
    maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
    baseDelayMs: options.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS
  }
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

/** True when `error`, the failure of attempt `attempt` of at most `maxAttempts`, is worth another. */
export function shouldRetry(error: unknown, attempt: number, maxAttempts: number): boolean {
  return attempt < maxAttempts && isTransientError(error)
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

/** Waits the backoff that follows the failure of attempt `attempt`. */
export function backoff(policy: RetryPolicy, attempt: number): Promise<void> {
  return sleep(retryDelayMs(attempt, policy.baseDelayMs))
}
