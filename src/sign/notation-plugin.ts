/**
 * Notation signing plugins (Notary Project plugin-extensibility spec, contract 1.0), so the plugins
 * for AWS Signer, Azure Key Vault, HashiCorp Vault, Venafi… sign for Signet as they do for notation.
 *
 * Each command runs `notation-<name> <command>` with its JSON request on stdin and reads the JSON
 * response from stdout (exit 0) or an error `{errorCode, errorMessage}` from stderr (exit 1), as
 * notation-go's plugin client does. Commands: get-plugin-metadata (checked every run, as notation
 * does), describe-key + generate-signature (SIGNATURE_GENERATOR.RAW, preferred when both are offered,
 * as notation prefers it) and generate-envelope (SIGNATURE_GENERATOR.ENVELOPE). The plugin config and
 * key id travel on stdin only. Everything a plugin writes is untrusted: parsed strictly, and reaches
 * the log only sanitised.
 */
import { constants, lstatSync, statSync, accessSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, delimiter, join } from 'node:path'
import { InputError, SigningError } from '../util/errors.js'
import type { Log } from '../util/log.js'
import { helperEnvironment, runProcess, sanitizeOutput } from '../util/subprocess.js'
import { Inputs } from '../inputs/contract.js'
import type { SigningAlgorithm } from '../trust/pki.js'
import type { EnvelopeSigner, RawSignature, RawSigner } from '../trust/signer.js'
import { x509 } from '../trust/x509.js'

export const CONTRACT_VERSION = '1.0'
const RAW = 'SIGNATURE_GENERATOR.RAW'
const ENVELOPE = 'SIGNATURE_GENERATOR.ENVELOPE'
const PAYLOAD_TYPE = 'application/vnd.cncf.notary.payload.v1+json'
/** notation-go's limit on what a plugin may write. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024

/** keySpec (describe-key) → the JWS algorithm and the hashAlgorithm to request. */
const KEY_SPECS: Record<string, { algorithm: SigningAlgorithm; hash: string }> = {
  'RSA-2048': { algorithm: 'PS256', hash: 'SHA-256' },
  'RSA-3072': { algorithm: 'PS384', hash: 'SHA-384' },
  'RSA-4096': { algorithm: 'PS512', hash: 'SHA-512' },
  'EC-256': { algorithm: 'ES256', hash: 'SHA-256' },
  'EC-384': { algorithm: 'ES384', hash: 'SHA-384' },
  'EC-521': { algorithm: 'ES512', hash: 'SHA-512' }
}
/** signingAlgorithm (generate-signature) → the JWS algorithm. */
const SIGNING_ALGORITHMS: Record<string, SigningAlgorithm> = {
  'RSASSA-PSS-SHA-256': 'PS256',
  'RSASSA-PSS-SHA-384': 'PS384',
  'RSASSA-PSS-SHA-512': 'PS512',
  'ECDSA-SHA-256': 'ES256',
  'ECDSA-SHA-384': 'ES384',
  'ECDSA-SHA-512': 'ES512'
}

export interface PluginOptions {
  plugin: string
  keyId: string
  config: Record<string, string>
  log: Log
  /** Per command; a plugin that outlives it is killed. */
  timeoutMs?: number
  env?: NodeJS.ProcessEnv
}

export interface PluginMetadata {
  name: string
  version: string
  capabilities: string[]
}

/** Finds and checks the plugin, and for RAW plugins its key, before anything is pushed. */
export async function openPluginSigner(options: PluginOptions): Promise<RawSigner | EnvelopeSigner> {
  const env = options.env ?? process.env
  const plugin = new PluginProcess(findPlugin(options.plugin, env), options, helperEnvironment(env))
  const metadata = await plugin.metadata()
  const description = `signing-plugin ${metadata.name} (${metadata.version})`
  if (metadata.capabilities.includes(RAW)) {
    const keySpec = await plugin.describeKey()
    return {
      kind: 'raw',
      algorithm: keySpec.algorithm,
      description,
      sign: input => plugin.generateSignature(input, keySpec)
    }
  }
  if (metadata.capabilities.includes(ENVELOPE)) {
    return {
      kind: 'envelope',
      description,
      generateEnvelope: (payload, { expirySeconds, mediaType }) =>
        plugin.generateEnvelope(payload, expirySeconds, mediaType)
    }
  }
  throw new InputError(
    Inputs.SigningPlugin,
    `signing-plugin ${metadata.name} cannot sign: its capabilities are ${metadata.capabilities.map(c => sanitizeOutput(c, 60)).join(', ') || 'none'}; a signing plugin offers ${RAW} or ${ENVELOPE}.`
  )
}

/**
 * `name` → its executable: a path as given; else notation's plugin directory
 * (`$XDG_CONFIG_HOME/notation/plugins/<name>/notation-<name>`, a regular file as notation requires),
 * else `notation-<name>` on PATH.
 */
export function findPlugin(name: string, env: NodeJS.ProcessEnv): { path: string; name: string } {
  if (name.includes('/')) {
    const file = basename(name)
    if (!file.startsWith('notation-') || file === 'notation-') {
      throw new InputError(
        Inputs.SigningPlugin,
        `signing-plugin ${name}: a plugin executable is named notation-<plugin name>.`
      )
    }
    if (!isExecutableFile(name, false)) {
      throw new InputError(Inputs.SigningPlugin, `signing-plugin ${name} is not an executable file.`)
    }
    return { path: name, name: file.slice('notation-'.length) }
  }
  const configHome = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config')
  const candidates = [join(configHome, 'notation', 'plugins', name, `notation-${name}`)]
  if (isExecutableFile(candidates[0], true)) return { path: candidates[0], name }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const path = join(dir, `notation-${name}`)
    candidates.push(path)
    if (isExecutableFile(path, false)) return { path, name }
  }
  throw new InputError(
    Inputs.SigningPlugin,
    `signing-plugin '${name}' is not installed: no executable notation-${name} in ${candidates[0].replace(/\/[^/]+$/, '/')} nor on PATH. Install it in an earlier step (e.g. 'notation plugin install'), or give the path to the executable.`
  )
}

function isExecutableFile(path: string, regularOnly: boolean): boolean {
  try {
    // notation refuses symlinks inside its plugin directory; on PATH they are the norm.
    const stat = regularOnly ? lstatSync(path) : statSync(path)
    if (!stat.isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

class PluginProcess {
  constructor(
    private readonly executable: { path: string; name: string },
    private readonly options: PluginOptions,
    private readonly env: NodeJS.ProcessEnv
  ) {}

  async metadata(): Promise<PluginMetadata> {
    const response = await this.call(
      'get-plugin-metadata',
      { pluginConfig: this.options.config },
      Inputs.SigningPlugin
    )
    const fields = ['name', 'description', 'version', 'url'].map(field => [field, response[field]] as const)
    for (const [field, value] of fields) {
      if (typeof value !== 'string' || value === '') {
        throw this.malformed('get-plugin-metadata', `"${field}" is missing`, Inputs.SigningPlugin)
      }
    }
    const versions = stringArray(response.supportedContractVersions)
    const capabilities = stringArray(response.capabilities)
    if (versions === undefined || capabilities === undefined) {
      throw this.malformed(
        'get-plugin-metadata',
        '"supportedContractVersions" and "capabilities" must be lists of strings',
        Inputs.SigningPlugin
      )
    }
    const name = response.name as string
    if (!versions.includes(CONTRACT_VERSION)) {
      throw new InputError(
        Inputs.SigningPlugin,
        `signing-plugin ${this.executable.name} speaks plugin contract ${versions.map(v => sanitizeOutput(v, 20)).join(', ') || '(none)'}; Signet speaks ${CONTRACT_VERSION}. Use a plugin release for notation 1.x.`
      )
    }
    if (name !== this.executable.name) {
      throw new InputError(
        Inputs.SigningPlugin,
        `signing-plugin ${this.executable.name} calls itself '${sanitizeOutput(name, 100)}': its executable must be named notation-<its name>, as notation requires.`
      )
    }
    const version = sanitizeOutput(response.version as string, 40)
    this.options.log.info(`Signing plugin ${name} ${version} (${capabilities.join(', ')})`)
    return { name, version, capabilities }
  }

  async describeKey(): Promise<{ algorithm: SigningAlgorithm; keySpec: string; hash: string }> {
    const response = await this.call('describe-key', this.keyRequest(), Inputs.SigningKeyId)
    this.checkKeyId('describe-key', response.keyId, Inputs.SigningKeyId)
    const keySpec = typeof response.keySpec === 'string' ? response.keySpec : ''
    const known = KEY_SPECS[keySpec]
    if (known === undefined) {
      throw new InputError(
        Inputs.SigningKeyId,
        `signing-key-id: plugin ${this.executable.name} describes the key as '${sanitizeOutput(keySpec, 40)}'; supported: ${Object.keys(KEY_SPECS).join(', ')}.`
      )
    }
    return { algorithm: known.algorithm, keySpec, hash: known.hash }
  }

  async generateSignature(
    input: Buffer,
    key: { algorithm: SigningAlgorithm; keySpec: string; hash: string }
  ): Promise<RawSignature> {
    const command = 'generate-signature'
    const response = await this.call(command, {
      ...this.keyRequest(),
      keySpec: key.keySpec,
      hashAlgorithm: key.hash,
      payload: input.toString('base64')
    })
    this.checkKeyId(command, response.keyId)
    const algorithm = SIGNING_ALGORITHMS[String(response.signingAlgorithm)]
    if (algorithm === undefined) {
      throw this.malformed(
        command,
        `"signingAlgorithm" ${sanitizeOutput(String(response.signingAlgorithm), 40)} is not a Notary signing algorithm`
      )
    }
    const signature = base64Field(response.signature)
    const encodedChain = stringArray(response.certificateChain)
    if (signature === undefined || encodedChain === undefined || encodedChain.length === 0) {
      throw this.malformed(command, '"signature" and "certificateChain" must be base64')
    }
    const chain = encodedChain.map((entry, index) => {
      const der = base64Field(entry)
      try {
        if (der === undefined) throw new Error('not base64')
        return new x509.X509Certificate(der)
      } catch {
        throw this.malformed(command, `certificateChain[${index}] is not a base64 DER certificate`)
      }
    })
    return { signature, algorithm, chain }
  }

  /** An envelope of `mediaType` (notation's signatureEnvelopeType: JWS or COSE) over `payload`. */
  async generateEnvelope(
    payload: Buffer,
    expirySeconds: number | undefined,
    mediaType: string
  ): Promise<{ envelope: Buffer; annotations: Record<string, string> }> {
    const command = 'generate-envelope'
    const request: Record<string, unknown> = {
      ...this.keyRequest(),
      payload: payload.toString('base64'),
      payloadType: PAYLOAD_TYPE,
      signatureEnvelopeType: mediaType
    }
    if (expirySeconds !== undefined) request.expiryDurationInSeconds = expirySeconds
    const response = await this.call(command, request)
    if (response.signatureEnvelopeType !== mediaType) {
      throw this.malformed(
        command,
        `"signatureEnvelopeType" is ${sanitizeOutput(String(response.signatureEnvelopeType), 60)}, not the requested ${mediaType}`
      )
    }
    const envelope = base64Field(response.signatureEnvelope)
    if (envelope === undefined || envelope.length === 0) {
      throw this.malformed(command, '"signatureEnvelope" is not base64')
    }
    const annotations = response.annotations ?? {}
    if (
      typeof annotations !== 'object' ||
      annotations === null ||
      Array.isArray(annotations) ||
      !Object.values(annotations).every(value => typeof value === 'string')
    ) {
      throw this.malformed(command, '"annotations" is not a map of strings')
    }
    return { envelope, annotations: annotations as Record<string, string> }
  }

  private keyRequest(): Record<string, unknown> {
    return { contractVersion: CONTRACT_VERSION, keyId: this.options.keyId, pluginConfig: this.options.config }
  }

  private checkKeyId(command: string, keyId: unknown, input?: string): void {
    if (keyId !== this.options.keyId) {
      throw this.malformed(
        command,
        `it answered for key '${sanitizeOutput(String(keyId), 100)}', not the requested signing-key-id`,
        input
      )
    }
  }

  /**
   * Runs one command. Failures before signing (metadata, key) name the input to fix and exit 2 (`input`);
   * failures while signing exit 1.
   */
  private async call(command: string, request: unknown, input?: string): Promise<Record<string, unknown>> {
    const timeoutMs = this.options.timeoutMs ?? 120_000
    const started = Date.now()
    let result
    try {
      result = await runProcess(this.executable.path, [command], {
        stdin: JSON.stringify(request),
        env: this.env,
        timeoutMs,
        maxOutputBytes: MAX_OUTPUT_BYTES
      })
    } catch (error) {
      throw this.failure(
        `${command} could not start: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
        input
      )
    }
    this.options.log.debug(
      `notation-${this.executable.name} ${command}: exit ${result.code} in ${Date.now() - started} ms`
    )
    if (result.timedOut) {
      throw this.failure(
        `${command} did not answer within ${Math.round(timeoutMs / 1000)} s and was killed`,
        input
      )
    }
    if (result.truncated) throw this.failure(`${command} wrote more than 64 MiB and was stopped`, input)
    if (result.code !== 0) {
      throw this.failure(`${command} failed: ${pluginError(result.code, result.stderr)}`, input)
    }
    if (result.stderr.length > 0) {
      this.options.log.debug(
        `notation-${this.executable.name} ${command} stderr: ${sanitizeOutput(result.stderr.toString('utf8'))}`
      )
    }
    let response: unknown
    try {
      response = JSON.parse(result.stdout.toString('utf8'))
    } catch {
      throw this.malformed(
        command,
        `its output is not JSON (${sanitizeOutput(result.stdout.toString('utf8'), 80) || 'empty'})`,
        input
      )
    }
    if (typeof response !== 'object' || response === null || Array.isArray(response)) {
      throw this.malformed(command, 'its output is not a JSON object', input)
    }
    return response as Record<string, unknown>
  }

  private malformed(command: string, reason: string, input?: string): Error {
    return this.failure(`${command} answered malformed: ${reason}`, input)
  }

  private failure(message: string, input?: string): Error {
    const text = `signing-plugin ${this.executable.name}: ${message}`
    return input === undefined ? new SigningError(text) : new InputError(input, text)
  }
}

/** The error a plugin reported: `errorCode: errorMessage` from its JSON on stderr, or its sanitised text. */
function pluginError(code: number | null, stderr: Buffer): string {
  const text = stderr.toString('utf8')
  if (code === 1) {
    try {
      const parsed = JSON.parse(text) as { errorCode?: unknown; errorMessage?: unknown }
      if (typeof parsed.errorCode === 'string') {
        const message =
          typeof parsed.errorMessage === 'string' ? `: ${sanitizeOutput(parsed.errorMessage)}` : ''
        return `${sanitizeOutput(parsed.errorCode, 60)}${message}`
      }
    } catch {
      // Not the protocol's error JSON: show the text itself.
    }
  }
  const shown = sanitizeOutput(text)
  return `exit ${code}${shown === '' ? '' : ` (${shown})`}`
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every(entry => typeof entry === 'string')
    ? (value as string[])
    : undefined
}

/** Standard base64, as Go's encoding/json writes []byte; anything else is refused, not guessed at. */
function base64Field(value: unknown): Buffer | undefined {
  if (typeof value !== 'string' || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value))
    return undefined
  return Buffer.from(value, 'base64')
}
