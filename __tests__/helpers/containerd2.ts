/**
 * containerd 2.x (Debian forky/sid's, unpacked by scripts/ensure-tools.mjs as `containerd2`) sandboxed in
 * a temp dir with its image verifier plugin: config version 3, its own root, state, temp and sockets,
 * CRI, NRI and the sandbox controllers disabled, only the native snapshotter, one transfer unpack entry
 * (linux/amd64: a second, arm64, entry stops the transfer plugin from loading) and the bindir stanza.
 * Stopped by its PID. `ctr images pull` goes through the transfer service, which runs the verifiers.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { toolPath } from '../../scripts/ensure-tools.mjs'
import { lowercaseTempDir } from './peers.js'

export interface CtrRun {
  code: number | null
  stdout: string
  stderr: string
}

export interface Containerd2 {
  /** The image verifier directory (the bindir plugin's bin_dir), created empty. */
  binDir: string
  /** containerd's gRPC socket (CRI's too, when started with `cri`). */
  socket: string
  /** `ctr --address SOCKET ARGS…`, whatever its exit status. */
  ctr(args: string[]): Promise<CtrRun>
  /** containerd's own log (debug level): verifier stderr lines land there. */
  logs(): string
  stop(): Promise<void>
}

const START_MS = 15_000
/** Snapshotters besides native: disabled, so none probes the machine. */
const OTHER_SNAPSHOTTERS = ['overlayfs', 'btrfs', 'zfs', 'devmapper', 'aufs', 'blockfile', 'erofs']

export function containerd2Binary(binary: 'containerd' | 'ctr'): string {
  return toolPath('containerd2', binary)
}

export interface Containerd2Options {
  timeout?: string
  /**
   * Serve CRI (the kubelet's API) too: its image service on the native snapshotter, registries from
   * `configPath` (hosts.toml directories), and `imageConfig` lines added to its section.
   */
  cri?: { configPath: string; imageConfig?: string[] }
}

export async function startContainerd2(options: Containerd2Options = {}): Promise<Containerd2> {
  const dir = await lowercaseTempDir('signet-containerd2')
  const binDir = join(dir, 'verifiers')
  await mkdir(binDir)
  const socket = join(dir, 'containerd.sock')
  const quoted = (value: string) => JSON.stringify(value)
  const config = [
    'version = 3',
    `root = ${quoted(join(dir, 'root'))}`,
    `state = ${quoted(join(dir, 'state'))}`,
    `temp = ${quoted(join(dir, 'temp'))}`,
    `disabled_plugins = ${JSON.stringify([
      // CRI's gRPC service needs the sandbox controllers.
      ...(options.cri
        ? []
        : [
            'io.containerd.grpc.v1.cri',
            'io.containerd.cri.v1.images',
            'io.containerd.cri.v1.runtime',
            'io.containerd.podsandbox.controller.v1.podsandbox',
            'io.containerd.sandbox.controller.v1.shim'
          ]),
      'io.containerd.nri.v1.nri',
      ...OTHER_SNAPSHOTTERS.map(name => `io.containerd.snapshotter.v1.${name}`)
    ])}`,
    '[grpc]',
    `  address = ${quoted(socket)}`,
    '[ttrpc]',
    `  address = ${quoted(join(dir, 'containerd-ttrpc.sock'))}`,
    '[debug]',
    '  level = "debug"',
    ...(options.cri
      ? [
          '[plugins."io.containerd.cri.v1.images"]',
          '  snapshotter = "native"',
          ...(options.cri.imageConfig ?? []).map(line => `  ${line}`),
          '[plugins."io.containerd.cri.v1.images".registry]',
          `  config_path = ${quoted(options.cri.configPath)}`
        ]
      : []),
    '[plugins."io.containerd.transfer.v1.local"]',
    '  [[plugins."io.containerd.transfer.v1.local".unpack_config]]',
    '    platform = "linux/amd64"',
    '    snapshotter = "native"',
    '[plugins."io.containerd.image-verifier.v1.bindir"]',
    `  bin_dir = ${quoted(binDir)}`,
    '  max_verifiers = 10',
    `  per_verifier_timeout = ${quoted(options.timeout ?? '10s')}`,
    ''
  ].join('\n')
  await writeFile(join(dir, 'config.toml'), config)
  let logs = ''
  const daemon: ChildProcess = spawn(
    containerd2Binary('containerd'),
    ['--config', join(dir, 'config.toml')],
    {
      stdio: ['ignore', 'ignore', 'pipe']
    }
  )
  daemon.stderr?.on('data', chunk => (logs = (logs + String(chunk)).slice(-200_000)))
  const ctr = (args: string[]) => run(containerd2Binary('ctr'), ['--address', socket, ...args])
  const stop = async () => {
    if (daemon.exitCode === null && daemon.pid !== undefined) {
      const exited = new Promise(resolve => daemon.once('exit', resolve))
      process.kill(daemon.pid, 'SIGTERM')
      await exited
    }
    await rm(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + START_MS
  for (;;) {
    if (daemon.exitCode !== null)
      throw new Error(`containerd exited with ${daemon.exitCode}: ${logs.slice(-4000)}`)
    const ready = await stat(socket).then(
      async () => (await ctr(['version'])).code === 0,
      () => false
    )
    if (ready) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`containerd did not serve ${socket} within ${START_MS} ms: ${logs.slice(-4000)}`)
    }
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  if (!logs.includes('id=io.containerd.transfer.v1.local')) {
    await stop()
    throw new Error(`containerd started without its transfer service: ${logs.slice(-4000)}`)
  }
  return { binDir, socket, ctr, logs: () => logs, stop }
}

/** Runs a program to its end, with what it printed (never throws on a non-zero exit). */
export function run(program: string, args: string[], stdin = '', cwd?: string): Promise<CtrRun> {
  const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdin.on('error', () => undefined)
  child.stdin.end(stdin)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}
