/**
 * No workflow command from untrusted text: the bundled action (dist/index.js) run as the runner runs it,
 * against a hostile registry whose error bodies, index annotations and signer DNs are arbitrary strings,
 * and with arbitrary text in the image input. The runner executes a line of a step's output that starts
 * (after leading whitespace) with `::`, or that holds `##[`; every such line must be one Signet means.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ServerResponse } from 'node:http'
import fc from 'fast-check'
import { runBuiltAction, type BuiltActionRun } from '../helpers/built-action.js'
import { craftJws } from '../helpers/craft.js'
import { makePki } from '../helpers/pki.js'
import { startStub, type StubRegistry } from '../helpers/stub-registry.js'
import { describe as describeContent } from '../../src/oci/digest.js'
import { MediaType, type Descriptor } from '../../src/oci/types.js'
import { buildSignatureManifest } from '../../src/trust/signature-manifest.js'

/** The commands Signet itself issues through @actions/core (their data is escaped by core). */
const SIGNET_COMMANDS = ['debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'add-mask']

/** The runner's reading of one output line (actions/runner ActionCommand.TryParseV2 and TryParse). */
function workflowCommand(line: string): string | undefined {
  const trimmed = line.replace(/^[\s\u0085]+/, '')
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2)
    if (end !== -1) return trimmed.slice(2, end).split(' ')[0]
  }
  if (line.includes('##[')) return `##[ (${line.slice(line.indexOf('##['), line.indexOf('##[') + 30)})`
  return undefined
}

/** Lines as the runner splits a step's output (CR, LF or CRLF). */
const outputLines = (text: string): string[] => text.split(/\r\n|\r|\n/)

/** Strings that try hard to start a command, mixed with arbitrary ones. */
const hostile = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        '\n',
        '\r',
        '\r\n',
        '\u2028',
        '\u0085',
        ' ',
        '\t',
        '\u00a0',
        '::',
        '::error::',
        '::add-mask::',
        '::stop-commands::x',
        '::set-output name=verified::',
        '##[error]',
        '##[add-mask]',
        '%0A::warning::',
        '<script>',
        '&amp;',
        'pwned',
        '\u001b[31m',
        ']'
      ),
      { minLength: 1, maxLength: 8 }
    )
    .map(parts => parts.join(''))
)

/** What a run printed: the built action's, or the CLI's (stderr then empty). */
type Run = Pick<BuiltActionRun, 'stdout' | 'stderr'>

/** What the hostile registry serves, replaced before each action run. */
interface Script {
  errorBody: string
  jsonBody: boolean
  annotation: string
  signature?: { manifest: Buffer; descriptor: Descriptor; envelope: Buffer; envelopeDescriptor: Descriptor }
}

const image = (seed: string): Buffer =>
  Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: `sha256:${seed.repeat(64)}`,
        size: 2
      },
      layers: []
    })
  )
const bodyImage = image('b')
const dnImage = image('d')

function sendManifest(response: ServerResponse, bytes: Buffer, mediaType: string, head: boolean): void {
  response.writeHead(200, {
    'content-type': mediaType,
    'content-length': bytes.length,
    'docker-content-digest': describeContent(bytes, mediaType).digest
  })
  response.end(head ? undefined : bytes)
}

let stub: StubRegistry
let script: Script
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-commands-'))
  stub = await startStub((request, response) => {
    const url = new URL(request.url, 'http://stub')
    const head = request.method === 'HEAD'
    const path = url.pathname
    if (path === '/v2/') return void response.writeHead(200).end('{}')
    if (path === '/v2/body/manifests/1') return sendManifest(response, bodyImage, MediaType.OciManifest, head)
    if (path.startsWith('/v2/body/referrers/')) {
      const body = script.jsonBody
        ? JSON.stringify({
            errors: [{ code: 'DENIED', message: script.errorBody, detail: script.errorBody }]
          })
        : script.errorBody
      return void response.writeHead(403, { 'content-type': 'application/json' }).end(body)
    }
    if (path.startsWith('/v2/anno/manifests/')) {
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MediaType.OciIndex,
          manifests: [
            {
              ...describeContent(bodyImage, MediaType.OciManifest),
              platform: { os: 'linux', architecture: 'amd64' },
              annotations: { 'dev.signet.scenario': script.annotation }
            }
          ]
        })
      )
      return sendManifest(response, index, MediaType.OciIndex, head)
    }
    if (path === '/v2/dn/manifests/1') return sendManifest(response, dnImage, MediaType.OciManifest, head)
    const signature = script.signature
    if (signature && path.startsWith('/v2/dn/referrers/')) {
      const listing = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [signature.descriptor] }
      return void response.writeHead(200, { 'content-type': MediaType.OciIndex }).end(JSON.stringify(listing))
    }
    if (signature && path === `/v2/dn/manifests/${signature.descriptor.digest}`)
      return sendManifest(response, signature.manifest, MediaType.OciManifest, head)
    if (signature && path === `/v2/dn/blobs/${signature.envelopeDescriptor.digest}`)
      return void response.writeHead(200).end(signature.envelope)
    response.writeHead(404, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN', message: 'no such thing' }] }))
  })
})
afterAll(async () => {
  await stub?.stop()
  await rm(dir, { recursive: true, force: true })
})

/** Every line of stdout and stderr that the runner would execute, with the command's name. */
function unintendedCommands(run: Run): string[] {
  return outputLines(`${run.stdout}\n${run.stderr}`).flatMap(line => {
    const command = workflowCommand(line)
    return command === undefined || SIGNET_COMMANDS.includes(command)
      ? []
      : [`${command}: ${JSON.stringify(line)}`]
  })
}

test('arbitrary registry error bodies, annotation values and signer DNs open no workflow command', async () => {
  await fc.assert(
    fc.asyncProperty(hostile, fc.boolean(), hostile, hostile, async (errorBody, jsonBody, annotation, dn) => {
      // 'x' first: @peculiar/x509 reads a value starting with '#' as hex (RFC 4514); a CN may not be empty.
      const pki = await makePki({
        leaf: { subject: [{ C: ['US'] }, { ST: ['WA'] }, { O: ['Evil'] }, { CN: [`x${dn}`] }] as never }
      })
      const target = describeContent(dnImage, MediaType.OciManifest)
      const envelope = craftJws(target, { key: pki.key, chain: pki.chain })
      const built = buildSignatureManifest(envelope, 'application/jose+json', target, pki.chain, new Date())
      script = {
        errorBody,
        jsonBody,
        annotation,
        signature: { manifest: built.bytes, ...built, envelope }
      }
      const store = join(dir, 'truststore')
      await mkdir(join(store, 'x509/ca/test'), { recursive: true })
      await writeFile(join(store, 'x509/ca/test/root.pem'), pki.rootPem)
      const policy = {
        version: '1.0',
        trustPolicies: [
          { name: 'skip', registryScopes: [`${stub.host}/anno`], signatureVerification: { level: 'skip' } },
          {
            name: 'strict',
            registryScopes: ['*'],
            signatureVerification: { level: 'strict' },
            trustStores: ['ca:test'],
            trustedIdentities: ['x509.subject: C=US, ST=WA, O=Nobody, CN=nobody']
          }
        ]
      }
      await writeFile(join(dir, 'trustpolicy.json'), JSON.stringify(policy))
      const run = await runBuiltAction({
        mode: 'verify',
        image: [`${stub.host}/body:1`, `${stub.host}/anno:1`, `${stub.host}/dn:1`].join('\n'),
        'insecure-registries': stub.host,
        'trust-policy': join(dir, 'trustpolicy.json'),
        'trust-store': store,
        scenario: 'wanted'
      })
      expect(run.code).toBe(1)
      expect(unintendedCommands(run)).toEqual([])
      // The three images were each rejected for the hostile reason, not for something else.
      const report = JSON.parse(run.outputs.report ?? 'null') as {
        images: { reasons: string[]; signer?: string }[]
      }
      expect(report.images.map(image => image.reasons.join(' '))).toEqual([
        expect.stringContaining('HTTP 403'),
        expect.stringContaining("no entry has scenario 'wanted'"),
        expect.stringContaining('is not a trusted identity')
      ])
      // `signer` has a line per verified image only, whatever a DN holds: no rejected image names one.
      expect(run.outputs.signer).toBe('')
      // The job summary is HTML: only its own tags (attributes escaped), every '<' of the hostile text escaped.
      const ownTags = /<\/?(h3|table|tr|th|td|ul|li|br|details|summary|span|wbr)(\s[^<>]*)?\/?>/g
      expect(run.summary.replace(ownTags, '')).not.toContain('<')
    }),
    { numRuns: 15 }
  )
}, 180_000)

test('arbitrary text in the image input opens no workflow command', async () => {
  await fc.assert(
    // An input reaches the action as an environment variable, which cannot hold NUL: the runner drops it before us.
    fc.asyncProperty(
      hostile.map(text => text.replaceAll('\0', '')),
      async tag => {
        const run = await runBuiltAction({
          mode: 'verify',
          image: `${stub.host}/body:${tag}`,
          'trust-roots': 'nowhere.pem'
        })
        expect(run.code).toBe(1)
        expect(unintendedCommands(run)).toEqual([])
      }
    ),
    { numRuns: 15 }
  )
}, 120_000)

test('the CLI prints arbitrary registry text without a workflow command, as text and as --json', async () => {
  const { main } = await import('../../src/cli/main.js')
  await fc.assert(
    fc.asyncProperty(
      hostile,
      fc.boolean(),
      hostile,
      fc.boolean(),
      async (errorBody, jsonBody, annotation, json) => {
        script = { errorBody, jsonBody, annotation }
        const pki = await makePki()
        const printed: string[] = []
        const io = {
          stdout: (text: string) => printed.push(text),
          stderr: (text: string) => printed.push(text),
          env: {}
        }
        const args = ['verify', '--image', `${stub.host}/body:1`, '--image', `${stub.host}/anno:1`]
        args.push('--insecure-registries', stub.host, `--trust-roots=${pki.rootPem}`, '--scenario', 'wanted')
        const code = await main(json ? [...args, '--json'] : args, io)
        expect(code).toBe(1)
        expect(unintendedCommands({ stdout: printed.join(''), stderr: '' })).toEqual([])
        if (json)
          expect(JSON.parse(printed.find(text => text.startsWith('{')) ?? '')).toHaveProperty(
            'verified',
            false
          )
      }
    ),
    { numRuns: 30 }
  )
}, 120_000)
