import { z } from 'zod'
import type { CompanyValue } from '../contracts/dossier.js'
import evidence from '../lexicons/value-evidence.json' with { type: 'json' }
import type { Block, Page } from './page.js'
import { sourceOf } from './sections.js'
import { clean, normalise, sentencesOf, wordCount } from './sentences.js'
import { compile, headingMatch, isWeakHeading, type Matcher, signals } from './signals.js'

/**
 * Values found by evidence rather than by layout: every group on the page
 * that could be a list of named things (a run of same-level headings, a list,
 * numbered items each followed by text, paragraphs that open with a name, a
 * definition list) is a candidate; each is scored by what generalises (the
 * heading and sentence before it, the page's title and address, how many
 * members it has and how their names read, words that say it is something
 * else) and the best one above the bar is kept, its reasons in `via`.
 */

const lexiconSchema = z.object({
  note: z.string().min(1),
  source: z.string().min(1),
  cues: z.array(z.string().min(1)),
  distractors: z.array(z.string().min(1)),
  notValueNames: z.array(z.string().min(1)),
})

let compiled:
  | { cues: readonly Matcher[]; distractors: readonly Matcher[]; notNames: ReadonlySet<string> }
  | undefined

function lexicon() {
  if (compiled) return compiled
  const l = lexiconSchema.parse(evidence)
  compiled = {
    cues: l.cues.map((c) => compile('cue', c)),
    distractors: l.distractors.map((d) => compile('distractor', d)),
    notNames: new Set(l.notValueNames.map(normalise)),
  }
  return compiled
}

interface Member {
  name: string
  description?: string
  start: number
  end: number
}

interface Group {
  kind: 'heading-run' | 'list' | 'lead-paragraphs' | 'dl'
  members: Member[]
  /** Index of the first and last block of the group in page.blocks. */
  first: number
  last: number
  /** Heading level of a heading run; 0 otherwise. */
  level: number
}

/** The lowest score a group needs to be taken as the page's values. */
const MIN_SCORE = 5
/** A group this long is a page's worth of text, never its values (and scoring it costs). */
const MAX_MEMBERS = 40
/** How much less a group needs when it holds the best group in its cards. */
const OUTER_SLACK = 1.5

const isBody = (b: Block) => b.kind === 'para' || b.kind === 'item' || b.kind === 'def'

function tidy(raw: string): string {
  return clean(raw)
    .replace(/^(?:[\p{Extended_Pictographic}\p{S}\s]|\uFE0F|\u200D)+/u, '')
    .replace(/^(?:principle\s*)?#?\d{1,2}[.):]?\s+/i, '')
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(/^["“'‘{]+|["”'’}]+$/g, '')
    .replace(/[\s:.;,—–-]+$/, '')
    .trim()
}

const SEPARATOR = /^(.{2,60}?)(?:\s*(?::|\s[—–-]\s|—|–)\s*|\s{2,})(\S.*)$/s

/** The name a body block gives itself: a bold lead-in, "Name: text", "Name  text", or a short first sentence. */
function nameOf(b: Block): Member | undefined {
  const text = b.text
  if (b.lead) {
    const name = tidy(b.lead)
    if (name && wordCount(name) <= 10) {
      const rest = tidy(text.slice(text.indexOf(b.lead) + b.lead.length).replace(/^(\*\*|__)/, ''))
      return rest
        ? { name, description: rest, start: b.start, end: b.end }
        : { name, start: b.start, end: b.end }
    }
  }
  const m = SEPARATOR.exec(text)
  if (m?.[1] && m[2] && wordCount(m[1]) <= 7 && /^[\p{Lu}\d"“#]/u.test(m[1].trim()))
    return { name: tidy(m[1]), description: clean(m[2]), start: b.start, end: b.end }
  const sentences = sentencesOf(text, b.start)
  const first = sentences[0]
  if (first && sentences.length >= 2 && wordCount(first.text) <= 12)
    return {
      name: tidy(first.text),
      description: clean(text.slice(first.end - b.start)),
      start: b.start,
      end: b.end,
    }
  return undefined
}

/** Runs of same-level headings, each with the text under it, up to a higher heading or a break. */
function headingRuns(page: Page): Group[] {
  const out: Group[] = []
  const blocks = page.blocks
  const taken = new Set<number>()
  for (let i = 0; i < blocks.length; i++) {
    const h = blocks[i] as Block
    if (h.kind !== 'heading' || taken.has(i)) continue
    const members: Member[] = []
    let last = i
    for (let j = i; j < blocks.length; j++) {
      const b = blocks[j] as Block
      if (b.kind === 'break' || (b.kind === 'heading' && b.level < h.level)) break
      if (b.kind !== 'heading' || b.level !== h.level) continue
      taken.add(j)
      let body: Block | undefined
      for (let k = j + 1; k < blocks.length; k++) {
        const n = blocks[k] as Block
        if (n.kind === 'heading' || n.kind === 'break') break
        if (isBody(n)) {
          body = n
          break
        }
      }
      const name = tidy(b.text)
      members.push(
        body
          ? { name, description: clean(body.text), start: b.start, end: body.end }
          : { name, start: b.start, end: b.end },
      )
      last = j
    }
    // the last member's text runs to the next heading
    for (let k = last + 1; k < blocks.length; k++) {
      const n = blocks[k] as Block
      if (n.kind === 'heading' || n.kind === 'break') break
      last = k
    }
    if (members.length >= 2)
      out.push({ kind: 'heading-run', members, first: i, last, level: h.level })
  }
  return out
}

/**
 * Lists: the items of one list, and items that stand one to a list with a
 * paragraph or two between them ("1. Seek the truth" / its text / "2. …"),
 * which is how numbered cards read once pasted.
 */
function lists(page: Page): Group[] {
  const out: Group[] = []
  const blocks = page.blocks
  let current: { members: Member[]; first: number; last: number; group: number } | undefined
  let gap = 0
  const flush = () => {
    if (current && current.members.length >= 2)
      out.push({
        kind: 'list',
        members: current.members,
        first: current.first,
        last: current.last,
        level: 0,
      })
    current = undefined
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block
    if (b.kind === 'heading' || b.kind === 'break') {
      flush()
      continue
    }
    if (b.kind !== 'item') {
      if (!current) continue
      gap++
      // a paragraph under a lone item describes it
      const m = current.members[current.members.length - 1]
      if (m && gap === 1 && m.description === undefined && b.kind === 'para') {
        m.description = clean(b.text)
        m.end = b.end
        current.last = i
      }
      if (gap > 2) flush()
      continue
    }
    // items of one kind go on across blank lines and a paragraph or two (the next card);
    // a numbered item and a bullet right under it are a list and its sub-points
    const prev = blocks[current?.last ?? -1]
    const sameKind = (prev?.number === undefined) === (b.number === undefined)
    const sameList = current && (b.group === current.group || (gap <= 2 && (gap >= 1 || sameKind)))
    if (!sameList) flush()
    const named = nameOf(b)
    const member: Member =
      named ??
      (wordCount(b.text) <= 25
        ? { name: tidy(b.text), start: b.start, end: b.end }
        : {
            name: tidy(sentencesOf(b.text, b.start)[0]?.text ?? b.text),
            start: b.start,
            end: b.end,
          })
    if (!current) current = { members: [], first: i, last: i, group: b.group }
    current.members.push(member)
    current.last = i
    current.group = b.group
    gap = 0
  }
  flush()
  return out
}

/** Numbered items of pasted text, 1, 2, 3…, whatever sits between them (their text, their sub-points). */
function numberedRuns(page: Page): Group[] {
  const out: Group[] = []
  const blocks = page.blocks
  let run: { members: Member[]; first: number; last: number; next: number } | undefined
  const close = (at: number) => {
    if (run && run.members.length >= 2) {
      // the last card's text runs to the next heading
      let last = run.last
      for (let k = run.last + 1; k < at; k++) last = k
      out.push({ kind: 'list', members: run.members, first: run.first, last, level: 0 })
    }
    run = undefined
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block
    if (b.kind === 'heading' || b.kind === 'break') {
      close(i)
      continue
    }
    if (b.kind !== 'item' || b.number === undefined) continue
    if (run && b.number !== run.next) close(i)
    if (!run && b.number !== 1) continue
    const member = nameOf(b) ?? { name: tidy(b.text), start: b.start, end: b.end }
    const after = blocks[i + 1]
    if (member.description === undefined && after?.kind === 'para') {
      member.description = clean(after.text)
      member.end = after.end
    }
    if (!run) run = { members: [], first: i, last: i, next: 1 }
    run.members.push(member)
    run.last = i
    run.next = b.number + 1
  }
  close(blocks.length)
  return out
}

/**
 * Cards pasted as text: a one-sentence paragraph, then a longer one that
 * explains it ("Everyone is worthy of respect." / "From our customers to…"),
 * repeated.
 */
function statementCards(page: Page): Group[] {
  const out: Group[] = []
  const blocks = page.blocks
  let run: { members: Member[]; first: number; last: number } | undefined
  const flush = () => {
    if (run && run.members.length >= 2)
      out.push({
        kind: 'lead-paragraphs',
        members: run.members,
        first: run.first,
        last: run.last,
        level: 0,
      })
    run = undefined
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block
    const next = blocks[i + 1]
    const short =
      b.kind === 'para' &&
      sentencesOf(b.text, b.start).length === 1 &&
      wordCount(b.text) <= 14 &&
      next?.kind === 'para' &&
      wordCount(next.text) >= 2 * wordCount(b.text)
    if (!short || !next) {
      if (b.kind !== 'para' || !run || run.last !== i - 1) flush()
      continue
    }
    if (!run) run = { members: [], first: i, last: i + 1 }
    run.members.push({
      name: tidy(b.text),
      description: clean(next.text),
      start: b.start,
      end: next.end,
    })
    run.last = i + 1
    i++
  }
  flush()
  return out
}

/** Consecutive one-sentence paragraphs stated alike ("We go above and beyond…" / "Amazing things happen…"). */
function statementRuns(page: Page): Group[] {
  const out: Group[] = []
  const blocks = page.blocks
  let run: { members: Member[]; first: number; last: number } | undefined
  const flush = () => {
    if (run && run.members.length >= 3)
      out.push({
        kind: 'lead-paragraphs',
        members: run.members,
        first: run.first,
        last: run.last,
        level: 0,
      })
    run = undefined
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block
    const one =
      b.kind === 'para' &&
      !b.lead &&
      sentencesOf(b.text, b.start).length === 1 &&
      wordCount(b.text) >= 4 &&
      wordCount(b.text) <= 20 &&
      /[.!]$/.test(b.text.trim())
    if (!one) {
      flush()
      continue
    }
    if (!run) run = { members: [], first: i, last: i }
    run.members.push({ name: tidy(b.text), start: b.start, end: b.end })
    run.last = i
  }
  flush()
  return out
}

/** Consecutive paragraphs that each open with a name (bold, "Name:", "Name. Text"). */
function leadParagraphs(page: Page): Group[] {
  const out: Group[] = []
  const blocks = page.blocks
  let run: { members: Member[]; first: number; last: number } | undefined
  const flush = () => {
    if (run && run.members.length >= 2)
      out.push({
        kind: 'lead-paragraphs',
        members: run.members,
        first: run.first,
        last: run.last,
        level: 0,
      })
    run = undefined
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block
    const named = b.kind === 'para' ? nameOf(b) : undefined
    if (!named) {
      flush()
      continue
    }
    if (!run) run = { members: [], first: i, last: i }
    run.members.push(named)
    run.last = i
  }
  flush()
  return out
}

function definitionLists(page: Page): Group[] {
  const byGroup = new Map<number, Group>()
  page.blocks.forEach((b, i) => {
    if (b.kind !== 'term') return
    const next = page.blocks[i + 1]
    const def = next?.kind === 'def' ? next : undefined
    const g = byGroup.get(b.group) ?? { kind: 'dl', members: [], first: i, last: i, level: 0 }
    g.members.push(
      def
        ? { name: tidy(b.text), description: clean(def.text), start: b.start, end: def.end }
        : { name: tidy(b.text), start: b.start, end: b.end },
    )
    g.last = def ? i + 1 : i
    byGroup.set(b.group, g)
  })
  return [...byGroup.values()].filter((g) => g.members.length >= 2)
}

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
