import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // fails a test file that wrote into reports-out/ (the assessors' folder)
    setupFiles: ['test/no-reports-out.ts'],
    // one temporary folder for the run, removed at its end (test/temp-root.ts)
    globalSetup: ['test/temp-root.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // CLI tests spawn worker pools; keep files in parallel but bounded for a 2-core CI machine
    maxWorkers: 2,
    // the JSON report lets .ci/run print the plain closing line 'N passed, N failed'
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
  },
});
