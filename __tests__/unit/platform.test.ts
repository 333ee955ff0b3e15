import { SourceError } from '../../src/util/errors.js'
import { InvalidPlatformError } from '../../src/oci/errors.js'
import { formatPlatform, parsePlatform, platformFromConfig, platformMatches } from '../../src/oci/platform.js'
import type { Platform } from '../../src/oci/types.js'

describe('parsePlatform', () => {
  test.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    [' windows/amd64 ', { os: 'windows', architecture: 'amd64' }],
    ['linux/ppc64le', { os: 'linux', architecture: 'ppc64le' }]
  ])('%s', (value, expected) => {
    expect(parsePlatform(value)).toEqual(expected)
  })

  test.each(['linux', 'linux/', '/amd64', 'linux/arm/v7/extra', 'linux amd64', ''])('rejects %j', value => {
    let error: unknown
    try {
      parsePlatform(value)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InvalidPlatformError)
    expect((error as InvalidPlatformError).message).toBe(
      `Invalid platform '${value}'. Expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8.`
    )
  })
})

test('formatPlatform writes os/arch[/variant] only', () => {
  expect(formatPlatform({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe('linux/arm64/v8')
  expect(formatPlatform({ os: 'windows', architecture: 'amd64', 'os.version': '10.0.17763.1' })).toBe(
    'windows/amd64'
  )
})

describe('platformFromConfig', () => {
  test('copies os, architecture, variant, os.version and os.features', () => {
    expect(
      platformFromConfig({
        os: 'windows',
        architecture: 'amd64',
        'os.version': '10.0.20348.1',
        'os.features': ['win32k'],
        rootfs: { type: 'layers', diff_ids: [] }
      })
    ).toEqual({
      os: 'windows',
      architecture: 'amd64',
      'os.version': '10.0.20348.1',
      'os.features': ['win32k']
    })
    expect(platformFromConfig({ os: 'linux', architecture: 'arm', variant: 'v6' })).toEqual({
      os: 'linux',
      architecture: 'arm',
      variant: 'v6'
    })
  })

  test('a config without os/architecture asks for platform= on the line', () => {
    expect(() => platformFromConfig({ os: 'linux' })).toThrow(SourceError)
    expect(() => platformFromConfig({ architecture: 'amd64' })).toThrow(/platform=os\/arch/)
  })
})

describe('platformMatches', () => {
  const p = (value: string): Platform => parsePlatform(value)
  test.each([
    ['linux/amd64', 'linux/amd64', true],
    ['linux/amd64', 'linux/arm64', false],
    ['linux/amd64', 'windows/amd64', false],
    ['linux/arm64', 'linux/arm64/v8', true],
    ['linux/arm64/v8', 'linux/arm64', true],
    ['linux/arm64/v8', 'linux/aarch64', true],
    ['linux/arm64/v9', 'linux/arm64', false],
    ['linux/arm/v7', 'linux/arm', true],
    ['linux/arm', 'linux/arm/v6', true],
    ['linux/arm/v7', 'linux/arm/v6', false],
    ['linux/arm/v6', 'linux/armel', true],
    ['linux/arm/v7', 'linux/armhf', true],
    ['linux/amd64', 'linux/x86_64', true],
    ['linux/386', 'linux/i386', true],
    ['darwin/arm64', 'macos/arm64', true],
    ['linux/amd64/v3', 'linux/amd64', false],
    ['linux/amd64', 'linux/amd64/v3', true]
  ])('wanted %s, actual %s → %s', (wanted, actual, expected) => {
    expect(platformMatches(p(wanted), p(actual))).toBe(expected)
  })
})
