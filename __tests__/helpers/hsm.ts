/**
 * A real PKCS#11 token for the tests: SoftHSM2 with its token directory in a temp dir (SOFTHSM2_CONF),
 * key pairs generated inside the token with OpenSC's pkcs11-tool (the private key never leaves it),
 * and the public half exported for the test CA to issue a leaf.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { webcrypto } from 'node:crypto'

export const SOFTHSM_MODULE = [
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so'
].find(existsSync) as string

export interface TestToken {
  label: string
  pin: string
  /** Set SOFTHSM2_CONF to this (process.env for Signet, a child's env for tools). */
  conf: string
  modulePath: string
}

export function makeToken(label = 'release', pin = '1234'): TestToken {
  const dir = mkdtempSync(join(tmpdir(), 'signet-softhsm-'))
  mkdirSync(join(dir, 'tokens'))
  const conf = join(dir, 'softhsm2.conf')
  writeFileSync(
    conf,
    `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`
  )
  execFileSync(
    'softhsm2-util',
    ['--init-token', '--free', '--label', label, '--so-pin', '5678', '--pin', pin],
    {
      env: { ...process.env, SOFTHSM2_CONF: conf },
      stdio: 'ignore'
    }
  )
  return { label, pin, conf, modulePath: SOFTHSM_MODULE }
}

/** pkcs11-tool against the token, PIN through the environment as Signet passes it. */
function tool(token: TestToken, args: string[]): Buffer {
  return execFileSync('pkcs11-tool', ['--module', token.modulePath, '--token-label', token.label, ...args], {
    env: { ...process.env, SOFTHSM2_CONF: token.conf, TEST_PIN: token.pin },
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

/**
 * Generates a key pair inside the token (`EC:prime256v1`, `EC:secp384r1`, `rsa:3072`, …) and returns its
 * public key as WebCrypto imports it (for issuing a leaf) and as SPKI DER.
 */
export async function generateTokenKey(
  token: TestToken,
  keyType: string,
  label: string,
  idHex: string
): Promise<{ publicKey: webcrypto.CryptoKey; spki: Buffer }> {
  tool(token, [
    '--login',
    '--pin',
    'env:TEST_PIN',
    '--keypairgen',
    '--key-type',
    keyType,
    '--label',
    label,
    '--id',
    idHex
  ])
  const spki = tool(token, ['--read-object', '--type', 'pubkey', '--id', idHex])
  const curve = { 'EC:prime256v1': 'P-256', 'EC:secp384r1': 'P-384', 'EC:secp521r1': 'P-521' }[keyType]
  const algorithm = curve
    ? { name: 'ECDSA', namedCurve: curve }
    : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
  const publicKey = await webcrypto.subtle.importKey('spki', spki, algorithm, true, ['verify'])
  return { publicKey, spki }
}

/** Deletes the token's public key object, as tokens that keep only the private key and a certificate do. */
export function deletePublicKey(token: TestToken, idHex: string): void {
  tool(token, ['--login', '--pin', 'env:TEST_PIN', '--delete-object', '--type', 'pubkey', '--id', idHex])
}
