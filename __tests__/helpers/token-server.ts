import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createPrivateKey, randomBytes, sign } from 'node:crypto'
import { selfSignedCertificate, type TestCertificate } from './registry-certs.js'

/**
 * A minimal Docker token server (the "Bearer" half of distribution's `auth.token`): checks Basic
 * credentials and grants every scope asked for as an ES256 JWT whose `x5c` header carries a
 * self-signed certificate that the registry trusts through `rootcertbundle`.
 */
export interface TokenServer {
  realm: string
  service: string
  issuer: string
  /** PEM of the signing certificate, for the registry's `rootcertbundle`. */
  rootCertPem: string
  /** Every token request: the scopes asked for and whether credentials came with it. */
  requests: { scopes: string[]; authenticated: boolean }[]
  stop(): Promise<void>
}

export interface TokenServerOptions {
  username: string
  password: string
  service?: string
  issuer?: string
  /** `expires_in` of every token, seconds (default 300). */
  expiresIn?: number
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

interface Access {
  type: string
  name: string
  actions: string[]
}

/** `repository:name:pull,push` → an access claim; names may hold ':' (a port), so split from the ends. */
function parseScope(scope: string): Access | undefined {
  const first = scope.indexOf(':')
  const last = scope.lastIndexOf(':')
  if (first < 0 || last === first) return undefined
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope.slice(last + 1).split(',')
  }
}

function signJwt(claims: object, cert: TestCertificate): string {
  const header = { typ: 'JWT', alg: 'ES256', x5c: [cert.certDerBase64] }
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
  // JWS wants the raw r||s form of an ECDSA signature, not DER.
  const key = createPrivateKey(cert.keyPem)
  const signature = sign('sha256', Buffer.from(signingInput), { key, dsaEncoding: 'ieee-p1363' })
  return `${signingInput}.${base64url(signature)}`
}

function credentialsOf(request: IncomingMessage): { username: string; password: string } | undefined {
  const header = request.headers.authorization
  if (!header?.startsWith('Basic ')) return undefined
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const cert = selfSignedCertificate('signet test token issuer', false)
  const service = options.service ?? 'signet-test-registry'
  const issuer = options.issuer ?? 'signet-test-issuer'
  const expiresIn = options.expiresIn ?? 300
  const requests: TokenServer['requests'] = []

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const scopes = url.searchParams
      .getAll('scope')
      .flatMap(scope => scope.split(' '))
      .filter(Boolean)
    const credentials = credentialsOf(request)
    requests.push({ scopes, authenticated: credentials !== undefined })
    if (
      credentials &&
      (credentials.username !== options.username || credentials.password !== options.password)
    ) {
      response.writeHead(401, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ details: 'invalid username or password' }))
      return
    }
    const now = Math.floor(Date.now() / 1000)
    const access = credentials ? scopes.map(parseScope).filter(scope => scope !== undefined) : []
    const token = signJwt(
      {
        iss: issuer,
        sub: credentials?.username ?? '',
        aud: service,
        exp: now + expiresIn,
        nbf: now - 10,
        iat: now,
        jti: randomBytes(8).toString('hex'),
        access
      },
      cert
    )
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(
      JSON.stringify({
        token,
        access_token: token,
        expires_in: expiresIn,
        issued_at: new Date(now * 1000).toISOString()
      })
    )
  }

  const server: Server = createServer(handle)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    rootCertPem: cert.certPem,
    requests,
    stop: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}
