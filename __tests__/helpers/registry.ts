import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import * as http from 'node:http'
import * as https from 'node:https'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import bcrypt from 'bcryptjs'
import { selfSignedCertificate, serverCertificate } from './registry-certs.js'
import { startTokenServer, type TokenServer } from './token-server.js'

/** A real distribution (docker-registry 2.8.2) on 127.0.0.1, started for one test file. */
export interface TestRegistry {
  /** '127.0.0.1:PORT': the proxy's when `countRequests` is on, else the registry's. */
  host: string
  /** The registry's filesystem root; blobs live at `docker/registry/v2/blobs/sha256/<2hex>/<hex>/data`. */
  storageDir: string
  username?: string
  password?: string
  /** PEM of the test CA when `tls` is on. */
  caPem?: string
  /** "METHOD /path?query" of every request through the counting proxy (empty without `countRequests`). */
  requests: string[]
  /** The token server when `auth: 'token'`, to count token requests. */
  tokenServer?: TokenServer
  stop(): Promise<void>
}

export interface TestRegistryOptions {
  auth?: 'basic' | 'token'
  tls?: boolean
  countRequests?: boolean
}

const REGISTRY_BINARY = '/usr/bin/docker-registry'
const TEST_USERNAME = 'signet'
const STARTUP_TIMEOUT_MS = 10_000
/**
 * A free port is only free until someone binds it: between the probe below and docker-registry's own
 * bind, another process (a registry of a parallel test file, any server on the machine) may take it.
 * Each registry answers with its own value of this header, so a test never talks to another's server,
 * and a start that lost its port tries another one.
 */
const IDENTITY_HEADER = 'x-signet-test-registry'
const PORT_ATTEMPTS = 5
/** Where the config's listen address goes, once a port is picked. */
const ADDRESS = '  addr: <port>'

async function freePort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

function yamlString(value: string): string {
  return JSON.stringify(value)
}

/** Any answer from /v2/ (200 or 401) carrying our identity means our registry is serving. */
async function waitUntilServing(
  port: number,
  identity: string,
  ca: string | undefined,
  child: ChildProcess,
  logs: () => string
) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${logs()}`)
    const answered = await new Promise<boolean>(resolve => {
      const options = { host: '127.0.0.1', port, path: '/v2/', ca, timeout: 1000 }
      const request = (ca ? https : http).get(options, response => {
        response.resume()
        resolve(response.headers[IDENTITY_HEADER] === identity)
      })
      request.on('error', () => resolve(false))
      request.on('timeout', () => request.destroy())
    })
    if (answered) return
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  throw new Error(
    `docker-registry did not answer on 127.0.0.1:${port} within ${STARTUP_TIMEOUT_MS} ms: ${logs()}`
  )
}

/**
 * A pass-through proxy that records the request line of every request. The Host header is kept, so
 * the registry builds upload `Location`s that point back at the proxy and every request is counted.
 */
async function startCountingProxy(
  target: number,
  tls: { cert: string; key: string; ca: string } | undefined,
  requests: string[]
): Promise<{ port: number; stop: () => Promise<void> }> {
  const forward = (incoming: http.IncomingMessage, outgoing: http.ServerResponse) => {
    requests.push(`${incoming.method} ${incoming.url}`)
    const options = {
      host: '127.0.0.1',
      port: target,
      method: incoming.method,
      path: incoming.url,
      headers: incoming.headers,
      ca: tls?.ca
    }
    const upstream = (tls ? https : http).request(options, response => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers)
      response.pipe(outgoing)
    })
    upstream.on('error', error => outgoing.destroy(error))
    incoming.pipe(upstream)
  }
  const server = tls
    ? https.createServer({ cert: tls.cert, key: tls.key }, forward)
    : http.createServer(forward)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export async function startRegistry(options: TestRegistryOptions = {}): Promise<TestRegistry> {
  const workDir = await mkdtemp(join(tmpdir(), 'signet-registry-'))
  const storageDir = join(workDir, 'storage')
  const identity = randomBytes(8).toString('hex')
  const stops: (() => Promise<void>)[] = []
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${yamlString(storageDir)}`,
    '  delete:',
    '    enabled: true',
    'http:',
    ADDRESS,
    '  headers:',
    `    ${IDENTITY_HEADER}: [${yamlString(identity)}]`
  ]
  const registry: TestRegistry = {
    host: '',
    storageDir,
    requests: [],
    stop: async () => {
      for (const stop of stops.reverse()) await stop()
      await rm(workDir, { recursive: true, force: true })
    }
  }

  try {
    let tlsFiles: { cert: string; key: string; ca: string } | undefined
    if (options.tls) {
      const ca = selfSignedCertificate('signet test registry CA', true)
      const server = serverCertificate(ca)
      await writeFile(join(workDir, 'server.crt'), server.certPem)
      await writeFile(join(workDir, 'server.key'), server.keyPem)
      config.push('  tls:', `    certificate: ${yamlString(join(workDir, 'server.crt'))}`)
      config.push(`    key: ${yamlString(join(workDir, 'server.key'))}`)
      registry.caPem = ca.certPem
      tlsFiles = { cert: server.certPem, key: server.keyPem, ca: ca.certPem }
    }

    if (options.auth) {
      registry.username = TEST_USERNAME
      registry.password = `pw-${Math.random().toString(36).slice(2)}`
    }
    if (options.auth === 'basic') {
      await writeFile(
        join(workDir, 'htpasswd'),
        `${TEST_USERNAME}:${bcrypt.hashSync(registry.password as string, 5)}\n`
      )
      config.push('auth:', '  htpasswd:', '    realm: signet-test')
      config.push(`    path: ${yamlString(join(workDir, 'htpasswd'))}`)
    } else if (options.auth === 'token') {
      const tokenServer = await startTokenServer({
        username: TEST_USERNAME,
        password: registry.password as string
      })
      stops.push(() => tokenServer.stop())
      registry.tokenServer = tokenServer
      await writeFile(join(workDir, 'token-root.crt'), tokenServer.rootCertPem)
      config.push('auth:', '  token:', `    realm: ${yamlString(tokenServer.realm)}`)
      config.push(`    service: ${yamlString(tokenServer.service)}`)
      config.push(`    issuer: ${yamlString(tokenServer.issuer)}`)
      config.push(`    rootcertbundle: ${yamlString(join(workDir, 'token-root.crt'))}`)
    }

    const configPath = join(workDir, 'config.yml')
    let port = 0
    for (let attempt = 1; port === 0; attempt++) {
      const candidate = await freePort()
      const lines = config.map(line => (line === ADDRESS ? `  addr: 127.0.0.1:${candidate}` : line))
      await writeFile(configPath, lines.join('\n') + '\n')
      const child = spawn(REGISTRY_BINARY, ['serve', configPath], { stdio: ['ignore', 'ignore', 'pipe'] })
      let stderr = ''
      child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
      const closed = new Promise(resolve => child.once('close', resolve))
      stops.push(async () => {
        if (child.exitCode !== null || child.signalCode !== null) return
        const exited = new Promise(resolve => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      })
      try {
        await waitUntilServing(candidate, identity, registry.caPem, child, () => stderr)
        port = candidate
      } catch (error) {
        // Its last words (stderr) are all read once the process has closed.
        if (child.exitCode !== null) await closed
        if (attempt === PORT_ATTEMPTS || !stderr.includes('address already in use')) throw error
      }
    }
    registry.host = `127.0.0.1:${port}`

    if (options.countRequests) {
      const proxy = await startCountingProxy(port, tlsFiles, registry.requests)
      stops.push(proxy.stop)
      registry.host = `127.0.0.1:${proxy.port}`
    }
    return registry
  } catch (error) {
    await registry.stop()
    throw error
  }
}
