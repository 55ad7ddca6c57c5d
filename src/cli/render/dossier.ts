import type { Dossier, Source } from '../../core/index.js'

const QUOTE_MAX = 110

function quote(source: Source): string {
  const flat = source.quote.replace(/\s+/g, ' ').trim()
  const cut = flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat
  return `“${cut}” [${source.via ?? 'text'} @${source.start}]`
}

function section(title: string, lines: string[], none = 'none found'): string[] {
  return ['', title, ...(lines.length > 0 ? lines : [`  (${none})`])]
}

/**
 * The dossier for a terminal: each finding on one line and its source quote,
 * strategy and offset beneath it, so the reader can check every claim against
 * the page. Warnings come first.
 */
export function renderDossier(dossier: Dossier): string {
  const out: string[] = [dossier.name ?? '(company name not found)']
  for (const w of dossier.warnings) out.push(`  ! ${w}`)
  const statement = (s: Dossier['mission']) => (s ? [`  ${s.text}`, `    ${quote(s.source)}`] : [])
  out.push(...section('Mission', statement(dossier.mission)))
  out.push(...section('Vision', statement(dossier.vision)))
  out.push(
    ...section(
      `Values (${dossier.values.length})`,
      dossier.values.flatMap((v) => [
        `  • ${v.name}${v.description ? `: ${v.description}` : ''}`,
        `      ${quote(v.source)}`,
      ]),
    ),
  )
  out.push(
    ...section(
      'Culture',
      dossier.culture.map((c) => `  ${c.signal.padEnd(15)} ${quote(c.source)}`),
    ),
  )
  out.push(
    ...section(
      'Initiatives and plans',
      dossier.initiatives.flatMap((i) => [
        `  ${i.horizon ? `[${i.horizon} term] ` : ''}${i.text}`,
        `      ${quote(i.source)}`,
      ]),
    ),
  )
  out.push(
    ...section(
      'Products and customers',
      dossier.products.map((p) => `  • ${p.name}  ${quote(p.source)}`),
    ),
  )
  const job = dossier.job
  if (job) {
    const facts = [
      job.company,
      job.team && `${job.team} team`,
      job.location,
      job.workMode,
      job.years !== undefined && `${job.years}+ years`,
    ]
      .filter(Boolean)
      .join(' · ')
    out.push('', `Role: ${job.title || '(title not found)'}${facts ? `  (${facts})` : ''}`)
    const list = (
      title: string,
      items: Dossier['job'] extends infer J
        ? J extends { requirements: infer R }
          ? R
          : never
        : never,
    ) =>
      section(
        `  ${title}`,
        items.map((s) => `    - ${s.text}`),
      )
    out.push(...list('Responsibilities', job.responsibilities))
    out.push(...list('Requirements', job.requirements))
    out.push(...list('Nice to have', job.niceToHave))
    out.push('', `  Skills: ${job.skills.length > 0 ? job.skills.join(', ') : '(none found)'}`)
  }
  return `${out.join('\n')}\n`
}
