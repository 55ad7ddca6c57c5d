import type { StoredCompany } from '../../core/index.js'

const key = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(inc|ltd|llc|gmbh|corp|co|plc|sa|ag)\b\.?/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')

const host = (url: string | undefined) => {
  if (!url) return undefined
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return undefined
  }
}

/**
 * The saved company a new dossier is about, if there is one: the same name
 * (ignoring case, accents, punctuation and "Inc."/"Ltd") or the same web site.
 * A second role at a company then reuses its dossier instead of making another.
 */
export function sameCompany(
  companies: readonly StoredCompany[],
  name: string,
  url?: string,
): StoredCompany | undefined {
  const k = key(name)
  const h = host(url)
  return companies.find((c) => (k && key(c.name) === k) || (h && host(c.url) === h))
}
