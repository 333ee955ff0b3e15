import { mapWithLimit } from '../../src/util/concurrency.js'
import {
  ContentMismatchError,
  couldNotComplete,
  IncompleteError,
  InputError,
  RegistryError,
  VerificationError
} from '../../src/util/errors.js'
import { step, StepError } from '../../src/util/steps.js'
import { registryAllowed } from '../../src/verify/verify.js'

describe('registryAllowed', () => {
  test.each([
    ['ghcr.io', [], true],
    ['ghcr.io', ['ghcr.io'], true],
    ['ghcr.io.evil.com', ['ghcr.io'], false],
    ['registry.example.com', ['*.example.com'], true],
    ['a.b.example.com', ['*.example.com'], true],
    ['example.com', ['*.example.com'], false],
    ['badexample.com', ['*.example.com'], false],
    ['127.0.0.1:5000', ['127.0.0.1:5000'], true],
    ['127.0.0.1:5001', ['127.0.0.1:5000'], false],
    // compared as canonical hosts (oci/canonical.ts)
    ['GHCR.IO', ['ghcr.io'], true],
    ['ghcr.io:443', ['ghcr.io'], true],
    ['ghcr.io', ['GHCR.IO'], true],
    ['REGISTRY.EXAMPLE.COM', ['*.example.com'], true],
    ['registry.example.com', ['*.EXAMPLE.COM'], true],
    ['LOCALHOST:5000', ['127.0.0.1:5000'], true],
    ['2130706433:5000', ['localhost:5000'], true],
    ['ghcr.io:80', ['ghcr.io'], false],
    ['evil.example', ['ghcr.io'], false]
  ])('%s against %j is %s', (registry, patterns, allowed) => {
    expect(registryAllowed(registry, patterns)).toBe(allowed)
  })
})

describe('mapWithLimit', () => {
  test('keeps input order and never runs more than the limit at once', async () => {
    let running = 0
    let peak = 0
    const results = await mapWithLimit([5, 1, 4, 2, 3], 2, async (value, index) => {
      running++
      peak = Math.max(peak, running)
      await new Promise(resolve => setTimeout(resolve, value * 3))
      running--
      return `${index}:${value}`
    })
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3'])
    expect(peak).toBe(2)
  })

  test('rejects with the first failure after the work already started has settled, starting nothing new', async () => {
    const started: number[] = []
    let settled = 0
    const outcome = mapWithLimit([1, 2, 3, 4], 2, async value => {
      started.push(value)
      await new Promise(resolve => setTimeout(resolve, value === 1 ? 1 : 20))
      settled++
      if (value === 1) throw new Error('first fails')
      return value
    })
    await expect(outcome).rejects.toThrow('first fails')
    expect(started).toEqual([1, 2])
    expect(settled).toBe(2)
  })
})

describe('step', () => {
  test('names the step and keeps the cause exit code', async () => {
    const input = await step('check signing key', () => {
      throw new InputError('signing-key', 'bad key')
    }).catch(error => error)
    expect(input).toBeInstanceOf(StepError)
    expect(input.message).toBe('check signing key: bad key')
    expect(input.exitCode).toBe(2)
    const registry = await step('push index', async () => {
      throw new RegistryError('PUT failed', 500)
    }).catch(error => error)
    // A server error (after retries) means the step could not complete: exit 3, as its cause.
    expect(registry.exitCode).toBe(3)
    expect(registry.message).toBe('push index: PUT failed')
    const missing = await step('push index', async () => {
      throw new RegistryError('PUT failed', 404)
    }).catch(error => error)
    expect(missing.exitCode).toBe(1)
  })
})

describe('exit codes: rejected (1) or could not complete (3)', () => {
  test.each([
    [404, undefined, 1],
    [400, undefined, 1],
    [200, undefined, 1],
    [401, undefined, 3],
    [403, undefined, 3],
    [429, undefined, 3],
    [500, undefined, 3],
    [503, undefined, 3],
    [undefined, Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 3],
    [undefined, new ContentMismatchError('digest mismatch', 'sha256:x'), 1],
    [undefined, undefined, 1]
  ])('a RegistryError with status %s and cause %s exits %i', (status, cause, exitCode) => {
    const error = new RegistryError('failed', status, undefined, { cause })
    expect(error.exitCode).toBe(exitCode)
    expect(couldNotComplete(error)).toBe(exitCode === 3)
  })

  test('couldNotComplete follows causes: a check that failed because a fetch could not complete', () => {
    const unreachable = new RegistryError('cannot reach', undefined, undefined, {
      cause: new Error('ETIMEDOUT')
    })
    expect(couldNotComplete(new VerificationError('layer x: cannot reach', { cause: unreachable }))).toBe(
      true
    )
    expect(couldNotComplete(new VerificationError('layer x: digest mismatch'))).toBe(false)
    expect(couldNotComplete(new IncompleteError('could not check every signature'))).toBe(true)
    expect(
      new RegistryError('helper failed', undefined, undefined, { couldNotComplete: true }).exitCode
    ).toBe(3)
  })
})
