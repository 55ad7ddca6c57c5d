import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Dossier } from '../core/index.js'
import { readCompany } from './read-company.js'
import { answerTextProblem, decodeText } from './read-input.js'
import { UsageError } from './usage-error.js'

const dir = mkdtempSync(join(tmpdir(), 'headway-read-input-'))
const write = (name: string, content: string) => {
  writeFileSync(join(dir, name), content)
  return name
}
const source = { quote: 'q', start: 0, end: 1 }

describe('answerTextProblem', () => {
  it('accepts ordinary text and rejects empty, too long and NUL', () => {
    expect(answerTextProblem('I plan to lead the data team.')).toBeNull()
    expect(answerTextProblem(' \n\t ')).toMatch(/answer is empty/i)
    expect(answerTextProblem('a'.repeat(20_000))).toBeNull()
    expect(answerTextProblem('a'.repeat(20_001))).toMatch(/20,001 characters.*limit is 20,000/)
    expect(answerTextProblem('abc\u0000def')).toMatch(/binary/)
  })
})

describe('decodeText', () => {
  it('decodes UTF-8, drops a BOM, and rejects NUL bytes and bad sequences', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFcafé ’ll 🚀'), 'f')).toBe('café ’ll 🚀')
    expect(() => decodeText(new Uint8Array([0x61, 0, 0x62]), 'f')).toThrow(/f looks binary/)
    expect(() => decodeText(new Uint8Array([0x61, 0xff, 0x62]), 'f')).toThrow(
      /f is not valid UTF-8/,
    )
    expect(() => decodeText(new Uint8Array([0xc3]), 'f')).toThrow(UsageError)
  })
})

describe('readCompany', () => {
  it('reads a plain company object', async () => {
    const file = write(
      'plain.json',
      JSON.stringify({ name: 'Acme', values: ['Ownership', { name: 'Craft' }] }),
    )
    expect(await readCompany(file, dir)).toEqual({
      company: { name: 'Acme', values: ['Ownership', { name: 'Craft' }] },
    })
  })

  it('maps a dossier onto company and role', async () => {
    const dossier: Dossier = {
      name: 'Acme',
      mission: { text: 'Make payments boring.', source },
      vision: null,
      values: [{ name: 'Ownership', description: 'We finish what we start.', source }],
      culture: [],
      initiatives: [{ text: 'Expand to Canada in 2026.', horizon: 'short', source }],
      products: [{ name: 'Acme Pay', source }],
      job: {
        title: 'Data Analyst',
        responsibilities: [{ text: 'Own the revenue dashboards.', source }],
        requirements: [],
        niceToHave: [],
        skills: ['SQL', 'dbt'],
      },
      warnings: [],
    }
    expect(await readCompany(write('dossier.json', JSON.stringify(dossier)), dir)).toEqual({
      company: {
        name: 'Acme',
        mission: 'Make payments boring.',
        values: [{ name: 'Ownership', description: 'We finish what we start.' }],
        products: ['Acme Pay'],
        initiatives: ['Expand to Canada in 2026.'],
      },
      role: {
        title: 'Data Analyst',
        duties: ['Own the revenue dashboards.'],
        skills: ['SQL', 'dbt'],
      },
    })
  })

  it('names the problem: not JSON, not an object, wrong types with key path, unknown key', async () => {
    await expect(readCompany(write('bad.json', '{"name": '), dir)).rejects.toThrow(
      /bad.json is not valid JSON/,
    )
    await expect(readCompany(write('arr.json', '[1]'), dir)).rejects.toThrow(
      /must hold a JSON object/,
    )
    await expect(readCompany(write('types.json', '{"name": 3}'), dir)).rejects.toThrow(
      /not a valid company[\s\S]*name: .*expected string/,
    )
    await expect(readCompany(write('vals.json', '{"values": ["a", 4]}'), dir)).rejects.toThrow(
      /values\.1: /,
    )
    await expect(readCompany(write('typo.json', '{"value": ["a"]}'), dir)).rejects.toThrow(/value/)
    await expect(
      readCompany(write('dos.json', JSON.stringify({ name: 'A', warnings: [], values: 'x' })), dir),
    ).rejects.toThrow(/not a valid dossier[\s\S]*values: /)
    await expect(readCompany('missing.json', dir)).rejects.toThrow(/missing.json: no such file/)
  })
})
