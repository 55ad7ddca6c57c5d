import { Parser } from 'htmlparser2'
import { jsonLdObjects } from './json-ld.js'
import type { Block, Page, PageMetadata } from './page.js'

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
  for (const { record, types } of jsonLdObjects(jsonLd)) {
    if (types.some((t) => /organization|corporation|company|ngo|localbusiness/i.test(t))) {
      const out: { name?: string; description?: string } = {}
      if (typeof record.name === 'string') out.name = record.name
      if (typeof record.description === 'string') out.description = record.description
      return out
    }
  }
  return undefined
}
