import type { QuestionKind } from '../contracts/report.js'
import { composePhrases } from '../lexicons/compose-phrases.js'
import { cleanPhrase, fill, joinList, lowerFirst, pick, predicate } from '../vocab/phrasing.js'
import { agree } from './agreement.js'
import type { Facts } from './choose-facts.js'
import { isNegativeReason } from './choose-facts.js'
import { helpResp } from './duty.js'

/**
 * Writing sentences from chosen facts: each question leads with its own thing
 * (career goals: the aspiration, then the values, then the contribution; five
 * years: the path; why here: what draws the person; career change: the reason,
 * the skills that carry over, the preparation). Every sentence is a template
 * with whole phrases in its holes, so nothing is spliced mid-clause.
 */

/** One planned sentence. `need` 0 is the spine; higher numbers are dropped first to fit the clock. */
export interface PlannedSentence {
  slot: string
  text: string
  need: number
  /** A slot this sentence leans on ("Before that, I…"): it is said only after that one. */
  after?: string
}

/** A marked gap in a draft where an input is missing. */
export interface Placeholder {
  slot: string
  /** As it appears in the draft, e.g. "[your first-year goal]". */
  text: string
  /** What to add to the profile, goals or dossier to fill it. */
  hint: string
}

export const PLACEHOLDERS = {
  long: {
    slot: 'long',
    text: '[your long-term goal]',
    hint: 'Add a long-term goal (horizon long) or an aspiration to the profile.',
  },
  short: {
    slot: 'short',
    text: '[your first-year goal]',
    hint: 'Add a short-term goal (horizon short) or a skill you want to build.',
  },
  company: {
    slot: 'company',
    text: '[company name]',
    hint: 'The dossier has no company name: give the company page or set "name".',
  },
  tie: {
    slot: 'tie',
    text: '[what draws you to the company]',
    hint: 'A value, the mission or the role: the dossier has none, so add the company page or the job description.',
  },
  resp: {
    slot: 'resp',
    text: '[a duty of the role]',
    hint: 'Add the job description so the draft can name a duty of the role you will contribute to.',
  },
  reason: {
    slot: 'reason',
    text: '[what draws you to the new field]',
    hint: 'Add careerChange.reason, told as what draws you to the new field.',
  },
  transferable: {
    slot: 'transferable',
    text: '[skills from your old field]',
    hint: 'Add careerChange.transferableSkills.',
  },
} as const satisfies Record<string, Placeholder>

/** The possessive of a name: "Ledgerly's", "Wayfarer Robotics'". */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`
}

type Say = (slot: string, values: Record<string, string>, variant?: string) => string

/** "To prepare, I completed X and built Y", with noun-phrase items said apart. */
function preparation(items: readonly string[], say: Say): string | null {
  const preds = items.map((p) => predicate(p))
  const done = preds.filter((p) => p.kind !== 'noun').map((p) => p.text)
  const nouns = preds.filter((p) => p.kind === 'noun').map((p) => p.text)
  if (done.length > 0 && nouns.length > 0)
    return say('prep', { prep: joinList(done), items: joinList(nouns) }, 'prepMixed')
  if (done.length > 0) return say('prep', { prep: joinList(done) })
  if (nouns.length > 0) return say('prep', { prep: joinList(nouns) }, 'prepNoun')
  return null
}

/**
 * The sentences a draft may hold for one question, in speaking order, each
 * with how much the answer needs it. The length step keeps the spine and
 * as many of the rest as the clock allows.
 */
export function planSentences(
  f: Facts,
  question: QuestionKind,
  seed: string,
  brief = false,
): PlannedSentence[] {
  const slots = composePhrases().slots
  const company = f.company ?? PLACEHOLDERS.company.text
  const say: Say = (slot, values, variant = slot) => {
    const text = fill(pick(slots[variant] ?? [''], seed, `${question}:${slot}`), values).replaceAll(
      `${company}'s`,
      () => possessive(company),
    )
    // The person's own phrase is the subject of "{mine} matters to me": the verb agrees with it.
    return values.mine ? agree(text, values.mine) : text
  }
  const out: PlannedSentence[] = []
  const add = (slot: string, text: string | null, need: number, after?: string) => {
    if (text) out.push(after ? { slot, text, need, after } : { slot, text, need })
  }

  const long = f.long?.text ?? (f.gap ? null : PLACEHOLDERS.long.text)
  const short = f.short?.text ?? PLACEHOLDERS.short.text
  const shortTimed = f.short?.timed ?? false
  const headline = long ? say('headline', { long }) : null
  const shortSentence = say('short', { short }, shortTimed ? 'shortTimed' : 'short')

  const valueTie = f.valueTie
    ? say('tie', { company, value: f.valueTie.value, mine: f.valueTie.mine }, 'valueTie')
    : null
  const mission = f.mission
    ? say(
        'mission',
        { company, mission: f.mission.text },
        f.mission.kind === 'verb' ? 'mission' : 'missionClause',
      )
    : null
  const valueOnly = f.value ? say('tie', { company, value: f.value }, 'valueOnly') : null
  const roleTie = f.title ? say('role', { company, title: f.title }, 'roleTie') : null
  const tie = valueTie ?? mission ?? valueOnly ?? roleTie ?? `${PLACEHOLDERS.tie.text}.`

  // The close says "help {resp}": a duty that opens with "help" does not say it twice.
  const resp = f.duty ? helpResp(f.duty) : null
  const close = resp
    ? f.closeSkill
      ? say('close', { company, resp, skill: f.closeSkill })
      : say('close', { company, resp }, 'closeNoSkill')
    : say('close', { company, resp: f.contribution ?? PLACEHOLDERS.resp.text }, 'closeNoun')
  const highlight = f.achievement
    ? say('highlight', { within: f.achievement.within, highlight: f.achievement.text })
    : null
  const skills =
    f.skills.skills.length > 0
      ? say(
          'skills',
          { skills: joinList(f.skills.skills) },
          f.skills.matched ? 'skills' : 'skillsOwn',
        )
      : null
  const passion = f.passion ? say('passion', { passion: f.passion }) : null
  const learning = f.want ? say('learning', { want: f.want }) : null
  const milestone = f.milestone ? say('milestone', { milestone: f.milestone }) : null
  // When the close already names the initiative, it is not said twice.
  const initiative =
    f.initiative && f.initiative !== (f.duty ? null : f.contribution)
      ? say('initiative', { initiative: f.initiative })
      : null
  const initiative2 = f.initiative2
    ? say('initiative2', { initiative: f.initiative2 }, 'initiativeAgain')
    : null
  const highlight2 = f.achievement2
    ? say('highlight2', { highlight: f.achievement2.text }, 'highlightAgain')
    : null
  const highlight3 = f.achievement3
    ? say('highlight3', { highlight: f.achievement3.text }, 'highlightThird')
    : null
  const milestone2 = f.milestone2
    ? say('milestone2', { milestone: f.milestone2 }, 'milestoneAgain')
    : null
  const ownValue = f.ownValue ? say('ownValue', { mine: f.ownValue }) : null
  const askBack = f.askBack ? say('askBack', { ask: f.askBack }) : null
  // When the close itself names the plan (no duty to name), the question about it follows the close.
  const askAfterClose =
    !f.duty && f.initiative && f.contribution === f.initiative
      ? say('askBack', { role: f.title ? `the ${f.title} role` : 'this role' }, 'askBackClose')
      : null
  // A career changer's old field is part of every answer, not only the career-change one.
  const carried =
    f.careerChange && f.careerChange.transferableSkills.length > 0
      ? say('transferable', {
          from: lowerFirst(f.careerChange.from),
          to: lowerFirst(f.careerChange.to),
          transferable: joinList(
            f.careerChange.transferableSkills.slice(0, 2).map((s) => lowerFirst(s)),
          ),
        })
      : null
  const connect = (variant: string) => say('connect', {}, variant)
  // Readiness is claimed only for a duty naming a skill the person has; any other is one to learn.
  const duty2 = f.duty2
    ? say('secondDuty', { duty: f.duty2 }, f.duty2Claimed ? 'secondDuty' : 'secondDutyLearn')
    : null
  const duty3 = f.duty3 ? say('duty3', { duty: f.duty3 }, 'thirdDutyLearn') : null
  const requirement = f.requirement ? say('requirement', { requirement: f.requirement }) : null
  const value2 =
    f.moreValues.length > 0
      ? say(
          'value2',
          { value: joinList(f.moreValues) },
          f.moreValues.length > 1 ? 'valuesAgain' : 'valueAgain',
        )
      : null
  const secondTie = valueTie ? mission : valueTie === null && mission ? valueOnly : null
  const changerPrep = f.careerChange
    ? preparation(f.careerChange.preparation.slice(0, 1), say)
    : null

  if (question === 'career-change' && f.careerChange) {
    const cc = f.careerChange
    const reason =
      cc.reason && !isNegativeReason(cc.reason)
        ? lowerFirst(cleanPhrase(cc.reason))
        : PLACEHOLDERS.reason.text
    const from = lowerFirst(cc.from)
    const to = lowerFirst(cc.to)
    add('switch', say('switch', { from, to, reason }), 0)
    add(
      'transferable',
      say('transferable', {
        from,
        to,
        transferable:
          cc.transferableSkills.length > 0
            ? joinList(cc.transferableSkills.slice(0, brief ? 1 : 2).map((s) => lowerFirst(s)))
            : PLACEHOLDERS.transferable.text,
      }),
      0,
    )
    add('prep', preparation(cc.preparation.slice(0, brief ? 1 : 2), say), 1)
    add('headline', headline, 2)
    add('short', shortSentence, 3)
    add('highlight', highlight, 4)
    add('tie', tie, 3)
    add('ownValue', ownValue, 7)
    add('highlight2', highlight2, 6, 'highlight')
    add('passion', passion, 5)
    add('highlight3', highlight3, 8, 'highlight2')
    add('initiative', initiative, 6)
    add('askBack', askBack, 7, 'initiative')
    add('connect', connect('connectCareerChange'), 7)
    add('requirement', requirement, 8)
    add('value2', value2, 9)
    add('initiative2', initiative2, 9)
    // Half a minute holds the reason, one skill and the contribution: the short close fits it.
    const briefClose = resp
      ? say('close', { company, resp }, 'closeBrief')
      : say('close', { company, resp: f.contribution ?? PLACEHOLDERS.resp.text }, 'closeNounBrief')
    add('close', brief ? briefClose : close, 0)
    add('askAfterClose', askAfterClose, 9, 'close')
    return out
  }

  if (question === 'five-years') {
    const pathStart = say('pathStart', { short }, shortTimed ? 'pathStartTimed' : 'pathStart')
    add('pathStart', pathStart, 0)
    add('milestone', f.milestone ? say('pathNext', { milestone: f.milestone }) : null, 3)
    add(
      'milestone2',
      f.milestone2 ? say('milestone2', { milestone: f.milestone2 }, 'pathNextAgain') : null,
      5,
      'milestone',
    )
    add(
      'pathEnd',
      long ? say('pathEnd', { long }, f.long?.timed ? 'pathEndTimed' : 'pathEnd') : null,
      0,
    )
    add('connect', connect('connectFiveYears'), 6)
    add('highlight', highlight, 2)
    add('highlight2', highlight2, 5, 'highlight')
    add('highlight3', highlight3, 7, 'highlight2')
    add('carried', carried, 4)
    add('skills', skills, 3)
    add('requirement', requirement, 7)
    add('changerPrep', changerPrep, 4)
    add('tie', tie, 1)
    add('secondTie', secondTie, 5)
    add('ownValue', ownValue, 6)
    add('value2', value2, 8)
    add('initiative', initiative, 5)
    add('askBack', askBack, 6, 'initiative')
    add('initiative2', initiative2, 7)
    add('learning', learning, 4)
    add('passion', passion, 5)
    add('duty2', duty2, 5)
    add('duty3', duty3, 8)
    add('close', close, 0)
    add('askAfterClose', askAfterClose, 9, 'close')
    return out
  }

  if (question === 'why-here') {
    const draw = f.valueTie
      ? say('draw', { company, value: f.valueTie.value, mine: f.valueTie.mine }, 'drawValue')
      : f.mission
        ? say(
            'draw',
            { company, mission: f.mission.text },
            f.mission.kind === 'verb' ? 'drawMission' : 'drawMissionClause',
          )
        : f.value
          ? say('draw', { company, value: f.value }, 'drawValueOnly')
          : f.title
            ? say('draw', { company, title: f.title }, 'drawRole')
            : `${PLACEHOLDERS.tie.text}.`
    add('draw', draw, 0)
    add('secondTie', f.valueTie ? mission : null, 2)
    add('ownValue', ownValue, 6)
    add('value2', value2, 7)
    add(
      'role',
      f.title && !draw.includes(f.title)
        ? say('role', { company, title: f.title }, 'roleWhyHere')
        : null,
      4,
    )
    add('fitsGoal', long ? say('fitsGoal', { long }) : null, 1)
    add('fitsShort', say('fitsShort', { short }, shortTimed ? 'fitsShortTimed' : 'fitsShort'), 1)
    add('connect', connect('connectWhyHere'), 6)
    add('initiative', initiative, 2)
    add('askBack', askBack, 5, 'initiative')
    add('initiative2', initiative2, 5)
    add('highlight', highlight, 3)
    add('highlight2', highlight2, 6, 'highlight')
    add('highlight3', highlight3, 7, 'highlight2')
    add('carried', carried, 4)
    add('skills', skills, 3)
    add('requirement', requirement, 8)
    add('passion', passion, 5)
    add('learning', learning, 5)
    add('milestone', milestone, 6)
    add('milestone2', milestone2, 7, 'milestone')
    add('changerPrep', changerPrep, 4)
    add('duty2', duty2, 5)
    add('duty3', duty3, 9)
    add('close', close, 0)
    add('askAfterClose', askAfterClose, 9, 'close')
    return out
  }

  // career-goals: aspiration → alignment with values → contribution.
  add('headline', headline ?? null, 0)
  add('short', shortSentence, 0)
  add('connect', connect('connectCareerGoals'), 7)
  add('milestone', milestone, 5)
  add('milestone2', milestone2, 7, 'milestone')
  add('changerPrep', changerPrep, 3)
  add('carried', carried, 4)
  add('highlight', highlight, 2)
  add('highlight2', highlight2, 6, 'highlight')
  add('highlight3', highlight3, 7, 'highlight2')
  add('skills', skills, 3)
  add('requirement', requirement, 7)
  add('tie', tie, 1)
  add('secondTie', secondTie, 4)
  add('ownValue', ownValue, 6)
  add('value2', value2, 8)
  add('role', tie !== roleTie ? roleTie : null, 6)
  add('passion', passion, 2)
  add('learning', learning, 4)
  add('initiative', initiative, 3)
  add('askBack', askBack, 6, 'initiative')
  add('initiative2', initiative2, 6)
  add('duty2', duty2, 5)
  add('duty3', duty3, 9)
  add('close', close, 0)
  add('askAfterClose', askAfterClose, 9, 'close')
  return out
}
