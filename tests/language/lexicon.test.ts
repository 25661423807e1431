import { describe, expect, it } from 'vitest';
import lexiconData from '../../src/language/data/word-lexicon.json' with { type: 'json' };
import { decodeLexicon, LEXICON_LANGUAGES, sideOf } from '../../src/language/lexicon.ts';

/** The dictionaries a mask names, e.g. `sv,nn`. */
const names = (mask: number): string => LEXICON_LANGUAGES.filter((_, bit) => mask & (1 << bit)).join(',');

describe('the word lexicon', () => {
  const lexicon = decodeLexicon(lexiconData);

  it('puts forms only one side spells that way on that side', () => {
    for (const word of ['bedriva', 'handlade', 'glädje', 'kommun']) expect(lexicon.side(word)).toBe('sv');
    for (const word of ['signert', 'våre', 'rundt', 'ikkje']) expect(lexicon.side(word)).toBe('no');
  });

  it('marks forms both languages share as shared, and leaves over-long words unknown', () => {
    for (const word of ['som', 'med', 'behovet']) expect(lexicon.side(word)).toBe('shared');
    expect(lexicon.side('a'.repeat(lexiconData.maxLength + 1))).toBeUndefined();
    expect(lexicon.membership('a'.repeat(lexiconData.maxLength + 1))).toBe(0);
  });

  it('knows which dictionaries have a form', () => {
    expect(names(lexicon.membership('ikkje'))).toBe('nn');
    expect(names(lexicon.membership('ikke'))).toBe('nb');
    expect(names(lexicon.membership('inte'))).toBe('sv');
    expect(names(lexicon.membership('the'))).toBe('en');
    expect(lexicon.membership('samarbetet') & 1).toBe(1);
    expect(lexicon.membership('samarbeidet') & 1).toBe(0);
  });

  it('does not know OCR noise', () => {
    for (const word of ['ftir', 'kommunema', 'gemensarnma', 'xqzt']) expect(lexicon.membership(word)).toBe(0);
  });

  it('derives the sv/no side from a membership mask', () => {
    expect(sideOf(0)).toBeUndefined();
    expect(sideOf(0b0001)).toBe('sv');
    expect(sideOf(0b0110)).toBe('no');
    expect(sideOf(0b0101)).toBe('shared');
    expect(sideOf(0b1000)).toBe('shared');
  });

  it('holds as many forms as it says, in a size fit to commit', () => {
    expect(lexiconData.count).toBeGreaterThan(1_000_000);
    expect(lexiconData.data.length).toBeLessThan(2_600_000);
  });
});
