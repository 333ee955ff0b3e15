/**
 * Where a platform image comes from: the source part of a `manifests` line, and the opener for the local
 * kinds. It sits above layout.ts and docker-archive.ts (a docker archive reuses the layout reader), so
 * neither of those imports the other's caller.
 */
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { SourceError } from '../util/errors.js'
import { isDigest } from './digest.js'
import { openDockerArchive } from './docker-archive.js'
import { InvalidSourceError } from './errors.js'
import { openOciLayout, type ImageSource } from './layout.js'

export type SourceSpec =
  | { kind: 'oci-layout'; dir: string; tag?: string; digest?: string }
  | { kind: 'docker-archive'; file: string; image?: string; index?: number }
  | { kind: 'registry'; reference: string }

/**
 * Splits a manifests-line source: `oci-layout:DIR[:TAG|@DIGEST]`, `docker-archive:FILE[:REF|:@N]`, or
 * anything else as a registry reference (parsed elsewhere). A layout's tag or digest is only looked for
 * after DIR's last '/', so directories may contain ':' in earlier path segments (and a tag with '/',
 * like podman's `localhost/built:arm64`, is found when the layout is opened). An archive's FILE ends at
 * its first ':', as in skopeo's `docker-archive:` transport.
 */
export function parseSourceSpec(spec: string): SourceSpec {
  if (spec.startsWith('oci-layout:')) return parseLayoutSpec(spec, spec.slice('oci-layout:'.length))
  if (spec.startsWith('docker-archive:')) return parseArchiveSpec(spec, spec.slice('docker-archive:'.length))
  return { kind: 'registry', reference: spec }
}

function parseArchiveSpec(spec: string, rest: string): SourceSpec {
  const colon = rest.indexOf(':')
  const file = colon < 0 ? rest : rest.slice(0, colon)
  const selector = colon < 0 ? undefined : rest.slice(colon + 1)
  const expected =
    'Expected docker-archive:FILE[:REF|:@N] (a docker save tarball; REF one of its tags, N its position).'
  if (file === '') throw new InvalidSourceError(`'${spec}' names no file. ${expected}`)
  if (selector === undefined) return { kind: 'docker-archive', file }
  if (selector.startsWith('@')) {
    if (!/^@\d{1,6}$/.test(selector))
      throw new InvalidSourceError(`'${spec}': '${selector}' is not a position like @0. ${expected}`)
    return { kind: 'docker-archive', file, index: Number(selector.slice(1)) }
  }
  if (selector === '') throw new InvalidSourceError(`'${spec}' ends with ':' but no image. ${expected}`)
  return { kind: 'docker-archive', file, image: selector }
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
      throw new InvalidSourceError(
        `'${spec}' has an invalid digest '${selector.digest}'. Expected oci-layout:DIR@sha256:<64 hex digits>.`
      )
    }
  } else if (colon > lastSlash) {
    dir = rest.slice(0, colon)
    selector = { tag: rest.slice(colon + 1) }
    if (selector.tag === '') {
      throw new InvalidSourceError(
        `'${spec}' ends with ':' but no tag. Expected oci-layout:DIR[:TAG|@DIGEST].`
      )
    }
  }
  if (dir === '') {
    throw new InvalidSourceError(`'${spec}' names no directory. Expected oci-layout:DIR[:TAG|@DIGEST].`)
  }
  return { kind: 'oci-layout', dir, ...selector }
}

/** Opens a local source; registry references are read through the registry client instead. */
export async function openSource(spec: SourceSpec): Promise<ImageSource> {
  switch (spec.kind) {
    case 'oci-layout': {
      const { dir, tag } = await locateLayout(spec.dir, spec.tag)
      return openOciLayout(dir, { tag, digest: spec.digest })
    }
    case 'docker-archive':
      return openDockerArchive(spec.file, { image: spec.image, index: spec.index })
    case 'registry':
      throw new SourceError(
        `'${spec.reference}' is a registry reference, not a local source; read it from the registry.`
      )
  }
}

/**
 * `oci-layout:out:localhost/built:arm64` parses as directory `out:localhost/built`, tag `arm64`. When
 * that directory is no layout, the first split whose directory is one wins: `out`, tag
 * `localhost/built:arm64` (podman's `oci-dir` names images so in `ref.name`).
 */
async function locateLayout(dir: string, tag: string | undefined): Promise<{ dir: string; tag?: string }> {
  if (tag === undefined || (await isLayout(dir))) return { dir, tag }
  const whole = `${dir}:${tag}`
  for (
    let colon = whole.indexOf(':');
    colon > 0 && colon < dir.length;
    colon = whole.indexOf(':', colon + 1)
  ) {
    if (await isLayout(whole.slice(0, colon)))
      return { dir: whole.slice(0, colon), tag: whole.slice(colon + 1) }
  }
  return { dir, tag }
}

async function isLayout(dir: string): Promise<boolean> {
  return stat(join(dir, 'oci-layout')).then(
    info => info.isFile(),
    () => false
  )
}
