// After ncc: dist/sign.js and dist/verify.js, the entries of the sub-actions (sign/action.yml,
// verify/action.yml). Each only imports the one action bundle, which reads its mode from the name of
// the script node was started with (src/action/sub-action.ts).
import { writeFileSync } from 'node:fs'

for (const mode of ['sign', 'verify']) {
  writeFileSync(
    `dist/${mode}.js`,
    `// The ${mode} sub-action (${mode}/action.yml): the action bundle, in ${mode} mode (named by this file).\nimport './index.js'\n`
  )
}
