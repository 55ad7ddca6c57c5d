import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Goal } from '../core/contracts/profile.js'
import { foldLine, milestonesToIcs } from './export-ics.js'

const goal: Goal = {
  id: 'g1',
  text: 'Pass the CKA exam',
  type: 'skill',
  horizon: 'short',
  targetDate: '2027-09-30',
  milestones: [
    { id: 'm1', text: 'Finish the course', due: '2027-03-31', done: true, doneAt: '2027-03-20' },
    { id: 'm2', text: 'Book the exam', done: false },
  ],
  progress: [],
}

const STAMP = new Date('2026-11-25T10:00:00Z')

describe('milestonesToIcs', () => {
  it('writes one all-day event per dated milestone plus the target, with stable uids', () => {
    const { ics, events, skipped } = milestonesToIcs([goal], STAMP)
    expect(events).toBe(2)
    expect(skipped).toBe(1)
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics).toContain('UID:g1.m1@headway')
    expect(ics).toContain('UID:g1.target@headway')
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20270331/)
    expect(ics).toContain('SUMMARY:✓ Finish the course')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2)
  })

  it('returns an empty calendar when nothing has a date', () => {
    const { targetDate: _, ...undated } = goal
    expect(milestonesToIcs([{ ...undated, milestones: [] }], STAMP)).toEqual({
      ics: '',
      events: 0,
      skipped: 0,
    })
  })
})

const octets = (line: string) => new TextEncoder().encode(line).length
const PROPERTIES =
  /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|X-WR-CALNAME|UID|DTSTAMP|DTSTART;VALUE=DATE|DURATION|SUMMARY|DESCRIPTION|CATEGORIES):/

/** The content lines of a calendar: physical lines unfolded (RFC 5545 3.1). */
const contentLines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1)

/** A TEXT value read back (RFC 5545 3.3.11). */
const readText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))

describe('the calendar cannot be injected into, and follows RFC 5545', () => {
  it('writes a milestone id with CRLF, and a text with a lone CR, inside their own lines', () => {
    const hostile: Goal = {
      ...goal,
      milestones: [
        {
          id: 'm1\r\nATTACH:http://evil.example/x',
          text: 'Ship\rBEGIN:VEVENT',
          due: '2027-01-02',
          done: false,
        },
      ],
    }
    const { ics } = milestonesToIcs([hostile], STAMP)
    const lines = ics.split('\r\n').slice(0, -1)
    expect(lines.every((l) => PROPERTIES.test(l) || l.startsWith(' '))).toBe(true)
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
    expect(ics).toContain('UID:g1.m1\\nATTACH:http://evil.example/x@headway')
    expect(ics).toContain('SUMMARY:Ship\\nBEGIN:VEVENT')
  })

  it('gives an all-day event a valid DURATION and a DTSTAMP', () => {
    const { ics } = milestonesToIcs([goal], STAMP)
    expect(ics.match(/^DURATION:.*$/gm)).toEqual(['DURATION:P1D', 'DURATION:P1D'])
    expect(ics).toContain('DTSTAMP:20261125T100000Z')
  })

  it('folds at 75 octets, not characters, and never inside a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}😀${'x'.repeat(100)}`
    const folded = foldLine(line)
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
  })

  it('property: any text and ids round-trip, lines stay within 75 octets, no stray line starts', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', '😀', ';', ',', '\\', '\r', '\n', ':', ' ', '\u0000', '\t'),
      minLength: 1,
      maxLength: 200,
    })
    fc.assert(
      fc.property(text, text, (milestoneText, id) => {
        const g: Goal = {
          ...goal,
          milestones: [{ id, text: milestoneText, due: '2027-05-01', done: false }],
        }
        const { ics } = milestonesToIcs([g], STAMP)
        const physical = ics.split('\r\n').slice(0, -1)
        for (const l of physical) {
          expect(octets(l)).toBeLessThanOrEqual(75)
          expect(PROPERTIES.test(l) || l.startsWith(' ')).toBe(true)
        }
        const summary = contentLines(ics).find((l) => l.startsWith('SUMMARY:')) ?? ''
        const expected = milestoneText
          .replace(/\r\n|\r/g, '\n')
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the writer drops them
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        expect(readText(summary.slice('SUMMARY:'.length))).toBe(expected)
      }),
      { seed: 20261204, numRuns: 300 },
    )
  })
})
