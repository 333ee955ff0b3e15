/**
 * TCP connections opened before any HTTP client exists: by a verify's warm-up while its engines load
 * (run/warm-up.ts), and by the entry points before the bundle loads (run/early-connect.ts). The agents of
 * connections.ts take them for their first requests to that host and port (an HTTPS request runs its TLS
 * handshake over one), so those requests do not wait a handshake's round trip. Only node:net here: the
 * entry points import this before anything else loads.
 */
import { connect, type Socket } from 'node:net'

/** A spare or preconnected connection nobody asked for by then is closed. */
const SPARE_IDLE_MS = 10_000

/** A connection kept until someone takes it: unreferenced meanwhile, closed when idle or failed. */
export interface Kept {
  socket: Socket
  /** Makes it an ordinary connection again, for the one who takes it. */
  take(): Socket
}

export function keep(socket: Socket): Kept {
  const drop = () => socket.destroy()
  socket.unref()
  socket.on('error', drop)
  socket.setTimeout(SPARE_IDLE_MS, drop)
  return {
    socket,
    take: () => {
      socket.off('error', drop)
      socket.off('timeout', drop)
      socket.setTimeout(0)
      socket.ref()
      return socket
    }
  }
}

/**
 * TCP connections opened by `preconnect`, by `host:port`, for the first clients that need some there. Kept
 * on globalThis: the CLI is two bundles (cli/index.ts dials, the bundle it loads has the clients), each
 * with its own copy of this module, and the clients must find what the entry point dialled.
 */
const PRECONNECTED = Symbol.for('signet.preconnected')
const preconnected = ((globalThis as { [PRECONNECTED]?: Map<string, Kept[]> })[PRECONNECTED] ??= new Map())

/**
 * Opens `count` TCP connections to the origin of `url` before any client needs them: the first requests
 * there take them (an HTTPS request runs its TLS handshake over one) instead of each waiting a round trip
 * for its own. For a verify, from the entry points and while its engines load; unused, they are closed
 * after SPARE_IDLE_MS.
 */
export function preconnect(url: URL, count = 1): void {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  const kept = preconnected.get(`${host}:${port}`) ?? []
  while (kept.length < count) kept.push(keep(connect({ host, port, noDelay: true })))
  preconnected.set(`${host}:${port}`, kept)
}

/** A live connection `preconnect` opened to this host and port, each taken once. */
export function takePreconnected(options: {
  host?: string | null
  port?: number | string | null
}): Socket | undefined {
  const kept = preconnected.get(`${options.host}:${Number(options.port)}`) ?? []
  for (let next = kept.shift(); next !== undefined; next = kept.shift()) {
    if (!next.socket.destroyed) return next.take()
  }
  return undefined
}
