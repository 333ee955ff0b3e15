/**
 * oci/'s errors for what it was given in the wrong form: an image reference, a platform, a source spec,
 * the entries of an index, docker's config.json. Bad input (exit 2), worded without input names: oci/
 * does not know which input a value came from. inputs/ (oci-inputs.ts) turns them into InputErrors of
 * the input, with `messageFor` the wording that names it.
 */
import { EXIT, SignetError } from '../util/errors.js'

export abstract class OciInputError extends SignetError {
  readonly exitCode = EXIT.BAD_INPUT

  /** The message for a value that came from `input` (the same message unless it names where). */
  messageFor(_input: string): string {
    return this.message
  }
}

/** An image reference that is not `registry/repository[:tag][@digest]` in distribution's grammar. */
export class InvalidReferenceError extends OciInputError {
  readonly code = 'INVALID_REFERENCE'

  constructor(
    readonly value: string,
    /** What is wrong with it, e.g. "the repository must be lowercase ('Org')". */
    readonly reason: string
  ) {
    super(`Invalid image reference '${value}': ${reason}. Expected registry/repository[:tag][@sha256:…]`)
  }
}

/** The form a platform is written in, for messages. */
const PLATFORM_FORM = 'os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8'

/** A platform that is not `os/arch[/variant]`. */
export class InvalidPlatformError extends OciInputError {
  readonly code = 'INVALID_PLATFORM'

  constructor(readonly value: string) {
    super(`Invalid platform '${value}'. Expected ${PLATFORM_FORM}.`)
  }

  override messageFor(input: string): string {
    return `Invalid platform '${this.value}' in ${input}. Expected ${PLATFORM_FORM}.`
  }
}

/** A local source spec (`oci-layout:…`, `docker-archive:…`) that is malformed. */
export class InvalidSourceError extends OciInputError {
  readonly code = 'INVALID_SOURCE'
}

/** Index entries that cannot make one scenario-tagged index (no entries, clashing scenarios, duplicates). */
export class InvalidIndexError extends OciInputError {
  readonly code = 'INVALID_INDEX'
}

/** docker's config.json cannot be read or is not what docker writes. */
export class DockerConfigError extends OciInputError {
  readonly code = 'DOCKER_CONFIG'
}
