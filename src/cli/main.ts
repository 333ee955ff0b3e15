/**
 * Folder cli/: the CLI face. Owns commands, flags (= input names), help and exit codes.
 * May import: inputs/, rules/, report/, the modes (sign/, verify/, gate/), util/. Never action/.
 *
 * The CLI face: `signet sign|verify|verify-envelope [--<input> value]…`. Every action input is a flag of
 * the same name; a flag given several times makes a multi-line input. Logs go to stderr, results to
 * stdout (`--json` for machines). Exit 0 success, 1 verification or operation failed, 2 bad input.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { Inputs, MODES, SECRET_INPUTS, SIGNING_AGENT, type InputName } from '../inputs/contract.js'
import { withoutSecrets } from '../inputs/secrets.js'
import { errorMessage, InputError, SignetError } from '../util/errors.js'
import { readSweepInputs, type InputSource } from '../inputs/read-inputs.js'
import { readInputsWithRules } from '../rules/apply.js'
import type { Log } from '../util/log.js'
import {
  rejectionMessage,
  signOutputs,
  signTable,
  verifyOutputs,
  verifyTable,
  type OutputValues,
  type Table
} from '../report/outputs.js'
import { signatureTable } from '../report/signatures.js'
import { sign } from '../sign/sign.js'
import { sweep, sweepTable } from '../sign/sweep.js'
import { verifyEnvelopeFile } from '../verify/envelope-file.js'
import { annotateFailures, gateTable } from '../gate/gate.js'
import { annotateWorkloads, workloadTable } from '../gate/workloads.js'
import { runVerify } from '../verify/run.js'
import { runRulesCommand } from './rules.js'
import { jsonLine, oneLine, safeLines } from '../util/sanitize.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
}

const USAGE = `Usage: signet <command> [--<input> <value>]… [--json] [--debug]

Commands:
  sign              push platform images, publish a scenario-tagged index, sign it
  verify            verify signature, chain, scenario selection and every blob of images
  verify-envelope   verify a detached signature envelope (--envelope FILE --trust-roots FILE)
  rules from-trust-policy   convert a notation trustpolicy.json + trust store into a rules file

Every action input is a flag of the same name (see README.md); repeat a flag for a multi-line input:
  signet sign --image 127.0.0.1:5000/app:1.0 --insecure-registries 127.0.0.1:5000 \\
    --manifests "oci-layout:./out/amd64 scenario=kernel-5.15" \\
    --manifests "oci-layout:./out/arm64 scenario=kernel-4.19.90" \\
    --signing-key key.pem --signing-cert-chain chain.pem
  signet verify --image 127.0.0.1:5000/app:1.0 --insecure-registries 127.0.0.1:5000 \\
    --trust-roots root.pem --scenario kernel-4.19.90

Exit status: 0 success, 1 verification or operation failed, 2 bad input.`

const INPUT_FLAGS = Object.values(Inputs).filter(name => name !== Inputs.Mode)
type Flags = Record<string, string[] | boolean | undefined>

export async function main(argv: string[], terminal: CliIo): Promise<number> {
  // No secret input's value is ever printed, whatever message quotes it (inputs/secrets.ts).
  const secrets = secretFlags(argv)
  const io: CliIo = {
    ...terminal,
    stdout: text => terminal.stdout(withoutSecrets(text, secrets)),
    stderr: text => terminal.stderr(withoutSecrets(text, secrets))
  }
  let json = false
  try {
    const [command, ...rest] = argv
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${USAGE}\n`)
      return command === undefined ? 2 : 0
    }
    if (command === '--version') {
      io.stdout(`${SIGNING_AGENT}\n`)
      return 0
    }
    if (command === 'rules') return runRulesCommand(rest, io)
    const flags = parseFlags(rest, command === 'verify-envelope')
    json = flags.json === true
    const log = cliLog(io, flags.debug === true || io.env.RUNNER_DEBUG === '1')
    if (command === 'verify-envelope') return await runVerifyEnvelope(flags, io, json)
    if (!(MODES as readonly string[]).includes(command)) {
      throw new InputError(
        Inputs.Mode,
        `Unknown command '${command}'. Expected one of: sign, verify, verify-envelope (see --help).`
      )
    }
    const source = flagSource(command, flags)
    if (command === 'sign' && source.get(Inputs.Sweep) !== '') {
      const result = await sweep(readSweepInputs(source), source, { log, maskSecret: () => undefined })
      print(io, json, result, {}, sweepTable(result))
      return result.counts.failed === 0 ? 0 : 1
    }
    const inputs = readInputsWithRules(source)
    if (inputs.mode === 'sign') {
      const result = await sign(inputs, { log, maskSecret: () => undefined })
      print(io, json, result, signOutputs(result), signTable(result))
      return 0
    }
    const { result, gate, workloads } = await runVerify(inputs, { log, maskSecret: () => undefined })
    print(io, json, result, verifyOutputs(result), verifyTable(result))
    if (!json) print(io, false, undefined, {}, signatureTable(result))
    if (gate !== undefined) {
      annotateFailures(gate.images, gate.result, (message, { file, startLine }) =>
        io.stderr(`${oneLine(file)}:${startLine}: ${oneLine(message)}\n`)
      )
      if (!json) print(io, false, undefined, {}, gateTable(gate.images, gate.result))
    }
    if (workloads !== undefined) {
      annotateWorkloads(workloads.images, workloads.result, (level, message, { file, startLine }) =>
        io.stderr(`${oneLine(file)}:${startLine}: ${level}: ${oneLine(message)}\n`)
      )
      if (!json) print(io, false, undefined, {}, workloadTable(workloads.images, workloads.result))
    }
    if (!result.verified) io.stderr(`${safeLines(rejectionMessage(result))}\n`)
    return result.verified ? 0 : 1
  } catch (error) {
    const code = error instanceof SignetError ? error.exitCode : 1
    if (json)
      io.stdout(
        `${jsonLine({ error: errorMessage(error), code: error instanceof SignetError ? error.code : 'INTERNAL' })}\n`
      )
    io.stderr(`signet: ${safeLines(errorMessage(error))}\n`)
    return code
  }
}

/** The values given to secret flags (`--name value` or `--name=value`), read before any parsing can fail. */
function secretFlags(argv: string[]): InputSource {
  const values = new Map<string, string[]>()
  argv.forEach((arg, index) => {
    const [flag, inline] = arg.startsWith('--')
      ? [arg.slice(2).split('=')[0], arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined]
      : ['', undefined]
    if (!(SECRET_INPUTS as readonly string[]).includes(flag)) return
    const value = inline ?? argv[index + 1]
    if (value !== undefined) values.set(flag, [...(values.get(flag) ?? []), value])
  })
  return { get: name => (values.get(name) ?? []).join('\n') }
}

function parseFlags(args: string[], envelopeCommand: boolean): Flags {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {
    json: { type: 'boolean' },
    debug: { type: 'boolean' }
  }
  for (const name of INPUT_FLAGS) options[name] = { type: 'string', multiple: true }
  if (envelopeCommand) options.envelope = { type: 'string', multiple: true }
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Flags
  } catch (error) {
    throw new InputError('flags', `${errorMessage(error)}. See 'signet --help'.`)
  }
}

function flagSource(mode: string, flags: Flags): InputSource {
  return {
    get: (name: InputName) => {
      if (name === Inputs.Mode) return mode
      const values = flags[name]
      return Array.isArray(values) ? values.join('\n').trim() : ''
    }
  }
}

async function runVerifyEnvelope(flags: Flags, io: CliIo, json: boolean): Promise<number> {
  const envelopePath = (flags.envelope as string[] | undefined)?.[0]
  if (envelopePath === undefined)
    throw new InputError('envelope', "Missing flag '--envelope': the path of a signature envelope file.")
  const source = flagSource('verify', flags)
  const result = verifyEnvelopeFile(readFileSync(envelopePath), {
    trustRoots: source.get(Inputs.TrustRoots),
    trustedIdentities: source.get(Inputs.TrustedIdentities)
  })
  if (json) {
    io.stdout(`${jsonLine(result)}\n`)
  } else if (result.verified) {
    io.stdout(
      `verified: ${oneLine(`${result.target?.mediaType} ${result.target?.digest}`)} (${result.target?.size} bytes)\nsigner: ${oneLine(result.signer ?? '')}\n`
    )
  } else {
    io.stdout(`rejected: ${oneLine(result.reason ?? '')}\n`)
  }
  return result.verified ? 0 : 1
}

/** `--json` prints the whole result (what the action's outputs are made of); otherwise a table and the outputs. */
function print(io: CliIo, json: boolean, result: unknown, outputs: OutputValues, table: Table): void {
  if (json) {
    io.stdout(`${jsonLine(result)}\n`)
    return
  }
  io.stdout(`${oneLine(table.title)}\n`)
  table = { ...table, rows: table.rows.map(row => row.map(cell => oneLine(cell))) }
  const widths = table.header.map((head, column) =>
    Math.max(head.length, ...table.rows.map(row => row[column].length))
  )
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()
  io.stdout(`${[line(table.header), ...table.rows.map(line)].join('\n')}\n`)
  for (const [name, value] of Object.entries(outputs)) {
    if (name !== 'report' && name !== 'manifests')
      io.stdout(`${name}: ${safeLines(value).replace(/\n/g, ' ')}\n`)
  }
}

function cliLog(io: CliIo, debug: boolean): Log {
  let depth = 0
  const write = (text: string): void => io.stderr(`${'  '.repeat(depth)}${oneLine(text)}\n`)
  return {
    info: write,
    warning: message => write(`warning: ${message}`),
    debug: message => (debug ? write(`debug: ${message}`) : undefined),
    group: async (title, body) => {
      write(`== ${title}`)
      depth++
      try {
        return await body()
      } finally {
        depth--
      }
    }
  }
}
