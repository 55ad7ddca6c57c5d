import type { Writable } from 'node:stream'

/**
 * A one-line progress bar redrawn in place on a terminal (stderr only; the
 * caller decides whether stderr is one). Redraws at most every 100 ms.
 */
export function createProgress(stream: Writable & { columns?: number }, totalBytes: number | null) {
  let last = 0
  const started = performance.now()
  const draw = (bytes: number, done: number) => {
    const seconds = (performance.now() - started) / 1000
    const rate = seconds > 0 ? Math.round(done / seconds) : 0
    const tail = ` ${done.toLocaleString('en')} answers  ${rate.toLocaleString('en')}/s`
    if (totalBytes === null || totalBytes === 0) {
      stream.write(`\r\u001b[K${tail.trimStart()}`)
      return
    }
    const fraction = Math.min(1, bytes / totalBytes)
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - tail.length - 8))
    const filled = Math.round(fraction * width)
    const pct = `${Math.round(fraction * 100)}%`.padStart(4)
    stream.write(`\r\u001b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}${tail}`)
  }
  return {
    update(bytes: number, done: number) {
      const now = performance.now()
      if (now - last < 100) return
      last = now
      draw(bytes, done)
    },
    finish(bytes: number, done: number) {
      draw(bytes, done)
      stream.write('\n')
    },
  }
}
