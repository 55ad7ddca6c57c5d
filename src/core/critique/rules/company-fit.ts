import type { Document } from '../../text/document.js'
import { matchValue } from '../../vocab/value-match.js'
import { isContentWord, wordForm } from '../../vocab/word-forms.js'
import { companyCues, genericReferences, isSpecificWord } from '../company-cues.js'
import { matchText, phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit, type RuleContext } from '../rule.js'

const unfamiliar = phraseKind('companyLink', 'unfamiliar')
const scattershot = phraseKind('companyLink', 'scattershot', 'lemma')
/** Praise aimed at a value: "your commitment to innovation", "a culture of excellence". */
const PRAISE_LEADS = [
  'commitment to',
  'culture of',
  'known for',
  'focus on',
  'obsessed with',
  'values',
  'reputation for',
]

function formsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9']+/)
      .filter(isContentWord)
      .map(wordForm),
  )
}

function earn(rule: string, span: readonly [number, number], strength?: Hit['strength']): Hit {
  return {
    rule,
    criterion: 'company-fit',
    effect: 'earns',
    span,
    ...(strength ? { strength } : {}),
  }
}

/** Matches against a company the person gave: name, values, mission, products, duties. */
function dossierLinks(
  doc: Document,
  company: NonNullable<RuleContext['company']>,
  ctx: RuleContext,
): Hit[] {
  const hits: Hit[] = []
  const roleWords = formsOf(ctx.role?.title ?? '')
  for (const value of company.values ?? []) {
    const name = typeof value === 'string' ? value : value.name
    const description = typeof value === 'string' ? undefined : value.description
    const distinct = [...formsOf(name)].length
    const matches = matchValue(doc, name, description).filter(
      (m) => !roleWords.has(wordForm(m.matched)),
    )
    const wordsMatched = new Set(
      matches.filter((m) => m.via !== 'concept').map((m) => wordForm(m.matched)),
    )
    const enough =
      distinct <= 1
        ? matches.length > 0
        : wordsMatched.size >= 2 || matches.some((m) => m.via === 'concept')
    if (enough) for (const m of matches) hits.push(earn('company-fit', m.span, 'company-values'))
  }
  const missionForms = formsOf(`${company.mission ?? ''} ${(company.initiatives ?? []).join(' ')}`)
  for (const s of doc.sentences) {
    const shared = doc.tokens
      .slice(s.tokenStart, s.tokenEnd)
      .filter(
        (t) => t.type === 'word' && isContentWord(t.normal) && missionForms.has(wordForm(t.normal)),
      )
    const mentionsMission = doc.tokens
      .slice(s.tokenStart, s.tokenEnd)
      .some((t) => t.normal === 'mission' || t.normal === 'purpose')
    if (
      new Set(shared.map((t) => t.normal)).size >= 2 ||
      (mentionsMission && shared.length > 0) ||
      /\byour (mission|purpose)\b/i.test(doc.text.slice(s.start, s.end))
    ) {
      hits.push(earn('company-fit', [s.start, s.end], 'company-mission'))
    }
  }
  const known = formsOf(
    [
      company.mission,
      ...(company.products ?? []),
      ...(company.initiatives ?? []),
      ...(ctx.role?.duties ?? []),
      ...(ctx.role?.skills ?? []),
    ].join(' '),
  )
  for (const cue of companyCues(doc)) {
    if (cue.via === 'here' || cue.words.some((w) => known.has(wordForm(w))))
      hits.push(earn('company-fit', cue.span, 'role-link'))
  }
  return hits
}

/**
 * The company's name in the answer, as a tie only when its sentence says something
 * particular ("the accessibility work on Oakline's site"): the name beside generic
 * praise ("Lumen & Rye is really innovative") is not a tie (shared/data/README.md).
 */
function nameMentions(
  doc: Document,
  company: NonNullable<RuleContext['company']>,
): { hits: Hit[]; ties: boolean } {
  const words = (company.name ?? '')
    .split(/[\s&,.]+/)
    .filter((w) => w.length >= 4 && /^[A-Z]/.test(w))
  const hits = doc.tokens
    .filter((t) => words.includes(t.value))
    .map((t) => earn('company-fit', [t.start, t.end]))
  const ties = hits.some((h) => {
    const sentence = doc.sentences.find((s) => s.start <= h.span[0] && h.span[0] < s.end)
    return doc.tokens
      .slice(sentence?.tokenStart ?? 0, sentence?.tokenEnd ?? 0)
      .some((t) => t.pos !== 'ADJ' && !words.includes(t.value) && isSpecificWord(t))
  })
  return { hits, ties }
}

/** Praise of values the company does not name: another organisation's values. */
function foreignValues(doc: Document, company: NonNullable<RuleContext['company']>): Hit[] {
  const own = formsOf(
    (company.values ?? [])
      .map((v) => (typeof v === 'string' ? v : `${v.name} ${v.description ?? ''}`))
      .join(' '),
  )
  const hits: Hit[] = []
  const lower = doc.text.toLowerCase()
  for (const lead of PRAISE_LEADS) {
    let at = lower.indexOf(lead)
    while (at >= 0) {
      const tail = doc.text.slice(at + lead.length, at + lead.length + 40).split(/[,.;:]/)[0] ?? ''
      const words = [...formsOf(tail)]
      if (words.length > 0 && !words.some((w) => own.has(w))) {
        hits.push({
          rule: 'company-fit',
          criterion: 'company-fit',
          effect: 'costs',
          span: [at, at + lead.length + tail.length],
          weight: 0.5,
          message: `"${doc.text.slice(at, at + lead.length + tail.length).trim()}" is not among ${company.name ?? 'the company'}'s named values.`,
          suggestion: 'Use the values the company names itself, in your own words.',
        })
      }
      at = lower.indexOf(lead, at + lead.length)
    }
  }
  return hits
}

export const companyFit = defineRule({
  id: 'company-fit',
  criterion: 'company-fit',
  description:
    "Ties to this company, team or role: with a company, its name, values, mission and duties; without, specific references ('your imaging core', 'this analyst role', 'here').",
  check(doc, ctx) {
    const cues = ctx.company
      ? dossierLinks(doc, ctx.company, ctx)
      : companyCues(doc).map((cue) => earn('company-fit', cue.span, 'role-link'))
    // Without a dossier, "this role" or "your team" earns in part and is a tie (RUBRIC.md).
    const generic = ctx.company
      ? []
      : genericReferences(doc)
          .filter((span) => !cues.some((h) => h.span[0] <= span[0] && span[0] < h.span[1]))
          .map((span): Hit => ({ ...earn('company-fit', span), weight: 0.5 }))
    const links = [...cues, ...generic]
    const costs = ctx.company ? foreignValues(doc, ctx.company) : []
    const named = ctx.company ? nameMentions(doc, ctx.company) : { hits: [], ties: false }
    const admits = [...unfamiliar(doc), ...scattershot(doc, { skipNegated: true })]
    if ((links.length > 0 || named.ties) && admits.length === 0)
      return [...named.hits, ...links, ...costs]
    return [
      ...named.hits,
      ...costs,
      ...admits.map(
        (m): Hit => ({
          rule: 'company-fit',
          criterion: 'company-fit',
          effect: 'costs',
          span: m.span,
          actual: matchText(doc, m),
          message: 'This admits you could be talking about any employer.',
        }),
      ),
      {
        rule: 'company-fit',
        criterion: 'company-fit',
        effect: 'costs',
        span: [0, doc.text.length],
        flag: 'no-company-link',
        message:
          'Nothing here is specific to this company, team or role: the answer would read the same at any employer.',
        suggestion: ctx.company?.values?.length
          ? `Tie one goal to something ${ctx.company.name ?? 'they'} named: a value such as "${String(typeof ctx.company.values[0] === 'string' ? ctx.company.values[0] : ctx.company.values[0]?.name)}", the mission, or a duty of the role.`
          : 'Name something particular to them: a team, product, program or a duty from the posting, and how your goal fits it.',
      },
    ]
  },
})
