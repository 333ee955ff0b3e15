// Regenerates the input and output tables of README.md from action.yml (the one source of truth).
// `--check` fails instead of writing when README.md is out of date (CI runs it that way).
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

const action = parse(readFileSync('action.yml', 'utf8'))
const cell = text => String(text ?? '').trim().replace(/\|/g, '\\|').replace(/\n+/g, '<br>')

const inputs = [
  '| Input | Default | Description |',
  '|---|---|---|',
  ...Object.entries(action.inputs).map(
    ([name, spec]) => `| \`${name}\`${spec.required ? ' (required)' : ''} | ${spec.default === undefined ? '' : `\`${spec.default}\``} | ${cell(spec.description)} |`
  )
].join('\n')
const outputs = [
  '| Output | Description |',
  '|---|---|',
  ...Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`)
].join('\n')

const readme = readFileSync('README.md', 'utf8')
const replace = (text, marker, body) => {
  const pattern = new RegExp(`(<!-- ${marker}:start -->)[\\s\\S]*?(<!-- ${marker}:end -->)`)
  if (!pattern.test(text)) throw new Error(`README.md lacks the <!-- ${marker}:start/end --> markers`)
  return text.replace(pattern, (_, start, end) => `${start}\n${body}\n${end}`)
}
const updated = replace(replace(readme, 'inputs', inputs), 'outputs', outputs)

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error("README.md's input/output tables differ from action.yml: run 'npm run docs'")
    process.exit(1)
  }
} else {
  writeFileSync('README.md', updated)
}

// The sub-actions and the CLI's flag help come from action.yml too (same --check).
await import('./generate-actions.mjs')
