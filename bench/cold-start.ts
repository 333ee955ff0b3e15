/**
 * Cold start of the bundled action: from spawning `node dist/index.js` (a verify, inputs in INPUT_*
 * variables as the runner sets them) to the first TCP connection its registry client opens. A bare
 * listener stands in for the registry; the action is stopped as soon as it has connected.
 */
import { spawn } from 'node:child_process'
import { createServer, type AddressInfo, type Socket } from 'node:net'
import { toolEnvironment } from './process.js'

export async function coldStartSeconds(entry: string, trustRootsFile: string): Promise<number> {
  const sockets: Socket[] = []
  let connected: (at: bigint) => void = () => undefined
  const firstConnection = new Promise<bigint>(resolve => (connected = resolve))
  const server = createServer(socket => {
    connected(process.hrtime.bigint())
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
      firstConnection,
      exited.then(() => {
        throw new Error(`${entry} exited before connecting to the registry at ${host}`)
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
