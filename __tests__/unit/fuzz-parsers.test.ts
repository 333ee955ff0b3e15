/**
 * Property tests over every parser that reads text from users or registries: whatever the input, the
 * outcome is a value or a typed SignetError, never another exception. Case counts scale with
 * SIGNET_FUZZ_SCALE (1 = the full count CI runs; 0.1 for a quick local pass).
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { InputError, SignetError } from '../../src/util/errors.js'
import { readReference } from '../../src/inputs/oci-inputs.js'
import { parseManifestLine } from '../../src/inputs/sign-inputs.js'
import { parseWwwAuthenticate } from '../../src/oci/transport/challenge.js'
import { sha256Digest } from '../../src/oci/digest.js'
import { InvalidReferenceError } from '../../src/oci/errors.js'
import { parseReference } from '../../src/oci/reference.js'
import { RegistryClient } from '../../src/oci/registry.js'
import { loadCertificates } from '../../src/trust/pki.js'
import { loadTrustPolicy, TrustPolicyError } from '../../src/trust/policy.js'
import { CertificateError } from '../../src/trust/certificates.js'
import { parseSignatureManifest } from '../../src/trust/signature-manifest.js'
import { makePki, type TestPki } from '../helpers/pki.js'

const SCALE = Number(process.env.SIGNET_FUZZ_SCALE ?? 1)
const runs = (full: number) => Math.max(10, Math.round(full * SCALE))

/** Calls `parse`; passes when it returns or throws a SignetError (optionally of one class). */
function onlyTyped(
  parse: () => unknown,
  expected: abstract new (...args: never[]) => SignetError = SignetError
): void {
  try {
    parse()
  } catch (error) {
    if (!(error instanceof expected)) throw new Error(`untyped failure: ${String(error)}`, { cause: error })
  }
}

/** Strings biased towards the characters each grammar cares about, plus anything at all. */
const from = (alphabet: string, maxLength = 80) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...alphabet.split('')), maxLength }),
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength })
  )

const REFERENCE_CHARS = 'abcz09AZ.-_:/@+ \tsha256:0123456789abcdef'
const CHALLENGE_CHARS = 'BearerBasic realm=",\\ service scope: \t=abc'
const LINE_CHARS = 'oci-layout:docker-archive:./dir scenario=a,b platform=linux/amd64/v8 @sha256:ab \t='

describe('fuzz: parsers only fail with typed errors', () => {
  test('parseReference', () => {
    const structured = fc
      .tuple(
        fc.constantFrom(
          '',
          'ghcr.io/',
          'localhost:5000/',
          '127.0.0.1:5000/',
          'docker.io/',
          'a.b:99999/',
          'UPPER.io/'
        ),
        from('abcz09._-/', 60),
        fc.constantFrom(
          '',
          ':1.0',
          ':latest',
          ':-bad',
          ':' + 'x'.repeat(130),
          '@sha256:' + '0'.repeat(64),
          '@sha256:zz',
          ':t@sha256:' + 'a'.repeat(64)
        )
      )
      .map(parts => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(structured, from(REFERENCE_CHARS)), value => {
        onlyTyped(() => {
          const reference = parseReference(value)
          // What it accepts is well-formed: a registry and a repository, and a tag or digest.
          if (!reference.registry || !reference.repository)
            throw new Error(`accepted '${value}' without registry or repository`)
        }, InvalidReferenceError)
      }),
      { numRuns: runs(20_000) }
    )
  })

  test('parseWwwAuthenticate never throws and returns lowercased schemes', () => {
    const structured = fc
      .array(
        fc.tuple(
          fc.constantFrom('Bearer', 'Basic', 'bearer', 'Negotiate', ''),
          fc.array(
            fc.tuple(fc.constantFrom('realm', 'service', 'scope', 'error', ''), from('"\\,= abc:/', 30)),
            { maxLength: 4 }
          )
        ),
        { maxLength: 3 }
      )
      .map(challenges =>
        challenges
          .map(([scheme, params]) => `${scheme} ${params.map(([key, value]) => `${key}=${value}`).join(',')}`)
          .join(', ')
      )
    fc.assert(
      fc.property(fc.oneof(structured, from(CHALLENGE_CHARS, 120)), header => {
        const challenges = parseWwwAuthenticate(header)
        if (!Array.isArray(challenges)) throw new Error('not an array')
        for (const challenge of challenges) {
          if (challenge.scheme !== challenge.scheme.toLowerCase())
            throw new Error(`scheme '${challenge.scheme}' not lowercased`)
        }
      }),
      { numRuns: runs(15_000) }
    )
  })

  test('parseManifestLine', () => {
    const structured = fc
      .tuple(
        fc.constantFrom(
          'oci-layout:',
          'docker-archive:',
          'ghcr.io/a/b@',
          'oci-layout:./x:',
          'oci-layout:./x@sha256:',
          'zip:',
          ''
        ),
        from('abc./:@-_0', 40),
        fc.constantFrom(
          '',
          ' scenario=a',
          ' scenario=a,b',
          ' scenario=',
          ' scenario=a,,b',
          ' scenario=a platform=linux/arm64/v8',
          ' platform=x',
          ' scenario=a scenario=b',
          ' other=1'
        ),
        fc.constantFrom('', ' platform=linux/amd64', ' platform=/', ' junk')
      )
      .map(parts => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(structured, from(LINE_CHARS)), line => {
        onlyTyped(() => {
          const parsed = parseManifestLine(line)
          if (parsed.scenarios.some(tag => tag === ''))
            throw new Error(`accepted '${line}' with an empty scenario tag`)
          // Registry sources are checked as references when sign reads them: typed there too.
          if (parsed.source.kind === 'registry') readReference(parsed.source.reference, 'manifests')
        }, InputError)
      }),
      { numRuns: runs(15_000) }
    )
  })

  test('parseSignatureManifest on arbitrary JSON and bytes', () => {
    const manifestLike = fc.record(
      {
        schemaVersion: fc.oneof(fc.constant(2), fc.anything()),
        mediaType: fc.oneof(fc.constant('application/vnd.oci.image.manifest.v1+json'), fc.string()),
        artifactType: fc.oneof(fc.constant('application/vnd.cncf.notary.signature'), fc.anything()),
        config: fc.anything(),
        layers: fc.oneof(
          fc.array(
            fc.record({
              mediaType: fc.constant('application/jose+json'),
              digest: fc.string(),
              size: fc.anything()
            })
          ),
          fc.anything()
        ),
        subject: fc.anything(),
        annotations: fc.anything()
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(
        fc.oneof(
          manifestLike.map(value => JSON.stringify(value) ?? ''),
          fc.string(),
          fc.json()
        ),
        text => {
          onlyTyped(() => parseSignatureManifest(Buffer.from(text)))
        }
      ),
      { numRuns: runs(8_000) }
    )
  })
})

describe('fuzz: trust configuration and certificates', () => {
  let pki: TestPki
  let storeDir: string

  beforeAll(async () => {
    pki = await makePki()
    storeDir = mkdtempSync(join(tmpdir(), 'signet-fuzz-store-'))
    mkdirSync(join(storeDir, 'x509', 'ca', 'acme'), { recursive: true })
    writeFileSync(join(storeDir, 'x509', 'ca', 'acme', 'root.pem'), pki.rootPem)
  })

  test('loadTrustPolicy on arbitrary and near-valid policies', () => {
    const statement = fc.record(
      {
        name: fc.oneof(fc.constantFrom('default', 'a', ''), fc.anything()),
        registryScopes: fc.oneof(
          fc.constant(['*']),
          fc.array(fc.constantFrom('*', 'ghcr.io/a/b', 'bad scope', '')),
          fc.anything()
        ),
        signatureVerification: fc.oneof(
          fc.record({ level: fc.constantFrom('strict', 'permissive', 'audit', 'skip', 'nope') }),
          fc.record({ level: fc.constant('strict'), override: fc.anything() }),
          fc.anything()
        ),
        trustStores: fc.oneof(
          fc.constant(['ca:acme']),
          fc.array(fc.constantFrom('ca:acme', 'ca:missing', 'tsa:acme', 'ca:', '../x')),
          fc.anything()
        ),
        trustedIdentities: fc.oneof(
          fc.constant(['*']),
          fc.array(fc.constantFrom('*', 'x509.subject: CN=a', 'x509.subject:', 'CN=a')),
          fc.anything()
        )
      },
      { requiredKeys: [] }
    )
    const document = fc.record(
      {
        version: fc.oneof(fc.constant('1.0'), fc.anything()),
        trustPolicies: fc.oneof(fc.array(statement, { maxLength: 3 }), fc.anything())
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(
        fc.oneof(
          document.map(value => JSON.stringify(value)),
          fc.json(),
          fc.string({ minLength: 1 }).map(s => `{${s}`)
        ),
        text => {
          onlyTyped(() => loadTrustPolicy(text, storeDir), TrustPolicyError)
        }
      ),
      { numRuns: runs(8_000) }
    )
  })

  test('loadCertificates on PEM with a byte changed, dropped or added', () => {
    const pem = pki.chainPem
    fc.assert(
      fc.property(
        fc.nat({ max: pem.length - 1 }),
        fc.constantFrom('flip', 'drop', 'insert'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        (position, edit, character) => {
          const mutated =
            edit === 'drop'
              ? pem.slice(0, position) + pem.slice(position + 1)
              : edit === 'insert'
                ? pem.slice(0, position) + character + pem.slice(position)
                : pem.slice(0, position) + character + pem.slice(position + 1)
          onlyTyped(() => loadCertificates(mutated), CertificateError)
        }
      ),
      { numRuns: runs(8_000) }
    )
  })

  test('loadCertificates on arbitrary base64 inside PEM armour', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), bytes => {
        const body = Buffer.from(bytes).toString('base64').replace(/.{64}/g, '$&\n')
        onlyTyped(
          () => loadCertificates(`-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`),
          CertificateError
        )
      }),
      { numRuns: runs(4_000) }
    )
  })
})

describe('fuzz: manifests fetched from a registry stub', () => {
  let server: Server
  let host: string
  let client: RegistryClient
  /** What the stub answers next: the body, and the digest header it claims. */
  let answer: { body: Buffer; digest?: string; contentType?: string } = { body: Buffer.alloc(0) }

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume()
      const headers: Record<string, string> = {
        'content-type': answer.contentType ?? 'application/vnd.oci.image.manifest.v1+json'
      }
      if (answer.digest) headers['docker-content-digest'] = answer.digest
      response.writeHead(200, headers)
      response.end(answer.body)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`
    client = new RegistryClient({ insecureRegistries: [host], maxAttempts: 1 })
  })
  afterAll(async () => {
    await client?.close()
    await new Promise<void>(resolve => server.close(() => resolve()))
  })

  test('fetchManifest by digest and by tag: a manifest, or a typed error', async () => {
    const repository = () => client.repository({ registry: host, repository: 'fuzz/app' })
    // A tag per run: the client remembers what a tag pointed at for the rest of its run.
    let run = 0
    const body = fc.oneof(
      fc.json().map(text => Buffer.from(text)),
      fc
        .record(
          {
            schemaVersion: fc.oneof(fc.constant(2), fc.anything()),
            manifests: fc.anything(),
            layers: fc.anything()
          },
          { requiredKeys: [] }
        )
        .map(value => Buffer.from(JSON.stringify(value))),
      fc.uint8Array({ maxLength: 200 }).map(bytes => Buffer.from(bytes))
    )
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(undefined, 'text/plain', 'application/vnd.oci.image.index.v1+json'),
        async (bytes, byDigest, honestHeader, contentType) => {
          const digest = sha256Digest(bytes)
          answer = { body: bytes, digest: honestHeader ? digest : `sha256:${'1'.repeat(64)}`, contentType }
          try {
            const fetched = await repository().fetchManifest(byDigest ? digest : `run-${run++}`)
            // Accepted bytes are exactly what was served and hash to the digest reported.
            if (!fetched.bytes.equals(bytes) || fetched.descriptor.digest !== digest)
              throw new Error('accepted bytes that do not match the digest')
          } catch (error) {
            if (!(error instanceof SignetError))
              throw new Error(`untyped failure: ${String(error)}`, { cause: error })
          }
        }
      ),
      { numRuns: runs(3_000) }
    )
  })
})
