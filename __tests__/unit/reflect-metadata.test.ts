/**
 * No global polyfill ships to library users: @peculiar/x509's dependency tsyringe needs a Reflect
 * metadata store while it loads, and Signet lends it one only for that while. This file imports Signet
 * only dynamically, after checking the global Reflect, so nothing of it has loaded before the first check.
 */
import { readFileSync } from 'node:fs'
import { createContext, runInContext } from 'node:vm'

const METADATA_FUNCTIONS = ['getMetadata', 'getOwnMetadata', 'defineMetadata']
const metadataFunctions = (): unknown[] =>
  METADATA_FUNCTIONS.map(name => (Reflect as unknown as Record<string, unknown>)[name])

test('importing the library entry leaves Reflect without metadata functions, and X.509 still works', async () => {
  expect(metadataFunctions()).toEqual([undefined, undefined, undefined])
  const library = await import('../../src/library/index.js')
  expect(metadataFunctions()).toEqual([undefined, undefined, undefined])
  // @peculiar/x509 works without the store once loaded: it generates (resolving tsyringe's container) and parses.
  const { makePki } = await import('../helpers/pki.js')
  const pki = await makePki()
  expect(library.loadCertificates(pki.chainPem, 'trust-roots').map(cert => cert.subject)).toEqual(
    pki.chain.map(cert => cert.subject)
  )
  expect(metadataFunctions()).toEqual([undefined, undefined, undefined])
})

describe('the shim itself, in a fresh realm', () => {
  const source = readFileSync('src/trust/reflect-metadata.cjs', 'utf8')
  const realm = (prelude: string) => {
    const context = createContext({ exports: {} as { removeReflectShim?: () => void } })
    runInContext(prelude, context)
    runInContext(source, context)
    return {
      types: () => runInContext(`[${METADATA_FUNCTIONS.map(name => `typeof Reflect.${name}`)}]`, context),
      remove: () => context.exports.removeReflectShim?.(),
      run: (code: string) => runInContext(code, context)
    }
  }

  test('installs a working store where Reflect has none, and removes it again', () => {
    const fresh = realm('')
    expect(fresh.types()).toEqual(['function', 'function', 'function'])
    expect(
      fresh.run(`class A {}; class B extends A {}; Reflect.defineMetadata('k', 1, A);
        [Reflect.getMetadata('k', B), Reflect.getOwnMetadata('k', B), Reflect.getOwnMetadata('k', A)]`)
    ).toEqual([1, undefined, 1])
    fresh.remove()
    expect(fresh.types()).toEqual(['undefined', 'undefined', 'undefined'])
  })

  test('leaves an implementation it found in place (the reflect-metadata package, say)', () => {
    const own = realm(
      `Reflect.getMetadata = function mine() {}; Reflect.getOwnMetadata = function mine() {}; Reflect.defineMetadata = function mine() {}`
    )
    own.remove()
    expect(own.run(`[Reflect.getMetadata.name, Reflect.defineMetadata.name]`)).toEqual(['mine', 'mine'])
  })
})
