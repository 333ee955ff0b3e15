/**
 * Signing with a key that stays in a PKCS#11 token (an HSM, a smart card, SoftHSM), through OpenSC's
 * `pkcs11-tool` run as a subprocess: no native addon to compile or bundle, nothing loaded at start-up,
 * and the same binary on every Linux runner (`apt-get install opensc`).
 *
 * Signet hashes the signing input itself and asks the token for the bare mechanism (CKM_ECDSA, or
 * CKM_RSA_PKCS_PSS with MGF1 and salt = hash length), which every token that signs at all supports;
 * CKM_ECDSA answers r||s, exactly the JWS form. The PIN reaches pkcs11-tool through an environment
 * variable (`--pin env:NAME`, which OpenSC resolves itself), never on the command line. The key is named
 * by label (`object=`) or id (`id=`); a label is resolved to its id first, because OpenSC 0.23 cannot
 * ECDSA-sign by label.
 */
import { createHash } from 'node:crypto'
import { accessSync, constants, readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import type { X509Certificate } from '@peculiar/x509'
import { InputError, SigningError } from '../util/errors.js'
import type { Log } from '../util/log.js'
import { helperEnvironment, runProcess, sanitizeOutput } from '../util/subprocess.js'
import { Inputs } from '../inputs/contract.js'
import { describeKey, publicKeyOf, subjectOf, type SigningAlgorithm } from '../trust/pki.js'
import type { Pkcs11Uri } from '../trust/pkcs11-uri.js'
import type { RawSigner } from '../trust/signer.js'

/** The variable pkcs11-tool reads the PIN from; set only in the child's environment. */
const PIN_VARIABLE = 'SIGNET_PKCS11_PIN'
/** Log in with the PIN from that variable (OpenSC reads `env:NAME` itself). */
const LOGIN = ['--login', '--pin', `env:${PIN_VARIABLE}`]
const TIMEOUT_MS = 60_000
const MAX_OUTPUT_BYTES = 1024 * 1024

const MECHANISMS: Record<SigningAlgorithm, { hash: 'sha256' | 'sha384' | 'sha512'; args: string[] }> = {
  ES256: { hash: 'sha256', args: ['--mechanism', 'ECDSA'] },
  ES384: { hash: 'sha384', args: ['--mechanism', 'ECDSA'] },
  ES512: { hash: 'sha512', args: ['--mechanism', 'ECDSA'] },
  PS256: { hash: 'sha256', args: pss('SHA256', 32) },
  PS384: { hash: 'sha384', args: pss('SHA384', 48) },
  PS512: { hash: 'sha512', args: pss('SHA512', 64) }
}

function pss(hash: string, saltBytes: number): string[] {
  return [
    '--mechanism',
    'RSA-PKCS-PSS',
    '--hash-algorithm',
    hash,
    '--mgf',
    `MGF1-${hash}`,
    '--salt-len',
    String(saltBytes)
  ]
}

/** Raw r||s length per ECDSA curve: what the token must answer. */
const ECDSA_BYTES: Partial<Record<SigningAlgorithm, number>> = { ES256: 64, ES384: 96, ES512: 132 }

export interface TokenOptions {
  uri: Pkcs11Uri
  /** Leaf first; the leaf says the algorithm and must hold the token key's public half. */
  chain: X509Certificate[]
  log: Log
  maskSecret: (secret: string) => void
  env?: NodeJS.ProcessEnv
}

/**
 * Logs in, finds the key, checks that the token's public key (when the token has one) is the leaf's, and
 * returns a signer; every refusal names `signing-key` and never shows the PIN.
 */
export async function openTokenSigner(options: TokenOptions): Promise<RawSigner> {
  const env = options.env ?? process.env
  const { uri, chain } = options
  const tool = findPkcs11Tool(env)
  const pin = readPin(uri, env)
  options.maskSecret(pin)
  const leaf = chain[0]
  const algorithm = describeKey(publicKeyOf(leaf)).algorithm
  if (algorithm === undefined) throw new Error('unreachable: the chain was checked')
  const token = new Pkcs11Tool(tool, uri, pin, helperEnvironment(env))
  const id = await token.resolveKeyId()
  const publicKey = await token.publicKey(id)
  if (publicKey !== undefined && !publicKey.equals(Buffer.from(leaf.publicKey.rawData))) {
    throw new InputError(
      Inputs.SigningKey,
      `signing-key: the token key (${uri.display}) is not the key of the leaf certificate "${subjectOf(leaf)}" (the first certificate of signing-cert-chain).`
    )
  }
  const key = uri.object === undefined ? `id ${id}` : `'${uri.object}'`
  const description = `signing-key: PKCS#11 key ${key}${uri.token === undefined ? '' : ` in token '${uri.token}'`}`
  options.log.info(`PKCS#11 module ${uri.modulePath}, key id ${id}`)
  return {
    kind: 'raw',
    algorithm,
    description,
    sign: async input => ({ signature: await token.sign(id, input, algorithm), algorithm, chain })
  }
}

function findPkcs11Tool(env: NodeJS.ProcessEnv): string {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const path = join(dir, 'pkcs11-tool')
    try {
      accessSync(path, constants.X_OK)
      return path
    } catch {
      // Not in this directory.
    }
  }
  throw new InputError(
    Inputs.SigningKey,
    "signing-key is a PKCS#11 URI, but OpenSC's pkcs11-tool is not on PATH: install it in an earlier step ('sudo apt-get install -y opensc')."
  )
}

function readPin(uri: Pkcs11Uri, env: NodeJS.ProcessEnv): string {
  const pin = pinOf(uri, env)
  if (pin === '') {
    throw new InputError(Inputs.SigningKey, `signing-key: the PIN (${uri.display}) is empty.`)
  }
  return pin
}

function pinOf(uri: Pkcs11Uri, env: NodeJS.ProcessEnv): string {
  const pin = uri.pin
  if (pin.kind === 'value') return pin.value
  if (pin.kind === 'env') {
    const value = env[pin.name]
    if (value === undefined || value === '') {
      throw new InputError(
        Inputs.SigningKey,
        `signing-key: pin-source=env:${pin.name}, but the environment variable ${pin.name} is not set (pass the PIN secret with 'env: ${pin.name}: \${{ secrets.… }}').`
      )
    }
    return value
  }
  try {
    return readFileSync(pin.path, 'utf8').replace(/\r?\n$/, '')
  } catch {
    throw new InputError(Inputs.SigningKey, `signing-key: pin-source file ${pin.path} cannot be read.`)
  }
}

/** pkcs11-tool's errors we can name a fix for; anything else is shown sanitised. */
const KNOWN_ERRORS: [RegExp, string][] = [
  [/CKR_PIN_INCORRECT/, 'the token refused the PIN (CKR_PIN_INCORRECT)'],
  [/CKR_PIN_LOCKED/, 'the token PIN is locked (CKR_PIN_LOCKED)'],
  [/CKR_PIN_LEN_RANGE/, 'the PIN has a length the token does not accept (CKR_PIN_LEN_RANGE)'],
  [/No slot with token named/, 'no token with that label is present (check token=)'],
  [/CKR_SLOT_ID_INVALID|No slot with ID/, 'no such slot (check slot-id=)'],
  [
    /Failed to load pkcs11 module|dlopen|cannot open shared object/i,
    'the PKCS#11 module cannot be loaded (check module-path=)'
  ]
]

class Pkcs11Tool {
  constructor(
    private readonly tool: string,
    private readonly uri: Pkcs11Uri,
    private readonly pin: string,
    private readonly env: NodeJS.ProcessEnv
  ) {}

  /** The id (hex) of the one private key the URI names; also proves the PIN. */
  async resolveKeyId(): Promise<string> {
    const listing = (await this.run([...LOGIN, '--list-objects', '--type', 'privkey'], 'list keys')).toString(
      'utf8'
    )
    const keys = parsePrivateKeys(listing).sort((a, b) => a.id.localeCompare(b.id))
    const matches = keys.filter(
      key =>
        (this.uri.object === undefined || key.label === this.uri.object) &&
        (this.uri.id === undefined || key.id === this.uri.id)
    )
    if (matches.length === 0) {
      const wanted = [this.uri.object && `label '${this.uri.object}'`, this.uri.id && `id ${this.uri.id}`]
        .filter(Boolean)
        .join(' and ')
      throw new InputError(
        Inputs.SigningKey,
        `signing-key: the token holds no private key with ${wanted} (${this.uri.display}); it has ${keys.length === 0 ? 'none' : keys.map(key => `'${sanitizeOutput(key.label, 60)}' (id ${key.id})`).join(', ')}.`
      )
    }
    if (matches.length > 1) {
      throw new InputError(
        Inputs.SigningKey,
        `signing-key: ${matches.length} private keys match ${this.uri.display}; add id= to pick one (ids ${matches.map(key => key.id).join(', ')}).`
      )
    }
    return matches[0].id
  }

  /** The token's public key for `id` as SPKI DER, or undefined when the token keeps none. */
  async publicKey(id: string): Promise<Buffer | undefined> {
    // Logged in: some tokens show their public objects only to a session that is.
    const result = await this.exec([...LOGIN, '--read-object', '--type', 'pubkey', '--id', id])
    if (result.code !== 0) return undefined
    return result.stdout
  }

  async sign(id: string, input: Buffer, algorithm: SigningAlgorithm): Promise<Buffer> {
    const mechanism = MECHANISMS[algorithm]
    const digest = createHash(mechanism.hash).update(input).digest()
    const signature = await this.run(
      [...LOGIN, '--sign', ...mechanism.args, '--id', id],
      'sign',
      digest
    ).catch((error: Error) => {
      // The key and PIN were proven when the signer was opened: a failure now is the token's, not the input's.
      throw new SigningError(error.message)
    })
    const expected = ECDSA_BYTES[algorithm]
    if (expected !== undefined && signature.length !== expected) {
      throw new SigningError(
        `signing-key: the token answered a ${signature.length}-byte ECDSA signature, expected ${expected} (r||s)`
      )
    }
    return signature
  }

  private async run(args: string[], what: string, stdin?: Buffer): Promise<Buffer> {
    const result = await this.exec(args, stdin)
    if (result.code === 0 && !result.timedOut) return result.stdout
    const stderr = result.stderr.toString('utf8').split(this.pin).join('***')
    const known = KNOWN_ERRORS.find(([pattern]) => pattern.test(stderr))
    const reason = result.timedOut
      ? `pkcs11-tool did not answer within ${TIMEOUT_MS / 1000} s`
      : (known?.[1] ?? `pkcs11-tool failed to ${what}: ${sanitizeOutput(stderr) || `exit ${result.code}`}`)
    throw new InputError(Inputs.SigningKey, `signing-key (${this.uri.display}): ${reason}.`)
  }

  private async exec(args: string[], stdin?: Buffer) {
    const selection = [
      '--module',
      this.uri.modulePath,
      ...(this.uri.token === undefined ? [] : ['--token-label', this.uri.token]),
      ...(this.uri.slotId === undefined ? [] : ['--slot', this.uri.slotId])
    ]
    try {
      return await runProcess(this.tool, [...selection, ...args], {
        stdin,
        env: { ...this.env, [PIN_VARIABLE]: this.pin },
        timeoutMs: TIMEOUT_MS,
        maxOutputBytes: MAX_OUTPUT_BYTES
      })
    } catch (error) {
      throw new InputError(
        Inputs.SigningKey,
        `signing-key: pkcs11-tool cannot run: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`
      )
    }
  }
}

/** `pkcs11-tool --list-objects --type privkey` output → each key's label and id (lowercase hex). */
export function parsePrivateKeys(listing: string): { label: string; id: string }[] {
  const keys: { label: string; id: string }[] = []
  for (const block of listing.split(/^(?=Private Key Object)/m)) {
    if (!block.startsWith('Private Key Object')) continue
    const label = /^\s+label:\s{2,}(.*)$/m.exec(block)?.[1] ?? ''
    const id = /^\s+ID:\s+([0-9a-fA-F]*)\s*$/m.exec(block)?.[1]
    if (id !== undefined && id !== '') keys.push({ label, id: id.toLowerCase() })
  }
  return keys
}
