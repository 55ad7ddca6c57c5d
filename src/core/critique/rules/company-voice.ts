import { wordSet } from '../../lexicons/index.js'
import type { Document } from '../../text/document.js'
import { inRanges } from '../../text/scope.js'
import { quotes } from '../kinds/phrase.js'
import { defineRule, type Hit, type RuleContext } from '../rule.js'

const subjects = wordSet('companyVoice', 'subject')
const linkers = wordSet('companyVoice', 'linker')
const future = wordSet('companyVoice', 'future')
const companyWords = wordSet('companyVoice', 'company')
const workNouns = wordSet('companyVoice', 'work')

/** Four-word runs of a text, lower-case, to spot a company statement pasted into an answer. */
function runs(text: string): Set<string> {
  const w = text
    .toLowerCase()
    .split(/[^a-z0-9'’]+/)
    .filter(Boolean)
  const out = new Set<string>()
  for (let i = 0; i + 4 <= w.length; i++) out.add(w.slice(i, i + 4).join(' '))
  return out
}

/** The company's own statements that speak as "we": the ones an answer must not paste. */
function companyStatements(ctx: RuleContext): Set<string> {
  const texts = [
    ctx.company?.mission,
    ...(ctx.company?.initiatives ?? []),
    ...(ctx.company?.values?.map((v) => (typeof v === 'string' ? v : v.description)) ?? []),
    ...(ctx.role?.duties ?? []),
  ].filter((t): t is string => !!t && /\b(we|our|us)\b/i.test(t))
  return new Set(texts.flatMap((t) => [...runs(t)]))
}

function hit(span: [number, number], actual: string, message: string, suggestion: string): Hit {
  return {
    rule: 'company-voice',
    criterion: 'concise',
    effect: 'costs',
    span,
    actual,
    message,
    suggestion,
  }
}

export const companyVoice = defineRule({
  id: 'company-voice',
  criterion: 'concise',
  description:
    'A sentence spliced from the company’s page: its “we”/“our” in the candidate’s mouth, or a clause where a noun phrase belongs (“help with we open…”).',
  check(doc: Document, ctx) {
    const hits: Hit[] = []
    const quoted = quotes(doc)
    const pasted = companyStatements(ctx)
    const name = ctx.company?.name?.toLowerCase()
    for (const s of doc.sentences) {
      let saidI = false
      let planning = false
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = doc.tokens[i]
        if (!t || inRanges(quoted, t.start)) continue
        const next = doc.tokens[i + 1]
        if (linkers.has(t.normal) && next && i + 1 < s.tokenEnd && subjects.has(next.normal)) {
          if (!inRanges(quoted, next.start) && next.value !== 'I')
            hits.push(
              hit(
                [t.start, next.end],
                doc.text.slice(t.start, next.end),
                `"${doc.text.slice(t.start, next.end)}": a whole clause sits where a noun phrase belongs, so the sentence does not parse.`,
                'Say the thing itself ("your plan to open a depot"), or make it a sentence of its own.',
              ),
            )
        }
        if (t.normal === 'i') saidI = true
        else if (saidI && future.has(t.lemma)) planning = true
        if (!companyWords.has(t.normal) || t.pos === 'PROPN') continue
        const sentence = doc.text.slice(s.start, s.end)
        const pastes = [...runs(sentence)].some((r) => pasted.has(r))
        const named = name ? sentence.toLowerCase().includes(name) : false
        // "our" before a workplace noun, within three words ("our PostgreSQL services").
        const ofWork = [1, 2, 3].some((k) => workNouns.has(doc.tokens[i + k]?.normal ?? ''))
        const planned = planning && t.normal === 'our' && ofWork
        if ((saidI && (named || planned) && t.normal !== 'we') || pastes)
          hits.push(
            hit(
              [t.start, t.end],
              t.value,
              `"${t.value}" speaks as the company: you do not work there yet.`,
              `Say "your" and "you" for the company ("the reliability of your services").`,
            ),
          )
      }
    }
    return hits
  },
})
