import type { Dossier } from '../contracts/dossier.js'
import { entriesOf } from '../lexicons/index.js'
import { cleanPhrase } from '../vocab/phrasing.js'

/** A goal that points at another field than the company works in. */
export interface FitGap {
  /** The goal as the person wrote it. */
  goal: string
  /** The field the goal names: "healthcare". */
  goalField: string
  /** The fields the company's pages name: ["bookkeeping and accounting"]. */
  companyFields: string[]
  /** The part of the goal that holds here ("lead analytics"), or null when nothing does. */
  bridge: string | null
  /** What to tell the person, in one paragraph. */
  message: string
}

/** The fields a text names, each with the first cue that named it. */
export function fieldsIn(text: string): Map<string, string> {
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9-]+/g, ' ')} `
  const out = new Map<string, string>()
  for (const e of entriesOf('fields')) {
    if (e.kind && !out.has(e.kind) && lower.includes(` ${e.phrase} `)) out.set(e.kind, e.phrase)
  }
  return out
}

function companyText(d: Dossier): string {
  return [
    d.name,
    d.mission?.text,
    d.vision?.text,
    ...d.values.map((v) => `${v.name} ${v.description ?? ''}`),
    ...d.initiatives.map((i) => i.text),
    ...d.products.map((p) => p.name),
    d.job?.title,
    d.job?.team,
    ...(d.job?.responsibilities.map((r) => r.text) ?? []),
  ]
    .filter(Boolean)
    .join('\n')
}

/**
 * The goal without the phrase that names its field: "Lead analytics for a
 * healthcare team that improves patient outcomes" → "Lead analytics". Null
 * when too little is left to stand as a goal.
 */
function withoutField(goal: string, cue: string): string | null {
  const t = cleanPhrase(goal)
  const at = t.toLowerCase().indexOf(cue)
  if (at < 0) return null
  const before = t.slice(0, at)
  const prep = /\s(?:for|in|at|within|across|with|inside)\s+(?:an?\s+|the\s+)?[\w-]*\s*$/i.exec(
    before,
  )
  const head = (prep ? before.slice(0, prep.index) : '').replace(/[\s,]+$/, '')
  return head.split(/\s+/).length >= 2 ? head : null
}

/**
 * Does the long-term goal point at another field than the company works in?
 * Only fields both sides name count (lexicons/fields.json): a company whose
 * pages name no field, or a goal that names none, is never called a gap.
 * The bridge is the part of the goal that holds at this company, so the
 * draft can say that part honestly while the person decides about the rest.
 */
export function fitGap(goal: string | null, dossier: Dossier | null): FitGap | null {
  if (!goal || !dossier) return null
  const theirs = fieldsIn(companyText(dossier))
  const mine = fieldsIn(goal)
  if (theirs.size === 0 || mine.size === 0) return null
  for (const [field, cue] of mine) {
    if (theirs.has(field)) return null
    const companyFields = [...theirs.keys()]
    const bridge = withoutField(goal, cue)
    const company = dossier.name ?? dossier.job?.company ?? 'this company'
    const message =
      `Your long-term goal names ${field}; ${company}'s pages speak of ${companyFields.join(' and ')}. ` +
      (bridge
        ? `The drafts say the part of the goal that holds here ("${bridge}") and leave ${field} out. `
        : 'The drafts lead with your first-year goal and leave the long-term goal out. ') +
      `Decide before the interview: say how this role moves you toward ${field}, or aim these drafts at an employer in ${field}.`
    return { goal, goalField: field, companyFields, bridge, message }
  }
  return null
}
