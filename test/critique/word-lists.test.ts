import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alternation } from '../../src/core/lexicons/load.js'
import { listsOf, wordListLexicons } from '../../src/core/lexicons/word-lists.js'

const folder = new URL('../../src/core/lexicons/', import.meta.url)

describe('word-list lexicons', () => {
  for (const [name, load] of Object.entries(wordListLexicons)) {
    it(`${name}: passes its schema, has provenance, and no word twice in a list`, () => {
      const lexicon = load()
      expect(lexicon.source.length).toBeGreaterThan(10)
      const lists = listsOf(lexicon)
      expect(lists.length).toBeGreaterThan(0)
      for (const [list, words] of lists) {
        expect(
          words.filter((w, i) => words.indexOf(w) !== i),
          `${name}.${list}`,
        ).toEqual([])
      }
    })
  }

  it('leaves no JSON list in the folder unread: each is imported by a module beside it', () => {
    const files = readdirSync(folder)
    const modules = files
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(new URL(f, folder), 'utf8'))
      .join('\n')
    const orphans = files
      .filter((f) => f.endsWith('.json'))
      .filter((f) => !modules.includes(`'./${f}'`))
    expect(files.filter((f) => f.endsWith('.json')).length).toBeGreaterThan(30)
    expect(orphans).toEqual([])
  })
})

describe('alternation', () => {
  it('escapes each word and matches spaces and hyphens as asked', () => {
    const pattern = new RegExp(
      `^(?:${alternation(['c++', 'long-term plan'], { space: '\\s+', hyphen: '[- ]' })})$`,
    )
    expect(pattern.test('c++')).toBe(true)
    expect(pattern.test('cc')).toBe(false)
    expect(pattern.test('long term   plan')).toBe(true)
    expect(new RegExp(`^(?:${alternation(['a b'])})$`).test('a  b')).toBe(false)
  })
})
