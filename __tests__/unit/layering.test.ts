/**
 * The layout is the architecture: one folder per capability, and imports that point down. These tests read
 * every import of src/ (static, re-export and dynamic `import()`) and hold the rules that README's
 * "Layout" section states. Each rule is a function of the import graph, so a new file is checked as soon
 * as it exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const SRC = resolve('src')

interface Import {
  /** The importing file, relative to src/ (e.g. 'oci/layout.ts'). */
  file: string
  /** The specifier as written. */
  from: string
  /** The imported file relative to src/, for relative specifiers; undefined for packages. */
  target?: string
  /** `import(...)`: loaded on use, not at start-up. */
  dynamic: boolean
  /** `import type` / `export type`: erased by the compiler, no run-time edge. */
  typeOnly: boolean
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : []
  })
}

function importsOf(path: string): Import[] {
  const file = relative(SRC, path)
  const source = readFileSync(path, 'utf8')
  const found: Import[] = []
  const add = (from: string, dynamic: boolean, typeOnly: boolean) => {
    const target = from.startsWith('.')
      ? relative(SRC, resolve(dirname(path), from)).replace(/\.js$/, '.ts')
      : undefined
    found.push({ file, from, target, dynamic, typeOnly })
  }
  for (const m of source.matchAll(/^\s*(import|export)(\s+type)?\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm)) {
    add(m[3], false, m[2] !== undefined)
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) add(m[1], false, false)
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1], true, false)
  return found
}

const files = sourceFiles(SRC)
const imports = files.flatMap(importsOf)
const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0] : '.')

/**
 * The layers, top to bottom: faces -> run -> report -> sign -> rules|gate|store -> verify -> inputs ->
 * trust -> oci -> util. Folders of one layer do not import each other.
 */
const LAYERS = [
  ['action', 'cli', 'library'],
  ['run'],
  ['report'],
  ['sign'],
  ['rules', 'gate', 'store'],
  ['verify'],
  ['inputs'],
  ['trust'],
  ['oci'],
  ['util']
]
const layerOf = (folder: string) => LAYERS.findIndex(layer => layer.includes(folder))
const BELOW_FACES = LAYERS.slice(1).flat()

/** What each folder may import besides itself: the one table every folder's header must state. */
const MAY_IMPORT: Record<string, string[]> = {
  action: BELOW_FACES,
  cli: BELOW_FACES,
  library: BELOW_FACES,
  run: ['report', 'sign', 'rules', 'gate', 'store', 'verify', 'inputs', 'trust', 'oci', 'util'],
  report: ['sign', 'gate', 'store', 'verify', 'inputs', 'util'],
  sign: ['rules', 'verify', 'inputs', 'trust', 'oci', 'util'],
  rules: ['verify', 'inputs', 'trust', 'oci', 'util'],
  gate: ['verify', 'inputs', 'oci', 'util'],
  store: ['verify', 'inputs', 'trust', 'oci', 'util'],
  verify: ['inputs', 'trust', 'oci', 'util'],
  inputs: ['trust', 'oci', 'util'],
  trust: ['oci', 'util'],
  oci: ['util'],
  util: []
}
/** Declarations for packages without types of their own; no code. */
const TYPES_ONLY = 'types'

function violations(predicate: (i: Import) => boolean): string[] {
  return imports.filter(predicate).map(i => `${i.file} imports ${i.from}`)
}

test('the import graph was read (a broken reader would make every rule pass)', () => {
  expect(files.length).toBeGreaterThan(40)
  expect(imports.filter(i => i.target).length).toBeGreaterThan(150)
  expect(imports.some(i => i.dynamic)).toBe(true)
  expect(imports.some(i => i.typeOnly)).toBe(true)
  // Every relative import names a file that exists: the reader resolves paths as the compiler does.
  expect(
    imports.filter(i => i.target && !i.target.endsWith('.cjs') && !files.includes(join(SRC, i.target)))
  ).toEqual([])
})

test('src/ holds only capability folders, no loose modules, and the table names every folder', () => {
  const entries = readdirSync(SRC)
  expect(entries.filter(name => !statSync(join(SRC, name)).isDirectory())).toEqual([])
  expect(entries.filter(name => name !== TYPES_ONLY).sort()).toEqual(Object.keys(MAY_IMPORT).sort())
  expect(LAYERS.flat().sort()).toEqual(Object.keys(MAY_IMPORT).sort())
})

test('the table points down only: no folder may import its own layer or one above', () => {
  const upward = Object.entries(MAY_IMPORT).flatMap(([folder, allowed]) =>
    allowed.filter(target => layerOf(target) <= layerOf(folder)).map(target => `${folder} -> ${target}`)
  )
  expect(upward).toEqual([])
})

test('every import, type-only ones included, stays within its folder or the table', () => {
  expect(
    violations(
      i =>
        i.target !== undefined &&
        folderOf(i.target) !== folderOf(i.file) &&
        folderOf(i.target) !== TYPES_ONLY &&
        !(MAY_IMPORT[folderOf(i.file)] ?? []).includes(folderOf(i.target))
    )
  ).toEqual([])
})

test('each folder states in its main file exactly what the table allows it to import', () => {
  const stated = (folder: string): string[] | undefined => {
    for (const name of readdirSync(join(SRC, folder)).filter(file => file.endsWith('.ts'))) {
      const header = readFileSync(join(SRC, folder, name), 'utf8').slice(0, 1500)
      const match = /May import: ([^.]*)\./.exec(header.replace(/\n \* ?/g, ' '))
      if (match)
        return match[1] === 'nothing of Signet' ? [] : [...match[1].matchAll(/([a-z]+)\//g)].map(m => m[1])
    }
    return undefined
  }
  const mismatched = Object.entries(MAY_IMPORT)
    .map(([folder, allowed]) => ({ folder, allowed: [...allowed].sort(), stated: stated(folder)?.sort() }))
    .filter(entry => JSON.stringify(entry.allowed) !== JSON.stringify(entry.stated))
  expect(mismatched).toEqual([])
})

test('only the action face imports @actions/*, at start-up or on use', () => {
  expect(violations(i => i.from.startsWith('@actions/') && folderOf(i.file) !== 'action')).toEqual([])
})

test("trust/ uses oci/'s data model but none of its I/O", () => {
  const dataModel = [
    'oci/types.ts',
    'oci/digest.ts',
    'oci/reference.ts',
    'oci/canonical.ts',
    'oci/platform.ts'
  ]
  expect(
    violations(
      i =>
        folderOf(i.file) === 'trust' && i.target?.startsWith('oci/') === true && !dataModel.includes(i.target)
    )
  ).toEqual([])
})

test("only run/ and library/ build a registry client; engines get the run's one", () => {
  const builders = files
    .filter(file => /new RegistryClient\(/.test(readFileSync(file, 'utf8')))
    .map(file => folderOf(relative(SRC, file)))
  expect(builders.length).toBeGreaterThan(0)
  expect(builders.filter(folder => !['run', 'library'].includes(folder))).toEqual([])
})

test('the raw input source is read only by inputs/, rules/, run/ and the faces', () => {
  const readers = ['inputs', 'rules', 'run', 'action', 'cli', 'library']
  const users = files
    .filter(file => /\bInputSource\b/.test(readFileSync(file, 'utf8')))
    .map(file => relative(SRC, file))
  expect(users.length).toBeGreaterThan(3)
  expect(users.filter(file => !readers.includes(folderOf(file)))).toEqual([])
})

test('no import cycles between files, type-only imports included', () => {
  const edges = new Map<string, string[]>()
  for (const i of imports) {
    if (i.target === undefined) continue
    edges.set(i.file, [...(edges.get(i.file) ?? []), i.target])
  }
  const cycles: string[] = []
  const state = new Map<string, 'open' | 'done'>()
  const walk = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '))
      return
    }
    state.set(file, 'open')
    for (const next of edges.get(file) ?? []) walk(next, [...path, file])
    state.set(file, 'done')
  }
  for (const file of edges.keys()) walk(file, [])
  expect(cycles).toEqual([])
})

test('reading verify inputs loads no Sigstore verifier or Ed25519ph at start-up: only a signature check does', () => {
  // The CLI is one bundle: whatever verify-inputs.ts reaches by static imports runs before every verify,
  // a Notary-only one included (#27).
  const loaded = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (loaded.has(file)) return
    loaded.add(file)
    for (const i of imports.filter(i => i.file === file && !i.dynamic && !i.typeOnly)) {
      if (i.target === undefined) packages.add(i.from)
      else visit(i.target)
    }
  }
  visit('inputs/verify-inputs.ts')
  expect(loaded.has('trust/sigstore/keyless-signers.ts')).toBe(true)
  expect([...packages].filter(name => /^@sigstore\/(verify|core|bundle)\b|^@noble\//.test(name))).toEqual([])
})
