/**
 * The README's workflows are what users copy: each ```yaml block must parse, every Signet step may only
 * pass inputs the action it names declares (action.yml, or sign/ and verify/ sub-actions when `uses`
 * names them), and the obvious breakage a run would hit is caught here: shell steps that bash cannot
 * parse, `steps.X.outputs.Y` / `needs.J.outputs.Y` that name nothing, build-push-action pushing by
 * digest without a buildx builder, and image names built from the (possibly uppercase) repository name.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  outputs?: Record<string, string>
  steps?: Step[]
}
interface ActionMetadata {
  inputs?: Record<string, { required?: boolean; default?: unknown }>
  outputs?: Record<string, unknown>
}

const README = readFileSync('README.md', 'utf8')
const blocks = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map(match => match[1])

/** `./`, `./sign`, `acme/signet@v0`, `acme/signet/verify@v1`, … → the action.yml it runs. */
function signetAction(uses: string | undefined): string | undefined {
  if (uses === undefined) return undefined
  const local = /^\.\/?(sign|verify)?\/?$/.exec(uses)
  const published = /^[\w.-]+\/signet(?:\/(sign|verify))?@[\w.-]+$/.exec(uses)
  const match = local ?? published
  if (match === null) return undefined
  return match[1] === undefined ? 'action.yml' : join(match[1], 'action.yml')
}

function metadataOf(file: string): ActionMetadata {
  if (!existsSync(file)) throw new Error(`the README uses an action whose ${file} does not exist`)
  return parse(readFileSync(file, 'utf8')) as ActionMetadata
}

/** A fragment of steps: its job (and so what it `needs`) is not shown. */
const STEPS_FRAGMENT = '(steps)'

/** Jobs of a block: a whole workflow, a fragment of jobs, or a fragment of steps (one anonymous job). */
function jobsOf(block: string): [string, Job][] {
  const document = parse(block) as { jobs?: Record<string, Job> } | Record<string, Job> | Step[]
  if (Array.isArray(document)) return [[STEPS_FRAGMENT, { steps: document }]]
  const jobs = (document.jobs ?? document) as Record<string, Job>
  for (const [name, job] of Object.entries(jobs))
    expect([name, Array.isArray(job?.steps)]).toEqual([name, true])
  return Object.entries(jobs)
}

/** Every `${{ … }}` expression in a value (strings, nested objects). */
function expressions(value: unknown): string[] {
  if (typeof value === 'string')
    return [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map(match => match[1].trim())
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(expressions)
  return []
}

/** The jobs of the release workflow, which other examples' `needs` refer to. */
function releaseJobs(): Map<string, Job> {
  const release = blocks.find(block => /^name: release$/m.test(block))
  return new Map(release === undefined ? [] : jobsOf(release))
}

test('the README has the workflows this test reads', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(4)
  const signetSteps = blocks.flatMap(block =>
    jobsOf(block).flatMap(([, job]) => (job.steps ?? []).filter(step => signetAction(step.uses)))
  )
  expect(signetSteps.length).toBeGreaterThanOrEqual(4)
})

describe.each(blocks.map((block, i) => [i + 1, block] as const))('README yaml block %i', (_n, block) => {
  const jobs = jobsOf(block)

  test("Signet steps pass only their action's inputs, and all it requires", () => {
    for (const [, job] of jobs) {
      for (const step of job.steps ?? []) {
        const file = signetAction(step.uses)
        if (file === undefined) continue
        const inputs = metadataOf(file).inputs ?? {}
        const given = Object.keys(step.with ?? {})
        expect(given.filter(name => !(name in inputs))).toEqual([])
        const required = Object.entries(inputs)
          .filter(([, input]) => input.required === true && input.default === undefined)
          .map(([name]) => name)
        expect(required.filter(name => !given.includes(name))).toEqual([])
      }
    }
  })

  test('shell steps parse with bash -n', () => {
    for (const [, job] of jobs) {
      for (const step of job.steps ?? []) {
        if (step.run === undefined) continue
        // GitHub substitutes expressions before the shell sees the script.
        const script = step.run.replace(/\$\{\{[\s\S]*?\}\}/g, 'EXPRESSION')
        expect(() =>
          execFileSync('bash', ['-n'], { input: script, stdio: ['pipe', 'ignore', 'pipe'] })
        ).not.toThrow()
      }
    }
  })

  test('steps.X.outputs.Y and needs.J.outputs.Y name a step, job and output that exist', () => {
    const allJobs = new Map(jobs)
    for (const [name, job] of jobs) {
      const needs = typeof job.needs === 'string' ? [job.needs] : (job.needs ?? [])
      const steps = job.steps ?? []
      const uses = [...expressions(job.outputs ?? {}), ...steps.flatMap(step => expressions(step))]
      for (const expression of uses) {
        for (const [, id, output] of expression.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const step = steps.find(candidate => candidate.id === id)
          expect(`${name}: step ${id} ${step ? 'exists' : 'is missing'}`).toBe(`${name}: step ${id} exists`)
          const file = signetAction(step!.uses)
          if (file !== undefined) expect(Object.keys(metadataOf(file).outputs ?? {})).toContain(output)
        }
        for (const [, needed, output] of expression.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          if (name === STEPS_FRAGMENT) continue
          expect(needs).toContain(needed)
          // A fragment of jobs may need a job shown in another block (the release workflow's build).
          const producer = allJobs.get(needed) ?? releaseJobs().get(needed)
          expect(Object.keys(producer?.outputs ?? {})).toContain(output)
        }
      }
    }
  })

  test('build-push-action pushing by digest runs after setup-buildx-action; image names are lowercase', () => {
    for (const [, job] of jobs) {
      const steps = job.steps ?? []
      steps.forEach((step, i) => {
        if (!step.uses?.startsWith('docker/build-push-action@')) return
        if (String(step.with?.outputs ?? '').includes('push-by-digest=true')) {
          expect(
            steps.slice(0, i).some(earlier => earlier.uses?.startsWith('docker/setup-buildx-action@'))
          ).toBe(true)
        }
      })
      for (const step of steps.filter(
        candidate => signetAction(candidate.uses) || candidate.uses?.startsWith('docker/build-push-action@')
      )) {
        // github.repository keeps the owner's capitals; registries refuse them.
        expect(
          expressions(step.with ?? {}).filter(expression => /\bgithub\.repository\b/.test(expression))
        ).toEqual([])
      }
    }
  })
})
