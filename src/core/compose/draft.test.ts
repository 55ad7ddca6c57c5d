/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import { dossierToContext } from '../company/context.js'
import { type Dossier, dossierSchema } from '../contracts/dossier.js'
import { analyze } from '../critique/analyze.js'
import { readProfileFile } from '../goals/profile-file.js'
import { composeDrafts, fitToLength } from './draft.js'
import { inputTexts, unsupportedFacts } from './facts.js'

// core is pure (no node:fs), so the fixtures come in as JSON modules.
const files = import.meta.glob<unknown>('../../../test/fixtures/profiles/**/*.json', {
  eager: true,
  import: 'default',
})
const json = (path: string): unknown => files[`../../../test/fixtures/profiles/${path}`]
const pairs = (json('pairs.json') as { pairs: Array<[string, string]> }).pairs
const load = (p: string, c: string) => {
  const { profile, goals } = readProfileFile(json(`${p}.json`), '2026-11-25')
  const dossier: Dossier = dossierSchema.parse(json(`companies/${c}.json`))
  return { profile, goals, dossier }
}

describe.each(pairs)('drafts for %s at %s', (p, c) => {
  const input = load(p, c)
  const result = composeDrafts(input)

  it('invents nothing: every name, number, skill and value is in the inputs', () => {
    const inputs = inputTexts(input.profile, input.goals, input.dossier)
    for (const d of result.drafts) expect(unsupportedFacts(d.text, inputs), d.text).toEqual([])
  })

  it('gives three lengths per question, each near its spoken target', () => {
    for (const d of result.drafts) {
      if (!d.complete) continue
      const target = (d.length / 60) * 140
      expect(d.words, d.text).toBeGreaterThan(target * 0.55)
      // A 30-second career-change draft needs five sentences: allow it to run to about 48 seconds.
      expect(d.words, d.text).toBeLessThan(target * (d.length === 30 ? 1.6 : 1.35))
    }
    expect(result.drafts.map((d) => d.length).slice(0, 3)).toEqual([30, 60, 90])
  })

  it('has every complete draft rated strong by the critique with the same context', () => {
    for (const d of result.drafts.filter((x) => x.complete)) {
      const report = analyze(
        d.text,
        dossierToContext(input.dossier, { question: d.question, profile: input.profile }),
      )
      expect(report.verdict, `${d.question} ${d.length}: ${d.text}`).toBe('strong')
    }
  })

  it('marks every placeholder it leaves and lists it', () => {
    for (const d of result.drafts) {
      expect(d.complete).toBe(d.placeholders.length === 0)
      for (const ph of d.placeholders) expect(d.text).toContain(ph.text)
      expect(d.text.match(/\[[^\]]+\]/g)?.length ?? 0).toBeGreaterThanOrEqual(d.placeholders.length)
    }
  })
})

describe('composeDrafts', () => {
  it('is deterministic for a seed and varies the wording across seeds', () => {
    const input = load('ana-backend', 'ledgerly')
    const a = composeDrafts({ ...input, seed: 'one' }).drafts.map((d) => d.text)
    expect(composeDrafts({ ...input, seed: 'one' }).drafts.map((d) => d.text)).toEqual(a)
    const seeds = ['one', 'two', 'three', 'four', 'five'].map(
      (seed) => composeDrafts({ ...input, seed }).drafts[1]?.text,
    )
    expect(new Set(seeds).size).toBeGreaterThan(1)
  })

  it('opens with the long-term goal and closes on the contribution', () => {
    const { drafts } = composeDrafts(load('ana-backend', 'ledgerly'))
    for (const d of drafts) {
      const sentences = d.text.split(/(?<=\.)\s+/)
      expect(sentences[0]).toContain('staff engineer')
      expect(sentences.at(-1)).toMatch(/customers|contribute/)
    }
  })

  it("reuses the person's own phrases", () => {
    const { drafts } = composeDrafts(load('ana-backend', 'ledgerly'))
    const long = drafts.find((d) => d.length === 90)?.text ?? ''
    expect(long).toContain('cut invoice processing time by 40% by rewriting the billing queue')
    expect(long).toContain('teamwork')
  })

  it('writes names as given, even with characters special to string replacement', () => {
    const { dossier, profile, goals } = load('sam-minimal', 'sparse')
    const text =
      composeDrafts({ profile, goals, dossier: { ...dossier, name: 'Cost$& Co', values: [] } })
        .drafts[0]?.text ?? ''
    expect(text).toContain('at Cost$& Co')
    const plural = composeDrafts({
      profile,
      goals,
      dossier: { ...load('ana-backend', 'ledgerly').dossier, name: 'Wayfarer Robotics' },
    }).drafts
    expect(plural.map((d) => d.text).join(' ')).not.toContain("Robotics's")
  })

  it('puts marked placeholders where inputs are missing', () => {
    const { drafts, placeholders } = composeDrafts(load('sam-minimal', 'sparse'))
    expect(placeholders.map((p) => p.slot).sort()).toEqual(['company', 'resp', 'short', 'tie'])
    expect(drafts[0]?.text).toContain('[your first-year goal]')
    expect(drafts.every((d) => !d.complete)).toBe(true)
  })

  it('leaves a private wish out of the drafts and says so', () => {
    const { drafts, notes } = composeDrafts(load('rosa-designer', 'fernhouse'))
    for (const d of drafts) expect(d.text).not.toMatch(/studio/i)
    expect(notes.join(' ')).toContain('Open my own studio one day')
  })

  it('tells a career change positively: a negative reason becomes a placeholder with a note', () => {
    const { drafts, notes } = composeDrafts(load('lee-nurse-to-ux', 'fernhouse'))
    const change = drafts.filter((d) => d.question === 'career-change')
    expect(change).toHaveLength(3)
    for (const d of change) {
      expect(d.text).not.toMatch(/burned out/)
      expect(d.text).toContain('[what draws you to the new field]')
    }
    expect(notes.join(' ')).toContain('burned out')
  })

  it('writes "why are you changing careers" drafts with reason, transferable skills and preparation', () => {
    const { drafts } = composeDrafts(load('malik-teacher-to-data', 'brightpath'))
    const d = drafts.find((x) => x.question === 'career-change' && x.length === 60)?.text ?? ''
    expect(d).toContain('from teaching to data analysis')
    expect(d).toContain('explaining complex ideas to any audience')
    expect(d).toContain('completed the Google Data Analytics Certificate')
  })
})

describe('fitToLength', () => {
  const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ')
  it('takes a sentence past the target only when it lands nearer the clock', () => {
    // 30 s at 140 wpm is 70 words: the spine holds 64, 6 under.
    const spine = { slot: 'spine', text: words(64), need: 0 }
    // 64 + 14 = 78 is 8 over, farther than 6 under: left out, though within the tolerance
    expect(fitToLength([spine, { slot: 'more', text: words(14, 'more'), need: 1 }], 30)).toEqual([
      spine.text,
    ])
    // 64 + 10 = 74 is 4 over, nearer than 6 under: said
    expect(
      fitToLength([spine, { slot: 'more', text: words(10, 'more'), need: 1 }], 30),
    ).toHaveLength(2)
  })
})
