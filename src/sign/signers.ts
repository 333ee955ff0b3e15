/**
 * The key backend the inputs name, behind the one signer interface (trust/signer.ts): a PEM key held
 * in memory, a key in a PKCS#11 token, or a notation signing plugin. Each is opened and checked before
 * anything is pushed: key against leaf, PIN, plugin capabilities and key description.
 */
import type { X509Certificate } from '@peculiar/x509'
import type { Log } from '../util/log.js'
import type { SigningKeyInputs } from '../inputs/sign-inputs.js'
import { signBytes } from '../trust/envelope.js'
import { signingChainInput, signingIdentityInput } from '../inputs/trust-inputs.js'
import type { Signer } from '../trust/signer.js'
import { openPluginSigner } from './notation-plugin.js'
import { openTokenSigner } from './pkcs11-token.js'

export interface OpenSignerOptions {
  trustRoots?: X509Certificate[]
  now: Date
  log: Log
  maskSecret: (secret: string) => void
  env?: NodeJS.ProcessEnv
}

export async function openSigner(inputs: SigningKeyInputs, options: OpenSignerOptions): Promise<Signer> {
  if (inputs.kind === 'plugin') {
    return openPluginSigner({
      plugin: inputs.plugin,
      keyId: inputs.keyId,
      config: inputs.config,
      log: options.log,
      env: options.env
    })
  }
  if (inputs.kind === 'pkcs11') {
    const chain = signingChainInput({
      chain: inputs.certChain,
      trustRoots: options.trustRoots,
      now: options.now
    })
    return openTokenSigner({
      uri: inputs.uri,
      chain,
      log: options.log,
      maskSecret: options.maskSecret,
      env: options.env
    })
  }
  const identity = signingIdentityInput({
    key: inputs.key,
    passphrase: inputs.passphrase,
    chain: inputs.certChain,
    trustRoots: options.trustRoots,
    now: options.now
  })
  return {
    kind: 'raw',
    algorithm: identity.algorithm,
    description: 'PEM signing-key',
    sign: async input => ({
      signature: signBytes(input, identity.key, identity.algorithm),
      algorithm: identity.algorithm,
      chain: identity.chain
    })
  }
}
