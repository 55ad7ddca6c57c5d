/**
 * `npm run bench:company`: how long company research takes on a 200 KB page.
 * The page is built from the real corpus (test/fixtures/real-company): every
 * page's text as headings, paragraphs and lists, with navigation, a footer and
 * scripts around it, repeated to 200 KB. Prints the median of a few runs for
 * extraction alone (core: blocks, name, mission, values by evidence, culture,
 * plans, products), for Readability's cleaning (io), and for a 200 KB pasted
 * text, against the 100 ms the issue sets for extraction.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { extractDossier } from '../src/core/company/index.js'
import { cleanPage } from '../src/io/page-text.js'
import { REAL_COMPANY } from '../test/company/real-corpus.js'

const TARGET_BYTES = 200 * 1024
const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const LIMIT_MS = 100

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** One corpus page as HTML: short lines become headings, bullets a list, the rest paragraphs. */
function asHtml(text: string): string {
  const out: string[] = []
  let list = false
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    const bullet = /^(?:[-*•♦]|\d{1,2}[.)])\s+(.*)$/.exec(line)
    if (bullet) {
      if (!list) out.push('<ul>')
      list = true
      out.push(`<li>${escapeHtml(bullet[1] ?? '')}</li>`)
      continue
    }
    if (list) out.push('</ul>')
    list = false
    const words = line.split(/\s+/).length
    out.push(
      words <= 6 && !/[.!?]$/.test(line)
        ? `<h3>${escapeHtml(line)}</h3>`
        : `<p>${escapeHtml(line)}</p>`,
    )
  }
  if (list) out.push('</ul>')
  return out.join('\n')
}

const texts = readdirSync(REAL_COMPANY, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(REAL_COMPANY, d.name))
      .filter((f) => /^page\.(txt|md)$/.test(f))
      .map((f) => readFileSync(join(REAL_COMPANY, d.name, f), 'utf8')),
  )
const chrome = (body: string) =>
  `<!doctype html><html lang="en"><head><title>About us | Benchmark Co</title><script>window.x=${JSON.stringify('y'.repeat(2000))}</script></head><body><nav><ul>${'<li><a href="/a">Link</a></li>'.repeat(40)}</ul></nav><main>${body}</main><footer>${'<p>Footer text &copy; Benchmark Co</p>'.repeat(20)}</footer></body></html>`
let body = ''
let i = 0
while (chrome(body).length < TARGET_BYTES) {
  body += `<section>${asHtml(texts[i % texts.length] ?? '')}</section>\n`
  i++
}
const html = chrome(body)
const text = texts
  .join('\n\n')
  .repeat(Math.ceil(TARGET_BYTES / texts.join('\n\n').length))
  .slice(0, TARGET_BYTES)

function median(f: () => void): number {
  f() // warm-up
  const times: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now()
    f()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? 0
}

const cleaned = cleanPage(html)
const extractHtml = median(() =>
  extractDossier({ html: cleaned.html, metadata: cleaned.metadata, year: 2026 }),
)
const extractRaw = median(() => extractDossier({ html, year: 2026 }))
const extractText = median(() => extractDossier({ text, year: 2026 }))
const clean = median(() => cleanPage(html))
const kb = (n: number) => `${Math.round(n / 1024)} KB`
const line = (label: string, ms: number, limit?: number) =>
  `${label.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms${limit ? `  (${(ms / limit).toFixed(2)} of the ${limit} ms limit)` : ''}\n`
process.stdout.write(
  `company research on a ${kb(html.length)} page, median of ${RUNS} runs (load average ${loadavg()[0]?.toFixed(1)}: figures grow with it)\n`,
)
process.stdout.write(
  line(`extract, cleaned HTML (${kb(cleaned.html.length)})`, extractHtml, LIMIT_MS),
)
process.stdout.write(
  line(`extract, the whole page's HTML (${kb(html.length)})`, extractRaw, LIMIT_MS),
)
process.stdout.write(line(`extract, pasted text (${kb(text.length)})`, extractText, LIMIT_MS))
process.stdout.write(line('clean with Readability (io, before extraction)', clean))
const worst = Math.max(extractHtml, extractRaw, extractText)
process.stdout.write(
  worst < LIMIT_MS
    ? `ok: extraction under ${LIMIT_MS} ms\n`
    : `over ${LIMIT_MS} ms: ${(worst / LIMIT_MS).toFixed(2)}× the limit at this load\n`,
)
