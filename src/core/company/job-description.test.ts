import { describe, expect, it } from 'vitest'
import { parseJobDescription, parseJobHtml } from './job-description.js'

const JD = `Senior Data Analyst - Cobalt Metrics

Location: Chicago, IL
Team: Insights

What you'll do:
- Build retail KPIs in SQL
- Present findings to store managers

Requirements:
- 3+ years in analytics
- Python and Looker
- Retail experience is a plus

Nice to have:
- dbt

We are an equal opportunity employer.`

describe('parseJobDescription', () => {
  it('reads title, company, team, sections, years, location and mode', () => {
    const job = parseJobDescription(JD)
    expect(job).toMatchObject({
      title: 'Senior Data Analyst',
      company: 'Cobalt Metrics',
      team: 'Insights',
      location: 'Chicago, IL',
      years: 3,
    })
    expect(job?.responsibilities.map((s) => s.text)).toEqual([
      'Build retail KPIs in SQL',
      'Present findings to store managers',
    ])
    expect(job?.requirements.map((s) => s.text)).toEqual([
      '3+ years in analytics',
      'Python and Looker',
    ])
    expect(job?.niceToHave.map((s) => s.text)).toEqual(['Retail experience is a plus', 'dbt'])
    expect(job?.skills).toEqual(expect.arrayContaining(['SQL', 'Python', 'KPIs']))
    expect(job?.workMode).toBeUndefined()
  })

  it('keeps sources as slices of the job text', () => {
    const job = parseJobDescription(JD)
    for (const s of [...(job?.responsibilities ?? []), ...(job?.requirements ?? [])])
      expect(JD.slice(s.source.start, s.source.end)).toBe(s.source.quote)
  })

  it('reads a posting without headings from its sentences', () => {
    const job = parseJobDescription(
      'Account Executive\n\nYou will own the sales cycle. You bring five years of SaaS sales experience. Salesforce is a plus. The role is hybrid.',
    )
    expect(job?.responsibilities.map((s) => s.text)).toEqual(['You will own the sales cycle.'])
    expect(job?.requirements.map((s) => s.text)).toEqual([
      'You bring five years of SaaS sales experience.',
    ])
    expect(job).toMatchObject({ years: 5, workMode: 'hybrid', title: 'Account Executive' })
  })

  it('tells remote from "not remote", and returns null for an empty text', () => {
    expect(parseJobDescription('Nurse\n\nThis role is not remote; it is on-site.')?.workMode).toBe(
      'onsite',
    )
    expect(parseJobDescription('   \n')).toBeNull()
  })

  it('parses HTML postings with headings', () => {
    const { job, text } = parseJobHtml(
      '<h1>Welder at Ferrous Works</h1><h2>Responsibilities</h2><ul><li>Weld steel beams</li></ul><h2>Qualifications</h2><ul><li>2 years welding</li></ul>',
    )
    expect(job).toMatchObject({ title: 'Welder', company: 'Ferrous Works', years: 2 })
    expect(
      text.slice(job?.responsibilities[0]?.source.start, job?.responsibilities[0]?.source.end),
    ).toBe('Weld steel beams')
  })
})

describe('the hiring company of a posting', () => {
  it.each([
    ['Senior Developer - Working at Lanternfish', 'Lanternfish'],
    ['Data Engineer at Kestrel Labs', 'Kestrel Labs'],
  ])('reads %j as at %j', (title, company) => {
    expect(parseJobDescription(`${title}\n\nWhat you'll do:\n- Build pipelines`)?.company).toBe(
      company,
    )
  })

  it.each(['Senior Developer - Role details', 'Principal Engineer - Platform Engineering Team'])(
    'takes no heading or team in %j for the company',
    (title) => {
      expect(
        parseJobDescription(`${title}\n\nWhat you'll do:\n- Build pipelines`)?.company,
      ).toBeUndefined()
    },
  )
})

describe('a list the page wrapped', () => {
  it('joins a lower-case line carrying on an item into that item', () => {
    const text =
      "Product Manager\n\nWhat you'll do:\n\n* Run weekly forums with users of the API to\n  improve usability by folding in their feedback.\n* Plan the roadmap.\n"
    const duties = parseJobDescription(text)?.responsibilities ?? []
    expect(duties.map((d) => d.text)).toEqual([
      'Run weekly forums with users of the API to improve usability by folding in their feedback.',
      'Plan the roadmap.',
    ])
    for (const d of duties) expect(text.slice(d.source.start, d.source.end)).toBe(d.source.quote)
  })
})
