/**
 * Where a platform image comes from: the source part of a `manifests` line, and the opener for the local
 * kinds. It sits above layout.ts and docker-archive.ts (a docker archive reuses the layout reader), so
 * neither of those imports the other's caller.
 */
import { InputError, SourceError } from '../util/errors.js'
import { isDigest } from './digest.js'
import { openDockerArchive } from './docker-archive.js'
import { openOciLayout, type ImageSource } from './layout.js'

/** The input whose lines hold source specs; errors name it. */
const MANIFESTS_INPUT = 'manifests'

export type SourceSpec =
  | { kind: 'oci-layout'; dir: string; tag?: string; digest?: string }
  | { kind: 'docker-archive'; file: string }
  | { kind: 'registry'; reference: string }

/**
 * Splits a manifests-line source: `oci-layout:DIR[:TAG|@DIGEST]`, `docker-archive:FILE`, or anything else
 * as a registry reference (parsed elsewhere). A tag or digest is only looked for after DIR's last '/', so
 * directories may contain ':' in earlier path segments.
 */
export function parseSourceSpec(spec: string): SourceSpec {
  if (spec.startsWith('oci-layout:')) return parseLayoutSpec(spec, spec.slice('oci-layout:'.length))
  if (spec.startsWith('docker-archive:')) {
    const file = spec.slice('docker-archive:'.length)
    if (file === '') {
      throw new InputError(
        MANIFESTS_INPUT,
        `'${spec}' names no file. Expected docker-archive:FILE (a docker save tarball).`
      )
    }
    return { kind: 'docker-archive', file }
  }
  return { kind: 'registry', reference: spec }
}

function parseLayoutSpec(spec: string, rest: string): SourceSpec {
  const lastSlash = rest.lastIndexOf('/')
  const at = rest.indexOf('@', lastSlash + 1)
  const colon = rest.lastIndexOf(':')
  let dir = rest
  let selector: { tag?: string; digest?: string } = {}
  if (at >= 0) {
    dir = rest.slice(0, at)
    selector = { digest: rest.slice(at + 1) }
    if (!isDigest(selector.digest!)) {
      throw new InputError(
        MANIFESTS_INPUT,
        `'${spec}' has an invalid digest '${selector.digest}'. Expected oci-layout:DIR@sha256:<64 hex digits>.`
      )
    }
  } else if (colon > lastSlash) {
    dir = rest.slice(0, colon)
    selector = { tag: rest.slice(colon + 1) }
    if (selector.tag === '') {
      throw new InputError(
        MANIFESTS_INPUT,
        `'${spec}' ends with ':' but no tag. Expected oci-layout:DIR[:TAG|@DIGEST].`
      )
    }
  }
  if (dir === '') {
    throw new InputError(
      MANIFESTS_INPUT,
      `'${spec}' names no directory. Expected oci-layout:DIR[:TAG|@DIGEST].`
    )
  }
  return { kind: 'oci-layout', dir, ...selector }
}

/** Opens a local source; registry references are read through the registry client instead. */
export async function openSource(spec: SourceSpec): Promise<ImageSource> {
  switch (spec.kind) {
    case 'oci-layout':
      return openOciLayout(spec.dir, { tag: spec.tag, digest: spec.digest })
    case 'docker-archive':
      return openDockerArchive(spec.file)
    case 'registry':
      throw new SourceError(
        `'${spec.reference}' is a registry reference, not a local source; read it from the registry.`
      )
  }
}
