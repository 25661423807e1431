import { describe, expect, it } from 'vitest';
import lexiconData from '../../src/language/data/word-lexicon.json' with { type: 'json' };
import { decodeLexicon } from '../../src/language/lexicon.ts';

describe('the sv/no word lexicon', () => {
  const lexicon = decodeLexicon(lexiconData);

  it('puts forms only one side spells that way on that side', () => {
    for (const word of ['bedriva', 'handlade', 'glädje', 'kommun']) expect(lexicon.side(word)).toBe('sv');
    for (const word of ['signert', 'våre', 'rundt', 'ikkje']) expect(lexicon.side(word)).toBe('no');
  });

  it('marks forms both languages share as shared, and leaves over-long words unknown', () => {
    for (const word of ['som', 'med', 'behovet']) expect(lexicon.side(word)).toBe('shared');
    expect(lexicon.side('a'.repeat(lexiconData.maxLength + 1))).toBeUndefined();
  });

  it('holds as many forms as it says, in a size fit to commit', () => {
    expect(lexiconData.count).toBeGreaterThan(100_000);
    expect(lexiconData.data.length).toBeLessThan(900_000);
  });
});
