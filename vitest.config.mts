import { defineConfig } from 'vitest/config'

// One runner, four projects: npm test runs them in order so a failing unit test stops before the slow ones.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      { test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], testTimeout: 120_000 } },
      {
        test: {
          name: 'desktop',
          include: ['tests/desktop/**/*.test.ts'],
          // Waits for what the counselor would see (a window, a file); a loaded machine is slow, never wrong.
          expect: { poll: { timeout: 60_000 } },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
