/**
 * A loopback HTTP proxy in front of the registry that counts blob bytes per digest in both directions:
 * bytes of `GET /v2/<name>/blobs/<digest>` answers, and bytes sent in an upload session (POST/PATCH/PUT
 * on `/blobs/uploads/<id>`), credited to the digest its closing PUT names. So "layer bytes moved" is
 * measured on the wire, not taken from Signet's own report.
 */
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ByteProxy {
  host: string
  /** Blob bytes that crossed the proxy since the last reset, per digest. */
  bytesByDigest: Map<string, number>
  reset(): void
  stop(): Promise<void>
}

const BLOB_GET = /^\/v2\/.+\/blobs\/(sha256:[a-f0-9]{64})$/
const UPLOAD = /^\/v2\/.+\/blobs\/uploads\/([^/?]+)/

export async function startByteProxy(target: string): Promise<ByteProxy> {
  const bytesByDigest = new Map<string, number>()
  const sessionBytes = new Map<string, number>()
  const credit = (digest: string, bytes: number) =>
    bytesByDigest.set(digest, (bytesByDigest.get(digest) ?? 0) + bytes)

  const server = http.createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://proxy')
    const session = UPLOAD.exec(url.pathname)?.[1]
    const blob = incoming.method === 'GET' ? BLOB_GET.exec(url.pathname)?.[1] : undefined
    incoming.on('data', (chunk: Buffer) => {
      if (session) sessionBytes.set(session, (sessionBytes.get(session) ?? 0) + chunk.length)
    })
    const [hostname, port] = target.split(':')
    const upstream = http.request(
      {
        host: hostname,
        port: Number(port),
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers
      },
      response => {
        const digest = url.searchParams.get('digest')
        if (session && incoming.method === 'PUT' && digest) {
          credit(digest, sessionBytes.get(session) ?? 0)
          sessionBytes.delete(session)
        }
        if (blob) response.on('data', (chunk: Buffer) => credit(blob, chunk.length))
        outgoing.writeHead(response.statusCode ?? 502, response.headers)
        response.pipe(outgoing)
      }
    )
    upstream.on('error', error => outgoing.destroy(error))
    incoming.pipe(upstream)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    bytesByDigest,
    reset: () => {
      bytesByDigest.clear()
      sessionBytes.clear()
    },
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
