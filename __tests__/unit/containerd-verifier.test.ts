/**
 * The node gate without a registry: containerd's call as the verifier reads it (flags in Go's single-dash
 * spelling, the descriptor or the verify_on_run wrapper on stdin), the errors that block a pull on one
 * line, the verdict cache's keys and ages, and the wrapper `install` writes.
 */
import { readFileSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgv } from '../../src/cli/argv.js'
import { COMMANDS, commandsWithFlag } from '../../src/cli/commands.js'
import { DESCRIPTOR_MEDIA_TYPE, parseContainerdCall } from '../../src/gate/containerd.js'
import { policyFingerprint, VerdictCache } from '../../src/store/verdict-cache.js'
import { loadCertificates, parseTrustedIdentities } from '../../src/trust/pki.js'
import { simplePolicy } from '../../src/trust/policy.js'
import type { AcceptedSigner, Requirement } from '../../src/trust/accepted-signer.js'
import { CosignKeySigner } from '../../src/trust/cosign/cosign-signer.js'
import { parseCosignPublicKeys } from '../../src/trust/cosign/public-keys.js'
import { SigstoreSigner } from '../../src/trust/sigstore/keyless-signers.js'
import { parseTrustedRoots } from '../../src/trust/sigstore/trusted-root.js'
import { silentLog } from '../../src/util/log.js'
import { runMainWith } from '../helpers/cli-main.js'
import { makePki } from '../helpers/pki.js'
import { recordingLog } from '../helpers/signet.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const OTHER = `sha256:${'b'.repeat(64)}`
const INDEX = 'application/vnd.oci.image.index.v1+json'
const descriptor = { mediaType: INDEX, digest: DIGEST, size: 705 }
const flags = {
  name: '127.0.0.1:5000/app:1.0',
  digest: DIGEST,
  stdinMediaType: DESCRIPTOR_MEDIA_TYPE
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-node-unit-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe("containerd's call", () => {
  test('the descriptor and a newline, as containerd 2.1.9 writes it', () => {
    expect(parseContainerdCall(flags, `${JSON.stringify(descriptor)}\n`)).toEqual({
      reference: { registry: '127.0.0.1:5000', repository: 'app', tag: '1.0' },
      descriptor,
      operation: 'pull',
      annotations: {}
    })
  })

  test('verify_on_run: -operation run and the wrapper with its annotations', () => {
    const stdin = JSON.stringify({
      operation: 'run',
      descriptor,
      annotations: { 'io.kubernetes.pod.namespace': 'default' }
    })
    expect(parseContainerdCall({ ...flags, operation: 'run' }, stdin)).toMatchObject({
      operation: 'run',
      descriptor,
      annotations: { 'io.kubernetes.pod.namespace': 'default' }
    })
  })

  test('a by-digest pull names the digest it resolved', () => {
    const call = parseContainerdCall(
      { ...flags, name: `127.0.0.1:5000/app@${DIGEST}` },
      JSON.stringify(descriptor)
    )
    expect(call.reference.digest).toBe(DIGEST)
  })

  test.each([
    ['no -name', { ...flags, name: undefined }, JSON.stringify(descriptor), "Missing flag '-name'"],
    ['no -digest', { ...flags, digest: undefined }, JSON.stringify(descriptor), "Missing flag '-digest'"],
    [
      'no -stdin-media-type',
      { ...flags, stdinMediaType: undefined },
      JSON.stringify(descriptor),
      "Missing flag '-stdin-media-type'"
    ],
    [
      'a digest that is none',
      { ...flags, digest: 'sha256:xyz' },
      JSON.stringify(descriptor),
      "'sha256:xyz' is not"
    ],
    [
      'an unknown operation',
      { ...flags, operation: 'delete' },
      JSON.stringify(descriptor),
      "'delete'. Expected"
    ],
    ['empty stdin', flags, '', 'stdin is empty'],
    ['stdin not JSON', flags, 'sha256:abc\n', 'stdin is not JSON'],
    ['stdin an array', flags, '[]', 'not a JSON object'],
    [
      'a descriptor without size',
      flags,
      JSON.stringify({ mediaType: INDEX, digest: DIGEST }),
      "no valid 'size'"
    ],
    ['a negative size', flags, JSON.stringify({ ...descriptor, size: -1 }), "no valid 'size'"],
    [
      'a descriptor of another digest',
      flags,
      JSON.stringify({ ...descriptor, digest: OTHER }),
      `names ${OTHER} but '-digest' is ${DIGEST}`
    ],
    [
      'a name pinning another digest',
      { ...flags, name: `127.0.0.1:5000/app@${OTHER}` },
      JSON.stringify(descriptor),
      `pins ${OTHER}`
    ],
    [
      'a bare descriptor under another media type',
      { ...flags, stdinMediaType: 'application/json' },
      JSON.stringify(descriptor),
      "Unknown '-stdin-media-type'"
    ],
    [
      'a wrapper whose operation differs from -operation',
      { ...flags, operation: 'pull' },
      JSON.stringify({ operation: 'run', descriptor }),
      "stdin says operation 'run'"
    ],
    [
      'annotations that are not strings',
      flags,
      JSON.stringify({ descriptor, annotations: { a: 1 } }),
      'not a map of strings'
    ],
    ['more than a descriptor', flags, ' '.repeat(70_000), 'more than 65536 bytes']
  ])('%s is refused, naming what is wrong', (_what, given, stdin, message) => {
    expect(() => parseContainerdCall(given, stdin)).toThrow(message)
  })
})

describe('the single-dash flags containerd passes', () => {
  const verifier = COMMANDS.find(command => command.name === 'containerd-verifier')
  if (verifier === undefined) throw new Error('no containerd-verifier command')

  test('-name VALUE and -digest=VALUE are read with the double-dash flags', () => {
    const parsed = parseArgv(
      [
        '--rules',
        'r.yml',
        '-name',
        'a.io/x:1',
        `-digest=${DIGEST}`,
        '-stdin-media-type',
        DESCRIPTOR_MEDIA_TYPE
      ],
      verifier,
      commandsWithFlag
    )
    expect(parsed.problem).toBeUndefined()
    expect(Object.fromEntries(parsed.values)).toEqual({
      rules: ['r.yml'],
      name: ['a.io/x:1'],
      digest: [DIGEST],
      'stdin-media-type': [DESCRIPTOR_MEDIA_TYPE]
    })
  })

  test('only flags declared single-dash take one dash; other commands refuse -name', () => {
    expect(parseArgv(['-rules', 'r.yml'], verifier, commandsWithFlag).problem?.message).toMatch(
      /Unknown flag '-rules'/
    )
    const verify = COMMANDS.find(command => command.name === 'verify')
    if (verify === undefined) throw new Error('no verify command')
    expect(parseArgv(['-name', 'x'], verify, commandsWithFlag).problem?.message).toMatch(
      /Unknown flag '-name'/
    )
  })

  test('-operation takes only pull or run', () => {
    expect(parseArgv(['-operation', 'push'], verifier, commandsWithFlag).problem?.message).toBe(
      "Flag '-operation' takes 'pull' or 'run', not 'push'. See 'signet containerd-verifier --help'."
    )
  })
})

describe('a blocked call prints one line on stdout, which containerd shows', () => {
  test.each([
    [
      ['-name', 'a.io/x:1', '-stdin-media-type', DESCRIPTOR_MEDIA_TYPE],
      JSON.stringify(descriptor),
      /^signet: Missing flag '-digest'/
    ],
    [
      ['-name', 'a.io/x:1', '-digest', DIGEST, '-stdin-media-type', DESCRIPTOR_MEDIA_TYPE],
      '{',
      /^signet: stdin is not JSON/
    ],
    [
      [
        '--rules',
        '/nonexistent/rules.yml',
        '-name',
        'a.io/x:1',
        '-digest',
        DIGEST,
        '-stdin-media-type',
        DESCRIPTOR_MEDIA_TYPE
      ],
      JSON.stringify(descriptor),
      /^signet: .*\/nonexistent\/rules\.yml/
    ],
    [['-name', 'a.io/x:1', '-bogus', 'x'], JSON.stringify(descriptor), /^signet: Unknown flag '-bogus'/]
  ])('%j: exit 2, one line, no stack trace', async (argv, stdin, line) => {
    const { code, stdout, stderr } = await runMainWith(['containerd-verifier', ...argv], { stdin })
    expect(code).toBe(2)
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1)
    expect(stdout).toMatch(line)
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /)
  })

  test("a repository whose rule is 'verify: reject' is blocked without asking any registry", async () => {
    const rules = join(dir, 'rules.yml')
    await writeFile(rules, 'version: 1\nrules:\n  - match: "**"\n    verify: reject\n')
    const { code, stdout } = await runMainWith(
      [
        'containerd-verifier',
        '--rules',
        rules,
        '-name',
        'unreachable.invalid/x:1',
        '-digest',
        DIGEST,
        '-stdin-media-type',
        DESCRIPTOR_MEDIA_TYPE
      ],
      { stdin: `${JSON.stringify(descriptor)}\n` }
    )
    expect(code).toBe(1)
    expect(stdout).toBe(`signet rejected ${DIGEST}: rejected by rule ${rules}:3 (**) (verify: reject)\n`)
  })
})

describe('the verdict cache', () => {
  const fingerprintOf = async (identities: string[], settings: Record<string, unknown> = {}) => {
    const pki = await makePki()
    const policy = simplePolicy(loadCertificates(pki.rootPem), parseTrustedIdentities(identities))
    return { pki, fingerprint: policyFingerprint(policy.forRepository('a.io/x'), settings) }
  }

  test('a policy fingerprint changes with the roots, the identities and the settings, and only then', async () => {
    const pki = await makePki()
    const roots = loadCertificates(pki.rootPem)
    const of = (identities: string[], settings: Record<string, unknown> = {}) =>
      policyFingerprint(
        simplePolicy(roots, parseTrustedIdentities(identities)).forRepository('a.io/x'),
        settings
      )
    expect(of(['*'])).toBe(of(['*']))
    expect(of(['*'])).toMatch(/^[0-9a-f]{64}$/)
    expect(of(['x509.subject: C=US, ST=WA, O=Acme, CN=release'])).not.toBe(of(['*']))
    expect(of(['*'], { maxSignatures: 5 })).not.toBe(of(['*']))
    const other = (await fingerprintOf(['*'])).fingerprint
    expect(other).not.toBe(of(['*']))
  })

  test('a policy fingerprint changes with each accepted signer (its key or trusted root) and with require', async () => {
    const pki = await makePki()
    const base = simplePolicy(loadCertificates(pki.rootPem), parseTrustedIdentities(['*'])).forRepository(
      'a.io/x'
    )
    const [p256, rsa] = ['p256', 'rsa'].map(
      name =>
        new CosignKeySigner(
          parseCosignPublicKeys(
            readFileSync(`__tests__/fixtures/cosign/${name}/key.pub`, 'utf8'),
            'cosign-key'
          )[0]
        )
    )
    const root = (text: string) => parseTrustedRoots(text, 'sigstore-trusted-root')
    const publicGood = readFileSync('__tests__/fixtures/sigstore/gh-cli/trusted_root.json', 'utf8')
    const github = readFileSync('__tests__/fixtures/sigstore/github/trusted-root-github-2024.json', 'utf8')
    const keyless = (text: string) =>
      new SigstoreSigner(root(text), {
        identity: 'https://github.com/acme/app/.github/workflows/r.yml@refs/heads/main',
        issuer: 'https://token.actions.githubusercontent.com'
      })
    const of = (signers: AcceptedSigner[], require?: Requirement) =>
      policyFingerprint({ ...base, signers, require }, {})
    expect(of([p256])).toBe(of([p256]))
    expect(of([p256])).not.toBe(policyFingerprint(base, {}))
    expect(of([p256])).not.toBe(of([rsa]))
    expect(of([p256, rsa], { kind: 'count', count: 2 })).not.toBe(of([p256, rsa]))
    // The same identity and issuer under another trusted root is another signer.
    expect(of([keyless(publicGood)])).toBe(of([keyless(publicGood)]))
    expect(of([keyless(publicGood)])).not.toBe(of([keyless(github)]))
  })

  test('an accepted verdict is found under the same key while fresh, and not after, nor from the future', async () => {
    const cache = VerdictCache.open(join(dir, 'verdicts'), silentLog)
    if (cache === undefined) throw new Error('cache not opened')
    expect((await stat(join(dir, 'verdicts'))).mode & 0o777).toBe(0o700)
    const key = { repository: 'a.io/x', digest: DIGEST, fingerprint: 'f'.repeat(64) }
    const at = new Date('2026-12-06T12:00:00Z')
    expect(cache.lookup(key, at, 60_000)).toBeUndefined()
    cache.record(key, 'signet verified: …', at)
    const later = (ms: number) => new Date(at.getTime() + ms)
    expect(cache.lookup(key, later(59_000), 60_000)).toEqual({
      reason: 'signet verified: …',
      checkedAt: at.toISOString()
    })
    expect(cache.lookup(key, later(60_000), 60_000)).toBeUndefined()
    expect(cache.lookup(key, later(-1000), 60_000)).toBeUndefined()
    expect(cache.lookup({ ...key, fingerprint: 'e'.repeat(64) }, later(1000), 60_000)).toBeUndefined()
    expect(cache.lookup({ ...key, digest: OTHER }, later(1000), 60_000)).toBeUndefined()
    expect(cache.lookup({ ...key, repository: 'a.io/y' }, later(1000), 60_000)).toBeUndefined()
    // Entries are files of their own, 0600, never the temporary names.
    const files = await readdir(join(dir, 'verdicts'))
    expect(files).toHaveLength(1)
    expect((await stat(join(dir, 'verdicts', files[0]))).mode & 0o777).toBe(0o600)
    // A damaged entry is a miss, not an error.
    await writeFile(join(dir, 'verdicts', files[0]), '{"format":1,')
    expect(cache.lookup(key, later(1000), 60_000)).toBeUndefined()
  })

  test('a directory others may write to is not used', async () => {
    const shared = join(dir, 'shared')
    expect(VerdictCache.open(shared, silentLog)).toBeDefined()
    await chmod(shared, 0o777)
    const log = recordingLog()
    expect(VerdictCache.open(shared, log)).toBeUndefined()
    expect(log.lines.join('\n')).toMatch(/writable by others/)
  })
})

describe('install', () => {
  const cli = async () => {
    const script = join(dir, 'index.js')
    await writeFile(script, '')
    return script
  }

  test('writes a 0755 wrapper that runs this CLI with the flags given, and prints the stanza', async () => {
    const script = await cli()
    const roots = join(dir, 'root.pem')
    await writeFile(roots, (await makePki()).rootPem)
    const binDir = join(dir, 'bin')
    await mkdir(binDir)
    const { code, stdout, stderr } = await runMainWith([
      'containerd-verifier',
      'install',
      '--bin-dir',
      binDir,
      '--cli',
      script,
      '--trust-roots',
      roots,
      '--cache-dir',
      join(dir, 'verdicts'),
      '--docker-config',
      '/root/.docker/config.json'
    ])
    expect([code, stderr]).toEqual([0, ''])
    const wrapper = join(binDir, 'signet')
    expect((await stat(wrapper)).mode & 0o777).toBe(0o755)
    const text = await readFile(wrapper, 'utf8')
    expect(text).toMatch(/^#!\/bin\/sh\n/)
    expect(text).toContain(`'${script}' \\\n  'containerd-verifier' \\\n  '--trust-roots=${roots}'`)
    expect(text).toContain(`'--cache-dir=${join(dir, 'verdicts')}'`)
    expect(text).toContain(`'--docker-config=/root/.docker/config.json'`)
    expect(text.trimEnd().endsWith('"$@"')).toBe(true)
    expect(stdout).toContain(
      `[plugins."io.containerd.image-verifier.v1.bindir"]\n  bin_dir = ${JSON.stringify(binDir)}\n  max_verifiers = 10\n  per_verifier_timeout = "10s"\n`
    )
    // Nothing but the wrapper lands in bin_dir: containerd would run any file there.
    expect(await readdir(binDir)).toEqual(['signet'])
  })

  test('no password on its command line: --password is no flag of it; --password-file needs --username', async () => {
    const script = await cli()
    const refused = await runMainWith([
      'containerd-verifier',
      'install',
      '--bin-dir',
      dir,
      '--cli',
      script,
      '--password',
      'hunter2'
    ])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/Unknown flag '--password'|does not apply/)
    expect(refused.stderr).not.toContain('hunter2')
    const alone = await runMainWith([
      'containerd-verifier',
      'install',
      '--bin-dir',
      dir,
      '--cli',
      script,
      '--password-file',
      script
    ])
    expect(alone.stderr).toMatch(/Missing flag '--username'/)
  })

  test('a bad policy fails at install, before any pull depends on it', async () => {
    const script = await cli()
    const { code, stderr } = await runMainWith([
      'containerd-verifier',
      'install',
      '--bin-dir',
      dir,
      '--cli',
      script,
      '--rules',
      join(dir, 'missing.yml')
    ])
    expect(code).toBe(2)
    expect(stderr).toMatch(/missing\.yml/)
    expect(await readdir(dir)).toEqual(['index.js'])
  })
})
