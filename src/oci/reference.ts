import { isDigest } from './digest.js'
import { InvalidReferenceError } from './errors.js'

/**
 * One reference grammar for every input (regclient `types/ref`, distribution `reference`): the first
 * path part is a registry host only if it contains '.' or ':' or is 'localhost'; otherwise the image is
 * on Docker Hub, where single-part names live under 'library/'.
 */
export interface Reference {
  registry: string
  repository: string
  tag?: string
  digest?: string
}

export const DOCKER_HUB = 'docker.io'

// distribution's grammar: lowercase path components joined by '/', separators '.', '_', '__' or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const DOMAIN =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/
const TAG = /^[\w][\w.-]{0,127}$/
const MAX_NAME_LENGTH = 255

/** The reference grammar's test: a first path part is a registry host (else the name is on Docker Hub). */
export function isRegistryHost(part: string): boolean {
  return part.includes('.') || part.includes(':') || part === 'localhost'
}

/** Parses `registry/repository[:tag][@digest]`; throws an InvalidReferenceError when malformed. */
export function parseReference(value: string): Reference {
  const fail = (reason: string): never => {
    throw new InvalidReferenceError(value, reason)
  }
  const trimmed = value.trim()
  if (trimmed === '') fail('it is empty')

  let rest = trimmed
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!isDigest(digest)) fail(`'${digest}' is not a sha256 or sha512 digest (lowercase hex)`)
  }

  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) fail(`'${tag}' is not a valid tag (letters, digits, '_', '.', '-'; at most 128)`)
  }

  const parts = rest.split('/')
  let registry = DOCKER_HUB
  if (parts.length > 1 && isRegistryHost(parts[0])) {
    registry = parts.shift() as string
    if (!DOMAIN.test(registry)) fail(`'${registry}' is not a valid registry host`)
  }
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = DOCKER_HUB
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library')

  for (const part of parts) {
    if (part === '') fail('the repository has an empty path component')
    if (part !== part.toLowerCase()) fail(`the repository must be lowercase ('${part}')`)
    if (!PATH_COMPONENT.test(part)) fail(`'${part}' is not a valid repository path component`)
  }
  const repository = parts.join('/')
  if (repository.length > MAX_NAME_LENGTH) fail(`the repository is longer than ${MAX_NAME_LENGTH} characters`)
  return { registry, repository, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) }
}

/** `registry/repository[:tag][@digest]`. */
export function formatReference(ref: Reference): string {
  return `${repositoryName(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`
}

/** `registry/repository`. */
export function repositoryName(ref: Pick<Reference, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`
}
