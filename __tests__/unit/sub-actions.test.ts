/**
 * The sub-actions (sign/action.yml, verify/action.yml) against the root action.yml and the contract:
 * generated and current, only their own inputs and outputs with the root's defaults, Marketplace-sized
 * descriptions, the same bundle. The bundled entries run in the integration suite (action.test.ts).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { INPUT_MODES, MODES, OUTPUT_MODES } from '../../src/inputs/contract.js'
import { modeDocs } from '../../src/cli/flags.js'

interface ActionYaml {
  name: string
  description: string
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}
const load = (path: string) => parse(readFileSync(path, 'utf8')) as ActionYaml
const root = load('action.yml')
const FILES = ['action.yml', 'sign/action.yml', 'verify/action.yml']

test('sign/action.yml, verify/action.yml and src/cli/action-docs.ts are generated from action.yml and current', () => {
  const result = spawnSync(process.execPath, ['scripts/generate-actions.mjs', '--check'], {
    encoding: 'utf8'
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
})

test.each(FILES)('%s: the description is under the Marketplace limit of 125 characters', file => {
  const { description } = load(file)
  expect(description.length).toBeLessThan(125)
  expect(description.length).toBeGreaterThan(20)
})

describe.each(MODES)('%s/action.yml', mode => {
  const sub = load(`${mode}/action.yml`)

  test('declares exactly the inputs of its mode, with the root defaults', () => {
    const expected = Object.keys(root.inputs).filter(name =>
      INPUT_MODES[name as keyof typeof INPUT_MODES].includes(mode)
    )
    expect(Object.keys(sub.inputs)).toEqual(expected)
    expect(sub.inputs.mode).toBeUndefined()
    for (const [name, spec] of Object.entries(sub.inputs)) {
      expect([name, spec.default]).toEqual([name, root.inputs[name].default])
      expect([name, spec.required]).toEqual([name, root.inputs[name].required])
      // Its description is the root's, narrowed to the mode: never text of the other mode.
      const other = MODES.find(candidate => candidate !== mode) as string
      expect([name, spec.description]).not.toEqual([
        name,
        expect.stringMatching(new RegExp(`(^|\\n)${other}: `))
      ])
      expect(spec.description.length).toBeGreaterThan(10)
    }
  })

  test('declares exactly the outputs of its mode', () => {
    const expected = Object.keys(root.outputs).filter(name =>
      OUTPUT_MODES[name as keyof typeof OUTPUT_MODES].includes(mode)
    )
    expect(Object.keys(sub.outputs)).toEqual(expected)
  })

  test('runs the one action bundle through its entry, on the same runtime', () => {
    expect(sub.runs).toEqual({ using: root.runs.using, main: `../dist/${mode}.js` })
    const entry = join(mode, sub.runs.main)
    expect(readFileSync(entry, 'utf8')).toMatch(/^import '\.\/index\.js'$/m)
    expect(existsSync(join(dirname(entry), 'index.js'))).toBe(true)
  })

  test("the CLI's help for the command shows the same inputs, with the same descriptions", () => {
    expect(modeDocs('inputs', mode).map(input => [input.name, input.description])).toEqual(
      Object.entries(sub.inputs).map(([name, spec]) => [name, spec.description])
    )
  })
})

test('descriptions are narrowed: image says what it is for in each mode', () => {
  expect(load('sign/action.yml').inputs.image.description).toBe(
    'The reference to publish, `registry/repository:tag`.'
  )
  expect(load('verify/action.yml').inputs.image.description).toMatch(
    /^One or more references to verify, a line each/
  )
  expect(load('sign/action.yml').inputs['trust-roots'].description).toBe(
    'Optional, completes a chain given without its root.'
  )
})

test('outputs that hold a line per verified image say so, and report is JSON for both modes', () => {
  for (const name of ['digest', 'ref', 'signer'])
    expect(load('verify/action.yml').outputs[name].description).toMatch(/a line per verified image/i)
  expect(root.outputs.report.description).toMatch(/JSON/)
  expect(load('sign/action.yml').outputs.report).toBeDefined()
})
