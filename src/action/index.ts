/** The action's entry point (dist/index.js): nothing runs at import time but this call. */
import { run } from './run.js'

await run()
