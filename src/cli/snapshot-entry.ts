/**
 * The entry `npm run build` bundles into the startup snapshot of `headway analyze`
 * and `headway batch` (scripts/build-snapshot.ts, src/cli/snapshot.ts). Critiquing
 * sample answers here, at build time, loads the wink model and compiles the rules
 * into the heap the snapshot saves; each run then starts at `setDeserializeMainFunction`.
 */
import { ReadStream } from 'node:fs'
import 'node:net'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { startupSnapshot } from 'node:v8'
import { analyzeChecked } from '../core/critique/analyze.js'
import { processLine } from './batch/protocol.js'
import type { Command } from './command.js'
import { analyzeCommand } from './commands/analyze.js'
import { batchCommandWith } from './commands/batch.js'
import { processIO } from './io.js'
import { runCommand, settle } from './run.js'

/** Written for the warm-up, not taken from any data set: numbers, a time frame, hedges, a company. */
const WARM_UP = [
  'In the next two years I want to become a senior backend engineer, owning the billing service end to end.',
  'I think I would kind of like to mentor two juniors, and by 2030 I hope to lead a platform team of eight people.',
  "Honestly, I'm not sure yet; maybe I'll move into product, because I enjoy talking to customers.",
].join(' ')

// Into the heap now what a run would load on first use, and compile from source as the
// blob holds no code cache for Node's modules: net (stdout on a pipe), fs streams, parseArgs.
for (const loaded of [ReadStream, parseArgs]) if (typeof loaded !== 'function') throw new Error()

analyzeChecked(WARM_UP, {})
analyzeChecked(WARM_UP, { question: 'five-years', spoken: true, seconds: 45 })
// batch's line schema too, compiled on first use
const line = JSON.stringify({
  id: 1,
  text: WARM_UP,
  context: { company: 'Acme', values: ['care'] },
})
if (!processLine({ line: 1, raw: line }).ok) throw new Error('the batch warm-up failed')

/**
 * batch's worker threads start from files, not from this heap: dist/cli/batch/worker.js,
 * beside the blob this run started from.
 */
function workerScript(): URL {
  const blob = process.execArgv[process.execArgv.indexOf('--snapshot-blob') + 1] ?? ''
  return pathToFileURL(join(dirname(blob), 'batch/worker.js'))
}

startupSnapshot.setDeserializeMainFunction(() => {
  // argv: node, the command as a placeholder script (node made it a path), then the options;
  // the commands are those snapshotArgs sends here (SNAPSHOT_COMMANDS in snapshot.ts)
  const name = basename(process.argv[1] ?? '')
  const command: Command | null =
    name === 'analyze' ? analyzeCommand : name === 'batch' ? batchCommandWith(workerScript()) : null
  if (!command) throw new Error(`headway: no ${name} command in the startup snapshot`)
  settle(runCommand(name, command, process.argv.slice(2), processIO()))
})
