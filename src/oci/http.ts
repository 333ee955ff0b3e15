/**
 * HTTP for the transport: one keep-alive connection pool and undici's request API, from undici's public
 * entry point (its inner files are no API). That entry also loads fetch, WebSocket, mocks, interceptors
 * and cache stores: 1.3 MB of bundle, 0.75 MB more than the two files the transport uses, and ~0.05 s
 * more to load. So it is loaded with the first request: commands that reach no registry (help,
 * --version, verify-envelope, cert) never parse it.
 */
import type { Dispatcher } from 'undici'

export type ResponseBody = Dispatcher.ResponseData['body']
export type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path'>

export class HttpClient {
  private agent?: Promise<Dispatcher>

  /** `ca`: the certificates TLS connections trust (Node's defaults when undefined). */
  constructor(private readonly ca?: string[]) {}

  async request(url: URL, options: RequestOptions): Promise<Dispatcher.ResponseData> {
    const { request } = await import('undici')
    return request(url, { ...options, dispatcher: await this.pool() })
  }

  /** Closes keep-alive sockets. */
  async close(): Promise<void> {
    await (await this.agent)?.close()
  }

  private pool(): Promise<Dispatcher> {
    const ca = this.ca
    this.agent ??= import('undici').then(({ Agent }) => new Agent({ connect: ca ? { ca } : undefined }))
    return this.agent
  }
}
