/**
 * What verification concluded about an image. `rejected`: a check failed against the image. `error`: a
 * check could not be completed (registry unreachable, TLS, authentication, server errors after retries),
 * so there is no verdict on the image; never a pass.
 */
export type Verdict = 'verified' | 'rejected' | 'error'

/** Several verdicts as one: a rejection outweighs an error, which outweighs a pass (none is a pass). */
export function combineVerdicts(verdicts: Iterable<Verdict>): Verdict {
  const seen = new Set(verdicts)
  return seen.has('rejected') ? 'rejected' : seen.has('error') ? 'error' : 'verified'
}
