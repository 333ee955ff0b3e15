/**
 * `signet cert generate-test DIR`: a throwaway root CA, intermediate CA and code-signing leaf with its
 * key, written to DIR for a first sign and verify (as `notation cert generate-test`). Not for production.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { errorMessage, EXIT, InputError } from '../util/errors.js'
import type { Command } from './command.js'

/** Files of the generated PKI, with the input each one feeds. */
const FILES = [
  { name: 'key.pem', input: 'signing-key', what: "the leaf's private key, unencrypted" },
  { name: 'chain.pem', input: 'signing-cert-chain', what: 'leaf, intermediate, root (leaf first)' },
  { name: 'root.pem', input: 'trust-roots', what: 'the root CA certificate' }
] as const

export const certGenerateTestCommand: Command = {
  name: 'cert generate-test',
  summary: 'write a throwaway root, intermediate, code-signing leaf and key to DIR (not for production)',
  args: [
    {
      name: 'DIR',
      description: 'Where to write them: a new or empty directory (created if missing).',
      completion: 'directories'
    }
  ],
  flags: [
    {
      name: 'common-name',
      value: true,
      description: "The leaf certificate's common name (CN).",
      default: 'signet-test'
    },
    { name: 'days', value: true, description: "The leaf's validity in days, 1 to 3650.", default: '365' }
  ],
  details: `Writes key.pem (the leaf's private key, unencrypted), chain.pem (leaf, intermediate, root) and
root.pem (the root CA). For trying Signet out: NOT for production, where the key lives in a secret or an
HSM and the CA is your organisation's.`,
  async run({ flags, io, json }) {
    const [dir] = flags.args.get('DIR') ?? []
    const [daysFlag] = flags.values.get('days') ?? []
    const days = daysFlag === undefined ? undefined : Number(daysFlag)
    if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 3650)) {
      throw new InputError('days', `--days '${daysFlag}': expected a whole number of days from 1 to 3650.`)
    }
    const target = resolve(dir)
    // Never overwrite keys: a directory that holds anything is refused.
    if (existsSync(target) && readdirSync(target).length > 0) {
      throw new InputError('cert', `${target} is not empty: pass a new or empty directory.`)
    }
    const { generateTestCertificates } = await import('../trust/test-certificates.js')
    const pki = await generateTestCertificates({ commonName: flags.values.get('common-name')?.[0], days })
    const contents = { 'key.pem': pki.key, 'chain.pem': pki.chain, 'root.pem': pki.root }
    try {
      mkdirSync(target, { recursive: true })
      for (const file of FILES) {
        writeFileSync(join(target, file.name), contents[file.name], {
          mode: file.name === 'key.pem' ? 0o600 : 0o644
        })
      }
    } catch (error) {
      throw new InputError('cert', `cannot write to ${target}: ${errorMessage(error)}`)
    }
    const paths = Object.fromEntries(FILES.map(file => [file.input, join(target, file.name)]))
    const identity = `x509.subject: ${pki.subject}`
    if (json) {
      io.stdout(`${JSON.stringify({ ...paths, 'trusted-identities': identity })}\n`)
      return EXIT.OK
    }
    const width = Math.max(...FILES.map(file => join(target, file.name).length))
    io.stdout(
      [
        `Test certificates in ${target}: NOT FOR PRODUCTION (throwaway CA, unencrypted key).`,
        ...FILES.map(file => `  ${join(target, file.name).padEnd(width)}  --${file.input}  ${file.what}`),
        `Signer: ${pki.subject}`,
        '',
        'Sign and verify with them:',
        `  signet sign REGISTRY/REPO:TAG --manifests 'SOURCE scenario=TAG' \\`,
        `    --signing-key ${shellQuote(paths['signing-key'])} --signing-cert-chain ${shellQuote(paths['signing-cert-chain'])}`,
        `  signet verify REGISTRY/REPO:TAG --trust-roots ${shellQuote(paths['trust-roots'])} \\`,
        `    --trusted-identities ${shellQuote(identity)}`,
        ''
      ].join('\n')
    )
    return EXIT.OK
  }
}

/** A word a POSIX shell reads back as it is. */
function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}
