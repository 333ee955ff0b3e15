import { Readable } from 'node:stream'
import { ContentMismatchError, RegistryError } from '../../src/util/errors.js'
import { describe as describeContent, sha256Digest } from '../../src/oci/digest.js'
import { RegistryClient, type Repository } from '../../src/oci/registry.js'
import {
  EMPTY_DESCRIPTOR,
  MAX_MANIFEST_BYTES,
  MediaType,
  type Descriptor,
  type ImageIndex,
  type ImageManifest
} from '../../src/oci/types.js'
import { startStub, type StubHandler, type StubRegistry } from '../helpers/stub-registry.js'

const NOTARY = 'application/vnd.cncf.notary.signature'
let stub: StubRegistry
let client: RegistryClient

async function repositoryOn(handler: StubHandler): Promise<Repository> {
  stub = await startStub(handler)
  client = new RegistryClient({ insecureRegistries: [stub.host], retryBaseDelayMs: 1 })
  return client.repository({ registry: stub.host, repository: 'app' })
}

afterEach(async () => {
  await client?.close()
  await stub?.stop()
})

const manifestBytes = Buffer.from(
  JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciManifest, config: EMPTY_DESCRIPTOR, layers: [] })
)
const manifestDigest = sha256Digest(manifestBytes)

function paths(): string[] {
  return stub.requests.map(request => `${request.method} ${request.url}`)
}

describe('fetching manifests', () => {
  test('a manifest is fetched once per run: by tag, then by its digest, then resolved', async () => {
    const repo = await repositoryOn((_, response) => {
      response.writeHead(200, {
        'content-type': MediaType.OciManifest,
        'docker-content-digest': manifestDigest
      })
      response.end(manifestBytes)
    })
    const byTag = await repo.fetchManifest('1.0')
    expect(byTag.descriptor.digest).toBe(manifestDigest)
    expect((await repo.fetchManifest(manifestDigest)).bytes).toEqual(manifestBytes)
    expect(await repo.resolve(manifestDigest)).toEqual(byTag.descriptor)
    expect(paths()).toEqual(['GET /v2/app/manifests/1.0'])
  })

  test('a manifest whose bytes do not hash to the requested digest is refused', async () => {
    const repo = await repositoryOn((_, response) => {
      response.writeHead(200, { 'content-type': MediaType.OciManifest })
      response.end(manifestBytes)
    })
    const wanted = sha256Digest('something else')
    const error = await repo.fetchManifest(wanted).catch(e => e)
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect(error.digest).toBe(wanted)
    expect(error.message).toMatch(
      new RegExp(`${stub.host}/app ${wanted}: digest mismatch \\(content hashes to ${manifestDigest}\\)`)
    )
  })

  test('by tag, the registry digest header must match the bytes', async () => {
    const repo = await repositoryOn((_, response) => {
      response.writeHead(200, {
        'content-type': MediaType.OciManifest,
        'docker-content-digest': sha256Digest('x')
      })
      response.end(manifestBytes)
    })
    await expect(repo.fetchManifest('v1')).rejects.toThrow(ContentMismatchError)
  })

  test('a declared Content-Length over 4 MiB is refused before reading', async () => {
    const repo = await repositoryOn((_, response) => {
      response.writeHead(200, {
        'content-type': MediaType.OciManifest,
        'content-length': String(MAX_MANIFEST_BYTES + 1)
      })
      response.write('{')
      // never finishes: the client must not wait for the body
    })
    await expect(repo.fetchManifest('v1')).rejects.toThrow(
      /Refusing manifest 'v1' .*larger than the 4194304 bytes/
    )
  })

  test('an undeclared body over 4 MiB is cut off while reading', async () => {
    let written = 0
    const repo = await repositoryOn((_, response) => {
      response.writeHead(200, { 'content-type': MediaType.OciManifest })
      const chunk = Buffer.alloc(256 * 1024, 0x20)
      const pump = () => {
        while (written <= MAX_MANIFEST_BYTES * 4) {
          written += chunk.length
          if (!response.write(chunk)) return void response.once('drain', pump)
        }
        response.end()
      }
      response.on('error', () => undefined)
      pump()
    })
    await expect(repo.fetchManifest('v1')).rejects.toThrow(/larger than the 4194304 bytes/)
    expect(written).toBeLessThan(MAX_MANIFEST_BYTES * 4)
  })

  test('invalid JSON is a typed RegistryError; media type comes from Content-Type, else the body', async () => {
    let body: Buffer = Buffer.from('{not json')
    let contentType = MediaType.OciManifest as string
    const repo = await repositoryOn((_, response) => {
      response.writeHead(200, { 'content-type': contentType })
      response.end(body)
    })
    const error = await repo.fetchManifest('v1').catch(e => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error.ociCode).toBe('MANIFEST_INVALID')

    body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] }))
    contentType = 'application/json'
    // Other tags: the client remembers what a tag pointed at for the rest of its run.
    expect((await repo.fetchManifest('v2')).descriptor).toEqual(describeContent(body, MediaType.OciIndex))
    contentType = MediaType.DockerManifestList
    expect((await repo.fetchManifest('v3')).descriptor.mediaType).toBe(MediaType.DockerManifestList)
  })

  test('resolve uses HEAD, and GETs when the registry sends no digest', async () => {
    let sendDigest = true
    const repo = await repositoryOn((request, response) => {
      expect(request.headers.accept).toContain(MediaType.OciIndex)
      const headers: Record<string, string> = {
        'content-type': MediaType.OciManifest,
        'content-length': String(manifestBytes.length)
      }
      if (sendDigest) headers['docker-content-digest'] = manifestDigest
      response.writeHead(200, headers)
      response.end(request.method === 'HEAD' ? undefined : manifestBytes)
    })
    const expected = describeContent(manifestBytes, MediaType.OciManifest)
    expect(await repo.resolve('v1')).toEqual(expected)
    sendDigest = false
    expect(await repo.resolve('v1')).toEqual(expected)
    expect(paths()).toEqual([
      'HEAD /v2/app/manifests/v1',
      'HEAD /v2/app/manifests/v1',
      'GET /v2/app/manifests/v1'
    ])
  })
})

describe('pushing', () => {
  test('manifests over 4 MiB are refused without a request; a different echoed digest is a mismatch', async () => {
    const repo = await repositoryOn((_, response) => {
      response.writeHead(201, { 'docker-content-digest': sha256Digest('other') })
      response.end()
    })
    await expect(
      repo.pushManifest(Buffer.alloc(MAX_MANIFEST_BYTES + 1), MediaType.OciManifest)
    ).rejects.toThrow(/Refusing to push manifest .* 4194305 bytes/)
    expect(stub.requests).toHaveLength(0)
    await expect(repo.pushManifest(manifestBytes, MediaType.OciManifest, 'v1')).rejects.toThrow(
      ContentMismatchError
    )
    expect(stub.requests[0].headers['content-type']).toBe(MediaType.OciManifest)
    expect(stub.requests[0].body.equals(manifestBytes)).toBe(true)
  })

  test('a failed upload restarts from a fresh open() and a new session', async () => {
    const content = Buffer.from('blob content')
    const descriptor = describeContent(content, MediaType.OciLayer)
    let puts = 0
    const repo = await repositoryOn((request, response) => {
      if (request.method === 'HEAD') response.writeHead(404)
      else if (request.method === 'POST')
        response.writeHead(202, { location: `/v2/app/blobs/uploads/session-${puts}` })
      else if (request.method === 'PUT') response.writeHead(++puts === 1 ? 503 : 201)
      response.end()
    })
    let opened = 0
    const result = await repo.pushBlob(descriptor, () => {
      opened++
      return Readable.from([content])
    })
    expect(result).toBe('uploaded')
    expect(opened).toBe(2)
    expect(paths()).toEqual([
      `HEAD /v2/app/blobs/${descriptor.digest}`,
      'POST /v2/app/blobs/uploads/',
      `PUT /v2/app/blobs/uploads/session-0?digest=${encodeURIComponent(descriptor.digest)}`,
      'POST /v2/app/blobs/uploads/',
      `PUT /v2/app/blobs/uploads/session-1?digest=${encodeURIComponent(descriptor.digest)}`
    ])
    expect(stub.requests[4].body.equals(content)).toBe(true)
  })
})

function referrerManifest(subject: Descriptor, artifactType: string): Buffer {
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    artifactType,
    config: EMPTY_DESCRIPTOR,
    layers: [],
    subject,
    annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' }
  }
  return Buffer.from(JSON.stringify(manifest))
}

describe('referrers', () => {
  const subject = describeContent(manifestBytes, MediaType.OciManifest)
  const signature = {
    mediaType: MediaType.OciManifest,
    digest: sha256Digest('sig'),
    size: 10,
    artifactType: NOTARY
  }
  const sbom = {
    mediaType: MediaType.OciManifest,
    digest: sha256Digest('sbom'),
    size: 10,
    artifactType: 'sbom'
  }

  test('the referrers API is followed across Link pages and filtered unless the registry says it filtered', async () => {
    let filtersApplied = false
    const repo = await repositoryOn((request, response) => {
      const url = new URL(request.url, 'http://stub')
      const page2 = url.searchParams.get('page') === '2'
      const headers: Record<string, string> = { 'content-type': MediaType.OciIndex }
      if (!page2) headers.link = `</v2/app/referrers/${subject.digest}?page=2>; rel="next"`
      if (filtersApplied) headers['oci-filters-applied'] = 'artifactType'
      response.writeHead(200, headers)
      const index: ImageIndex = {
        schemaVersion: 2,
        mediaType: MediaType.OciIndex,
        manifests: page2 ? [sbom] : [signature]
      }
      response.end(JSON.stringify(index))
    })
    const apiRequests = () =>
      stub.requests.map(request => request.url).filter(url => url.includes('/referrers/'))
    expect(await repo.referrers(subject.digest, NOTARY)).toEqual([signature])
    expect(apiRequests()[0]).toBe(
      `/v2/app/referrers/${subject.digest}?artifactType=${encodeURIComponent(NOTARY)}`
    )
    expect(await repo.referrers(subject.digest)).toEqual([signature, sbom])
    expect(apiRequests()[2]).toBe(`/v2/app/referrers/${subject.digest}`)
    expect(apiRequests()).toHaveLength(4)
    filtersApplied = true
    // A listing is asked once per run: the registry's new answer reaches the next run's client.
    expect(await repo.referrers(subject.digest, NOTARY)).toEqual([signature])
    await client.close()
    client = new RegistryClient({ insecureRegistries: [stub.host], retryBaseDelayMs: 1 })
    const nextRun = client.repository({ registry: stub.host, repository: 'app' })
    expect(await nextRun.referrers(subject.digest, NOTARY)).toEqual([signature, sbom])
  })

  test('a listing of one artifact type is read from the listing of every referrer, when the run has one', async () => {
    const repo = await repositoryOn((_, response) => {
      response.writeHead(200, { 'content-type': MediaType.OciIndex })
      response.end(
        JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [signature, sbom] })
      )
    })
    const every = repo.referrers(subject.digest)
    // Asked while the listing of every referrer is still in flight: it waits for that one.
    const signatures = repo.referrers(subject.digest, NOTARY)
    expect(await every).toEqual([signature, sbom])
    expect(await signatures).toEqual([signature])
    expect(await repo.referrers(subject.digest, 'sbom')).toEqual([sbom])
    // One listing: the API (and the tag schema asked with it while the API is unknown), nothing more.
    expect(paths().sort()).toEqual(
      [
        `GET /v2/app/manifests/sha256-${subject.digest.slice(7)}`,
        `GET /v2/app/referrers/${subject.digest}`
      ].sort()
    )
  })

  /** A registry without the referrers API (docker-registry 2.8): referrers tags only. */
  function withoutReferrersApi(tags: Map<string, Buffer>, seen: string[] = []): StubHandler {
    return async (request, response) => {
      seen.push(request.url)
      if (request.url.includes('/referrers/')) {
        // Answered late: a tag request sent at the same time arrives before this answer.
        await new Promise(resolve => setTimeout(resolve, 100))
        seen.push(`answered ${request.url}`)
      }
      const tag = /\/manifests\/(sha256-[0-9a-f]{64})$/.exec(request.url)?.[1]
      const bytes = tag && request.method === 'GET' ? tags.get(tag) : undefined
      if (bytes === undefined) {
        response.writeHead(404)
        response.end()
        return
      }
      response.writeHead(200, {
        'content-type': MediaType.OciIndex,
        'docker-content-digest': sha256Digest(bytes)
      })
      response.end(bytes)
    }
  }

  test('without the referrers API: the API and the tag are asked together once, then only the tag', async () => {
    const other = describeContent(Buffer.from('another subject'), MediaType.OciManifest)
    const index = (entries: object[]) =>
      Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: entries }))
    const tags = new Map([
      [`sha256-${subject.digest.slice(7)}`, index([signature, sbom])],
      [`sha256-${other.digest.slice(7)}`, index([signature])]
    ])
    const seen: string[] = []
    const repo = await repositoryOn(withoutReferrersApi(tags, seen))
    expect(await repo.referrers(subject.digest, NOTARY)).toEqual([signature])
    // Asked at once: the tag request arrived before the API's 404 was sent.
    const answered = seen.findIndex(entry => entry.startsWith('answered '))
    expect(seen.slice(0, answered).some(url => url.includes('/manifests/sha256-'))).toBe(true)
    expect(paths().sort()).toEqual(
      [
        `GET /v2/app/referrers/${subject.digest}?artifactType=${encodeURIComponent(NOTARY)}`,
        `GET /v2/app/manifests/sha256-${subject.digest.slice(7)}`
      ].sort()
    )
    stub.requests.length = 0
    expect(await repo.referrers(other.digest, NOTARY)).toEqual([signature])
    expect(await repo.referrers(other.digest, NOTARY)).toEqual([signature])
    expect(paths()).toEqual([`GET /v2/app/manifests/sha256-${other.digest.slice(7)}`])
  })

  test('listings that start together ask the API once: the others wait for its answer', async () => {
    const subjects = ['one', 'two', 'three'].map(text =>
      describeContent(Buffer.from(text), MediaType.OciManifest)
    )
    const repo = await repositoryOn(withoutReferrersApi(new Map()))
    expect(await Promise.all(subjects.map(subject => repo.referrers(subject.digest, NOTARY)))).toEqual([
      [],
      [],
      []
    ])
    expect(paths().filter(path => path.includes('/referrers/'))).toHaveLength(1)
    expect(paths().filter(path => path.includes('/manifests/sha256-'))).toHaveLength(3)
  })

  test('a referrer pushed by this client is listed by the next listing of its subject', async () => {
    const tags = new Map<string, Buffer>()
    const tag = `sha256-${subject.digest.slice(7)}`
    const repo = await repositoryOn((request, response) => {
      if (request.method === 'PUT') {
        if (request.url.endsWith(tag)) tags.set(tag, request.body)
        response.writeHead(201)
        response.end()
        return
      }
      return withoutReferrersApi(tags)(request, response)
    })
    expect(await repo.referrers(subject.digest, NOTARY)).toEqual([])
    const pushed = await repo.pushReferrer(referrerManifest(subject, NOTARY), MediaType.OciManifest)
    expect((await repo.referrers(subject.digest, NOTARY)).map(entry => entry.digest)).toEqual([
      pushed.descriptor.digest
    ])
  })

  test('a registry that indexes the subject itself (OCI-Subject) gets no referrers tag', async () => {
    const repo = await repositoryOn((_, response) => {
      response.writeHead(201, { 'oci-subject': subject.digest })
      response.end()
    })
    const pushed = await repo.pushReferrer(referrerManifest(subject, NOTARY), MediaType.OciManifest)
    expect(pushed.subjectAccepted).toBe(true)
    expect(paths()).toEqual([`PUT /v2/app/manifests/${pushed.descriptor.digest}`])
  })

  test('the referrers tag is updated with If-Match, re-read after a 412, and read back after writing', async () => {
    const tagPath = `/v2/app/manifests/sha256-${subject.digest.slice(7)}`
    let stored: Buffer = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.OciIndex,
        manifests: [sbom],
        annotations: { keep: 'me' }
      })
    )
    let conflicts = 1
    const repo = await repositoryOn((request, response) => {
      if (request.method === 'GET' && request.url === tagPath) {
        response.writeHead(200, { 'content-type': MediaType.OciIndex, etag: `"${sha256Digest(stored)}"` })
        response.end(stored)
      } else if (request.method === 'PUT' && request.url === tagPath) {
        if (request.headers['if-match'] !== `"${sha256Digest(stored)}"` || conflicts-- > 0) {
          response.writeHead(412)
        } else {
          stored = request.body
          response.writeHead(201)
        }
        response.end()
      } else {
        response.writeHead(201)
        response.end()
      }
    })
    const bytes = referrerManifest(subject, NOTARY)
    const pushed = await repo.pushReferrer(bytes, MediaType.OciManifest)
    expect(paths()).toEqual([
      `PUT /v2/app/manifests/${pushed.descriptor.digest}`,
      `GET ${tagPath}`,
      `PUT ${tagPath}`,
      `GET ${tagPath}`,
      `PUT ${tagPath}`,
      // read back: registries that ignore If-Match may have let a racing writer drop the entry
      `GET ${tagPath}`
    ])
    const index = JSON.parse(stored.toString()) as ImageIndex
    expect(index.annotations).toEqual({ keep: 'me' })
    expect(index.manifests).toEqual([
      sbom,
      {
        ...pushed.descriptor,
        artifactType: NOTARY,
        annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' }
      }
    ])
  })

  test('a referrer without subject is refused', async () => {
    const repo = await repositoryOn((_, response) => {
      response.writeHead(201)
      response.end()
    })
    await expect(repo.pushReferrer(manifestBytes, MediaType.OciManifest)).rejects.toThrow(/has no subject/)
    expect(stub.requests).toHaveLength(0)
  })
})
