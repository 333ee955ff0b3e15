/**
 * Folder inputs/: the input contract (names, defaults), parsing, validation and error wording.
 * May import: trust/, oci/, util/.
 *
 * One typed Inputs object built from either face (action or CLI). All validation and error wording for
 * inputs lives here: bad input is rejected with the input's name and the expected form, never defaulted.
 */
import type { InputSource } from './input-values.js'
import { readMode } from './mode.js'
import { readSignInputs, type SignInputs } from './sign-inputs.js'
import { readVerifyInputs, type VerifyInputs } from './verify-inputs.js'

export type ModeInputs = SignInputs | VerifyInputs

export function readInputs(source: InputSource): ModeInputs {
  const mode = readMode(source)
  return mode === 'sign' ? readSignInputs(source) : readVerifyInputs(source)
}
