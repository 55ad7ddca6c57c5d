import { describe, expect, it } from 'vitest'
import { critiqueContextSchema } from '../contracts/context.js'
import { profileSchema } from '../contracts/profile.js'
import { dossierToContext } from './context.js'
import { extractDossier } from './dossier.js'

const PAGE = `<title>About | Fernleaf</title><h1>About Fernleaf</h1><h2>Our mission</h2><p>To give every clinician an hour back.</p>
<h2>Our values</h2><ul><li><b>Patients first.</b> Always.</li><li><b>Disagree and commit.</b> Then row together.</li></ul>
<p>We are remote-first and we plan to launch in Canada next year.</p>`

describe('dossierToContext', () => {
  it('maps onto a valid critique context, clipping long strings', () => {
    const { dossier } = extractDossier({
      html: PAGE,
      jobText: 'Engineer\n\nWhat you will do:\n- Build APIs in Go',
    })
    dossier.values.push({ name: 'x'.repeat(500), source: { quote: '', start: 0, end: 0 } })
    const context = dossierToContext(dossier)
    expect(critiqueContextSchema.parse(context)).toEqual(context)
    expect(context.company?.mission).toBe('To give every clinician an hour back.')
    expect(context.company?.values?.[0]).toEqual({ name: 'Patients first', description: 'Always.' })
    expect(context.role).toMatchObject({ title: 'Engineer', duties: ['Build APIs in Go'] })
    expect(context.role?.skills).toContain('Go')
  })

  it('adds the question and a career change, and leaves out what the dossier lacks', () => {
    const { dossier } = extractDossier({ jobText: 'Welder at Ferrous Works' })
    const profile = profileSchema.parse({
      careerChange: { from: 'teaching', to: 'welding' },
    })
    const context = dossierToContext(dossier, { question: 'why-here', profile })
    expect(context.question).toBe('why-here')
    expect(context.careerChange).toEqual({ from: 'teaching', to: 'welding' })
    expect(context.company).toEqual({ name: 'Ferrous Works' })
    expect(dossierToContext(null)).toEqual({})
  })
})
