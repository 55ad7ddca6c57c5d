import { describe, expect, it } from 'vitest'
import { milestoneSchema } from './profile.js'

describe('milestoneSchema', () => {
  it('refuses an id that could break out of a calendar line (issue 18)', () => {
    const hostile = milestoneSchema.safeParse({
      id: 'm1\r\nATTACH:http://evil.example/x',
      text: 'Ship',
    })
    expect(hostile.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['id', 'use letters, digits, ".", "_" and "-" only'],
    ])
    expect(milestoneSchema.safeParse({ id: 'k3x9_a-1.2', text: 'Ship' }).success).toBe(true)
  })
})
