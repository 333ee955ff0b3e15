/**
 * Which mode the action runs in. The root action (action.yml) takes the `mode` input; the sub-actions
 * (sign/action.yml, verify/action.yml) run the same bundle through dist/sign.js and dist/verify.js, two
 * one-line files that import dist/index.js, so the script node was started with names the mode. (The
 * runner sets no GITHUB_ACTION_PATH for JavaScript actions: actions/runner#649.)
 */
import { basename } from 'node:path'
import { Inputs, MODES, type Mode } from '../inputs/contract.js'
import { InputError } from '../util/errors.js'

/** The sub-action's mode, from the entry script's name (`sign.js`), or undefined for the root action. */
export function subActionMode(script: string = process.argv[1] ?? ''): Mode | undefined {
  const name = basename(script).replace(/\.js$/, '')
  return (MODES as readonly string[]).includes(name) ? (name as Mode) : undefined
}

/** The `mode` input as the root action takes it, or the sub-action's own mode (which `mode` may only repeat). */
export function actionMode(input: string, script?: string): string {
  const fixed = subActionMode(script)
  if (fixed === undefined) return input
  if (input !== '' && input !== fixed) {
    throw new InputError(
      Inputs.Mode,
      `Input 'mode' is '${input}', but this is the ${fixed} action (…/signet/${fixed}): remove 'mode', or use …/signet/${input}.`
    )
  }
  return fixed
}
