#!/usr/bin/env node
/** The `signet` command (dist/cli/index.js). */
import { main } from './main.js'

// @actions/* libraries (glob, via the PR gate) write workflow commands such as '::debug::' to stdout.
// Outside a runner they are noise that would corrupt `--json` output, so the CLI drops them.
const writeStdout = process.stdout.write.bind(process.stdout)
process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
  typeof chunk === 'string' && chunk.startsWith('::debug::')
    ? true
    : writeStdout(chunk, ...rest)) as typeof process.stdout.write

process.exitCode = await main(process.argv.slice(2), {
  stdout: text => writeStdout(text),
  stderr: text => process.stderr.write(text),
  env: process.env,
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
  terminal: process.stderr.isTTY ? { columns: process.stderr.columns || 80 } : undefined
})
