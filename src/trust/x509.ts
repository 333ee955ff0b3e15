/**
 * The one door to @peculiar/x509: import it from here, never from the package (type-only imports of
 * the package are fine). The side-effect import below must stay first: it installs the Reflect
 * metadata store that the library's dependency tsyringe requires at load time.
 */
import './reflect-metadata.cjs'
import * as x509 from '@peculiar/x509'

// Certificate generation and verification in @peculiar/x509 use WebCrypto; Node's is complete.
x509.cryptoProvider.set(globalThis.crypto)

export { x509 }
