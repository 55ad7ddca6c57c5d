import type { Block, Page } from './page.js'
import { clean, sentencesOf, wordCount } from './sentences.js'

/**
 * The candidate groups valuesByEvidence (value-groups.ts) scores: every group of
 * a page that could be a list of named things. Each finder reads one layout.
 */

export interface Member {
  name: string
  description?: string
  start: number
  end: number
}

export interface Group {
  kind: 'heading-run' | 'list' | 'lead-paragraphs' | 'dl'
  members: Member[]
  /** Index of the first and last block of the group in page.blocks. */
  first: number
  last: number
  /** Heading level of a heading run; 0 otherwise. */
  level: number
}

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
export function headingRuns(page: Page): Group[] {
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
export function lists(page: Page): Group[] {
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
export function numberedRuns(page: Page): Group[] {
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
export function statementCards(page: Page): Group[] {
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
export function statementRuns(page: Page): Group[] {
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
export function leadParagraphs(page: Page): Group[] {
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

export function definitionLists(page: Page): Group[] {
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
