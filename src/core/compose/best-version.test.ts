import { describe, expect, it } from 'vitest'
import { bestVersion } from './best-version.js'

const v = (id: string, score: number, createdAt: string, unscorable?: string) => ({
  id,
  createdAt,
  report: { score, ...(unscorable ? { unscorable } : {}) },
})

describe('bestVersion', () => {
  it('takes the highest score, not the latest version', () => {
    const versions = [
      v('a', 61, '2026-12-01T10:00:00.000Z'),
      v('b', 84, '2026-12-02T10:00:00.000Z'),
      v('c', 52, '2026-12-03T10:00:00.000Z'),
    ]
    expect(bestVersion(versions)?.id).toBe('b')
  })

  it('breaks a tie with the later version, whatever the order given', () => {
    const versions = [
      v('late', 70, '2026-12-03T10:00:00.000Z'),
      v('early', 70, '2026-12-01T10:00:00.000Z'),
    ]
    expect(bestVersion(versions)?.id).toBe('late')
  })

  it('uses a version the critique could not judge only when it is all there is', () => {
    const garbled = v('g', 90, '2026-12-03T10:00:00.000Z', 'not English')
    expect(bestVersion([garbled, v('ok', 40, '2026-12-01T10:00:00.000Z')])?.id).toBe('ok')
    expect(bestVersion([garbled])?.id).toBe('g')
    expect(bestVersion([])).toBeUndefined()
  })
})
