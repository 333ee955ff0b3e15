/** The action's entry point (dist/index.js): nothing runs at import time but these lines. */
import { Inputs } from '../inputs/contract.js'
import { actionInputsAtFirstLook, connectEarly } from '../run/early-connect.js'
import { subActionMode } from './sub-action.js'

// A verify's registries are dialled now, before the action's libraries and engines load.
const inputs = actionInputsAtFirstLook(process.env)
if ((subActionMode() ?? inputs.get(Inputs.Mode).trim()) === 'verify') connectEarly(inputs)
const { run } = await import('./run.js')

await run()
