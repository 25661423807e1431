import { defineConfig } from 'vitest/config';

// Three groups: fast unit/CLI tests, the few that replace a module (isolated), and the slow real-OCR group that
// runs tesseract.js on small fixtures. All run in `npm test`; `npm run test:fast` skips the OCR group.

/** Test files that replace a module with vi.mock: they run isolated, so the real module loaded by another file in
 * the same worker does not stand in for the mock. */
const MOCKING = ['tests/ocr/pool.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.ocr.test.ts', ...MOCKING],
          testTimeout: 60_000,
          // Test files share a worker's modules: the extraction stack, its compiled cue patterns and the Hunspell
          // dictionaries are loaded once per worker instead of once per file (tests/extract: 567 s → 113 s on a
          // loaded 2-core machine). A file that replaces a module (vi.mock) needs its own: see `mocked`.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'mocked',
          include: MOCKING,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ocr',
          include: ['tests/**/*.ocr.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          // OCR tests are CPU-bound; running their files one at a time keeps the 2-core machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
