/**
 * What every engine (verify, sign, sweep) runs with besides its plan: the collaborators of one run.
 * run/ builds it once per run (run/context.ts); engines never build a registry client, read the
 * environment or look at the clock themselves, so a run talks to the registry through one client and
 * judges every certificate at one time.
 */
import type { RegistryClient } from '../oci/registry.js'
import type { HttpFetcher } from '../trust/http-fetch.js'
import type { Log } from '../util/log.js'

/** Facts of the CI environment, read once per run by run/ (engines never read process.env). */
export interface CiFacts {
  /** The whole environment the run was started with, for the helpers it starts (PATH, HOME, their variables). */
  env: NodeJS.ProcessEnv
  /** The run is a GitHub Actions job (GITHUB_ACTIONS=true), whichever face runs it. */
  githubActions: boolean
  /** The repository checkout (GITHUB_WORKSPACE), where gates resolve their globs. */
  workspace?: string
  /** GITHUB_EVENT_NAME, e.g. `pull_request`. */
  eventName?: string
  /** GITHUB_EVENT_PATH: the event payload's file. */
  eventPath?: string
  /** GITHUB_SHA, lowercase: the commit the run builds. */
  sha?: string
  /** `GITHUB_SERVER_URL/GITHUB_REPOSITORY`: the repository's page. */
  repositoryUrl?: string
  /** SOURCE_DATE_EPOCH as given (reproducible builds): checked where it is used. */
  sourceDateEpoch?: string
}

export interface EngineContext {
  /** The run's one registry client: connections, tokens and what it learnt of registries are shared. */
  registry: RegistryClient
  log: Log
  /** Hides a secret the run derives (a bearer token) from the face's log. */
  maskSecret: (secret: string) => void
  /** The run's time: signing time, and the time certificates are judged at. */
  now: Date
  /** OCSP, CRL and TSA exchanges, cached for the run. */
  fetcher: HttpFetcher
  ci: CiFacts
}
