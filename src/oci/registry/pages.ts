import { errorMessage, RegistryError } from '../../util/errors.js'
import { nextLink, readBody, type TransportResponse } from '../transport.js'
import { MAX_MANIFEST_BYTES } from '../types.js'

/**
 * Paginated listings (catalog, tags, referrers): one page of JSON, at most the size of a manifest, and
 * the `Link: rel="next"` to the next one.
 */

/** Pages of referrers, tags or repositories followed at most, against registries that link in circles. */
export const MAX_PAGES = 100

/** One page of a paginated listing (tags, referrers). */
export interface Page {
  /** Undefined when the page is larger than a manifest may be. */
  body?: Buffer
  next?: string
  /** The filters the registry says it applied (`OCI-Filters-Applied`). */
  filteredBy: string[]
}

export async function readPage(response: TransportResponse): Promise<Page> {
  return {
    body: await readBody(response.body, MAX_MANIFEST_BYTES),
    next: nextLink(response.header('link'), response.url),
    filteredBy: (response.header('oci-filters-applied') ?? '').split(',').map(filter => filter.trim())
  }
}

/** The page's body, refused when it was larger than a manifest may be. */
export function pageBody(page: Page, what: string): Buffer {
  if (!page.body) throw new RegistryError(`${what}: the answer is larger than ${MAX_MANIFEST_BYTES} bytes`)
  return page.body
}

export function parseJson<T>(bytes: Buffer, what: string): T {
  try {
    return JSON.parse(bytes.toString('utf8')) as T
  } catch (error) {
    throw new RegistryError(`${what} is not valid JSON: ${errorMessage(error)}`)
  }
}
