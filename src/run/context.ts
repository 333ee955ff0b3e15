/**
 * Folder run/: one run per mode, between the faces and the engines. It reads the inputs (rules once),
 * builds the plan, owns the run's context, calls the engines and returns what a face renders (result,
 * table, outputs, annotations, exit code).
 * May import: report/, sign/, rules/, gate/, store/, verify/, inputs/, trust/, oci/, util/.
 *
 * The context of one run: the one registry client, the log, masking, the clock, the HTTP fetcher and the
 * facts of the CI environment, read once here so that no engine reads them again.
 */
import { SIGNING_AGENT } from '../inputs/contract.js'
import type { RegistryInputs } from '../inputs/input-values.js'
import { credentialSource } from '../oci/auth.js'
import { RegistryClient } from '../oci/registry.js'
import { HttpFetcher } from '../trust/http-fetch.js'
import type { Log } from '../util/log.js'
import type { CiFacts, EngineContext } from '../verify/context.js'

export interface RunContext extends EngineContext {
  /** Closes the registry client's connections. */
  close(): Promise<void>
}

/** What a face gives a run: where it logs, how it masks, the environment; tests pin the clock. */
export interface RunEnvironment {
  log: Log
  maskSecret: (secret: string) => void
  env: NodeJS.ProcessEnv
  now?: Date
  /**
   * The run's registry client when the face opened it ahead of the run (the CLI, to read while the
   * engines load), by `openRegistryClient` from the same registry inputs; the run uses and closes it.
   */
  registryClient?: RegistryClient
}

/** The CI facts of an environment. */
export function ciFacts(env: NodeJS.ProcessEnv): CiFacts {
  return {
    env,
    githubActions: env.GITHUB_ACTIONS === 'true',
    workspace: env.GITHUB_WORKSPACE || undefined,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    sha: env.GITHUB_SHA?.toLowerCase() || undefined,
    repositoryUrl:
      env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
        : undefined,
    sourceDateEpoch: env.SOURCE_DATE_EPOCH || undefined
  }
}

/** The registry client of a run, configured from the registry inputs. */
export function openRegistryClient(registry: RegistryInputs, environment: RunEnvironment): RegistryClient {
  const ci = ciFacts(environment.env)
  const client = new RegistryClient({
    credentials: credentialSource({
      username: registry.username,
      password: registry.password,
      dockerConfigPath: registry.dockerConfig,
      env: environment.env
    }),
    insecureRegistries: registry.insecureRegistries,
    caCertificates: registry.registryCa,
    userAgent: SIGNING_AGENT,
    onSecret: environment.maskSecret,
    // In a workflow (either face) the way to log in is docker/login-action; in a terminal, docker login.
    loginAdvice: ci.githubActions ? 'docker/login-action' : 'docker login',
    debug: message => environment.log.debug(message),
    warn: message => environment.log.warning(message)
  })
  environment.log.debug('Registry client opened for this run')
  return client
}

/** The context of one run, with its one registry client (the face's, or one opened from the registry inputs). */
export function createRunContext(registry: RegistryInputs, environment: RunEnvironment): RunContext {
  const client = environment.registryClient ?? openRegistryClient(registry, environment)
  return {
    registry: client,
    log: environment.log,
    maskSecret: environment.maskSecret,
    now: environment.now ?? new Date(),
    fetcher: new HttpFetcher(SIGNING_AGENT),
    ci: ciFacts(environment.env),
    close: () => client.close()
  }
}

/** Runs `body` with a context, closing its connections whatever happens. */
export async function withRunContext<T>(
  registry: RegistryInputs,
  environment: RunEnvironment,
  body: (context: RunContext) => Promise<T>
): Promise<T> {
  const context = createRunContext(registry, environment)
  try {
    return await body(context)
  } finally {
    await context.close()
  }
}
