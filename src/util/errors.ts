/**
 * Folder util/: typed errors, log, concurrency and steps, shared by every layer. May import: nothing of
 * Signet.
 *
 * Typed errors shared by every layer. Each carries a stable `code` so callers (the action, the CLI,
 * the report) can tell classes apart without parsing messages, and an exit code for the CLI (`EXIT`).
 */

/**
 * The CLI's exit codes. A gate must tell "the image is not trustworthy" (1) from "the check could not
 * run" (3): a registry that is down is no verdict on the image, and a retry may pass.
 */
export const EXIT = {
  /** Signed, or verified. */
  OK: 0,
  /** Verification rejected the image, or an operation failed on what it was given. */
  FAILED: 1,
  /** Bad input: the user must change a flag or input. */
  BAD_INPUT: 2,
  /** Could not complete: network, DNS, TLS, authentication or server errors (after retries). */
  INCOMPLETE: 3
} as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

export abstract class SignetError extends Error {
  abstract readonly code: string
  abstract readonly exitCode: 1 | 2 | 3
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** An input is malformed or inconsistent. The message names the input and the expected form. */
export class InputError extends SignetError {
  readonly code = 'INPUT'
  readonly exitCode = 2
  constructor(
    readonly input: string,
    message: string
  ) {
    super(message)
  }
}

/**
 * A registry request failed. `status` is the HTTP status, `ociCode` the first OCI error code of the body.
 * The registry's own answers about content (404, a malformed manifest) fail the operation (exit 1);
 * not reaching it, or it refusing to serve (authentication, rate limits, server errors), means the
 * operation could not complete (exit 3).
 */
export class RegistryError extends SignetError {
  readonly code = 'REGISTRY'
  readonly exitCode: 1 | 3
  constructor(
    message: string,
    readonly status?: number,
    readonly ociCode?: string,
    options?: { cause?: unknown; couldNotComplete?: boolean }
  ) {
    super(message, options)
    this.exitCode =
      (options?.couldNotComplete ?? unavailable(status, options?.cause)) ? EXIT.INCOMPLETE : EXIT.FAILED
  }
}

/** 401/403/407 (credentials), 408/429 and 5xx (the server), or no answer at all (network, DNS, TLS). */
function unavailable(status: number | undefined, cause: unknown): boolean {
  if (status === undefined) return cause !== undefined && !(cause instanceof SignetError)
  return [401, 403, 407, 408, 429].includes(status) || status >= 500
}

/** A check that could not run (e.g. every signature's fetch failed): no verdict on the image. */
export class IncompleteError extends SignetError {
  readonly code = 'INCOMPLETE'
  readonly exitCode = EXIT.INCOMPLETE
}

/** True when `error`, or an error it wraps, means "could not complete" rather than "rejected". */
export function couldNotComplete(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth++) {
    if (current instanceof SignetError && current.exitCode === EXIT.INCOMPLETE) return true
    current = current.cause
  }
  return false
}

/**
 * Content does not match its descriptor: digest, size, or media type. Never retried. `detail` is the
 * mismatch alone ("digest mismatch (…)"), for callers that name the content their own way.
 */
export class ContentMismatchError extends SignetError {
  readonly code = 'CONTENT_MISMATCH'
  readonly exitCode = 1
  constructor(
    message: string,
    readonly digest: string,
    readonly detail?: string
  ) {
    super(message)
  }
}

/** A signature, certificate chain, identity or policy check failed; `reason` is one line for reports. */
export class VerificationError extends SignetError {
  readonly code = 'VERIFICATION'
  readonly exitCode = 1
}

/** A key held elsewhere (notation plugin, PKCS#11 token) failed to sign, or signed something Signet refuses. */
export class SigningError extends SignetError {
  readonly code = 'SIGNING'
  readonly exitCode = 1
}

/** A source image (OCI layout, docker archive) cannot be read as an image. */
export class SourceError extends SignetError {
  readonly code = 'SOURCE'
  readonly exitCode = 2
}

/** A message for any thrown value, without a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
