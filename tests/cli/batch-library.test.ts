import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { extractFiles, type Input, type OcrEngine } from '../../src/index.ts';
import { createFakeOcrEngine } from '../../src/ocr/fake.ts';

/**
 * The library side of batches (src/index.ts): results in input order while documents run side by side, a
 * per-document timeout, and an abort signal that stops new documents from starting.
 */

const TEXT = await readFile('fixtures/text/seed-004.txt');
const IMAGE = await readFile('fixtures/png/seed-000.png');

/** An OCR engine that takes `ms` per page, so a test can make one document slow. */
function slowEngine(ms: number): OcrEngine {
  const fake = createFakeOcrEngine(
    () => 'Avsiktsförklaring mellan Luleå tekniska universitet och Region Norrbotten.',
  );
  return {
    recognize: async (request) => {
      await sleep(ms);
      return fake.recognize(request);
    },
    close: () => fake.close(),
  };
}

async function collect(inputs: readonly Input[], options: Parameters<typeof extractFiles>[1]) {
  const results = [];
  for await (const item of extractFiles(inputs, options)) results.push(item);
  return results;
}

describe('extractFiles', () => {
  it('yields in input order while a slow first document does not hold up the others', async () => {
    const inputs: Input[] = [
      { name: 'slow.png', bytes: IMAGE },
      ...Array.from({ length: 6 }, (_, i) => ({ name: `fast-${i}.txt`, bytes: TEXT })),
    ];
    const finished: string[] = [];
    const results = await collect(inputs, {
      engine: slowEngine(1500),
      jobs: 2,
      onPage: (event) => finished.push(event.file),
    });
    expect(results.map(({ input }) => ('name' in input ? input.name : input.path))).toEqual(
      inputs.map((input) => ('name' in input ? input.name : '')),
    );
    expect(results.every(({ result }) => result.ok)).toBe(true);
    // The text documents ran beside the slow scan: they were all done before it.
    expect(finished.at(-1)).toBe('slow.png');
  });

  it('fails a document that runs over its timeout and goes on with the next', async () => {
    const results = await collect(
      [
        { name: 'slow.png', bytes: IMAGE },
        { name: 'fine.txt', bytes: TEXT },
      ],
      { engine: slowEngine(5000), jobs: 1, timeoutMs: 300 },
    );
    const [slow, fine] = results;
    expect(slow?.result.ok).toBe(false);
    expect(slow?.result.diagnostics.find((d) => d.fatal)?.rule).toBe('pipeline/timeout');
    expect(fine?.result.ok).toBe(true);
  });

  it('starts no document once the signal is aborted, and yields the ones already started', async () => {
    const controller = new AbortController();
    const inputs: Input[] = Array.from({ length: 40 }, (_, i) => ({ name: `doc-${i}.png`, bytes: IMAGE }));
    const seen: string[] = [];
    for await (const { input } of extractFiles(inputs, {
      engine: slowEngine(50),
      jobs: 2,
      signal: controller.signal,
    })) {
      seen.push('name' in input ? input.name : input.path);
      controller.abort();
    }
    // Only documents started before the abort are yielded (in order); the rest never start.
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.length).toBeLessThan(inputs.length / 2);
    expect(seen).toEqual(inputs.slice(0, seen.length).map((input) => ('name' in input ? input.name : '')));
  });
});
