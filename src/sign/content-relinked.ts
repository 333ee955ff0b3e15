/**
 * Manifest PUTs the registry refuses for content this run has just pushed (MANIFEST_BLOB_UNKNOWN).
 * docker-registry's filesystem storage rewrites a repository's link to a blob or manifest in place
 * (truncate, then write): another client pushing the same content at that moment (a second job releasing
 * the same image) can leave the link empty or missing, and the registry refuses a manifest whose content
 * it holds. Pushing the content again restores the link (an upload where the repository lost the blob),
 * then the PUT is repeated. Any other refusal, or the same one again after the last retry, is the run's
 * error as before.
 */
import { RegistryError } from '../util/errors.js'
import type { Log } from '../util/log.js'

/** Times a refused PUT is repeated after its content is pushed again. */
const RELINK_RETRIES = 2

/** The registry's code for a manifest that names a blob or manifest it does not find in the repository. */
const CONTENT_UNKNOWN = 'MANIFEST_BLOB_UNKNOWN'

/**
 * `put()` (a manifest's PUT); refused with MANIFEST_BLOB_UNKNOWN, `pushContent()` (its blobs or child
 * manifests, pushed before) and `put()` again, RELINK_RETRIES times at most. `what` names the manifest.
 */
export async function putRelinkingContent<T>(
  put: () => Promise<T>,
  pushContent: () => Promise<unknown>,
  what: string,
  log: Log
): Promise<T> {
  for (let retry = 1; ; retry++) {
    try {
      return await put()
    } catch (error) {
      if (!(error instanceof RegistryError) || error.ociCode !== CONTENT_UNKNOWN || retry > RELINK_RETRIES)
        throw error
      log.warning(
        `${what}: the registry does not find content this run pushed for it (${CONTENT_UNKNOWN}; another client pushing the same content at once can cause this): pushing that content again, then the manifest (retry ${retry} of ${RELINK_RETRIES})`
      )
      await pushContent()
    }
  }
}
