import { errorMessage, SignetError } from './errors.js'

/** A failure inside a named step of a mode; the message says which step, the exit code is the cause's. */
export class StepError extends SignetError {
  readonly code = 'STEP'
  readonly exitCode: 1 | 2 | 3
  constructor(
    readonly step: string,
    cause: unknown
  ) {
    super(`${step}: ${errorMessage(cause)}`, { cause })
    this.exitCode = cause instanceof SignetError ? cause.exitCode : 1
  }
}

/** Runs one step; any failure comes out as a StepError naming it. */
export async function step<T>(name: string, body: () => Promise<T> | T): Promise<T> {
  try {
    return await body()
  } catch (error) {
    throw error instanceof StepError ? error : new StepError(name, error)
  }
}
