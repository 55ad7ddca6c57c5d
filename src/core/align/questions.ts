import type { Dossier } from '../contracts/dossier.js'
import type { Goal } from '../contracts/profile.js'
import { goalSignals } from '../lexicons/goal-signals.js'
import { cleanPhrase } from '../vocab/phrasing.js'
import { findSkills } from '../vocab/skill-terms.js'
import { findCues } from '../vocab/text-cues.js'
import { companyPhrase, hasCompanyVoice, missionPhrase, spokenTitle } from '../vocab/voice.js'

/** A question to ask the interviewer, with what it came from. */
export interface QuestionToAsk {
  text: string
  from: 'initiative' | 'mission' | 'goal' | 'role'
  /** The initiative, mission or goal text that prompted it. */
  basis: string
}

/**
 * A question about the mission in the candidate's voice: "your mission to help…",
 * or the mission said back as a clause. A mission that speaks as the company
 * ("Our mission is…") is not quoted: its "our" is not the candidate's.
 */
function missionQuestion(text: string): string {
  const m = missionPhrase(text)
  if (m?.kind === 'verb')
    return `How does the team measure its progress toward your mission to ${m.text}?`
  if (m?.kind === 'clause') {
    const said = m.text.charAt(0).toUpperCase() + m.text.slice(1)
    return `${said}: how does the team measure its progress on that?`
  }
  const t = cleanPhrase(text)
  return hasCompanyVoice(t) || t.split(/\s+/).length > 20
    ? 'How does the team measure its progress toward the mission?'
    : `How does the team measure its progress toward the mission ("${t}")?`
}

/**
 * Questions to ask at the end of the interview: about the company's future (its
 * initiatives and mission) and about the person's own goals ("what does the path
 * to team lead look like here?" for a leadership goal). Only named things from
 * the inputs are quoted; at most `max` questions, initiatives and goals mixed.
 */
export function questionsToAsk(
  goals: readonly Goal[],
  dossier: Dossier | null,
  max = 6,
): QuestionToAsk[] {
  const fromCompany: QuestionToAsk[] = []
  const title = dossier?.job?.title ? spokenTitle(dossier.job.title) : null
  const team = title ? `the ${title} role` : 'this role'
  // Each plan is said in the candidate's voice ("your plan to open…"), or not asked about:
  // a company sentence pasted after "the plan to" does not parse ("the plan to in 2026 we…").
  for (const i of (dossier?.initiatives ?? []).slice(0, 3)) {
    const plan = companyPhrase(i.text)
    if (!plan) continue
    fromCompany.push({
      text:
        i.horizon === 'long'
          ? `Where does ${team} fit in ${plan.noun}?`
          : `How will ${team} be involved in ${plan.noun}, and what would success look like in the first year?`,
      from: 'initiative',
      basis: i.text,
    })
  }
  const mission = dossier?.mission ? missionQuestion(dossier.mission.text) : null
  if (mission && dossier?.mission) {
    fromCompany.push({ text: mission, from: 'mission', basis: dossier.mission.text })
  }

  const fromGoals: QuestionToAsk[] = []
  const signals = goalSignals()
  const seen = new Set<string>()
  for (const g of goals) {
    const leadership = findCues(g.text, signals.leadership)
    const skills = findSkills(g.text)
    let q: string | null = null
    if (leadership.length > 0) {
      const role =
        /\b(team lead|tech lead|design lead|manager|director|head of [a-z]+|lead)\b/i.exec(
          g.text,
        )?.[0] ?? 'a lead role'
      const named = role.toLowerCase() === 'lead' ? 'a lead role' : role.toLowerCase()
      q = `What does the path to ${named} look like here, and how have others on the team made that step?`
    } else if (skills.length > 0 || g.type === 'skill') {
      const s = skills[0]?.skill.name
      q = s
        ? `How does the team support learning, for example in ${s}? Is there time or budget for courses and certifications?`
        : 'How does the team support learning: time, budget for courses, mentoring?'
    } else if (g.type === 'industry') {
      q = 'Which parts of the industry is the company most excited about over the next few years?'
    } else if (g.type === 'lifestyle') {
      q = 'How does the team organise its working hours and remote or on-site days?'
    } else if (g.type === 'position') {
      q = `How do people grow from ${team} into more senior positions here?`
    }
    if (q && !seen.has(q)) {
      seen.add(q)
      fromGoals.push({ text: q, from: 'goal', basis: g.text })
    }
  }
  const out: QuestionToAsk[] = []
  for (let i = 0; out.length < max && (i < fromCompany.length || i < fromGoals.length); i++) {
    const c = fromCompany[i]
    const g = fromGoals[i]
    if (c) out.push(c)
    if (g && out.length < max) out.push(g)
  }
  return out
}
