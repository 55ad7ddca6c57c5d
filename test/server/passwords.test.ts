import { describe, expect, it } from 'vitest'
import { hashPassword, passwordProblems, verifyPassword } from '../../src/server/auth/passwords.js'
import { DEFAULT_CONFIG } from '../../src/server/config.js'

describe('passwords', () => {
  it('hashes with scrypt at the production cost by default, salted, and verifies', async () => {
    expect(DEFAULT_CONFIG.scryptLogN).toBe(15)
    const a = await hashPassword('correct horse battery')
    const b = await hashPassword('correct horse battery')
    expect(a).toMatch(/^scrypt\$15\$8\$1\$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('correct horse battery', a)).toBe(true)
    expect(await verifyPassword('correct horse batterx', a)).toBe(false)
    expect(await verifyPassword('', a)).toBe(false)
  })

  it('verifies hashes of other costs and refuses malformed ones', async () => {
    const cheap = await hashPassword('another long phrase', 10)
    expect(cheap).toMatch(/^scrypt\$10\$/)
    expect(await verifyPassword('another long phrase', cheap)).toBe(true)
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false)
    expect(await verifyPassword('x', '')).toBe(false)
  })

  it('names the rule a new password breaks', () => {
    expect(passwordProblems('a fine long passphrase')).toEqual([])
    expect(passwordProblems('ninechars')[0]?.message).toMatch(/at least 10/)
    expect(passwordProblems('x'.repeat(201))[0]?.message).toMatch(/at most 200/)
    expect(passwordProblems('Password123')[0]?.message).toMatch(/too common/)
    expect(passwordProblems('ada@example.org', 'Ada@Example.org')[0]?.message).toMatch(/email/)
    expect(passwordProblems('abababababab')[0]?.message).toMatch(/different characters/)
  })
})
