/**
 * Connections opened ahead (oci/http.ts `preconnect`, what `signet verify` does while its engines load):
 * the first request to that registry goes over the connection already open, and nothing is opened where
 * `allowed-registries` has yet to be checked.
 */
import { createServer, type Server } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { preconnectRegistries } from '../../src/cli/preconnect.js'
import { preconnect } from '../../src/oci/connections.js'
import { DEFAULT_MAX_CONNECTIONS_PER_HOST, readBody, Transport } from '../../src/oci/transport.js'
import { selfSignedCertificate, serverCertificate } from '../helpers/registry-certs.js'
import { inputSource } from '../helpers/signet.js'

let server: Server
let host: string
/** Every connection the registry accepted, in order, and the connection each request came on. */
let sockets: Socket[]
let requestSockets: Socket[]

beforeEach(async () => {
  sockets = []
  requestSockets = []
  server = createServer((request, response) => {
    requestSockets.push(request.socket)
    response.writeHead(200)
    response.end('ok')
  })
  server.on('connection', socket => sockets.push(socket))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterEach(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise(resolve => setTimeout(resolve, 5))
}

test('the first request goes over the connection opened ahead', async () => {
  preconnect(new URL(`http://${host}/`))
  await until(() => sockets.length === 1)
  const transport = new Transport({ insecureRegistries: [host] })
  try {
    const response = await transport.request({
      method: 'GET',
      registry: host,
      target: '/v2/',
      scopes: [],
      expect: [200],
      what: `GET /v2/ of ${host}`
    })
    expect((await readBody(response.body, 10))?.toString()).toBe('ok')
    expect(requestSockets).toEqual([sockets[0]])
  } finally {
    await transport.close()
  }
})

test('HTTPS: the TLS handshake runs over the connection opened ahead', async () => {
  const ca = selfSignedCertificate('preconnect test CA', true)
  const certificate = serverCertificate(ca)
  const tls = createTlsServer({ cert: certificate.certPem, key: certificate.keyPem }, (request, response) => {
    requestSockets.push(request.socket)
    response.writeHead(200)
    response.end('ok')
  })
  const accepted: Socket[] = []
  tls.on('connection', (socket: Socket) => accepted.push(socket))
  await new Promise<void>(resolve => tls.listen(0, '127.0.0.1', resolve))
  const tlsHost = `127.0.0.1:${(tls.address() as AddressInfo).port}`
  const transport = new Transport({ caCertificates: ca.certPem })
  try {
    preconnect(new URL(`https://${tlsHost}/`))
    await until(() => accepted.length === 1)
    const response = await transport.request({
      method: 'GET',
      registry: tlsHost,
      target: '/v2/',
      scopes: [],
      expect: [200],
      what: `GET /v2/ of ${tlsHost}`
    })
    expect((await readBody(response.body, 10))?.toString()).toBe('ok')
    expect(requestSockets.map(socket => socket.remotePort)).toEqual([accepted[0].remotePort])
  } finally {
    await transport.close()
    tls.closeAllConnections()
    await new Promise(resolve => tls.close(resolve))
  }
})

test.each([
  [1, 'false', 2],
  [2, 'false', 3],
  [9, 'false', 10],
  [DEFAULT_MAX_CONNECTIONS_PER_HOST, 'false', DEFAULT_MAX_CONNECTIONS_PER_HOST],
  [1, 'true', DEFAULT_MAX_CONNECTIONS_PER_HOST]
])(
  "verify's %i image lines on one registry, verify-layers %s: %i connections; none while allowed-registries is unchecked, bad lines skipped",
  async (images: number, verifyLayers: string, connections: number) => {
    const values = {
      mode: 'verify',
      'verify-layers': verifyLayers,
      image: [
        ...Array.from({ length: images }, (_, at) => `${host}/app-${at}:1`),
        'not a reference',
        `# ${host}/commented:1`
      ].join('\n'),
      'insecure-registries': host
    }
    preconnectRegistries(inputSource({ ...values, 'allowed-registries': host }))
    // Time for a connection to arrive, had one been opened.
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(sockets).toHaveLength(0)
    preconnectRegistries(inputSource(values))
    await until(() => sockets.length >= connections)
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(sockets).toHaveLength(connections)
  }
)
