import { DOCKER_HUB } from '../reference.js'

/**
 * Where a registry is spoken to: `https://host/`, or `http://host/` for hosts listed as insecure (and
 * nothing else ever is); Docker Hub's API host for docker.io.
 */
export function registryBaseUrl(registry: string, insecure: ReadonlySet<string>): URL {
  const host = registry === DOCKER_HUB ? 'registry-1.docker.io' : registry
  return new URL(`${insecure.has(registry) ? 'http' : 'https'}://${host}/`)
}
