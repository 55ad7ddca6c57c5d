import { describe, expect, it } from 'vitest'
import { critiqueStory, storyCritiqueSchema } from './story.js'

const part = (text: string, span: readonly [number, number] | undefined) =>
  span ? text.slice(span[0], span[1]) : undefined

describe('critiqueStory', () => {
  const full =
    'At my last job our support queue had grown to 300 open tickets. I was asked to clear it before the quarter closed. I built a triage rota and trained two colleagues to run it. As a result we cut the queue to 40 tickets in six weeks.'

  it('finds all four parts, each with its words', () => {
    const story = critiqueStory(full)
    expect(storyCritiqueSchema.parse(story)).toEqual(story)
    expect(part(full, story.parts.situation[0])).toBe('At my last job')
    expect(part(full, story.parts.task[0])).toBe('I was asked to')
    expect(part(full, story.parts.action[0])).toBe('I built')
    expect(part(full, story.parts.result[0])).toBe('As a result')
    expect(story.verdict).toBe('strong')
    expect(story.findings).toEqual([])
  })

  it('says what is missing in a story without a result', () => {
    const text =
      'Last year our team had a backlog of invoices. I had to sort it out. I called every supplier and I rebuilt the tracker.'
    const story = critiqueStory(text)
    expect(story.parts.result).toEqual([])
    expect(story.findings.map((f) => f.rule)).toContain('star-result')
    expect(['strong', 'solid']).not.toContain(story.verdict)
  })

  it('asks for the person\'s own part when every action is "we"', () => {
    const text =
      'Last year we had a product launch slip. We reorganised the plan and we shipped it, and as a result sales rose 12 percent.'
    const story = critiqueStory(text)
    expect(story.findings.find((f) => f.rule === 'star-action')?.message).toMatch(/what you did/)
  })

  it('does not judge a career-goals answer as a story', () => {
    const story = critiqueStory('Within three years I want to lead the payments team.')
    expect(story.parts.action).toEqual([])
    expect(story.verdict).toBe('weak')
  })
})
