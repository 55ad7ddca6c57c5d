import type { Finding, Report } from '../../core/contracts/report.js'
import { RED_FLAGS } from '../../core/critique/rubric.js'
import { lineColumn, type Span } from '../../core/text/span.js'

export interface RenderOptions {
  /** ANSI colour and underline; otherwise plain text with bracket markers. */
  color: boolean
}

/** Flags RUBRIC.md treats as red (they cap the score). */

const ansi = (code: string, on: boolean) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s)

/** Colour only when stdout is a terminal and NO_COLOR is unset or empty (no-color.org). */
export function colorEnabled(stream: { isTTY?: boolean }, env: Record<string, string | undefined>) {
  return Boolean(stream.isTTY) && !env.NO_COLOR
}

/** A fixed-width bar for a 0..1 score. */
export function bar(score: number, width: number, color: boolean): string {
  const filled = Math.round(Math.max(0, Math.min(1, score)) * width)
  if (!color) return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`
  const tone = score >= 0.75 ? '32' : score >= 0.4 ? '33' : '31'
  return `${ansi(tone, true)('█'.repeat(filled))}${ansi('2', true)('░'.repeat(width - filled))}`
}

interface Mark {
  span: Span
  numbers: number[]
  red: boolean
}

/**
 * True for a finding about the answer as a whole (no short-term goal, no tie to
 * the company): its span covers most of the text, so marking it would mark
 * everything. Those are listed, not marked.
 */
export function isAnswerLevel(finding: Finding, text: string): boolean {
  const length = text.trim().length
  return length > 0 && finding.span[1] - finding.span[0] >= length * 0.8
}

/** True when `outer` holds `inner` and is longer. */
function contains(outer: Span, inner: Span): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1] && outer[1] - outer[0] > inner[1] - inner[0]
}

/** Merge overlapping finding spans so markers never nest; each mark lists its finding numbers. */
export function markSpans(findings: readonly Finding[], text: string): Mark[] {
  const sorted = findings
    .map((f, i) => ({ f, n: i + 1 }))
    .filter(({ f }) => f.span[1] > f.span[0] && !isAnswerLevel(f, text))
  // A finding about a whole sentence that holds word-level findings would swallow
  // their markers; the words are the more useful thing to point at.
  const fine = sorted
    .filter(({ f }, i) => !sorted.some(({ f: g }, j) => i !== j && contains(f.span, g.span)))
    .sort((a, b) => a.f.span[0] - b.f.span[0] || a.f.span[1] - b.f.span[1])
  const marks: Mark[] = []
  for (const { f, n } of fine) {
    const last = marks.at(-1)
    const red = f.flag !== undefined && RED_FLAGS.includes(f.flag)
    if (last && f.span[0] < last.span[1]) {
      last.span = [last.span[0], Math.max(last.span[1], f.span[1])]
      last.numbers.push(n)
      last.red ||= red
    } else {
      marks.push({ span: [f.span[0], f.span[1]], numbers: [n], red })
    }
  }
  return marks
}

/**
 * The answer with each flagged span marked: underlined and coloured on a
 * terminal, `[words]{1,2}` in plain text, where the numbers point at findings.
 */
export function markAnswer(text: string, findings: readonly Finding[], color: boolean): string {
  let out = ''
  let at = 0
  for (const mark of markSpans(findings, text)) {
    const [start, end] = mark.span
    out += text.slice(at, start)
    const words = text.slice(start, end)
    const refs = mark.numbers.join(',')
    if (color) {
      const style = mark.red ? '4;31' : '4;33'
      out += `${ansi(style, true)(words)}${ansi('2', true)(`{${refs}}`)}`
    } else {
      out += `[${words}]{${refs}}`
    }
    at = end
  }
  return out + text.slice(at)
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n')
}

/** The readable report: score and verdict, criteria bars, the marked answer, findings, strengths, stats. */
export function renderReport(text: string, report: Report, options: RenderOptions): string {
  const { color } = options
  const bold = ansi('1', color)
  const dim = ansi('2', color)
  const verdictColor = { strong: '32', solid: '36', 'needs-work': '33', weak: '31' }[report.verdict]
  const out: string[] = []

  out.push(
    `${bold('Score')} ${bold(String(report.score))}/100  ${ansi(`1;${verdictColor}`, color)(report.verdict)}`,
  )
  if (report.unscorable) out.push(`${ansi('33', color)('Not scored:')} ${report.unscorable}`)
  out.push('')

  if (report.criteria.length > 0) {
    out.push(bold('Criteria'))
    const width = Math.max(...report.criteria.map((c) => c.id.length))
    for (const c of report.criteria) {
      const pct = `${Math.round(c.score * 100)}%`.padStart(4)
      out.push(
        `  ${c.id.padEnd(width)}  ${bar(c.score, 20, color)} ${pct}  ${dim(`w ${c.weight}`)}`,
      )
      if (c.advice && c.score < 1) out.push(`  ${' '.repeat(width)}  ${dim(c.advice)}`)
    }
    out.push('')
  }

  out.push(bold('Answer'))
  out.push(indent(markAnswer(text, report.findings, color).trimEnd(), '  '))
  out.push('')

  if (report.findings.length > 0) {
    out.push(bold('Findings'))
    report.findings.forEach((f, i) => {
      const { line, column } = lineColumn(text, f.span[0])
      const where = isAnswerLevel(f, text) ? 'answer' : `${line}:${column}`
      const tag = f.flag && f.flag !== f.rule ? `${f.rule} · ${f.flag}` : f.rule
      const n = `${i + 1}.`.padEnd(4)
      out.push(`  ${n}${dim(where)}  ${ansi('33', color)(tag)}  ${f.message}`)
      if (f.suggestion) out.push(`      ${ansi('32', color)('→')} ${f.suggestion}`)
    })
    out.push('')
  }

  if (report.flags.length > 0) out.push(`${bold('Flags')}      ${report.flags.join(', ')}`)
  if (report.strengths.length > 0) out.push(`${bold('Strengths')}  ${report.strengths.join(', ')}`)
  const s = report.stats
  const stats = [
    `${s.words} words`,
    `${s.sentences} sentences`,
    `~${s.seconds}s spoken`,
    ...(s.wpm === undefined ? [] : [`${s.wpm} wpm`]),
    `${s.fillers} fillers`,
    `${s.hedges} hedges`,
    `grade ${s.grade}`,
  ]
  out.push(`${bold('Stats')}      ${stats.join(' · ')}`)
  return `${out.join('\n')}\n`
}
