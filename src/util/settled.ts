/** The outcome of work started ahead of need, held rather than thrown. */
export type Settled<T> = { value: T } | { error: unknown }

/** Work started ahead of need: its failure is held until (and unless) its answer is used. */
export function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    value => ({ value }),
    (error: unknown) => ({ error })
  )
}

/** The answer of settled work, or its failure thrown now that the answer is used. */
export function unwrap<T>(outcome: Settled<T>): T {
  if ('error' in outcome) throw outcome.error
  return outcome.value
}
