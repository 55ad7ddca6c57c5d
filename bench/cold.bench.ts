/**
 * `npm run bench:cold`: how long `headway analyze answer.txt --json` takes as a
 * cold process (what an editor, a git hook or a script pays once per file),
 * beside bare `node -e 0` (the floor) and write-good's CLI (a prose linter a
 * user would compare it with); and `headway batch` over 100 answers, what a
 * script or a judge scoring a labelled set runs. The commands run in turns, so a burst of load on
 * a shared machine hits them all alike. `--runs N` (default 15).
 */

import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildCli } from '../scripts/build-cli.js'
import { snapshotArgs, snapshotEnv } from '../src/cli/snapshot.js'
import { generateAnswer, prng } from './generate.js'

const TARGET_SECONDS = 0.25
const TARGET_RATIO = 2.5

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } })
const RUNS = Number(values.runs)
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 1000)
  throw new Error(`--runs must be a whole number from 1 to 1000, not '${values.runs}'`)

const root = fileURLToPath(new URL('../', import.meta.url))

interface Subject {
  label: string
  /** What runs: node itself unless said (the `headway` launcher is a shell script). */
  command?: string
  argv: string[]
  env?: NodeJS.ProcessEnv
  seconds: number[]
  /** write-good exits with the number of its suggestions: any exit code means it ran. */
  anyExitCode?: boolean
}

/** Wall seconds of one run; throws if it fails (a broken command has no speed). */
function time(subject: Subject, cwd: string): number {
  const started = process.hrtime.bigint()
  const result = spawnSync(subject.command ?? process.execPath, subject.argv, {
    cwd,
    encoding: 'utf8',
    env: subject.env ?? process.env,
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.error || result.signal || (result.status !== 0 && !subject.anyExitCode))
    throw new Error(`${subject.label} failed (${result.status ?? result.signal}): ${result.stderr}`)
  return seconds
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

async function main() {
  const out = join(root, 'test-artifacts/bench-dist')
  const built = await buildCli(out)
  const dir = mkdtempSync(join(tmpdir(), 'headway-cold-'))
  try {
    writeFileSync(join(dir, 'answer.txt'), generateAnswer(150, prng(13)))
    const random = prng(29)
    const lines = Array.from({ length: 100 }, (_, i) =>
      JSON.stringify({ id: i, text: generateAnswer(40 + Math.floor(random() * 160), random) }),
    )
    writeFileSync(join(dir, 'answers.jsonl'), `${lines.join('\n')}\n`)
    const batch = ['batch', '--in', 'answers.jsonl', '--out', 'out.jsonl']
    // The command npm links (package.json "bin"), as a user's shell runs it.
    const launcher = join(out, 'cli/headway')
    const childArgv = snapshotArgs(
      ['analyze', 'answer.txt', '--json'],
      {},
      [],
      join(out, 'cli/analyze.blob'),
    )
    const subjects: Subject[] = [
      { label: 'node -e 0 (the floor)', argv: ['-e', '0'], seconds: [] },
      {
        label: 'headway analyze answer.txt --json',
        command: launcher,
        argv: ['analyze', 'answer.txt', '--json'],
        seconds: [],
      },
      {
        label: '  the same through node bin.js (no sh)',
        argv: [join(out, 'cli/bin.js'), 'analyze', 'answer.txt', '--json'],
        seconds: [],
      },
      {
        label: '  the same, HEADWAY_NO_SNAPSHOT=1',
        argv: [join(out, 'cli/bin.js'), 'analyze', 'answer.txt', '--json'],
        env: { ...process.env, HEADWAY_NO_SNAPSHOT: '1' },
        seconds: [],
      },
      ...(childArgv
        ? [
            {
              label: '  its snapshot child alone',
              argv: childArgv,
              env: snapshotEnv(process.env),
              seconds: [],
            },
          ]
        : []),
      { label: 'headway batch, 100 answers', command: launcher, argv: batch, seconds: [] },
      {
        label: '  the same, HEADWAY_NO_SNAPSHOT=1',
        command: launcher,
        argv: batch,
        env: { ...process.env, HEADWAY_NO_SNAPSHOT: '1' },
        seconds: [],
      },
      {
        label: 'headway --help',
        command: launcher,
        argv: ['--help'],
        seconds: [],
      },
      {
        label: 'write-good answer.txt',
        argv: [join(root, 'node_modules/write-good/bin/write-good.js'), 'answer.txt'],
        seconds: [],
        anyExitCode: true,
      },
    ]
    // Node 20 parses NODE_EXTRA_CA_CERTS and the root store before any code: most of
    // a bare start where it is set. The floor and the launcher pay it; the child does not.
    const certs = process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'not set'
    console.log(
      `headway cold start: ${RUNS} runs each, in turns, ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(2)}${built > 0 ? ` (compiled the CLI in ${built.toFixed(1)} s)` : ''}, NODE_EXTRA_CA_CERTS ${certs}${childArgv ? '' : ', NO SNAPSHOT BUILT'}`,
    )
    // One untimed round fills the page cache, as for anyone who ran it a minute ago.
    for (const subject of subjects) time(subject, dir)
    for (let i = 0; i < RUNS; i++)
      for (const subject of subjects) subject.seconds.push(time(subject, dir))
    const floor = median(subjects[0]?.seconds ?? [])
    console.log(
      `${'command'.padEnd(38)}${'median s'.padStart(10)}${'min s'.padStart(8)}${'x node'.padStart(8)}`,
    )
    for (const subject of subjects) {
      const m = median(subject.seconds)
      console.log(
        `${subject.label.padEnd(38)}${m.toFixed(3).padStart(10)}${Math.min(...subject.seconds)
          .toFixed(3)
          .padStart(8)}${(m / floor).toFixed(2).padStart(8)}`,
      )
    }
    const analyze = median(subjects[1]?.seconds ?? [])
    console.log(
      `\ntarget: analyze <= ${TARGET_SECONDS} s median and <= ${TARGET_RATIO}x bare node: ${analyze.toFixed(3)} s, ${(analyze / floor).toFixed(2)}x (${analyze <= TARGET_SECONDS && analyze / floor <= TARGET_RATIO ? 'met' : 'not met'})`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
