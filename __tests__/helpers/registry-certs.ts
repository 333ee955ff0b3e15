import { execFileSync } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Made with the openssl CLI: @peculiar/x509 needs a reflect-metadata polyfill that is not installed.

/** A certificate with its PEM private key (PKCS#8), for signing tokens or serving TLS. */
export interface TestCertificate {
  certPem: string
  keyPem: string
  /** Standard base64 of the DER certificate, as a JWS `x5c` entry. */
  certDerBase64: string
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
}

function withTempDir<T>(body: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'signet-certs-'))
  try {
    return body(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function read(dir: string, cert: string, key: string): TestCertificate {
  const certPem = readFileSync(join(dir, cert), 'utf8')
  return {
    certPem,
    keyPem: readFileSync(join(dir, key), 'utf8'),
    certDerBase64: new X509Certificate(certPem).raw.toString('base64')
  }
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes']

/** A self-signed P-256 certificate: a test CA (`isCa`) or a token-signing certificate trusted as itself. */
export function selfSignedCertificate(commonName: string, isCa: boolean): TestCertificate {
  return withTempDir(dir => {
    const extensions = isCa
      ? ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,digitalSignature']
      : ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature']
    openssl(
      [
        'req',
        '-x509',
        ...EC_KEY,
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
        '-days',
        '2',
        '-subj',
        `/CN=${commonName}`
      ].concat(extensions.flatMap(extension => ['-addext', extension])),
      dir
    )
    return read(dir, 'cert.pem', 'key.pem')
  })
}

/** A TLS server certificate for 127.0.0.1 (an IP SAN: Go ignores the CN) issued by `ca`. */
export function serverCertificate(ca: TestCertificate): TestCertificate {
  return withTempDir(dir => {
    writeFileSync(join(dir, 'ca.pem'), ca.certPem)
    writeFileSync(join(dir, 'ca.key'), ca.keyPem)
    writeFileSync(
      join(dir, 'ext.cnf'),
      [
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature',
        'extendedKeyUsage=serverAuth',
        'subjectAltName=IP:127.0.0.1'
      ].join('\n')
    )
    openssl(
      ['req', '-new', ...EC_KEY, '-keyout', 'key.pem', '-out', 'req.csr', '-subj', '/CN=127.0.0.1'],
      dir
    )
    openssl(
      [
        'x509',
        '-req',
        '-in',
        'req.csr',
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-days',
        '2'
      ].concat(['-extfile', 'ext.cnf', '-out', 'cert.pem']),
      dir
    )
    return read(dir, 'cert.pem', 'key.pem')
  })
}
