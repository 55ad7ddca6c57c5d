import { defineRule, type Hit } from '../rule.js'

/** Template slots: [Job Title], {company}, <Company Name>, XYZ Corp, a blank line ______. */
const PLACEHOLDER =
  /\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|<[A-Z][^>\n]{0,40}>|\b(?:XYZ|ABC) (?:Corp|Company|Inc)\b|_{3,}/g

export const placeholders = defineRule({
  id: 'placeholders',
  criterion: 'specific',
  description: 'Template placeholders left in the answer ([Job Title], [Company]).',
  check(doc) {
    const hits: Hit[] = []
    // A fresh RegExp per call: a shared g-flag RegExp keeps state between calls.
    for (const m of doc.text.matchAll(new RegExp(PLACEHOLDER))) {
      const start = m.index ?? 0
      hits.push({
        rule: 'placeholders',
        criterion: 'specific',
        effect: 'costs',
        span: [start, start + m[0].length],
        weight: 0,
        actual: m[0],
        message: `"${m[0]}" is a placeholder: the answer is unfinished.`,
        suggestion: 'Replace it with the real name before you practise or send this.',
      })
    }
    return hits
  },
})
