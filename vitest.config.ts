import { availableParallelism } from 'node:os'
import { configDefaults, defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The files that took longest in a whole run on a 2-core machine, longest first.
 * Vitest starts the files it has no timings for (a fresh clone, CI) largest first,
 * and file size says little here: the two halves of the fuzz are four lines each and
 * would start last, leaving one core busy for a minute at the end of the run.
 */
const LONGEST_FIRST = [
  'test/compose/drafts-quality.test.ts',
  'test/server/crash.test.ts',
  'test/e2e/speech.test.ts',
  'test/server/fuzz-shard-2.test.ts',
  'test/critique/real-set.test.ts',
  'test/cli/snapshot.test.ts',
  'test/server/fuzz.test.ts',
  'test/e2e/path.test.ts',
  'test/cli/e2e.test.ts',
  'test/server/cluster.test.ts',
  'test/server/data-dir.test.ts',
  'test/e2e/account.test.ts',
  'test/server/accounts.test.ts',
  'test/cli/batch.test.ts',
]

/**
 * Test files that run only core and io functions in this process: no server, store,
 * browser, child process, mocks, fake timers or environment changes (a file that
 * adds one of those belongs in the integration project).
 */
const IN_PROCESS = [
  'test/adversarial/cost.property.test.ts',
  'test/architecture.test.ts',
  'test/cli/answers.golden.test.ts',
  'test/cli/batch-lines.property.test.ts',
  'test/company/fixtures.test.ts',
  'test/company/real-corpus.test.ts',
  'test/compose/drafts-quality.test.ts',
  'test/critique/analyze.test.ts',
  'test/critique/dev-set.test.ts',
  'test/critique/lexicons.test.ts',
  'test/critique/rules-doc.test.ts',
  'test/io/page-text.property.test.ts',
]

/**
 * Test files whose server (Hono app) and stores run in this process, each file with its
 * own app and databases: no child process, mocks, fake timers, environment changes or
 * browser. They share processes as the corpus files do, but need the run's PostgreSQL.
 */
const IN_PROCESS_SERVER = [
  'test/server/accounts.test.ts',
  'test/server/api.test.ts',
  'test/server/edits.test.ts',
  'test/server/fuzz-shard-2.test.ts',
  'test/server/fuzz.test.ts',
  'test/server/openapi.test.ts',
  'test/server/passwords.test.ts',
  'test/server/pipeline.test.ts',
  'test/server/practice.test.ts',
  'test/server/speech-assets.test.ts',
  'test/server/undo.test.ts',
  'test/store/repositories.test.ts',
]

/** Vitest's order (projects, then timings or size), with LONGEST_FIRST moved ahead. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.findIndex((path) => file.moduleId.endsWith(path))
      return at < 0 ? LONGEST_FIRST.length : at
    }
    const sorted = await super.sort(files)
    return sorted
      .map((file, at) => ({ file, at, rank: rank(file) }))
      .sort((a, b) => a.rank - b.rank || a.at - b.at)
      .map(({ file }) => file)
  }
}

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on a 2-core machine that runs
    // the files one by one, while most of a server, browser or CLI test waits on another
    // process. Two files at a time at least keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 120_000,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          // Pure functions and small modules: one process per worker, reused from file to
          // file (isolate: false), instead of a fresh process and module graph per file.
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'web/src/**/*.test.tsx'],
          pool: 'forks',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Whole-corpus checks that only call core and io functions in this process (no
          // server, store, browser, child process, mocks or environment changes): reused
          // processes as for the unit tests. Each would otherwise load the NLP model and the
          // module graph afresh, about 40% of these files' CPU time on a 2-core machine.
          name: 'corpus',
          include: IN_PROCESS,
          pool: 'forks',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // In-process servers over fresh databases: reused processes, as for the corpus, so
          // each file does not load the server, store and NLP modules afresh.
          name: 'server',
          include: IN_PROCESS_SERVER,
          pool: 'forks',
          isolate: false,
          globalSetup: ['test/helpers/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Servers, clusters, browsers and child processes: a fresh process per file.
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...IN_PROCESS, ...IN_PROCESS_SERVER],
          pool: 'forks',
          // One PostgreSQL cluster for the run, a database per file (test/helpers/shared-postgres.ts).
          globalSetup: ['test/helpers/global-setup.ts'],
        },
      },
    ],
  },
})
