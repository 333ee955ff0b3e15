/**
 * The transport's layers on their own: the retry policy, the error mapping (OCI error bodies, network
 * failures, redaction) and the scope arithmetic of the auth flow. transport.test.ts drives them together
 * through a stub registry.
 */
import { ContentMismatchError, EXIT, RegistryError } from '../../src/util/errors.js'
import { coveredBy, repositoryScope } from '../../src/oci/transport/authenticator.js'
import { describeErrorBody, ErrorMapper, networkCode, Secrets } from '../../src/oci/transport/errors.js'
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_BASE_DELAY_MS,
  isTransientError,
  retryPolicy,
  shouldRetry
} from '../../src/oci/transport/retry.js'

/** A network failure as undici reports it: a TypeError whose cause carries the code. */
function networkFailure(code: string, message = `${code} happened`): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) })
}

describe('retry policy', () => {
  test('defaults where unset, and never fewer than one attempt', () => {
    expect(retryPolicy({})).toEqual({
      maxAttempts: DEFAULT_MAX_ATTEMPTS,
      baseDelayMs: DEFAULT_RETRY_BASE_DELAY_MS
    })
    expect(retryPolicy({ maxAttempts: 0, retryBaseDelayMs: 5 })).toEqual({ maxAttempts: 1, baseDelayMs: 5 })
    expect(retryPolicy({ maxAttempts: 7 }).maxAttempts).toBe(7)
  })

  test.each([
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [401, false],
    [403, false],
    [404, false],
    [400, false]
  ])('an answer with HTTP %i is transient: %s', (status, transient) => {
    expect(isTransientError(new RegistryError('x', status))).toBe(transient)
  })

  test('a reset or timed-out connection is transient, a refused one and a content mismatch are not', () => {
    const failed = (code: string) =>
      new RegistryError('x', undefined, undefined, { cause: networkFailure(code) })
    expect(isTransientError(failed('ECONNRESET'))).toBe(true)
    expect(isTransientError(failed('UND_ERR_SOCKET'))).toBe(true)
    expect(isTransientError(failed('ECONNREFUSED'))).toBe(false)
    expect(isTransientError(new ContentMismatchError('x', 'sha256:0'))).toBe(false)
    expect(isTransientError(networkFailure('ECONNRESET'))).toBe(false)
  })

  test('shouldRetry stops at the last attempt', () => {
    const unavailable = new RegistryError('x', 503)
    expect(shouldRetry(unavailable, 1, 3)).toBe(true)
    expect(shouldRetry(unavailable, 2, 3)).toBe(true)
    expect(shouldRetry(unavailable, 3, 3)).toBe(false)
    expect(shouldRetry(new RegistryError('x', 404), 1, 3)).toBe(false)
  })
})

describe('error mapping', () => {
  test('OCI error bodies become CODE: message (detail), the first code kept', () => {
    const body = JSON.stringify({
      errors: [
        { code: 'MANIFEST_UNKNOWN', message: 'manifest unknown', detail: { tag: 'v1' } },
        { message: 'no code' }
      ]
    })
    expect(describeErrorBody(body)).toEqual({
      ociCode: 'MANIFEST_UNKNOWN',
      summary: 'MANIFEST_UNKNOWN: manifest unknown ({"tag":"v1"}); UNKNOWN: no code'
    })
  })

  test('a body that is no OCI error gives its first line, without workflow commands', () => {
    expect(describeErrorBody('<html>bad gateway</html>\nmore')).toEqual({
      summary: '<html>bad gateway</html>'
    })
    expect(describeErrorBody('{"errors":[]}')).toEqual({ summary: '{"errors":[]}' })
    expect(describeErrorBody('::set-output name=x::y').summary).not.toMatch(/^::/)
  })

  test('Secrets redacts every credential, longer ones first, and reports each to onSecret', () => {
    const reported: string[] = []
    const secrets = new Secrets(secret => reported.push(secret))
    secrets.add('abc')
    secrets.add('abcdef')
    secrets.add('')
    expect(reported).toEqual(['abc', 'abcdef', ''])
    expect(secrets.redact('token abcdef and abc, none in xyz')).toBe('token *** and ***, none in xyz')
  })

  test('the first code along a chain of causes names the network failure', () => {
    expect(networkCode(networkFailure('ECONNRESET'))).toBe('ECONNRESET')
    expect(networkCode(new Error('plain'))).toBeUndefined()
  })

  const mapper = (insecure: string[] = []) =>
    new ErrorMapper({ secrets: new Secrets(), insecure: new Set(insecure), advice: 'docker login' })
  const req = { what: 'GET manifest of r.example/app', registry: 'r.example:5000' }

  test('an untrusted certificate names registry-ca; the operation could not complete', () => {
    const error = mapper().connectionError(
      req,
      networkFailure('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate')
    )
    expect(error.message).toBe(
      'GET manifest of r.example/app failed: the TLS certificate of r.example:5000 is not trusted (SELF_SIGNED_CERT_IN_CHAIN: self-signed certificate). Pass its CA bundle in registry-ca.'
    )
    expect(error.exitCode).toBe(EXIT.INCOMPLETE)
  })

  test('plain HTTP answering TLS: the hint names the insecure-registries entry whose port differs', () => {
    const error = mapper(['r.example']).connectionError(
      req,
      networkFailure(
        'ERR_SSL_WRONG_VERSION_NUMBER',
        'error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../ssl/record.c:354:'
      )
    )
    expect(error.message).toBe(
      'GET manifest of r.example/app failed: r.example:5000 did not answer TLS (ERR_SSL_WRONG_VERSION_NUMBER: wrong version number). insecure-registries lists r.example, but the registry is r.example:5000: the port must match exactly, so list r.example:5000.'
    )
  })

  test('a refused token request quotes the realm without the secrets it was sent', () => {
    const secrets = new Secrets()
    secrets.add('hunter2')
    const errors = new ErrorMapper({ secrets, insecure: new Set(), advice: 'docker/login-action' })
    const error = errors.tokenRefused(
      'token request',
      401,
      '{"errors":[{"code":"DENIED","message":"bad hunter2"}]}',
      'r.example',
      true
    )
    expect(error.message).toBe(
      'token request failed: HTTP 401 DENIED: bad ***. r.example refused the credentials it was sent: the username, password or token is incorrect or expired. Check them (add a docker/login-action step for r.example before this one, or set the username and password inputs).'
    )
    expect(error.status).toBe(401)
  })
})

describe('token scopes', () => {
  test('repositoryScope names the repository and its actions', () => {
    expect(repositoryScope('team/app', ['pull', 'push'])).toBe('repository:team/app:pull,push')
  })

  test('a challenged scope is covered only when every action is granted for the same resource', () => {
    const granted = ['repository:team/app:pull,push', 'repository:other:pull']
    expect(coveredBy('repository:team/app:pull', granted)).toBe(true)
    expect(coveredBy('repository:team/app:push,pull', granted)).toBe(true)
    expect(coveredBy('repository:other:push', granted)).toBe(false)
    expect(coveredBy('repository:team/app2:pull', granted)).toBe(false)
    expect(coveredBy('registry:catalog:*', granted)).toBe(false)
  })
})
