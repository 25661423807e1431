import { describe, expect, it } from 'vitest';
import { addOcrNoise } from '../../src/repair/synthetic-noise.ts';
import { matchedReferenceWords, wordErrorRate } from '../../src/repair/word-error-rate.ts';
import { seedText } from './helpers.ts';

describe('addOcrNoise', () => {
  const clean = seedText('004');

  it('is deterministic for a seed and differs between seeds', () => {
    const options = { language: 'sv', rate: 0.1 } as const;
    expect(addOcrNoise(clean, { ...options, seed: 7 })).toBe(addOcrNoise(clean, { ...options, seed: 7 }));
    expect(addOcrNoise(clean, { ...options, seed: 7 })).not.toBe(addOcrNoise(clean, { ...options, seed: 8 }));
  });

  it('garbles roughly the requested share of words', () => {
    const light = wordErrorRate(clean, addOcrNoise(clean, { language: 'sv', rate: 0.02, seed: 1 })).rate;
    const heavy = wordErrorRate(clean, addOcrNoise(clean, { language: 'sv', rate: 0.2, seed: 1 })).rate;
    expect(light).toBeLessThan(0.05);
    expect(heavy).toBeGreaterThan(0.1);
    expect(heavy).toBeLessThan(0.3);
  });
});

describe('wordErrorRate', () => {
  it('counts substitutions, insertions and deletions against the reference words', () => {
    expect(wordErrorRate('a b c d', 'a x c d')).toEqual({ words: 4, errors: 1, rate: 0.25 });
    expect(wordErrorRate('a b c d', 'a b c d e').errors).toBe(1);
    expect(wordErrorRate('a b c d', 'a c d').errors).toBe(1);
    expect([...matchedReferenceWords('a b c d', 'a bc d')].sort()).toEqual([0, 3]);
  });
});
