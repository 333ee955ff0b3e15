/**
 * HTTP for the transport: Node's own HTTP/1.1 clients over one keep-alive agent per scheme, at most
 * `maxConnectionsPerHost` sockets open to one host, further requests queued until one is free.
 *
 * Not undici: its public entry is 1.3 MB of bundle that took 50-190 ms to load before a run's first
 * request (measured at 30 ms RTT, issue 27), where node:http is already in the binary (under 10 ms). And
 * undici frees a keep-alive socket one event-loop turn after its answer ends, so a request sent as soon as
 * the previous answer was read opened a new connection (a TCP and TLS handshake: one to three round trips)
 * instead of reusing the idle one; Node's agent frees it before the reader sees the end.
 *
 * The agents keep a spare connection per host and take connections opened ahead (connections.ts).
 */
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { PlainAgent, TlsAgent } from './connections.js'

/**
 * Connections to one registry host at most, whatever `max-concurrency` asks: registries and their
 * proxies throttle clients that open many (regclient and oras-go keep 3-6 per host). 12, not 6: a gate of
 * ten images asks four small things of each, and at 30 ms round trip 6 connections made it 0.77 s, 12
 * made it 0.58 s (the notation ×10 peer: 2.4-2.6 s); every connection is kept alive and reused.
 */
export const DEFAULT_MAX_CONNECTIONS_PER_HOST = 12
/** A host that has not accepted the connection by then is given up on (undici's connect timeout). */
const CONNECT_TIMEOUT_MS = 10_000
/** A connection silent this long, waiting for headers or between body chunks, is given up on (undici's). */
const IDLE_TIMEOUT_MS = 300_000
/** What `dump()` reads to keep a connection reusable; a longer body closes the connection instead. */
const DUMP_LIMIT_BYTES = 128 * 1024

/** A response body: a stream of its bytes, and `dump()` to discard what is left of it. */
export type ResponseBody = Readable & {
  /** Reads the rest and drops it (the connection is reused), or closes the connection for a long rest. */
  dump(): Promise<void>
}

export interface RequestOptions {
  method: string
  headers: Record<string, string>
  /** Bytes (sent with their Content-Length), or a stream (sent as it comes; give its Content-Length). */
  body?: Buffer | string | Readable
}

export interface HttpAnswer {
  statusCode: number
  /** Each header's first value, by lower-case name. */
  headers: Record<string, string | undefined>
  body: ResponseBody
}

export interface HttpClientOptions {
  /** The certificates TLS connections trust (Node's defaults when undefined). */
  ca?: string[]
  maxConnectionsPerHost?: number
}

/** A timeout as a network failure: the transport maps and retries it like a connection timed out. */
function timedOut(message: string): Error {
  return Object.assign(new Error(message), { code: 'ETIMEDOUT' })
}

export class HttpClient {
  private readonly http: PlainAgent
  private readonly https: TlsAgent

  constructor(options: HttpClientOptions = {}) {
    const maxSockets = Math.max(1, options.maxConnectionsPerHost ?? DEFAULT_MAX_CONNECTIONS_PER_HOST)
    this.http = new PlainAgent({ keepAlive: true, maxSockets })
    this.https = new TlsAgent({ keepAlive: true, maxSockets, ca: options.ca })
  }

  request(url: URL, options: RequestOptions): Promise<HttpAnswer> {
    const secure = url.protocol === 'https:'
    const headers = { ...options.headers }
    if (Buffer.isBuffer(options.body) || typeof options.body === 'string') {
      headers['content-length'] = String(Buffer.byteLength(options.body))
    }
    return new Promise((resolve, reject) => {
      const request = (secure ? httpsRequest : httpRequest)(url, {
        method: options.method,
        headers,
        agent: secure ? this.https : this.http
      })
      request.setTimeout(IDLE_TIMEOUT_MS, () =>
        request.destroy(timedOut(`no data from ${url.host} for ${IDLE_TIMEOUT_MS / 1000} s`))
      )
      request.once('socket', socket => {
        if (!socket.connecting) return
        const timer = setTimeout(
          () =>
            request.destroy(timedOut(`connecting to ${url.host} took over ${CONNECT_TIMEOUT_MS / 1000} s`)),
          CONNECT_TIMEOUT_MS
        )
        const stop = () => clearTimeout(timer)
        socket.once('connect', stop)
        socket.once('close', stop)
      })
      request.once('error', reject)
      request.once('response', (incoming: IncomingMessage) => {
        // From now on a failure (a reset, the idle timeout) belongs to whoever reads the body.
        request.off('error', reject)
        request.on('error', error => incoming.destroy(error))
        resolve({
          statusCode: incoming.statusCode ?? 0,
          headers: firstValues(incoming),
          body: responseBody(incoming)
        })
      })
      const body = options.body
      if (body instanceof Readable) {
        // A source that fails ends the request; the error reaches the caller through the request's.
        pipeline(body, request).catch(error => request.destroy(error as Error))
      } else {
        request.end(body)
      }
    })
  }

  /** Closes every socket, idle or not; the client is unusable afterwards. */
  async close(): Promise<void> {
    for (const agent of [this.http, this.https]) {
      agent.spares.destroy()
      agent.destroy()
    }
  }
}

/**
 * The first value of each header: a registry that repeats one (two `WWW-Authenticate` challenges, two
 * `Link`s) is read by its first, never by a comma-joined string that parses as something else.
 */
function firstValues(incoming: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {}
  for (const [name, values] of Object.entries(incoming.headersDistinct)) headers[name] = values?.[0]
  return headers
}

function responseBody(incoming: IncomingMessage): ResponseBody {
  return Object.assign(incoming, { dump: () => dump(incoming) })
}

/** Node frees a keep-alive socket when its answer's end is read, so even an empty body is read to its end. */
async function dump(incoming: IncomingMessage): Promise<void> {
  if (incoming.readableEnded || incoming.destroyed) return
  // A body declared longer than is worth reading (or one never sent) is not waited for.
  if (Number(incoming.headers['content-length']) > DUMP_LIMIT_BYTES) {
    incoming.destroy()
    return
  }
  let read = 0
  try {
    for await (const chunk of incoming) {
      read += (chunk as Buffer).length
      if (read > DUMP_LIMIT_BYTES) {
        incoming.destroy()
        return
      }
    }
  } catch {
    // A body being thrown away that breaks off changes nothing for the caller.
  }
}
