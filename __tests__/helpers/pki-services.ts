/**
 * A real PKI with real revocation and timestamping, all made by openssl, behind one loopback HTTP server:
 *
 * - CAs kept with `openssl ca` (index.txt databases): root → intermediate → code-signing leaves, a second
 *   intermediate (to revoke) with its own leaf, and a TSA root → TSA leaf (critical EKU timeStamping).
 * - CRLs from `openssl ca -gencrl`, served at /crl/<ca>.crl; `revoke()` revokes and regenerates them.
 * - OCSP: each request is answered by `openssl ocsp -index … -reqin … -respout …` (the responder logic of
 *   `openssl ocsp -port`, without its server: that one takes only a port number, so it listens on every
 *   interface, and locks up when a client connects without a request). POST and GET, at /ocsp/<ca>.
 * - TSA: `openssl ts -reply` for each POST to /tsa.
 * - Hostile endpoints for the bounded-fetch tests: /hostile/huge, /hostile/type, /hostile/drip,
 *   /hostile/redirect (to another host).
 *
 * Certificates carry these URLs (AIA OCSP, CRL distribution points), so Signet and notation find them.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export type CaName = 'root' | 'intermediate' | 'intermediate2' | 'tsaroot'

export interface Issued {
  key: string
  cert: string
  /** PEM, leaf first, up to and including the root. */
  chainPem: string
  keyPem: string
  certPem: string
}

export interface PkiServices {
  dir: string
  base: string
  rootPem: string
  tsaRootPem: string
  tsaUrl: string
  /** Leaf under `intermediate` (OCSP + CRL), leaf under `intermediate2`. */
  leaf: Issued
  leaf2: Issued
  intermediate: Issued
  intermediate2: Issued
  tsa: Issued
  /** Issues another code-signing leaf under `intermediate` with the given validity (openssl YYMMDDHHMMSSZ). */
  issueLeaf(name: string, validity?: { start: Date; end: Date }): Promise<Issued>
  /**
   * Revokes a certificate file in its CA's database and regenerates that CA's CRL; with `compromisedAt`,
   * as keyCompromise with that invalidity date.
   */
  revoke(issued: Issued, ca: CaName, reason?: string, compromisedAt?: Date): Promise<void>
  /** Makes OCSP (and/or CRL) answers fail with 503 from now on. */
  outage: { ocsp: boolean; crl: boolean }
  /** Paths requested, in order. */
  requests: string[]
  stop(): Promise<void>
}

const SUBJECT = '/C=US/ST=WA/O=Signet Test'

function opensslDate(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'
}

export async function startPkiServices(): Promise<PkiServices> {
  const dir = mkdtempSync(join(tmpdir(), 'signet-pki-'))
  const requests: string[] = []
  const outage = { ocsp: false, crl: false }
  let base = ''
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', chunk => chunks.push(chunk as Buffer))
    request.on('end', () => {
      requests.push(`${request.method} ${request.url}`)
      void handle(request.method ?? 'GET', request.url ?? '/', Buffer.concat(chunks), response)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  base = `http://127.0.0.1:${port}`

  async function handle(
    method: string,
    url: string,
    body: Buffer,
    response: import('node:http').ServerResponse
  ): Promise<void> {
    try {
      if (url.startsWith('/hostile/')) return hostile(url, response)
      if (url.startsWith('/crl/')) {
        if (outage.crl) return void response.writeHead(503).end()
        const ca = url.slice('/crl/'.length).replace(/\.crl$/, '')
        const crl = readFileSync(join(dir, ca, 'crl.der'))
        response.writeHead(200, { 'content-type': 'application/pkix-crl' }).end(crl)
        return
      }
      if (url.startsWith('/ocsp/')) {
        if (outage.ocsp) return void response.writeHead(503).end()
        const [, , ca, ...rest] = url.split('/')
        const der = method === 'POST' ? body : Buffer.from(decodeURIComponent(rest.join('/')), 'base64')
        const answer = await ocspAnswer(ca, der)
        response.writeHead(200, { 'content-type': 'application/ocsp-response' }).end(answer)
        return
      }
      if (url === '/tsa' && method === 'POST') {
        const answer = await tsaAnswer(body)
        response.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(answer)
        return
      }
      response.writeHead(404).end()
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
    }
  }

  function hostile(url: string, response: import('node:http').ServerResponse): void {
    const type = url.includes('crl') ? 'application/pkix-crl' : 'application/ocsp-response'
    if (url.startsWith('/hostile/huge')) {
      response.writeHead(200, { 'content-type': type })
      const chunk = Buffer.alloc(64 * 1024, 0x30)
      const pump = (): void => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', pump)
      }
      response.on('close', () => undefined)
      pump()
      return
    }
    if (url.startsWith('/hostile/type')) {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>captive portal</html>')
      return
    }
    if (url.startsWith('/hostile/drip')) {
      response.writeHead(200, { 'content-type': type })
      const timer = setInterval(() => {
        if (response.destroyed) clearInterval(timer)
        else response.write('0')
      }, 200)
      response.on('close', () => clearInterval(timer))
      return
    }
    if (url.startsWith('/hostile/redirect')) {
      response.writeHead(302, { location: `http://localhost:${port}/crl/intermediate.crl` }).end()
      return
    }
    response.writeHead(404).end()
  }

  const config = join(dir, 'openssl.cnf')
  writeFileSync(
    config,
    `[req]
distinguished_name = dn
[dn]
[ca]
default_ca = signet_ca
[signet_ca]
dir = \${ENV::CA_DIR}
database = $dir/index.txt
new_certs_dir = $dir
serial = $dir/serial
crlnumber = $dir/crlnumber
default_md = sha256
default_days = 30
default_crl_days = 1
policy = anything
copy_extensions = none
unique_subject = no
[anything]
countryName = optional
stateOrProvinceName = optional
organizationName = optional
commonName = supplied
[root_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
crlDistributionPoints = URI:\${ENV::CDP}
[leaf_ext]
keyUsage = critical,digitalSignature
extendedKeyUsage = codeSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
authorityInfoAccess = OCSP;URI:\${ENV::OCSP}
crlDistributionPoints = URI:\${ENV::CDP}
[ocsp_ext]
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,OCSPSigning
noCheck = ignored
[tsa_ext]
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
crlDistributionPoints = URI:\${ENV::CDP}
[tsa]
default_tsa = signet_tsa
[signet_tsa]
serial = ${join(dir, 'tsaserial')}
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
digests = sha256, sha384, sha512
accuracy = secs:1
ess_cert_id_alg = sha256
ess_cert_id_chain = no
ordering = no
tsa_name = no
`
  )
  writeFileSync(join(dir, 'tsaserial'), '01\n')

  const env = (ca: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    ...process.env,
    CA_DIR: join(dir, ca),
    CDP: `${base}/crl/${ca}.crl`,
    OCSP: `${base}/ocsp/${ca}`,
    ...extra
  })
  const openssl = (args: string[], environment: NodeJS.ProcessEnv = process.env) =>
    run('openssl', args, { env: environment, encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 })

  /** `openssl ca` acting as CA `ca` (its database, certificate and key). */
  const caCommand = (ca: string, args: string[]) =>
    openssl(
      [
        'ca',
        '-batch',
        '-config',
        config,
        '-cert',
        join(dir, `${ca}.crt`),
        '-keyfile',
        join(dir, `${ca}.key`),
        ...args
      ],
      env(ca)
    )

  const pemOf = (path: string): string => {
    const text = readFileSync(path, 'utf8')
    return (text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/) ?? [''])[0] + '\n'
  }

  async function newCa(name: string): Promise<void> {
    mkdirSync(join(dir, name))
    writeFileSync(join(dir, name, 'index.txt'), '')
    writeFileSync(join(dir, name, 'serial'), '1000\n')
    writeFileSync(join(dir, name, 'crlnumber'), '01\n')
  }

  async function newKey(path: string): Promise<void> {
    await openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', path])
  }

  /** Issues `name` (key + cert files under dir/) from CA `issuer` with the extension section `ext`. */
  async function issue(
    name: string,
    issuer: string,
    ext: string,
    chainAbove: string,
    validity?: { start: Date; end: Date }
  ): Promise<Issued> {
    const key = join(dir, `${name}.key`)
    const csr = join(dir, `${name}.csr`)
    const cert = join(dir, `${name}.crt`)
    await newKey(key)
    await openssl(['req', '-new', '-key', key, '-subj', `${SUBJECT}/CN=${name}`, '-out', csr])
    // Backdated an hour by default: a TSA's accuracy makes a timestamp's lower limit a second before
    // genTime, which must not fall before the certificate's notBefore.
    const { start, end } = validity ?? {
      start: new Date(Date.now() - 3600_000),
      end: new Date(Date.now() + 30 * 24 * 3600_000)
    }
    const dates = ['-startdate', opensslDate(start), '-enddate', opensslDate(end)]
    await caCommand(issuer, ['-notext', '-in', csr, '-out', cert, '-extensions', ext, ...dates])
    const certPem = pemOf(cert)
    return { key, cert, certPem, keyPem: readFileSync(key, 'utf8'), chainPem: certPem + chainAbove }
  }

  async function selfSigned(name: string): Promise<string> {
    await newCa(name)
    const key = join(dir, `${name}.key`)
    const csr = join(dir, `${name}.csr`)
    await newKey(key)
    await openssl(
      ['req', '-new', '-key', key, '-subj', `${SUBJECT}/CN=${name}`, '-config', config, '-out', csr],
      env(name)
    )
    // `openssl ca -selfsign` rather than `req -x509`: only it takes a start date (OpenSSL 3.0), and a root
    // valid from this very second would put a TSA's time minus its accuracy before the root's notBefore.
    await openssl(
      [
        'ca',
        '-batch',
        '-config',
        config,
        '-selfsign',
        '-keyfile',
        key,
        '-in',
        csr,
        '-startdate',
        opensslDate(new Date(Date.now() - 3600_000)),
        '-enddate',
        opensslDate(new Date(Date.now() + 60 * 24 * 3600_000)),
        '-extensions',
        'root_ext',
        '-notext',
        '-out',
        join(dir, `${name}.crt`)
      ],
      env(name)
    )
    return pemOf(join(dir, `${name}.crt`))
  }

  async function gencrl(ca: string): Promise<void> {
    const pem = join(dir, ca, 'crl.pem')
    await caCommand(ca, ['-gencrl', '-out', pem])
    await openssl(['crl', '-in', pem, '-outform', 'DER', '-out', join(dir, ca, 'crl.der')])
  }

  async function ocspAnswer(ca: string, request: Buffer): Promise<Buffer> {
    const id = `${Date.now()}-${Math.random().toString(16).slice(2)}`
    const reqin = join(dir, `ocsp-${id}.req`)
    const respout = join(dir, `ocsp-${id}.resp`)
    writeFileSync(reqin, request)
    await openssl([
      'ocsp',
      '-index',
      join(dir, ca, 'index.txt'),
      '-CA',
      join(dir, `${ca}.crt`),
      '-rsigner',
      join(dir, `ocsp-${ca}.crt`),
      '-rkey',
      join(dir, `ocsp-${ca}.key`),
      '-reqin',
      reqin,
      '-respout',
      respout,
      '-nmin',
      '5'
    ])
    return readFileSync(respout)
  }

  // `openssl ts -reply` bumps a serial file: concurrent replies would race on it, so they take turns.
  let tsaQueue: Promise<unknown> = Promise.resolve()
  function tsaAnswer(query: Buffer): Promise<Buffer> {
    const answer = tsaQueue.then(() => tsaReply(query))
    tsaQueue = answer.catch(() => undefined)
    return answer
  }

  async function tsaReply(query: Buffer): Promise<Buffer> {
    const id = `${Date.now()}-${Math.random().toString(16).slice(2)}`
    const queryfile = join(dir, `ts-${id}.tsq`)
    const out = join(dir, `ts-${id}.tsr`)
    writeFileSync(queryfile, query)
    await openssl(
      [
        'ts',
        '-reply',
        '-config',
        config,
        '-queryfile',
        queryfile,
        '-inkey',
        join(dir, 'tsa.key'),
        '-signer',
        join(dir, 'tsa.crt'),
        '-out',
        out
      ],
      env('tsaroot')
    )
    return readFileSync(out)
  }

  const rootPem = await selfSigned('root')
  const tsaRootPem = await selfSigned('tsaroot')
  for (const ca of ['intermediate', 'intermediate2']) await newCa(ca)
  const intermediate = await issue('intermediate', 'root', 'ca_ext', rootPem)
  const intermediate2 = await issue('intermediate2', 'root', 'ca_ext', rootPem)
  for (const ca of ['intermediate', 'intermediate2']) await issue(`ocsp-${ca}`, ca, 'ocsp_ext', '')
  const leaf = await issue('leaf', 'intermediate', 'leaf_ext', intermediate.chainPem)
  const leaf2 = await issue('leaf2', 'intermediate2', 'leaf_ext', intermediate2.chainPem)
  const tsa = await issue('tsa', 'tsaroot', 'tsa_ext', tsaRootPem)
  for (const ca of ['root', 'intermediate', 'intermediate2', 'tsaroot']) await gencrl(ca)

  return {
    dir,
    base,
    rootPem,
    tsaRootPem,
    tsaUrl: `${base}/tsa`,
    leaf,
    leaf2,
    intermediate,
    intermediate2,
    tsa,
    outage,
    requests,
    issueLeaf: (name, validity) => issue(name, 'intermediate', 'leaf_ext', intermediate.chainPem, validity),
    async revoke(issued, ca, reason = 'keyCompromise', compromisedAt) {
      const how =
        compromisedAt === undefined
          ? ['-crl_reason', reason]
          : ['-crl_compromise', `20${opensslDate(compromisedAt)}`] // GeneralizedTime
      await caCommand(ca, ['-revoke', issued.cert, ...how])
      await gencrl(ca)
    },
    async stop() {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
