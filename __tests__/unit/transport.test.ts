import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { RegistryError } from '../../src/util/errors.js'
import { describe as describeContent } from '../../src/oci/digest.js'
import { RegistryClient } from '../../src/oci/registry.js'
import {
  DEFAULT_MAX_CONNECTIONS_PER_HOST,
  nextLink,
  redactUrl,
  retryDelayMs,
  readBody,
  Transport,
  type TransportRequest
} from '../../src/oci/transport.js'
import { MediaType } from '../../src/oci/types.js'
import { ociError, startStub, type StubRegistry } from '../helpers/stub-registry.js'

const stubs: StubRegistry[] = []
const transports: Transport[] = []

afterEach(async () => {
  await Promise.all(transports.splice(0).map(transport => transport.close()))
  await Promise.all(stubs.splice(0).map(stub => stub.stop()))
})

async function stub(handler: Parameters<typeof startStub>[0]): Promise<StubRegistry> {
  const started = await startStub(handler)
  stubs.push(started)
  return started
}

function transportFor(host: string, options: ConstructorParameters<typeof Transport>[0] = {}): Transport {
  const transport = new Transport({ insecureRegistries: [host], retryBaseDelayMs: 1, ...options })
  transports.push(transport)
  return transport
}

function get(host: string, target = '/v2/app/manifests/v1', expect = [200]): TransportRequest {
  return {
    method: 'GET',
    registry: host,
    target,
    scopes: ['repository:app:pull'],
    expect,
    what: `GET manifest 'v1' of ${host}/app`
  }
}

describe('retries', () => {
  test('a 503 is retried and the next answer returned', async () => {
    let calls = 0
    const registry = await stub((_, response) => {
      response.writeHead(++calls === 1 ? 503 : 200)
      response.end(calls === 1 ? '' : 'ok')
    })
    const response = await transportFor(registry.host).request(get(registry.host))
    expect(response.status).toBe(200)
    expect((await readBody(response.body, 100))?.toString()).toBe('ok')
    expect(registry.requests).toHaveLength(2)
  })

  test("a 429 waits for the registry's Retry-After", async () => {
    let calls = 0
    const registry = await stub((_, response) => {
      if (++calls === 1) response.writeHead(429, { 'retry-after': '1' })
      else response.writeHead(200)
      response.end()
    })
    const started = Date.now()
    const warnings: string[] = []
    const response = await transportFor(registry.host, { warn: message => warnings.push(message) }).request(
      get(registry.host)
    )
    expect(response.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(registry.requests).toHaveLength(2)
    // Reported, so a slow run says why.
    expect(warnings).toEqual([
      `${registry.host} is rate-limiting requests (HTTP 429) (Retry-After: 1): waiting 1.0 s before attempt 2 of 4`
    ])
  })

  test('a 404 is not retried and becomes a RegistryError with the OCI code and message', async () => {
    const registry = await stub((_, response) =>
      ociError(response, 404, 'MANIFEST_UNKNOWN', 'manifest unknown')
    )
    const error = await transportFor(registry.host)
      .request(get(registry.host))
      .catch(e => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error.status).toBe(404)
    expect(error.ociCode).toBe('MANIFEST_UNKNOWN')
    expect(error.message).toBe(
      `GET manifest 'v1' of ${registry.host}/app failed: HTTP 404 MANIFEST_UNKNOWN: manifest unknown ({"name":"x"}).`
    )
    expect(registry.requests).toHaveLength(1)
  })

  test('persistent 5xx stop after maxAttempts', async () => {
    const registry = await stub((_, response) => ociError(response, 502, 'UNAVAILABLE', 'try later'))
    const error = await transportFor(registry.host, { maxAttempts: 3 })
      .request(get(registry.host))
      .catch(e => e)
    expect(error.status).toBe(502)
    expect(registry.requests).toHaveLength(3)
  })

  test('a 403 is not retried and says how to fix credentials', async () => {
    const registry = await stub((_, response) =>
      ociError(response, 403, 'DENIED', 'requested access is denied')
    )
    const error = await transportFor(registry.host)
      .request(get(registry.host))
      .catch(e => e)
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/HTTP 403 DENIED: requested access is denied.*denies anonymous access/)
    expect(error.message).toContain(`run 'docker login ${registry.host}'`)
    expect(registry.requests).toHaveLength(1)
  })

  test('retryDelayMs: Retry-After seconds or date, capped; else exponential backoff with jitter', () => {
    expect(retryDelayMs(1, 300, '2')).toBe(2000)
    expect(retryDelayMs(1, 300, '3600')).toBe(30_000)
    const inFiveSeconds = new Date(Date.now() + 5000).toUTCString()
    expect(retryDelayMs(1, 300, inFiveSeconds)).toBeGreaterThan(3000)
    for (const attempt of [1, 2, 3]) {
      const delay = retryDelayMs(attempt, 100)
      expect(delay).toBeGreaterThanOrEqual((100 * 2 ** (attempt - 1)) / 2)
      expect(delay).toBeLessThanOrEqual(100 * 2 ** (attempt - 1))
    }
  })
})

describe('authentication', () => {
  test('a Basic challenge is answered once, then Basic is sent up front; secrets go to onSecret', async () => {
    const expected = `Basic ${Buffer.from('alice:s3cret').toString('base64')}`
    const registry = await stub((request, response) => {
      if (request.headers.authorization !== expected) {
        response.writeHead(401, { 'www-authenticate': 'Basic realm="test"' })
        response.end()
        return
      }
      response.writeHead(200)
      response.end()
    })
    const secrets: string[] = []
    const transport = transportFor(registry.host, {
      credentials: { get: async () => ({ username: 'alice', password: 's3cret' }) },
      onSecret: secret => secrets.push(secret)
    })
    expect((await transport.request(get(registry.host))).status).toBe(200)
    expect((await transport.request(get(registry.host, '/v2/app/tags/list'))).status).toBe(200)
    expect(registry.requests.map(request => request.headers.authorization)).toEqual([
      undefined,
      expected,
      expected
    ])
    expect(secrets).toEqual(['s3cret', expected.slice('Basic '.length)])
  })

  test('wrong credentials fail with a hint and never show the password', async () => {
    const registry = await stub((_, response) => {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="test"' })
      response.end()
    })
    const debug: string[] = []
    const transport = transportFor(registry.host, {
      credentials: { get: async () => ({ username: 'alice', password: 'hunter2' }) },
      debug: message => debug.push(message)
    })
    const error = await transport.request(get(registry.host)).catch(e => e)
    expect(error.status).toBe(401)
    expect(error.message).toContain(`${registry.host} refused the credentials it was sent`)
    expect(error.message).toMatch(/username, password or token is incorrect or expired/)
    expect(error.message).not.toContain('hunter2')
    expect(debug.join('\n')).not.toContain('hunter2')
    expect(registry.requests).toHaveLength(2)
  })

  test('a Bearer challenge fetches a token for the scope with Basic credentials, caches it until it expires', async () => {
    let tokens = 0
    let expiresIn = 300
    const registry = await stub((request, response) => {
      const url = new URL(request.url, 'http://stub')
      if (url.pathname === '/token') {
        expect(url.searchParams.get('service')).toBe('stub-registry')
        expect(url.searchParams.getAll('scope')).toEqual(['repository:app:pull'])
        expect(request.headers.authorization).toBe(`Basic ${Buffer.from('bob:pw').toString('base64')}`)
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ token: `token-${++tokens}`, expires_in: expiresIn }))
        return
      }
      if (request.headers.authorization !== `Bearer token-${tokens}` || tokens === 0) {
        response.writeHead(401, {
          'www-authenticate': `Bearer realm="http://${registry.host}/token",service="stub-registry",scope="repository:app:pull"`
        })
        response.end()
        return
      }
      response.writeHead(200)
      response.end()
    })
    const secrets: string[] = []
    const debug: string[] = []
    const transport = transportFor(registry.host, {
      credentials: { get: async () => ({ username: 'bob', password: 'pw' }) },
      onSecret: secret => secrets.push(secret),
      debug: message => debug.push(message)
    })
    await transport.request(get(registry.host))
    await transport.request(get(registry.host))
    expect(tokens).toBe(1)
    expect(secrets).toContain('token-1')
    expect(debug.join('\n')).not.toMatch(/token-1|pw/)
    expect(registry.requests.map(request => new URL(request.url, 'http://stub').pathname)).toEqual([
      '/v2/app/manifests/v1',
      '/token',
      '/v2/app/manifests/v1',
      '/v2/app/manifests/v1'
    ])

    // A token that expires within the renewal margin is fetched again before use.
    expiresIn = 5
    const fresh = transportFor(registry.host, {
      credentials: { get: async () => ({ username: 'bob', password: 'pw' }) }
    })
    await fresh.request(get(registry.host))
    await fresh.request(get(registry.host))
    expect(tokens).toBe(3)
  })

  test('an identity token is exchanged with the OAuth2 refresh-token grant', async () => {
    const registry = await stub((request, response) => {
      if (request.url.startsWith('/oauth2/token')) {
        const form = new URLSearchParams(request.body.toString())
        const ok =
          request.method === 'POST' &&
          form.get('grant_type') === 'refresh_token' &&
          form.get('refresh_token') === 'refresh'
        response.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ access_token: 'access', expires_in: 300, scope: form.get('scope') }))
        return
      }
      if (request.headers.authorization === 'Bearer access') response.writeHead(200)
      else
        response.writeHead(401, {
          'www-authenticate': `Bearer realm="http://${registry.host}/oauth2/token",service="s"`
        })
      response.end()
    })
    const transport = transportFor(registry.host, {
      credentials: { get: async () => ({ identityToken: 'refresh' }) }
    })
    expect((await transport.request(get(registry.host))).status).toBe(200)
    const form = new URLSearchParams(registry.requests[1].body.toString())
    expect(form.get('scope')).toBe('repository:app:pull')
    expect(form.get('service')).toBe('s')
  })
})

describe('redirects and connections', () => {
  test('a blob redirect to another host is followed without the Authorization header', async () => {
    const content = Buffer.from('layer bytes in object storage')
    const descriptor = describeContent(content, MediaType.OciLayer)
    const storage = await stub((_, response) => {
      response.writeHead(200)
      response.end(content)
    })
    const basic = `Basic ${Buffer.from('u:p').toString('base64')}`
    const registry = await stub((request, response) => {
      if (request.headers.authorization !== basic) {
        response.writeHead(401, { 'www-authenticate': 'Basic realm="r"' })
        response.end()
        return
      }
      response.writeHead(307, { location: `http://${storage.host}/bucket/object?X-Amz-Signature=abc` })
      response.end()
    })
    const debug: string[] = []
    const client = new RegistryClient({
      insecureRegistries: [registry.host],
      credentials: { get: async () => ({ username: 'u', password: 'p' }) },
      debug: message => debug.push(message)
    })
    try {
      const bytes = await client
        .repository({ registry: registry.host, repository: 'app' })
        .fetchBlobBytes(descriptor, 100)
      expect(bytes.equals(content)).toBe(true)
    } finally {
      await client.close()
    }
    expect(registry.requests.at(-1)?.headers.authorization).toBe(basic)
    expect(storage.requests).toHaveLength(1)
    expect(storage.requests[0].headers.authorization).toBeUndefined()
    expect(debug.join('\n')).toContain('X-Amz-Signature=REDACTED')
  })

  test.each([
    ['by default', {}, DEFAULT_MAX_CONNECTIONS_PER_HOST],
    ['when told', { maxConnectionsPerHost: 2 }, 2]
  ])(
    'requests in flight to one host are capped %s: the rest wait for a free connection',
    async (_name, options: { maxConnectionsPerHost?: number }, cap: number) => {
      let open = 0
      let most = 0
      const registry = await stub((_, response) => {
        most = Math.max(most, ++open)
        // Held a moment, so requests sent together are in flight together.
        setTimeout(() => {
          open--
          response.writeHead(200)
          response.end('ok')
        }, 50)
      })
      const transport = transportFor(registry.host, options)
      const answers = await Promise.all(
        Array.from({ length: cap * 3 }, async () => {
          const response = await transport.request(get(registry.host))
          return (await readBody(response.body, 100))?.toString()
        })
      )
      expect(answers).toEqual(Array.from({ length: cap * 3 }, () => 'ok'))
      expect(most).toBe(cap)
    }
  )

  test.each([
    ['', {}, 2],
    [', and no spare one where one connection is the cap', { maxConnectionsPerHost: 1 }, 1]
  ])(
    'a request sent as soon as the previous answer was read reuses its connection; the first opens a spare for two at once%s',
    async (_name, options: { maxConnectionsPerHost?: number }, expected: number) => {
      let connections = 0
      const server = createServer((_, response) => {
        response.writeHead(200)
        response.end('ok')
      })
      server.on('connection', () => connections++)
      await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
      try {
        const transport = transportFor(host, options)
        for (let at = 0; at < 5; at++) {
          const response = await transport.request(get(host))
          expect((await readBody(response.body, 100))?.toString()).toBe('ok')
        }
        // Two at once: the connection already open, and the spare opened beside the first.
        await Promise.all(
          [transport.request(get(host)), transport.request(get(host))].map(async sent =>
            (await sent).body.dump()
          )
        )
        expect(connections).toBe(expected)
      } finally {
        server.closeAllConnections()
        await new Promise(resolve => server.close(resolve))
      }
    }
  )

  test('an unreachable registry fails once with a message that says what to check', async () => {
    const closed = await stub(() => undefined)
    await closed.stop()
    stubs.splice(0)
    const error = await transportFor(closed.host)
      .request(get(closed.host))
      .catch(e => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error.message).toMatch(
      /cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED.*check the port and that the registry is running\.$/
    )
    // It is listed in insecure-registries already: no advice to list it.
  })

  test('hosts not listed as insecure are spoken to over HTTPS only', () => {
    const transport = transportFor('listed:5000')
    expect(transport.baseUrl('listed:5000').protocol).toBe('http:')
    expect(transport.baseUrl('localhost:5000').protocol).toBe('https:')
    expect(transport.baseUrl('192.168.1.10:5000').protocol).toBe('https:')
    expect(transport.baseUrl('docker.io').host).toBe('registry-1.docker.io')
  })
})

describe('helpers', () => {
  test('redactUrl removes user-info and token-like query values', () => {
    expect(redactUrl('https://user:pw@host/path?token=abc&keep=1&X-Amz-Credential=c')).toBe(
      'https://host/path?token=REDACTED&keep=1&X-Amz-Credential=REDACTED'
    )
  })

  test('nextLink reads rel="next" and resolves it against the request URL', () => {
    const base = new URL('https://r.example/v2/app/tags/list')
    expect(nextLink('</v2/app/tags/list?last=b&n=2>; rel="next"', base)).toBe(
      'https://r.example/v2/app/tags/list?last=b&n=2'
    )
    expect(nextLink('<https://x/prev>; rel="prev", <https://x/next>; rel=next', base)).toBe('https://x/next')
    expect(nextLink(undefined, base)).toBeUndefined()
    expect(nextLink('<https://x/prev>; rel="prev"', base)).toBeUndefined()
  })
})

describe('what a refused or unreachable request advises', () => {
  const challenge = (_: unknown, response: ServerResponse) => {
    response.writeHead(401, { 'www-authenticate': 'Basic realm="test"' })
    response.end()
  }

  test('no credentials: log in first, with the advice of where it runs', async () => {
    const registry = await stub(challenge)
    const cli = await transportFor(registry.host)
      .request(get(registry.host))
      .catch(e => e)
    expect(cli.status).toBe(401)
    expect(cli.message).toContain(
      `${registry.host} requires authentication and no credentials for it were found`
    )
    expect(cli.message).toContain(`run 'docker login ${registry.host}', or pass --username and --password`)
    expect(cli.message).not.toContain('docker/login-action')
    const action = await transportFor(registry.host, { loginAdvice: 'docker/login-action' })
      .request(get(registry.host))
      .catch(e => e)
    expect(action.message).toContain(`add a docker/login-action step for ${registry.host}`)
    expect(action.message).not.toContain("'docker login")
  })

  test('wrong credentials are told apart from none', async () => {
    const registry = await stub(challenge)
    const error = await transportFor(registry.host, {
      credentials: { get: async () => ({ username: 'alice', password: 'wrong' }) },
      loginAdvice: 'docker/login-action'
    })
      .request(get(registry.host))
      .catch(e => e)
    expect(error.message).toContain('refused the credentials it was sent')
    expect(error.message).not.toContain('no credentials')
    expect(error.message).toContain('docker/login-action')
  })

  test('a host listed in insecure-registries without its port: the message says the port differs', async () => {
    const registry = await stub((_, response) => void response.end('{}'))
    const hostOnly = registry.host.replace(/:\d+$/, '')
    const error = await transportFor(registry.host, { insecureRegistries: [hostOnly], maxAttempts: 1 })
      .request(get(registry.host))
      .catch(e => e)
    expect(error.message).toContain(
      `insecure-registries lists ${hostOnly}, but the registry is ${registry.host}: the port must match exactly, so list ${registry.host}`
    )
  })
})
