/**
 * Connections opened ahead (oci/http.ts `preconnect`) and the warm-up (run/warm-up.ts: what a verify does
 * while its engines load): the first request to that registry goes over the connection already open; the
 * warm-up opens as many as the run will use and starts reading each image, and nothing at all where the
 * run may not read the images first (`allowed-registries`, rules, a store, a shard) or will fail on its
 * inputs. The reads themselves, against a real registry: integration/warm-up.test.ts.
 */
import { createServer, type Server } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { warmUp } from '../../src/run/warm-up.js'
import { preconnect } from '../../src/oci/connections.js'
import { DEFAULT_MAX_CONNECTIONS_PER_HOST, readBody, Transport } from '../../src/oci/transport.js'
import { selfSignedCertificate, serverCertificate } from '../helpers/registry-certs.js'
import { inputSource, recordingLog } from '../helpers/signet.js'

let server: Server
let host: string
/** Every connection the registry accepted, in order, and the connection each request came on. */
let sockets: Socket[]
let requestSockets: Socket[]
/** The paths asked for; with `hold`, requests are left unanswered. */
let paths: string[]
let hold: boolean

beforeEach(async () => {
  sockets = []
  requestSockets = []
  paths = []
  hold = false
  server = createServer((request, response) => {
    requestSockets.push(request.socket)
    paths.push(`${request.method} ${request.url}`)
    if (hold) return
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

const environment = { log: recordingLog(), maskSecret: () => undefined, env: {} }

test.each([
  [1, 'false', 2],
  [2, 'false', 3],
  [9, 'false', 10],
  [DEFAULT_MAX_CONNECTIONS_PER_HOST, 'false', DEFAULT_MAX_CONNECTIONS_PER_HOST],
  [1, 'true', DEFAULT_MAX_CONNECTIONS_PER_HOST]
])(
  "verify's %i image lines on one registry, verify-layers %s: %i connections, each image's manifest asked for",
  async (images: number, verifyLayers: string, connections: number) => {
    hold = true
    const client = warmUp(
      inputSource({
        mode: 'verify',
        'verify-layers': verifyLayers,
        image: [
          ...Array.from({ length: images }, (_, at) => `${host}/app-${at}:1`),
          `# ${host}/commented:1`
        ].join('\n'),
        'insecure-registries': host
      }),
      environment
    )
    try {
      expect(client).toBeDefined()
      await until(() => sockets.length >= connections && paths.length >= images)
      await new Promise(resolve => setTimeout(resolve, 50))
      expect(sockets).toHaveLength(connections)
      expect(paths.sort()).toEqual(
        Array.from({ length: images }, (_, at) => `GET /v2/app-${at}/manifests/1`).sort()
      )
    } finally {
      await client?.close()
    }
  }
)

test.each([
  ['allowed-registries', (host: string) => ({ 'allowed-registries': host })],
  ['rules', () => ({ rules: 'rules.yaml' })],
  ['trust-policy', () => ({ 'trust-policy': 'trustpolicy.json' })],
  ['store', () => ({ store: 'store' })],
  ['output-archive', () => ({ 'output-archive': 'image.tar' })],
  ['shard', () => ({ shard: '1/2' })],
  ['a line that is no reference', () => ({ image: 'not a reference' })],
  ['a bad insecure-registries line', () => ({ 'insecure-registries': 'http://nope' })]
])('with %s nothing is opened or asked (the run decides)', async (_: string, extra) => {
  const client = warmUp(
    inputSource({
      mode: 'verify',
      image: `${host}/app:1`,
      'insecure-registries': host,
      ...extra(host)
    }),
    environment
  )
  expect(client).toBeUndefined()
  // Time for a connection to arrive, had one been opened.
  await new Promise(resolve => setTimeout(resolve, 50))
  expect(sockets).toHaveLength(0)
  expect(paths).toEqual([])
})
