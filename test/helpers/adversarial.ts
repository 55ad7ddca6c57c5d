import { generateAnswer, prng } from '../../bench/generate.js'

/**
 * Worst-case inputs for the cost checks (issue 18): shapes that once bought
 * seconds of CPU with a small body, and a normal input of the same size to
 * compare each against. Seeded, so every run measures the same text.
 */

/** A normal written answer (several generated answers) cut to `length` characters. */
export function normalText(length: number, seed = 18): string {
  const random = prng(seed)
  let text = ''
  while (text.length < length) text += `${generateAnswer(150, random)}\n\n`
  return text.slice(0, length)
}

/** Separators that make wink's tokenizer try its e-mail and URL patterns at every position. */
export const RUN_SEPARATORS = ['-', '.', '+', '_', '%', '/', ',', "'", '@'] as const

/**
 * One run of `length` characters with no space: varied short words joined by
 * `separator` ("lead-grow-team-…"), so wink's token cache cannot help.
 */
export function longRun(separator: string, length: number, seed = 18): string {
  const random = prng(seed)
  let text = ''
  while (text.length < length) {
    const letters = 2 + Math.floor(random() * 6)
    for (let i = 0; i < letters; i++) text += String.fromCharCode(97 + Math.floor(random() * 26))
    text += separator
  }
  return text.slice(0, length)
}

/** CPU milliseconds of `work`, the best of `rounds` (the least disturbed by other processes). */
export function cpuMs(work: () => unknown, rounds = 3): number {
  let best = Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage()
    work()
    const spent = process.cpuUsage(start)
    best = Math.min(best, (spent.user + spent.system) / 1000)
  }
  return best
}

/** How many times the worst input costs the normal one, each measured best-of-`rounds`, interleaved. */
export function costRatio(
  work: (input: string) => unknown,
  worst: string,
  normal: string,
  rounds = 3,
): number {
  work(normal)
  work(worst)
  const normalMs = cpuMs(() => work(normal), rounds)
  const worstMs = cpuMs(() => work(worst), rounds)
  return worstMs / Math.max(normalMs, 0.05)
}

/**
 * A normal company page of about `length` characters: the body of a real-looking
 * values page (test/fixtures/company/values-cards) repeated under one <main>.
 */
export function normalPage(length: number, fixture: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(fixture)?.[1] ?? fixture
  let html = ''
  while (html.length < length) html += body
  return `<!doctype html><html><head><title>Acme</title></head><body><main>${html}</main></body></html>`
}

/** `blocks` chains of `depth` nested divs, each around a few words: deep and wide. */
export function nestedPage(blocks: number, depth: number): string {
  const chain = `${'<div>'.repeat(depth)}Our values guide us ${'</div>'.repeat(depth)}`
  return `<!doctype html><html><body>${chain.repeat(blocks)}</body></html>`
}

/** A flat page of `length` characters of empty-ish divs: the most elements per byte. */
export function flatPage(length: number): string {
  return `<!doctype html><html><body>${'<div>x</div>'.repeat(Math.ceil(length / 12))}</body></html>`
}
