/**
 * `npm run demo` as a newcomer meets it: piped, it prints no ANSI codes; it shows the sign table; with
 * --keep it keeps its work directory and says where; and every command it echoes runs as printed.
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { promisify } from 'node:util'

const ESC = '\u001b'
let output = ''
let work = ''

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/demo.mjs', '--keep'], {
    env: { ...process.env, REGISTRY: '', NO_COLOR: '' },
    maxBuffer: 16 * 1024 * 1024
  })
  output = stdout
  work = /^Kept (\S+) \(/m.exec(output)?.[1] ?? ''
})
afterAll(() => {
  if (work.startsWith('/tmp/') || work.includes('signet-demo-'))
    rmSync(work, { recursive: true, force: true })
})

test('piped: no ANSI codes; the sign table; the work directory kept and named', () => {
  expect(output).not.toContain(ESC)
  expect(output).toMatch(/^ {2}Scenarios +Platform +Digest +Source$/m)
  expect(output).toMatch(
    /^ {2}kernel-4\.19\.90, edge +linux\/arm64 +sha256:[0-9a-f]{12}… +oci-layout:images:arm64$/m
  )
  // The passphrase goes through the environment, so Signet has no secret flag to warn about; the demo's
  // leaf outlives the expiry warning's 30 days.
  expect(output).toMatch(/^\$ SIGNET_SIGNING_KEY_PASSPHRASE=\S+ signet sign /m)
  expect(output).not.toMatch(/on the command line is visible|expires on/)
  expect(work).toMatch(/signet-demo-/)
  expect(existsSync(`${work}/chain.pem`)).toBe(true)
  for (const line of output.split('\n')) expect(line.length).toBeLessThanOrEqual(400)
})

test('every echoed command runs as printed, with the registry started again as the demo says', async () => {
  const setup = output.split('\n').filter(line => /^\$ (cd|signet\(\))/.test(line))
  // A command may set a secret in its environment first (SIGNET_…=value signet …), as the README advises.
  const commands = output.split('\n').filter(line => /^\$ ([A-Z_]+=\S+ )*signet /.test(line))
  expect(setup).toHaveLength(2)
  expect(commands.length).toBeGreaterThanOrEqual(5)
  const restart = /^Start its registry again with: (.+)$/m.exec(output)?.[1]
  expect(restart).toBeDefined()
  const registry = spawn('sh', ['-c', `exec ${restart}`], { stdio: 'ignore' })
  try {
    const host = /--insecure-registries (\S+)/.exec(commands[0])?.[1] ?? ''
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`http://${host}/v2/`).then(
          r => r.ok,
          () => false
        )
      )
        break
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    const codes: number[] = []
    for (const command of commands) {
      const script = [...setup, command].map(line => line.slice(2)).join('\n')
      const code = await promisify(execFile)('sh', ['-c', script]).then(
        () => 0,
        (error: { code: number }) => error.code
      )
      codes.push(code)
    }
    // sign, verify, verify a scenario: accepted; an unknown scenario: rejected; the tampered layer was
    // flipped back, so the last verify passes now.
    expect(codes).toEqual([0, 0, 0, 1, 0])
  } finally {
    registry.kill()
  }
})

test('without --keep: no `cd` into a directory it then deletes; it says so and names --keep', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/demo.mjs'], {
    env: { ...process.env, REGISTRY: '', NO_COLOR: '' },
    maxBuffer: 16 * 1024 * 1024
  })
  const dir = /Work directory (\S+), deleted at the end \(npm run demo -- --keep keeps it\)/.exec(stdout)?.[1]
  expect(dir).toMatch(/signet-demo-/)
  expect(stdout).not.toMatch(/^\$ cd /m)
  expect(existsSync(dir ?? '')).toBe(false)
})
