/**
 * A fault-injecting HTTP proxy on 127.0.0.1 in front of a real registry, for hostile-network and
 * lying-registry tests. Each request is matched against the rules in order; the first rule that matches
 * and wins its seeded coin toss (`share`) decides the fault, otherwise the request is forwarded as is.
 * The Host header is kept, so the registry builds upload `Location`s that point back at the proxy.
 */
import * as http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export type FaultAction =
  /** An error status with an OCI error body, optionally with `Retry-After` (seconds). */
  | { kind: 'status'; status: 429 | 500 | 502 | 503 | 401 | 403 | 404; retryAfter?: string }
  /** The connection is dropped before any answer. */
  | { kind: 'reset' }
  /** The registry's answer is started, then the connection is dropped halfway through the body. */
  | { kind: 'reset-mid-body' }
  /** The answer is held back this long, then forwarded. */
  | { kind: 'stall'; ms: number }
  /**
   * Requests for the same URL are held back in groups of `count` (a group waits at most `ms` to fill),
   * then forwarded in arrival order: clients asking for it at about the same time all read the same state.
   */
  | { kind: 'gather'; count: number; ms: number }
  /** A well-formed but short answer: the first half of the body, with a matching Content-Length. */
  | { kind: 'truncate' }
  /** The body is sent whole but Content-Length claims `delta` bytes more, then the connection closes. */
  | { kind: 'lie-content-length'; delta: number }
  /** Same length, one byte changed in the middle: other bytes than the digest asked for. */
  | { kind: 'swap-bytes' }
  /** 200 with a manifest-typed body of `bytes` (default 5 MiB); `chunked` hides the length up front. */
  | { kind: 'huge-manifest'; bytes?: number; chunked?: boolean }
  /** 200 with a body that never ends (chunked), until the client goes away. */
  | { kind: 'endless' }
  /** 307 to another loopback host that serves the same bytes and records what it was sent. */
  | { kind: 'redirect' }
  /**
   * The registry's state is changed first (`change`, e.g. a file of its storage removed, as a race
   * between two clients leaves it), then the request is forwarded as is.
   */
  | { kind: 'change-registry'; change: () => Promise<void> | void }

export interface ProxiedRequest {
  method: string
  /** Path with query, as received. */
  url: string
  authorization?: string
  range?: string
}

export interface FaultRule {
  match: (request: ProxiedRequest) => boolean
  /** Share of matching requests that get the fault (0..1), drawn from the proxy's seeded PRNG; default 1. */
  share?: number
  /** Stop after this many injected faults; default unlimited. */
  times?: number
  action: FaultAction
}

export interface RecordedRequest extends ProxiedRequest {
  /** The fault injected, if any: its kind, with the status for `status` faults ('status 503'). */
  fault?: string
}

export interface FaultProxy {
  /** '127.0.0.1:PORT' of the proxy: use it as the registry host. */
  host: string
  /** Replaceable between tests. */
  rules: FaultRule[]
  /**
   * The registry gets one request at a time, as if each operation were atomic. docker-registry 2.8's
   * filesystem storage rewrites a link file in place (truncate, then write), so a request reading it
   * while another writes the same file (two clients pushing the same manifest) can find it empty and
   * answer "blob unknown". Off by default; replaceable between tests.
   */
  oneAtATime: boolean
  /** Every request that reached the proxy, in order. */
  requests: RecordedRequest[]
  /** Bytes sent by `endless` answers so far. */
  endlessBytesSent: number
  /** The other host redirects point at, and every request it received. */
  redirectHost: string
  redirected: ProxiedRequest[]
  /** Restarts the PRNG, for reproducible fault sequences per run. */
  reseed(seed: number): void
  stop(): Promise<void>
}

function faultLabel(action: FaultAction): string {
  return action.kind === 'status' ? `status ${action.status}` : action.kind
}

/** mulberry32: small, fast, and good enough to spread faults reproducibly. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DEFAULT_HUGE_MANIFEST_BYTES = 5 * 1024 * 1024
const ENDLESS_CHUNK = Buffer.alloc(64 * 1024, 0x61)

interface Upstream {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

function close(server: http.Server): Promise<void> {
  return new Promise(resolve => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    stream.on('error', reject)
  })
}

export async function startFaultProxy(options: { target: string; seed?: number }): Promise<FaultProxy> {
  const [targetHost, targetPort] = options.target.split(':')
  let random = prng(options.seed ?? 1)
  const injected = new Map<FaultRule, number>()
  /** Bytes parked for the redirect host, by path. */
  const parked = new Map<string, Upstream>()
  const sockets = new Set<Socket>()
  /** `gather`: the group filling for each URL. */
  const gathering = new Map<string, { waiting: (() => void)[]; release: () => void }>()

  function newGroup(url: string, ms: number): { waiting: (() => void)[]; release: () => void } {
    const group = {
      waiting: [] as (() => void)[],
      release: () => {
        clearTimeout(timer)
        if (gathering.get(url) === group) gathering.delete(url)
        for (const forwardNow of group.waiting.splice(0)) forwardNow()
      }
    }
    const timer = setTimeout(group.release, ms)
    gathering.set(url, group)
    return group
  }
  /** With `oneAtATime`: settles when the registry has answered the previous request. */
  let registryFree: Promise<unknown> = Promise.resolve()

  /** Runs `exchange` (one request to the registry, settling once it is answered) in turn when `oneAtATime`. */
  function toRegistry<T>(exchange: () => Promise<T>): Promise<T> {
    if (!proxy.oneAtATime) return exchange()
    const answered = registryFree.then(exchange)
    registryFree = answered.catch(() => undefined)
    return answered
  }

  /** Sends the request to the registry and collects the whole answer (test images are small). */
  function fetchUpstream(incoming: http.IncomingMessage, body: Buffer): Promise<Upstream> {
    return toRegistry(
      () =>
        new Promise((resolve, reject) => {
          const upstream = http.request(
            {
              host: targetHost,
              port: Number(targetPort),
              method: incoming.method,
              path: incoming.url,
              headers: incoming.headers
            },
            response => {
              readAll(response).then(
                bytes =>
                  resolve({ status: response.statusCode ?? 502, headers: response.headers, body: bytes }),
                reject
              )
            }
          )
          upstream.on('error', reject)
          upstream.end(body)
        })
    )
  }

  /** Streams the request through untouched. */
  function forward(incoming: http.IncomingMessage, outgoing: http.ServerResponse, body: Buffer): void {
    void toRegistry(() => {
      const done = new Promise(resolve => outgoing.once('close', resolve))
      stream(incoming, outgoing, body)
      return done
    })
  }

  function stream(incoming: http.IncomingMessage, outgoing: http.ServerResponse, body: Buffer): void {
    const upstream = http.request(
      {
        host: targetHost,
        port: Number(targetPort),
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers
      },
      response => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers)
        response.pipe(outgoing)
      }
    )
    upstream.on('error', error => outgoing.destroy(error))
    upstream.end(body)
  }

  function choose(request: ProxiedRequest): FaultRule | undefined {
    for (const rule of proxy.rules) {
      if (!rule.match(request)) continue
      if ((injected.get(rule) ?? 0) >= (rule.times ?? Infinity)) continue
      // Every matching rule draws, so the sequence does not depend on earlier rules' outcomes.
      if (random() >= (rule.share ?? 1)) continue
      injected.set(rule, (injected.get(rule) ?? 0) + 1)
      return rule
    }
    return undefined
  }

  async function inject(
    action: FaultAction,
    incoming: http.IncomingMessage,
    outgoing: http.ServerResponse,
    body: Buffer
  ): Promise<void> {
    switch (action.kind) {
      case 'status': {
        const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json' }
        if (action.retryAfter !== undefined) headers['retry-after'] = action.retryAfter
        const code =
          { 401: 'UNAUTHORIZED', 403: 'DENIED', 404: 'NAME_UNKNOWN' }[action.status as number] ??
          'UNAVAILABLE'
        outgoing.writeHead(action.status, headers)
        outgoing.end(JSON.stringify({ errors: [{ code, message: `injected HTTP ${action.status}` }] }))
        return
      }
      case 'reset':
        incoming.socket.destroy()
        return
      case 'stall':
        await new Promise(resolve => setTimeout(resolve, action.ms))
        forward(incoming, outgoing, body)
        return
      case 'gather': {
        const url = incoming.url ?? ''
        const group = gathering.get(url) ?? newGroup(url, action.ms)
        await new Promise<void>(resolve => {
          group.waiting.push(resolve)
          if (group.waiting.length >= action.count) group.release()
        })
        forward(incoming, outgoing, body)
        return
      }
      case 'huge-manifest': {
        const size = action.bytes ?? DEFAULT_HUGE_MANIFEST_BYTES
        const headers: http.OutgoingHttpHeaders = {
          'content-type': 'application/vnd.oci.image.manifest.v1+json'
        }
        if (!action.chunked) headers['content-length'] = size
        outgoing.writeHead(200, headers)
        const filler = Buffer.alloc(size - 2, 0x20)
        outgoing.end(Buffer.concat([Buffer.from('{'), filler, Buffer.from('}')]))
        return
      }
      case 'endless': {
        outgoing.writeHead(200, { 'content-type': 'application/octet-stream' })
        const pump = (): void => {
          while (!outgoing.destroyed) {
            proxy.endlessBytesSent += ENDLESS_CHUNK.length
            if (!outgoing.write(ENDLESS_CHUNK)) {
              outgoing.once('drain', pump)
              return
            }
          }
        }
        outgoing.on('close', () => outgoing.removeAllListeners('drain'))
        pump()
        return
      }
      case 'change-registry':
        await action.change()
        forward(incoming, outgoing, body)
        return
      case 'redirect': {
        const upstream = await fetchUpstream(incoming, body)
        const path = `/parked/${parked.size}${incoming.url ?? ''}`
        parked.set(path, upstream)
        outgoing.writeHead(307, { location: `http://${proxy.redirectHost}${path}`, 'content-length': 0 })
        outgoing.end()
        return
      }
    }
    // The remaining faults change the registry's real answer.
    const upstream = await fetchUpstream(incoming, body)
    const headers = { ...upstream.headers }
    delete headers['transfer-encoding']
    switch (action.kind) {
      case 'reset-mid-body':
        headers['content-length'] = String(upstream.body.length)
        outgoing.writeHead(upstream.status, headers)
        outgoing.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)), () =>
          incoming.socket.destroy()
        )
        return
      case 'truncate': {
        const short = upstream.body.subarray(0, Math.floor(upstream.body.length / 2))
        headers['content-length'] = String(short.length)
        outgoing.writeHead(upstream.status, headers)
        outgoing.end(short)
        return
      }
      case 'lie-content-length':
        headers['content-length'] = String(upstream.body.length + action.delta)
        outgoing.writeHead(upstream.status, headers)
        if (action.delta >= 0) outgoing.write(upstream.body, () => incoming.socket.destroy())
        else outgoing.end(upstream.body.subarray(0, upstream.body.length + action.delta))
        return
      case 'swap-bytes': {
        const swapped = Buffer.from(upstream.body)
        if (swapped.length > 0) swapped[Math.floor(swapped.length / 2)] ^= 0xff
        headers['content-length'] = String(swapped.length)
        outgoing.writeHead(upstream.status, headers)
        outgoing.end(swapped)
        return
      }
    }
  }

  const server = http.createServer((incoming, outgoing) => {
    void (async () => {
      // The whole request body first: faults then apply to answers, never to half-read uploads.
      const body = await readAll(incoming)
      const request: ProxiedRequest = {
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        authorization: incoming.headers.authorization,
        range: incoming.headers.range
      }
      const rule = choose(request)
      proxy.requests.push({ ...request, fault: rule && faultLabel(rule.action) })
      if (rule) await inject(rule.action, incoming, outgoing, body)
      else forward(incoming, outgoing, body)
    })().catch(() => outgoing.destroy())
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  /** The other host of `redirect`: serves parked answers, records whether credentials followed. */
  const redirectServer = http.createServer((incoming, outgoing) => {
    proxy.redirected.push({
      method: incoming.method ?? 'GET',
      url: incoming.url ?? '/',
      authorization: incoming.headers.authorization
    })
    const answer = parked.get(incoming.url ?? '')
    if (!answer) {
      outgoing.writeHead(404).end()
      return
    }
    const headers = { ...answer.headers }
    delete headers['transfer-encoding']
    headers['content-length'] = String(answer.body.length)
    outgoing.writeHead(answer.status, headers)
    outgoing.end(incoming.method === 'HEAD' ? undefined : answer.body)
  })

  const port = await listen(server)
  const redirectPort = await listen(redirectServer)
  const proxy: FaultProxy = {
    host: `127.0.0.1:${port}`,
    rules: [],
    oneAtATime: false,
    requests: [],
    endlessBytesSent: 0,
    redirectHost: `127.0.0.1:${redirectPort}`,
    redirected: [],
    reseed(seed) {
      random = prng(seed)
      injected.clear()
    },
    async stop() {
      for (const socket of sockets) socket.destroy()
      await Promise.all([close(server), close(redirectServer)])
    }
  }
  return proxy
}

/** Matchers for the request types of the distribution API. */
export const requestTypes = {
  manifestGet: (r: ProxiedRequest) => r.method === 'GET' && /\/manifests\//.test(r.url),
  manifestHead: (r: ProxiedRequest) => r.method === 'HEAD' && /\/manifests\//.test(r.url),
  manifestPut: (r: ProxiedRequest) => r.method === 'PUT' && /\/manifests\//.test(r.url),
  blobGet: (r: ProxiedRequest) => r.method === 'GET' && /\/blobs\/sha256:/.test(r.url),
  blobHead: (r: ProxiedRequest) => r.method === 'HEAD' && /\/blobs\/sha256:/.test(r.url),
  uploadStart: (r: ProxiedRequest) => r.method === 'POST' && /\/blobs\/uploads\/?(\?|$)/.test(r.url),
  uploadPatch: (r: ProxiedRequest) => r.method === 'PATCH' && /\/blobs\/uploads\//.test(r.url),
  uploadFinish: (r: ProxiedRequest) => r.method === 'PUT' && /\/blobs\/uploads\//.test(r.url),
  any: () => true
}
