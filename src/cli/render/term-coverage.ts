import type { TermCoverage, TermSource } from '../../core/align/term-coverage.js'

const SOURCE_LABELS: Record<TermSource, string> = {
  skill: 'skill',
  value: 'value',
  product: 'product',
}

/**
 * The job's and company's terms an answer uses and misses, for the terminal;
 * empty when the context named none (no --company, or a dossier without them).
 */
export function renderTermCoverage(text: string, coverage: TermCoverage): string {
  if (coverage.used.length === 0 && coverage.missed.length === 0) return ''
  const used = coverage.used.map((u) => {
    const said = u.span ? text.slice(u.span[0], u.span[1]) : u.term
    const as = said.toLowerCase() === u.term.toLowerCase() ? '' : ` (as "${said}")`
    return `${u.term}${as} [${SOURCE_LABELS[u.source]}]`
  })
  const missed = coverage.missed.map((m) => `${m.term} [${SOURCE_LABELS[m.source]}]`)
  return [
    'Terms of the job and company',
    `  used    ${used.length ? used.join(', ') : 'none'}`,
    `  missed  ${missed.length ? missed.join(', ') : 'none'}`,
    '',
  ].join('\n')
}
