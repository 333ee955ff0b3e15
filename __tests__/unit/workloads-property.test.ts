/**
 * A property of the workload gate: for generated Kubernetes and Compose documents full of anchors,
 * aliases and merge keys (`<<: *a`, `<<: [*a, *b]`, explicit keys after the merge), the gate reports
 * exactly the images of the same document parsed by the `yaml` package with every alias expanded and
 * every merge applied (toJS), each on a line that holds it.
 */
import fc from 'fast-check'
import { parseAllDocuments } from 'yaml'
import { imagesOfWorkloadFile } from '../../src/gate/workloads.js'
import { recordingLog } from '../helpers/signet.js'

const image = fc
  .tuple(fc.stringMatching(/^[a-z]{1,5}$/), fc.integer({ min: 0, max: 9 }))
  .map(([name, tag]) => `r.example/${name}:${tag}`)

/** An item that is written plainly, merges earlier anchored ones (then may set its own image), or aliases one. */
type Item =
  | { form: 'plain'; image?: string; build: boolean }
  | { form: 'merge'; from: number[]; image?: string; build: boolean }
  | { form: 'alias'; of: number }
const item: fc.Arbitrary<Item> = fc.oneof(
  fc.record({
    form: fc.constant('plain' as const),
    image: fc.option(image, { nil: undefined }),
    build: fc.boolean()
  }),
  fc.record({
    form: fc.constant('merge' as const),
    from: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
    image: fc.option(image, { nil: undefined }),
    build: fc.boolean()
  }),
  fc.record({ form: fc.constant('alias' as const), of: fc.nat() })
)

/**
 * Flow-style mappings: item i is anchored `&{prefix}{i}` (unless an alias); a merge or alias refers to an
 * anchor written before it (`known`, then earlier items), or the item is written plainly when there is none.
 */
function writeItems(items: Item[], prefix: string, key: 'name' | 'restart', known: string[] = []): string[] {
  const anchored = [...known]
  return items.map((it, index) => {
    const earlier = (n: number): string => `*${anchored[n % anchored.length]}`
    if (it.form === 'alias' && anchored.length > 0) return earlier(it.of)
    const fields: string[] = []
    if (it.form === 'merge' && anchored.length > 0) {
      fields.push(
        it.from.length === 1 ? `<<: ${earlier(it.from[0])}` : `<<: [${it.from.map(earlier).join(', ')}]`
      )
    }
    if (it.form !== 'alias') {
      if (it.form === 'plain' || anchored.length === 0) fields.push(`${key}: ${prefix}${index}`)
      if (it.image !== undefined) fields.push(`image: ${it.image}`)
      if (it.build && key === 'restart') fields.push('build: .')
    }
    anchored.push(`${prefix}${index}`)
    return `&${prefix}${index} { ${fields.join(', ')} }`
  })
}

const compose = fc
  .record({
    bases: fc.array(item, { maxLength: 3 }),
    services: fc.array(item, { minLength: 1, maxLength: 4 })
  })
  .map(({ bases, services }) => {
    const writtenBases = writeItems(bases, 'b', 'restart')
    const baseLines = writtenBases.map((text, i) => `  b${i}: ${text}`)
    // Services merge the bases (or earlier services), never a key before their merge.
    const baseNames = writtenBases.flatMap((text, i) => (text.startsWith('&') ? [`b${i}`] : []))
    const serviceLines = writeItems(services, 's', 'restart', baseNames).map((text, i) => `  s${i}: ${text}`)
    return (
      [...(baseLines.length > 0 ? ['x-bases:', ...baseLines] : []), 'services:', ...serviceLines].join('\n') +
      '\n'
    )
  })

const kubernetes = fc
  .record({
    kind: fc.constantFrom('Deployment', 'Rollout', 'Widget'),
    kindByAlias: fc.boolean(),
    init: fc.array(item, { maxLength: 2 }),
    containers: fc.array(item, { minLength: 1, maxLength: 4 }),
    reuseSpec: fc.boolean()
  })
  .map(({ kind, kindByAlias, init, containers, reuseSpec }) => {
    const written = writeItems([...init, ...containers], 'c', 'name')
    const list = (name: string, lines: string[]) =>
      lines.length > 0 ? [`      ${name}:`, ...lines.map(l => `        - ${l}`)] : []
    return (
      [
        'apiVersion: example/v1',
        `metadata: { name: w, labels: { k: &kind ${kind} } }`,
        `kind: ${kindByAlias ? '*kind' : kind}`,
        'spec:',
        '  template:',
        '    spec: &podspec',
        ...list('initContainers', written.slice(0, init.length)),
        ...list('containers', written.slice(init.length)),
        ...(reuseSpec ? ['  canary:', '    template:', '      spec: *podspec'] : [])
      ].join('\n') + '\n'
    )
  })

/** The images of a plain object (aliases expanded, merges applied by the yaml package). */
function expected(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(expected)
  if (typeof value !== 'object' || value === null) return []
  const object = value as Record<string, unknown>
  const lists = ['initContainers', 'containers', 'ephemeralContainers']
  const images = lists.flatMap(list =>
    Array.isArray(object[list])
      ? (object[list] as Record<string, unknown>[]).map(c =>
          typeof c?.image === 'string' ? c.image : '(none)'
        )
      : []
  )
  return [
    ...images,
    ...Object.entries(object).flatMap(([key, child]) => (lists.includes(key) ? [] : expected(child)))
  ]
}

function expectedCompose(value: Record<string, unknown>): string[] {
  return Object.values(value.services as Record<string, Record<string, unknown> | null>).flatMap(service => {
    if (typeof service !== 'object' || service === null) return []
    if (typeof service.image === 'string') return [service.image]
    return 'build' in service ? [] : ['(none)']
  })
}

function reported(text: string): string[] {
  const lines = text.split('\n')
  return imagesOfWorkloadFile(text, 'w.yaml', recordingLog()).map(use => {
    if (use.image !== '(none)') expect(lines[use.line - 1]).toContain(use.image)
    return use.image
  })
}

test('Compose: the gate’s images are those of the fully expanded document', () => {
  fc.assert(
    fc.property(compose, text => {
      const [document] = parseAllDocuments(text, { merge: true })
      expect(document.errors).toEqual([])
      expect(reported(text)).toEqual(
        expectedCompose(document.toJS({ maxAliasCount: -1 }) as Record<string, unknown>)
      )
    }),
    { numRuns: 300 }
  )
})

test('Kubernetes: the gate’s images are those of the fully expanded document', () => {
  fc.assert(
    fc.property(kubernetes, text => {
      const [document] = parseAllDocuments(text, { merge: true })
      expect(document.errors).toEqual([])
      expect(reported(text)).toEqual(expected(document.toJS({ maxAliasCount: -1 })))
    }),
    { numRuns: 300 }
  )
})
