/**
 * oci/'s parsers as inputs/ uses them: a value that oci/ refuses (a reference, a platform, a source
 * spec, index entries, docker's config.json) becomes an InputError of the input it came from, worded
 * as oci/ words it for that input.
 */
import { OciInputError } from '../oci/errors.js'
import { parsePlatform } from '../oci/platform.js'
import { parseReference, type Reference } from '../oci/reference.js'
import { parseSourceSpec, type SourceSpec } from '../oci/source.js'
import type { Platform } from '../oci/types.js'
import { InputError } from '../util/errors.js'

/** Runs `work`; oci/'s bad-input errors become InputErrors of `input`, other errors pass through. */
function namingInput<T>(input: string, work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof OciInputError) throw new InputError(input, error.messageFor(input))
    throw error
  }
}

/** `registry/repository[:tag][@digest]` from `input`. */
export function readReference(text: string, input: string): Reference {
  return namingInput(input, () => parseReference(text))
}

/** `os/arch[/variant]` from `input`. */
export function readPlatform(text: string, input: string): Platform {
  return namingInput(input, () => parsePlatform(text))
}

/** The source part of a line of `input` (`oci-layout:…`, `docker-archive:…`, or a reference). */
export function readSourceSpec(text: string, input: string): SourceSpec {
  return namingInput(input, () => parseSourceSpec(text))
}
