/**
 * oci/ refuses malformed values with its own typed errors and no input names; inputs/ names the input
 * they came from, with the wording the action and the CLI have always printed.
 */
import { EXIT, InputError } from '../../src/util/errors.js'
import { readPlatform, readReference, readSourceSpec } from '../../src/inputs/oci-inputs.js'
import { InvalidPlatformError, InvalidReferenceError, InvalidSourceError } from '../../src/oci/errors.js'
import { parsePlatform } from '../../src/oci/platform.js'
import { parseReference } from '../../src/oci/reference.js'
import { parseSourceSpec } from '../../src/oci/source.js'

function thrown(work: () => unknown): unknown {
  try {
    work()
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

test('a valid value is parsed as oci/ parses it', () => {
  expect(readReference('ghcr.io/acme/app:1', 'image')).toEqual(parseReference('ghcr.io/acme/app:1'))
  expect(readPlatform('linux/arm64/v8', 'platform')).toEqual(parsePlatform('linux/arm64/v8'))
  expect(readSourceSpec('oci-layout:out:v1', 'manifests')).toEqual(parseSourceSpec('oci-layout:out:v1'))
})

test('a malformed reference is an InputError of the input, with the message oci/ gives', () => {
  const cause = thrown(() => parseReference('ghcr.io/Org/app')) as InvalidReferenceError
  expect(cause).toBeInstanceOf(InvalidReferenceError)
  expect(cause.reason).toBe("the repository must be lowercase ('Org')")
  const error = thrown(() => readReference('ghcr.io/Org/app', 'repositories')) as InputError
  expect(error).toBeInstanceOf(InputError)
  expect(error.input).toBe('repositories')
  expect(error.exitCode).toBe(EXIT.BAD_INPUT)
  expect(error.message).toBe(
    "Invalid image reference 'ghcr.io/Org/app': the repository must be lowercase ('Org'). Expected registry/repository[:tag][@sha256:…]"
  )
  expect(error.message).toBe(cause.message)
})

test('a malformed platform names the input in its message; oci/ alone does not', () => {
  expect((thrown(() => parsePlatform('linux')) as InvalidPlatformError).message).toBe(
    "Invalid platform 'linux'. Expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8."
  )
  const error = thrown(() => readPlatform('linux', 'platform')) as InputError
  expect(error).toBeInstanceOf(InputError)
  expect(error.input).toBe('platform')
  expect(error.message).toBe(
    "Invalid platform 'linux' in platform. Expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8."
  )
})

test('a malformed source spec is an InputError of the input', () => {
  const spec = 'docker-archive:a.tar:@x'
  expect(thrown(() => parseSourceSpec(spec))).toBeInstanceOf(InvalidSourceError)
  const error = thrown(() => readSourceSpec(spec, 'manifests')) as InputError
  expect(error).toBeInstanceOf(InputError)
  expect(error.input).toBe('manifests')
  expect(error.message).toBe(
    "'docker-archive:a.tar:@x': '@x' is not a position like @0. Expected docker-archive:FILE[:REF|:@N] (a docker save tarball; REF one of its tags, N its position)."
  )
})
