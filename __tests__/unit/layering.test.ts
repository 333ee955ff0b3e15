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
const FACES = ['action', 'cli', 'library']
const MODES = ['sign', 'verify', 'gate', 'store']

function violations(predicate: (i: Import) => boolean): string[] {
  return imports.filter(predicate).map(i => `${i.file} imports ${i.from}`)
}

test('the import graph was read (a broken reader would make every rule pass)', () => {
  expect(files.length).toBeGreaterThan(40)
  expect(imports.filter(i => i.target).length).toBeGreaterThan(150)
  expect(imports.some(i => i.dynamic)).toBe(true)
  // Every relative import names a file that exists: the reader resolves paths as the compiler does.
  expect(
    imports.filter(i => i.target && !i.target.endsWith('.cjs') && !files.includes(join(SRC, i.target)))
  ).toEqual([])
})

test('src/ holds only capability folders, no loose modules', () => {
  const loose = readdirSync(SRC).filter(name => !statSync(join(SRC, name)).isDirectory())
  expect(loose).toEqual([])
})

test('only the action face imports @actions/* at start-up; others load them on use', () => {
  // @actions/core belongs to the action. The PR gate (@actions/github, @actions/glob) and the store's
  // cache (@actions/cache, in store/cache.ts, itself loaded on use) bring theirs only when a run needs
  // them, so the CLI and most action runs never load them.
  const loadedOnUse = ['store/cache.ts']
  expect(
    violations(
      i =>
        i.from.startsWith('@actions/') &&
        !i.typeOnly &&
        !i.dynamic &&
        folderOf(i.file) !== 'action' &&
        !loadedOnUse.includes(i.file)
    )
  ).toEqual([])
  expect(violations(i => loadedOnUse.includes(i.target ?? '') && !i.dynamic && !i.typeOnly)).toEqual([])
  expect(violations(i => i.from === '@actions/core' && folderOf(i.file) !== 'action')).toEqual([])
})

test('oci/ imports nothing but itself and util/', () => {
  expect(
    violations(
      i =>
        folderOf(i.file) === 'oci' && i.target !== undefined && !['oci', 'util'].includes(folderOf(i.target))
    )
  ).toEqual([])
  expect(violations(i => folderOf(i.file) === 'oci' && i.from.startsWith('@actions/'))).toEqual([])
})

test("trust/ uses oci/'s data model but none of its I/O", () => {
  const dataModel = ['oci/types.ts', 'oci/digest.ts', 'oci/reference.ts', 'oci/platform.ts']
  expect(
    violations(
      i =>
        folderOf(i.file) === 'trust' &&
        i.target !== undefined &&
        !['trust', 'util'].includes(folderOf(i.target)) &&
        !dataModel.includes(i.target)
    )
  ).toEqual([])
})

test("rules/ imports only inputs/, trust/, oci/'s data model and util/", () => {
  const dataModel = ['oci/types.ts', 'oci/digest.ts', 'oci/reference.ts', 'oci/platform.ts']
  expect(
    violations(
      i =>
        folderOf(i.file) === 'rules' &&
        i.target !== undefined &&
        !['rules', 'inputs', 'trust', 'util'].includes(folderOf(i.target)) &&
        !dataModel.includes(i.target)
    )
  ).toEqual([])
  expect(violations(i => folderOf(i.file) === 'rules' && i.from.startsWith('@actions/'))).toEqual([])
})

test('util/ imports nothing of Signet; inputs/ and report/ import no mode or face', () => {
  expect(
    violations(i => folderOf(i.file) === 'util' && i.target !== undefined && folderOf(i.target) !== 'util')
  ).toEqual([])
  expect(
    violations(
      i =>
        folderOf(i.file) === 'inputs' &&
        i.target !== undefined &&
        [...MODES, ...FACES, 'report', 'rules'].includes(folderOf(i.target))
    )
  ).toEqual([])
  expect(
    violations(
      i => folderOf(i.file) === 'report' && i.target !== undefined && FACES.includes(folderOf(i.target))
    )
  ).toEqual([])
})

test('no mode, and nothing below the faces, imports a face', () => {
  expect(
    violations(
      i =>
        i.target !== undefined &&
        FACES.includes(folderOf(i.target)) &&
        folderOf(i.target) !== folderOf(i.file)
    )
  ).toEqual([])
})

test('no import cycles between files', () => {
  const edges = new Map<string, string[]>()
  for (const i of imports) {
    if (i.target === undefined || i.typeOnly) continue
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

test('each folder says in its main file what it owns and what it may import', () => {
  const folders = readdirSync(SRC).filter(name => statSync(join(SRC, name)).isDirectory() && name !== 'types')
  const undocumented = folders.filter(folder =>
    readdirSync(join(SRC, folder))
      .filter(name => name.endsWith('.ts'))
      .every(name => !/May import:/.test(readFileSync(join(SRC, folder, name), 'utf8').slice(0, 1500)))
  )
  expect(undocumented).toEqual([])
})
