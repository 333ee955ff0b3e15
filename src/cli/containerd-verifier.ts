/**
 * `signet containerd-verifier`: containerd's image verifier (the bindir plugin of containerd 2.x), so a
 * node refuses to pull what Signet rejects; and `signet containerd-verifier install`, which writes the
 * executable containerd runs (the verify flags baked in) and prints the config stanza that enables it.
 */
import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { Inputs, SIGNER_INPUTS, type InputName } from '../inputs/contract.js'
import type { InputSource } from '../inputs/input-values.js'
import { MediaType } from '../oci/types.js'
import { errorMessage, EXIT, InputError } from '../util/errors.js'
import { jsonLine } from '../util/sanitize.js'
import type { CliIo, Command, FlagSpec, ParsedFlags } from './command.js'
import { inputFlags } from './flags.js'

/**
 * The verify inputs a node takes: the same trust and registry settings as the verify step. The
 * accepted-signer inputs (`signers`, `require`, `cosign-key`, …) belong here once verify's plan takes
 * them, and then in the verdict cache's fingerprint (run/containerd-verifier.ts) too: a kept verdict
 * must miss when any of them changes.
 */
const VERIFY_INPUTS: readonly InputName[] = [
  Inputs.Rules,
  Inputs.TrustRoots,
  Inputs.TrustedIdentities,
  Inputs.TrustPolicy,
  Inputs.TrustStore,
  Inputs.TimestampRoots,
  Inputs.Revocation,
  ...SIGNER_INPUTS,
  Inputs.MaxSignatures,
  Inputs.AllowedRegistries,
  Inputs.InsecureRegistries,
  Inputs.RegistryCa,
  Inputs.Username
]

const DEFAULT_MAX_AGE = '10m'
const MAX_AGE_LIMIT_MS = 24 * 3600_000
/** The bounds containerd's bindir plugin is given in the stanza printed by install. */
const STANZA_MAX_VERIFIERS = 10
const STANZA_TIMEOUT = '10s'

/** The node's own settings: credentials that stay off the command line, and the verdict cache. */
const NODE_FLAGS: FlagSpec[] = [
  {
    name: 'password-file',
    value: true,
    description:
      'A file holding the registry password for --username (kept off the command line, and out of the wrapper install writes).'
  },
  {
    name: 'docker-config',
    value: true,
    description:
      "docker's config.json with the node's registry credentials (default: $DOCKER_CONFIG/config.json, else ~/.docker/config.json of the user containerd runs as)."
  },
  {
    name: 'cache-dir',
    value: true,
    description:
      'Keep accepted verdicts here (created 0700), keyed by repository, digest and policy: a node that pulls one image for many pods verifies it once. Without it every pull is verified.'
  },
  {
    name: 'cache-max-age',
    value: true,
    default: DEFAULT_MAX_AGE,
    description:
      'How long a kept verdict stands before the image is verified again: 90s, 10m, 1h (at most 24h).'
  }
]

/** What containerd passes, in its own single-dash spelling (the double-dash one works too). */
const CONTAINERD_FLAGS: FlagSpec[] = [
  {
    name: 'name',
    value: true,
    singleDash: true,
    description: 'The reference containerd pulls, as it was given.'
  },
  {
    name: 'digest',
    value: true,
    singleDash: true,
    description: 'The digest containerd resolved it to: the only thing judged.'
  },
  {
    name: 'stdin-media-type',
    value: true,
    singleDash: true,
    description: `The media type of stdin: ${MediaType.OciDescriptor} (the descriptor containerd resolved, JSON).`
  },
  {
    name: 'operation',
    value: true,
    singleDash: true,
    choices: ['pull', 'run'],
    description:
      '\'pull\' (the default) or \'run\' (verify_on_run: checked again before a container starts, from the cache when fresh); stdin then holds {"operation","descriptor","annotations"}.'
  }
]

export const containerdVerifierCommand: Command = {
  name: 'containerd-verifier',
  summary: "block a node's pull unless Signet verifies the digest containerd resolved (its image verifier)",
  flags: [...CONTAINERD_FLAGS, ...inputFlags('verify', VERIFY_INPUTS), ...NODE_FLAGS],
  errorsToStdout: true,
  details: `containerd 2.x runs it per pull (its transfer service: ctr images pull, and CRI pulls from 2.1 on)
with -name REF -digest sha256:… -stdin-media-type ${MediaType.OciDescriptor}, the descriptor on stdin.
The pull goes on (exit 0) when that digest is signed (an index, or an image), or is an image manifest
listed in a signed index, under the trust its repository's rule gives; otherwise it is blocked with one
line on stdout, which ctr shows as the reason (exit 1 rejected, 2 bad call, 3 registry unreachable).
Layers are not re-hashed: containerd checks every blob's digest as it pulls.
Install it with 'signet containerd-verifier install --bin-dir DIR [flags]'.`,
  async run({ flags, io, log }) {
    const value = (name: string) => flags.values.get(name)?.at(-1)
    // Loaded on use, as every engine of the CLI: other commands start without them.
    const { parseContainerdCall } = await import('../gate/containerd.js')
    const { runContainerdVerifier } = await import('../run/containerd-verifier.js')
    const call = parseContainerdCall(
      {
        name: value('name'),
        digest: value('digest'),
        stdinMediaType: value('stdin-media-type'),
        operation: value('operation')
      },
      await (io.readStdin ?? (async () => ''))()
    )
    const verdict = await runContainerdVerifier(
      verifySource(flags),
      call,
      { log, maskSecret: () => undefined, env: io.env },
      {
        cacheDir: value('cache-dir'),
        cacheMaxAgeMs: readMaxAge(value('cache-max-age') ?? DEFAULT_MAX_AGE),
        dockerConfig: value('docker-config')
      }
    )
    io.stdout(`${verdict.reason}\n`)
    return verdict.exitCode
  }
}

export const containerdVerifierInstallCommand: Command = {
  name: 'containerd-verifier install',
  summary: "write containerd's image verifier (verify flags baked in) and print its config stanza",
  flags: [
    {
      name: 'bin-dir',
      value: true,
      description:
        "containerd's image verifier directory (the bindir plugin's bin_dir); every file in it is run per pull."
    },
    { name: 'file-name', value: true, default: 'signet', description: "The wrapper's name in --bin-dir." },
    {
      name: 'cli',
      value: true,
      description: 'The Signet CLI script the wrapper runs (default: this one, e.g. …/dist/cli/index.js).'
    },
    ...inputFlags('verify', VERIFY_INPUTS),
    ...NODE_FLAGS
  ],
  details: `The wrapper is a shell script: it enters the directory install ran in (relative paths, those in
the rules file too, resolve as they did here) and runs Node with the Signet CLI and the flags given here.
It holds no secret: give --password-file or --docker-config, never a password.
Then add the printed stanza to containerd's config.toml and restart containerd.`,
  async run({ flags, io, json }) {
    const value = (name: string) => flags.values.get(name)?.at(-1)
    const binDir = value('bin-dir')
    if (binDir === undefined)
      throw new InputError('bin-dir', "Missing flag '--bin-dir': containerd's image verifier directory.")
    const fileName = value('file-name') ?? 'signet'
    if (fileName !== basename(fileName) || fileName.startsWith('.'))
      throw new InputError(
        'file-name',
        `Invalid flag '--file-name': '${fileName}' must be a plain file name.`
      )
    const [node, script] = program(io, value('cli'))
    // The same reading a pull will do, now: a bad rules file or root fails here, not on the node's pulls.
    const { readNodePlan } = await import('../run/containerd-verifier.js')
    readNodePlan(verifySource(flags), 'localhost/signet/install-check')
    readMaxAge(value('cache-max-age') ?? DEFAULT_MAX_AGE)
    const baked = [...VERIFY_INPUTS, ...NODE_FLAGS.map(flag => flag.name)].flatMap(name =>
      (flags.values.get(name) ?? []).map(given => `--${name}=${given}`)
    )
    const wrapper = join(resolve(binDir), fileName)
    writeExecutable(wrapper, wrapperScript(process.cwd(), node, script, baked))
    const stanza = configStanza(resolve(binDir))
    const others = readdirSync(binDir).filter(entry => entry !== fileName)
    if (json) {
      io.stdout(`${jsonLine({ wrapper, stanza, otherVerifiers: others })}\n`)
      return EXIT.OK
    }
    io.stdout(
      `Wrote ${wrapper} (mode 0755): it runs '${node} ${script} containerd-verifier' with ${baked.length} flag${baked.length === 1 ? '' : 's'}.\n` +
        (others.length > 0
          ? `Note: containerd runs every file in ${binDir} per pull, and all must allow it; also there: ${others.join(', ')}\n`
          : '') +
        `Add to containerd's config.toml (version 2 or 3) and restart containerd:\n\n${stanza}`
    )
    return EXIT.OK
  }
}

/** The verify flags as the input source of the node gate, the password read from --password-file. */
function verifySource(flags: ParsedFlags): InputSource {
  const passwordFile = flags.values.get('password-file')?.at(-1)
  const username = flags.values.get(Inputs.Username)?.at(-1)
  if ((passwordFile === undefined) !== (username === undefined)) {
    const missing = username === undefined ? 'username' : 'password-file'
    throw new InputError(
      missing,
      `Missing flag '--${missing}': '--username' and '--password-file' go together.`
    )
  }
  const password = passwordFile === undefined ? '' : readPasswordFile(passwordFile)
  return {
    get: name => (name === Inputs.Password ? password : (flags.values.get(name) ?? []).join('\n').trim())
  }
}

function readPasswordFile(path: string): string {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(error)
    throw new InputError('password-file', `--password-file ${path}: cannot read it (${reason}).`)
  }
  const password = text.replace(/\r?\n$/, '')
  if (password === '') throw new InputError('password-file', `--password-file ${path} is empty.`)
  return password
}

/** `90s`, `10m`, `1h` or seconds, as milliseconds. */
function readMaxAge(text: string): number {
  const match = /^(\d{1,6})(s|m|h)?$/.exec(text)
  const unit = match?.[2] === 'h' ? 3600_000 : match?.[2] === 'm' ? 60_000 : 1000
  const ms = match ? Number(match[1]) * unit : NaN
  if (!(ms <= MAX_AGE_LIMIT_MS))
    throw new InputError(
      'cache-max-age',
      `Invalid flag '--cache-max-age': '${text}'. Expected a duration such as 90s, 10m or 1h (at most 24h).`
    )
  return ms
}

/** Node and the CLI script the wrapper runs: this process's, or the script given. */
function program(io: CliIo, cli: string | undefined): [string, string] {
  const script = cli === undefined ? io.self?.[1] : resolve(cli)
  if (script === undefined || !existsSync(script))
    throw new InputError(
      'cli',
      cli === undefined
        ? "Flag '--cli' is needed here: the path of the Signet CLI script (…/dist/cli/index.js) the wrapper runs."
        : `Invalid flag '--cli': ${cli} does not exist.`
    )
  return [io.self?.[0] ?? process.execPath, script]
}

/** A POSIX shell word: single-quoted, a quote inside closed, escaped and reopened. */
function shellWord(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`
}

function wrapperScript(cwd: string, node: string, script: string, flags: string[]): string {
  return [
    '#!/bin/sh',
    "# containerd's image verifier: Signet (written by 'signet containerd-verifier install').",
    '# containerd runs it per pull with -name REF -digest DIGEST -stdin-media-type TYPE; exit 0 allows.',
    `cd ${shellWord(cwd)} || { echo ${shellWord(`signet: cannot enter ${cwd}, where install ran`)}; exit 2; }`,
    `exec ${[node, script, 'containerd-verifier', ...flags].map(shellWord).join(' \\\n  ')} \\\n  "$@"`,
    ''
  ].join('\n')
}

function configStanza(binDir: string): string {
  return [
    '[plugins."io.containerd.image-verifier.v1.bindir"]',
    `  bin_dir = ${JSON.stringify(binDir)}`,
    `  max_verifiers = ${STANZA_MAX_VERIFIERS}`,
    `  per_verifier_timeout = "${STANZA_TIMEOUT}"`,
    ''
  ].join('\n')
}

/**
 * Writes `file` with mode 0755 whole or not at all: containerd runs whatever is in its bin_dir, so the
 * script is written beside the directory and renamed in (written in place when that crosses devices).
 */
function writeExecutable(file: string, text: string): void {
  const dir = dirname(file)
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new InputError('bin-dir', `Invalid flag '--bin-dir': ${dir} is not a directory (create it first).`)
  const temporary = join(dirname(dir), `.${basename(file)}.${process.pid}.tmp`)
  try {
    writeFileSync(temporary, text)
    chmodSync(temporary, 0o755)
    renameSync(temporary, file)
  } catch {
    rmSync(temporary, { force: true })
    writeFileSync(file, text)
    chmodSync(file, 0o755)
  }
}
