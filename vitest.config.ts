import { defineConfig } from 'vitest/config';

// Two groups: fast unit/CLI tests, and the slow real-OCR group that runs tesseract.js on small
// fixtures. Both run in `npm test`; `npm run test:fast` skips the OCR group during development.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.ocr.test.ts'],
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
