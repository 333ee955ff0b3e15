/** action.yml, the constants module and the README agree. */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { INPUT_DEFAULTS, Inputs, Outputs } from '../../src/inputs/contract.js'

interface ActionYaml {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}
const action = parse(readFileSync('action.yml', 'utf8')) as ActionYaml

test('action.yml declares exactly the inputs of the contract, each with a description', () => {
  expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
  for (const [name, spec] of Object.entries(action.inputs))
    expect([name, spec.description.length > 10]).toEqual([name, true])
})

test('defaults in action.yml equal the defaults the CLI applies, and boolean defaults are quoted strings', () => {
  // `${{ … }}` defaults are evaluated by the runner (github-token); the CLI has no equivalent.
  const declared = Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([, spec]) => spec.default !== undefined && !String(spec.default).startsWith('${{'))
      .map(([name, spec]) => [name, spec.default])
  )
  expect(declared).toEqual(INPUT_DEFAULTS)
  for (const value of Object.values(declared)) expect(typeof value).toBe('string')
})

test('action.yml declares exactly the outputs of the contract and runs on node24 from dist', () => {
  expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
})
