/**
 * podman and containerd as peers, sandboxed in a temp dir (DESIGN.md): podman with the vfs driver,
 * cgroupfs and file events, its storage under the dir; containerd with its own config, root, state
 * and socket there, the native snapshotter, no TCP listener, stopped by its PID.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { tool } from './independent.js'

/** A lowercase temp dir: podman names images pulled from `oci:DIR` after DIR, and names are lowercase. */
export async function lowercaseTempDir(prefix: string): Promise<string> {
  const dir = join(tmpdir(), `${prefix}-${randomBytes(6).toString('hex')}`)
  await mkdir(dir, { recursive: true })
  return dir
}

export interface Podman {
  /** The global flags that sandbox podman here (storage under the temp dir). */
  flags: string[]
  run(args: string[]): Promise<string>
  stop(): Promise<void>
}

export async function startPodman(): Promise<Podman> {
  const root = await lowercaseTempDir('signet-podman')
  const flags = [
    '--root',
    join(root, 'storage'),
    '--runroot',
    join(root, 'run'),
    '--tmpdir',
    join(root, 'tmp'),
    '--storage-driver',
    'vfs',
    '--cgroup-manager',
    'cgroupfs',
    '--events-backend',
    'file'
  ]
  return {
    flags,
    run: async args => (await tool('podman', [...flags, ...args])).toString('utf8'),
    stop: () => rm(root, { recursive: true, force: true })
  }
}

export interface Containerd {
  /** `ctr --address SOCKET` plus `args`. */
  ctr(args: string[]): Promise<string>
  stop(): Promise<void>
}

const CONTAINERD_START_MS = 15_000

export async function startContainerd(): Promise<Containerd> {
  const dir = await lowercaseTempDir('signet-containerd')
  const socket = join(dir, 'containerd.sock')
  const config = [
    'version = 2',
    `root = ${JSON.stringify(join(dir, 'root'))}`,
    `state = ${JSON.stringify(join(dir, 'state'))}`,
    'disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.snapshotter.v1.overlayfs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper", "io.containerd.snapshotter.v1.aufs"]',
    '[grpc]',
    `  address = ${JSON.stringify(socket)}`,
    '[ttrpc]',
    `  address = ${JSON.stringify(join(dir, 'containerd-ttrpc.sock'))}`,
    '[debug]',
    '  address = ""',
    '[metrics]',
    '  address = ""',
    ''
  ].join('\n')
  await writeFile(join(dir, 'config.toml'), config)
  let logs = ''
  const daemon: ChildProcess = spawn('containerd', ['--config', join(dir, 'config.toml')], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  daemon.stderr?.on('data', chunk => (logs = (logs + String(chunk)).slice(-4000)))
  const ctr = async (args: string[]) => (await tool('ctr', ['--address', socket, ...args])).toString('utf8')
  const stop = async () => {
    if (daemon.exitCode === null && daemon.pid !== undefined) {
      const exited = new Promise(resolve => daemon.once('exit', resolve))
      process.kill(daemon.pid, 'SIGTERM')
      await exited
    }
    await rm(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + CONTAINERD_START_MS
  for (;;) {
    if (daemon.exitCode !== null) throw new Error(`containerd exited with ${daemon.exitCode}: ${logs}`)
    const ready = await stat(socket)
      .then(() => ctr(['version']))
      .then(
        () => true,
        () => false
      )
    if (ready) return { ctr, stop }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`containerd did not serve ${socket} within ${CONTAINERD_START_MS} ms: ${logs}`)
    }
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}
