/**
 * Folder util/: typed errors, log, concurrency and steps, shared by every layer. May import: nothing of
 * Signet.
 *
 * Typed errors shared by every layer. Each carries a stable `code` so callers (the action, the CLI,
 * the report) can tell classes apart without parsing messages, and an exit code for the CLI:
 * 2 for bad input (the user must change something), 1 for an operation or verification that failed.
 */
export abstract class SignetError extends Error {
  abstract readonly code: string
  abstract readonly exitCode: 1 | 2
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

/** A registry request failed. `status` is the HTTP status, `ociCode` the first OCI error code of the body. */
export class RegistryError extends SignetError {
  readonly code = 'REGISTRY'
  readonly exitCode = 1
  constructor(
    message: string,
    readonly status?: number,
    readonly ociCode?: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
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
