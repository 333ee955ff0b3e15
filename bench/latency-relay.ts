/**
 * A TCP relay on loopback that makes a registry look far away: every chunk is held back half the round
 * trip in each direction, and a new connection pays one round trip before its first byte (the TCP
 * handshake a real network costs). Chunks leave in the order they came; nothing else is changed, so
 * every tool behind it talks to the same registry over the same simulated network.
 */
import { createServer, connect, type AddressInfo, type Socket } from 'node:net'

export interface LatencyRelay {
  /** '127.0.0.1:PORT' of the relay. */
  host: string
  stop(): Promise<void>
}

/**
 * Forwards `from` → `to`, each chunk `delayMs` later, none before `notBefore` (ms since epoch). One queue
 * and one timer per direction: timers of different durations that fall due in the same millisecond may
 * fire in any order, and a stream must not be reordered.
 */
function relay(from: Socket, to: Socket, delayMs: number, notBefore: number): void {
  const queue: { at: number; act: () => void }[] = []
  let timer: NodeJS.Timeout | undefined
  let lastAt = notBefore
  const drain = () => {
    timer = undefined
    while (queue.length > 0 && queue[0].at <= Date.now()) (queue.shift() as (typeof queue)[number]).act()
    if (queue.length > 0) timer = setTimeout(drain, queue[0].at - Date.now())
  }
  const later = (act: () => void) => {
    lastAt = Math.max(Date.now() + delayMs, lastAt)
    queue.push({ at: lastAt, act })
    timer ??= setTimeout(drain, lastAt - Date.now())
  }
  from.on('data', chunk => later(() => to.writable && to.write(chunk)))
  from.on('end', () => later(() => to.end()))
  from.on('error', () => to.destroy())
  // A close after the data is an end: destroying would drop what is still queued for `to`.
  from.on('close', () => later(() => to.end()))
}

export async function startLatencyRelay(target: string, rttMs: number): Promise<LatencyRelay> {
  const [targetHost, targetPort] = target.split(':')
  const sockets = new Set<Socket>()
  const server = createServer(client => {
    const upstream = connect(Number(targetPort), targetHost)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.setNoDelay(true)
    }
    // The handshake's round trip, then the first request's way out.
    relay(client, upstream, rttMs / 2, Date.now() + rttMs + rttMs / 2)
    relay(upstream, client, rttMs / 2, Date.now())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
