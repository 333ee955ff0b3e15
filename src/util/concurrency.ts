/**
 * Runs `work` over `items` with at most `limit` running at once, in input order of start, and returns the
 * results in input order. The first failure rejects the whole call; work already started is awaited so
 * no request is left running behind the caller's back.
 */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  let failure: { error: unknown } | undefined
  async function worker(): Promise<void> {
    while (failure === undefined && next < items.length) {
      const index = next++
      try {
        results[index] = await work(items[index], index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure !== undefined) throw failure.error
  return results
}
