/**
 * `engines` tells the truth: every Node.js the package (the CLI and the library) declares is accepted by
 * every dependency its bundles are built from (the whole range, so a gap such as Node 21 in
 * `^20.17.0 || >=22.9.0` is left out too), its floor is one some dependency needs, and the action's
 * runtime (action.yml `runs.using`) is one that every dependency of the action accepts. Read from
 * node_modules, so a dependency upgrade that raises its engines fails here rather than on a user's machine.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { parse } from 'yaml'

/** npm's own range semantics (semver is in every npm tree; typed here for the calls used). */
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean
  subset(range: string, superset: string): boolean
  minVersion(range: string): { version: string } | null
}

interface Manifest {
  name: string
  version: string
  engines?: { node?: string }
  dependencies?: Record<string, string>
}

const readJson = (path: string): Manifest => JSON.parse(readFileSync(path, 'utf8')) as Manifest

/**
 * The packages a face's bundle is built from: every bare import (static, `export … from` or import())
 * of the source files reachable from its entries through relative imports, as the bundler follows
 * them; node: builtins left out.
 */
function bundledPackages(entries: string[]): Set<string> {
  const names = new Set<string>()
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const [, specifier] of text.matchAll(/(?:from|import\()\s*'([^']+)'/g)) {
      if (specifier.startsWith('.')) {
        const target = join(dirname(file), specifier.replace(/\.js$/, '.ts'))
        if (existsSync(target)) visit(target)
        continue
      }
      if (specifier.startsWith('node:')) continue
      const parts = specifier.split('/')
      const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
      // A word in a comment that happens to look like an import names no installed package.
      if (existsSync(join('node_modules', name, 'package.json'))) names.add(name)
    }
  }
  for (const entry of entries) visit(entry)
  return names
}

/** Every package `roots` depend on, transitively, as npm installed them (nested copies first). */
function dependencyTree(roots: Set<string>): Map<string, Manifest> {
  const found = new Map<string, Manifest>()
  const visit = (name: string, from: string): void => {
    const nested = join(from, 'node_modules', name)
    const dir = existsSync(join(nested, 'package.json')) ? nested : join('node_modules', name)
    if (found.has(dir) || !existsSync(join(dir, 'package.json'))) return
    const manifest = readJson(join(dir, 'package.json'))
    found.set(dir, manifest)
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir)
  }
  for (const root of roots) visit(root, '.')
  return found
}

/** The packages of `tree` whose `engines.node` does not accept every version of `range`. */
function refusing(tree: Map<string, Manifest>, range: string): string[] {
  return [...tree.values()]
    .filter(manifest => manifest.engines?.node && !semver.subset(range, manifest.engines.node))
    .map(manifest => `${manifest.name}@${manifest.version} wants node ${manifest.engines?.node}`)
}

/** The entries of each bundle (package.json `scripts.package`): the package's CLI and library, the action. */
const faces = {
  cli: ['src/cli/index.ts', 'src/library/index.ts'],
  action: ['src/action/index.ts']
}

test("the package's engines: only Node.js versions every dependency of the CLI and the library accepts, from the lowest they need", () => {
  const declared = readJson('package.json').engines?.node ?? ''
  const lowest = semver.minVersion(declared)?.version ?? ''
  const tree = dependencyTree(bundledPackages(faces.cli))
  expect(tree.size).toBeGreaterThan(5)
  expect(refusing(tree, declared)).toEqual([])
  // Not lower than it needs to be: some dependency needs exactly this floor.
  const floors = [...tree.values()].map(
    manifest => semver.minVersion(manifest.engines?.node ?? '0.0.0')?.version
  )
  expect(floors).toContain(lowest)
  // The action's bundle is not the package's concern: @actions/* stay out of the CLI's tree.
  expect([...tree.values()].filter(manifest => manifest.name.startsWith('@actions/'))).toEqual([])
})

test("the action's runtime (action.yml runs.using) is accepted by every dependency of the action", () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as { runs: { using: string } }
  const major = /^node(\d+)$/.exec(action.runs.using)?.[1]
  expect(major).toBeDefined()
  const tree = dependencyTree(bundledPackages(faces.action))
  expect([...tree.values()].some(manifest => manifest.name === '@actions/core')).toBe(true)
  expect(refusing(tree, `${major}.0.0`)).toEqual([])
})
