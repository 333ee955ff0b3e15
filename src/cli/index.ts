#!/usr/bin/env node
/**
 * The `signet` command (dist/cli/index.js): a small bundle that dials a verify's registries, then runs
 * the CLI's bundle (dist/cli/main.cjs) with V8's code cache (code-cache.ts). Both are CommonJS, built by
 * scripts/build-cli.mjs, hence `__dirname` here.
 */
import { join } from 'node:path'
import { connectEarly, verifyFlagsAtFirstLook } from '../run/early-connect.js'
import { EXIT } from '../util/errors.js'
import { cacheNameOf, codeCacheDir, loadBundle } from './code-cache.js'
import type * as Main from './main.js'

async function signet(argv: string[]): Promise<void> {
  // A verify's registries are dialled now, before the rest loads (run/early-connect.ts). Node dials on
  // the next tick: let it, before the bundle's load holds the thread.
  const early = verifyFlagsAtFirstLook(argv)
  if (early !== undefined) {
    connectEarly(early)
    await new Promise(resolve => setImmediate(resolve))
  }
  const bundle = loadBundle(join(__dirname, 'main.cjs'), {
    cacheDir: codeCacheDir(process.env),
    name: cacheNameOf(argv)
  })
  const { main } = bundle.exports as typeof Main
  const status = await main(argv, {
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
  process.exitCode = status
  // A run that did its command's work (verified or rejected, signed or failed) compiled what the command
  // needs; one that stopped at a bad input or an unreachable registry did not.
  if (status === EXIT.OK || status === EXIT.FAILED) bundle.save()
}

void signet(process.argv.slice(2))
