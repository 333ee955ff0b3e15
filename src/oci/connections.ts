/**
 * The connections of the HTTP client (http.ts) beyond Node's agents: one spare per host, opened beside
 * the first connection to it for the next request that finds none idle, and the connections opened
 * ahead of any client (preconnect.ts). A run asks for two things at once early on (the referrers API and
 * the referrers tag; a manifest and the listing of its signatures): without a spare, the second waits a
 * TCP (and TLS) handshake more. Kept connections never keep the process alive and are closed when idle.
 */
import { Agent as HttpAgent, type ClientRequestArgs } from 'node:http'
import { Agent as HttpsAgent, type RequestOptions as HttpsOptions } from 'node:https'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { keep, takePreconnected, type Kept } from './preconnect.js'

/**
 * One spare connection per host: opened beside the first connection to it, handed to the next one the
 * agent needs. Until then it is unreferenced (the process may exit) and closed when idle or failed.
 */
class SpareConnections {
  private readonly spares = new Map<string, Kept>()
  private readonly opened = new Set<string>()

  /** Off where one connection per host is all there may be: a spare would be one more. */
  constructor(private readonly enabled: boolean) {}

  /**
   * The connection for `host` (an agent's name for it): the spare when there is a live one, else
   * `open(callback)`; the first time, a spare is opened too, with `open()` (which takes one opened
   * ahead, when there is one).
   */
  connect(
    host: string,
    open: (callback?: (error: Error | null, stream: Duplex) => void) => Duplex | null | undefined,
    callback?: (error: Error | null, stream: Duplex) => void
  ): Duplex | null | undefined {
    const spare = this.spares.get(host)
    this.spares.delete(host)
    if (spare !== undefined && !spare.socket.destroyed) return spare.take()
    const socket = open(callback)
    if (this.enabled && !this.opened.has(host)) {
      this.opened.add(host)
      const extra = open() as Socket | null | undefined
      if (extra) this.spares.set(host, keep(extra))
    }
    return socket
  }

  destroy(): void {
    for (const { socket } of this.spares.values()) socket.destroy()
    this.spares.clear()
  }
}

/** Node's HTTP agent, with a spare connection per host and the connections opened ahead. */
export class PlainAgent extends HttpAgent {
  readonly spares = new SpareConnections(this.maxSockets > 1)

  override createConnection(
    options: ClientRequestArgs,
    callback?: (error: Error | null, stream: Duplex) => void
  ): Duplex | null | undefined {
    return this.spares.connect(
      this.getName(options),
      done => takePreconnected(options) ?? super.createConnection(options, done),
      callback
    )
  }
}

/** Node's HTTPS agent, with a spare connection per host; TLS runs over a connection opened ahead. */
export class TlsAgent extends HttpsAgent {
  readonly spares = new SpareConnections(this.maxSockets > 1)

  override createConnection(
    options: HttpsOptions,
    callback?: (error: Error | null, stream: Duplex) => void
  ): Duplex | null | undefined {
    return this.spares.connect(
      this.getName(options),
      done => {
        // The TLS handshake runs over a connection opened ahead (tls.connect's `socket`).
        const socket = takePreconnected(options)
        return super.createConnection(socket ? Object.assign({ ...options }, { socket }) : options, done)
      },
      callback
    )
  }
}
