import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { rulesDoc } from '../../scripts/rules-doc.js'

it('docs/rules.md is up to date with the rules and lexicons (run npm run gen)', () => {
  const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')
  expect(committed).toBe(rulesDoc())
})
