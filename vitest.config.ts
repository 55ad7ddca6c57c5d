import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'test/**/*.test.ts',
      'web/src/**/*.test.ts',
      'web/src/**/*.test.tsx',
    ],
    // PostgreSQL clusters and a browser start in some suites; keep them apart on 2 cores.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
