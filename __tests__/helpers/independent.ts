/**
 * Checks done WITHOUT Signet's own code, so a bug shared by signer and verifier cannot hide:
 * plain HTTP against the registry and plain node:crypto over the JWS.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createHash, createPublicKey, verify as cryptoVerify, X509Certificate, constants } from 'node:crypto'

/**
 * Runs an independent tool (skopeo, umoci) without blocking the event loop: the request-counting proxy
 * of the test registry lives in the test process, so a synchronous child would deadlock against it.
 */
export async function tool(command: string, args: string[]): Promise<Buffer> {
  const { stdout } = await promisify(execFile)(command, args, {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024
  })
  return stdout
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
].join(', ')

export async function rawManifest(
  host: string,
  repository: string,
  reference: string
): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, {
    headers: { Accept: ACCEPT }
  })
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
}

export async function rawBlob(host: string, repository: string, digest: string): Promise<Buffer> {
  const response = await fetch(`http://${host}/v2/${repository}/blobs/${digest}`)
  if (!response.ok) throw new Error(`GET blob ${digest}: ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}

export async function tagsOf(host: string, repository: string): Promise<string[]> {
  const response = await fetch(`http://${host}/v2/${repository}/tags/list`)
  if (response.status === 404) return []
  return ((await response.json()) as { tags: string[] | null }).tags ?? []
}

/** The Notary signature envelopes listed for `digest` in the referrers tag schema (`sha256-<hex>`). */
export async function fallbackSignatures(
  host: string,
  repository: string,
  digest: string
): Promise<{ manifest: Record<string, unknown>; envelope: Buffer }[]> {
  const tag = digest.replace(':', '-')
  const index = await rawManifest(host, repository, tag)
  if (index.status !== 200) return []
  const entries = (
    JSON.parse(index.bytes.toString()) as { manifests: { digest: string; artifactType?: string }[] }
  ).manifests
  const signatures = []
  for (const entry of entries.filter(e => e.artifactType === 'application/vnd.cncf.notary.signature')) {
    const manifest = JSON.parse((await rawManifest(host, repository, entry.digest)).bytes.toString())
    signatures.push({ manifest, envelope: await rawBlob(host, repository, manifest.layers[0].digest) })
  }
  return signatures
}

const HASH_OF: Record<string, string> = {
  PS256: 'sha256',
  PS384: 'sha384',
  PS512: 'sha512',
  ES256: 'sha256',
  ES384: 'sha384',
  ES512: 'sha512'
}

/** Verifies a flattened JWS with node:crypto and the leaf of its x5c; returns the decoded parts. */
export function independentlyVerifyJws(envelope: Buffer): {
  protectedHeader: Record<string, unknown>
  payload: { targetArtifact: { mediaType: string; digest: string; size: number } }
  leaf: X509Certificate
  chain: X509Certificate[]
} {
  const jws = JSON.parse(envelope.toString('utf8')) as {
    protected: string
    payload: string
    signature: string
    header: { x5c: string[] }
  }
  const protectedHeader = JSON.parse(Buffer.from(jws.protected, 'base64url').toString('utf8')) as {
    alg: string
  }
  const chain = jws.header.x5c.map(der => new X509Certificate(Buffer.from(der, 'base64')))
  const leaf = chain[0]
  const key = createPublicKey(leaf.publicKey.export({ type: 'spki', format: 'pem' }))
  const input = Buffer.from(`${jws.protected}.${jws.payload}`, 'ascii')
  const signature = Buffer.from(jws.signature, 'base64url')
  const hash = HASH_OF[protectedHeader.alg]
  const ok = protectedHeader.alg.startsWith('PS')
    ? cryptoVerify(
        hash,
        input,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: createHash(hash).digest().length },
        signature
      )
    : cryptoVerify(hash, input, { key, dsaEncoding: 'ieee-p1363' }, signature)
  if (!ok) throw new Error('JWS signature does not verify with node:crypto')
  for (let i = 0; i + 1 < chain.length; i++) {
    if (!chain[i].verify(chain[i + 1].publicKey)) throw new Error(`x5c[${i}] is not signed by x5c[${i + 1}]`)
  }
  return {
    protectedHeader,
    payload: JSON.parse(Buffer.from(jws.payload, 'base64url').toString('utf8')),
    leaf,
    chain
  }
}
