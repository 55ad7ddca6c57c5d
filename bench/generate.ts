import { body, closings, openings } from './sentences.js'

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same answers. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T
}

/**
 * One answer of about `target` words: an opening, body sentences (each used
 * at most once per pass through the list), a closing; paragraphs every few
 * sentences so the text looks like a real written answer.
 */
export function generateAnswer(target: number, random: () => number): string {
  const closing = pick(closings, random)
  const sentences = [pick(openings, random)]
  let count = words(sentences[0] ?? '') + words(closing)
  let pool = [...body]
  while (count < target) {
    if (pool.length === 0) pool = [...body]
    const [next] = pool.splice(Math.floor(random() * pool.length), 1)
    if (!next) break
    sentences.push(next)
    count += words(next)
  }
  sentences.push(closing)
  let text = ''
  sentences.forEach((s, i) => {
    text += i === 0 ? s : i % 4 === 0 ? `\n\n${s}` : ` ${s}`
  })
  return text
}

/** `n` answers of about `target` words each, from a fixed seed. */
export function generateAnswers(n: number, target: number, seed: number): string[] {
  const random = prng(seed)
  return Array.from({ length: n }, () => generateAnswer(target, random))
}

export function wordCount(text: string): number {
  return words(text)
}
