import { describe, expect, it } from 'vitest';
import {
  characterErrorRate,
  editDistance,
  levenshtein,
  tokenEditDistance,
} from '../../src/text/edit-distance.ts';

describe('edit distance', () => {
  it('counts substitutions, insertions and deletions of characters', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('Luleå', 'Luleå')).toBe(0);
  });

  it('counts whole tokens at token level', () => {
    expect(tokenEditDistance(['the', 'parties', 'agree'], ['the', 'party', 'agree', 'now'])).toBe(2);
    expect(levenshtein([1, 2, 3], [2, 3])).toBe(1);
  });

  it('measures character error rate on whitespace-normalised text, over the truth length', () => {
    expect(characterErrorRate('a  b\nc', 'a b c')).toBe(0);
    expect(characterErrorRate('abcd', 'abce')).toBe(0.25);
    expect(characterErrorRate('x', '')).toBe(1);
  });
});
