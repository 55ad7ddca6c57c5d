import { composePhrases } from '../lexicons/compose-phrases.js'
import { readDocument } from '../text/document.js'
import { cleanPhrase } from '../vocab/phrasing.js'
import { findSkills } from '../vocab/skill-terms.js'
import { isNegativeReason, isPrivateWish } from './draft.js'

export interface LeftOut {
  text: string
  why: 'off-role' | 'salary-title' | 'negative'
  explanation: string
}

export interface HonestVersion {
  /** The interview version: the person's own sentences that are true and relevant to the role. */
  interview: string
  leftOut: LeftOut[]
  /** Set when nothing could be kept: what to write instead. */
  placeholder?: string
}

const MONEY = /\b(money|salary|paid|pay|rich|wealthy|bonus|title|perks|raise)\b/i

/**
 * The honest version of a private wish. Each sentence the person wrote is kept
 * when it is true and relevant to the role, and left out with the reason when it
 * points away from the role (own studio, leaving), puts money or a title first,
 * or complains. What is kept is the person's own words, never rewritten into a
 * claim they did not make. When a left-out sentence names skills, the interview
 * version keeps them as the part the role can serve.
 *
 * @example
 * honestVersion('I want to get great at brand design. One day I want my own studio.', 'Brand Designer')
 * // interview: 'I want to get great at brand design.', leftOut: [{ why: 'off-role', … }]
 */
export function honestVersion(privateText: string, roleTitle?: string): HonestVersion {
  const doc = readDocument(privateText)
  const kept: string[] = []
  const leftOut: LeftOut[] = []
  const role = roleTitle ? `the ${roleTitle} role` : 'the role'
  for (const s of doc.sentences) {
    const text = privateText.slice(s.start, s.end).trim()
    if (!text) continue
    if (
      isPrivateWish(text) ||
      composePhrases().privateWishes.some((w) => text.toLowerCase().includes(w))
    ) {
      leftOut.push({
        text,
        why: 'off-role',
        explanation: `It points beyond ${role} (a plan of your own, or leaving); an interviewer hears that you will go. It stays true to leave it unsaid.`,
      })
      const skills = findSkills(text).map((m) => m.skill.name)
      if (skills.length > 0) kept.push(`I want to keep building my ${skills.join(' and ')} skills.`)
    } else if (MONEY.test(text)) {
      leftOut.push({
        text,
        why: 'salary-title',
        explanation:
          'Money or a title as the reason reads as the main motive; talk about the work and what you will learn instead.',
      })
    } else if (isNegativeReason(text)) {
      leftOut.push({
        text,
        why: 'negative',
        explanation:
          'It tells the story as a push away from something; say what draws you instead.',
      })
    } else {
      kept.push(/[.!?]$/.test(text) ? text : `${cleanPhrase(text)}.`)
    }
  }
  const out: HonestVersion = { interview: kept.join(' '), leftOut }
  if (kept.length === 0) {
    out.placeholder = `[the part of this goal you can pursue in ${role}]`
    out.interview = out.placeholder
  }
  return out
}
