#!/usr/bin/env node
/** The `signet` command (dist/cli/index.js). */
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env,
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
  terminal: process.stderr.isTTY ? { columns: process.stderr.columns || 80 } : undefined
})
