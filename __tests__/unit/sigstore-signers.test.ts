/**
 * Keyless signatures verified offline: real published bundles against their real trusted roots (a GitHub
 * artifact attestation of the public-good instance, one from GitHub's own instance with a signed
 * timestamp and no log), and bundles a local Sigstore stand-in mints, each with one thing wrong.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBundle } from '../../src/trust/sigstore/bundle.js'
import { GitHubAttestationSigner, SigstoreSigner } from '../../src/trust/sigstore/keyless-signers.js'
import { parseTrustedRoots, type SigstoreInstance } from '../../src/trust/sigstore/trusted-root.js'
import { verifyKeylessBundle } from '../../src/trust/sigstore/verify-bundle.js'
import { goRegexp } from '../../src/trust/sigstore/identity-policy.js'
import {
  evaluateRequirement,
  type Match,
  type Mismatch,
  type SignerResult
} from '../../src/trust/accepted-signer.js'
import { CosignKeySigner } from '../../src/trust/cosign/cosign-signer.js'
import { parseCosignPublicKeys } from '../../src/trust/cosign/public-keys.js'
import { InputError } from '../../src/util/errors.js'
import { candidatesFrom, sha256, type ArtifactFiles } from '../helpers/signature-candidates.js'
import { SigstoreStandIn, type MintOptions } from '../helpers/sigstore-stand-in.js'

const DATA = '__tests__/fixtures/sigstore'
const read = (path: string) => readFileSync(join(DATA, path))
const descriptorOf = (digest: string) => ({
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest,
  size: 1234
})

/** A bundle as actions/attest and cosign 3 push it: a referrer manifest whose one layer is the bundle. */
function bundleArtifact(bundle: Buffer): ArtifactFiles {
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256('{}'), size: 2 },
    layers: [
      {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        digest: sha256(bundle),
        size: bundle.length
      }
    ]
  }
  return { format: 'sigstore-bundle', manifest: Buffer.from(JSON.stringify(manifest)), blobs: [bundle] }
}

/** A legacy `.sig` manifest with one simple-signing layer. */
function legacyArtifact(legacy: { payload: Buffer; annotations: Record<string, string> }): ArtifactFiles {
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256('{}'), size: 2 },
    layers: [
      {
        mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
        digest: sha256(legacy.payload),
        size: legacy.payload.length,
        annotations: legacy.annotations
      }
    ]
  }
  return {
    format: 'cosign-simple-signing',
    manifest: Buffer.from(JSON.stringify(manifest)),
    blobs: [legacy.payload]
  }
}

describe('real GitHub artifact attestations', () => {
  // actions/attest in malancas/attest-demo, through GitHub's reusable attestation workflow (public good).
  const attestation = read('gh-cli/reusable-workflow-attestation.sigstore.json')
  const subject = descriptorOf('sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25')
  const roots = parseTrustedRoots(read('gh-cli/trusted_root.json').toString(), 'sigstore-trusted-root')
  const verify = (options: ConstructorParameters<typeof GitHubAttestationSigner>[1], digest = subject) =>
    new GitHubAttestationSigner(roots, options).verify(digest, candidatesFrom([bundleArtifact(attestation)]))

  test('verify offline with the repository and its signing workflow, with log, SCT and the log time', async () => {
    const result = (await verify({
      repository: 'malancas/attest-demo',
      signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml'
    })) as Match
    expect(result.matched).toBe(true)
    const [signature] = result.signatures
    expect(signature.signer).toBe(
      'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d (issuer https://token.actions.githubusercontent.com)'
    )
    expect(signature.time).toBe('2024-05-24T19:14:24.000Z')
    expect(signature.evidence).toEqual([
      {
        kind: 'tlog',
        log: 'https://rekor.sigstore.dev',
        index: '96764485',
        time: '2024-05-24T19:14:24.000Z'
      },
      { kind: 'sct', log: 'https://ctfe.sigstore.dev/2022' }
    ])
    expect(signature.details).toMatchObject({
      repository: 'https://github.com/malancas/attest-demo',
      ref: 'refs/heads/main',
      predicateType: 'https://slsa.dev/provenance/v1'
    })
  })

  test.each([
    [
      'another repository',
      {
        repository: 'malancas/other',
        signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml'
      },
      /sourceRepositoryURI is 'https:\/\/github.com\/malancas\/attest-demo', not 'https:\/\/github.com\/malancas\/other'/
    ],
    [
      'another owner',
      { owner: 'acme', signerRepository: 'github/artifact-attestations-workflows' },
      /sourceRepositoryOwnerURI is 'https:\/\/github.com\/malancas', not 'https:\/\/github.com\/acme'/
    ],
    [
      'the default signer (a workflow of the repository itself)',
      { repository: 'malancas/attest-demo' },
      /identity 'https:\/\/github.com\/github\/artifact-attestations-workflows\/.* does not match/
    ],
    [
      'another predicate type',
      {
        repository: 'malancas/attest-demo',
        signerRepository: 'github/artifact-attestations-workflows',
        predicateType: 'https://spdx.dev/Document/v2.3'
      },
      /predicate type is 'https:\/\/slsa.dev\/provenance\/v1', not 'https:\/\/spdx.dev\/Document\/v2.3'/
    ],
    [
      'another ref',
      {
        repository: 'malancas/attest-demo',
        signerRepository: 'github/artifact-attestations-workflows',
        sourceRef: 'refs/tags/v1'
      },
      /sourceRepositoryRef is 'refs\/heads\/main', not 'refs\/tags\/v1'/
    ],
    [
      'another issuer',
      {
        repository: 'malancas/attest-demo',
        signerRepository: 'github/artifact-attestations-workflows',
        issuer: 'https://token.actions.acme.ghe.com'
      },
      /OIDC issuer is 'https:\/\/token.actions.githubusercontent.com', not/
    ]
  ])('reject %s', async (_name, options, reason) => {
    const result = (await verify(options)) as Mismatch
    expect(result.matched).toBe(false)
    expect(result.reason).toMatch(reason)
  })

  test('reject the attestation of another digest', async () => {
    const result = (await verify(
      { repository: 'malancas/attest-demo', signerRepository: 'github/artifact-attestations-workflows' },
      descriptorOf(sha256('another image'))
    )) as Mismatch
    expect(result.reason).toMatch(
      /statement's subject is sha256:49a3aa60.*, not sha256:.*signs another artifact/
    )
  })

  test("an enterprise's custom OIDC issuer is accepted only when named", async () => {
    const bundle = read('gh-cli/custom-issuer.sigstore.json')
    const digest = descriptorOf('sha256:afa27b44d43b02a9fea41d13cedc2e4016cfcf87c5dbf990e593669aa8ce286d')
    const identity = (await verifyKeylessBundle(parseBundle(bundle), roots)).identity
    const signer = (issuer?: string) =>
      new GitHubAttestationSigner(roots, {
        owner: identity.extensions.sourceRepositoryOwnerURI?.split('/').pop(),
        issuer
      }).verify(digest, candidatesFrom([bundleArtifact(bundle)]))
    expect(identity.issuer).not.toBe('https://token.actions.githubusercontent.com')
    expect(((await signer()) as Mismatch).reason).toMatch(
      /OIDC issuer is '.*', not 'https:\/\/token.actions.githubusercontent.com'/
    )
    expect((await signer(identity.issuer)).matched).toBe(true)
  })

  test("GitHub's own instance (a private repository): a signed timestamp and no log, against GitHub's root", async () => {
    const root = read('github/trusted-root-github-2024.json').toString()
    const instances = parseTrustedRoots(root, 'sigstore-trusted-root')
    expect(instances[0]).toMatchObject({
      name: 'fulcio.githubapp.com',
      requiresTlog: false,
      requiresSct: false
    })
    const bundle = Buffer.from(
      read('gh-cli/github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl').toString().split('\n')[0]
    )
    const digest = descriptorOf('sha256:ae57936def59bc4c75edd3a837d89bcefc6d3a5e31d55a6fa7a71624f92c3c3b')
    const result = (await new GitHubAttestationSigner(instances, {
      repository: 'actions/attest-demo'
    }).verify(digest, candidatesFrom([bundleArtifact(bundle)]))) as Match
    expect(result.matched).toBe(true)
    expect(result.signatures[0]).toMatchObject({
      signer:
        'https://github.com/actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main (issuer https://token.actions.githubusercontent.com)',
      time: '2024-04-22T17:33:26.000Z',
      evidence: [
        { kind: 'timestamp', authority: 'timestamp.githubapp.com', time: '2024-04-22T17:33:26.000Z' }
      ],
      details: { instance: 'fulcio.githubapp.com', repository: 'https://github.com/actions/attest-demo' }
    })
    // The public-good root does not hold GitHub's CA, and the public-good attestation is not GitHub's.
    const both = parseTrustedRoots(
      [read('gh-cli/trusted_root.json'), read('github/trusted-root-github-2024.json')]
        .map(text => JSON.stringify(JSON.parse(text.toString())))
        .join('\n'),
      'sigstore-trusted-root'
    )
    expect(both.map(instance => instance.name)).toEqual(['fulcio.sigstore.dev', 'fulcio.githubapp.com'])
    expect((await verifyKeylessBundle(parseBundle(bundle), both)).instance).toBe('fulcio.githubapp.com')
    expect((await verifyKeylessBundle(parseBundle(attestation), both)).instance).toBe('fulcio.sigstore.dev')
    await expect(verifyKeylessBundle(parseBundle(bundle), both.slice(0, 1))).rejects.toThrow(
      /timestamp could not be verified/
    )
    await expect(verifyKeylessBundle(parseBundle(attestation), both.slice(1))).rejects.toThrow(
      /certificate chain/
    )
  })
})

describe('bundles minted by a local Sigstore', () => {
  const IMAGE = descriptorOf(sha256('the image'))
  const WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
  const GITHUB = {
    sourceRepositoryURI: 'https://github.com/acme/app',
    sourceRepositoryOwnerURI: 'https://github.com/acme',
    sourceRepositoryRef: 'refs/heads/main',
    buildSignerURI: WORKFLOW
  }
  let standIn: SigstoreStandIn
  let publicGood: SigstoreInstance[]
  let privateInstance: SigstoreInstance[]
  beforeAll(async () => {
    standIn = await SigstoreStandIn.start()
    publicGood = parseTrustedRoots(standIn.trustedRoot(), 'sigstore-trusted-root')
    // The stand-in's Fulcio embeds SCTs, so its CT log stays; GitHub's own Fulcio embeds none.
    privateInstance = parseTrustedRoots(standIn.trustedRoot({ tlog: false }), 'sigstore-trusted-root')
  })
  const mint = (options: Partial<MintOptions> = {}) =>
    standIn.bundle({ subject: IMAGE.digest, identity: WORKFLOW, extensions: GITHUB, ...options })
  const cosignSigner = (
    instances: SigstoreInstance[],
    identity = WORKFLOW,
    issuer = 'https://token.actions.githubusercontent.com'
  ) => new SigstoreSigner(instances, { identity, issuer })

  test('a keyless cosign signature verifies with its log entry, SCT and time', async () => {
    const result = (await cosignSigner(publicGood).verify(
      IMAGE,
      candidatesFrom([bundleArtifact(await mint())])
    )) as Match
    expect(result.matched).toBe(true)
    expect(result.signatures[0].evidence.map(item => item.kind)).toEqual(['tlog', 'sct'])
    expect(result.signatures[0].identity).toBe(
      `fulcio:https://token.actions.githubusercontent.com ${WORKFLOW}`
    )
  })

  test.each([
    [
      'wrong identity',
      () =>
        cosignSigner(publicGood, 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main'),
      /identity is 'https:\/\/github.com\/acme\/app\/.github\/workflows\/release.yml@refs\/heads\/main', not/
    ],
    [
      'wrong issuer',
      () => cosignSigner(publicGood, WORKFLOW, 'https://accounts.google.com'),
      /OIDC issuer is 'https:\/\/token.actions.githubusercontent.com', not 'https:\/\/accounts.google.com'/
    ],
    [
      'identity regexp that does not match',
      () =>
        new SigstoreSigner(publicGood, {
          identityRegexp: goRegexp('^https://github.com/chainguard-images/'),
          issuer: 'https://token.actions.githubusercontent.com'
        }),
      /does not match \/\^https:\\\/\\\/github.com\\\/chainguard-images\\\/\/u/
    ]
  ])('reject a %s', async (_name, signer, reason) => {
    const result = (await signer().verify(IMAGE, candidatesFrom([bundleArtifact(await mint())]))) as Mismatch
    expect(result.matched).toBe(false)
    expect(result.reason).toMatch(reason)
  })

  test("Go's (?i) flag, as gh writes it, matches without regard to case", async () => {
    const signer = new SigstoreSigner(publicGood, {
      identityRegexp: goRegexp('(?i)^https://GITHUB.com/ACME/'),
      issuer: 'https://token.actions.githubusercontent.com'
    })
    expect((await signer.verify(IMAGE, candidatesFrom([bundleArtifact(await mint())]))).matched).toBe(true)
  })

  test('reject a missing log entry where the instance requires one, even with a signed timestamp', async () => {
    const bundle = await mint({ tlog: false, timestamp: true })
    const result = (await cosignSigner(publicGood).verify(
      IMAGE,
      candidatesFrom([bundleArtifact(bundle)])
    )) as Mismatch
    expect(result.reason).toMatch(/expected 1 tlog entries, got 0/)
    // GitHub's kind of instance lists no log: the signed timestamp is what it requires, and enough.
    expect(
      (await cosignSigner(privateInstance).verify(IMAGE, candidatesFrom([bundleArtifact(bundle)]))).matched
    ).toBe(true)
    const noTimestamp = await mint({ tlog: false })
    expect(
      (
        (await cosignSigner(privateInstance).verify(
          IMAGE,
          candidatesFrom([bundleArtifact(noTimestamp)])
        )) as Mismatch
      ).reason
    ).toMatch(/no transparency-log entry with a signed time and no RFC 3161 timestamp/)
  })

  test('reject an expired certificate without a timestamp, naming its validity', async () => {
    const issuedAt = new Date(Date.now() - 3600_000)
    const bundle = await mint({ tlog: false, issuedAt })
    const result = (await cosignSigner(publicGood).verify(
      IMAGE,
      candidatesFrom([bundleArtifact(bundle)])
    )) as Mismatch
    expect(result.reason).toMatch(
      new RegExp(
        `nothing shows the certificate \\(valid ${issuedAt.toISOString().slice(0, 19)}.000Z to .*\\) was used while it was valid`
      )
    )
  })

  test('reject a certificate from another CA, and a log entry from another log', async () => {
    const other = await SigstoreStandIn.start()
    const foreign = await other.bundle({ subject: IMAGE.digest, identity: WORKFLOW })
    expect(
      ((await cosignSigner(publicGood).verify(IMAGE, candidatesFrom([bundleArtifact(foreign)]))) as Mismatch)
        .reason
    ).toMatch(/certificate chain/)
  })

  test('GitHub attestation signer: predicate type, repository, and a cosign signature is no attestation', async () => {
    const provenance = await mint({ predicateType: 'https://slsa.dev/provenance/v1' })
    const signer = (options: ConstructorParameters<typeof GitHubAttestationSigner>[1]) =>
      new GitHubAttestationSigner(publicGood, options)
    expect(
      (await signer({ repository: 'acme/app' }).verify(IMAGE, candidatesFrom([bundleArtifact(provenance)])))
        .matched
    ).toBe(true)
    const wrongRepository = (await signer({ repository: 'acme/other' }).verify(
      IMAGE,
      candidatesFrom([bundleArtifact(provenance)])
    )) as Mismatch
    expect(wrongRepository.reason).toMatch(
      /sourceRepositoryURI is 'https:\/\/github.com\/acme\/app', not 'https:\/\/github.com\/acme\/other'/
    )
    const cosignSignature = (await signer({ repository: 'acme/app' }).verify(
      IMAGE,
      candidatesFrom([bundleArtifact(await mint())])
    )) as Mismatch
    expect(cosignSignature.reason).toMatch(
      /predicate type is 'https:\/\/sigstore.dev\/cosign\/sign\/v1', not 'https:\/\/slsa.dev\/provenance\/v1'/
    )
    // And a provenance attestation is no cosign signature.
    expect(
      (
        (await cosignSigner(publicGood).verify(
          IMAGE,
          candidatesFrom([bundleArtifact(provenance)])
        )) as Mismatch
      ).reason
    ).toMatch(
      /predicate type is 'https:\/\/slsa.dev\/provenance\/v1', not 'https:\/\/sigstore.dev\/cosign\/sign\/v1'/
    )
  })

  test('legacy keyless signatures (the .sig tag): accepted, then moved, stripped of their log entry, or re-signed', async () => {
    const legacy = await standIn.legacy({ subject: IMAGE.digest, identity: WORKFLOW })
    const signer = cosignSigner(publicGood)
    const result = (await signer.verify(IMAGE, candidatesFrom([legacyArtifact(legacy)]))) as Match
    expect(result.matched).toBe(true)
    expect(result.signatures[0].details).toMatchObject({ format: 'cosign legacy signature' })
    expect(result.signatures[0].evidence[0]).toMatchObject({
      kind: 'tlog',
      log: 'https://rekor.stand-in.test'
    })

    const moved = (await signer.verify(
      descriptorOf(sha256('other')),
      candidatesFrom([legacyArtifact(legacy)])
    )) as Mismatch
    expect(moved.reason).toMatch(/signature of another image/)

    const unlogged = { ...legacy.annotations }
    delete unlogged['dev.sigstore.cosign/bundle']
    const stripped = (await signer.verify(
      IMAGE,
      candidatesFrom([legacyArtifact({ payload: legacy.payload, annotations: unlogged })])
    )) as Mismatch
    expect(stripped.reason).toMatch(/no transparency-log entry/)

    // Another certificate's signature over the same payload, under the first one's log entry.
    const second = await standIn.legacy({ subject: IMAGE.digest, identity: WORKFLOW })
    const swapped = {
      ...legacy.annotations,
      'dev.sigstore.cosign/certificate': second.annotations['dev.sigstore.cosign/certificate']
    }
    expect(
      (
        (await signer.verify(
          IMAGE,
          candidatesFrom([legacyArtifact({ payload: legacy.payload, annotations: swapped })])
        )) as Mismatch
      ).reason
    ).toMatch(/logged for another certificate/)
  })

  test('require counts distinct identities: one certificate identity satisfying two signers counts once', async () => {
    const bundle = bundleArtifact(await mint())
    const exact = cosignSigner(publicGood)
    const pattern = new SigstoreSigner(publicGood, {
      identityRegexp: /^https:\/\/github.com\/acme\//,
      issuer: 'https://token.actions.githubusercontent.com'
    })
    const results: SignerResult[] = [
      await exact.verify(IMAGE, candidatesFrom([bundle])),
      await pattern.verify(IMAGE, candidatesFrom([bundle]))
    ]
    expect(results.every(result => result.matched)).toBe(true)
    expect(evaluateRequirement({ kind: 'count', count: 2 }, results)).toMatchObject({
      satisfied: false,
      distinct: 1,
      needed: 2
    })
    expect(evaluateRequirement({ kind: 'any' }, results)).toMatchObject({ satisfied: true, distinct: 1 })

    // A second identity's signature lets the pattern signer count as another signer.
    const other = bundleArtifact(
      await mint({ identity: 'https://github.com/acme/app/.github/workflows/publish.yml@refs/heads/main' })
    )
    const both: SignerResult[] = [
      await exact.verify(IMAGE, candidatesFrom([bundle, other])),
      await pattern.verify(IMAGE, candidatesFrom([bundle, other]))
    ]
    expect(evaluateRequirement({ kind: 'all' }, both)).toMatchObject({
      satisfied: true,
      distinct: 2,
      needed: 2
    })
  })

  test('a cosign key signer and a keyless signer are two signers; the same key twice is one', async () => {
    const key = parseCosignPublicKeys(
      readFileSync('__tests__/fixtures/cosign/p256/key.pub', 'utf8'),
      'cosign-key'
    )[0]
    const keyed = {
      format: 'sigstore-bundle' as const,
      manifest: readFileSync('__tests__/fixtures/cosign/p256/bundle-manifest.json'),
      blobs: [readFileSync('__tests__/fixtures/cosign/p256/bundle.json')]
    }
    const image = descriptorOf('sha256:4475e2eb5a3b21203e13803dc130b36a13318852ff69cf0abf9e79fae553f842')
    const keyless = bundleArtifact(await standIn.bundle({ subject: image.digest, identity: WORKFLOW }))
    const candidates = candidatesFrom([keyed, keyless])
    const results = [
      await new CosignKeySigner(key).verify(image, candidates),
      await cosignSigner(publicGood).verify(image, candidates)
    ]
    expect(evaluateRequirement({ kind: 'count', count: 2 }, results).satisfied).toBe(true)
    const twice = [
      await new CosignKeySigner(key).verify(image, candidates),
      await new CosignKeySigner(key).verify(image, candidates)
    ]
    expect(evaluateRequirement({ kind: 'all' }, twice)).toMatchObject({ satisfied: false, distinct: 1 })
    // The keyless signer does not take the key-signed bundle for its own, nor the key signer the keyless one.
    expect((results[0] as Match).rejected[0].reason).toMatch(/signed with a certificate \(keyless\)/)
    expect((results[1] as Match).rejected[0].reason).toMatch(/signed with a key, not keyless/)
  })
})

describe('trusted roots', () => {
  const root = () => JSON.parse(read('gh-cli/trusted_root.json').toString()) as Record<string, unknown>
  test.each([
    ['not JSON', 'not json', /not a Sigstore trusted_root.json: /],
    [
      'another document',
      JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }),
      /mediaType is 'application\/vnd.dev.sigstore.bundle.v0.3\+json'/
    ],
    ['no CA', JSON.stringify({ ...root(), certificateAuthorities: [] }), /lists no certificate authority/],
    [
      'a log key without start of validity',
      JSON.stringify({
        ...root(),
        tlogs: (root().tlogs as { publicKey: object }[]).map(log => ({
          ...log,
          publicKey: { ...log.publicKey, validFor: {} }
        }))
      }),
      /transparency log #1's key has no start of validity/
    ],
    // What @sigstore/verify reads on a signature's check is read at input time too (#27).
    [
      'a CA certificate that is not one',
      JSON.stringify({
        ...root(),
        certificateAuthorities: (root().certificateAuthorities as { certChain: object }[]).map(ca => ({
          ...ca,
          certChain: { certificates: [{ rawBytes: Buffer.from('not a certificate').toString('base64') }] }
        }))
      }),
      /certificate authority #1's certificate #1 cannot be read/
    ],
    [
      'a log key that is not one',
      JSON.stringify({
        ...root(),
        tlogs: (root().tlogs as { publicKey: object }[]).map(log => ({
          ...log,
          publicKey: { ...log.publicKey, rawBytes: Buffer.from('not a key').toString('base64') }
        }))
      }),
      /transparency log #1's key cannot be read/
    ],
    [
      'a CT log without a log id',
      JSON.stringify({
        ...root(),
        ctlogs: (root().ctlogs as { logId: object }[]).map(log => ({ ...log, logId: undefined }))
      }),
      /CT log #1 has no log id/
    ]
  ])('refuse %s, naming the input', (_name, text, message) => {
    let thrown: unknown
    try {
      parseTrustedRoots(text, 'sigstore-trusted-root')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect((thrown as InputError).input).toBe('sigstore-trusted-root')
    expect((thrown as Error).message).toMatch(message)
  })
})
