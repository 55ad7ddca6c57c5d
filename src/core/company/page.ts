import { Parser } from 'htmlparser2'
import { wordCount } from './sentences.js'

/**
 * One block of a page: a heading, a paragraph, a list item, a definition term
 * or description, or a section break. Offsets are UTF-16 offsets into
 * `Page.text`, which is the text every dossier source points into.
 */
export interface Block {
  readonly kind: 'heading' | 'para' | 'item' | 'term' | 'def' | 'break'
  /** Heading level 1-6; 0 for everything else. */
  readonly level: number
  /** The block's text with whitespace collapsed (for HTML it equals the slice of Page.text). */
  readonly text: string
  readonly start: number
  readonly end: number
  /** Id of the enclosing list or definition list (items of one list share it); 0 outside lists. */
  readonly group: number
  /** A bold lead-in or Markdown `**lead**` at the start of the block, as written. */
  readonly lead?: string
  /** Where the block came from: 'body' or 'json-ld' (a description appended from structured data). */
  readonly origin: 'body' | 'json-ld'
  /** The number of a numbered item in pasted text ("3." → 3), so numbered cards apart in the text still read as one list. */
  readonly number?: number
}

/** Metadata io may hand over with the cleaned HTML (Readability's fields, JSON-LD, the URL). */
export interface PageMetadata {
  title?: string | null | undefined
  siteName?: string | null | undefined
  excerpt?: string | null | undefined
  lang?: string | null | undefined
  jsonLd?: readonly unknown[] | undefined
}

export interface Page {
  readonly text: string
  readonly blocks: readonly Block[]
  /** Metadata found in the HTML itself (title, og:site_name, lang, JSON-LD) merged with what io passed. */
  readonly meta: PageMetadata
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'iframe',
  'object',
  'head',
])
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'li',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'td',
  'th',
  'tr',
  'table',
  'figcaption',
  'figure',
  'pre',
  'ul',
  'ol',
  'dl',
  'address',
  'details',
  'summary',
  'br',
  'hr',
  'body',
  'html',
])
const BOLD = new Set(['strong', 'b'])

interface Draft {
  kind: Block['kind']
  level: number
  text: string
  group: number
  lead?: string
  origin: Block['origin']
}

/** Join drafts into one text, items of one list on their own lines, other blocks a blank line apart. */
function assemble(drafts: Draft[], meta: PageMetadata): Page {
  const blocks: Block[] = []
  let text = ''
  let previous: Draft | undefined
  for (const d of drafts) {
    if (d.kind === 'break') {
      if (previous && previous.kind !== 'break') {
        blocks.push({ ...d, text: '', start: text.length, end: text.length })
        previous = d
      }
      continue
    }
    if (text.length > 0) {
      const sameList = previous && previous.group !== 0 && previous.group === d.group
      text += sameList ? '\n' : '\n\n'
    }
    const start = text.length
    text += d.text
    const block: Block = {
      kind: d.kind,
      level: d.level,
      text: d.text,
      start,
      end: text.length,
      group: d.group,
      origin: d.origin,
      ...(d.lead ? { lead: d.lead } : {}),
    }
    blocks.push(block)
    previous = d
  }
  return { text, blocks, meta }
}

/**
 * Turn HTML (a whole page, or the article HTML Readability cleaned) into
 * blocks and one text. Scripts, navigation, footers and forms are dropped;
 * headings, paragraphs, list items and `<dl>` terms become blocks; a bold
 * element that opens a block is kept as its lead-in. Broken markup is fine:
 * htmlparser2 closes what is left open. An `<hr>` is a section break (io puts
 * one between followed pages). JSON-LD `description` of an Organization is
 * appended as a last block when the body does not already hold it, so a
 * mission found there still has a source in the text.
 */
export function pageFromHtml(html: string, given: PageMetadata = {}): Page {
  const drafts: Draft[] = []
  const meta: PageMetadata = { ...given }
  const jsonLd: unknown[] = [...(given.jsonLd ?? [])]
  let skipDepth = 0
  const stack: string[] = []
  // the element that decides the kind of the current block
  const kinds: Array<{ tag: string; kind: Block['kind']; level: number }> = []
  const groups: number[] = []
  let nextGroup = 1
  let buffer = ''
  let boldDepth = 0
  let leadStart = -1
  let lead: string | undefined
  let inTitle = false
  let titleText = ''
  let inJsonLd = false
  let jsonText = ''

  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim()
    if (text) {
      const top = kinds[kinds.length - 1] ?? { tag: 'body', kind: 'para' as const, level: 0 }
      const group =
        top.kind === 'item' || top.kind === 'term' || top.kind === 'def'
          ? (groups[groups.length - 1] ?? 0)
          : 0
      const cleanLead = lead?.replace(/\s+/g, ' ').trim()
      drafts.push({
        kind: top.kind,
        level: top.level,
        text,
        group,
        origin: 'body',
        ...(cleanLead && cleanLead.length < text.length + 1 ? { lead: cleanLead } : {}),
      })
    }
    buffer = ''
    lead = undefined
    leadStart = -1
  }

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'html' && attribs.lang && !meta.lang) meta.lang = attribs.lang
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? '').toLowerCase()
          const content = attribs.content ?? ''
          if (key === 'og:site_name' && !meta.siteName) meta.siteName = content
          if ((key === 'description' || key === 'og:description') && !meta.excerpt)
            meta.excerpt = content
        }
        if (name === 'title') inTitle = true
        if (name === 'script' && (attribs.type ?? '').toLowerCase() === 'application/ld+json') {
          inJsonLd = true
          jsonText = ''
        }
        // ARIA tabs name their panels ("Integrity" tab, its text in the tabpanel): keep the tab as a heading
        const tab = name === 'button' && (attribs.role ?? '').toLowerCase() === 'tab'
        if (tab && skipDepth === 0 && attribs.hidden === undefined) {
          flush()
          kinds.push({ tag: name, kind: 'heading', level: 4 })
          stack.push(name)
          return
        }
        if (
          skipDepth > 0 ||
          SKIP.has(name) ||
          attribs.hidden !== undefined ||
          attribs['aria-hidden'] === 'true'
        ) {
          if (!VOID.has(name)) {
            skipDepth++
            stack.push(`skip:${name}`)
          }
          return
        }
        if (VOID.has(name) && name !== 'br' && name !== 'hr') return
        if (BLOCK.has(name)) {
          flush()
          if (name === 'hr') {
            drafts.push({ kind: 'break', level: 0, text: '', group: 0, origin: 'body' })
            return
          }
          if (name === 'br') return
          if (name === 'ul' || name === 'ol' || name === 'dl') groups.push(nextGroup++)
          const heading = /^h([1-6])$/.exec(name)
          if (heading) kinds.push({ tag: name, kind: 'heading', level: Number(heading[1]) })
          else if (name === 'li') kinds.push({ tag: name, kind: 'item', level: 0 })
          else if (name === 'dt') kinds.push({ tag: name, kind: 'term', level: 0 })
          else if (name === 'dd') kinds.push({ tag: name, kind: 'def', level: 0 })
          else if (name !== 'ul' && name !== 'ol' && name !== 'dl')
            kinds.push({ tag: name, kind: 'para', level: 0 })
          else kinds.push({ tag: name, kind: 'para', level: 0 })
        } else if (BOLD.has(name)) {
          if (boldDepth === 0 && buffer.trim() === '' && lead === undefined)
            leadStart = buffer.length
          boldDepth++
        }
        stack.push(name)
      },
      ontext(data) {
        if (inTitle) titleText += data
        if (inJsonLd) jsonText += data
        if (skipDepth > 0) return
        buffer += data
      },
      onclosetag(name) {
        if (name === 'title') {
          inTitle = false
          if (!meta.title) meta.title = titleText.replace(/\s+/g, ' ').trim()
        }
        if (name === 'script' && inJsonLd) {
          inJsonLd = false
          try {
            jsonLd.push(JSON.parse(jsonText))
          } catch {
            // malformed structured data is common; the body still counts
          }
        }
        // pop to the matching open element (htmlparser2 reports implied closes too)
        const index = stack.lastIndexOf(name)
        const skipIndex = stack.lastIndexOf(`skip:${name}`)
        if (skipIndex > index) {
          stack.splice(skipIndex)
          skipDepth = stack.filter((s) => s.startsWith('skip:')).length
          return
        }
        if (index < 0) return
        stack.splice(index)
        if (BLOCK.has(name) || name === 'button') {
          flush()
          const k = kinds.map((x) => x.tag).lastIndexOf(name)
          if (k >= 0) kinds.splice(k)
          if (name === 'ul' || name === 'ol' || name === 'dl') groups.pop()
        } else if (BOLD.has(name) && boldDepth > 0) {
          boldDepth--
          if (boldDepth === 0 && leadStart >= 0 && lead === undefined) {
            lead = buffer.slice(leadStart)
            leadStart = -1
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  flush()

  if (jsonLd.length > 0) meta.jsonLd = jsonLd
  const org = organizationOf(jsonLd)
  if (org?.description) {
    const description = org.description.replace(/\s+/g, ' ').trim()
    const inBody = drafts.some((d) => d.text.includes(description))
    if (description && !inBody) {
      drafts.push({ kind: 'break', level: 0, text: '', group: 0, origin: 'json-ld' })
      drafts.push({ kind: 'para', level: 0, text: description, group: 0, origin: 'json-ld' })
    }
  }
  return assemble(drafts, meta)
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

/** The first Organization-like object in JSON-LD (also inside `@graph`), with its name and description. */
export function organizationOf(
  jsonLd: readonly unknown[],
): { name?: string; description?: string } | undefined {
  const queue: unknown[] = [...jsonLd]
  while (queue.length > 0) {
    const item = queue.shift()
    if (Array.isArray(item)) {
      queue.push(...item)
      continue
    }
    if (typeof item !== 'object' || item === null) continue
    const record = item as Record<string, unknown>
    if (Array.isArray(record['@graph'])) queue.push(...record['@graph'])
    const type = record['@type']
    const types = Array.isArray(type) ? type.map(String) : [String(type ?? '')]
    if (types.some((t) => /organization|corporation|company|ngo|localbusiness/i.test(t))) {
      const out: { name?: string; description?: string } = {}
      if (typeof record.name === 'string') out.name = record.name
      if (typeof record.description === 'string') out.description = record.description
      return out
    }
  }
  return undefined
}

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
