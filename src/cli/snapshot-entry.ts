/**
 * The entry `npm run build` bundles into the analyze startup snapshot
 * (scripts/build-snapshot.ts, src/cli/snapshot.ts). Critiquing sample answers
 * here, at build time, loads the wink model and compiles the rules into the
 * heap the snapshot saves; each run then starts at `setDeserializeMainFunction`.
 */
import { ReadStream } from 'node:fs'
import 'node:net'
import { parseArgs } from 'node:util'
import { startupSnapshot } from 'node:v8'
import { analyzeChecked } from '../core/critique/analyze.js'
import { analyzeCommand } from './commands/analyze.js'
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

startupSnapshot.setDeserializeMainFunction(() => {
  // argv: node, the 'analyze' placeholder (resolved to a path by node), then the user's options
  settle(runCommand('analyze', analyzeCommand, process.argv.slice(2), processIO()))
})
