import { EXIT } from '../../src/util/errors.js'
import { InvalidReferenceError } from '../../src/oci/errors.js'
import { formatReference, parseReference, repositoryName } from '../../src/oci/reference.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`

describe('parseReference', () => {
  test.each([
    ['alpine', { registry: 'docker.io', repository: 'library/alpine' }],
    ['alpine:3.20', { registry: 'docker.io', repository: 'library/alpine', tag: '3.20' }],
    ['user/app', { registry: 'docker.io', repository: 'user/app' }],
    ['docker.io/alpine', { registry: 'docker.io', repository: 'library/alpine' }],
    ['index.docker.io/user/app:1', { registry: 'docker.io', repository: 'user/app', tag: '1' }],
    ['localhost/a', { registry: 'localhost', repository: 'a' }],
    ['localhost:5000/a', { registry: 'localhost:5000', repository: 'a' }],
    ['127.0.0.1:5000/team/app:v1', { registry: '127.0.0.1:5000', repository: 'team/app', tag: 'v1' }],
    ['ghcr.io/org/app', { registry: 'ghcr.io', repository: 'org/app' }],
    [`a.b/c/d:tag@${DIGEST}`, { registry: 'a.b', repository: 'c/d', tag: 'tag', digest: DIGEST }],
    [`a.b/c/d@${DIGEST}`, { registry: 'a.b', repository: 'c/d', digest: DIGEST }],
    [
      'registry.example.com/a__b/c-d/e.f:V_1.2-rc',
      { registry: 'registry.example.com', repository: 'a__b/c-d/e.f', tag: 'V_1.2-rc' }
    ],
    ['  ghcr.io/org/app:v1 ', { registry: 'ghcr.io', repository: 'org/app', tag: 'v1' }]
  ])('%s', (value, expected) => {
    expect(parseReference(value)).toEqual(expected)
  })

  test.each([
    ['', /it is empty/],
    ['Alpine', /must be lowercase \('Alpine'\)/],
    ['ghcr.io/Org/app', /must be lowercase \('Org'\)/],
    ['ghcr.io/org/app:', /'' is not a valid tag/],
    ['ghcr.io/org/app:-bad', /'-bad' is not a valid tag/],
    ['ghcr.io/org/app@sha256:abc', /'sha256:abc' is not a sha256 or sha512 digest/],
    [`ghcr.io/org/app@sha256:${'AB'.repeat(32)}`, /is not a sha256 or sha512 digest/],
    ['ghcr.io//app', /empty path component/],
    ['ghcr.io/org/-app', /'-app' is not a valid repository path component/],
    ['bad_host.io:x/app', /'bad_host.io:x' is not a valid registry host/],
    [`ghcr.io/${'a'.repeat(256)}`, /longer than 255/]
  ])('%j is refused', (value, reason) => {
    let error: unknown
    try {
      parseReference(value)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InvalidReferenceError)
    expect((error as InvalidReferenceError).exitCode).toBe(EXIT.BAD_INPUT)
    expect((error as InvalidReferenceError).value).toBe(value)
    expect((error as InvalidReferenceError).message).toMatch(reason)
    expect((error as InvalidReferenceError).message).toContain(`Invalid image reference '${value}'`)
    expect((error as InvalidReferenceError).message).toContain(
      'Expected registry/repository[:tag][@sha256:…]'
    )
  })
})

describe('formatReference and repositoryName', () => {
  test.each([
    [{ registry: 'docker.io', repository: 'library/alpine' }, 'docker.io/library/alpine'],
    [{ registry: 'a.b', repository: 'c/d', tag: 't' }, 'a.b/c/d:t'],
    [{ registry: 'a.b:5000', repository: 'c', tag: 't', digest: DIGEST }, `a.b:5000/c:t@${DIGEST}`],
    [{ registry: 'a.b', repository: 'c', digest: DIGEST }, `a.b/c@${DIGEST}`]
  ])('%j → %s, and parses back', (ref, text) => {
    expect(formatReference(ref)).toBe(text)
    expect(parseReference(text)).toEqual(ref)
  })

  test('repositoryName drops tag and digest', () => {
    expect(repositoryName(parseReference(`localhost:5000/x/y:1@${DIGEST}`))).toBe('localhost:5000/x/y')
  })
})
