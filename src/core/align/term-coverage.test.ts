import { describe, expect, it } from 'vitest'
import { termCoverage } from './term-coverage.js'

const compact = (text: string, ctx: Parameters<typeof termCoverage>[1]) => {
  const c = termCoverage(text, ctx)
  return {
    used: c.used.map(
      (u) => `${u.source} ${u.term}: "${u.span ? text.slice(u.span[0], u.span[1]) : ''}"`,
    ),
    missed: c.missed.map((m) => `${m.source} ${m.term}`),
  }
}

describe('termCoverage', () => {
  it('lists the skills, values and products the answer uses and those it misses', () => {
    expect(
      compact('I want to master SQL and stakeholder management, and ship features for Ledger.', {
        role: { skills: ['SQL', 'Python', 'stakeholder management'] },
        company: { values: ['Customers first'], products: ['Ledger', 'Vault'] },
      }),
    ).toEqual({
      used: [
        'skill SQL: "SQL"',
        'skill stakeholder management: "stakeholder management"',
        'product Ledger: "Ledger"',
      ],
      missed: ['skill Python', 'value Customers first', 'product Vault'],
    })
  })

  it('matches word forms and value concepts, and short skill names exactly', () => {
    expect(
      compact('I love collaborative work and I am learning Go.', {
        role: { skills: ['Go', 'R'] },
        company: { values: [{ name: 'Collaboration' }] },
      }),
    ).toEqual({
      used: ['skill Go: "Go"', 'value Collaboration: "collaborative"'],
      missed: ['skill R'],
    })
  })

  it('needs all the words of a term, not one of them', () => {
    expect(
      compact('Managing my time well matters to me.', { role: { skills: ['project management'] } })
        .used,
    ).toEqual([])
  })

  it('has nothing to cover without a company or role', () => {
    expect(termCoverage('I want to lead a team.', {})).toEqual({ used: [], missed: [] })
  })
})
