/**
 * The inputs of sign mode: the image to publish, its `manifests` lines, tags and annotations, the envelope
 * format, and the signing key (a PEM key, a key in a PKCS#11 token, or a notation signing plugin).
 */
import { INPUT_DEFAULTS, Inputs, SECRET_INPUTS, SIGNATURE_FORMATS, type SignatureFormat } from './contract.js'
import { parseBuildArgs } from './build-args.js'
import { readPlatform, readReference, readSourceSpec } from './oci-inputs.js'
import { InputError } from '../util/errors.js'
import type { SourceSpec } from '../oci/source.js'
import type { Reference } from '../oci/reference.js'
import type { Platform } from '../oci/types.js'
import { isPkcs11Uri, type Pkcs11Uri } from '../trust/pkcs11-uri.js'
import { readPemInput } from './content-or-path.js'
import { pkcs11UriInput } from './trust-inputs.js'
import { readSignTimestampInputs } from './timestamp-inputs.js'
import {
  ANNOTATION_KEY_PATTERN,
  checkPattern,
  lines,
  optional,
  readAnnotationKey,
  readBoolean,
  readRegistryInputs,
  required,
  splitOnce,
  type InputSource,
  type RegistryInputs
} from './input-values.js'

/** One line of the `manifests` input. */
export interface ManifestLine {
  text: string
  source: SourceSpec
  scenarios: string[]
  platform?: Platform
}

export interface SignInputs {
  mode: 'sign'
  image: Reference & { tag: string }
  registry: RegistryInputs
  scenarioAnnotation: string
  manifests: ManifestLine[]
  tags: string[]
  annotations: Record<string, string>
  /** Which key signs: a PEM key, a key in a PKCS#11 token, or a notation signing plugin. */
  signer: SigningKeyInputs
  signPlatformManifests: boolean
  /** The envelope format of every signature made: JWS (`application/jose+json`) or COSE (`application/cose`). */
  signatureFormat: SignatureFormat
  trustRoots?: string
  /** RFC 3161 TSA to countersign every signature, and the PEM roots its answers must chain to. */
  timestampUrl?: string
  timestampRoots?: string
}

/**
 * The key that signs (verify's accepted signers are signer-inputs.ts' SignerInputs). PEM and chain contents
 * are read once (never paths) so that they are not re-read later.
 */
export type SigningKeyInputs =
  | { kind: 'pem'; key: string; passphrase?: string; certChain: string }
  | { kind: 'pkcs11'; uri: Pkcs11Uri; certChain: string }
  | { kind: 'plugin'; plugin: string; keyId: string; config: Record<string, string> }

export function readSignInputs(source: InputSource): SignInputs {
  const imageText = required(source, Inputs.Image, 'the reference to publish, e.g. ghcr.io/acme/app:1.4.0')
  const image = readReference(imageText, Inputs.Image)
  if (image.digest || !image.tag) {
    throw new InputError(
      Inputs.Image,
      `Invalid input 'image': '${imageText}' must name a tag to publish and no digest, e.g. ghcr.io/acme/app:1.4.0.`
    )
  }
  const manifestLines = lines(source, Inputs.Manifests)
  if (manifestLines.length === 0) {
    throw new InputError(
      Inputs.Manifests,
      "Missing input 'manifests': give one platform image a line, e.g. 'oci-layout:./out/amd64 scenario=kernel-5.15'."
    )
  }
  const trustRoots = optional(source, Inputs.TrustRoots)
  return {
    mode: 'sign',
    image: { ...image, tag: image.tag },
    registry: readRegistryInputs(source),
    scenarioAnnotation: readAnnotationKey(source),
    manifests: manifestLines.map(parseManifestLine),
    tags: [...new Set(lines(source, Inputs.Tags).map(readTag))],
    annotations: readAnnotations(source),
    signer: readSigningKeyInputs(source),
    signPlatformManifests: readBoolean(source, Inputs.SignPlatformManifests),
    signatureFormat: readSignatureFormat(source),
    trustRoots: trustRoots === undefined ? undefined : readPemInput(trustRoots, Inputs.TrustRoots),
    ...readSignTimestampInputs(source)
  }
}

/** `signing-key` (PEM or a PKCS#11 URI) with `signing-cert-chain`, or `signing-plugin` with `signing-key-id`. */
export function readSigningKeyInputs(source: InputSource): SigningKeyInputs {
  const plugin = optional(source, Inputs.SigningPlugin)
  if (plugin !== undefined) return readPluginInputs(source, plugin)
  for (const name of [Inputs.SigningKeyId, Inputs.PluginConfig]) {
    if (optional(source, name) !== undefined) {
      throw new InputError(
        name,
        `Input '${name}' is set but 'signing-plugin' is not: name the plugin that holds the key.`
      )
    }
  }
  const key = required(
    source,
    Inputs.SigningKey,
    "a PEM private key or a path to one, a 'pkcs11:' URI, or 'signing-plugin'"
  )
  const certChain = () =>
    readPemInput(
      required(source, Inputs.SigningCertChain, 'a PEM certificate chain, leaf first, or a path to one'),
      Inputs.SigningCertChain
    )
  if (isPkcs11Uri(key)) {
    if (optional(source, Inputs.SigningKeyPassphrase) !== undefined) {
      throw new InputError(
        Inputs.SigningKeyPassphrase,
        "Input 'signing-key-passphrase' does not apply to a PKCS#11 'signing-key': put the token PIN in the URI's pin-source (or pin-value)."
      )
    }
    return { kind: 'pkcs11', uri: pkcs11UriInput(key, Inputs.SigningKey), certChain: certChain() }
  }
  return {
    kind: 'pem',
    key: readPemInput(key, Inputs.SigningKey, { secret: SECRET_INPUTS.includes(Inputs.SigningKey) }),
    passphrase: optional(source, Inputs.SigningKeyPassphrase),
    certChain: certChain()
  }
}

const PLUGIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
/** notation's plugin-config keys are free text ("aws-region", "ca_certs"); only '=' and line breaks end one. */
const PLUGIN_CONFIG_KEY = /^[^=\s][^=]*$/

function readPluginInputs(source: InputSource, plugin: string): SigningKeyInputs {
  for (const name of [Inputs.SigningKey, Inputs.SigningKeyPassphrase, Inputs.SigningCertChain]) {
    if (optional(source, name) !== undefined) {
      throw new InputError(
        name,
        `Inputs '${name}' and 'signing-plugin' exclude each other: the plugin holds the key and returns its certificate chain.`
      )
    }
  }
  if (!plugin.includes('/') && !PLUGIN_NAME.test(plugin)) {
    throw new InputError(
      Inputs.SigningPlugin,
      `Invalid input 'signing-plugin': '${plugin}'. Expected a plugin name (letters, digits, '.', '_', '-', e.g. com.example.kms) or a path to its notation-<name> executable.`
    )
  }
  const keyId = required(source, Inputs.SigningKeyId, 'the id of the key the plugin signs with')
  return {
    kind: 'plugin',
    plugin,
    keyId,
    config: parseBuildArgs(lines(source, Inputs.PluginConfig), Inputs.PluginConfig, {
      pattern: PLUGIN_CONFIG_KEY,
      expected: "anything but '='"
    })
  }
}

/** `SOURCE [scenario=TAG[,TAG…]] [platform=os/arch[/variant]]` */
export function parseManifestLine(text: string): ManifestLine {
  const [sourceText, ...options] = text.split(/\s+/)
  const line: ManifestLine = { text, source: readSourceSpec(sourceText, Inputs.Manifests), scenarios: [] }
  const seen = new Set<string>()
  for (const option of options) {
    const [key, value] = splitOnce(option, '=')
    if (value === undefined || value === '' || seen.has(key)) {
      throw manifestLineError(text, `'${option}' is not a single 'scenario=…' or 'platform=…' option`)
    }
    seen.add(key)
    if (key === 'scenario') {
      line.scenarios = value.split(',')
      if (line.scenarios.some(tag => tag === ''))
        throw manifestLineError(text, `'${option}' has an empty scenario tag`)
    } else if (key === 'platform') {
      line.platform = readPlatform(value, Inputs.Manifests)
    } else {
      throw manifestLineError(text, `unknown option '${key}'`)
    }
  }
  return line
}

function manifestLineError(text: string, detail: string): InputError {
  return new InputError(
    Inputs.Manifests,
    `Invalid line in 'manifests': '${text}': ${detail}. Expected 'SOURCE [scenario=TAG[,TAG…]] [platform=os/arch[/variant]]'.`
  )
}

function readAnnotations(source: InputSource): Record<string, string> {
  const annotations: Record<string, string> = {}
  for (const line of lines(source, Inputs.Annotations)) {
    const [key, value] = splitOnce(line, '=')
    if (value === undefined || !ANNOTATION_KEY_PATTERN.test(key.trim())) {
      throw new InputError(
        Inputs.Annotations,
        `Invalid line in 'annotations': '${line}'. Expected 'key=value'.`
      )
    }
    annotations[key.trim()] = value.trim()
  }
  return annotations
}

const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/

function readTag(tag: string): string {
  if (/[,\s]/.test(tag)) {
    const parts = tag.split(/[,\s]+/).filter(Boolean)
    throw new InputError(
      Inputs.Tags,
      `Invalid tag '${tag}' in 'tags': one tag per line (CLI: repeat --tags): ${parts.map(part => `'${part}'`).join(', ')} on lines of their own.`
    )
  }
  return checkPattern(
    tag,
    TAG_PATTERN,
    Inputs.Tags,
    'letters, digits, _ . - (at most 128), not starting with . or -'
  )
}

export function readSignatureFormat(source: InputSource): SignatureFormat {
  const value = source.get(Inputs.SignatureFormat) || (INPUT_DEFAULTS[Inputs.SignatureFormat] as string)
  if (!(SIGNATURE_FORMATS as readonly string[]).includes(value)) {
    throw new InputError(
      Inputs.SignatureFormat,
      `Invalid input 'signature-format': '${value}'. Expected one of: ${SIGNATURE_FORMATS.join(', ')} (as notation's --signature-format).`
    )
  }
  return value as SignatureFormat
}
