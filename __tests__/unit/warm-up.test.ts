/**
 * Connections opened ahead (oci/preconnect.ts), by the entry points (run/early-connect.ts) and by the
 * warm-up (run/warm-up.ts: what a verify does while its engines load): the first request to that registry
 * goes over the connection already open; the entry points open one per registry from a first look at
 * the inputs (which reads the flags as the CLI's parser reads them); the warm-up opens as many as the run
 * will use and starts reading each image; neither opens anything where the run may not read the images
 * first (`allowed-registries`, rules, a store, a shard) or will fail on its inputs. The reads themselves,
 * against a real registry: integration/warm-up.test.ts.
 */
import { createServer, type Server } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { parseArgv } from '../../src/cli/argv.js'
import { commandsWithFlag, findCommand } from '../../src/cli/commands.js'
import { Inputs } from '../../src/inputs/contract.js'
import {
  actionInputsAtFirstLook,
  connectEarly,
  READ_AHEAD_BLOCKERS,
  verifyFlagsAtFirstLook
} from '../../src/run/early-connect.js'
import { warmUp } from '../../src/run/warm-up.js'
import { preconnect, takePreconnected } from '../../src/oci/preconnect.js'
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
  const inputs = inputSource({
    mode: 'verify',
    image: `${host}/app:1`,
    'insecure-registries': host,
    ...extra(host)
  })
  connectEarly(inputs)
  const client = warmUp(inputs, environment)
  expect(client).toBeUndefined()
  // Time for a connection to arrive, had one been opened.
  await new Promise(resolve => setTimeout(resolve, 50))
  expect(sockets).toHaveLength(0)
  expect(paths).toEqual([])
})

describe('connections opened by the entry points', () => {
  test('one per registry, taken by the first request there', async () => {
    const other = createServer((_request, response) => response.end('other'))
    const accepted: Socket[] = []
    other.on('connection', socket => accepted.push(socket))
    await new Promise<void>(resolve => other.listen(0, '127.0.0.1', resolve))
    const otherHost = `127.0.0.1:${(other.address() as AddressInfo).port}`
    const transport = new Transport({ insecureRegistries: [host, otherHost] })
    try {
      connectEarly(
        inputSource({
          image: [`${host}/a:1`, `${host}/b@sha256:${'0'.repeat(64)}`, `${otherHost}/c:1`].join('\n'),
          'insecure-registries': [host, otherHost].join('\n')
        })
      )
      await until(() => sockets.length === 1 && accepted.length === 1)
      await new Promise(resolve => setTimeout(resolve, 50))
      expect([sockets.length, accepted.length]).toEqual([1, 1])
      const response = await transport.request({
        method: 'GET',
        registry: host,
        target: '/v2/',
        scopes: [],
        expect: [200],
        what: `GET /v2/ of ${host}`
      })
      await readBody(response.body, 10)
      expect(requestSockets).toEqual([sockets[0]])
    } finally {
      await transport.close()
      other.closeAllConnections()
      await new Promise(resolve => other.close(resolve))
    }
  })

  test('a registry that refuses the connection is left to the run: nothing thrown, nothing kept', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const closedHost = `127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise(resolve => closed.close(resolve))
    connectEarly(inputSource({ image: `${closedHost}/app:1`, 'insecure-registries': closedHost }))
    // The refusal arrives as an 'error' event: unhandled, it would end this process.
    await new Promise(resolve => setTimeout(resolve, 50))
    const [hostname, port] = closedHost.split(':')
    expect(takePreconnected({ host: hostname, port })).toBeUndefined()
  })

  test('the blockers are the inputs that keep the warm-up from reading ahead', () => {
    expect([...READ_AHEAD_BLOCKERS].sort()).toEqual(
      ['allowed-registries', 'output-archive', 'rules', 'shard', 'store', 'trust-policy'].sort()
    )
  })

  // What the first look takes from `signet verify`'s argv is what the CLI's parser takes, for the inputs
  // it reads: the images, the insecure registries and the blockers.
  const LOOKED_AT = [Inputs.Image, Inputs.InsecureRegistries, ...READ_AHEAD_BLOCKERS]
  test.each([
    [['verify', 'r.example/app:1']],
    [['verify', '--image', 'r.example/a:1', '--image=r.example/b:2', '--json']],
    [['verify', 'r.example/app:1', '--insecure-registries', 'r.example', '--verify-layers', 'false']],
    [['verify', '--verify-layers', '--image', 'r.example/app:1', '--rules', 'rules.yaml']],
    [['verify', '--trust-roots', '-----BEGIN CERTIFICATE-----', '--image', 'r.example/app:1']],
    [['verify', '--image', 'r.example/app:1', '--shard=1/2', '--store', 'dir']],
    [['verify', '--image', 'r.example/app:1', '--', '--rules']]
  ])('%j is read as the parser reads it', argv => {
    const found = findCommand(argv)
    if (found === undefined) throw new Error('no verify command')
    const parsed = parseArgv(found.rest, found.command, commandsWithFlag)
    const look = verifyFlagsAtFirstLook(argv)
    expect(look).toBeDefined()
    for (const name of LOOKED_AT)
      expect([name, look?.get(name)]).toEqual([name, (parsed.values.get(name) ?? []).join('\n')])
  })

  test.each([
    [['sign', '--image', 'r.example/app:1']],
    [['verify', '--help']],
    [['verify', '-h', 'x']],
    [[]]
  ])('%j: no first look', argv => expect(verifyFlagsAtFirstLook(argv)).toBeUndefined())

  test("the action's inputs are the runner's INPUT_ variables", () => {
    const inputs = actionInputsAtFirstLook({
      INPUT_IMAGE: 'r.example/app:1',
      'INPUT_INSECURE-REGISTRIES': 'r.example'
    })
    expect([
      inputs.get(Inputs.Image),
      inputs.get(Inputs.InsecureRegistries),
      inputs.get(Inputs.Rules)
    ]).toEqual(['r.example/app:1', 'r.example', ''])
  })
})
