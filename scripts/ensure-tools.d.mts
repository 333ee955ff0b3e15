/** Types of ensure-tools.mjs for the tests that import it. */
export function toolPath(tool: string, binary?: string): string
export function ensureTools(tools?: string[]): void
