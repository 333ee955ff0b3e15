// The CLI (dist/cli), after ncc has built the action: two CommonJS bundles made by esbuild. index.js, the
// `signet` bin, is small: it dials a verify's registries, then runs main.cjs, everything else, with V8's
// code cache (src/cli/code-cache.ts). CommonJS because Node 20 can cache the compiled code of a script
// (vm.Script cachedData) and of no ES module; and one file, because a cached script is one file.
import { build } from 'esbuild'
import { writeFileSync } from 'node:fs'

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent' }

for (const [entry, outfile] of [
  ['src/cli/main.ts', 'dist/cli/main.cjs'],
  ['src/cli/index.ts', 'dist/cli/index.js']
]) {
  const { warnings } = await build({ ...common, entryPoints: [entry], outfile })
  // A warning here is a bundle that may not run as the source reads (import.meta in CommonJS, say).
  if (warnings.length > 0) {
    for (const warning of warnings) console.error(`${entry}: ${warning.text}`)
    process.exit(1)
  }
}
// The package is "type": "module"; these two are CommonJS.
writeFileSync('dist/cli/package.json', '{\n  "type": "commonjs"\n}\n')
