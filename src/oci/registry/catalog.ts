import { RegistryError } from '../../util/errors.js'
import type { Transport, TransportResponse } from '../transport.js'
import { MAX_PAGES, pageBody, parseJson, readPage } from './pages.js'

/**
 * The repository names of a registry (`/v2/_catalog`, following `Link` pagination), or undefined when
 * the registry does not let this client list them (401, 403, 404: common on hosted registries), so the
 * caller can fall back to repositories it was told about.
 */
export async function listCatalog(transport: Transport, registry: string): Promise<string[] | undefined> {
  const names: string[] = []
  let target: string | undefined = '/v2/_catalog?n=1000'
  for (let page = 0; target && page < MAX_PAGES; page++) {
    const what = `GET catalog of ${registry}`
    let response: TransportResponse
    try {
      response = await transport.request({
        method: 'GET',
        registry,
        target,
        scopes: ['registry:catalog:*'],
        expect: [200, 401, 403, 404],
        what
      })
    } catch (error) {
      if (error instanceof RegistryError && [401, 403].includes(error.status ?? 0)) return undefined
      throw error
    }
    if (response.status !== 200) {
      await response.body.dump()
      if (page > 0) throw new RegistryError(`${what}: a next page vanished (HTTP ${response.status})`)
      return undefined
    }
    const listing = await readPage(response)
    const parsed = parseJson<{ repositories?: unknown }>(
      pageBody(listing, what),
      `the catalog of ${registry}`
    )
    if (!Array.isArray(parsed.repositories) || !parsed.repositories.every(name => typeof name === 'string'))
      throw new RegistryError(`${what}: the answer has no list of repository names`)
    names.push(...(parsed.repositories as string[]))
    target = listing.next
  }
  return names
}
