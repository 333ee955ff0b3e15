import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { RegistryError } from '../../src/util/errors.js'
import { DockerConfigError } from '../../src/oci/errors.js'
import { credentialFiles, credentialSource } from '../../src/oci/auth.js'
import { parseWwwAuthenticate } from '../../src/oci/transport/challenge.js'

describe('parseWwwAuthenticate', () => {
  test('a Bearer challenge with quoted values holding commas and colons', () => {
    const header =
      'Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:a/b:pull,push"'
    expect(parseWwwAuthenticate(header)).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.example.com/token',
          service: 'registry.example.com',
          scope: 'repository:a/b:pull,push'
        }
      }
    ])
  })

  test('several challenges in one header, parameter names lowercased, escapes in quoted strings', () => {
    expect(
      parseWwwAuthenticate('Basic realm="a \\"quoted\\" realm", Bearer Realm="https://x/t" , Service=svc')
    ).toEqual([
      { scheme: 'basic', params: { realm: 'a "quoted" realm' } },
      { scheme: 'bearer', params: { realm: 'https://x/t', service: 'svc' } }
    ])
  })

  test('unquoted URL values, token68 and bare schemes', () => {
    expect(parseWwwAuthenticate('Bearer realm=https://x/token,service=reg')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://x/token', service: 'reg' } }
    ])
    expect(parseWwwAuthenticate('Negotiate abc+/def==, Basic')).toEqual([
      { scheme: 'negotiate', params: { token68: 'abc+/def==' } },
      { scheme: 'basic', params: {} }
    ])
  })

  test('garbage yields what could be read, without looping', () => {
    expect(parseWwwAuthenticate('')).toEqual([])
    expect(parseWwwAuthenticate('Basic realm="x", @@@')).toEqual([
      { scheme: 'basic', params: { realm: 'x' } }
    ])
  })
})

describe('credentialSource', () => {
  let dir: string
  const originalPath = process.env.PATH

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'signet-auth-'))
  })

  afterEach(async () => {
    process.env.PATH = originalPath
    await rm(dir, { recursive: true, force: true })
  })

  async function config(content: unknown): Promise<string> {
    const path = join(dir, 'config.json')
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content))
    return path
  }

  /** A fake `docker-credential-test` on PATH that answers for one server URL and logs what it was asked. */
  async function installHelper(serverUrl: string, username: string, secret: string): Promise<void> {
    const script = join(dir, 'docker-credential-test')
    await writeFile(
      script,
      `#!/bin/sh
read -r server
echo "$1 $server" >> "${join(dir, 'helper.log')}"
if [ "$server" = "${serverUrl}" ]; then
  printf '{"ServerURL":"%s","Username":"${username}","Secret":"${secret}"}' "$server"
else
  echo "credentials not found in native keychain"
  exit 1
fi
`
    )
    await chmod(script, 0o755)
    process.env.PATH = `${dir}${delimiter}${originalPath}`
  }

  test('explicit username/password win for every host', async () => {
    const source = credentialSource({
      username: 'u',
      password: 'p',
      dockerConfigPath: join(dir, 'absent.json')
    })
    expect(await source.get('ghcr.io')).toEqual({ username: 'u', password: 'p' })
    expect(await source.get('other.example.com:5000')).toEqual({ username: 'u', password: 'p' })
  })

  test('config.json auths: base64 auth, username/password, identity token, Docker Hub keys', async () => {
    const path = await config({
      auths: {
        'ghcr.io': { auth: Buffer.from('octo:pa:ss').toString('base64') },
        'https://registry.example.com:5000/v2/': { username: 'alice', password: 'secret' },
        'azurecr.example.io': { identitytoken: 'refresh-me' },
        'https://index.docker.io/v1/': { auth: Buffer.from('hub:hubpw').toString('base64') }
      }
    })
    const source = credentialSource({ dockerConfigPath: path })
    expect(await source.get('ghcr.io')).toEqual({ username: 'octo', password: 'pa:ss' })
    expect(await source.get('registry.example.com:5000')).toEqual({ username: 'alice', password: 'secret' })
    expect(await source.get('azurecr.example.io')).toEqual({ identityToken: 'refresh-me' })
    expect(await source.get('docker.io')).toEqual({ username: 'hub', password: 'hubpw' })
    expect(await source.get('unknown.example.com')).toBeUndefined()
  })

  test('a missing config file means anonymous; a broken one is an error naming the file', async () => {
    expect(
      await credentialSource({ dockerConfigPath: join(dir, 'absent.json') }).get('ghcr.io')
    ).toBeUndefined()
    const broken = await config('{ not json')
    const error = await credentialSource({ dockerConfigPath: broken })
      .get('ghcr.io')
      .catch(e => e)
    expect(error).toBeInstanceOf(DockerConfigError)
    expect(error.message).toContain(broken)
  })

  test('a helper that fails is quoted in the error, unless what it printed is JSON (it may be the credentials)', async () => {
    const script = join(dir, 'docker-credential-leaky')
    const path = await config({ credHelpers: { 'leaky.example.com': 'leaky', 'plain.example.com': 'leaky' } })
    await writeFile(
      script,
      `#!/bin/sh
read -r server
if [ "$server" = "leaky.example.com" ]; then
  printf '{"ServerURL":"%s","Username":"u","Secret":"hunter2-helper-secret"}' "$server"
else
  echo "the keychain is locked"
fi
exit 1
`
    )
    await chmod(script, 0o755)
    process.env.PATH = `${dir}${delimiter}${originalPath}`
    const source = credentialSource({ dockerConfigPath: path })
    const leaky = await source.get('leaky.example.com').catch((error: Error) => error)
    expect(String(leaky)).toMatch(/Credential helper 'docker-credential-leaky' failed .*not shown/)
    expect(String(leaky)).not.toContain('hunter2')
    const plain = await source.get('plain.example.com').catch((error: Error) => error)
    expect(String(plain)).toMatch(/failed .*: the keychain is locked/)
  })

  test('$DOCKER_CONFIG locates the default config file', async () => {
    await config({ auths: { 'ghcr.io': { username: 'env', password: 'pw' } } })
    const saved = process.env.DOCKER_CONFIG
    process.env.DOCKER_CONFIG = dir
    try {
      expect(await credentialSource({}).get('ghcr.io')).toEqual({ username: 'env', password: 'pw' })
    } finally {
      if (saved === undefined) delete process.env.DOCKER_CONFIG
      else process.env.DOCKER_CONFIG = saved
    }
  })

  test("podman's auth.json is read like docker's config: $REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers", async () => {
    const write = async (path: string, auths: Record<string, unknown>): Promise<string> => {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, JSON.stringify({ auths }))
      return path
    }
    const basic = (user: string) => ({ auth: Buffer.from(`${user}:pw`).toString('base64') })
    const authFile = await write(join(dir, 'podman', 'auth.json'), { 'quay.io': basic('override') })
    await write(join(dir, 'docker', 'config.json'), {
      'ghcr.io': basic('docker'),
      'quay.io': basic('docker')
    })
    await write(join(dir, 'run', 'containers', 'auth.json'), {
      'registry.example.com:5000': basic('podman-login'),
      'ghcr.io': basic('podman-login'),
      // A namespace's credentials are not the whole registry's.
      'r.example/team/app': basic('namespace')
    })
    await write(join(dir, 'config', 'containers', 'auth.json'), { 'docker.io': basic('xdg-config') })
    const env = {
      HOME: join(dir, 'home'),
      REGISTRY_AUTH_FILE: authFile,
      DOCKER_CONFIG: join(dir, 'docker'),
      XDG_RUNTIME_DIR: join(dir, 'run'),
      XDG_CONFIG_HOME: join(dir, 'config')
    }
    const source = credentialSource({ env })
    const user = async (host: string) => (await source.get(host))?.username
    expect(await user('quay.io')).toBe('override')
    expect(await user('ghcr.io')).toBe('docker')
    expect(await user('registry.example.com:5000')).toBe('podman-login')
    expect(await user('docker.io')).toBe('xdg-config')
    expect(await user('r.example')).toBeUndefined()
    // Without REGISTRY_AUTH_FILE, docker's file answers for quay.io.
    expect(await credentialSource({ env: { ...env, REGISTRY_AUTH_FILE: '' } }).get('quay.io')).toEqual({
      username: 'docker',
      password: 'pw'
    })
    expect(credentialFiles({ HOME: '/home/u' })).toEqual([
      '/home/u/.docker/config.json',
      '/home/u/.config/containers/auth.json'
    ])
  })

  test('a broken auth.json is an error naming that file', async () => {
    const broken = join(dir, 'auth.json')
    await writeFile(broken, '{"auths": ')
    const error = await credentialSource({ env: { HOME: dir, REGISTRY_AUTH_FILE: broken } })
      .get('quay.io')
      .catch(e => e)
    expect(error).toBeInstanceOf(DockerConfigError)
    expect(error.message).toContain(broken)
  })

  test('credHelpers run docker-credential-<name> get with the host on stdin', async () => {
    await installHelper('ghcr.io', 'helper-user', 'helper-secret')
    const path = await config({
      credHelpers: { 'ghcr.io': 'test' },
      auths: { 'ghcr.io': { username: 'ignored', password: 'ignored' } }
    })
    expect(await credentialSource({ dockerConfigPath: path }).get('ghcr.io')).toEqual({
      username: 'helper-user',
      password: 'helper-secret'
    })
  })

  test('credsStore asks the helper (Docker Hub by its v1 URL) and falls back to auths when it has nothing', async () => {
    await installHelper('https://index.docker.io/v1/', '<token>', 'identity')
    const path = await config({ credsStore: 'test', auths: { 'quay.io': { username: 'q', password: 'qp' } } })
    const source = credentialSource({ dockerConfigPath: path })
    expect(await source.get('docker.io')).toEqual({ identityToken: 'identity' })
    expect(await source.get('quay.io')).toEqual({ username: 'q', password: 'qp' })
  })

  test('a helper that is not installed is a clear error', async () => {
    const path = await config({ credHelpers: { 'ghcr.io': 'nonexistent-signet-helper' } })
    const error = await credentialSource({ dockerConfigPath: path })
      .get('ghcr.io')
      .catch(e => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error.message).toMatch(/'docker-credential-nonexistent-signet-helper'.*is not on PATH.*install it/)
  })
})
