/** RegistryClient.catalog against a scripted registry: Link pagination, a hidden catalog, a lying answer. */
import { RegistryClient } from '../../src/oci/registry.js'
import { RegistryError } from '../../src/util/errors.js'
import { ociError, startStub, type StubRegistry } from '../helpers/stub-registry.js'

let stub: StubRegistry
let mode: 'paged' | 'denied' | 'missing' | 'garbage'

beforeAll(async () => {
  stub = await startStub((request, response) => {
    if (mode === 'denied') return ociError(response, 403, 'DENIED', 'catalog listing is disabled')
    if (mode === 'missing') return ociError(response, 404, 'UNSUPPORTED', 'no catalog here')
    if (mode === 'garbage') {
      response.writeHead(200, { 'content-type': 'application/json' })
      return void response.end(JSON.stringify({ repositories: [1, 2] }))
    }
    const second = request.url.includes('last=acme%2Fb')
    response.writeHead(200, {
      'content-type': 'application/json',
      ...(second ? {} : { link: '</v2/_catalog?n=2&last=acme%2Fb>; rel="next"' })
    })
    response.end(JSON.stringify({ repositories: second ? ['other/c'] : ['acme/a', 'acme/b'] }))
  })
})
afterAll(() => stub.stop())

async function catalog(): Promise<string[] | undefined> {
  const client = new RegistryClient({ insecureRegistries: [stub.host], maxAttempts: 1 })
  try {
    return await client.catalog(stub.host)
  } finally {
    await client.close()
  }
}

test('follows Link pages', async () => {
  mode = 'paged'
  const before = stub.requests.length
  expect(await catalog()).toEqual(['acme/a', 'acme/b', 'other/c'])
  expect(stub.requests.slice(before).map(request => request.url)).toEqual([
    '/v2/_catalog?n=1000',
    '/v2/_catalog?n=2&last=acme%2Fb'
  ])
})

test('a registry that hides its catalog (403, 404) answers undefined, for the caller to fall back', async () => {
  mode = 'denied'
  expect(await catalog()).toBeUndefined()
  mode = 'missing'
  expect(await catalog()).toBeUndefined()
})

test('an answer without a list of names is a registry error', async () => {
  mode = 'garbage'
  await expect(catalog()).rejects.toThrow(RegistryError)
  await expect(catalog()).rejects.toThrow('the answer has no list of repository names')
})
