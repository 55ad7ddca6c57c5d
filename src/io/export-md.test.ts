import { describe, expect, it } from 'vitest'
import { extractDossier } from '../core/company/index.js'
import { type PrepSheetContent, prepSheetContentSchema } from '../core/contracts/entities.js'
import { markdownText, prepSheetToMarkdown } from './export-md.js'
import { cleanPage } from './page-text.js'

const sheet: PrepSheetContent = {
  title: 'Prep: Data analyst at Acme',
  company: 'Acme',
  role: 'Data analyst',
  interviewDate: '2026-12-01',
  answer: 'My answer.',
  score: 81,
  talkingPoints: ['Ownership matches my values'],
  stories: [{ title: 'Cut report time', situation: 'S', task: 'T', action: 'A', result: 'R' }],
  questions: ['What are the plans for Europe?'],
  strongStart: 'Start.',
  strongFinish: 'Finish.',
  avoid: ['Hedges'],
}

describe('prepSheetToMarkdown', () => {
  it('renders every section', () => {
    const md = prepSheetToMarkdown(sheet)
    for (const h of [
      '# Prep: Data analyst at Acme',
      '## My answer (score 81)',
      '## Talking points',
      '### Cut report time',
      '- **Result:** R',
      '## Questions to ask',
      '## What to avoid',
    ])
      expect(md).toContain(h)
    expect(md).toContain('interview on 2026-12-01')
  })

  it("keeps a company page's escaped tag as text: decoded once, escaped once, never markup", () => {
    const page = cleanPage(
      '<h1>Acme</h1><h2>Our values</h2><ul><li>Be &lt;img src=x onerror=alert(1)&gt; bold</li><li>Say &amp;lt;b&amp;gt; plainly</li></ul>',
    )
    const { dossier } = extractDossier({ html: page.html, metadata: page.metadata })
    const names = dossier.values.map((v) => v.name)
    expect(names).toEqual(['Be <img src=x onerror=alert(1)> bold', 'Say &lt;b&gt; plainly'])
    const md = prepSheetToMarkdown({ ...sheet, talkingPoints: names, questions: names })
    expect(md).not.toMatch(/<img/)
    expect(md).toContain('- Be &lt;img src=x onerror=alert(1)&gt; bold')
    expect(md).toContain('- Say &amp;lt;b&amp;gt; plainly')
  })

  it('cannot start a block from inside a field, or open a link or emphasis', () => {
    const md = prepSheetToMarkdown({
      ...sheet,
      title: 'Prep\n# Injected heading',
      answer: '# not a heading\n- not a list\n<script>x</script> [click](javascript:x) *bold*',
      questions: ['line one\n\n## two'],
    })
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# Prep # Injected heading',
      '## My answer (score 81)',
      '## Strong start',
      '## Strong finish',
      '## Talking points',
      '## STAR stories',
      '### Cut report time',
      '## Questions to ask',
      '## What to avoid',
    ])
    expect(md).toContain(
      '\\# not a heading\n\\- not a list\n&lt;script&gt;x&lt;/script&gt; \\[click\\](javascript:x) \\*bold\\*',
    )
    expect(markdownText('a_b `c`')).toBe('a\\_b \\`c\\`')
  })

  it('renders a sheet sent with only a title (the rest defaults)', () => {
    const minimal = prepSheetContentSchema.parse({ title: 'Prep' })
    expect(prepSheetToMarkdown(minimal)).toContain('_No saved answer yet._')
  })
})
