/** npm run gen: regenerate docs/rules.md. */
import { writeFileSync } from 'node:fs'
import { rulesDoc } from './rules-doc.js'

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDoc())
console.log('wrote docs/rules.md')
