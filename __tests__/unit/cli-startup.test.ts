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

test('the CLI entry loads main.ts only on use, and main.ts reaches no engine at start-up', () => {
  expect(reachedAtStartup(join(SRC, 'cli/index.ts'))).toEqual(['cli/index.ts'])
  const reached = reachedAtStartup(join(SRC, 'cli/main.ts'))
  expect(reached).toContain('cli/commands.ts')
  // trust/pkcs11-uri.ts (with its error type) is a small parser the secret masking needs, not an engine.
  const engines = reached.filter(
    file =>
      /^(run|verify|sign|trust|gate|store|rules)\/|^oci\/registry/.test(file) &&
      !['trust/pkcs11-uri.ts', 'trust/errors.ts'].includes(file)
  )
  expect(engines).toEqual([])
})
