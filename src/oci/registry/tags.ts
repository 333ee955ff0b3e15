import { MAX_PAGES, pageBody, parseJson, readPage, type Page } from './pages.js'
import type { RepositoryTransport } from './repository-transport.js'

/** The tags of a repository (regclient `scheme/reg/tag.go`): the tag list, page by page. */
export class Tags {
  constructor(private readonly repository: RepositoryTransport) {}

  /** Every tag, following `Link` pagination. */
  async list(): Promise<string[]> {
    const { name, fullName } = this.repository
    const tags: string[] = []
    let target: string | undefined = `/v2/${name}/tags/list`
    for (let page = 0; target && page < MAX_PAGES; page++) {
      const what = `GET tags of ${fullName}`
      const listing: Page = await this.repository.exchange(
        { method: 'GET', target, expect: [200], what },
        readPage
      )
      const parsed = parseJson<{ tags?: string[] | null }>(
        pageBody(listing, what),
        `the tag list of ${fullName}`
      )
      tags.push(...(parsed.tags ?? []))
      target = listing.next
    }
    return tags
  }
}
