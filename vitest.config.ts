import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on a 2-core machine that runs
    // the files one by one, while most of a server, browser or CLI test waits on another
    // process. Two files at a time at least keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 120_000,
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
          // Servers, clusters, browsers and child processes: a fresh process per file.
          name: 'integration',
          include: ['test/**/*.test.ts'],
          pool: 'forks',
          // One PostgreSQL cluster for the run, a database per file (test/helpers/shared-postgres.ts).
          globalSetup: ['test/helpers/global-setup.ts'],
        },
      },
    ],
  },
})
