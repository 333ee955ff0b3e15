/**
 * What `signet --version` and `--help` load: the CLI's entry and what it imports at start-up (static,
 * non-type imports) reach no engine. The engines (run/, verify/, sign/, trust/, the registry client) are
 * loaded on use, so a command that needs none of them starts as fast as Node (issue 27).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const SRC = resolve('src')

/** The files `file` imports at start-up: relative, neither `import type` nor `import()`. */
function startupImports(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const found: string[] = []
  for (const m of source.matchAll(/^\s*(import|export)(\s+type)?\b([^'"]*?)\bfrom\s+['"](\.[^'"]+)['"]/gm)) {
    const typeOnly = m[2] !== undefined
    if (!typeOnly) found.push(resolve(dirname(file), m[4].replace(/\.js$/, '.ts')))
  }
  for (const m of source.matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm))
    found.push(resolve(dirname(file), m[1].replace(/\.js$/, '.ts')))
  return found.filter(existsSync)
}

function reachedAtStartup(entry: string): string[] {
  const seen = new Set<string>()
  const walk = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const next of startupImports(file)) walk(next)
  }
  walk(entry)
  return [...seen].map(file => relative(SRC, file)).sort()
}

/** The engines among `files`: trust/pkcs11-uri.ts (with its error type) is a small parser the secret masking needs. */
function engines(files: string[]): string[] {
  return files.filter(
    file =>
      /^(run|verify|sign|trust|gate|store|rules)\/|^oci\/registry/.test(file) &&
      !['trust/pkcs11-uri.ts', 'trust/errors.ts'].includes(file)
  )
}

test('the CLI entry loads main.ts only on use, and main.ts reaches no engine at start-up', () => {
  // The entry (its own bundle, dist/cli/index.js) dials a verify's registries and loads the code cache;
  // main.ts is in the bundle it loads (dist/cli/main.cjs), never imported.
  const entry = reachedAtStartup(join(SRC, 'cli/index.ts'))
  expect(entry).toEqual(expect.arrayContaining(['cli/index.ts', 'cli/code-cache.ts', 'run/early-connect.ts']))
  expect(entry).not.toContain('cli/main.ts')
  expect(engines(entry)).toEqual(['run/early-connect.ts'])
  const reached = reachedAtStartup(join(SRC, 'cli/main.ts'))
  expect(reached).toContain('cli/commands.ts')
  expect(engines(reached)).toEqual([])
})
