import { SourceError } from '../util/errors.js'
import { InvalidPlatformError } from './errors.js'
import type { ImageConfig, Platform } from './types.js'

const PLATFORM_PATTERN = /^([a-z0-9._-]+)\/([a-z0-9._-]+)(?:\/([a-z0-9._-]+))?$/i

/** Parses `os/arch[/variant]` (e.g. `linux/arm64/v8`); throws an InvalidPlatformError when malformed. */
export function parsePlatform(value: string): Platform {
  const match = PLATFORM_PATTERN.exec(value.trim())
  if (!match) throw new InvalidPlatformError(value)
  const [, os, architecture, variant] = match
  return variant === undefined ? { os, architecture } : { os, architecture, variant }
}

/** `os/arch[/variant]`, the form users write and reports print. */
export function formatPlatform(platform: Platform): string {
  const base = `${platform.os}/${platform.architecture}`
  return platform.variant ? `${base}/${platform.variant}` : base
}

/** The platform an image config declares; os and architecture are required by the OCI image spec. */
export function platformFromConfig(config: ImageConfig): Platform {
  if (!config.os || !config.architecture) {
    throw new SourceError(
      'The image config has no os/architecture; give the platform on the manifests line (platform=os/arch[/variant]).'
    )
  }
  const platform: Platform = { architecture: config.architecture, os: config.os }
  if (config['os.version']) platform['os.version'] = config['os.version']
  if (config['os.features']?.length) platform['os.features'] = [...config['os.features']]
  if (config.variant) platform.variant = config.variant
  return platform
}

/**
 * True when `actual` satisfies `wanted`: same os and architecture, and the same variant when `wanted`
 * names one. Both sides are normalised as containerd does, so `linux/arm64/v8` matches an image that
 * declares plain `arm64` and `aarch64` means `arm64`.
 */
export function platformMatches(wanted: Platform, actual: Platform): boolean {
  const want = normalise(wanted)
  const have = normalise(actual)
  if (want.os !== have.os || want.architecture !== have.architecture) return false
  return wanted.variant === undefined || wanted.variant === '' || want.variant === have.variant
}

interface NormalPlatform {
  os: string
  architecture: string
  variant: string
}

/** containerd's platforms.Normalize, except that arm64's implied variant is spelled `v8` rather than ''. */
function normalise(platform: Platform): NormalPlatform {
  const os = platform.os.toLowerCase() === 'macos' ? 'darwin' : platform.os.toLowerCase()
  const architecture = platform.architecture.toLowerCase()
  const variant = (platform.variant ?? '').toLowerCase()
  switch (architecture) {
    case 'i386':
      return { os, architecture: '386', variant: '' }
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return { os, architecture: 'amd64', variant: variant === 'v1' ? '' : variant }
    case 'aarch64':
    case 'arm64':
      return { os, architecture: 'arm64', variant: armVariant(variant, 'v8') }
    case 'armhf':
      return { os, architecture: 'arm', variant: 'v7' }
    case 'armel':
      return { os, architecture: 'arm', variant: 'v6' }
    case 'arm':
      return { os, architecture: 'arm', variant: armVariant(variant, 'v7') }
    default:
      return { os, architecture, variant }
  }
}

/** '' → the architecture's default; '8', 'v8.0' → 'v8'. */
function armVariant(variant: string, fallback: string): string {
  if (variant === '') return fallback
  const match = /^v?(\d+)(?:\.0)?$/.exec(variant)
  return match ? `v${match[1]}` : variant
}
