/**
 * Names of every input and output, in one place (actions/cache `constants.ts`). The action reads these
 * from `action.yml`; the CLI accepts each input as `--<name>`. Defaults live here so both faces agree;
 * a unit test checks they equal the defaults declared in action.yml.
 */
export const MODES = ['sign', 'verify'] as const
export type Mode = (typeof MODES)[number]

export const Inputs = {
  Mode: 'mode',
  Image: 'image',
  Username: 'username',
  Password: 'password',
  InsecureRegistries: 'insecure-registries',
  RegistryCa: 'registry-ca',
  ScenarioAnnotation: 'scenario-annotation',
  Manifests: 'manifests',
  Tags: 'tags',
  Annotations: 'annotations',
  SigningKey: 'signing-key',
  SigningKeyPassphrase: 'signing-key-passphrase',
  SigningCertChain: 'signing-cert-chain',
  SignPlatformManifests: 'sign-platform-manifests',
  SignatureFormat: 'signature-format',
  TrustRoots: 'trust-roots',
  TrustedIdentities: 'trusted-identities',
  TrustPolicy: 'trust-policy',
  TrustStore: 'trust-store',
  Scenario: 'scenario',
  Platform: 'platform',
  VerifyLayers: 'verify-layers',
  MaxSignatures: 'max-signatures',
  MaxConcurrency: 'max-concurrency',
  Shard: 'shard',
  Dockerfiles: 'dockerfiles',
  BuildArgs: 'build-args',
  ChangedOnly: 'changed-only',
  GithubToken: 'github-token',
  AllowedRegistries: 'allowed-registries',
  Store: 'store',
  Cache: 'cache',
  OutputArchive: 'output-archive',
  SigningPlugin: 'signing-plugin',
  SigningKeyId: 'signing-key-id',
  PluginConfig: 'plugin-config',
  TimestampUrl: 'timestamp-url',
  TimestampRoots: 'timestamp-roots',
  Revocation: 'revocation',
  Rules: 'rules',
  Workloads: 'workloads',
  Sweep: 'sweep',
  Repositories: 'repositories',
  DryRun: 'dry-run',
  CosignKey: 'cosign-key',
  SigstoreTrustedRoot: 'sigstore-trusted-root',
  CertificateIdentity: 'certificate-identity',
  CertificateIdentityRegexp: 'certificate-identity-regexp',
  CertificateOidcIssuer: 'certificate-oidc-issuer',
  Signers: 'signers',
  Require: 'require'
} as const
export type InputName = (typeof Inputs)[keyof typeof Inputs]

/**
 * Inputs that carry secrets. The action masks them before anything runs, and no message ever quotes
 * their value: errors describe it (length, PEM label) instead. A new secret-bearing input (a PIN, a
 * plugin credential) belongs here; the tests feed every input listed here malformed values.
 */
export const SECRET_INPUTS: readonly InputName[] = [
  Inputs.Password,
  Inputs.SigningKey,
  Inputs.SigningKeyPassphrase,
  Inputs.GithubToken
]

export const INPUT_DEFAULTS: Partial<Record<InputName, string>> = {
  [Inputs.ScenarioAnnotation]: 'dev.signet.scenario',
  [Inputs.SignPlatformManifests]: 'true',
  [Inputs.SignatureFormat]: 'jws',
  [Inputs.TrustedIdentities]: '*',
  [Inputs.VerifyLayers]: 'true',
  [Inputs.MaxSignatures]: '100',
  [Inputs.MaxConcurrency]: '16',
  [Inputs.ChangedOnly]: 'false',
  [Inputs.Cache]: 'false',
  [Inputs.Revocation]: 'enforce',
  [Inputs.DryRun]: 'false',
  [Inputs.Require]: 'any'
}

/** The Notary Project envelope formats Signet signs in (`signature-format`, as notation's `--signature-format`). */
export const SIGNATURE_FORMATS = ['jws', 'cose'] as const
export type SignatureFormat = (typeof SIGNATURE_FORMATS)[number]

export const Outputs = {
  Digest: 'digest',
  Ref: 'ref',
  Manifests: 'manifests',
  SignatureDigests: 'signature-digests',
  Signer: 'signer',
  Verified: 'verified',
  Report: 'report'
} as const
export type OutputName = (typeof Outputs)[keyof typeof Outputs]

/** The agent string written into signatures (`io.cncf.notary.signingAgent`) and sent as User-Agent. */
export const SIGNING_AGENT = 'signet/0.1.0'

/**
 * The modes each input applies to: the sub-actions (`sign/action.yml`, `verify/action.yml`) declare these
 * inputs, and each CLI command accepts these flags (any other is refused, naming its command). `mode`
 * belongs to the root action alone. A new input is one line here; the compiler asks for it.
 */
export const INPUT_MODES: Record<InputName, readonly Mode[]> = {
  [Inputs.Mode]: [],
  [Inputs.Image]: ['sign', 'verify'],
  [Inputs.Username]: ['sign', 'verify'],
  [Inputs.Password]: ['sign', 'verify'],
  [Inputs.InsecureRegistries]: ['sign', 'verify'],
  [Inputs.RegistryCa]: ['sign', 'verify'],
  [Inputs.ScenarioAnnotation]: ['sign', 'verify'],
  [Inputs.Manifests]: ['sign'],
  [Inputs.Tags]: ['sign'],
  [Inputs.Annotations]: ['sign'],
  [Inputs.SigningKey]: ['sign'],
  [Inputs.SigningKeyPassphrase]: ['sign'],
  [Inputs.SigningCertChain]: ['sign'],
  [Inputs.SignPlatformManifests]: ['sign'],
  [Inputs.SignatureFormat]: ['sign'],
  [Inputs.TrustRoots]: ['sign', 'verify'],
  [Inputs.TrustedIdentities]: ['verify'],
  [Inputs.TrustPolicy]: ['verify'],
  [Inputs.TrustStore]: ['verify'],
  [Inputs.Scenario]: ['verify'],
  [Inputs.Platform]: ['verify'],
  [Inputs.VerifyLayers]: ['verify'],
  [Inputs.MaxSignatures]: ['verify'],
  [Inputs.MaxConcurrency]: ['verify'],
  [Inputs.Shard]: ['sign', 'verify'],
  [Inputs.Dockerfiles]: ['verify'],
  [Inputs.BuildArgs]: ['verify'],
  [Inputs.ChangedOnly]: ['verify'],
  [Inputs.GithubToken]: ['verify'],
  [Inputs.AllowedRegistries]: ['verify'],
  [Inputs.Store]: ['verify'],
  [Inputs.Cache]: ['verify'],
  [Inputs.OutputArchive]: ['verify'],
  [Inputs.SigningPlugin]: ['sign'],
  [Inputs.SigningKeyId]: ['sign'],
  [Inputs.PluginConfig]: ['sign'],
  [Inputs.TimestampUrl]: ['sign'],
  [Inputs.TimestampRoots]: ['sign', 'verify'],
  [Inputs.Revocation]: ['verify'],
  [Inputs.Rules]: ['sign', 'verify'],
  [Inputs.Workloads]: ['verify'],
  [Inputs.Sweep]: ['sign'],
  [Inputs.Repositories]: ['sign'],
  [Inputs.DryRun]: ['sign'],
  [Inputs.CosignKey]: ['verify'],
  [Inputs.SigstoreTrustedRoot]: ['verify'],
  [Inputs.CertificateIdentity]: ['verify'],
  [Inputs.CertificateIdentityRegexp]: ['verify'],
  [Inputs.CertificateOidcIssuer]: ['verify'],
  [Inputs.Signers]: ['verify'],
  [Inputs.Require]: ['verify']
}

/**
 * `signing-key-passphrase` → `SIGNET_SIGNING_KEY_PASSPHRASE`: where the CLI looks for a secret input
 * (SECRET_INPUTS) not given as a flag, which would be visible in `ps` and shell history.
 */
export function secretEnvName(input: InputName): string {
  return `SIGNET_${input.toUpperCase().replace(/-/g, '_')}`
}

/** The modes that set each output: the sub-actions declare these outputs. */
export const OUTPUT_MODES: Record<OutputName, readonly Mode[]> = {
  [Outputs.Digest]: ['sign', 'verify'],
  [Outputs.Ref]: ['sign', 'verify'],
  [Outputs.Manifests]: ['sign'],
  [Outputs.SignatureDigests]: ['sign'],
  [Outputs.Signer]: ['verify'],
  [Outputs.Verified]: ['verify'],
  [Outputs.Report]: ['sign', 'verify']
}

/** The inputs of accepted signers besides `trust-roots`/`trust-policy`: a rules file takes them in its rules. */
export const SIGNER_INPUTS: readonly InputName[] = [
  Inputs.CosignKey,
  Inputs.SigstoreTrustedRoot,
  Inputs.CertificateIdentity,
  Inputs.CertificateIdentityRegexp,
  Inputs.CertificateOidcIssuer,
  Inputs.Signers,
  Inputs.Require
]
