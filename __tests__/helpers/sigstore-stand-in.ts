/**
 * A local Sigstore for tests: a Fulcio CA (with a CT log that embeds an SCT), a Rekor log (signed entry
 * timestamps, inclusion proofs under a signed checkpoint) and an RFC 3161 TSA, from @sigstore/mock's
 * building blocks (used directly, offline: its HTTP mocks are not loaded). It mints what cosign 3 and
 * `actions/attest` push (a bundle v0.3 with a DSSE in-toto statement) and what older cosign pushed (a
 * legacy simple-signing layer with certificate and Rekor annotations), each with one thing changed at will,
 * and the trusted_root.json to verify them against.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { initializeCA, type CA } from '@sigstore/mock/dist/fulcio/ca.js'
import { initializeCTLog, type CTLog } from '@sigstore/mock/dist/fulcio/ctlog.js'
import { initializeTLog, type TLog } from '@sigstore/mock/dist/rekor/tlog.js'
import { initializeTSA, type TSA } from '@sigstore/mock/dist/timestamp/tsa.js'
import { generateKeyPair } from '@sigstore/mock/dist/util/key.js'
import { FulcioExtension, type FulcioField } from '../../src/trust/sigstore/fulcio-certificate.js'

const REKOR_URL = 'https://rekor.stand-in.test'
const COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1'
const SHA256_OID = '2.16.840.1.101.3.4.2.1'
const START = '2020-01-01T00:00:00Z'

export interface MintOptions {
  /** `sha256:<hex>`: what the statement or payload signs. */
  subject: string
  /** The certificate's SAN (a workflow URI, an email). */
  identity: string
  /** The OIDC issuer extension (1.8); default GitHub Actions'. */
  issuer?: string
  /** More Fulcio extensions (repository, ref, workflow…). */
  extensions?: Partial<Record<FulcioField, string>>
  predicateType?: string
  /** A Rekor entry (signed entry timestamp + inclusion proof); default true. */
  tlog?: boolean
  /** An RFC 3161 timestamp; default false. */
  timestamp?: boolean
  /** When Fulcio issues the certificate (valid 10 minutes from then); default now. */
  issuedAt?: Date
}

/** Bytes as @sigstore/mock hands them over (ArrayBufferViews), as a Buffer. */
const bytesOf = (view: ArrayBufferView | string) =>
  typeof view === 'string' ? Buffer.from(view) : Buffer.from(view.buffer, view.byteOffset, view.byteLength)
const b64 = (bytes: ArrayBufferView | string) => bytesOf(bytes).toString('base64')
const hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')
const pem = (der: ArrayBufferView) => `-----BEGIN CERTIFICATE-----\n${b64(der)}\n-----END CERTIFICATE-----\n`

export class SigstoreStandIn {
  private constructor(
    private readonly caKeys: ReturnType<typeof generateKeyPair>,
    private readonly ca: CA,
    private readonly ctLog: CTLog,
    private readonly tlog: TLog,
    private readonly tsaKeys: ReturnType<typeof generateKeyPair>,
    private readonly tsa: TSA
  ) {}

  static async start(): Promise<SigstoreStandIn> {
    const caKeys = generateKeyPair('P-384')
    const ctLog = await initializeCTLog(generateKeyPair())
    const tsaKeys = generateKeyPair()
    return new SigstoreStandIn(
      caKeys,
      await initializeCA(caKeys, ctLog),
      ctLog,
      await initializeTLog(REKOR_URL, generateKeyPair()),
      tsaKeys,
      await initializeTSA(tsaKeys)
    )
  }

  /** A trusted_root.json of this instance; leave out the logs for one like GitHub's (a TSA only). */
  trustedRoot(options: { tlog?: boolean; ctlog?: boolean; tsa?: boolean } = {}): string {
    const key = (der: ArrayBufferView) => ({
      rawBytes: b64(der),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor: { start: START }
    })
    return JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs:
        options.tlog === false
          ? []
          : [
              {
                baseUrl: REKOR_URL,
                hashAlgorithm: 'SHA2_256',
                publicKey: key(this.tlog.publicKey),
                logId: { keyId: createHash('sha256').update(this.tlog.publicKey).digest('base64') }
              }
            ],
      certificateAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
          uri: 'https://fulcio.stand-in.test',
          certChain: { certificates: [{ rawBytes: b64(this.ca.rootCertificate) }] },
          validFor: { start: START }
        }
      ],
      ctlogs:
        options.ctlog === false
          ? []
          : [
              {
                baseUrl: 'https://ctfe.stand-in.test',
                hashAlgorithm: 'SHA2_256',
                publicKey: key(this.ctLog.publicKey),
                logId: { keyId: b64(this.ctLog.logID) }
              }
            ],
      timestampAuthorities:
        options.tsa === false
          ? []
          : [
              {
                subject: { organization: 'sigstore.mock', commonName: 'tsa' },
                uri: 'https://tsa.stand-in.test',
                certChain: {
                  certificates: [
                    { rawBytes: b64(this.tsa.intCertificate) },
                    { rawBytes: b64(this.tsa.rootCertificate) }
                  ]
                },
                validFor: { start: START }
              }
            ]
    })
  }

  /** A cosign 3 / actions/attest bundle v0.3: a DSSE envelope over an in-toto statement of `subject`. */
  async bundle(options: MintOptions): Promise<Buffer> {
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'image', digest: { sha256: options.subject.replace(/^sha256:/, '') } }],
      predicateType: options.predicateType ?? COSIGN_SIGN,
      predicate: {}
    }
    const payload = Buffer.from(JSON.stringify(statement))
    const payloadType = 'application/vnd.in-toto+json'
    const { key, certificate } = await this.certificate(options)
    const pae = Buffer.concat([
      Buffer.from(`DSSEv1 ${payloadType.length} ${payloadType} ${payload.length} `),
      payload
    ])
    const signature = sign('sha256', pae, key)
    const envelope = { payload: b64(payload), payloadType, signatures: [{ sig: b64(signature), keyid: '' }] }
    const tlogEntries =
      options.tlog === false
        ? []
        : [
            await this.logEntry('dsse', {
              apiVersion: '0.0.1',
              kind: 'dsse',
              spec: {
                envelopeHash: { algorithm: 'sha256', value: hex(JSON.stringify(envelope)) },
                payloadHash: { algorithm: 'sha256', value: hex(payload) },
                signatures: [{ signature: b64(signature), verifier: b64(pem(certificate)) }]
              }
            })
          ]
    return Buffer.from(
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: {
          certificate: { rawBytes: b64(certificate) },
          tlogEntries,
          timestampVerificationData: {
            rfc3161Timestamps: options.timestamp
              ? [{ signedTimestamp: b64(await this.timestampOf(signature)) }]
              : []
          }
        },
        dsseEnvelope: envelope
      })
    )
  }

  /** An older cosign's keyless signature: the simple-signing payload and its layer annotations. */
  async legacy(options: MintOptions): Promise<{ payload: Buffer; annotations: Record<string, string> }> {
    const payload = Buffer.from(
      JSON.stringify({
        critical: {
          identity: { 'docker-reference': 'registry.test/app' },
          image: { 'docker-manifest-digest': options.subject },
          type: 'cosign container image signature'
        },
        optional: null
      })
    )
    const { key, certificate } = await this.certificate(options)
    const signature = sign('sha256', payload, key)
    const annotations: Record<string, string> = {
      'dev.cosignproject.cosign/signature': b64(signature),
      'dev.sigstore.cosign/certificate': pem(certificate),
      'dev.sigstore.cosign/chain': pem(this.ca.rootCertificate)
    }
    if (options.tlog !== false) {
      const entry = await this.logged({
        apiVersion: '0.0.1',
        kind: 'hashedrekord',
        spec: {
          data: { hash: { algorithm: 'sha256', value: hex(payload) } },
          signature: { content: b64(signature), publicKey: { content: b64(pem(certificate)) } }
        }
      })
      annotations['dev.sigstore.cosign/bundle'] = JSON.stringify({
        SignedEntryTimestamp: entry.verification.signedEntryTimestamp,
        Payload: {
          body: entry.body,
          integratedTime: entry.integratedTime,
          logIndex: entry.logIndex,
          logID: entry.logID
        }
      })
    }
    if (options.timestamp) {
      annotations['dev.sigstore.cosign/rfc3161timestamp'] = JSON.stringify({
        SignedRFC3161Timestamp: b64(await this.timestampOf(signature))
      })
    }
    return { payload, annotations }
  }

  private async certificate(options: MintOptions): Promise<{ key: KeyObject; certificate: ArrayBufferView }> {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const ca =
      options.issuedAt === undefined ? this.ca : await initializeCA(this.caKeys, this.ctLog, options.issuedAt)
    const issuer = options.issuer ?? 'https://token.actions.githubusercontent.com'
    const extensions: { oid: string; value: string; legacy?: boolean }[] = Object.entries({
      issuer,
      ...options.extensions
    }).map(([field, value]) => ({
      oid: FulcioExtension[field as FulcioField],
      value: value as string
    }))
    // Fulcio also writes the issuer under the deprecated 1.1, as raw text: cosign's legacy path reads it.
    extensions.push({
      oid: '1.3.6.1.4.1.57264.1.1',
      value: issuer,
      legacy: true
    } as (typeof extensions)[number])
    const certificate = await ca.issueCertificate({
      publicKey: publicKey.export({ format: 'der', type: 'spki' }),
      subjectAltName: options.identity,
      extensions
    })
    return { key: privateKey, certificate }
  }

  private async logged(body: object) {
    const entries = await this.tlog.log(body)
    return Object.values(entries)[0] as unknown as {
      body: string
      integratedTime: number
      logID: string
      logIndex: number
      verification: {
        signedEntryTimestamp: string
        inclusionProof: {
          logIndex: number
          treeSize: number
          rootHash: string
          hashes: string[]
          checkpoint: string
        }
      }
    }
  }

  private async logEntry(kind: string, body: object): Promise<object> {
    const entry = await this.logged(body)
    const proof = entry.verification.inclusionProof
    return {
      logIndex: String(entry.logIndex),
      logId: { keyId: Buffer.from(entry.logID, 'hex').toString('base64') },
      kindVersion: { kind, version: '0.0.1' },
      integratedTime: String(entry.integratedTime),
      inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp },
      inclusionProof: {
        logIndex: String(proof.logIndex),
        rootHash: Buffer.from(proof.rootHash, 'hex').toString('base64'),
        treeSize: String(proof.treeSize),
        hashes: proof.hashes,
        checkpoint: { envelope: proof.checkpoint }
      },
      canonicalizedBody: entry.body
    }
  }

  /**
   * A token from the TSA's key at the current whole second: pkijs drops a fraction's trailing zeros, as
   * DER wants, and @sigstore/core 4.0.1 reads only three-digit fractions. The TSA is made anew for each
   * token (mock TSAs keep one time); same key, names and serials, so the trusted root's certificates fit.
   */
  private async timestampOf(signature: Buffer): Promise<ArrayBufferView> {
    const tsa = await initializeTSA(this.tsaKeys, new Date(Math.floor(Date.now() / 1000) * 1000))
    return tsa.timestamp({
      artifactHash: createHash('sha256').update(signature).digest(),
      hashAlgorithmOID: SHA256_OID,
      nonce: 42,
      policyOID: '1.3.6.1.4.1.57264.2',
      certReq: true
    })
  }
}
