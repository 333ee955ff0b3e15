/** The Actions cache behind the verified store's cache port (store/cache.ts CacheApi). */
import type { CacheApi } from '../store/cache.js'

/** Loaded on use: @actions/cache brings its Azure SDK, most of the bundle, and few runs use the cache. */
const load = () => import('@actions/cache')

export const actionsCache: CacheApi = {
  restoreCache: async (paths, key) => (await load()).restoreCache(paths, key),
  saveCache: async (paths, key) => (await load()).saveCache(paths, key),
  isAvailable: async () => (await load()).isFeatureAvailable()
}
