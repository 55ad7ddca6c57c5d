import type { Block, Page, PageMetadata } from './page.js'
import { wordCount } from './sentences.js'

const BULLET = /^(\s*)(?:[-*•+‣◦▪■●♦]|\d{1,2}[.)])\s+/
const BULLET_ALONE = /^[-*•‣◦▪■●♦]$/
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/
/** A line that stops mid-phrase: the next line continues its paragraph. */
const CONTINUES =
  /(?:[,;:\-–—&/(]|\b(?:and|or|the|a|an|of|to|with|for|in|on|at|by|from|as|that|our|your|their|its|is|are|be|&))$/i
const NAME_LINE = /^(?:\*\*|__)?[A-Z][^:.!?]{1,48}?(?:\*\*|__)?(?:\s*[:—–]|\s-)\s*\S/
const MD_LEAD = /^(?:\*\*|__)(.+?)(?:\*\*|__)/

/**
 * Turn plain text or Markdown into blocks over the text itself (offsets are
 * into the input, unchanged). `# Heading` lines, short lines ending in a colon,
 * short all-caps lines and setext underlines are headings; `-`, `*`, `•` and
 * `1.` lines are list items; other runs of lines are paragraphs. A short line
 * standing alone before a list or paragraph (no final stop) is taken as a
 * level-3 heading, which is how pasted pages lose their markup.
 */
export function pageFromText(text: string, meta: PageMetadata = {}): Page {
  const blocks: Block[] = []
  const lines: Array<{ start: number; end: number; raw: string }> = []
  let pos = 0
  for (const raw of text.split('\n')) {
    lines.push({ start: pos, end: pos + raw.length, raw })
    pos += raw.length + 1
  }
  let group = 0
  let nextGroup = 1
  let para: { start: number; end: number } | undefined
  // a bullet glyph alone on its line ("*", "•"): the next line of text is the item
  let pendingBullet = false
  let groupKind: 'number' | 'glyph' = 'glyph'
  const closePara = () => {
    if (para) {
      const slice = text.slice(para.start, para.end)
      const lead = MD_LEAD.exec(slice)?.[1]
      blocks.push({
        kind: 'para',
        level: 0,
        text: slice,
        start: para.start,
        end: para.end,
        group: 0,
        origin: 'body',
        ...(lead ? { lead } : {}),
      })
    }
    para = undefined
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as { start: number; end: number; raw: string }
    const trimmed = line.raw.trim()
    const lead = line.raw.length - line.raw.trimStart().length
    const start = line.start + lead
    const end = line.start + line.raw.trimEnd().length
    if (trimmed === '') {
      closePara()
      group = 0
      continue
    }
    const next = lines[i + 1]?.raw.trim() ?? ''
    if (/^(=+|-+)$/.test(next) && next.length >= 3 && !para) {
      blocks.push({
        kind: 'heading',
        level: next.startsWith('=') ? 1 : 2,
        text: trimmed,
        start,
        end,
        group: 0,
        origin: 'body',
      })
      i++
      continue
    }
    if (/^(-{3,}|\*{3,}|_{3,})$/.test(trimmed)) {
      closePara()
      blocks.push({
        kind: 'break',
        level: 0,
        text: '',
        start,
        end: start,
        group: 0,
        origin: 'body',
      })
      continue
    }
    const md = MD_HEADING.exec(trimmed)
    if (md) {
      closePara()
      group = 0
      const inner = md[2] ?? ''
      const innerStart = start + trimmed.indexOf(inner, (md[1] ?? '').length)
      blocks.push({
        kind: 'heading',
        level: (md[1] ?? '#').length,
        text: inner,
        start: innerStart,
        end: innerStart + inner.length,
        group: 0,
        origin: 'body',
      })
      continue
    }
    if (BULLET_ALONE.test(trimmed)) {
      closePara()
      pendingBullet = true
      continue
    }
    const bullet = BULLET.exec(line.raw) ?? (pendingBullet ? /^\s*/.exec(line.raw) : null)
    pendingBullet = false
    if (bullet) {
      closePara()
      // "1. Ship" then "- We ship weekly": a numbered list and its sub-points are two lists
      const kind = /\d/.test(bullet[0]) ? 'number' : 'glyph'
      if (group !== 0 && kind !== groupKind) group = 0
      groupKind = kind
      if (group === 0) group = nextGroup++
      const itemStart = line.start + bullet[0].length
      const itemText = text.slice(itemStart, end)
      const itemLead = MD_LEAD.exec(itemText)?.[1]
      const number = /^\s*(\d{1,2})[.)]/.exec(bullet[0])?.[1]
      blocks.push({
        kind: 'item',
        level: 0,
        text: itemText,
        start: itemStart,
        end,
        group,
        origin: 'body',
        ...(itemLead ? { lead: itemLead } : {}),
        ...(number ? { number: Number(number) } : {}),
      })
      continue
    }
    const words = trimmed.split(/\s+/).length
    const prevBlank = i === 0 || (lines[i - 1]?.raw.trim() ?? '') === ''
    const beforeList = BULLET.test(lines[i + 1]?.raw ?? '') || BULLET_ALONE.test(next)
    const isHeading =
      (words <= 8 && /:$/.test(trimmed) && !para) ||
      (words <= 8 &&
        /[A-Z]/.test(trimmed) &&
        trimmed === trimmed.toUpperCase() &&
        /^[A-Z]/.test(trimmed)) ||
      (words <= 6 &&
        prevBlank &&
        !/[.!?,;:]$/.test(trimmed) &&
        !para &&
        (next === '' || BULLET.test(lines[i + 1]?.raw ?? '') || wordCount(next) >= words + 4)) ||
      // a short label right above a list names it, blank line or not ("Responsibilities\n- Design ...")
      (words <= 8 && beforeList && !/[.!?,;]$/.test(trimmed) && /^\p{Lu}/u.test(trimmed))
    if (isHeading) {
      closePara()
      group = 0
      const clean = trimmed.replace(/:$/, '')
      blocks.push({
        kind: 'heading',
        level: 3,
        text: clean,
        start,
        end: start + clean.length,
        group: 0,
        origin: 'body',
      })
      continue
    }
    if (group !== 0) group = 0
    if (NAME_LINE.test(trimmed)) {
      // "Name: description" lines stand alone even without blank lines between them
      closePara()
      para = { start, end }
      closePara()
      continue
    }
    const previous = lines[i - 1]?.raw.trim() ?? ''
    // pasted pages put each block on its own line; a hard-wrapped paragraph
    // continues in lower case or after a line that stops mid-phrase
    if (para && /^[\p{Lu}\d"“(]/u.test(trimmed) && !CONTINUES.test(previous)) closePara()
    if (para) para.end = end
    else para = { start, end }
  }
  closePara()
  return { text, blocks, meta }
}
