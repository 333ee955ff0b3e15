#!/usr/bin/env node
/** The `signet` command (dist/cli/index.js). */
import { main } from './cli.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env
})
