/**
 * Folder inputs/: the input contract (names, defaults), parsing, validation and error wording.
 * May import: trust/, oci/, util/.
 *
 * One typed Inputs object built from either face (action or CLI). All validation and error wording for
 * inputs lives here: bad input is rejected with the input's name and the expected form, never defaulted.
 */
import { Inputs, MODES, type Mode } from './contract.js'
import { InputError } from '../util/errors.js'
import type { InputSource } from './input-values.js'
import { readSignInputs, type SignInputs } from './sign-inputs.js'
import { readVerifyInputs, type VerifyInputs } from './verify-inputs.js'

export type ModeInputs = SignInputs | VerifyInputs

export function readInputs(source: InputSource): ModeInputs {
  const mode = readMode(source)
  return mode === 'sign' ? readSignInputs(source) : readVerifyInputs(source)
}

export function readMode(source: InputSource): Mode {
  const mode = source.get(Inputs.Mode)
  if (!(MODES as readonly string[]).includes(mode)) {
    const given = mode === '' ? 'no mode was given' : `got '${mode}'`
    throw new InputError(Inputs.Mode, `Invalid input 'mode': ${given}. Expected one of: ${MODES.join(', ')}.`)
  }
  return mode as Mode
}
