/**
 * The CLI's bundle loaded with V8's code cache (src/cli/code-cache.ts): written after a first run, taken by
 * V8 on the next, replaced when V8 refuses it or the bundle changes, and never read from where someone
 * else could have written it.
 */
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cacheNameOf, codeCacheDir, loadBundle } from '../../src/cli/code-cache.js'

let work: string
let bundle: string
let cacheDir: string

/** A CommonJS bundle with enough functions for V8's cache to hold code. */
function writeBundle(answer: number): void {
  const helpers = Array.from({ length: 50 }, (_, at) => `function f${at}(x) { return x + ${at} }`).join('\n')
  writeFileSync(
    bundle,
    `${helpers}\nexports.answer = () => ${answer} + f0(0)\nexports.where = __dirname\n` +
      `exports.reads = typeof require('node:fs').readFileSync\n` +
      `for (let at = 0; at < 50; at++) eval('f' + at)(at)\n`
  )
}

const cacheFiles = () => readdirSync(cacheDir).filter(name => name.endsWith('.bin'))

let runs = 0
/**
 * Loads the bundle as a new process would: from a path of its own. V8 keeps what it compiled in this
 * process by source and file name, and would hand that back for the same path whatever the cache file.
 */
function load(name: string, dir: string | null = cacheDir) {
  const copy = join(work, `run-${++runs}`)
  mkdirSync(copy)
  copyFileSync(bundle, join(copy, 'main.cjs'))
  return loadBundle(join(copy, 'main.cjs'), { cacheDir: dir ?? undefined, name })
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'signet-code-cache-'))
  bundle = join(work, 'main.cjs')
  cacheDir = join(work, 'cache', 'signet')
  writeBundle(42)
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

test('a first run finds no cache and writes one; the next run takes it, and the bundle runs the same', () => {
  const first = load('verify')
  expect(first.cache).toBe('absent')
  const exports = first.exports as { answer: () => number; where: string; reads: string }
  expect([exports.answer(), exports.where, exports.reads]).toEqual([
    42,
    join(work, `run-${runs}`),
    'function'
  ])
  expect(cacheFiles()).toEqual([])
  first.save()
  const [file] = cacheFiles()
  expect(file).toMatch(new RegExp(`^[0-9a-f]{32}-verify-${process.arch}-v8-.+\\.bin$`))
  // For this user only: the directory and the file.
  expect(statSync(cacheDir).mode & 0o777).toBe(0o700)
  expect(statSync(join(cacheDir, file)).mode & 0o777).toBe(0o600)

  const written = readFileSync(join(cacheDir, file))
  const second = load('verify')
  expect(second.cache).toBe('used')
  expect((second.exports as { answer: () => number }).answer()).toBe(42)
  second.save()
  expect(readFileSync(join(cacheDir, file))).toEqual(written)
})

test('each command has its own cache', () => {
  load('verify').save()
  expect(load('sign').cache).toBe('absent')
  load('sign').save()
  expect(
    cacheFiles()
      .map(name => name.split('-')[1])
      .sort()
  ).toEqual(['sign', 'verify'])
})

test('a cache V8 refuses is replaced by a good one, and the bundle runs meanwhile', () => {
  load('verify').save()
  const [file] = cacheFiles()
  writeFileSync(join(cacheDir, file), Buffer.alloc(4096, 7), { mode: 0o600 })
  const refused = load('verify')
  expect(refused.cache).toBe('rejected')
  expect((refused.exports as { answer: () => number }).answer()).toBe(42)
  refused.save()
  expect(load('verify').cache).toBe('used')
})

test('a changed bundle of the same length does not take the old cache, and its cache replaces the old', () => {
  load('verify').save()
  const [old] = cacheFiles()
  writeFileSync(join(cacheDir, 'notes.txt'), 'not a cache')
  // V8 takes a cache made for another source of the same length, and runs the old code (tried on Node
  // 20: 42 for 43): the name by content is what refuses it.
  writeBundle(43)
  const changed = load('verify')
  expect(changed.cache).toBe('absent')
  expect((changed.exports as { answer: () => number }).answer()).toBe(43)
  changed.save()
  expect(cacheFiles()).toHaveLength(1)
  expect(cacheFiles()[0]).not.toBe(old)
  expect(readdirSync(cacheDir)).toContain('notes.txt')
})

test('a directory others may write is not used, for reading or writing', () => {
  load('verify').save()
  chmodSync(cacheDir, 0o777)
  const loaded = load('sign')
  expect(loaded.cache).toBe('off')
  expect((loaded.exports as { answer: () => number }).answer()).toBe(42)
  loaded.save()
  expect(load('verify').cache).toBe('off')
  expect(cacheFiles().map(name => name.split('-')[1])).toEqual(['verify'])
})

test('a cache file others may write, or a symbolic link, is not read', () => {
  load('verify').save()
  const [file] = cacheFiles()
  chmodSync(join(cacheDir, file), 0o666)
  expect(load('verify').cache).toBe('absent')

  chmodSync(join(cacheDir, file), 0o600)
  const elsewhere = join(work, 'elsewhere.bin')
  writeFileSync(elsewhere, readFileSync(join(cacheDir, file)), { mode: 0o600 })
  rmSync(join(cacheDir, file))
  symlinkSync(elsewhere, join(cacheDir, file))
  const linked = load('verify')
  expect(linked.cache).toBe('absent')
  // The new cache replaces the link; what it pointed to is left as it was.
  const before = readFileSync(elsewhere)
  linked.save()
  expect(statSync(join(cacheDir, file)).isFile()).toBe(true)
  expect(readFileSync(elsewhere)).toEqual(before)
})

test('no cache directory: the bundle runs and nothing is written', () => {
  const loaded = load('verify', null)
  expect(loaded.cache).toBe('off')
  loaded.save()
  expect(readdirSync(work).sort()).toEqual(['main.cjs', `run-${runs}`])
})

test("the cache's directory follows Node's settings, then XDG's, then the home directory", () => {
  const home = () => '/home/me'
  expect(codeCacheDir({}, home)).toBe('/home/me/.cache/signet/code-cache')
  expect(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, home)).toBe('/xdg/signet/code-cache')
  expect(codeCacheDir({ NODE_COMPILE_CACHE: '/ncc', XDG_CACHE_HOME: '/xdg' }, home)).toBe('/ncc/signet')
  expect(codeCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: '/ncc' }, home)).toBeUndefined()
  const homeless = () => {
    throw new Error('no home directory')
  }
  expect(codeCacheDir({}, homeless)).toBeUndefined()
})

test("a cache is named by the run's command word, or 'signet' for anything else", () => {
  expect(cacheNameOf(['verify', '--image', 'x'])).toBe('verify')
  expect(cacheNameOf(['containerd-verifier'])).toBe('containerd-verifier')
  expect(cacheNameOf([])).toBe('signet')
  expect(cacheNameOf(['--version'])).toBe('signet')
  expect(cacheNameOf(['../../etc/passwd'])).toBe('signet')
  expect(cacheNameOf(['Verify'])).toBe('signet')
})
