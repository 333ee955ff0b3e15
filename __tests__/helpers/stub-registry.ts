import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request as the stub saw it, body included. */
export interface StubRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export type StubHandler = (request: StubRequest, response: ServerResponse) => void | Promise<void>

/** A scripted HTTP server on 127.0.0.1 for the edge cases a real registry will not produce on demand. */
export interface StubRegistry {
  /** '127.0.0.1:PORT' */
  host: string
  requests: StubRequest[]
  stop(): Promise<void>
}

export async function startStub(handler: StubHandler): Promise<StubRegistry> {
  const requests: StubRequest[] = []
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      const request = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks)
      }
      requests.push(request)
      Promise.resolve(handler(request, response)).catch(error => {
        response.writeHead(599)
        response.end(String(error))
      })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** Writes an OCI error body. */
export function ociError(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify({ errors: [{ code, message, detail: { name: 'x' } }] }))
}
