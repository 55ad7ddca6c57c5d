import { createReadStream } from 'node:fs'
import { type FileHandle, open, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import type { Readable } from 'node:stream'
import { parseArgs } from 'node:util'
import { readLines } from '../batch/lines.js'
import { createPool } from '../batch/pool.js'
import { createProgress } from '../batch/progress.js'
import type { WorkItem, WorkResult } from '../batch/protocol.js'
import { BatchSummary } from '../batch/summary.js'
import type { Command } from '../command.js'
import type { CommandIO } from '../io.js'
import { UsageError } from '../usage-error.js'

/**
 * Each thread loads the model and the rules again (~0.6 s of CPU) and copies every
 * answer both ways: on a 2-core machine, 120 answers took twice the CPU and more wall
 * time on two threads than on one, and 1,200 answers still 1.7x the CPU. Below this
 * size (about 500 answers) the default is to critique in this thread.
 */
const SMALL_INPUT_BYTES = 512 * 1024

const usage = `Usage: headway batch --in FILE.jsonl --out FILE.jsonl [--workers N]

Critique many answers. Each input line is a JSON object
  {"id", "text", "question"?, "spoken"?, "context"?: {"company"?, "role"?, "values"?, "mission"?, "spoken"?, "seconds"?}}
(other keys are ignored). Each output line, in input order, is
  {"id", "score", "verdict", "flags", "strengths", "criteria"}.
Bad lines are reported on stderr with their line number and skipped.

Options:
  --in FILE.jsonl    input, or - for standard input
  --out FILE.jsonl   output, or - for standard output
  --workers N        worker threads, 1 to 64 (default: the number of cores, ${defaultWorkers()} here;
                     1 for a file under ${SMALL_INPUT_BYTES / 1024} KB, where starting threads costs more than it saves)

Exit codes: 0 at least one answer critiqued, 1 none, 2 bad usage.`

/** Items per message to a worker: enough to amortise the copy, small enough to balance. */
const CHUNK = 32

function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), 8))
}

function parse(argv: string[]) {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: { in: { type: 'string' }; out: { type: 'string' }; workers: { type: 'string' } }
    }>
  >
  try {
    parsed = parseArgs({
      args: argv,
      options: { in: { type: 'string' }, out: { type: 'string' }, workers: { type: 'string' } },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values } = parsed
  if (values.in === undefined) throw new UsageError('--in FILE.jsonl is required')
  if (values.out === undefined) throw new UsageError('--out FILE.jsonl is required')
  let workers: number | null = null
  if (values.workers !== undefined) {
    workers = Number(values.workers)
    if (!/^\d+$/.test(values.workers) || workers < 1 || workers > 64)
      throw new UsageError(`--workers must be a whole number from 1 to 64, not '${values.workers}'`)
  }
  return { input: values.in, output: values.out, workers }
}

async function openInput(
  path: string,
  io: CommandIO,
): Promise<{ stream: Readable; size: number | null }> {
  if (path === '-') return { stream: io.stdin, size: null }
  const full = resolve(io.cwd, path)
  try {
    const info = await stat(full)
    if (info.isDirectory()) throw new UsageError(`${path} is a directory, not a file`)
    return { stream: createReadStream(full), size: info.size }
  } catch (error) {
    if (error instanceof UsageError) throw error
    const code = (error as { code?: string }).code
    throw new UsageError(
      code === 'ENOENT' ? `${path}: no such file` : `cannot read ${path} (${code})`,
    )
  }
}

async function openOutput(path: string, io: CommandIO) {
  if (path === '-')
    return { write: (s: string) => writeStream(io.stdout, s), close: async () => {} }
  let handle: FileHandle
  try {
    handle = await open(resolve(io.cwd, path), 'w')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new UsageError(
      code === 'ENOENT' ? `cannot write ${path}: no such folder` : `cannot write ${path} (${code})`,
    )
  }
  return { write: async (s: string) => void (await handle.write(s)), close: () => handle.close() }
}

function writeStream(stream: NodeJS.WritableStream, s: string): Promise<void> {
  return new Promise((done) => {
    if (stream.write(s)) done()
    else stream.once('drain', done)
  })
}

async function run(argv: string[], io: CommandIO, workerScript?: URL): Promise<number> {
  const options = parse(argv)
  if (options.input !== '-' && resolve(io.cwd, options.input) === resolve(io.cwd, options.output))
    throw new UsageError('--in and --out must be different files')
  const input = await openInput(options.input, io)
  const output = await openOutput(options.output, io)
  const started = performance.now()
  const summary = new BatchSummary()
  const progress = io.stderr.isTTY ? createProgress(io.stderr, input.size) : null
  const small = input.size !== null && input.size < SMALL_INPUT_BYTES
  const pool = await createPool(options.workers ?? (small ? 1 : defaultWorkers()), workerScript)
  // Chunks in flight, oldest first: writing them in this order keeps input order.
  const inFlight: Promise<WorkResult[]>[] = []
  let chunk: WorkItem[] = []
  let bytes = 0

  const report = (message: string) => {
    if (progress) io.stderr.write('\r\u001b[K')
    io.stderr.write(`${message}\n`)
  }
  const flushOldest = async () => {
    const results = await inFlight.shift()
    let text = ''
    for (const r of results ?? []) {
      if (r.ok) {
        summary.add(r.verdict, r.flags)
        text += `${r.json}\n`
      } else {
        summary.skipped++
        report(`line ${r.line}: ${r.error}`)
      }
    }
    if (text) await output.write(text)
    progress?.update(bytes, summary.processed)
  }
  const dispatch = () => {
    const results = pool.run(chunk)
    // Awaited in order later; this keeps a worker crash from surfacing early as an
    // unhandled rejection (a crash with a trace) before its turn comes.
    results.catch(() => undefined)
    inFlight.push(results)
    chunk = []
  }
  const submit = async () => {
    dispatch()
    if (inFlight.length >= pool.size * 4) await flushOldest()
  }

  try {
    let lineNumber = 0
    for await (const line of readLines(input.stream)) {
      lineNumber++
      bytes += line.bytes
      if (!line.ok) chunk.push({ line: lineNumber, error: line.error })
      else if (/\S/.test(line.text)) chunk.push({ line: lineNumber, raw: line.text })
      if (chunk.length === CHUNK) await submit()
    }
    if (chunk.length > 0) dispatch()
    while (inFlight.length > 0) await flushOldest()
  } finally {
    await pool.close()
    await output.close()
  }
  progress?.finish(bytes, summary.processed)
  io.stderr.write(summary.render((performance.now() - started) / 1000, pool.perWorker()))
  return summary.processed > 0 ? 0 : 1
}

/**
 * `headway batch`, its worker threads on `workerScript` when given: the startup
 * snapshot's bundle (snapshot-entry.ts) cannot find worker.js beside itself.
 */
export function batchCommandWith(workerScript?: URL): Command {
  return { usage, run: (argv, io) => run(argv, io, workerScript) }
}

export const batchCommand = batchCommandWith()
