import { errorMessage, RegistryError, SignetError } from '../../util/errors.js'
import { repositoryName } from '../reference.js'
import type { Transport, TransportOptions, TransportRequest, TransportResponse } from '../transport.js'
import { repositoryScope } from '../transport/authenticator.js'
import { backoff, retryPolicy, shouldRetry, type RetryPolicy } from '../transport/retry.js'

/** A request to one repository: its own pull (or pull and push) scope is added to `scopes`. */
export type RepositoryRequest = Omit<TransportRequest, 'registry' | 'scopes'> & {
  push?: boolean
  scopes?: string[]
}

/**
 * The transport bound to one repository, shared by the operations on its manifests, blobs, tags and
 * referrers: its token scope, its name in messages, and the retry of answers whose body broke off.
 */
export class RepositoryTransport {
  /** `registry/name`, as messages name the repository. */
  readonly fullName: string
  readonly retries: RetryPolicy

  constructor(
    private readonly transport: Transport,
    readonly registry: string,
    readonly name: string,
    options: TransportOptions
  ) {
    this.fullName = repositoryName({ registry, repository: name })
    this.retries = retryPolicy(options)
  }

  send(request: RepositoryRequest): Promise<TransportResponse> {
    const own = repositoryScope(this.name, request.push ? ['pull', 'push'] : ['pull'])
    return this.transport.request({
      ...request,
      registry: this.registry,
      scopes: [own, ...(request.scopes ?? [])]
    })
  }

  /**
   * Sends a request and reads its answer with `read`. A connection lost while the body was being read
   * (after the transport already handed the response over) becomes a RegistryError and the whole
   * exchange is repeated like any transient failure; errors `read` raises itself pass through.
   */
  async exchange<T>(
    request: RepositoryRequest,
    read: (response: TransportResponse) => Promise<T>
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const response = await this.send(request)
      try {
        return await read(response)
      } catch (error) {
        if (error instanceof SignetError) throw error
        const failure = bodyInterrupted(request.what, error)
        if (!shouldRetry(failure, attempt, this.retries.maxAttempts)) throw failure
        await backoff(this.retries, attempt)
      }
    }
  }
}

/** A connection that broke off while a body was read, as a RegistryError (transient when the cause is). */
export function bodyInterrupted(what: string, error: unknown): RegistryError {
  return new RegistryError(
    `${what} failed: the connection broke off while reading the answer (${errorMessage(error)})`,
    undefined,
    undefined,
    { cause: error }
  )
}
