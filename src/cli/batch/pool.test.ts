import { afterEach, describe, expect, it } from 'vitest'
import { createPool, type Pool } from './pool.js'
import type { WorkItem } from './protocol.js'

const items = (n: number, from = 0): WorkItem[] =>
  Array.from({ length: n }, (_, i) => ({
    line: from + i + 1,
    raw: JSON.stringify({
      id: `a${from + i}`,
      text: `My goal is to lead the data team within ${from + i + 2} years.`,
    }),
  }))

let pool: Pool | undefined
afterEach(async () => {
  await pool?.close()
  pool = undefined
})

describe('createPool', () => {
  it('runs in-process for one worker', async () => {
    pool = await createPool(1)
    expect(pool.threaded).toBe(false)
    const results = await pool.run(items(3))
    expect(results.map((r) => r.line)).toEqual([1, 2, 3])
    expect(pool.perWorker()).toEqual([3])
  })

  it('spreads chunks over two threads and returns each chunk in order', async () => {
    pool = await createPool(2)
    expect(pool.threaded).toBe(true)
    const [a, b] = await Promise.all([pool.run(items(4)), pool.run(items(4, 4))])
    expect(a?.map((r) => r.line)).toEqual([1, 2, 3, 4])
    expect(b?.map((r) => (r.ok ? JSON.parse(r.json).id : r.error))).toEqual([
      'a4',
      'a5',
      'a6',
      'a7',
    ])
    expect(pool.perWorker()).toEqual([4, 4])
  })

  it('rejects pending work with a message when a worker stops', async () => {
    pool = await createPool(2)
    // Attach the expectation before stopping: the rejection arrives while close() is awaited.
    const pending = expect(pool.run(items(2000))).rejects.toThrow(/a batch worker stopped/)
    await pool.close()
    await pending
    await expect(pool.run(items(1))).rejects.toThrow(/a batch worker stopped/)
  })
})
