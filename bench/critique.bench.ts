/**
 * `npm run bench`: headway's critique against the floor (wink-nlp readDoc) and
 * the peers a user would reach for (write-good, a retext pipeline), on the same
 * generated answers of about 60, 150 and 400 words; then 10,000 answers through
 * `headway batch` on one worker and on two.
 */

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { retext as retextBase } from 'retext'
import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import retextIntensify from 'retext-intensify'
import retextPassive from 'retext-passive'
import retextReadability from 'retext-readability'
import retextSimplify from 'retext-simplify'
import writeGood from 'write-good'
import { buildCli } from '../scripts/build-cli.js'
import type { CommandIO } from '../src/cli/io.js'
import type * as CliMain from '../src/cli/main.js'
import type { CritiqueContext } from '../src/core/contracts/context.js'
import { analyze } from '../src/core/index.js'
import { nlp } from '../src/core/text/nlp.js'
import { generateAnswers, prng, wordCount } from './generate.js'

const SIZES = [60, 150, 400] as const
const ANSWERS_PER_SIZE = 200
/** Time spent measuring one tool on one size, after warm-up. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 4500)
/** Rounds per size: the headway/readDoc ratio is the median of the per-round ratios. */
const ROUNDS = 9
const BATCH_ANSWERS = Number(process.env.BENCH_BATCH ?? 10_000)
/** The batch part is cut down (and says so) if one worker would need longer than this. */
const BATCH_BUDGET_S = Number(process.env.BENCH_BATCH_BUDGET_S ?? 75)

// `retext` brings the stringify compiler processSync needs; retext-english replaces its Latin parser.
const retext = retextBase()
  .use(retextEnglish)
  .use(retextReadability, { age: 22 })
  .use(retextIntensify)
  .use(retextPassive)
  .use(retextSimplify)
  .use(retextEquality)
  .freeze()

/**
 * A company dossier as the live critique has one: its values are matched against
 * every answer (written for this bench, not taken from a company's pages).
 */
const DOSSIER: CritiqueContext = {
  company: {
    name: 'Oakline Health',
    mission: 'Make clinical data useful to every nurse and doctor.',
    values: [
      { name: 'Patients first', description: 'We start from what a patient needs.' },
      { name: 'Own the outcome', description: 'We take responsibility for results end to end.' },
      { name: 'Learn in public', description: 'We share what we learn, mistakes included.' },
      {
        name: 'Collaboration',
        description: 'We win together across clinical and engineering teams.',
      },
      { name: 'Craft', description: 'Quality and care in every detail.' },
      { name: 'Integrity' },
    ],
  },
  role: { title: 'Data engineer' },
}

const tools: { name: string; run: (text: string) => unknown }[] = [
  { name: 'headway analyze', run: (text) => analyze(text) },
  { name: 'headway + dossier', run: (text) => analyze(text, DOSSIER) },
  { name: 'wink readDoc', run: (text) => nlp().readDoc(text).tokens().length() },
  { name: 'write-good', run: (text) => writeGood(text) },
  { name: 'retext pipeline', run: (text) => retext.processSync(text).messages.length },
]

interface Row {
  size: number
  tool: string
  median: number
  p99: number
  perSecond: number
  samples: number
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}

/**
 * Time one call per sample: the raw latencies in ms, and the process CPU time per
 * call over the whole sample (which a busy machine's preemptions do not inflate).
 */
function sample(run: (text: string) => unknown, answers: string[], from: number, budget: number) {
  const times: number[] = []
  const cpu0 = process.cpuUsage()
  const start = performance.now()
  let i = from
  while (times.length < 10 || (performance.now() - start < budget && times.length < 5_000)) {
    const text = answers[i++ % answers.length] ?? ''
    const t0 = performance.now()
    run(text)
    times.push(performance.now() - t0)
  }
  const cpu = process.cpuUsage(cpu0)
  return { times, cpuPerCall: (cpu.user + cpu.system) / 1000 / times.length }
}

function summarise(times: number[]): Omit<Row, 'size' | 'tool'> {
  const total = times.reduce((a, b) => a + b, 0)
  const sorted = [...times].sort((a, b) => a - b)
  return {
    median: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    perSecond: (times.length / total) * 1000,
    samples: times.length,
  }
}

/**
 * The tools take turns in short rounds rather than one long run each, so a
 * burst of load on a shared machine hits them all alike and the ratios hold.
 */
function measureSize(answers: string[]): Map<string, ReturnType<typeof sample>[]> {
  const times = new Map(tools.map((t) => [t.name, [] as ReturnType<typeof sample>[]]))
  for (const tool of tools) for (let i = 0; i < 20; i++) tool.run(answers[i % answers.length] ?? '')
  for (let round = 0; round < ROUNDS; round++)
    for (const tool of tools)
      times.get(tool.name)?.push(sample(tool.run, answers, round * 37, BUDGET_MS / ROUNDS))
  return times
}

const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  )

type Samples = Map<string, ReturnType<typeof sample>[]>

/**
 * headway/readDoc per round, so a load burst moves one round, not the figure: by
 * median latency, and by CPU time per call (a call preempted on a shared machine
 * waits on the wall clock, not on the CPU; longer calls are preempted more often).
 */
function roundRatios(byTool: Samples): { wall: number[]; cpu: number[] } {
  const head = byTool.get('headway analyze') ?? []
  const floor = byTool.get('wink readDoc') ?? []
  return {
    wall: head.map((s, round) => median(s.times) / median(floor[round]?.times ?? [])),
    cpu: head.map((s, round) => s.cpuPerCall / (floor[round]?.cpuPerCall ?? Number.NaN)),
  }
}

const spreadOf = (values: number[]) =>
  `${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)}`

/** The critique's targets at ~150 words, as headway/readDoc median latency. */
const TARGETS = [
  { issue: 11, most: 3 },
  { issue: 13, most: 2 },
]

const fmt = (n: number, digits = 3) => n.toFixed(digits).padStart(9)

function latencyTable(): Row[] {
  // Load the model and JIT every tool once before any clock starts.
  const warm = generateAnswers(20, 150, 1)
  for (const tool of tools) for (const text of warm) tool.run(text)

  const rows: Row[] = []
  const ratios = new Map<number, ReturnType<typeof roundRatios>>()
  for (const size of SIZES) {
    const answers = generateAnswers(ANSWERS_PER_SIZE, size, 1000 + size)
    const mean = answers.reduce((n, a) => n + wordCount(a), 0) / answers.length
    console.log(`~${size} words: ${answers.length} answers, mean ${mean.toFixed(0)} words`)
    const byTool = measureSize(answers)
    for (const [tool, rounds] of byTool)
      rows.push({ size, tool, ...summarise(rounds.flatMap((r) => r.times)) })
    ratios.set(size, roundRatios(byTool))
  }
  console.log('\nwords  tool              median ms   p99 ms   answers/s  samples')
  for (const r of rows)
    console.log(
      `${String(r.size).padStart(5)}  ${r.tool.padEnd(16)}${fmt(r.median)}${fmt(r.p99)}${fmt(r.perSecond, 0).padStart(12)}${String(r.samples).padStart(9)}`,
    )
  console.log('\nratios of median latency (lower is better for headway):')
  for (const size of SIZES) {
    const get = (tool: string) =>
      rows.find((r) => r.size === size && r.tool === tool)?.median ?? Number.NaN
    const head = get('headway analyze')
    const perRound = ratios.get(size) ?? { wall: [], cpu: [] }
    const floor = median(perRound.wall)
    const cpuFloor = median(perRound.cpu)
    const withDossier = get('headway + dossier') / get('wink readDoc')
    const peer = head / get('retext pipeline')
    const wg = head / get('write-good')
    console.log(
      `  ~${size} words: headway/readDoc ${floor.toFixed(2)}x (median of ${perRound.wall.length} rounds, ${spreadOf(perRound.wall)}; CPU time ${cpuFloor.toFixed(2)}x, ${spreadOf(perRound.cpu)}), headway/retext ${peer.toFixed(2)}x, headway/write-good ${wg.toFixed(2)}x; with a 6-value dossier ${withDossier.toFixed(2)}x readDoc`,
    )
    if (size === 150) {
      for (const t of TARGETS)
        console.log(
          `    target issue ${t.issue}: headway/readDoc <= ${t.most}x at ~150 words: ${floor <= t.most ? 'met' : 'NOT MET'} by median latency, ${cpuFloor <= t.most ? 'met' : 'NOT MET'} by CPU time`,
        )
      console.log(`    target: headway faster than retext: ${peer < 1 ? 'met' : 'NOT MET'}`)
    }
  }
  return rows
}

class Sink extends PassThrough {
  text = ''
  isTTY = false
  constructor() {
    super()
    this.on('data', (c: Buffer) => {
      this.text += c.toString('utf8')
    })
  }
}

async function batchRun(
  main: typeof CliMain.main,
  input: string,
  output: string,
  workers: number,
  count: number,
) {
  const stderr = new Sink()
  const io: CommandIO = {
    stdin: Readable.from([]),
    stdout: new Sink(),
    stderr,
    cwd: process.cwd(),
    env: {},
  }
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const code = await main(
    ['batch', '--in', input, '--out', output, '--workers', String(workers)],
    io,
  )
  const wall = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const processed = Number(/(\d+) answers critiqued/.exec(stderr.text)?.[1] ?? 0)
  if (code !== 0 || processed !== count)
    throw new Error(`batch failed (exit ${code}):\n${stderr.text}`)
  // process.cpuUsage counts every thread of the process, workers included.
  const split = /workers?: ([\d +]+)\)/.exec(stderr.text)?.[1] ?? String(processed)
  return {
    wall,
    perSecond: processed / wall,
    cores: (cpu.user + cpu.system) / 1e6 / wall,
    perWorker: split.split(' + ').map(Number),
  }
}

/**
 * The batch runs the compiled CLI, as `npx headway` does: under tsx each worker
 * thread would first transpile the whole core, a start-up cost users never pay.
 */
async function compiledMain(): Promise<typeof CliMain.main> {
  const root = fileURLToPath(new URL('../', import.meta.url))
  const out = join(root, 'test-artifacts/bench-dist')
  const seconds = await buildCli(out)
  console.log(
    seconds > 0
      ? `(compiled the CLI in ${seconds.toFixed(1)}s)`
      : '(the compiled CLI is up to date)',
  )
  const entry = join(out, 'cli/main.js')
  if (!existsSync(entry)) throw new Error('could not compile the CLI for the batch benchmark')
  const module = (await import(pathToFileURL(entry).href)) as typeof CliMain
  return module.main
}

async function batchBench(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'headway-bench-'))
  try {
    const random = prng(7)
    const pools = SIZES.map((size) => generateAnswers(100, size, 2000 + size))
    const lines: string[] = []
    for (let i = 0; i < count; i++) {
      // Mostly mid-length answers, as a career centre's export would hold.
      const r = random()
      const pool = pools[r < 0.25 ? 0 : r < 0.85 ? 1 : 2] ?? []
      lines.push(JSON.stringify({ id: `a${i}`, text: pool[Math.floor(random() * pool.length)] }))
    }
    const input = join(dir, 'in.jsonl')
    writeFileSync(input, `${lines.join('\n')}\n`)
    console.log(
      `\nbatch: ${count.toLocaleString('en')} answers (25% ~60, 60% ~150, 15% ~400 words), ${availableParallelism()} cores`,
    )
    const main = await compiledMain()
    const one = await batchRun(main, input, join(dir, 'out1.jsonl'), 1, count)
    const two = await batchRun(main, input, join(dir, 'out2.jsonl'), 2, count)
    console.log('workers  seconds  answers/s  CPU cores busy')
    for (const [n, r] of [
      [1, one],
      [2, two],
    ] as const)
      console.log(
        `${String(n).padStart(7)}${r.wall.toFixed(2).padStart(9)}${r.perSecond.toFixed(0).padStart(11)}${r.cores.toFixed(2).padStart(16)}`,
      )
    const shares = two.perWorker.map((n) => `${((n / count) * 100).toFixed(0)}%`).join(' / ')
    const busy = loadavg()[0] ?? 0
    console.log(
      `speedup 2 vs 1 worker: ${(two.perSecond / one.perSecond).toFixed(2)}x; work split across the 2 workers: ${shares}; ` +
        `CPU busy with 2 workers: ${two.cores.toFixed(2)} cores of ${availableParallelism()}` +
        (busy > availableParallelism() ? ` (machine shared: load average ${busy.toFixed(1)})` : ''),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** How many answers the batch part can afford, from the measured latencies and the mix. */
function batchSize(rows: Row[]): number {
  const mix = [0.25, 0.6, 0.15]
  const msPerAnswer = SIZES.reduce((sum, size, i) => {
    const row = rows.find((r) => r.size === size && r.tool === 'headway analyze')
    return sum + (mix[i] ?? 0) * (row ? 1000 / row.perSecond : 0)
  }, 0)
  const estimate = (BATCH_ANSWERS * msPerAnswer) / 1000
  if (estimate <= BATCH_BUDGET_S) return BATCH_ANSWERS
  const count = Math.max(500, Math.floor((BATCH_BUDGET_S * 1000) / msPerAnswer / 100) * 100)
  console.log(
    `\nNOTE: ${BATCH_ANSWERS.toLocaleString('en')} answers would take ~${estimate.toFixed(0)}s on one worker; ` +
      `running ${count.toLocaleString('en')} to keep the bench short (BENCH_BATCH_BUDGET_S=${BATCH_BUDGET_S}).`,
  )
  return count
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')
console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${load()}`)
const t0 = performance.now()
const rows = latencyTable()
// BENCH_BATCH=0: the latency table alone.
if (BATCH_ANSWERS > 0) await batchBench(batchSize(rows))
console.log(`load average at the end: ${load()}`)
console.log(`\nbench took ${((performance.now() - t0) / 1000).toFixed(0)}s`)
