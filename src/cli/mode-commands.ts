/**
 * The commands of the two modes, `signet sign` and `signet verify` (every flag an action input of the
 * same name), and `signet verify-envelope` for a detached signature file.
 */
import { readFileSync } from 'node:fs'
import { Inputs, type InputName, type Mode } from '../inputs/contract.js'
import type { InputSource } from '../inputs/input-values.js'
import type { OutputValues, Table } from '../report/outputs.js'
import type { ModeRun } from '../report/run-result.js'
import type { RunEnvironment } from '../run/context.js'
import { errorMessage, EXIT, InputError } from '../util/errors.js'
import type { Log } from '../util/log.js'
import { jsonLine, oneLine, safeLines } from '../util/sanitize.js'
import { formatTable } from './table-text.js'
import type { Command, CliIo, ParsedFlags } from './command.js'
import { imageArgument, inputFlags, modeDocs, PASSWORD_STDIN } from './flags.js'

/** `signet sign` and `signet verify`: the action inputs of the mode as flags, its outputs in the help. */
function modeCommand(mode: Mode, summary: string, example: string, run: Command['run']): Command {
  const outputs = modeDocs('outputs', mode).map(
    output => `  ${output.name.padEnd(18)}${output.description.replace(/\n/g, ' ')}`
  )
  return {
    name: mode,
    summary,
    args: [imageArgument(mode)],
    flags: [...inputFlags(mode), PASSWORD_STDIN],
    details: [
      'Outputs (printed after the table; --json prints the whole result):',
      ...outputs,
      '',
      'Example:',
      example
    ].join('\n'),
    run
  }
}

export const signCommand = modeCommand(
  'sign',
  'push platform images, publish a scenario-tagged index, sign it',
  `  signet sign --image 127.0.0.1:5000/app:1.0 --insecure-registries 127.0.0.1:5000 \\
    --manifests "oci-layout:./out/amd64 scenario=kernel-5.15" \\
    --manifests "oci-layout:./out/arm64 scenario=kernel-4.19.90" \\
    --signing-key key.pem --signing-cert-chain chain.pem`,
  async ({ flags, io, json, log }) => {
    // Loaded on use, as every engine: `signet --version` and `--help` start without them.
    const { runSign } = await import('../run/sign.js')
    return render(io, json, await runSign(flagSource('sign', flags), environment(io, log)))
  }
)

export const verifyCommand = modeCommand(
  'verify',
  'verify signature, chain, scenario selection and every blob of images',
  `  signet verify --image 127.0.0.1:5000/app:1.0 --insecure-registries 127.0.0.1:5000 \\
    --trust-roots root.pem --scenario kernel-4.19.90`,
  async ({ flags, io, json, log }) => {
    const source = flagSource('verify', flags)
    // The run's first reads start while the engines load.
    const { runWarmVerify } = await import('../run/warm-up.js')
    const run = await runWarmVerify(source, environment(io, log))
    const code = render(io, json, run)
    if (!run.result.verified) {
      // The reasons are in the log and in the table's notes already: the last line is the run's headline.
      const { verifyHeadline } = await import('../report/outputs.js')
      io.stderr(`signet: ${verifyHeadline(run.result.images)} (reasons above)\n`)
    }
    return code
  }
)

export const verifyEnvelopeCommand: Command = {
  name: 'verify-envelope',
  summary: 'verify a detached signature envelope (--envelope FILE --trust-roots FILE)',
  flags: [
    {
      name: 'envelope',
      value: true,
      description:
        'Path of a signature envelope file (JWS `application/jose+json` or COSE `application/cose`), e.g. from `notation sign`.'
    },
    ...inputFlags('verify', [Inputs.TrustRoots, Inputs.TrustedIdentities, Inputs.TimestampRoots])
  ],
  details: 'Prints the signed target (media type, digest, size) and the signer; exit 1 when rejected.',
  async run({ flags, io, json }) {
    const envelopePath = flags.values.get('envelope')?.[0]
    if (envelopePath === undefined)
      throw new InputError('envelope', "Missing flag '--envelope': the path of a signature envelope file.")
    const source = flagSource('verify', flags)
    const { verifyEnvelopeFile } = await import('../verify/envelope-file.js')
    const result = verifyEnvelopeFile(readEnvelopeFlag(envelopePath), {
      trustRoots: source.get(Inputs.TrustRoots),
      trustedIdentities: source.get(Inputs.TrustedIdentities),
      timestampRoots: source.get(Inputs.TimestampRoots)
    })
    if (json) {
      io.stdout(`${jsonLine(result)}\n`)
    } else if (result.verified) {
      io.stdout(
        `verified: ${oneLine(`${result.target?.mediaType} ${result.target?.digest}`)} (${result.target?.size} bytes)\nsigner: ${oneLine(result.signer ?? '')}\n`
      )
      if (result.timestamp !== undefined)
        io.stdout(`timestamp: ${oneLine(`${result.timestamp.time} by ${result.timestamp.tsa}`)}\n`)
    } else {
      io.stdout(`rejected: ${oneLine(result.reason ?? '')}\n`)
    }
    return result.verified ? EXIT.OK : EXIT.FAILED
  }
}

/** The parsed flags as the input source of `mode`; a repeated flag is a multi-line input. */
function flagSource(mode: Mode, flags: ParsedFlags): InputSource {
  return {
    get: (name: InputName) => {
      if (name === Inputs.Mode) return mode
      return (flags.values.get(name) ?? []).join('\n').trim()
    }
  }
}

/** A run of the CLI: its log, no masking service (secrets are cut from output by main.ts), its environment. */
function environment(io: CliIo, log: Log): RunEnvironment {
  return { log, maskSecret: () => undefined, env: io.env }
}

/**
 * Prints a run: its annotations as `file:line: level: message` lines on stderr, then `--json` the whole
 * result, or the table and the outputs. Returns the run's exit code.
 */
function render(io: CliIo, json: boolean, run: ModeRun<unknown>): number {
  for (const { level, message, file, startLine } of run.annotations)
    io.stderr(`${oneLine(file)}:${startLine}: ${level}: ${oneLine(message)}\n`)
  print(io, json, run.result, run.outputs, run.table)
  return run.exitCode
}

/** `--json` prints the whole result (what the action's outputs are made of); otherwise a table and the outputs. */
function print(io: CliIo, json: boolean, result: unknown, outputs: OutputValues, table: Table): void {
  if (json) {
    io.stdout(`${jsonLine(result)}\n`)
    return
  }
  io.stdout(formatTable(table))
  // A multi-line output (a line per verified image) is a `name: value` line per value, as grep reads it;
  // an empty one (no image verified) prints nothing.
  for (const [name, value] of Object.entries(outputs)) {
    if (name === 'report' || name === 'manifests' || value === '') continue
    for (const line of safeLines(value).split('\n')) io.stdout(`${name}: ${line}\n`)
  }
}

/** The --envelope file; a missing or unreadable one is bad input (exit 2) naming the flag. */
function readEnvelopeFlag(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(error)
    throw new InputError('envelope', `--envelope ${path}: cannot read the signature envelope (${reason}).`)
  }
}
