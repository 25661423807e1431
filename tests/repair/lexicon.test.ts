import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/repair/lexicon.ts';

describe('loadLexicon', () => {
  it('rejects the OCR non-words of seed 003 and accepts the words they stand for (Swedish)', async () => {
    const sv = await loadLexicon('sv');
    for (const noise of ['ftir', 'fiir', 'kommunema', 'gemensarnma', 'utbilclning', 'xqzt'])
      expect(sv.has(noise)).toBe(false);
    for (const word of ['för', 'kommunerna', 'gemensamma', 'utbildning', 'Luleå'])
      expect(sv.has(word)).toBe(true);
  });

  it('accepts bokmål and nynorsk for Norwegian, and English words only in English', async () => {
    const no = await loadLexicon('no');
    const en = await loadLexicon('en');
    expect(no.has('kunnskap')).toBe(true);
    expect(no.has('gonger')).toBe(true);
    expect(no.has('kunskap')).toBe(false);
    expect(en.has('committee')).toBe(true);
    expect(en.has('cornrnittee')).toBe(false);
    expect(en.has('för')).toBe(false);
  });

  it('loads a language once and shares it', async () => {
    expect(await loadLexicon('sv')).toBe(await loadLexicon('sv'));
  });
});
