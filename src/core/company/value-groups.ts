import type { CompanyValue } from '../contracts/dossier.js'
import { valueEvidence } from '../lexicons/value-evidence.js'
import type { Block, Page } from './page.js'
import { sourceOf } from './sections.js'
import { normalise, wordCount } from './sentences.js'
import { compile, headingMatch, isWeakHeading, type Matcher, signals } from './signals.js'
import {
  definitionLists,
  type Group,
  headingRuns,
  leadParagraphs,
  lists,
  type Member,
  numberedRuns,
  statementCards,
  statementRuns,
} from './value-candidates.js'

/**
 * Values found by evidence rather than by layout: every group on the page
 * that could be a list of named things (a run of same-level headings, a list,
 * numbered items each followed by text, paragraphs that open with a name, a
 * definition list) is a candidate; each is scored by what generalises (the
 * heading and sentence before it, the page's title and address, how many
 * members it has and how their names read, words that say it is something
 * else) and the best one above the bar is kept, its reasons in `via`.
 */

let compiled:
  | { cues: readonly Matcher[]; distractors: readonly Matcher[]; notNames: ReadonlySet<string> }
  | undefined

function lexicon() {
  if (compiled) return compiled
  const l = valueEvidence()
  compiled = {
    cues: l.cues.map((c) => compile('cue', c)),
    distractors: l.distractors.map((d) => compile('distractor', d)),
    notNames: new Set(l.notValueNames.map(normalise)),
  }
  return compiled
}

/** The lowest score a group needs to be taken as the page's values. */
const MIN_SCORE = 5
/** A group this long is a page's worth of text, never its values (and scoring it costs). */
const MAX_MEMBERS = 40
/** How much less a group needs when it holds the best group in its cards. */
const OUTER_SLACK = 1.5

/** Drop names that are sub-headings of the cards ("In practice" under each value) or empty. */
function cleanMembers(members: Member[]): Member[] {
  const keys = members.map((m) => normalise(m.name))
  const counts = new Map<string, number>()
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
  const { notNames } = lexicon()
  return members.filter((_, i) => {
    const n = keys[i] ?? ''
    return n !== '' && counts.get(n) === 1 && !notNames.has(n)
  })
}

interface Scored {
  group: Group
  members: Member[]
  score: number
  reasons: string[]
}

const has = (matchers: readonly Matcher[], text: string) => matchers.find((m) => m.find(text) >= 0)

function owner(page: Page, group: Group): Block | undefined {
  for (let i = group.first - 1; i >= 0; i--) {
    const b = page.blocks[i] as Block
    if (b.kind === 'break') return undefined
    if (b.kind === 'heading' && (group.level === 0 || b.level < group.level)) return b
  }
  return undefined
}

/** The text right before a group: up to two blocks, not past a heading. */
function lead(page: Page, group: Group): string {
  const parts: string[] = []
  for (let i = group.first - 1; i >= 0 && parts.length < 2; i--) {
    const b = page.blocks[i] as Block
    if (b.kind === 'break') break
    parts.unshift(b.text.slice(-300))
    if (b.kind === 'heading') break
  }
  return parts.join(' ')
}

function pageCue(page: Page, url: string | undefined): string | undefined {
  let path = ''
  try {
    if (url) path = new URL(url).pathname.replace(/[-_/.]+/g, ' ')
  } catch {
    path = ''
  }
  const firstHeading = page.blocks.find((b) => b.kind === 'heading')?.text ?? ''
  const firstText = page.blocks.find((b) => b.kind !== 'break')?.text.slice(0, 200) ?? ''
  return has(lexicon().cues, [page.meta.title ?? '', path, firstHeading, firstText].join(' | '))
    ?.pattern
}

/** A member that titles the run rather than belonging to it: "Our values", "Declaration of our values". */
const isTitle = (name: string) =>
  (['values', 'mission', 'vision'] as const).some((f) => headingMatch(f, name) !== undefined) ||
  has(lexicon().cues, name) !== undefined

function score(page: Page, group: Group, cueOfPage: string | undefined): Scored {
  let members = cleanMembers(group.members)
  // pasted text makes every short line a heading: the run's own titles open it
  let title: string | undefined
  while (group.kind === 'heading-run' && members.length > 2 && isTitle(members[0]?.name ?? '')) {
    title = members[0]?.name
    members = members.slice(1)
  }
  const reasons: string[] = [group.kind]
  let s = 0
  const head = owner(page, group)
  const pattern =
    (head ? headingMatch('values', head.text) : undefined) ??
    (title ? headingMatch('values', title) : undefined)
  if (pattern) {
    const weak = isWeakHeading('values', pattern)
    s += weak ? 2 : 4
    reasons.push(`heading="${pattern}"`)
  }
  const before = `${lead(page, group)} ${title ?? ''}`
  const cue = has(lexicon().cues, before)
  if (cue && !pattern) {
    s += 3
    reasons.push(`context="${cue.pattern}"`)
  }
  if (cueOfPage) {
    s += 2
    reasons.push(`page="${cueOfPage}"`)
  }
  // a distractor names what a group is when it labels it (a heading, a short line), not in passing
  const label = page.blocks[group.first - 1]
  const shortLabel =
    label && label.kind !== 'heading' && wordCount(label.text) <= 10 ? label.text : ''
  const distractor = has(lexicon().distractors, `${head?.text ?? ''} ${shortLabel}`)
  if (distractor) {
    s -= 6
    reasons.push(`distractor="${distractor.pattern}"`)
  }
  // members named "Our mission", "Careers", "Team": the page's own sections, not a list of values
  const sectionNames = members.filter(
    (m) =>
      (wordCount(m.name) <= 3 &&
        (['mission', 'vision', 'values', 'products', 'initiatives'] as const).some(
          (f) => headingMatch(f, m.name) !== undefined,
        )) ||
      signals().sectionStops.has(normalise(m.name)),
  ).length
  if (sectionNames > 0) {
    s -= 6
    reasons.push('sections')
  }
  const n = members.length
  if (n >= 3 && n <= 12) s += 2
  else if (n > 20) s -= 4
  else if (n < 2) s -= 10
  reasons.push(`n=${n}`)
  const share = (f: (m: Member) => boolean) => (n === 0 ? 0 : members.filter(f).length / n)
  if (share((m) => wordCount(m.name) <= 6) >= 0.8) s += 1.5
  if (share((m) => wordCount(m.name) > 12) >= 0.5) s -= 2
  if (share((m) => /^\p{Ll}/u.test(m.name)) >= 0.5) s -= 3
  if (share((m) => m.description !== undefined) >= 0.6) s += 1
  return { group, members, score: s, reasons }
}

/** True when `inner` sits inside the blocks of `outer` after its first member: a card's own sub-list. */
function nestedIn(inner: Group, outer: Scored): boolean {
  return (
    inner !== outer.group &&
    (outer.group.kind === 'heading-run' || outer.group.kind === 'list') &&
    inner.first > outer.group.first &&
    inner.last <= outer.group.last
  )
}

/**
 * The page's values by evidence, or [] when no group clears the bar.
 * `url` is the page's address, whose path often says what the page is.
 */
export function valuesByEvidence(page: Page, url?: string): CompanyValue[] {
  const candidates = [
    ...headingRuns(page),
    ...lists(page),
    ...numberedRuns(page),
    ...leadParagraphs(page),
    ...statementCards(page),
    ...statementRuns(page),
    ...definitionLists(page),
  ].filter((g) => g.members.length <= MAX_MEMBERS && page.blocks[g.first]?.origin === 'body')
  const cueOfPage = pageCue(page, url)
  const all = candidates
    .map((g) => score(page, g, cueOfPage))
    .filter((s) => s.members.length >= 2)
    .sort((a, b) => b.score - a.score || a.group.first - b.group.first)
  const top = all.find((s) => s.score >= MIN_SCORE)
  if (!top) return []
  // a group inside another's cards elaborates one card: the outer group names the values,
  // and holding an accepted group is evidence for it, so it needs a little less
  const outer = all.find((o) => o.score >= MIN_SCORE - OUTER_SLACK && nestedIn(top.group, o))
  const best = outer ?? top
  const via = `evidence:${best.reasons.join(' ')} score=${best.score}`
  return best.members.map((m) => {
    const source = sourceOf(page, m.start, m.end, via)
    return m.description === undefined
      ? { name: m.name, source }
      : { name: m.name, description: m.description, source }
  })
}
