import { describe, expect, it } from 'vitest'
import { parseLine } from './line.js'

const error = (raw: string) => {
  const parsed = parseLine(raw, 1)
  return parsed.ok ? 'ok' : parsed.error
}

describe('parseLine', () => {
  it('maps the flat batch context onto CritiqueContext and ignores other keys', () => {
    const parsed = parseLine(
      JSON.stringify({
        id: 'a1',
        text: 'I plan to lead the analytics team.',
        question: 'why-here',
        spoken: true,
        label: 'strong',
        context: {
          company: 'Acme',
          role: 'Analyst',
          values: ['Ownership'],
          mission: 'M',
          seconds: 40,
        },
      }),
      7,
    )
    expect(parsed).toEqual({
      ok: true,
      item: {
        line: 7,
        id: 'a1',
        text: 'I plan to lead the analytics team.',
        context: {
          question: 'why-here',
          spoken: true,
          seconds: 40,
          company: { name: 'Acme', mission: 'M', values: ['Ownership'] },
          role: { title: 'Analyst' },
        },
      },
    })
  })

  it('accepts a null context, numeric ids and context.spoken', () => {
    const a = parseLine('{"id": 3, "text": "Fine.", "context": null}', 1)
    expect(a.ok && a.item.context).toEqual({})
    const b = parseLine('{"id": "b", "text": "Fine.", "context": {"spoken": true}}', 1)
    expect(b.ok && b.item.context).toEqual({ spoken: true })
  })

  it('names what is wrong with a bad line', () => {
    expect(error('{"id": "a", "text": ')).toBe('not valid JSON')
    expect(error('[1, 2]')).toBe('expected a JSON object, not an array')
    expect(error('{"text": "hi"}')).toBe('no id')
    expect(error('{"id": "", "text": "hi"}')).toBe('id must be a non-empty string or a number')
    expect(error('{"id": "a"}')).toBe('no text')
    expect(error('{"id": "a", "text": 4}')).toBe('text must be a string, not a number')
    expect(error('{"id": "a", "text": "  "}')).toMatch(/^id "a": the answer is empty/i)
    expect(error(JSON.stringify({ id: 'a', text: 'x'.repeat(20_001) }))).toMatch(
      /^id "a": .*20,001 characters/,
    )
    expect(error('{"id": "a", "text": "hi", "question": "salary"}')).toMatch(/^question: /)
    expect(error('{"id": "a", "text": "hi", "context": {"values": "x"}}')).toMatch(
      /^context\.values: /,
    )
  })
})
