/**
 * The shapes of one registry exchange, shared by the transport's layers and the operations above them,
 * and the helpers that read an answer: its body (bounded) and its pagination link.
 */
import type { Readable } from 'node:stream'
import type { HttpAnswer, ResponseBody } from '../http.js'

export type Method = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'

export interface TransportRequest {
  method: Method
  registry: string
  /** A `/v2/…` path with its query, or an absolute URL the registry handed out (upload Location, Link). */
  target: string
  headers?: Record<string, string>
  /**
   * In memory, so the request can be replayed after a 401 challenge or a retryable failure; or a stream
   * (upload chunks, so they need not be held in memory), sent once: never retried, never replayed after a
   * 401 or a redirect, so only for requests whose authorization is already cached.
   */
  body?: Buffer | Readable
  /** Token scopes, e.g. `repository:team/app:pull,push`. */
  scopes: string[]
  /** Statuses handed back to the caller; any other becomes a RegistryError. */
  expect: number[]
  /** Names the operation in errors and logs, e.g. `GET manifest 'latest' of host/repo`. */
  what: string
  /** False for steps that must not be repeated alone (upload steps: the caller restarts the upload). */
  retry?: boolean
  followRedirects?: boolean
}

export interface TransportResponse {
  status: number
  url: URL
  body: ResponseBody
  /** The first value of a response header (case-insensitive). */
  header(name: string): string | undefined
}

/** False for a streamed body: its bytes are gone once sent. */
export function replayable(req: Pick<TransportRequest, 'body'>): boolean {
  return req.body === undefined || Buffer.isBuffer(req.body)
}

/** The HTTP client's answer as a TransportResponse. */
export function toResponse(url: URL, answer: HttpAnswer): TransportResponse {
  return {
    status: answer.statusCode,
    url,
    body: answer.body,
    header: name => answer.headers[name.toLowerCase()]
  }
}

/** Reads a body up to `maxBytes`; returns undefined (and stops reading) when it is longer. */
export async function readBody(body: Readable, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of body) {
    length += (chunk as Buffer).length
    if (length > maxBytes) {
      body.destroy()
      return undefined
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** The target of a `Link: <…>; rel="next"` header (pagination of tags and referrers), resolved against `base`. */
export function nextLink(header: string | undefined, base: URL): string | undefined {
  for (const part of header?.split(',') ?? []) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part)
    if (match && /(^|;)\s*rel="?next"?\s*(;|$)/.test(match[2])) return new URL(match[1], base).toString()
  }
  return undefined
}
