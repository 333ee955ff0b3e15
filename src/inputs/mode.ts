/**
 * The `mode` input, read apart from the inputs of each mode: a face decides which mode's code to load
 * from it, before loading any.
 */
import { Inputs, MODES, type Mode } from './contract.js'
import { InputError } from '../util/errors.js'
import type { InputSource } from './input-values.js'

export function readMode(source: InputSource): Mode {
  const mode = source.get(Inputs.Mode)
  if (!(MODES as readonly string[]).includes(mode)) {
    const given = mode === '' ? 'no mode was given' : `got '${mode}'`
    throw new InputError(Inputs.Mode, `Invalid input 'mode': ${given}. Expected one of: ${MODES.join(', ')}.`)
  }
  return mode as Mode
}
