import { afterEach, describe, expect, it, vi } from 'vitest';

/** How long the fake worker takes per page: long enough that overlapping pages are unmistakable. */
const PAGE_MS = 60;

const state = vi.hoisted(() => ({ running: 0, peak: 0, created: 0, recognised: 0, terminated: 0 }));

// A stand-in for tesseract.js: each worker "recognises" a page by waiting, and records how many
// pages are in recognition at the same moment across all workers.
vi.mock('tesseract.js', () => ({
  OEM: { LSTM_ONLY: 1 },
  PSM: { AUTO: '3', SINGLE_COLUMN: '4' },
  createWorker: async () => {
    // Starting a worker takes time too: long enough for a close() to arrive in between.
    await new Promise((resolve) => setTimeout(resolve, PAGE_MS / 2));
    state.created++;
    return {
      setParameters: async () => ({}),
      reinitialize: async () => ({}),
      FS: async () => ({}),
      terminate: async () => {
        state.terminated++;
        return {};
      },
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

async function runPages(workers: number, pages: number): Promise<void> {
  const engine = await createTesseractEngine({ workers, preprocess: false, retryDroppedText: false });
  await Promise.all(
    Array.from({ length: pages }, (_, i) =>
      engine.recognize({ image: Buffer.alloc(0), languages: ['swe'], pageNumber: i + 1 }),
    ),
  );
  await engine.close();
}

afterEach(() => {
  Object.assign(state, { running: 0, peak: 0, created: 0, recognised: 0, terminated: 0 });
});

describe('tesseract worker pool', () => {
  it('runs two queued pages at once with two workers, creating each worker once', async () => {
    await runPages(2, 6);
    expect(state.recognised).toBe(6);
    expect(state.peak).toBe(2);
    expect(state.created).toBe(2);
    expect(state.terminated).toBe(2);
  });

  it('runs one page at a time with one worker', async () => {
    await runPages(1, 3);
    expect(state.peak).toBe(1);
    expect(state.created).toBe(1);
  });

  it('closing while a worker is still starting terminates it, and refuses pages still queued', async () => {
    const engine = await createTesseractEngine({ workers: 1, preprocess: false, retryDroppedText: false });
    const request = (pageNumber: number) =>
      engine.recognize({ image: Buffer.alloc(0), languages: ['swe'], pageNumber });
    const first = request(1);
    const queued = request(2).then(
      () => 'recognised',
      (error: Error) => error.message,
    );
    await engine.close();
    await expect(first).resolves.toMatchObject({ text: expect.any(String) });
    expect(await queued).toMatch(/closed/);
    expect(state.created).toBe(1);
    expect(state.terminated).toBe(1);
  });
});
