// The CLI (dist/cli), after ncc has built the action: two CommonJS bundles made by esbuild. index.js, the
// `signet` bin, is small: it dials a verify's registries, then runs main.cjs, everything else, with V8's
// code cache (src/cli/code-cache.ts). CommonJS because Node 20 can cache the compiled code of a script
// (vm.Script cachedData) and of no ES module; and one file, because a cached script is one file.
// Usage: node scripts/build-cli.mjs [DIR] (dist/cli by default; a test builds the source's CLI elsewhere).
import { build } from 'esbuild'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const out = process.argv[2] ?? 'dist/cli'

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent' }

for (const [entry, outfile] of [
  ['src/cli/main.ts', join(out, 'main.cjs')],
  ['src/cli/index.ts', join(out, 'index.js')]
]) {
  const { warnings } = await build({ ...common, entryPoints: [entry], outfile })
  // A warning here is a bundle that may not run as the source reads (import.meta in CommonJS, say).
  if (warnings.length > 0) {
    for (const warning of warnings) console.error(`${entry}: ${warning.text}`)
    process.exit(1)
  }
}
// The package is "type": "module"; these two are CommonJS.
writeFileSync(join(out, 'package.json'), '{\n  "type": "commonjs"\n}\n')
