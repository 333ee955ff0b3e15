import { get } from 'node:https'
import { startRegistry } from '../helpers/registry.js'

// The helper itself, checked with curl-free Node requests: each mode answers as configured.
async function status(url: string, init: RequestInit = {}): Promise<number> {
  return (await fetch(url, init)).status
}

function httpsStatus(url: string, ca?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, response => {
      response.resume()
      resolve(response.statusCode ?? 0)
    }).on('error', reject)
  })
}

describe('startRegistry', () => {
  test('plain registry answers /v2/ with 200 and counts requests through the proxy', async () => {
    const registry = await startRegistry({ countRequests: true })
    try {
      expect(await status(`http://${registry.host}/v2/`)).toBe(200)
      expect(registry.requests).toEqual(['GET /v2/'])
    } finally {
      await registry.stop()
    }
  })

  test('basic auth refuses anonymous and accepts the test credentials', async () => {
    const registry = await startRegistry({ auth: 'basic' })
    try {
      expect(await status(`http://${registry.host}/v2/`)).toBe(401)
      const basic = Buffer.from(`${registry.username}:${registry.password}`).toString('base64')
      expect(
        await status(`http://${registry.host}/v2/`, { headers: { authorization: `Basic ${basic}` } })
      ).toBe(200)
    } finally {
      await registry.stop()
    }
  })

  test('token auth accepts a token from the token server', async () => {
    const registry = await startRegistry({ auth: 'token' })
    try {
      const challenge = (await fetch(`http://${registry.host}/v2/`)).headers.get('www-authenticate')
      expect(challenge).toContain(registry.tokenServer?.realm)
      const basic = Buffer.from(`${registry.username}:${registry.password}`).toString('base64')
      const tokenUrl = `${registry.tokenServer?.realm}?service=${registry.tokenServer?.service}&scope=repository:a/b:pull`
      const { token } = (await (
        await fetch(tokenUrl, { headers: { authorization: `Basic ${basic}` } })
      ).json()) as {
        token: string
      }
      const tags = await status(`http://${registry.host}/v2/a/b/tags/list`, {
        headers: { authorization: `Bearer ${token}` }
      })
      expect(tags).toBe(404) // authorized: the repository simply does not exist yet
    } finally {
      await registry.stop()
    }
  })

  test('tls serves a certificate for 127.0.0.1 that only the test CA makes trusted', async () => {
    const registry = await startRegistry({ tls: true })
    try {
      expect(await httpsStatus(`https://${registry.host}/v2/`, registry.caPem)).toBe(200)
      await expect(httpsStatus(`https://${registry.host}/v2/`)).rejects.toThrow(
        /self[- ]signed|unable to verify/i
      )
    } finally {
      await registry.stop()
    }
  })
})
