/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import { dossierToContext } from '../company/context.js'
import { extractDossier } from '../company/dossier.js'
import { analyze } from '../critique/analyze.js'
import { readProfileFile } from '../goals/profile-file.js'
import { composeDrafts } from './draft.js'
import { inputTexts, unsupportedFacts } from './facts.js'

// Every company page and job description of the extractor's fixtures, paired round-robin,
// drafted for every fixture profile: a wide check that drafts stay honest and strong on
// dossiers nobody wrote by hand for the composer.
const pages = import.meta.glob<string>('../../../test/fixtures/company/*/page.{html,md,txt}', {
  eager: true,
  query: '?raw',
  import: 'default',
})
const jobs = import.meta.glob<string>('../../../test/fixtures/jobs/*.{html,md,txt}', {
  eager: true,
  query: '?raw',
  import: 'default',
})
const profiles = import.meta.glob<unknown>('../../../test/fixtures/profiles/*.json', {
  eager: true,
  import: 'default',
})

describe('drafts over the company fixtures', () => {
  const jobList = Object.entries(jobs).sort(([a], [b]) => a.localeCompare(b))
  const people = Object.entries(profiles)
    .filter(([path]) => !path.endsWith('pairs.json'))
    .map(([path, json]) => ({ path, ...readProfileFile(json, '2026-11-25') }))
  let complete = 0
  let strong = 0
  const invented: string[] = []
  const weak: string[] = []
  Object.entries(pages)
    .sort(([a], [b]) => a.localeCompare(b))
    .forEach(([path, raw], i) => {
      const [jobPath, jobRaw] = jobList[i % Math.max(1, jobList.length)] ?? ['', '']
      const { dossier } = extractDossier({
        ...(path.endsWith('.html') ? { html: raw } : { text: raw }),
        ...(jobPath.endsWith('.html') ? { jobHtml: jobRaw } : { jobText: jobRaw }),
      })
      for (const person of people) {
        const inputs = inputTexts(person.profile, person.goals, dossier)
        for (const d of composeDrafts({ profile: person.profile, goals: person.goals, dossier })
          .drafts) {
          const facts = unsupportedFacts(d.text, inputs)
          if (facts.length > 0)
            invented.push(`${path} ${person.path}: ${facts.map((f) => f.text).join(', ')}`)
          if (!d.complete) continue
          complete++
          const report = analyze(
            d.text,
            dossierToContext(dossier, { question: d.question, profile: person.profile }),
          )
          if (report.verdict === 'strong') strong++
          else
            weak.push(
              `${report.verdict} ${report.score} ${path} ${person.path} ${d.question} ${d.length}`,
            )
        }
      }
    })

  it('invents nothing on any dossier', () => {
    expect(invented).toEqual([])
  })

  it('rates at least 95% of the complete drafts strong (all of them when measured)', () => {
    expect(complete).toBeGreaterThan(100)
    expect(strong / complete, weak.join('\n')).toBeGreaterThanOrEqual(0.95)
  })
})
