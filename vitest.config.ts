import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,main,backend,reports,renderer,scripts}/**/*.test.ts'],
    environment: 'node',
    // The report worker, bundled once as it ships (runs from sources load no TypeScript in workers).
    globalSetup: ['scripts/vitestGlobalSetup.ts'],
    // Native SQLite and real servers: separate processes keep one test's handles from another's.
    pool: 'forks',
    testTimeout: 30_000,
    env: { ADVISOR_DESK_QUIET: '1' },
    hookTimeout: 60_000,
  },
});
