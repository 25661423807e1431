import { describe, expect, it } from 'vitest';
import { createFakeOcrEngine } from '../../src/ocr/fake.ts';

const image = Buffer.from([1, 2, 3]);

describe('createFakeOcrEngine', () => {
  it('returns the given text per page and records calls', async () => {
    const engine = createFakeOcrEngine({ 2: 'andra sidan', 3: { text: 'tredje', confidence: 0.4 } });
    expect(engine.calls).toHaveLength(0);
    const second = await engine.recognize({ image, languages: ['swe'], pageNumber: 2 });
    const third = await engine.recognize({ image, languages: ['swe', 'eng'], pageNumber: 3 });
    const missing = await engine.recognize({ image, languages: ['eng'], pageNumber: 9 });
    expect(second).toMatchObject({ text: 'andra sidan', confidence: 0.9 });
    expect(third.confidence).toBe(0.4);
    expect(missing).toMatchObject({ text: '', confidence: 0 });
    expect(engine.calls.map((call) => call.pageNumber)).toEqual([2, 3, 9]);
    expect(engine.calls[1]?.languages).toEqual(['swe', 'eng']);
  });

  it('accepts a function and refuses work after close', async () => {
    const engine = createFakeOcrEngine((request) => `page ${request.pageNumber}`);
    expect((await engine.recognize({ image, languages: ['nor'], pageNumber: 4 })).text).toBe('page 4');
    await engine.close();
    expect(engine.closed).toBe(true);
    await expect(engine.recognize({ image, languages: ['nor'], pageNumber: 5 })).rejects.toThrow(/closed/);
  });
});
