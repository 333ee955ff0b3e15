/** Canonical registry and repository names: the one spelling every policy decision sees. */
import { canonicalName, canonicalPattern, canonicalRegistry } from '../../src/oci/canonical.js'
import { parseReference, repositoryName } from '../../src/oci/reference.js'

const isGlob = (segment: string): boolean => /[*?[\]{}()!+@|]/.test(segment)

describe('canonicalRegistry', () => {
  test.each([
    ['GHCR.IO', 'ghcr.io'],
    ['ghcr.io:443', 'ghcr.io'],
    ['ghcr.io:0443', 'ghcr.io'],
    // :80 stays: whether `host` and `host:80` are one endpoint depends on insecure-registries
    ['reg.example:80', 'reg.example:80'],
    ['reg.example:5000', 'reg.example:5000'],
    ['LOCALHOST:5000', '127.0.0.1:5000'],
    ['localhost', '127.0.0.1'],
    ['127.1:5000', '127.0.0.1:5000'],
    ['0x7f.0.0.1:5000', '127.0.0.1:5000'],
    ['0177.0.0.1:5000', '127.0.0.1:5000'],
    ['2130706433:5000', '127.0.0.1:5000'],
    ['127.0.0.2:5000', '127.0.0.1:5000'],
    ['[0:0::1]:5000', '127.0.0.1:5000'],
    ['[::ffff:127.0.0.1]:5000', '127.0.0.1:5000'],
    ['0.0.0.0:5000', '127.0.0.1:5000'],
    ['[2001:DB8::1]:5000', '[2001:db8::1]:5000'],
    ['10.0.0.1:5000', '10.0.0.1:5000'],
    ['INDEX.DOCKER.IO', 'docker.io'],
    ['registry-1.docker.io:443', 'docker.io'],
    ['docker.io', 'docker.io'],
    // not a host at all: lowercased, never made equal to a real one
    ['user@ghcr.io', 'user@ghcr.io']
  ])('%s → %s', (host, canonical) => {
    expect(canonicalRegistry(host)).toBe(canonical)
  })
})

describe('canonicalName and the reference grammar agree', () => {
  test.each([
    ['x', 'docker.io/library/x'],
    ['docker.io/x', 'docker.io/library/x'],
    ['index.docker.io/library/x', 'docker.io/library/x'],
    ['acme/x', 'docker.io/acme/x'],
    ['GHCR.IO/acme/prod/x', 'ghcr.io/acme/prod/x'],
    ['LOCALHOST:5000/rt/x', '127.0.0.1:5000/rt/x'],
    ['localhost/rt/x', '127.0.0.1/rt/x']
  ])('%s → %s', (name, canonical) => {
    expect(canonicalName(name)).toBe(canonical)
    // A parsed reference names the same repository.
    expect(canonicalName(repositoryName(parseReference(`${name}:1`)))).toBe(canonical)
  })

  test('canonical names are fixed points', () => {
    for (const name of ['docker.io/library/x', 'ghcr.io/a/b', '127.0.0.1:5000/rt/x', 'reg.example:80/x'])
      expect(canonicalName(name)).toBe(name)
  })
})

describe('canonicalPattern: literal registry parts read as names, globs left alone', () => {
  test.each([
    ['**', '**'],
    ['*/x', '*/x'],
    ['alpine', 'docker.io/library/alpine'],
    ['docker.io/*', 'docker.io/library/*'],
    ['docker.io/**', 'docker.io/**'],
    ['index.docker.io/acme/*', 'docker.io/acme/*'],
    ['GHCR.IO/acme/**', 'ghcr.io/acme/**'],
    ['LOCALHOST:5000/rt/**', '127.0.0.1:5000/rt/**'],
    ['*.EXAMPLE.COM/**', '*.example.com/**']
  ])('%s → %s', (pattern, canonical) => {
    expect(canonicalPattern(pattern, isGlob)).toBe(canonical)
  })
})
