/**
 * The one door from trust/ to the network: small HTTP exchanges with a TSA, an OCSP responder or a CRL
 * distribution point. These servers are named by certificates and inputs, so they are untrusted: every
 * exchange has a deadline for the whole response (a slow drip cannot stretch it), a size cap (counted
 * while reading, not taken from Content-Length), an expected content type, no credentials, and
 * redirects only to the same host. GETs are cached for the run, so a CRL shared by many signatures is
 * fetched once. (oci/'s transport is for registries, with their auth and retries: none of that fits here.)
 */
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'

export interface Exchange {
  /** What is asked, for messages: 'OCSP', 'CRL', 'timestamp'. */
  what: string
  /** Content types accepted in the response (compared without parameters, case-insensitively). */
  accept: string[]
  timeoutMs: number
  maxBytes: number
  /** POST this body (with `contentType`); GET when absent. */
  body?: Buffer
  contentType?: string
  /** Keep the answer for the run (GETs always are; a POST only when its answer depends on nothing else). */
  cache?: boolean
}

/** A remote answer that could not be had or used: the reason names the server and what went wrong. */
export class FetchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FetchError'
  }
}

const MAX_REDIRECTS = 3

export class HttpFetcher {
  private readonly cache = new Map<string, Promise<Buffer>>()

  /** `userAgent`: what the servers see, e.g. 'signet/0.1.0'. */
  constructor(private readonly userAgent: string) {}

  /** The body of a successful response to `url`, checked against `exchange`; GETs are cached. */
  async fetch(url: string, exchange: Exchange): Promise<Buffer> {
    const cached = exchange.body === undefined || exchange.cache === true
    if (!cached) return this.exchange(parseUrl(url, exchange.what), exchange)
    const key = `${exchange.what} ${url} ${exchange.body?.toString('base64') ?? ''}`
    let pending = this.cache.get(key)
    if (pending === undefined) {
      pending = this.exchange(parseUrl(url, exchange.what), exchange)
      this.cache.set(key, pending)
    }
    return pending
  }

  private async exchange(url: URL, exchange: Exchange): Promise<Buffer> {
    const deadline = Date.now() + exchange.timeoutMs
    let current = url
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const response = await send(current, exchange, deadline, this.userAgent)
      if (response.location === undefined) return response.body
      const next = new URL(response.location, current)
      // A redirect elsewhere could turn a certificate's URL into a request to any host: refused.
      if (next.host !== current.host || (current.protocol === 'https:' && next.protocol !== 'https:')) {
        throw new FetchError(
          `${exchange.what} ${redact(url)}: redirect to another host or scheme (${redact(next)}) refused`
        )
      }
      current = parseUrl(next.href, exchange.what)
    }
    throw new FetchError(`${exchange.what} ${redact(url)}: more than ${MAX_REDIRECTS} redirects`)
  }
}

/** http(s) only, and no user:password (which would be sent to whoever runs the server). */
export function parseUrl(text: string, what: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new FetchError(`${what} URL '${text}' is not a URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`${what} URL '${redact(url)}' is not http or https`)
  }
  if (url.username !== '' || url.password !== '') {
    throw new FetchError(`${what} URL '${redact(url)}' carries credentials; Signet sends none`)
  }
  return url
}

function redact(url: URL): string {
  const copy = new URL(url.href)
  if (copy.username !== '' || copy.password !== '') {
    copy.username = '***'
    copy.password = ''
  }
  return copy.href
}

interface Response {
  body: Buffer
  location?: string
}

function send(url: URL, exchange: Exchange, deadline: number, userAgent: string): Promise<Response> {
  const where = `${exchange.what} ${redact(url)}`
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now()
    if (remaining <= 0) {
      reject(new FetchError(`${where}: no answer within ${exchange.timeoutMs} ms`))
      return
    }
    const headers: Record<string, string> = {
      'user-agent': userAgent,
      accept: exchange.accept.join(', ')
    }
    if (exchange.body !== undefined) {
      headers['content-type'] = exchange.contentType ?? 'application/octet-stream'
      headers['content-length'] = String(exchange.body.length)
    }
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: exchange.body === undefined ? 'GET' : 'POST',
      headers,
      agent: false
    })
    const timer = setTimeout(() => {
      request.destroy(new FetchError(`${where}: no complete answer within ${exchange.timeoutMs} ms`))
    }, remaining)
    const fail = (error: unknown): void => {
      clearTimeout(timer)
      reject(
        error instanceof FetchError
          ? error
          : new FetchError(`${where}: ${error instanceof Error ? error.message : String(error)}`)
      )
    }
    request.on('error', fail)
    request.on('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0
      if ([301, 302, 303, 307, 308].includes(status) && response.headers.location !== undefined) {
        clearTimeout(timer)
        response.resume()
        request.destroy()
        resolve({ body: Buffer.alloc(0), location: response.headers.location })
        return
      }
      if (status !== 200) {
        response.resume()
        request.destroy(new FetchError(`${where}: HTTP ${status}`))
        return
      }
      const type = (response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
      if (!exchange.accept.includes(type)) {
        request.destroy(
          new FetchError(`${where}: content type '${type || 'none'}' is not ${exchange.accept.join(' or ')}`)
        )
        return
      }
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > exchange.maxBytes) {
          request.destroy(new FetchError(`${where}: answer larger than ${exchange.maxBytes} bytes`))
          return
        }
        chunks.push(chunk)
      })
      response.on('error', fail)
      response.on('end', () => {
        clearTimeout(timer)
        if (!response.complete) {
          reject(new FetchError(`${where}: the answer was cut short`))
          return
        }
        resolve({ body: Buffer.concat(chunks) })
      })
    })
    request.end(exchange.body)
  })
}
