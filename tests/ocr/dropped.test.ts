import type { Page, Worker } from 'tesseract.js';
import { describe, expect, it } from 'vitest';
import { looksDropped, recognisePage, summarise } from '../../src/ocr/tesseract.ts';

/** A recorded-shape tesseract page with the given lines of words, each word at confidence `conf`. */
function fakePage(lines: string[], conf = 90): Pick<Page, 'text' | 'blocks'> {
  const bbox = { x0: 1, y0: 2, x1: 3, y1: 4 };
  return {
    text: lines.join('\n'),
    blocks: [
      {
        paragraphs: [
          {
            lines: lines.map((text) => ({
              text,
              words: text.split(' ').map((word) => ({ text: word, confidence: conf, bbox })),
            })),
          },
        ],
      },
    ],
  } as unknown as Pick<Page, 'text' | 'blocks'>;
}

/** A worker stand-in that answers per segmentation mode and records the modes asked for. */
function fakeWorker(byMode: Record<string, string[]>): { worker: Worker; modes: string[] } {
  const modes: string[] = [];
  let mode = '';
  const worker = {
    async setParameters(params: { tessedit_pageseg_mode: string }) {
      mode = params.tessedit_pageseg_mode;
      modes.push(mode);
      return { jobId: '', data: {} };
    },
    async recognize() {
      return { jobId: '', data: fakePage(byMode[mode] ?? []) };
    },
  } as unknown as Worker;
  return { worker, modes };
}

const FULL = Array.from({ length: 12 }, (_, i) => `rad ${i + 1} med text`);

describe('dropped-text detection', () => {
  it('flags a page whose OCR found far fewer lines than its ink', () => {
    expect(looksDropped(30, 24)).toBe(false);
    expect(looksDropped(30, 12)).toBe(true);
    expect(looksDropped(3, 1)).toBe(false); // too few lines to judge
  });

  it('retries in another segmentation mode and keeps the fuller result', async () => {
    const { worker, modes } = fakeWorker({ '3': FULL.slice(0, 6), '4': FULL });
    const result = await recognisePage(
      worker,
      { image: Buffer.alloc(0), textLines: 12, notes: ['median filter'] },
      { workers: 1 },
    );
    expect(modes).toEqual(['3', '4']);
    expect(result.text).toBe(FULL.join('\n'));
    expect(result.notes[0]).toBe('median filter');
    expect(result.notes[1]).toMatch(/possible dropped text: 6 of ~12 lines .* kept mode 4/);
  });

  it('keeps the first pass when the retry is no better, and does not retry a complete page', async () => {
    const worse = fakeWorker({ '3': FULL.slice(0, 6), '4': FULL.slice(0, 2) });
    const kept = await recognisePage(
      worse.worker,
      { image: Buffer.alloc(0), textLines: 12, notes: [] },
      { workers: 1 },
    );
    expect(kept.text).toBe(FULL.slice(0, 6).join('\n'));
    expect(kept.notes[0]).toMatch(/kept mode 3/);
    const complete = fakeWorker({ '3': FULL });
    await recognisePage(
      complete.worker,
      { image: Buffer.alloc(0), textLines: 12, notes: [] },
      { workers: 1 },
    );
    expect(complete.modes).toEqual(['3']);
  });

  it('summarises words, boxes and mean word confidence on a 0–1 scale', () => {
    const { result, lines } = summarise(fakePage(['två ord', 'tre'], 80));
    expect(lines).toBe(2);
    expect(result.words.map((word) => word.text)).toEqual(['två', 'ord', 'tre']);
    expect(result.confidence).toBeCloseTo(0.8);
    expect(result.words[0]?.bbox).toEqual({ x0: 1, y0: 2, x1: 3, y1: 4 });
  });
});
