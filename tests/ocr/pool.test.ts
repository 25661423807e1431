import { afterEach, describe, expect, it, vi } from 'vitest';

/** How long the fake worker takes per page: long enough that overlapping pages are unmistakable. */
const PAGE_MS = 60;

const state = vi.hoisted(() => ({ running: 0, peak: 0, created: 0, recognised: 0 }));

// A stand-in for tesseract.js: each worker "recognises" a page by waiting, and records how many
// pages are in recognition at the same moment across all workers.
vi.mock('tesseract.js', () => ({
  OEM: { LSTM_ONLY: 1 },
  PSM: { AUTO: '3', SINGLE_COLUMN: '4' },
  createWorker: async () => {
    state.created++;
    return {
      setParameters: async () => ({}),
      reinitialize: async () => ({}),
      FS: async () => ({}),
      terminate: async () => ({}),
      recognize: async () => {
        state.running++;
        state.peak = Math.max(state.peak, state.running);
        await new Promise((resolve) => setTimeout(resolve, PAGE_MS));
        state.running--;
        state.recognised++;
        return { data: { text: 'ord', blocks: [] } };
      },
    };
  },
}));

const { createTesseractEngine } = await import('../../src/ocr/tesseract.ts');

async function runPages(workers: number, pages: number): Promise<number> {
  const engine = await createTesseractEngine({ workers, preprocess: false, retryDroppedText: false });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: pages }, (_, i) =>
      engine.recognize({ image: Buffer.alloc(0), languages: ['swe'], pageNumber: i + 1 }),
    ),
  );
  const elapsed = performance.now() - started;
  await engine.close();
  return elapsed;
}

afterEach(() => {
  Object.assign(state, { running: 0, peak: 0, created: 0, recognised: 0 });
});

describe('tesseract worker pool', () => {
  it('runs two queued pages at once with two workers, creating each worker once', async () => {
    const elapsed = await runPages(2, 6);
    expect(state.recognised).toBe(6);
    expect(state.peak).toBe(2);
    expect(state.created).toBe(2);
    // Six pages on two workers take three page-times, not six.
    expect(elapsed).toBeLessThan(PAGE_MS * 5);
  });

  it('runs one page at a time with one worker', async () => {
    const elapsed = await runPages(1, 3);
    expect(state.peak).toBe(1);
    expect(state.created).toBe(1);
    expect(elapsed).toBeGreaterThanOrEqual(PAGE_MS * 3 - 5);
  });
});
