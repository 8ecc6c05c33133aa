import { defineConfig } from 'vitest/config';

// PT_SELFTEST=<name> runs test/selftest/<name>.selftest.ts instead of the
// suite, through the same `npm test` path (generate, global setup with the
// embedded PostgreSQL): .ci/run uses it to prove a failing test fails the run.
const selftest = process.env.PT_SELFTEST;

export default defineConfig({
  test: {
    include: selftest ? [`test/selftest/${selftest}.selftest.ts`] : ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Each file gets its own database cloned from a migrated template, so
    // files run in parallel; two workers suit the two cores of CI.
    maxWorkers: 2,
    // Integration tests run the real app on a real PostgreSQL; on a busy 2-core
    // machine they take several times longer than alone. Heavier files set more.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
