import { SIGNING_AGENT } from './contract.js'
import type { RegistryInputs } from './read-inputs.js'
import type { Log } from '../util/log.js'
import { credentialSource } from '../oci/auth.js'
import { RegistryClient } from '../oci/registry.js'

/** A registry client configured from the registry inputs both modes share. */
export function connect(
  registry: RegistryInputs,
  log: Log,
  maskSecret: (secret: string) => void
): RegistryClient {
  return new RegistryClient({
    credentials: credentialSource({ username: registry.username, password: registry.password }),
    insecureRegistries: registry.insecureRegistries,
    caCertificates: registry.registryCa,
    userAgent: SIGNING_AGENT,
    onSecret: maskSecret,
    // In a workflow (either face) the way to log in is docker/login-action; in a terminal, docker login.
    loginAdvice: process.env.GITHUB_ACTIONS === 'true' ? 'docker/login-action' : 'docker login',
    debug: message => log.debug(message)
  })
}
