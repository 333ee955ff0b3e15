/**
 * Cold start of the bundled action: from spawning `node dist/index.js` (a verify, inputs in INPUT_*
 * variables as the runner sets them) to the first bytes of its first request to the registry. Not to its
 * first connection: the entry point opens that before the bundle loads (run/early-connect.ts), and the
 * request waits for the registry client. A bare listener stands in for the registry; the action is
 * stopped as soon as a request has arrived.
 */
import { spawn } from 'node:child_process'
import { createServer, type AddressInfo, type Socket } from 'node:net'
import { toolEnvironment } from './process.js'

export async function coldStartSeconds(entry: string, trustRootsFile: string): Promise<number> {
  const sockets: Socket[] = []
  let requested: (at: bigint) => void = () => undefined
  const firstRequest = new Promise<bigint>(resolve => (requested = resolve))
  const server = createServer(socket => {
    socket.once('data', () => requested(process.hrtime.bigint()))
    sockets.push(socket)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  const env = toolEnvironment({
    INPUT_MODE: 'verify',
    INPUT_IMAGE: `${host}/cold/app:1`,
    'INPUT_INSECURE-REGISTRIES': host,
    'INPUT_TRUST-ROOTS': trustRootsFile
  })
  const started = process.hrtime.bigint()
  const child = spawn(process.execPath, [entry], { stdio: 'ignore', env })
  const exited = new Promise(resolve => child.once('close', resolve))
  try {
    const at = await Promise.race([
      firstRequest,
      exited.then(() => {
        throw new Error(`${entry} exited before asking the registry at ${host} anything`)
      })
    ])
    return Number(at - started) / 1e9
  } finally {
    child.kill('SIGKILL')
    await exited
    for (const socket of sockets) socket.destroy()
    await new Promise(resolve => server.close(resolve))
  }
}

/** `node -e 0`: the floor no Node program starts under, for context. */
export async function bareNodeSeconds(): Promise<number> {
  const started = process.hrtime.bigint()
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore', env: toolEnvironment() })
  await new Promise(resolve => child.once('close', resolve))
  return Number(process.hrtime.bigint() - started) / 1e9
}
