/**
 * The one door to @peculiar/x509: import it from here, never from the package (type-only imports of
 * the package are fine). The import of reflect-metadata.cjs must stay first: it lends the library's
 * dependency tsyringe the Reflect metadata store it requires while it loads, and the store is taken
 * back as soon as @peculiar/x509 has loaded, so no global is left patched for Signet's users.
 */
import { removeReflectShim } from './reflect-metadata.cjs'
import * as x509 from '@peculiar/x509'

removeReflectShim()

// Certificate generation and verification in @peculiar/x509 use WebCrypto; Node's is complete.
x509.cryptoProvider.set(globalThis.crypto)

export { x509 }
