import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A limit, not a speed check: ESLint and the property tests take seconds on a busy CI box.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // The service on loopback: real HTTP, real SQLite, real files in a temporary folder.
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // What a browser test waits for changes over frames, and a frame in SwiftShader on a
          // loaded CI machine can take half a second: the default second is a handful of frames.
          expect: { poll: { timeout: 5_000 } },
          // One Chromium at a time: the machine has 2 cores and SwiftShader renders on the CPU.
          fileParallelism: false,
        },
      },
    ],
  },
});
