/**
 * Canonical registry and repository names: the one spelling every policy decision sees (rules, notation
 * trust policy scopes, allowed-registries, store keys), so no other spelling of the same registry can
 * reach a looser rule. Only names are canonicalised here; the host contacted stays the one written.
 *
 * - The host is read as the WHATWG URL parser (the transport's) reads `https://HOST/`: lowercase,
 *   numeric IPv4 forms as dotted decimal (`127.1`, `0x7f.0.0.1`, `2130706433` → `127.0.0.1`), IPv6
 *   compressed, and the https default port dropped (`:443`, also `:0443`). `:80` is kept: without a
 *   port a registry is https on 443, and whether `host` and `host:80` are one endpoint depends on
 *   insecure-registries (a transport setting that must not change which rule applies), so they stay two
 *   names, each bound by its own rule or by none.
 * - Loopback aliases are one name, `127.0.0.1`: `localhost`, all of 127.0.0.0/8, `::1`, IPv4-mapped
 *   loopback and the unspecified addresses (`0.0.0.0`, `::`), which Linux connects to the local host.
 *   On a runner these all reach the same local registries; a rule for one binds them all.
 * - Docker Hub has one name, `docker.io` (also for `index.docker.io` and `registry-1.docker.io`), and
 *   its single-name repositories live under `library/`.
 *
 * Names that reach the same registry only through DNS (another name for the same address) cannot be
 * seen without resolving them; policy names hosts, not addresses.
 */
import { DOCKER_HUB, isRegistryHost, type Reference } from './reference.js'

const LOOPBACK = '127.0.0.1'
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io'])
/** What a host (with a port) may hold: nothing the URL parser would read as credentials, path or query. */
const HOST_CHARS = /^[a-z0-9._\-:[\]]+$/
const LOOPBACK_HOSTNAMES =
  /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/

/** The canonical spelling of a registry host (with its port, when not 443); see the module comment. */
export function canonicalRegistry(registry: string): string {
  const lower = registry.toLowerCase()
  let url: URL
  try {
    if (!HOST_CHARS.test(lower)) throw new Error('not a host')
    url = new URL(`https://${lower}/`)
  } catch {
    // Not a host the transport could contact either: lowercase keeps it comparable, never equal to a real one.
    return lower
  }
  const hostname = LOOPBACK_HOSTNAMES.test(url.hostname) ? LOOPBACK : url.hostname
  const host = url.port === '' ? hostname : `${hostname}:${url.port}`
  return DOCKER_HUB_ALIASES.has(host) ? DOCKER_HUB : host
}

/** `registry/repository`, canonical: the name rules, trust policies and the store match on. */
export function canonicalRepositoryName(ref: Pick<Reference, 'registry' | 'repository'>): string {
  const registry = canonicalRegistry(ref.registry)
  const repository =
    registry === DOCKER_HUB && !ref.repository.includes('/') ? `library/${ref.repository}` : ref.repository
  return `${registry}/${repository}`
}

/** The reference with its registry and repository canonical (tag and digest unchanged). */
export function canonicalReference<T extends Pick<Reference, 'registry' | 'repository'>>(ref: T): T {
  const name = canonicalRepositoryName(ref)
  const slash = name.indexOf('/')
  return { ...ref, registry: name.slice(0, slash), repository: name.slice(slash + 1) }
}

/**
 * A `registry/repository` string, canonical. The first part is a registry only as the reference grammar
 * says (it has '.' or ':' or is localhost); otherwise the name is on Docker Hub.
 */
export function canonicalName(name: string): string {
  return canonicalRepositoryName(splitName(name))
}

/**
 * A `registry/repository` glob, canonical where it is literal: a literal first part is read as a name's
 * (`GHCR.IO/acme/**` → `ghcr.io/acme/**`, `localhost:5000/**` → `127.0.0.1:5000/**`, `alpine` →
 * `docker.io/library/alpine`, `docker.io/*` → `docker.io/library/*`); a glob first part is only
 * lowercased, since no canonical host has an uppercase letter. `**` alone stays as it is.
 */
export function canonicalPattern(pattern: string, isGlob: (segment: string) => boolean): string {
  const slash = pattern.indexOf('/')
  const first = slash < 0 ? pattern : pattern.slice(0, slash)
  if (isGlob(first)) return slash < 0 ? pattern : `${first.toLowerCase()}${pattern.slice(slash)}`
  const { registry, repository } = splitName(pattern)
  const host = canonicalRegistry(registry)
  const single = host === DOCKER_HUB && !repository.includes('/') && repository !== '**'
  return `${host}/${single ? `library/${repository}` : repository}`
}

function splitName(name: string): Pick<Reference, 'registry' | 'repository'> {
  const slash = name.indexOf('/')
  const first = slash < 0 ? '' : name.slice(0, slash)
  return slash >= 0 && isRegistryHost(first.toLowerCase())
    ? { registry: first, repository: name.slice(slash + 1) }
    : { registry: DOCKER_HUB, repository: name }
}
