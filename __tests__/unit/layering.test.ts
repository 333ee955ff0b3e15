/** The layers stay apart: the registry client knows nothing of GitHub or signing; trust nothing of registries. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

function importsOf(dir: string): [string, string][] {
  return readdirSync(dir)
    .filter(file => file.endsWith('.ts'))
    .flatMap(file => {
      const source = readFileSync(join(dir, file), 'utf8')
      return [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map(
        (match): [string, string] => [file, match[1]]
      )
    })
}

test('src/oci imports nothing from @actions/* nor from trust, sign or verify code', () => {
  const imports = importsOf('src/oci')
  expect(imports.length).toBeGreaterThan(10)
  expect(
    imports.filter(
      ([, from]) =>
        from.startsWith('@actions/') || /(^|\/)(trust|sign|verify)/.test(from.replace(/^\.\.?\//, ''))
    )
  ).toEqual([])
  expect(imports.filter(([, from]) => from.startsWith('../') && from !== '../errors.js')).toEqual([])
})

test('src/trust imports nothing from @actions/* nor the registry client', () => {
  const imports = importsOf('src/trust')
  expect(imports.length).toBeGreaterThan(5)
  expect(
    imports.filter(
      ([, from]) => from.startsWith('@actions/') || /oci\/(registry|transport|auth|referrers)/.test(from)
    )
  ).toEqual([])
})
