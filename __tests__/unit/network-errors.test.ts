/** A registry that does not answer: the message says which network failure it was and what fits it. */
import { ErrorMapper, Secrets } from '../../src/oci/transport/errors.js'

function mapper(insecure: string[] = []): ErrorMapper {
  return new ErrorMapper({ secrets: new Secrets(), insecure: new Set(insecure), advice: 'docker login' })
}

/** A failure as undici reports it: a TypeError whose cause carries the socket's code. */
function failure(code: string, message: string): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) })
}

const req = (registry: string) => ({ what: `GET manifest of ${registry}/app:1`, registry })

test.each([
  [
    'ENOTFOUND',
    'getaddrinfo ENOTFOUND docker.io',
    'docker.io',
    "The host name docker.io does not resolve: check its spelling and this machine's DNS settings."
  ],
  [
    'EAI_AGAIN',
    'getaddrinfo EAI_AGAIN ghcr.io',
    'ghcr.io',
    "The DNS lookup of ghcr.io failed for now (retried): check this machine's DNS server and network."
  ],
  [
    'ECONNREFUSED',
    'connect ECONNREFUSED 127.0.0.1:5000',
    '127.0.0.1:5000',
    'Nothing accepts connections there: check the port and that the registry is running.'
  ],
  [
    'UND_ERR_CONNECT_TIMEOUT',
    'Connect Timeout Error',
    'r.example:443',
    'It did not answer in time (retried): check that a firewall or proxy lets this machine reach r.example:443.'
  ],
  [
    'EHOSTUNREACH',
    'connect EHOSTUNREACH 10.0.0.1:443',
    '10.0.0.1',
    "There is no route to 10.0.0.1: check this machine's network."
  ]
])('%s: advice that fits, and no plain-HTTP suggestion', (code, message, registry, advice) => {
  const error = mapper().connectionError(req(registry), failure(code, message))
  expect(error.message).toBe(
    `GET manifest of ${registry}/app:1 failed: cannot reach ${registry} (${code}: ${message}). ${advice}`
  )
  expect(error.message).not.toContain('insecure-registries')
})

test('a refused port names the insecure-registries entry whose port differs', () => {
  const error = mapper(['127.0.0.1:5001']).connectionError(
    req('127.0.0.1:5000'),
    failure('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5000')
  )
  expect(error.message).toMatch(
    /running\. insecure-registries lists 127\.0\.0\.1:5001, but the registry is 127\.0\.0\.1:5000: the port must match exactly, so list 127\.0\.0\.1:5000\.$/
  )
})

test('a dropped connection may be plain HTTP: then, and only then, insecure-registries is suggested', () => {
  const dropped = mapper().connectionError(req('r.example:5000'), failure('ECONNRESET', 'read ECONNRESET'))
  expect(dropped.message).toMatch(
    /The connection was dropped \(retried\): a proxy or the registry closed it\. If it serves plain HTTP, list it in insecure-registries\.$/
  )
  const listed = mapper(['r.example:5000']).connectionError(
    req('r.example:5000'),
    failure('ECONNRESET', 'read ECONNRESET')
  )
  expect(listed.message).not.toContain('insecure-registries')
})

test('a certificate for other host names is not a CA problem: no registry-ca advice', () => {
  const error = mapper().connectionError(
    req('10.0.0.5:443'),
    failure('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames")
  )
  expect(error.message).toMatch(/is issued for other host names .*Use a host name the certificate names\.$/)
  expect(error.message).not.toContain('registry-ca')
})
