import { describe, expect, it } from 'vitest'
import type { StoredCompany } from '../../core/index.js'
import { sameCompany } from './sameCompany.js'

const company = (id: string, name: string, url?: string): StoredCompany => ({
  id,
  name,
  ...(url ? { url } : {}),
  dossier: {
    name,
    mission: null,
    vision: null,
    values: [],
    culture: [],
    initiatives: [],
    products: [],
    job: null,
    warnings: [],
  },
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
})

describe('sameCompany', () => {
  const saved = [
    company('a', 'Lumen Health, Inc.', 'https://www.lumen.example/about'),
    company('b', 'Acme'),
  ]

  it('finds the saved company by name, ignoring case, punctuation and Inc.', () => {
    expect(sameCompany(saved, 'lumen health')?.id).toBe('a')
    expect(sameCompany(saved, 'ACME')?.id).toBe('b')
  })

  it('finds it by web site when the name differs', () => {
    expect(sameCompany(saved, 'Lumen', 'https://lumen.example/careers')?.id).toBe('a')
  })

  it('finds nothing for another company or an empty name', () => {
    expect(sameCompany(saved, 'Acme Health')).toBeUndefined()
    expect(sameCompany(saved, '  ')).toBeUndefined()
  })
})
