import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import type { Issue } from '../errors.js'

/**
 * Password hashing with scrypt (node:crypto), stored as
 * `scrypt$<logN>$<r>$<p>$<salt>$<hash>` so the cost can rise later without
 * breaking old hashes.
 */

const KEY_LENGTH = 32

function derive(
  password: string,
  salt: Buffer,
  logN: number,
  r: number,
  p: number,
): Promise<Buffer> {
  const N = 2 ** logN
  return new Promise((resolve, reject) => {
    scrypt(
      password,
      salt,
      KEY_LENGTH,
      { N, r, p, maxmem: 256 * N * r + 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    )
  })
}

export async function hashPassword(password: string, logN = 15): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, logN, 8, 1)
  return ['scrypt', logN, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, logN, r, p, salt, hash] = stored.split('$')
  if (kind !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const key = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    Number(logN),
    Number(r),
    Number(p),
  )
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** A hash to verify against when the account does not exist, so timing does not tell. */
let dummy: Promise<string> | undefined
export function dummyHash(logN: number): Promise<string> {
  dummy ??= hashPassword('not a real password', logN)
  return dummy
}

export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 200

/** The most common passwords of 10 characters or more (from public breach top lists). */
const COMMON = new Set([
  '1234567890',
  '0123456789',
  '1111111111',
  '0000000000',
  '123456789a',
  'qwertyuiop',
  'asdfghjkl;',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwerty1234',
  'qwerty123456',
  'password12',
  'password123',
  'password1234',
  'password1!',
  'passw0rd123',
  'iloveyou12',
  'iloveyou123',
  'letmein123',
  'welcome123',
  'welcome1234',
  'changeme123',
  'administrator',
  'football123',
  'baseball123',
  'superman123',
  'princess123',
  'sunshine123',
  'monkey12345',
  'dragon12345',
  'trustno1234',
  'abcdefghij',
  'abc1234567',
  'headway1234',
  'headwaypassword',
])

/** Problems with a new password (empty when it is acceptable). */
export function passwordProblems(password: string, email?: string): Issue[] {
  const problems: Issue[] = []
  if (password.length < MIN_PASSWORD_LENGTH) {
    problems.push({ path: 'password', message: `use at least ${MIN_PASSWORD_LENGTH} characters` })
  } else if (password.length > MAX_PASSWORD_LENGTH) {
    problems.push({ path: 'password', message: `use at most ${MAX_PASSWORD_LENGTH} characters` })
  } else if (COMMON.has(password.toLowerCase())) {
    problems.push({ path: 'password', message: 'this password is too common: choose another' })
  } else if (email && password.toLowerCase() === email.toLowerCase()) {
    problems.push({ path: 'password', message: 'the password must not be your email address' })
  } else if (new Set(password).size < 4) {
    problems.push({ path: 'password', message: 'use more than three different characters' })
  }
  return problems
}
