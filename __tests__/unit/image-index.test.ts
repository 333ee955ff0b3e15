import { createHash } from 'node:crypto'
import { VerificationError } from '../../src/util/errors.js'
import { InvalidIndexError } from '../../src/oci/errors.js'
import {
  buildImageIndex,
  DEFAULT_SCENARIO_ANNOTATION,
  scenariosOf,
  selectEntries,
  type IndexEntry
} from '../../src/oci/image-index.js'
import { MediaType, type Descriptor, type Platform } from '../../src/oci/types.js'

const KEY = DEFAULT_SCENARIO_ANNOTATION
const manifestDescriptor = (name: string, size = 500): Descriptor => ({
  mediaType: MediaType.OciManifest,
  digest: `sha256:${createHash('sha256').update(name).digest('hex')}`,
  size
})
const amd64: Platform = { os: 'linux', architecture: 'amd64' }
const arm64: Platform = { os: 'linux', architecture: 'arm64', variant: 'v8' }

const entries: IndexEntry[] = [
  { descriptor: manifestDescriptor('a', 501), platform: amd64, scenarios: ['kernel-3.10'] },
  { descriptor: manifestDescriptor('b', 502), platform: arm64, scenarios: ['kernel-4.19.90', 'edge'] }
]

describe('buildImageIndex', () => {
  test('exact JSON bytes: fixed key order, entries in input order, annotations sorted', () => {
    const { bytes, descriptor, index } = buildImageIndex(entries, {
      scenarioAnnotation: KEY,
      annotations: {
        'org.opencontainers.image.source': 'https://x/y',
        'org.opencontainers.image.created': 'T'
      }
    })
    const [a, b] = entries.map(entry => entry.descriptor)
    const expected =
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[' +
      `{"mediaType":"${a.mediaType}","digest":"${a.digest}","size":501,"platform":{"architecture":"amd64","os":"linux"},` +
      `"annotations":{"dev.signet.scenario":"kernel-3.10"}},` +
      `{"mediaType":"${b.mediaType}","digest":"${b.digest}","size":502,"platform":{"architecture":"arm64","os":"linux","variant":"v8"},` +
      `"annotations":{"dev.signet.scenario":"kernel-4.19.90,edge"}}],` +
      '"annotations":{"org.opencontainers.image.created":"T","org.opencontainers.image.source":"https://x/y"}}'
    expect(bytes.toString('utf8')).toBe(expected)
    expect(descriptor).toEqual({
      mediaType: MediaType.OciIndex,
      digest: `sha256:${createHash('sha256').update(expected).digest('hex')}`,
      size: Buffer.byteLength(expected)
    })
    expect(JSON.parse(expected)).toEqual(index)
  })

  test('deterministic whatever the order of platform keys and annotations the caller built', () => {
    const first = buildImageIndex(entries, { scenarioAnnotation: KEY, annotations: { b: '2', a: '1' } })
    const shuffled = entries.map(entry => ({
      ...entry,
      platform: Object.fromEntries(Object.entries(entry.platform).reverse()) as unknown as Platform
    }))
    const second = buildImageIndex(shuffled, { scenarioAnnotation: KEY, annotations: { a: '1', b: '2' } })
    expect(second.bytes.equals(first.bytes)).toBe(true)
  })

  test('custom annotation key; an entry without scenarios has no annotations; no index annotations when none', () => {
    const { index } = buildImageIndex(
      [
        { descriptor: manifestDescriptor('a'), platform: amd64, scenarios: ['x'] },
        { descriptor: manifestDescriptor('b'), platform: arm64, scenarios: [] }
      ],
      { scenarioAnnotation: 'com.example.kernel', annotations: {} }
    )
    expect(index.manifests[0].annotations).toEqual({ 'com.example.kernel': 'x' })
    expect(index.manifests[1]).not.toHaveProperty('annotations')
    expect(index).not.toHaveProperty('annotations')
  })

  const invalid: Array<[string, IndexEntry[], RegExp]> = [
    ['an empty list', [], /at least one/],
    [
      'a scenario with a comma',
      [{ descriptor: manifestDescriptor('a'), platform: amd64, scenarios: ['a,b'] }],
      /'a,b'/
    ],
    [
      'a scenario starting with a dot',
      [{ descriptor: manifestDescriptor('a'), platform: amd64, scenarios: ['.x'] }],
      /'\.x'/
    ],
    [
      'a too long scenario',
      [{ descriptor: manifestDescriptor('a'), platform: amd64, scenarios: ['k'.repeat(129)] }],
      /1-128/
    ],
    [
      'an empty scenario',
      [{ descriptor: manifestDescriptor('a'), platform: amd64, scenarios: [''] }],
      /Invalid scenario/
    ],
    [
      'a scenario twice on one entry',
      [{ descriptor: manifestDescriptor('a'), platform: amd64, scenarios: ['x', 'x'] }],
      /listed twice for linux\/amd64/
    ],
    [
      'the same scenario on two entries',
      [
        { descriptor: manifestDescriptor('a'), platform: amd64, scenarios: ['k'] },
        { descriptor: manifestDescriptor('b'), platform: arm64, scenarios: ['k'] }
      ],
      /'k' is given to two images \(linux\/amd64 .* and linux\/arm64\/v8 /
    ],
    [
      'two entries for one platform, one without a scenario',
      [
        { descriptor: manifestDescriptor('a'), platform: amd64, scenarios: ['k'] },
        { descriptor: manifestDescriptor('b'), platform: amd64, scenarios: [] }
      ],
      /2 images share platform linux\/amd64/
    ],
    [
      'the same digest twice',
      [
        { descriptor: manifestDescriptor('a'), platform: amd64, scenarios: ['x'] },
        { descriptor: manifestDescriptor('a'), platform: amd64, scenarios: ['y'] }
      ],
      /listed twice; give it one line/
    ]
  ]
  test.each(invalid)('rejects %s with an InvalidIndexError', (_name, given, message) => {
    let error: unknown
    try {
      buildImageIndex(given, { scenarioAnnotation: KEY, annotations: {} })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InvalidIndexError)
    expect((error as InvalidIndexError).message).toMatch(message)
  })

  test('two entries for one platform are fine when scenarios tell them apart', () => {
    const { index } = buildImageIndex(
      [
        { descriptor: manifestDescriptor('a'), platform: amd64, scenarios: ['kernel-3.10'] },
        { descriptor: manifestDescriptor('b'), platform: amd64, scenarios: ['kernel-5.4'] }
      ],
      { scenarioAnnotation: KEY, annotations: {} }
    )
    expect(index.manifests.map(entry => entry.annotations?.[KEY])).toEqual(['kernel-3.10', 'kernel-5.4'])
  })
})

describe('scenariosOf', () => {
  test('splits the annotation, ignoring blanks; none without it', () => {
    expect(scenariosOf({ ...manifestDescriptor('a'), annotations: { [KEY]: 'a, b,,c' } }, KEY)).toEqual([
      'a',
      'b',
      'c'
    ])
    expect(scenariosOf({ ...manifestDescriptor('a'), annotations: { other: 'a' } }, KEY)).toEqual([])
    expect(scenariosOf(manifestDescriptor('a'), KEY)).toEqual([])
  })
})

describe('selectEntries', () => {
  const twoKernelsOnAmd64: IndexEntry = {
    descriptor: manifestDescriptor('c', 503),
    platform: amd64,
    scenarios: ['kernel-5.4']
  }
  const { index } = buildImageIndex([...entries, twoKernelsOnAmd64], {
    scenarioAnnotation: KEY,
    annotations: {}
  })
  const digests = (selected: Descriptor[]): string[] => selected.map(entry => entry.digest)
  const [a, b, c] = [...entries, twoKernelsOnAmd64].map(entry => entry.descriptor.digest)

  test('no selection → every entry', () => {
    expect(digests(selectEntries(index, {}, KEY))).toEqual([a, b, c])
  })

  test('by scenario, including the second tag of an entry', () => {
    expect(digests(selectEntries(index, { scenario: 'kernel-3.10' }, KEY))).toEqual([a])
    expect(digests(selectEntries(index, { scenario: 'edge' }, KEY))).toEqual([b])
  })

  test('by platform → the entry of the platform (variant normalised); several is ambiguous, listed', () => {
    expect(() => selectEntries(index, { platform: amd64 }, KEY)).toThrow(VerificationError)
    expect(() => selectEntries(index, { platform: amd64 }, KEY)).toThrow(
      `platform linux/amd64 is ambiguous: 2 entries match (${a} linux/amd64 [kernel-3.10]; ${c} linux/amd64 [kernel-5.4]); select one with 'scenario' instead`
    )
    expect(digests(selectEntries(index, { platform: { os: 'linux', architecture: 'arm64' } }, KEY))).toEqual([
      b
    ])
  })

  test('by scenario and platform', () => {
    expect(digests(selectEntries(index, { scenario: 'kernel-5.4', platform: amd64 }, KEY))).toEqual([c])
    expect(() => selectEntries(index, { scenario: 'kernel-5.4', platform: arm64 }, KEY)).toThrow(
      "scenario 'kernel-5.4' is linux/amd64, not linux/arm64/v8"
    )
  })

  test('nothing matching lists the available scenarios with their platforms', () => {
    const small = buildImageIndex(
      entries.slice(0, 1).concat({ ...entries[1], scenarios: ['kernel-4.19.90'] }),
      {
        scenarioAnnotation: KEY,
        annotations: {}
      }
    ).index
    let error: unknown
    try {
      selectEntries(small, { scenario: 'kernel-9' }, KEY)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(VerificationError)
    expect((error as Error).message).toBe(
      "no entry has scenario 'kernel-9' (available: kernel-3.10 (linux/amd64), kernel-4.19.90 (linux/arm64/v8))"
    )
    expect(() => selectEntries(small, { platform: { os: 'linux', architecture: 's390x' } }, KEY)).toThrow(
      'no entry has platform linux/s390x (platforms: linux/amd64, linux/arm64/v8)'
    )
  })

  test('a different annotation key sees no scenarios', () => {
    expect(() => selectEntries(index, { scenario: 'kernel-3.10' }, 'com.example.other')).toThrow(
      /available: no scenario \(linux\/amd64\), no scenario \(linux\/arm64\/v8\)/
    )
  })

  test('an index (not built by Signet) with a scenario on two entries is refused as ambiguous', () => {
    const crafted = {
      schemaVersion: 2 as const,
      manifests: [
        { ...manifestDescriptor('a'), platform: amd64, annotations: { [KEY]: 'k' } },
        { ...manifestDescriptor('b'), platform: arm64, annotations: { [KEY]: 'k' } }
      ]
    }
    expect(() => selectEntries(crafted, { scenario: 'k' }, KEY)).toThrow(
      /ambiguous: 2 entries have scenario 'k'/
    )
  })
})
