#!/usr/bin/env node
/** The `signet` command (dist/cli/index.js). */
import module from 'node:module'

// V8's compile cache (Node ≥ 22.1; absent on Node 20, where this does nothing): a second run on the same
// machine skips compiling the bundle. It must be on before the bundle loads, hence the import below.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
// A verify's registries are dialled now, before the rest loads (run/early-connect.ts).
const argv = process.argv.slice(2)
const { connectEarly, verifyFlagsAtFirstLook } = await import('../run/early-connect.js')
const early = verifyFlagsAtFirstLook(argv)
if (early !== undefined) connectEarly(early)
const { main } = await import('./main.js')

process.exitCode = await main(argv, {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env,
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
  terminal: process.stderr.isTTY ? { columns: process.stderr.columns || 80 } : undefined,
  self: [process.execPath, process.argv[1]]
})
