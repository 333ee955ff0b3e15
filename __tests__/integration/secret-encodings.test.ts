/**
 * No secret in any output, under any of the four encodings a hostile server may echo it in (issue 22,
 * class 6): as it is, percent-encoded, JSON-escaped (early in a body, and across the 1000 characters an
 * OCI error body is cut at) and base64. A table of face × secret × carrier × spelling: the CLI (main()
 * with `--password-stdin`, text and `--json` runs), the action's run() in this process, and the bundled
 * action; the registry password, the bearer token a token server issues, and the action's github-token.
 * One scripted server plays registry, token server and GitHub API, and puts the secret it was sent in
 * the place a row names: an error body, a token server's refusal, a WWW-Authenticate or Retry-After
 * header, a GitHub API error.
 *
 * Every channel of the face is read as a person would read it (workflow-command escapes, HTML entities,
 * percent and JSON escapes undone): none may hold 8 characters in a row of a secret, or of its base64,
 * except the action's own `::add-mask::` lines. Each row also checks that the echo was served and that
 * Signet printed it redacted (`***`), so a row that stops reaching the echo fails instead of passing.
 * The secrets share no 8-character run with Signet's own words (see secret-echo.test.ts).
 *
 * The bundled rows run dist/ (or SIGNET_DIST): rebuild it (`npm run package`) after changing src/.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runActionInProcess } from '../helpers/action-in-process.js'
import { runBuiltAction } from '../helpers/built-action.js'
import { runMainWith } from '../helpers/cli-main.js'
import { makeOciLayout, type TestImage } from '../helpers/images.js'
import { makePki, type TestPki } from '../helpers/pki.js'
import { startStub, type StubRegistry, type StubRequest } from '../helpers/stub-registry.js'

/** Each secret holds characters that every encoding spells differently: `"`, `\`, `&`, `/`, `+`, a space, `!`, `~`. */
const USERNAME = 'robot'
const PASSWORD = 'Zq7"Rv\\Lm&9/Wx+Tk é3!Pd'
const BEARER_TOKEN = 'Bt8/"Yh5\\Jw+Ns&Q8 Vb~Gk2'
const GITHUB_TOKEN = 'ghs_Mx4"Pn\\Ry/Tw+Qa&Zc!Ke'

type SecretName = 'password' | 'bearer token' | 'github-token'
const SECRETS: Record<SecretName, string> = {
  password: PASSWORD,
  'bearer token': BEARER_TOKEN,
  'github-token': GITHUB_TOKEN
}

type Encoding = 'literal' | 'percent' | 'json' | 'base64'

/**
 * How the echo sits in an error body: in a line of text; in a JSON body that is not an OCI error (shown
 * as it is, escapes and all); in an OCI error message that starts 10 characters before the 1000th.
 */
type Placement = 'text' | 'json body' | 'across the cut'

interface Echo {
  encoding: Encoding
  spelling: string
  spell: (secret: string) => string
  placement: Placement
  /** Only secrets a client sends as a Basic credential. */
  basicOnly?: boolean
}

const hex = (byte: number) => `%${byte.toString(16).padStart(2, '0')}`
const jsonEscaped = (secret: string) => JSON.stringify(secret).slice(1, -1)
const everyCharEscaped = (secret: string) =>
  [...secret].map(char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')

const ECHOES: Echo[] = [
  { encoding: 'literal', spelling: 'as it is', spell: secret => secret, placement: 'text' },
  { encoding: 'percent', spelling: 'encodeURIComponent', spell: encodeURIComponent, placement: 'text' },
  {
    encoding: 'percent',
    spelling: "form-encoded ('+' for a space, as Go's url.QueryEscape)",
    spell: secret => new URLSearchParams({ p: secret }).toString().slice(2),
    placement: 'text'
  },
  {
    encoding: 'percent',
    spelling: 'every byte, lowercase hex',
    spell: secret => [...Buffer.from(secret)].map(hex).join(''),
    placement: 'text'
  },
  { encoding: 'json', spelling: 'escaped', spell: jsonEscaped, placement: 'json body' },
  { encoding: 'json', spelling: 'escaped', spell: jsonEscaped, placement: 'across the cut' },
  {
    encoding: 'json',
    spelling: 'every character \\u-escaped',
    spell: everyCharEscaped,
    placement: 'json body'
  },
  {
    encoding: 'json',
    spelling: 'every character \\u-escaped',
    spell: everyCharEscaped,
    placement: 'across the cut'
  },
  {
    encoding: 'base64',
    spelling: 'standard',
    spell: secret => Buffer.from(secret).toString('base64'),
    placement: 'text'
  },
  {
    encoding: 'base64',
    spelling: 'url-safe',
    spell: secret => Buffer.from(secret).toString('base64url'),
    placement: 'text'
  },
  {
    encoding: 'base64',
    spelling: 'inside a longer text, 1 byte in',
    spell: secret => Buffer.from(`k${secret}\n`).toString('base64'),
    placement: 'text'
  },
  {
    encoding: 'base64',
    spelling: 'inside a longer text, 2 bytes in',
    spell: secret => Buffer.from(`k=${secret}\n`).toString('base64url'),
    placement: 'text'
  },
  {
    encoding: 'base64',
    spelling: 'the Basic credential',
    spell: secret => Buffer.from(`${USERNAME}:${secret}`).toString('base64'),
    placement: 'text',
    basicOnly: true
  }
]

/**
 * Where the server puts the echo: a registry error body (after a first request that succeeds), a token
 * server's refusal, a WWW-Authenticate or Retry-After header of a later registry answer, a GitHub API
 * error (the pull request's files, for `changed-only`).
 */
type Carrier = 'registry body' | 'token server body' | 'WWW-Authenticate' | 'Retry-After' | 'GitHub API body'

/** The carriers of each secret, and the challenge the registry sends for it. */
const CARRIERS: Record<SecretName, { carrier: Carrier; challenge: 'Basic' | 'Bearer' }[]> = {
  password: [
    { carrier: 'registry body', challenge: 'Basic' },
    { carrier: 'token server body', challenge: 'Bearer' },
    { carrier: 'WWW-Authenticate', challenge: 'Basic' },
    { carrier: 'Retry-After', challenge: 'Basic' }
  ],
  'bearer token': [
    { carrier: 'registry body', challenge: 'Bearer' },
    { carrier: 'WWW-Authenticate', challenge: 'Bearer' }
  ],
  'github-token': [{ carrier: 'GitHub API body', challenge: 'Basic' }]
}

const isHeader = (carrier: Carrier) => carrier === 'WWW-Authenticate' || carrier === 'Retry-After'

type Face = 'CLI' | 'action' | 'bundled action'
type Mode = 'sign' | 'verify'

interface Row {
  face: Face
  mode: Mode
  secret: SecretName
  carrier: Carrier
  challenge: 'Basic' | 'Bearer'
  echo: Echo
  /** The encoding and spelling, and where in a body it sits. */
  spelt: string
}

/** A header carries a spelling, not a body: one row per spelling. */
function echoesFor(secret: SecretName, carrier: Carrier): Echo[] {
  const echoes = ECHOES.filter(echo => !echo.basicOnly || secret === 'password')
  if (!isHeader(carrier)) return echoes
  const spellings = echoes.filter(echo => echo.placement !== 'across the cut')
  // A 429 is retried with backoff (about 2 s a run): one spelling per encoding.
  return carrier === 'Retry-After'
    ? spellings.filter((echo, at) => spellings.findIndex(other => other.encoding === echo.encoding) === at)
    : spellings
}

function rowsOf(face: Face, modes: Mode[], filter: (row: Row) => boolean = () => true): Row[] {
  return (Object.keys(CARRIERS) as SecretName[]).flatMap(secret =>
    CARRIERS[secret].flatMap(({ carrier, challenge }) =>
      modes
        .filter(mode => mode === 'verify' || (carrier !== 'Retry-After' && carrier !== 'GitHub API body'))
        .flatMap(mode =>
          echoesFor(secret, carrier)
            .map(echo => ({
              face,
              mode,
              secret,
              carrier,
              challenge,
              echo,
              spelt: `${echo.encoding} (${echo.spelling}${isHeader(carrier) ? '' : `, ${echo.placement}`})`
            }))
            .filter(row => (face !== 'CLI' || secret !== 'github-token') && filter(row))
        )
    )
  )
}

// The GitHub API is the action's alone: the CLI has no pull request to list.
const ROWS: Row[] = [
  ...rowsOf('CLI', ['verify', 'sign']),
  ...rowsOf('action', ['verify', 'sign']),
  // The bundle runs the same code: each secret and spelling once, through its first carrier.
  ...rowsOf('bundled action', ['verify'], row => row.carrier === CARRIERS[row.secret][0].carrier)
]

// ---------------------------------------------------------------------------------------------------
// The hostile server

/** The row being run, read by the server. */
let current: Row
/** Echoes served for the current row. */
let served = 0

const CUT = 1000
const OCI_PREFIX = 'DENIED: '

function echoBody(echo: Echo, secret: string): { type: string; body: string } {
  const spelt = echo.spell(secret)
  if (echo.placement === 'json body')
    return { type: 'application/json', body: `{"details":"you sent ${spelt}"}` }
  if (echo.placement === 'across the cut') {
    // `DENIED: <pad><secret>` once parsed: the secret starts 10 characters before the cut.
    const pad = 'x'.repeat(CUT - OCI_PREFIX.length - 10)
    return {
      type: 'application/json',
      body: `{"errors":[{"code":"DENIED","message":"${pad}${spelt}"}]}`
    }
  }
  return { type: 'text/plain', body: `denied: you sent ${spelt}\n` }
}

function answerWithEcho(
  response: ServerResponse,
  status: number,
  headers: Record<string, string> = {}
): void {
  served++
  const { type, body } = echoBody(current.echo, SECRETS[current.secret])
  response.writeHead(status, { 'content-type': type, ...headers })
  response.end(body)
}

const config = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}')
const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: `sha256:${createHash('sha256').update(config).digest('hex')}`,
      size: config.length
    },
    layers: []
  })
)

function registry(stub: StubRegistry, request: StubRequest, response: ServerResponse): void {
  if (request.headers.authorization === undefined) {
    const challenge =
      current.challenge === 'Basic'
        ? 'Basic realm="hostile"'
        : `Bearer realm="http://${stub.host}/token",service="hostile"`
    response.writeHead(401, { 'www-authenticate': challenge })
    response.end()
    return
  }
  // The first authenticated requests succeed, so an echo in a later answer meets cached credentials:
  // verify reads the manifest, sign finds no blob and goes on to upload.
  if (request.method === 'HEAD') {
    response.writeHead(404)
    response.end()
    return
  }
  if (request.method === 'GET' && request.url.endsWith('/manifests/1')) {
    response.writeHead(200, {
      'content-type': 'application/vnd.oci.image.manifest.v1+json',
      'docker-content-digest': `sha256:${createHash('sha256').update(manifest).digest('hex')}`
    })
    response.end(manifest)
    return
  }
  const spelt = current.echo.spell(SECRETS[current.secret])
  if (current.carrier === 'WWW-Authenticate')
    return answerWithEcho(response, 401, { 'www-authenticate': `Hostile realm="${spelt}"` })
  if (current.carrier === 'Retry-After') return answerWithEcho(response, 429, { 'retry-after': spelt })
  answerWithEcho(response, 403)
}

function tokenServer(response: ServerResponse): void {
  if (current.carrier === 'token server body') return answerWithEcho(response, 401)
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end(JSON.stringify({ token: BEARER_TOKEN, expires_in: 300 }))
}

// ---------------------------------------------------------------------------------------------------
// The faces

interface Channels {
  [channel: string]: string
}

let stub: StubRegistry
let pki: TestPki
let image: TestImage
let dir: string
let keyPath: string
let eventPath: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-secret-encodings-'))
  pki = await makePki()
  image = await makeOciLayout({ seed: 'secret-encodings' })
  keyPath = join(dir, 'key.pem')
  await writeFile(keyPath, pki.keyPem)
  eventPath = join(dir, 'event.json')
  await writeFile(eventPath, JSON.stringify({ pull_request: { number: 7 } }))
  await writeFile(join(dir, 'Dockerfile'), 'FROM 127.0.0.1:1/base:1\n')
  stub = await startStub((request, response) => {
    if (request.url.startsWith('/token')) return tokenServer(response)
    if (request.url.startsWith('/repos/')) return answerWithEcho(response, 401)
    registry(stub, request, response)
  })
})
afterAll(async () => {
  await stub?.stop()
  await rm(dir, { recursive: true, force: true })
})

/** The inputs of a row, as action inputs (the CLI's flags of the same names). */
function inputsOf(row: Row): Record<string, string> {
  const common = {
    image: `${stub.host}/app/echo:1`,
    'insecure-registries': stub.host,
    username: USERNAME,
    password: PASSWORD
  }
  if (row.mode === 'sign') {
    return {
      ...common,
      manifests: `oci-layout:${image.dir}:${image.tag} scenario=s`,
      'signing-key': keyPath,
      'signing-cert-chain': pki.chainPem
    }
  }
  const verify = { ...common, 'trust-roots': pki.rootPem, 'trusted-identities': '*' }
  if (row.secret !== 'github-token') return verify
  return { ...verify, dockerfiles: 'Dockerfile', 'changed-only': 'true', 'github-token': GITHUB_TOKEN }
}

/** The environment of a pull request workflow, for `changed-only`. */
function runnerEnv(row: Row): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { RUNNER_DEBUG: '1', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir }
  if (row.secret !== 'github-token') return env
  return {
    ...env,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: `http://${stub.host}`
  }
}

async function cliChannels(row: Row): Promise<Channels> {
  const { password, ...inputs } = inputsOf(row)
  const argv = [
    row.mode,
    ...Object.entries(inputs).map(([name, value]) => `--${name}=${value}`),
    '--password-stdin',
    '--debug'
  ]
  const text = await runMainWith(argv, { stdin: `${password}\n` })
  const json = await runMainWith([...argv, '--json'], { stdin: `${password}\n` })
  expect(text.code).not.toBe(0)
  expect(json.code).not.toBe(0)
  return {
    stdout: text.stdout,
    stderr: text.stderr,
    'stdout (--json)': json.stdout,
    'stderr (--json)': json.stderr
  }
}

/** The masking commands carry the secrets to the runner, which hides them from then on. */
const withoutMasks = (stdout: string) =>
  stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')

async function actionChannels(row: Row): Promise<Channels> {
  const inputs = { mode: row.mode, ...inputsOf(row) }
  if (row.face === 'action') {
    const run = await runActionInProcess(inputs, runnerEnv(row))
    expect(run.code).toBe(1)
    return {
      stdout: withoutMasks(run.stdout),
      stderr: run.stderr,
      GITHUB_OUTPUT: run.outputFile,
      GITHUB_STEP_SUMMARY: run.summary
    }
  }
  const run = await runBuiltAction(inputs, { env: runnerEnv(row) })
  expect(run.code).toBe(1)
  return {
    stdout: withoutMasks(run.stdout),
    stderr: run.stderr,
    GITHUB_OUTPUT: run.outputFile,
    GITHUB_STEP_SUMMARY: run.summary
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading the output as a person would

/** Workflow-command data as the runner shows it (`%25` → `%`, `%0A` → a line break …). */
const commandUnescaped = (text: string) =>
  text.replace(/%(25|0D|0A|3A|2C)/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)))

/** HTML entities of the job summary, as the browser shows them. */
const htmlUnescaped = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(
      /&(quot|apos|lt|gt|amp);/g,
      (_, name: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[name] ?? ''
    )

/** Every run of percent-encoded bytes decoded, `+` read as a space. */
const percentDecoded = (text: string) =>
  text.replace(/\+/g, ' ').replace(/(?:%[0-9a-f]{2})+/gi, run =>
    Buffer.from(
      run
        .split('%')
        .slice(1)
        .map(byte => parseInt(byte, 16))
    ).toString('utf8')
  )

/** JSON string escapes undone wherever they appear. */
const jsonUnescaped = (text: string) =>
  text.replace(/\\(?:u([0-9a-f]{4})|(["\\/bfnrt]))/gi, (_, code: string | undefined, short: string) =>
    code !== undefined
      ? String.fromCharCode(parseInt(code, 16))
      : (({ b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[short] ?? short)
  )

function readings(text: string): string[] {
  return [text, commandUnescaped(text), htmlUnescaped(text)].flatMap(base => [
    base,
    percentDecoded(base),
    jsonUnescaped(base)
  ])
}

const runs = (value: string) =>
  Array.from({ length: Math.max(0, value.length - 7) }, (_, at) => value.slice(at, at + 8))

/**
 * 8-character runs of the secret and of its base64, standard and url-safe, wherever in a longer text it
 * starts (`robot:` before it in a Basic credential): after 0, 1 or 2 bytes of a 3-byte group, the
 * characters from the first that holds none of the bits before it.
 */
function fragments(secret: string): string[] {
  const base64 = [0, 1, 2].flatMap(offset => {
    const shifted = Buffer.concat([Buffer.alloc(offset), Buffer.from(secret)])
    const first = Math.ceil((offset * 8) / 6)
    return [shifted.toString('base64').slice(first), shifted.toString('base64url').slice(first)]
  })
  return [...runs(secret), ...base64.flatMap(runs)]
}

/** `channel: fragment` for every fragment of every secret any reading of a channel holds. */
function leaks(channels: Channels): string[] {
  const found = new Set<string>()
  for (const [channel, text] of Object.entries(channels)) {
    const readable = readings(text)
    for (const secret of Object.values(SECRETS))
      for (const fragment of fragments(secret))
        if (readable.some(reading => reading.includes(fragment))) found.add(`${channel}: ${fragment}`)
  }
  return [...found]
}

// ---------------------------------------------------------------------------------------------------

test('every face meets every encoding of every secret', () => {
  const seen = (face: Face, secret: SecretName) =>
    new Set(ROWS.filter(row => row.face === face && row.secret === secret).map(row => row.echo.encoding))
  for (const face of ['CLI', 'action', 'bundled action'] as Face[])
    for (const secret of ['password', 'bearer token'] as SecretName[])
      expect([...seen(face, secret)].sort()).toEqual(['base64', 'json', 'literal', 'percent'])
  expect([...seen('action', 'github-token')].sort()).toEqual(['base64', 'json', 'literal', 'percent'])
})

test.each(ROWS)('$face $mode: $secret echoed in the $carrier, $spelt', async row => {
  current = row
  served = 0
  const channels = row.face === 'CLI' ? await cliChannels(row) : await actionChannels(row)
  expect(leaks(channels)).toEqual([])
  // The echo reached Signet, and Signet printed it with the secret cut out.
  expect(served).toBeGreaterThan(0)
  expect(Object.values(channels).join('\n')).toContain('***')
})
