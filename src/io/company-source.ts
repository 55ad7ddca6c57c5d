import { readFile, stat } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { alternation, companyPageLinks, type PageMetadata } from '../core/company/index.js'
import { PageError } from './page-error.js'
import { cleanPage, type PageLink } from './page-text.js'
import { FetchError, type FetchedPage, type SafeFetchOptions, safeFetch } from './safe-fetch.js'

/** A company page or job description, ready for extractDossier: HTML (cleaned) or text, with metadata. */
export interface LoadedSource {
  html?: string
  text?: string
  url?: string
  metadata?: PageMetadata
  /** Every page read, in order, with the error of those that failed (followed pages only fail softly). */
  pages: Array<{ url: string; ok: boolean; error?: string }>
  warnings: string[]
}

/** A problem with what the user named (missing file, refused URL): the CLI prints it and exits. */
export class SourceError extends Error {
  override readonly name = 'SourceError'
  /** The URL, file or `-` that could not be read, when the caller named one. */
  spec?: string
  constructor(
    message: string,
    readonly code: string,
    options?: { cause: unknown },
  ) {
    super(message, options)
  }
}

export interface LoadOptions extends SafeFetchOptions {
  cwd?: string
  /** Follow up to MAX_FOLLOW same-site about/mission/values/culture/careers links of a fetched page. */
  follow?: boolean
  /** Reads standard input, for `-`. */
  stdin?: () => Promise<Uint8Array>
  /** Fetches a URL; safeFetch with these options unless given (the server passes its own, already configured). */
  fetchPage?: (url: string) => Promise<Pick<FetchedPage, 'url' | 'contentType' | 'body'>>
}

/** Same-site pages followed at most with --follow (each fetched with the same checks). */
export const MAX_FOLLOW = 5
/** The largest saved file read, in bytes: saved pages carry inline scripts, so more than the fetch cap. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

/** A link to an about, mission, values, culture or careers page, by its path or text. */
const FOLLOW = new RegExp(`\\b(?:${alternation(companyPageLinks().followWords)})\\b`, 'i')

function looksLikeHtml(text: string): boolean {
  if (/^\s*(?:<!doctype html|<html|<head|<body|<\?xml)/i.test(text)) return true
  return (
    (text.match(
      /<\/?(?:p|div|h[1-6]|ul|ol|li|section|article|main|dl|dt|dd|table|span|a)\b[^>]*>/gi,
    )?.length ?? 0) >= 3
  )
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}

function siteOf(url: URL): string {
  return url.hostname.replace(/^www\./, '')
}

/** The same-site links worth following, at most MAX_FOLLOW, in page order. */
export function followLinks(links: readonly PageLink[], base: string): string[] {
  const from = new URL(base)
  const out: string[] = []
  for (const link of links) {
    let url: URL
    try {
      url = new URL(link.href)
    } catch {
      continue
    }
    if (url.protocol !== from.protocol || siteOf(url) !== siteOf(from)) continue
    if (
      url.pathname === from.pathname ||
      /\.(?:pdf|png|jpe?g|gif|svg|zip|mp4)$/i.test(url.pathname)
    )
      continue
    if (!FOLLOW.test(url.pathname.replace(/[_/]/g, ' ')) && !FOLLOW.test(link.text)) continue
    url.search = ''
    if (!out.includes(url.href)) out.push(url.href)
    if (out.length >= MAX_FOLLOW) break
  }
  return out
}

async function fetchOne(url: string, options: LoadOptions) {
  const page = await (options.fetchPage ? options.fetchPage(url) : safeFetch(url, options))
  if (page.contentType === 'text/plain')
    return { text: page.body, url: page.url, links: [] as PageLink[] }
  const cleaned = cleanPage(page.body, page.url)
  return { html: cleaned.html, metadata: cleaned.metadata, url: page.url, links: cleaned.links }
}

async function fromUrl(spec: string, options: LoadOptions): Promise<LoadedSource> {
  let first: Awaited<ReturnType<typeof fetchOne>>
  try {
    first = await fetchOne(spec, options)
  } catch (error) {
    if (error instanceof FetchError)
      throw new SourceError(error.message, error.code, { cause: error })
    if (error instanceof PageError) throw new SourceError(error.message, 'page', { cause: error })
    throw error
  }
  const result: LoadedSource = {
    url: first.url,
    pages: [{ url: first.url, ok: true }],
    warnings: [],
  }
  if (first.metadata) result.metadata = first.metadata
  if (first.text !== undefined) {
    result.text = first.text
    return result
  }
  const parts = [first.html ?? '']
  if (options.follow) {
    for (const next of followLinks(first.links, first.url)) {
      try {
        const page = await fetchOne(next, options)
        parts.push(page.html ?? `<pre>${(page.text ?? '').replace(/</g, '&lt;')}</pre>`)
        result.pages.push({ url: page.url, ok: true })
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        result.pages.push({ url: next, ok: false, error: message })
        result.warnings.push(`skipped ${next}: ${message}`)
      }
    }
  }
  // an <hr> between pages ends every heading section, so one page's values never run into the next
  result.html = parts.join('\n<hr>\n')
  return result
}

async function fromFile(path: string, cwd: string): Promise<Uint8Array> {
  const full = resolve(cwd, path)
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(full)
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new SourceError(
      code === 'ENOENT' ? `${path}: no such file` : `cannot read ${path}`,
      'file',
    )
  }
  if (info.isDirectory()) throw new SourceError(`${path} is a directory, not a file`, 'file')
  if (info.size > MAX_FILE_BYTES)
    throw new SourceError(
      `${path} is too big (${info.size.toLocaleString('en')} bytes; the limit is 10 MB)`,
      'too-large-file',
    )
  try {
    return await readFile(full)
  } catch {
    throw new SourceError(`cannot read ${path}`, 'file')
  }
}

/**
 * Load a company page (or a job description) from a URL, a file or `-`
 * (standard input). URLs go through safeFetch; HTML (fetched or saved) is
 * cleaned with Readability by cleanPage; text and Markdown pass through.
 * With `follow`, up to five same-site about/mission/values/culture/careers
 * pages are fetched too, each with the same checks, and joined. Content
 * problems (binary, empty) are left to extractDossier, which warns; problems
 * reaching the input throw a SourceError.
 */
export async function loadSource(spec: string, options: LoadOptions = {}): Promise<LoadedSource> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec) || /^(?:javascript|data|file|mailto):/i.test(spec))
    return fromUrl(spec, options)
  let bytes: Uint8Array
  let label: string
  if (spec === '-') {
    if (!options.stdin) throw new SourceError('standard input is not available', 'stdin')
    bytes = await options.stdin()
    label = 'standard input'
  } else {
    bytes = await fromFile(spec, options.cwd ?? process.cwd())
    label = spec
  }
  return sourceFromContent(decode(bytes), { label })
}

/**
 * A page already in hand (a saved file's text, a pasted page, a request body):
 * HTML is cleaned with Readability by cleanPage, text and Markdown pass
 * through. `label` names it in messages; `kind` says what it is when the
 * caller knows, else the label's extension (.html, .txt, .md) does, else the
 * content. `url` is where it came from, when known.
 */
export function sourceFromContent(
  content: string,
  given: { label: string; url?: string | undefined; kind?: 'html' | 'text' | undefined },
): LoadedSource {
  const { label, url } = given
  const result: LoadedSource = { pages: [{ url: url ?? label, ok: true }], warnings: [] }
  if (url !== undefined) result.url = url
  const ext = extname(label).toLowerCase()
  const html =
    given.kind === 'html' ||
    (given.kind === undefined &&
      (['.html', '.htm', '.xhtml'].includes(ext) ||
        (!['.txt', '.md', '.markdown'].includes(ext) && looksLikeHtml(content))))
  if (html && !content.includes('\u0000')) {
    let cleaned: ReturnType<typeof cleanPage>
    try {
      cleaned = cleanPage(content, url)
    } catch (error) {
      if (error instanceof PageError)
        throw new SourceError(`${label}: ${error.message}`, 'page', { cause: error })
      throw error
    }
    result.html = cleaned.html
    result.metadata = cleaned.metadata
  } else result.text = content
  return result
}
