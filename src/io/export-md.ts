import type { PrepSheetContent } from '../core/contracts/entities.js'

/**
 * Text as Markdown that shows it as written: HTML's `&`, `<` and `>` become
 * entities (Markdown passes raw HTML through, so a company page's decoded
 * `<img onerror=…>` would otherwise be markup in every viewer), and the
 * characters that start emphasis, code or links are escaped. Text is escaped
 * once, here, from the decoded value: `&lt;` in a value shows as `&lt;`.
 */
export function markdownText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]])/g, '\\$1')
}

/** One line of Markdown text: line breaks inside a field would start new blocks. */
const inline = (value: string) => markdownText(value.replace(/\s*[\r\n]+\s*/g, ' '))

/** A paragraph field: blank lines kept, each line escaped, a leading '#', '-' or digit-dot made literal. */
const paragraph = (value: string) =>
  value
    .split(/\r\n|\r|\n/)
    .map((line) => markdownText(line).replace(/^(\s*)([#+-]|\d+\.)(?=\s|$)/, '$1\\$2'))
    .join('\n')

const list = (items: readonly string[], empty: string) =>
  items.length ? items.map((i) => `- ${inline(i)}`).join('\n') : `_${empty}_`

/**
 * A prep sheet as Markdown (the web app's "Export Markdown"): every field escaped
 * so stored text, whatever it holds, reads as text and never as HTML or markup.
 *
 * @example
 * prepSheetToMarkdown(sheet).startsWith('# Prep: Data analyst at Acme')
 */
export function prepSheetToMarkdown(s: PrepSheetContent): string {
  const stories = s.stories.length
    ? s.stories
        .map(
          (st) =>
            `### ${inline(st.title)}\n\n- **Situation:** ${inline(st.situation)}\n- **Task:** ${inline(st.task)}\n- **Action:** ${inline(st.action)}\n- **Result:** ${inline(st.result)}`,
        )
        .join('\n\n')
    : '_No STAR stories yet._'
  return `# ${inline(s.title)}

${inline(s.role)} at ${inline(s.company)}${s.interviewDate ? `, interview on ${inline(s.interviewDate)}` : ''}

## My answer${s.score === undefined ? '' : ` (score ${s.score})`}

${s.answer ? paragraph(s.answer) : '_No saved answer yet._'}

## Strong start

${s.strongStart ? inline(s.strongStart) : '_Open with your long-term aim, in one sentence._'}

## Strong finish

${s.strongFinish ? inline(s.strongFinish) : '_Close with how you will contribute here._'}

## Talking points

${list(s.talkingPoints, 'None yet.')}

## STAR stories

${stories}

## Questions to ask

${list(s.questions, 'None yet.')}

## What to avoid

${list(s.avoid, 'Nothing flagged.')}
`
}
