/**
 * The page model the company extractors read: blocks over one text. Two parsers
 * build it, html-page.ts (HTML, with htmlparser2) and text-page.ts (plain text
 * and Markdown).
 */

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
