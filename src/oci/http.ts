/**
 * The parts of undici the transport uses (a keep-alive Agent and its request API), loaded from their own
 * files. undici's index also loads fetch, WebSocket, mocks, interceptors and cache stores: 0.7 MB of the
 * CLI bundle (2.56 → 1.82 MB) parsed on every run for nothing; `signet --version` 0.22 → 0.17 s.
 */
import type { Dispatcher } from 'undici'
import Agent from 'undici/lib/dispatcher/agent.js'
import requestOn from 'undici/lib/api/api-request.js'

export { Agent }
export type { Dispatcher }

export type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path'>

/** One request through `agent` (what undici's top-level `request(url, { dispatcher })` does). */
export function request(
  agent: Dispatcher,
  url: URL,
  options: RequestOptions
): Promise<Dispatcher.ResponseData> {
  return requestOn.call(agent, { ...options, origin: url.origin, path: `${url.pathname}${url.search}` })
}
