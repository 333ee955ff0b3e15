import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { RegistryError, errorMessage } from '../util/errors.js'
import { DockerConfigError } from './errors.js'

/**
 * Where registry credentials come from: explicit inputs, else the credential files docker and podman
 * write (docker's `config.json`, what docker/login-action writes, and podman/skopeo's `auth.json`, the
 * same format) with their credential helpers, else anonymous.
 */
export interface Credentials {
  username?: string
  password?: string
  /** An OAuth2 refresh token (config.json `identitytoken`), exchanged at the token realm. */
  identityToken?: string
  /** A ready bearer token (config.json `registrytoken`), sent as is. */
  registryToken?: string
}

export interface CredentialSource {
  get(host: string): Promise<Credentials | undefined>
}

interface DockerConfigAuth {
  auth?: string
  username?: string
  password?: string
  identitytoken?: string
  registrytoken?: string
}

interface DockerConfig {
  auths?: Record<string, DockerConfigAuth>
  credHelpers?: Record<string, string>
  credsStore?: string
}

const DOCKER_HUB_HOSTS = ['docker.io', 'index.docker.io', 'registry-1.docker.io']
/** The key docker uses for Docker Hub in `auths` and when asking credential helpers. */
const DOCKER_HUB_SERVER_URL = 'https://index.docker.io/v1/'
const HELPER_TIMEOUT_MS = 30_000
/** What credential helpers print (docker-credential-helpers' ErrCredentialsNotFound) when they hold nothing. */
const HELPER_NOT_FOUND = /credentials not found/i
/** Credentials that cannot be had are a failure to authenticate: the operation could not complete (exit 3). */
const HELPER_FAILED = { couldNotComplete: true }
/** A helper's Username meaning "Secret is an identity token". */
const IDENTITY_TOKEN_USERNAME = '<token>'

/**
 * The credential files, in the order they are asked for a host (the first that has an entry answers):
 * `$REGISTRY_AUTH_FILE` (podman's and skopeo's explicit override), docker's `config.json`
 * (`$DOCKER_CONFIG` or `~/.docker`), then podman's own `$XDG_RUNTIME_DIR/containers/auth.json` and
 * `$XDG_CONFIG_HOME/containers/auth.json` (`~/.config`). Docker's file comes before podman's so that
 * what docker/login-action wrote is never shadowed by a stale podman login; containers/image reads its
 * own files in the same relative order.
 */
export function credentialFiles(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || homedir()
  return [
    ...(env.REGISTRY_AUTH_FILE ? [env.REGISTRY_AUTH_FILE] : []),
    join(env.DOCKER_CONFIG || join(home, '.docker'), 'config.json'),
    ...(env.XDG_RUNTIME_DIR ? [join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json')] : []),
    join(env.XDG_CONFIG_HOME || join(home, '.config'), 'containers', 'auth.json')
  ]
}

/** 'https://host:5000/v1/' → 'host:5000'; Docker Hub's many names → 'docker.io'. */
function normaliseHost(key: string): string {
  const host = key
    .replace(/^[a-z]+:\/\//i, '')
    .split('/')[0]
    .toLowerCase()
  return DOCKER_HUB_HOSTS.includes(host) ? 'docker.io' : host
}

function fromAuthEntry(entry: DockerConfigAuth, configPath: string, key: string): Credentials | undefined {
  const credentials: Credentials = {}
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon < 0) {
      throw new DockerConfigError(`The 'auth' of '${key}' in ${configPath} is not base64 of 'user:password'`)
    }
    credentials.username = decoded.slice(0, colon)
    credentials.password = decoded.slice(colon + 1)
  } else if (entry.username || entry.password) {
    credentials.username = entry.username
    credentials.password = entry.password
  }
  if (entry.identitytoken) credentials.identityToken = entry.identitytoken
  if (entry.registrytoken) credentials.registryToken = entry.registrytoken
  return Object.keys(credentials).length > 0 ? credentials : undefined
}

/** Runs `docker-credential-<helper> get` with the server URL on stdin, as docker does. */
async function runHelper(helper: string, serverUrl: string): Promise<Credentials | undefined> {
  const program = `docker-credential-${helper}`
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      // `env` explicitly: the caller's environment (PATH included) is the one the helper must see.
      const child = spawn(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'], env: process.env })
      // Our own timer, not spawn's `timeout`: that one outlives a helper that failed to start.
      const timer = setTimeout(() => child.kill(), HELPER_TIMEOUT_MS)
      let out = ''
      let err = ''
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
      child.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer)
        if (error.code === 'ENOENT') {
          reject(
            new RegistryError(
              `Credential helper '${program}' (named in docker's config.json for ${serverUrl}) is not on PATH: install it, or remove it from config.json, or pass username/password`,
              undefined,
              undefined,
              HELPER_FAILED
            )
          )
        } else
          reject(
            new RegistryError(
              `Credential helper '${program}' failed to start: ${error.message}`,
              undefined,
              undefined,
              HELPER_FAILED
            )
          )
      })
      child.on('close', exitCode => {
        clearTimeout(timer)
        resolve({ code: exitCode, stdout: out, stderr: err })
      })
      child.stdin.on('error', () => undefined) // a helper that exits without reading stdin is not an error
      child.stdin.end(serverUrl)
    }
  )
  if (code !== 0) {
    if (HELPER_NOT_FOUND.test(stdout + stderr)) return undefined
    throw new RegistryError(
      `Credential helper '${program}' failed for ${serverUrl} (exit ${code}): ${helperMessage(stderr, stdout)}`,
      undefined,
      undefined,
      HELPER_FAILED
    )
  }
  let parsed: { Username?: string; Secret?: string }
  try {
    parsed = JSON.parse(stdout) as { Username?: string; Secret?: string }
  } catch {
    throw new RegistryError(
      `Credential helper '${program}' printed no JSON for ${serverUrl}`,
      undefined,
      undefined,
      HELPER_FAILED
    )
  }
  if (!parsed.Secret) return undefined
  if (parsed.Username === IDENTITY_TOKEN_USERNAME) return { identityToken: parsed.Secret }
  return { username: parsed.Username, password: parsed.Secret }
}

/**
 * What a failing helper said, for the error: its stderr, else its stdout (docker's helpers print their
 * errors there), unless that stdout is JSON, which may be the credentials themselves: never quoted.
 */
function helperMessage(stderr: string, stdout: string): string {
  if (stderr.trim() !== '') return stderr.trim().slice(0, 200)
  try {
    JSON.parse(stdout)
    return '(its output is JSON and may hold credentials: not shown)'
  } catch {
    return stdout.trim().slice(0, 200)
  }
}

class DockerConfigCredentials implements CredentialSource {
  private config?: Promise<DockerConfig | undefined>

  constructor(private readonly configPath: string) {}

  async get(host: string): Promise<Credentials | undefined> {
    const config = await (this.config ??= this.load())
    if (!config) return undefined
    const wanted = normaliseHost(host)
    const serverUrl = wanted === 'docker.io' ? DOCKER_HUB_SERVER_URL : wanted

    const helper = Object.entries(config.credHelpers ?? {}).find(
      ([key]) => normaliseHost(key) === wanted
    )?.[1]
    if (helper) return runHelper(helper, serverUrl)
    if (config.credsStore) {
      const stored = await runHelper(config.credsStore, serverUrl)
      if (stored) return stored
    }
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
      // auth.json may key an entry by a namespace (`quay.io/org`): credentials for part of a registry
      // are not sent to all of it, as Signet looks credentials up per registry.
      if (isNamespaceKey(key)) continue
      if (normaliseHost(key) === wanted) return fromAuthEntry(entry, this.configPath, key)
    }
    return undefined
  }

  private async load(): Promise<DockerConfig | undefined> {
    let text: string
    try {
      text = await readFile(this.configPath, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw new DockerConfigError(`Cannot read ${this.configPath}: ${errorMessage(error)}`)
    }
    try {
      return JSON.parse(text) as DockerConfig
    } catch (error) {
      // Never Node's message: it quotes the text around the mistake, and this file holds credentials.
      const position = /position (\d+)/.exec(errorMessage(error))?.[1]
      throw new DockerConfigError(
        `${this.configPath} is not valid JSON${position === undefined ? '' : ` (at character ${position})`}: fix or remove it, or pass username/password`
      )
    }
  }
}

/** `quay.io/org/repo` (a namespace); not `https://index.docker.io/v1/`, docker's URL-shaped keys. */
function isNamespaceKey(key: string): boolean {
  return !/^[a-z]+:\/\//i.test(key) && key.includes('/')
}

/** Several credential files asked in order: the first with an entry for the host answers. */
class CredentialFiles implements CredentialSource {
  private readonly files: DockerConfigCredentials[]

  constructor(paths: string[]) {
    this.files = paths.map(path => new DockerConfigCredentials(path))
  }

  async get(host: string): Promise<Credentials | undefined> {
    for (const file of this.files) {
      const credentials = await file.get(host)
      if (credentials !== undefined) return credentials
    }
    return undefined
  }
}

/**
 * Explicit username/password win for every host; otherwise `dockerConfigPath` alone, or the credential
 * files of `env` (credentialFiles), each read as docker reads config.json: `credHelpers`, `credsStore`,
 * then `auths`.
 */
export function credentialSource(options: {
  username?: string
  password?: string
  dockerConfigPath?: string
  env?: NodeJS.ProcessEnv
}): CredentialSource {
  if (options.username || options.password) {
    const explicit: Credentials = { username: options.username, password: options.password }
    return { get: () => Promise.resolve(explicit) }
  }
  if (options.dockerConfigPath !== undefined) return new DockerConfigCredentials(options.dockerConfigPath)
  return new CredentialFiles(credentialFiles(options.env ?? process.env))
}
