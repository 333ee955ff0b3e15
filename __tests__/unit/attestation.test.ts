/**
 * An entry is an attestation only when it looks like one to every consumer: BuildKit's annotation, the
 * `unknown/unknown` platform nothing can run, and a reference to an image of the same index. An entry
 * that carries the annotation but a runnable platform is an image: docker and skopeo would pull it, so
 * Signet selects it and verifies it as one, and sign refuses a build index that holds it beside its image.
 */
import { isAttestation, splitSinglePlatformIndex } from '../../src/oci/attestation.js'
import { selectEntries } from '../../src/oci/image-index.js'
import { MediaType, type Descriptor, type ImageIndex } from '../../src/oci/types.js'

const digest = (c: string) => `sha256:${c.repeat(64)}`
const image: Descriptor = {
  mediaType: MediaType.OciManifest,
  digest: digest('a'),
  size: 500,
  platform: { os: 'linux', architecture: 'amd64' }
}
const attestationOf = (
  target: string,
  platform = { os: 'unknown', architecture: 'unknown' }
): Descriptor => ({
  mediaType: MediaType.OciManifest,
  digest: digest('b'),
  size: 600,
  platform,
  annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': target }
})
const index = (...manifests: Descriptor[]): ImageIndex => ({
  schemaVersion: 2,
  mediaType: MediaType.OciIndex,
  manifests
})

test("BuildKit's attestation of the index's image is an attestation", () => {
  const real = attestationOf(image.digest)
  expect(isAttestation(real, [image, real])).toBe(true)
  expect(splitSinglePlatformIndex(index(image, real), 'build', digest('c'))).toEqual({
    image,
    attestations: [real]
  })
})

test('an "attestation" with a runnable platform is an image: selectable, and a build index with it is refused', () => {
  const smuggled = attestationOf(image.digest, { os: 'linux', architecture: 'amd64' })
  expect(isAttestation(smuggled, [image, smuggled])).toBe(false)
  expect(() =>
    selectEntries(index(image, smuggled), { platform: { os: 'linux', architecture: 'amd64' } }, 'k')
  ).toThrow(/platform linux\/amd64 is ambiguous: 2 entries match/)
  expect(() => splitSinglePlatformIndex(index(image, smuggled), 'build', digest('c'))).toThrow(
    /with 2 images/
  )
})

test('an attestation pointing at nothing in its index is not one either', () => {
  const dangling = attestationOf(digest('f'))
  expect(isAttestation(dangling, [image, dangling])).toBe(false)
  expect(() => splitSinglePlatformIndex(index(image, dangling), 'build', digest('c'))).toThrow(
    /with 2 images/
  )
})
