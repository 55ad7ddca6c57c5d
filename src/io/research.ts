import { type DossierResult, extractDossier } from '../core/company/index.js'
import {
  type LoadedSource,
  type LoadOptions,
  loadSource,
  SourceError,
  sourceFromContent,
} from './company-source.js'

/**
 * Where a page or a job description comes from: a location `loadSource`
 * reads (a URL, a file, `-` for standard input), or content already in hand
 * (a request body, pasted text).
 */
export type ResearchSource =
  | { readonly location: string }
  | { readonly html: string; readonly url?: string | undefined }
  | { readonly text: string }

export interface ResearchRequest {
  page?: ResearchSource | undefined
  job?: ResearchSource | undefined
  /** The reference year for short/long horizons of dated plans (core reads no clock). */
  year: number
}

export interface ResearchResult extends DossierResult {
  /** Every page read, in order, with the error of those that failed. */
  pages: LoadedSource['pages']
}

async function load(source: ResearchSource, options: LoadOptions): Promise<LoadedSource> {
  if ('location' in source) {
    try {
      return await loadSource(source.location, options)
    } catch (error) {
      if (error instanceof SourceError) error.spec ??= source.location
      throw error
    }
  }
  if ('html' in source)
    return sourceFromContent(source.html, { label: 'the page', url: source.url, kind: 'html' })
  return sourceFromContent(source.text, { label: 'the text', kind: 'text' })
}

/**
 * The one research pipeline, for the CLI, the server and the web app: load
 * each source (fetch with safe fetch, follow same-site about/values/careers
 * links when `follow` is set, or take the content given), clean HTML with
 * Readability, then extract the dossier. Problems reaching a source throw a
 * SourceError; problems with its content come back as warnings.
 *
 * @example
 * const { dossier } = await researchCompany({ page: { text: 'Our values\n\n- Be kind\n- Ship it' }, year: 2026 }, {})
 * dossier.values.map((v) => v.name) // ['Be kind', 'Ship it']
 */
export async function researchCompany(
  request: ResearchRequest,
  options: LoadOptions = {},
): Promise<ResearchResult> {
  const page = request.page === undefined ? undefined : await load(request.page, options)
  const job =
    request.job === undefined ? undefined : await load(request.job, { ...options, follow: false })
  return extract(page, job, request.year)
}

/** Extract the dossier from what was loaded, with the loading warnings first. */
function extract(
  page: LoadedSource | undefined,
  job: LoadedSource | undefined,
  year: number,
): ResearchResult {
  const result = extractDossier({
    ...(page?.html !== undefined ? { html: page.html } : {}),
    ...(page?.text !== undefined ? { text: page.text } : {}),
    ...(page?.url !== undefined ? { url: page.url } : {}),
    ...(page?.metadata ? { metadata: page.metadata } : {}),
    ...(job?.html !== undefined ? { jobHtml: job.html } : {}),
    ...(job?.text !== undefined ? { jobText: job.text } : {}),
    ...(job?.metadata ? { jobMetadata: job.metadata } : {}),
    year,
  })
  result.dossier.warnings.unshift(...(page?.warnings ?? []), ...(job?.warnings ?? []))
  return { ...result, pages: [...(page?.pages ?? []), ...(job?.pages ?? [])] }
}

/**
 * Research a saved file as a page (or, with `asJob`, as a job description);
 * `url` says where the page was saved from, as if it had been fetched there.
 */
export async function researchFile(
  path: string,
  options: { url?: string; asJob?: boolean; year: number },
): Promise<ResearchResult> {
  const loaded = await loadSource(path)
  if (options.url !== undefined) loaded.url = options.url
  return options.asJob
    ? extract(undefined, loaded, options.year)
    : extract(loaded, undefined, options.year)
}

export { SourceError }
